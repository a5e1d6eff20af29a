"""Set AG, Al Jazeera-style 2021-2022 articles (AG14-AG20). Own wording, real events."""

ARTS = []

ARTS.append(dict(
    id="AG14", fmt="txt",
    headline="Bobi Wine says troops have him under house arrest as Museveni wins sixth term",
    pub=("2021-01-16", "2021-01-17", "Museveni declared winner Saturday 16 January 2021 after 14 January vote"),
    body="""
Ugandan opposition leader Bobi Wine has said soldiers have sealed off his home and are holding him and his wife under effective house arrest, as the electoral commission declared long-time President Yoweri Museveni the winner of Thursday's election.

The commission said on Saturday that Museveni, 76, who has ruled the East African country since 1986, won 58.6 percent of the vote, against 34.8 percent for Wine, a singer-turned-politician whose real name is Robert Kyagulanyi.

Wine rejected the result as "a complete sham" and accused the government of stuffing ballot boxes, intimidating his agents and shooting at voters. He said he had video evidence of fraud and would use "all legal and non-violent means" to challenge the outcome, and called on his supporters to reject it peacefully.

"Soldiers have jumped over the fence and taken charge of our home," Wine wrote on Twitter before his connection was cut. Journalists who tried to approach the house in Magere, north of Kampala, were turned back by troops.

Police spokesman Fred Enanga denied that Wine was under arrest, saying security forces had been deployed around his home for his own protection and to prevent "riots".

The authorities shut down the internet across Uganda on the eve of the vote, a day after Museveni ordered Facebook blocked in retaliation for the company's removal of accounts linked to his government. Museveni accused foreign groups of trying to interfere in the election.

The campaign was the most violent in years. At least 54 people were killed in November when security forces fired on protesters who took to the streets after Wine was detained for allegedly breaching coronavirus rules.

The United States, Uganda's largest donor, had already cancelled its diplomatic observation mission after most of its observers were denied accreditation, saying the election would lack credibility. UN Secretary-General Antonio Guterres urged all sides to settle disputes through legal channels and called on the security forces to show restraint.

Analysts say the opposition has few chances in Uganda's courts, which upheld Museveni's previous victories despite evidence of irregularities.
""",
    people=[("Bobi Wine", "UGA", "opposition leader; real name Robert Kyagulanyi"),
            ("Yoweri Museveni", "UGA", "President"),
            ("Fred Enanga", "UGA", "Police spokesman"),
            ("Antonio Guterres", "UNO", "UN Secretary-General")],
    events=[
        ("UGA", "UGA", "COERCE", 1, "soldiers have sealed off his home", 0),
        ("UGA", "UGA", "REJECT", 1, "Wine rejected the result as \"a complete sham\"", 0),
        ("UGA", "UGA", "ACCUSE", 1, "accused the government of stuffing ballot boxes", 0),
        ("UGA", "UGA", "REQUEST", 0, "called on his supporters to reject it peacefully", 0),
        ("UGA", "UGA", "THREATEN", 0, "would use \"all legal and non-violent means\" to challenge the outcome", 0),
        ("UGA", "UGA|WST", "REJECT/COERCE", 0, "were turned back by troops", 0),
        ("UGA", "UGA", "REJECT", 1, "denied that Wine was under arrest", 0),
        ("UGA", "UGA", "COERCE", 1, "shut down the internet across Uganda", 0),
        ("UGA", "MNC|USA", "SANCTION/COERCE", 1, "Museveni ordered Facebook blocked", 0),
        ("UGA", "WST", "ACCUSE", 1, "Museveni accused foreign groups of trying to interfere", 0),
        ("UGA", "UGA", "ASSAULT", 0, "security forces fired on protesters", 0),
        ("UGA", "UGA", "COERCE", 0, "Wine was detained for allegedly breaching coronavirus rules", 0),
        ("USA", "UGA", "PROTEST/REJECT", 1, "had already cancelled its diplomatic observation mission", 0),
        ("UGA", "USA", "REJECT", 0, "most of its observers were denied accreditation", 0),
        ("UNO", "UGA", "REQUEST", 1, "urged all sides to settle disputes through legal channels", 0),
    ]))

ARTS.append(dict(
    id="AG15", fmt="txt",
    headline="Senegal: Deadly unrest spreads after arrest of opposition leader Sonko",
    pub=("2021-03-06", "2021-03-06", "Sonko arrested Wednesday 3 March 2021; unrest through Friday 5 March"),
    body="""
At least four people have been killed in Senegal in three days of clashes between police and protesters angered by the arrest of opposition leader Ousmane Sonko, in the worst unrest the West African country has seen in years.

Sonko, who came third in the 2019 presidential election, was detained on Wednesday for disturbing public order as he made his way to court, escorted by a crowd of supporters, to answer a rape accusation brought by an employee of a beauty salon.

The 46-year-old former tax inspector denies the allegation and accuses President Macky Sall of using the courts to eliminate him before the 2024 election. "This is a plot hatched at the highest level of the state," he said last month.

On Friday, young men threw stones and burned tyres in Dakar and several other cities, and security forces responded with tear gas and, according to witnesses, live ammunition. Protesters also looted shops and petrol stations belonging to the French groups Auchan and Total, which many young Senegalese see as symbols of France's grip on its former colony.

Interior Minister Antoine Diome described the violence as "acts of a terrorist nature" and blamed "occult forces" for organising it. He did not say who he meant.

The broadcasting regulator suspended two private television channels for 72 hours, accusing them of airing images of the unrest repeatedly, and users reported that social media platforms had been restricted.

An opposition coalition, the Movement for the Defence of Democracy, called for three more days of protests starting Monday and demanded Sonko's release.

The Economic Community of West African States (ECOWAS) said it was following the situation with concern and called on all parties to exercise restraint. African Union Commission chairman Moussa Faki Mahamat also urged calm and dialogue.

Senegal has long been seen as one of the region's most stable democracies and has never had a coup.
""",
    people=[("Ousmane Sonko", "SEN", "opposition leader"),
            ("Macky Sall", "SEN", "President"),
            ("Antoine Diome", "SEN", "Interior Minister"),
            ("Moussa Faki Mahamat", "IGO", "African Union Commission chairman")],
    events=[
        ("SEN", "SEN", "ASSAULT/COERCE", 1, "clashes between police and protesters", 1),
        ("SEN", "SEN", "COERCE", 1, "was detained on Wednesday for disturbing public order", 0),
        ("SEN", "SEN", "ACCUSE", 0, "to answer a rape accusation", 0),
        ("SEN", "SEN", "REJECT", 0, "denies the allegation", 0),
        ("SEN", "SEN", "ACCUSE", 1, "accuses President Macky Sall of using the courts to eliminate him", 0),
        ("SEN", "SEN", "PROTEST", 1, "young men threw stones and burned tyres in Dakar", 0),
        ("SEN", "SEN", "COERCE/ASSAULT", 1, "security forces responded with tear gas", 0),
        ("SEN", "FRA|MNC", "ASSAULT/PROTEST", 1, "Protesters also looted shops and petrol stations belonging to the French groups", 0),
        ("SEN", "SEN", "ACCUSE", 1, "described the violence as \"acts of a terrorist nature\"", 0),
        ("SEN", "SEN", "COERCE/SANCTION", 1, "suspended two private television channels for 72 hours", 0),
        ("SEN", "SEN", "MOBILIZE/PROTEST", 1, "called for three more days of protests", 0),
        ("SEN", "SEN", "REQUEST", 0, "demanded Sonko's release", 0),
        ("IGO", "SEN", "REQUEST", 1, "called on all parties to exercise restraint", 0),
        ("IGO", "SEN", "REQUEST", 1, "also urged calm and dialogue", 0),
    ]))

ARTS.append(dict(
    id="AG16", fmt="json",
    meta=dict(date_publish="2021-02-25 14:05:00", authors=["Al Jazeera and news agencies"],
              url="https://www.aljazeera.com/news/2021/2/25/armenia-pm-warns-of-attempted-coup-after-army-demands-resignation",
              source_domain="www.aljazeera.com",
              description="Nikol Pashinyan fires the head of the general staff and calls supporters onto the streets."),
    headline="Armenia PM warns of attempted coup after army demands he resign",
    pub=("2021-02-25", "2021-02-25", "army statement and Pashinyan's rally Thursday 25 February 2021"),
    body="""
Armenian Prime Minister Nikol Pashinyan has accused the military of attempting a coup after the army's top brass demanded his resignation, escalating a political crisis sparked by the country's defeat in last year's war with Azerbaijan over Nagorno-Karabakh.

In a statement on Thursday, the General Staff, led by Onik Gasparyan, said the government had brought the country "to the brink of collapse" and called on Pashinyan and his cabinet to step down. More than 40 senior officers signed it.

Pashinyan responded within hours by ordering Gasparyan's dismissal and calling on his supporters to gather in Yerevan's Republic Square. "The most important problem now is to keep power in the hands of the people," he said, addressing thousands of people through a loudspeaker. He insisted the army must obey the elected government and "will not be allowed" to interfere in politics.

Opposition parties, which have held rallies demanding Pashinyan's departure since November, backed the military's call and set up tents outside parliament. Thousands of opposition supporters marched through the capital on Thursday evening.

The army statement came a day after Pashinyan fired the deputy chief of the General Staff, Tiran Khachatryan, who had mocked the prime minister's claim that Russian-made Iskander missiles had failed to work during the war.

Russia, Armenia's main security ally, said it was following events with concern. Kremlin spokesman Dmitry Peskov called it an internal matter and urged all sides to keep within the constitution. President Vladimir Putin spoke to Pashinyan by telephone, his office said.

The US State Department urged the military not to intervene and called for restraint. Turkey, which backed Azerbaijan in the war, condemned what it called an attempted coup.

The six-week war ended in November with a Russian-brokered ceasefire under which Armenia ceded large areas of territory to Azerbaijan. Russian peacekeepers are deployed along the front line.
""",
    people=[("Nikol Pashinyan", "ARM", "Prime Minister"),
            ("Onik Gasparyan", "ARM", "Chief of the General Staff"),
            ("Tiran Khachatryan", "ARM", "deputy chief of the General Staff"),
            ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
            ("Vladimir Putin", "RUS", "President")],
    events=[
        ("ARM", "ARM", "ACCUSE", 1, "has accused the military of attempting a coup", 0),
        ("ARM", "ARM", "REQUEST", 1, "called on Pashinyan and his cabinet to step down", 0),
        ("ARM", "ARM", "ACCUSE", 0, "had brought the country \"to the brink of collapse\"", 0),
        ("ARM", "ARM", "COERCE/SANCTION", 1, "ordering Gasparyan's dismissal", 0),
        ("ARM", "ARM", "MOBILIZE/REQUEST", 1, "calling on his supporters to gather in Yerevan's Republic Square", 0),
        ("ARM", "ARM", "THREATEN/REJECT", 0, "\"will not be allowed\" to interfere in politics", 0),
        ("ARM", "ARM", "SUPPORT", 0, "backed the military's call", 0),
        ("ARM", "ARM", "PROTEST", 1, "Thousands of opposition supporters marched through the capital", 0),
        ("ARM", "ARM", "COERCE/SANCTION", 1, "Pashinyan fired the deputy chief of the General Staff", 0),
        ("RUS", "ARM", "REQUEST", 1, "urged all sides to keep within the constitution", 0),
        ("RUS", "ARM", "CONSULT", 1, "spoke to Pashinyan by telephone", 1),
        ("USA", "ARM", "REQUEST", 1, "urged the military not to intervene", 0),
        ("TUR", "ARM", "ACCUSE", 1, "condemned what it called an attempted coup", 0),
        ("ARM", "AZE", "ASSAULT", 0, "the country's defeat in last year's war with Azerbaijan", 1),
        ("ARM", "AZE", "AGREE", 0, "a Russian-brokered ceasefire", 1),
        ("ARM", "AZE", "CONCEDE/RETREAT", 0, "Armenia ceded large areas of territory to Azerbaijan", 0),
    ]))

ARTS.append(dict(
    id="AG17", fmt="json",
    meta=dict(date_publish=None, authors=["Al Jazeera"],
              url="https://www.aljazeera.com/news/2021/2/23/georgian-police-storm-opposition-hq-arrest-nika-melia",
              source_domain="www.aljazeera.com",
              description="Arrest of United National Movement chairman deepens Georgia's political crisis."),
    headline="Georgian police storm opposition headquarters, arrest party leader Nika Melia",
    pub=("2021-02-23", "2021-02-23", "Melia arrested Tuesday 23 February 2021; Gakharia resigned 18 February"),
    body="""
Georgian police have stormed the headquarters of the main opposition party in the capital, Tbilisi, and arrested its leader Nika Melia, deepening a political crisis that has already cost the prime minister his job.

Riot police used tear gas and broke through a barricade of opposition supporters at the offices of the United National Movement (UNM) early on Tuesday, dragging Melia out of the building. Dozens of people were detained, according to the interior ministry.

Melia, 41, is charged with organising mass violence during anti-government protests in June 2019, which broke out after a Russian lawmaker addressed Georgia's parliament from the speaker's chair. He denies the charges. A court ordered him held in pre-trial detention last week after he refused to post additional bail.

Prime Minister Giorgi Gakharia resigned last Thursday, saying he disagreed with the decision to arrest Melia because it risked dangerous escalation. The ruling Georgian Dream party quickly nominated defence minister Irakli Garibashvili to replace him.

The opposition accused Georgian Dream and its founder, billionaire Bidzina Ivanishvili, of jailing political rivals. "Today Georgia has political prisoners," said former UNM leader Grigol Vashadze. Thousands of opposition supporters rallied outside parliament on Tuesday evening demanding Melia's release and fresh elections.

Western allies, whom Tbilisi has courted for years in its bid to join NATO and the European Union, reacted sharply. The US embassy said it was "deeply disappointed" and that force and aggression were not the answer. The British embassy said it was "deeply concerned" by the scenes at the UNM offices.

European Council President Charles Michel urged all sides to show restraint and said he would travel to Tbilisi next week to help end the standoff.

Garibashvili rejected the criticism, saying the law applied equally to everyone and that the government would not negotiate with people who "break the law".

The crisis dates back to parliamentary elections last October, which the opposition says were rigged. Opposition parties have refused to take up their seats.
""",
    people=[("Nika Melia", "GEO", "leader of United National Movement"),
            ("Giorgi Gakharia", "GEO", "Prime Minister (resigned)"),
            ("Irakli Garibashvili", "GEO", "defence minister, nominated prime minister"),
            ("Bidzina Ivanishvili", "GEO", "founder of Georgian Dream"),
            ("Grigol Vashadze", "GEO", "former UNM leader"),
            ("Charles Michel", "EUR", "European Council President")],
    events=[
        ("GEO", "GEO", "COERCE", 1, "stormed the headquarters of the main opposition party", 0),
        ("GEO", "GEO", "COERCE", 1, "Riot police used tear gas", 0),
        ("GEO", "GEO", "COERCE", 1, "Dozens of people were detained", 0),
        ("GEO", "GEO", "ACCUSE", 1, "is charged with organising mass violence", 0),
        ("GEO", "GEO", "REJECT", 0, "He denies the charges", 0),
        ("GEO", "GEO", "REJECT", 0, "he refused to post additional bail", 0),
        ("GEO", "RUS", "PROTEST", 0, "anti-government protests in June 2019", 0),
        ("GEO", "GEO", "PROTEST/REJECT", 0, "saying he disagreed with the decision to arrest Melia", 0),
        ("GEO", "GEO", "ACCUSE", 1, "The opposition accused Georgian Dream", 0),
        ("GEO", "GEO", "PROTEST", 1, "rallied outside parliament on Tuesday evening demanding Melia's release", 0),
        ("USA", "GEO", "ACCUSE", 1, "was \"deeply disappointed\"", 0),
        ("GBR", "GEO", "ACCUSE", 1, "was \"deeply concerned\"", 0),
        ("EUR", "GEO", "REQUEST", 1, "urged all sides to show restraint", 0),
        ("EUR", "GEO", "CONSULT", 0, "would travel to Tbilisi next week", 0),
        ("GEO", "USA|GBR|WST", "REJECT", 1, "Garibashvili rejected the criticism", 0),
        ("GEO", "GEO", "REJECT", 1, "would not negotiate with people", 0),
        ("GEO", "GEO", "PROTEST/REJECT", 0, "Opposition parties have refused to take up their seats", 0),
    ]))

ARTS.append(dict(
    id="AG18", fmt="json",
    meta=dict(date_publish="2021-03-14 11:20:00", authors=["Al Jazeera Staff"],
              url="https://www.aljazeera.com/news/2021/3/14/bolivia-arrests-former-interim-president-anez",
              source_domain="www.aljazeera.com",
              description="Jeanine Anez detained on terrorism and sedition charges over 2019 crisis that ousted Evo Morales."),
    headline="Bolivia arrests former interim president Anez over alleged 2019 coup",
    pub=("2021-03-14", "2021-03-14", "Anez arrested Saturday 13 March 2021"),
    body="""
Bolivian police have arrested former interim President Jeanine Anez on charges of terrorism, sedition and conspiracy over her role in the 2019 political crisis that forced leftist leader Evo Morales from power.

Anez was detained early on Saturday at a relative's house in her home town of Trinidad, where police said they found her hiding in a box under a bed, and flown to the capital, La Paz. Two of her former ministers, Alvaro Coimbra and Rodrigo Guzman, were also taken into custody.

"I denounce to Bolivia and the world that, in an act of abuse and political persecution, I have been arrested," Anez wrote on Twitter. She insisted she had taken office constitutionally after Morales and his allies resigned, and called the case an act of revenge by Morales's Movement Towards Socialism (MAS).

Prosecutors accuse Anez and several military and police commanders of plotting a coup against Morales, who resigned in November 2019 after weeks of protests over a disputed election and after the army chief suggested he step down.

Morales, who returned from exile after his ally Luis Arce won the presidency in October, said on Twitter that those responsible must be "investigated and punished".

Opposition leaders, including former President Carlos Mesa, condemned the arrest and called on Bolivians to join protests in several cities.

Abroad, the reaction was swift. Organization of American States chief Luis Almagro said Bolivia's justice system was not in a condition to guarantee a fair trial and called for the release of the detainees. The European Union called for due process and transparent judicial proceedings, and the US State Department said it was concerned about "growing anti-democratic behaviour" and urged the government to release Anez.

Bolivia's government rejected the criticism as interference in the country's internal affairs. Justice Minister Ivan Lima said the charges had nothing to do with politics.

Morales has long accused the OAS of helping to topple him, saying its audit of the 2019 vote, which found irregularities, was biased.
""",
    people=[("Jeanine Anez", "BOL", "former interim President"),
            ("Evo Morales", "BOL", "former President"),
            ("Alvaro Coimbra", "BOL", "former minister"),
            ("Rodrigo Guzman", "BOL", "former minister"),
            ("Luis Arce", "BOL", "President"),
            ("Carlos Mesa", "BOL", "former President, opposition leader"),
            ("Luis Almagro", "IGO", "Organization of American States chief"),
            ("Ivan Lima", "BOL", "Justice Minister")],
    events=[
        ("BOL", "BOL", "COERCE", 1, "Bolivian police have arrested former interim President Jeanine Anez", 0),
        ("BOL", "BOL", "ACCUSE", 1, "on charges of terrorism, sedition and conspiracy", 0),
        ("BOL", "BOL", "COERCE", 1, "were also taken into custody", 0),
        ("BOL", "BOL", "ACCUSE", 1, "in an act of abuse and political persecution", 0),
        ("BOL", "BOL", "ACCUSE", 0, "called the case an act of revenge", 0),
        ("BOL", "BOL", "ACCUSE", 0, "Prosecutors accuse Anez and several military and police commanders of plotting a coup", 0),
        ("BOL", "BOL", "PROTEST", 0, "after weeks of protests over a disputed election", 0),
        ("BOL", "BOL", "REQUEST/ACCUSE", 1, "must be \"investigated and punished\"", 0),
        ("BOL", "BOL", "ACCUSE", 1, "condemned the arrest", 0),
        ("BOL", "BOL", "MOBILIZE/PROTEST", 1, "called on Bolivians to join protests in several cities", 0),
        ("IGO", "BOL", "ACCUSE", 1, "was not in a condition to guarantee a fair trial", 0),
        ("IGO", "BOL", "REQUEST", 1, "called for the release of the detainees", 0),
        ("EUR", "BOL", "REQUEST", 1, "The European Union called for due process", 0),
        ("USA", "BOL", "ACCUSE", 1, "it was concerned about \"growing anti-democratic behaviour\"", 0),
        ("USA", "BOL", "REQUEST", 1, "urged the government to release Anez", 0),
        ("BOL", "IGO|EUR|USA", "REJECT", 1, "Bolivia's government rejected the criticism as interference", 0),
        ("BOL", "BOL", "REJECT", 0, "the charges had nothing to do with politics", 0),
        ("BOL", "IGO", "ACCUSE", 1, "Morales has long accused the OAS of helping to topple him", 0),
    ]))

ARTS.append(dict(
    id="AG19", fmt="dump", dump="dump-2.txt", nbsp=True,
    headline="Nicaragua detains two more presidential hopefuls as US imposes sanctions",
    pub=("2021-06-09", "2021-06-10", "Maradiaga and Juan Sebastian Chamorro detained Tuesday 8 June 2021; US sanctions 9 June"),
    body="""
Nicaraguan police have detained two more opposition figures seeking to challenge President Daniel Ortega in November's election, bringing to four the number of would-be candidates arrested in less than a week.

Felix Maradiaga, an academic and activist, was detained on Tuesday after being questioned for several hours at the public prosecutor's office, his lawyer said. Juan Sebastian Chamorro, an economist and cousin of another jailed hopeful, was taken from his home in Managua hours later.

Police said both men were being investigated for "inciting foreign interference" and "demanding sanctions" against Nicaragua under a law passed in December, which critics say is designed to bar opponents from standing.

Last week Cristiana Chamorro, the daughter of former President Violeta Chamorro and considered the strongest opposition contender, was placed under house arrest after prosecutors accused her of money laundering. Former diplomat Arturo Cruz was detained at Managua airport on Saturday.

The opposition Civic Alliance said the arrests showed that Ortega, 75, was "afraid of free elections" and called on the international community to act.

On Wednesday, the United States imposed sanctions on four Nicaraguan officials, among them Ortega's daughter Camila Ortega and the president of the central bank. Secretary of State Antony Blinken called on the government to release the detainees immediately and said Washington would use "all diplomatic and economic tools" to support a free vote.

Nicaragua's government dismissed the sanctions as an "imperialist" attack and said the detainees were "criminals" in the pay of foreign powers.

The UN High Commissioner for Human Rights, Michelle Bachelet, said she was alarmed by the arrests and urged Managua to release those held. The European Union said it could take further restrictive measures if the crackdown continued.

Ortega, a former Sandinista guerrilla leader, has governed since 2007. A wave of protests in 2018 was crushed by police and pro-government militias, leaving more than 300 people dead.
""",
    people=[("Daniel Ortega", "NIC", "President"),
            ("Felix Maradiaga", "NIC", "academic, activist, presidential hopeful"),
            ("Juan Sebastian Chamorro", "NIC", "economist, presidential hopeful"),
            ("Cristiana Chamorro", "NIC", "opposition contender"),
            ("Violeta Chamorro", "NIC", "former President"),
            ("Arturo Cruz", "NIC", "former diplomat, presidential hopeful"),
            ("Camila Ortega", "NIC", "President's daughter"),
            ("Antony Blinken", "USA", "Secretary of State"),
            ("Michelle Bachelet", "UNO", "UN High Commissioner for Human Rights")],
    events=[
        ("NIC", "NIC", "COERCE", 1, "Felix Maradiaga, an academic and activist, was detained on Tuesday", 0),
        ("NIC", "NIC", "COERCE", 1, "was taken from his home in Managua hours later", 0),
        ("NIC", "NIC", "ACCUSE", 1, "were being investigated for \"inciting foreign interference\"", 0),
        ("NIC", "NIC", "COERCE", 1, "was placed under house arrest", 0),
        ("NIC", "NIC", "ACCUSE", 0, "accused her of money laundering", 0),
        ("NIC", "NIC", "COERCE", 1, "was detained at Managua airport on Saturday", 0),
        ("NIC", "NIC", "ACCUSE", 1, "was \"afraid of free elections\"", 0),
        ("NIC", "WST|IGO", "REQUEST", 0, "called on the international community to act", 0),
        ("USA", "NIC", "SANCTION", 1, "the United States imposed sanctions on four Nicaraguan officials", 0),
        ("USA", "NIC", "REQUEST", 1, "called on the government to release the detainees immediately", 0),
        ("USA", "NIC", "THREATEN", 0, "would use \"all diplomatic and economic tools\"", 0),
        ("NIC", "USA", "REJECT/ACCUSE", 1, "dismissed the sanctions as an \"imperialist\" attack", 0),
        ("UNO", "NIC", "REQUEST", 1, "urged Managua to release those held", 0),
        ("EUR", "NIC", "THREATEN", 1, "could take further restrictive measures", 0),
        ("NIC", "NIC", "ASSAULT", 0, "was crushed by police and pro-government militias", 0),
    ]))

ARTS.append(dict(
    id="AG20", fmt="dump", dump="dump-3.txt", nbsp=False,
    headline="Guinea-Bissau president says coup attempt defeated after hours of gunfire",
    pub=("2022-02-01", "2022-02-02", "attack on government palace Tuesday 1 February 2022"),
    body="""
Guinea-Bissau's President Umaro Sissoco Embalo says an attempt to overthrow him has been defeated after heavily armed men attacked the government palace in the capital, Bissau, where he was chairing a cabinet meeting.

Gunfire rang out around the building for about five hours on Tuesday afternoon before security forces loyal to the government regained control, witnesses said. Embalo later appeared on television, unharmed, and said "many" members of the security forces had been killed.

"It was not just a coup. It was an attempt to kill the president, the prime minister and all the cabinet," he told reporters. He linked the attackers to drug trafficking, saying they were people who had been targeted by his government's fight against the narcotics trade, but gave no names. Several suspects had been arrested, he said.

The army did not take part in the attack, Embalo added, and he thanked the soldiers who had defended the palace.

The regional bloc ECOWAS condemned what it called a coup attempt and said it held the soldiers responsible for the safety of the president and his ministers. It said it would hold an extraordinary summit on the situation.

African Union Commission chairman Moussa Faki Mahamat also condemned the attack and called on the military to return to barracks, while UN Secretary-General Antonio Guterres said he was "deeply concerned" and urged an end to the fighting. Portugal, the former colonial power, condemned "any attempt to subvert the constitutional order".

The attack came a week after soldiers seized power in Burkina Faso, the latest in a string of coups across West Africa. ECOWAS has suspended Mali and Guinea and imposed sanctions on Mali's military rulers, who have delayed a return to civilian government.

Guinea-Bissau has seen four successful coups and more than a dozen attempts since independence from Portugal in 1974. The country is a transit hub for cocaine smuggled from Latin America to Europe.
""",
    people=[("Umaro Sissoco Embalo", "GNB", "President"),
            ("Moussa Faki Mahamat", "IGO", "African Union Commission chairman"),
            ("Antonio Guterres", "UNO", "UN Secretary-General")],
    events=[
        ("GNB", "GNB", "ASSAULT", 1, "heavily armed men attacked the government palace", 0),
        ("GNB", "GNB", "ASSAULT", 1, "before security forces loyal to the government regained control", 1),
        ("GNB", "GNB", "ACCUSE", 1, "He linked the attackers to drug trafficking", 0),
        ("GNB", "GNB", "COERCE", 1, "Several suspects had been arrested", 0),
        ("IGO", "GNB", "ACCUSE", 1, "ECOWAS condemned what it called a coup attempt", 0),
        ("IGO", "GNB", "THREATEN/ACCUSE", 0, "held the soldiers responsible for the safety of the president", 0),
        ("IGO", "IGO|GNB", "CONSULT", 0, "would hold an extraordinary summit", 0),
        ("IGO", "GNB", "ACCUSE", 1, "also condemned the attack", 0),
        ("IGO", "GNB", "REQUEST", 1, "called on the military to return to barracks", 0),
        ("UNO", "GNB", "REQUEST", 1, "urged an end to the fighting", 0),
        ("PRT", "GNB", "ACCUSE", 1, "Portugal, the former colonial power, condemned", 0),
        ("BFA", "BFA", "COERCE/ASSAULT", 0, "soldiers seized power in Burkina Faso", 0),
        ("IGO", "MLI", "SANCTION", 0, "imposed sanctions on Mali's military rulers", 0),
        ("IGO", "MLI|GIN", "SANCTION", 0, "has suspended Mali and Guinea", 0),
    ]))
