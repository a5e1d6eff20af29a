# Al Jazeera-style 2021-2022 articles (own wording).
ARTS = []

ARTS.append(dict(
id="X14", fmt="txt", date=("2021-08-01", "2021-08-01", "true publication date (UK and US blame Iran, Sunday 1 Aug 2021)"),
headline="US and UK join Israel in blaming Iran for deadly tanker attack off Oman",
text="""The United States and the United Kingdom have joined Israel in blaming Iran for a drone attack on an Israeli-linked oil tanker off the coast of Oman that killed two crew members, a charge Tehran has firmly denied.

The Mercer Street, a Liberian-flagged tanker managed by London-based Zodiac Maritime, owned by Israeli billionaire Eyal Ofer, was hit on Thursday night in the northern Indian Ocean. A British security guard and a Romanian crew member were killed.

US Secretary of State Antony Blinken said on Sunday that Washington was "confident that Iran conducted this attack" using one or more drones, and promised an "appropriate response" in coordination with allies. "There is no justification for this attack," he said.

British Foreign Secretary Dominic Raab said the attack was "deliberate, targeted and a clear violation of international law", and that the UK believed it was "highly likely" Iran was responsible. London summoned Iran's ambassador over the incident, the Foreign Office said.

Israeli Prime Minister Naftali Bennett said Israel had intelligence proving Iran's role and warned that his country knew "how to send a message to Iran in our own way". Foreign Minister Yair Lapid called for the UN Security Council to take action and said he had spoken with Raab and Blinken about a joint response.

Iran's foreign ministry spokesman Saeed Khatibzadeh rejected the accusations as "baseless" and warned that Tehran would respond to any "adventurism" against it. "The Zionist regime must stop making such accusations," he told a weekly news conference in Tehran.

Romania's foreign ministry also condemned the attack and said it would work with its partners to identify those responsible.

The US military said explosives experts from the USS Ronald Reagan aircraft carrier, which escorted the damaged ship to safety, had found evidence that a drone carrying a military-grade explosive struck the vessel's bridge.

The incident is the latest in a shadow war at sea between Israel and Iran, which have accused each other of attacking their ships since early 2021. It also comes as talks in Vienna aimed at reviving the 2015 nuclear deal between Iran and world powers remain stalled.""",
people=[("Eyal Ofer", "ISR", "billionaire"), ("Antony Blinken", "USA", "Secretary of State"),
        ("Dominic Raab", "GBR", "Foreign Secretary"), ("Naftali Bennett", "ISR", "Prime Minister"),
        ("Yair Lapid", "ISR", "Foreign Minister"), ("Saeed Khatibzadeh", "IRN", "foreign ministry spokesman")],
events=[
("USA", "IRN", "ACCUSE", 1, "The United States and the United Kingdom have joined Israel in blaming Iran"),
("GBR", "IRN", "ACCUSE", 1, "The United States and the United Kingdom have joined Israel in blaming Iran"),
("ISR", "IRN", "ACCUSE", 1, "The United States and the United Kingdom have joined Israel in blaming Iran"),
("IRN", "ISR|USA|GBR", "REJECT", 1, "a charge Tehran has firmly denied"),
("IRN", "ISR|LBR|MNC", "ASSAULT", 0, "was hit on Thursday night in the northern Indian Ocean"),
("USA", "IRN", "ACCUSE", 0, '"confident that Iran conducted this attack"'),
("USA", "IRN", "THREATEN", 1, 'promised an "appropriate response"'),
("GBR", "IRN", "ACCUSE", 0, 'was "deliberate, targeted and a clear violation of international law"'),
("GBR", "IRN", "ACCUSE/PROTEST/COERCE", 1, "London summoned Iran's ambassador"),
("ISR", "IRN", "THREATEN", 1, '"how to send a message to Iran in our own way"'),
("ISR", "UNO", "REQUEST", 1, "called for the UN Security Council to take action"),
("ISR", "GBR", "CONSULT", 1, "he had spoken with Raab and Blinken", 's'),
("ISR", "USA", "CONSULT", 1, "he had spoken with Raab and Blinken", 's'),
("IRN", "ISR|USA|GBR", "REJECT", 0, 'rejected the accusations as "baseless"'),
("IRN", "ISR|USA|GBR", "THREATEN", 1, "warned that Tehran would respond"),
("IRN", "ISR", "REQUEST", 0, "The Zionist regime must stop making such accusations"),
("ROU", "IRN|ISR|MNC", "ACCUSE", 0, "Romania's foreign ministry also condemned the attack"),
("USA", "ISR|LBR|MNC", "AID", 0, "escorted the damaged ship to safety"),
("ISR", "IRN", "ACCUSE", 0, "accused each other of attacking their ships", 's'),
("IRN", "USA", "CONSULT", 0, "talks in Vienna aimed at reviving the 2015 nuclear deal", 's'),
]))

ARTS.append(dict(
id="X15", fmt="json", date=("2021-10-23", "2021-10-23", "date_publish 2021-10-23"),
headline="Israel labels six Palestinian rights groups 'terrorist organisations'",
desc="Israel's defence minister accuses six prominent civil society groups of links to the PFLP.",
authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/10/23/israel-labels-six-palestinian-rights-groups-terrorist",
domain="aljazeera.com", date_publish="2021-10-23 09:15:00",
text="""Israel has designated six prominent Palestinian civil society organisations as "terrorist" groups, a move that rights advocates say criminalises the documentation of abuses in the occupied West Bank.
Defence Minister Benny Gantz announced the decision on Friday, accusing the groups of acting as a front for the Popular Front for the Liberation of Palestine (PFLP), a left-wing faction that Israel, the United States and the European Union list as a terrorist organisation.
The six are Al-Haq, Addameer, Defense for Children International-Palestine, the Union of Agricultural Work Committees, the Bisan Center for Research and Development, and the Union of Palestinian Women's Committees.
In a statement, Gantz's office said the groups had received "significant sums" from European governments, which it said had been diverted to the PFLP. The designation allows Israeli authorities to close their offices, seize their assets and jail their employees.
The organisations rejected the accusations. "This is an attack on the entire Palestinian human rights movement," Shawan Jabarin, director of Al-Haq, told Al Jazeera. "We will not stop our work."
Palestinian Prime Minister Mohammad Shtayyeh condemned the decision and urged the international community to stand against it, calling it "an assault on civil society".
The UN human rights office said it was "alarmed" and warned that counterterrorism laws must not be used to restrict legitimate human rights work. Israeli human rights groups B'Tselem and Human Rights Watch issued a joint statement describing the move as "an appalling and unjust decision".
The US State Department said Washington had not been given advance notice and would ask Israel for more information about the basis for the designations. "We believe respect for human rights, fundamental freedoms and a strong civil society are critically important," spokesman Ned Price told reporters.
Ireland, one of the donors, said it had seen no credible evidence that its funding had been misused, and the EU said past allegations of misuse of its funds had not been substantiated.
Several of the groups work with the International Criminal Court, which is investigating possible war crimes in the Palestinian territories, a process Israel has refused to cooperate with.""",
people=[("Benny Gantz", "ISR", "Defence Minister"), ("Shawan Jabarin", "PSE", "director of Al-Haq"),
        ("Mohammad Shtayyeh", "PSE", "Prime Minister"), ("Ned Price", "USA", "State Department spokesman")],
events=[
("ISR", "PSE", "SANCTION/ACCUSE", 1, "Israel has designated six prominent Palestinian civil society organisations"),
("ISR", "PSE", "ACCUSE", 1, "accusing the groups of acting as a front for the Popular Front for the Liberation of Palestine"),
("ISR|USA|EUR", "PSE", "SANCTION", 0, "list as a terrorist organisation"),
("ISR", "PSE|EUR", "ACCUSE", 0, "which it said had been diverted to the PFLP"),
("ISR", "PSE", "THREATEN/COERCE", 0, "allows Israeli authorities to close their offices"),
("PSE", "ISR", "REJECT", 1, "The organisations rejected the accusations"),
("PSE", "ISR", "ACCUSE", 0, "This is an attack on the entire Palestinian human rights movement"),
("PSE", "ISR", "ACCUSE", 1, "condemned the decision"),
("PSE", "IGO|UNO", "REQUEST", 1, "urged the international community to stand against it"),
("UNO", "ISR", "ACCUSE", 1, 'The UN human rights office said it was "alarmed"'),
("UNO", "ISR", "THREATEN|REQUEST", 0, "counterterrorism laws must not be used"),
("ISR|NGO", "ISR", "ACCUSE", 1, 'describing the move as "an appalling and unjust decision"'),
("USA", "ISR", "REQUEST", 1, "would ask Israel for more information"),
("IRL", "ISR", "REJECT", 1, "it had seen no credible evidence that its funding had been misused"),
("EUR", "ISR", "REJECT", 1, "the EU said past allegations of misuse of its funds had not been substantiated"),
("EUR|IRL", "PSE", "AID", 0, "received \"significant sums\" from European governments"),
("ISR", "IGO", "REJECT", 0, "a process Israel has refused to cooperate with"),
("PSE", "IGO", "COOPERATE", 0, "Several of the groups work with the International Criminal Court"),
]))

ARTS.append(dict(
id="X16", fmt="txt", date=("2021-01-05", "2021-01-05", "true publication date (AlUla summit Tuesday 5 Jan 2021)"),
headline="Gulf leaders sign AlUla declaration, ending blockade of Qatar",
text="""Gulf Arab leaders have signed a declaration to restore unity in the region, formally ending a three-and-a-half-year rift in which Saudi Arabia and its allies cut off diplomatic, trade and travel ties with Qatar.

The AlUla declaration was signed on Tuesday at a Gulf Cooperation Council (GCC) summit in the ancient Saudi desert city of AlUla, hours after Riyadh reopened its airspace and land border with Doha.

Saudi Crown Prince Mohammed bin Salman welcomed the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, with an embrace as he stepped off his plane, a scene broadcast live on Saudi state television. It was the emir's first visit to the kingdom since the crisis began in June 2017.

"These efforts led to the AlUla declaration, which emphasises Gulf, Arab and Islamic solidarity and stability," Prince Mohammed told the summit. Saudi Foreign Minister Prince Faisal bin Farhan later told reporters that all four boycotting countries had agreed to restore full diplomatic relations with Qatar.

The United Arab Emirates, Bahrain and Egypt also signed the document. Egypt is not a GCC member but joined the boycott in 2017.

The four countries had accused Qatar of supporting "terrorism" and of being too close to Iran, and issued a list of 13 demands, including closing Al Jazeera and a Turkish military base. Doha denied the accusations and rejected the demands as an attack on its sovereignty.

Kuwait, which mediated throughout the dispute, was credited by all sides. Kuwaiti Foreign Minister Sheikh Ahmad Nasser Al-Sabah announced the reopening of the borders on Monday night. Jared Kushner, the senior adviser to US President Donald Trump, attended the signing after months of shuttle diplomacy between Riyadh and Doha.

Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said Doha would not be asked to change its relations with Turkey or Iran, and that the agreement was based on non-interference in each other's affairs.

Analysts said deep mistrust remained, particularly between Abu Dhabi and Doha. Anwar Gargash, the UAE's minister of state for foreign affairs, said rebuilding confidence would take time.""",
people=[("Mohammed bin Salman", "SAU", "Crown Prince"), ("Tamim bin Hamad Al Thani", "QAT", "Emir"),
        ("Faisal bin Farhan", "SAU", "Foreign Minister"), ("Ahmad Nasser Al-Sabah", "KWT", "Foreign Minister"),
        ("Jared Kushner", "USA", "senior adviser"), ("Donald Trump", "USA", "President"),
        ("Mohammed bin Abdulrahman Al Thani", "QAT", "foreign minister"), ("Anwar Gargash", "ARE", "minister of state for foreign affairs")],
events=[
("SAU", "QAT", "AGREE", 1, "Gulf Arab leaders have signed a declaration to restore unity", 's'),
("SAU", "QAT", "SANCTION", 0, "cut off diplomatic, trade and travel ties with Qatar"),
("SAU", "QAT", "CONCEDE/COOPERATE", 1, "Riyadh reopened its airspace and land border with Doha"),
("QAT", "SAU", "CONSULT", 1, "welcomed the Emir of Qatar"),
("QAT", "SAU", "CONSULT", 0, "the emir's first visit to the kingdom"),
("SAU", "QAT", "AGREE/COOPERATE", 1, "had agreed to restore full diplomatic relations with Qatar"),
("ARE", "QAT", "AGREE", 1, "The United Arab Emirates, Bahrain and Egypt also signed the document", 's'),
("BHR", "QAT", "AGREE", 1, "The United Arab Emirates, Bahrain and Egypt also signed the document", 's'),
("EGY", "QAT", "AGREE", 1, "The United Arab Emirates, Bahrain and Egypt also signed the document", 's'),
("SAU|ARE|BHR|EGY", "QAT", "ACCUSE", 0, 'had accused Qatar of supporting "terrorism"'),
("SAU|ARE|BHR|EGY", "QAT", "REQUEST", 0, "issued a list of 13 demands"),
("QAT", "SAU|ARE|BHR|EGY", "REJECT", 0, "Doha denied the accusations and rejected the demands"),
("KWT", "QAT|SAU", "CONSULT/COOPERATE", 0, "which mediated throughout the dispute"),
("USA", "SAU", "CONSULT", 1, "attended the signing"),
("USA", "SAU|QAT", "CONSULT", 0, "months of shuttle diplomacy between Riyadh and Doha"),
("QAT", "SAU", "REJECT", 0, "Doha would not be asked to change its relations with Turkey or Iran"),
("ARE", "QAT", "ACCUSE", 0, "rebuilding confidence would take time"),
]))

ARTS.append(dict(
id="X17", fmt="json", date=("2021-09-06", "2021-09-06", "true publication date; date_publish withheld; 'on Monday' Taliban claim"),
headline="Taliban claim full control of Panjshir as resistance vows to fight on",
desc="Ahmad Massoud calls for a national uprising after the Taliban say they have taken Afghanistan's last holdout province.",
authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2021/9/6/taliban-claim-control-of-panjshir",
domain="aljazeera.com", date_publish=None,
text="""The Taliban say they have captured the Panjshir Valley, the last pocket of armed resistance in Afghanistan, but opposition fighters insist they are still holding strategic positions and have vowed to continue their fight.
"With this victory, our country is completely taken out of the quagmire of war," Taliban spokesman Zabihullah Mujahid told a news conference in Kabul on Monday, warning that anyone who took up arms against the new government would be treated as an enemy.
The National Resistance Front (NRF), led by Ahmad Massoud, son of the famed anti-Soviet commander Ahmad Shah Massoud, rejected the claim. In an audio message posted on social media, Massoud called on Afghans "wherever you are, inside or outside the country" to rise up against the Taliban.
On Sunday the NRF had proposed a ceasefire and said it was ready for talks if the Taliban halted their offensive. The Taliban did not respond to the proposal and pressed ahead with their assault, according to residents.
The front's spokesman, Fahim Dashti, and a senior commander were killed in the fighting, the group confirmed. Former vice president Amrullah Saleh, who declared himself Afghanistan's caretaker president after Ashraf Ghani fled the country, is believed to be in the valley with the resistance.
Pictures on social media showed Taliban fighters raising their white flag over the provincial governor's compound in Bazarak.
Iran condemned the Taliban offensive. Foreign ministry spokesman Saeed Khatibzadeh said the attack "cannot be condoned" and that Tehran was investigating reports of foreign interference, remarks widely seen as aimed at Pakistan. Islamabad has denied accusations that its drones supported the Taliban operation.
In Kabul, several hundred people marched past the Pakistani embassy on Tuesday chanting slogans against Islamabad, and Taliban fighters fired into the air to disperse them.
The Panjshir held out against Soviet forces in the 1980s and against the Taliban during their first rule in the 1990s. Mujahid said the Taliban would announce a new government soon and promised that the people of Panjshir would not face discrimination.""",
people=[("Zabihullah Mujahid", "AFG", "Taliban spokesman"), ("Ahmad Massoud", "AFG", "leader, National Resistance Front"),
        ("Ahmad Shah Massoud", "AFG", "anti-Soviet commander"), ("Fahim Dashti", "AFG", "NRF spokesman"),
        ("Amrullah Saleh", "AFG", "former vice president"), ("Ashraf Ghani", "AFG", "President"),
        ("Saeed Khatibzadeh", "IRN", "foreign ministry spokesman")],
events=[
("AFG", "AFG", "ASSAULT/COERCE", 1, "The Taliban say they have captured the Panjshir Valley"),
("AFG", "AFG", "THREATEN", 1, "would be treated as an enemy"),
("AFG", "AFG", "REJECT", 1, "rejected the claim"),
("AFG", "AFG", "REQUEST/MOBILIZE", 1, "to rise up against the Taliban"),
("AFG", "AFG", "REQUEST/AGREE", 1, "the NRF had proposed a ceasefire"),
("AFG", "AFG", "CONSULT/AGREE", 0, "it was ready for talks if the Taliban halted their offensive"),
("AFG", "AFG", "REJECT", 0, "The Taliban did not respond to the proposal"),
("AFG", "AFG", "ASSAULT", 1, "pressed ahead with their assault"),
("AFG", "AFG", "ASSAULT", 0, "were killed in the fighting", 's'),
("IRN", "AFG", "ACCUSE", 1, "Iran condemned the Taliban offensive"),
("IRN", "PAK", "ACCUSE", 0, "investigating reports of foreign interference"),
("PAK", "AFG|IRN", "REJECT", 1, "Islamabad has denied accusations"),
("PAK", "AFG", "SUPPORT/ASSAULT", 0, "its drones supported the Taliban operation"),
("AFG", "PAK", "PROTEST", 1, "marched past the Pakistani embassy on Tuesday chanting slogans against Islamabad"),
("AFG", "AFG", "COERCE", 1, "Taliban fighters fired into the air to disperse them"),
("AFG", "AFG", "AGREE", 0, "the people of Panjshir would not face discrimination"),
]))

ARTS.append(dict(
id="X18", fmt="txt", date=("2021-04-20", "2021-04-20", "true publication date (parliament debate Tuesday 20 April 2021)"),
headline="Pakistan parliament to debate French envoy's expulsion after deadly TLP protests",
text="""Pakistan's parliament will debate a resolution on expelling the French ambassador, the government said, in a bid to end a week of violent protests by a banned far-right religious party that have left at least four police officers dead.

Interior Minister Sheikh Rashid Ahmed said in a video message on Tuesday that the government had reached an agreement with the Tehreek-e-Labbaik Pakistan (TLP) after talks, and that the group had agreed to call off its sit-ins across the country. In return, the government would drop charges against some of its members and table the resolution in the National Assembly.

The TLP has demanded the expulsion of France's envoy over cartoons of the Prophet Muhammad republished by the satirical magazine Charlie Hebdo and President Emmanuel Macron's defence of the right to publish them.

Protests erupted on April 12 after police arrested the party's leader, Saad Rizvi, in Lahore. His supporters blocked highways and clashed with police in several cities, and took 11 police officers hostage during a raid on their headquarters on Sunday. The hostages were later released after negotiations.

The government banned the TLP under anti-terrorism laws last week, accusing it of attacking security forces. Prime Minister Imran Khan defended the ban in a televised address, but said he shared the protesters' anger and urged Western leaders to treat insults to the Prophet in the same way as Holocaust denial.

"Expelling the French ambassador would only hurt Pakistan and not France," Khan said, warning that the move could damage exports to the European Union.

France advised all its citizens and companies in Pakistan to leave the country temporarily because of "serious threats to French interests", the French embassy in Islamabad said in an email. Paris did not comment on the proposed resolution.

The TLP, which won more than two million votes in the 2018 general election, has brought Pakistan to a standstill several times with protests over blasphemy. The government signed a deal with the party in November promising to put the question of the ambassador to parliament, but failed to do so by the February deadline.""",
people=[("Sheikh Rashid Ahmed", "PAK", "Interior Minister"), ("Emmanuel Macron", "FRA", "President"),
        ("Saad Rizvi", "PAK", "TLP leader"), ("Imran Khan", "PAK", "Prime Minister")],
events=[
("PAK", "FRA", "THREATEN/SANCTION/COERCE", 1, "will debate a resolution on expelling the French ambassador"),
("PAK", "PAK", "AGREE", 1, "the government had reached an agreement with the Tehreek-e-Labbaik Pakistan (TLP) after talks", 's'),
("PAK", "PAK", "CONSULT", 0, "after talks", 's'),
("PAK", "PAK", "CONCEDE/RETREAT/AGREE", 1, "the group had agreed to call off its sit-ins"),
("PAK", "PAK", "CONCEDE", 1, "the government would drop charges against some of its members"),
("PAK", "FRA", "REQUEST/COERCE", 1, "The TLP has demanded the expulsion of France's envoy"),
("PAK", "PAK", "COERCE", 1, "police arrested the party's leader, Saad Rizvi"),
("PAK", "PAK", "PROTEST", 0, "His supporters blocked highways"),
("PAK", "PAK", "ASSAULT/PROTEST", 1, "clashed with police in several cities", 's'),
("PAK", "PAK", "COERCE/ASSAULT", 1, "took 11 police officers hostage"),
("PAK", "PAK", "CONCEDE/RETREAT", 0, "The hostages were later released after negotiations"),
("PAK", "PAK", "SANCTION/COERCE", 1, "The government banned the TLP under anti-terrorism laws"),
("PAK", "PAK", "ACCUSE", 0, "accusing it of attacking security forces"),
("PAK", "WST", "REQUEST", 1, "urged Western leaders to treat insults to the Prophet"),
("FRA", "PAK", "THREATEN/RETREAT", 0, "France advised all its citizens and companies in Pakistan to leave"),
("PAK", "PAK", "AGREE", 0, "The government signed a deal with the party in November", 's'),
("PAK", "PAK", "REJECT", 0, "failed to do so by the February deadline"),
]))

ARTS.append(dict(
id="X19", fmt="json", date=("2021-02-05", "2021-02-05", "date_publish 2021-02-05"),
headline="Russia expels European diplomats as Borrell visits Moscow over Navalny",
desc="Germany, Poland and Sweden vow response after Moscow says their diplomats attended pro-Navalny rallies.",
authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/2/5/russia-expels-european-diplomats-navalny",
domain="aljazeera.com", date_publish="2021-02-05 18:40:00",
text="""Russia has expelled diplomats from Germany, Poland and Sweden, accusing them of taking part in protests in support of jailed opposition figure Alexey Navalny, as the European Union's foreign policy chief held talks in Moscow.
The Russian foreign ministry said on Friday that the diplomats had joined "illegal" rallies in St Petersburg and Moscow on January 23 and declared them "persona non grata". It did not say how many were affected.
The announcement came as Josep Borrell met Russian Foreign Minister Sergey Lavrov, in the first visit to Moscow by a senior EU official since 2017. Borrell told reporters he had called for Navalny's release and for an investigation into his poisoning, and had learned of the expulsions during the talks.
"I strongly condemn this decision and reject the allegations that they were conducting activities incompatible with their status," Borrell said.
German Chancellor Angela Merkel called the expulsions "unjustified" and said Berlin would respond. Sweden and Poland said they would consider reciprocal measures.
Lavrov, standing next to Borrell, described the EU as an "unreliable partner" and accused Western governments of interfering in Russia's internal affairs.
On Tuesday a Moscow court sentenced Navalny to two years and eight months in a prison colony for violating the terms of a suspended sentence while he was recovering in Germany from a nerve-agent attack he blames on the Kremlin. Moscow denies any role in the poisoning.
Police detained more than 1,400 people at protests that broke out after the verdict, according to the monitoring group OVD-Info, after more than 10,000 were held at nationwide rallies on the previous two weekends. Navalny's team said it would pause street protests until the spring to avoid more arrests.
Kremlin spokesman Dmitry Peskov said the authorities had acted lawfully and dismissed Western criticism as "absolutely unacceptable" interference.
Several EU member states have called for fresh sanctions on Russian officials over Navalny's treatment. EU foreign ministers are due to discuss the matter later this month.""",
people=[("Alexey Navalny", "RUS", "opposition figure"), ("Josep Borrell", "EUR", "EU foreign policy chief"),
        ("Sergey Lavrov", "RUS", "Foreign Minister"), ("Angela Merkel", "DEU", "Chancellor"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman")],
events=[
("RUS", "DEU", "COERCE", 1, "Russia has expelled diplomats from Germany, Poland and Sweden"),
("RUS", "POL", "COERCE", 1, "Russia has expelled diplomats from Germany, Poland and Sweden"),
("RUS", "SWE", "COERCE", 1, "Russia has expelled diplomats from Germany, Poland and Sweden"),
("RUS", "DEU|POL|SWE", "ACCUSE", 1, "accusing them of taking part in protests"),
("EUR", "RUS", "CONSULT", 1, "held talks in Moscow"),
("EUR", "RUS", "CONSULT", 0, "Josep Borrell met Russian Foreign Minister Sergey Lavrov"),
("EUR", "RUS", "REQUEST", 1, "he had called for Navalny's release"),
("EUR", "RUS", "ACCUSE/REJECT", 1, "I strongly condemn this decision"),
("DEU", "RUS", "ACCUSE", 1, 'called the expulsions "unjustified"'),
("DEU", "RUS", "THREATEN", 1, "Berlin would respond"),
("SWE", "RUS", "THREATEN", 1, "Sweden and Poland said they would consider reciprocal measures"),
("POL", "RUS", "THREATEN", 1, "Sweden and Poland said they would consider reciprocal measures"),
("RUS", "EUR", "ACCUSE", 1, 'described the EU as an "unreliable partner"'),
("RUS", "WST", "ACCUSE", 1, "accused Western governments of interfering"),
("RUS", "RUS", "COERCE/SANCTION", 1, "a Moscow court sentenced Navalny"),
("RUS", "RUS", "ASSAULT", 0, "a nerve-agent attack he blames on the Kremlin"),
("RUS", "RUS", "REJECT", 0, "Moscow denies any role in the poisoning"),
("RUS", "RUS", "COERCE", 1, "Police detained more than 1,400 people"),
("RUS", "RUS", "PROTEST", 0, "protests that broke out after the verdict"),
("RUS", "WST", "REJECT/ACCUSE", 1, 'dismissed Western criticism as "absolutely unacceptable" interference'),
("IGO|EUR", "RUS", "REQUEST/THREATEN", 0, "have called for fresh sanctions on Russian officials"),
]))

ARTS.append(dict(
id="X20", fmt="dump", dump="dump-2.txt", nbsp=False, date=("2021-04-18", "2021-04-18", "true publication date (Czech expulsions Saturday 17 April, announced that evening; Russian response 18 April)"),
headline="Czech Republic expels 18 Russian diplomats over 2014 depot explosions",
text="""The Czech Republic has expelled 18 Russian diplomats it identified as spies, saying Russian military intelligence was behind huge explosions at an ammunition depot in the east of the country in 2014 that killed two people.

Prime Minister Andrej Babis told a hastily called news conference on Saturday evening that there was "well-founded suspicion" of the involvement of officers of Russia's GRU intelligence service, specifically its Unit 29155, in the blasts at Vrbetice.

Acting Foreign Minister Jan Hamacek said the diplomats, whom Czech intelligence had identified as GRU and SVR officers, had 48 hours to leave. "The Czech Republic is a sovereign state and must react appropriately to these unprecedented findings," he said.

Czech police said they were searching for two men in connection with the explosions who carried Russian passports under the names Alexander Petrov and Ruslan Boshirov, the same aliases used by the suspects in the 2018 poisoning of former Russian spy Sergei Skripal in Britain.

Moscow rejected the accusations as "absurd" and retaliated on Sunday by ordering 20 Czech embassy staff to leave Russia. The Russian foreign ministry said Prague's move was "a hostile act" and accused the Czech government of following Washington's lead, noting that the United States had expelled Russian diplomats only days earlier.

Hamacek said he had planned to travel to Moscow on Monday to discuss buying Russian Sputnik V vaccines, but that the visit was cancelled.

The United States said it stood with its "steadfast ally" and praised Prague's response. Slovakia said it would expel three Russian diplomats in solidarity, and the Baltic states said they would also send envoys home.

The Czech government also moved to exclude Russia's state nuclear company Rosatom from a tender to build a new reactor at the Dukovany power plant, officials said.

Russia's ambassador, Alexander Zmeevsky, was summoned to the Czech foreign ministry on Sunday.""",
people=[("Andrej Babis", "CZE", "Prime Minister"), ("Jan Hamacek", "CZE", "Acting Foreign Minister"),
        ("Alexander Petrov", "RUS", "suspect (passport name)"), ("Ruslan Boshirov", "RUS", "suspect (passport name)"),
        ("Sergei Skripal", "RUS", "former Russian spy"), ("Alexander Zmeevsky", "RUS", "ambassador")],
events=[
("CZE", "RUS", "COERCE", 1, "The Czech Republic has expelled 18 Russian diplomats"),
("CZE", "RUS", "ACCUSE", 1, "saying Russian military intelligence was behind huge explosions"),
("RUS", "CZE", "ASSAULT", 0, "huge explosions at an ammunition depot"),
("CZE", "RUS", "ACCUSE", 0, 'there was "well-founded suspicion" of the involvement'),
("CZE", "RUS", "COERCE", 0, "had 48 hours to leave"),
("CZE", "RUS", "COERCE", 0, "Czech police said they were searching for two men"),
("RUS", "GBR", "ASSAULT", 0, "the 2018 poisoning of former Russian spy Sergei Skripal in Britain"),
("RUS", "CZE", "REJECT", 1, 'Moscow rejected the accusations as "absurd"'),
("RUS", "CZE", "COERCE", 1, "ordering 20 Czech embassy staff to leave Russia"),
("RUS", "CZE", "ACCUSE", 1, 'Prague\'s move was "a hostile act"'),
("RUS", "CZE", "ACCUSE", 1, "accused the Czech government of following Washington's lead"),
("USA", "RUS", "COERCE", 0, "the United States had expelled Russian diplomats only days earlier"),
("CZE", "RUS", "REJECT/CONSULT", 1, "the visit was cancelled"),
("USA", "CZE", "SUPPORT", 1, "praised Prague's response"),
("SVK", "RUS", "COERCE", 1, "Slovakia said it would expel three Russian diplomats in solidarity"),
("SVK", "CZE", "SUPPORT", 0, "in solidarity"),
("EST|LVA|LTU", "RUS", "COERCE", 1, "the Baltic states said they would also send envoys home"),
("CZE", "RUS", "SANCTION/REJECT", 1, "moved to exclude Russia's state nuclear company Rosatom"),
("CZE", "RUS", "ACCUSE/PROTEST/COERCE", 1, "was summoned to the Czech foreign ministry on Sunday"),
]))
