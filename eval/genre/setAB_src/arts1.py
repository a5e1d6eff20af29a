# Articles AB1..AB6 (Reuters 1987-1989). Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="AB1", fmt="txt",
headline="U.N. COUNCIL URGES ISRAEL NOT TO DEPORT PALESTINIANS",
body="""
UNITED NATIONS, Jan 5 - The U.N. Security Council voted unanimously on Tuesday to call on Israel to refrain from deporting Palestinians from the occupied territories, after the Israeli army ordered nine Arabs expelled for allegedly inciting the month-long unrest in the West Bank and Gaza Strip.

The United States, which has often shielded Israel from council criticism, joined the 14 other members in backing the resolution, a move diplomats described as a rare signal of displeasure from Washington.

"Deportations violate the Fourth Geneva Convention and can only deepen the bitterness," U.S. delegate Herbert Okun told the council. He said Washington had conveyed its concern directly to the Israeli government.

The resolution, drafted by non-aligned members, asked Israel to "desist forthwith" from expelling civilians and to abide by its obligations as an occupying power.

Israel's U.N. ambassador, Benjamin Netanyahu, rejected the measure as one-sided. "Those being removed are not peaceful citizens but organisers of violence, and Israel will not be lectured on how to protect its people," he said.

In Jerusalem, Defence Minister Yitzhak Rabin said the deportations would go ahead once the courts had heard appeals. Army officials said the nine, who include activists from Gaza refugee camps, had been detained.

The Palestine Liberation Organisation welcomed the vote but said it did not go far enough. PLO observer Zehdi Labib Terzi urged the council to send a mission to protect the population of the territories.

At least 22 Palestinians have been killed by Israeli gunfire since the unrest began on December 9, according to U.N. figures. Israeli troops again fired tear gas on Tuesday at stone-throwing youths in the Gaza Strip, hospital sources said.

Egypt, which has a peace treaty with Israel, summoned the Israeli ambassador in Cairo last month to protest against the shootings.

Reuter
""",
pub=("1988-01-05", "1988-01-05", "dateline 'Jan 5'; Resolution 607 adopted Tuesday 5 January 1988"),
people=[("Herbert Okun", "USA", "delegate to the U.N."),
        ("Benjamin Netanyahu", "ISR", "U.N. ambassador"),
        ("Yitzhak Rabin", "ISR", "Defence Minister"),
        ("Zehdi Labib Terzi", "PSE", "PLO observer at the U.N.")],
events=[
 ("UNO", "ISR", "REQUEST", 1, "call on Israel to refrain from deporting Palestinians", 0),
 ("ISR", "PSE", "COERCE", 1, "the Israeli army ordered nine Arabs expelled", 0),
 ("ISR", "PSE", "ACCUSE", 0, "for allegedly inciting the month-long unrest", 0),
 ("USA", "ISR", "ACCUSE/PROTEST", 1, "Deportations violate the Fourth Geneva Convention", 0),
 ("USA", "ISR", "PROTEST/ACCUSE/CONSULT", 0, "Washington had conveyed its concern directly to the Israeli government", 0),
 ("USA", "ISR", "REQUEST", 0, "joined the 14 other members in backing the resolution", 0),
 ("ISR", "UNO", "REJECT", 1, "rejected the measure as one-sided", 0),
 ("ISR", "PSE", "ACCUSE", 0, "not peaceful citizens but organisers of violence", 0),
 ("ISR", "PSE", "COERCE/THREATEN", 0, "the deportations would go ahead", 0),
 ("ISR", "PSE", "COERCE", 1, "had been detained", 0),
 ("PSE", "UNO", "SUPPORT", 1, "The Palestine Liberation Organisation welcomed the vote", 0),
 ("PSE", "UNO", "REQUEST", 1, "urged the council to send a mission", 0),
 ("ISR", "PSE", "ASSAULT", 0, "killed by Israeli gunfire", 0),
 ("ISR", "PSE", "ASSAULT/COERCE", 1, "Israeli troops again fired tear gas on Tuesday at stone-throwing youths", 0),
 ("PSE", "ISR", "PROTEST/ASSAULT", 0, "stone-throwing youths", 0),
 ("EGY", "ISR", "PROTEST/ACCUSE", 1, "summoned the Israeli ambassador in Cairo last month", 0),
]))

ARTS.append(dict(
id="AB2", fmt="txt",
headline="KUWAIT REFUSES HIJACKERS' DEMAND AS SECOND HOSTAGE KILLED IN CYPRUS",
body="""
LARNACA, Cyprus, April 9 - Gunmen holding a hijacked Kuwaiti jumbo jet at Larnaca airport shot dead a second passenger on Saturday, but Kuwait said it would not give in to their demand to free 17 pro-Iranian prisoners jailed for bomb attacks in the emirate.

The body of the man, a Kuwaiti, was pushed onto the tarmac hours after the hijackers warned they would kill hostages one by one unless the aircraft was refuelled. The hijackers are believed by Western diplomats to be Lebanese Shi'ite Moslems.

"Kuwait will not bargain with terrorists and the convicted men will serve their sentences," a government spokesman told reporters in Kuwait City. "The blood of the innocent is on the hands of those who planned this crime."

The Boeing 747, with three members of the Kuwaiti royal family among some 50 hostages, was seized on Tuesday on a flight from Bangkok and held for three days at Mashhad in northeastern Iran before it flew to Cyprus.

Cypriot President George Vassiliou, who went to the control tower, said his government had refused to let the plane leave and would keep talking to the gunmen. "We are doing everything humanly possible to save lives," he said.

A representative of the Palestine Liberation Organisation was taking part in the negotiations at Cyprus's request, airport officials said.

Kuwait has accused Iran of helping the hijackers, saying they were allowed to take more weapons on board at Mashhad. Iran denied the charge, and its Foreign Ministry said Tehran had acted only to protect the lives of passengers.

The United States, Britain and France urged Kuwait to stand firm. A State Department spokesman said Washington would not press any government to make concessions to hijackers.

Reuter
""",
pub=("1988-04-09", "1988-04-09", "dateline 'April 9'; Kuwait Airways flight 422 at Larnaca, Saturday 9 April 1988"),
people=[("George Vassiliou", "CYP", "President")],
events=[
 ("LBN", "KWT", "ASSAULT", 1, "shot dead a second passenger on Saturday", 0),
 ("KWT", "LBN", "REJECT", 1, "Kuwait said it would not give in to their demand", 0),
 ("LBN", "KWT", "REQUEST/COERCE", 0, "their demand to free 17 pro-Iranian prisoners", 0),
 ("LBN", "KWT|CYP", "THREATEN", 1, "the hijackers warned they would kill hostages one by one", 0),
 ("KWT", "LBN", "REJECT", 0, "Kuwait will not bargain with terrorists", 0),
 ("KWT", "LBN", "ACCUSE", 0, "The blood of the innocent is on the hands of those who planned this crime", 0),
 ("LBN", "KWT", "COERCE/ASSAULT", 1, "was seized on Tuesday on a flight from Bangkok", 0),
 ("CYP", "LBN", "REJECT/COERCE", 1, "had refused to let the plane leave", 0),
 ("CYP", "LBN", "CONSULT", 1, "would keep talking to the gunmen", 1),
 ("PSE", "LBN", "CONSULT", 0, "was taking part in the negotiations at Cyprus's request", 1),
 ("CYP", "PSE", "REQUEST", 0, "at Cyprus's request", 0),
 ("KWT", "IRN", "ACCUSE", 1, "Kuwait has accused Iran of helping the hijackers", 0),
 ("IRN", "KWT", "REJECT", 1, "Iran denied the charge", 0),
 ("USA", "KWT", "REQUEST/SUPPORT", 1, "The United States, Britain and France urged Kuwait to stand firm", 0),
 ("GBR", "KWT", "REQUEST/SUPPORT", 1, "The United States, Britain and France urged Kuwait to stand firm", 0),
 ("FRA", "KWT", "REQUEST/SUPPORT", 1, "The United States, Britain and France urged Kuwait to stand firm", 0),
 ("USA", "LBN", "REJECT", 0, "would not press any government to make concessions to hijackers", 0),
]))

ARTS.append(dict(
id="AB3", fmt="txt",
headline="IRAN AND IRAQ FOREIGN MINISTERS MEET FACE TO FACE IN GENEVA",
body="""
GENEVA, Aug 25 - The foreign ministers of Iran and Iraq sat down at the same table on Thursday for the first time since their war began eight years ago, opening U.N.-sponsored peace talks five days after a ceasefire took effect along their 1,200-km border.

U.N. Secretary-General Javier Perez de Cuellar, who chaired the session at the Palais des Nations, said the two delegations had shaken hands, and he described the atmosphere as "serious and businesslike".

But the first exchanges showed how far apart the two sides remain. Iraqi Foreign Minister Tareq Aziz demanded that Iran agree to the immediate clearing of the Shatt al-Arab waterway, Iraq's only outlet to the Gulf, before any other issue was settled.

Iranian Foreign Minister Ali Akbar Velayati rejected that demand and insisted Iraqi troops must first withdraw from the Iranian territory they still hold. "Peace cannot be built while the aggressor remains on our soil," he told reporters after the meeting.

Aziz in turn accused Tehran of stalling. "They want to reopen every page of history rather than build a peace," he said.

The talks are based on Security Council resolution 598, which Iran accepted in July after months of battlefield reverses. Both sides have agreed to exchange prisoners of war once a settlement is reached, diplomats said.

U.N. military observers, who began deploying on Saturday, reported only minor violations of the truce. Iraq complained to the observers that Iranian troops had fired on its positions near Basra on Wednesday, a charge Iran denied.

Perez de Cuellar said he would meet each delegation separately on Friday. Western diplomats said the talks could last for weeks, and that neither government was yet ready to give ground on the border.

Reuter
""",
pub=("1988-08-25", "1988-08-25", "dateline 'Aug 25'; Geneva talks opened Thursday 25 August 1988"),
people=[("Javier Perez de Cuellar", "UNO", "Secretary-General"),
        ("Tareq Aziz", "IRQ", "Foreign Minister"),
        ("Ali Akbar Velayati", "IRN", "Foreign Minister")],
events=[
 ("IRN", "IRQ", "CONSULT", 1, "sat down at the same table on Thursday", 1),
 ("IRN", "IRQ", "AGREE", 0, "a ceasefire took effect along their 1,200-km border", 1),
 ("UNO", "IRN|IRQ", "CONSULT", 0, "who chaired the session at the Palais des Nations", 0),
 ("IRQ", "IRN", "REQUEST", 1, "demanded that Iran agree to the immediate clearing of the Shatt al-Arab waterway", 0),
 ("IRN", "IRQ", "REJECT", 1, "rejected that demand", 0),
 ("IRN", "IRQ", "REQUEST", 1, "insisted Iraqi troops must first withdraw", 0),
 ("IRN", "IRQ", "ACCUSE", 0, "Peace cannot be built while the aggressor remains on our soil", 0),
 ("IRQ", "IRN", "ACCUSE", 1, "accused Tehran of stalling", 0),
 ("IRN", "UNO", "AGREE/CONCEDE", 0, "which Iran accepted in July", 0),
 ("IRN", "IRQ", "AGREE", 1, "Both sides have agreed to exchange prisoners of war", 1),
 ("IRQ", "IRN", "ACCUSE", 1, "Iraq complained to the observers that Iranian troops had fired on its positions", 0),
 ("IRN", "IRQ", "ASSAULT", 0, "Iranian troops had fired on its positions near Basra", 0),
 ("IRN", "IRQ", "REJECT", 1, "a charge Iran denied", 0),
 ("UNO", "IRN|IRQ", "CONSULT", 0, "would meet each delegation separately on Friday", 0),
]))

ARTS.append(dict(
id="AB4", fmt="json",
headline="SHULTZ ACCUSES IRAQ OF USING GAS ON KURDS, BAGHDAD DENIES IT",
meta=dict(date_publish="1988-09-08 21:40:00", authors=[], url=None, source_domain="reuters.com",
          description="U.S. Secretary of State George Shultz accuses Iraq of using chemical weapons against Kurds; Iraqi minister rejects the charge."),
body="""
WASHINGTON, Sept 8 - Secretary of State George Shultz accused Iraq on Thursday of using chemical weapons against its Kurdish minority and told a visiting Iraqi minister that such attacks were "unjustifiable and abhorrent".

State Department spokesman Charles Redman said the U.S. government had concluded, on the basis of information available to it, that Iraq had used poison gas in its offensive against Kurdish guerrillas in the north of the country over the past two weeks.

Shultz raised the issue at a meeting with Iraqi Minister of State for Foreign Affairs Saadoun Hammadi, who was in Washington for talks on relations after the Gulf ceasefire. Redman said Shultz had made clear that continued use of such weapons would affect ties between the two countries.

Hammadi rejected the charge. "Iraq has not used chemical weapons against its own citizens, and these allegations are part of a campaign against an Arab nation that has just defended itself," he told reporters after the meeting.

More than 50,000 Kurds, many of them women and children, have crossed into southeastern Turkey since late last month, fleeing an Iraqi army sweep through villages held by Kurdish rebels. Refugees told reporters in Turkish camps that aircraft had dropped bombs that released yellow clouds.

Turkey, which has opened its border to the refugees while barring foreign journalists from some camps, said it had no evidence of gas use. Prime Minister Turgut Ozal said Ankara would not send the Kurds back against their will but appealed for international help to feed and shelter them.

In the Senate, members moved to impose economic sanctions on Baghdad. Senator Claiborne Pell, chairman of the Foreign Relations Committee, said a bill cutting off loans and technology sales to Iraq could be brought to a vote as early as Friday.

Iran said it was ready to take in Kurdish refugees and condemned what it called Iraqi crimes against Moslems.

Reuter
""",
pub=("1988-09-08", "1988-09-08", "dateline 'Sept 8' and date_publish; Shultz-Hammadi meeting Thursday 8 September 1988"),
people=[("George Shultz", "USA", "Secretary of State"),
        ("Charles Redman", "USA", "State Department spokesman"),
        ("Saadoun Hammadi", "IRQ", "Minister of State for Foreign Affairs"),
        ("Turgut Ozal", "TUR", "Prime Minister"),
        ("Claiborne Pell", "USA", "Senator, chairman of the Foreign Relations Committee")],
events=[
 ("USA", "IRQ", "ACCUSE", 1, "accused Iraq on Thursday of using chemical weapons against its Kurdish minority", 0),
 ("USA", "IRQ", "ACCUSE", 0, "Iraq had used poison gas in its offensive against Kurdish guerrillas", 0),
 ("IRQ", "IRQ", "ASSAULT", 1, "an Iraqi army sweep through villages held by Kurdish rebels", 0),
 ("IRQ", "USA", "CONSULT", 1, "Shultz raised the issue at a meeting with Iraqi Minister of State for Foreign Affairs Saadoun Hammadi", 1),
 ("USA", "IRQ", "THREATEN", 1, "continued use of such weapons would affect ties between the two countries", 0),
 ("IRQ", "USA", "REJECT", 1, "Hammadi rejected the charge", 0),
 ("IRQ", "USA", "ACCUSE", 0, "part of a campaign against an Arab nation", 0),
 ("TUR", "IRQ", "AID/COOPERATE/CONCEDE", 1, "has opened its border to the refugees", 0),
 ("TUR", "IRQ", "REJECT", 0, "would not send the Kurds back against their will", 0),
 ("TUR", "UNO|IGO|WST", "REQUEST", 0, "appealed for international help", 0),
 ("USA", "IRQ", "SANCTION/THREATEN", 1, "members moved to impose economic sanctions on Baghdad", 0),
 ("USA", "IRQ", "SANCTION/THREATEN", 0, "a bill cutting off loans and technology sales to Iraq", 0),
 ("IRN", "IRQ", "AID", 0, "Iran said it was ready to take in Kurdish refugees", 0),
 ("IRN", "IRQ", "ACCUSE", 1, "condemned what it called Iraqi crimes against Moslems", 0),
]))

ARTS.append(dict(
id="AB5", fmt="dump", dump="dump-1.txt",
headline="NORTH AFRICAN LEADERS FORM ARAB MAGHREB UNION",
body="""
MARRAKESH, Morocco, Feb 17 - The leaders of Morocco, Algeria, Tunisia, Libya and Mauritania signed a treaty on Friday creating an Arab Maghreb Union, pledging to move towards free movement of goods and people across a region of 60 million inhabitants.

King Hassan of Morocco, host of the two-day summit, said the union would give North Africa a single voice in dealing with the European Community, which takes most of the region's exports and is preparing for its own single market in 1992.

"What colonialism divided, we have decided today to bring together," the king told the heads of state in the marble hall of his palace.

Under the treaty, the five countries agreed to coordinate economic policy, set up a council of heads of state meeting at least once a year, and commit themselves not to allow their territory to be used for activities against one another.

Libyan leader Muammar Gaddafi, who arrived by road after crossing Algeria and Tunisia, had pressed for a full political merger but did not win support from the other leaders. He signed the treaty but said it fell short of Arab unity.

Algerian President Chadli Bendjedid and King Hassan held a separate meeting on the fringes of the summit, their third in less than a year since the two countries restored diplomatic relations.

Diplomats said the question of Western Sahara, where Algerian-backed Polisario Front guerrillas have fought Moroccan forces since 1975, had been set aside so as not to derail the summit. Last month King Hassan received a Polisario delegation in Marrakesh for the first time, a gesture the guerrillas welcomed.

Tunisian President Zine al-Abidine Ben Ali and Mauritanian President Maaouya Ould Sid'Ahmed Taya also attended.

Reuter
""",
pub=("1989-02-17", "1989-02-17", "dateline 'Feb 17'; Marrakesh treaty signed Friday 17 February 1989"),
people=[("King Hassan", "MAR", "King"),
        ("Muammar Gaddafi", "LBY", "Libyan leader"),
        ("Chadli Bendjedid", "DZA", "President"),
        ("Zine al-Abidine Ben Ali", "TUN", "President"),
        ("Maaouya Ould Sid'Ahmed Taya", "MRT", "President")],
events=[
 ("MAR", "DZA", "AGREE/COOPERATE", 1, "signed a treaty on Friday creating an Arab Maghreb Union", 1),
 ("MAR", "TUN", "AGREE/COOPERATE", 1, "signed a treaty on Friday creating an Arab Maghreb Union", 1),
 ("MAR", "LBY", "AGREE/COOPERATE", 1, "signed a treaty on Friday creating an Arab Maghreb Union", 1),
 ("MAR", "MRT", "AGREE/COOPERATE", 1, "signed a treaty on Friday creating an Arab Maghreb Union", 1),
 ("DZA|TUN|LBY|MRT", "DZA|TUN|LBY|MRT", "AGREE/COOPERATE", 0, "the five countries agreed to coordinate economic policy", 1),
 ("LBY", "MAR", "CONSULT", 1, "who arrived by road after crossing Algeria and Tunisia", 0),
 ("DZA|TUN|MRT", "MAR", "CONSULT", 0, "host of the two-day summit", 0),
 ("LBY", "MAR|DZA|TUN|MRT", "REQUEST", 1, "had pressed for a full political merger", 0),
 ("MAR|DZA|TUN|MRT", "LBY", "REJECT", 0, "did not win support from the other leaders", 0),
 ("DZA", "MAR", "CONSULT", 1, "held a separate meeting on the fringes of the summit", 1),
 ("DZA", "MAR", "AGREE/COOPERATE", 0, "restored diplomatic relations", 1),
 ("DZA", "ESH", "SUPPORT/AID", 0, "Algerian-backed Polisario Front guerrillas", 0),
 ("ESH", "MAR", "ASSAULT", 0, "have fought Moroccan forces since 1975", 1),
 ("ESH", "MAR", "CONSULT", 1, "received a Polisario delegation in Marrakesh", 1),
 ("ESH", "MAR", "SUPPORT", 0, "a gesture the guerrillas welcomed", 0),
]))

ARTS.append(dict(
id="AB6", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="LEBANESE DEPUTIES ENDORSE TAIF PEACE PLAN, AOUN DENOUNCES IT",
body="""
TAIF, Saudi Arabia, Oct 22 - Lebanese members of parliament meeting in this mountain resort approved an Arab-brokered charter for national reconciliation on Sunday, but Christian army commander General Michel Aoun quickly denounced it as a betrayal that leaves Syrian troops in Lebanon.

Speaker Hussein al-Husseini told reporters that 58 of the 62 deputies attending had voted for the accord after more than three weeks of talks. It shifts some powers from the Maronite Christian president to the cabinet and divides parliament's seats equally between Christians and Moslems.

The accord also provides for Syria's 40,000 troops to pull back to the eastern Bekaa Valley within two years of constitutional reforms being approved, with the final withdrawal to be negotiated between the Lebanese and Syrian governments.

"This document sells Lebanon's sovereignty cheaply," Aoun said in a statement broadcast from the presidential palace at Baabda, east of Beirut. "The deputies have no mandate to sign it, and the army will not recognise it."

Aoun has fought a six-month artillery war against Syrian forces and their Moslem militia allies, and had demanded a firm timetable for a complete Syrian pullout.

Saudi Foreign Minister Prince Saud al-Faisal, who chaired much of the negotiation, appealed to all Lebanese to back the agreement. The Algerian diplomat Lakhdar Brahimi, the Arab League envoy, said the deputies had "opened a door that must not be closed again".

Syria, which had rejected earlier drafts containing a withdrawal date, welcomed the text. A government spokesman in Damascus said Syria would help Lebanon carry out the reforms.

The United States also expressed support. A State Department official said Washington urged all parties, including General Aoun, to give the plan a chance.

Reuter
""",
pub=("1989-10-22", "1989-10-22", "dateline 'Oct 22'; Taif accord approved Sunday 22 October 1989"),
people=[("Michel Aoun", "LBN", "army commander"),
        ("Hussein al-Husseini", "LBN", "Speaker"),
        ("Saud al-Faisal", "SAU", "Foreign Minister"),
        ("Lakhdar Brahimi", "DZA", "Arab League envoy")],
events=[
 ("LBN", "LBN", "AGREE", 1, "approved an Arab-brokered charter for national reconciliation", 1),
 ("LBN", "LBN", "CONSULT", 0, "after more than three weeks of talks", 1),
 ("LBN", "LBN", "REJECT/ACCUSE", 1, "quickly denounced it as a betrayal", 0),
 ("LBN", "LBN", "REJECT", 0, "the army will not recognise it", 0),
 ("LBN", "SYR", "ACCUSE", 0, "This document sells Lebanon's sovereignty cheaply", 0),
 ("SYR", "LBN", "RETREAT/AGREE", 0, "to pull back to the eastern Bekaa Valley", 0),
 ("LBN", "SYR", "ASSAULT", 0, "has fought a six-month artillery war against Syrian forces", 1),
 ("LBN", "SYR", "REQUEST", 1, "had demanded a firm timetable for a complete Syrian pullout", 0),
 ("SAU", "LBN", "REQUEST", 1, "appealed to all Lebanese to back the agreement", 0),
 ("SAU", "LBN", "AID/COOPERATE/CONSULT", 0, "who chaired much of the negotiation", 0),
 ("IGO", "LBN", "SUPPORT", 0, "opened a door that must not be closed again", 0),
 ("SYR", "LBN", "REJECT", 0, "had rejected earlier drafts containing a withdrawal date", 0),
 ("SYR", "LBN", "SUPPORT", 1, "welcomed the text", 0),
 ("SYR", "LBN", "AGREE/COOPERATE/AID", 1, "Syria would help Lebanon carry out the reforms", 0),
 ("USA", "LBN", "SUPPORT", 1, "The United States also expressed support", 0),
 ("USA", "LBN", "REQUEST", 1, "urged all parties, including General Aoun, to give the plan a chance", 0),
]))
