from common import art, E, P

art(id="BI1", fmt="txt", headline="BANGLADESH VOTES AMID OPPOSITION BOYCOTT, AT LEAST SIX DEAD",
published=("1988-03-03", "1988-03-03", "Reuters dateline 'March 3'; Bangladesh parliamentary election of 3 March 1988"),
body="""DHAKA, March 3 - Bangladeshis voted in a parliamentary election today that was boycotted by all the main opposition parties, and police said at least six people were killed in clashes between rival supporters across the country.

Streets in the capital were largely deserted as an opposition alliance enforced a general strike to keep voters at home. Witnesses said turnout at many Dhaka polling stations was very thin.

President Hussain Muhammad Ershad, who seized power in a bloodless coup in 1982, called the vote after dissolving the previous parliament in December in the face of months of street protests demanding his resignation.

Sheikh Hasina Wajed, leader of the Awami League, and Begum Khaleda Zia of the Bangladesh Nationalist Party said their alliances would not take part in what they called a "farce staged to keep a dictator in office."

"This is not an election, it is a rehearsed play with one actor," Hasina told reporters at her home, where she said police had posted guards since dawn.

Police fired tear gas and swung bamboo staves to break up groups of opposition activists who tried to block voters outside several polling centres in the old city, witnesses said. Dozens of strikers were detained.

The ruling Jatiya Party accused the opposition of trying to sabotage the vote by violence. Information Minister Anwar Zahid said the government would not allow "a handful of agitators" to deny people their right to vote.

Opposition leaders demanded that Ershad step down and hand power to a neutral caretaker government to hold fresh elections. They threatened to intensify street protests if the new parliament was convened.

Western diplomats in Dhaka said the boycott robbed the vote of credibility, but no foreign government has so far criticised it publicly. Bangladesh depends heavily on aid from Western donors and Japan.

Results are expected over the next two days. The ruling party is expected to win an overwhelming majority.

Reuter""",
people=[P("Hussain Muhammad Ershad","BGD","President"),P("Sheikh Hasina Wajed","BGD","leader of the Awami League"),
        P("Khaleda Zia","BGD","leader of the Bangladesh Nationalist Party"),P("Anwar Zahid","BGD","Information Minister")],
events=[
 E("BGD","BGD","PROTEST","boycotted by all the main opposition parties"),
 E("BGD","BGD","ASSAULT","killed in clashes between rival supporters",req=False,sym=True),
 E("BGD","BGD","PROTEST","enforced a general strike to keep voters at home"),
 E("BGD","BGD","PROTEST REJECT","said their alliances would not take part"),
 E("BGD","BGD","COERCE","Police fired tear gas and swung bamboo staves"),
 E("BGD","BGD","COERCE","Dozens of strikers were detained"),
 E("BGD","BGD","ACCUSE","accused the opposition of trying to sabotage the vote by violence"),
 E("BGD","BGD","REQUEST","demanded that Ershad step down"),
 E("BGD","BGD","THREATEN","threatened to intensify street protests"),
 E("BGD","BGD","COERCE","seized power in a bloodless coup in 1982",req=False),
 E("BGD","BGD","COERCE","police had posted guards since dawn",req=False),
 E("BGD","BGD","ACCUSE","a \"farce staged to keep a dictator in office.\"",req=False),
])

art(id="BI2", fmt="txt", headline="FRONT FOR DEMOCRACY SWEEPS SURINAME VOTE, DUTCH SIGNAL AID RETURN",
published=("1987-11-26", "1987-11-26", "Reuters dateline 'Nov 26'; Suriname general election held 25 November 1987"),
body="""PARAMARIBO, Nov 26 - A coalition of Suriname's traditional parties won a landslide in the country's first free election since a 1980 military coup, crushing a party backed by army commander Desi Bouterse, according to early official results.

The Front for Democracy and Development took at least 40 of the 51 seats in the National Assembly, the results showed. The National Democratic Party, founded by Bouterse's supporters, was trailing with only a handful of seats.

"The people have spoken clearly. They want the soldiers back in the barracks," front leader Henck Arron told a cheering crowd outside his party headquarters.

Bouterse, who has ruled the former Dutch colony through a series of figurehead governments, said in a radio address that the army accepted the outcome and would respect the new civilian authorities. But he warned that the military would not tolerate "any attempt to settle old scores" against soldiers.

The election was held under a new constitution approved in a referendum in September which reserves a role for the military in national security.

In The Hague, Dutch Foreign Minister Hans van den Broek welcomed the result as "an important step back to democracy" and said the Netherlands was ready to discuss resuming the development aid it froze after soldiers killed 15 opposition figures in December 1982.

The aid, worth about 1.5 billion guilders under a 1975 independence treaty, has been suspended for five years, deepening an economic crisis in the South American country.

The United States also praised the orderly conduct of the vote. A State Department spokesman in Washington said the ballot had been "peaceful and open."

Voting was also held in parts of the interior where the army has been fighting a guerrilla insurgency led by former soldier Ronnie Brunswijk. The rebels had declared a truce for polling day and did not attack polling stations, officials said.

Arron said the new government would seek talks with the rebels and would ask parliament to place the army firmly under civilian control.

Diplomats said the front would pick a new president when the assembly meets in January.

Reuter""",
people=[P("Desi Bouterse","SUR","army commander"),P("Henck Arron","SUR","leader of the Front for Democracy and Development"),
        P("Hans van den Broek","NLD","Foreign Minister"),P("Ronnie Brunswijk","SUR","rebel leader, former soldier")],
events=[
 E("SUR","SUR","CONCEDE","the army accepted the outcome and would respect the new civilian authorities"),
 E("SUR","SUR","THREATEN","he warned that the military would not tolerate"),
 E("SUR","SUR","REQUEST","They want the soldiers back in the barracks",req=False),
 E("NLD","SUR","SUPPORT","welcomed the result as \"an important step back to democracy\""),
 E("NLD","SUR","AID COOPERATE","ready to discuss resuming the development aid"),
 E("NLD","SUR","SANCTION","the development aid it froze",req=False),
 E("SUR","SUR","ASSAULT","soldiers killed 15 opposition figures in December 1982",req=False),
 E("USA","SUR","SUPPORT","The United States also praised the orderly conduct of the vote"),
 E("SUR","SUR","ASSAULT","the army has been fighting a guerrilla insurgency",req=False,sym=True),
 E("SUR","SUR","RETREAT CONCEDE","The rebels had declared a truce for polling day"),
 E("SUR","SUR","CONSULT","would seek talks with the rebels"),
 E("SUR","SUR","COERCE","a 1980 military coup",req=False),
])

art(id="BI3", fmt="json", headline="CRISTIANI WINS SALVADOR PRESIDENCY AS REBELS DENOUNCE VOTE",
published=("1989-03-20", "1989-03-20", "Reuters dateline 'March 20'; Salvadoran presidential election of 19 March 1989"),
meta=dict(date_publish="1989-03-20 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="Right-wing ARENA candidate Alfredo Cristiani wins El Salvador's presidential election outright amid rebel attacks."),
body="""SAN SALVADOR, March 20 - Alfredo Cristiani of the right-wing Nationalist Republican Alliance (ARENA) won El Salvador's presidential election outright, according to official results today, in a vote marred by rebel sabotage and the deaths of at least 30 people.

The Central Elections Council said Cristiani, a 41-year-old coffee grower, took about 54 percent of the vote, avoiding a runoff. Fidel Chavez Mena of the ruling Christian Democrats conceded defeat late last night and congratulated his rival.

Leftist guerrillas of the Farabundo Marti National Liberation Front (FMLN) had called the election a fraud and declared a transport stoppage to keep voters away. Rebels blew up power pylons across the country, leaving much of the capital in darkness on voting day, and attacked army posts in several towns.

Three journalists, including a Reuters television cameraman, were among those killed. Witnesses said soldiers fired on a clearly marked press vehicle in San Salvador. The army denied that its troops were responsible.

An FMLN radio broadcast said the vote "changes nothing" and vowed to continue the war. The rebels had offered last January to take part if the election was delayed for six months, a proposal the government and the army rejected.

In Washington, the Bush administration welcomed the result and said it would work with the new government. Secretary of State James Baker said he was "encouraged" by Cristiani's pledges to respect human rights and to seek talks with the guerrillas.

Cristiani told a news conference he would offer the rebels immediate dialogue without preconditions. "I extend my hand to the FMLN. Let us end this war," he said.

Many Democrats in the U.S. Congress have threatened to cut the roughly 1.5 million dollars a day in U.S. aid to El Salvador if ARENA, long linked by critics to death squads, returns to its past.

ARENA founder Roberto D'Aubuisson, who was accused by a former U.S. ambassador of ordering the 1980 murder of Archbishop Oscar Romero, kept a low profile during the count.

Cristiani takes office on June 1 from President Jose Napoleon Duarte, who is suffering from cancer.

Reuter""",
people=[P("Alfredo Cristiani","SLV","ARENA presidential candidate, president-elect"),P("Fidel Chavez Mena","SLV","Christian Democrat candidate"),
        P("James Baker","USA","Secretary of State"),P("Roberto D'Aubuisson","SLV","ARENA founder"),P("Oscar Romero","SLV","Archbishop"),
        P("Jose Napoleon Duarte","SLV","President")],
events=[
 E("SLV","SLV","CONCEDE","conceded defeat late last night"),
 E("SLV","SLV","SUPPORT","congratulated his rival"),
 E("SLV","SLV","ACCUSE","had called the election a fraud"),
 E("SLV","SLV","PROTEST","declared a transport stoppage to keep voters away"),
 E("SLV","SLV","ASSAULT","Rebels blew up power pylons across the country"),
 E("SLV","SLV","ASSAULT","attacked army posts in several towns"),
 E("SLV","SLV","ASSAULT","soldiers fired on a clearly marked press vehicle"),
 E("SLV","SLV","REJECT","The army denied that its troops were responsible",req=False),
 E("SLV","SLV","THREATEN REJECT","vowed to continue the war"),
 E("SLV","SLV","REJECT","a proposal the government and the army rejected",req=False),
 E("USA","SLV","SUPPORT","the Bush administration welcomed the result"),
 E("USA","SLV","COOPERATE","would work with the new government",req=False),
 E("SLV","SLV","CONSULT AGREE","he would offer the rebels immediate dialogue without preconditions"),
 E("USA","SLV","THREATEN","threatened to cut the roughly 1.5 million dollars a day in U.S. aid",req=False),
 E("USA","SLV","ACCUSE","accused by a former U.S. ambassador",req=False),
])

art(id="BI4", fmt="json", headline="CASTRO AND ORTEGA JOIN QUAYLE AT PEREZ INAUGURATION IN CARACAS",
published=("1989-02-02", "1989-02-02", "Reuters dateline 'Feb 2'; Carlos Andres Perez sworn in 2 February 1989"),
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Carlos Andres Perez is sworn in for a second term as Venezuela's president before more than 20 heads of state."),
body="""CARACAS, Feb 2 - Carlos Andres Perez was sworn in today for a second term as Venezuela's president at a lavish ceremony attended by more than 20 heads of state and government, including Cuba's Fidel Castro and Nicaragua's Daniel Ortega.

U.S. Vice President Dan Quayle headed the American delegation, and officials said he would not meet Castro, whose arrival drew thousands of onlookers and a small protest by Cuban exiles outside his hotel.

Perez, a social democrat who first governed from 1974 to 1979 during the oil boom, called in his inaugural speech for Latin American debtor nations to act together to force creditor banks to accept a reduction in the region's 400 billion dollar foreign debt.

"We will not pay our debts with the hunger of our people," Perez told the Congress, to loud applause.

Castro, making his first visit to Venezuela since 1959, held talks with Perez late last night. Cuban officials said the two leaders agreed to expand trade and improve ties frozen for much of the past two decades.

Quayle met Perez this morning and told him the Bush administration, which took office last month, was ready to listen to proposals on debt, a U.S. spokesman said. But he rejected any idea of a debtors' cartel.

Ortega used his visit to meet several Central American presidents. He told reporters that Nicaragua would not accept new conditions on the regional peace plan and accused Washington of keeping the Contra rebels alive in Honduras.

Honduran President Jose Azcona, who also attended, denied that his country was sheltering the Contras and said Nicaragua should first keep its own promises on democratisation.

Police said several hundred students marched through the city centre to protest against Castro's visit and against planned price rises. There were no reports of clashes.

Reuter""",
people=[P("Carlos Andres Perez","VEN","President"),P("Fidel Castro","CUB","Cuban leader"),P("Daniel Ortega","NIC","Nicaraguan President"),
        P("Dan Quayle","USA","Vice President"),P("Jose Azcona","HND","Honduran President")],
events=[
 E("CUB","VEN","CONSULT","Castro, making his first visit to Venezuela since 1959",req=False),
 E("CUB","VEN","CONSULT","held talks with Perez late last night",sym=True),
 E("CUB","VEN","AGREE COOPERATE","agreed to expand trade and improve ties",sym=True),
 E("USA","CUB","REJECT","he would not meet Castro"),
 E("USA","VEN","CONSULT","Quayle met Perez this morning",sym=True),
 E("USA","VEN","REJECT","he rejected any idea of a debtors' cartel"),
 E("VEN","WST","REQUEST","to force creditor banks to accept a reduction",req=False),
 E("NIC","USA","REJECT","Nicaragua would not accept new conditions on the regional peace plan",req=False),
 E("NIC","USA","ACCUSE","accused Washington of keeping the Contra rebels alive in Honduras"),
 E("HND","NIC","REJECT","denied that his country was sheltering the Contras"),
 E("HND","NIC","REQUEST","said Nicaragua should first keep its own promises on democratisation"),
 E("NIC",["HND","CRI","GTM","SLV"],"CONSULT","Ortega used his visit to meet several Central American presidents",req=False),
 E("CUB","CUB","PROTEST","a small protest by Cuban exiles",req=False),
 E("VEN","CUB","PROTEST","marched through the city centre to protest against Castro's visit"),
])

art(id="BI5", fmt="dump", headline="POLISH PARLIAMENT ELECTS JARUZELSKI PRESIDENT BY ONE VOTE",
published=("1989-07-19", "1989-07-19", "Reuters dateline 'July 19'; Jaruzelski elected president by National Assembly 19 July 1989"),
body="""WARSAW, July 19 - Poland's parliament today elected General Wojciech Jaruzelski to the new post of president by a margin of a single vote, after several Solidarity deputies helped him across the line by casting spoiled ballots.

Jaruzelski, the Communist Party leader who imposed martial law in 1981 to crush Solidarity, was the only candidate. He won 270 votes in the joint session of the Sejm and the new Senate, exactly the minimum he needed.

Solidarity, which swept almost every seat it was allowed to contest in June's partly free election, had said it would not put up a candidate of its own, honouring the power-sharing deal reached at round-table talks in April.

Most Solidarity deputies voted against the general. But union leader Lech Walesa had urged his supporters not to block the election, warning that a defeat could provoke a backlash from hardliners and from Moscow.

"We gave our word at the round table and we keep our word," Walesa told reporters in Gdansk. "But the general must now understand that the nation has spoken."

Jaruzelski said in a short speech after the vote that he would be "a president of all Poles" and promised to seek cooperation with the opposition.

He had said last month he would not stand, citing the election defeat of the Communists, but changed his mind after appeals from party colleagues and, diplomats said, from Soviet leader Mikhail Gorbachev.

President George Bush, who visited Poland last week, had said in Warsaw he hoped the new president would lead the country toward democracy, and offered a modest package of economic aid.

A Kremlin spokesman in Moscow welcomed Jaruzelski's election as a sign of stability.

Solidarity officials said they would press the Communists to let the union form a government. Adam Michnik, editor of the new Solidarity daily, called for a cabinet led by the opposition.

Reuter""",
people=[P("Wojciech Jaruzelski","POL","President, Communist Party leader"),P("Lech Walesa","POL","Solidarity leader"),
        P("Mikhail Gorbachev","RUS","Soviet leader"),P("George Bush","USA","President"),P("Adam Michnik","POL","editor of Solidarity daily")],
events=[
 E("POL","POL","SUPPORT","several Solidarity deputies helped him across the line",req=False),
 E("POL","POL","COERCE","imposed martial law in 1981 to crush Solidarity",req=False),
 E("POL","POL","RETREAT CONCEDE","it would not put up a candidate of its own"),
 E("POL","POL","AGREE","the power-sharing deal reached at round-table talks in April",req=False,sym=True),
 E("POL","POL","REJECT PROTEST","Most Solidarity deputies voted against the general"),
 E("POL","POL","REQUEST","urged his supporters not to block the election",req=False),
 E("POL","POL","COOPERATE","promised to seek cooperation with the opposition"),
 E("RUS","POL","REQUEST","appeals from party colleagues and, diplomats said, from Soviet leader Mikhail Gorbachev"),
 E("USA","POL","CONSULT","who visited Poland last week",req=False),
 E("USA","POL","AID","offered a modest package of economic aid"),
 E("USA","POL","REQUEST SUPPORT","he hoped the new president would lead the country toward democracy",req=False),
 E("RUS","POL","SUPPORT","welcomed Jaruzelski's election as a sign of stability"),
 E("POL","POL","REQUEST","would press the Communists to let the union form a government"),
 E("POL","POL","REQUEST","called for a cabinet led by the opposition"),
])

art(id="BI6", fmt="dump", headline="SWAPO WINS NAMIBIA VOTE BUT FALLS SHORT OF TWO-THIRDS MAJORITY",
published=("1989-11-14", "1989-11-14", "Reuters dateline 'Nov 14'; Namibian election results announced 14 November 1989"),
body="""WINDHOEK, Nov 14 - The South West Africa People's Organisation (SWAPO) won Namibia's United Nations-supervised election, but fell short of the two-thirds majority it needs to write the territory's independence constitution on its own, official results showed today.

SWAPO took 41 of the 72 seats in the constituent assembly, with about 57 percent of the vote. The Democratic Turnhalle Alliance, a multiracial coalition that governed under South African rule, won 21 seats.

Martti Ahtisaari, the U.N. special representative who oversaw the vote, declared the week-long election free and fair. "The people of Namibia have chosen, and they have chosen peacefully," he told a news conference.

South Africa's Administrator-General, Louis Pienaar, endorsed Ahtisaari's verdict, and Pretoria's Foreign Minister Pik Botha said South Africa accepted the outcome and would work with the new government.

SWAPO leader Sam Nujoma, who returned in September after nearly 30 years in exile, said his movement would seek "national reconciliation" and invited other parties to help draft the constitution.

"We will not be vindictive. There is room for everyone in the new Namibia," Nujoma said.

DTA leader Dirk Mudge said his party accepted the result. Earlier in the campaign the DTA had accused SWAPO of intimidating voters in the northern Ovambo region, a charge SWAPO denied.

The vote was the centrepiece of a U.S.-brokered agreement signed in December by South Africa, Angola and Cuba, under which Pretoria pulls out of the territory and some 50,000 Cuban troops leave Angola.

Angolan President Jose Eduardo dos Santos sent a message congratulating Nujoma, Angolan radio reported. Western diplomats said Washington and London also welcomed the result.

Independence is expected by April next year.

Reuter""",
people=[P("Martti Ahtisaari","UNO","U.N. special representative"),P("Louis Pienaar","ZAF","Administrator-General"),
        P("Pik Botha","ZAF","Foreign Minister"),P("Sam Nujoma","NAM","SWAPO leader"),P("Dirk Mudge","NAM","DTA leader"),
        P("Jose Eduardo dos Santos","AGO","Angolan President")],
events=[
 E("UNO","NAM","SUPPORT","declared the week-long election free and fair"),
 E("ZAF","UNO","SUPPORT AGREE","endorsed Ahtisaari's verdict"),
 E("ZAF","NAM","CONCEDE SUPPORT","South Africa accepted the outcome"),
 E("ZAF","NAM","COOPERATE","would work with the new government",req=False),
 E("NAM","NAM","COOPERATE","invited other parties to help draft the constitution"),
 E("NAM","NAM","CONCEDE","his party accepted the result"),
 E("NAM","NAM","ACCUSE","accused SWAPO of intimidating voters"),
 E("NAM","NAM","REJECT","a charge SWAPO denied"),
 E("ZAF",["AGO","CUB"],"AGREE","agreement signed in December by South Africa, Angola and Cuba",req=False,sym=True),
 E("ZAF","NAM","RETREAT","Pretoria pulls out of the territory",req=False),
 E("CUB","AGO","RETREAT","50,000 Cuban troops leave Angola",req=False),
 E("AGO","NAM","SUPPORT","sent a message congratulating Nujoma"),
 E("USA","NAM","SUPPORT","Washington and London also welcomed the result"),
 E("GBR","NAM","SUPPORT","Washington and London also welcomed the result"),
])

art(id="BI7", fmt="txt", headline="Ecuador's Lasso alleges fraud as Moreno is declared winner of presidential runoff",
published=("2017-04-03", "2017-04-04", "runoff held Sunday 2 April 2017; results reported 'on Monday'"),
body="""QUITO, Ecuador - Ecuador's electoral authorities on Monday declared leftist Lenin Moreno the winner of the country's presidential runoff, but his conservative rival, former banker Guillermo Lasso, refused to concede and accused the government of rigging the count.

With almost all ballots tallied, Moreno, the hand-picked successor of President Rafael Correa, had 51.2 percent to Lasso's 48.8 percent, the National Electoral Council said.

"They have toyed with the will of the people," Lasso told supporters in Guayaquil on Sunday night, hours after an exit poll had shown him ahead. "We will defend every vote, and we will not accept a result that was manufactured."

Lasso's campaign said it would formally request a recount in all 24 provinces. Hundreds of his supporters gathered outside electoral council offices in Quito and Guayaquil, some banging pots and shouting "Fraud!" Police in riot gear held them back with shields, and several people were detained after scuffles, according to local media.

Correa dismissed the fraud claims as the tantrum of a "sore loser" and tweeted that the "citizens' revolution" had won again. Moreno, a former vice president who uses a wheelchair after being shot in a 1998 robbery, called for calm and promised to govern "for all Ecuadorians, including those who did not vote for me."

The outcome was closely watched across Latin America, where a string of left-leaning governments have lost power in recent years. Venezuelan President Nicolas Maduro and Bolivian President Evo Morales quickly congratulated Moreno. Peru's Pedro Pablo Kuczynski, a center-right leader, said he would wait for the official count.

The Organization of American States, which sent an observer mission, said in a statement that it had found no evidence of irregularities that would change the result, and urged both sides to settle disputes through legal channels.

The vote also carries consequences for WikiLeaks founder Julian Assange, who has been sheltering at Ecuador's embassy in London since 2012. Lasso had vowed to evict him within 30 days of taking office. Moreno has said Assange may stay.

Moreno is due to be sworn in on May 24.""",
people=[P("Lenin Moreno","ECU","president-elect, former vice president"),P("Guillermo Lasso","ECU","presidential candidate, former banker"),
        P("Rafael Correa","ECU","President"),P("Nicolas Maduro","VEN","Venezuelan President"),P("Evo Morales","BOL","Bolivian President"),
        P("Pedro Pablo Kuczynski","PER","Peru's president"),P("Julian Assange","AUS","WikiLeaks founder")],
events=[
 E("ECU","ECU","REJECT","refused to concede"),
 E("ECU","ECU","ACCUSE","accused the government of rigging the count"),
 E("ECU","ECU","REQUEST","would formally request a recount in all 24 provinces"),
 E("ECU","ECU","PROTEST","some banging pots and shouting \"Fraud!\""),
 E("ECU","ECU","COERCE","several people were detained after scuffles"),
 E("ECU","ECU","REJECT ACCUSE","Correa dismissed the fraud claims"),
 E("ECU","ECU","REQUEST","called for calm",req=False),
 E("VEN","ECU","SUPPORT","quickly congratulated Moreno"),
 E("BOL","ECU","SUPPORT","quickly congratulated Moreno"),
 E("IGO","ECU","REQUEST","urged both sides to settle disputes through legal channels"),
 E("IGO","ECU","SUPPORT","it had found no evidence of irregularities",req=False),
 E("ECU","AUS","THREATEN","Lasso had vowed to evict him within 30 days",req=False),
 E("ECU","AUS","AID","Moreno has said Assange may stay",req=False),
])
