# Articles CB8-CB14
A = []

A.append(dict(id="CB8", fmt="json",
headline="Moldova's new president heads to Moscow, vows to undo EU trade deal",
date=None, authors=["Neil MacFarquhar"], domain="www.nytimes.com",
url="https://www.nytimes.com/2017/01/17/world/europe/moldova-igor-dodon-putin-moscow.html",
desc="Igor Dodon chose Moscow for his first foreign trip and said Moldova's association agreement with the European Union could be canceled.",
published=("2017-01-17","2017-01-17","no date_publish; Putin-Dodon Kremlin meeting 'on Tuesday' was Jan 17, 2017"),
people=[("Igor Dodon","MDA","President"),("Vladimir Putin","RUS","President"),("Pavel Filip","MDA","Prime Minister"),("Vlad Plahotniuc","MDA","businessman, leader of the Democratic Party")],
events=[
("MDA","RUS","CONSULT",True,"met President Vladimir Putin at the Kremlin on Tuesday",{"symmetric":True}),
("MDA","EUR","THREATEN REJECT",True,"the agreement could be canceled"),
("MDA","RUS","REQUEST",True,"asked Putin to lift trade restrictions"),
("RUS","MDA","AGREE CONCEDE",True,"Putin agreed to consider an amnesty"),
("RUS","MDA","SUPPORT",True,"said Russia was ready to help"),
("RUS","MDA","SANCTION",False,"Russia banned imports of Moldovan wine"),
("MDA","MDA","REJECT",True,"Filip said in a statement that the agreement would not be canceled"),
("MDA","MDA","ACCUSE",False,"accused the president of putting the country's European future at risk"),
("MDA","IGO","REJECT",True,"Moldova would not join NATO"),
("MDA",["ROU","EUR"],"ACCUSE",False,"accused Bucharest and Brussels"),
("RUS","MDA","MOBILIZE",False,"Russian troops have been stationed"),
("MDA","RUS","REQUEST",True,"has demanded their withdrawal"),
("RUS","MDA","AGREE",False,"the two leaders agreed to work toward a settlement",{"symmetric":True}),
],
text="""MOSCOW — Igor Dodon, Moldova's new Russia-friendly president, met President Vladimir Putin at the Kremlin on Tuesday on his first foreign trip, and said that a landmark trade agreement his country had signed with the European Union could be canceled if his party won the next parliamentary election.

"Moldova has lost more than it gained," Dodon said at a joint news conference. "If the Socialist Party wins a majority, the agreement could be canceled."

The visit was a striking symbol of the tug of war between Russia and the West over the former Soviet republics. Dodon, a Socialist who won the presidency in November, campaigned on a promise to restore close ties with Moscow.

Dodon said he had asked Putin to lift trade restrictions on Moldovan farm products and to grant an amnesty to Moldovan migrant workers who had been barred from Russia for violating immigration rules.

Putin agreed to consider an amnesty and said Russia was ready to help Moldova "restore its economy." He said trade between the two countries had fallen sharply since Moldova signed the agreement with Brussels in 2014.

Russia banned imports of Moldovan wine, fruit and meat after the association agreement was signed, dealing a heavy blow to the small, largely agricultural country of 3.5 million people.

But Dodon's powers are limited. Moldova is a parliamentary republic, and its pro-European government has no intention of following his lead.

Prime Minister Pavel Filip said in a statement that the agreement would not be canceled and that the European Union remained Moldova's main trading partner and donor. "The president does not set foreign policy," Filip said.

Opposition lawmakers accused the president of putting the country's European future at risk. Some called on Dodon to resign.

Dodon also repeated that Moldova would not join NATO, and said he would seek a referendum on the country's neutrality. He has in the past accused Bucharest and Brussels of interfering in Moldovan politics.

The two leaders also discussed Transnistria, a sliver of land along the Ukrainian border that broke away from Moldova in a brief war in 1992. Russian troops have been stationed there ever since, and the Moldovan government has demanded their withdrawal.

Dodon said the two leaders agreed to work toward a settlement that would give the region broad autonomy within a unified Moldova, but he gave no details.

According to a senior European diplomat in Chisinau, Brussels was watching the visit "calmly," noting that the government and parliament remained committed to the EU course.

The real power in Moldova is widely believed to lie with Vlad Plahotniuc, a wealthy businessman who leads the governing Democratic Party. His party declined to comment on Tuesday.

Moldova has been shaken by political crises since the disappearance of about $1 billion from three banks in 2014, a scandal that fueled anger at pro-European elites and helped Dodon's victory.
"""))

A.append(dict(id="CB9", fmt="txt",
headline="Russia to recognize documents issued by Ukraine's rebel regions, angering Kiev",
published=("2017-02-19","2017-02-19","Putin decree signed 'on Saturday' (Feb 18, 2017); reactions 'on Sunday'"),
people=[("Vladimir Putin","RUS","President"),("Petro Poroshenko","UKR","President"),("Sergei Lavrov","RUS","Foreign Minister"),
("Pavlo Klimkin","UKR","Foreign Minister"),("Sigmar Gabriel","DEU","Foreign Minister"),("Mike Pence","USA","Vice President"),("Dmitry Peskov","RUS","Kremlin spokesman")],
events=[
("RUS","UKR","REJECT COERCE",False,"signed a decree on Saturday"),
("RUS","UKR","SUPPORT",False,"Russia would recognize passports"),
("UKR","RUS","ACCUSE",True,"Poroshenko called the decree"),
("UKR","RUS","ACCUSE",True,"accused Moscow of violating the Minsk agreements"),
("DEU","RUS","CONSULT",True,"met Lavrov on the sidelines",{"symmetric":True}),
("RUS","UKR","CONSULT AGREE",True,"met in Munich and agreed to push for a new cease-fire",{"symmetric":True}),
("DEU","UKR","CONSULT AGREE",False,"met in Munich and agreed to push for a new cease-fire",{"symmetric":True}),
("FRA","RUS","CONSULT AGREE",False,"met in Munich and agreed to push for a new cease-fire",{"symmetric":True}),
("RUS","UKR","ACCUSE",True,"accused Ukraine of failing to pass laws"),
("RUS",["DEU","WST"],"REQUEST",False,"the West should judge the measure"),
("DEU","RUS","ACCUSE",True,"described the decree as a step that"),
("USA","RUS","REQUEST",True,"said Russia must be held accountable"),
("USA","UKR","SUPPORT",False,"the United States would continue to stand with Ukraine"),
("RUS","UKR","REJECT",True,"Peskov rejected the criticism"),
("UKR","RUS","ASSAULT",False,"fighting that flared in late January"),
("UKR",["RUS","UKR"],"AGREE",True,"agreed to begin withdrawing heavy weapons"),
("UKR","WST","REQUEST",True,"urged Western governments to extend sanctions"),
("UKR","UKR","PROTEST",False,"blocking rail lines"),
],
text="""MOSCOW — President Vladimir Putin signed a decree on Saturday ordering Russian authorities to recognize identity documents issued by the separatist authorities in eastern Ukraine, a move that Kiev and its Western allies said undermined a fragile peace process.

Under the decree, which the Kremlin said was a temporary humanitarian measure, Russia would recognize passports, birth certificates and vehicle registrations issued by the self-proclaimed people's republics of Donetsk and Luhansk, allowing their residents to travel, study and work in Russia without visas.

Ukrainian President Petro Poroshenko called the decree "another proof of Russian occupation" and said it was a clear recognition of the puppet entities. Speaking at the Munich Security Conference on Saturday, he accused Moscow of violating the Minsk agreements.

"Russia is legalizing the occupation," Poroshenko told the conference.

Ukrainian Foreign Minister Pavlo Klimkin wrote on Twitter that the move was "a blatant violation of international law."

The timing caught European diplomats by surprise. The decree was published only hours after the foreign ministers of Russia, Ukraine, Germany and France met in Munich and agreed to push for a new cease-fire starting on Monday.

German Foreign Minister Sigmar Gabriel, who met Lavrov on the sidelines of the conference, described the decree as a step that "contradicts everything that was agreed in Minsk."

In a speech to the same conference, Vice President Mike Pence said Russia must be held accountable for its actions in Ukraine and that the United States would continue to stand with Ukraine, easing some European anxieties about the new administration's attitude toward Moscow.

In Moscow, Kremlin spokesman Dmitry Peskov rejected the criticism. He told reporters that the decree was "purely humanitarian" and had been adopted to protect the rights of people living in the region, who he said were cut off by a Ukrainian blockade.

"This does not mean recognition of these republics," Peskov said.

Russian Foreign Minister Sergei Lavrov said in Munich that the West should judge the measure by its humanitarian purpose and accused Ukraine of failing to pass laws required by the Minsk deal.

The decree follows weeks of fighting that flared in late January around the government-held town of Avdiivka, one of the worst outbreaks of violence since the cease-fire was agreed in 2015.

Under the deal reached in Munich, the Ukrainian government and the rebels agreed to begin withdrawing heavy weapons from the front line by March 1. Monitors from the Organization for Security and Cooperation in Europe are supposed to verify the withdrawal.

Kiev has urged Western governments to extend sanctions against Moscow in response to the decree. European Union sanctions imposed over Russia's annexation of Crimea and its role in the conflict are up for renewal in July.

Meanwhile, Ukrainian nationalist activists have been blocking rail lines that carry coal from the rebel regions to government-held territory, a protest that the government in Kiev has struggled to end.
"""))

A.append(dict(id="CB10", fmt="json",
headline="Tusk re-elected as EU summit chief despite fierce Polish opposition",
date="2017-03-09 20:41:00", authors=["Daniel Boffey","Jennifer Rankin"], domain="www.theguardian.com",
url="https://www.theguardian.com/world/2017/mar/09/donald-tusk-re-elected-european-council-president-poland",
desc="Warsaw was isolated 27 to 1 as EU leaders gave Donald Tusk a second term, prompting Poland to threaten to block the summit conclusions.",
published=("2017-03-09","2017-03-09","date_publish; summit vote 'on Thursday' (Mar 9, 2017)"),
people=[("Donald Tusk","POL","president of the European Council; former Prime Minister of Poland"),("Beata Szydło","POL","Prime Minister"),
("Jarosław Kaczyński","POL","leader of the Law and Justice party"),("Jacek Saryusz-Wolski","POL","MEP"),("Angela Merkel","DEU","Chancellor"),
("Witold Waszczykowski","POL","Foreign Minister"),("Viktor Orbán","HUN","Prime Minister"),("Joseph Muscat","MLT","Prime Minister")],
events=[
("EUR","POL","REJECT",True,"overriding the fierce objections of his own country's government"),
("POL","EUR","REJECT",True,"Poland was the only country to vote against"),
("POL","EUR","THREATEN REJECT",True,"refused to endorse the conclusions of the summit"),
("POL","EUR","ACCUSE",True,"accused the other leaders of acting as a \"diktat\""),
("POL","POL","ACCUSE",True,"accuses Tusk of"),
("DEU","POL","SUPPORT",False,"re-election was \"a sign of stability"),
("DEU","POL","REJECT",False,"Merkel said she could not support"),
("HUN","POL","SUPPORT",False,"Orbán, a close ally of Warsaw"),
("HUN","EUR","SUPPORT",True,"ultimately backed Tusk"),
("POL","EUR","THREATEN",True,"threatened to take a harder line"),
(["MLT","EUR"],"POL","REQUEST",True,"urged Warsaw to calm down"),
("POL","POL","ACCUSE",False,"has accused Tusk of bearing responsibility"),
],
text="""BRUSSELS — European Union leaders reappointed Donald Tusk as president of the European Council on Thursday, overriding the fierce objections of his own country's government in a vote that left Poland isolated at a summit in Brussels.

Tusk, a former Polish prime minister, was backed by 27 of the bloc's 28 leaders. Poland was the only country to vote against him, after failing to persuade any ally to support its own candidate, Jacek Saryusz-Wolski, a little-known member of the European Parliament.

"I will do everything to work for a better Europe," Tusk wrote on Twitter after the vote, thanking leaders for their "trust."

Polish Prime Minister Beata Szydło reacted angrily. She told reporters that Poland refused to endorse the conclusions of the summit, a largely symbolic step that forced officials to issue them in the name of the council president instead.

"This is a very dangerous precedent," Szydło said. "The EU is being built on a principle of double standards." She accused the other leaders of acting as a "diktat" from Berlin.

Poland's governing Law and Justice party, led by Jarosław Kaczyński, accuses Tusk of meddling in domestic politics and of failing to remain neutral in Warsaw's disputes with Brussels over the rule of law.

Kaczyński, a longtime rival of Tusk, has accused Tusk of bearing responsibility for the 2010 plane crash in Smolensk, Russia, that killed his twin brother, President Lech Kaczyński, an accusation Tusk rejects.

German Chancellor Angela Merkel said Tusk's re-election was "a sign of stability," but added that she regretted that Poland had not been persuaded. Merkel said she could not support blocking the decision merely because one government objected.

Hungarian Prime Minister Viktor Orbán, a close ally of Warsaw in its battles with the EU, ultimately backed Tusk, dashing Polish hopes of an alliance of Central European governments.

Polish Foreign Minister Witold Waszczykowski said Warsaw would now "drastically lower" its confidence in the EU and threatened to take a harder line in future negotiations, including on the bloc's budget.

Several leaders urged Warsaw to calm down. Maltese Prime Minister Joseph Muscat, whose country holds the rotating presidency of the EU, said no one wanted to humiliate Poland. "We need Poland at the table," he said.

The dispute cast a shadow over the summit, which was supposed to focus on jobs, migration and preparations for a meeting in Rome this month to mark the 60th anniversary of the bloc's founding treaty.

The showdown also comes as Britain prepares to trigger the formal process of leaving the EU, and as Brussels grapples with a surge of populist sentiment across the continent.

Tusk's second term runs for two and a half years, starting in June.
"""))

A.append(dict(id="CB11", fmt="txt",
headline="Sweden brings back military draft, citing Russian activity in Baltic",
published=("2017-03-02","2017-03-02","government announcement 'on Thursday' (Mar 2, 2017)"),
people=[("Peter Hultqvist","SWE","Defense Minister"),("Stefan Löfven","SWE","Prime Minister"),("Maria Zakharova","RUS","Foreign Ministry spokeswoman"),
("Jens Stoltenberg","IGO","NATO Secretary General"),("Micael Bydén","SWE","Supreme Commander of the armed forces")],
events=[
("SWE","RUS","MOBILIZE",False,"reintroduce compulsory military service"),
("SWE","RUS","ACCUSE",True,"blamed the decision on Russia's annexation of Crimea"),
("RUS","SWE","MOBILIZE",False,"Russian military exercises near Sweden's borders"),
("SWE","SWE","MOBILIZE",False,"Sweden returned troops to the island of Gotland"),
("RUS","SWE","ACCUSE",True,"accused Stockholm of stoking \"anti-Russian hysteria\""),
("RUS","SWE","REJECT",True,"denied that Russia posed a threat"),
("RUS","SWE","THREATEN",True,"Russia would be forced to respond"),
("SWE","IGO","COOPERATE",True,"has deepened its cooperation with NATO"),
("IGO","SWE","SUPPORT",True,"Stoltenberg welcomed"),
("SWE","IGO","REJECT",True,"Sweden was not planning to apply"),
("RUS","SWE","ASSAULT",False,"simulated an attack"),
("SWE","RUS","PROTEST",False,"summoned the Russian ambassador"),
],
text="""STOCKHOLM — Sweden announced on Thursday that it would reintroduce compulsory military service starting next year, seven years after abolishing it, as the government blamed the decision on Russia's annexation of Crimea and increased Russian military activity around the Baltic Sea.

About 4,000 men and women born in 1999 and later will be called up each year from January 2018, the Defense Ministry said. They will be chosen from about 13,000 young people who will be required to take aptitude tests.

"The security environment in Europe and in Sweden's vicinity has deteriorated," Defense Minister Peter Hultqvist told Swedish radio. "Russian military exercises near Sweden's borders, the illegal annexation of Crimea and the conflict in Ukraine are some of the reasons."

Hultqvist said the volunteer system had failed to fill the ranks of the armed forces, which are short of about 1,000 soldiers. The government stressed that the draft was also a practical measure, not only a response to Moscow.

Sweden, which has not fought a war in two centuries, cut its military sharply after the end of the Cold War. But in recent years it has raised defense spending, and last year Sweden returned troops to the island of Gotland, which lies in the middle of the Baltic Sea.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova accused Stockholm of stoking "anti-Russian hysteria" and denied that Russia posed a threat to its Nordic neighbor.

"We have repeatedly said that we have no aggressive intentions toward Sweden," Zakharova told reporters. She warned that if Sweden were to join NATO, Russia would be forced to respond with "military-technical measures."

Sweden is not a member of the alliance, but it has deepened its cooperation with NATO, taking part in exercises and signing an agreement last year that allows alliance troops to operate more easily on its territory.

NATO Secretary General Jens Stoltenberg welcomed the decision, saying that Sweden was "a valued partner" and that every country had the right to decide on its own defense.

Prime Minister Stefan Löfven has said that Sweden was not planning to apply for membership, a position shared by his Social Democrats but increasingly questioned by opposition parties.

Swedish officials have cited a series of incidents over the past few years, including a 2013 episode in which Russian bombers simulated an attack on targets in Sweden, and a hunt for a suspected foreign submarine in the Stockholm archipelago in 2014.

In 2015, the Foreign Ministry summoned the Russian ambassador after a Russian fighter jet flew dangerously close to a Swedish surveillance aircraft.

The commander of the armed forces, Gen. Micael Bydén, said the draft would help build a "more robust" defense. "We need more people, and we need them now," he said in a statement.

The decision has broad support in Parliament, and opinion polls show that most Swedes favor conscription. Neighboring Norway, a NATO member, has kept the draft and made it mandatory for women in 2015.
"""))

A.append(dict(id="CB12", fmt="json",
headline="Britain vows to protect Gibraltar as Spain gains Brexit veto",
date="2017-04-03 11:48:00", authors=["Stephen Castle"], domain="www.nytimes.com",
url="https://www.nytimes.com/2017/04/03/world/europe/gibraltar-brexit-spain-britain.html",
desc="A clause in the EU's draft negotiating guidelines gave Madrid a say over whether any Brexit deal would apply to Gibraltar.",
published=("2017-04-03","2017-04-03","date_publish; Howard remarks 'on Sunday' (Apr 2, 2017)"),
people=[("Theresa May","GBR","Prime Minister"),("Michael Howard","GBR","former leader of the Conservative Party"),("Alfonso Dastis","ESP","Foreign Minister"),
("Fabian Picardo","GIB","Chief Minister of Gibraltar"),("Michael Fallon","GBR","Defense Secretary"),("Donald Tusk","EUR","president of the European Council")],
events=[
("EUR","ESP","SUPPORT",True,"gave Spain an effective veto"),
("GBR","ESP","THREATEN",False,"would be prepared to go to war"),
("GBR",["ESP","GIB"],"SUPPORT",True,"Britain would protect Gibraltar"),
("GBR","ESP","REJECT",True,"would not enter into arrangements"),
("ESP","GBR","ACCUSE",True,"accused some in Britain of losing their temper"),
("ESP","GBR","REJECT",False,"Madrid had no intention"),
(["GIB","GBR"],"EUR","ACCUSE",True,"accused the EU of behaving like"),
(["GIB","GBR"],"ESP","ACCUSE",True,"accused Spain of trying to use"),
("ESP","GBR","MOBILIZE COERCE PROTEST",True,"Spanish warships and patrol boats entered"),
("GBR","ESP","PROTEST",True,"British diplomats have lodged protests"),
("GBR","EUR","CONSULT",True,"May spoke to Tusk by telephone",{"symmetric":True}),
("ESP","GBR","REQUEST",False,"demanded shared sovereignty"),
("GBR","ESP","COOPERATE",False,"a friend and ally"),
],
text="""LONDON — Prime Minister Theresa May said on Monday that Britain would protect Gibraltar during its negotiations to leave the European Union, as a dispute over the tiny territory on Spain's southern tip escalated into the first open quarrel of the Brexit process.

The row began on Friday when the European Union published draft guidelines for the talks that gave Spain an effective veto over whether any future trade deal between Britain and the bloc would apply to Gibraltar, a British territory since 1713.

On Sunday, Michael Howard, a former leader of May's Conservative Party, suggested in a television interview that Britain would be prepared to go to war to defend Gibraltar, as Margaret Thatcher did over the Falkland Islands 35 years ago.

May laughed off questions about military action on Monday, telling reporters traveling with her to the Middle East that "jaw-jaw" was the way forward. But she said that Britain would protect Gibraltar and would not enter into arrangements that put its people under the sovereignty of another state against their wishes.

"We are going to be working with Spain to get the best possible deal for the U.K. and for Gibraltar," May said.

Spanish Foreign Minister Alfonso Dastis accused some in Britain of losing their temper. "It seems somebody in Britain is losing their calm," Dastis told a conference in Madrid. "Spain is not going to lose its own."

He said Madrid had no intention of blocking a deal out of spite, but that any future arrangement for Gibraltar would have to be agreed between the two governments.

Fabian Picardo, Gibraltar's chief minister, accused the EU of behaving like a "cuckolded husband" taking out his frustration on Gibraltar, and accused Spain of trying to use the withdrawal talks to grab the territory.

"Gibraltar will not be a bargaining chip," Picardo said in a statement. "We are British and we want to remain British."

The dispute has been sharpened by a string of incidents at sea. On Sunday, Spanish warships and patrol boats entered what Britain considers Gibraltar's waters, and British diplomats have lodged protests with Madrid over such incursions dozens of times in the past year.

Defense Secretary Michael Fallon said on Sunday that Britain would defend the territory "all the way," but called Spain "a friend and ally."

May spoke to Tusk by telephone on Monday, a Downing Street spokesman said, adding that the prime minister had made clear that Britain's position on Gibraltar had not changed.

Spain has long demanded shared sovereignty over the rock, a limestone promontory of 32,000 people who voted overwhelmingly to remain in the EU in last June's referendum. In a 2002 referendum, Gibraltarians rejected shared sovereignty by 99 percent.

European officials said the clause on Gibraltar had been included at Spain's request and that it reflected the position of all 27 remaining member states.

Negotiations between Britain and the EU are expected to start in June, after European leaders approve the final guidelines at a summit in Brussels on April 29.
"""))

A.append(dict(id="CB13", fmt="txt",
headline="Suspect in St. Petersburg subway bombing was Kyrgyz-born Russian citizen, officials say",
published=("2017-04-04","2017-04-04","bombing 'on Monday' (Apr 3, 2017); officials' identification 'on Tuesday'"),
people=[("Akbarzhon Jalilov","RUS","suspected bomber, Kyrgyz-born Russian citizen"),("Vladimir Putin","RUS","President"),("Dmitry Peskov","RUS","Kremlin spokesman"),
("Almazbek Atambayev","KGZ","President"),("Donald Trump","USA","President"),("Sergei Lavrov","RUS","Foreign Minister"),("Angela Merkel","DEU","Chancellor"),("Svetlana Petrenko","RUS","spokeswoman for the Investigative Committee")],
events=[
("KGZ","RUS","COOPERATE",True,"Kyrgyz security services said they were cooperating"),
("KGZ","RUS","SUPPORT",True,"expressed condolences"),
("USA","RUS","CONSULT",True,"Trump called Putin on Monday",{"symmetric":True}),
("USA","RUS","SUPPORT AID",True,"offered the full support of the United States"),
("RUS","USA","AGREE",False,"the two leaders agreed"),
("DEU","RUS","SUPPORT",True,"sent a telegram of condolence"),
("RUS","WST","ACCUSE",True,"accused Western governments of double standards"),
("RUS","RUS","COERCE",True,"detained six people"),
("RUS","RUS","MOBILIZE",False,"Security was tightened"),
("RUS","SYR","ASSAULT",False,"Russia's military campaign in Syria"),
("UNO","RUS","SUPPORT",False,"the United Nations Security Council condemned the attack"),
],
text="""ST. PETERSBURG, Russia — The man suspected of carrying out a bombing on a St. Petersburg subway train that killed 14 people on Monday was a 22-year-old Russian citizen born in Kyrgyzstan, Russian and Kyrgyz officials said on Tuesday.

Investigators identified the suspect as Akbarzhon Jalilov, who had lived in St. Petersburg for several years and worked at a sushi restaurant. He was killed in the blast, which tore through a carriage as it traveled between two stations in the city center.

A second, larger bomb, hidden in a fire extinguisher, was found and disarmed at another station, officials said.

Svetlana Petrenko, a spokeswoman for Russia's Investigative Committee, told reporters that the suspect's DNA had been found on a bag containing the second device.

The Kyrgyz security services said they were cooperating with Russian investigators and that Jalilov had received Russian citizenship. President Almazbek Atambayev expressed condolences and said that "terrorism has no nationality."

Officials have not said whether Jalilov acted alone or on behalf of a group, and no one had claimed responsibility by Tuesday evening. Thousands of people from Central Asia have traveled to fight for the Islamic State in Syria and Iraq.

President Vladimir Putin, who was in the city for a meeting with the president of Belarus when the bomb went off, laid flowers at the entrance to the Tekhnologichesky Institut station late on Monday.

Kremlin spokesman Dmitry Peskov said the attack was "a challenge for all Russians, including the head of state," noting that it coincided with Putin's visit.

President Trump called Putin on Monday and offered the full support of the United States in responding to the attack, according to a statement from the White House. The Kremlin said the two leaders agreed that terrorism was a common evil.

German Chancellor Angela Merkel sent a telegram of condolence, and the United Nations Security Council condemned the attack in a statement.

But Russian officials complained about the response in some European capitals. Foreign Minister Sergei Lavrov accused Western governments of double standards, pointing out that some landmarks that had been lit up in solidarity after attacks in Paris and Brussels had not been lit for St. Petersburg.

"It is sad that there are people who divide victims into ours and theirs," Lavrov told reporters.

Security was tightened on transport systems across Russia on Tuesday. In Moscow, police were posted at the entrances to metro stations.

Investigators said on Tuesday night that they had detained six people in St. Petersburg suspected of recruiting Central Asian migrants for terrorist groups, though they did not say whether the arrests were linked to the bombing.

The attack was the first on a Russian city since Moscow began its military campaign in Syria in September 2015. Russia's military campaign in Syria, in support of President Bashar al-Assad, has made the country a target of the Islamic State, which claimed the downing of a Russian passenger jet over Egypt's Sinai Peninsula that year.

Residents laid flowers and lit candles at the damaged stations on Tuesday. Many said they had walked to work rather than take the subway.
"""))

A.append(dict(id="CB14", fmt="json",
headline="May accuses Brussels of meddling in British election",
date="2017-05-03 18:30:00", authors=["Anushka Asthana","Jennifer Rankin"], domain="www.theguardian.com",
url="https://www.theguardian.com/politics/2017/may/03/theresa-may-accuses-eu-of-interfering-in-uk-general-election",
desc="Speaking outside Downing Street, the prime minister said European officials had made threats against Britain to influence the June vote.",
published=("2017-05-03","2017-05-03","date_publish; May's statement 'on Wednesday' (May 3, 2017)"),
people=[("Theresa May","GBR","Prime Minister"),("Jean-Claude Juncker","EUR","president of the European Commission"),("Michel Barnier","EUR","chief Brexit negotiator"),
("Margaritis Schinas","EUR","spokesman for the European Commission"),("Jeremy Corbyn","GBR","Labour leader"),("David Davis","GBR","Brexit Secretary"),("Donald Tusk","EUR","president of the European Council"),("Tim Farron","GBR","Liberal Democrat leader")],
events=[
("GBR","EUR","ACCUSE",True,"accused European officials on Wednesday of trying to influence"),
("EUR","GBR","THREATEN",True,"Threats against Britain have been issued"),
("EUR","GBR","REQUEST",True,"demanded that Britain pay up to"),
("GBR","EUR","REJECT",True,"Britain would not pay"),
("EUR","GBR","REJECT",True,"rejected the accusation"),
("EUR","GBR","CONSULT",False,"dinner at Downing Street last week",{"symmetric":True}),
("EUR","GBR","REQUEST",True,"urged both sides to keep their temper"),
("EUR","GBR","REQUEST",True,"Britain would have to settle"),
("GBR","GBR","ACCUSE",True,"accused May of using Brexit"),
("GBR","GBR","ACCUSE",False,"accused the prime minister of"),
("EUR","GBR","ACCUSE",False,"leaked account"),
("GBR","EUR","REJECT",False,"dismissed the account as \"Brussels gossip\""),
],
text="""LONDON — Prime Minister Theresa May accused European officials on Wednesday of trying to influence the outcome of Britain's June 8 general election, in an extraordinary statement outside Downing Street that sharply raised the temperature of the Brexit negotiations.

"Britain's negotiating position in Europe has been misrepresented in the Continental press," May said after returning from Buckingham Palace, where she formally dissolved Parliament. "Threats against Britain have been issued by European politicians and officials."

"All of these acts have been deliberately timed to affect the result of the general election that will take place on June 8," she said.

Her remarks followed days of leaks about a tense dinner at Downing Street last week between May and Jean-Claude Juncker, the president of the European Commission. A leaked account in a German newspaper said Juncker had left saying he was "ten times more skeptical" of a deal than before.

On Wednesday, Michel Barnier, the EU's chief negotiator, set out his terms in Brussels, and European newspapers reported that the bloc demanded that Britain pay up to 100 billion euros, or about $109 billion, to settle its obligations before leaving.

Barnier said Britain would have to settle its accounts, insisting that this was "not a punishment" but a matter of honoring commitments. Brexit Secretary David Davis said in a television interview that Britain would not pay 100 billion euros.

The European Commission rejected the accusation of interference. Margaritis Schinas, the commission's spokesman, told reporters that Brussels was "far too busy" to get involved in British elections.

"We are not naive," Schinas said. "We know what is happening in Britain. But we are not part of that campaign."

Donald Tusk, the president of the European Council, urged both sides to keep their temper. "These negotiations are difficult enough as they are," Tusk said at a news conference. "If we start arguing before they even begin, they will become impossible."

British officials had dismissed the account as "Brussels gossip" when the leaks first appeared on Sunday.

Opposition leaders said the prime minister was trying to rally voters by picking a fight with Brussels. Labour leader Jeremy Corbyn accused May of using Brexit to distract from her record on schools and the health service.

Liberal Democrat leader Tim Farron accused the prime minister of "playing party politics with the most important negotiation in a generation."

May called the snap election last month, saying she needed a stronger mandate for the talks. Polls give her Conservative Party a wide lead.

The formal negotiations are expected to begin later in June, after the election. European leaders approved their negotiating guidelines at a summit on Saturday, taking less than five minutes to do so.

Diplomats in Brussels said they were puzzled by the prime minister's tone. "She is campaigning, and we are the enemy of the week," said one senior European diplomat, speaking on condition of anonymity.
"""))
