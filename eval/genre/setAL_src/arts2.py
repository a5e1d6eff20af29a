# Articles AL8..AL14 (news-please JSON). Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AL8", fmt="json",
meta=dict(date_publish="1988-05-09 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="Washington orders a Singapore diplomat to leave in retaliation for Singapore's expulsion of a U.S. envoy."),
headline="U.S. EXPELS SINGAPORE DIPLOMAT IN REPLY TO ENVOY'S OUSTER",
body="""
WASHINGTON, May 9 - The United States on Monday ordered a senior Singapore diplomat to leave the country, retaliating for Singapore's expulsion of an American embassy official whom it accused of meddling in its domestic politics.
The State Department said it had asked Robert Chua, first secretary at the Singapore embassy in Washington, to depart within a week. Spokesman Charles Redman said the move was a response to Singapore's "unwarranted" action against E. Mason Hendrickson, a first secretary at the U.S. embassy in Singapore.
"We categorically reject the charges made against Mr Hendrickson. He did nothing improper," Redman told reporters.
Singapore's Home Affairs Ministry said on Saturday that Hendrickson had encouraged a group of lawyers, including former solicitor-general Francis Seow, to enter opposition politics and stand in the next general election, and had promised them support. It asked Washington to withdraw him.
Seow was detained on Friday under the Internal Security Act, which allows detention without trial. The government said he had received encouragement and money from the American diplomat, a charge Seow's family denied.
Prime Minister Lee Kuan Yew's government has said it will not tolerate foreign interference in the city-state's affairs. Officials said last week that other countries' diplomats were free to meet politicians but not to "cultivate" them.
The State Department said relations with Singapore, a close partner in Southeast Asia, remained good and that it did not want the dispute to harm wider ties. But it said it could not let the expulsion of one of its officers go unanswered.
Hendrickson left Singapore on Sunday. U.S. officials said he would not be posted to another Asian country.
Reuter
""",
pub=("1988-05-09", "1988-05-09", "dateline 'May 9'; Hendrickson affair, May 1988"),
people=[("Robert Chua", "SGP", "first secretary, Singapore embassy in Washington"),
        ("Charles Redman", "USA", "State Department spokesman"),
        ("E. Mason Hendrickson", "USA", "first secretary, U.S. embassy in Singapore"),
        ("Francis Seow", "SGP", "former solicitor-general"),
        ("Lee Kuan Yew", "SGP", "Prime Minister")],
events=[
("USA", "SGP", "SANCTION/COERCE", 1, "ordered a senior Singapore diplomat to leave the country", 0),
("SGP", "USA", "SANCTION/COERCE", 1, "Singapore's expulsion of an American embassy official", 0),
("SGP", "USA", "ACCUSE", 1, "accused of meddling in its domestic politics", 0),
("USA", "SGP", "ACCUSE", 1, "Singapore's \"unwarranted\" action", 0),
("USA", "SGP", "REJECT", 1, "We categorically reject the charges", 0),
("SGP", "USA", "ACCUSE", 0, "Hendrickson had encouraged a group of lawyers", 0),
("SGP", "USA", "REQUEST", 1, "It asked Washington to withdraw him", 0),
("SGP", "SGP", "COERCE", 1, "Seow was detained on Friday under the Internal Security Act", 0),
("SGP", "SGP|USA", "ACCUSE", 0, "he had received encouragement and money from the American diplomat", 0),
("SGP", "SGP", "REJECT", 0, "a charge Seow's family denied", 0),
("SGP", "USA", "THREATEN", 0, "it will not tolerate foreign interference", 0),
("USA", "SGP", "SUPPORT", 0, "relations with Singapore, a close partner in Southeast Asia, remained good", 0),
("USA", "SGP", "RETREAT/CONCEDE", 0, "Hendrickson left Singapore on Sunday", 0),
]))

ARTS.append(dict(
id="AL9", fmt="json",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Police in Vanuatu arrest President Sokomanu and his appointed interim premier Barak Sope."),
headline="VANUATU POLICE ARREST PRESIDENT AND HIS CHOICE FOR PREMIER",
body="""
PORT VILA, Dec 20 - Police in Vanuatu arrested President Ati George Sokomanu and the man he had named interim prime minister, Barak Sope, on Tuesday, ending a five-day challenge to the government of Prime Minister Walter Lini.
A government spokesman said Sokomanu, Sope and several of Sope's supporters were taken into custody at dawn and would be charged with sedition and incitement to mutiny.
Sokomanu dissolved parliament last Friday and swore in Sope, his nephew and a bitter rival of Lini, at the head of an interim government to hold power until new elections. Lini refused to step down and called the move unconstitutional.
Lini said his government had acted to restore order after Sope's followers tried to take over government offices. "There was only ever one legal government in this country. The President had no power to do what he did," he told Radio Vanuatu.
The Supreme Court ruled on Monday that the president's dissolution of parliament was invalid.
Sope, who was expelled from Lini's Vanua'aku Pati earlier this year, has accused the prime minister of running the country as a personal fiefdom.
Australia and New Zealand, the region's main aid donors, said they recognised only the Lini government. Diplomats said Canberra had turned down a request by Sope for recognition.
Lini had asked Papua New Guinea to stand by with troops in case the police could not keep order, officials said. Papua New Guinea Prime Minister Rabbie Namaliu said his country was ready to help but hoped the crisis could be solved peacefully.
Port Vila was calm after the arrests, with shops open and police patrolling the streets.
Reuter
""",
pub=("1988-12-20", "1988-12-20", "dateline 'Dec 20'; Vanuatu constitutional crisis, December 1988"),
people=[("Ati George Sokomanu", "VUT", "President"),
        ("Barak Sope", "VUT", "interim prime minister named by the president"),
        ("Walter Lini", "VUT", "Prime Minister"),
        ("Rabbie Namaliu", "PNG", "Prime Minister")],
events=[
("VUT", "VUT", "COERCE", 1, "Police in Vanuatu arrested President Ati George Sokomanu", 0),
("VUT", "VUT", "ACCUSE/COERCE", 1, "would be charged with sedition and incitement to mutiny", 0),
("VUT", "VUT", "COERCE", 0, "Sokomanu dissolved parliament last Friday", 0),
("VUT", "VUT", "REJECT", 1, "Lini refused to step down", 0),
("VUT", "VUT", "ACCUSE", 1, "called the move unconstitutional", 0),
("VUT", "VUT", "COERCE/ASSAULT", 0, "Sope's followers tried to take over government offices", 0),
("VUT", "VUT", "REJECT", 0, "The Supreme Court ruled on Monday that the president's dissolution of parliament was invalid", 0),
("VUT", "VUT", "ACCUSE", 1, "has accused the prime minister of running the country as a personal fiefdom", 0),
("AUS", "VUT", "SUPPORT", 1, "Australia and New Zealand, the region's main aid donors, said they recognised only the Lini government", 0),
("NZL", "VUT", "SUPPORT", 1, "they recognised only the Lini government", 0),
("AUS", "VUT", "REJECT", 1, "Canberra had turned down a request by Sope for recognition", 0),
("VUT", "AUS", "REQUEST", 0, "a request by Sope for recognition", 0),
("VUT", "PNG", "REQUEST", 1, "Lini had asked Papua New Guinea to stand by with troops", 0),
("PNG", "VUT", "SUPPORT/AID", 1, "his country was ready to help", 0),
]))

ARTS.append(dict(
id="AL10", fmt="json",
meta=dict(date_publish="2016-11-28 09:41:00", authors=["Staff and agencies"],
          url="https://www.theguardian.com/world/2016/nov/28/china-singapore-one-china-hong-kong-seizes-armoured-vehicles",
          source_domain="www.theguardian.com",
          description="Beijing lodges protest with Singapore after customs officers in Hong Kong impound nine military vehicles returning from Taiwan."),
headline="China tells Singapore to respect 'one China' after Hong Kong seizes armoured vehicles",
body="""
China has demanded that Singapore abide by its "one China" policy, after customs officers in Hong Kong impounded nine Singaporean armoured troop carriers that were being shipped home from military exercises in Taiwan.
"The Chinese government has always firmly opposed any form of official exchanges, including military exchanges and cooperation, between countries with which it has diplomatic ties and Taiwan," foreign ministry spokesman Geng Shuang told a regular briefing in Beijing on Monday. He said China had lodged representations with Singapore and required it to "strictly abide" by the principle.
The Terrex infantry carrier vehicles and other equipment were seized last Wednesday when the container ship carrying them stopped at the Kwai Chung terminal. Hong Kong customs said the shipment was being investigated for a possible breach of the territory's licensing laws.
Singapore's defence ministry said the vehicles had been used in routine overseas training and that it had asked the shipping company, APL, to work with the Hong Kong authorities for their prompt return. Defence minister Ng Eng Hen told parliament the equipment was "sovereign property" protected by immunity, and that Singapore would not compromise its security interests.
Singapore has sent troops to train in Taiwan under a long-standing and largely unpublicised arrangement, dating to the 1970s, known as Project Starlight. The city-state recognises Beijing but has maintained informal links with Taipei.
The seizure comes amid strained ties between Beijing and Singapore, which had irritated China by backing an international tribunal's July ruling against Beijing's claims in the South China Sea. In September, China's envoy to Singapore accused the city-state of raising the ruling at a summit of non-aligned nations, a charge Singapore's ambassador in Beijing rejected as false.
"This is a message," said one Singapore-based analyst who asked not to be named. "Beijing is reminding Singapore that it expects more deference."
Taiwan's defence ministry declined to comment on the training arrangements.
The US-based shipping line APL, owned by France's CMA CGM, said it was co-operating fully with the investigation.
""",
pub=("2016-11-28", "2016-11-28", "Geng Shuang briefing Monday 28 November 2016, five days after the 23 November seizure"),
people=[("Geng Shuang", "CHN", "foreign ministry spokesman"),
        ("Ng Eng Hen", "SGP", "Defence minister")],
events=[
("CHN", "SGP", "REQUEST/THREATEN", 1, "China has demanded that Singapore abide by its \"one China\" policy", 0),
("CHN|HKG", "SGP", "COERCE", 1, "customs officers in Hong Kong impounded nine Singaporean armoured troop carriers", 0),
("SGP", "TWN", "COOPERATE", 0, "being shipped home from military exercises in Taiwan", 0),
("CHN", "SGP", "PROTEST/ACCUSE", 1, "China had lodged representations with Singapore", 0),
("CHN", "SGP|TWN", "REJECT", 0, "has always firmly opposed any form of official exchanges", 0),
("SGP", "MNC", "REQUEST", 0, "asked the shipping company, APL, to work with the Hong Kong authorities", 0),
("SGP", "CHN|HKG", "REQUEST", 1, "for their prompt return", 0),
("SGP", "CHN|HKG", "REJECT", 1, "Singapore would not compromise its security interests", 0),
("SGP", "TWN", "COOPERATE", 1, "Singapore has sent troops to train in Taiwan", 0),
("SGP", "CHN", "ACCUSE/SUPPORT", 0, "backing an international tribunal's July ruling against Beijing's claims", 0),
("CHN", "SGP", "ACCUSE", 1, "China's envoy to Singapore accused the city-state of raising the ruling", 0),
("SGP", "CHN", "REJECT", 1, "a charge Singapore's ambassador in Beijing rejected as false", 0),
("MNC", "CHN|HKG", "COOPERATE", 0, "it was co-operating fully with the investigation", 0),
]))

ARTS.append(dict(
id="AL11", fmt="json",
meta=dict(date_publish="2017-08-02 14:05:00", authors=["Marta Lindqvist"],
          url="https://www.washingtonpost.com/news/worldviews/wp/2017/08/02/germany-accuses-vietnam-of-kidnapping-in-berlin/",
          source_domain="www.washingtonpost.com",
          description="Berlin expels a Vietnamese intelligence officer and says a former oil executive was abducted from a park in the German capital."),
headline="Germany accuses Vietnam of kidnapping ex-oil executive in Berlin, expels diplomat",
body="""
BERLIN - Germany on Wednesday accused Vietnam of abducting a former Vietnamese oil executive who had sought asylum in Berlin, calling the case an "unprecedented" breach of German and international law and ordering a Vietnamese intelligence officer out of the country.
Trinh Xuan Thanh, a onetime official at state-owned PetroVietnam who is wanted in Hanoi on embezzlement charges, was seized in broad daylight in Berlin's Tiergarten park on July 23 and bundled into a car, according to German officials. He resurfaced days later in Vietnam, where state television showed him saying he had decided to return home voluntarily.
"The kidnapping of a Vietnamese national on German soil is an unprecedented and flagrant violation of German law and international law," Foreign Ministry spokesman Martin Schaefer told reporters. He said there was "no doubt" that Vietnamese state agencies and the embassy in Berlin had been involved.
The ministry summoned Vietnam's ambassador and gave a Vietnamese intelligence officer working under diplomatic cover 48 hours to leave Germany. Berlin also demanded that Thanh be allowed to return to Germany so that his extradition request and asylum claim could be handled under German law.
Schaefer warned that further steps, including consequences for political and economic cooperation, could follow if Hanoi did not cooperate. A planned strategic partnership between the two countries could be put on hold, officials said.
Vietnam rejected the accusation. Foreign Ministry spokeswoman Le Thi Thu Hang said in a statement that Thanh had "turned himself in" to police in Hanoi, and that Vietnam regretted that Germany had made its decision without considering the "good relations" between the two nations.
Thanh, 51, fled Vietnam last year after being accused of mismanagement that caused losses of around $150 million at a state construction firm. He had been a provincial official and a member of the ruling Communist Party before falling out of favour in an anti-corruption campaign led by party chief Nguyen Phu Trong.
German prosecutors have opened an investigation into the suspected abduction. Police are also examining whether an accomplice rented the car used in the kidnapping.
""",
pub=("2017-08-02", "2017-08-02", "German Foreign Ministry statement Wednesday 2 August 2017"),
people=[("Trinh Xuan Thanh", "VNM", "former PetroVietnam official"),
        ("Martin Schaefer", "DEU", "Foreign Ministry spokesman"),
        ("Le Thi Thu Hang", "VNM", "Foreign Ministry spokeswoman"),
        ("Nguyen Phu Trong", "VNM", "party chief")],
events=[
("DEU", "VNM", "ACCUSE", 1, "Germany on Wednesday accused Vietnam of abducting a former Vietnamese oil executive", 0),
("DEU", "VNM", "SANCTION/COERCE", 1, "ordering a Vietnamese intelligence officer out of the country", 0),
("VNM", "VNM", "COERCE", 1, "was seized in broad daylight in Berlin's Tiergarten park", 0),
("VNM", "VNM", "ACCUSE", 0, "wanted in Hanoi on embezzlement charges", 0),
("DEU", "VNM", "ACCUSE", 0, "there was \"no doubt\" that Vietnamese state agencies", 0),
("DEU", "VNM", "PROTEST", 1, "The ministry summoned Vietnam's ambassador", 0),
("DEU", "VNM", "REQUEST", 1, "Berlin also demanded that Thanh be allowed to return to Germany", 0),
("DEU", "VNM", "THREATEN", 1, "Schaefer warned that further steps", 0),
("DEU", "VNM", "SANCTION/THREATEN", 0, "A planned strategic partnership between the two countries could be put on hold", 0),
("VNM", "DEU", "REJECT", 1, "Vietnam rejected the accusation", 0),
("VNM", "DEU", "ACCUSE/PROTEST", 1, "Vietnam regretted that Germany had made its decision", 0),
("DEU", "VNM", "COERCE/ACCUSE", 0, "German prosecutors have opened an investigation into the suspected abduction", 0),
]))

ARTS.append(dict(
id="AL12", fmt="json",
meta=dict(date_publish="2017-08-23 16:30:00", authors=["Lina Vorn"],
          url="https://apnews.com/cambodia-orders-us-funded-democracy-group-ndi-to-leave",
          source_domain="apnews.com",
          description="Cambodia orders the U.S.-funded National Democratic Institute to close and its foreign staff to leave within seven days."),
headline="Cambodia orders US-funded democracy group to shut, foreign staff to leave",
body="""
PHNOM PENH, Cambodia (AP) - Cambodia on Wednesday ordered the National Democratic Institute, a U.S.-funded pro-democracy group, to cease operations and gave its foreign staff seven days to leave the country, escalating a campaign against critics ahead of next year's general election.
The Foreign Ministry said in a statement that the NDI had been operating without registration and had failed to pay taxes, in violation of a law on non-governmental organizations passed in 2015. It said the group's work "created political interference" and that authorities would "take legal action" if it did not comply.
Pro-government websites had earlier accused the institute of colluding with the opposition Cambodia National Rescue Party to plot a "color revolution" to topple Prime Minister Hun Sen, a charge the group has denied.
"We are deeply disappointed by the decision," the NDI said in a statement from its Washington headquarters. "We have worked openly in Cambodia for more than 25 years with all political parties, including the ruling party, to strengthen democratic processes."
The U.S. Embassy in Phnom Penh said the expulsion raised "serious concerns" about the government's commitment to democracy and urged authorities to allow civil society groups to operate freely.
Hun Sen, who has ruled Cambodia for more than three decades, has repeatedly warned foreign organizations not to meddle in the country's politics. In a speech this month he told supporters that Cambodia "will not bow" to pressure from Washington and threatened to expel any foreigners who helped the opposition.
The government has also ordered the English-language Cambodia Daily newspaper to pay a $6.3 million tax bill within a month or be shut down, and has told several radio stations that broadcast programs from the U.S.-funded Radio Free Asia and Voice of America to stop airing them.
Government spokesman Phay Siphan rejected criticism that the moves were politically motivated. "This is about the law. Every organization must respect Cambodian law," he told The Associated Press.
Opposition leader Kem Sokha said the actions were aimed at ensuring the ruling party would not face a fair contest in the 2018 polls.
""",
pub=("2017-08-23", "2017-08-23", "Cambodian Foreign Ministry order against NDI, Wednesday 23 August 2017"),
people=[("Hun Sen", "KHM", "Prime Minister"),
        ("Phay Siphan", "KHM", "Government spokesman"),
        ("Kem Sokha", "KHM", "Opposition leader")],
events=[
("KHM", "NGO|USA", "COERCE/SANCTION", 1, "ordered the National Democratic Institute, a U.S.-funded pro-democracy group, to cease operations", 0),
("KHM", "NGO|USA", "ACCUSE", 1, "had been operating without registration and had failed to pay taxes", 0),
("KHM", "NGO|USA", "THREATEN", 1, "would \"take legal action\" if it did not comply", 0),
("KHM", "NGO|USA", "ACCUSE", 1, "accused the institute of colluding with the opposition", 0),
("NGO|USA", "KHM", "REJECT", 0, "a charge the group has denied", 0),
("NGO|USA", "KHM", "PROTEST", 1, "We are deeply disappointed by the decision", 0),
("USA", "KHM", "PROTEST/ACCUSE", 1, "the expulsion raised \"serious concerns\"", 0),
("USA", "KHM", "REQUEST", 1, "urged authorities to allow civil society groups to operate freely", 0),
("KHM", "USA", "REJECT", 1, "Cambodia \"will not bow\" to pressure from Washington", 0),
("KHM", "USA", "THREATEN", 1, "threatened to expel any foreigners who helped the opposition", 0),
("KHM", "KHM", "COERCE/THREATEN", 1, "ordered the English-language Cambodia Daily newspaper to pay a $6.3 million tax bill", 0),
("KHM", "KHM", "COERCE", 0, "told several radio stations", 0),
("KHM", "USA", "REJECT", 0, "rejected criticism that the moves were politically motivated", 0),
("KHM", "KHM", "ACCUSE", 1, "Opposition leader Kem Sokha said the actions were aimed at", 0),
]))

ARTS.append(dict(
id="AL13", fmt="json",
meta=dict(date_publish="2021-11-18 10:12:00", authors=["Faisal Rahim"],
          url="https://www.aljazeera.com/news/2021/11/18/philippines-condemns-chinese-water-cannon-attack-on-supply-boats",
          source_domain="www.aljazeera.com",
          description="Manila says Chinese coastguard vessels blocked and fired water cannon at boats bringing supplies to troops at Second Thomas Shoal."),
headline="Philippines condemns Chinese water cannon attack on supply boats",
body="""
The Philippines has condemned "in the strongest terms" an attack by Chinese coastguard ships that blocked and fired water cannon at two Philippine boats carrying supplies to troops stationed on a disputed shoal in the South China Sea.
Foreign Secretary Teodoro Locsin Jr said in a statement on Thursday that three Chinese coastguard vessels had intercepted the boats near the Second Thomas Shoal on Tuesday, forcing them to abort their mission. No one was hurt.
"China has no law enforcement rights in and around these areas," Locsin said, adding that he had conveyed Manila's "outrage, condemnation and protest" to the Chinese ambassador, Huang Xilian. He warned that Philippine public vessels were covered by a mutual defence treaty between the Philippines and the United States.
Defence Secretary Delfin Lorenzana said the Philippines would resume its resupply mission and would not abandon the outpost. "We will continue to defend our territory," he said, and called on Beijing's coastguard ships to "stand down and move back".
In Beijing, foreign ministry spokesman Zhao Lijian said the Philippine boats had "trespassed" into Chinese waters without permission, and that the coastguard had performed its duties "in accordance with the law". He said China and the Philippines were in communication over the matter.
The United States, a treaty ally of Manila, said it stood with the Philippines "in the face of this escalation". State department spokesman Ned Price said an armed attack on Philippine public vessels would invoke US defence commitments, and urged China not to interfere with lawful Philippine activities.
The Second Thomas Shoal, known in the Philippines as Ayungin, lies about 200km west of the island of Palawan, well within the Philippine exclusive economic zone. A small contingent of Filipino marines lives on the BRP Sierra Madre, a rusting warship deliberately run aground there in 1999.
China claims almost all of the South China Sea, rejecting a 2016 ruling by an international tribunal that found its expansive claims had no legal basis. Vietnam, Malaysia, Brunei and Taiwan also have overlapping claims.
The incident came days before a virtual summit marking 30 years of relations between China and the Association of Southeast Asian Nations.
""",
pub=("2021-11-18", "2021-11-18", "Locsin statement Thursday 18 November 2021 on the 16 November incident"),
people=[("Teodoro Locsin Jr", "PHL", "Foreign Secretary"),
        ("Huang Xilian", "CHN", "Chinese ambassador"),
        ("Delfin Lorenzana", "PHL", "Defence Secretary"),
        ("Zhao Lijian", "CHN", "foreign ministry spokesman"),
        ("Ned Price", "USA", "State department spokesman")],
events=[
("PHL", "CHN", "ACCUSE/PROTEST", 1, "The Philippines has condemned \"in the strongest terms\"", 0),
("CHN", "PHL", "COERCE/ASSAULT", 1, "blocked and fired water cannon at two Philippine boats", 0),
("CHN", "PHL", "COERCE", 0, "intercepted the boats near the Second Thomas Shoal", 0),
("PHL", "CHN", "ACCUSE/REJECT", 0, "China has no law enforcement rights", 0),
("PHL", "CHN", "PROTEST", 1, "he had conveyed Manila's \"outrage, condemnation and protest\" to the Chinese ambassador", 0),
("PHL", "CHN", "THREATEN", 1, "He warned that Philippine public vessels were covered by a mutual defence treaty", 0),
("PHL", "CHN", "REJECT", 1, "would not abandon the outpost", 0),
("PHL", "CHN", "REQUEST", 1, "called on Beijing's coastguard ships to \"stand down and move back\"", 0),
("CHN", "PHL", "ACCUSE", 1, "the Philippine boats had \"trespassed\" into Chinese waters", 0),
("CHN", "PHL", "CONSULT", 0, "China and the Philippines were in communication", 1),
("USA", "PHL", "SUPPORT", 1, "it stood with the Philippines", 0),
("USA", "CHN", "THREATEN", 1, "an armed attack on Philippine public vessels would invoke US defence commitments", 0),
("USA", "CHN", "REQUEST", 1, "urged China not to interfere with lawful Philippine activities", 0),
("CHN", "UNO|IGO", "REJECT", 0, "rejecting a 2016 ruling by an international tribunal", 0),
("CHN", "IGO", "CONSULT", 0, "a virtual summit marking 30 years of relations", 1),
]))

ARTS.append(dict(
id="AL14", fmt="json",
meta=dict(date_publish="2022-03-22 08:30:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2022/3/22/russia-halts-peace-treaty-talks-with-japan-over-sanctions",
          source_domain="www.aljazeera.com",
          description="Moscow pulls out of talks on a formal end to World War II hostilities and scraps visa-free travel to the disputed Kuril Islands."),
headline="Russia halts peace treaty talks with Japan over Ukraine sanctions",
body="""
Russia has said it is pulling out of talks with Japan on a peace treaty formally ending their World War II hostilities, in retaliation for sanctions Tokyo imposed over Moscow's invasion of Ukraine.
In a statement on Monday, the Russian foreign ministry said it did not intend to continue negotiations with a country that had taken "openly unfriendly positions" and was trying to damage Russia's interests.
Moscow also said it was ending visa-free travel for Japanese citizens to the southern Kuril Islands, which Japan calls the Northern Territories, and withdrawing from talks on joint economic projects on the islands. It accused Japan of blocking a dialogue on the projects.
Japanese Prime Minister Fumio Kishida called the move "extremely unfair and absolutely unacceptable" and said Tokyo had lodged a strong protest with Moscow. "This whole situation has been caused by Russia's aggression against Ukraine, and to try to shift responsibility onto Japan-Russia relations is outrageous," he told parliament.
Kishida said Japan would not change its stance and would continue to coordinate with the Group of Seven on punishing Russia.
Japan has joined the United States and European countries in freezing the assets of Russia's central bank and of dozens of Russian officials and oligarchs, including President Vladimir Putin, and has revoked Russia's most-favoured-nation trade status.
The islands, seized by Soviet troops in the closing days of the war in 1945, have kept the two neighbours from signing a peace treaty for more than seven decades. Kishida's predecessor Shinzo Abe met Putin more than 20 times in an effort to resolve the dispute, without success.
Chief Cabinet Secretary Hirokazu Matsuno said separately that Japan would seek to continue visits by former island residents to family graves, a humanitarian programme that has been suspended during the coronavirus pandemic.
Analysts said the Russian step was largely symbolic, since the treaty talks had been frozen for more than a year, but signalled a broader rupture between Moscow and Tokyo. Russia has also barred the transit of Japanese fishing boats near the islands and held military drills there this month.
""",
pub=("2022-03-22", "2022-03-22", "Russian foreign ministry statement Monday 21 March 2022; Kishida reacted 22 March"),
people=[("Fumio Kishida", "JPN", "Prime Minister"),
        ("Vladimir Putin", "RUS", "President"),
        ("Shinzo Abe", "JPN", "former prime minister"),
        ("Hirokazu Matsuno", "JPN", "Chief Cabinet Secretary")],
events=[
("RUS", "JPN", "REJECT/SANCTION", 1, "Russia has said it is pulling out of talks with Japan on a peace treaty", 0),
("JPN", "RUS", "SANCTION", 1, "sanctions Tokyo imposed over Moscow's invasion of Ukraine", 0),
("RUS", "UKR", "ASSAULT", 0, "Moscow's invasion of Ukraine", 0),
("RUS", "JPN", "ACCUSE", 1, "had taken \"openly unfriendly positions\"", 0),
("RUS", "JPN", "SANCTION", 1, "ending visa-free travel for Japanese citizens", 0),
("RUS", "JPN", "REJECT/SANCTION", 1, "withdrawing from talks on joint economic projects", 0),
("RUS", "JPN", "ACCUSE", 1, "It accused Japan of blocking a dialogue on the projects", 0),
("JPN", "RUS", "ACCUSE/REJECT", 1, "called the move \"extremely unfair and absolutely unacceptable\"", 0),
("JPN", "RUS", "PROTEST", 1, "Tokyo had lodged a strong protest with Moscow", 0),
("JPN", "RUS", "ACCUSE", 0, "This whole situation has been caused by Russia's aggression against Ukraine", 0),
("JPN", "IGO", "COOPERATE", 1, "continue to coordinate with the Group of Seven", 0),
("JPN", "RUS", "SANCTION", 1, "freezing the assets of Russia's central bank", 0),
("JPN", "RUS", "SANCTION", 0, "has revoked Russia's most-favoured-nation trade status", 0),
("JPN", "RUS", "CONSULT", 0, "met Putin more than 20 times", 0),
("RUS", "JPN", "COERCE/SANCTION", 0, "barred the transit of Japanese fishing boats", 0),
("RUS", "JPN", "MOBILIZE/THREATEN", 0, "held military drills there this month", 0),
]))
