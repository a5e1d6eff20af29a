# Articles CB15-CB20 (page dumps)
A = []

A.append(dict(id="CB15", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="Merkel and Putin spar over Ukraine and gay rights in tense Sochi meeting",
published=("2017-05-02","2017-05-03","Merkel's first visit to Russia in two years, talks in Sochi 'on Tuesday' (May 2, 2017)"),
people=[("Angela Merkel","DEU","Chancellor"),("Vladimir Putin","RUS","President"),("Donald Trump","USA","President"),("Petro Poroshenko","UKR","President")],
events=[
("DEU","RUS","CONSULT",True,"held talks with President Vladimir Putin",{"symmetric":True}),
("DEU","RUS","REQUEST",True,"urged Putin to use his influence"),
("DEU","RUS","ACCUSE",True,"she had criticized the police response"),
("DEU","RUS","REQUEST",True,"asked Putin to protect the rights of gay men in Chechnya"),
("RUS","DEU","AGREE",False,"Putin said he would"),
("RUS","DEU","REJECT",True,"Putin rejected suggestions that Moscow had meddled"),
("RUS","DEU","REJECT",True,"We never interfere in the political life"),
(["EUR","DEU"],"RUS","SANCTION",False,"sanctions imposed on Russia"),
("DEU","RUS","REJECT",True,"it was too early to lift the sanctions"),
("RUS","USA","CONSULT",True,"Putin was due to speak by telephone with President Trump",{"symmetric":True}),
("RUS","UKR","ACCUSE",True,"blamed Kiev for the stalled peace process"),
("DEU","RUS","SUPPORT",False,"Merkel praised"),
("UKR","DEU","CONSULT",False,"he had spoken to Merkel before her trip",{"symmetric":True}),
],
text="""SOCHI, Russia — German Chancellor Angela Merkel held talks with President Vladimir Putin on Tuesday in the Black Sea resort of Sochi, her first visit to Russia in two years, but the meeting exposed deep disagreements over Ukraine, Syria and human rights.

At a joint news conference that was frosty even by the standards of their often cool relationship, Merkel urged Putin to use his influence over the separatists in eastern Ukraine to end violations of the cease-fire, which she said were happening "every day."

"We are still far from where we wanted to be," Merkel said of the Minsk peace agreements, which Germany and France helped broker in 2015. "But we have nothing better, and we must keep working on it."

Putin blamed Kiev for the stalled peace process, saying the Ukrainian government had imposed an economic blockade on the rebel-held regions and had failed to pass laws giving them special status.

Merkel also asked Putin to protect the rights of gay men in Chechnya, following reports that dozens had been detained and tortured by the authorities of the southern Russian republic. Putin said he would discuss the reports with his prosecutor general and interior minister.

The chancellor, who faces an election in September, also raised the treatment of protesters and Jehovah's Witnesses, whose organization was banned by Russia's Supreme Court last month. She said she had criticized the police response to anti-corruption demonstrations in March.

Asked about allegations that Russia had interfered in elections in the West, Putin rejected suggestions that Moscow had meddled in the American vote and warned against "rumors."

"We never interfere in the political life of other countries," he said, "and we would not want anyone to interfere in ours." Asked whether Russia would try to influence the German election, he repeated: "We never interfere."

German officials have said that the country's intelligence agencies expect Russia to try to sway the September vote, and that a 2015 hacking attack on the German Parliament was probably carried out by Russian hackers.

Merkel said that it was too early to lift the sanctions imposed on Russia by the European Union over the conflict in Ukraine, and that they would remain until the Minsk agreements were fully carried out.

Despite the disagreements, both leaders stressed the importance of keeping channels open. Merkel praised the economic ties between the two countries, and Putin noted that German businesses remained major investors in Russia.

Putin was due to speak by telephone with President Trump later on Tuesday, their third conversation since Trump took office, the Kremlin said. The two leaders were expected to discuss Syria and the possibility of a meeting at a summit in July.

Merkel, who speaks Russian, and Putin, who speaks German, conducted their talks through interpreters. Merkel was in Sochi to prepare for the summit of the Group of 20 leading economies, which Germany will host in Hamburg in July.

Analysts said the visit showed that Berlin remained willing to talk to Moscow. Ukrainian President Petro Poroshenko said that he had spoken to Merkel before her trip and that the two were "in full coordination."
"""))

A.append(dict(id="CB16", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="British police stop sharing Manchester bombing intelligence with U.S. after leaks",
published=("2017-05-25","2017-05-25","Manchester Arena bombing 'on Monday' (May 22, 2017); police decision and May-Trump meeting 'Thursday' at NATO summit"),
people=[("Theresa May","GBR","Prime Minister"),("Donald Trump","USA","President"),("Salman Abedi","GBR","suspected bomber"),("Amber Rudd","GBR","Home Secretary"),
("Andy Burnham","GBR","mayor of Greater Manchester"),("Ian Hopkins","GBR","chief constable of Greater Manchester Police"),("Rex W. Tillerson","USA","Secretary of State")],
events=[
("GBR","USA","SANCTION REJECT",True,"stopped sharing information about the investigation into the Manchester concert bombing with the United States"),
("GBR","USA","ACCUSE",True,"accused American officials of leaking"),
("GBR","USA","PROTEST",True,"would make clear to President Trump"),
("GBR","USA","CONSULT",True,"May met Trump",{"symmetric":True}),
("USA","GBR","AGREE CONCEDE",True,"Trump promised to investigate"),
("GBR","USA","REQUEST",False,"must remain secure"),
("USA","GBR","CONCEDE",True,"took full responsibility"),
("GBR","USA","COOPERATE",False,"the special relationship"),
("GBR","GBR","COERCE",True,"Police arrested eight men"),
("LBY","LBY","COERCE",True,"Libyan security forces detained"),
("GBR","USA","PROTEST",False,"Rudd said she had made clear"),
],
text="""LONDON — British police have stopped sharing information about the investigation into the Manchester concert bombing with the United States, after photographs of bomb fragments and the name of the suspect appeared in American news media before British officials were ready to release them.

The decision, confirmed by a senior British police official on Thursday, was a rare public rift between two countries that share intelligence more closely than almost any others.

Greater Manchester Police said in a statement that it was "furious" about the leaks, and British officials accused American officials of leaking material that could compromise the hunt for accomplices of the bomber, Salman Abedi, who killed 22 people on Monday.

Prime Minister Theresa May said she would make clear to President Trump at a NATO summit in Brussels on Thursday that intelligence shared between law enforcement agencies "must remain secure."

May met Trump on the sidelines of the summit. Trump promised to investigate, calling the leaks "deeply troubling" in a statement released by the White House.

"I am asking the Department of Justice and other relevant agencies to launch a complete review of this matter," Trump said, "and if appropriate, the culprit should be prosecuted to the fullest extent of the law."

Home Secretary Amber Rudd said she had made clear to her American counterparts that the leaks were unacceptable. "It should not happen again," she told the BBC.

Secretary of State Rex W. Tillerson, speaking in London after the summit, said that the United States took full responsibility for the leaks and that they were "deeply regrettable."

The New York Times published photographs on Wednesday that showed remnants of the bomb, a detonator and a backpack, which it said had been obtained from British officials. The Times said in a statement that the images did not reveal victims or endanger the investigation.

Andy Burnham, the mayor of Greater Manchester, said the leaks were "arrogant, wrong and disrespectful to the families."

Ian Hopkins, the chief constable of Greater Manchester Police, said detectives had made "immense" progress. Police arrested eight men in Manchester and elsewhere in England in connection with the attack, and carried out raids at several addresses.

In Libya, Libyan security forces detained the bomber's father and younger brother in Tripoli. A militia said the brother had known about the attack plan.

The government on Tuesday raised the national threat level to "critical," meaning another attack may be imminent, and deployed soldiers to guard key sites in London.

British officials said the suspension of police information sharing was temporary and would not affect the broader intelligence relationship, which they described as the special relationship's strongest pillar.

Abedi, a 22-year-old British citizen of Libyan descent, detonated the device in the foyer of the Manchester Arena as thousands of fans, many of them teenagers, left a concert by the American singer Ariana Grande.
"""))

A.append(dict(id="CB17", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="Ukraine blames Russian security services for crippling cyberattack",
published=("2017-07-01","2017-07-01","NotPetya attack 'on Tuesday' (June 27, 2017); SBU statement 'on Saturday' (July 1, 2017)"),
people=[("Petro Poroshenko","UKR","President"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Volodymyr Groysman","UKR","Prime Minister"),
("Oleksandr Turchynov","UKR","secretary of the National Security and Defense Council"),("Jens Stoltenberg","IGO","NATO Secretary General")],
events=[
("UKR","RUS","ACCUSE",True,"accused Russian security services on Saturday"),
("RUS","UKR","ASSAULT COERCE",False,"crippled computers at government ministries"),
("RUS","UKR","REJECT",True,"Peskov dismissed the accusation"),
("RUS","UKR","ACCUSE",False,"blaming Russia for everything"),
("UKR","RUS","ACCUSE",True,"bore the hallmarks of Russian aggression"),
("IGO","UKR","SUPPORT AID",True,"NATO would help Ukraine"),
("IGO","RUS","THREATEN",True,"could trigger the alliance's mutual defense clause"),
("UKR","IGO","REQUEST",True,"has asked for assistance"),
("UKR","UKR","COERCE",False,"police seized servers"),
("UKR","MNC","ACCUSE",False,"accused the company"),
("MNC","UKR","REJECT",False,"The company denied any wrongdoing"),
(["USA","EUR","WST"],"UKR","AID COOPERATE",True,"experts from the United States and Europe"),
],
text="""KIEV, Ukraine — Ukraine's security service accused Russian security services on Saturday of being behind a cyberattack that crippled computers at government ministries, banks and energy companies this week and spread to dozens of countries.

The SBU, as the service is known, said in a statement that the attack, which began on Tuesday, was carried out by the same hackers who had attacked the Ukrainian power grid in December 2016. It said those hackers were linked to Russian intelligence.

The malicious software, which researchers have called NotPetya, masqueraded as ransomware but was in fact designed to destroy data, the SBU said. Its main aim, according to the statement, was "to destabilize the situation in Ukraine."

In Moscow, Kremlin spokesman Dmitry Peskov dismissed the accusation as "unfounded," telling reporters that Russian companies had also been hit and that Kiev had a habit of blaming Russia for everything.

The attack initially spread through an update to a widely used Ukrainian accounting program, M.E.Doc. Ukrainian police seized servers belonging to the software developer on Tuesday, and officials have accused the company of ignoring repeated warnings about its security. The company denied any wrongdoing.

Oleksandr Turchynov, the secretary of Ukraine's National Security and Defense Council, said that the attack was timed to coincide with Constitution Day, a national holiday, and bore the hallmarks of Russian aggression.

"This was not a simple criminal act," Turchynov said. "It was an attack on the state."

Prime Minister Volodymyr Groysman said the government had kept essential services running and called the attack "unprecedented." He said losses were still being counted.

President Petro Poroshenko wrote on Facebook that Ukraine had withstood the attack and that the country's "cyber front" had held.

Jens Stoltenberg, NATO's secretary general, said on Thursday that NATO would help Ukraine strengthen its cyberdefenses, and warned that a serious cyberattack on a member state could trigger the alliance's mutual defense clause.

Ukraine, which is not a member of the alliance, has asked for assistance in investigating the attack, and experts from the United States and Europe were helping the authorities, officials said.

Companies far beyond Ukraine were hit, including the Danish shipping giant Maersk, the American drugmaker Merck and the Russian oil company Rosneft. Security researchers said more than 60 percent of infections were in Ukraine.

Ukraine has repeatedly accused Russia of waging a "hybrid war" against it since 2014, combining support for separatists in the east with propaganda and hacking.

Western officials were cautious in public, saying it was too early to attribute the attack. But one senior Western official, speaking on condition of anonymity, said that the targeting of Ukraine "points in one direction."
"""))

A.append(dict(id="CB18", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="EU court dismisses Hungary and Slovakia challenge to refugee quotas",
published=("2017-09-06","2017-09-06","European Court of Justice ruling 'on Wednesday' (Sept 6, 2017)"),
people=[("Péter Szijjártó","HUN","Foreign Minister"),("Robert Fico","SVK","Prime Minister"),("Viktor Orbán","HUN","Prime Minister"),
("Dimitris Avramopoulos","EUR","EU migration commissioner"),("Jean-Claude Juncker","EUR","president of the European Commission"),("Beata Szydło","POL","Prime Minister")],
events=[
(["EUR","IGO"],["HUN","SVK"],"REJECT",True,"dismissed a challenge by Hungary and Slovakia"),
("HUN",["EUR","IGO"],"ACCUSE",True,"called the ruling \"outrageous and irresponsible\""),
("HUN","EUR","REJECT",True,"Hungary would not accept"),
("HUN","EUR","ACCUSE",True,"accused the commission of"),
("SVK","EUR","CONCEDE AGREE",True,"Slovakia would respect the ruling"),
("SVK","EUR","REJECT",False,"did not change its view"),
("EUR",["HUN","POL","CZE"],"REQUEST",True,"urged all member states to comply"),
("EUR",["HUN","POL","CZE"],"THREATEN",True,"could face fines"),
("EUR",["HUN","POL","CZE"],"SANCTION",False,"began legal action in June"),
("POL","EUR","REJECT",True,"Poland would not change its position"),
("EUR","GRC","AID",False,"relocate up to 120,000 asylum-seekers from Italy and Greece"),
],
text="""BRUSSELS — The European Union's highest court on Wednesday dismissed a challenge by Hungary and Slovakia to a plan for distributing asylum-seekers among member states, a ruling that is likely to deepen a bitter east-west split within the bloc over migration.

The European Court of Justice in Luxembourg said the 2015 decision to relocate up to 120,000 asylum-seekers from Italy and Greece had been lawful, and that it had been "a proportionate" response to a sudden emergency.

The two countries had argued that the plan, adopted by a majority vote over their objections, violated EU law and should have been decided unanimously by national leaders.

Hungarian Foreign Minister Péter Szijjártó called the ruling "outrageous and irresponsible" and said that "politics has raped European law and values."

"The real battle is only beginning," Szijjártó told reporters in Budapest. He said Hungary would not accept any migrants under the plan, and that the government would use every legal means to resist.

Prime Minister Viktor Orbán's government has accused the commission of trying to turn Europe into a continent of immigrants, and has built a razor-wire fence along its southern border.

In Bratislava, Prime Minister Robert Fico said that Slovakia would respect the ruling, but that his government did not change its view that quotas "do not work." Slovakia has taken in only 16 asylum-seekers under the plan.

The European Commission, which has brought proceedings against Hungary, Poland and the Czech Republic for refusing to take part, welcomed the ruling. Dimitris Avramopoulos, the EU's migration commissioner, urged all member states to comply "without further delay."

"It is time to work in unity," Avramopoulos said in a statement. He warned that countries that did not comply could face fines, and that the commission would decide on the next steps later this month.

The commission began legal action in June against the three governments, the first step in a process that could take them to the same court.

Polish Prime Minister Beata Szydło said that Poland would not change its position on migrants regardless of the ruling. "We will not agree to the forced relocation of refugees," she told Polish radio.

So far, fewer than 28,000 people have been moved from Italy and Greece under the plan, far below the original target, which expires this month.

Jean-Claude Juncker, the president of the European Commission, is due to deliver his annual State of the Union speech next week, and officials said he would call for solidarity on migration.

The dispute has become one of several that have pitted Western European governments against the nationalist governments in Budapest and Warsaw, including clashes over the independence of the courts and the media.
"""))

A.append(dict(id="CB19", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="U.S. bans Kaspersky software from government computers over Russia ties",
published=("2017-09-13","2017-09-14","Department of Homeland Security directive 'on Wednesday' (Sept 13, 2017)"),
people=[("Eugene Kaspersky","RUS","founder and chief executive of Kaspersky Lab"),("Elaine C. Duke","USA","acting secretary of homeland security"),
("Jeanne Shaheen","USA","senator, Democrat of New Hampshire"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Sergei Ryabkov","RUS","Deputy Foreign Minister")],
events=[
("USA","MNC","SANCTION",True,"ordered all federal agencies to remove"),
("USA","RUS","ACCUSE",True,"could be used by the Russian government to spy"),
("MNC","USA","REJECT",True,"Kaspersky Lab denied"),
("MNC","USA","ACCUSE",False,"accused the American government"),
("RUS","USA","ACCUSE",True,"Ryabkov accused Washington of"),
("RUS","USA","THREATEN",True,"Moscow would take into account"),
("RUS","USA","REJECT",True,"had nothing to do with the Kremlin"),
("USA","RUS","SANCTION",False,"sanctions bill"),
("USA","MNC","ACCUSE",True,"who has accused the company of being a threat"),
("MNC","USA","REQUEST",True,"offered to testify before Congress"),
("RUS","USA","PROTEST",False,"retaliatory measures"),
],
text="""WASHINGTON — The Trump administration on Wednesday ordered all federal agencies to remove software made by Kaspersky Lab, a Moscow-based cybersecurity company, citing concerns that its products could be used by the Russian government to spy on the United States.

In a directive, the Department of Homeland Security gave agencies 90 days to stop using Kaspersky products, which are installed on millions of computers around the world.

"The department is concerned about the ties between certain Kaspersky officials and Russian intelligence and other government agencies," Elaine C. Duke, the acting secretary of homeland security, said in a statement.

The statement said that Russian law allowed intelligence agencies to compel Kaspersky to assist them and to intercept communications passing through Russian networks.

Kaspersky Lab denied that it had ever helped any government with cyberespionage. "Kaspersky Lab has never helped, nor will help, any government in the world with its cyberespionage efforts," the company said in a statement.

The company accused the American government of acting on "false allegations and inaccurate assumptions" and said it was being caught up in a geopolitical fight. Its founder and chief executive, Eugene Kaspersky, has offered to testify before Congress to clear the company's name.

In Moscow, Deputy Foreign Minister Sergei Ryabkov accused Washington of waging an unfair competition campaign against Russian companies. He said Moscow would take into account the decision when deciding on future relations, hinting at possible retaliatory measures.

Kremlin spokesman Dmitry Peskov told reporters that the company was a commercial business and had nothing to do with the Kremlin.

The directive followed months of growing pressure in Congress. Senator Jeanne Shaheen, Democrat of New Hampshire, who has accused the company of being a threat to national security, welcomed the decision and said she would push for a ban across the whole government in the defense budget bill.

"The case against Kaspersky Lab is overwhelming," Shaheen said in a statement.

In July, the General Services Administration removed the company from its list of approved vendors. Best Buy, the electronics retailer, said this month that it would stop selling Kaspersky products.

The move comes amid broad concern in Washington about Russian interference in the 2016 presidential election. American intelligence agencies concluded in January that the Kremlin had ordered a campaign of hacking and disinformation aimed at helping Donald Trump win.

President Trump signed a sanctions bill in August that punished Russia for its election meddling, though he criticized the law as "seriously flawed."

Kaspersky, which was founded in 1997, says that it has more than 400 million users and that the United States is one of its biggest markets.

Eugene Kaspersky studied at a school run by the KGB and once worked for the Soviet military, a background that has long fed suspicions in Washington. He has said that the company's ties to the Russian government are no different from those of other security firms.
"""))

A.append(dict(id="CB20", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Ukraine and rebels carry out biggest prisoner swap of the war",
published=("2017-12-27","2017-12-28","swap took place 'on Wednesday' (Dec 27, 2017)"),
people=[("Petro Poroshenko","UKR","President"),("Viktor Medvedchuk","UKR","pro-Russian politician, Ukraine's envoy for the exchange"),("Vladimir Putin","RUS","President"),
("Kirill","RUS","Patriarch of the Russian Orthodox Church"),("Alexander Zakharchenko","UKR","separatist leader in Donetsk"),("Igor Plotnitsky","UKR","former rebel leader in Luhansk"),("Denis Pushilin","UKR","rebel negotiator")],
events=[
("UKR","UKR","RETREAT CONCEDE AGREE",True,"Ukrainian government and separatist rebels exchanged",{"symmetric":True}),
("UKR","UKR","CONCEDE RETREAT",True,"Kiev handed over"),
("UKR","UKR","CONCEDE RETREAT",True,"released 73 Ukrainians"),
("RUS","UKR","SUPPORT COOPERATE",True,"Putin had agreed to use his influence"),
("UKR","RUS","REQUEST",True,"had asked Putin"),
("RUS","UKR","CONCEDE AGREE",False,"Patriarch Kirill"),
("UKR","RUS","ACCUSE",True,"accused Moscow of holding"),
("UKR","RUS","REQUEST",True,"called on Russia to free"),
("RUS","UKR","COERCE",False,"held in Russian prisons"),
("UKR","UKR","ACCUSE",True,"accused Kiev of"),
("IGO","UKR","SUPPORT",False,"Organization for Security and Cooperation in Europe welcomed"),
("UKR","UKR","ASSAULT",False,"the conflict in eastern Ukraine"),
],
text="""KIEV, Ukraine — The Ukrainian government and separatist rebels exchanged more than 300 prisoners on Wednesday in the biggest swap since the conflict in eastern Ukraine began in 2014, in a rare sign of progress in efforts to end the fighting.

Buses carrying the prisoners met at a checkpoint near the front line north of Horlivka, in the Donetsk region, where they were exchanged under the watch of international monitors.

Kiev handed over 233 people to the rebel-held areas, while the separatists released 73 Ukrainians, according to the Ukrainian Security Service. Some of those on the government's list refused to go to the rebel side and stayed in Ukraine.

President Petro Poroshenko greeted the freed Ukrainians at the airport in Kharkiv, where they arrived late on Wednesday night. "Today we have shown that we do not leave our people behind," he wrote on Twitter.

The swap had been delayed for more than a year by disputes over the lists of prisoners. It was made possible after Viktor Medvedchuk, a pro-Russian politician who represented Ukraine in the talks, had asked Putin to intervene, along with Patriarch Kirill, the head of the Russian Orthodox Church.

The Kremlin said in November that Putin had agreed to use his influence with the separatist leaders to move the exchange forward.

Alexander Zakharchenko, the separatist leader in Donetsk, said the rebels had kept their side of the bargain. He accused Kiev of dragging its feet and of trying to turn the swap into a public relations exercise.

Denis Pushilin, a rebel negotiator, said that a second stage of the exchange could take place early next year if Kiev fulfilled its commitments.

Poroshenko accused Moscow of holding dozens of Ukrainian citizens on what he called fabricated charges, including the filmmaker Oleg Sentsov, and called on Russia to free them. "We will bring all of them home," he said.

The Organization for Security and Cooperation in Europe welcomed the exchange and said it hoped it would lead to further humanitarian steps, including the release of all detainees under the Minsk agreements.

Igor Plotnitsky, the former rebel leader in Luhansk, who was ousted in a power struggle in November, had promised a similar exchange before his fall.

The conflict in eastern Ukraine, which pits government forces against separatists armed and backed by Russia, has killed more than 10,000 people and displaced more than 1.5 million.

A Christmas cease-fire agreed last week has largely held, according to monitors, although both sides reported sporadic shelling.

Relatives of some prisoners waited for hours at the checkpoint in the snow. "I have not seen my son for two years," said one woman, who gave only her first name, Nadiya.

Officials in Kiev said that about 100 Ukrainians remained in rebel captivity, along with more than 60 held in Russian prisons.
"""))
