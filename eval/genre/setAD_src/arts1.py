# Articles AD1..AD7. Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="AD1", fmt="txt",
headline="U.S. IMPOSES 100 PCT TARIFFS ON JAPANESE ELECTRONICS IN CHIP ROW",
body="""
WASHINGTON, April 17 - President Reagan today imposed 100 pct tariffs on about 300 mln dlrs worth of Japanese electronic goods, the first major trade sanctions against Tokyo since World War Two, saying Japan had failed to honour last year's semiconductor pact.

The duties, which double the price of certain Japanese colour televisions, power hand tools and personal computers, took effect at 12:01 a.m. EDT, the White House said.

"I regret that this action was necessary," Reagan said in a statement. He said the United States had given Japan every chance to live up to the agreement, under which Tokyo promised to stop dumping computer chips in third countries and to open its own market to American-made chips.

U.S. Trade Representative Clayton Yeutter told reporters the tariffs would be lifted as soon as Washington saw hard evidence that Japan was complying. "This is not a trade war, and we do not want one," Yeutter said.

In Tokyo, International Trade and Industry Minister Hajime Tamura called the move "extremely regrettable" and said Japan would ask for urgent consultations under the General Agreement on Tariffs and Trade (GATT) in Geneva.

Japanese officials said Tokyo had already cut chip production and ordered manufacturers to curb exports, and accused Washington of acting on incomplete figures. They said Japan would not retaliate for now.

An emergency mission led by Makoto Kuroda, vice minister for international affairs at the trade ministry, held two days of talks in Washington earlier this week but failed to persuade U.S. officials to hold off.

Prime Minister Yasuhiro Nakasone, who is due to visit Washington at the end of the month, told parliament he would press Reagan to end the sanctions quickly. Officials of both governments said they hoped the dispute would not overshadow the visit.

American semiconductor makers welcomed the action, but U.S. retailers and importers of the affected goods warned that consumers would pay higher prices.

Reuter
""",
pub=("1987-04-17", "1987-04-17", "dateline 'April 17'; Reagan's chip tariffs took effect 17 April 1987"),
people=[("Reagan", "USA", "President"),
        ("Clayton Yeutter", "USA", "Trade Representative"),
        ("Hajime Tamura", "JPN", "International Trade and Industry Minister"),
        ("Makoto Kuroda", "JPN", "vice minister for international affairs, trade ministry"),
        ("Yasuhiro Nakasone", "JPN", "Prime Minister")],
events=[
 ("USA", "JPN", "SANCTION", 1, "imposed 100 pct tariffs on about 300 mln dlrs worth of Japanese electronic goods", 0),
 ("USA", "JPN", "ACCUSE", 1, "saying Japan had failed to honour last year's semiconductor pact", 0),
 ("USA", "JPN", "AGREE/CONCEDE", 0, "the tariffs would be lifted as soon as Washington saw hard evidence that Japan was complying", 0),
 ("JPN", "USA", "PROTEST/ACCUSE", 1, "called the move \"extremely regrettable\"", 0),
 ("JPN", "IGO|USA", "REQUEST/CONSULT", 1, "Japan would ask for urgent consultations under the General Agreement on Tariffs and Trade", 0),
 ("JPN", "USA", "ACCUSE", 1, "accused Washington of acting on incomplete figures", 0),
 ("JPN", "JPN", "COERCE", 0, "ordered manufacturers to curb exports", 0),
 ("JPN", "USA", "CONSULT", 1, "held two days of talks in Washington", 1),
 ("JPN", "USA", "CONSULT/AGREE", 0, "who is due to visit Washington at the end of the month", 0),
 ("JPN", "USA", "REQUEST", 1, "he would press Reagan to end the sanctions quickly", 0),
]))

ARTS.append(dict(
id="AD2", fmt="txt",
headline="DENG AND GORBACHEV END THREE DECADES OF SINO-SOVIET FEUD",
body="""
PEKING, May 16 - Chinese leader Deng Xiaoping and Soviet President Mikhail Gorbachev formally normalised relations between their countries today, closing a rift that split the communist world for 30 years, while tens of thousands of students occupied the square outside their meeting place.

"Let us end the past and open up the future," Deng told Gorbachev as they shook hands in the Great Hall of the People, Chinese officials said. The two men talked for two and a half hours.

Soviet spokesman Gennady Gerasimov said the two leaders agreed that relations between the two parties as well as the two states were now normal. He said they discussed Cambodia, where Vietnam has promised to withdraw its troops by September, but did not settle their differences over a future government in Phnom Penh.

Later Gorbachev met Communist Party chief Zhao Ziyang, who told him that the restoration of party ties was "a natural result" of the improvement in relations between the states.

Earlier, Premier Li Peng told the Soviet leader that Moscow should further reduce its forces along the long common border. Gorbachev replied that the Soviet Union would withdraw three-quarters of its troops from Mongolia and promised further cuts in the Far East.

The summit, the first between the two countries since 1959, was overshadowed by the protests. More than 150,000 students and workers filled Tiananmen Square, forcing the authorities to move the welcoming ceremony for Gorbachev to Peking airport on Monday and to cancel his planned wreath-laying at the Monument to the People's Heroes.

About 3,000 students have been on hunger strike since Saturday to demand talks with the government on democratic reforms. Banners in the square hailed Gorbachev as "an envoy of democracy".

Police made no move to clear the square. A government spokesman, Yuan Mu, said officials were ready to hold a dialogue with the students but would not accept their conditions.

Western diplomats said the demonstrations had embarrassed the leadership at a moment meant to showcase China's growing international stature.

Reuter
""",
pub=("1989-05-16", "1989-05-16", "dateline 'May 16'; Deng-Gorbachev meeting 16 May 1989"),
people=[("Deng Xiaoping", "CHN", "Chinese leader"),
        ("Mikhail Gorbachev", "RUS", "Soviet President"),
        ("Gennady Gerasimov", "RUS", "Soviet spokesman"),
        ("Zhao Ziyang", "CHN", "Communist Party chief"),
        ("Li Peng", "CHN", "Premier"),
        ("Yuan Mu", "CHN", "government spokesman")],
events=[
 ("CHN", "RUS", "AGREE/COOPERATE", 1, "formally normalised relations between their countries", 1),
 ("RUS", "CHN", "CONSULT", 1, "The two men talked for two and a half hours", 1),
 ("CHN", "RUS", "AGREE", 0, "the two leaders agreed that relations between the two parties as well as the two states were now normal", 1),
 ("CHN", "RUS", "CONSULT", 0, "they discussed Cambodia", 1),
 ("VNM", "KHM", "RETREAT/AGREE", 0, "Vietnam has promised to withdraw its troops by September", 0),
 ("RUS", "CHN", "CONSULT", 1, "Gorbachev met Communist Party chief Zhao Ziyang", 0),
 ("CHN", "RUS", "REQUEST", 1, "Moscow should further reduce its forces along the long common border", 0),
 ("RUS", "MNG|CHN", "RETREAT/AGREE", 1, "the Soviet Union would withdraw three-quarters of its troops from Mongolia", 0),
 ("CHN", "CHN", "PROTEST", 1, "More than 150,000 students and workers filled Tiananmen Square", 0),
 ("CHN", "CHN", "PROTEST/REQUEST", 1, "About 3,000 students have been on hunger strike since Saturday to demand talks with the government", 0),
 ("CHN", "RUS", "SUPPORT", 0, "Banners in the square hailed Gorbachev", 0),
 ("CHN", "CHN", "AGREE/CONSULT", 1, "officials were ready to hold a dialogue with the students", 0),
 ("CHN", "CHN", "REJECT", 1, "would not accept their conditions", 0),
]))

ARTS.append(dict(
id="AD3", fmt="json",
headline="CAMBODIAN FOES END FIRST FACE-TO-FACE TALKS WITHOUT ACCORD",
body="""
BOGOR, Indonesia, July 28 - The four warring Cambodian factions ended their first face-to-face talks today without agreement on ending the nine-year war, but Indonesian Foreign Minister Ali Alatas said they had agreed to set up a working group to keep the dialogue going.

The four-day meeting at a presidential palace in this hill town south of Jakarta brought together Hun Sen, prime minister of the Vietnam-backed government in Phnom Penh, and the three resistance groups in the coalition headed until this month by Prince Norodom Sihanouk.

Vietnam, Laos and the six members of the Association of South East Asian Nations (ASEAN) joined the talks in a second phase.

Alatas told a news conference there was a consensus that a settlement must include the withdrawal of Vietnamese troops and measures to prevent a return of the "genocidal policies and practices" of the Pol Pot era. The Khmer Rouge, which ruled Cambodia from 1975 to 1979, objected to the wording, delegates said.

Khieu Samphan, who led the Khmer Rouge delegation, accused Hanoi of using the talks to win international acceptance for its "puppet" regime and demanded that all Vietnamese forces leave before any ceasefire.

Vietnamese Foreign Minister Nguyen Co Thach said Hanoi would pull all its troops out by early 1990 at the latest, and sooner if a settlement cut off foreign arms to the Khmer Rouge. He rejected any role for the Khmer Rouge in a future Cambodian army.

Sihanouk, who quit as head of the resistance coalition earlier this month, did not sit at the negotiating table but held two private meetings with Hun Sen in Jakarta. Aides said he proposed a four-party provisional government and an international peacekeeping force.

Hun Sen said he was prepared to study the prince's ideas but would not dissolve his government before elections.

China, the main backer of the Khmer Rouge, said in Peking that it welcomed the meeting but that Vietnam must withdraw all its troops unconditionally.

Reuter
""",
meta=dict(date_publish="1988-07-28 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="The Jakarta Informal Meeting brings Hun Sen and the resistance together but ends without a deal."),
pub=("1988-07-28", "1988-07-28", "dateline 'July 28'; Jakarta Informal Meeting 25-28 July 1988"),
people=[("Ali Alatas", "IDN", "Foreign Minister"),
        ("Hun Sen", "KHM", "prime minister, Phnom Penh government"),
        ("Norodom Sihanouk", "KHM", "Prince, former head of resistance coalition"),
        ("Pol Pot", "KHM", "former Khmer Rouge ruler"),
        ("Khieu Samphan", "KHM", "head of Khmer Rouge delegation"),
        ("Nguyen Co Thach", "VNM", "Foreign Minister")],
events=[
 ("KHM", "KHM", "CONSULT", 1, "ended their first face-to-face talks", 1),
 ("KHM", "KHM", "AGREE", 1, "they had agreed to set up a working group", 1),
 ("IDN", "KHM", "CONSULT/COOPERATE", 0, "The four-day meeting at a presidential palace", 0),
 ("VNM", "KHM", "CONSULT", 1, "Vietnam, Laos and the six members", 1),
 ("LAO", "KHM", "CONSULT", 1, "Vietnam, Laos and the six members", 1),
 ("IGO", "KHM", "CONSULT", 1, "Association of South East Asian Nations (ASEAN) joined the talks", 1),
 ("KHM", "IDN|KHM", "REJECT/PROTEST", 0, "objected to the wording", 0),
 ("KHM", "VNM", "ACCUSE", 1, "accused Hanoi of using the talks", 0),
 ("KHM", "VNM", "REQUEST", 1, "demanded that all Vietnamese forces leave before any ceasefire", 0),
 ("VNM", "KHM", "RETREAT/AGREE", 1, "Hanoi would pull all its troops out by early 1990 at the latest", 0),
 ("VNM", "KHM", "REJECT", 1, "He rejected any role for the Khmer Rouge", 0),
 ("KHM", "KHM", "CONSULT", 1, "held two private meetings with Hun Sen", 1),
 ("KHM", "KHM", "REQUEST/AGREE", 0, "he proposed a four-party provisional government", 0),
 ("KHM", "KHM", "REJECT", 1, "would not dissolve his government before elections", 0),
 ("CHN", "IDN|KHM", "SUPPORT", 0, "it welcomed the meeting", 0),
 ("CHN", "VNM", "REQUEST", 1, "Vietnam must withdraw all its troops unconditionally", 0),
]))

ARTS.append(dict(
id="AD4", fmt="json",
headline="U.S. AND PHILIPPINES SETTLE BASES DISPUTE WITH 962 MLN DLR AID PACKAGE",
body="""
WASHINGTON, Oct 17 - The United States and the Philippines today signed an agreement that keeps U.S. forces at Clark Air Base and Subic Bay naval base until at least 1991 in return for 962 mln dlrs in aid over two years, ending six months of often bitter negotiations.

Secretary of State George Shultz and Philippine Foreign Secretary Raul Manglapus exchanged letters at the State Department after a final round of talks that stretched late into Sunday night.

Under the accord, Washington will give Manila 481 mln dlrs a year in military and economic assistance in fiscal 1990 and 1991, well short of the 1.2 billion dlrs a year the Philippines had originally sought. The U.S. also undertook to press Japan and other allies to back a multilateral aid plan for the Philippine economy.

Manglapus told reporters the sum was "not what we asked for, but it is what we can live with." He said Manila had won a pledge that the United States would consult the Philippine government on the use of the bases for operations outside the region.

Shultz called the bases vital to the security of the Pacific and praised President Corazon Aquino for her "steadfast friendship."

The talks had stalled in August when Manglapus accused U.S. negotiators of treating the Philippines like a "colony" and walked out.

In Manila, about 2,000 leftist students and workers marched on the U.S. embassy, burning an American flag and demanding the removal of the bases. Police blocked them with water cannon a block from the compound.

Several Philippine senators, whose votes will be needed for any new treaty when the current lease expires in 1991, said they would oppose an extension.

The Soviet Union offered last month to give up its naval base at Cam Ranh Bay in Vietnam if the U.S. abandoned its Philippine bases, a proposal Washington dismissed as one-sided.

Reuter
""",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Shultz and Manglapus sign a two-year deal on Clark and Subic; leftists protest in Manila."),
pub=("1988-10-17", "1988-10-17", "dateline 'Oct 17'; bases agreement signed 17 October 1988; date_publish null"),
people=[("George Shultz", "USA", "Secretary of State"),
        ("Raul Manglapus", "PHL", "Foreign Secretary"),
        ("Corazon Aquino", "PHL", "President")],
events=[
 ("USA", "PHL", "AGREE", 1, "signed an agreement that keeps U.S. forces at Clark Air Base", 1),
 ("USA", "PHL", "CONSULT", 1, "after a final round of talks", 1),
 ("USA", "PHL", "AID/AGREE", 1, "Washington will give Manila 481 mln dlrs a year in military and economic assistance", 0),
 ("PHL", "USA", "REQUEST", 0, "the 1.2 billion dlrs a year the Philippines had originally sought", 0),
 ("USA", "JPN", "REQUEST", 0, "press Japan and other allies to back a multilateral aid plan", 0),
 ("USA", "PHL", "AGREE", 0, "the United States would consult the Philippine government", 0),
 ("USA", "PHL", "SUPPORT", 1, "praised President Corazon Aquino", 0),
 ("PHL", "USA", "ACCUSE", 0, "accused U.S. negotiators of treating the Philippines like a \"colony\"", 0),
 ("PHL", "USA", "REJECT/RETREAT", 0, "walked out", 0),
 ("PHL", "USA", "PROTEST", 1, "marched on the U.S. embassy", 0),
 ("PHL", "USA", "REQUEST/PROTEST", 1, "demanding the removal of the bases", 0),
 ("PHL", "PHL", "COERCE", 1, "Police blocked them with water cannon", 0),
 ("PHL", "USA", "REJECT", 1, "said they would oppose an extension", 0),
 ("RUS", "USA", "AGREE/REQUEST/CONCEDE", 0, "offered last month to give up its naval base at Cam Ranh Bay", 0),
 ("USA", "RUS", "REJECT", 0, "a proposal Washington dismissed as one-sided", 0),
]))

ARTS.append(dict(
id="AD5", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="SEIN LWIN RESIGNS AFTER WEEK OF BLOODSHED IN BURMA",
body="""
RANGOON, Aug 12 - Burmese President Sein Lwin resigned today after only 17 days in office, bowing to a week of nationwide protests in which troops shot dead hundreds of demonstrators, state radio said.

The radio said the central committee of the ruling Burma Socialist Programme Party had accepted his resignation as party chairman and head of state and would meet within a week to choose a successor. No reason was given.

Crowds poured into the streets of Rangoon within minutes of the broadcast, cheering and banging pots, witnesses said. Soldiers who had fired on marchers earlier in the week watched from their trucks and did not intervene.

Sein Lwin, 64, a former army officer known to students as "the butcher" for his role in crushing unrest in 1962 and 1974, was picked to lead the party last month when Ne Win, Burma's ruler for 26 years, stepped down.

Students and Buddhist monks launched a general strike on Monday, demanding an end to one-party rule. The government imposed martial law in the capital, and troops opened fire with automatic weapons on crowds in Rangoon, Sagaing and other towns.

Western diplomats estimate that at least 1,000 people have been killed since Monday, although the government says 95 died. Doctors in Rangoon appealed for blood donors after soldiers reportedly shot at nurses who protested outside Rangoon General Hospital.

The United States said on Thursday it was appalled by the killings and urged the Burmese authorities to show restraint and respect the right to peaceful protest. The State Department said Washington had conveyed its concern to the Burmese ambassador.

Opposition leaders said the resignation was not enough. "One man has gone, but the system remains," said a student leader who declined to be named. "We want a multi-party government and free elections."

Aung Gyi, a retired brigadier and former associate of Ne Win who has written open letters criticising the economy, called on the army to return to barracks and urged the students to avoid violence.

Reuter
""",
pub=("1988-08-12", "1988-08-12", "dateline 'Aug 12'; Sein Lwin resigned 12 August 1988"),
people=[("Sein Lwin", "MMR", "President"),
        ("Ne Win", "MMR", "former ruler"),
        ("Aung Gyi", "MMR", "retired brigadier")],
events=[
 ("MMR", "MMR", "CONCEDE/RETREAT", 1, "Burmese President Sein Lwin resigned today", 0),
 ("MMR", "MMR", "ASSAULT", 1, "troops shot dead hundreds of demonstrators", 0),
 ("MMR", "MMR", "PROTEST", 1, "Students and Buddhist monks launched a general strike on Monday", 0),
 ("MMR", "MMR", "REQUEST/PROTEST", 0, "demanding an end to one-party rule", 0),
 ("MMR", "MMR", "COERCE", 1, "The government imposed martial law in the capital", 0),
 ("MMR", "MMR", "ASSAULT", 0, "troops opened fire with automatic weapons on crowds", 0),
 ("MMR", "MMR", "ASSAULT", 0, "soldiers reportedly shot at nurses", 0),
 ("USA", "MMR", "ACCUSE", 1, "it was appalled by the killings", 0),
 ("USA", "MMR", "REQUEST", 1, "urged the Burmese authorities to show restraint", 0),
 ("USA", "MMR", "PROTEST/CONSULT/ACCUSE", 1, "had conveyed its concern to the Burmese ambassador", 0),
 ("MMR", "MMR", "REJECT", 1, "the resignation was not enough", 0),
 ("MMR", "MMR", "REQUEST", 0, "We want a multi-party government and free elections", 0),
 ("MMR", "MMR", "REQUEST", 1, "called on the army to return to barracks", 0),
 ("MMR", "MMR", "REQUEST", 0, "urged the students to avoid violence", 0),
]))

ARTS.append(dict(
id="AD6", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="FRENCH, KANAK AND SETTLER LEADERS SIGN NEW CALEDONIA PEACE PLAN",
body="""
PARIS, June 26 - Pro-independence Melanesian leader Jean-Marie Tjibaou and anti-independence leader Jacques Lafleur shook hands at the Prime Minister's office today after agreeing to a plan aimed at ending years of violence in the French Pacific territory of New Caledonia.

Prime Minister Michel Rocard, who brokered the agreement in more than 30 hours of talks at the Hotel Matignon, said the territory would be run directly from Paris for one year and then divided into three provinces with wide powers. A referendum on self-determination would be held in 1998.

"For the first time in years, the people of New Caledonia are talking to each other rather than shooting at each other," Rocard told reporters.

Tjibaou, leader of the Kanak Socialist National Liberation Front (FLNKS), said his movement accepted the plan because it guaranteed a vote on independence within 10 years. Lafleur, whose Rally for Caledonia in the Republic (RPCR) speaks for the European settlers, said the accord would keep the territory French "for as long as its people wish it."

The plan includes an amnesty for those involved in political violence, except murder, and a large development programme for the Kanak-majority north and the Loyalty Islands. It must still be approved by an FLNKS congress and by French voters in a nationwide referendum later this year.

Tjibaou appealed to his supporters in the territory to remove roadblocks and refrain from violence while the plan was debated.

The agreement comes less than two months after French troops stormed a cave on the island of Ouvea to free gendarmes held hostage by Kanak militants. Nineteen Kanaks and two soldiers were killed, and the FLNKS accused the army of executing some of the captives after they surrendered.

Hardline FLNKS militants in Noumea denounced the agreement as a betrayal and said they would not give up the fight for immediate independence.

In Canberra, Australian Foreign Minister Bill Hayden welcomed the accord and said it offered the best hope for peace in the region. Australia and other South Pacific states have pressed France to move the territory towards self-rule.

Reuter
""",
pub=("1988-06-26", "1988-06-26", "dateline 'June 26'; Matignon accords agreed 26 June 1988"),
people=[("Jean-Marie Tjibaou", "NCL", "leader, Kanak Socialist National Liberation Front (FLNKS)"),
        ("Jacques Lafleur", "NCL", "leader, Rally for Caledonia in the Republic (RPCR)"),
        ("Michel Rocard", "FRA", "Prime Minister"),
        ("Bill Hayden", "AUS", "Foreign Minister")],
events=[
 ("NCL", "NCL", "AGREE", 1, "after agreeing to a plan aimed at ending years of violence", 1),
 ("FRA", "NCL", "AGREE", 1, "brokered the agreement", 1),
 ("FRA", "NCL", "CONSULT", 1, "more than 30 hours of talks at the Hotel Matignon", 1),
 ("FRA", "NCL", "AGREE", 0, "A referendum on self-determination would be held in 1998", 0),
 ("NCL", "FRA|NCL", "AGREE/CONCEDE", 1, "his movement accepted the plan", 0),
 ("FRA", "NCL", "CONCEDE/AGREE", 0, "an amnesty for those involved in political violence", 0),
 ("FRA", "NCL", "AID", 0, "a large development programme", 0),
 ("NCL", "NCL", "REQUEST", 1, "Tjibaou appealed to his supporters in the territory to remove roadblocks", 0),
 ("FRA", "NCL", "ASSAULT", 0, "French troops stormed a cave on the island of Ouvea", 0),
 ("NCL", "FRA", "COERCE", 0, "gendarmes held hostage by Kanak militants", 0),
 ("NCL", "FRA", "ACCUSE", 0, "the FLNKS accused the army of executing some of the captives", 0),
 ("NCL", "NCL|FRA", "REJECT/ACCUSE", 1, "denounced the agreement as a betrayal", 0),
 ("NCL", "FRA", "REJECT/THREATEN", 0, "would not give up the fight for immediate independence", 0),
 ("AUS", "FRA|NCL", "SUPPORT", 1, "welcomed the accord", 0),
 ("AUS", "FRA", "REQUEST", 0, "have pressed France to move the territory towards self-rule", 0),
]))

ARTS.append(dict(
id="AD7", fmt="txt",
headline="China lodges protest after Trump takes call from Taiwan's president",
body="""
BEIJING — China lodged a formal complaint with the United States on Saturday after President-elect Donald Trump spoke by telephone with Taiwan's president, Tsai Ing-wen, breaking with nearly four decades of American diplomatic practice.

The Chinese Foreign Ministry said in a statement that it had made "stern representations" to "the relevant side" in the United States and urged Washington to honor its commitment to the "one China" policy, under which it recognizes Beijing as the sole legal government of China.

"Taiwan is an inseparable part of China's territory," the statement said. "We urge the relevant parties in the United States to handle Taiwan-related issues cautiously and properly."

Earlier, Foreign Minister Wang Yi played down the conversation, calling it "a petty trick" by Taiwan that would not change the international community's acceptance of one China. He did not mention Trump by name.

The 10-minute call on Friday was the first publicly known contact between a U.S. president or president-elect and a leader of Taiwan since Washington switched diplomatic recognition to Beijing in 1979. Trump's transition team said the two discussed "the close economic, political, and security ties" between Taiwan and the United States, and that Trump congratulated Tsai on her election victory in January.

Tsai's office said she had expressed hope for closer interaction and cooperation with Washington, and that the two had exchanged views on Asia.

Trump defended the call on Twitter, writing that "the President of Taiwan CALLED ME" to offer congratulations. In a second post he noted that the United States sells Taiwan "billions of dollars of military equipment" but that he "should not accept a congratulatory call."

The White House said it had not been told in advance. Emily Horne, a spokeswoman for the National Security Council, told reporters that "there is no change to our longstanding policy on cross-Strait issues" and that the administration remained firmly committed to the one China policy.

Democrats accused the president-elect of blundering into a diplomatic minefield. "These are major pivots in foreign policy without any plan," Sen. Chris Murphy of Connecticut wrote on Twitter.

Some Republicans welcomed the contact. Sen. Tom Cotton of Arkansas said he applauded Trump for speaking with the leader of "our democratic ally."

Beijing considers Taiwan a breakaway province that must one day be reunited with the mainland, by force if necessary. Relations across the Taiwan Strait have cooled since Tsai, whose party has traditionally leaned toward independence, took office in May.
""",
pub=("2016-12-03", "2016-12-04", "complaint 'on Saturday' 3 December 2016 after the call on Friday 2 December"),
people=[("Donald Trump", "USA", "President-elect"),
        ("Tsai Ing-wen", "TWN", "President"),
        ("Wang Yi", "CHN", "Foreign Minister"),
        ("Emily Horne", "USA", "spokeswoman, National Security Council"),
        ("Chris Murphy", "USA", "Senator"),
        ("Tom Cotton", "USA", "Senator")],
events=[
 ("CHN", "USA", "PROTEST", 1, "China lodged a formal complaint with the United States", 0),
 ("USA", "TWN", "CONSULT", 1, "spoke by telephone with Taiwan's president", 1),
 ("CHN", "USA", "PROTEST", 0, "it had made \"stern representations\"", 0),
 ("CHN", "USA", "REQUEST", 1, "urged Washington to honor its commitment", 0),
 ("CHN", "USA", "REQUEST", 0, "We urge the relevant parties in the United States", 0),
 ("CHN", "TWN", "ACCUSE", 1, "calling it \"a petty trick\" by Taiwan", 0),
 ("USA", "TWN", "SUPPORT", 1, "Trump congratulated Tsai on her election victory", 0),
 ("TWN", "USA", "REQUEST/AGREE/COOPERATE", 0, "expressed hope for closer interaction and cooperation with Washington", 0),
 ("USA", "TWN", "AID", 0, "sells Taiwan \"billions of dollars of military equipment\"", 0),
 ("USA", "CHN", "SUPPORT/AGREE", 1, "remained firmly committed to the one China policy", 0),
 ("USA", "USA", "ACCUSE", 1, "Democrats accused the president-elect of blundering", 0),
 ("USA", "USA", "SUPPORT", 1, "he applauded Trump for speaking with the leader", 0),
 ("CHN", "TWN", "THREATEN", 0, "by force if necessary", 0),
]))
