from common import A, E, P

ARTS = []

ARTS.append(A(
id='CP1', headline="Spanish police arrest Catalan officials in raids on regional government",
published={"earliest": "2017-09-20", "latest": "2017-09-20", "why": "Civil Guard raids on the Catalan government took place on Wednesday 20 September 2017; reported that day"},
body="""
BARCELONA, Spain — Spanish police officers raided several offices of Catalonia's regional government on Wednesday and arrested at least 14 officials, a sharp escalation in Madrid's effort to stop an independence referendum planned for Oct. 1.

Officers of the Civil Guard, a national police force, entered the regional ministries of economy, foreign affairs and social affairs early in the morning. A senior aide to the region's vice president, Josep Maria Jové, was among those detained, according to Catalan officials.

The raids were ordered by a judge in Barcelona who is investigating preparations for the vote, which Spain's Constitutional Court has suspended. Investigators also seized nearly 10 million ballot papers at a warehouse outside the city, the Interior Ministry said in a statement.

Within hours, thousands of people gathered outside the economy ministry on the Rambla de Catalunya. Some climbed onto police cars and chanted "Out with the occupation forces" and "We will vote."

Carles Puigdemont, the Catalan president, accused the central government of crossing a red line. "The Spanish state has de facto suspended self-government in Catalonia and applied a de facto state of emergency," he said in a televised address.

He said the referendum would go ahead regardless. "We will not accept a return to the darkest times," Mr. Puigdemont said, and he urged Catalans to protest peacefully.

Prime Minister Mariano Rajoy defended the operation in an evening address from Madrid. He said the government was only enforcing the law and urged the separatists to abandon what he called "an escalation of disobedience."

"There is still time to avoid greater harm," Mr. Rajoy said. "Go back to legality and democracy." He warned that the state would not allow the constitution to be broken.

The mayor of Barcelona, Ada Colau, who has not endorsed independence but supports the right to vote, called the arrests "a democratic scandal" and wrote on Twitter that the city would defend its institutions.

In Parliament in Madrid, the left-wing Podemos party accused Mr. Rajoy of turning a political conflict into a police matter. Its leader, Pablo Iglesias, said the Socialists should stop backing the government's strategy.

Catalonia's vice president, Oriol Junqueras, said the regional government would find other ways to organize the vote. Spain's Finance Ministry last week took control of much of the region's spending to prevent public money from being used for the referendum.

The European Commission declined to take sides. A spokesman, Margaritis Schinas, told reporters that the Commission respected the constitutional order of Spain and its rule of law.

Catalonia, a wealthy region of 7.5 million people with its own language, has long chafed at rule from Madrid. Polls suggest Catalans are split on independence, though a large majority favors a legal vote.

Late on Wednesday, crowds were still outside the ministries, and the two main civic groups behind the independence movement called for what they termed a permanent mobilization.
""",
people=[P("Josep Maria Jové", "ESP", "senior aide to the Catalan vice president"),
        P("Carles Puigdemont", "ESP", "Catalan president"),
        P("Mariano Rajoy", "ESP", "Prime Minister"),
        P("Ada Colau", "ESP", "Mayor of Barcelona"),
        P("Pablo Iglesias", "ESP", "leader, Podemos"),
        P("Oriol Junqueras", "ESP", "Catalan vice president"),
        P("Margaritis Schinas", "EUR", "spokesman, European Commission")],
events=[
 E("ESP", "ESP", "COERCE", True, "arrested at least 14 officials"),
 E("ESP", "ESP", "COERCE", True, "Spanish police officers raided several offices of Catalonia's regional government"),
 E("ESP", "ESP", "COERCE", True, "Investigators also seized nearly 10 million ballot papers"),
 E("ESP", "ESP", "PROTEST", True, "thousands of people gathered outside the economy ministry"),
 E("ESP", "ESP", "ACCUSE", True, "accused the central government of crossing a red line"),
 E("ESP", "ESP", "REJECT", True, "He said the referendum would go ahead regardless"),
 E("ESP", "ESP", "REQUEST", True, "urged the separatists to abandon"),
 E("ESP", "ESP", "THREATEN", False, "He warned that the state would not allow the constitution to be broken"),
 E("ESP", "ESP", "ACCUSE/PROTEST", True, "called the arrests \"a democratic scandal\""),
 E("ESP", "ESP", "ACCUSE", True, "accused Mr. Rajoy of turning a political conflict into a police matter"),
 E("ESP", "ESP", "COERCE", False, "took control of much of the region's spending"),
 E("ESP", "ESP", "MOBILIZE/PROTEST", False, "called for what they termed a permanent mobilization"),
 E("EUR", "ESP", "SUPPORT", False, "the Commission respected the constitutional order of Spain"),
]))

ARTS.append(A(
id='CP2', headline="EU leaders reject May's Brexit trade plan at Salzburg summit",
published={"earliest": "2018-09-20", "latest": "2018-09-20", "why": "informal EU summit in Salzburg ended Thursday 20 September 2018; reported that day"},
body="""
SALZBURG, Austria — European Union leaders on Thursday bluntly rejected the central part of Prime Minister Theresa May's plan for Britain's future trade relationship with the bloc, leaving her Brexit strategy in tatters less than seven months before the country is due to leave.

At the end of an informal summit in this Austrian city, Donald Tusk, the president of the European Council, told reporters that the economic proposals in Mrs. May's so-called Chequers plan "will not work."

"Everybody shared the view that while there are positive elements in the Chequers proposal, the suggested framework for economic cooperation will not work, not least because it is undermining the single market," Mr. Tusk said.

He added that the leaders wanted a deal to be finalized at a summit in October and that, if necessary, an extra meeting would be held in November. "The moment of truth for the Brexit negotiations will be the October European Council," he said.

Mrs. May had used a dinner on Wednesday to appeal directly to the 27 other leaders, urging them to show the same flexibility that she said Britain had shown. She asked them not to insist on a border arrangement for Northern Ireland that she says would split her country.

But the response was cool. President Emmanuel Macron of France was among the most forceful critics, saying the Chequers plan was "not acceptable" in its current form because it would allow Britain to pick parts of the single market.

Mr. Macron also went after the campaigners who had led the push to leave. "Brexit has shown that those who said you can easily live without Europe, that it will be easy and bring in a lot of money, are liars," he said.

Ireland's prime minister, Leo Varadkar, said there had been no progress on the backstop, the guarantee intended to keep an open border on the island of Ireland. "We are not there yet," he told reporters, adding that Dublin wanted a legally binding text.

Mrs. May, speaking to reporters before leaving Salzburg, insisted she would not back down. "Yes, there will be some hard negotiating," she said, "but I am clear that the Chequers plan is the only serious and credible proposal on the table."

She said Britain would bring forward its own proposals on the Irish border, and she again rejected the E.U. plan, saying no British prime minister could accept a customs border in the Irish Sea.

The rebuff is a blow for Mrs. May ahead of her Conservative Party's annual conference, where critics of her plan, including the former foreign secretary Boris Johnson, are expected to press her to seek a looser free trade deal instead.

Michel Barnier, the E.U.'s chief negotiator, has said the bloc is ready to improve its backstop proposal, and officials said talks between the two teams would resume in Brussels next week.

Britain is scheduled to leave the bloc on March 29, 2019. Without a withdrawal agreement, it would crash out with no transition period, an outcome that businesses on both sides have warned could be costly.
""",
people=[P("Theresa May", "GBR", "Prime Minister"),
        P("Donald Tusk", "EUR", "President of the European Council"),
        P("Emmanuel Macron", "FRA", "President"),
        P("Leo Varadkar", "IRL", "Prime Minister"),
        P("Boris Johnson", "GBR", "former foreign secretary"),
        P("Michel Barnier", "EUR", "chief negotiator")],
events=[
 E("EUR", "GBR", "REJECT", True, "bluntly rejected the central part of Prime Minister Theresa May's plan"),
 E("EUR", "GBR", "REJECT", True, "the suggested framework for economic cooperation will not work"),
 E("GBR", "EUR", "REQUEST", True, "urging them to show the same flexibility"),
 E("GBR", "EUR", "REQUEST", False, "She asked them not to insist on a border arrangement"),
 E("FRA", "GBR", "REJECT", True, "saying the Chequers plan was \"not acceptable\""),
 E("FRA", "GBR", "ACCUSE", True, "are liars"),
 E("IRL", "GBR", "REQUEST", False, "Dublin wanted a legally binding text"),
 E("GBR", "EUR", "REJECT", True, "she again rejected the E.U. plan"),
 E("GBR", "EUR", "REJECT", False, "insisted she would not back down"),
 E("GBR", "EUR", "CONSULT", True, "talks between the two teams would resume in Brussels next week", True),
 E("EUR", "GBR", "CONCEDE/AGREE", False, "the bloc is ready to improve its backstop proposal"),
 E("GBR", "GBR", "REQUEST", False, "are expected to press her to seek a looser free trade deal instead"),
]))

ARTS.append(A(
id='CP3', headline="EU court threatens Poland with daily fines over logging in ancient forest",
published={"earliest": "2017-11-20", "latest": "2017-11-20", "why": "Court of Justice order of Monday 20 November 2017 on Bialowieza logging; reported that day"},
body="""
WARSAW — The European Union's highest court on Monday ordered Poland to immediately stop large-scale logging in the Bialowieza Forest, one of Europe's last primeval woodlands, and warned that the country could face fines of at least 100,000 euros a day if it did not comply.

The order by the Court of Justice in Luxembourg marked a new low in relations between Brussels and Poland's right-wing government, which is already under pressure over changes to the country's courts and its refusal to accept refugees.

The court said Poland must halt the felling of trees in protected parts of the forest, except in cases where it was strictly necessary to ensure public safety. It gave Warsaw 15 days to confirm that it had stopped.

The European Commission brought the case in July, arguing that the logging violated EU nature protection rules. It had asked the court to impose interim measures after satellite images and reports from environmental groups suggested the felling had continued through the summer.

Poland's environment minister, Jan Szyszko, has insisted that the cutting is needed to fight an outbreak of bark beetle and to protect people walking in the forest. He has accused environmentalists of spreading false information.

On Monday, the ministry said in a statement that Poland would respond to the court "within the deadline" and that it was convinced its actions complied with EU law. It did not say whether the logging would stop.

"We will present our arguments and we are certain they will be accepted," a deputy minister, Andrzej Konieczny, told the state news agency PAP.

Environmental groups welcomed the ruling. Greenpeace Poland said in a statement that the government had "run out of excuses," and activists who have chained themselves to logging machines in the forest said they would keep watching the site.

"This is a victory for the forest and for the rule of law," said Agata Szafraniuk, a lawyer for the environmental law firm ClientEarth, which has campaigned against the logging.

Enrico Brivio, a spokesman for the Commission, said Brussels expected Poland to respect the ruling in full and would monitor the situation on the ground.

The forest, which straddles the border with Belarus, is home to Europe's largest herd of bison and is listed as a UNESCO World Heritage Site. UNESCO experts have also urged Poland to halt the felling.

Opposition lawmakers in Warsaw seized on the ruling to attack the governing Law and Justice party. "This government is making Poland a pariah in Europe," said Grzegorz Schetyna, leader of the Civic Platform party.

The fines, if imposed, would be the first time the EU court had used such a penalty to enforce an interim order, legal experts said. A final judgment on the case is expected next year.
""",
people=[P("Jan Szyszko", "POL", "environment minister"),
        P("Andrzej Konieczny", "POL", "deputy minister"),
        P("Agata Szafraniuk", "POL", "lawyer, ClientEarth"),
        P("Enrico Brivio", "EUR", "spokesman, European Commission"),
        P("Grzegorz Schetyna", "POL", "leader, Civic Platform")],
events=[
 E("EUR", "POL", "REQUEST/COERCE", True, "ordered Poland to immediately stop large-scale logging"),
 E("EUR", "POL", "THREATEN", True, "warned that the country could face fines of at least 100,000 euros a day"),
 E("EUR", "POL", "REQUEST", False, "It gave Warsaw 15 days to confirm"),
 E("EUR", "POL", "ACCUSE", True, "arguing that the logging violated EU nature protection rules"),
 E("EUR", "POL", "REQUEST", False, "had asked the court to impose interim measures"),
 E("POL", "NGO", "ACCUSE", True, "He has accused environmentalists of spreading false information"),
 E("POL", "EUR", "REJECT", False, "it was convinced its actions complied with EU law"),
 E("NGO", "POL", "ACCUSE", True, "the government had \"run out of excuses,\""),
 E(["NGO", "POL"], "POL", "PROTEST", False, "activists who have chained themselves to logging machines"),
 E("EUR", "POL", "REQUEST", True, "Brussels expected Poland to respect the ruling in full"),
 E("UNO", "POL", "REQUEST", True, "UNESCO experts have also urged Poland to halt the felling"),
 E("POL", "POL", "ACCUSE", True, "This government is making Poland a pariah in Europe"),
]))

ARTS.append(A(
id='CP4', headline="Poland's top judge defies forced retirement as protesters rally outside court",
published={"earliest": "2018-07-04", "latest": "2018-07-04", "why": "Gersdorf came to work on Wednesday 4 July 2018, the day the retirement law took effect; Morawiecki in Strasbourg the same day"},
body="""
WARSAW — The head of Poland's Supreme Court arrived at work on Wednesday in defiance of a new law that requires her to retire, setting up a direct confrontation with the governing party and deepening a clash with the European Union over the rule of law.

Malgorzata Gersdorf, the court's first president, was greeted by hundreds of supporters who chanted "Constitution!" and "Free courts!" as she walked into the building in central Warsaw.

"I am not doing politics. I am doing this to defend the rule of law," Ms. Gersdorf told the crowd. She said the constitution guaranteed her a six-year term that does not end until 2020.

Under legislation pushed through by the Law and Justice party, Supreme Court judges must retire at 65 unless President Andrzej Duda grants them an extension. The rule, which took effect at midnight, affects 27 of the court's 72 judges, including Ms. Gersdorf.

Mr. Duda's office said on Tuesday that she had retired and that another judge, Jozef Iwulski, would lead the court. Ms. Gersdorf has named Mr. Iwulski to stand in for her while she is away, but she insists she remains its head.

The European Commission on Monday opened a legal case against Poland over the law, saying it undermined the independence of the judiciary. It gave Warsaw one month to respond.

"The Commission's position is that the law is incompatible with EU law," Frans Timmermans, the Commission's first vice president, said last month. He has led the bloc's efforts to persuade Poland to reverse its judicial overhaul.

In Strasbourg on Wednesday, Prime Minister Mateusz Morawiecki defended the changes before the European Parliament, saying Poland had the right to shape its own legal system.

"Every country has the right to build its legal system according to its own traditions," Mr. Morawiecki told lawmakers. He accused critics of applying double standards and said the old courts had been dominated by communist-era judges.

Several members of the Parliament responded angrily. Guy Verhofstadt, the leader of the liberal group, accused the Polish government of "destroying the independence of the courts" and called on it to stop.

The governing party's leader, Jaroslaw Kaczynski, has said the overhaul is needed to clean out a corrupt and unaccountable elite.

Opposition parties urged Poles to keep up the protests. "We will not let them take the courts," Grzegorz Schetyna, head of Civic Platform, said outside the building.

Last December, the Commission triggered the so-called Article 7 procedure against Poland, a process that could in theory end with the suspension of its voting rights, though Hungary has promised to block any such sanction.

Legal experts said the standoff left Poland with two people claiming to lead its highest court. Police kept watch as demonstrators stayed outside late into the night.
""",
people=[P("Malgorzata Gersdorf", "POL", "First President of the Supreme Court"),
        P("Andrzej Duda", "POL", "President"),
        P("Jozef Iwulski", "POL", "Supreme Court judge"),
        P("Frans Timmermans", "EUR", "first vice president, European Commission"),
        P("Mateusz Morawiecki", "POL", "Prime Minister"),
        P("Guy Verhofstadt", "EUR", "leader of the liberal group, European Parliament"),
        P("Jaroslaw Kaczynski", "POL", "leader, Law and Justice"),
        P("Grzegorz Schetyna", "POL", "head, Civic Platform")],
events=[
 E("POL", "POL", "REJECT/PROTEST", True, "arrived at work on Wednesday in defiance of a new law"),
 E("POL", "POL", "PROTEST", True, "was greeted by hundreds of supporters who chanted"),
 E("POL", "POL", "COERCE", False, "Supreme Court judges must retire at 65"),
 E("EUR", "POL", "ACCUSE/SANCTION", True, "opened a legal case against Poland over the law"),
 E("EUR", "POL", "REQUEST", False, "It gave Warsaw one month to respond"),
 E("EUR", "POL", "ACCUSE", True, "the law is incompatible with EU law"),
 E("POL", "EUR", "REJECT", True, "defended the changes before the European Parliament"),
 E("POL", "EUR", "ACCUSE", True, "He accused critics of applying double standards"),
 E("EUR", "POL", "ACCUSE", True, "accused the Polish government of \"destroying the independence of the courts\""),
 E("EUR", "POL", "REQUEST", False, "called on it to stop"),
 E("POL", "POL", "REQUEST", False, "Opposition parties urged Poles to keep up the protests"),
 E("EUR", "POL", "SANCTION/ACCUSE", False, "the Commission triggered the so-called Article 7 procedure against Poland"),
 E("HUN", "EUR", "REJECT", False, "Hungary has promised to block any such sanction"),
 E("HUN", "POL", "SUPPORT", False, "Hungary has promised to block any such sanction"),
]))

ARTS.append(A(
id='CP5', headline="Hungary passes 'Stop Soros' law making it a crime to help migrants",
published={"earliest": "2018-06-20", "latest": "2018-06-20", "why": "Hungarian parliament passed the law on Wednesday 20 June 2018, World Refugee Day; reported that day"},
body="""
BUDAPEST, Hungary — Hungary's parliament on Wednesday passed a law that makes it a crime to help illegal migrants apply for asylum, the latest step in Prime Minister Viktor Orban's campaign against immigration and against the Hungarian-American financier George Soros.

The legislation, which the government itself calls the "Stop Soros" law, sets prison terms of up to one year for people or groups who help migrants who are not entitled to protection. Lawmakers also approved a constitutional amendment declaring that an "alien population" cannot be settled in Hungary.

The measures passed by 160 votes to 18, with the governing Fidesz party and the far-right Jobbik voting in favor. The vote fell on World Refugee Day, a timing that rights groups called deliberately provocative.

Mr. Orban, who won a third consecutive term in April after a campaign focused almost entirely on migration, has accused Mr. Soros of plotting to flood Europe with migrants. Mr. Soros has denied the claim and called the campaign against him a pack of lies.

"The people of Hungary have decided that they do not want to become an immigrant country," Interior Minister Sandor Pinter told lawmakers before the vote.

The United Nations refugee agency said it was deeply concerned. "We urge the government to withdraw this proposal," the agency said in a statement, adding that the law could deprive asylum seekers of vital help.

Amnesty International called the law "a brazen attack" on organizations that help refugees and said its staff in Budapest would not stop their work. "We will not be intimidated," said Julia Ivan, the director of Amnesty's Hungarian branch.

The Hungarian Helsinki Committee, a rights group that gives legal aid to asylum seekers, said it would challenge the law before Hungary's Constitutional Court and, if necessary, at the European Court of Human Rights.

The Council of Europe's advisory body on constitutional matters, the Venice Commission, had asked Hungary to delay the vote until it issued an opinion later this week. The government ignored the request.

In Brussels, a spokesman for the European Commission, Christian Wigand, said the Commission would analyze the law and "will not hesitate to take action" if it breached EU rules. The Commission has already taken Hungary to court over its refusal to accept refugees under a quota system.

The government rejected the criticism. "Hungary is a sovereign country and will not accept dictates from Brussels or from Soros organizations," government spokesman Zoltan Kovacs wrote on Twitter.

Mr. Orban has become a leading voice among European nationalists. His government built a razor-wire fence along the borders with Serbia and Croatia in 2015, and it has since detained asylum seekers in container camps on the border.

Opposition politicians said the law would be used to silence critics. "This is not about migrants. It is about intimidating civil society," said Bernadett Szel, a lawmaker for the green party LMP.
""",
people=[P("Viktor Orban", "HUN", "Prime Minister"),
        P("George Soros", "USA", "financier"),
        P("Sandor Pinter", "HUN", "Interior Minister"),
        P("Julia Ivan", "HUN", "director, Amnesty International Hungary"),
        P("Christian Wigand", "EUR", "spokesman, European Commission"),
        P("Zoltan Kovacs", "HUN", "government spokesman"),
        P("Bernadett Szel", "HUN", "lawmaker, LMP")],
events=[
 E("HUN", ["NGO", "HUN"], "COERCE/SANCTION", True, "passed a law that makes it a crime to help illegal migrants apply for asylum"),
 E("HUN", "USA", "ACCUSE", True, "has accused Mr. Soros of plotting to flood Europe with migrants"),
 E("USA", "HUN", "REJECT", False, "Mr. Soros has denied the claim"),
 E("UNO", "HUN", "REQUEST", True, "We urge the government to withdraw this proposal"),
 E("NGO", "HUN", "ACCUSE", True, "called the law \"a brazen attack\""),
 E("NGO", "HUN", "REJECT", True, "We will not be intimidated"),
 E("IGO", "HUN", "REQUEST", True, "had asked Hungary to delay the vote"),
 E("HUN", "IGO", "REJECT", True, "The government ignored the request"),
 E("EUR", "HUN", "THREATEN", True, "\"will not hesitate to take action\""),
 E("EUR", "HUN", "SANCTION/ACCUSE", False, "The Commission has already taken Hungary to court"),
 E("HUN", "EUR", "REJECT", True, "will not accept dictates from Brussels"),
 E("HUN", "HUN", "ACCUSE", True, "It is about intimidating civil society"),
 E("HUN", "HUN", "COERCE", False, "it has since detained asylum seekers in container camps"),
]))
