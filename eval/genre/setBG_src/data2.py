# Articles BG7-BG13 (2016-2018)
ARTS = []
ARTS.append(dict(id="BG7", fmt="txt", pub=("2016-06-24","2016-06-25","NSG plenary in Seoul ended 24 June 2016"),
headline="China blocks India's bid to join Nuclear Suppliers Group",
body="""India's campaign to join the club of countries that controls trade in nuclear technology ended in failure on Friday after China led a group of members in blocking its application at a meeting in Seoul.

The 48-nation Nuclear Suppliers Group, which works by consensus, closed its two-day plenary without agreeing to admit India, despite a personal appeal from Prime Minister Narendra Modi to Chinese President Xi Jinping in Tashkent a day earlier.

Beijing argued that India, which has never signed the Nuclear Non-Proliferation Treaty, could not be treated as an exception. "The NPT is the cornerstone of the international non-proliferation regime," Chinese foreign ministry spokeswoman Hua Chunying told reporters, adding that China's position "is not targeted at any country."

Diplomats said Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections at the meeting.

India's foreign ministry said in a statement that "one country persistently raised procedural hurdles", a clear reference to China, and that an early decision would have helped clean energy goals.

Washington had lobbied hard for New Delhi. The United States urged all members to back India's application, and an American official said Washington remained convinced India was ready for membership.

Pakistan, India's nuclear-armed neighbour, applied to join the group in May with Chinese support. Pakistani officials welcomed the outcome and said any criteria for new members should apply equally to both countries.

Analysts said the setback would strain ties between Asia's two giants, which are already tense over Beijing's close relations with Islamabad and a long-running border dispute.

Indian Foreign Secretary S Jaishankar, who travelled to Seoul to lobby delegates, said New Delhi would keep pressing its case.""",
people=[("Narendra Modi","IND","Prime Minister"),("Xi Jinping","CHN","President"),("Hua Chunying","CHN","foreign ministry spokeswoman"),("S Jaishankar","IND","Foreign Secretary")],
events="""CHN IND REJECT R | China led a group of members in blocking its application
IGO IND REJECT O | closed its two-day plenary without agreeing to admit India
IND CHN REQUEST R | a personal appeal from Prime Minister Narendra Modi to Chinese President Xi Jinping
IND CHN CONSULT OS | a personal appeal from Prime Minister Narendra Modi to Chinese President Xi Jinping in Tashkent
CHN IND REJECT,ACCUSE R | India, which has never signed the Nuclear Non-Proliferation Treaty, could not be treated as an exception
CHE IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
BRA IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
TUR IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
AUT IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
IRL IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
NZL IND REJECT O | Switzerland, Brazil, Turkey, Austria, Ireland and New Zealand also raised objections
IND CHN ACCUSE R | "one country persistently raised procedural hurdles"
USA IND SUPPORT R | Washington had lobbied hard for New Delhi
USA IGO REQUEST R | The United States urged all members to back India's application
USA IND SUPPORT O | Washington remained convinced India was ready for membership
CHN PAK SUPPORT R | applied to join the group in May with Chinese support
PAK IND REJECT,ACCUSE O | Pakistani officials welcomed the outcome
CHN PAK COOPERATE O | Beijing's close relations with Islamabad
IND IGO REQUEST R | New Delhi would keep pressing its case"""))

ARTS.append(dict(id="BG8", fmt="json", pub=("2017-02-03","2017-02-03","date_publish; sanctions announced 3 Feb 2017"),
date_publish="2017-02-03 16:05:00", url="https://www.washingtonpost.com/world/national-security/us-sanctions-iran-missile-test-2017/", authors=["Staff Writer"], domain="www.washingtonpost.com",
description="The Treasury targeted 25 people and companies in the first concrete move by the new administration against Tehran.",
headline="U.S. slaps new sanctions on Iran after ballistic missile test",
body="""The Trump administration imposed sanctions on 25 people and companies linked to Iran's ballistic missile programme on Friday, its first concrete step against Tehran since taking office and a direct response to a missile test last weekend.
The Treasury Department said in a statement that the targets, including firms in China and the United Arab Emirates, had helped supply technology to Iran's missile effort or to the Revolutionary Guards' foreign operations arm.
"Iran's continued support for terrorism and development of its ballistic missile program poses a threat to the region, to our partners worldwide, and to the United States," said John Smith, the acting director of the Treasury's Office of Foreign Assets Control.
The move came two days after national security adviser Michael Flynn stood at the White House podium and declared that Iran was "officially on notice." President Donald Trump tweeted on Friday that Iran was "playing with fire."
Iran hit back swiftly. Foreign Minister Mohammad Javad Zarif said on Twitter that Iran was "unmoved by threats" and would never use its weapons against anyone except in self-defence. The foreign ministry said Tehran would impose "legal restrictions" on American individuals and entities helping what it called terrorist groups in the region.
The Revolutionary Guards also held military exercises on Saturday to show off missile and radar systems, state media reported.
Iran insists the launch did not violate the 2015 nuclear agreement or a U.N. Security Council resolution that calls on it not to develop missiles designed to carry nuclear warheads. Tehran says its missiles are not built for that purpose.
Officials said the sanctions had been prepared under the Obama administration and were carefully designed not to breach the nuclear deal, which the administration has not moved to tear up.
European diplomats urged both sides to avoid escalation.""",
people=[("John Smith","USA","acting director, Treasury Office of Foreign Assets Control"),("Michael Flynn","USA","national security adviser"),("Donald Trump","USA","President"),("Mohammad Javad Zarif","IRN","Foreign Minister")],
events="""USA IRN SANCTION R | imposed sanctions on 25 people and companies linked to Iran's ballistic missile programme
USA CHN SANCTION O | including firms in China and the United Arab Emirates
USA IRN ACCUSE R | Iran's continued support for terrorism and development of its ballistic missile program poses a threat
USA IRN THREATEN R | declared that Iran was "officially on notice."
USA IRN THREATEN,ACCUSE R | Iran was "playing with fire."
IRN USA REJECT R | Iran was "unmoved by threats"
IRN USA SANCTION,THREATEN R | Tehran would impose "legal restrictions" on American individuals
IRN USA MOBILIZE R | held military exercises on Saturday to show off missile and radar systems
IRN USA REJECT R | Iran insists the launch did not violate the 2015 nuclear agreement
EUR USA/IRN REQUEST R | European diplomats urged both sides to avoid escalation"""))

ARTS.append(dict(id="BG9", fmt="dump", pub=("2017-02-18","2017-02-19","China announced coal suspension 18 Feb 2017"),
headline="China suspends all coal imports from North Korea after missile test",
body="""China will halt all imports of coal from North Korea for the rest of the year, the commerce ministry said on Saturday, a rare move that cuts off Pyongyang's most important source of foreign currency less than a week after it tested a new ballistic missile.

The ministry said in a brief notice that the suspension, which takes effect on Sunday, was intended to implement United Nations Security Council sanctions adopted in November after North Korea's fifth nuclear test.

The announcement came a day after Chinese Foreign Minister Wang Yi met his South Korean counterpart, Yun Byung-se, on the sidelines of a meeting in Germany and said Beijing opposed the launch.

North Korea fired a medium-range missile into the sea off its east coast last Sunday. The launch was condemned by the Security Council, and Japanese Prime Minister Shinzo Abe, who was visiting President Donald Trump in Florida at the time, called it "absolutely intolerable."

Washington has long pressed Beijing to use its economic leverage over the isolated state. Trump had accused China of doing little to rein in its neighbour.

Coal accounts for more than a third of North Korea's exports, nearly all of which go to China.

The move also followed the killing of Kim Jong Nam, the estranged half-brother of North Korean leader Kim Jong Un, at Kuala Lumpur airport on Monday. Malaysian police have arrested two women and a North Korean man.

Seoul welcomed the ban. A South Korean foreign ministry official said the South hoped it would be strictly enforced.

Pyongyang did not comment. Its official media last week vowed to keep developing its "nuclear deterrent" as long as the United States maintained what it called a hostile policy.""",
people=[("Wang Yi","CHN","Foreign Minister"),("Yun Byung-se","KOR","Foreign Minister"),("Shinzo Abe","JPN","Prime Minister"),("Donald Trump","USA","President"),("Kim Jong Nam","PRK","half-brother of North Korean leader"),("Kim Jong Un","PRK","leader")],
events="""CHN PRK SANCTION R | China will halt all imports of coal from North Korea for the rest of the year
UNO PRK SANCTION O | United Nations Security Council sanctions adopted in November
CHN KOR CONSULT RS | Chinese Foreign Minister Wang Yi met his South Korean counterpart, Yun Byung-se
CHN PRK PROTEST,ACCUSE R | said Beijing opposed the launch
PRK PRK MOBILIZE O | North Korea fired a medium-range missile into the sea off its east coast
UNO PRK PROTEST,ACCUSE R | The launch was condemned by the Security Council
JPN PRK PROTEST,ACCUSE R | called it "absolutely intolerable."
JPN USA CONSULT OS | who was visiting President Donald Trump in Florida
USA CHN REQUEST R | Washington has long pressed Beijing to use its economic leverage
USA CHN ACCUSE R | Trump had accused China of doing little to rein in its neighbour
MYS MYS COERCE O | Malaysian police have arrested two women and a North Korean man
MYS PRK COERCE O | Malaysian police have arrested two women and a North Korean man
KOR CHN SUPPORT R | Seoul welcomed the ban
PRK USA THREATEN,ACCUSE R | vowed to keep developing its "nuclear deterrent\""""))

ARTS.append(dict(id="BG10", fmt="txt", pub=("2017-10-13","2017-10-14","Trump's decertification speech 13 Oct 2017"),
headline="Trump refuses to certify Iran nuclear deal, hands fate to Congress",
body="""President Donald Trump on Friday refused to certify that Iran is complying with the 2015 nuclear agreement, setting up a potential unravelling of the landmark accord and leaving it to Congress to decide whether to reimpose sanctions.

In a speech at the White House, Trump accused Iran of committing "multiple violations" of the deal and of supporting terrorism across the Middle East. He announced new sanctions against the Islamic Revolutionary Guard Corps and warned that if Congress and U.S. allies could not fix what he called the deal's flaws, "the agreement will be terminated."

"We will not continue down a path whose predictable conclusion is more violence, more terror and the very real threat of Iran's nuclear breakout," he said.

Iranian President Hassan Rouhani responded within hours in a televised address, saying Trump's speech was full of "baseless accusations" and that Iran would not be the first to walk away. "The deal is not something that one president can cancel," he said.

The leaders of Britain, France and Germany issued a rare joint statement saying they were "concerned by the possible implications" of the decision and stood committed to the agreement. European Union foreign policy chief Federica Mogherini told reporters that the United States could not terminate a deal on its own.

The International Atomic Energy Agency, whose inspectors monitor Iran's nuclear sites, has repeatedly said Tehran is meeting its commitments. Its director general, Yukiya Amano, said in a statement that the verification regime was "the world's most robust."

Russia's foreign ministry said it regretted the move, while Israeli Prime Minister Benjamin Netanyahu congratulated Trump for what he called a "courageous decision."

Congress now has 60 days to decide whether to restore the sanctions that were lifted under the accord.""",
people=[("Donald Trump","USA","President"),("Hassan Rouhani","IRN","President"),("Federica Mogherini","EUR","European Union foreign policy chief"),("Yukiya Amano","JPN","IAEA director general"),("Benjamin Netanyahu","ISR","Prime Minister")],
events="""USA IRN REJECT,ACCUSE R | refused to certify that Iran is complying with the 2015 nuclear agreement
USA IRN ACCUSE R | Trump accused Iran of committing "multiple violations" of the deal
USA IRN SANCTION R | He announced new sanctions against the Islamic Revolutionary Guard Corps
USA IRN THREATEN R | "the agreement will be terminated."
IRN USA ACCUSE,REJECT R | Trump's speech was full of "baseless accusations"
IRN USA REJECT O | "The deal is not something that one president can cancel,"
GBR USA PROTEST,ACCUSE R | "concerned by the possible implications"
FRA USA PROTEST,ACCUSE R | "concerned by the possible implications"
DEU USA PROTEST,ACCUSE R | "concerned by the possible implications"
GBR IRN SUPPORT,AGREE O | stood committed to the agreement
EUR USA REJECT,ACCUSE R | the United States could not terminate a deal on its own
IGO IRN COOPERATE,SUPPORT O | has repeatedly said Tehran is meeting its commitments
RUS USA PROTEST R | Russia's foreign ministry said it regretted the move
ISR USA SUPPORT R | congratulated Trump for what he called a "courageous decision."
USA IRN SANCTION O | whether to restore the sanctions"""))

ARTS.append(dict(id="BG11", fmt="json", pub=("2018-03-01","2018-03-01","date_publish; Putin's address 1 March 2018"),
date_publish="2018-03-01 15:40:00", url="https://www.theguardian.com/world/2018/mar/01/putin-unveils-invincible-nuclear-weapons", authors=["Moscow correspondent"], domain="www.theguardian.com",
description="Russian president uses state of the nation address to show animations of new weapons, weeks before election.",
headline="Putin unveils 'invincible' nuclear weapons and warns the west",
body="""Vladimir Putin has unveiled a new generation of nuclear weapons that he said could evade any missile defence system, telling the west in a bellicose state of the nation address that it had failed to contain Russia.
Speaking in Moscow less than three weeks before a presidential election he is certain to win, Putin showed video animations of a nuclear-powered cruise missile, an underwater drone and a hypersonic glide vehicle, one of which appeared to rain warheads on Florida.
"Nobody listened to us. Listen now," he told an audience of officials and lawmakers, blaming the United States for pulling out of the Anti-Ballistic Missile treaty in 2002 and pressing ahead with a global missile shield.
He warned that Russia would regard any nuclear attack on itself or its allies as an attack on Russia and would respond "immediately". But he also said Moscow was not threatening anyone and remained open to talks on arms control.
The Pentagon said it was not surprised by the announcement. "We've been watching this for a while," a spokeswoman, Dana White, told reporters, adding that US missile defences were "not about Russia".
The US State Department spokeswoman Heather Nauert accused Moscow of violating the Intermediate-Range Nuclear Forces treaty and said it was "unfortunate" that Russia had produced cartoons about attacking the United States.
In London, a government spokesman said Putin's remarks were "unhelpful" and a sign of Russia's increasingly aggressive posture.
Kremlin spokesman Dmitry Peskov rejected suggestions that the speech was intended to begin a new arms race.
Analysts noted that several of the weapons had not yet been deployed and that at least one had reportedly crashed during testing.""",
people=[("Vladimir Putin","RUS","President"),("Dana White","USA","Pentagon spokeswoman"),("Heather Nauert","USA","State Department spokeswoman"),("Dmitry Peskov","RUS","Kremlin spokesman")],
events="""RUS WST/USA THREATEN R | telling the west in a bellicose state of the nation address that it had failed to contain Russia
RUS USA ACCUSE R | blaming the United States for pulling out of the Anti-Ballistic Missile treaty in 2002
RUS WST/USA THREATEN R | would respond "immediately"
RUS USA/WST AGREE,CONSULT R | remained open to talks on arms control
USA RUS REJECT O | US missile defences were "not about Russia"
USA RUS ACCUSE R | accused Moscow of violating the Intermediate-Range Nuclear Forces treaty
USA RUS PROTEST,ACCUSE O | it was "unfortunate" that Russia had produced cartoons about attacking the United States
GBR RUS ACCUSE,PROTEST R | Putin's remarks were "unhelpful"
RUS WST/USA REJECT R | rejected suggestions that the speech was intended to begin a new arms race"""))

ARTS.append(dict(id="BG12", fmt="dump", pub=("2018-03-28","2018-03-28","visit confirmed 28 March 2018"),
headline="Kim Jong Un makes surprise trip to Beijing, vows commitment to denuclearisation",
body="""North Korean leader Kim Jong Un made a secret visit to Beijing this week and told Chinese President Xi Jinping that he was committed to denuclearising the Korean peninsula, Chinese state media confirmed on Wednesday.

It was Kim's first known trip abroad since he took power in 2011 and his first meeting with a foreign head of state. The two leaders held talks at the Great Hall of the People and attended a banquet, according to Xinhua news agency.

Kim said Pyongyang was willing to hold a summit with the United States, and that the nuclear issue could be resolved if South Korea and the US "respond to our efforts with goodwill" and take "progressive and synchronous measures".

Xi praised Kim's decision to reach out to Seoul and Washington and said China would play a "constructive role". He accepted an invitation to visit North Korea.

Relations between the two Cold War allies had cooled sharply as China backed a series of UN sanctions over the North's nuclear and missile tests last year.

The White House said Beijing had briefed it on the visit and that Xi had sent a personal message to President Donald Trump. "We view this development as further evidence that our campaign of maximum pressure is creating the appropriate atmosphere for dialogue," press secretary Sarah Sanders said in a statement.

South Korea's presidential office welcomed the talks and said China had informed Seoul in advance.

Kim is due to meet South Korean President Moon Jae-in at the border village of Panmunjom next month and Trump has agreed to a meeting by the end of May.

Japan, which has been left out of the flurry of diplomacy, said it would seek its own contacts with Beijing to ensure the abductions of Japanese citizens were not forgotten.""",
people=[("Kim Jong Un","PRK","leader"),("Xi Jinping","CHN","President"),("Donald Trump","USA","President"),("Sarah Sanders","USA","White House press secretary"),("Moon Jae-in","KOR","President")],
events="""PRK CHN CONSULT R | made a secret visit to Beijing this week
PRK CHN AGREE O | told Chinese President Xi Jinping that he was committed to denuclearising the Korean peninsula
CHN PRK CONSULT OS | The two leaders held talks at the Great Hall of the People
PRK USA AGREE,CONSULT R | Pyongyang was willing to hold a summit with the United States
PRK USA REQUEST R | "respond to our efforts with goodwill"
CHN PRK SUPPORT R | Xi praised Kim's decision to reach out to Seoul and Washington
CHN PRK AGREE,CONSULT R | He accepted an invitation to visit North Korea
CHN PRK SANCTION O | China backed a series of UN sanctions
CHN USA CONSULT R | Beijing had briefed it on the visit
USA PRK SUPPORT,COERCE O | our campaign of maximum pressure
KOR CHN SUPPORT R | South Korea's presidential office welcomed the talks
CHN KOR CONSULT O | China had informed Seoul in advance
PRK KOR CONSULT OS | Kim is due to meet South Korean President Moon Jae-in
USA PRK AGREE,CONSULT R | Trump has agreed to a meeting by the end of May
JPN CHN CONSULT O | it would seek its own contacts with Beijing"""))

ARTS.append(dict(id="BG13", fmt="txt", pub=("2018-05-21","2018-05-22","Pompeo's Heritage Foundation speech 21 May 2018"),
headline="Pompeo threatens Iran with 'strongest sanctions in history'",
body="""US Secretary of State Mike Pompeo on Monday threatened Iran with "the strongest sanctions in history" unless it made sweeping changes to its behaviour, laying out 12 demands that Tehran swiftly dismissed.

In his first major policy speech since taking office, delivered at the Heritage Foundation in Washington two weeks after President Donald Trump withdrew from the 2015 nuclear deal, Pompeo said Iran must stop enriching uranium, give inspectors unqualified access to all sites, end its support for Hezbollah and Houthi rebels, and withdraw all forces under its command from Syria.

"The sting of sanctions will be painful if the regime does not change its course," he said. He added that the US would "track down Iranian operatives and their Hizballah proxies operating around the world and crush them".

Pompeo offered a new treaty in return, promising that the US would lift sanctions and restore full diplomatic relations if Iran met the conditions.

Iranian President Hassan Rouhani rejected the speech within hours. "Who are you to decide for Iran and the world?" he said in a statement carried by state media. "The world today does not accept that the United States decides for the world."

Foreign Minister Mohammad Javad Zarif wrote on Twitter that US diplomacy was "a sham" and accused Washington of being "prisoner to failed policies".

European allies, who are trying to keep the deal alive, were also cool. EU foreign policy chief Federica Mogherini said in a statement that the speech had not shown how walking away from the agreement made the region safer, and that "there is no alternative" to the deal.

British Foreign Secretary Boris Johnson told reporters he did not believe a new, bigger agreement could be achieved quickly.

The demands go well beyond the nuclear file, and analysts said few expected Tehran to accept them.""",
people=[("Mike Pompeo","USA","Secretary of State"),("Donald Trump","USA","President"),("Hassan Rouhani","IRN","President"),("Mohammad Javad Zarif","IRN","Foreign Minister"),("Federica Mogherini","EUR","EU foreign policy chief"),("Boris Johnson","GBR","Foreign Secretary")],
events="""USA IRN THREATEN R | threatened Iran with "the strongest sanctions in history"
USA IRN REQUEST R | laying out 12 demands
IRN USA REJECT R | Tehran swiftly dismissed
USA IRN RETREAT,REJECT O | Trump withdrew from the 2015 nuclear deal
USA IRN THREATEN R | operating around the world and crush them
USA IRN AGREE R | Pompeo offered a new treaty in return
IRN USA REJECT R | Iranian President Hassan Rouhani rejected the speech
IRN USA ACCUSE R | accused Washington of being "prisoner to failed policies"
EUR USA PROTEST,REJECT,ACCUSE R | the speech had not shown how walking away from the agreement made the region safer
GBR USA REJECT O | he did not believe a new, bigger agreement could be achieved quickly"""))
