# Articles AL1..AL7 (plain text). Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="AL1", fmt="txt",
headline="THAILAND AND LAOS AGREE TO CEASEFIRE IN BORDER HILL WAR",
body="""
BANGKOK, Feb 17 - Thailand and Laos agreed on Wednesday to halt nearly three months of fighting over a disputed stretch of hills on their northern border, military officials from both sides said.

The ceasefire was reached after two days of talks in Bangkok between Thai army commander General Chavalit Yongchaiyudh and a Lao delegation led by the chief of the Lao general staff, General Sisavat Keobounphan. It will take effect at noon on Friday.

Under the accord, troops of both armies will pull back three km from the front line around Ban Rom Klao, a cluster of villages that each country says lies on its side of the frontier, and a joint committee will be formed to supervise the truce.

"Both sides have agreed that the shooting must stop and that the border question will be settled by negotiation, not by guns," Chavalit told reporters after the meeting.

Hundreds of soldiers have been killed since December, when Lao troops occupied a hilltop the Thai army says belongs to Phitsanulok province. Thai forces launched repeated ground assaults and air strikes to dislodge them but failed to take the summit.

Laos has accused Thailand of bombing villages deep inside Lao territory and of using the dispute as a pretext to help anti-communist rebels. Bangkok has rejected the charge.

Vientiane radio said on Tuesday that Thai aircraft had struck Lao positions twice in the previous 24 hours, while Thai officers said Lao gunners had shelled a Thai supply base.

Prime Minister Prem Tinsulanonda, who had come under criticism at home over the heavy losses, welcomed the truce but said Thailand would not give up its claim to the area.

Diplomats in Bangkok said Vietnam, which keeps troops in Laos, had urged Vientiane to accept the talks. Hanoi has not commented publicly.

The two sides said they would meet again next month to discuss the withdrawal of troops and the exchange of prisoners.

Reuter
""",
pub=("1988-02-17", "1988-02-17", "dateline 'Feb 17'; Ban Rom Klao ceasefire talks, February 1988"),
people=[("Chavalit Yongchaiyudh", "THA", "army commander"),
        ("Sisavat Keobounphan", "LAO", "chief of the Lao general staff"),
        ("Prem Tinsulanonda", "THA", "Prime Minister")],
events=[
("THA", "LAO", "AGREE", 1, "Thailand and Laos agreed on Wednesday to halt nearly three months of fighting", 1),
("THA", "LAO", "CONSULT", 1, "two days of talks in Bangkok", 1),
("THA", "LAO", "RETREAT/AGREE", 1, "troops of both armies will pull back three km from the front line", 1),
("THA", "LAO", "ASSAULT", 1, "Thai forces launched repeated ground assaults and air strikes", 0),
("LAO", "THA", "ASSAULT", 0, "Lao troops occupied a hilltop", 0),
("LAO", "THA", "ACCUSE", 1, "Laos has accused Thailand of bombing villages", 0),
("THA", "LAO", "REJECT", 1, "Bangkok has rejected the charge", 0),
("THA", "LAO", "ASSAULT", 0, "Thai aircraft had struck Lao positions", 0),
("LAO", "THA", "ASSAULT", 1, "Lao gunners had shelled a Thai supply base", 0),
("THA", "LAO", "REJECT", 0, "Thailand would not give up its claim to the area", 0),
("VNM", "LAO", "REQUEST", 0, "Vietnam, which keeps troops in Laos, had urged Vientiane to accept the talks", 0),
("THA", "LAO", "CONSULT", 1, "they would meet again next month", 1),
("THA", "LAO", "ASSAULT", 0, "Hundreds of soldiers have been killed since December", 1),
]))

ARTS.append(dict(
id="AL2", fmt="txt",
headline="MALAYSIA DETAINS OPPOSITION LEADERS, SHUTS THREE NEWSPAPERS",
body="""
KUALA LUMPUR, Oct 28 - Malaysian police have detained more than 60 people, including the leader of the parliamentary opposition, under a law allowing imprisonment without trial, and the government has closed three newspapers, officials said on Wednesday.

Among those held since Tuesday under the Internal Security Act are Lim Kit Siang, head of the mainly ethnic Chinese Democratic Action Party (DAP), his deputy Karpal Singh, several members of parliament from the ruling coalition and leaders of church and environmental groups.

Inspector-General of Police Haniff Omar said the arrests were needed to prevent racial violence after weeks of rising tension between Malays and Chinese over the appointment of non-Chinese-speaking administrators to Chinese-language primary schools.

"We acted before the situation could explode. Those detained had been inflaming racial feelings," he told a news conference.

The Home Ministry revoked the publishing permits of the English-language daily The Star, the Chinese-language Sin Chew Jit Poh and the Malay-language Watan, accusing them of printing reports that could stir up communal hatred.

Prime Minister Mahathir Mohamad, who is also home minister, said a planned rally by his United Malays National Organisation in the capital had been called off and all public gatherings were banned.

The DAP condemned the arrests as an attempt to silence critics of the government and demanded the immediate release of its leaders. A party official said the detentions would not stop it from defending the rights of minority communities.

Chinese community groups had held a protest meeting earlier this month against the school appointments, and some UMNO youth leaders had responded with fiery speeches, raising fears of a repeat of the 1969 race riots in which hundreds died.

Western diplomats said the scale of the arrests was the largest in Malaysia in more than a decade. The U.S. Embassy said it was following the situation closely but declined further comment.

Reuter
""",
pub=("1987-10-28", "1987-10-28", "dateline 'Oct 28'; Operation Lalang arrests began 27 October 1987"),
people=[("Lim Kit Siang", "MYS", "head of the Democratic Action Party"),
        ("Karpal Singh", "MYS", "deputy leader of the Democratic Action Party"),
        ("Haniff Omar", "MYS", "Inspector-General of Police"),
        ("Mahathir Mohamad", "MYS", "Prime Minister and home minister")],
events=[
("MYS", "MYS", "COERCE", 1, "Malaysian police have detained more than 60 people", 0),
("MYS", "MYS", "COERCE", 1, "the government has closed three newspapers", 0),
("MYS", "MYS", "COERCE/SANCTION", 1, "The Home Ministry revoked the publishing permits", 0),
("MYS", "MYS", "ACCUSE", 1, "Those detained had been inflaming racial feelings", 0),
("MYS", "MYS", "ACCUSE", 0, "accusing them of printing reports that could stir up communal hatred", 0),
("MYS", "MYS", "COERCE", 1, "all public gatherings were banned", 0),
("MYS", "MYS", "ACCUSE/PROTEST", 1, "The DAP condemned the arrests", 0),
("MYS", "MYS", "REQUEST", 1, "demanded the immediate release of its leaders", 0),
("MYS", "MYS", "PROTEST", 1, "Chinese community groups had held a protest meeting", 0),
("MYS", "MYS", "THREATEN/ACCUSE", 0, "some UMNO youth leaders had responded with fiery speeches", 0),
("MYS", "MYS", "RETREAT", 0, "had been called off", 0),
]))

ARTS.append(dict(
id="AL3", fmt="txt",
headline="Indonesia's Jokowi holds cabinet meeting on warship off Natunas in message to China",
body="""
JAKARTA, Indonesia (AP) - Indonesian President Joko Widodo held a meeting with his top ministers aboard a navy warship in waters off the Natuna Islands on Thursday, days after the navy fired shots at Chinese fishing boats in the area, in what officials described as a clear signal to Beijing.

Widodo, accompanied by the armed forces chief and the foreign and security ministers, sailed on the corvette KRI Imam Bondjol, the same vessel that intercepted a Chinese trawler last week and detained its seven crew members.

"Indonesia's sovereignty over the Natuna waters is not up for negotiation," Security Minister Luhut Pandjaitan told reporters after the meeting. He said the president had ordered the military to step up patrols and the government to develop fishing and gas industries on the islands.

China's Foreign Ministry lodged a protest last week, saying Indonesian warships had "abused their power" by firing on Chinese boats in what it called "traditional Chinese fishing grounds." Spokeswoman Hua Chunying said one Chinese fisherman had been wounded and urged Jakarta to release the crew and handle the matter calmly.

Indonesia rejected the protest. Foreign Minister Retno Marsudi said in a statement that the boats were fishing illegally inside Indonesia's exclusive economic zone and that the concept of traditional fishing grounds had no basis in international law.

Indonesia is not a claimant in the South China Sea territorial disputes, but China's so-called nine-dash line overlaps the economic zone around the Natunas. It was the third confrontation between the two countries in the area this year. In March, a Chinese coast guard ship rammed a captured trawler to free it from Indonesian authorities, prompting Jakarta to summon Beijing's envoy.

Analysts said Widodo, who has made maritime security a centerpiece of his presidency, wanted to show domestic audiences he would not bow to pressure while avoiding an open rift with Indonesia's largest trading partner.

"This is a carefully measured gesture," said Evan Laksmana, a researcher at the Centre for Strategic and International Studies in Jakarta. "It says 'this is our territory' without closing the door on Beijing."

China and Southeast Asian nations are due to hold talks next month on a code of conduct for the disputed sea.
""",
pub=("2016-06-23", "2016-06-23", "Widodo's meeting aboard KRI Imam Bondjol off the Natunas, Thursday 23 June 2016"),
people=[("Joko Widodo", "IDN", "President"),
        ("Luhut Pandjaitan", "IDN", "Security Minister"),
        ("Hua Chunying", "CHN", "Foreign Ministry spokeswoman"),
        ("Retno Marsudi", "IDN", "Foreign Minister"),
        ("Evan Laksmana", "IDN", "researcher, Centre for Strategic and International Studies")],
events=[
("IDN", "CHN", "ASSAULT/COERCE", 1, "the navy fired shots at Chinese fishing boats", 0),
("IDN", "CHN", "COERCE", 1, "intercepted a Chinese trawler last week and detained its seven crew members", 0),
("IDN", "CHN", "THREATEN/MOBILIZE", 0, "in what officials described as a clear signal to Beijing", 0),
("IDN", "CHN", "REJECT", 0, "Indonesia's sovereignty over the Natuna waters is not up for negotiation", 0),
("IDN", "IDN|CHN", "MOBILIZE", 1, "ordered the military to step up patrols", 0),
("CHN", "IDN", "PROTEST/ACCUSE", 1, "China's Foreign Ministry lodged a protest last week", 0),
("CHN", "IDN", "REQUEST", 1, "urged Jakarta to release the crew", 0),
("IDN", "CHN", "REJECT", 1, "Indonesia rejected the protest", 0),
("IDN", "CHN", "ACCUSE", 1, "the boats were fishing illegally", 0),
("CHN", "IDN", "COERCE/ASSAULT", 0, "a Chinese coast guard ship rammed a captured trawler", 0),
("IDN", "CHN", "PROTEST", 0, "prompting Jakarta to summon Beijing's envoy", 0),
("CHN", "IGO", "CONSULT", 0, "China and Southeast Asian nations are due to hold talks next month", 1),
]))

ARTS.append(dict(
id="AL4", fmt="txt",
headline="Mongolia says Dalai Lama will not be invited again as China freezes talks",
body="""
Mongolia's foreign minister has said the Dalai Lama will not be invited to visit the country again while the current government is in office, an apparent climbdown after China froze talks on a major loan and slapped new fees on goods crossing the border.

Tsend Munkh-Orgil told the Mongolian newspaper Unuudur in an interview published on Tuesday that the government "feels regret" over the damage to ties with its giant southern neighbour, and that the exiled Tibetan spiritual leader would not be welcomed during its term.

The 81-year-old Dalai Lama spent four days in Ulaanbaatar last month, meeting Buddhist clergy and leading a packed ceremony at a stadium. China, which brands him a dangerous separatist, had warned Mongolia not to allow the trip, and after it went ahead Beijing postponed a meeting between the two countries' officials and shelved talks on a $4.2bn loan.

Mongolian officials said Chinese authorities had also begun charging extra fees on trucks carrying Mongolian coal and copper at a main border crossing, hitting an economy that sends nearly 90% of its exports to China.

On Wednesday, Chinese foreign ministry spokesman Geng Shuang said Beijing had "taken note" of the minister's remarks and hoped Mongolia would "learn its lesson" and keep its promises on Tibet-related issues. "We hope Mongolia will take concrete steps to restore relations to a healthy track," he told reporters in Beijing.

The Mongolian government, which is struggling with a debt crisis, had earlier said the Dalai Lama's visit was purely religious and had no political meaning. It has since held talks with Japan and the International Monetary Fund on emergency financing.

The reversal drew criticism from some lawmakers and Buddhist leaders in Ulaanbaatar, who accused the government of bowing to Beijing. "We are a sovereign country, and our religion is not a bargaining chip," said one MP from the opposition.

Analysts say the dispute shows how China uses economic leverage to punish countries that receive the Dalai Lama, who fled to India after a failed uprising in 1959.
""",
pub=("2016-12-21", "2016-12-22", "Munkh-Orgil interview published Tuesday 20 December 2016; Geng Shuang reacted Wednesday 21 December"),
people=[("Tsend Munkh-Orgil", "MNG", "foreign minister"),
        ("Dalai Lama", "CHN", "exiled Tibetan spiritual leader"),
        ("Geng Shuang", "CHN", "Chinese foreign ministry spokesman")],
events=[
("MNG", "CHN", "CONCEDE", 1, "the Dalai Lama will not be invited to visit the country again", 0),
("CHN", "MNG", "SANCTION", 1, "China froze talks on a major loan", 0),
("CHN", "MNG", "SANCTION", 1, "slapped new fees on goods crossing the border", 0),
("MNG", "CHN", "CONCEDE", 1, "feels regret", 0),
("CHN", "CHN", "ACCUSE", 0, "brands him a dangerous separatist", 0),
("CHN", "MNG", "THREATEN/REQUEST", 1, "had warned Mongolia not to allow the trip", 0),
("CHN", "MNG", "SANCTION", 1, "Beijing postponed a meeting between the two countries' officials", 0),
("CHN", "MNG", "SANCTION", 0, "charging extra fees on trucks carrying Mongolian coal", 0),
("CHN", "MNG", "REQUEST", 1, "We hope Mongolia will take concrete steps to restore relations", 0),
("MNG", "JPN", "CONSULT", 1, "held talks with Japan", 1),
("MNG", "IGO", "CONSULT/REQUEST", 1, "the International Monetary Fund on emergency financing", 0),
("MNG", "MNG", "ACCUSE", 1, "accused the government of bowing to Beijing", 0),
]))

ARTS.append(dict(
id="AL5", fmt="txt",
headline="Malaysia orders North Korean diplomats out after Pyongyang cuts ties",
body="""
Malaysia has ordered all North Korean diplomats to leave the country within 48 hours, hours after Pyongyang announced it was severing diplomatic relations over the extradition of one of its citizens to the United States.

Malaysian Foreign Minister Hishammuddin Hussein said on Friday that the decision by North Korea was "unfriendly and unconstructive" and that Kuala Lumpur would also close its embassy in Pyongyang, which has been shut since 2017.

Earlier, North Korea's foreign ministry said in a statement carried by the official KCNA news agency that Malaysia had committed an "unpardonable crime" by handing over businessman Mun Chol Myong to US authorities "in blind obedience" to Washington.

Mun, who had lived in Malaysia for a decade, lost his final appeal against extradition in Malaysia's top court this month, clearing the way for his handover. US prosecutors accuse him of laundering money and supplying luxury goods to North Korea in breach of United Nations sanctions. He denies the charges.

The North Korean statement warned that the US "will be made to pay a due price" for what it described as a conspiracy against the country.

Kim Yu Song, the North Korean embassy's counsellor, read a statement outside the mission in Kuala Lumpur on Friday, calling the extradition a fabrication and accusing Malaysia of betraying its friendship with Pyongyang. Staff were later seen loading boxes into vehicles.

Malaysia said in its statement that its legal process had been carried out fairly and that it "rejects the allegations" made by North Korea. It said it continued to regard the two Koreas' peace efforts as important.

Relations between the two countries had already been badly damaged by the assassination in 2017 of Kim Jong Nam, the half-brother of North Korean leader Kim Jong Un, at Kuala Lumpur's airport. Malaysia expelled the North Korean ambassador at the time and both sides briefly barred each other's citizens from leaving.

North Korea has diplomatic relations with about 160 countries, but few maintain embassies in Pyongyang. Talks between Pyongyang and Washington on its nuclear programme have been stalled since 2019.
""",
pub=("2021-03-19", "2021-03-20", "Friday 19 March 2021, day North Korea cut ties and Malaysia expelled its diplomats"),
people=[("Hishammuddin Hussein", "MYS", "Foreign Minister"),
        ("Mun Chol Myong", "PRK", "businessman"),
        ("Kim Yu Song", "PRK", "North Korean embassy counsellor"),
        ("Kim Jong Nam", "PRK", "half-brother of North Korean leader"),
        ("Kim Jong Un", "PRK", "North Korean leader")],
events=[
("MYS", "PRK", "SANCTION/COERCE", 1, "Malaysia has ordered all North Korean diplomats to leave the country within 48 hours", 0),
("PRK", "MYS", "SANCTION/REJECT", 1, "Pyongyang announced it was severing diplomatic relations", 0),
("MYS", "PRK", "ACCUSE", 1, "was \"unfriendly and unconstructive\"", 0),
("MYS", "PRK", "SANCTION", 1, "would also close its embassy in Pyongyang", 0),
("PRK", "MYS", "ACCUSE", 1, "Malaysia had committed an \"unpardonable crime\"", 0),
("MYS", "USA", "COOPERATE", 1, "handing over businessman Mun Chol Myong to US authorities", 0),
("USA", "PRK", "ACCUSE", 1, "US prosecutors accuse him of laundering money", 0),
("PRK", "USA", "THREATEN", 1, "will be made to pay a due price", 0),
("PRK", "MYS", "ACCUSE", 1, "accusing Malaysia of betraying its friendship with Pyongyang", 0),
("MYS", "PRK", "REJECT", 1, "rejects the allegations", 0),
("MYS", "PRK", "SANCTION", 0, "Malaysia expelled the North Korean ambassador at the time", 0),
("PRK", "MYS", "ASSAULT", 0, "the assassination in 2017 of Kim Jong Nam", 0),
]))

ARTS.append(dict(
id="AL6", fmt="txt",
headline="Samoa's Fiame sworn in as PM in tent after rivals lock parliament",
body="""
Samoa's prime minister-elect Fiame Naomi Mata'afa has been sworn in at a makeshift ceremony in a tent outside the locked parliament building, deepening a constitutional standoff with long-time leader Tuilaepa Sailele Malielegaoi, who has refused to give up power.

Fiame and lawmakers of her FAST party arrived at parliament in Apia on Monday morning to find the doors bolted on the orders of the speaker, a Tuilaepa ally, despite a ruling by the Court of Appeal that the assembly must meet.

Supporters sang hymns as Fiame, the first woman elected to lead the Pacific nation, took the oath in a marquee on the lawn, administered by a lawyer rather than the head of state.

Tuilaepa, who has ruled Samoa for 22 years, called the ceremony "treason" and "the highest form of illegal conduct" in an address on state radio, and said his caretaker government remained in charge. "There is no such thing as a government in a tent," he said.

The crisis followed an April election that left FAST and Tuilaepa's Human Rights Protection Party (HRPP) tied, before courts ruled in FAST's favour on disputed seats. On Saturday, head of state Tuimalealiifano Va'aletoa Sualauvi II issued a proclamation suspending the opening of parliament "for reasons I will make known in due course", a move the court quickly overturned.

Fiame accused the caretaker government of staging a "bloodless coup" and urged the police and public servants to recognise her administration.

Australia and New Zealand called on all parties to respect the rule of law and the decisions of the courts. New Zealand Foreign Minister Nanaia Mahuta said in a statement that Wellington had "full confidence" in Samoa's judiciary and urged leaders to find a peaceful way forward.

The police commissioner said officers would not take sides and would keep order outside the building, where hundreds of people gathered through the day.

Samoa, a country of about 200,000 people, has been governed by the HRPP almost without interruption since the early 1980s.
""",
pub=("2021-05-24", "2021-05-25", "tent swearing-in of Fiame Naomi Mata'afa, Monday 24 May 2021"),
people=[("Fiame Naomi Mata'afa", "WSM", "prime minister-elect"),
        ("Tuilaepa Sailele Malielegaoi", "WSM", "caretaker prime minister"),
        ("Tuimalealiifano Va'aletoa Sualauvi II", "WSM", "head of state"),
        ("Nanaia Mahuta", "NZL", "Foreign Minister")],
events=[
("WSM", "WSM", "REJECT", 1, "has refused to give up power", 0),
("WSM", "WSM", "COERCE", 1, "find the doors bolted on the orders of the speaker", 0),
("WSM", "WSM", "ACCUSE", 1, "called the ceremony \"treason\"", 0),
("WSM", "WSM", "REJECT", 0, "There is no such thing as a government in a tent", 0),
("WSM", "WSM", "COERCE", 1, "issued a proclamation suspending the opening of parliament", 0),
("WSM", "WSM", "REJECT", 0, "a move the court quickly overturned", 0),
("WSM", "WSM", "ACCUSE", 1, "accused the caretaker government of staging a \"bloodless coup\"", 0),
("WSM", "WSM", "REQUEST", 1, "urged the police and public servants to recognise her administration", 0),
("AUS", "WSM", "REQUEST", 1, "Australia and New Zealand called on all parties to respect the rule of law", 0),
("NZL", "WSM", "REQUEST", 1, "urged leaders to find a peaceful way forward", 0),
("NZL", "WSM", "SUPPORT", 0, "had \"full confidence\" in Samoa's judiciary", 0),
("WSM", "WSM", "PROTEST", 0, "hundreds of people gathered through the day", 0),
]))

ARTS.append(dict(
id="AL7", fmt="txt",
headline="Indonesia labels Papuan rebels 'terrorists' after top general killed",
body="""
Indonesia has formally designated armed separatist groups in its easternmost region of Papua as terrorist organisations, days after rebels shot dead the head of the state intelligence agency in the province.

Security minister Mahfud MD told a news conference in Jakarta on Thursday that the West Papua National Liberation Army (TPNPB) and groups linked to it had carried out "massive violence" against civilians and security forces, and that the label would allow the government to use counterterrorism laws against them.

Brigadier General I Gusti Putu Danny Karya Nugraha, the regional chief of the State Intelligence Agency (BIN), was killed on Sunday in an ambush in Puncak regency, the most senior official to die in the decades-long conflict. President Joko Widodo ordered the military and police to "pursue and arrest" those responsible, and hundreds of extra troops have been flown into the area.

A TPNPB spokesman, Sebby Sambom, said the group had carried out the attack and rejected the terrorist label, saying the fighters were waging a war of liberation against "colonial" Indonesia. He warned that the rebels would target soldiers and migrants from other islands who they accused of working for the military.

Benny Wenda, the exiled chairman of the United Liberation Movement for West Papua, condemned the designation, saying it would give security forces "a licence to kill" and lead to more abuses against Papuan civilians.

Rights groups including Amnesty International Indonesia urged the government to reconsider, warning that the move could criminalise peaceful activists.

Papua, a former Dutch colony, was incorporated into Indonesia after a 1969 United Nations-backed vote widely criticised as a sham. A low-level insurgency has simmered ever since, and violence has escalated since 2018, when rebels killed at least 19 workers building a road in Nduga regency.

The government restricts access to the region for foreign journalists, making it difficult to verify claims by either side. Thousands of villagers have fled their homes in the central highlands since the start of the year, according to church groups.
""",
pub=("2021-04-29", "2021-04-30", "terrorist designation announced Thursday 29 April 2021"),
people=[("Mahfud MD", "IDN", "security minister"),
        ("I Gusti Putu Danny Karya Nugraha", "IDN", "regional chief, State Intelligence Agency"),
        ("Joko Widodo", "IDN", "President"),
        ("Sebby Sambom", "IDN", "TPNPB spokesman"),
        ("Benny Wenda", "IDN", "chairman, United Liberation Movement for West Papua")],
events=[
("IDN", "IDN", "ACCUSE/SANCTION", 1, "formally designated armed separatist groups", 0),
("IDN", "IDN", "ASSAULT", 1, "rebels shot dead the head of the state intelligence agency", 0),
("IDN", "IDN", "ACCUSE", 1, "had carried out \"massive violence\" against civilians", 0),
("IDN", "IDN", "ASSAULT", 0, "killed on Sunday in an ambush", 0),
("IDN", "IDN", "COERCE/MOBILIZE", 1, "ordered the military and police to \"pursue and arrest\"", 0),
("IDN", "IDN", "MOBILIZE", 1, "hundreds of extra troops have been flown into the area", 0),
("IDN", "IDN", "REJECT", 1, "rejected the terrorist label", 0),
("IDN", "IDN", "THREATEN", 1, "He warned that the rebels would target soldiers", 0),
("IDN", "IDN", "ACCUSE/PROTEST", 1, "condemned the designation", 0),
("NGO", "IDN", "REQUEST", 1, "urged the government to reconsider", 0),
("IDN", "IDN", "ASSAULT", 0, "rebels killed at least 19 workers", 0),
("IDN", "IDN", "COERCE", 0, "The government restricts access to the region for foreign journalists", 0),
]))
