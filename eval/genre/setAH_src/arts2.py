# Set AH, part 2: wire/broadsheet 2016-2018 (AH7-AH13)
ARTS = []

ARTS.append(dict(
    id="AH7", fmt="txt",
    headline="UN chief sends Guyana-Venezuela border feud to world court",
    pub=("2018-01-31", "2018-01-31", "Guterres's decision announced 'on Tuesday' 30 January 2018; Venezuela's reply 'on Wednesday'"),
    people=[("Antonio Guterres", "UNO", "UN Secretary-General"),
            ("David Granger", "GUY", "President"),
            ("Carl Greenidge", "GUY", "Foreign Minister"),
            ("Jorge Arreaza", "VEN", "Foreign Minister"),
            ("Nicolas Maduro", "VEN", "President")],
    body="""
GEORGETOWN, Guyana (AP) - U.N. Secretary-General Antonio Guterres has decided that a century-old border dispute between Guyana and Venezuela should be settled by the International Court of Justice, ending years of fruitless mediation over a vast, resource-rich region.

Guterres' office said on Tuesday that he had chosen the court "as the means to be used for the solution of the controversy," after a final year of mediation failed to produce what it called significant progress.

Guyana's government welcomed the decision. President David Granger said in a statement that it was "a victory for international law" and that his country would file its case in The Hague within weeks.

Foreign Minister Carl Greenidge told reporters that Venezuela had for years tried to intimidate investors working off Guyana's coast. "We will not be bullied out of our own waters," he said.

Venezuela's reaction came on Wednesday. Foreign Minister Jorge Arreaza said Caracas did not recognize the court's jurisdiction over the dispute and rejected the secretary-general's decision. He said the 1966 Geneva Agreement required the two neighbors to reach "a practical and mutually satisfactory" settlement through direct negotiation, and he called on Guyana to return to talks.

Arreaza also accused Guyana of handing out concessions in disputed waters to Exxon Mobil, which has announced major oil discoveries off the coast since 2015. The company declined to comment.

Venezuela claims roughly two-thirds of Guyana's territory, the area west of the Essequibo River, arguing that an 1899 arbitration award that gave the land to what was then British Guiana was a fraud.

Tensions flared in 2013 when the Venezuelan navy detained a research ship that was surveying the seabed under contract with Guyana. President Nicolas Maduro later issued a decree claiming maritime rights in the area, which Guyana protested.

Analysts said a ruling could take several years.
""",
    events=[
        ("UNO", "GUY|VEN", "REQUEST/COERCE", 0, "should be settled by the International Court of Justice", 0),
        ("GUY", "UNO", "SUPPORT", 1, "Guyana's government welcomed the decision", 0),
        ("GUY", "VEN", "ACCUSE", 1, "his country would file its case in The Hague", 0),
        ("GUY", "VEN", "ACCUSE", 1, "Venezuela had for years tried to intimidate investors", 0),
        ("GUY", "VEN", "REJECT", 0, "\"We will not be bullied out of our own waters,\"", 0),
        ("VEN", "UNO", "REJECT", 1, "rejected the secretary-general's decision", 0),
        ("VEN", "IGO|UNO", "REJECT", 0, "did not recognize the court's jurisdiction", 0),
        ("VEN", "GUY", "REQUEST", 1, "he called on Guyana to return to talks", 0),
        ("VEN", "GUY", "ACCUSE", 1, "accused Guyana of handing out concessions in disputed waters to Exxon Mobil", 0),
        ("VEN", "GUY", "COERCE", 0, "the Venezuelan navy detained a research ship", 0),
        ("GUY", "VEN", "PROTEST", 0, "which Guyana protested", 0),
        ("VEN", "GUY", "ACCUSE", 0, "was a fraud", 0),
    ]))

ARTS.append(dict(
    id="AH8", fmt="json",
    headline="El Salvador drops Taiwan for China, drawing Taipei's anger and U.S. concern",
    pub=("2018-08-21", "2018-08-21", "El Salvador switched recognition to Beijing on 21 August 2018"),
    meta=dict(date_publish="2018-08-21 19:40:00", authors=["Staff writer"],
              url="https://www.washingtonpost.com/world/the_americas/el-salvador-drops-taiwan-for-china/2018/08/21/",
              source_domain="www.washingtonpost.com",
              description="El Salvador became the third country this year to switch diplomatic recognition from Taipei to Beijing."),
    people=[("Salvador Sanchez Ceren", "SLV", "President"),
            ("Carlos Castaneda", "SLV", "Foreign Minister"),
            ("Wang Yi", "CHN", "Foreign Minister"),
            ("Joseph Wu", "TWN", "Foreign Minister"),
            ("Tsai Ing-wen", "TWN", "President"),
            ("Jean Manes", "USA", "Ambassador to El Salvador")],
    body="""
El Salvador established diplomatic relations with China on Tuesday and cut its ties with Taiwan, the latest in a string of defections that has left the self-ruled island with only 17 formal allies.

President Salvador Sanchez Ceren announced the switch in a televised address, saying it was "the correct step" for his country's economic future. In Beijing, Foreign Minister Carlos Castaneda and his Chinese counterpart, Wang Yi, signed a joint communique after a meeting at the state guesthouse.

Wang said China would "provide help within its capacity" to the Central American country's development and praised San Salvador for recognizing that there is only one China.

Taipei moved first to end the relationship, hours before the announcement. Taiwan's foreign minister, Joseph Wu, told reporters that El Salvador had for months pressed for large sums of money to finance a port project, which Taiwan would not provide. "We will not engage in a competition of dollar diplomacy with China," he said.

President Tsai Ing-wen accused Beijing of bullying Taiwan and of trying to squeeze the island out of the international community, and said her government would not bow to pressure.

The move drew a sharp response from Washington, which has watched with concern as China builds influence in the region. The U.S. ambassador to El Salvador, Jean Manes, wrote on Twitter that the United States was "deeply disappointed" and was analyzing the decision.

A State Department spokeswoman said the switch would be reviewed as part of the overall relationship, and a Republican senator suggested that aid to El Salvador should be reconsidered.

El Salvador follows the Dominican Republic, which switched recognition in May, and Panama, which did so last year.

Sanchez Ceren's left-wing government faces elections in February, and analysts said the decision was likely to be criticized by the opposition.
""",
    events=[
        ("SLV", "CHN", "AGREE/COOPERATE", 1, "El Salvador established diplomatic relations with China", 1),
        ("SLV", "TWN", "REJECT", 1, "cut its ties with Taiwan", 0),
        ("SLV", "CHN", "CONSULT/AGREE", 1, "signed a joint communique after a meeting at the state guesthouse", 1),
        ("CHN", "SLV", "AID/COOPERATE", 1, "China would \"provide help within its capacity\"", 0),
        ("CHN", "SLV", "SUPPORT", 0, "praised San Salvador for recognizing that there is only one China", 0),
        ("TWN", "SLV", "REJECT", 1, "Taipei moved first to end the relationship", 0),
        ("TWN", "SLV", "ACCUSE", 1, "El Salvador had for months pressed for large sums of money", 0),
        ("SLV", "TWN", "REQUEST", 0, "pressed for large sums of money to finance a port project", 0),
        ("TWN", "SLV", "REJECT", 0, "which Taiwan would not provide", 0),
        ("TWN", "CHN", "ACCUSE", 1, "accused Beijing of bullying Taiwan", 0),
        ("TWN", "CHN", "REJECT", 0, "her government would not bow to pressure", 0),
        ("USA", "SLV", "PROTEST/ACCUSE", 1, "was \"deeply disappointed\"", 0),
        ("USA", "SLV", "THREATEN", 0, "the switch would be reviewed as part of the overall relationship", 0),
        ("USA", "SLV", "THREATEN", 0, "aid to El Salvador should be reconsidered", 0),
    ]))

ARTS.append(dict(
    id="AH9", fmt="txt",
    headline="Argentina says missing submarine may have suffered explosion",
    pub=("2017-11-23", "2017-11-23", "'on Thursday', eight days after contact was lost on 15 November 2017: 23 November 2017"),
    people=[("Enrique Balbi", "ARG", "navy spokesman"),
            ("Mauricio Macri", "ARG", "President"),
            ("Oscar Aguad", "ARG", "Defense Minister"),
            ("Itati Leguizamon", "ARG", "wife of a crew member")],
    body="""
BUENOS AIRES (AP) - Argentina's navy said on Thursday that a "violent" noise consistent with an explosion was detected in the South Atlantic near the last known position of a submarine that vanished eight days ago with 44 crew members aboard.

Navy spokesman Enrique Balbi told reporters the signal had been picked up hours after the ARA San Juan last made contact on Nov. 15. He said the information was passed to Argentina by the United States and by an international agency in Vienna that monitors nuclear tests.

"It was an anomalous, short, violent and non-nuclear event," Balbi said. He would not say whether the crew could still be alive.

Relatives who had gathered at the naval base in Mar del Plata wept and shouted at officers after hearing the news. Some accused the navy of hiding information from them for days. "They lied to us," said Itati Leguizamon, whose husband is on board. "They sent them out in a boat that was falling apart."

The search has become one of the largest international operations of its kind. The United States flew in two underwater rescue systems and a P-8 patrol plane, and Britain sent a polar survey ship and a military transport aircraft, an unusual gesture 35 years after the two countries fought over the Falkland Islands. Chile, Brazil, Peru and Uruguay also contributed ships or planes, and Russia said it was sending a research vessel with a deep-sea drone.

President Mauricio Macri thanked the foreign governments for their help and said it was time to find out what had happened. "We need to know the truth," he said, adding that there would be a full investigation.

Defense Minister Oscar Aguad said the government would not rest until the vessel was found.

The German-built San Juan was returning from Ushuaia to Mar del Plata when it reported a battery problem.
""",
    events=[
        ("USA", "ARG", "COOPERATE/AID", 1, "the information was passed to Argentina by the United States", 0),
        ("IGO", "ARG", "COOPERATE/AID", 0, "an international agency in Vienna that monitors nuclear tests", 0),
        ("ARG", "ARG", "PROTEST", 0, "wept and shouted at officers", 0),
        ("ARG", "ARG", "ACCUSE", 1, "Some accused the navy of hiding information from them for days", 0),
        ("ARG", "ARG", "ACCUSE", 0, "\"They lied to us,\"", 0),
        ("USA", "ARG", "AID", 1, "The United States flew in two underwater rescue systems", 0),
        ("GBR", "ARG", "AID", 1, "Britain sent a polar survey ship", 0),
        ("CHL", "ARG", "AID", 1, "Chile, Brazil, Peru and Uruguay also contributed ships or planes", 0),
        ("BRA", "ARG", "AID", 1, "Chile, Brazil, Peru and Uruguay also contributed ships or planes", 0),
        ("PER", "ARG", "AID", 1, "Chile, Brazil, Peru and Uruguay also contributed ships or planes", 0),
        ("URY", "ARG", "AID", 1, "Chile, Brazil, Peru and Uruguay also contributed ships or planes", 0),
        ("RUS", "ARG", "AID", 1, "Russia said it was sending a research vessel", 0),
        ("ARG", "USA|GBR|CHL|BRA|PER|URY|RUS", "SUPPORT", 0, "thanked the foreign governments for their help", 0),
        ("ARG", "ARG", "REQUEST", 0, "there would be a full investigation", 0),
    ]))

ARTS.append(dict(
    id="AH10", fmt="json",
    headline="Peru withdraws Maduro's invitation to Summit of the Americas",
    pub=("2018-02-14", "2018-02-14", "Lima Group met 'on Tuesday' 13 February 2018; Maduro replied 'on Wednesday'"),
    meta=dict(date_publish="2018-02-14 21:05:00", authors=["Staff and wire reports"],
              url="https://www.theguardian.com/world/2018/feb/14/peru-withdraws-maduro-invitation-summit-americas",
              source_domain="www.theguardian.com",
              description="Peru says Venezuela's president is no longer welcome at April's regional summit in Lima."),
    people=[("Nicolas Maduro", "VEN", "President"),
            ("Cayetana Aljovin", "PER", "Foreign Minister"),
            ("Pedro Pablo Kuczynski", "PER", "President"),
            ("Jorge Arreaza", "VEN", "Foreign Minister"),
            ("Evo Morales", "BOL", "President"),
            ("Heather Nauert", "USA", "State Department spokeswoman")],
    body="""
Peru has withdrawn its invitation to Venezuela's president, Nicolas Maduro, to attend the Summit of the Americas in Lima in April, saying his presence would not be welcome after his government called an early presidential election.

Foreign Minister Cayetana Aljovin announced the decision on Tuesday after a meeting in Lima of the so-called Lima Group, 14 countries of the Americas that have criticised Maduro's government. She said the group had agreed that a break with democratic order was "an insurmountable obstacle" to taking part in the summit.

In a joint statement, the group rejected the decision to hold the vote on 22 April and called on Caracas to present a new electoral calendar with guarantees for the opposition and international observers. It said an election under current conditions would lack legitimacy.

Peru's president, Pedro Pablo Kuczynski, wrote on Twitter that Maduro "is not welcome" in Lima.

Maduro hit back on Wednesday, saying he would go to the summit anyway. "Come rain, thunder or lightning, they will see me in Lima," he told supporters in Caracas, accusing the Peruvian government of acting on orders from Washington.

Venezuela's foreign minister, Jorge Arreaza, said in a statement that his government "categorically rejects" the exclusion and called it a violation of the principles of the summit process.

Bolivia's president, Evo Morales, a close ally of Maduro, also criticised Lima, saying the summit belonged to all the countries of the hemisphere and not to its host.

In Washington, State Department spokeswoman Heather Nauert said the United States supported the Lima Group's decision. The Trump administration has imposed financial sanctions on Maduro and dozens of senior Venezuelan officials in the last year.

Venezuela's opposition has not yet said whether it will take part in the April vote, which critics say is designed to hand Maduro a second term before his rivals can organise.
""",
    events=[
        ("PER", "VEN", "REJECT", 1, "Peru has withdrawn its invitation to Venezuela's president", 0),
        ("PER|IGO", "VEN", "CONSULT", 0, "after a meeting in Lima of the so-called Lima Group", 0),
        ("IGO", "VEN", "ACCUSE", 1, "a break with democratic order was \"an insurmountable obstacle\"", 0),
        ("IGO", "VEN", "REJECT", 1, "the group rejected the decision to hold the vote on 22 April", 0),
        ("IGO", "VEN", "REQUEST", 1, "called on Caracas to present a new electoral calendar", 0),
        ("PER", "VEN", "REJECT", 0, "Maduro \"is not welcome\" in Lima", 0),
        ("VEN", "PER", "REJECT", 1, "saying he would go to the summit anyway", 0),
        ("VEN", "PER", "ACCUSE", 1, "accusing the Peruvian government of acting on orders from Washington", 0),
        ("VEN", "USA", "ACCUSE", 0, "acting on orders from Washington", 0),
        ("VEN", "PER|IGO", "REJECT", 1, "\"categorically rejects\" the exclusion", 0),
        ("BOL", "PER", "ACCUSE/PROTEST", 1, "also criticised Lima", 0),
        ("USA", "IGO|PER", "SUPPORT", 1, "the United States supported the Lima Group's decision", 0),
        ("USA", "VEN", "SANCTION", 0, "has imposed financial sanctions on Maduro", 0),
    ]))

ARTS.append(dict(
    id="AH11", fmt="dump", dump="dump-1.txt", nbsp=True,
    headline="Brazil's army takes charge of Rio security as Temer signs decree",
    pub=("2018-02-16", "2018-02-16", "Temer signed the Rio intervention decree 'on Friday' 16 February 2018"),
    people=[("Michel Temer", "BRA", "President"),
            ("Walter Souza Braga Netto", "BRA", "General, commander of the intervention"),
            ("Luiz Fernando Pezao", "BRA", "Governor of Rio de Janeiro state"),
            ("Raul Jungmann", "BRA", "Defence Minister"),
            ("Gleisi Hoffmann", "BRA", "president, Workers' party")],
    body="""
Brazil's president, Michel Temer, has put the army in charge of security in Rio de Janeiro state, the first such federal intervention since the end of military rule more than three decades ago.

Temer signed the decree on Friday in a ceremony in Brasilia, saying organised crime had "almost taken over" the state. "We will not accept that criminals kill our present and take away our children's future," he said.

Under the decree, General Walter Souza Braga Netto will command the police, the fire service and the prison system in the state until the end of the year. The lower house and the senate must approve the measure within days, and Temer's allies said they expected it to pass easily.

Rio's governor, Luiz Fernando Pezao, whose cash-strapped administration has struggled to pay police salaries, agreed to the handover, admitting that the state could no longer cope on its own.

The move follows a carnival week marred by muggings, shootouts and looting that were shown repeatedly on television. Gangs fighting for control of the city's favelas have killed dozens of police officers since the start of last year.

Defence minister Raul Jungmann said troops would not occupy the favelas indefinitely and that the goal was to reorganise the state's police.

Human rights groups warned that the deployment could lead to abuses against poor, mostly black residents. Human Rights Watch called on the government to ensure that soldiers accused of crimes against civilians were tried in civilian courts.

Opposition politicians accused Temer, whose approval ratings are in single digits, of staging a political stunt before October's elections. Gleisi Hoffmann, the president of the Workers' party, said the decree was "a smokescreen" for the government's failure to pass its pension reform.
""",
    events=[
        ("BRA", "BRA", "MOBILIZE", 1, "has put the army in charge of security in Rio de Janeiro state", 0),
        ("BRA", "BRA", "THREATEN", 0, "\"We will not accept that criminals kill our present", 0),
        ("BRA", "BRA", "ACCUSE", 0, "organised crime had \"almost taken over\" the state", 0),
        ("BRA", "BRA", "AGREE/CONCEDE", 1, "agreed to the handover", 0),
        ("BRA", "BRA", "ASSAULT", 1, "have killed dozens of police officers since the start of last year", 0),
        ("NGO", "BRA", "ACCUSE/PROTEST", 1, "Human rights groups warned that the deployment could lead to abuses", 0),
        ("NGO", "BRA", "REQUEST", 1, "Human Rights Watch called on the government to ensure", 0),
        ("BRA", "BRA", "ACCUSE", 1, "Opposition politicians accused Temer", 0),
        ("BRA", "BRA", "ACCUSE", 1, "the decree was \"a smokescreen\"", 0),
        ("BRA", "BRA", "SUPPORT", 0, "they expected it to pass easily", 0),
    ]))

ARTS.append(dict(
    id="AH12", fmt="txt",
    headline="Ecuador confirms killing of kidnapped newspaper team, vows to hunt rebels",
    pub=("2018-04-13", "2018-04-13", "Moreno confirmed the deaths 'on Friday' 13 April 2018"),
    people=[("Lenin Moreno", "ECU", "President"),
            ("Javier Ortega", "ECU", "reporter, El Comercio"),
            ("Paul Rivas", "ECU", "photographer, El Comercio"),
            ("Efrain Segarra", "ECU", "driver, El Comercio"),
            ("Walter Arizala", "ECU", "rebel leader, known as Guacho"),
            ("Juan Manuel Santos", "COL", "President")],
    body="""
QUITO, Ecuador - Ecuador's President Lenin Moreno confirmed on Friday that a reporter, a photographer and a driver from the newspaper El Comercio who were kidnapped on the Colombian border last month had been killed by their captors.

Moreno, who had cut short a trip to Peru to return to Quito, said in a televised address that the three men, Javier Ortega, Paul Rivas and Efrain Segarra, had been "murdered in cold blood" by a dissident faction of Colombia's former FARC rebel group.

The team was seized on March 26 near the town of Mataje, where they had gone to report on a wave of bombings against police and military posts. The kidnappers, led by an Ecuadorian-born fighter known as Guacho whose real name is Walter Arizala, had demanded the release of three of their members jailed in Ecuador in exchange for the journalists.

On Thursday, Moreno had given the group 12 hours to prove the men were alive, warning that he would otherwise order a military response.

On Friday he announced that security forces would resume operations in the border area and offered a reward of $100,000 for information leading to Guacho's capture. "We will not negotiate with terrorists," he said.

Colombia's President Juan Manuel Santos offered his condolences and said his government would work with Ecuador to track down those responsible. Officials in both capitals said the two militaries would coordinate operations along the river border.

In Quito, hundreds of journalists and relatives of the victims gathered outside the presidential palace, many of them accusing the government of mishandling the negotiations for the men's release.

The Committee to Protect Journalists condemned the killings and called on both governments to bring the perpetrators to justice.

The group led by Guacho refused to join the peace deal signed in 2016 and is believed to control cocaine routes across the border.
""",
    events=[
        ("COL", "ECU", "ASSAULT", 1, "had been \"murdered in cold blood\"", 0),
        ("COL", "ECU", "COERCE/ASSAULT", 1, "The team was seized on March 26", 0),
        ("COL", "ECU", "ASSAULT", 0, "a wave of bombings against police and military posts", 0),
        ("COL", "ECU", "REQUEST", 1, "had demanded the release of three of their members jailed in Ecuador", 0),
        ("ECU", "COL", "THREATEN", 1, "warning that he would otherwise order a military response", 0),
        ("ECU", "COL", "MOBILIZE/ASSAULT", 1, "security forces would resume operations in the border area", 0),
        ("ECU", "COL", "REJECT", 1, "\"We will not negotiate with terrorists,\"", 0),
        ("COL", "ECU", "SUPPORT", 1, "offered his condolences", 0),
        ("COL", "ECU", "COOPERATE", 1, "his government would work with Ecuador", 0),
        ("COL", "ECU", "COOPERATE", 0, "the two militaries would coordinate operations", 1),
        ("ECU", "ECU", "PROTEST/ACCUSE", 1, "accusing the government of mishandling the negotiations", 0),
        ("NGO", "COL", "ACCUSE", 1, "The Committee to Protect Journalists condemned the killings", 0),
        ("NGO", "ECU|COL", "REQUEST", 1, "called on both governments to bring the perpetrators to justice", 0),
    ]))

ARTS.append(dict(
    id="AH13", fmt="json",
    headline="Haiti's prime minister resigns after deadly fuel-price riots",
    pub=("2018-07-14", "2018-07-14", "Lafontant resigned 'on Saturday' 14 July 2018, a week after the 6-7 July riots"),
    meta=dict(date_publish="2018-07-14 18:30:00", authors=["Associated Press"],
              url="https://apnews.com/article/haiti-prime-minister-resigns-fuel-riots",
              source_domain="apnews.com",
              description="Jack Guy Lafontant stepped down as lawmakers prepared a no-confidence vote over a fuel price increase that set off riots."),
    people=[("Jack Guy Lafontant", "HTI", "Prime Minister"),
            ("Jovenel Moise", "HTI", "President"),
            ("Gary Bodeau", "HTI", "Speaker, Chamber of Deputies")],
    body="""
PORT-AU-PRINCE, Haiti (AP) - Haitian Prime Minister Jack Guy Lafontant resigned on Saturday, a week after a government plan to raise fuel prices by as much as 51 percent set off the worst unrest the country has seen in years.

Lafontant announced his decision in the Chamber of Deputies, where lawmakers had been preparing to hold a no-confidence vote against him. "I have submitted my resignation to the president, who has accepted it," he said.

The speaker of the lower house, Gary Bodeau, had said earlier in the week that deputies would vote to remove the prime minister if he did not step down.

The fuel increase, announced on July 6 as part of an agreement with the International Monetary Fund to end costly subsidies, brought thousands of people into the streets of Port-au-Prince. Protesters set up burning barricades, looted shops and set fire to hotels and cars. At least three people were killed.

The government suspended the increase within hours, but the protests continued through the weekend, with demonstrators demanding the resignation of President Jovenel Moise as well.

Moise called for calm in a national address and promised that a new government would be formed in consultation with parliament and opposition parties. He did not say whom he would name.

The IMF said it had recommended a more gradual approach and would keep working with the authorities on reforms that protect the poor.

The U.S. Embassy told American citizens to stay indoors during the violence, and several airlines canceled flights to the capital.

Opposition leaders said the resignation was not enough and vowed to keep up the pressure on Moise, whom they accuse of failing to tackle corruption and poverty.
""",
    events=[
        ("HTI", "HTI", "CONCEDE/RETREAT", 1, "Haitian Prime Minister Jack Guy Lafontant resigned on Saturday", 0),
        ("HTI", "HTI", "THREATEN", 1, "deputies would vote to remove the prime minister if he did not step down", 0),
        ("HTI", "IGO", "AGREE/COOPERATE", 0, "as part of an agreement with the International Monetary Fund", 1),
        ("HTI", "HTI", "PROTEST", 1, "brought thousands of people into the streets of Port-au-Prince", 0),
        ("HTI", "HTI", "ASSAULT", 0, "set fire to hotels and cars", 0),
        ("HTI", "HTI", "CONCEDE/RETREAT", 1, "The government suspended the increase within hours", 0),
        ("HTI", "HTI", "REQUEST", 1, "demanding the resignation of President Jovenel Moise", 0),
        ("HTI", "HTI", "REQUEST", 1, "Moise called for calm", 0),
        ("HTI", "HTI", "CONSULT", 0, "in consultation with parliament and opposition parties", 0),
        ("IGO", "HTI", "COOPERATE", 1, "would keep working with the authorities on reforms", 0),
        ("IGO", "HTI", "REQUEST", 0, "it had recommended a more gradual approach", 0),
        ("HTI", "HTI", "THREATEN/PROTEST", 1, "vowed to keep up the pressure on Moise", 0),
        ("HTI", "HTI", "ACCUSE", 1, "whom they accuse of failing to tackle corruption and poverty", 0),
    ]))
