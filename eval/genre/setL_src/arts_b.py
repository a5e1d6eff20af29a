# 2016-2018 wire/broadsheet articles L7-L13.
A = {}

A["L7"] = dict(fmt="txt", published=("2016-10-20", "2016-10-21", "'on Thursday' of Duterte's October 2016 Beijing visit (arrived Tuesday Oct 18); true date 2016-10-20"),
text="""Duterte announces 'separation' from US during Beijing visit

BEIJING (AP) — Philippine President Rodrigo Duterte declared his country's "separation" from the United States on Thursday, telling a business forum in Beijing that his government would look to China instead as the two sides agreed to mend ties strained by their dispute over the South China Sea.

Duterte, who arrived in the Chinese capital on Tuesday for a four-day state visit, told several hundred Chinese and Filipino executives that Washington had lost its hold on Manila. "It is time to say goodbye to Washington," he said, to applause.

Hours earlier, Duterte held talks with Chinese President Xi Jinping at the Great Hall of the People. Xi called the visit a "milestone" in relations and said the two neighbors should handle their differences through friendly consultation.

The two governments signed 13 agreements covering trade, investment, drug control and coast guard cooperation, and Chinese officials said Beijing would extend billions of dollars in loans and investment to the Philippines.

Duterte had said before the trip that he would raise the issue of Scarborough Shoal, where Chinese coast guard vessels have kept Filipino fishermen away since 2012. Neither side said publicly whether the shoal came up.

In Washington, State Department spokesman John Kirby told reporters the remarks were "baffling" and that the administration had received no formal request from Manila to change any part of the alliance. He said Assistant Secretary of State Daniel Russel would travel to Manila this weekend to seek an explanation.

Duterte has repeatedly lashed out at the Obama administration over its criticism of his bloody campaign against illegal drugs, in which thousands of suspected dealers and users have been killed. Last month he hurled an obscenity at President Barack Obama.

He has also said that joint military exercises with the United States would end and that the Philippine navy would no longer join American patrols in the disputed waters.

The Philippines is a treaty ally of the United States, and the two countries signed an agreement in 2014 allowing American troops to be stationed on a rotating basis at Philippine bases.""",
people=[("Rodrigo Duterte","PHL","President"),("Xi Jinping","CHN","President"),
        ("John Kirby","USA","State Department spokesman"),("Daniel Russel","USA","Assistant Secretary of State"),
        ("Barack Obama","USA","President")],
events=[
 ("PHL","USA","REJECT",1,"declared his country's \"separation\" from the United States"),
 ("PHL","USA","REJECT",0,"It is time to say goodbye to Washington"),
 ("PHL","CHN","CONSULT",0,"arrived in the Chinese capital on Tuesday for a four-day state visit"),
 ("PHL","CHN","CONSULT",1,"Duterte held talks with Chinese President Xi Jinping",True),
 ("CHN","PHL","SUPPORT",0,"Xi called the visit a \"milestone\""),
 ("CHN","PHL","REQUEST AGREE",0,"should handle their differences through friendly consultation"),
 ("PHL","CHN","AGREE COOPERATE",1,"The two governments signed 13 agreements",True),
 ("CHN","PHL","AID AGREE COOPERATE",1,"Beijing would extend billions of dollars in loans and investment"),
 ("CHN","PHL","COERCE",0,"Chinese coast guard vessels have kept Filipino fishermen away"),
 ("USA","PHL","ACCUSE REJECT",1,"the remarks were \"baffling\""),
 ("USA","PHL","CONSULT",1,"would travel to Manila this weekend"),
 ("PHL","USA","ACCUSE",0,"lashed out at the Obama administration"),
 ("USA","PHL","ACCUSE",0,"its criticism of his bloody campaign against illegal drugs"),
 ("PHL","PHL","ASSAULT",0,"thousands of suspected dealers and users have been killed"),
 ("PHL","USA","ACCUSE",0,"hurled an obscenity at President Barack Obama"),
 ("PHL","USA","SANCTION REJECT",1,"joint military exercises with the United States would end"),
 ("PHL","USA","SANCTION REJECT",0,"would no longer join American patrols"),
 ("PHL","USA","AGREE COOPERATE",0,"signed an agreement in 2014",True),
])

A["L8"] = dict(fmt="txt", published=("2017-03-12", "2017-03-13", "'on Sunday' after the Saturday Rotterdam expulsions of March 11, 2017; true date 2017-03-12"),
text="""Turkey vows retaliation after Dutch bar ministers from Rotterdam rally

Turkey has vowed to retaliate against the Netherlands after Dutch authorities barred two Turkish ministers from addressing rallies in Rotterdam, escalating a bitter dispute over campaigning among expatriates for next month's constitutional referendum.

Recep Tayyip Erdoğan, the Turkish president, told a crowd in Istanbul on Sunday that the Netherlands would "pay a price". He accused the Dutch government of behaving "like a banana republic" and said its conduct recalled the darkest chapters of Europe's past.

On Saturday the Dutch government withdrew landing rights for the plane carrying the foreign minister, Mevlüt Çavuşoğlu, who had planned to speak at the Turkish consulate in Rotterdam. Hours later the family minister, Fatma Betül Sayan Kaya, who had travelled to the city by road from Germany, was stopped by police near the consulate and escorted back to the German border.

Police used dogs and water cannon to disperse several hundred protesters waving Turkish flags who had gathered near the consulate overnight. Twelve people were arrested, according to Rotterdam police.

The Dutch prime minister, Mark Rutte, said Erdoğan's remarks were "completely unacceptable" and demanded an apology. "We will not negotiate under threats," he told reporters in The Hague.

In Ankara, police sealed off the Dutch embassy and the consulate in Istanbul, citing security reasons, and the foreign ministry said the Dutch ambassador, who is currently out of the country, should not return for the time being. Protesters briefly replaced the Dutch flag on the Istanbul consulate with a Turkish one.

Çavuşoğlu flew instead to the French city of Metz, where he addressed supporters on Sunday after French authorities allowed the event to go ahead. He accused the Dutch of "open hostility towards Turks".

Germany, Austria and Switzerland have also cancelled or restricted Turkish campaign events in recent weeks, prompting Erdoğan to accuse Berlin of using Nazi-era methods.

The Danish prime minister, Lars Løkke Rasmussen, said he had asked his Turkish counterpart, Binali Yıldırım, to postpone a planned visit to Copenhagen because of the row.

About 400,000 people of Turkish origin live in the Netherlands, which holds its own general election on Wednesday.""",
people=[("Recep Tayyip Erdoğan","TUR","president"),("Mevlüt Çavuşoğlu","TUR","foreign minister"),
        ("Fatma Betül Sayan Kaya","TUR","family minister"),("Mark Rutte","NLD","prime minister"),
        ("Lars Løkke Rasmussen","DNK","prime minister"),("Binali Yıldırım","TUR","prime minister")],
events=[
 ("TUR","NLD","THREATEN",1,"Turkey has vowed to retaliate against the Netherlands"),
 ("NLD","TUR","REJECT COERCE SANCTION",0,"barred two Turkish ministers from addressing rallies in Rotterdam"),
 ("TUR","NLD","THREATEN",0,"the Netherlands would \"pay a price\""),
 ("TUR","NLD","ACCUSE",1,"accused the Dutch government of behaving \"like a banana republic\""),
 ("NLD","TUR","REJECT SANCTION COERCE",1,"withdrew landing rights for the plane carrying the foreign minister"),
 ("NLD","TUR","COERCE",1,"escorted back to the German border"),
 ("NLD",["TUR","NLD"],"COERCE ASSAULT",1,"Police used dogs and water cannon to disperse several hundred protesters"),
 (["TUR","NLD"],"NLD","PROTEST",0,"protesters waving Turkish flags who had gathered near the consulate"),
 ("NLD",["TUR","NLD"],"COERCE",0,"Twelve people were arrested"),
 ("NLD","TUR","ACCUSE REJECT",1,"Erdoğan's remarks were \"completely unacceptable\""),
 ("NLD","TUR","REQUEST",1,"demanded an apology"),
 ("NLD","TUR","REJECT",0,"We will not negotiate under threats"),
 ("TUR","NLD","SANCTION COERCE",1,"police sealed off the Dutch embassy"),
 ("TUR","NLD","REJECT SANCTION COERCE",1,"should not return for the time being"),
 ("TUR","NLD","PROTEST",0,"Protesters briefly replaced the Dutch flag"),
 ("FRA","TUR","AGREE COOPERATE",0,"French authorities allowed the event to go ahead"),
 ("TUR","NLD","ACCUSE",0,"open hostility towards Turks"),
 ("DEU","TUR","REJECT",0,"Germany, Austria and Switzerland have also cancelled or restricted Turkish campaign events"),
 ("AUT","TUR","REJECT",0,"Germany, Austria and Switzerland have also cancelled or restricted Turkish campaign events"),
 ("CHE","TUR","REJECT",0,"Germany, Austria and Switzerland have also cancelled or restricted Turkish campaign events"),
 ("TUR","DEU","ACCUSE",0,"accuse Berlin of using Nazi-era methods"),
 ("DNK","TUR","REQUEST REJECT",1,"asked his Turkish counterpart, Binali Yıldırım, to postpone a planned visit"),
])

A["L9"] = dict(fmt="txt", published=("2017-10-16", "2017-10-17", "'on Monday' three weeks after the Sept. 25 (2017) Kurdish referendum; true date 2017-10-16"),
text="""Iraqi forces seize Kirkuk from Kurds in swift push after independence vote

BAGHDAD — Iraqi government forces took control of the disputed city of Kirkuk and its nearby oil fields on Monday, meeting little resistance as Kurdish fighters withdrew, in a dramatic reversal for the Kurds three weeks after they voted overwhelmingly for independence.

Prime Minister Haider al-Abadi said in a televised statement that he had ordered the operation to "protect the unity of the country" after the Kurdish regional government refused to cancel the Sept. 25 referendum. He called on the Kurdish peshmerga to cooperate with federal forces, describing the move as his constitutional duty.

Columns of Iraqi army troops, counterterrorism units and Shiite-dominated paramilitary forces rolled into the city center, and soldiers lowered the Kurdish flag from the provincial governor's office. Brief clashes were reported south of the city overnight, and Kurdish officials said several peshmerga fighters had been killed.

The Kurdistan Regional Government accused Baghdad of launching an "unprovoked attack" and said units loyal to one Kurdish faction had abandoned their positions in an act of "betrayal." The peshmerga general command blamed officials of the Patriotic Union of Kurdistan, the region's second-largest party, for striking a deal with Baghdad behind its back.

Massoud Barzani, the Kurdish regional president who championed the referendum, made no public comment on Monday.

The United States, which has armed and trained both the Iraqi army and the peshmerga for the war against the Islamic State, urged both sides to avoid further clashes. President Donald Trump told reporters at the White House that Washington was "not choosing between friends."

Iran, whose Revolutionary Guards commander, Qasem Soleimani, was reported to have met Kurdish leaders in the days before the offensive, welcomed the move, as did Turkey, which had threatened economic sanctions against the Kurdish region over the vote.

The Turkish Foreign Ministry said in a statement that Ankara was ready to cooperate with Baghdad to restore federal authority over the region's borders.

Kirkuk's governor, Najmaldin Karim, who was removed by the Iraqi parliament last month for backing the referendum, said he had left the city and would not recognize the new administration.""",
people=[("Haider al-Abadi","IRQ","Prime Minister"),("Massoud Barzani","IRQ","Kurdish regional president"),
        ("Donald Trump","USA","President"),("Qasem Soleimani","IRN","Revolutionary Guards commander"),
        ("Najmaldin Karim","IRQ","governor of Kirkuk")],
events=[
 ("IRQ","IRQ","ASSAULT COERCE",1,"Iraqi government forces took control of the disputed city of Kirkuk"),
 ("IRQ","IRQ","RETREAT",1,"Kurdish fighters withdrew"),
 ("IRQ","IRQ","REJECT",0,"refused to cancel the Sept. 25 referendum"),
 ("IRQ","IRQ","REQUEST",1,"called on the Kurdish peshmerga to cooperate with federal forces"),
 ("IRQ","IRQ","ASSAULT",0,"soldiers lowered the Kurdish flag"),
 ("IRQ","IRQ","ASSAULT",1,"Brief clashes were reported south of the city overnight",True),
 ("IRQ","IRQ","ACCUSE",1,"accused Baghdad of launching an \"unprovoked attack\""),
 ("IRQ","IRQ","ACCUSE",0,"blamed officials of the Patriotic Union of Kurdistan"),
 ("USA","IRQ","AID",0,"has armed and trained both the Iraqi army and the peshmerga"),
 ("USA","IRQ","REQUEST",1,"urged both sides to avoid further clashes"),
 ("IRN","IRQ","CONSULT",0,"was reported to have met Kurdish leaders"),
 ("IRN","IRQ","SUPPORT",1,"welcomed the move"),
 ("TUR","IRQ","SUPPORT",1,"as did Turkey"),
 ("TUR","IRQ","THREATEN",0,"had threatened economic sanctions against the Kurdish region"),
 ("TUR","IRQ","AGREE COOPERATE",1,"Ankara was ready to cooperate with Baghdad"),
 ("IRQ","IRQ","SANCTION COERCE",0,"was removed by the Iraqi parliament last month"),
 ("IRQ","IRQ","REJECT",0,"would not recognize the new administration"),
])

A["L10"] = dict(fmt="json", date_publish="2017-08-23 15:20:00", url="https://apnews.com/article/chad-qatar-embassy-closed-libya-rebels-2017",
source_domain="apnews.com", authors=["Associated Press"],
description="Chad orders Qatar's embassy shut and its diplomats out, accusing Doha of backing Chadian rebels based in Libya.",
published=("2017-08-23", "2017-08-23", "date_publish; 'on Wednesday' is 2017-08-23"),
text="""Chad shuts Qatar's embassy, accuses Doha of backing rebels in Libya

N'DJAMENA, Chad (AP) — Chad ordered Qatar's embassy closed on Wednesday and gave its diplomats 10 days to leave the country, accusing the Gulf state of trying to destabilize the Central African nation through rebels based in neighboring Libya.

In a statement read on state television, the government said Doha had persisted in "actions hostile to the security of Chad" despite repeated warnings. "Chad will respond firmly to any further interference in its internal affairs," the statement said.

Chad recalled its ambassador from Doha in June, soon after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar, accusing it of supporting extremist groups.

Qatar's Foreign Ministry said in a statement it was surprised by the decision and rejected the accusations, which it described as baseless. It called on Chad to reconsider and said the move was part of a campaign by the countries boycotting Qatar to pressure other states to join them.

Chadian officials have long complained that rebel groups opposed to President Idriss Deby use southern Libya as a rear base. One rebel leader, Timan Erdimi, who heads the Union of Resistance Forces, has lived in exile in Doha for years, and the government alleges that Qatar has been financing his group.

Communications Minister Madeleine Alingue told The Associated Press that the government had "clear evidence" of the links but would not make it public.

Qatar has presented itself as a mediator in African conflicts and helped broker a 2009 reconciliation deal between Chad and neighboring Sudan.

Saudi Arabia welcomed Chad's decision, the official Saudi Press Agency reported on Wednesday evening.""",
people=[("Idriss Deby","TCD","President"),("Timan Erdimi","TCD","rebel leader, head of the Union of Resistance Forces"),
        ("Madeleine Alingue","TCD","Communications Minister")],
events=[
 ("TCD","QAT","SANCTION COERCE REJECT",1,"Chad ordered Qatar's embassy closed"),
 ("TCD","QAT","COERCE SANCTION",1,"gave its diplomats 10 days to leave the country"),
 ("TCD","QAT","ACCUSE",1,"accusing the Gulf state of trying to destabilize the Central African nation"),
 ("TCD","QAT","ACCUSE",0,"actions hostile to the security of Chad"),
 ("TCD","QAT","THREATEN",1,"Chad will respond firmly to any further interference"),
 ("TCD","QAT","SANCTION REJECT RETREAT",1,"Chad recalled its ambassador from Doha in June"),
 ("SAU","QAT","SANCTION",0,"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar"),
 ("ARE","QAT","SANCTION",0,"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar"),
 ("BHR","QAT","SANCTION",0,"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar"),
 ("EGY","QAT","SANCTION",0,"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar"),
 (["SAU","ARE","BHR","EGY"],"QAT","ACCUSE",0,"accusing it of supporting extremist groups"),
 ("QAT","TCD","REJECT",1,"rejected the accusations"),
 ("QAT","TCD","REQUEST",1,"It called on Chad to reconsider"),
 ("QAT",["SAU","ARE","BHR","EGY"],"ACCUSE",0,"a campaign by the countries boycotting Qatar"),
 ("TCD","QAT","ACCUSE",0,"the government alleges that Qatar has been financing his group"),
 ("QAT","TCD","AID",0,"Qatar has been financing his group"),
 ("TCD","QAT","ACCUSE",0,"clear evidence"),
 ("QAT",["TCD","SDN"],"COOPERATE",0,"helped broker a 2009 reconciliation deal"),
 ("TCD","SDN","AGREE",0,"a 2009 reconciliation deal between Chad and neighboring Sudan",True),
 ("SAU","TCD","SUPPORT",1,"Saudi Arabia welcomed Chad's decision"),
])

A["L11"] = dict(fmt="json", date_publish="2018-06-10 17:05:00", url="https://www.npr.org/sections/thetwo-way/2018/06/10/ethiopia-abiy-egypt-nile-dam-pledge",
source_domain="www.npr.org", authors=["Jane Arraf"],
description="On his first visit to Cairo, Ethiopia's prime minister promises that a giant Blue Nile dam will not cut Egypt's share of the river.",
published=("2018-06-10", "2018-06-10", "date_publish; 'on Sunday' is 2018-06-10"),
text="""Ethiopia's New Leader Pledges Not To Harm Egypt's Share Of Nile Water

Ethiopian Prime Minister Abiy Ahmed sought on Sunday to calm Egypt's fears over a giant dam his country is building on the Blue Nile, promising in Cairo that Ethiopia would not reduce Egypt's share of the river's water.

Speaking at a joint news conference with Egyptian President Abdel Fattah el-Sissi, Abiy — who took office in April — said the two countries would "take care of the Nile" together and that Ethiopia had no intention of harming the Egyptian people.

Sissi said he was confident the dispute could be settled through negotiation. "Let us make the Nile a source of cooperation, not conflict," he said, and then asked Abiy to repeat his pledge in front of the cameras, which the Ethiopian leader did.

The $4 billion Grand Ethiopian Renaissance Dam, under construction near the Sudanese border, will be Africa's largest hydroelectric plant when it is finished. Egypt, which relies on the Nile for nearly all of its fresh water, fears the reservoir will be filled too quickly and cut the flow downstream.

Talks among Egypt, Ethiopia and Sudan on how to fill and operate the reservoir stalled last year, with Cairo accusing Addis Ababa and Khartoum of dragging their feet on a technical study. A round of talks in Khartoum in April ended without agreement.

Last month, however, foreign ministers, water ministers and intelligence chiefs from the three countries agreed in Addis Ababa to set up an independent scientific group to study the dam's impact.

During the visit, Egypt also agreed to release 32 Ethiopians held in its prisons, Abiy's chief of staff, Fitsum Arega, said on Twitter. The two leaders agreed to expand trade and investment, and Sissi accepted an invitation to visit Addis Ababa later this year.

Mohamed Nasr Allam, a former Egyptian irrigation minister, told NPR the pledge was welcome but not enough. "Words are not guarantees. What we need is a signed agreement on the filling period," he said.""",
people=[("Abiy Ahmed","ETH","Prime Minister"),("Abdel Fattah el-Sissi","EGY","President"),
        ("Fitsum Arega","ETH","chief of staff to the prime minister"),("Mohamed Nasr Allam","EGY","former irrigation minister")],
events=[
 ("ETH","EGY","CONSULT",1,"Speaking at a joint news conference with Egyptian President Abdel Fattah el-Sissi",True),
 ("ETH","EGY","AGREE CONCEDE",1,"promising in Cairo that Ethiopia would not reduce Egypt's share"),
 ("ETH","EGY","AGREE",0,"Ethiopia had no intention of harming the Egyptian people"),
 ("EGY","ETH","AGREE REQUEST",0,"confident the dispute could be settled through negotiation"),
 ("EGY","ETH","REQUEST",1,"asked Abiy to repeat his pledge in front of the cameras"),
 ("EGY","ETH","ACCUSE",0,"Cairo accusing Addis Ababa and Khartoum of dragging their feet"),
 ("EGY","SDN","ACCUSE",0,"Cairo accusing Addis Ababa and Khartoum of dragging their feet"),
 ("EGY","ETH","CONSULT",0,"A round of talks in Khartoum in April ended without agreement",True),
 ("EGY","ETH","AGREE",1,"agreed in Addis Ababa to set up an independent scientific group",True),
 ("EGY","SDN","AGREE",0,"agreed in Addis Ababa to set up an independent scientific group",True),
 ("ETH","SDN","AGREE",0,"agreed in Addis Ababa to set up an independent scientific group",True),
 ("EGY","ETH","CONCEDE AGREE",1,"Egypt also agreed to release 32 Ethiopians held in its prisons"),
 ("EGY","ETH","AGREE COOPERATE",1,"The two leaders agreed to expand trade and investment",True),
 ("EGY","ETH","AGREE CONSULT",1,"Sissi accepted an invitation to visit Addis Ababa"),
 ("ETH","EGY","REQUEST CONSULT",0,"an invitation to visit Addis Ababa"),
])

A["L12"] = dict(fmt="dump", dump="dump-2.txt", nbsp=True,
published=("2018-07-18", "2018-07-19", "Masaya assault 'on Tuesday' (2018-07-17) and OAS vote 'on Wednesday'; true date 2018-07-18"),
text="""Nicaraguan forces retake rebel stronghold of Masaya as OAS condemns violence

(CNN) Nicaraguan police and pro-government paramilitaries on Tuesday stormed the protest stronghold of Masaya, tearing down barricades in the indigenous neighborhood of Monimbó after hours of gunfire, residents and human rights groups said.

Human rights groups said at least three people died in the assault, which came days after government supporters cleared roadblocks in the nearby towns of Diriamba and Jinotepe.

The Organization of American States on Wednesday approved a resolution condemning the violence and urging President Daniel Ortega's government to support an electoral calendar agreed in a national dialogue. Twenty-one countries voted in favor, while Nicaragua, Venezuela and St. Vincent and the Grenadines voted against.

Nicaragua's foreign minister, Denis Moncada, rejected the resolution, calling it an unacceptable interference in the country's internal affairs.

The protests began in April over cuts to social security benefits and quickly grew into a broader movement demanding that Ortega step down. More than 270 people have been killed since then, according to the Inter-American Commission on Human Rights.

Ortega has refused to bring forward elections scheduled for 2021 and has accused the protesters of trying to stage a coup with foreign backing. Catholic bishops, who had been mediating talks between the government and the opposition, were attacked by government supporters at a church in Diriamba last week.

The US State Department this month imposed sanctions on three Nicaraguan officials, including the national police commissioner, Francisco Díaz, accusing them of serious human rights abuses.

"The Ortega government must end this violence now and allow Nicaraguans to choose their future at the ballot box," US Ambassador to the OAS Carlos Trujillo said in a statement.

Vice President Rosario Murillo, Ortega's wife, said in a radio address that Masaya had been "freed from terrorists" and thanked the police for restoring peace.""",
people=[("Daniel Ortega","NIC","President"),("Denis Moncada","NIC","foreign minister"),
        ("Francisco Díaz","NIC","national police commissioner"),("Carlos Trujillo","USA","US Ambassador to the OAS"),
        ("Rosario Murillo","NIC","Vice President")],
events=[
 ("NIC","NIC","ASSAULT",1,"stormed the protest stronghold of Masaya"),
 ("NIC","NIC","COERCE ASSAULT",0,"tearing down barricades"),
 ("NIC","NIC","COERCE",0,"government supporters cleared roadblocks"),
 ("IGO","NIC","ACCUSE PROTEST",1,"approved a resolution condemning the violence"),
 ("IGO","NIC","REQUEST",1,"urging President Daniel Ortega's government to support an electoral calendar"),
 ("NIC","IGO","REJECT",0,"Nicaragua, Venezuela and St. Vincent and the Grenadines voted against"),
 ("VEN","IGO","REJECT",0,"Nicaragua, Venezuela and St. Vincent and the Grenadines voted against"),
 ("NIC","IGO","REJECT",1,"rejected the resolution"),
 ("NIC","IGO","ACCUSE",0,"calling it an unacceptable interference"),
 ("NIC","NIC","PROTEST",0,"The protests began in April"),
 ("NIC","NIC","PROTEST REQUEST",0,"demanding that Ortega step down"),
 ("NIC","NIC","ASSAULT",0,"More than 270 people have been killed"),
 ("NIC","NIC","REJECT",1,"Ortega has refused to bring forward elections"),
 ("NIC","NIC","ACCUSE",1,"accused the protesters of trying to stage a coup"),
 ("NIC","NIC","CONSULT",0,"mediating talks between the government and the opposition"),
 ("NIC","NIC","ASSAULT",1,"were attacked by government supporters at a church in Diriamba"),
 ("USA","NIC","SANCTION",1,"imposed sanctions on three Nicaraguan officials"),
 ("USA","NIC","ACCUSE",0,"accusing them of serious human rights abuses"),
 ("USA","NIC","REQUEST ACCUSE",1,"The Ortega government must end this violence now"),
 ("NIC","NIC","ACCUSE",0,"freed from terrorists"),
])

A["L13"] = dict(fmt="dump", dump="dump-3.txt", nbsp=False,
published=("2018-08-01", "2018-08-02", "'on Wednesday' with Brunson moved to house arrest 'last week' (July 25, 2018); true date 2018-08-01"),
text="""U.S. sanctions two Turkish ministers over detained American pastor

WASHINGTON — The Trump administration on Wednesday imposed sanctions on Turkey's justice and interior ministers over the continued detention of an American pastor, Andrew Brunson, a sharp escalation in a dispute that has badly strained relations between the two NATO allies.

Treasury Secretary Steven Mnuchin said in a statement that Justice Minister Abdulhamit Gul and Interior Minister Suleyman Soylu were responsible for the arrest and detention of Brunson, an evangelical minister from North Carolina who has lived in Turkey for more than two decades and led a small church in the city of Izmir.

The measures freeze any property the two men hold under U.S. jurisdiction and bar Americans from doing business with them.

White House press secretary Sarah Huckabee Sanders told reporters that Brunson was "an innocent man" and that the president's patience had run out.

Turkey's Foreign Ministry said in a statement that Ankara would retaliate "without delay" and urged Washington to reverse what it called a hostile decision that would seriously damage efforts to repair ties.

Brunson was detained in October 2016 and charged with terrorism and espionage, accused of links to the network of Fethullah Gulen, the Pennsylvania-based cleric whom Ankara blames for a failed coup attempt in July 2016, and to Kurdish militants. He denies the charges. A Turkish court moved him to house arrest last week but refused to release him.

President Donald Trump and Vice President Mike Pence both threatened last week to impose heavy sanctions on Turkey if Brunson was not freed.

Turkish President Recep Tayyip Erdogan said on Sunday that Turkey would not bow to threats and that the case was a matter for its independent courts.

Turkish Foreign Minister Mevlut Cavusoglu said he would meet Secretary of State Mike Pompeo on the sidelines of a regional meeting in Singapore later this week to discuss the dispute.

Ankara has repeatedly sought Gulen's extradition, a request Washington has so far declined to act on.""",
people=[("Andrew Brunson","USA","pastor"),("Steven Mnuchin","USA","Treasury Secretary"),
        ("Abdulhamit Gul","TUR","Justice Minister"),("Suleyman Soylu","TUR","Interior Minister"),
        ("Sarah Huckabee Sanders","USA","White House press secretary"),("Fethullah Gulen","TUR","Pennsylvania-based cleric"),
        ("Donald Trump","USA","President"),("Mike Pence","USA","Vice President"),
        ("Recep Tayyip Erdogan","TUR","President"),("Mevlut Cavusoglu","TUR","Foreign Minister"),
        ("Mike Pompeo","USA","Secretary of State")],
events=[
 ("USA","TUR","SANCTION",1,"imposed sanctions on Turkey's justice and interior ministers"),
 ("USA","TUR","ACCUSE",1,"were responsible for the arrest and detention of Brunson"),
 ("USA","TUR","SANCTION",0,"The measures freeze any property the two men hold"),
 ("USA","TUR","ACCUSE REQUEST",0,"Brunson was \"an innocent man\""),
 ("TUR","USA","THREATEN",1,"Ankara would retaliate \"without delay\""),
 ("TUR","USA","REQUEST",1,"urged Washington to reverse"),
 ("TUR","USA","ACCUSE",0,"what it called a hostile decision"),
 ("TUR","USA","COERCE",0,"Brunson was detained in October 2016"),
 ("TUR","USA","ACCUSE",0,"accused of links to the network of Fethullah Gulen"),
 ("TUR","TUR","ACCUSE",0,"Ankara blames for a failed coup attempt"),
 ("USA","TUR","REJECT",0,"He denies the charges"),
 ("TUR","USA","REJECT",1,"refused to release him"),
 ("TUR","USA","CONCEDE",0,"moved him to house arrest last week"),
 ("USA","TUR","THREATEN",1,"threatened last week to impose heavy sanctions on Turkey"),
 ("TUR","USA","REJECT",1,"Turkey would not bow to threats"),
 ("TUR","USA","CONSULT",1,"he would meet Secretary of State Mike Pompeo",True),
 ("TUR","USA","REQUEST",0,"Ankara has repeatedly sought Gulen's extradition"),
 ("USA","TUR","REJECT",0,"a request Washington has so far declined to act on"),
])
