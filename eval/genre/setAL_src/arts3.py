# Articles AL15..AL20 (page dumps). Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AL15", fmt="dump", dump="dump-1.txt",
headline="TROOPS FIRE ON MANILA FARMERS' MARCH, AT LEAST 12 DEAD",
body="""
MANILA, Jan 22 - Government troops opened fire on thousands of farmers marching on the presidential palace on Thursday to demand land reform, killing at least 12 people and wounding dozens, witnesses and hospital officials said.

The marchers, led by the Peasant Movement of the Philippines (KMP), had tried to push through a barricade of marines and anti-riot police at the foot of Mendiola bridge, a few hundred metres from Malacanang palace, when shooting broke out.

Witnesses said some of the troops fired directly into the crowd after protesters threw stones and pieces of wood. Military officials said the soldiers had fired warning shots and were responding to shots from among the demonstrators, a claim the farmers' leaders denied.

KMP chairman Jaime Tadeo, who had led a week-long vigil outside the Agrarian Reform Ministry, accused the government of "murdering the poor" and called on farmers across the country to rise in protest.

"We came with nothing but our demands for land, and they answered us with bullets," Tadeo told reporters at a hospital where the wounded were taken.

President Corazon Aquino ordered an immediate investigation by a special commission and called for calm. A palace spokesman said she was "deeply saddened" by the deaths and would not tolerate abuses by the security forces.

The National Democratic Front, which represents communist rebels in peace negotiations with the government, said it was suspending the talks in protest. Chief rebel negotiator Satur Ocampo said the killings showed the government could not be trusted to address the grievances of the poor.

The shooting was the worst outbreak of political violence in the capital since Aquino came to power after the fall of Ferdinand Marcos last February. A 60-day ceasefire between the government and the New People's Army expired earlier this month.

Left-wing groups said they would hold a rally in the city on Friday to mourn the dead.

Reuter
""",
pub=("1987-01-22", "1987-01-22", "dateline 'Jan 22'; Mendiola massacre, 22 January 1987"),
people=[("Jaime Tadeo", "PHL", "KMP chairman"),
        ("Corazon Aquino", "PHL", "President"),
        ("Satur Ocampo", "PHL", "chief rebel negotiator, National Democratic Front"),
        ("Ferdinand Marcos", "PHL", "former president")],
events=[
("PHL", "PHL", "ASSAULT", 1, "Government troops opened fire on thousands of farmers", 0),
("PHL", "PHL", "PROTEST", 1, "farmers marching on the presidential palace on Thursday to demand land reform", 0),
("PHL", "PHL", "ASSAULT/PROTEST", 0, "protesters threw stones and pieces of wood", 0),
("PHL", "PHL", "ACCUSE", 0, "responding to shots from among the demonstrators", 0),
("PHL", "PHL", "REJECT", 1, "a claim the farmers' leaders denied", 0),
("PHL", "PHL", "ACCUSE", 1, "accused the government of \"murdering the poor\"", 0),
("PHL", "PHL", "MOBILIZE/PROTEST", 0, "called on farmers across the country to rise in protest", 0),
("PHL", "PHL", "REQUEST", 0, "called for calm", 0),
("PHL", "PHL", "ACCUSE/COERCE", 0, "ordered an immediate investigation by a special commission", 0),
("PHL", "PHL", "REJECT/RETREAT", 1, "it was suspending the talks in protest", 0),
("PHL", "PHL", "ACCUSE", 1, "the killings showed the government could not be trusted", 0),
("PHL", "PHL", "PROTEST", 1, "would hold a rally in the city on Friday", 0),
("PHL", "PHL", "AGREE", 0, "A 60-day ceasefire between the government and the New People's Army", 1),
]))

ARTS.append(dict(
id="AL16", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="Nauru demands apology after Chinese envoy walks out of Pacific forum meeting",
body="""
The president of Nauru has demanded an apology from China after a senior Chinese diplomat stormed out of a meeting at the Pacific Islands Forum, calling the envoy "insolent" and accusing Beijing of bullying a small island nation.

President Baron Waqa said Du Qiwen, China's special envoy on climate change, had repeatedly tried to speak out of turn on Tuesday during a session with dialogue partners, even though the prime minister of Tuvalu was addressing the room. When Waqa, who is chairing the forum, refused to let him speak, Du and the rest of the Chinese delegation walked out.

"He was very insolent and created a big fuss and held up the forum meeting of leaders for a good number of minutes," Waqa told reporters. "Maybe because he's from a big country he wants to bully us."

"We will demand an apology not only from him but from China," he said, adding that Nauru would take the matter to the United Nations if necessary.

Nauru is one of six Pacific countries that recognise Taiwan rather than Beijing, and the spat followed a row over visas. Before the meeting, Nauru's government insisted that the Chinese delegates enter on their personal passports rather than diplomatic ones, prompting protests from Beijing.

China hit back on Wednesday. Foreign ministry spokeswoman Hua Chunying said it was Nauru that should reflect on its behaviour, and that the Chinese delegation had been entitled to speak. "Nauru's conduct runs counter to the spirit of the forum," she told reporters, adding that China "will not accept" the accusations.

The incident has overshadowed the annual gathering, where leaders were expected to sign a regional security declaration covering climate change and foreign interference. Australia and New Zealand have become increasingly concerned about China's growing loans and infrastructure projects in the region.

Australian foreign minister Marise Payne, who attended in place of Prime Minister Scott Morrison, declined to comment directly on the walkout, but said all dialogue partners were expected to respect the forum's procedures.

Taiwan's foreign ministry thanked Nauru for its "steadfast friendship" and said it would keep supporting the island's development.
""",
pub=("2018-09-05", "2018-09-06", "walkout Tuesday 4 September 2018 at the Pacific Islands Forum in Nauru; China responded Wednesday 5 September"),
people=[("Baron Waqa", "NRU", "President"),
        ("Du Qiwen", "CHN", "special envoy on climate change"),
        ("Hua Chunying", "CHN", "Foreign ministry spokeswoman"),
        ("Marise Payne", "AUS", "foreign minister"),
        ("Scott Morrison", "AUS", "Prime Minister")],
events=[
("NRU", "CHN", "REQUEST", 1, "has demanded an apology from China", 0),
("CHN", "NRU|IGO", "PROTEST/REJECT", 1, "stormed out of a meeting at the Pacific Islands Forum", 0),
("NRU", "CHN", "ACCUSE", 1, "accusing Beijing of bullying a small island nation", 0),
("NRU", "CHN", "REJECT", 1, "refused to let him speak", 0),
("NRU", "CHN", "ACCUSE", 0, "He was very insolent", 0),
("NRU", "CHN", "THREATEN", 1, "would take the matter to the United Nations if necessary", 0),
("NRU", "CHN", "COERCE/REJECT", 1, "insisted that the Chinese delegates enter on their personal passports", 0),
("CHN", "NRU", "PROTEST", 0, "prompting protests from Beijing", 0),
("CHN", "NRU", "ACCUSE", 1, "it was Nauru that should reflect on its behaviour", 0),
("CHN", "NRU", "REJECT", 1, "China \"will not accept\" the accusations", 0),
("AUS", "CHN", "REQUEST", 0, "all dialogue partners were expected to respect the forum's procedures", 0),
("TWN", "NRU", "SUPPORT", 1, "Taiwan's foreign ministry thanked Nauru", 0),
("TWN", "NRU", "AID/SUPPORT", 0, "it would keep supporting the island's development", 0),
("NRU", "TWN", "SUPPORT", 0, "recognise Taiwan rather than Beijing", 0),
]))

ARTS.append(dict(
id="AL17", fmt="dump", dump="dump-2.txt",
headline="TOSHIBA CHIEFS RESIGN AS U.S. SENATE VOTES IMPORT BAN",
body="""
TOKYO, July 1 - The chairman and president of Toshiba Corp resigned on Wednesday to take responsibility for the illegal sale of sensitive machine tools to the Soviet Union by a subsidiary, hours after the U.S. Senate voted to ban imports of the company's products.

Toshiba chairman Shoichi Saba told a packed news conference he and president Sugiichiro Watari were stepping down to apologise to the American people and to Japan's allies. "We deeply regret that the actions of our group company have caused such grave concern," he said.

The Senate voted 92 to 5 on Tuesday to bar Toshiba and Norway's state-owned Kongsberg Vaapenfabrikk from selling goods in the United States for two to five years, as an amendment to a broad trade bill. The measure still needs the approval of the House and could be vetoed by President Reagan.

Toshiba Machine Co, 50 pct owned by Toshiba, and Kongsberg sold the Soviet Union computer-guided milling machines between 1982 and 1984 in breach of Western export controls. U.S. officials say the machines helped Moscow build quieter submarine propellers that are harder for NATO to track.

Several U.S. congressmen smashed a Toshiba radio with sledgehammers on the steps of the Capitol on Tuesday to show their anger.

Prime Minister Yasuhiro Nakasone's government has apologised to Washington and promised to tighten export controls. Police in Tokyo arrested two Toshiba Machine executives in May on charges of violating foreign trade laws.

Japanese officials criticised the Senate vote, saying it would punish the parent company for a subsidiary's wrongdoing and harm relations. "Such emotional measures will only damage the friendship between our two countries," a Ministry of International Trade and Industry official said.

The Reagan administration opposes the ban, arguing that it would hurt American firms that depend on Toshiba parts. Commerce Secretary Malcolm Baldrige said Washington was discussing other penalties with Tokyo.

Norway has said it regrets the affair and has dismissed several Kongsberg managers.

Reuter
""",
pub=("1987-07-01", "1987-07-01", "dateline 'July 1'; Toshiba executives resigned 1 July 1987 after the 30 June Senate vote"),
people=[("Shoichi Saba", "JPN", "Toshiba chairman"),
        ("Sugiichiro Watari", "JPN", "Toshiba president"),
        ("Reagan", "USA", "President"),
        ("Yasuhiro Nakasone", "JPN", "Prime Minister"),
        ("Malcolm Baldrige", "USA", "Commerce Secretary")],
events=[
("USA", "JPN|MNC", "SANCTION", 1, "the U.S. Senate voted to ban imports of the company's products", 0),
("JPN|MNC", "USA", "CONCEDE", 1, "stepping down to apologise to the American people", 0),
("USA", "NOR|MNC", "SANCTION", 1, "Norway's state-owned Kongsberg Vaapenfabrikk", 0),
("JPN|MNC", "RUS", "COOPERATE", 0, "sold the Soviet Union computer-guided milling machines", 0),
("NOR", "RUS", "COOPERATE", 0, "Toshiba Machine Co, 50 pct owned by Toshiba, and Kongsberg sold", 0),
("USA", "JPN|MNC", "ACCUSE", 1, "U.S. officials say the machines helped Moscow build quieter submarine propellers", 0),
("USA", "JPN|MNC", "PROTEST", 1, "smashed a Toshiba radio with sledgehammers", 0),
("JPN", "USA", "CONCEDE", 1, "has apologised to Washington", 0),
("JPN", "USA", "CONCEDE/AGREE", 1, "promised to tighten export controls", 0),
("JPN", "JPN|MNC", "COERCE", 1, "arrested two Toshiba Machine executives", 0),
("JPN", "USA", "ACCUSE/PROTEST", 1, "Japanese officials criticised the Senate vote", 0),
("USA", "USA", "REJECT", 0, "The Reagan administration opposes the ban", 0),
("USA", "JPN", "CONSULT", 1, "Washington was discussing other penalties with Tokyo", 1),
("NOR", "USA", "CONCEDE", 0, "Norway has said it regrets the affair", 0),
("NOR", "NOR|MNC", "COERCE", 0, "has dismissed several Kongsberg managers", 0),
]))

ARTS.append(dict(
id="AL18", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="Kiribati quits Pacific Islands Forum on eve of leaders' summit",
body="""
Kiribati has withdrawn from the Pacific Islands Forum, the region's main political body, dealing a blow to regional unity days before leaders gather in Fiji for their first face-to-face summit in three years.

In a letter to the forum's secretariat, Kiribati President Taneti Maamau said his country was leaving with immediate effect because its concerns over how the group chooses its secretary-general had not been addressed.

The decision stems from a dispute that erupted last year, when former Cook Islands Prime Minister Henry Puna was chosen to lead the forum by a single vote. Micronesian states said the vote broke an informal agreement that the post should rotate between the Pacific's sub-regions and that it was their turn. Five Micronesian nations announced they would leave the group, but four of them agreed in June to stay after a deal in which the next secretary-general would come from Micronesia.

Kiribati, which was not represented at the talks that produced the deal, said it had not been consulted and would not accept it.

Fiji's Prime Minister Frank Bainimarama, the forum's chair, said he was "deeply saddened" by the decision and urged Kiribati to reconsider. "Our doors remain open to our family in Kiribati," he said in a statement. Puna said the secretariat respected Kiribati's sovereign decision but regretted it.

Opposition lawmakers in Tarawa criticised Maamau for taking the step without debate in parliament, and accused him of bending to Chinese influence, a charge his government rejected.

Kiribati switched diplomatic recognition from Taiwan to China in 2019, and has since moved closer to Beijing. Western officials worry about Chinese plans to upgrade an airstrip on Kanton island. Earlier this year the Solomon Islands signed a security pact with China, alarming Australia and the United States.

US Vice President Kamala Harris is due to address the summit by video on Wednesday, in a sign of Washington's efforts to reassert its presence in the Pacific. Australian Prime Minister Anthony Albanese will attend in person and is expected to announce new climate funding.

The forum, founded in 1971, has 18 members including Australia and New Zealand. Kiribati's departure leaves it without a member from one of the region's most climate-vulnerable nations.
""",
pub=("2022-07-10", "2022-07-11", "Kiribati withdrawal announced 9-10 July 2022, before the 11-14 July Suva summit"),
people=[("Taneti Maamau", "KIR", "President"),
        ("Henry Puna", "COK", "secretary-general, Pacific Islands Forum"),
        ("Frank Bainimarama", "FJI", "Prime Minister, forum chair"),
        ("Kamala Harris", "USA", "Vice President"),
        ("Anthony Albanese", "AUS", "Prime Minister")],
events=[
("KIR", "IGO", "RETREAT/REJECT", 1, "Kiribati has withdrawn from the Pacific Islands Forum", 0),
("KIR", "IGO", "ACCUSE/PROTEST", 1, "its concerns over how the group chooses its secretary-general had not been addressed", 0),
("FSM|MHL|PLW|NRU|KIR", "IGO", "THREATEN/RETREAT", 0, "Five Micronesian nations announced they would leave the group", 0),
("FSM|MHL|PLW|NRU", "IGO", "AGREE", 0, "four of them agreed in June to stay", 0),
("KIR", "IGO", "REJECT", 1, "would not accept it", 0),
("KIR", "IGO", "ACCUSE", 0, "it had not been consulted", 0),
("FJI", "KIR", "PROTEST", 0, "he was \"deeply saddened\" by the decision", 0),
("FJI", "KIR", "REQUEST", 1, "urged Kiribati to reconsider", 0),
("IGO", "KIR", "CONCEDE/PROTEST", 0, "the secretariat respected Kiribati's sovereign decision but regretted it", 0),
("KIR", "KIR", "ACCUSE", 1, "accused him of bending to Chinese influence", 0),
("KIR", "KIR", "REJECT", 1, "a charge his government rejected", 0),
("KIR", "CHN", "COOPERATE/SUPPORT", 0, "switched diplomatic recognition from Taiwan to China", 0),
("SLB", "CHN", "AGREE/COOPERATE", 1, "the Solomon Islands signed a security pact with China", 1),
("USA", "IGO", "CONSULT", 1, "Kamala Harris is due to address the summit by video", 0),
("AUS", "IGO", "AID", 0, "expected to announce new climate funding", 0),
]))

ARTS.append(dict(
id="AL19", fmt="dump", dump="dump-3.txt",
headline="Japan summons South Korean envoy after court orders compensation for wartime forced labor",
body="""
TOKYO - Japan summoned South Korea's ambassador on Tuesday and lodged a strong protest after South Korea's Supreme Court ordered a Japanese steelmaker to compensate four Koreans forced to work in its mills during World War II, a ruling Tokyo said upended the legal basis of relations between the two countries.

Foreign Minister Taro Kono told Ambassador Lee Su-hoon that the decision was "extremely regrettable and totally unacceptable," and demanded that Seoul take "appropriate measures" to remedy it. Kono later told reporters that Japan was considering "all options," including taking the case to the International Court of Justice.

The court in Seoul upheld a 2013 ruling that Nippon Steel & Sumitomo Metal must pay 100 million won, about $88,000, to each of the plaintiffs. Only one of them, 94-year-old Lee Chun-sik, is still alive.

"I wish the others were here with me today," Lee told reporters outside the court, weeping. He said he and other workers were beaten and never paid for their labor at a steel plant in Osaka.

Japan insists that all claims from its 1910-45 colonial rule of the Korean Peninsula were settled "completely and finally" under a 1965 treaty that restored diplomatic ties, under which Tokyo provided $500 million in grants and loans to Seoul. Prime Minister Shinzo Abe told parliament the ruling was "impossible in light of international law."

The South Korean court, however, said the treaty did not cover the individual right of victims to seek damages for inhumane treatment.

South Korean Prime Minister Lee Nak-yon said in a statement that the government respected the court's judgment and would work out countermeasures, while urging Japan to refrain from reacting in a way that would harm ties. "The government will seek ways to develop future-oriented relations," he said.

Nippon Steel called the ruling regrettable and said it would consider its response, taking into account the Japanese government's position. Lawyers for the plaintiffs warned they would move to seize the company's assets in South Korea if it did not pay.

The decision is likely to further strain relations that have soured over Korean women forced into wartime military brothels. About a dozen similar suits are pending against Japanese companies in South Korean courts.
""",
pub=("2018-10-30", "2018-10-31", "Supreme Court forced-labour ruling and summoning of the ambassador, Tuesday 30 October 2018"),
people=[("Taro Kono", "JPN", "Foreign Minister"),
        ("Lee Su-hoon", "KOR", "Ambassador"),
        ("Lee Chun-sik", "KOR", "plaintiff"),
        ("Shinzo Abe", "JPN", "Prime Minister"),
        ("Lee Nak-yon", "KOR", "Prime Minister")],
events=[
("JPN", "KOR", "PROTEST", 1, "Japan summoned South Korea's ambassador", 0),
("KOR", "JPN|MNC", "COERCE/SANCTION", 1, "ordered a Japanese steelmaker to compensate four Koreans", 0),
("JPN", "KOR", "ACCUSE/REJECT", 1, "was \"extremely regrettable and totally unacceptable,\"", 0),
("JPN", "KOR", "REQUEST", 1, "demanded that Seoul take \"appropriate measures\"", 0),
("JPN", "KOR", "THREATEN", 1, "including taking the case to the International Court of Justice", 0),
("KOR", "JPN", "ACCUSE", 1, "he and other workers were beaten and never paid", 0),
("JPN", "KOR", "ASSAULT/COERCE", 0, "Koreans forced to work in its mills", 0),
("JPN", "KOR", "AGREE", 0, "a 1965 treaty that restored diplomatic ties", 1),
("JPN", "KOR", "AID", 0, "Tokyo provided $500 million in grants and loans", 0),
("JPN", "KOR", "ACCUSE/REJECT", 1, "the ruling was \"impossible in light of international law.\"", 0),
("KOR", "JPN", "REQUEST", 1, "urging Japan to refrain from reacting", 0),
("KOR", "JPN", "COOPERATE", 0, "seek ways to develop future-oriented relations", 0),
("JPN|MNC", "KOR", "PROTEST", 0, "Nippon Steel called the ruling regrettable", 0),
("KOR", "JPN|MNC", "THREATEN", 1, "would move to seize the company's assets", 0),
]))

ARTS.append(dict(
id="AL20", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Hong Kong's Stand News shuts down after police raid, arrests",
body="""
Hong Kong pro-democracy news outlet Stand News has announced it is ceasing operations, hours after hundreds of national security police raided its office and arrested six current and former senior staff and board members on sedition charges.

More than 200 officers searched the newsroom on Wednesday morning, carrying away boxes of documents and computers, after arresting the outlet's acting chief editor Patrick Lam and former chief editor Chung Pui-kuen at their homes. Police said they had a warrant to seize journalistic materials under the national security law.

Those arrested also included former board members Denise Ho, a pop singer and activist, and Margaret Ng, a veteran barrister and former legislator. They are suspected of "conspiracy to publish seditious publications", a colonial-era offence.

Senior Superintendent Steve Li of the police national security department told reporters that Stand News had published articles that incited hatred against the government and the judiciary. "We are not targeting the media, we are targeting anyone who breaks the law," he said. Authorities also froze about HK$61m ($7.8m) of the company's assets.

The outlet said in a post on Facebook that its website and social media would stop being updated immediately and that all employees had been dismissed.

The raid drew strong international criticism. US Secretary of State Antony Blinken called on the Hong Kong and Chinese authorities to immediately release the journalists, saying that "journalism is not sedition". The Hong Kong Journalists Association said it was "deeply concerned" about the arrests.

China's foreign ministry rejected the criticism and told foreign governments to stop interfering in Hong Kong's affairs. Hong Kong leader Carrie Lam said in a statement that the action had nothing to do with press freedom and that "inciting others" was not journalism.

Stand News was founded in 2014 and became one of the city's most popular outlets during the mass pro-democracy protests of 2019. Its closure comes six months after the Apple Daily newspaper was forced to shut when its assets were frozen.

Since Beijing imposed the national security law in June 2020, most of the city's prominent opposition figures have been jailed or fled abroad, and dozens of civil society groups have disbanded.
""",
pub=("2021-12-29", "2021-12-30", "police raid on Stand News and its closure, Wednesday 29 December 2021"),
people=[("Patrick Lam", "HKG", "acting chief editor, Stand News"),
        ("Chung Pui-kuen", "HKG", "former chief editor, Stand News"),
        ("Denise Ho", "HKG", "former board member, pop singer and activist"),
        ("Margaret Ng", "HKG", "former board member, barrister and former legislator"),
        ("Steve Li", "HKG", "Senior Superintendent, police national security department"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Carrie Lam", "HKG", "Hong Kong leader")],
events=[
("HKG|CHN", "HKG|CHN", "COERCE", 1, "hundreds of national security police raided its office", 0),
("HKG|CHN", "HKG|CHN", "COERCE", 1, "arrested six current and former senior staff and board members", 0),
("HKG|CHN", "HKG|CHN", "ACCUSE", 1, "They are suspected of \"conspiracy to publish seditious publications\"", 0),
("HKG|CHN", "HKG|CHN", "ACCUSE", 1, "Stand News had published articles that incited hatred against the government", 0),
("HKG|CHN", "HKG|CHN", "COERCE/SANCTION", 1, "Authorities also froze about HK$61m ($7.8m) of the company's assets", 0),
("USA", "HKG|CHN", "REQUEST", 1, "called on the Hong Kong and Chinese authorities to immediately release the journalists", 0),
("USA", "HKG|CHN", "ACCUSE", 0, "journalism is not sedition", 0),
("HKG|NGO", "HKG|CHN", "PROTEST", 1, "The Hong Kong Journalists Association said it was \"deeply concerned\"", 0),
("CHN", "USA|WST", "REJECT", 1, "China's foreign ministry rejected the criticism", 0),
("CHN", "USA|WST", "REQUEST/ACCUSE", 1, "told foreign governments to stop interfering", 0),
("HKG|CHN", "HKG|CHN", "ACCUSE", 1, "\"inciting others\" was not journalism", 0),
("HKG|CHN", "HKG|CHN", "COERCE", 0, "the Apple Daily newspaper was forced to shut", 0),
("CHN", "HKG", "COERCE", 0, "Beijing imposed the national security law", 0),
]))
