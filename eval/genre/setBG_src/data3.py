# Articles BG14-BG20 (Al Jazeera 2021-2022)
ARTS = []
ARTS.append(dict(id="BG14", fmt="json", pub=("2021-07-28","2021-07-28","date_publish; Geneva talks 28 July 2021"),
date_publish="2021-07-28 18:20:00", url="https://www.aljazeera.com/news/2021/7/28/us-russia-strategic-stability-talks-geneva", authors=["Al Jazeera and news agencies"], domain="www.aljazeera.com",
description="First round of talks since the Biden-Putin summit aims to lay the groundwork for future arms control.",
headline="US and Russia hold 'strategic stability' talks in Geneva",
body="""Senior United States and Russian officials have held talks in Geneva on arms control and nuclear risk, the first such meeting since Presidents Joe Biden and Vladimir Putin agreed at their summit in June to launch a "strategic stability" dialogue.
US Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov led the delegations at the US mission in the Swiss city on Wednesday.
The State Department said in a statement that the discussions were "professional and substantive" and that the two sides had agreed to meet again at the end of September.
Ryabkov told Russian news agencies that Moscow was "satisfied" with the meeting and that the talks had been "more concentrated and more concrete" than in the past. He said Russia had raised US plans to deploy intermediate-range missiles and missile defence systems, which Moscow sees as a threat.
Washington wants future negotiations to cover all nuclear warheads, including the shorter-range weapons in which Russia has a large advantage, as well as new systems such as hypersonic vehicles. Moscow insists that US missile defences and conventional long-range strike weapons be part of the agenda.
Relations between the two powers have sunk to post-Cold War lows over accusations of election interference, cyberattacks and Russia's treatment of opposition politician Alexey Navalny. Washington has expelled Russian diplomats and imposed sanctions this year, and Moscow has retaliated in kind.
In February, days after Biden took office, the two countries extended the New START treaty, their last remaining arms control pact, for five years.
Washington also wants China to join future arms control talks, a proposal Beijing has repeatedly rejected, saying its arsenal is far smaller than those of the US and Russia.
Analysts said the Geneva talks were unlikely to produce quick results but showed both sides wanted to keep channels open.""",
people=[("Joe Biden","USA","President"),("Vladimir Putin","RUS","President"),("Wendy Sherman","USA","Deputy Secretary of State"),("Sergei Ryabkov","RUS","Deputy Foreign Minister"),("Alexey Navalny","RUS","opposition politician")],
events="""USA RUS CONSULT RS | Senior United States and Russian officials have held talks in Geneva on arms control and nuclear risk
USA RUS AGREE OS | agreed at their summit in June to launch a "strategic stability" dialogue
USA RUS AGREE,CONSULT RS | the two sides had agreed to meet again at the end of September
RUS USA SUPPORT O | Moscow was "satisfied" with the meeting
RUS USA ACCUSE R | Russia had raised US plans to deploy intermediate-range missiles and missile defence systems, which Moscow sees as a threat
USA RUS REQUEST R | Washington wants future negotiations to cover all nuclear warheads
RUS USA REQUEST R | Moscow insists that US missile defences and conventional long-range strike weapons be part of the agenda
USA RUS ACCUSE O | accusations of election interference, cyberattacks
USA RUS SANCTION R | Washington has expelled Russian diplomats and imposed sanctions this year
RUS USA SANCTION R | Moscow has retaliated in kind
USA RUS AGREE OS | the two countries extended the New START treaty
USA CHN REQUEST R | Washington also wants China to join future arms control talks
CHN USA REJECT R | a proposal Beijing has repeatedly rejected"""))

ARTS.append(dict(id="BG15", fmt="txt", pub=("2021-10-18","2021-10-19","China's denial on Monday 18 Oct 2021 after FT report of 16 Oct"),
headline="China denies testing nuclear-capable hypersonic missile",
body="""China has denied a report that it tested a nuclear-capable hypersonic missile that circled the globe before speeding towards its target, saying it had carried out a routine test of a reusable spacecraft.

Foreign ministry spokesman Zhao Lijian told a regular news briefing in Beijing on Monday that the July test was "not a missile" but a space vehicle, and that it would help lower the cost of using space for peaceful purposes.

The Financial Times reported at the weekend that China had launched a rocket carrying a hypersonic glide vehicle into low orbit in August, and that the test had surprised US intelligence. It said the vehicle missed its target by about 40km.

US officials declined to confirm the report, but President Joe Biden, asked by reporters whether he was concerned about Chinese hypersonic weapons, replied: "Yes."

"We have made clear our concerns about the military capabilities the PRC continues to pursue," State Department spokesman Ned Price said, adding that the US would maintain its deterrence. Washington has repeatedly urged Beijing to join talks on limiting nuclear weapons.

The US disarmament ambassador, Robert Wood, told reporters in Geneva that Washington did not know how to defend against such a weapon and that "neither does China". He called on Beijing to engage in dialogue.

China has rejected US calls to join trilateral arms control negotiations with Russia, and says its nuclear arsenal exists only for self-defence. Beijing has also accused Washington of exaggerating a "China threat" to justify its own military spending.

The report came as tensions rose over Taiwan, with record numbers of Chinese military aircraft flying into the island's air defence zone earlier this month. Taiwan's defence ministry said the Chinese flights were a serious provocation.

Russia, which says it has already deployed hypersonic weapons, and the US are also racing to develop the technology.""",
people=[("Zhao Lijian","CHN","foreign ministry spokesman"),("Joe Biden","USA","President"),("Ned Price","USA","State Department spokesman"),("Robert Wood","USA","disarmament ambassador")],
events="""CHN USA REJECT O | China has denied a report that it tested a nuclear-capable hypersonic missile
USA CHN ACCUSE,PROTEST R | "We have made clear our concerns about the military capabilities the PRC continues to pursue,"
USA CHN THREATEN O | the US would maintain its deterrence
USA CHN REQUEST R | Washington has repeatedly urged Beijing to join talks on limiting nuclear weapons
USA CHN REQUEST R | He called on Beijing to engage in dialogue
CHN USA REJECT R | China has rejected US calls to join trilateral arms control negotiations with Russia
CHN USA ACCUSE R | Beijing has also accused Washington of exaggerating a "China threat"
CHN TWN COERCE,MOBILIZE R | record numbers of Chinese military aircraft flying into the island's air defence zone
TWN CHN ACCUSE,PROTEST R | the Chinese flights were a serious provocation"""))

ARTS.append(dict(id="BG16", fmt="json", pub=("2022-02-27","2022-02-27","date_publish; order given 27 Feb 2022"),
date_publish="2022-02-27 14:10:00", url="https://www.aljazeera.com/news/2022/2/27/putin-orders-nuclear-deterrence-forces-on-high-alert", authors=["Al Jazeera Staff"], domain="www.aljazeera.com",
description="Russian president cites 'aggressive statements' by NATO as Western nations tighten sanctions over the invasion of Ukraine.",
headline="Putin puts Russia's nuclear deterrence forces on high alert",
body="""Russian President Vladimir Putin has ordered his military to put the country's nuclear deterrence forces on a "special regime of combat duty", citing "aggressive statements" by NATO members and crippling Western sanctions over the invasion of Ukraine.
In a televised meeting on Sunday with Defence Minister Sergei Shoigu and the chief of the general staff, Valery Gerasimov, Putin said Western countries had taken "unfriendly actions" against Russia in the economic sphere and that top officials of leading NATO states had made aggressive remarks about Russia.
The United States condemned the move. US ambassador to the United Nations Linda Thomas-Greenfield told CBS that it was "totally unacceptable" and meant Putin was "continuing to escalate this war".
NATO Secretary-General Jens Stoltenberg called the order "dangerous rhetoric" and "irresponsible behaviour".
The announcement came as Ukrainian and Russian delegations prepared to meet for talks on the Belarusian border. Ukrainian President Volodymyr Zelenskyy said he agreed to send officials to the meeting but did not expect much from it.
Ukrainian forces said they had repelled a Russian attack on Kharkiv, the country's second-largest city, on Sunday, after Russian troops entered it earlier in the day.
The European Union on Sunday agreed to close its airspace to Russian aircraft and, for the first time, to finance the purchase and delivery of weapons to a country under attack.
Moscow launched its invasion on Thursday after months of warnings from Western governments. Putin has repeatedly accused NATO of threatening Russia's security by expanding eastwards.
Russia has the world's largest stockpile of nuclear warheads. Analysts said it was not clear what practical steps the order involved, but that it was a clear signal to the West not to intervene.""",
people=[("Vladimir Putin","RUS","President"),("Sergei Shoigu","RUS","Defence Minister"),("Valery Gerasimov","RUS","chief of the general staff"),("Linda Thomas-Greenfield","USA","ambassador to the United Nations"),("Jens Stoltenberg","NOR","NATO Secretary-General"),("Volodymyr Zelenskyy","UKR","President")],
events="""RUS WST/IGO THREATEN,MOBILIZE R | put the country's nuclear deterrence forces on a "special regime of combat duty"
RUS IGO ACCUSE R | citing "aggressive statements" by NATO members
WST RUS SANCTION O | crippling Western sanctions over the invasion of Ukraine
RUS WST ACCUSE R | Western countries had taken "unfriendly actions" against Russia
USA RUS PROTEST,ACCUSE R | The United States condemned the move
USA RUS ACCUSE O | Putin was "continuing to escalate this war"
IGO RUS ACCUSE,PROTEST R | called the order "dangerous rhetoric"
UKR RUS AGREE,CONSULT R | he agreed to send officials to the meeting
UKR RUS CONSULT OS | Ukrainian and Russian delegations prepared to meet for talks
UKR RUS ASSAULT RS | had repelled a Russian attack on Kharkiv
RUS UKR ASSAULT R | Russian troops entered it earlier in the day
EUR RUS SANCTION R | agreed to close its airspace to Russian aircraft
EUR UKR AID R | to finance the purchase and delivery of weapons
RUS UKR ASSAULT O | Moscow launched its invasion on Thursday
RUS IGO ACCUSE R | Putin has repeatedly accused NATO of threatening Russia's security"""))

ARTS.append(dict(id="BG17", fmt="dump", pub=("2022-04-20","2022-04-21","Sarmat test 20 April 2022"),
headline="Russia tests Sarmat ICBM, Putin says it will make enemies 'think twice'",
body="""Russia has carried out the first full test launch of its Sarmat intercontinental ballistic missile, a weapon President Vladimir Putin says can overcome any missile defence, in what was seen as a show of strength nearly two months into its war in Ukraine.

The missile was fired on Wednesday from the Plesetsk launch site in the country's northwest and its dummy warheads hit targets on the Kamchatka peninsula in the far east, the defence ministry said.

Putin, who was shown on state television being briefed by the military, said the weapon would "make those who, in the heat of aggressive rhetoric, try to threaten our country think twice".

The Pentagon said Russia had properly notified the United States in advance of the launch under its arms control obligations, and that the test was "routine" and not considered a threat.

"Such testing is routine. It was not a surprise," spokesman John Kirby told reporters, adding that Washington would not let the test divert it from supporting Ukraine.

The head of Russia's space agency, Dmitry Rogozin, wrote on social media that the launch was "a present to NATO".

Ukraine's foreign ministry accused Moscow of nuclear blackmail and urged Western partners to speed up deliveries of heavy weapons.

The Sarmat, which NATO calls Satan 2, is designed to replace Soviet-era missiles and is expected to enter service by the end of the year.

Russia's offensive in Ukraine's east has intensified in recent days, with Ukrainian officials saying Russian forces were shelling towns along a front line hundreds of kilometres long. The US announced new sanctions on Russian banks on the same day.

Since the invasion, Russian officials have repeatedly warned of the risk of nuclear conflict, remarks Western leaders have condemned as irresponsible.""",
people=[("Vladimir Putin","RUS","President"),("John Kirby","USA","Pentagon spokesman"),("Dmitry Rogozin","RUS","head of space agency")],
events="""RUS RUS MOBILIZE O | carried out the first full test launch of its Sarmat intercontinental ballistic missile
RUS WST/IGO/USA THREATEN R | try to threaten our country think twice
RUS USA COOPERATE,CONSULT R | Russia had properly notified the United States in advance of the launch
USA UKR SUPPORT,AID R | would not let the test divert it from supporting Ukraine
RUS IGO THREATEN R | "a present to NATO"
UKR RUS ACCUSE R | accused Moscow of nuclear blackmail
UKR WST REQUEST R | urged Western partners to speed up deliveries of heavy weapons
RUS UKR ASSAULT R | Russian forces were shelling towns along a front line
USA RUS SANCTION R | The US announced new sanctions on Russian banks
RUS WST THREATEN O | repeatedly warned of the risk of nuclear conflict
WST RUS ACCUSE,PROTEST R | remarks Western leaders have condemned as irresponsible"""))

ARTS.append(dict(id="BG18", fmt="txt", pub=("2022-08-26","2022-08-27","NPT RevCon closed 26 Aug 2022 (New York time)"),
headline="UN nuclear treaty review ends without agreement as Russia blocks text",
body="""A month-long conference reviewing the world's main nuclear disarmament treaty has ended without a final agreement after Russia objected to language on the Zaporizhzhia nuclear power plant in Ukraine.

The 191 parties to the Nuclear Non-Proliferation Treaty (NPT) had spent four weeks negotiating a 36-page document at United Nations headquarters in New York. Its adoption required the consent of every state.

"Our delegation has a key objection on some paragraphs which are blatantly political in nature," Russian delegate Igor Vishnevetsky told the closing session on Friday, saying Moscow was not the only country that disagreed with the text.

The draft had expressed grave concern about military activity around Ukrainian nuclear plants, including Zaporizhzhia, Europe's largest, which Russian forces seized in March. It also stressed the loss of control by Ukraine's authorities over the sites.

Conference president Gustavo Zlauvinen of Argentina said the meeting was "not in a position to achieve agreement".

The United States accused Russia of cynically blocking consensus. Adam Scheinman, the US special representative for nuclear non-proliferation, said Russia was "the only reason" the conference had failed. Ukraine's delegate said the outcome showed Moscow was isolated.

In the final hours, Russian diplomats had demanded that references to Ukrainian control of the plant be removed. France's ambassador said Western delegations had already accepted weaker wording as a compromise, but that Moscow wanted more. China's delegate urged all sides not to politicise the meeting.

It was the second review conference in a row to end in failure. In 2015, the United States, Britain and Canada blocked a final text over a proposal for a Middle East zone free of weapons of mass destruction.

UN Secretary-General Antonio Guterres has warned that humanity is "just one misunderstanding, one miscalculation away from nuclear annihilation".

The conference had been postponed several times since 2020 because of the COVID-19 pandemic.

Disarmament campaigners said the failure reflected deep divisions between the nuclear powers. Iran, whose nuclear programme was also discussed, accused Western states of double standards over Israel's undeclared arsenal.""",
people=[("Igor Vishnevetsky","RUS","delegate"),("Gustavo Zlauvinen","ARG","conference president"),("Adam Scheinman","USA","special representative for nuclear non-proliferation"),("Antonio Guterres","UNO","UN Secretary-General")],
events="""RUS IGO/UNO REJECT R | Russia objected to language on the Zaporizhzhia nuclear power plant in Ukraine
RUS IGO/UNO REJECT O | Our delegation has a key objection on some paragraphs which are blatantly political in nature
IGO RUS ACCUSE O | The draft had expressed grave concern about military activity around Ukrainian nuclear plants
RUS UKR ASSAULT,COERCE R | which Russian forces seized in March
USA RUS ACCUSE R | The United States accused Russia of cynically blocking consensus
USA RUS ACCUSE O | Russia was "the only reason" the conference had failed
UKR RUS ACCUSE R | the outcome showed Moscow was isolated
RUS IGO/UNO REQUEST R | Russian diplomats had demanded that references to Ukrainian control of the plant be removed
FRA/WST RUS CONCEDE R | Western delegations had already accepted weaker wording as a compromise
FRA RUS ACCUSE O | but that Moscow wanted more
CHN RUS/WST REQUEST O | China's delegate urged all sides not to politicise the meeting
USA IGO REJECT O | the United States, Britain and Canada blocked a final text
GBR IGO REJECT O | the United States, Britain and Canada blocked a final text
CAN IGO REJECT O | the United States, Britain and Canada blocked a final text
IRN WST ACCUSE R | accused Western states of double standards over Israel's undeclared arsenal"""))

ARTS.append(dict(id="BG19", fmt="json", pub=("2022-09-09","2022-09-09","date_publish; KCNA report 9 Sept 2022"),
date_publish="2022-09-09 08:45:00", url="https://www.aljazeera.com/news/2022/9/9/north-korea-declares-itself-nuclear-weapons-state-law", authors=["Al Jazeera and news agencies"], domain="www.aljazeera.com",
description="Kim Jong Un says the law makes the country's nuclear status 'irreversible' and rules out denuclearisation talks.",
headline="North Korea passes law declaring itself a nuclear state, rules out talks",
body="""North Korea has passed a law declaring itself a nuclear weapons state and allowing pre-emptive nuclear strikes, with leader Kim Jong Un vowing never to give up the weapons or negotiate them away.
The law, adopted by the Supreme People's Assembly on Thursday, makes the country's nuclear status "irreversible" and bars any talks on denuclearisation, state news agency KCNA reported on Friday.
"There will never be any denuclearisation, no negotiations and no bargaining chip to trade," Kim said in a speech to the assembly, accusing the United States of seeking to weaken North Korea and eventually topple its government.
The legislation authorises nuclear strikes if the country's leadership or command system comes under attack, or if an attack on "strategic targets" is imminent.
South Korea's Defence Ministry said it "expresses regret" over the law and warned that any use of nuclear weapons by the North would be met with an "overwhelming response" from Seoul and Washington.
The United States said it remained open to dialogue with Pyongyang without preconditions. State Department spokesman Ned Price said Washington had "no hostile intent" towards the North.
Japan's Chief Cabinet Secretary Hirokazu Matsuno said Tokyo would work closely with the US and South Korea on the issue.
North Korea has conducted a record number of missile tests this year and is believed by US and South Korean officials to be preparing for its first nuclear test since 2017.
Talks between Kim and former US President Donald Trump collapsed in 2019 over the extent of sanctions relief Pyongyang would receive in return for dismantling its nuclear facilities.
South Korean President Yoon Suk-yeol last month offered large-scale economic aid in exchange for denuclearisation, a proposal Kim's sister, Kim Yo Jong, dismissed as "the height of absurdity".""",
people=[("Kim Jong Un","PRK","leader"),("Ned Price","USA","State Department spokesman"),("Hirokazu Matsuno","JPN","Chief Cabinet Secretary"),("Donald Trump","USA","former President"),("Yoon Suk-yeol","KOR","President"),("Kim Yo Jong","PRK","sister of Kim Jong Un")],
events="""PRK USA/KOR THREATEN R | allowing pre-emptive nuclear strikes
PRK USA REJECT R | "There will never be any denuclearisation, no negotiations and no bargaining chip to trade,"
PRK USA ACCUSE R | accusing the United States of seeking to weaken North Korea and eventually topple its government
KOR PRK PROTEST R | it "expresses regret" over the law
KOR PRK THREATEN R | would be met with an "overwhelming response" from Seoul and Washington
USA PRK AGREE,CONSULT R | remained open to dialogue with Pyongyang without preconditions
JPN USA COOPERATE R | Tokyo would work closely with the US and South Korea
JPN KOR COOPERATE R | Tokyo would work closely with the US and South Korea
PRK USA CONSULT OS | Talks between Kim and former US President Donald Trump collapsed in 2019
KOR PRK AID,AGREE R | offered large-scale economic aid in exchange for denuclearisation
PRK KOR REJECT R | dismissed as "the height of absurdity\""""))

ARTS.append(dict(id="BG20", fmt="dump", pub=("2022-11-22","2022-11-23","Iran announced Fordow 60% on 22 Nov 2022"),
headline="Iran starts 60 percent enrichment at Fordow in response to IAEA censure",
body="""Iran has begun enriching uranium to 60 percent purity at its underground Fordow facility, state media reported, in a defiant response to a resolution by the United Nations nuclear watchdog's board that criticised Tehran for failing to cooperate with an investigation.

The head of the Atomic Energy Organization of Iran, Mohammad Eslami, said on Tuesday that the step was a reaction to "the political behaviour" of Western powers, and that Iran had also started up new centrifuge cascades at Natanz.

The board of the International Atomic Energy Agency (IAEA) passed the resolution last Thursday, demanding that Iran explain traces of uranium found at three undeclared sites. The text was put forward by the United States, Britain, France and Germany.

Tehran had warned before the vote that it would respond firmly to any resolution. Foreign ministry spokesman Nasser Kanaani called the censure "politically motivated" and said Iran would not bow to pressure.

The IAEA confirmed in a report to member states that Iran had informed it of the move, and its inspectors verified that enrichment had begun.

Fordow, built inside a mountain near the holy city of Qom, is a particular worry for Western governments because it is hard to bomb. Under the 2015 nuclear deal with world powers, Iran was not allowed to enrich uranium there at all.

Germany, France and Britain said in a joint statement that Iran's step was "a challenge to the global non-proliferation system" and had "no credible civilian justification".

Efforts to revive the 2015 accord, which the United States abandoned in 2018 under then-President Donald Trump, have been stalled since September.

The United States has also imposed fresh sanctions on Iranian officials over the crackdown on protests that erupted in September after the death in custody of Mahsa Amini. Iran accuses Washington of stoking the unrest.""",
people=[("Mohammad Eslami","IRN","head of the Atomic Energy Organization of Iran"),("Nasser Kanaani","IRN","foreign ministry spokesman"),("Donald Trump","USA","former President"),("Mahsa Amini","IRN","")],
events="""IRN IGO/WST REJECT,THREATEN O | Iran has begun enriching uranium to 60 percent purity
IGO IRN ACCUSE,PROTEST R | a resolution by the United Nations nuclear watchdog's board that criticised Tehran
IRN WST ACCUSE R | the step was a reaction to "the political behaviour" of Western powers
IGO IRN REQUEST R | demanding that Iran explain traces of uranium found at three undeclared sites
USA IRN ACCUSE,REQUEST R | The text was put forward by the United States, Britain, France and Germany
GBR IRN ACCUSE,REQUEST R | The text was put forward by the United States, Britain, France and Germany
FRA IRN ACCUSE,REQUEST R | The text was put forward by the United States, Britain, France and Germany
DEU IRN ACCUSE,REQUEST R | The text was put forward by the United States, Britain, France and Germany
IRN IGO/WST THREATEN R | it would respond firmly to any resolution
IRN IGO/WST ACCUSE,REJECT R | called the censure "politically motivated"
IRN IGO COOPERATE O | Iran had informed it of the move
DEU IRN ACCUSE R | Iran's step was "a challenge to the global non-proliferation system"
FRA IRN ACCUSE R | Iran's step was "a challenge to the global non-proliferation system"
GBR IRN ACCUSE R | Iran's step was "a challenge to the global non-proliferation system"
USA IRN RETREAT,REJECT O | which the United States abandoned in 2018
USA IRN SANCTION R | imposed fresh sanctions on Iranian officials
IRN IRN COERCE O | the crackdown on protests
IRN USA ACCUSE R | Iran accuses Washington of stoking the unrest"""))
