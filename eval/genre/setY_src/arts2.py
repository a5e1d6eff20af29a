# Articles Y8..Y14
ARTS = []

ARTS.append(dict(
id="Y8", fmt="txt",
headline="Jacob Zuma resigns as South African president after ANC ultimatum",
body="""
Jacob Zuma has resigned as president of South Africa, bowing to an ultimatum from his own party after nine years in office overshadowed by corruption allegations and a stagnating economy.

In a rambling 30-minute televised address late on Wednesday, Zuma said he disagreed with the decision of the African National Congress to recall him but would step down with immediate effect. "I have come to the decision to resign," he said. "No life should be lost in my name."

The ANC's national executive committee had voted on Monday night to remove him, and the party said on Wednesday morning that it would back an opposition motion of no confidence in parliament on Thursday if he did not go voluntarily.

Hours before the speech, officers from the elite Hawks police unit raided the Johannesburg compound of the Gupta family, businessmen close to Zuma who are accused of using their ties with the president to win state contracts and influence cabinet appointments. Three people were arrested.

The Guptas and Zuma have denied any wrongdoing.

Cyril Ramaphosa, the deputy president who was elected ANC leader in December, is expected to be chosen by parliament on Thursday. Ramaphosa has promised to fight graft and revive investment.

The main opposition Democratic Alliance welcomed the resignation but called for early elections. "Removing Zuma does not remove the rot," its leader, Mmusi Maimane, said in a statement. The Economic Freedom Fighters, led by Julius Malema, said they would press ahead with their demand for the dissolution of parliament.

Abroad, the US State Department said Washington looked forward to working with the new leadership, while Britain's foreign secretary, Boris Johnson, praised the orderly transition as a sign of the strength of South Africa's institutions.

Zuma survived several no-confidence votes during his presidency and still faces 783 counts of corruption, fraud and money laundering linked to a 1990s arms deal, which prosecutors are considering reinstating.
""",
pub=("2018-02-14", "2018-02-15", "resignation speech late Wednesday 14 February 2018; Ramaphosa 'expected' Thursday"),
people=[("Jacob Zuma", "ZAF", "President"),
        ("Cyril Ramaphosa", "ZAF", "deputy president, ANC leader"),
        ("Mmusi Maimane", "ZAF", "leader, Democratic Alliance"),
        ("Julius Malema", "ZAF", "leader, Economic Freedom Fighters"),
        ("Boris Johnson", "GBR", "foreign secretary")],
events=[
 ("ZAF", "ZAF", "CONCEDE/RETREAT", 1, "Jacob Zuma has resigned as president of South Africa", 0),
 ("ZAF", "ZAF", "THREATEN/REQUEST/COERCE", 1, "an ultimatum from his own party", 0),
 ("ZAF", "ZAF", "REJECT/ACCUSE", 1, "he disagreed with the decision of the African National Congress to recall him", 0),
 ("ZAF", "ZAF", "REQUEST/COERCE", 1, "had voted on Monday night to remove him", 0),
 ("ZAF", "ZAF", "THREATEN", 1, "it would back an opposition motion of no confidence", 0),
 ("ZAF", "ZAF", "COERCE", 1, "raided the Johannesburg compound of the Gupta family", 0),
 ("ZAF", "ZAF", "COERCE", 0, "Three people were arrested", 0),
 ("ZAF", "ZAF", "ACCUSE", 0, "who are accused of using their ties with the president", 0),
 ("ZAF", "ZAF", "REJECT", 0, "have denied any wrongdoing", 0),
 ("ZAF", "ZAF", "SUPPORT", 1, "The main opposition Democratic Alliance welcomed the resignation", 0),
 ("ZAF", "ZAF", "REQUEST", 1, "called for early elections", 0),
 ("ZAF", "ZAF", "ACCUSE", 0, "Removing Zuma does not remove the rot", 0),
 ("ZAF", "ZAF", "REQUEST", 1, "their demand for the dissolution of parliament", 0),
 ("USA", "ZAF", "AGREE/SUPPORT/COOPERATE", 1, "Washington looked forward to working with the new leadership", 0),
 ("GBR", "ZAF", "SUPPORT", 1, "praised the orderly transition", 0),
 ("ZAF", "ZAF", "ACCUSE", 0, "still faces 783 counts of corruption", 0),
]))

ARTS.append(dict(
id="Y9", fmt="txt",
headline="Russia, Turkey and Iran agree to police Syria truce as Astana talks end",
body="""
ASTANA, Kazakhstan — Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism to monitor a shaky ceasefire in Syria, at the close of two days of talks in the Kazakh capital that brought Syrian government and rebel delegations into the same room for the first time in nearly six years of war.

In a final statement read out by Kazakh Foreign Minister Kairat Abdrakhmanov, the three sponsors said there was no military solution to the conflict and pledged to work together to separate moderate rebels from jihadist groups.

The rebels did not sign the document. Mohammed Alloush, who led the opposition delegation, told reporters the armed groups rejected any role for Iran, which they accused of sending militias that had violated the truce. "Iran is a party to the killing of Syrians, not a guarantor," he said.

Bashar al-Jaafari, Syria's U.N. ambassador and head of the government delegation, called the rebel delegates "terrorists" and said Damascus would keep fighting in Wadi Barada, a rebel-held valley near the capital that supplies most of its water.

The opposition had refused to sit face to face with the government team, and Turkish and Russian officials shuttled between the two rooms, diplomats said.

Staffan de Mistura, the United Nations special envoy for Syria, welcomed the outcome and said he hoped it would pave the way for political negotiations in Geneva next month.

The United States, in the midst of a change of administration, did not send a delegation and was represented only by its ambassador to Kazakhstan, George Krol, as an observer. Iran had opposed an American role at the talks.

Russia and Iran back President Bashar Assad, while Turkey supports rebel factions. The ceasefire brokered by Moscow and Ankara took effect on Dec. 30 but has been repeatedly violated.
""",
pub=("2017-01-24", "2017-01-25", "talks ended Tuesday 24 January 2017"),
people=[("Kairat Abdrakhmanov", "KAZ", "Foreign Minister"),
        ("Mohammed Alloush", "SYR", "head of opposition delegation"),
        ("Bashar al-Jaafari", "SYR", "U.N. ambassador, head of government delegation"),
        ("Staffan de Mistura", "UNO", "United Nations special envoy for Syria"),
        ("George Krol", "USA", "ambassador to Kazakhstan"),
        ("Bashar Assad", "SYR", "President")],
events=[
 ("RUS", "TUR|IRN|SYR", "AGREE", 1, "Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism", 1),
 ("TUR", "RUS|IRN|SYR", "AGREE", 1, "Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism", 1),
 ("IRN", "RUS|TUR|SYR", "AGREE", 1, "Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism", 1),
 ("SYR", "SYR", "CONSULT", 1, "brought Syrian government and rebel delegations into the same room", 1),
 ("RUS|TUR|IRN", "KAZ", "CONSULT", 0, "two days of talks in the Kazakh capital", 0),
 ("RUS|TUR|IRN", "RUS|TUR|IRN", "AGREE/COOPERATE", 0, "pledged to work together to separate moderate rebels", 1),
 ("SYR", "RUS|TUR|IRN", "REJECT", 0, "The rebels did not sign the document", 0),
 ("SYR", "IRN", "REJECT", 1, "the armed groups rejected any role for Iran", 0),
 ("SYR", "IRN", "ACCUSE", 1, "Iran is a party to the killing of Syrians, not a guarantor", 0),
 ("SYR", "SYR", "ACCUSE", 1, "called the rebel delegates \"terrorists\"", 0),
 ("SYR", "SYR", "THREATEN/ASSAULT", 1, "Damascus would keep fighting in Wadi Barada", 0),
 ("SYR", "SYR", "REJECT", 1, "The opposition had refused to sit face to face with the government team", 0),
 ("RUS|TUR", "SYR", "CONSULT/COOPERATE", 0, "Turkish and Russian officials shuttled between the two rooms", 0),
 ("UNO", "RUS|TUR|IRN|KAZ|SYR", "SUPPORT", 1, "welcomed the outcome", 0),
 ("IRN", "USA", "REJECT", 1, "Iran had opposed an American role at the talks", 0),
 ("RUS|IRN", "SYR", "SUPPORT", 0, "Russia and Iran back President Bashar Assad", 0),
 ("TUR", "SYR", "SUPPORT", 0, "Turkey supports rebel factions", 0),
 ("RUS", "TUR", "AGREE", 0, "The ceasefire brokered by Moscow and Ankara", 1),
]))

ARTS.append(dict(
id="Y10", fmt="json",
headline="Japan protests as Chinese coast guard ships, hundreds of fishing boats crowd disputed isles",
body="""
TOKYO (AP) — Japan lodged a strong protest with China on Monday after as many as 15 Chinese coast guard vessels and some 400 fishing boats gathered around a group of disputed islands in the East China Sea over the weekend.

Foreign Minister Fumio Kishida summoned Chinese Ambassador Cheng Yonghua and told him the intrusions into Japanese territorial waters were "unacceptable" and were seriously worsening relations. "We strongly demand that China withdraw its ships immediately," Kishida told reporters after the meeting.

It was the second time in three days that Tokyo had called in the ambassador or his staff. Japanese officials said more than 20 protests had been lodged through diplomatic channels since Friday.

Cheng told Kishida the islands were China's inherent territory and that Beijing would not accept Japan's protest, according to the Chinese Embassy. China's Foreign Ministry said in a statement that Chinese vessels were operating in China's own waters and urged Japan to "stay calm" and avoid escalating tensions.

The uninhabited islands, called the Senkaku in Japan and the Diaoyu in China, are controlled by Japan but claimed by Beijing. Tensions flared in 2012 after the Japanese government bought three of the islands from a private owner, setting off violent anti-Japanese protests across China.

The Japan Coast Guard said its patrol boats had warned the Chinese ships by radio to leave the area. Some of the Chinese coast guard vessels appeared to be armed, it said.

The U.S. State Department said Washington was concerned by the Chinese actions and reiterated that the islands fall under the U.S.-Japan security treaty, which obliges the United States to defend territories under Japanese administration.

The standoff comes weeks after an international tribunal in The Hague ruled against Beijing's claims in the South China Sea, a ruling China has vowed to ignore.
""",
meta=dict(date_publish="2016-08-08 09:41:00", authors=["Mari Yamaguchi"], url="https://apnews.com/article/japan-china-senkaku-islands-protest-coast-guard",
          source_domain="apnews.com",
          description="Tokyo summons China's ambassador over coast guard ships and fishing boats near the Senkaku islands."),
pub=("2016-08-08", "2016-08-08", "protest 'on Monday' 8 August 2016; date_publish"),
people=[("Fumio Kishida", "JPN", "Foreign Minister"),
        ("Cheng Yonghua", "CHN", "Ambassador to Japan")],
events=[
 ("JPN", "CHN", "ACCUSE/PROTEST", 1, "Japan lodged a strong protest with China", 0),
 ("CHN", "JPN", "MOBILIZE/COERCE/THREATEN", 1, "15 Chinese coast guard vessels and some 400 fishing boats gathered around", 0),
 ("JPN", "CHN", "CONSULT/ACCUSE/PROTEST", 1, "Kishida summoned Chinese Ambassador Cheng Yonghua", 0),
 ("JPN", "CHN", "ACCUSE", 0, "the intrusions into Japanese territorial waters were \"unacceptable\"", 0),
 ("JPN", "CHN", "REQUEST", 1, "We strongly demand that China withdraw its ships immediately", 0),
 ("JPN", "CHN", "ACCUSE/PROTEST", 0, "more than 20 protests had been lodged through diplomatic channels", 0),
 ("CHN", "JPN", "REJECT", 1, "Beijing would not accept Japan's protest", 0),
 ("CHN", "JPN", "REQUEST", 1, "urged Japan to \"stay calm\"", 0),
 ("CHN", "CHN", "PROTEST", 0, "violent anti-Japanese protests across China", 0),
 ("JPN", "CHN", "REQUEST/THREATEN/COERCE", 1, "its patrol boats had warned the Chinese ships by radio to leave the area", 0),
 ("USA", "CHN", "ACCUSE", 1, "Washington was concerned by the Chinese actions", 0),
 ("USA", "JPN", "SUPPORT/AGREE", 1, "reiterated that the islands fall under the U.S.-Japan security treaty", 0),
 ("IGO", "CHN", "REJECT/ACCUSE", 0, "ruled against Beijing's claims in the South China Sea", 0),
 ("CHN", "IGO", "REJECT", 0, "a ruling China has vowed to ignore", 0),
]))

ARTS.append(dict(
id="Y11", fmt="json",
headline="Brazil's Senate ousts Rousseff; leftist neighbors recall ambassadors",
body="""
Brazil's Senate voted on Wednesday to remove President Dilma Rousseff from office, ending 13 years of Workers' Party rule and prompting a diplomatic backlash from leftist governments across Latin America.

Senators voted 61 to 20 to convict Rousseff of breaking budget laws by using funds from state banks to mask a swelling deficit. Michel Temer, her former vice president and now rival, was sworn in hours later to serve out her term through 2018.

Rousseff denied wrongdoing and called the trial a parliamentary coup. "They have convicted an innocent person," she told supporters at the presidential residence in Brasilia. "We will return." Her lawyers said they would appeal to the Supreme Court.

Venezuela said it was freezing political and diplomatic relations with Brazil and recalled its ambassador from Brasilia, describing the vote as a coup by the oligarchy. Ecuador and Bolivia also withdrew their envoys. Bolivian President Evo Morales wrote on Twitter that the impeachment was "an assault on democracy."

Brazil's Foreign Ministry responded by recalling its own ambassadors from Caracas, Quito and La Paz for consultations, and said in a statement that it "energetically rejects" the criticism, which it called a distortion of the facts.

Foreign Minister Jose Serra had warned earlier that Brazil would respond firmly to any attempt by neighbors to interfere in its domestic affairs.

In Washington, a State Department spokesman said the United States was confident the two countries' strong relationship would continue and that Brazil's democratic institutions had acted within the constitution.

Thousands of Rousseff supporters took to the streets of Sao Paulo after the vote. Police used tear gas and stun grenades against protesters who smashed bank windows.
""",
meta=dict(date_publish="2016-09-01 06:15:00", authors=["Dom Phillips"], url="https://www.washingtonpost.com/world/the_americas/brazils-senate-ousts-rousseff/2016/08/31/",
          source_domain="washingtonpost.com",
          description="The Senate convicts Dilma Rousseff; Venezuela, Ecuador and Bolivia withdraw envoys and Brazil retaliates."),
pub=("2016-08-31", "2016-09-01", "Senate vote Wednesday 31 August 2016; date_publish 1 September"),
people=[("Dilma Rousseff", "BRA", "President"),
        ("Michel Temer", "BRA", "former vice president"),
        ("Evo Morales", "BOL", "President"),
        ("Jose Serra", "BRA", "Foreign Minister")],
events=[
 ("BRA", "BRA", "COERCE/SANCTION", 1, "Brazil's Senate voted on Wednesday to remove President Dilma Rousseff from office", 0),
 ("BRA", "BRA", "ACCUSE/SANCTION", 0, "Senators voted 61 to 20 to convict Rousseff", 0),
 ("BRA", "BRA", "REJECT/ACCUSE", 1, "Rousseff denied wrongdoing and called the trial a parliamentary coup", 0),
 ("BRA", "BRA", "REQUEST/ACCUSE", 0, "they would appeal to the Supreme Court", 0),
 ("VEN", "BRA", "SANCTION", 0, "freezing political and diplomatic relations with Brazil", 0),
 ("VEN", "BRA", "SANCTION", 1, "recalled its ambassador from Brasilia", 0),
 ("VEN", "BRA", "ACCUSE", 1, "describing the vote as a coup by the oligarchy", 0),
 ("ECU", "BRA", "SANCTION", 1, "Ecuador and Bolivia also withdrew their envoys", 0),
 ("BOL", "BRA", "SANCTION", 1, "Ecuador and Bolivia also withdrew their envoys", 0),
 ("BOL", "BRA", "ACCUSE", 1, "the impeachment was \"an assault on democracy.\"", 0),
 ("BRA", "VEN", "SANCTION", 1, "recalling its own ambassadors from Caracas, Quito and La Paz", 0),
 ("BRA", "ECU", "SANCTION", 1, "recalling its own ambassadors from Caracas, Quito and La Paz", 0),
 ("BRA", "BOL", "SANCTION", 1, "recalling its own ambassadors from Caracas, Quito and La Paz", 0),
 ("BRA", "VEN|ECU|BOL", "REJECT/ACCUSE", 1, "it \"energetically rejects\" the criticism", 0),
 ("BRA", "VEN|ECU|BOL", "THREATEN", 0, "Brazil would respond firmly to any attempt by neighbors to interfere", 0),
 ("USA", "BRA", "SUPPORT", 1, "Brazil's democratic institutions had acted within the constitution", 0),
 ("BRA", "BRA", "PROTEST", 1, "Thousands of Rousseff supporters took to the streets of Sao Paulo", 0),
 ("BRA", "BRA", "COERCE/ASSAULT", 1, "Police used tear gas and stun grenades against protesters", 0),
]))

ARTS.append(dict(
id="Y12", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="Trump sides with Putin over US intelligence on election meddling at Helsinki summit",
body="""
President Donald Trump on Monday declined to blame Russia for interfering in the 2016 election, siding with Russian President Vladimir Putin over his own intelligence agencies at an extraordinary news conference after the two leaders met in Helsinki.

The two men spoke for more than two hours one-on-one, with only interpreters present, before being joined by aides for a working lunch at the Finnish presidential palace.

"President Putin says it's not Russia. I don't see any reason why it would be," Trump said, standing beside the Russian leader. Putin repeated that Moscow had never interfered in American affairs and offered to let US investigators attend interrogations of 12 Russian intelligence officers indicted last week by special counsel Robert Mueller, provided Russia could question Americans it accuses of crimes in return.

Trump called the offer "incredible." He also said both countries were to blame for the poor state of relations. "I hold both countries responsible," he said, adding that the Mueller probe had been "a disaster for our country."

Director of National Intelligence Dan Coats issued a statement shortly afterward defending the agencies' findings. "We have been clear in our assessments of Russian meddling in the 2016 election and their ongoing, pervasive efforts to undermine our democracy," Coats said.

Republicans joined Democrats in condemning the president's performance. House Speaker Paul Ryan said Trump "must appreciate that Russia is not our ally," and Sen. John McCain called it "one of the most disgraceful performances by an American president in memory."

The leaders said they had discussed Syria, Ukraine, arms control and Iran's nuclear program. Putin said Russia was ready to extend the New START treaty and to work with Washington on humanitarian aid for Syria, and both said they wanted their national security councils to keep talking.

Asked whether he had wanted Trump to win the election, Putin replied: "Yes, I did. Because he talked about bringing the US-Russia relationship back to normal."

Ukrainian President Petro Poroshenko had urged Trump before the summit to make clear to Putin that Crimea belongs to Ukraine.

The meeting came days after Trump clashed with NATO allies in Brussels, where he accused Germany of being "captive" to Russia because of its energy imports.
""",
pub=("2018-07-16", "2018-07-17", "news conference Monday 16 July 2018"),
people=[("Donald Trump", "USA", "President"),
        ("Vladimir Putin", "RUS", "President"),
        ("Robert Mueller", "USA", "special counsel"),
        ("Dan Coats", "USA", "Director of National Intelligence"),
        ("Paul Ryan", "USA", "House Speaker"),
        ("John McCain", "USA", "Senator"),
        ("Petro Poroshenko", "UKR", "President")],
events=[
 ("USA", "USA", "REJECT", 0, "siding with Russian President Vladimir Putin over his own intelligence agencies", 0),
 ("USA", "RUS", "SUPPORT", 0, "siding with Russian President Vladimir Putin", 0),
 ("USA", "RUS", "CONSULT", 1, "The two men spoke for more than two hours one-on-one", 1),
 ("RUS", "USA", "REJECT", 1, "Moscow had never interfered in American affairs", 0),
 ("RUS", "USA", "AGREE/COOPERATE", 1, "offered to let US investigators attend interrogations", 0),
 ("RUS", "USA", "REQUEST", 0, "provided Russia could question Americans it accuses of crimes", 0),
 ("USA", "RUS", "ACCUSE/SANCTION", 0, "12 Russian intelligence officers indicted last week", 0),
 ("USA", "RUS", "SUPPORT", 0, "Trump called the offer \"incredible.\"", 0),
 ("USA", "RUS|USA", "ACCUSE", 0, "I hold both countries responsible", 0),
 ("USA", "USA", "ACCUSE", 0, "the Mueller probe had been \"a disaster for our country.\"", 0),
 ("USA", "RUS", "ACCUSE", 1, "We have been clear in our assessments of Russian meddling", 0),
 ("USA", "USA", "ACCUSE", 1, "Republicans joined Democrats in condemning the president's performance", 0),
 ("USA", "RUS", "ACCUSE", 0, "Russia is not our ally", 0),
 ("USA", "USA", "ACCUSE", 0, "one of the most disgraceful performances by an American president in memory", 0),
 ("RUS", "USA", "AGREE", 1, "Russia was ready to extend the New START treaty", 0),
 ("RUS", "USA", "AGREE/COOPERATE", 0, "to work with Washington on humanitarian aid for Syria", 0),
 ("USA", "RUS", "AGREE", 1, "both said they wanted their national security councils to keep talking", 1),
 ("RUS", "USA", "SUPPORT", 0, "Yes, I did.", 0),
 ("UKR", "USA", "REQUEST", 1, "Poroshenko had urged Trump before the summit", 0),
 ("USA", "DEU", "ACCUSE", 0, "he accused Germany of being \"captive\" to Russia", 0),
]))

ARTS.append(dict(
id="Y13", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Iran vows reciprocal steps as Trump travel ban strands travelers, sparks airport protests",
body="""
Iran said Saturday it would bar American citizens from entering the country in retaliation for President Donald Trump's executive order suspending entry to the United States for citizens of seven Muslim-majority nations.

The order, which Trump signed Friday at the Pentagon, halts the admission of all refugees for 120 days, bars Syrian refugees indefinitely and blocks entry for 90 days for citizens of Iran, Iraq, Syria, Yemen, Sudan, Libya and Somalia.

In a statement carried by state media, Iran's Foreign Ministry called the restrictions "a clear insult to the Islamic world" and said they would be remembered as "a great gift to extremists." Tehran would apply reciprocal measures until the order was lifted, the statement said.

In Baghdad, a parliamentary committee urged the Iraqi government to respond in kind, noting that Iraqi forces are fighting alongside American troops against the Islamic State.

At Kennedy airport in New York and at other airports across the country, thousands of people protested as travelers holding valid visas were detained on arrival. Lawyers from the American Civil Liberties Union sued on behalf of two Iraqi men held at Kennedy, one of whom had worked as an interpreter for the U.S. Army.

Late Saturday, federal judge Ann Donnelly in Brooklyn issued an emergency stay barring the government from deporting people stranded at airports.

Trump told reporters in the Oval Office the order was "working out very nicely" and was "not a Muslim ban." The Department of Homeland Security said in a statement that it would continue to enforce the order.

German Chancellor Angela Merkel told Trump in a phone call that the fight against terrorism did not justify putting people of a particular origin or faith under general suspicion, her spokesman said.

Canadian Prime Minister Justin Trudeau wrote on Twitter that Canada would welcome those fleeing persecution, terror and war.
""",
pub=("2017-01-28", "2017-01-29", "order signed Friday 27 January 2017; Iran response and stay 'Saturday' 28 January"),
people=[("Donald Trump", "USA", "President"),
        ("Ann Donnelly", "USA", "federal judge"),
        ("Angela Merkel", "DEU", "Chancellor"),
        ("Justin Trudeau", "CAN", "Prime Minister")],
events=[
 ("IRN", "USA", "THREATEN/SANCTION/REJECT", 1, "it would bar American citizens from entering the country", 0),
 ("USA", "IRN", "REJECT/SANCTION", 1, "blocks entry for 90 days for citizens of Iran", 0),
 ("USA", "IRQ", "REJECT/SANCTION", 1, "blocks entry for 90 days for citizens of Iran, Iraq", 0),
 ("USA", "SYR", "REJECT/SANCTION", 1, "bars Syrian refugees indefinitely", 0),
 ("USA", "YEM", "REJECT/SANCTION", 0, "Yemen", 0),
 ("USA", "SDN", "REJECT/SANCTION", 0, "Sudan", 0),
 ("USA", "LBY", "REJECT/SANCTION", 0, "Libya", 0),
 ("USA", "SOM", "REJECT/SANCTION", 0, "Somalia", 0),
 ("IRN", "USA", "ACCUSE", 1, "a clear insult to the Islamic world", 0),
 ("IRN", "USA", "THREATEN/SANCTION", 0, "Tehran would apply reciprocal measures", 0),
 ("IRQ", "IRQ", "REQUEST", 1, "a parliamentary committee urged the Iraqi government to respond in kind", 0),
 ("IRQ", "USA", "THREATEN", 0, "respond in kind", 0),
 ("IRQ", "USA", "COOPERATE", 0, "Iraqi forces are fighting alongside American troops", 0),
 ("USA", "USA", "PROTEST", 1, "thousands of people protested", 0),
 ("USA", "IRQ|IRN|SYR|YEM|SDN|LBY|SOM", "COERCE", 1, "travelers holding valid visas were detained on arrival", 0),
 ("USA|NGO", "USA", "ACCUSE", 1, "Lawyers from the American Civil Liberties Union sued", 0),
 ("USA", "USA", "REJECT/COERCE", 1, "issued an emergency stay barring the government from deporting people", 0),
 ("USA", "USA", "REJECT", 0, "not a Muslim ban", 0),
 ("DEU", "USA", "CONSULT", 1, "Merkel told Trump in a phone call", 1),
 ("DEU", "USA", "ACCUSE", 1, "did not justify putting people of a particular origin or faith under general suspicion", 0),
 ("CAN", "USA", "ACCUSE", 0, "Canada would welcome those fleeing persecution, terror and war", 0),
]))

ARTS.append(dict(
id="Y14", fmt="txt",
headline="China hits back at EU with sanctions after bloc targets officials over Uighurs",
body="""
China has imposed sanctions on 10 European individuals and four entities, including members of the European Parliament, hours after the European Union blacklisted four Chinese officials over human rights abuses against Uighur Muslims in Xinjiang.

The EU measures, the first the bloc has taken against Beijing since an arms embargo imposed after the 1989 Tiananmen Square crackdown, freeze the officials' assets and ban them from travelling to the bloc. Those targeted include Chen Mingguo, director of the Xinjiang Public Security Bureau, and Zhu Hailun, a former senior official in the region.

The United Kingdom, Canada and the United States announced similar measures on Monday in a coordinated move. US Secretary of State Antony Blinken said in a statement that the sanctions demonstrated "our ongoing commitment to working multilaterally" in the face of "crimes against humanity and genocide" in Xinjiang.

China's foreign ministry said the EU's decision was "based on nothing but lies and disinformation" and "grossly interferes in China's internal affairs". Those sanctioned by Beijing, among them German MEP Reinhard Buetikofer and German researcher Adrian Zenz, and their families are barred from entering mainland China, Hong Kong and Macau.

Beijing also summoned the EU ambassador, Nicolas Chapuis, to lodge a "solemn protest".

The European Parliament, which must ratify a landmark investment agreement struck with China in December, called the counter-sanctions unacceptable, and several MEPs said there could be no ratification while the sanctions remained in place.

Rights groups say at least one million Uighurs and other mostly Muslim minorities have been held in camps in Xinjiang. China denies any abuse and says the facilities are vocational training centres designed to combat extremism.

Meeting his Russian counterpart Sergey Lavrov in the southern city of Guilin on Monday, Chinese Foreign Minister Wang Yi said the West had no right to lecture others on human rights.
""",
pub=("2021-03-22", "2021-03-23", "EU and Chinese sanctions announced Monday 22 March 2021"),
people=[("Chen Mingguo", "CHN", "director, Xinjiang Public Security Bureau"),
        ("Zhu Hailun", "CHN", "former senior official, Xinjiang"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Reinhard Buetikofer", "DEU", "MEP"),
        ("Adrian Zenz", "DEU", "researcher"),
        ("Nicolas Chapuis", "EUR", "EU ambassador to China"),
        ("Sergey Lavrov", "RUS", "Foreign Minister"),
        ("Wang Yi", "CHN", "Foreign Minister")],
events=[
 ("CHN", "EUR", "SANCTION", 1, "China has imposed sanctions on 10 European individuals and four entities", 0),
 ("EUR", "CHN", "SANCTION", 1, "the European Union blacklisted four Chinese officials", 0),
 ("EUR", "CHN", "ACCUSE", 0, "over human rights abuses against Uighur Muslims in Xinjiang", 0),
 ("EUR", "CHN", "SANCTION", 0, "an arms embargo imposed after the 1989 Tiananmen Square crackdown", 0),
 ("CHN", "CHN", "ASSAULT/COERCE", 0, "Tiananmen Square crackdown", 0),
 ("GBR", "CHN", "SANCTION", 1, "The United Kingdom, Canada and the United States announced similar measures", 0),
 ("CAN", "CHN", "SANCTION", 1, "The United Kingdom, Canada and the United States announced similar measures", 0),
 ("USA", "CHN", "SANCTION", 1, "The United Kingdom, Canada and the United States announced similar measures", 0),
 ("USA", "CHN", "ACCUSE", 1, "crimes against humanity and genocide", 0),
 ("CHN", "EUR", "ACCUSE/REJECT", 1, "based on nothing but lies and disinformation", 0),
 ("CHN", "DEU|EUR", "SANCTION/REJECT", 0, "are barred from entering mainland China, Hong Kong and Macau", 0),
 ("CHN", "EUR", "ACCUSE/PROTEST/CONSULT", 1, "Beijing also summoned the EU ambassador", 0),
 ("EUR", "CHN", "ACCUSE/REJECT", 1, "called the counter-sanctions unacceptable", 0),
 ("EUR", "CHN", "THREATEN", 1, "there could be no ratification while the sanctions remained in place", 0),
 ("EUR", "CHN", "AGREE", 0, "a landmark investment agreement struck with China in December", 1),
 ("NGO", "CHN", "ACCUSE", 0, "Rights groups say at least one million Uighurs", 0),
 ("CHN", "CHN", "COERCE", 0, "have been held in camps in Xinjiang", 0),
 ("CHN", "NGO|WST", "REJECT", 0, "China denies any abuse", 0),
 ("RUS", "CHN", "CONSULT", 1, "Meeting his Russian counterpart Sergey Lavrov in the southern city of Guilin", 1),
 ("CHN", "WST", "ACCUSE/REJECT", 1, "the West had no right to lecture others on human rights", 0),
]))
