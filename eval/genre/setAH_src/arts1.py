# Set AH, part 1: Reuters 1987-1989 (AH1-AH6)
ARTS = []

ARTS.append(dict(
    id="AH1", fmt="txt",
    headline="ECUADOR'S FEBRES CORDERO FREED AFTER YIELDING TO KIDNAPPERS' DEMAND",
    pub=("1987-01-17", "1987-01-17", "dateline 'QUITO, Jan 17'; kidnapping at Taura air base was in January 1987"),
    people=[("Leon Febres Cordero", "ECU", "President"),
            ("Frank Vargas Pazzos", "ECU", "air force general"),
            ("Blasco Penaherrera", "ECU", "Vice President"),
            ("Jaime Lusinchi", "VEN", "President")],
    body="""
QUITO, Jan 17 - Ecuadorean President Leon Febres Cordero was released unharmed on Saturday, about 11 hours after rebel air force commandos seized him at a coastal air base and forced him to free a jailed general, government officials said.

The commandos, loyal to air force general Frank Vargas Pazzos, grabbed the president on Friday during a ceremony at the Taura base near Guayaquil. At least two of his bodyguards were killed in a brief exchange of fire, the officials said.

The kidnappers demanded the immediate release of Vargas, who had been held since leading two short-lived military revolts last March. Congress had voted an amnesty for the general in September, but Febres Cordero refused to carry it out.

Officials said the president, held at gunpoint in an officers' building, signed a decree freeing Vargas late on Friday. The general was flown to Taura from his place of detention and the president was then let go.

"I did what I had to do to avoid a bloodbath," Febres Cordero told reporters in Guayaquil. He said the men who took him would be punished "with the full weight of the law" and that he would not resign.

Vice President Blasco Penaherrera, who took charge of the government during the crisis, said army units had surrounded the base but were ordered not to storm it.

Several opposition deputies said the episode showed the president had lost control of the armed forces and called on him to step down. The defence ministry said the commandos had been disarmed and were being held by the army.

The United States condemned the kidnapping and said it firmly supported Ecuador's constitutional government. Venezuelan President Jaime Lusinchi telephoned Febres Cordero to express his solidarity, the presidential palace said.

Vargas was not detained again on Saturday and his whereabouts were unclear.

Reuter
""",
    events=[
        ("ECU", "ECU", "COERCE/ASSAULT", 1, "rebel air force commandos seized him at a coastal air base", 0),
        ("ECU", "ECU", "ASSAULT", 0, "At least two of his bodyguards were killed in a brief exchange of fire", 0),
        ("ECU", "ECU", "REQUEST", 1, "The kidnappers demanded the immediate release of Vargas", 0),
        ("ECU", "ECU", "CONCEDE", 1, "signed a decree freeing Vargas late on Friday", 0),
        ("ECU", "ECU", "CONCEDE/RETREAT", 1, "the president was then let go", 0),
        ("ECU", "ECU", "THREATEN", 1, "would be punished \"with the full weight of the law\"", 0),
        ("ECU", "ECU", "REJECT", 0, "he would not resign", 0),
        ("ECU", "ECU", "MOBILIZE", 1, "army units had surrounded the base", 0),
        ("ECU", "ECU", "REQUEST/ACCUSE", 1, "called on him to step down", 0),
        ("ECU", "ECU", "COERCE", 1, "the commandos had been disarmed and were being held by the army", 0),
        ("ECU", "ECU", "CONCEDE", 0, "Congress had voted an amnesty for the general", 0),
        ("USA", "ECU", "ACCUSE/PROTEST", 1, "The United States condemned the kidnapping", 0),
        ("USA", "ECU", "SUPPORT", 1, "firmly supported Ecuador's constitutional government", 0),
        ("VEN", "ECU", "SUPPORT", 1, "to express his solidarity", 0),
    ]))

ARTS.append(dict(
    id="AH2", fmt="json",
    headline="COLOMBIA PULLS WARSHIP FROM DISPUTED GULF AS VENEZUELA MASSES FORCES",
    pub=("1987-08-17", "1987-08-17", "dateline 'BOGOTA, Aug 17'; the Caldas corvette incident was in August 1987"),
    meta=dict(date_publish="1987-08-17 00:00:00", authors=[], url=None, source_domain="reuters.com",
              description="Colombia withdrew the corvette Caldas from waters claimed by Venezuela after Caracas sent warships and jets to the Gulf of Venezuela."),
    people=[("Virgilio Barco", "COL", "President"),
            ("Julio Londono", "COL", "Foreign Minister"),
            ("Jaime Lusinchi", "VEN", "President"),
            ("Simon Alberto Consalvi", "VEN", "Foreign Minister"),
            ("Joao Baena Soares", "IGO", "Secretary-General, Organisation of American States")],
    body="""
BOGOTA, Aug 17 - Colombia said on Monday it had ordered its navy corvette Caldas out of waters in the Gulf of Venezuela claimed by both countries, easing a week-long standoff in which Venezuela moved warships and fighter jets to the area.

A statement from the office of President Virgilio Barco said the vessel had "completed its routine patrol" and returned to port in Cartagena. It did not say Colombia had abandoned its claim to the waters.

Foreign Minister Julio Londono told reporters the withdrawal was "a gesture of good will, not a retreat," and repeated that the gulf's western waters belonged to Colombia under international law.

Venezuela had accused Bogota of a deliberate violation of its sovereignty when the corvette entered the gulf last week, and delivered a formal protest note. Caracas then sent several frigates and a squadron of F-16 aircraft to the zone, officials there said.

Venezuelan President Jaime Lusinchi said on Sunday that his country "will not tolerate any provocation" in the gulf and that its forces would remain on alert. Colombia, for its part, had placed its own air and naval units near the border on alert.

Londono said Bogota had proposed that the two foreign ministers meet to seek a negotiated way out of the dispute, which has soured relations for more than two decades. Venezuelan Foreign Minister Simon Alberto Consalvi said Caracas was ready to talk but rejected any suggestion of international arbitration.

The secretary-general of the Organisation of American States, Joao Baena Soares, had urged both governments to show restraint, and diplomats said several Latin American countries had quietly pressed for calm.

Diplomats in Bogota said the two ministers could meet within days, possibly on the border.

Reuter
""",
    events=[
        ("COL", "VEN", "RETREAT", 1, "it had ordered its navy corvette Caldas out of waters", 0),
        ("VEN", "COL", "MOBILIZE", 1, "Caracas then sent several frigates and a squadron of F-16 aircraft to the zone", 0),
        ("COL", "VEN", "REJECT", 1, "repeated that the gulf's western waters belonged to Colombia", 0),
        ("VEN", "COL", "ACCUSE", 1, "Venezuela had accused Bogota of a deliberate violation of its sovereignty", 0),
        ("VEN", "COL", "PROTEST", 1, "delivered a formal protest note", 0),
        ("VEN", "COL", "THREATEN", 1, "\"will not tolerate any provocation\"", 0),
        ("COL", "VEN", "MOBILIZE", 1, "had placed its own air and naval units near the border on alert", 0),
        ("COL", "VEN", "REQUEST/CONSULT", 1, "Bogota had proposed that the two foreign ministers meet", 0),
        ("VEN", "COL", "AGREE/CONSULT", 1, "Caracas was ready to talk", 0),
        ("VEN", "COL", "REJECT", 1, "rejected any suggestion of international arbitration", 0),
        ("IGO", "COL|VEN", "REQUEST", 1, "had urged both governments to show restraint", 0),
        ("COL", "VEN", "CONSULT", 0, "the two ministers could meet within days", 1),
    ]))

ARTS.append(dict(
    id="AH3", fmt="txt",
    headline="RIOTERS BURN U.S. EMBASSY ANNEX IN HONDURAS AFTER DRUG SUSPECT'S EXPULSION",
    pub=("1988-04-08", "1988-04-08", "dateline 'TEGUCIGALPA, April 8'; the embassy annex was burned on 7 April 1988"),
    people=[("Juan Ramon Matta Ballesteros", "HND", "accused drug trafficker"),
            ("Jose Azcona Hoyo", "HND", "President"),
            ("Everett Briggs", "USA", "Ambassador to Honduras")],
    body="""
TEGUCIGALPA, April 8 - The Honduran government declared a state of emergency in the capital and in San Pedro Sula on Friday, a day after a crowd of students set fire to an annex of the U.S. embassy in protest at the expulsion of a reputed drug baron to the United States.

Hundreds of demonstrators stormed the consular building on Thursday night, smashing windows, overturning cars and setting the two-storey annex ablaze. Four people died in the violence, hospital officials said, though it was not clear who fired the shots that killed them.

The protesters accused the government of President Jose Azcona Hoyo of violating the constitution, which bars the extradition of Honduran citizens, when it handed over Juan Ramon Matta Ballesteros. Matta was seized by soldiers at his Tegucigalpa home on Tuesday and put on a plane that took him, via the Dominican Republic, into U.S. custody.

"We will not be a colony of the gringos," one student leader told a rally at the national university before the march. Police stood by for nearly an hour before firing tear gas, witnesses said.

Under the emergency decree, troops patrolled the streets of both cities on Friday and some constitutional rights were suspended.

The United States demanded that Honduras guarantee the safety of its diplomats. U.S. Ambassador Everett Briggs, who was not in the building, said the police response had been "slow and inadequate."

Azcona went on national radio to apologise to Washington for the attack and said Honduras would pay for the damage. He defended the handover of Matta, saying he had entered the country illegally and was wanted in several countries.

U.S. officials in Washington said Matta was wanted in connection with the 1985 murder of a U.S. drug agent in Mexico.

Reuter
""",
    events=[
        ("HND", "USA", "ASSAULT", 1, "set fire to an annex of the U.S. embassy", 0),
        ("HND", "USA", "PROTEST", 1, "in protest at the expulsion of a reputed drug baron", 0),
        ("HND", "HND", "COERCE", 1, "declared a state of emergency in the capital and in San Pedro Sula", 0),
        ("HND", "HND", "ACCUSE", 1, "The protesters accused the government of President Jose Azcona Hoyo of violating the constitution", 0),
        ("HND", "USA", "COOPERATE", 1, "when it handed over Juan Ramon Matta Ballesteros", 0),
        ("HND", "HND", "COERCE", 0, "Matta was seized by soldiers at his Tegucigalpa home", 0),
        ("HND", "USA", "REJECT/PROTEST", 0, "\"We will not be a colony of the gringos,\"", 0),
        ("HND", "HND", "COERCE", 0, "before firing tear gas", 0),
        ("HND", "HND", "MOBILIZE", 1, "troops patrolled the streets of both cities", 0),
        ("USA", "HND", "REQUEST", 1, "The United States demanded that Honduras guarantee the safety of its diplomats", 0),
        ("USA", "HND", "ACCUSE", 1, "said the police response had been \"slow and inadequate.\"", 0),
        ("HND", "USA", "CONCEDE", 1, "to apologise to Washington for the attack", 0),
        ("HND", "USA", "AID/CONCEDE", 0, "Honduras would pay for the damage", 0),
    ]))

ARTS.append(dict(
    id="AH4", fmt="json",
    headline="GUATEMALAN ARMY PUTS DOWN REVOLT BY REBEL OFFICERS",
    pub=("1988-05-11", "1988-05-11", "dateline 'GUATEMALA CITY, May 11'; the failed uprising was on 11 May 1988"),
    meta=dict(date_publish="1988-05-11 00:00:00", authors=[], url=None, source_domain="reuters.com",
              description="Loyal Guatemalan troops surrounded rebel units who demanded the dismissal of the defence minister; the officers surrendered."),
    people=[("Vinicio Cerezo", "GTM", "President"),
            ("Hector Gramajo", "GTM", "Defence Minister, General"),
            ("Oscar Arias", "CRI", "President")],
    body="""
GUATEMALA CITY, May 11 - Loyal Guatemalan troops put down an uprising by a group of rebel officers on Wednesday, surrounding their units until they gave themselves up without a shot being fired, the government said.

Officers at the Retalhuleu garrison on the Pacific coast and a small force in Jutiapa, near the border with El Salvador, rose early in the day and tried to move on the capital, but their columns were stopped by tanks on the main highways, military sources said.

The rebels demanded that President Vinicio Cerezo dismiss his Defence Minister, General Hector Gramajo, and break off all contacts with leftist guerrillas, a radio statement read on their behalf said. They accused the government of being soft on what they called "subversion."

Gramajo, who remained loyal, said the uprising had been the work of "a handful of frustrated officers" and that the armed forces stood behind the constitution. By the afternoon the rebels had surrendered, and a military spokesman said about a dozen officers had been arrested and would face courts-martial.

Cerezo, the country's first civilian president in 16 years, said in a televised address that "democracy in Guatemala is not up for negotiation." He said he would not give in to pressure from any quarter and would press on with his policies.

The United States said it strongly backed the elected government. A State Department spokesman warned that Washington would cut off assistance to any government that came to power by force.

Costa Rican President Oscar Arias, author of the regional peace plan signed in Guatemala last August, telephoned Cerezo to offer his support, an aide to Arias said.

Diplomats said the revolt reflected resentment in parts of the officer corps over Cerezo's meetings with guerrilla representatives in Madrid last year.

Reuter
""",
    events=[
        ("GTM", "GTM", "COERCE/MOBILIZE", 1, "put down an uprising by a group of rebel officers", 0),
        ("GTM", "GTM", "MOBILIZE", 1, "tried to move on the capital", 0),
        ("GTM", "GTM", "REQUEST", 1, "The rebels demanded that President Vinicio Cerezo dismiss his Defence Minister", 0),
        ("GTM", "GTM", "ACCUSE", 1, "They accused the government of being soft on what they called \"subversion.\"", 0),
        ("GTM", "GTM", "ACCUSE", 0, "the work of \"a handful of frustrated officers\"", 0),
        ("GTM", "GTM", "CONCEDE/RETREAT", 1, "the rebels had surrendered", 0),
        ("GTM", "GTM", "COERCE", 1, "about a dozen officers had been arrested", 0),
        ("GTM", "GTM", "REJECT", 1, "he would not give in to pressure from any quarter", 0),
        ("USA", "GTM", "SUPPORT", 1, "The United States said it strongly backed the elected government", 0),
        ("USA", "GTM", "THREATEN", 1, "Washington would cut off assistance to any government that came to power by force", 0),
        ("CRI", "GTM", "SUPPORT", 1, "telephoned Cerezo to offer his support", 0),
        ("GTM", "GTM", "CONSULT", 0, "Cerezo's meetings with guerrilla representatives in Madrid", 1),
    ]))

ARTS.append(dict(
    id="AH5", fmt="dump", dump="dump-1.txt", nbsp=False,
    headline="SURINAME SIGNS PEACE ACCORD WITH JUNGLE COMMANDO REBELS",
    pub=("1989-07-22", "1989-07-22", "dateline 'PARAMARIBO, July 22'; the Kourou accord was signed in July 1989"),
    people=[("Ronnie Brunswijk", "SUR", "rebel leader, Jungle Commando"),
            ("Ramsewak Shankar", "SUR", "President"),
            ("Desi Bouterse", "SUR", "army commander, Lieutenant-Colonel"),
            ("Henck Arron", "SUR", "Vice President")],
    body="""
PARAMARIBO, July 22 - Suriname's civilian government and the Jungle Commando rebels of Ronnie Brunswijk have signed an accord to end a three-year guerrilla war in the east of the country, officials said on Saturday.

The agreement was signed on Friday in Kourou, in neighbouring French Guiana, after talks held with French help. France provided the venue and logistics for the negotiations, a French official said.

Under the accord, the rebels, mostly drawn from the Maroon communities of the interior, are to hand in their weapons, and the government will grant them an amnesty and let some of them join a new police unit for the interior.

President Ramsewak Shankar said in a radio broadcast that the accord "opens the door to reconstruction" of the east, where thousands of people fled to French Guiana during the fighting.

But the army commander, Lieutenant-Colonel Desi Bouterse, who ruled the country until elections in 1987, said the military would not accept an amnesty for men who had killed soldiers. Army officers said they had not been consulted.

"This is a paper signed over our heads," one officer told Reuters. Diplomats said the army's opposition could make the accord difficult to carry out.

Brunswijk, a former bodyguard of Bouterse, said his fighters would respect the ceasefire but would keep their guns if the army tried to obstruct the deal.

The Netherlands, the former colonial power, welcomed the accord. Dutch officials said The Hague was ready to resume part of its suspended development aid once the agreement took effect.

Vice President Henck Arron, who led the government delegation, said he expected the first weapons to be handed in within weeks.

Reuter
""",
    events=[
        ("SUR", "SUR", "AGREE", 1, "have signed an accord to end a three-year guerrilla war", 1),
        ("SUR", "SUR", "CONSULT", 0, "after talks held with French help", 1),
        ("FRA", "SUR", "COOPERATE/AID/SUPPORT", 1, "France provided the venue and logistics for the negotiations", 0),
        ("SUR", "SUR", "CONCEDE", 1, "the rebels, mostly drawn from the Maroon communities of the interior, are to hand in their weapons", 0),
        ("SUR", "SUR", "CONCEDE", 1, "the government will grant them an amnesty", 0),
        ("SUR", "SUR", "REJECT", 1, "the military would not accept an amnesty", 0),
        ("SUR", "SUR", "PROTEST/ACCUSE", 0, "\"This is a paper signed over our heads,\"", 0),
        ("SUR", "SUR", "THREATEN", 1, "would keep their guns if the army tried to obstruct the deal", 0),
        ("NLD", "SUR", "SUPPORT", 1, "The Netherlands, the former colonial power, welcomed the accord", 0),
        ("NLD", "SUR", "AID", 1, "ready to resume part of its suspended development aid", 0),
    ]))

ARTS.append(dict(
    id="AH6", fmt="dump", dump="dump-2.txt", nbsp=False,
    headline="BRITAIN AND ARGENTINA AGREE TO END HOSTILITIES, RESTORE CONSULAR TIES",
    pub=("1989-10-19", "1989-10-19", "dateline 'MADRID, Oct 19'; the Madrid talks were held in October 1989"),
    people=[("Lucio Garcia del Solar", "ARG", "chief negotiator"),
            ("Crispin Tickell", "GBR", "chief negotiator, ambassador to the United Nations"),
            ("Domingo Cavallo", "ARG", "Foreign Minister"),
            ("John Major", "GBR", "Foreign Secretary")],
    body="""
MADRID, Oct 19 - Britain and Argentina agreed on Thursday to formally end the hostilities of their 1982 war over the Falkland Islands and to restore consular relations, in the first substantive accord since the conflict.

A joint statement issued after two days of talks in the Spanish capital said the two governments would reopen consular offices, restore air and sea links and lift restrictions on trade and investment between them.

The talks, led by Argentine envoy Lucio Garcia del Solar and Britain's ambassador to the United Nations, Sir Crispin Tickell, were held under a formula that leaves aside the question of sovereignty over the islands, which Argentina calls the Malvinas.

"Neither side has given up anything on sovereignty, and neither side was asked to," Garcia del Solar told reporters. Argentina made clear in a separate declaration that it maintained its claim to the islands.

Britain said it would consider easing the 150-mile protection zone it has maintained around the Falklands since the war, but would not discuss the future of the islands. Argentine officials said they had asked for the zone to be lifted.

Argentine Foreign Minister Domingo Cavallo said in Buenos Aires the accord was "the start of a new era" in relations. British Foreign Secretary John Major said in London it showed that "sensible, practical cooperation" was possible.

The two delegations agreed to meet again in Madrid next year to discuss full diplomatic relations. Spain, which hosted the meeting, welcomed the outcome.

The European Community said in a statement that it hoped the accord would lead to normal ties, and diplomats said it could pave the way for a trade agreement between Buenos Aires and the Community.

Reuter
""",
    events=[
        ("ARG", "GBR", "AGREE", 1, "Britain and Argentina agreed on Thursday to formally end the hostilities", 1),
        ("ARG", "GBR", "COOPERATE/AGREE", 1, "would reopen consular offices, restore air and sea links", 1),
        ("ARG", "GBR", "CONSULT", 1, "after two days of talks in the Spanish capital", 1),
        ("ARG", "GBR", "REJECT", 1, "it maintained its claim to the islands", 0),
        ("GBR", "ARG", "CONCEDE", 0, "would consider easing the 150-mile protection zone", 0),
        ("GBR", "ARG", "REJECT", 1, "would not discuss the future of the islands", 0),
        ("ARG", "GBR", "REQUEST", 1, "they had asked for the zone to be lifted", 0),
        ("ARG", "GBR", "CONSULT", 1, "agreed to meet again in Madrid next year", 1),
        ("ESP", "ARG|GBR", "SUPPORT/COOPERATE", 0, "Spain, which hosted the meeting, welcomed the outcome", 0),
        ("EUR", "ARG|GBR", "SUPPORT", 0, "it hoped the accord would lead to normal ties", 0),
    ]))
