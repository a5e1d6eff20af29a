# Reuters 1987-1989 articles
def e(s, t, ty, ev, req=True, sym=False):
    return dict(source=s, target=t, types=ty.split(), required=req, evidence=ev, sym=sym)

ARTS = []

ARTS.append(dict(id="AZ1", fmt="txt", headline="SAUDI ARABIA ASKS WASHINGTON TO WITHDRAW ITS AMBASSADOR",
published=("1988-04-15", "1988-04-15", "dateline 'April 15'; Horan withdrawal, April 1988"),
text="""WASHINGTON, April 15 - Saudi Arabia has asked the United States to replace its ambassador in Riyadh, Hume Horan, less than a year after he took up the post, State Department officials said on Friday.

The officials, who declined to be named, said the Saudi government informed Washington that Horan was no longer welcome after he delivered a formal protest over the kingdom's secret purchase of Chinese CSS-2 medium-range missiles.

The request was made by King Fahd himself, according to one official. The State Department said Horan would be recalled to Washington and that a successor would be named shortly, but it denied that relations between the two countries had been damaged.

"Our relationship with Saudi Arabia is strong and it will remain strong," spokesman Charles Redman told reporters. He refused to say whether the ambassador had been formally declared persona non grata.

Horan, a fluent Arabic speaker and a career diplomat, had been instructed to tell Saudi officials that Washington objected to the missile deal, which was revealed last month. U.S. officials have said they fear the missiles could threaten Israel and destabilise the region.

Riyadh has insisted the missiles are purely defensive and has rejected demands that it allow American inspectors to examine them. Saudi officials have also assured Washington that the weapons will not carry chemical or nuclear warheads.

The Reagan administration is pressing Congress to approve further arms sales to the kingdom, and officials said the row over Horan would not alter that policy.

Israel has said it is concerned by the missiles but has denied reports that it is planning a strike against the launch sites.

Reuter""",
people=[("Hume Horan", "USA", "ambassador to Saudi Arabia"), ("King Fahd", "SAU", "King"), ("Charles Redman", "USA", "State Department spokesman")],
events=[
 e("SAU","USA","COERCE REJECT REQUEST","Saudi Arabia has asked the United States to replace its ambassador in Riyadh"),
 e("SAU","USA","REQUEST COERCE REJECT","The request was made by King Fahd himself", req=False),
 e("USA","SAU","PROTEST","he delivered a formal protest over the kingdom's secret purchase"),
 e("SAU","CHN","COOPERATE","secret purchase of Chinese CSS-2 medium-range missiles", sym=True),
 e("USA","SAU","RETREAT","Horan would be recalled to Washington", req=False),
 e("USA","SAU","SUPPORT","\"Our relationship with Saudi Arabia is strong and it will remain strong,\""),
 e("USA","SAU","PROTEST REJECT","Washington objected to the missile deal", req=False),
 e("USA","SAU","ACCUSE PROTEST","they fear the missiles could threaten Israel", req=False),
 e("SAU","USA","REJECT","has rejected demands that it allow American inspectors to examine them"),
 e("USA","SAU","REQUEST","demands that it allow American inspectors to examine them"),
 e("SAU","USA","AGREE","assured Washington that the weapons will not carry chemical or nuclear warheads"),
 e("USA","SAU","AID COOPERATE","pressing Congress to approve further arms sales to the kingdom", req=False),
 e("ISR","SAU","PROTEST ACCUSE","Israel has said it is concerned by the missiles", req=False),
 e("ISR","SAU","THREATEN ASSAULT","it is planning a strike against the launch sites", req=False),
]))

ARTS.append(dict(id="AZ2", fmt="txt", headline="INDONESIA AND CHINA AGREE TO END 22-YEAR RIFT",
published=("1989-02-23", "1989-02-23", "dateline 'Feb 23' 1989, eve of Hirohito funeral"),
text="""TOKYO, Feb 23 - Indonesia and China agreed on Thursday to take steps towards restoring diplomatic relations frozen since 1967, after President Suharto met Chinese Foreign Minister Qian Qichen on the sidelines of Emperor Hirohito's funeral.

The meeting, at a Tokyo hotel, was the first between Suharto and a senior Chinese leader since Jakarta suspended ties, accusing Peking of backing an abortive communist coup attempt in 1965.

Indonesian State Secretary Moerdiono told reporters that the two sides had agreed their officials would hold talks on normalisation "at an appropriate time and place". He said no date had been fixed.

Qian was quoted by the New China News Agency as saying Peking welcomed the decision and was prepared to develop friendly relations with Jakarta on the basis of peaceful coexistence.

Suharto told Qian that Indonesia expected China not to interfere in its internal affairs and not to support any subversive group, an Indonesian official said. Qian replied that China did not intend to interfere, the official added.

Diplomats said the breakthrough followed a gradual thaw. The two countries resumed direct trade in 1985, and Indonesian businessmen have pressed Jakarta to restore full ties.

Indonesia's army, which crushed the 1965 coup attempt, has long resisted any rapprochement, and military officers have warned that normalisation could open the way for communist infiltration.

Suharto, who has led Indonesia since 1966, was among dozens of world leaders in Tokyo for Friday's funeral. Qian is representing Chinese President Yang Shangkun at the ceremony.

Singapore, which also has no formal ties with Peking, has said it will establish diplomatic relations with China only after Indonesia has done so.

Reuter""",
people=[("Suharto", "IDN", "President"), ("Qian Qichen", "CHN", "Foreign Minister"), ("Hirohito", "JPN", "Emperor"), ("Moerdiono", "IDN", "State Secretary"), ("Yang Shangkun", "CHN", "President")],
events=[
 e("IDN","CHN","AGREE","Indonesia and China agreed on Thursday to take steps towards restoring diplomatic relations", sym=True),
 e("IDN","CHN","CONSULT","President Suharto met Chinese Foreign Minister Qian Qichen", sym=True),
 e("IDN","CHN","CONSULT","The meeting, at a Tokyo hotel", req=False, sym=True),
 e("IDN","CHN","SANCTION","Jakarta suspended ties", req=False),
 e("IDN","CHN","ACCUSE","accusing Peking of backing an abortive communist coup attempt in 1965"),
 e("IDN","CHN","AGREE CONSULT","their officials would hold talks on normalisation", sym=True),
 e("CHN","IDN","SUPPORT AGREE","Peking welcomed the decision and was prepared to develop friendly relations with Jakarta"),
 e("IDN","CHN","REQUEST","Indonesia expected China not to interfere in its internal affairs"),
 e("CHN","IDN","AGREE CONCEDE","China did not intend to interfere"),
 e("IDN","CHN","COOPERATE","The two countries resumed direct trade in 1985", req=False, sym=True),
 e("IDN","IDN","REQUEST","Indonesian businessmen have pressed Jakarta to restore full ties", req=False),
 e("IDN","IDN","ASSAULT COERCE","Indonesia's army, which crushed the 1965 coup attempt", req=False),
 e("IDN","CHN","ACCUSE","normalisation could open the way for communist infiltration", req=False),
 e("SGP","CHN","AGREE","it will establish diplomatic relations with China only after Indonesia has done so", req=False),
]))

ARTS.append(dict(id="AZ3", fmt="json", headline="THATCHER MEETS WALESA IN GDANSK, URGES WARSAW TO TALK",
published=("1988-11-04", "1988-11-04", "dateline 'Nov 4' 1988, Thatcher's Poland visit"),
meta=dict(date="1988-11-04 17:40:00", authors=[], url=None, domain="reuters.com", desc="British Prime Minister visits Gdansk shipyard and meets Solidarity leader."),
text="""GDANSK, Poland, Nov 4 - British Prime Minister Margaret Thatcher met Solidarity leader Lech Walesa on Friday and was cheered by thousands of workers at the Lenin shipyard, which the Polish government has ordered closed.

Thatcher, on the last day of a three-day visit to Poland, laid flowers at the monument to workers killed by security forces in 1970 and then held talks with Walesa and other union advisers at a church presbytery.

"The way forward is through dialogue, and dialogue means sitting down with the people whom the workers trust," she told reporters afterwards.

Walesa said he had asked Thatcher to press the authorities to legalise Solidarity, which was banned under martial law in 1981. "We are grateful that she came here, to us," he said.

The visit was organised with the consent of the Polish government, which did not try to prevent the meeting. But Poland's government spokesman Jerzy Urban said on Thursday that Britain had no right to lecture Poland on its shipyard, which he called unprofitable.

In Warsaw on Thursday Thatcher held more than four hours of talks with Communist Party leader General Wojciech Jaruzelski and Prime Minister Mieczyslaw Rakowski. British officials said she told them economic reform would fail without political pluralism.

Rakowski defended the shipyard closure, saying Poland could not afford to subsidise loss-making industry. He rejected suggestions that the decision was aimed at Solidarity.

Britain agreed during the visit to reschedule part of Poland's debt and to expand a scheme to train Polish managers, officials said.

Reuter""",
people=[("Margaret Thatcher", "GBR", "Prime Minister"), ("Lech Walesa", "POL", "Solidarity leader"), ("Jerzy Urban", "POL", "government spokesman"), ("Wojciech Jaruzelski", "POL", "Communist Party leader"), ("Mieczyslaw Rakowski", "POL", "Prime Minister")],
events=[
 e("GBR","POL","CONSULT","British Prime Minister Margaret Thatcher met Solidarity leader Lech Walesa"),
 e("POL","POL","COERCE SANCTION","the Lenin shipyard, which the Polish government has ordered closed", req=False),
 e("GBR","POL","CONSULT","held talks with Walesa and other union advisers", req=False),
 e("GBR","POL","REQUEST","\"The way forward is through dialogue, and dialogue means sitting down with the people whom the workers trust,\""),
 e("POL","GBR","REQUEST","Walesa said he had asked Thatcher to press the authorities to legalise Solidarity"),
 e("POL","POL","REQUEST","press the authorities to legalise Solidarity", req=False),
 e("POL","GBR","AGREE CONCEDE","The visit was organised with the consent of the Polish government", req=False),
 e("POL","GBR","REJECT ACCUSE","Britain had no right to lecture Poland on its shipyard"),
 e("GBR","POL","CONSULT","Thatcher held more than four hours of talks with Communist Party leader General Wojciech Jaruzelski"),
 e("GBR","POL","REQUEST ACCUSE","she told them economic reform would fail without political pluralism"),
 e("POL","GBR","REJECT","He rejected suggestions that the decision was aimed at Solidarity"),
 e("GBR","POL","AID AGREE","Britain agreed during the visit to reschedule part of Poland's debt"),
 e("GBR","POL","AID COOPERATE","to expand a scheme to train Polish managers", req=False),
 e("POL","POL","ASSAULT","workers killed by security forces in 1970", req=False),
]))

ARTS.append(dict(id="AZ4", fmt="json", headline="SHEVARDNADZE AND UNO AGREE TO WORK ON PEACE TREATY",
published=("1988-12-20", "1988-12-20", "dateline 'Dec 20' 1988, Shevardnadze's Tokyo visit"),
meta=dict(date="1988-12-20 12:05:00", authors=[], url=None, domain="reuters.com", desc="Soviet foreign minister visits Tokyo; territorial dispute remains."),
text="""TOKYO, Dec 20 - Soviet Foreign Minister Eduard Shevardnadze and his Japanese counterpart Sosuke Uno agreed on Tuesday to set up a permanent working group to negotiate a peace treaty formally ending World War Two, but the talks made no progress on the disputed Kurile islands.

The agreement came on the second day of Shevardnadze's visit, the first to Tokyo by a Soviet foreign minister in almost three years.

Uno pressed Moscow to return the four islands off Hokkaido, which Soviet troops seized in the last days of the war. Shevardnadze rejected the demand, insisting the question had been settled, a Japanese Foreign Ministry spokesman said.

"There is still a wide gap between our positions," the spokesman told reporters. "But the Soviet side agreed, for the first time, that the territorial question can be discussed in the working group."

Shevardnadze also met Prime Minister Noboru Takeshita and invited him to visit the Soviet Union. Takeshita accepted in principle but did not set a date, officials said.

The Soviet minister urged Japan to expand trade and investment, telling business leaders that Moscow wanted Japanese firms to take part in developing Siberia. Japan has refused to offer large-scale economic aid while the island dispute remains unresolved.

Shevardnadze also accused Japan of stepping up its military spending under pressure from the United States, a charge Japanese officials denied.

Japanese officials said Tokyo had also asked Moscow to allow more Japanese to visit family graves on the islands, a request Shevardnadze promised to study.

The two ministers signed an agreement on cultural exchanges before Shevardnadze left for Pyongyang.

Reuter""",
people=[("Eduard Shevardnadze", "RUS", "Foreign Minister"), ("Sosuke Uno", "JPN", "Foreign Minister"), ("Noboru Takeshita", "JPN", "Prime Minister")],
events=[
 e("RUS","JPN","AGREE","agreed on Tuesday to set up a permanent working group to negotiate a peace treaty", sym=True),
 e("RUS","JPN","CONSULT","Shevardnadze's visit, the first to Tokyo by a Soviet foreign minister"),
 e("JPN","RUS","REQUEST","Uno pressed Moscow to return the four islands off Hokkaido"),
 e("RUS","JPN","REJECT","Shevardnadze rejected the demand"),
 e("RUS","JPN","ASSAULT COERCE","which Soviet troops seized in the last days of the war", req=False),
 e("RUS","JPN","CONCEDE AGREE","the Soviet side agreed, for the first time, that the territorial question can be discussed"),
 e("RUS","JPN","CONSULT","Shevardnadze also met Prime Minister Noboru Takeshita"),
 e("RUS","JPN","REQUEST CONSULT","invited him to visit the Soviet Union", req=False),
 e("JPN","RUS","AGREE","Takeshita accepted in principle"),
 e("RUS","JPN","REQUEST","urged Japan to expand trade and investment"),
 e("JPN","RUS","REJECT","Japan has refused to offer large-scale economic aid"),
 e("RUS","JPN","ACCUSE","accused Japan of stepping up its military spending"),
 e("JPN","RUS","REJECT","a charge Japanese officials denied", req=False),
 e("RUS","JPN","AGREE COOPERATE","The two ministers signed an agreement on cultural exchanges", sym=True),
 e("USA","JPN","REQUEST","under pressure from the United States", req=False),
 e("JPN","RUS","REQUEST","Tokyo had also asked Moscow to allow more Japanese to visit family graves"),
 e("RUS","JPN","AGREE","a request Shevardnadze promised to study", req=False),
]))

ARTS.append(dict(id="AZ5", fmt="dump", headline="ISRAEL HANDS TABA BACK TO EGYPT AFTER SEVEN-YEAR DISPUTE",
published=("1989-03-15", "1989-03-15", "dateline 'March 15' 1989, Taba handover"),
text="""TABA, Egypt, March 15 - Israel handed the Red Sea enclave of Taba back to Egypt on Wednesday, ending a seven-year border dispute that had soured relations between the only two neighbours at peace with each other in the region.

The Egyptian flag was raised over the strip of beach after Israeli and Egyptian officers signed documents transferring control at a brief ceremony. Israeli soldiers then withdrew across the new boundary line.

The handover followed a ruling last September by an international arbitration panel in Geneva, which found in Egypt's favour. Israel had argued that the border post lay further south but agreed in advance to accept the verdict.

"Today Egypt has recovered the last grain of its sand," Egyptian President Hosni Mubarak said in a speech broadcast from Cairo. He thanked the United States, which mediated the arbitration agreement in 1986.

Israel's Foreign Minister Moshe Arens said in Jerusalem that the handover showed that disputes could be solved by negotiation rather than by force. He called on other Arab states to follow Egypt's example and make peace with Israel.

The two governments agreed last month that Egypt would pay 37 million dollars compensation for the Sonesta hotel and a holiday village built by Israeli investors in the enclave.

Israeli residents of Eilat, a few kilometres to the north, protested against the handover on Tuesday, and some accused the government of giving away territory too cheaply.

Mubarak has been criticised by several Arab states for keeping the 1979 peace treaty with Israel, but Egypt was readmitted to the Arab League at a summit last year.

Reuter""",
people=[("Hosni Mubarak", "EGY", "President"), ("Moshe Arens", "ISR", "Foreign Minister")],
events=[
 e("ISR","EGY","RETREAT CONCEDE","Israel handed the Red Sea enclave of Taba back to Egypt"),
 e("ISR","EGY","AGREE","Israeli and Egyptian officers signed documents transferring control", sym=True),
 e("ISR","EGY","RETREAT","Israeli soldiers then withdrew across the new boundary line"),
 e("IGO","EGY","SUPPORT","an international arbitration panel in Geneva, which found in Egypt's favour", req=False),
 e("ISR","EGY","AGREE CONCEDE","agreed in advance to accept the verdict", req=False),
 e("EGY","USA","SUPPORT","He thanked the United States"),
 e("USA","EGY","CONSULT AID","mediated the arbitration agreement in 1986", req=False),
 e("USA","ISR","CONSULT AID","mediated the arbitration agreement in 1986", req=False),
 e("ISR","EGY","SUPPORT","the handover showed that disputes could be solved by negotiation", req=False),
 e("ISR","SAU IRQ SYR JOR LBN","REQUEST","He called on other Arab states to follow Egypt's example", req=False),
 e("ISR","EGY","AGREE","The two governments agreed last month that Egypt would pay 37 million dollars compensation", sym=True),
 e("ISR","ISR","PROTEST","Israeli residents of Eilat, a few kilometres to the north, protested against the handover"),
 e("ISR","ISR","ACCUSE","accused the government of giving away territory too cheaply"),
 e("IGO","EGY","COOPERATE AGREE","Egypt was readmitted to the Arab League", req=False),
 e("EGY","ISR","COOPERATE","keeping the 1979 peace treaty with Israel", req=False, sym=True),
]))

ARTS.append(dict(id="AZ6", fmt="dump", headline="QIAN IN MOSCOW, FIRST CHINESE FOREIGN MINISTER VISIT SINCE 1957",
published=("1988-12-02", "1988-12-02", "dateline 'Dec 2' 1988, Qian's Moscow visit"),
text="""MOSCOW, Dec 2 - Chinese Foreign Minister Qian Qichen met Soviet leader Mikhail Gorbachev in the Kremlin on Friday, and both sides said the talks had cleared the way for the first Sino-Soviet summit in 30 years.

Qian, the first Chinese foreign minister to visit Moscow since 1957, held two days of talks with his counterpart Eduard Shevardnadze before he was received by Gorbachev.

The official news agency Tass said the two ministers agreed that Gorbachev would visit Peking in the first half of next year. The exact date will be fixed when Shevardnadze visits China early in 1989, it said.

"The Soviet Union and China are great neighbours and we must live as good neighbours," Gorbachev was quoted as telling Qian.

Cambodia remained the main obstacle. Peking has demanded that Moscow press its ally Vietnam to pull all its troops out of Cambodia, and Qian repeated that demand, a Chinese spokesman said. Shevardnadze said Moscow supported a political settlement but would not dictate to Hanoi.

The two sides also agreed to continue talks on reducing troops along their 7,000-km border. Soviet officials said Moscow was ready to cut its forces in Mongolia.

Western diplomats said relations had improved steadily since Gorbachev called for better ties in a speech in Vladivostok in 1986. But they said Peking would not restore party-to-party links without an end to Vietnam's occupation of Cambodia.

Relations broke down in the early 1960s, and troops of the two countries clashed on the Ussuri river in 1969.

Reuter""",
people=[("Qian Qichen", "CHN", "Foreign Minister"), ("Mikhail Gorbachev", "RUS", "Soviet leader"), ("Eduard Shevardnadze", "RUS", "Foreign Minister")],
events=[
 e("CHN","RUS","CONSULT","Chinese Foreign Minister Qian Qichen met Soviet leader Mikhail Gorbachev in the Kremlin"),
 e("CHN","RUS","CONSULT","held two days of talks with his counterpart Eduard Shevardnadze", sym=True),
 e("CHN","RUS","AGREE","the two ministers agreed that Gorbachev would visit Peking", sym=True),
 e("RUS","CHN","CONSULT","when Shevardnadze visits China early in 1989", req=False),
 e("RUS","CHN","SUPPORT AGREE","\"The Soviet Union and China are great neighbours and we must live as good neighbours,\""),
 e("CHN","RUS","REQUEST","Peking has demanded that Moscow press its ally Vietnam to pull all its troops out of Cambodia"),
 e("CHN","RUS","REQUEST","Qian repeated that demand"),
 e("CHN","VNM","REQUEST","pull all its troops out of Cambodia", req=False),
 e("VNM","KHM","ASSAULT COERCE","Vietnam's occupation of Cambodia", req=False),
 e("RUS","CHN","REJECT","would not dictate to Hanoi"),
 e("CHN","RUS","AGREE","agreed to continue talks on reducing troops along their 7,000-km border", sym=True),
 e("RUS","CHN","AGREE RETREAT","Moscow was ready to cut its forces in Mongolia"),
 e("RUS","CHN","REQUEST SUPPORT","Gorbachev called for better ties in a speech in Vladivostok", req=False),
 e("CHN","RUS","REJECT","Peking would not restore party-to-party links", req=False),
 e("CHN","RUS","ASSAULT","troops of the two countries clashed on the Ussuri river in 1969", req=False, sym=True),
]))
