from common import A, T, F

A("W7", "json", "Turkish court jails German reporter Deniz Yucel pending terror trial", """
ISTANBUL — A Turkish court on Monday ordered German-Turkish journalist Deniz Yucel held in pretrial detention on charges of spreading terrorist propaganda and inciting hatred, a decision that drew sharp condemnation from Berlin and is likely to further strain relations between the two NATO allies.

Yucel, the Turkey correspondent for the German daily Die Welt, had been in police custody since Feb. 14, when he turned himself in to Istanbul police after learning that he was wanted for questioning.

Prosecutors accused him of publishing propaganda for the outlawed Kurdistan Workers' Party, or PKK, and of reporting on emails leaked from the account of Energy Minister Berat Albayrak, President Recep Tayyip Erdogan's son-in-law. Yucel denies the accusations, his lawyers said.

German Chancellor Angela Merkel called the ruling "bitter and disappointing" and said it was "disproportionately harsh."

"The German government will continue to press for Deniz Yucel's release," Merkel said in a statement. "We expect the Turkish judiciary to take into account the high value of press freedom in any democratic society."

Foreign Minister Sigmar Gabriel told reporters that he had spoken by phone with his Turkish counterpart, Mevlut Cavusoglu, and had asked for consular access to the reporter. Turkey does not recognize dual citizenship for consular purposes in such cases, and German diplomats have not been able to visit him.

Ulf Poschardt, Die Welt's editor in chief, said the newspaper would not be intimidated. "Deniz is in prison for doing his job," he wrote on Twitter.

A Turkish government official, who spoke on condition of anonymity because he was not authorized to speak to the media, said the case was a matter for the independent courts and rejected what he called German interference.

Press freedom groups have criticized Turkey for jailing more than 100 journalists since a failed coup attempt in July, more than any other country. Reporters Without Borders called Yucel's detention "a new low" and urged Ankara to free him immediately.

Relations between Ankara and Berlin have already been tested by German criticism of Turkey's post-coup crackdown and by Turkish accusations that Germany harbors Kurdish militants and supporters of the U.S.-based cleric Fethullah Gulen, whom Ankara blames for the coup attempt.
""", {"earliest": "2017-02-28", "latest": "2017-02-28", "why": "date_publish 2017-02-28; court ruling 'on Monday' 27 Feb 2017"},
[("Deniz Yucel", "DEU", "Turkey correspondent, Die Welt"),
 ("Berat Albayrak", "TUR", "Energy Minister"),
 ("Recep Tayyip Erdogan", "TUR", "President"),
 ("Angela Merkel", "DEU", "Chancellor"),
 ("Sigmar Gabriel", "DEU", "Foreign Minister"),
 ("Mevlut Cavusoglu", "TUR", "Foreign Minister"),
 ("Ulf Poschardt", "DEU", "editor in chief, Die Welt"),
 ("Fethullah Gulen", "TUR", "U.S.-based cleric")],
[
 ("TUR", ["DEU", "TUR"], "COERCE", T, "ordered German-Turkish journalist Deniz Yucel held in pretrial detention"),
 ("TUR", ["DEU", "TUR"], "ACCUSE", T, "Prosecutors accused him of publishing propaganda"),
 (["DEU", "TUR"], "TUR", "REJECT", F, "Yucel denies the accusations"),
 ("DEU", "TUR", "ACCUSE", T, "Merkel called the ruling \"bitter and disappointing\""),
 ("DEU", "TUR", "REQUEST", T, "The German government will continue to press for Deniz Yucel's release"),
 ("DEU", "TUR", "REQUEST", F, "We expect the Turkish judiciary to take into account the high value of press freedom"),
 ("DEU", "TUR", "CONSULT", T, "he had spoken by phone with his Turkish counterpart, Mevlut Cavusoglu", T),
 ("DEU", "TUR", "REQUEST", T, "had asked for consular access to the reporter"),
 ("TUR", "DEU", "REJECT", F, "German diplomats have not been able to visit him"),
 ("DEU", "TUR", "REJECT ACCUSE", F, "the newspaper would not be intimidated"),
 ("TUR", "DEU", "REJECT ACCUSE", T, "rejected what he called German interference"),
 ("NGO", "TUR", "ACCUSE", T, "Press freedom groups have criticized Turkey"),
 ("TUR", "TUR", "COERCE", F, "jailing more than 100 journalists since a failed coup attempt in July"),
 ("NGO", "TUR", "REQUEST", T, "urged Ankara to free him immediately"),
 ("DEU", "TUR", "ACCUSE", F, "German criticism of Turkey's post-coup crackdown"),
 ("TUR", "DEU", "ACCUSE", T, "Turkish accusations that Germany harbors Kurdish militants"),
 ("TUR", ["USA", "TUR"], "ACCUSE", F, "whom Ankara blames for the coup attempt"),
], meta={"date_publish": "2017-02-28 09:41:00", "authors": ["Associated Press"],
         "url": "https://apnews.com/article/turkey-germany-journalist-yucel-jailed-0f3a91c2",
         "source_domain": "apnews.com",
         "description": "Berlin condemns a Turkish court's decision to jail Die Welt correspondent Deniz Yucel."})

A("W8", "txt", "Jordan's king demands Israel try embassy guard as diplomatic row deepens", """
AMMAN, Jordan — King Abdullah II on Thursday demanded that Israel put on trial a security guard at its embassy in Amman who shot dead two Jordanians, escalating a crisis that has left the Israeli mission empty and ties between the neighbors at their lowest point in years.

The king accused Israeli Prime Minister Benjamin Netanyahu of exploiting the episode for political gain, after Netanyahu warmly received the guard in his office and posted the video online.

"This provocative behavior at all levels will have a direct impact on our relations," Abdullah said, according to a palace statement. He called on Netanyahu to "take his responsibility and adopt the legal measures that guarantee the trial of the killer."

The shooting took place Sunday in a residential building used by the embassy. Israeli officials said a 17-year-old Jordanian, Mohammed Jawawdeh, who had come to deliver furniture, attacked the guard with a screwdriver, and the guard opened fire, killing him. The landlord, Bashar Hamarneh, a doctor, was also hit and later died.

Jordan initially refused to let the guard leave the country without being questioned, citing the Vienna Convention only after intense negotiations. Netanyahu spoke by phone with the king, and the head of Israel's Shin Bet security service, Nadav Argaman, traveled to Amman to negotiate. Late Monday, the guard and the rest of the embassy staff, including Ambassador Einat Schlein, crossed back into Israel.

Hours later, Israel removed metal detectors it had installed at the entrances to the al-Aqsa Mosque compound in Jerusalem, a move that Jordan, the custodian of the city's Muslim holy sites, had demanded. Israeli officials denied any link between the two decisions.

Jordanian Foreign Minister Ayman Safadi told reporters that the ambassador and her staff would not be allowed to return until Israel carried out a credible investigation.

Jason Greenblatt, President Trump's envoy for the peace process, flew to Amman this week and met Jordanian officials to try to calm the situation.

Hundreds of protesters gathered outside the embassy compound on Tuesday, chanting slogans against Israel and calling on the government to expel the ambassador and scrap the 1994 peace treaty.
""", {"earliest": "2017-07-27", "latest": "2017-07-27", "why": "king's demand 'on Thursday' after the shooting 'Sunday' (23 July 2017) -> 27 July 2017"},
[("Abdullah II", "JOR", "King"),
 ("Benjamin Netanyahu", "ISR", "Prime Minister"),
 ("Mohammed Jawawdeh", "JOR", "17-year-old"),
 ("Bashar Hamarneh", "JOR", "landlord, doctor"),
 ("Nadav Argaman", "ISR", "head of Shin Bet"),
 ("Einat Schlein", "ISR", "Ambassador"),
 ("Ayman Safadi", "JOR", "Foreign Minister"),
 ("Jason Greenblatt", "USA", "envoy for the peace process"),
 ("Donald Trump", "USA", "President")],
[
 ("JOR", "ISR", "REQUEST", T, "demanded that Israel put on trial a security guard"),
 ("ISR", "JOR", "ASSAULT", T, "who shot dead two Jordanians"),
 ("JOR", "ISR", "ACCUSE", T, "The king accused Israeli Prime Minister Benjamin Netanyahu of exploiting the episode"),
 ("JOR", "ISR", "THREATEN", T, "will have a direct impact on our relations"),
 ("JOR", "ISR", "REQUEST", F, "He called on Netanyahu to \"take his responsibility"),
 ("JOR", "ISR", "ASSAULT", T, "attacked the guard with a screwdriver"),
 ("ISR", "JOR", "ASSAULT", F, "the guard opened fire, killing him"),
 ("JOR", "ISR", "REJECT COERCE", T, "Jordan initially refused to let the guard leave the country"),
 ("ISR", "JOR", "CONSULT", T, "Netanyahu spoke by phone with the king", T),
 ("ISR", "JOR", "CONSULT", T, "traveled to Amman to negotiate"),
 ("JOR", "ISR", "CONCEDE", F, "the guard and the rest of the embassy staff, including Ambassador Einat Schlein, crossed back into Israel"),
 ("ISR", ["PSE", "JOR"], "CONCEDE RETREAT", T, "Israel removed metal detectors"),
 ("JOR", "ISR", "REQUEST", F, "a move that Jordan, the custodian of the city's Muslim holy sites, had demanded"),
 ("ISR", "JOR", "REJECT", F, "Israeli officials denied any link"),
 ("JOR", "ISR", "REJECT", T, "would not be allowed to return until Israel carried out a credible investigation"),
 ("USA", "JOR", "CONSULT", T, "flew to Amman this week and met Jordanian officials"),
 ("JOR", "ISR", "PROTEST", T, "Hundreds of protesters gathered outside the embassy compound"),
 ("JOR", "JOR", "REQUEST", F, "calling on the government to expel the ambassador"),
])

A("W9", "json", "Egypt's parliament approves handing Red Sea islands to Saudi Arabia amid protests", """
CAIRO — Egypt's parliament on Wednesday approved a contested agreement to transfer two uninhabited Red Sea islands to Saudi Arabia, defying court rulings and a rare wave of public anger over what critics call the surrender of national territory.

The vote on Tiran and Sanafir, which guard the entrance to the Gulf of Aqaba, came after three days of heated debate in which opposition lawmakers shouted "Egyptian, Egyptian" and waved flags in the chamber. Speaker Ali Abdel Aal declared the deal approved by a majority but did not announce the count.

The agreement was signed in April 2016 during a visit to Cairo by Saudi Arabia's King Salman, who also pledged billions of dollars in investment and aid to Egypt's struggling economy. The government of President Abdel Fattah el-Sisi says the islands have always belonged to Saudi Arabia and were placed under Egyptian protection in 1950 at the kingdom's request.

Critics accuse Sisi of selling the islands in exchange for Saudi money. "This is a betrayal of the blood of soldiers who died defending this land," said Khaled Ali, a rights lawyer who won a case against the deal in the administrative courts.

In January, Egypt's highest administrative court upheld a ruling that annulled the agreement, saying the islands were Egyptian. The government argued that the courts had no jurisdiction over a sovereign act.

Dozens of activists and journalists gathered outside the journalists' syndicate in central Cairo on Wednesday evening to protest the vote, but security forces quickly dispersed them, witnesses said. At least a dozen people were detained, according to lawyers.

When the deal was first announced last year, thousands took to the streets in the largest demonstrations since Sisi took power, and police arrested hundreds in the following weeks.

Relations between Cairo and Riyadh soured late last year when state oil giant Saudi Aramco halted fuel shipments to Egypt, a move widely seen as a sign of Saudi irritation, before deliveries resumed in March.

The agreement now needs Sisi's signature. Israel, whose 1979 peace treaty with Egypt covers the islands, has said it has no objection to the transfer.
""", {"earliest": "2017-06-14", "latest": "2017-06-14", "why": "date_publish 2017-06-14; parliament vote 'on Wednesday' 14 June 2017"},
[("Ali Abdel Aal", "EGY", "Speaker"),
 ("Salman", "SAU", "King"),
 ("Abdel Fattah el-Sisi", "EGY", "President"),
 ("Khaled Ali", "EGY", "rights lawyer")],
[
 ("EGY", "SAU", "AGREE CONCEDE", T, "Egypt's parliament on Wednesday approved a contested agreement to transfer two uninhabited Red Sea islands to Saudi Arabia"),
 ("EGY", "EGY", "PROTEST", F, "opposition lawmakers shouted \"Egyptian, Egyptian\""),
 ("EGY", "SAU", "AGREE", T, "The agreement was signed in April 2016 during a visit to Cairo by Saudi Arabia's King Salman", T),
 ("SAU", "EGY", "CONSULT", F, "during a visit to Cairo by Saudi Arabia's King Salman"),
 ("SAU", "EGY", "AID AGREE", T, "pledged billions of dollars in investment and aid"),
 ("EGY", "EGY", "ACCUSE", T, "Critics accuse Sisi of selling the islands"),
 ("EGY", "EGY", "ACCUSE", F, "This is a betrayal of the blood of soldiers"),
 ("EGY", "EGY", "REJECT", T, "upheld a ruling that annulled the agreement"),
 ("EGY", "EGY", "REJECT", F, "The government argued that the courts had no jurisdiction"),
 ("EGY", "EGY", "PROTEST", T, "gathered outside the journalists' syndicate in central Cairo on Wednesday evening to protest the vote"),
 ("EGY", "EGY", "COERCE", T, "security forces quickly dispersed them"),
 ("EGY", "EGY", "COERCE", T, "At least a dozen people were detained"),
 ("EGY", "EGY", "PROTEST", F, "thousands took to the streets"),
 ("EGY", "EGY", "COERCE", F, "police arrested hundreds in the following weeks"),
 ("SAU", "EGY", "SANCTION", T, "Saudi Aramco halted fuel shipments to Egypt"),
 ("ISR", ["EGY", "SAU"], "AGREE SUPPORT", T, "has said it has no objection to the transfer"),
], meta={"date_publish": "2017-06-14 18:20:00", "authors": ["Ruth Michaelson"],
         "url": "https://www.theguardian.com/world/2017/jun/14/egypt-parliament-approves-red-sea-islands-saudi-arabia",
         "source_domain": "theguardian.com",
         "description": "MPs back the transfer of Tiran and Sanafir despite court rulings and protests."})

A("W10", "txt", "Kim and Moon pledge 'no more war' at historic border summit", """
PANMUNJOM, Korea (AP) — North Korean leader Kim Jong Un and South Korean President Moon Jae-in agreed Friday to work toward the "complete denuclearization" of the Korean Peninsula and to seek a formal end to the 1950-53 Korean War this year, capping a day of striking images at the heavily fortified border.

Kim became the first North Korean leader to set foot in the South since the war when he stepped over the concrete slab that marks the military demarcation line and shook Moon's hand. At Kim's invitation, Moon briefly stepped into the North before the two walked together to the Peace House on the southern side of the truce village.

In a joint declaration signed after hours of talks, the leaders said they would halt "all hostile acts" against each other, starting with the loudspeaker broadcasts and leaflet launches along the border on May 1. They also agreed to resume reunions of families separated by the war and to pursue talks involving the United States and possibly China to replace the armistice with a peace treaty.

Moon will visit Pyongyang in the fall, the statement said.

"There will be no more war on the Korean Peninsula," the two leaders declared. Kim told reporters that the two sides should not repeat "the unfortunate history" in which past agreements fell apart.

The declaration did not spell out how or when the North would give up its nuclear weapons, and skeptics noted that Pyongyang has made, and broken, similar promises before.

President Donald Trump, who is preparing for his own meeting with Kim in the coming weeks, welcomed the summit on Twitter. "KOREAN WAR TO END!" he wrote, adding that the United States should be proud of what was happening.

Japanese Prime Minister Shinzo Abe said he hoped the meeting would lead to concrete action by North Korea, and said Tokyo would keep up pressure on Pyongyang until it took such steps.

China's Foreign Ministry praised the "courage" of both leaders and said Beijing supported continued dialogue.

The summit followed a year of soaring tension in which the North tested its most powerful nuclear device and missiles capable of reaching the U.S. mainland, while Trump threatened "fire and fury."
""", {"earliest": "2018-04-27", "latest": "2018-04-27", "why": "summit 'Friday' 27 April 2018"},
[("Kim Jong Un", "PRK", "leader"),
 ("Moon Jae-in", "KOR", "President"),
 ("Donald Trump", "USA", "President"),
 ("Shinzo Abe", "JPN", "Prime Minister")],
[
 ("PRK", "KOR", "AGREE", T, "agreed Friday to work toward the \"complete denuclearization\" of the Korean Peninsula", T),
 ("PRK", "KOR", "CONSULT", T, "Kim became the first North Korean leader to set foot in the South"),
 ("KOR", "PRK", "CONSULT", F, "Moon briefly stepped into the North"),
 ("KOR", "PRK", "CONSULT", T, "signed after hours of talks", T),
 ("PRK", "KOR", "AGREE", T, "the leaders said they would halt \"all hostile acts\" against each other", T),
 ("PRK", "KOR", "AGREE", T, "They also agreed to resume reunions of families separated by the war", T),
 ("KOR", "PRK", "CONSULT AGREE", T, "Moon will visit Pyongyang in the fall"),
 ("PRK", "KOR", "AGREE", F, "There will be no more war on the Korean Peninsula", T),
 ("USA", "PRK", "CONSULT", F, "who is preparing for his own meeting with Kim", T),
 ("USA", ["KOR", "PRK"], "SUPPORT", T, "welcomed the summit on Twitter"),
 ("JPN", "PRK", "REQUEST", T, "hoped the meeting would lead to concrete action by North Korea"),
 ("JPN", "PRK", "COERCE THREATEN SANCTION", T, "Tokyo would keep up pressure on Pyongyang"),
 ("CHN", ["KOR", "PRK"], "SUPPORT", T, "China's Foreign Ministry praised the \"courage\" of both leaders"),
 ("USA", "PRK", "THREATEN", F, "Trump threatened \"fire and fury.\""),
])

A("W11", "dump-1", "Lebanese army launches offensive against Islamic State on Syrian border", """
BEIRUT — The Lebanese army launched a ground and air offensive Saturday to drive Islamic State militants from a rugged stretch of Lebanon's northeastern border with Syria, the military said, the largest operation it has undertaken against the extremist group.

Troops backed by artillery, rocket launchers and helicopters advanced on militant positions in the hills outside the towns of Ras Baalbek and Qaa, and seized several hilltops in the first hours, army spokesmen told reporters. The army said about 20 militants had been killed.

"In the name of Lebanon, the kidnapped soldiers and the martyrs of the army, I announce the start of Operation Dawn of the Outskirts," army commander Gen. Joseph Aoun said in a statement.

At the same time, Hezbollah, the powerful Shiite militant group, and the Syrian army announced their own offensive against Islamic State from the Syrian side of the border, in the western Qalamoun region.

The Lebanese military insisted it was not coordinating with Hezbollah or with Syrian government forces. Brig. Gen. Ali Kanso told a news conference that the army "did not and will not coordinate" with any party and was acting alone on Lebanese territory.

The United States, which has given the Lebanese army more than $1.5 billion in assistance since 2006, has pressed Beirut to keep its distance from Hezbollah, which Washington considers a terrorist organization. Britain has also trained and equipped army units deployed on the border.

President Michel Aoun, a political ally of Hezbollah, visited the army's operations room in Yarze. Prime Minister Saad Hariri praised the troops and said the state alone had the right to defend Lebanon.

The army demanded that the militants reveal the fate of nine soldiers seized when Islamic State and al-Qaeda-linked fighters briefly overran the border town of Arsal in 2014.

Hezbollah fighters drove al-Qaeda's former Syrian affiliate out of the Arsal hills last month in a separate operation, and its leader Hassan Nasrallah promised Islamic State fighters would be defeated "on both sides of the border."

An estimated several hundred Islamic State militants are believed to be holed up in the area.
""", {"earliest": "2017-08-19", "latest": "2017-08-19", "why": "offensive launched 'Saturday' 19 Aug 2017; same dump as W6 (1989) gives no bound"},
[("Joseph Aoun", "LBN", "army commander, General"),
 ("Ali Kanso", "LBN", "Brigadier General"),
 ("Michel Aoun", "LBN", "President"),
 ("Saad Hariri", "LBN", "Prime Minister"),
 ("Hassan Nasrallah", "LBN", "Hezbollah leader")],
[
 ("LBN", ["SYR", "LBN"], "ASSAULT", T, "The Lebanese army launched a ground and air offensive Saturday to drive Islamic State militants"),
 ("LBN", ["SYR", "LBN"], "ASSAULT", F, "advanced on militant positions in the hills"),
 ("LBN", ["SYR", "LBN"], "ASSAULT", F, "about 20 militants had been killed"),
 ("LBN", ["SYR", "LBN"], "ASSAULT", T, "Hezbollah, the powerful Shiite militant group, and the Syrian army announced their own offensive"),
 ("SYR", ["SYR", "LBN"], "ASSAULT", T, "Hezbollah, the powerful Shiite militant group, and the Syrian army announced their own offensive"),
 ("LBN", ["LBN", "SYR"], "REJECT", F, "was not coordinating with Hezbollah or with Syrian government forces"),
 ("USA", "LBN", "AID", T, "has given the Lebanese army more than $1.5 billion in assistance since 2006"),
 ("USA", "LBN", "REQUEST", T, "has pressed Beirut to keep its distance from Hezbollah"),
 ("USA", "LBN", "ACCUSE", F, "which Washington considers a terrorist organization"),
 ("GBR", "LBN", "AID", T, "Britain has also trained and equipped army units"),
 ("LBN", ["SYR", "LBN"], "REQUEST", T, "The army demanded that the militants reveal the fate of nine soldiers"),
 (["SYR", "LBN"], "LBN", "COERCE ASSAULT", F, "nine soldiers seized when Islamic State and al-Qaeda-linked fighters briefly overran the border town of Arsal in 2014"),
 ("LBN", ["SYR", "LBN"], "ASSAULT", F, "Hezbollah fighters drove al-Qaeda's former Syrian affiliate out of the Arsal hills last month"),
 ("LBN", ["SYR", "LBN"], "THREATEN", F, "promised Islamic State fighters would be defeated"),
])

A("W12", "json", "Iran warns it could strike militants inside Pakistan after border guard killings", """
ISLAMABAD — Iran's top military commander warned on Monday that his country could hit militant bases inside Pakistan if Islamabad fails to stop cross-border attacks, deepening a row that erupted after 10 Iranian border guards were killed last month.

"We cannot accept the continuation of this situation," Maj. Gen. Mohammad Bagheri, chief of staff of Iran's armed forces, was quoted as saying by the state news agency IRNA. "We expect the Pakistani officials to control the borders, arrest the terrorists and shut down their bases. If the terrorist attacks continue, we will hit their safe havens and cells, wherever they are."

Pakistan's Foreign Office summoned Iranian Ambassador Mehdi Honardoost on Tuesday to protest the remarks, which it said were "against the spirit of brotherly relations" between the neighbors. Foreign Office spokesman Nafees Zakaria told reporters that Pakistan was taking steps to strengthen security along the frontier.

The guards were killed on April 26 in an ambush near the town of Mirjaveh in Iran's Sistan-Baluchestan province. The Sunni militant group Jaish al-Adl, which says it is fighting for the rights of Iran's Baluch minority, claimed responsibility. Iranian officials said the attackers used long-range guns from Pakistani territory.

Tehran summoned Pakistan's ambassador after the attack and demanded that Islamabad take action against the group, which it says operates freely in Pakistan's Baluchistan province.

Iranian Foreign Minister Mohammad Javad Zarif visited Islamabad last week and met Prime Minister Nawaz Sharif. The two sides agreed to improve communication between border forces and to set up a joint mechanism to share intelligence, officials said.

Pakistan has deployed additional paramilitary troops to the area, according to a security official who spoke on condition of anonymity.

Iran has long accused Pakistan of failing to rein in Sunni extremists, and has been uneasy about Islamabad's role in a Saudi-led military alliance of Muslim countries, to be headed by Pakistan's former army chief, Gen. Raheel Sharif. Pakistan denies sheltering militants and says it is itself a victim of terrorism.
""", {"earliest": "2017-05-09", "latest": "2017-05-09", "why": "date_publish 2017-05-09; Bagheri remarks 'on Monday' 8 May, summons 'on Tuesday' 9 May 2017"},
[("Mohammad Bagheri", "IRN", "Major General, chief of staff of the armed forces"),
 ("Mehdi Honardoost", "IRN", "Ambassador"),
 ("Nafees Zakaria", "PAK", "Foreign Office spokesman"),
 ("Mohammad Javad Zarif", "IRN", "Foreign Minister"),
 ("Nawaz Sharif", "PAK", "Prime Minister"),
 ("Raheel Sharif", "PAK", "former army chief, General")],
[
 ("IRN", "PAK", "THREATEN", T, "his country could hit militant bases inside Pakistan"),
 ("IRN", "PAK", "REJECT", F, "We cannot accept the continuation of this situation"),
 ("IRN", "PAK", "REQUEST", T, "We expect the Pakistani officials to control the borders"),
 ("IRN", "PAK", "THREATEN", F, "we will hit their safe havens and cells"),
 ("PAK", "IRN", "PROTEST ACCUSE CONSULT", T, "summoned Iranian Ambassador Mehdi Honardoost on Tuesday to protest the remarks"),
 ("PAK", "IRN", "ACCUSE", F, "against the spirit of brotherly relations"),
 ("PAK", ["IRN", "PAK"], "MOBILIZE", F, "Pakistan was taking steps to strengthen security along the frontier"),
 (["IRN", "PAK"], "IRN", "ASSAULT", T, "The guards were killed on April 26 in an ambush"),
 ("IRN", "PAK", "ACCUSE", T, "the attackers used long-range guns from Pakistani territory"),
 ("IRN", "PAK", "PROTEST ACCUSE CONSULT", T, "Tehran summoned Pakistan's ambassador after the attack"),
 ("IRN", "PAK", "REQUEST", T, "demanded that Islamabad take action against the group"),
 ("IRN", "PAK", "CONSULT", T, "visited Islamabad last week and met Prime Minister Nawaz Sharif"),
 ("IRN", "PAK", "AGREE COOPERATE", T, "The two sides agreed to improve communication between border forces", T),
 ("PAK", ["IRN", "PAK"], "MOBILIZE", T, "Pakistan has deployed additional paramilitary troops to the area"),
 ("IRN", "PAK", "ACCUSE", T, "Iran has long accused Pakistan of failing to rein in Sunni extremists"),
 ("PAK", "IRN", "REJECT", T, "Pakistan denies sheltering militants"),
], meta={"date_publish": "2017-05-09 16:05:00", "authors": ["Munir Ahmed"],
         "url": "https://www.washingtonpost.com/world/asia_pacific/iran-warns-pakistan-border-militants/2017/05/09/",
         "source_domain": "washingtonpost.com",
         "description": "Tehran's armed forces chief threatens cross-border strikes; Islamabad summons the Iranian envoy."})

A("W13", "dump-2", "Kuwait expels Philippine envoy over videos of maid 'rescues'", """
Kuwait on Wednesday ordered the Philippine ambassador to leave the country within a week, escalating a dispute over videos showing Philippine embassy staff spiriting domestic workers away from the homes of their Kuwaiti employers.

The Kuwaiti foreign ministry declared Ambassador Renato Villa persona non grata and said it was recalling its own ambassador from Manila. In a statement carried by the state news agency KUNA, it called the rescues a "flagrant violation" of Kuwait's sovereignty and of diplomatic norms.

Kuwaiti authorities have also issued arrest warrants for several embassy employees and detained at least four Filipinos, including drivers, accused of helping workers flee, officials said.

The videos, filmed by embassy staff and widely shared on social media, showed workers being helped into cars outside their employers' houses. Philippine officials said the women had asked to be rescued from abuse.

Foreign Secretary Alan Peter Cayetano apologised on Tuesday, saying some of the actions may have been "misinterpreted", and told reporters in Manila that he hoped Kuwait would accept the apology. "We respect Kuwaiti laws and the sovereignty of Kuwait," he said.

But presidential spokesman Harry Roque said Manila would not beg and that the safety of Filipino workers remained the government's priority.

The row comes as the two countries were close to signing an agreement on protecting the roughly 260,000 Filipinos working in Kuwait, many as maids. Talks on the deal have now been suspended, Philippine officials said.

President Rodrigo Duterte banned Filipinos from taking jobs in Kuwait in February after the body of a Filipina maid, Joanna Demafelis, was found in a freezer in an abandoned apartment. Duterte accused Arab employers of raping and mistreating Filipino workers and urged those in Kuwait to come home.

A Kuwaiti court this month sentenced Demafelis's Lebanese employer and his Syrian wife to death in absentia.

Kuwait's deputy foreign minister, Khaled al-Jarallah, said earlier this week that relations remained "strong and solid" and that he was confident the crisis could be contained.
""", {"earliest": "2018-04-25", "latest": "2018-04-25", "why": "expulsion 'on Wednesday' 25 April 2018; Cayetano apology 'on Tuesday' 24 April"},
[("Renato Villa", "PHL", "Ambassador"),
 ("Alan Peter Cayetano", "PHL", "Foreign Secretary"),
 ("Harry Roque", "PHL", "presidential spokesman"),
 ("Rodrigo Duterte", "PHL", "President"),
 ("Joanna Demafelis", "PHL", "maid"),
 ("Khaled al-Jarallah", "KWT", "deputy foreign minister")],
[
 ("KWT", "PHL", "COERCE", T, "ordered the Philippine ambassador to leave the country within a week"),
 ("KWT", "PHL", "COERCE", F, "declared Ambassador Renato Villa persona non grata"),
 ("KWT", "PHL", "SANCTION REJECT", T, "it was recalling its own ambassador from Manila"),
 ("KWT", "PHL", "ACCUSE", T, "it called the rescues a \"flagrant violation\" of Kuwait's sovereignty"),
 ("KWT", "PHL", "COERCE", T, "issued arrest warrants for several embassy employees"),
 ("KWT", "PHL", "COERCE", T, "detained at least four Filipinos"),
 ("PHL", "KWT", "ACCUSE", F, "the women had asked to be rescued from abuse"),
 ("PHL", "KWT", "CONCEDE", T, "Foreign Secretary Alan Peter Cayetano apologised on Tuesday"),
 ("PHL", "KWT", "REQUEST", F, "he hoped Kuwait would accept the apology"),
 ("PHL", "KWT", "REJECT", T, "Manila would not beg"),
 ("PHL", "KWT", "AGREE", F, "the two countries were close to signing an agreement", T),
 ("PHL", "KWT", "REJECT", T, "Talks on the deal have now been suspended", T),
 ("PHL", "KWT", "SANCTION", T, "banned Filipinos from taking jobs in Kuwait in February"),
 ("PHL", "KWT", "ACCUSE", T, "Duterte accused Arab employers of raping and mistreating Filipino workers"),
 ("KWT", ["LBN", "SYR"], "COERCE SANCTION", F, "sentenced Demafelis's Lebanese employer and his Syrian wife to death in absentia"),
 ("KWT", "PHL", "SUPPORT", F, "relations remained \"strong and solid\""),
])
