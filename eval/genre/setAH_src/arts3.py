# Set AH, part 3: Al Jazeera-style 2021-2022 (AH14-AH20)
ARTS = []

ARTS.append(dict(
    id="AH14", fmt="txt",
    headline="Ecuador government, Indigenous groups sign deal to end 18 days of protests",
    pub=("2022-06-30", "2022-06-30", "deal signed 'on Thursday' after 18 days of protests that began 13 June 2022: 30 June 2022"),
    people=[("Guillermo Lasso", "ECU", "President"),
            ("Leonidas Iza", "ECU", "president, CONAIE"),
            ("Francisco Jimenez", "ECU", "Government Minister"),
            ("Luis Cabrera", "ECU", "Archbishop, president of the Episcopal Conference")],
    body="""
Ecuador's government and Indigenous organisations have signed an agreement to end more than two weeks of nationwide protests over fuel prices and the cost of living that left at least six people dead.

The deal, reached on Thursday in talks mediated by the Catholic Church, lowers the price of petrol and diesel by 15 cents a gallon and commits the government to limiting new oil and mining concessions in Indigenous territories.

"We have achieved peace in our country," Government Minister Francisco Jimenez said after the signing in Quito. Leonidas Iza, the head of the Confederation of Indigenous Nationalities of Ecuador (CONAIE), said the protesters would suspend their mobilisation but would watch closely whether the promises were kept. "If they fail us, we will return to the streets," he warned.

The protests began on June 13, when thousands of Indigenous demonstrators blocked highways and marched on the capital, demanding lower fuel prices, price controls on farm products and more money for health and education.

The next day police arrested Iza, accusing him of sabotage, a move that inflamed the movement. He was released within 24 hours but was charged.

President Guillermo Lasso declared a state of emergency in several provinces and imposed a curfew in Quito, accusing the protest leaders of trying to topple him. Protesters clashed repeatedly with police, who fired tear gas at crowds near the parliament.

Lasso initially refused to negotiate with Iza, but his government agreed to talks last week after the opposition in the National Assembly moved to remove him from office. The impeachment motion failed on Tuesday when it fell short of the 92 votes required.

Archbishop Luis Cabrera, who chairs the bishops' conference, called on both sides to honour the agreement.

The United Nations office in Ecuador had offered to support the dialogue and urged both sides to refrain from violence.

Lasso, a conservative former banker, took office in May last year.
""",
    events=[
        ("ECU", "ECU", "AGREE", 1, "have signed an agreement to end more than two weeks of nationwide protests", 1),
        ("ECU", "ECU", "CONCEDE", 1, "lowers the price of petrol and diesel by 15 cents a gallon", 0),
        ("ECU", "ECU", "CONCEDE/RETREAT", 1, "the protesters would suspend their mobilisation", 0),
        ("ECU", "ECU", "THREATEN", 1, "\"If they fail us, we will return to the streets,\"", 0),
        ("ECU", "ECU", "PROTEST", 1, "blocked highways and marched on the capital", 0),
        ("ECU", "ECU", "REQUEST", 0, "demanding lower fuel prices", 0),
        ("ECU", "ECU", "COERCE", 1, "police arrested Iza", 0),
        ("ECU", "ECU", "COERCE", 1, "declared a state of emergency in several provinces", 0),
        ("ECU", "ECU", "ACCUSE", 1, "accusing the protest leaders of trying to topple him", 0),
        ("ECU", "ECU", "ASSAULT/COERCE", 1, "who fired tear gas at crowds near the parliament", 0),
        ("ECU", "ECU", "REJECT", 0, "initially refused to negotiate with Iza", 0),
        ("ECU", "ECU", "CONSULT", 0, "his government agreed to talks last week", 1),
        ("ECU", "ECU", "COERCE/THREATEN", 0, "moved to remove him from office", 0),
        ("ECU", "ECU", "REQUEST", 0, "called on both sides to honour the agreement", 0),
        ("UNO", "ECU", "SUPPORT/REQUEST", 1, "had offered to support the dialogue and urged both sides to refrain from violence", 0),
    ]))

ARTS.append(dict(
    id="AH15", fmt="json",
    headline="Colombia, ELN rebels restart peace talks in Caracas after four-year pause",
    pub=("2022-11-21", "2022-11-21", "talks formally relaunched 'on Monday' 21 November 2022 in Caracas"),
    meta=dict(date_publish="2022-11-21 22:10:00", authors=["Al Jazeera and news agencies"],
              url="https://www.aljazeera.com/news/2022/11/21/colombia-eln-rebels-restart-peace-talks-in-caracas",
              source_domain="www.aljazeera.com",
              description="Gustavo Petro's government and the National Liberation Army open a new round of negotiations with Venezuela, Cuba and Norway as guarantors."),
    people=[("Gustavo Petro", "COL", "President"),
            ("Otty Patino", "COL", "head of government delegation"),
            ("Pablo Beltran", "COL", "head of ELN delegation"),
            ("Danilo Rueda", "COL", "High Commissioner for Peace"),
            ("Ivan Duque", "COL", "former President"),
            ("Yvan Gil", "VEN", "Deputy Foreign Minister")],
    body="""
Colombia's government and the National Liberation Army (ELN), the country's largest remaining rebel group, have formally resumed peace talks in Venezuela, more than four years after the last negotiations collapsed.

Delegations from both sides sat down at a hotel in Caracas on Monday, with Venezuela, Cuba and Norway acting as guarantors. Venezuela, which broke relations with Bogota in 2019 and restored them only this year, is hosting the first round.

"We come with the will to build peace, not to sign a piece of paper," Otty Patino, who heads the government team, said at the opening ceremony. ELN commander Pablo Beltran said the group was ready to discuss a ceasefire but that Colombia's deep social inequalities had to be on the table.

President Gustavo Petro, a former guerrilla who took office in August, has made "total peace" with armed groups a central pledge. He called on the ELN to show its commitment by halting attacks on civilians and releasing the people it holds.

The ELN has not agreed to stop kidnapping, however, and Beltran said a bilateral ceasefire would have to be negotiated, not imposed.

The talks are the first since Petro's predecessor, Ivan Duque, suspended them after an ELN car bombing at a police academy in Bogota killed 22 cadets in January 2019. Duque's government then asked Cuba to extradite the rebel negotiators who were in Havana, a request Havana refused.

To allow the new round, Petro's government suspended arrest warrants against the ELN negotiators. High Commissioner for Peace Danilo Rueda said the state would also ask the United States to support the process.

Venezuelan Deputy Foreign Minister Yvan Gil said his country offered "all its support" to the negotiations. Norway's and Cuba's envoys also pledged to accompany the process.

Founded in 1964, the ELN has an estimated 2,500 fighters.
""",
    events=[
        ("COL", "COL", "CONSULT", 1, "have formally resumed peace talks in Venezuela", 1),
        ("VEN", "COL", "COOPERATE/SUPPORT", 1, "Venezuela, Cuba and Norway acting as guarantors", 0),
        ("CUB", "COL", "COOPERATE/SUPPORT", 1, "Venezuela, Cuba and Norway acting as guarantors", 0),
        ("NOR", "COL", "COOPERATE/SUPPORT", 1, "Venezuela, Cuba and Norway acting as guarantors", 0),
        ("VEN", "COL", "COOPERATE/AID", 0, "is hosting the first round", 0),
        ("VEN", "COL", "REJECT", 0, "which broke relations with Bogota in 2019", 0),
        ("COL", "COL", "AGREE/CONSULT", 1, "the group was ready to discuss a ceasefire", 0),
        ("COL", "COL", "REQUEST", 1, "He called on the ELN to show its commitment", 0),
        ("COL", "COL", "REJECT", 1, "The ELN has not agreed to stop kidnapping", 0),
        ("COL", "COL", "ASSAULT", 0, "an ELN car bombing at a police academy in Bogota", 0),
        ("COL", "COL", "REJECT", 0, "suspended them after an ELN car bombing", 0),
        ("COL", "CUB", "REQUEST", 0, "asked Cuba to extradite the rebel negotiators", 0),
        ("CUB", "COL", "REJECT", 0, "a request Havana refused", 0),
        ("COL", "COL", "CONCEDE", 1, "suspended arrest warrants against the ELN negotiators", 0),
        ("COL", "USA", "REQUEST", 0, "ask the United States to support the process", 0),
        ("VEN", "COL", "SUPPORT", 1, "offered \"all its support\" to the negotiations", 0),
        ("NOR|CUB", "COL", "SUPPORT", 0, "also pledged to accompany the process", 0),
    ]))

ARTS.append(dict(
    id="AH16", fmt="txt",
    headline="Peru's Fujimori alleges fraud as Castillo clings to narrow lead",
    pub=("2021-06-10", "2021-06-10", "count '100 percent' and prosecutor's request 'on Thursday' after the 6 June 2021 runoff: 10 June 2021"),
    people=[("Keiko Fujimori", "PER", "presidential candidate, Popular Force"),
            ("Pedro Castillo", "PER", "presidential candidate, Free Peru"),
            ("Jose Domingo Perez", "PER", "prosecutor"),
            ("Alberto Fujimori", "PER", "former President"),
            ("Ned Price", "USA", "State Department spokesman")],
    body="""
Right-wing candidate Keiko Fujimori has stepped up her allegations of fraud in Peru's presidential runoff, as a near-complete count showed her leftist rival Pedro Castillo holding onto a lead of about 44,000 votes.

Fujimori's Popular Force party has asked electoral juries to annul around 800 tally sheets, representing some 200,000 votes, mostly from rural areas where Castillo won by wide margins. She has accused Castillo's Free Peru party of "irregularities" at polling stations, without presenting clear evidence.

Castillo, a primary school teacher and union leader, called on his supporters to defend the vote and urged the electoral authorities to respect "the will of the people". "We will not allow anyone to steal this election," he told a crowd in Lima.

Supporters of both candidates have rallied outside the offices of the electoral authority in the capital, and police have kept the two camps apart.

International observers have rejected the fraud claims. The Organization of American States' mission said it had not detected serious irregularities and described the vote as positive, and European Union observers said the election was competitive and well run.

The United States also weighed in. State Department spokesman Ned Price said the vote had been "free, fair, accessible and peaceful" and called it a model of democracy in the region.

On Thursday, prosecutor Jose Domingo Perez asked a judge to send Fujimori back to pre-trial detention, accusing her of violating the terms of her release by meeting a witness in a money-laundering case against her. Her lawyers said the request was politically motivated.

Fujimori, 46, the daughter of jailed former President Alberto Fujimori, is running for the presidency for a third time. She has promised to respect the results once all the challenges are resolved, but her allies have suggested that the process could take weeks.

The electoral juries began reviewing the requests this week.
""",
    events=[
        ("PER", "PER", "ACCUSE", 1, "has stepped up her allegations of fraud", 0),
        ("PER", "PER", "REQUEST", 1, "has asked electoral juries to annul around 800 tally sheets", 0),
        ("PER", "PER", "ACCUSE", 1, "She has accused Castillo's Free Peru party of \"irregularities\"", 0),
        ("PER", "PER", "REQUEST", 1, "urged the electoral authorities to respect \"the will of the people\"", 0),
        ("PER", "PER", "THREATEN/ACCUSE", 0, "\"We will not allow anyone to steal this election,\"", 0),
        ("PER", "PER", "PROTEST", 1, "Supporters of both candidates have rallied outside the offices of the electoral authority", 0),
        ("IGO", "PER", "SUPPORT", 1, "had not detected serious irregularities and described the vote as positive", 0),
        ("EUR", "PER", "SUPPORT", 1, "European Union observers said the election was competitive and well run", 0),
        ("IGO|EUR", "PER", "REJECT", 0, "International observers have rejected the fraud claims", 0),
        ("USA", "PER", "SUPPORT", 1, "the vote had been \"free, fair, accessible and peaceful\"", 0),
        ("PER", "PER", "REQUEST/COERCE", 1, "asked a judge to send Fujimori back to pre-trial detention", 0),
        ("PER", "PER", "ACCUSE", 1, "accusing her of violating the terms of her release", 0),
        ("PER", "PER", "ACCUSE", 0, "the request was politically motivated", 0),
        ("PER", "PER", "AGREE", 0, "She has promised to respect the results", 0),
    ]))

ARTS.append(dict(
    id="AH17", fmt="json",
    headline="Haiti asks for foreign troops as gang blockade cripples fuel supply",
    pub=("2022-10-07", "2022-10-10", "decree published on Friday 7 October 2022; no publication date given, article written within days"),
    meta=dict(date_publish=None, authors=["Al Jazeera Staff"],
              url="https://www.aljazeera.com/news/2022/10/8/haiti-asks-for-foreign-troops-as-gang-blockade-cripples-fuel-supply",
              source_domain="www.aljazeera.com",
              description="Prime Minister Ariel Henry's government seeks an international armed force to break a gang siege of the main fuel terminal."),
    people=[("Ariel Henry", "HTI", "Prime Minister"),
            ("Jimmy Cherizier", "HTI", "gang leader, known as Barbecue"),
            ("Antonio Guterres", "UNO", "UN Secretary-General"),
            ("Stephane Dujarric", "UNO", "UN spokesman"),
            ("Ned Price", "USA", "State Department spokesman")],
    body="""
Haiti's government has formally asked for the deployment of a foreign armed force to help it break a weeks-long blockade of the country's main fuel terminal by a powerful gang alliance.

A decree published on Friday authorised Prime Minister Ariel Henry to request from "Haiti's international partners" the immediate deployment of a specialised armed force to stop the crisis caused by armed groups.

The G9 gang federation, led by former police officer Jimmy Cherizier, known as "Barbecue", has surrounded the Varreux terminal in Port-au-Prince since mid-September, cutting off most of the country's fuel. Hospitals have warned they may have to close and water supplies are running short as a cholera outbreak spreads.

Cherizier has demanded Henry's resignation as a condition for lifting the siege.

Thousands of Haitians have taken to the streets in recent weeks to protest against fuel price increases and insecurity, and to demand that Henry step down. Many protesters said they would oppose any foreign intervention. "We do not want foreign soldiers on our soil again," one demonstrator told Al Jazeera in Petion-Ville.

UN spokesman Stephane Dujarric said Secretary-General Antonio Guterres had received the request and was studying options with member states. Diplomats said Guterres was expected to propose that one or more countries send a rapid action force.

In Washington, State Department spokesman Ned Price said the United States would review the request and was "committed to helping the Haitian people", but did not say whether US troops could take part.

Opposition groups accused Henry of trying to use foreign forces to stay in power. Henry, who took over after the assassination of President Jovenel Moise in July 2021, has never been elected.

Haitian police have been unable to retake the terminal, and gangs now control large parts of the capital. Previous foreign missions, including a UN peacekeeping force that left in 2017, remain deeply unpopular, partly because UN troops were blamed for a cholera epidemic that killed nearly 10,000 people.
""",
    events=[
        ("HTI", "IGO|UNO|WST", "REQUEST", 1, "has formally asked for the deployment of a foreign armed force", 0),
        ("HTI", "HTI", "COERCE", 1, "has surrounded the Varreux terminal in Port-au-Prince since mid-September", 0),
        ("HTI", "HTI", "REQUEST", 1, "Cherizier has demanded Henry's resignation", 0),
        ("HTI", "HTI", "PROTEST", 1, "Thousands of Haitians have taken to the streets in recent weeks to protest", 0),
        ("HTI", "IGO|UNO|WST", "REJECT", 1, "Many protesters said they would oppose any foreign intervention", 0),
        ("UNO", "HTI", "CONSULT", 0, "had received the request and was studying options", 0),
        ("UNO", "HTI", "SUPPORT/AID", 0, "send a rapid action force", 0),
        ("USA", "HTI", "SUPPORT", 1, "was \"committed to helping the Haitian people\"", 0),
        ("HTI", "HTI", "ACCUSE", 1, "Opposition groups accused Henry of trying to use foreign forces to stay in power", 0),
        ("UNO", "HTI", "ASSAULT", 0, "UN troops were blamed for a cholera epidemic", 0),
        ("HTI", "UNO", "ACCUSE", 0, "UN troops were blamed for a cholera epidemic", 0),
    ]))

ARTS.append(dict(
    id="AH18", fmt="dump", dump="dump-2.txt", nbsp=True,
    headline="Gun misfires as man targets Argentina's Cristina Fernandez de Kirchner",
    pub=("2022-09-02", "2022-09-02", "attack 'on Thursday night' 1 September 2022; holiday declared for 'Friday'"),
    people=[("Cristina Fernandez de Kirchner", "ARG", "Vice President"),
            ("Alberto Fernandez", "ARG", "President"),
            ("Fernando Andres Sabag Montiel", "BRA", "suspect"),
            ("Gabriel Boric", "CHL", "President"),
            ("Andres Manuel Lopez Obrador", "MEX", "President"),
            ("Antony Blinken", "USA", "Secretary of State"),
            ("Patricia Bullrich", "ARG", "opposition leader, PRO party")],
    body="""
A man pointed a loaded pistol at Argentina's Vice President Cristina Fernandez de Kirchner outside her Buenos Aires home and pulled the trigger, but the gun failed to fire, officials have said.

The attack happened on Thursday night as Fernandez de Kirchner greeted supporters who have gathered outside her apartment every day since prosecutors asked for a 12-year prison sentence for her in a corruption case she says is politically driven.

Video broadcast on television showed the gun just centimetres from her face. Police arrested the suspect, 35-year-old Fernando Andres Sabag Montiel, a Brazilian national who has lived in Argentina since childhood, at the scene.

President Alberto Fernandez said in a late-night address that the vice president was alive "because the gun, which had five bullets, did not fire". He called the attack the most serious incident since the return of democracy in 1983 and declared Friday a national holiday so that Argentines could rally "in defence of democracy and in solidarity with our vice president".

Tens of thousands of people marched to the Plaza de Mayo on Friday.

Allies of Fernandez de Kirchner accused opposition politicians and some media outlets of fuelling hatred against her. Opposition leader Patricia Bullrich rejected the accusation and said the government was using the attack for political ends, although other opposition figures condemned the attack without reservation.

Leaders across the region expressed solidarity. Chile's President Gabriel Boric called the attack "an act of violence against democracy", while Mexico's Andres Manuel Lopez Obrador said he hoped the vice president would continue her work. US Secretary of State Antony Blinken said Washington stood with the Argentine people in rejecting violence.

Fernandez de Kirchner, who served as president from 2007 to 2015, has not spoken publicly about the attack.

Investigators were examining the suspect's phone and social media accounts.
""",
    events=[
        ("ARG|BRA", "ARG", "ASSAULT", 1, "pointed a loaded pistol at Argentina's Vice President", 0),
        ("ARG", "ARG", "ACCUSE", 0, "prosecutors asked for a 12-year prison sentence for her", 0),
        ("ARG", "ARG|BRA", "COERCE", 1, "Police arrested the suspect", 0),
        ("ARG", "ARG", "SUPPORT", 0, "in solidarity with our vice president", 0),
        ("ARG", "ARG", "PROTEST/SUPPORT", 0, "Tens of thousands of people marched to the Plaza de Mayo", 0),
        ("ARG", "ARG", "ACCUSE", 1, "accused opposition politicians and some media outlets of fuelling hatred against her", 0),
        ("ARG", "ARG", "REJECT", 1, "Patricia Bullrich rejected the accusation", 0),
        ("ARG", "ARG", "ACCUSE", 1, "the government was using the attack for political ends", 0),
        ("CHL", "ARG", "SUPPORT", 1, "called the attack \"an act of violence against democracy\"", 0),
        ("MEX", "ARG", "SUPPORT", 1, "said he hoped the vice president would continue her work", 0),
        ("USA", "ARG", "SUPPORT", 1, "Washington stood with the Argentine people in rejecting violence", 0),
    ]))

ARTS.append(dict(
    id="AH19", fmt="dump", dump="dump-3.txt", nbsp=False,
    headline="Nicaraguan police detain outspoken Bishop Rolando Alvarez in dawn raid",
    pub=("2022-08-19", "2022-08-19", "raid 'early on Friday' 19 August 2022 after a two-week siege of the Matagalpa curia"),
    people=[("Rolando Alvarez", "NIC", "Bishop of Matagalpa"),
            ("Daniel Ortega", "NIC", "President"),
            ("Rosario Murillo", "NIC", "Vice President"),
            ("Leopoldo Brenes", "NIC", "Cardinal, Archbishop of Managua"),
            ("Waldemar Sommertag", "VAT", "papal nuncio"),
            ("Brian Nichols", "USA", "Assistant Secretary of State for Western Hemisphere Affairs")],
    body="""
Nicaraguan police have raided the residence of the Catholic bishop of Matagalpa, Rolando Alvarez, detaining him and several priests and seminarians who had been confined there for more than two weeks.

Officers entered the diocesan curia before dawn on Friday, according to a statement from the diocese. Alvarez was taken to Managua, where police said he was placed under house arrest, while the others were taken to the El Chipote jail, rights groups said.

In a statement, the national police accused the bishop of organising "violent groups" and trying to "destabilise the Nicaraguan state". They said the operation had been carried out to restore "normality" to the city.

Alvarez, one of the most vocal critics of President Daniel Ortega, had denounced the closure of several Catholic radio stations in his diocese earlier this month. Police then surrounded the curia and prevented him from leaving.

The Archdiocese of Managua, led by Cardinal Leopoldo Brenes, expressed its solidarity with Alvarez and said it was praying for him.

Ortega's government has stepped up its campaign against the Church, which it accuses of backing the 2018 anti-government protests. In March it expelled the papal nuncio, Waldemar Sommertag, and in July it forced out the Missionaries of Charity, the order founded by Mother Teresa.

The United States condemned the raid. "We call on the Ortega-Murillo regime to release Bishop Alvarez and all political prisoners immediately," Brian Nichols, the top US diplomat for the Western Hemisphere, wrote on Twitter, referring to the president and his wife, Vice President Rosario Murillo.

The European Union's foreign policy service also called for the release of the bishop and the priests, and the UN human rights office said it was alarmed by the escalating repression.

The Vatican has not commented on the arrest.

More than 190 political prisoners are held in Nicaragua, according to rights groups, including seven people who sought to challenge Ortega in last year's election.
""",
    events=[
        ("NIC", "NIC", "COERCE", 1, "Nicaraguan police have raided the residence of the Catholic bishop of Matagalpa", 0),
        ("NIC", "NIC", "COERCE", 0, "he was placed under house arrest", 0),
        ("NIC", "NIC", "ACCUSE", 1, "the national police accused the bishop of organising \"violent groups\"", 0),
        ("NIC", "NIC", "ACCUSE", 1, "had denounced the closure of several Catholic radio stations", 0),
        ("NIC", "NIC", "COERCE", 1, "the closure of several Catholic radio stations", 0),
        ("NIC", "NIC", "COERCE", 1, "Police then surrounded the curia and prevented him from leaving", 0),
        ("NIC", "NIC", "SUPPORT", 1, "expressed its solidarity with Alvarez", 0),
        ("NIC", "NIC", "ACCUSE", 0, "which it accuses of backing the 2018 anti-government protests", 0),
        ("NIC", "VAT", "REJECT/COERCE", 1, "In March it expelled the papal nuncio", 0),
        ("NIC", "NGO|VAT", "COERCE", 0, "it forced out the Missionaries of Charity", 0),
        ("USA", "NIC", "ACCUSE/PROTEST", 1, "The United States condemned the raid", 0),
        ("USA", "NIC", "REQUEST", 1, "We call on the Ortega-Murillo regime to release Bishop Alvarez", 0),
        ("EUR", "NIC", "REQUEST", 1, "also called for the release of the bishop and the priests", 0),
        ("UNO", "NIC", "ACCUSE", 1, "it was alarmed by the escalating repression", 0),
    ]))

ARTS.append(dict(
    id="AH20", fmt="dump", dump="dump-3.txt", nbsp=True,
    headline="El Salvador's congress fires top judges, drawing US rebuke",
    pub=("2021-05-02", "2021-05-02", "the new assembly voted 'on Saturday' 1 May 2021; Bukele's reply and US reaction 'on Sunday'"),
    people=[("Nayib Bukele", "SLV", "President"),
            ("Raul Melara", "SLV", "Attorney General"),
            ("Kamala Harris", "USA", "Vice President"),
            ("Antony Blinken", "USA", "Secretary of State"),
            ("Luis Almagro", "IGO", "Secretary-General, Organization of American States"),
            ("Diego Garcia-Sayan", "UNO", "UN Special Rapporteur on the independence of judges and lawyers")],
    body="""
El Salvador's newly elected Legislative Assembly, dominated by allies of President Nayib Bukele, has voted to remove the five judges of the Supreme Court's constitutional chamber and the country's attorney general, prompting accusations of a power grab.

Lawmakers from Bukele's New Ideas party, which won a two-thirds majority in February's election, approved the dismissals late on Saturday, the first day of the new legislature, accusing the judges of issuing "arbitrary" rulings during the coronavirus pandemic. They also ousted Attorney General Raul Melara, who had been investigating alleged corruption in the government's pandemic spending.

Replacement judges were sworn in overnight, and police were posted outside the Supreme Court building in San Salvador.

The removed magistrates issued a ruling before they left, declaring the vote unconstitutional, but the new assembly ignored it. Opposition legislators walked out of the session, calling it a coup against the judiciary.

The United States reacted sharply. Vice President Kamala Harris said on Twitter that she had "deep concerns" about democracy in El Salvador, adding that an independent judiciary was critical to a healthy economy. Secretary of State Antony Blinken spoke to Bukele by phone on Sunday and stressed the importance of separation of powers, the State Department said.

The Organization of American States, led by Luis Almagro, rejected the decision and said it undermined the rule of law. Diego Garcia-Sayan, the UN special rapporteur on the independence of judges, said the dismissals were a serious setback.

Bukele was unmoved. "To our friends in the international community: we want to work with you, but with all respect, we are cleaning our house," he wrote on Twitter. "And this is none of your business."

Bukele, 39, remains extremely popular at home, where many voters credit him with a sharp fall in homicides. His critics say he is dismantling checks on his power and point to an incident last year in which he entered the legislature with armed soldiers.

The United States had been counting on El Salvador as a partner in tackling the root causes of migration.
""",
    events=[
        ("SLV", "SLV", "COERCE", 1, "has voted to remove the five judges of the Supreme Court's constitutional chamber", 0),
        ("SLV", "SLV", "ACCUSE", 1, "accusing the judges of issuing \"arbitrary\" rulings", 0),
        ("SLV", "SLV", "COERCE", 1, "They also ousted Attorney General Raul Melara", 0),
        ("SLV", "SLV", "MOBILIZE", 0, "police were posted outside the Supreme Court building", 0),
        ("SLV", "SLV", "REJECT", 1, "declaring the vote unconstitutional", 0),
        ("SLV", "SLV", "REJECT", 0, "the new assembly ignored it", 0),
        ("SLV", "SLV", "PROTEST/ACCUSE", 1, "Opposition legislators walked out of the session, calling it a coup", 0),
        ("USA", "SLV", "ACCUSE/PROTEST", 1, "she had \"deep concerns\" about democracy in El Salvador", 0),
        ("USA", "SLV", "CONSULT", 1, "spoke to Bukele by phone on Sunday", 0),
        ("SLV", "USA", "CONSULT", 0, "spoke to Bukele by phone on Sunday", 0),
        ("IGO", "SLV", "REJECT/ACCUSE", 1, "rejected the decision and said it undermined the rule of law", 0),
        ("UNO", "SLV", "ACCUSE", 1, "the dismissals were a serious setback", 0),
        ("SLV", "WST|USA|IGO|UNO", "REJECT", 1, "we are cleaning our house", 0),
        ("SLV", "SLV", "ACCUSE", 0, "he is dismantling checks on his power", 0),
        ("SLV", "SLV", "COERCE", 0, "he entered the legislature with armed soldiers", 0),
    ]))
