# Articles AB7..AB13 (US/UK wire and broadsheet 2016-2018).
ARTS = []

ARTS.append(dict(
id="AB7", fmt="txt",
headline="Sanctions on Iran lifted as nuclear deal takes effect and prisoners are freed",
body="""
VIENNA (AP) — International sanctions that have choked Iran's economy for years were lifted Saturday after the U.N. nuclear watchdog certified that Tehran had dismantled large parts of its nuclear program, bringing into force the landmark deal reached with world powers last summer.

"Today marks the beginning of a new chapter," European Union foreign policy chief Federica Mogherini told reporters in Vienna, standing beside Iranian Foreign Minister Mohammad Javad Zarif as the two announced what negotiators call Implementation Day.

Hours earlier, the International Atomic Energy Agency said in a report that Iran had shipped most of its enriched uranium abroad, removed thousands of centrifuges and poured concrete into the core of its Arak heavy water reactor. "Iran has completed the necessary preparatory steps," IAEA Director General Yukiya Amano said in a statement.

Secretary of State John Kerry, who met Zarif in Vienna throughout the day, said the world was safer. The United States and the EU then formally lifted sanctions on Iran's oil exports, banking and shipping, freeing up roughly $100 billion in frozen assets.

In a separately negotiated exchange, Iran released four Americans, including Washington Post correspondent Jason Rezaian, who had been held for 18 months on espionage charges that his newspaper called absurd. In return, the U.S. agreed to grant clemency to seven Iranians charged or jailed for violating sanctions, officials said.

Not everyone welcomed the moment. Israeli Prime Minister Benjamin Netanyahu said in a statement that Iran "has not given up its ambition to obtain nuclear weapons" and that Israel would closely watch for any violations.

Republicans in Congress also criticized the deal, and House Speaker Paul Ryan said Iran was likely to use the windfall to fund terrorism across the region.

Iranian President Hassan Rouhani hailed the lifting of sanctions as a "golden page" in the country's history, and said in a message on Twitter that Iranians had shown that diplomacy could work.

U.S. officials said the administration was still preparing new sanctions over Iran's ballistic missile tests in October and November, a move Tehran has warned it would answer.
""",
pub=("2016-01-16", "2016-01-17", "Implementation Day, Saturday 16 January 2016; AP wire of that evening or next day"),
people=[("Federica Mogherini", "EUR", "foreign policy chief"),
        ("Mohammad Javad Zarif", "IRN", "Foreign Minister"),
        ("Yukiya Amano", "UNO", "IAEA Director General"),
        ("John Kerry", "USA", "Secretary of State"),
        ("Jason Rezaian", "USA", "Washington Post correspondent"),
        ("Benjamin Netanyahu", "ISR", "Prime Minister"),
        ("Paul Ryan", "USA", "House Speaker"),
        ("Hassan Rouhani", "IRN", "President")],
events=[
 ("UNO|IGO", "IRN", "SUPPORT", 0, "certified that Tehran had dismantled large parts of its nuclear program", 0),
 ("IRN", "UNO|IGO|USA|EUR", "CONCEDE/COOPERATE", 0, "Iran had shipped most of its enriched uranium abroad", 0),
 ("EUR", "IRN", "CONSULT", 1, "standing beside Iranian Foreign Minister Mohammad Javad Zarif", 1),
 ("USA", "IRN", "CONSULT", 1, "who met Zarif in Vienna throughout the day", 1),
 ("USA", "IRN", "CONCEDE", 1, "The United States and the EU then formally lifted sanctions", 0),
 ("EUR", "IRN", "CONCEDE", 1, "The United States and the EU then formally lifted sanctions", 0),
 ("IRN", "USA", "CONCEDE/RETREAT/COOPERATE", 1, "Iran released four Americans", 0),
 ("IRN", "USA", "COERCE", 0, "had been held for 18 months on espionage charges", 0),
 ("USA", "IRN", "CONCEDE/RETREAT/COOPERATE", 1, "the U.S. agreed to grant clemency to seven Iranians", 0),
 ("ISR", "IRN", "ACCUSE", 1, "has not given up its ambition to obtain nuclear weapons", 0),
 ("USA", "IRN", "ACCUSE", 1, "Iran was likely to use the windfall to fund terrorism", 0),
 ("USA", "IRN", "SANCTION/THREATEN", 0, "still preparing new sanctions over Iran's ballistic missile tests", 0),
 ("IRN", "USA", "THREATEN", 0, "a move Tehran has warned it would answer", 0),
]))

ARTS.append(dict(
id="AB8", fmt="txt",
headline="Saudi Arabia halts $4bn in aid to Lebanon's security forces over Hezbollah 'positions'",
body="""
Saudi Arabia has halted a $3bn (£2.1bn) programme to equip Lebanon's army with French weapons and a further $1bn in aid to its internal security forces, accusing Beirut of siding with Iran in the kingdom's escalating regional rivalry with Tehran.

The decision, announced on Friday by the state news agency SPA, cited "hostile" Lebanese positions, including the foreign ministry's refusal to join Arab and Islamic condemnations of last month's attacks on Saudi diplomatic missions in Iran. The missions were stormed by protesters after Riyadh executed the Shia cleric Nimr al-Nimr.

"The kingdom has found that the Lebanese positions do not reflect the brotherly relations between the two countries," an unnamed official was quoted as saying. The statement blamed the shift on "the so-called Hezbollah, which has seized the will of the state".

The move is a heavy blow for Lebanon's army, which relies on foreign donors and has been battling Islamist militants along the Syrian border. The weapons deal, announced in 2013, was to be paid for by Riyadh and delivered by France.

Lebanon's prime minister, Tammam Salam, convened his cabinet on Monday and appealed to King Salman to reconsider. "We are keen on the best relations with our brothers in the kingdom, and we will not allow anyone to damage them," Salam said in a statement after the meeting.

The foreign minister, Gebran Bassil, an ally of Hezbollah, defended his stance, saying he had sought to preserve Lebanese national unity rather than to offend Saudi Arabia.

Hezbollah, which is fighting alongside Syrian government forces, has regularly attacked the Saudi royal family in speeches. Its leader, Hassan Nasrallah, accused Riyadh earlier this month of dragging the region to ruin through its war in Yemen.

Saad Hariri, a former prime minister close to Riyadh, blamed Hezbollah for the crisis and said ordinary Lebanese should not pay the price for its "reckless adventures".

Analysts said the decision reflected a harder line in Riyadh under King Salman and his son, the defence minister Mohammed bin Salman, who has pushed for a more assertive foreign policy since the kingdom went to war in Yemen last year.
""",
pub=("2016-02-22", "2016-02-23", "decision announced Friday 19 February 2016; Salam's cabinet met 'on Monday' (22 February)"),
people=[("Nimr al-Nimr", "SAU", "Shia cleric"),
        ("Tammam Salam", "LBN", "Prime Minister"),
        ("King Salman", "SAU", "King"),
        ("Gebran Bassil", "LBN", "Foreign Minister"),
        ("Hassan Nasrallah", "LBN", "Hezbollah leader"),
        ("Saad Hariri", "LBN", "former Prime Minister"),
        ("Mohammed bin Salman", "SAU", "defence minister")],
events=[
 ("SAU", "LBN", "SANCTION", 1, "Saudi Arabia has halted a $3bn", 0),
 ("SAU", "LBN", "ACCUSE", 1, "accusing Beirut of siding with Iran", 0),
 ("LBN", "IRN|SAU", "REJECT", 0, "the foreign ministry's refusal to join Arab and Islamic condemnations", 0),
 ("IRN", "SAU", "PROTEST/ASSAULT", 0, "The missions were stormed by protesters", 0),
 ("SAU", "SAU", "COERCE/ASSAULT", 0, "Riyadh executed the Shia cleric Nimr al-Nimr", 0),
 ("SAU", "LBN", "ACCUSE", 1, "The statement blamed the shift on", 0),
 ("FRA", "LBN", "AID", 0, "delivered by France", 0),
 ("LBN", "SAU", "REQUEST", 1, "appealed to King Salman to reconsider", 0),
 ("LBN", "SAU", "SUPPORT", 0, "We are keen on the best relations with our brothers in the kingdom", 0),
 ("LBN", "SAU", "REJECT", 1, "defended his stance", 0),
 ("LBN", "SYR", "COOPERATE/SUPPORT/AID", 0, "which is fighting alongside Syrian government forces", 0),
 ("LBN", "SAU", "ACCUSE", 0, "has regularly attacked the Saudi royal family in speeches", 0),
 ("LBN", "SAU", "ACCUSE", 1, "accused Riyadh earlier this month", 0),
 ("LBN", "LBN", "ACCUSE", 1, "blamed Hezbollah for the crisis", 0),
]))

ARTS.append(dict(
id="AB9", fmt="json",
headline="Putin orders 'main part' of Russian forces out of Syria as Geneva talks resume",
meta=dict(date_publish="2016-03-14 19:42:00", authors=["Daniel Weiss", "Mariam Haddad"],
          url="https://www.cnn.com/2016/03/14/middleeast/russia-syria-forces-withdrawal/index.html",
          source_domain="www.cnn.com",
          description="Russian President Vladimir Putin orders the bulk of Russia's forces in Syria to start pulling out, as U.N.-led talks open in Geneva."),
body="""
(CNN) — Russian President Vladimir Putin on Monday ordered the "main part" of Russia's military contingent in Syria to begin withdrawing, a surprise announcement that came as U.N.-brokered peace talks resumed in Geneva.

"I consider the task set before the Defense Ministry and the armed forces to have been, on the whole, accomplished," Putin said during a meeting at the Kremlin with Defense Minister Sergei Shoigu and Foreign Minister Sergey Lavrov, according to Russian state media.

The pullout would begin Tuesday, Putin said, but Russia will keep its naval facility at Tartus and the Hmeimim air base near Latakia, from which its jets have carried out thousands of strikes since September.

The Kremlin said Putin had informed Syrian President Bashar al-Assad of the decision in a phone call, and that the two leaders agreed on the move. Assad's office said in a statement that the decision was taken jointly and that Moscow would continue to support Syria in fighting terrorism.

In Geneva, the Syrian opposition's High Negotiations Committee cautiously welcomed the news. "If there is seriousness in implementing the withdrawal, it will give the talks a positive push," spokesman Salem al-Meslet told reporters.

U.N. special envoy Staffan de Mistura, who opened indirect talks with the government delegation earlier in the day, called the decision "a significant development" and said he hoped it would help the negotiations.

The White House reacted with caution. Press secretary Josh Earnest told reporters the U.S. would wait to see what Russia's intentions were, and said Moscow's airstrikes had propped up the Assad regime at the expense of moderate opposition groups.

Putin also told Lavrov to step up Russia's participation in the peace process. Lavrov has been in regular contact with U.S. Secretary of State John Kerry over a partial ceasefire that took effect on February 27 and that has largely held despite accusations of violations from both sides.

Syria's chief negotiator in Geneva, Bashar Ja'afari, said after meeting de Mistura that the government would not discuss the presidency, calling it a "red line."
""",
pub=("2016-03-14", "2016-03-14", "date_publish; announcement 'on Monday' 14 March 2016"),
people=[("Vladimir Putin", "RUS", "President"),
        ("Sergei Shoigu", "RUS", "Defense Minister"),
        ("Sergey Lavrov", "RUS", "Foreign Minister"),
        ("Bashar al-Assad", "SYR", "President"),
        ("Salem al-Meslet", "SYR", "spokesman, High Negotiations Committee"),
        ("Staffan de Mistura", "UNO", "U.N. special envoy"),
        ("Josh Earnest", "USA", "White House press secretary"),
        ("John Kerry", "USA", "Secretary of State"),
        ("Bashar Ja'afari", "SYR", "chief negotiator")],
events=[
 ("RUS", "SYR", "RETREAT", 1, "Russia's military contingent in Syria to begin withdrawing", 0),
 ("RUS", "SYR", "ASSAULT", 0, "its jets have carried out thousands of strikes since September", 0),
 ("RUS", "SYR", "CONSULT", 1, "informed Syrian President Bashar al-Assad of the decision in a phone call", 1),
 ("RUS", "SYR", "AGREE", 1, "the two leaders agreed on the move", 1),
 ("RUS", "SYR", "SUPPORT/AID", 0, "Moscow would continue to support Syria in fighting terrorism", 0),
 ("SYR", "RUS", "SUPPORT", 1, "cautiously welcomed the news", 0),
 ("UNO", "SYR", "CONSULT", 1, "opened indirect talks with the government delegation", 1),
 ("UNO", "RUS", "SUPPORT", 1, "called the decision \"a significant development\"", 0),
 ("USA", "RUS", "ACCUSE", 1, "Moscow's airstrikes had propped up the Assad regime", 0),
 ("RUS", "USA", "CONSULT", 0, "in regular contact with U.S. Secretary of State John Kerry", 1),
 ("SYR", "SYR", "ACCUSE", 0, "accusations of violations from both sides", 1),
 ("SYR", "UNO", "CONSULT", 0, "after meeting de Mistura", 1),
 ("SYR", "SYR|UNO", "REJECT", 1, "the government would not discuss the presidency", 0),
]))

ARTS.append(dict(
id="AB10", fmt="json",
headline="U.S. and Russia reach deal on Syria truce and joint strikes against militants",
meta=dict(date_publish="2016-09-10 02:15:00", authors=["Karen Holloway"],
          url="https://www.washingtonpost.com/world/us-and-russia-reach-deal-on-syria-truce/2016/09/10/",
          source_domain="www.washingtonpost.com",
          description="Kerry and Lavrov announce a plan for a nationwide cessation of hostilities in Syria and possible U.S.-Russian coordination against extremists."),
body="""
GENEVA — The United States and Russia announced an agreement early Saturday aimed at halting the fighting in Syria, under which the two powers would coordinate airstrikes against extremist groups if a nationwide truce holds for a week.

Secretary of State John F. Kerry and Russian Foreign Minister Sergei Lavrov unveiled the plan shortly after midnight following more than 13 hours of talks at a Geneva hotel, their fifth meeting in two months on the war.

Under the deal, a cessation of hostilities will begin at sundown Monday, the start of the Muslim holiday of Eid al-Adha. The Syrian government is to stop flying combat missions over areas held by the moderate opposition, and both sides are to allow unimpeded aid deliveries, including to the besieged eastern part of Aleppo.

"This requires everybody to live up to their obligations," Kerry told reporters. "If the violence goes down, the possibility of a political settlement goes up." He said Russia had assured him that the Syrian government was prepared to comply.

Kerry also warned that if Moscow failed to restrain the Syrian air force, Washington would walk away from the arrangement.

If the truce holds for seven days, U.S. and Russian officers will set up a joint center to share intelligence and target the Islamic State and Jabhat Fateh al-Sham, the group formerly known as the Nusra Front.

Lavrov said Moscow had informed Damascus of the plan and that the government was ready to fulfill it. He added that the United States must now separate the moderate rebels it backs from terrorist groups, something Russia has long accused Washington of failing to do.

Syria's state news agency SANA said later Saturday that the government had approved the agreement. Turkey's Foreign Ministry welcomed the deal and said it would help deliver aid. Opposition groups, which had not been consulted, said they would study it but voiced deep mistrust of Moscow.

The Pentagon has been skeptical of military cooperation with Moscow, and Defense Secretary Ashton B. Carter objected to parts of the plan during a White House debate, officials said.

A previous truce brokered by Washington and Moscow in February collapsed within weeks amid mutual accusations of violations.
""",
pub=("2016-09-10", "2016-09-10", "date_publish; Kerry-Lavrov deal announced early Saturday 10 September 2016"),
people=[("John F. Kerry", "USA", "Secretary of State"),
        ("Sergei Lavrov", "RUS", "Foreign Minister"),
        ("Ashton B. Carter", "USA", "Defense Secretary")],
events=[
 ("USA", "RUS", "AGREE", 1, "The United States and Russia announced an agreement early Saturday", 1),
 ("USA", "RUS", "CONSULT", 1, "following more than 13 hours of talks at a Geneva hotel", 1),
 ("USA", "RUS", "AGREE/COOPERATE", 0, "the two powers would coordinate airstrikes against extremist groups", 1),
 ("SYR", "SYR", "RETREAT/AGREE", 0, "The Syrian government is to stop flying combat missions", 0),
 ("USA", "SYR|RUS", "REQUEST", 0, "This requires everybody to live up to their obligations", 0),
 ("RUS", "USA", "AGREE", 0, "Russia had assured him", 0),
 ("USA", "RUS", "THREATEN", 1, "Washington would walk away from the arrangement", 0),
 ("RUS", "SYR", "CONSULT", 1, "Moscow had informed Damascus of the plan", 0),
 ("RUS", "USA", "REQUEST", 1, "the United States must now separate the moderate rebels", 0),
 ("RUS", "USA", "ACCUSE", 0, "Russia has long accused Washington of failing to do", 0),
 ("USA", "SYR", "SUPPORT/AID", 0, "the moderate rebels it backs", 0),
 ("SYR", "RUS|USA", "AGREE", 1, "the government had approved the agreement", 0),
 ("TUR", "USA|RUS", "SUPPORT", 1, "Turkey's Foreign Ministry welcomed the deal", 0),
 ("SYR", "RUS|USA", "ACCUSE", 0, "voiced deep mistrust of Moscow", 0),
 ("USA", "RUS", "ACCUSE", 0, "mutual accusations of violations", 1),
]))

ARTS.append(dict(
id="AB11", fmt="json",
headline="Iran's Revolutionary Guards Blame Saudi Arabia After ISIS Claims Deadly Tehran Attacks",
meta=dict(date_publish="2017-06-07 17:30:00", authors=["Peter Kenyon Jr."],
          url="https://www.npr.org/sections/thetwo-way/2017/06/07/iran-parliament-shrine-attacks",
          source_domain="www.npr.org",
          description="Attackers strike Iran's parliament and Khomeini's mausoleum; the Revolutionary Guards point at Saudi Arabia, which denies involvement."),
body="""
Gunmen and suicide bombers struck Iran's parliament and the mausoleum of the Islamic Republic's founder, Ayatollah Ruhollah Khomeini, in Tehran on Wednesday, killing at least 12 people in the first attacks claimed by the Islamic State inside the country.

Attackers dressed as women entered the parliament complex through the visitors' entrance and opened fire, while a second team attacked the shrine on the southern edge of the capital, Iranian state media reported. One attacker blew himself up at the shrine. The sieges lasted several hours before security forces killed all the assailants.

ISIS claimed responsibility through its Amaq news agency and released a video it said was filmed inside the parliament building.

Iran's Revolutionary Guard Corps said in a statement that the attacks came a week after President Donald Trump met Saudi leaders in Riyadh, and that the fact ISIS had claimed them "indicates they were involved." The Guards vowed that "the spilling of this innocent blood will not remain unavenged."

Saudi Foreign Minister Adel al-Jubeir rejected the accusation during a visit to Berlin. "We have no knowledge of who carried out these terrorist acts," he told reporters. "We condemn terrorist attacks anywhere they occur."

The White House issued a statement from Trump saying the U.S. grieves for the victims, but adding that "states that sponsor terrorism risk falling victim to the evil they promote." Iranian Foreign Minister Mohammad Javad Zarif called the remark "repugnant" on Twitter and said Iranians rejected such U.S. claims of friendship.

Iranian officials said police had arrested several suspects in connection with the attacks, and the Intelligence Ministry said it had broken up a third cell before it could strike.

Russian President Vladimir Putin sent condolences to President Hassan Rouhani and offered to deepen cooperation against terrorism, the Kremlin said.

The attacks come amid sharp tensions between Shiite-led Iran and Sunni Saudi Arabia, which cut diplomatic ties last year and back opposing sides in the wars in Syria and Yemen.
""",
pub=("2017-06-07", "2017-06-07", "date_publish; attacks 'on Wednesday' 7 June 2017"),
people=[("Ruhollah Khomeini", "IRN", "founder of the Islamic Republic"),
        ("Donald Trump", "USA", "President"),
        ("Adel al-Jubeir", "SAU", "Foreign Minister"),
        ("Mohammad Javad Zarif", "IRN", "Foreign Minister"),
        ("Vladimir Putin", "RUS", "President"),
        ("Hassan Rouhani", "IRN", "President")],
events=[
 ("IRN", "IRN", "ASSAULT", 0, "Gunmen and suicide bombers struck Iran's parliament", 0),
 ("IRN", "IRN", "ASSAULT/COERCE", 0, "security forces killed all the assailants", 0),
 ("USA", "SAU", "CONSULT", 0, "met Saudi leaders in Riyadh", 0),
 ("IRN", "SAU", "ACCUSE", 1, "indicates they were involved", 0),
 ("IRN", "USA", "ACCUSE", 0, "the attacks came a week after President Donald Trump met Saudi leaders", 0),
 ("IRN", "SAU|USA", "THREATEN", 1, "will not remain unavenged", 0),
 ("SAU", "IRN", "REJECT", 1, "rejected the accusation during a visit to Berlin", 0),
 ("SAU", "DEU", "CONSULT", 0, "during a visit to Berlin", 0),
 ("USA", "IRN", "SUPPORT", 0, "the U.S. grieves for the victims", 0),
 ("USA", "IRN", "ACCUSE", 1, "states that sponsor terrorism risk falling victim to the evil they promote", 0),
 ("IRN", "USA", "ACCUSE/REJECT", 1, "called the remark \"repugnant\"", 0),
 ("IRN", "IRN", "COERCE", 1, "police had arrested several suspects", 0),
 ("IRN", "IRN", "COERCE", 0, "had broken up a third cell", 0),
 ("RUS", "IRN", "SUPPORT", 1, "sent condolences to President Hassan Rouhani", 0),
 ("RUS", "IRN", "AGREE/COOPERATE", 1, "offered to deepen cooperation against terrorism", 0),
 ("SAU", "IRN", "SANCTION", 0, "cut diplomatic ties last year", 1),
]))

ARTS.append(dict(
id="AB12", fmt="dump", dump="dump-1.txt",
headline="Iraqi Kurds vote on independence in defiance of Baghdad, Ankara and Tehran",
body="""
Iraqi Kurds voted in large numbers on Monday in a referendum on independence that the central government in Baghdad has declared unconstitutional and that neighbouring Turkey and Iran have warned could plunge the region into conflict.

Queues formed outside polling stations in Erbil, the capital of the Kurdistan Regional Government, and in the disputed oil city of Kirkuk, where the vote was held under heavy security. Officials said turnout was above 70%.

The Kurdish president, Masoud Barzani, who pressed ahead despite months of appeals to postpone, said the result would not lead to an immediate declaration of independence but would open negotiations with Baghdad. "The partnership with Baghdad has failed and we will not return to it," he said on Sunday.

Iraq's prime minister, Haider al-Abadi, said in a televised speech that his government would not negotiate on the basis of the results and would take "the necessary measures" to preserve the country's unity. The Iraqi parliament voted to ask him to deploy troops to Kirkuk and other disputed areas.

Baghdad also demanded that the Kurdish authorities hand over control of their international airports and border crossings within three days, or face a ban on international flights.

Turkey's president, Recep Tayyip Erdoğan, said Ankara could close its border and shut off the pipeline that carries Kurdish oil to the Mediterranean. "We will see by what means the northern Iraqi regional government will sell its oil," he said. Turkish and Iraqi troops are to hold joint exercises on the border this week.

Iran halted flights to and from the Kurdish region at Baghdad's request, its state media reported, and its Revolutionary Guards held drills close to the frontier.

The US state department said it was "deeply disappointed" that the KRG had gone ahead with the vote, which it said would increase instability. The UN secretary general, António Guterres, had also urged the Kurdish leadership to call it off.

Kurdish officials insist the vote is a long-overdue exercise of self-determination after decades of persecution, including chemical attacks under Saddam Hussein. But critics inside Iraq say Barzani, whose term as regional president expired two years ago, is using the referendum to shore up his own position.
""",
pub=("2017-09-25", "2017-09-26", "referendum 'on Monday' 25 September 2017; Barzani quote 'on Sunday'"),
people=[("Masoud Barzani", "IRQ", "Kurdish regional president"),
        ("Haider al-Abadi", "IRQ", "Prime Minister"),
        ("Recep Tayyip Erdoğan", "TUR", "President"),
        ("António Guterres", "UNO", "UN secretary general"),
        ("Saddam Hussein", "IRQ", "former ruler")],
events=[
 ("TUR", "IRQ", "THREATEN", 0, "Turkey and Iran have warned could plunge the region into conflict", 0),
 ("IRN", "IRQ", "THREATEN", 0, "Turkey and Iran have warned could plunge the region into conflict", 0),
 ("IRQ", "IRQ", "REJECT", 1, "pressed ahead despite months of appeals to postpone", 0),
 ("IRQ", "IRQ", "CONSULT", 0, "would open negotiations with Baghdad", 1),
 ("IRQ", "IRQ", "ACCUSE", 0, "The partnership with Baghdad has failed", 0),
 ("IRQ", "IRQ", "REJECT", 1, "would not negotiate on the basis of the results", 0),
 ("IRQ", "IRQ", "THREATEN", 1, "would take \"the necessary measures\"", 0),
 ("IRQ", "IRQ", "REQUEST/MOBILIZE", 1, "voted to ask him to deploy troops to Kirkuk", 0),
 ("IRQ", "IRQ", "REQUEST/THREATEN", 1, "demanded that the Kurdish authorities hand over control", 0),
 ("TUR", "IRQ", "THREATEN", 1, "Ankara could close its border", 0),
 ("TUR", "IRQ", "COOPERATE/AGREE/MOBILIZE", 1, "Turkish and Iraqi troops are to hold joint exercises", 1),
 ("IRN", "IRQ", "SANCTION", 1, "Iran halted flights to and from the Kurdish region", 0),
 ("IRQ", "IRN", "REQUEST", 0, "at Baghdad's request", 0),
 ("IRN", "IRQ", "MOBILIZE/THREATEN", 1, "held drills close to the frontier", 0),
 ("USA", "IRQ", "ACCUSE/PROTEST", 1, "deeply disappointed", 0),
 ("UNO", "IRQ", "REQUEST", 1, "urged the Kurdish leadership to call it off", 0),
 ("IRQ", "IRQ", "ASSAULT", 0, "chemical attacks under Saddam Hussein", 0),
]))

ARTS.append(dict(
id="AB13", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Russia blames Israel after Syrian fire downs Russian plane with 15 aboard",
body="""
MOSCOW (AP) — Russia's military on Tuesday accused Israel of deliberately creating a "dangerous situation" that led Syrian air defenses to shoot down a Russian reconnaissance plane, killing all 15 service members on board, and warned that it reserved the right to respond.

The Il-20 was hit by a Russian-made S-200 missile fired by Syrian forces late Monday as it returned to Hmeimim air base, minutes after four Israeli F-16 jets struck targets near the coastal city of Latakia, the Russian Defense Ministry said.

Defense Ministry spokesman Maj. Gen. Igor Konashenkov said the Israeli pilots had used the larger Russian plane as cover and gave Moscow less than a minute's warning of the raid. "We consider these provocative actions by Israel as hostile," he said.

Defense Minister Sergei Shoigu told his Israeli counterpart, Avigdor Lieberman, in a phone call that Israel bore full responsibility, the ministry said.

President Vladimir Putin struck a softer tone, describing the loss as the result of "a chain of tragic accidental circumstances" and noting that the Israeli jet had not shot down the plane. Still, he said Russia would take steps to protect its troops in Syria.

The Israeli military expressed sorrow for the deaths but said it was not to blame, saying Syria's "extensive and inaccurate" anti-aircraft fire was responsible and that Iran and the Lebanese militant group Hezbollah also bore blame. It said its jets had targeted a Syrian military facility that was about to transfer weapons-manufacturing systems to Iran's proxies.

Prime Minister Benjamin Netanyahu spoke with Putin by phone and offered to send Israel's air force chief to Moscow with detailed information on the incident, his office said.

Syria's state news agency said air defenses had intercepted "enemy missiles" over Latakia and blamed Israel for the attack.

Israel has carried out hundreds of strikes in Syria against what it says are Iranian targets, and the two militaries have used a hotline since 2015 to avoid clashes in the crowded skies.
""",
pub=("2018-09-18", "2018-09-18", "Russian ministry statement 'on Tuesday' 18 September 2018; plane lost 'late Monday'"),
people=[("Igor Konashenkov", "RUS", "Defense Ministry spokesman"),
        ("Sergei Shoigu", "RUS", "Defense Minister"),
        ("Avigdor Lieberman", "ISR", "Defense Minister"),
        ("Vladimir Putin", "RUS", "President"),
        ("Benjamin Netanyahu", "ISR", "Prime Minister")],
events=[
 ("RUS", "ISR", "ACCUSE", 1, "accused Israel of deliberately creating a \"dangerous situation\"", 0),
 ("RUS", "ISR", "THREATEN", 1, "warned that it reserved the right to respond", 0),
 ("SYR", "RUS", "ASSAULT", 1, "fired by Syrian forces late Monday", 0),
 ("ISR", "SYR", "ASSAULT", 1, "four Israeli F-16 jets struck targets near the coastal city of Latakia", 0),
 ("RUS", "ISR", "ACCUSE", 0, "We consider these provocative actions by Israel as hostile", 0),
 ("RUS", "ISR", "CONSULT", 1, "told his Israeli counterpart, Avigdor Lieberman, in a phone call", 1),
 ("RUS", "ISR", "ACCUSE", 1, "Israel bore full responsibility", 0),
 ("RUS", "SYR", "AID/MOBILIZE", 0, "Russia would take steps to protect its troops in Syria", 0),
 ("ISR", "RUS", "REJECT", 1, "said it was not to blame", 0),
 ("ISR", "SYR", "ACCUSE", 1, "anti-aircraft fire was responsible", 0),
 ("ISR", "IRN", "ACCUSE", 1, "Iran and the Lebanese militant group Hezbollah also bore blame", 0),
 ("ISR", "LBN", "ACCUSE", 1, "Iran and the Lebanese militant group Hezbollah also bore blame", 0),
 ("SYR", "IRN", "AID/COOPERATE", 0, "about to transfer weapons-manufacturing systems to Iran's proxies", 0),
 ("ISR", "RUS", "CONSULT", 1, "spoke with Putin by phone", 1),
 ("ISR", "RUS", "AGREE/COOPERATE", 0, "offered to send Israel's air force chief to Moscow", 0),
 ("SYR", "ISR", "ASSAULT", 0, "air defenses had intercepted \"enemy missiles\" over Latakia", 0),
 ("SYR", "ISR", "ACCUSE", 1, "blamed Israel for the attack", 0),
 ("ISR", "IRN", "ASSAULT", 0, "hundreds of strikes in Syria against what it says are Iranian targets", 0),
 ("ISR", "RUS", "COOPERATE", 0, "have used a hotline since 2015", 1),
]))
