from common import A, E, P

A("V1", "txt", "ROH DECLARED WINNER IN SOUTH KOREAN VOTE, RIVALS CRY FRAUD", """
SEOUL, Dec 18 - Roh Tae-woo, candidate of the ruling Democratic Justice Party, was declared the winner of South Korea's first direct presidential election in 16 years, but his two main rivals refused to accept the result and students battled riot police in the capital.

Final figures from the Central Election Management Committee gave Roh about 36 pct of the vote. Kim Young-sam of the Reunification Democratic Party took 28 pct and Kim Dae-jung of the Party for Peace and Democracy 27 pct, the split opposition vote handing victory to the former general.

"This election was stolen by the government from the people," Kim Dae-jung told a news conference at his home, accusing the authorities of buying votes, stuffing ballot boxes and tampering with the count. He said he would not recognise Roh as president.

Kim Young-sam also rejected the outcome and called on the ruling party to annul the poll. Aides said the two men, whose rivalry split the anti-government camp, were discussing a joint campaign of protest.

Several thousand students and opposition supporters occupied the Kuro district office in southwest Seoul, where they said officials had tried to smuggle out a ballot box before the polls closed. They hurled petrol bombs and rocks from the roof at police ringing the building.

Riot police fired volleys of tear gas at the crowd and stormed the office at dawn today, witnesses said. Police said more than 1,000 people were detained and dozens were injured on both sides.

Roh, a close friend of outgoing President Chun Doo-hwan, promised national reconciliation and said he would invite opposition leaders to talks. "I will be president for all Koreans, including those who did not vote for me," he said.

In Washington, the State Department said the election appeared to have been generally fair despite irregularities, and congratulated Roh on his victory. Western diplomats in Seoul said the fraud charges had so far not been backed by hard evidence.

Japan's Prime Minister Noboru Takeshita sent Roh a message of congratulations and said he hoped to strengthen ties between Tokyo and Seoul.

North Korea's official news agency KCNA denounced the vote as a "farce staged by the military dictatorship," and accused the United States of manipulating it.

Roh is due to take office on February 25 under a new constitution drafted after months of street protests forced Chun's government to accept direct elections.

Reuter
""", ("1987-12-18", "1987-12-18", "dateline 'Dec 18'; results of the 16 December 1987 election; Kuro office stormed 18 December"),
[P("Roh Tae-woo", "KOR", "ruling Democratic Justice Party candidate"),
 P("Kim Young-sam", "KOR", "Reunification Democratic Party leader"),
 P("Kim Dae-jung", "KOR", "Party for Peace and Democracy leader"),
 P("Chun Doo-hwan", "KOR", "outgoing President"),
 P("Noboru Takeshita", "JPN", "Prime Minister")],
[E("KOR", "KOR", "ACCUSE", True, "accusing the authorities of buying votes, stuffing ballot boxes and tampering with the count"),
 E("KOR", "KOR", "REJECT", True, "He said he would not recognise Roh as president"),
 E("KOR", "KOR", "REJECT REQUEST", True, "Kim Young-sam also rejected the outcome and called on the ruling party to annul the poll"),
 E("KOR", "KOR", "PROTEST", True, "Several thousand students and opposition supporters occupied the Kuro district office"),
 E("KOR", "KOR", "ASSAULT PROTEST", False, "They hurled petrol bombs and rocks from the roof at police"),
 E("KOR", "KOR", "COERCE ASSAULT", True, "Riot police fired volleys of tear gas at the crowd and stormed the office"),
 E("KOR", "KOR", "COERCE", True, "Police said more than 1,000 people were detained"),
 E("KOR", "KOR", "CONSULT AGREE", False, "he would invite opposition leaders to talks"),
 E("USA", "KOR", "SUPPORT", True, "congratulated Roh on his victory"),
 E("JPN", "KOR", "SUPPORT", True, "sent Roh a message of congratulations"),
 E("JPN", "KOR", "COOPERATE AGREE", False, "he hoped to strengthen ties between Tokyo and Seoul"),
 E("PRK", "KOR", "ACCUSE", True, "denounced the vote as a \"farce staged by the military dictatorship,\""),
 E("PRK", "USA", "ACCUSE", True, "accused the United States of manipulating it"),
 E("KOR", "KOR", "PROTEST", False, "months of street protests forced Chun's government to accept direct elections")])

A("V2", "json", "POLISH GOVERNMENT OFFERS TALKS AS STRIKES SPREAD TO GDANSK", """
WARSAW, Aug 26 - Poland's Interior Minister Czeslaw Kiszczak offered today to meet representatives of workers and the Roman Catholic Church for round-table talks, in the government's first concession after ten days of strikes that have shut coal mines and the Gdansk shipyard.

Kiszczak, speaking on state television, said the talks could include "representatives of various social and workers' circles" but gave no guarantee that the banned Solidarity union would be legalised, the strikers' main demand.

Earlier this week the authorities had imposed curfews in the southern coal region around Katowice and in the Baltic port of Szczecin, and riot police broke up a sit-in at the Stalowa Wola steelworks, strike organisers said.

The wave of stoppages began on August 15 at the July Manifesto mine in Jastrzebie and has since spread to at least a dozen pits, the Szczecin docks and the Lenin shipyard in Gdansk, birthplace of Solidarity in 1980.

Solidarity leader Lech Walesa, addressing strikers inside the shipyard gates, said the workers would not leave until the union was allowed to operate openly. "There can be no talks about us without us," he said.

Government spokesman Jerzy Urban accused the strike leaders of sabotaging economic reforms and said they were acting on instructions from "extremists" abroad. He warned that the state would not tolerate illegal stoppages indefinitely.

The Roman Catholic Primate, Cardinal Jozef Glemp, appealed to both sides for dialogue and restraint. Church officials have acted as go-betweens between the government and the strikers in Gdansk.

In Washington, the State Department said the United States supported the Polish workers' right to form free trade unions and urged the Warsaw authorities to open talks with Solidarity.

The Soviet news agency Tass, in its first comment on the unrest, said the strikes were being fanned by "anti-socialist forces" and Western radio stations.

Western diplomats said General Wojciech Jaruzelski's leadership appeared divided over how to end the crisis, the worst since martial law was imposed in December 1981 to crush Solidarity.

Reuter
""", ("1988-08-26", "1988-08-26", "dateline 'Aug 26'; the August 1988 Polish strikes"),
[P("Czeslaw Kiszczak", "POL", "Interior Minister"),
 P("Lech Walesa", "POL", "Solidarity leader"),
 P("Jerzy Urban", "POL", "Government spokesman"),
 P("Jozef Glemp", "POL", "Roman Catholic Primate, Cardinal"),
 P("Wojciech Jaruzelski", "POL", "General, leader")],
[E("POL", "POL", "CONSULT AGREE CONCEDE", True, "offered today to meet representatives of workers and the Roman Catholic Church for round-table talks"),
 E("POL", "POL", "PROTEST", True, "ten days of strikes that have shut coal mines and the Gdansk shipyard"),
 E("POL", "POL", "COERCE", True, "the authorities had imposed curfews in the southern coal region around Katowice"),
 E("POL", "POL", "COERCE", True, "riot police broke up a sit-in at the Stalowa Wola steelworks"),
 E("POL", "POL", "REQUEST PROTEST", True, "the workers would not leave until the union was allowed to operate openly"),
 E("POL", "POL", "ACCUSE", True, "accused the strike leaders of sabotaging economic reforms"),
 E("POL", "POL", "THREATEN", True, "He warned that the state would not tolerate illegal stoppages indefinitely"),
 E("POL", "POL", "REQUEST", False, "appealed to both sides for dialogue and restraint"),
 E("USA", "POL", "SUPPORT", True, "the United States supported the Polish workers' right to form free trade unions"),
 E("USA", "POL", "REQUEST", True, "urged the Warsaw authorities to open talks with Solidarity"),
 E("RUS", "POL", "ACCUSE", False, "the strikes were being fanned by \"anti-socialist forces\""),
 E("RUS", "WST", "ACCUSE", True, "\"anti-socialist forces\" and Western radio stations"),
 E("POL", "POL", "COERCE", False, "martial law was imposed in December 1981 to crush Solidarity")],
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Poland's interior minister offers round-table talks as strikes spread from the coal mines to the Gdansk shipyard."))

A("V3", "dump", "ERITREAN REBELS SAY THEY ROUTED ETHIOPIAN ARMY AT AFABET", """
KHARTOUM, March 21 - Eritrean guerrillas said today they had overrun the Ethiopian army's northern front headquarters at Afabet, killing or capturing some 18,000 government troops in what would be their biggest victory in a 26-year war for independence.

The Eritrean People's Liberation Front (EPLF) said in a statement issued here that its fighters had smashed three divisions of the army's Nadew Command after two days of fighting and seized large quantities of tanks, artillery and ammunition.

The statement said three Soviet military advisers had been captured at Afabet, about 100 km north of the Eritrean capital Asmara, and were being treated well. There was no immediate comment from Moscow.

Ethiopia, which has fought the Eritrean separatists since 1962, did not confirm the loss. A government spokesman in Addis Ababa said the rebel claims were "a pack of lies" and that the army still controlled the region.

Western diplomats in the Sudanese capital said the battle appeared to be a serious setback for Ethiopian leader Mengistu Haile Mariam, whose forces are also fighting Tigrean rebels further south.

The EPLF said its units were advancing towards the Red Sea port of Massawa and warned civilians to keep away from army positions. "The days of the occupation army in Eritrea are numbered," an EPLF official told Reuters.

Ethiopian radio accused neighbouring Sudan of harbouring the rebels and allowing weapons to flow across the border, a charge Khartoum has repeatedly denied.

The Soviet Union has supplied Mengistu's Marxist government with billions of dollars in arms since the late 1970s. Diplomats said the capture of Soviet advisers could embarrass Moscow, which has been urging Addis Ababa to seek a political settlement.

Relief agencies said the fighting threatened food convoys to famine-stricken areas of Eritrea and Tigray, where millions depend on foreign aid.

Reuter
""", ("1988-03-21", "1988-03-21", "dateline 'March 21'; fall of Afabet, March 1988"),
[P("Mengistu Haile Mariam", "ETH", "Ethiopian leader")],
[E("ERI|ETH", "ETH", "ASSAULT", True, "they had overrun the Ethiopian army's northern front headquarters at Afabet", sym=True),
 E("ERI|ETH", "ETH", "ASSAULT", False, "its fighters had smashed three divisions of the army's Nadew Command", sym=True),
 E("ERI|ETH", "ETH", "COERCE", False, "killing or capturing some 18,000 government troops"),
 E("ERI|ETH", "RUS", "COERCE", True, "three Soviet military advisers had been captured at Afabet"),
 E("ETH", "ERI|ETH", "REJECT ACCUSE", True, "the rebel claims were \"a pack of lies\""),
 E("ETH", "ERI|ETH", "ASSAULT", False, "has fought the Eritrean separatists since 1962", sym=True),
 E("ETH", "ETH", "ASSAULT", False, "whose forces are also fighting Tigrean rebels further south", sym=True),
 E("ERI|ETH", "ETH", "THREATEN", True, "\"The days of the occupation army in Eritrea are numbered,\""),
 E("ERI|ETH", "ETH", "MOBILIZE ASSAULT", False, "its units were advancing towards the Red Sea port of Massawa"),
 E("ETH", "SDN", "ACCUSE", True, "accused neighbouring Sudan of harbouring the rebels"),
 E("SDN", "ETH", "REJECT", True, "a charge Khartoum has repeatedly denied"),
 E("RUS", "ETH", "AID", False, "The Soviet Union has supplied Mengistu's Marxist government with billions of dollars in arms"),
 E("RUS", "ETH", "REQUEST", True, "which has been urging Addis Ababa to seek a political settlement"),
 E("NGO|WST", "ETH|ERI", "AID", False, "where millions depend on foreign aid")])

A("V4", "txt", "SOMALI PLANES BOMB HARGEISA, REFUGEES FLEE TO ETHIOPIA", """
NAIROBI, June 10 - Somali government aircraft have bombed the northern city of Hargeisa for more than a week in an effort to dislodge rebels who seized much of it, sending tens of thousands of civilians fleeing across the border into Ethiopia, relief officials said today.

Aid workers evacuated from the north said much of Somalia's second city had been reduced to rubble by air raids and artillery fire from army units dug in on the outskirts. Hundreds of civilians were believed to have been killed.

The rebel Somali National Movement (SNM), drawn mainly from the northern Isaaq clan, attacked Burao in late May and then Hargeisa, saying it would topple President Mohamed Siad Barre.

The SNM accused the government of "genocide against the people of the north" and said jets were strafing columns of refugees on the roads to the Ethiopian border.

The government in Mogadishu denied targeting civilians. A government spokesman told reporters the army was "cleaning up pockets of bandits" and that the towns would soon be back under full control.

The offensive followed an April peace accord in which Siad Barre and Ethiopian leader Mengistu Haile Mariam agreed to pull troops back from their disputed border and stop backing each other's rebels. Diplomats said the accord had cost the SNM its rear bases in Ethiopia and pushed it into the gamble.

Officials of the United Nations High Commissioner for Refugees said more than 50,000 Somalis had reached camps around Hartisheik in eastern Ethiopia and appealed for emergency food and medicine.

Ethiopia said it would not turn the refugees back but asked donors for help in feeding them.

A spokesman for the U.S. embassy in Mogadishu said Washington, which gives Somalia military and economic aid, had urged the government to show restraint and let relief supplies through.

The International Committee of the Red Cross said it had been refused permission to send a team to Hargeisa.

Reuter
""", ("1988-06-10", "1988-06-10", "dateline 'June 10'; bombardment of Hargeisa, June 1988"),
[P("Mohamed Siad Barre", "SOM", "President"),
 P("Mengistu Haile Mariam", "ETH", "Ethiopian leader")],
[E("SOM", "SOM", "ASSAULT", True, "Somali government aircraft have bombed the northern city of Hargeisa"),
 E("SOM", "SOM", "ASSAULT", False, "reduced to rubble by air raids and artillery fire"),
 E("SOM", "SOM", "ASSAULT", True, "attacked Burao in late May and then Hargeisa"),
 E("SOM", "SOM", "THREATEN", False, "saying it would topple President Mohamed Siad Barre"),
 E("SOM", "SOM", "ACCUSE", True, "The SNM accused the government of \"genocide against the people of the north\""),
 E("SOM", "SOM", "REJECT", True, "The government in Mogadishu denied targeting civilians"),
 E("SOM", "ETH", "AGREE", True, "agreed to pull troops back from their disputed border", sym=True),
 E("SOM", "ETH", "RETREAT", False, "pull troops back from their disputed border", sym=True),
 E("UNO", "ETH|SOM", "REQUEST", False, "appealed for emergency food and medicine"),
 E("ETH", "SOM", "AID", False, "it would not turn the refugees back"),
 E("ETH", "WST|NGO|UNO", "REQUEST", False, "asked donors for help in feeding them"),
 E("USA", "SOM", "AID", False, "which gives Somalia military and economic aid"),
 E("USA", "SOM", "REQUEST", True, "had urged the government to show restraint and let relief supplies through"),
 E("SOM", "NGO|IGO", "REJECT", True, "it had been refused permission to send a team to Hargeisa")])

A("V5", "json", "KING HUSSEIN CUTS JORDAN'S LEGAL TIES WITH WEST BANK", """
AMMAN, July 31 - King Hussein announced tonight that Jordan was severing its legal and administrative ties with the Israeli-occupied West Bank, saying he was bowing to the wish of the Palestine Liberation Organisation to set up an independent Palestinian state.

"We respect the wish of the PLO, the sole legitimate representative of the Palestinian people, to secede from us in an independent Palestinian state," the king said in a televised address to the nation.

The speech came a day after Hussein dissolved the lower house of parliament, half of whose 60 seats represented West Bank constituencies, and it formally ended Jordan's claim to speak for the territory it lost to Israel in the 1967 Middle East war.

Officials said Jordan would stop paying the salaries of about 20,000 West Bank civil servants and teachers, though it would go on funding religious institutions in Jerusalem.

The PLO welcomed the decision. Bassam Abu Sharif, an aide to PLO chairman Yasser Arafat, said in Baghdad that the organisation was ready to assume its responsibilities towards the people of the occupied territories.

In Jerusalem, Israeli Foreign Minister Shimon Peres, who had pinned his peace hopes on negotiating with Jordan, said the move was a blow to the peace process. Prime Minister Yitzhak Shamir's office said Israel would not negotiate with the PLO, which it calls a terrorist organisation.

The U.S. State Department said Washington still saw a central role for Jordan in any Middle East settlement and urged the king not to abandon his part in peace efforts.

Hussein denied he was washing his hands of the Palestinians. He said Jordan would continue to support their uprising against Israeli occupation, now in its eighth month.

Diplomats in Amman said the step was intended to put pressure on the PLO to take a political line that would let it enter talks, and to show the United States and Israel that a "Jordanian option" no longer existed.

Reuter
""", ("1988-07-31", "1988-07-31", "dateline 'July 31'; King Hussein's disengagement speech"),
[P("King Hussein", "JOR", "King"),
 P("Bassam Abu Sharif", "PSE", "aide to PLO chairman"),
 P("Yasser Arafat", "PSE", "PLO chairman"),
 P("Shimon Peres", "ISR", "Foreign Minister"),
 P("Yitzhak Shamir", "ISR", "Prime Minister")],
[E("JOR", "PSE", "RETREAT CONCEDE SANCTION", True, "Jordan was severing its legal and administrative ties with the Israeli-occupied West Bank"),
 E("JOR", "PSE", "SUPPORT", True, "\"We respect the wish of the PLO, the sole legitimate representative of the Palestinian people"),
 E("JOR", "JOR", "COERCE", False, "Hussein dissolved the lower house of parliament"),
 E("JOR", "PSE", "SANCTION RETREAT", False, "Jordan would stop paying the salaries of about 20,000 West Bank civil servants"),
 E("JOR", "PSE", "AID", False, "it would go on funding religious institutions in Jerusalem"),
 E("PSE", "JOR", "SUPPORT", True, "The PLO welcomed the decision"),
 E("ISR", "JOR", "ACCUSE", True, "said the move was a blow to the peace process"),
 E("ISR", "PSE", "REJECT", True, "Israel would not negotiate with the PLO"),
 E("ISR", "PSE", "ACCUSE", False, "which it calls a terrorist organisation"),
 E("USA", "JOR", "REQUEST", True, "urged the king not to abandon his part in peace efforts"),
 E("USA", "JOR", "SUPPORT", False, "Washington still saw a central role for Jordan"),
 E("JOR", "PSE", "SUPPORT", True, "Jordan would continue to support their uprising against Israeli occupation"),
 E("PSE", "ISR", "PROTEST", False, "their uprising against Israeli occupation"),
 E("ISR", "PSE", "COERCE", False, "the Israeli-occupied West Bank"),
 E("JOR", "PSE", "COERCE", False, "put pressure on the PLO")],
meta=dict(date_publish="1988-07-31 21:40:00", authors=[], url=None, source_domain="reuters.com",
          description="King Hussein says Jordan is severing legal and administrative links with the occupied West Bank."))

A("V6", "dump", "U.S. SENDS 3,200 TROOPS TO HONDURAS AFTER SANDINISTA INCURSION", """
WASHINGTON, March 17 - President Ronald Reagan ordered some 3,200 U.S. troops to Honduras today in what the White House called a show of support after Nicaraguan forces crossed the border in pursuit of Contra rebels.

White House spokesman Marlin Fitzwater said the troops, from the 82nd Airborne Division and the 7th Infantry Division, were being sent for an "emergency deployment readiness exercise" at the request of Honduran President Jose Azcona Hoyo. He said they would not be sent to the border area.

Fitzwater said some 1,500 to 2,000 Sandinista soldiers had pushed several kilometres into Honduran territory to attack Contra supply camps near the Bocay river. "This is a serious violation of Honduran sovereignty," he said.

Nicaragua denied that any of its troops had crossed the border. Foreign Minister Miguel D'Escoto said in Managua that the deployment was a provocation intended to revive military aid to the rebels, which Congress cut off last month.

Later in the day Honduran air force jets bombed Sandinista positions close to the border, the Honduran armed forces said in Tegucigalpa. It was the first such raid in more than a year.

Nicaraguan President Daniel Ortega said his army had been fighting the Contras inside Nicaragua and accused Washington of inventing an invasion. He called on the United Nations Security Council to meet on the crisis.

Democratic leaders in Congress questioned the move. House Speaker Jim Wright said the administration was "looking for a pretext" to renew Contra aid, while several Republicans backed the President.

The deployment came days before Sandinista and Contra negotiators were due to meet at the Nicaraguan border town of Sapoa for ceasefire talks, the first face-to-face negotiations inside Nicaragua.

Reuter
""", ("1988-03-17", "1988-03-17", "dateline 'March 17'; Operation Golden Pheasant"),
[P("Ronald Reagan", "USA", "President"),
 P("Marlin Fitzwater", "USA", "White House spokesman"),
 P("Jose Azcona Hoyo", "HND", "President"),
 P("Miguel D'Escoto", "NIC", "Foreign Minister"),
 P("Daniel Ortega", "NIC", "President"),
 P("Jim Wright", "USA", "House Speaker")],
[E("USA", "HND", "MOBILIZE AID SUPPORT", True, "President Ronald Reagan ordered some 3,200 U.S. troops to Honduras"),
 E("HND", "USA", "REQUEST", True, "at the request of Honduran President Jose Azcona Hoyo"),
 E("NIC", "HND", "ASSAULT COERCE", True, "Nicaraguan forces crossed the border in pursuit of Contra rebels"),
 E("NIC", "NIC", "ASSAULT", True, "to attack Contra supply camps near the Bocay river", sym=True),
 E("USA", "NIC", "ACCUSE", True, "\"This is a serious violation of Honduran sovereignty,\""),
 E("NIC", "USA|HND", "REJECT", True, "Nicaragua denied that any of its troops had crossed the border"),
 E("NIC", "USA", "ACCUSE", True, "the deployment was a provocation intended to revive military aid to the rebels"),
 E("USA", "NIC", "AID", False, "revive military aid to the rebels"),
 E("HND", "NIC", "ASSAULT", True, "Honduran air force jets bombed Sandinista positions close to the border"),
 E("NIC", "USA", "ACCUSE", True, "accused Washington of inventing an invasion"),
 E("NIC", "UNO", "REQUEST", True, "He called on the United Nations Security Council to meet on the crisis"),
 E("USA", "USA", "ACCUSE", False, "the administration was \"looking for a pretext\""),
 E("NIC", "NIC", "CONSULT AGREE", True, "Sandinista and Contra negotiators were due to meet at the Nicaraguan border town of Sapoa", sym=True)])
