# Articles AD15..AD20 (Al Jazeera 2021-2022)
ARTS = []

ARTS.append(dict(
id="AD15", fmt="txt",
headline="Philippines demands China withdraw 'militia' boats from Whitsun Reef",
body="""
The Philippines has demanded that China withdraw more than 200 vessels moored at a contested reef in the South China Sea, saying they are crewed by maritime militia and represent a "clear provocative action" to militarise the area.

Defence Secretary Delfin Lorenzana said on Sunday the boats anchored at Whitsun Reef, which Manila calls Julian Felipe Reef, were not sheltering from bad weather, as Beijing claims, and called on China "to stop this incursion and immediately recall these boats".

The Department of Foreign Affairs said it had filed a diplomatic protest with the Chinese embassy in Manila. Foreign Secretary Teodoro Locsin Jr wrote on Twitter that protests would be filed "every day" if necessary.

The Philippine coastguard said about 220 vessels were first spotted on March 7 at the boomerang-shaped reef, about 320km (200 miles) west of the island of Palawan and inside the Philippines' 200-nautical-mile exclusive economic zone.

The Chinese embassy rejected the accusation, saying in a statement that the boats were Chinese fishing vessels that had taken shelter from rough seas, and that "there is no Chinese maritime militia as alleged". It insisted the reef was part of China's Nansha Islands.

The Philippine military said it had sent air force planes and navy ships to monitor the vessels.

The United States, a treaty ally of the Philippines, backed Manila. "We share the concerns of our Philippine allies regarding the massing of PRC maritime militia vessels," the US embassy said, accusing Beijing of using militia to "intimidate, provoke and threaten other nations". Japan and Australia also voiced concern about the build-up.

President Rodrigo Duterte, who has courted Chinese trade and investment since taking office in 2016, raised the issue with Chinese Ambassador Huang Xilian at a meeting last week, his spokesman Harry Roque said, adding that the dispute would not damage the two countries' friendship.

China claims almost the entire South China Sea, including waters also claimed by Brunei, Malaysia, the Philippines, Taiwan and Vietnam. In 2016, an arbitration tribunal in The Hague ruled that Beijing's sweeping claims had no legal basis, a ruling China has refused to recognise.

Analysts say the presence of so many boats could be a prelude to the kind of gradual occupation China carried out at Mischief Reef in the 1990s, where it later built a military base.
""",
pub=("2021-03-21", "2021-03-22", "Lorenzana statement 'on Sunday' 21 March 2021"),
people=[("Delfin Lorenzana", "PHL", "Defence Secretary"),
        ("Teodoro Locsin Jr", "PHL", "Foreign Secretary"),
        ("Rodrigo Duterte", "PHL", "President"),
        ("Huang Xilian", "CHN", "Ambassador to the Philippines"),
        ("Harry Roque", "PHL", "presidential spokesman")],
events=[
 ("PHL", "CHN", "REQUEST", 1, "The Philippines has demanded that China withdraw more than 200 vessels", 0),
 ("PHL", "CHN", "ACCUSE", 1, "represent a \"clear provocative action\"", 0),
 ("PHL", "CHN", "REQUEST", 0, "called on China \"to stop this incursion and immediately recall these boats\"", 0),
 ("PHL", "CHN", "PROTEST", 1, "it had filed a diplomatic protest with the Chinese embassy in Manila", 0),
 ("PHL", "CHN", "PROTEST/THREATEN", 0, "protests would be filed \"every day\" if necessary", 0),
 ("CHN", "PHL", "MOBILIZE", 0, "about 220 vessels were first spotted on March 7", 0),
 ("CHN", "PHL", "REJECT", 1, "The Chinese embassy rejected the accusation", 0),
 ("CHN", "PHL", "REJECT", 0, "there is no Chinese maritime militia as alleged", 0),
 ("PHL", "CHN", "MOBILIZE", 1, "had sent air force planes and navy ships to monitor the vessels", 0),
 ("USA", "PHL", "SUPPORT", 1, "We share the concerns of our Philippine allies", 0),
 ("USA", "CHN", "ACCUSE", 1, "accusing Beijing of using militia", 0),
 ("JPN", "CHN", "ACCUSE/PROTEST", 1, "Japan and Australia also voiced concern about the build-up", 0),
 ("AUS", "CHN", "ACCUSE/PROTEST", 1, "Japan and Australia also voiced concern about the build-up", 0),
 ("PHL", "CHN", "CONSULT", 1, "raised the issue with Chinese Ambassador Huang Xilian", 1),
 ("IGO", "CHN", "REJECT/ACCUSE", 0, "ruled that Beijing's sweeping claims had no legal basis", 0),
 ("CHN", "IGO", "REJECT", 0, "a ruling China has refused to recognise", 0),
]))

ARTS.append(dict(
id="AD16", fmt="json",
headline="ASEAN excludes Myanmar military leader from summit in rare rebuke",
body="""
Southeast Asian foreign ministers have decided to exclude Myanmar's military leader, Senior General Min Aung Hlaing, from a regional summit later this month, an unprecedented snub for the generals who seized power in a coup in February.

The Association of Southeast Asian Nations (ASEAN) said in a statement issued early on Saturday by its current chair, Brunei, that a "non-political representative" from Myanmar would be invited to the October 26-28 summit instead, citing insufficient progress on a peace plan the military agreed to in April.

The decision was reached at an emergency virtual meeting of the bloc's foreign ministers on Friday night.

ASEAN's special envoy, Brunei's second foreign minister Erywan Yusof, had been told by the military that he could not meet the deposed leader Aung San Suu Kyi, who faces a string of criminal charges, during a planned visit. Erywan has put off the trip.

Myanmar's military government said it was "extremely disappointed" and accused the bloc of violating its own principles of non-interference and decision-making by consensus. Military spokesman Zaw Min Tun said "foreign intervention" lay behind the decision, blaming the United States and the European Union for pressuring ASEAN members.

Malaysia's Foreign Minister Saifuddin Abdullah had warned earlier in the week that his country would push for the exclusion if the military continued to obstruct the envoy.

The National Unity Government, formed by ousted lawmakers and opponents of the coup, welcomed the move but said ASEAN should go further and invite its representatives instead.

The United States, which had urged ASEAN to hold the military to account, also welcomed the decision.

According to the Assistance Association for Political Prisoners, a monitoring group, security forces have killed more than 1,100 civilians since the coup and arrested about 8,000 people.

The five-point consensus, agreed by Min Aung Hlaing at an ASEAN meeting in Jakarta in April, called for an immediate end to violence, dialogue among all parties and humanitarian access. Critics say the military has ignored it.

ASEAN has long been criticised as toothless because of its tradition of avoiding interference in members' internal affairs, and the exclusion is the strongest step it has taken against a member state.
""",
meta=dict(date_publish="2021-10-16 08:30:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/10/16/asean-excludes-myanmar-military-leader-from-summit",
          source_domain="aljazeera.com",
          description="Bloc will invite a non-political representative from Myanmar instead; the junta says it is extremely disappointed."),
pub=("2021-10-16", "2021-10-16", "statement issued 'early on Saturday' 16 October 2021; date_publish"),
people=[("Min Aung Hlaing", "MMR", "Senior General, military leader"),
        ("Erywan Yusof", "BRN", "second foreign minister, ASEAN special envoy"),
        ("Aung San Suu Kyi", "MMR", "deposed leader"),
        ("Zaw Min Tun", "MMR", "military spokesman"),
        ("Saifuddin Abdullah", "MYS", "Foreign Minister")],
events=[
 ("IGO", "MMR", "SANCTION/REJECT", 1, "decided to exclude Myanmar's military leader", 0),
 ("IGO", "MMR", "REQUEST/AGREE", 0, "a \"non-political representative\" from Myanmar would be invited", 0),
 ("IGO", "MMR", "ACCUSE", 0, "citing insufficient progress on a peace plan", 0),
 ("MMR", "IGO|BRN", "REJECT", 1, "he could not meet the deposed leader Aung San Suu Kyi", 0),
 ("MMR", "IGO", "PROTEST/ACCUSE", 1, "it was \"extremely disappointed\"", 0),
 ("MMR", "IGO", "ACCUSE", 1, "accused the bloc of violating its own principles", 0),
 ("MMR", "USA", "ACCUSE", 1, "blaming the United States and the European Union", 0),
 ("MMR", "EUR", "ACCUSE", 1, "blaming the United States and the European Union", 0),
 ("MYS", "MMR", "THREATEN", 1, "his country would push for the exclusion if the military continued to obstruct the envoy", 0),
 ("MMR", "IGO", "SUPPORT", 1, "welcomed the move", 0),
 ("MMR", "IGO", "REQUEST", 0, "ASEAN should go further and invite its representatives instead", 0),
 ("USA", "IGO", "REQUEST", 0, "had urged ASEAN to hold the military to account", 0),
 ("USA", "IGO", "SUPPORT", 1, "also welcomed the decision", 0),
 ("MMR", "MMR", "ASSAULT", 0, "security forces have killed more than 1,100 civilians", 0),
 ("MMR", "MMR", "COERCE", 0, "arrested about 8,000 people", 0),
 ("MMR", "IGO", "AGREE", 0, "agreed by Min Aung Hlaing at an ASEAN meeting in Jakarta in April", 0),
]))

ARTS.append(dict(
id="AD17", fmt="json",
headline="Australia sends troops to Solomon Islands as Honiara riots rage",
body="""
Australia is sending police and soldiers to Solomon Islands after a second day of riots in the capital, Honiara, where protesters demanding the resignation of Prime Minister Manasseh Sogavare set fire to buildings and looted shops in the Chinatown district.

Prime Minister Scott Morrison said on Thursday that 23 federal police officers and 43 defence force personnel, along with a navy patrol boat, would be deployed at Sogavare's request under a bilateral security treaty signed in 2017. Another 50 police officers would follow.

"It is not the Australian government's intention in any way to intervene in the internal affairs of the Solomon Islands," Morrison told reporters in Canberra. "Our presence there does not indicate any position on the internal issues."

The unrest began on Wednesday when hundreds of people, many from the neighbouring province of Malaita, gathered outside parliament and tried to storm the building. Police fired tear gas and rubber bullets to disperse them. A police station and a building next to parliament were burned.

Sogavare declared a 36-hour lockdown in Honiara, but crowds defied it on Thursday, torching shops, a bank and a school.

In a national address, Sogavare said his government would not bow to "the mob" and blamed unnamed "foreign powers" for stirring up the violence. "I will not step down," he said.

Many Malaitans resent the 2019 decision by Sogavare's government to switch diplomatic recognition from Taiwan to China. Malaita's premier, Daniel Suidani, has refused to accept Chinese-funded projects in the province and has accused the national government of putting Beijing's interests ahead of those of Solomon Islanders.

China said it was "seriously concerned" about attacks on Chinese citizens and businesses and urged the Solomon Islands government to "take all necessary measures to protect the safety" of Chinese nationals.

Papua New Guinea said it would also send peacekeepers, and Fiji offered to help.

Australia led a regional intervention force that restored order in Solomon Islands from 2003 to 2017 after years of ethnic conflict between people from Malaita and the main island, Guadalcanal.
""",
meta=dict(date_publish="2021-11-25 09:40:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/11/25/australia-sends-troops-to-solomon-islands-as-riots-rage",
          source_domain="aljazeera.com",
          description="Protesters defy a lockdown and burn buildings in Honiara's Chinatown as Canberra deploys police and soldiers."),
pub=("2021-11-25", "2021-11-25", "Morrison announcement 'on Thursday' 25 November 2021; date_publish"),
people=[("Manasseh Sogavare", "SLB", "Prime Minister"),
        ("Scott Morrison", "AUS", "Prime Minister"),
        ("Daniel Suidani", "SLB", "premier of Malaita")],
events=[
 ("AUS", "SLB", "AID/MOBILIZE/COOPERATE", 1, "Australia is sending police and soldiers to Solomon Islands", 0),
 ("SLB", "SLB", "PROTEST/REQUEST", 1, "protesters demanding the resignation of Prime Minister Manasseh Sogavare", 0),
 ("SLB", "SLB", "ASSAULT", 0, "set fire to buildings and looted shops", 0),
 ("SLB", "AUS", "REQUEST", 1, "at Sogavare's request", 0),
 ("AUS", "SLB", "AGREE", 0, "a bilateral security treaty signed in 2017", 1),
 ("SLB", "SLB", "PROTEST", 1, "gathered outside parliament and tried to storm the building", 0),
 ("SLB", "SLB", "COERCE/ASSAULT", 1, "Police fired tear gas and rubber bullets to disperse them", 0),
 ("SLB", "SLB", "COERCE", 1, "Sogavare declared a 36-hour lockdown in Honiara", 0),
 ("SLB", "SLB", "REJECT/PROTEST", 0, "crowds defied it on Thursday", 0),
 ("SLB", "SLB", "REJECT", 1, "his government would not bow to \"the mob\"", 0),
 ("SLB", "SLB|TWN|WST|USA|AUS", "ACCUSE", 0, "blamed unnamed \"foreign powers\"", 0),
 ("SLB", "TWN", "SANCTION/REJECT", 0, "switch diplomatic recognition from Taiwan to China", 0),
 ("SLB", "CHN", "AGREE/COOPERATE", 0, "switch diplomatic recognition from Taiwan to China", 0),
 ("SLB", "CHN", "REJECT", 0, "has refused to accept Chinese-funded projects", 0),
 ("SLB", "SLB", "ACCUSE", 1, "has accused the national government of putting Beijing's interests ahead", 0),
 ("CHN", "SLB", "PROTEST/ACCUSE", 0, "it was \"seriously concerned\"", 0),
 ("CHN", "SLB", "REQUEST", 1, "urged the Solomon Islands government", 0),
 ("PNG", "SLB", "AID/MOBILIZE/AGREE", 1, "Papua New Guinea said it would also send peacekeepers", 0),
 ("FJI", "SLB", "AID/AGREE", 0, "Fiji offered to help", 0),
 ("AUS", "SLB", "AID", 0, "Australia led a regional intervention force", 0),
]))

ARTS.append(dict(
id="AD18", fmt="json",
headline="Australia, UK, Canada join US diplomatic boycott of Beijing Winter Olympics",
body="""
Australia, the United Kingdom and Canada have said they will not send government officials to the Beijing Winter Olympics in February, joining a diplomatic boycott launched by the United States over China's human rights record.

Australian Prime Minister Scott Morrison said on Wednesday the decision reflected Canberra's concerns about abuses in the far western region of Xinjiang and Beijing's refusal to engage on a range of disputes, including the trade sanctions it has imposed on Australian exports. "It is not surprising therefore that Australian government officials would not be going to China for those Games," Morrison told reporters.

British Prime Minister Boris Johnson told parliament there would be "effectively a diplomatic boycott", with no ministers or officials expected to attend. Canadian Prime Minister Justin Trudeau said Ottawa was "extremely concerned by the repeated human rights violations by the Chinese government".

Athletes from all four countries will still compete.

On Monday, White House Press Secretary Jen Psaki said the Biden administration would not send an official delegation because of China's "ongoing genocide and crimes against humanity in Xinjiang". Beijing denies abusing the Uighurs and other mostly Muslim minorities, saying camps in the region are vocational training centres.

China reacted angrily. Foreign ministry spokesman Wang Wenbin accused Australia of "blindly following" Washington and said "nobody cares whether they come or not". He said the US "will pay a price" for its "mistaken move" and warned that China would take "resolute countermeasures", without giving details.

Beijing also accused the US of violating the Olympic principle of political neutrality and said it had lodged "stern representations" with Washington.

Not all Western governments are following suit. French President Emmanuel Macron called such boycotts "insignificant and symbolic", while New Zealand said it had already told Beijing that it would not send ministers, citing COVID-19 travel restrictions. Japan said it was still weighing its options.

The International Olympic Committee said the attendance of government officials was a purely political decision for each government, and that it respected it.

Relations between China and Western democracies have soured over Hong Kong, Taiwan and Xinjiang, as well as trade. Rights groups say more than a million Uighurs have been held in camps in Xinjiang.
""",
meta=dict(date_publish="2021-12-08 16:10:00", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2021/12/8/australia-uk-canada-join-us-diplomatic-boycott-of-beijing-olympics",
          source_domain="aljazeera.com",
          description="China says the US will pay a price as allies refuse to send officials to the Games over Xinjiang."),
pub=("2021-12-08", "2021-12-08", "Morrison 'on Wednesday' 8 December 2021; date_publish"),
people=[("Scott Morrison", "AUS", "Prime Minister"),
        ("Boris Johnson", "GBR", "Prime Minister"),
        ("Justin Trudeau", "CAN", "Prime Minister"),
        ("Jen Psaki", "USA", "White House Press Secretary"),
        ("Wang Wenbin", "CHN", "foreign ministry spokesman"),
        ("Emmanuel Macron", "FRA", "President")],
events=[
 ("AUS", "CHN", "SANCTION/PROTEST", 1, "will not send government officials to the Beijing Winter Olympics", 0),
 ("GBR", "CHN", "SANCTION/PROTEST", 1, "will not send government officials to the Beijing Winter Olympics", 0),
 ("CAN", "CHN", "SANCTION/PROTEST", 1, "will not send government officials to the Beijing Winter Olympics", 0),
 ("USA", "CHN", "SANCTION/PROTEST", 1, "a diplomatic boycott launched by the United States", 0),
 ("AUS", "CHN", "ACCUSE", 1, "Canberra's concerns about abuses in the far western region of Xinjiang", 0),
 ("CHN", "AUS", "SANCTION", 0, "the trade sanctions it has imposed on Australian exports", 0),
 ("CHN", "AUS", "REJECT", 0, "Beijing's refusal to engage", 0),
 ("GBR", "CHN", "SANCTION/PROTEST", 0, "\"effectively a diplomatic boycott\"", 0),
 ("CAN", "CHN", "ACCUSE", 1, "extremely concerned by the repeated human rights violations", 0),
 ("USA", "CHN", "SANCTION/PROTEST", 0, "would not send an official delegation", 0),
 ("USA", "CHN", "ACCUSE", 1, "China's \"ongoing genocide and crimes against humanity in Xinjiang\"", 0),
 ("CHN", "USA|WST", "REJECT", 0, "Beijing denies abusing the Uighurs", 0),
 ("CHN", "AUS", "ACCUSE", 1, "accused Australia of \"blindly following\" Washington", 0),
 ("CHN", "USA", "THREATEN", 1, "the US \"will pay a price\"", 0),
 ("CHN", "USA", "THREATEN", 0, "China would take \"resolute countermeasures\"", 0),
 ("CHN", "USA", "ACCUSE", 1, "accused the US of violating the Olympic principle", 0),
 ("CHN", "USA", "PROTEST", 1, "it had lodged \"stern representations\" with Washington", 0),
 ("FRA", "USA", "REJECT/ACCUSE", 0, "called such boycotts \"insignificant and symbolic\"", 0),
 ("NZL", "CHN", "SANCTION/REJECT", 0, "it would not send ministers", 0),
]))

ARTS.append(dict(
id="AD19", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="First aid flights land in Tonga as ash is cleared from runway",
body="""
The first military flights carrying relief supplies have landed in Tonga, five days after a massive undersea volcanic eruption and tsunami smothered the Pacific kingdom in ash and cut it off from the rest of the world.

A New Zealand air force C-130 Hercules and an Australian C-17 Globemaster touched down at Fua'amotu International Airport on Thursday after Tongan soldiers and volunteers spent days clearing the runway by hand. The planes carried water containers, shelter kits, generators and communications equipment.

To keep the country free of COVID-19, the supplies were unloaded without contact with Tongan personnel, and the aircraft left after about 90 minutes on the ground. Tonga has recorded only one case of the coronavirus since the pandemic began.

Two New Zealand navy ships, HMNZS Wellington and HMNZS Aotearoa, are due to arrive on Friday carrying 250,000 litres of water and a desalination plant. Australia is sending its largest warship, HMAS Adelaide. Japan and the United States said they would dispatch aircraft and ships, while China said it would provide emergency cash and supplies through its Red Cross society.

The government of Prime Minister Siaosi Sovaleni has confirmed three deaths and described the eruption as "an unprecedented disaster". It had earlier asked foreign governments to consult it before sending personnel, fearing that aid workers could bring the virus with them.

Tonga's government thanked Australia and New Zealand for their swift response.

The UN humanitarian office (OCHA) said about 84,000 people, more than 80 percent of the population, had been affected by ash fall and flooding. UN Secretary-General Antonio Guterres said the United Nations stood ready to help Tonga and was coordinating with the country's authorities.

New Zealand's Foreign Minister Nanaia Mahuta said Wellington had released an initial NZ$1m ($680,000) and that the relief effort would be carried out "in line with Tonga's wishes". Australia's Minister for the Pacific, Zed Seselja, said Canberra would work closely with Tongan authorities on their priorities.

Communications with the outside world remain patchy after the eruption severed the single undersea cable that connects Tonga to the global internet. Repairs could take weeks.
""",
pub=("2022-01-20", "2022-01-20", "flights landed 'on Thursday' 20 January 2022, five days after the 15 January eruption"),
people=[("Siaosi Sovaleni", "TON", "Prime Minister"),
        ("Antonio Guterres", "UNO", "UN Secretary-General"),
        ("Nanaia Mahuta", "NZL", "Foreign Minister"),
        ("Zed Seselja", "AUS", "Minister for the Pacific")],
events=[
 ("NZL", "TON", "AID", 1, "A New Zealand air force C-130 Hercules and an Australian C-17 Globemaster touched down", 0),
 ("AUS", "TON", "AID", 1, "A New Zealand air force C-130 Hercules and an Australian C-17 Globemaster touched down", 0),
 ("NZL", "TON", "AID", 0, "Two New Zealand navy ships", 0),
 ("AUS", "TON", "AID", 0, "Australia is sending its largest warship", 0),
 ("JPN", "TON", "AID/AGREE", 1, "Japan and the United States said they would dispatch aircraft and ships", 0),
 ("USA", "TON", "AID/AGREE", 1, "Japan and the United States said they would dispatch aircraft and ships", 0),
 ("CHN", "TON", "AID/AGREE", 1, "China said it would provide emergency cash and supplies", 0),
 ("TON", "WST|AUS|NZL", "REQUEST", 0, "asked foreign governments to consult it before sending personnel", 0),
 ("TON", "AUS", "SUPPORT", 1, "Tonga's government thanked Australia and New Zealand", 0),
 ("TON", "NZL", "SUPPORT", 1, "Tonga's government thanked Australia and New Zealand", 0),
 ("UNO", "TON", "SUPPORT/AID", 1, "the United Nations stood ready to help Tonga", 0),
 ("UNO", "TON", "COOPERATE", 0, "was coordinating with the country's authorities", 0),
 ("NZL", "TON", "AID", 1, "Wellington had released an initial NZ$1m", 0),
 ("AUS", "TON", "COOPERATE", 0, "Canberra would work closely with Tongan authorities", 0),
]))

ARTS.append(dict(
id="AD20", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Pacific nations shelve China's regional security pact as Wang Yi tours region",
body="""
Pacific island nations have declined to endorse a sweeping regional security and trade agreement proposed by China, dealing a setback to Beijing's push for greater influence in a region long dominated by the United States and Australia.

Chinese Foreign Minister Wang Yi co-hosted a meeting with foreign ministers from 10 Pacific countries in Fiji's capital, Suva, on Monday, where he had hoped to win support for a "Common Development Vision" that would expand Chinese cooperation in policing, cybersecurity, maritime mapping and free trade.

After the meeting, Fiji's Prime Minister Frank Bainimarama told reporters that the region would "always put consensus first" and that any new regional agreements would have to be discussed among Pacific nations before they could be signed.

Wang said China would keep discussing the plan with the Pacific nations and would publish a position paper. He told critics "don't be too anxious and don't be too nervous", insisting that Beijing's aim was to help developing countries and was not directed at any third party.

Micronesia's President David Panuelo had written to 21 other Pacific leaders last week urging them to reject the proposal, warning that it was an attempt by Beijing to "shift" their allegiance and could drag the region into a new Cold War.

Wang signed bilateral agreements on economic and technical cooperation with Samoa during his visit to Apia on Saturday, and similar deals in Kiribati the day before. Samoa's Prime Minister Fiame Naomi Mata'afa said her government would discuss the regional proposal with its neighbours before taking any position.

The 10-day tour, which also takes in Tonga, Vanuatu, Papua New Guinea and East Timor, comes weeks after Solomon Islands signed a security pact with China, alarming Washington and Canberra.

Australia's new Foreign Minister Penny Wong, sworn in last week after Labor's election victory, flew to Fiji on Thursday, where she met Bainimarama and promised that Australia would be a partner that does not come "with strings attached".

US State Department spokesman Ned Price warned Pacific nations to be wary of "shadowy, vague" deals with China that offered little transparency.
""",
pub=("2022-05-30", "2022-05-31", "Suva meeting 'on Monday' 30 May 2022"),
people=[("Wang Yi", "CHN", "Foreign Minister"),
        ("Frank Bainimarama", "FJI", "Prime Minister"),
        ("David Panuelo", "FSM", "President"),
        ("Fiame Naomi Mata'afa", "WSM", "Prime Minister"),
        ("Penny Wong", "AUS", "Foreign Minister"),
        ("Ned Price", "USA", "State Department spokesman")],
events=[
 ("FJI|IGO|WSM", "CHN", "REJECT", 0, "Pacific island nations have declined to endorse", 0),
 ("CHN", "FJI|IGO", "CONSULT", 1, "Wang Yi co-hosted a meeting with foreign ministers from 10 Pacific countries", 1),
 ("FJI", "CHN", "REJECT", 1, "any new regional agreements would have to be discussed among Pacific nations before they could be signed", 0),
 ("CHN", "FJI|IGO", "CONSULT/AGREE", 0, "China would keep discussing the plan with the Pacific nations", 0),
 ("CHN", "WST|USA|AUS", "REJECT", 0, "don't be too anxious and don't be too nervous", 0),
 ("FSM", "CHN", "ACCUSE", 1, "warning that it was an attempt by Beijing to \"shift\" their allegiance", 0),
 ("FSM", "IGO", "REQUEST", 0, "urging them to reject the proposal", 0),
 ("CHN", "WSM", "AGREE/COOPERATE", 1, "Wang signed bilateral agreements on economic and technical cooperation with Samoa", 1),
 ("CHN", "WSM", "CONSULT", 1, "his visit to Apia on Saturday", 0),
 ("CHN", "KIR", "AGREE/COOPERATE", 1, "similar deals in Kiribati the day before", 1),
 ("WSM", "CHN", "REJECT/CONSULT", 0, "would discuss the regional proposal with its neighbours before taking any position", 0),
 ("SLB", "CHN", "AGREE", 0, "Solomon Islands signed a security pact with China", 1),
 ("AUS", "FJI", "CONSULT", 1, "she met Bainimarama", 0),
 ("AUS", "FJI", "AGREE/SUPPORT", 0, "promised that Australia would be a partner", 0),
 ("USA", "CHN", "ACCUSE", 1, "be wary of \"shadowy, vague\" deals with China", 0),
 ("USA", "FJI|IGO", "REQUEST", 0, "warned Pacific nations to be wary", 0),
]))
