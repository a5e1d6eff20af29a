# Articles Y1..Y7. Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="Y1", fmt="txt",
headline="COLOMBIA DECLARES WAR ON DRUG BARONS AFTER CANDIDATE'S MURDER",
body="""
BOGOTA, Aug 19 - Colombia's government assumed sweeping emergency powers against the cocaine cartels on Saturday after gunmen shot dead Senator Luis Carlos Galan, the front-runner for next year's presidential election, at a campaign rally outside the capital.

Galan, 46, was hit by automatic rifle fire as he climbed onto a platform in the town of Soacha on Friday night and died hours later in hospital. Police blamed the Medellin cartel, which had threatened him for his support of extradition.

President Virgilio Barco, in a televised address, said suspected traffickers could again be extradited to the United States by decree, without the approval of the courts, and that the properties of drug barons would be seized.

"The country will not bow to the assassins," Barco said. "Those who kill our leaders will be hunted down."

Troops and police raided dozens of houses, ranches and offices across the country overnight and detained more than 10,000 people, military sources said. Hundreds of aircraft, vehicles and weapons were confiscated.

In Washington, President George Bush condemned the killing and said the United States stood ready to help Colombia in its fight. Officials said an emergency package of military equipment worth about 65 million dollars was being prepared for Bogota.

The cartel bosses, who call themselves the Extraditables, warned in a message sent to a Medellin radio station that they would wage total war against the government and its officials if the extradition campaign went ahead.

Galan's Liberal Party asked Cesar Gaviria, his campaign manager and a former finance minister, to take up the candidacy. Gaviria pledged to carry on the fight against the traffickers.

The killing came hours after a police colonel in charge of the anti-drug effort in Medellin was shot by unknown gunmen. A Bogota magistrate was murdered earlier in the week.

Reuter
""",
pub=("1989-08-19", "1989-08-19", "dateline 'Aug 19'; Galan killed Friday 18 August 1989"),
people=[("Luis Carlos Galan", "COL", "Senator, presidential candidate"),
        ("Virgilio Barco", "COL", "President"),
        ("George Bush", "USA", "President"),
        ("Cesar Gaviria", "COL", "campaign manager, former finance minister")],
events=[
 ("COL", "COL", "ASSAULT", 1, "gunmen shot dead Senator Luis Carlos Galan", 0),
 ("COL", "COL", "ACCUSE", 1, "Police blamed the Medellin cartel", 0),
 ("COL", "COL", "THREATEN", 0, "which had threatened him for his support of extradition", 0),
 ("COL", "COL", "COERCE/SANCTION/THREATEN", 1, "the properties of drug barons would be seized", 0),
 ("COL", "USA", "COOPERATE/AGREE", 0, "could again be extradited to the United States by decree", 0),
 ("COL", "COL", "THREATEN", 1, "Those who kill our leaders will be hunted down", 0),
 ("COL", "COL", "COERCE", 1, "detained more than 10,000 people", 0),
 ("USA", "COL", "ACCUSE", 0, "President George Bush condemned the killing", 0),
 ("USA", "COL", "SUPPORT/AID/AGREE", 1, "the United States stood ready to help Colombia in its fight", 0),
 ("USA", "COL", "AID", 1, "an emergency package of military equipment worth about 65 million dollars", 0),
 ("COL", "COL", "THREATEN", 1, "they would wage total war against the government and its officials", 0),
 ("COL", "COL", "REQUEST", 0, "asked Cesar Gaviria", 0),
 ("COL", "COL", "ASSAULT", 1, "was shot by unknown gunmen", 0),
 ("COL", "COL", "ASSAULT", 0, "A Bogota magistrate was murdered earlier in the week", 0),
]))

ARTS.append(dict(
id="Y2", fmt="txt",
headline="CUBA EXECUTES GENERAL OCHOA AND THREE OFFICERS FOR DRUG SMUGGLING",
body="""
HAVANA, July 13 - Cuba executed by firing squad on Thursday General Arnaldo Ochoa, a decorated hero of its wars in Angola and Ethiopia, and three other officers convicted of smuggling cocaine for Colombian traffickers, the Communist Party newspaper Granma said.

The Council of State, headed by President Fidel Castro, unanimously upheld the death sentences passed by a military tribunal last week and rejected appeals for clemency.

Executed with Ochoa were Colonel Antonio de la Guardia and Major Amado Padron of the Interior Ministry and Captain Jorge Martinez, Ochoa's aide. Ten other defendants, among them Patricio de la Guardia, the colonel's twin brother, received prison terms of up to 30 years.

Prosecutors told the tribunal the officers had helped the Medellin cartel move some six tonnes of cocaine through Cuban territory and air space to the United States, earning about 3.4 million dollars.

Castro said in a speech that the men had betrayed the revolution and exposed Cuba to attack by its enemies in Washington. "There can be no forgiveness for those who hand the imperialists a weapon against us," he said.

The United States, which has long accused Havana of complicity in the drug trade, said the trial showed the Cuban leadership had known of the smuggling for years. A State Department spokesman said Washington did not accept that the affair was the work of a few renegade officers.

Cuba denied that any senior leader had been involved and said the case proved its determination to fight drug trafficking. It has offered to cooperate with U.S. anti-drug agencies, an offer Washington has so far not taken up.

Human rights groups abroad had appealed to Castro to spare the men's lives.

Reuter
""",
pub=("1989-07-13", "1989-07-13", "dateline 'July 13'; executions announced 13 July 1989"),
people=[("Arnaldo Ochoa", "CUB", "General"),
        ("Fidel Castro", "CUB", "President"),
        ("Antonio de la Guardia", "CUB", "Colonel, Interior Ministry"),
        ("Amado Padron", "CUB", "Major, Interior Ministry"),
        ("Jorge Martinez", "CUB", "Captain, Ochoa's aide"),
        ("Patricio de la Guardia", "CUB", "defendant")],
events=[
 ("CUB", "CUB", "COERCE/ASSAULT", 1, "Cuba executed by firing squad", 0),
 ("CUB", "CUB", "REJECT", 1, "rejected appeals for clemency", 0),
 ("CUB", "CUB", "COERCE/SANCTION", 1, "received prison terms of up to 30 years", 0),
 ("CUB", "CUB", "ACCUSE", 1, "Prosecutors told the tribunal the officers had helped the Medellin cartel", 0),
 ("CUB", "COL", "COOPERATE", 0, "had helped the Medellin cartel", 0),
 ("CUB", "CUB", "ACCUSE", 1, "the men had betrayed the revolution", 0),
 ("CUB", "USA", "ACCUSE", 0, "exposed Cuba to attack by its enemies in Washington", 0),
 ("USA", "CUB", "ACCUSE", 0, "has long accused Havana of complicity in the drug trade", 0),
 ("USA", "CUB", "ACCUSE", 1, "the trial showed the Cuban leadership had known of the smuggling for years", 0),
 ("USA", "CUB", "REJECT/ACCUSE", 1, "Washington did not accept that the affair was the work of a few renegade officers", 0),
 ("CUB", "USA", "REJECT", 1, "Cuba denied that any senior leader had been involved", 0),
 ("CUB", "USA", "AGREE/COOPERATE", 1, "It has offered to cooperate with U.S. anti-drug agencies", 0),
 ("USA", "CUB", "REJECT", 0, "an offer Washington has so far not taken up", 0),
 ("NGO", "CUB", "REQUEST", 1, "Human rights groups abroad had appealed to Castro to spare the men's lives", 0),
]))

ARTS.append(dict(
id="Y3", fmt="json",
headline="OZAL AND PAPANDREOU AGREE ON HOTLINE AND YEARLY SUMMITS",
body="""
DAVOS, Switzerland, Jan 31 - Turkish Prime Minister Turgut Ozal and Greek Prime Minister Andreas Papandreou agreed on Sunday to meet every year and to set up a telephone hotline to keep disputes between their countries from flaring into war.

The two leaders, whose countries came close to armed conflict last March over oil exploration in the Aegean Sea, held more than six hours of talks over two days on the sidelines of the World Economic Forum in this Swiss ski resort.

In a joint communique they said they would set up two committees, one on political questions and one on economic cooperation, and would encourage contacts between businessmen, journalists and tourists.

"We have decided that there will be no war between Greece and Turkey," Papandreou told a news conference. Ozal said the meeting had opened "a new era" and that he had accepted an invitation to visit Athens.

But neither side gave ground on the substance of their quarrels, which include the continental shelf, air space over the Aegean and the division of Cyprus. Papandreou said Greece would not negotiate over its sovereign rights and repeated that the withdrawal of Turkish troops from northern Cyprus remained the key to better relations.

Ozal rejected any link between the Cyprus issue and bilateral ties, saying it was a matter for the two communities on the island.

Opposition leaders in Athens criticised Papandreou for going to Davos, saying he had legitimised the Turkish occupation of Cyprus. Constantine Mitsotakis, leader of the conservative New Democracy party, said the prime minister had made concessions and received nothing in return.

Diplomats said the hotline, linking the two prime ministers' offices, could be working within weeks.

Reuter
""",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Turkish and Greek prime ministers agree to annual meetings and a hotline after Davos talks."),
pub=("1988-01-31", "1988-01-31", "dateline 'Jan 31', Davos summit 30-31 January 1988; date_publish null"),
people=[("Turgut Ozal", "TUR", "Prime Minister"),
        ("Andreas Papandreou", "GRC", "Prime Minister"),
        ("Constantine Mitsotakis", "GRC", "leader, New Democracy party")],
events=[
 ("TUR", "GRC", "AGREE", 1, "agreed on Sunday to meet every year and to set up a telephone hotline", 1),
 ("TUR", "GRC", "CONSULT", 1, "held more than six hours of talks over two days", 1),
 ("TUR", "GRC", "THREATEN/MOBILIZE", 0, "came close to armed conflict last March", 1),
 ("TUR", "GRC", "AGREE/COOPERATE", 1, "they would set up two committees", 1),
 ("GRC", "TUR", "AGREE", 0, "there will be no war between Greece and Turkey", 1),
 ("TUR", "GRC", "AGREE/CONSULT", 1, "he had accepted an invitation to visit Athens", 0),
 ("GRC", "TUR", "CONSULT", 0, "an invitation to visit Athens", 0),
 ("TUR", "GRC", "REJECT", 0, "neither side gave ground", 1),
 ("GRC", "TUR", "REJECT", 1, "Greece would not negotiate over its sovereign rights", 0),
 ("GRC", "TUR", "REQUEST/ACCUSE", 1, "the withdrawal of Turkish troops from northern Cyprus remained the key", 0),
 ("TUR", "GRC", "REJECT", 1, "Ozal rejected any link between the Cyprus issue and bilateral ties", 0),
 ("GRC", "GRC", "ACCUSE", 1, "Opposition leaders in Athens criticised Papandreou", 0),
 ("GRC", "GRC", "ACCUSE", 0, "the prime minister had made concessions and received nothing in return", 0),
]))

ARTS.append(dict(
id="Y4", fmt="json",
headline="NEW ZEALAND ACCUSES FRANCE OF BREAKING RAINBOW WARRIOR DEAL",
body="""
WELLINGTON, May 7 - New Zealand accused France on Saturday of a flagrant breach of its international obligations after Paris flew home Captain Dominique Prieur, one of the two agents jailed for sinking the Greenpeace ship Rainbow Warrior, from her exile on a Pacific atoll.

Prime Minister David Lange said his government had not agreed to the move and was told of it only after the aircraft carrying Prieur had left the French military base on Hao. "This is a contemptuous act by a government that signs agreements and then tears them up," he told reporters.

Under a 1986 settlement arranged by United Nations Secretary-General Javier Perez de Cuellar, Prieur and Major Alain Mafart were to serve three years on Hao and could leave only with the consent of both governments. France brought Mafart back to Paris last December, saying he needed urgent medical treatment.

French officials said Prieur, who is pregnant, was repatriated so that she could be at the bedside of her father, who is dying of cancer. Paris said it had sought New Zealand's approval but could not wait for a New Zealand doctor to reach the atoll.

Lange said Wellington would lodge a formal protest and would take the dispute to the arbitration procedure provided for in the agreement. He demanded that France send Prieur back to Hao once her father's condition allowed, and the French ambassador was summoned to the foreign ministry.

Foreign Minister Russell Marshall said New Zealand was studying whether the breach freed it from its side of the bargain, under which France paid seven million dollars in compensation and stopped obstructing New Zealand exports to the European Community.

The Rainbow Warrior was sunk by two bombs in Auckland harbour in July 1985, killing a Portuguese-born photographer, Fernando Pereira.

Greenpeace condemned the French decision as a further insult to the people of New Zealand.

Reuter
""",
meta=dict(date_publish="1988-05-07 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="Wellington says France breached the 1986 Rainbow Warrior settlement by repatriating agent Prieur."),
pub=("1988-05-07", "1988-05-07", "dateline 'May 7'; Prieur flown to Paris 6 May 1988"),
people=[("Dominique Prieur", "FRA", "Captain, French agent"),
        ("David Lange", "NZL", "Prime Minister"),
        ("Javier Perez de Cuellar", "UNO", "United Nations Secretary-General"),
        ("Alain Mafart", "FRA", "Major, French agent"),
        ("Russell Marshall", "NZL", "Foreign Minister"),
        ("Fernando Pereira", "PRT", "photographer")],
events=[
 ("NZL", "FRA", "ACCUSE", 1, "New Zealand accused France on Saturday of a flagrant breach", 0),
 ("FRA", "NZL", "REJECT", 0, "Paris flew home Captain Dominique Prieur", 0),
 ("NZL", "FRA", "ACCUSE", 1, "This is a contemptuous act by a government that signs agreements and then tears them up", 0),
 ("UNO", "FRA|NZL", "AID/COOPERATE", 0, "arranged by United Nations Secretary-General Javier Perez de Cuellar", 0),
 ("FRA", "NZL", "REJECT", 0, "France brought Mafart back to Paris last December", 0),
 ("FRA", "NZL", "REQUEST", 0, "Paris said it had sought New Zealand's approval", 0),
 ("NZL", "FRA", "ACCUSE/PROTEST", 1, "Wellington would lodge a formal protest", 0),
 ("NZL", "FRA", "REQUEST/ACCUSE", 1, "would take the dispute to the arbitration procedure", 0),
 ("NZL", "FRA", "REQUEST", 1, "He demanded that France send Prieur back to Hao", 0),
 ("NZL", "FRA", "ACCUSE/CONSULT/PROTEST", 1, "the French ambassador was summoned to the foreign ministry", 0),
 ("NZL", "FRA", "THREATEN", 0, "New Zealand was studying whether the breach freed it from its side of the bargain", 0),
 ("FRA", "NZL", "AID/CONCEDE", 0, "France paid seven million dollars in compensation", 0),
 ("FRA", "NZL", "ASSAULT", 0, "The Rainbow Warrior was sunk by two bombs in Auckland harbour", 0),
 ("NGO", "FRA", "ACCUSE", 1, "Greenpeace condemned the French decision", 0),
]))

ARTS.append(dict(
id="Y5", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="ISRAELI TROOPS PULL OUT OF LEBANESE VILLAGE AFTER TWO-DAY BATTLE",
body="""
JERUSALEM, May 4 - Israeli troops withdrew on Wednesday from the south Lebanese village of Maidoun after a two-day assault in which the army said about 40 Moslem guerrillas of the pro-Iranian Hizbollah movement were killed.

Three Israeli soldiers died and 17 were wounded in the fighting, among the heaviest in south Lebanon since Israel pulled most of its forces out of the country in 1985, the army said.

Some 1,500 troops backed by tanks and helicopter gunships swept into Maidoun, on the edge of the western Bekaa valley, before dawn on Monday. An army spokesman said the village had served as a base for attacks on Israel's self-declared security zone and on northern Israel.

Defence Minister Yitzhak Rabin told parliament the raid had dealt the guerrillas a heavy blow. "Whoever attacks Israel will find no shelter, not in Maidoun and not anywhere else," he said.

Hizbollah said its fighters had fought to the last bullet and vowed to avenge the dead with attacks deep inside Israel.

Army bulldozers razed most of the village's houses before the force withdrew, according to residents who fled to nearby villages.

Lebanon's acting Prime Minister Selim al-Hoss condemned the raid as a barbaric aggression and asked the United Nations Security Council to act against Israel.

Syria, which keeps some 30,000 troops in Lebanon, said the attack showed Israel's expansionist aims but did not send forces to the area.

A spokesman for the U.N. peacekeeping force in south Lebanon said Israeli troops had passed through its area without its consent.

Reuter
""",
pub=("1988-05-04", "1988-05-04", "dateline 'May 4'; Maidoun raid 2-4 May 1988"),
people=[("Yitzhak Rabin", "ISR", "Defence Minister"),
        ("Selim al-Hoss", "LBN", "acting Prime Minister")],
events=[
 ("ISR", "LBN", "RETREAT", 1, "Israeli troops withdrew on Wednesday from the south Lebanese village of Maidoun", 0),
 ("ISR", "LBN", "ASSAULT", 1, "a two-day assault in which the army said about 40 Moslem guerrillas", 0),
 ("LBN", "ISR", "ASSAULT", 1, "Three Israeli soldiers died and 17 were wounded in the fighting", 1),
 ("ISR", "LBN", "ASSAULT/MOBILIZE", 0, "Some 1,500 troops backed by tanks and helicopter gunships swept into Maidoun", 0),
 ("ISR", "LBN", "ACCUSE", 0, "the village had served as a base for attacks", 0),
 ("LBN", "ISR", "ASSAULT", 0, "a base for attacks on Israel's self-declared security zone", 0),
 ("ISR", "LBN", "THREATEN", 1, "Whoever attacks Israel will find no shelter", 0),
 ("LBN", "ISR", "THREATEN", 1, "vowed to avenge the dead with attacks deep inside Israel", 0),
 ("ISR", "LBN", "ASSAULT/COERCE", 1, "Army bulldozers razed most of the village's houses", 0),
 ("LBN", "ISR", "ACCUSE", 1, "condemned the raid as a barbaric aggression", 0),
 ("LBN", "UNO", "REQUEST", 1, "asked the United Nations Security Council to act against Israel", 0),
 ("SYR", "ISR", "ACCUSE", 1, "the attack showed Israel's expansionist aims", 0),
 ("UNO", "ISR", "ACCUSE", 0, "Israeli troops had passed through its area without its consent", 0),
]))

ARTS.append(dict(
id="Y6", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="SOUTH KOREAN POLICE BLOCK STUDENT MARCH TO BORDER",
body="""
SEOUL, June 10 - Tens of thousands of riot police fired tear gas on Friday to stop radical students marching towards the border truce village of Panmunjom for a meeting with North Korean students, and hundreds were detained, police said.

Street battles broke out in Seoul and several other cities as students hurled rocks and petrol bombs at police lines. About 900 students were taken into custody, most of them released after questioning, a police spokesman said.

The students had planned to meet their northern counterparts at Panmunjom to discuss reunification of the peninsula and a joint hosting of the Seoul Olympics in September. The government of President Roh Tae-woo had banned the meeting, saying contacts with the North must go through official channels.

"We will not abandon the road to unification, whatever the government does," a student leader told a rally at Yonsei University before the march set off.

North Korea's official KCNA news agency accused the Seoul authorities of crushing the students' patriotic movement and said northern students had waited at the truce village in vain. It called on Roh to lift the ban.

Roh, in a statement issued by his office, said the government itself would seek dialogue with Pyongyang and urged students to leave the issue to officials.

Opposition leader Kim Dae-jung criticised the use of force and said the government should allow civilian exchanges with the North.

The organisers said they had accepted an invitation from North Korea's student federation received in April. Police said the leaders of the march were being hunted under the National Security Law, which bans unauthorised contacts with the communist North.

Reuter
""",
pub=("1988-06-10", "1988-06-10", "dateline 'June 10'; march of 10 June 1988"),
people=[("Roh Tae-woo", "KOR", "President"),
        ("Kim Dae-jung", "KOR", "opposition leader")],
events=[
 ("KOR", "KOR", "COERCE/ASSAULT", 1, "riot police fired tear gas", 0),
 ("KOR", "KOR", "PROTEST", 1, "radical students marching towards the border truce village of Panmunjom", 0),
 ("KOR", "KOR", "COERCE", 1, "About 900 students were taken into custody", 0),
 ("KOR", "KOR", "ASSAULT/PROTEST", 1, "students hurled rocks and petrol bombs at police lines", 0),
 ("KOR", "PRK", "CONSULT", 0, "planned to meet their northern counterparts at Panmunjom", 0),
 ("KOR", "KOR", "REJECT/COERCE/SANCTION", 1, "had banned the meeting", 0),
 ("KOR", "KOR", "REJECT", 0, "We will not abandon the road to unification, whatever the government does", 0),
 ("PRK", "KOR", "ACCUSE", 1, "accused the Seoul authorities of crushing the students' patriotic movement", 0),
 ("PRK", "KOR", "REQUEST", 1, "It called on Roh to lift the ban", 0),
 ("KOR", "PRK", "AGREE/REQUEST", 1, "the government itself would seek dialogue with Pyongyang", 0),
 ("KOR", "KOR", "REQUEST", 1, "urged students to leave the issue to officials", 0),
 ("KOR", "KOR", "ACCUSE", 1, "Kim Dae-jung criticised the use of force", 0),
 ("KOR", "KOR", "REQUEST", 0, "the government should allow civilian exchanges with the North", 0),
 ("PRK", "KOR", "REQUEST/CONSULT", 0, "an invitation from North Korea's student federation", 0),
 ("KOR", "KOR", "COERCE/THREATEN", 0, "the leaders of the march were being hunted under the National Security Law", 0),
]))

ARTS.append(dict(
id="Y7", fmt="txt",
headline="Uganda's Besigye detained again as Museveni declared election winner",
body="""
KAMPALA, Uganda — Ugandan police arrested opposition leader Kizza Besigye for the third time in a week on Saturday, hours after the electoral commission declared President Yoweri Museveni the winner of a vote that international observers said was marred by intimidation.

Museveni, who has ruled the East African country since 1986, won 60.8 percent of the vote, according to the commission. Besigye, his former personal physician, took 35.4 percent.

Police surrounded Besigye's home on the outskirts of Kampala and later drove him away in a pickup truck, his party, the Forum for Democratic Change, said in a statement. Police spokesman Fred Enanga told reporters the opposition leader was being held "to prevent him from causing chaos" by announcing his own tally.

Besigye rejected the official count before he was taken away, calling it "a creeping coup" and urging the international community not to recognize the outcome. "We shall not accept the results of a process that was fraudulent from start to finish," he said.

The European Union's observer mission said the electoral commission lacked independence and transparency and that the ruling party had enjoyed an unfair advantage. Its chief observer, Eduard Kukan, said the arrests of opposition figures had created an atmosphere of intimidation.

In Washington, the State Department said the United States was deeply concerned by the detention of Besigye and called on the government to release him and other opposition members held without charge. Secretary of State John Kerry spoke with Museveni by phone on Thursday to urge restraint, a department spokesman said.

Museveni brushed the criticism aside. "These Europeans should not lecture us," he told supporters at his farm. "Uganda does not need anybody to teach it democracy."

Authorities blocked access to Facebook, Twitter and WhatsApp on election day, citing security concerns. On Friday police fired tear gas to disperse Besigye supporters gathered at the party's headquarters.

Besigye, 59, has lost to Museveni in three previous elections and was arrested dozens of times during earlier campaigns.
""",
pub=("2016-02-20", "2016-02-21", "results declared and Besigye arrested Saturday 20 February 2016"),
people=[("Kizza Besigye", "UGA", "opposition leader"),
        ("Yoweri Museveni", "UGA", "President"),
        ("Fred Enanga", "UGA", "Police spokesman"),
        ("Eduard Kukan", "EUR", "chief observer, EU observer mission"),
        ("John Kerry", "USA", "Secretary of State")],
events=[
 ("UGA", "UGA", "COERCE", 1, "Ugandan police arrested opposition leader Kizza Besigye", 0),
 ("IGO|EUR", "UGA", "ACCUSE", 0, "international observers said was marred by intimidation", 0),
 ("UGA", "UGA", "COERCE", 0, "Police surrounded Besigye's home", 0),
 ("UGA", "UGA", "REJECT/ACCUSE", 1, "Besigye rejected the official count", 0),
 ("UGA", "IGO|WST", "REQUEST", 0, "urging the international community not to recognize the outcome", 0),
 ("EUR", "UGA", "ACCUSE", 1, "the electoral commission lacked independence and transparency", 0),
 ("EUR", "UGA", "ACCUSE", 0, "the arrests of opposition figures had created an atmosphere of intimidation", 0),
 ("USA", "UGA", "ACCUSE", 1, "the United States was deeply concerned by the detention of Besigye", 0),
 ("USA", "UGA", "REQUEST", 1, "called on the government to release him", 0),
 ("USA", "UGA", "CONSULT", 1, "John Kerry spoke with Museveni by phone", 1),
 ("USA", "UGA", "REQUEST", 0, "to urge restraint", 0),
 ("UGA", "EUR|WST", "REJECT/ACCUSE", 1, "These Europeans should not lecture us", 0),
 ("UGA", "UGA", "COERCE/SANCTION", 1, "Authorities blocked access to Facebook, Twitter and WhatsApp", 0),
 ("UGA", "UGA", "COERCE/ASSAULT", 1, "police fired tear gas to disperse Besigye supporters", 0),
 ("UGA", "UGA", "COERCE", 0, "was arrested dozens of times during earlier campaigns", 0),
]))
