# Articles CB1-CB7
A = []

A.append(dict(id="CB1", fmt="txt",
headline="Belgian region's veto leaves EU trade deal with Canada on the brink",
published=("2016-10-24","2016-10-24","Freeland walked out 'on Friday' (Oct 21, 2016); Commission deadline 'Monday evening' = Oct 24, 2016"),
people=[("Charles Michel","BEL","Prime Minister"),("Paul Magnette","BEL","minister-president of Wallonia"),
("Justin Trudeau","CAN","Prime Minister"),("Donald Tusk","EUR","president of the European Council"),
("Chrystia Freeland","CAN","trade minister"),("Cecilia Malmström","EUR","European Trade Commissioner")],
events=[
("BEL",["EUR","CAN","BEL"],"REJECT",True,"refused to let the federal government in Brussels sign it"),
("BEL",["EUR","CAN"],"REJECT",True,"he was \"not in a position\" to give his approval to the deal"),
("EUR","BEL","REQUEST THREATEN COERCE",True,"The European Commission had given Belgium until Monday evening to say whether it would sign"),
("BEL",["EUR","CAN"],"REQUEST",True,"We want guarantees on farming, on public services"),
("BEL","EUR","REJECT",False,"the region would not be rushed by an ultimatum"),
("EUR","CAN","CONSULT",True,"spoke to Trudeau by telephone on Monday",{"symmetric":True}),
("CAN","BEL","REJECT PROTEST",True,"walked out of talks with the Walloon government on Friday"),
("CAN","BEL","CONSULT",False,"talks with the Walloon government",{"symmetric":True}),
("CAN","EUR","ACCUSE",True,"the EU appeared \"incapable\" of reaching an international agreement"),
("EUR","BEL","CONCEDE COOPERATE AGREE CONSULT",True,"the commission had offered Wallonia a series of clarifications"),
("DEU","BEL","ACCUSE",True,"accused the Walloons of holding half a billion Europeans hostage"),
("EUR","CAN","AGREE",False,"where the agreement was to be signed",{"symmetric":True}),
("BEL","DEU","REJECT",False,"Magnette denied that his region was acting out of domestic political calculation"),
],
text="""The European Union's seven-year effort to seal a free trade agreement with Canada was on the verge of collapse on Monday after the regional parliament of Wallonia, a French-speaking corner of Belgium with 3.6 million people, refused to let the federal government in Brussels sign it.

Belgian Prime Minister Charles Michel told reporters after a meeting with regional leaders that he was "not in a position" to give his approval to the deal, known as CETA, leaving the bloc's 27 other members waiting.

"We have been asked for a clear answer, and today the answer is no," Michel said.

Under Belgium's constitution, the federal government needs the consent of its regional parliaments before it can endorse international treaties of this kind.

Paul Magnette, Wallonia's socialist minister-president, said the region would not be rushed by an ultimatum. The European Commission had given Belgium until Monday evening to say whether it would sign.

"We will not decide under pressure," Magnette told lawmakers in Namur. "We want guarantees on farming, on public services and on the arbitration courts that would let multinationals sue our governments."

The setback forced European officials to consider postponing a summit with Canadian Prime Minister Justin Trudeau, planned for Thursday in Brussels, where the agreement was to be signed.

Donald Tusk, the president of the European Council, spoke to Trudeau by telephone on Monday and wrote on Twitter that the summit "can still take place" if the remaining obstacles were cleared.

Canadian officials were less hopeful. Chrystia Freeland, the country's trade minister, walked out of talks with the Walloon government on Friday, saying with visible emotion that the EU appeared "incapable" of reaching an international agreement, even with a country as friendly as Canada.

"Canada has done its work," Freeland said in a statement on Monday. "The ball is now in Europe's court."

European Trade Commissioner Cecilia Malmström said the commission had offered Wallonia a series of clarifications and would keep talking for as long as necessary. "We are not giving up," she told reporters.

The standoff has become a symbol of the growing backlash against globalization in Europe, where tens of thousands of people have marched against CETA and against a larger proposed deal with the United States.

Patience in other capitals was running thin. A senior German official, speaking on condition of anonymity because he was not authorized to comment publicly, accused the Walloons of holding half a billion Europeans hostage.

Supporters of the pact say it would remove almost all tariffs between the two economies and open Canadian public contracts to European companies for the first time.

Magnette denied that his region was acting out of domestic political calculation. "This is not about Canada, which is a friend," he said. "It is about the kind of trade rules we want to leave to the next generation."
"""))

A.append(dict(id="CB2", fmt="json",
headline="Putin 'probably approved' Litvinenko killing, British inquiry finds",
date="2016-01-21 14:37:00", authors=["Karla Adam","Michael Birnbaum"], domain="www.washingtonpost.com",
url="https://www.washingtonpost.com/world/europe/putin-probably-approved-litvinenko-killing-british-inquiry-finds/2016/01/21/",
desc="A public inquiry concluded that the 2006 poisoning of a former Russian spy in London was probably approved by the Russian president.",
published=("2016-01-21","2016-01-21","date_publish; inquiry report published 'Thursday' (Jan 21, 2016)"),
people=[("Vladimir Putin","RUS","President"),("Alexander Litvinenko","RUS","former FSB officer"),("Robert Owen","GBR","retired judge, chairman of the inquiry"),
("Nikolai Patrushev","RUS","then head of the FSB"),("Andrei Lugovoi","RUS","former KGB bodyguard, member of the Russian parliament"),("Dmitry Kovtun","RUS","businessman"),
("Theresa May","GBR","Home Secretary"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Marina Litvinenko","RUS","widow of Alexander Litvinenko"),("David Cameron","GBR","Prime Minister"),
("Alexander Yakovenko","RUS","Russian ambassador to Britain")],
events=[
("GBR","RUS","ACCUSE",True,"was \"probably approved\" by President Vladimir Putin"),
("RUS","GBR","ASSAULT",False,"was poisoned in 2006 with radioactive polonium"),
("GBR","RUS","ACCUSE",False,"Dmitry Kovtun, had carried out the poisoning"),
("GBR","RUS","SANCTION",True,"the government would freeze the assets of the two main suspects"),
("GBR","RUS","PROTEST",True,"the Russian ambassador would be summoned to the Foreign Office"),
("GBR","RUS","ACCUSE",True,"a blatant and unacceptable breach of the most fundamental tenets of international law"),
("RUS","GBR","REJECT",True,"the Kremlin dismissed the report"),
("RUS","GBR","ACCUSE",True,"accused London of poisoning relations between the two countries"),
("RUS","GBR","REJECT",True,"Lugovoi, who has always denied involvement"),
("RUS","GBR","REJECT",True,"Moscow has refused to extradite him"),
("GBR","RUS","REQUEST",True,"Britain has sought the extradition of Lugovoi"),
("RUS","GBR","ACCUSE",True,"a politically motivated farce"),
("RUS","GBR","REQUEST",False,"urged Prime Minister David Cameron to impose sanctions"),
("GBR","RUS","COOPERATE",False,"Britain would still need to work with Moscow on Syria"),
],
text="""A British public inquiry concluded on Thursday that the 2006 killing in London of former Russian spy Alexander Litvinenko was "probably approved" by President Vladimir Putin, a finding that is certain to deepen the chill between London and Moscow.

Litvinenko, a former officer of the FSB security service who had become a vocal critic of the Kremlin, was poisoned in 2006 with radioactive polonium slipped into a pot of tea at a hotel in Mayfair. He died three weeks later.

Robert Owen, the retired judge who chaired the inquiry, wrote in his 300-page report that the operation had probably been approved by Putin and by Nikolai Patrushev, who was then head of the FSB.

The report found that two Russian men, Andrei Lugovoi and Dmitry Kovtun, had carried out the poisoning. Owen said he was "sure" of that, citing traces of polonium that followed the pair across London.

Home Secretary Theresa May told Parliament that the government would freeze the assets of the two main suspects and that the Russian ambassador would be summoned to the Foreign Office.

"This was a blatant and unacceptable breach of the most fundamental tenets of international law and of civilized behavior," May told lawmakers.

In Moscow, the Kremlin dismissed the report. Dmitry Peskov, Putin's spokesman, told reporters that the findings were a "quasi-investigation" and accused London of poisoning relations between the two countries.

The Russian Foreign Ministry said in a statement that the inquiry was "politically motivated" and had been conducted in a "non-transparent" way.

Lugovoi, who has always denied involvement and now sits in the Russian parliament, called the report "absurd" and a politically motivated farce. Britain has sought the extradition of Lugovoi for nearly a decade, but Moscow has refused to extradite him, pointing to its constitution.

Litvinenko's widow, Marina, said outside the Royal Courts of Justice that she was "very happy" that the truth had come out, and urged Prime Minister David Cameron to impose sanctions on Russian officials and to expel Russian intelligence agents.

"It is unthinkable that Prime Minister Cameron would do nothing," she said.

Cameron's office said the government would consider its response carefully but signaled that Britain would still need to work with Moscow on Syria, where Russian warplanes have been bombing since September.

Alexander Yakovenko, Russia's ambassador to Britain, said after his meeting at the Foreign Office that Moscow would not accept "groundless accusations."

Analysts said the report was the most direct official statement yet linking the Russian leader to a killing on foreign soil. Critics of the Kremlin said that London's response was too timid, given the gravity of the findings.

The Litvinenko affair has soured relations between the two countries for a decade. Britain expelled four Russian diplomats in 2007 after Moscow refused to hand over Lugovoi, and Russia responded by expelling four British diplomats.
"""))

A.append(dict(id="CB3", fmt="txt",
headline="Lavrov accuses Germany of covering up alleged rape of Russian-German girl",
published=("2016-01-26","2016-01-27","Lavrov's remarks 'on Tuesday' in January 2016 (Lisa case); published next day at the latest"),
people=[("Sergei Lavrov","RUS","Foreign Minister"),("Frank-Walter Steinmeier","DEU","Foreign Minister"),("Angela Merkel","DEU","Chancellor"),
("Steffen Seibert","DEU","government spokesman"),("Martin Schäfer","DEU","Foreign Ministry spokesman")],
events=[
("RUS","DEU","ACCUSE",True,"accused German authorities on Tuesday of covering up"),
("RUS","DEU","REQUEST",True,"urged Berlin not to \"sweep problems under the carpet\""),
("DEU","RUS","ACCUSE",True,"accused Moscow of exploiting the case for political propaganda"),
("DEU","RUS","REJECT",True,"rejected the Russian minister's suggestion"),
("DEU","DEU","PROTEST",False,"hundreds of Russian-Germans demonstrated outside the chancellery"),
("DEU","RUS","PROTEST",True,"the Russian ambassador had been called in for talks"),
("DEU","RUS","CONSULT",False,"the Russian ambassador had been called in for talks"),
("DEU","RUS","ACCUSE",True,"warned Moscow against meddling in German domestic affairs"),
("RUS","DEU","REJECT",True,"Russia denied that it was interfering"),
("DEU","RUS","REJECT",True,"Berlin police said there was no evidence"),
("RUS","DEU","ACCUSE",False,"first reported by Russian state television"),
],
text="""BERLIN — Russian Foreign Minister Sergei Lavrov accused German authorities on Tuesday of covering up the alleged kidnapping and rape of a 13-year-old girl from a Russian-speaking family in Berlin, turning a local police matter into a diplomatic row between the two countries.

Speaking at his annual news conference in Moscow, Lavrov said it was clear that the girl, identified in Russian media only as Lisa, had not left home "of her own free will" for 30 hours, and he urged Berlin not to "sweep problems under the carpet" for the sake of political correctness.

"We are not going to ignore this," Lavrov told reporters. "Lisa is our girl."

The German government reacted sharply. Foreign Minister Frank-Walter Steinmeier accused Moscow of exploiting the case for political propaganda and of inflaming what he called an already difficult debate about migration in Germany.

"I can only urge that this case not be used for political propaganda," Steinmeier said at a news conference with his Polish counterpart. He rejected the Russian minister's suggestion that German police had acted improperly.

Berlin police said there was no evidence that the girl had been kidnapped or raped. Prosecutors said she had spent the night at the home of a friend, and that an investigation into her contacts with two adult men was continuing.

The story of Lisa's disappearance, first reported by Russian state television, spread rapidly on social media. It was presented as an example of the dangers posed by migrants arriving in Germany, where more than a million asylum-seekers came last year.

On Saturday, hundreds of Russian-Germans demonstrated outside the chancellery of Chancellor Angela Merkel and in other cities, carrying signs that read "Our children are in danger."

Government spokesman Steffen Seibert said the chancellery was confident in the work of the Berlin police and that there was "no reason" for anyone to doubt it.

Martin Schäfer, a spokesman for the Foreign Ministry, said the Russian ambassador had been called in for talks earlier this month on an unrelated matter, but that German diplomats had used the meeting to raise the reporting on Lisa.

German lawmakers across the political spectrum warned Moscow against meddling in German domestic affairs. Some said the episode showed how the Kremlin was trying to use Russian-speaking communities abroad to weaken Merkel, who has been a driving force behind European sanctions on Russia over Ukraine.

In Moscow, officials insisted that they were merely defending a compatriot. Russia denied that it was interfering, and the Foreign Ministry said it was the duty of any government to protect its citizens abroad.

Roughly two million people of Russian descent live in Germany, many of them ethnic Germans who moved from the former Soviet Union in the 1990s.

The row comes at a sensitive time. Relations between Berlin and Moscow have been strained since Russia annexed Crimea in 2014, and the two governments disagree sharply over Russia's air campaign in Syria.
"""))

A.append(dict(id="CB4", fmt="json",
headline="Dutch voters reject EU pact with Ukraine in blow to Brussels",
date="2016-04-07 06:12:00", authors=["Andrew Higgins"], domain="www.nytimes.com",
url="https://www.nytimes.com/2016/04/07/world/europe/dutch-referendum-ukraine-european-union.html",
desc="In a nonbinding referendum, Dutch voters rejected an association agreement between the European Union and Ukraine.",
published=("2016-04-07","2016-04-07","date_publish; referendum held 'Wednesday' (April 6, 2016)"),
people=[("Mark Rutte","NLD","Prime Minister"),("Geert Wilders","NLD","leader of the Party for Freedom"),("Petro Poroshenko","UKR","President"),
("Jean-Claude Juncker","EUR","president of the European Commission"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Thierry Baudet","NLD","campaigner, Forum for Democracy")],
events=[
("NLD",["EUR","UKR"],"REJECT",True,"Dutch voters on Wednesday rejected a trade and political agreement"),
("NLD","NLD","REJECT PROTEST",False,"a rebuke to their own government"),
("NLD",["EUR","UKR"],"RETREAT REJECT",False,"the government might have to reconsider its ratification"),
("EUR","UKR","AGREE COOPERATE",False,"political agreement between the European Union and Ukraine",{"symmetric":True}),
("UKR","NLD","REJECT",False,"Ukraine would continue on its path toward Europe regardless"),
("UKR","EUR","SUPPORT COOPERATE",True,"Ukraine would continue on its path toward Europe"),
("EUR","NLD","REQUEST",True,"urged the Dutch government not to let the result derail"),
("NLD","EUR","CONSULT",True,"consult with European partners",{"symmetric":True}),
("NLD","EUR","ACCUSE",True,"accused Brussels of ignoring ordinary citizens"),
("RUS","NLD","SUPPORT",False,"welcomed the result"),
("RUS",["UKR","EUR"],"ACCUSE",False,"Russia has been accused by Ukraine and the West"),
("UKR","RUS","ACCUSE",True,"Poroshenko accused Moscow of trying to exploit the vote"),
("RUS","UKR","REJECT",True,"Peskov denied any Russian interference"),
],
text="""THE HAGUE — Dutch voters on Wednesday rejected a trade and political agreement between the European Union and Ukraine, dealing an embarrassing blow to the bloc and a rebuke to their own government only months after it took over the rotating presidency of the union.

With nearly all votes counted, about 61 percent of those who cast ballots opposed the agreement, according to the national broadcaster NOS. Turnout was just above the 30 percent needed for the nonbinding referendum to be valid.

Prime Minister Mark Rutte, who had campaigned halfheartedly for the pact, told reporters that if the result was confirmed, the government might have to reconsider its ratification of the agreement. "We cannot simply proceed as if nothing happened," he said.

Rutte said the government would take time to study the result and consult with European partners and with parliament, a process he said could take "days, even weeks."

The agreement, which deepens economic ties between the union and Ukraine, has been ratified by every other member state. It was the same pact that former Ukrainian President Viktor Yanukovych refused to sign in 2013, setting off the street protests that ended his rule.

In Kiev, President Petro Poroshenko said in a statement that Ukraine would continue on its path toward Europe regardless of the vote. "This is not a strategic obstacle for Ukraine," he said. "We will keep implementing the agreement."

Poroshenko accused Moscow of trying to exploit the vote to divide Europe, saying that Russian propaganda had played a role in the campaign.

In Moscow, Dmitry Peskov, the Kremlin spokesman, said Russia was following the vote with interest, but Peskov denied any Russian interference and said it was "an internal Dutch matter."

Russian lawmakers were less restrained. Several welcomed the result on social media as proof that Europeans did not want to pay for Ukraine.

Jean-Claude Juncker, the president of the European Commission, had warned before the vote that a no could open "the door to a great continental crisis." After the result, Juncker's spokesman said the commission was "sad" and urged the Dutch government not to let the result derail the pact.

The campaign against the agreement was led by a loose coalition of Euroskeptic groups, including the website GeenStijl and Thierry Baudet, a young campaigner, who said the referendum was really about the European Union itself.

Geert Wilders, the anti-immigration politician whose Party for Freedom leads in the polls, hailed the vote as "the beginning of the end of the E.U." and accused Brussels of ignoring ordinary citizens.

"The Dutch people have said no to the European elite," Wilders wrote on Twitter.

The result may encourage campaigners in Britain ahead of its June referendum on leaving the union. Analysts noted that turnout had been low and that many voters appeared to be venting frustration with the government rather than expressing views about Ukraine.

Russia has been accused by Ukraine and the West of backing separatist rebels in eastern Ukraine, a conflict that has killed more than 9,000 people since 2014.
"""))

A.append(dict(id="CB5", fmt="txt",
headline="Putin, Poroshenko meet in Berlin but make little headway on Ukraine peace plan",
published=("2016-10-19","2016-10-20","Normandy summit in Berlin on Wednesday Oct 19, 2016; talks ran past midnight"),
people=[("Vladimir Putin","RUS","President"),("Petro Poroshenko","UKR","President"),("Angela Merkel","DEU","Chancellor"),("François Hollande","FRA","President")],
events=[
("RUS","UKR","CONSULT",True,"met in Berlin on Wednesday for their first face-to-face talks",{"symmetric":True}),
("DEU","RUS","CONSULT",True,"German Chancellor Angela Merkel and French President François Hollande hosted",{"symmetric":True}),
("FRA","RUS","CONSULT",True,"held a separate meeting with Putin",{"symmetric":True}),
("DEU","UKR","CONSULT",True,"German Chancellor Angela Merkel and French President François Hollande hosted",{"symmetric":True}),
("RUS","UKR","AGREE",True,"agreed to draw up a \"road map\"",{"symmetric":True}),
("UKR","RUS","REQUEST",True,"called for an armed police mission"),
("RUS","UKR","AGREE CONCEDE",True,"Putin agreed to consider an armed mission"),
("DEU","RUS","ACCUSE",True,"the bombardment of Aleppo by Russian and Syrian aircraft"),
("RUS","SYR","AID COOPERATE",False,"Russian and Syrian aircraft"),
("DEU","RUS","THREATEN",True,"did not rule out further sanctions"),
("FRA","RUS","ACCUSE",True,"described the bombing of Aleppo as a war crime"),
("RUS",["DEU","FRA"],"AGREE CONCEDE",False,"Putin said Russia was prepared to extend a pause"),
("UKR","RUS","ACCUSE",True,"blamed Moscow for the violations"),
("RUS","UKR","ACCUSE",False,"accused Kiev of sabotaging"),
],
text="""BERLIN — The leaders of Russia and Ukraine met in Berlin on Wednesday for their first face-to-face talks in a year, but the late-night session produced only modest promises to revive a stalled peace plan for eastern Ukraine.

German Chancellor Angela Merkel and French President François Hollande hosted Vladimir Putin and Petro Poroshenko at the chancellery in what is known as the Normandy format, named after the French region where the four first met in 2014.

After more than four hours of talks that stretched past midnight, Merkel told reporters that the leaders had agreed to draw up a "road map" by the end of November for carrying out the Minsk accords, the 2015 agreements meant to end the fighting.

"There were no miracles tonight," Merkel said. "But it was worth talking."

The road map is supposed to set out the order in which a cease-fire, the withdrawal of heavy weapons, local elections in rebel-held areas and the return of the border to Ukrainian control would take place.

Poroshenko said he had called for an armed police mission from the Organization for Security and Cooperation in Europe to be deployed in the Donbass region, including along the border with Russia. He said Putin agreed to consider an armed mission, although Russian officials later played down the commitment.

Ukraine blamed Moscow for the violations of the cease-fire, which has been broken almost daily. Poroshenko said the "disengagement" of forces in three locations along the front line would be completed soon.

Putin, speaking to Russian reporters after the meeting, called the talks "useful" but accused Kiev of sabotaging the political provisions of the Minsk deal, especially a law granting special status to the rebel regions.

The talks were overshadowed by the war in Syria. Merkel and Hollande used a separate session to press Putin over the bombardment of Aleppo by Russian and Syrian aircraft, which has killed hundreds of civilians in recent weeks.

Merkel said she had told Putin the attacks were "inhumane" and did not rule out further sanctions against Russia over its role in Syria. Hollande, who held a separate meeting with Putin on Wednesday night, described the bombing of Aleppo as a war crime.

Putin said Russia was prepared to extend a pause in the airstrikes on the city "as long as possible," depending on the behavior of the rebels.

European Union leaders were to discuss their relations with Russia at a summit in Brussels on Thursday. Diplomats said there was little appetite among member states for new sanctions over Syria, although several countries have pushed for them.

The visit was Putin's first to Berlin since 2012. Police kept hundreds of demonstrators, some waving Ukrainian flags, at a distance from the chancellery.

The conflict in eastern Ukraine, which pits government forces against separatists backed by Russia, has killed nearly 10,000 people since it began in April 2014.
"""))

A.append(dict(id="CB6", fmt="json",
headline="European Parliament votes to freeze membership talks with Turkey",
date="2016-11-25 15:05:00", authors=["Jennifer Rankin","Kareem Shaheen"], domain="www.theguardian.com",
url="https://www.theguardian.com/world/2016/nov/24/european-parliament-votes-to-freeze-turkey-eu-membership-talks",
desc="MEPs backed a nonbinding motion to halt accession talks over Ankara's crackdown after the failed coup; Erdogan dismissed the vote.",
published=("2016-11-25","2016-11-25","date_publish; vote 'on Thursday' (Nov 24, 2016), Erdogan threat 'on Friday'"),
people=[("Recep Tayyip Erdoğan","TUR","President"),("Kati Piri","NLD","MEP, Parliament's rapporteur on Turkey"),("Federica Mogherini","EUR","EU foreign policy chief"),
("Ömer Çelik","TUR","minister for EU affairs"),("Binali Yıldırım","TUR","Prime Minister"),("Sebastian Kurz","AUT","Foreign Minister"),("Martin Schulz","EUR","president of the European Parliament")],
events=[
("EUR","TUR","SANCTION REQUEST",True,"voted on Thursday to call for a temporary freeze"),
("EUR","TUR","ACCUSE",True,"disproportionate repressive measures"),
("TUR","TUR","COERCE",True,"tens of thousands of people have been arrested or suspended"),
("TUR","EUR","REJECT",True,"Erdogan dismissed the vote"),
("TUR","EUR","THREATEN",True,"Turkey could open its borders"),
("TUR","EUR","ACCUSE",True,"accused Europe of siding with terrorists"),
("TUR","EUR","ACCUSE",True,"accused the parliament of \"short-sightedness\""),
("EUR","TUR","REJECT",False,"the commission did not support the call"),
("EUR","TUR","COOPERATE CONSULT",True,"keep the door open to dialogue with Ankara"),
("AUT","TUR","REQUEST SANCTION",True,"Austria has called for the talks to be halted"),
("TUR","AUT","ACCUSE",False,"Turkish officials have called Kurz's remarks"),
("EUR","TUR","AGREE",False,"the deal reached in March",{"symmetric":True}),
("TUR","EUR","COOPERATE",False,"Turkey agreed to take back migrants"),
],
text="""The European Parliament voted on Thursday to call for a temporary freeze on membership negotiations with Turkey, citing what lawmakers described as disproportionate repressive measures taken by Ankara since a failed coup in July.

The motion, which passed by 479 votes to 37 with 107 abstentions, is not binding on the EU's executive or member states, which alone can suspend the long-stalled talks. But it marked the strongest rebuke yet from an EU institution over the crackdown led by President Recep Tayyip Erdoğan.

Since the attempted coup, tens of thousands of people have been arrested or suspended from their jobs, including judges, teachers, soldiers and journalists, and more than 100 media outlets have been closed.

"We can no longer look away," said Kati Piri, the Dutch lawmaker who is the parliament's rapporteur on Turkey. "Turkey is moving away from Europe, not toward it."

Even before the vote, Erdogan dismissed the vote as worthless. "Whatever the outcome, it has no value in our eyes," he said on Wednesday in Istanbul.

On Friday, he went further, warning that if the EU pushed too far, Turkey could open its borders and let refugees travel on to Europe. "If you go any further, these border gates will be opened," Erdogan said. "Neither I nor my people will be affected by these empty threats."

Turkey hosts nearly three million Syrian refugees. Under the deal reached in March, Turkey agreed to take back migrants who crossed illegally to the Greek islands, in exchange for money, faster talks and the promise of visa-free travel.

Ömer Çelik, Turkey's minister for EU affairs, accused the parliament of "short-sightedness" and said lawmakers had failed to show solidarity with a democracy that had been attacked by putschists.

Prime Minister Binali Yıldırım also accused Europe of siding with terrorists, pointing to demonstrations held in European cities by supporters of the Kurdistan Workers' Party, or PKK.

Federica Mogherini, the EU foreign policy chief, told reporters that the commission did not support the call and wanted to keep the door open to dialogue with Ankara. "Ending the negotiations would be a lose-lose scenario," she said.

Member states are divided. Austria has called for the talks to be halted, and Foreign Minister Sebastian Kurz said on Thursday that the parliament had sent "the right signal." Turkish officials have called Kurz's remarks "racist."

Germany, which depends on Turkey to keep the migrant deal working, has been more cautious. A spokesman for Chancellor Angela Merkel said Berlin did not think it was the right time to end talks.

Martin Schulz, the president of the European Parliament, said the vote was a message to Ankara, not to the Turkish people. "We want to keep Turkey anchored to Europe," he said.

Turkey formally opened accession talks in 2005, but progress has been slow, with only 16 of 35 negotiating chapters opened.
"""))

A.append(dict(id="CB7", fmt="txt",
headline="Merkel presses Tunisia to speed deportations after Berlin market attack",
published=("2017-01-09","2017-01-09","Merkel's call with Essebsi 'on Monday' after the Dec 19, 2016 attack; January 9, 2017"),
people=[("Angela Merkel","DEU","Chancellor"),("Beji Caid Essebsi","TUN","President"),("Anis Amri","TUN","suspected attacker"),
("Thomas de Maizière","DEU","Interior Minister"),("Heiko Maas","DEU","Justice Minister"),("Youssef Chahed","TUN","Prime Minister"),("Sigmar Gabriel","DEU","Vice Chancellor")],
events=[
("DEU","TUN","CONSULT",True,"spoke by telephone with Tunisian President Beji Caid Essebsi",{"symmetric":True}),
("DEU","TUN","REQUEST",True,"pressed him to speed up the return of rejected asylum-seekers"),
("TUN","DEU","AGREE COOPERATE",True,"Essebsi had promised to cooperate"),
("TUN","DEU","REJECT",True,"Tunisian officials had initially denied that Amri was a Tunisian citizen"),
("DEU","TUN","ACCUSE",True,"German officials have accused Tunisia of dragging its feet"),
("DEU","TUN","THREATEN",True,"threatened to cut development aid to countries"),
("TUN","DEU","REJECT",True,"Tunisia rejected that suggestion"),
("DEU","TUN","AID",False,"Germany gave Tunisia about 290 million euros"),
("DEU","TUN","COOPERATE AGREE",True,"the two countries agreed to set up a joint working group",{"symmetric":True}),
("TUN","DEU","CONSULT",True,"Chahed is due to visit Berlin next month"),
("ITA","TUN","ASSAULT COERCE",False,"shot dead by Italian police near Milan"),
("DEU","DEU","COERCE",False,"a Tunisian man was detained in Berlin"),
],
text="""BERLIN — Chancellor Angela Merkel spoke by telephone with Tunisian President Beji Caid Essebsi on Monday and pressed him to speed up the return of rejected asylum-seekers, three weeks after a Tunisian man drove a truck into a Christmas market in Berlin, killing 12 people.

The suspected attacker, Anis Amri, 24, had been ordered deported in June, but German authorities could not send him home because Tunisia had not issued him travel documents. The papers arrived two days after the attack.

Amri was shot dead by Italian police near Milan on Dec. 23, after a four-day manhunt across Europe.

Merkel's spokesman said in a statement that the chancellor had told Essebsi that the number of deportations must be "significantly increased," and that Essebsi had promised to cooperate.

"The chancellor made clear that this is a matter of high priority for the German government," the statement said.

The case has caused an outcry in Germany. German officials have accused Tunisia of dragging its feet on identifying its citizens, and Tunisian officials had initially denied that Amri was a Tunisian citizen at all, German newspapers reported.

Vice Chancellor Sigmar Gabriel, the leader of the Social Democrats, has threatened to cut development aid to countries that refuse to take back their nationals. "Those who do not cooperate cannot expect to receive generous help from us," Gabriel told Der Spiegel.

Tunisia rejected that suggestion. A spokesman for the Tunisian Foreign Ministry said that Tunis had "always cooperated" with Berlin and that delays were caused by missing identity papers, not by any unwillingness.

Germany gave Tunisia about 290 million euros in aid last year, part of an effort to support the only democracy to emerge from the Arab Spring.

Interior Minister Thomas de Maizière and Justice Minister Heiko Maas are due to meet on Tuesday to agree on a package of tougher measures, including longer detention before deportation for people considered a threat.

According to a government official, the two countries agreed to set up a joint working group on returns, and Tunisian Prime Minister Youssef Chahed is due to visit Berlin next month.

Investigators are still trying to establish whether Amri had help. Last week, a Tunisian man was detained in Berlin after prosecutors found that he had dined with Amri the night before the attack. He was later released for lack of evidence.

The attack, claimed by the Islamic State, has put pressure on Merkel, who faces an election in September and whose decision to open Germany's borders to refugees in 2015 has been blamed by critics for the security lapses.

Essebsi's office did not comment on the call. In a recent interview, the president said Tunisia would not accept the return of militants without proper evidence, warning that his country lacked the prisons to hold them.

About 1,500 Tunisians in Germany have been ordered to leave the country, according to government figures.
"""))
