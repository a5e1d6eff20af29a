# Articles Z1..Z7. Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="Z1", fmt="txt",
headline="CENTRAL AMERICAN PRESIDENTS SIGN REGIONAL PEACE PLAN",
body="""
GUATEMALA CITY, Aug 7 - The presidents of five Central American nations signed a peace plan on Friday that calls for ceasefires in the region's civil wars, an amnesty for rebels and an end to outside aid to guerrilla forces, officials said.

The accord, drafted by Costa Rican President Oscar Arias, was approved by Nicaragua's Daniel Ortega, El Salvador's Jose Napoleon Duarte, Honduras' Jose Azcona and the host, Guatemalan President Vinicio Cerezo, after two days of closed-door talks in the Guatemalan capital.

Under the plan, the five governments pledged to open talks with unarmed opposition groups, lift states of emergency and hold free elections. Each country promised not to allow its territory to be used by rebels attacking a neighbour.

The accord also asks governments outside the region to halt military aid to insurgents, a clause that diplomats said was aimed squarely at Washington's backing for the Contra rebels fighting the leftist Sandinista government in Managua.

"Today we have chosen the road of dialogue over the road of war," Cerezo told reporters after the signing ceremony.

Ortega, whose government has been accused by its neighbours of supplying arms to Salvadorean guerrillas, said Nicaragua would comply fully with the agreement and called on the United States to stop financing the Contras.

There was no immediate reaction from the Reagan administration, which only days ago put forward its own peace proposal with House Speaker Jim Wright. A State Department official in Washington, who declined to be named, said the plan contained "serious flaws" because it did not guarantee democratic reform in Nicaragua.

Contra leaders in Miami said they had not been consulted and would not lay down their weapons until the Sandinistas negotiated with them directly.

The plan gives the five governments 90 days to put the ceasefires and amnesties into effect. An international commission that includes the United Nations and the Organisation of American States will check compliance.

Reuter
""",
pub=("1987-08-07", "1987-08-07", "dateline 'Aug 7'; Esquipulas II accord signed 7 August 1987"),
people=[("Oscar Arias", "CRI", "President"),
        ("Daniel Ortega", "NIC", "President"),
        ("Jose Napoleon Duarte", "SLV", "President"),
        ("Jose Azcona", "HND", "President"),
        ("Vinicio Cerezo", "GTM", "President"),
        ("Jim Wright", "USA", "House Speaker")],
events=[
 ("CRI", "NIC", "AGREE", 1, "signed a peace plan", 1),
 ("CRI", "SLV", "AGREE", 1, "signed a peace plan", 1),
 ("CRI", "HND", "AGREE", 1, "signed a peace plan", 1),
 ("CRI", "GTM", "AGREE", 1, "signed a peace plan", 1),
 ("NIC", "SLV|HND|GTM|CRI", "AGREE/CONSULT", 0, "after two days of closed-door talks", 1),
 ("CRI|NIC|SLV|HND|GTM", "USA", "REQUEST", 1, "asks governments outside the region to halt military aid to insurgents", 0),
 ("SLV|HND|GTM|CRI", "NIC", "ACCUSE", 0, "accused by its neighbours of supplying arms to Salvadorean guerrillas", 0),
 ("NIC", "USA", "REQUEST", 1, "called on the United States to stop financing the Contras", 0),
 ("USA", "NIC", "AID/SUPPORT", 0, "Washington's backing for the Contra rebels", 0),
 ("USA", "CRI|NIC|SLV|HND|GTM", "REJECT/ACCUSE", 1, "said the plan contained \"serious flaws\"", 0),
 ("NIC", "NIC", "REJECT", 1, "would not lay down their weapons until the Sandinistas negotiated with them directly", 0),
 ("NIC", "NIC", "PROTEST/ACCUSE", 0, "Contra leaders in Miami said they had not been consulted", 0),
 ("NIC", "NIC", "CONCEDE/AGREE", 0, "an amnesty for rebels", 0),
]))

ARTS.append(dict(
id="Z2", fmt="txt",
headline="U.S. GRAND JURIES INDICT PANAMA'S NORIEGA ON DRUG CHARGES",
body="""
MIAMI, Feb 5 - Two federal grand juries in Florida indicted General Manuel Antonio Noriega, the commander of Panama's armed forces, on charges of taking millions of dollars in bribes to help Colombian cocaine traffickers smuggle drugs into the United States, prosecutors said on Friday.

The indictments, returned in Miami and Tampa, accuse Noriega of turning Panama into a safe haven for the Medellin cartel, allowing drug planes to land at Panamanian airstrips and letting traffickers launder their profits through Panamanian banks.

"He sold his country to the drug lords," U.S. Attorney Leon Kellner told a news conference in Miami. Prosecutors said Noriega had received about 4.6 million dollars in payoffs.

Noriega, long regarded as a useful ally by U.S. intelligence agencies, cannot be brought to trial unless he leaves Panama, since the country's constitution bars the extradition of its citizens. Justice Department officials conceded there was little chance of arresting him soon.

In Panama City, a military spokesman dismissed the charges as a political manoeuvre by Washington to punish Noriega for his independent stand and to undermine the 1977 canal treaties. "These are lies invented by the enemies of Panama," the spokesman said.

Panama's government, headed by President Eric Arturo Delvalle, said in a statement that it rejected "any foreign interference" in the country's internal affairs.

The opposition Civic Crusade, which has staged months of street protests demanding Noriega's removal, welcomed the indictments and called on the general to step down. Riot police broke up a small demonstration in the capital on Friday evening, witnesses said.

Relations between Washington and Panama have soured since last summer, when the United States cut off economic and military aid after a government-organised mob attacked the U.S. embassy. Secretary of State George Shultz has repeatedly urged Noriega to relinquish power.

A State Department spokesman said on Friday the indictments were a matter for the courts but added that the administration would welcome "a transition to civilian rule" in Panama.

Reuter
""",
pub=("1988-02-05", "1988-02-05", "dateline 'Feb 5'; Noriega indicted Friday 5 February 1988"),
people=[("Manuel Antonio Noriega", "PAN", "General, commander of armed forces"),
        ("Leon Kellner", "USA", "U.S. Attorney"),
        ("Eric Arturo Delvalle", "PAN", "President"),
        ("George Shultz", "USA", "Secretary of State")],
events=[
 ("USA", "PAN", "ACCUSE/SANCTION/COERCE", 1, "indicted General Manuel Antonio Noriega", 0),
 ("USA", "PAN", "ACCUSE", 1, "\"He sold his country to the drug lords,\"", 0),
 ("PAN", "COL", "COOPERATE/AID", 0, "to help Colombian cocaine traffickers smuggle drugs", 0),
 ("PAN", "USA", "REJECT/ACCUSE", 1, "dismissed the charges as a political manoeuvre by Washington", 0),
 ("PAN", "USA", "ACCUSE", 1, "\"These are lies invented by the enemies of Panama,\"", 0),
 ("PAN", "USA", "REJECT", 1, "it rejected \"any foreign interference\"", 0),
 ("PAN", "PAN", "SUPPORT/REQUEST", 0, "welcomed the indictments", 0),
 ("PAN", "PAN", "REQUEST", 1, "called on the general to step down", 0),
 ("PAN", "PAN", "PROTEST", 0, "has staged months of street protests demanding Noriega's removal", 0),
 ("PAN", "PAN", "COERCE", 1, "Riot police broke up a small demonstration", 0),
 ("USA", "PAN", "SANCTION", 0, "the United States cut off economic and military aid", 0),
 ("PAN", "USA", "ASSAULT/PROTEST", 0, "a government-organised mob attacked the U.S. embassy", 0),
 ("USA", "PAN", "REQUEST", 1, "has repeatedly urged Noriega to relinquish power", 0),
 ("USA", "PAN", "REQUEST", 0, "would welcome \"a transition to civilian rule\"", 0),
]))

ARTS.append(dict(
id="Z3", fmt="txt",
headline="SALINAS DECLARED WINNER IN MEXICO, RIVALS CRY FRAUD",
body="""
MEXICO CITY, July 13 - Mexico's Federal Electoral Commission declared Carlos Salinas de Gortari of the ruling Institutional Revolutionary Party (PRI) the winner of last week's presidential election on Wednesday, giving him just over 50 percent of the vote, the narrowest margin in the party's 59-year rule.

The announcement was immediately rejected by the two main opposition candidates, Cuauhtemoc Cardenas of the leftist National Democratic Front and Manuel Clouthier of the conservative National Action Party (PAN), who accused the government of massive fraud.

Cardenas, a former PRI governor who broke with the party last year, was credited with 31 percent. He told supporters that he had in fact won the election and would not recognise Salinas as president.

"The government has stolen the will of the people," Cardenas said. "We will defend our victory in the streets, peacefully, but we will defend it."

Clouthier called for a campaign of civil disobedience, including a boycott of businesses linked to the government, and said his party would ask the Organisation of American States to examine the vote count.

The count was delayed for a week after the commission's computer system broke down on election night, a failure that opposition leaders said was used to alter the results. Interior Minister Manuel Bartlett, who heads the commission, denied any manipulation and said the figures had been checked by representatives of all parties.

Salinas, a 40-year-old Harvard-trained economist, promised to respect the opposition and to deepen political reform. "The era of the virtual one-party system has ended," he told a news conference.

Tens of thousands of Cardenas supporters have marched in the capital since the July 6 vote, and the opposition says it will hold a larger rally in the central Zocalo square on Saturday.

Diplomats said the United States, which has counted on the PRI for decades of stability on its southern border, was watching the dispute closely. A White House spokesman congratulated Salinas but said Washington had no comment on the fraud charges.

Reuter
""",
pub=("1988-07-13", "1988-07-13", "dateline 'July 13'; results announced after the 6 July 1988 election"),
people=[("Carlos Salinas de Gortari", "MEX", "PRI presidential candidate"),
        ("Cuauhtemoc Cardenas", "MEX", "National Democratic Front candidate, former PRI governor"),
        ("Manuel Clouthier", "MEX", "National Action Party candidate"),
        ("Manuel Bartlett", "MEX", "Interior Minister, head of electoral commission")],
events=[
 ("MEX", "MEX", "REJECT", 1, "The announcement was immediately rejected by the two main opposition candidates", 0),
 ("MEX", "MEX", "ACCUSE", 1, "who accused the government of massive fraud", 0),
 ("MEX", "MEX", "REJECT", 1, "would not recognise Salinas as president", 0),
 ("MEX", "MEX", "ACCUSE", 1, "\"The government has stolen the will of the people,\"", 0),
 ("MEX", "MEX", "PROTEST/THREATEN", 0, "We will defend our victory in the streets", 0),
 ("MEX", "MEX", "PROTEST/REQUEST", 1, "Clouthier called for a campaign of civil disobedience", 0),
 ("MEX", "IGO", "REQUEST", 1, "would ask the Organisation of American States to examine the vote count", 0),
 ("MEX", "MEX", "ACCUSE", 0, "a failure that opposition leaders said was used to alter the results", 0),
 ("MEX", "MEX", "REJECT", 1, "denied any manipulation", 0),
 ("MEX", "MEX", "AGREE/CONCEDE", 0, "promised to respect the opposition and to deepen political reform", 0),
 ("MEX", "MEX", "PROTEST", 1, "Tens of thousands of Cardenas supporters have marched in the capital", 0),
 ("USA", "MEX", "SUPPORT", 1, "A White House spokesman congratulated Salinas", 0),
]))

ARTS.append(dict(
id="Z4", fmt="json",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Panama's electoral tribunal annulled the May 7 election and opposition leaders were beaten by pro-government gangs."),
headline="PANAMA ANNULS ELECTION AS NORIEGA BACKERS BEAT OPPOSITION LEADERS",
body="""
PANAMA CITY, May 10 - Panama's electoral tribunal annulled Sunday's general election on Wednesday night, hours after paramilitary gangs loyal to General Manuel Antonio Noriega beat opposition candidates with iron bars and clubs in the streets of the capital.

Guillermo Endara, the opposition presidential candidate, and his running mate Guillermo Ford were attacked as they led a motorcade through the old city. Television pictures showed Ford, his shirt soaked in blood, being struck repeatedly by members of the so-called Dignity Battalions while soldiers looked on.

A bodyguard of Ford was shot dead in the clash, and Endara was taken to hospital with a head wound, opposition officials said.

The tribunal said in a decree read on state television that the vote could not be counted because of "obstruction by foreigners" and the disappearance of tally sheets. It did not set a date for a new election.

Independent observers, including former U.S. President Jimmy Carter, had said the opposition alliance won by a margin of about three to one. Carter said on Monday that the government was "taking the election by fraud" and urged Panamanians to defend their votes.

Noriega's candidate, Carlos Duque, had earlier claimed victory. Government officials accused the United States of financing the opposition campaign and of plotting to keep control of the Panama Canal beyond the year 2000.

In Washington, President George Bush condemned the violence as "an outrage" and said Noriega had shown "contempt for the will of the Panamanian people." White House officials said Bush was considering sending more troops to U.S. bases in the canal zone and recalling the U.S. ambassador.

The Organisation of American States called an emergency meeting of foreign ministers to discuss the crisis at the request of Venezuela, whose President Carlos Andres Perez called the annulment a crime against democracy.

The Roman Catholic Church, which ran its own count of the ballots, also said the opposition had won. Archbishop Marcos McGrath said the people's verdict had been "trampled."

Reuter
""",
pub=("1989-05-10", "1989-05-11", "dateline 'May 10'; annulment Wednesday 10 May 1989, may have run on the 11th"),
people=[("Manuel Antonio Noriega", "PAN", "General"),
        ("Guillermo Endara", "PAN", "opposition presidential candidate"),
        ("Guillermo Ford", "PAN", "opposition vice-presidential candidate"),
        ("Jimmy Carter", "USA", "former President"),
        ("Carlos Duque", "PAN", "government candidate"),
        ("George Bush", "USA", "President"),
        ("Carlos Andres Perez", "VEN", "President"),
        ("Marcos McGrath", "PAN", "Archbishop")],
events=[
 ("PAN", "PAN", "REJECT/COERCE", 1, "annulled Sunday's general election", 0),
 ("PAN", "PAN", "ASSAULT", 1, "beat opposition candidates with iron bars and clubs", 0),
 ("PAN", "PAN", "ASSAULT", 0, "A bodyguard of Ford was shot dead in the clash", 0),
 ("PAN", "USA", "ACCUSE", 0, "\"obstruction by foreigners\"", 0),
 ("USA", "PAN", "ACCUSE", 1, "the government was \"taking the election by fraud\"", 0),
 ("PAN", "USA", "ACCUSE", 1, "accused the United States of financing the opposition campaign", 0),
 ("USA", "PAN", "ACCUSE/PROTEST", 1, "condemned the violence as \"an outrage\"", 0),
 ("USA", "PAN", "MOBILIZE/THREATEN", 1, "was considering sending more troops to U.S. bases in the canal zone", 0),
 ("USA", "PAN", "SANCTION/THREATEN", 0, "recalling the U.S. ambassador", 0),
 ("VEN", "IGO", "REQUEST", 1, "at the request of Venezuela", 0),
 ("VEN", "PAN", "ACCUSE", 1, "called the annulment a crime against democracy", 0),
 ("PAN", "PAN", "ACCUSE", 1, "said the people's verdict had been \"trampled.\"", 0),
 ("IGO", "PAN", "CONSULT", 0, "called an emergency meeting of foreign ministers to discuss the crisis", 0),
]))

ARTS.append(dict(
id="Z5", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="ARGENTINE ARMY CRUSHES GUERRILLA ASSAULT ON BARRACKS",
body="""
BUENOS AIRES, Jan 24 - Argentine troops recaptured an army barracks on the outskirts of Buenos Aires on Tuesday after more than 30 hours of fighting with leftist guerrillas who stormed the base, leaving at least 39 people dead, the army said.

About 50 attackers rammed a truck through the gates of the La Tablada infantry regiment early on Monday and took control of several buildings. Soldiers backed by tanks and artillery surrounded the base and shelled the buildings until the last guerrillas surrendered with white flags on Tuesday morning.

The army said 28 attackers, nine soldiers and two policemen were killed. Thirteen guerrillas were captured.

President Raul Alfonsin, who flew to the regiment by helicopter, said the attack was an attempt to destabilise Argentina's young democracy. "Democracy will defend itself with the full weight of the law," he said in a national broadcast.

Officials identified the attackers as members of the All for the Fatherland Movement, a small leftist group. Several of the attackers were said to be former members of the People's Revolutionary Army, a guerrilla force crushed by the military in the 1970s.

Leaflets found at the base claimed the group had acted to prevent a coup being prepared by right-wing officers. The movement's leaders denied in a statement sent to newspapers that they had planned to overthrow the government.

Defence Minister Horacio Jaunarena said the government would create a new national security council to fight subversion. Human rights groups warned that the attack should not become an excuse to give the armed forces a new role in internal security.

Alfonsin also said the government had information that foreigners had taken part, and officials said the Nicaraguan embassy was being asked about the possible role of a Nicaraguan citizen. Nicaragua's ambassador denied any involvement by his government.

Reuter
""",
pub=("1989-01-24", "1989-01-24", "dateline 'Jan 24'; La Tablada attack 23-24 January 1989"),
people=[("Raul Alfonsin", "ARG", "President"),
        ("Horacio Jaunarena", "ARG", "Defence Minister")],
events=[
 ("ARG", "ARG", "ASSAULT", 1, "guerrillas who stormed the base", 1),
 ("ARG", "ARG", "ASSAULT", 1, "shelled the buildings until the last guerrillas surrendered", 1),
 ("ARG", "ARG", "ASSAULT", 0, "after more than 30 hours of fighting with leftist guerrillas", 1),
 ("ARG", "ARG", "CONCEDE/RETREAT", 1, "the last guerrillas surrendered with white flags", 0),
 ("ARG", "ARG", "COERCE", 1, "Thirteen guerrillas were captured", 0),
 ("ARG", "ARG", "ACCUSE", 1, "said the attack was an attempt to destabilise Argentina's young democracy", 0),
 ("ARG", "ARG", "THREATEN", 0, "\"Democracy will defend itself with the full weight of the law,\"", 0),
 ("ARG", "ARG", "ACCUSE", 0, "claimed the group had acted to prevent a coup being prepared by right-wing officers", 0),
 ("ARG", "ARG", "REJECT", 1, "denied in a statement sent to newspapers that they had planned to overthrow the government", 0),
 ("ARG", "ARG", "PROTEST/ACCUSE", 0, "Human rights groups warned", 0),
 ("ARG", "NIC", "ACCUSE/REQUEST", 1, "the Nicaraguan embassy was being asked about the possible role of a Nicaraguan citizen", 0),
 ("NIC", "ARG", "REJECT", 1, "Nicaragua's ambassador denied any involvement by his government", 0),
]))

ARTS.append(dict(
id="Z6", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="CUBA AND U.S. REVIVE 1984 IMMIGRATION ACCORD",
body="""
WASHINGTON, Nov 20 - The United States and Cuba agreed on Friday to restore a 1984 immigration pact under which Havana will take back more than 2,500 Cubans held in U.S. prisons and Washington will admit up to 20,000 Cuban immigrants a year, the State Department said.

The agreement was reached in talks in Mexico City between delegations led by Michael Kozak, a senior State Department official, and Ricardo Alarcon, Cuba's deputy foreign minister.

Cuba suspended the original accord in May 1985 in protest against the start of broadcasts to the island by Radio Marti, a U.S. government station that Havana called an act of aggression. The suspension left thousands of Cubans who arrived in the 1980 Mariel boatlift and were later found to have criminal records in detention in the United States.

"This is a humanitarian agreement that serves the interests of both peoples," State Department spokesman Charles Redman told reporters. He said Washington had made no concession on Radio Marti, which will remain on the air.

Cuba's foreign ministry said in a statement read on Havana radio that it had agreed to resume the pact as a gesture of goodwill but that it still regarded Radio Marti as a violation of its sovereignty. It demanded an end to the broadcasts.

Under the deal, the United States will also accept up to 3,000 former political prisoners and their relatives from Cuba.

Officials said the returnees would be flown to Havana in groups over the coming months. Lawyers for some detainees said they would challenge the deportations in court, arguing that their clients faced persecution if sent home.

The two countries have had no diplomatic relations since 1961 but maintain interests sections in each other's capitals.

Reuter
""",
pub=("1987-11-20", "1987-11-20", "dateline 'Nov 20'; accord restored Friday 20 November 1987"),
people=[("Michael Kozak", "USA", "senior State Department official"),
        ("Ricardo Alarcon", "CUB", "deputy foreign minister"),
        ("Charles Redman", "USA", "State Department spokesman")],
events=[
 ("USA", "CUB", "AGREE", 1, "agreed on Friday to restore a 1984 immigration pact", 1),
 ("USA", "CUB", "CONSULT", 1, "talks in Mexico City", 1),
 ("CUB", "USA", "COOPERATE/CONCEDE", 1, "Havana will take back more than 2,500 Cubans held in U.S. prisons", 0),
 ("USA", "CUB", "COOPERATE/CONCEDE", 1, "Washington will admit up to 20,000 Cuban immigrants a year", 0),
 ("CUB", "USA", "REJECT/PROTEST/SANCTION", 0, "Cuba suspended the original accord in May 1985", 0),
 ("CUB", "USA", "ACCUSE", 0, "Havana called an act of aggression", 0),
 ("USA", "CUB", "REJECT", 1, "Washington had made no concession on Radio Marti", 0),
 ("CUB", "USA", "ACCUSE", 1, "still regarded Radio Marti as a violation of its sovereignty", 0),
 ("CUB", "USA", "REQUEST", 1, "It demanded an end to the broadcasts", 0),
 ("USA", "CUB", "COOPERATE", 0, "will also accept up to 3,000 former political prisoners", 0),
 ("USA", "CUB", "COERCE", 0, "the returnees would be flown to Havana", 0),
 ("USA", "USA", "PROTEST/ACCUSE", 0, "they would challenge the deportations in court", 0),
]))

ARTS.append(dict(
id="Z7", fmt="txt",
headline="Obama and Raul Castro spar over human rights and embargo in Havana",
body="""
HAVANA (AP) — President Barack Obama and Cuban President Raul Castro held historic talks in Havana on Monday, then aired their deep disagreements over human rights and the U.S. trade embargo in an unusual joint news conference broadcast live across the island.

Obama, the first sitting American president to visit Cuba in 88 years, was welcomed by Castro with a military honor guard at the Palace of the Revolution. The two leaders met for about two hours, discussing trade, travel and the steps both governments have taken since they agreed in December 2014 to restore diplomatic relations.

Castro used the news conference to demand that Washington lift the embargo and return the naval base at Guantanamo Bay, which he called "illegally occupied" Cuban land. "These are the main obstacles," he said.

Obama said the embargo "is going to end," but that the timing depended on a Republican-controlled Congress that has refused to repeal it. He pressed Castro on the detention of dissidents and told reporters that the United States would continue to "speak up" for democracy and free expression.

Castro bristled when an American reporter asked about political prisoners. "Give me the list of political prisoners and I will release them right now," he said, denying that Cuba holds any. He then accused the United States of its own failings, citing unequal access to health care and pay.

Human rights groups say Cuban authorities detained dozens of members of the Ladies in White dissident group at a march on Sunday, hours before Obama's plane landed.

The White House announced a package of new business deals during the visit, including an agreement by Starwood Hotels to manage hotels in Havana. Obama said the two governments had also agreed to cooperate on agriculture and disaster response.

The visit drew criticism from Republican presidential candidates. Sen. Marco Rubio, a Cuban-American, said Obama was legitimizing "an anti-American communist dictatorship."

Obama is to meet dissidents on Tuesday before attending a baseball game between the Tampa Bay Rays and the Cuban national team.
""",
pub=("2016-03-21", "2016-03-22", "Obama-Castro talks and news conference Monday 21 March 2016"),
people=[("Barack Obama", "USA", "President"),
        ("Raul Castro", "CUB", "President"),
        ("Marco Rubio", "USA", "Senator")],
events=[
 ("USA", "CUB", "CONSULT", 1, "held historic talks in Havana on Monday", 1),
 ("USA", "CUB", "CONSULT", 0, "the first sitting American president to visit Cuba in 88 years", 0),
 ("CUB", "USA", "REQUEST", 1, "demand that Washington lift the embargo", 0),
 ("CUB", "USA", "REQUEST/ACCUSE", 1, "return the naval base at Guantanamo Bay", 0),
 ("USA", "CUB", "SANCTION", 0, "a Republican-controlled Congress that has refused to repeal it", 0),
 ("USA", "CUB", "REQUEST/ACCUSE", 1, "He pressed Castro on the detention of dissidents", 0),
 ("CUB", "USA", "REJECT", 1, "denying that Cuba holds any", 0),
 ("CUB", "USA", "ACCUSE", 1, "accused the United States of its own failings", 0),
 ("CUB", "CUB", "COERCE", 1, "detained dozens of members of the Ladies in White dissident group", 0),
 ("CUB", "CUB", "PROTEST", 0, "at a march on Sunday", 0),
 ("USA", "CUB", "AGREE/COOPERATE", 1, "the two governments had also agreed to cooperate on agriculture and disaster response", 1),
 ("USA", "CUB", "ACCUSE", 1, "an anti-American communist dictatorship", 0),
 ("USA", "CUB", "AGREE", 0, "agreed in December 2014 to restore diplomatic relations", 1),
 ("USA", "CUB", "CONSULT", 0, "Obama is to meet dissidents on Tuesday", 0),
]))
