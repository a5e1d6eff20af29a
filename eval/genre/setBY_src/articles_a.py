# Articles BY1..BY10. Each: id, headline, date (pub), paras, people, events.
# event tuple: (source, target, types, required, evidence, symmetric)

def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

ARTS = []

ARTS.append(dict(
    id="BY1", date="1987-04-25", why="dateline 'April 25'; Reuters 1987 wire",
    headline="ZAMBIA SAYS SOUTH AFRICAN COMMANDOS KILLED FOUR IN LIVINGSTONE RAID",
    paras=[
        "LUSAKA, April 25 - South African commandos raided the Zambian border town of Livingstone before dawn today, killing four people and destroying a house, the Zambian government said.",
        "A statement read on state radio said the attackers crossed the Zambezi River from the Caprivi Strip in Namibia and opened fire on a house they believed was used by the African National Congress (ANC).",
        "The four dead were all Zambian citizens and had no links with the ANC, the statement said.",
        "President Kenneth Kaunda condemned the raid as an act of state terrorism and said Zambia would not be intimidated into abandoning its support for the liberation movements.",
        "\"Pretoria can kill our people, but it will not break our will,\" Kaunda told a rally in Lusaka, according to the official Zambia News Agency.",
        "In Pretoria, a South African Defence Force spokesman confirmed that a raid had taken place and said it was aimed at ANC terrorists planning attacks on South Africa. He gave no casualty figures.",
        "Zimbabwe and Tanzania sent messages of solidarity to Kaunda and denounced the attack, the news agency said.",
        "Diplomats in Lusaka said Zambia was expected to lodge a complaint with the United Nations Security Council and to ask Commonwealth partners for support.",
        "The ANC, which is banned in South Africa, has its headquarters in Lusaka. South African forces last struck targets in Zambia in May 1986, when they also raided Harare and Gaborone.",
        "Reuter",
    ],
    people=[("Kenneth Kaunda", "ZMB", "President")],
    events=[
        E("ZAF", "ZMB", "ASSAULT", True, "South African commandos raided the Zambian border town of Livingstone"),
        E("ZAF", ["ZAF", "ZMB"], "ASSAULT", False, "opened fire on a house they believed was used by the African National Congress"),
        E("ZMB", "ZAF", "ACCUSE PROTEST", True, "President Kenneth Kaunda condemned the raid as an act of state terrorism"),
        E("ZMB", "ZAF", "REJECT", False, "Zambia would not be intimidated into abandoning its support for the liberation movements"),
        E("ZMB", "ZAF", "SUPPORT", False, "its support for the liberation movements"),
        E("ZMB", "ZAF", "ACCUSE", False, "Pretoria can kill our people, but it will not break our will"),
        E("ZAF", "ZAF", "ACCUSE", True, "it was aimed at ANC terrorists planning attacks on South Africa"),
        E("ZWE", "ZMB", "SUPPORT", True, "Zimbabwe and Tanzania sent messages of solidarity to Kaunda"),
        E("TZA", "ZMB", "SUPPORT", True, "Zimbabwe and Tanzania sent messages of solidarity to Kaunda"),
        E("ZWE", "ZAF", "ACCUSE PROTEST", False, "denounced the attack"),
        E("TZA", "ZAF", "ACCUSE PROTEST", False, "denounced the attack"),
        E("ZMB", "UNO", "PROTEST REQUEST ACCUSE", False, "lodge a complaint with the United Nations Security Council"),
        E("ZMB", "IGO", "REQUEST", False, "ask Commonwealth partners for support"),
        E("ZAF", "ZMB", "ASSAULT", False, "South African forces last struck targets in Zambia in May 1986"),
        E("ZAF", "ZWE", "ASSAULT", False, "they also raided Harare and Gaborone"),
        E("ZAF", "BWA", "ASSAULT", False, "they also raided Harare and Gaborone"),
    ]))

ARTS.append(dict(
    id="BY2", date="1987-05-29", why="dateline 'May 29'; Reuters 1987 wire",
    headline="MOZAMBIQUE ACCUSES PRETORIA OF COMMANDO RAID ON MAPUTO",
    paras=[
        "MAPUTO, May 29 - Mozambique accused South Africa of sending commandos into Maputo overnight to kill three people, including two members of the African National Congress, the official news agency AIM said.",
        "AIM said the raiders arrived by sea and attacked two houses in the Polana and Sommerschield districts before escaping in a waiting boat. Among the dead was a Mozambican woman, it said.",
        "Information Minister Teodato Hunguana told reporters the raid was a gross violation of Mozambican sovereignty and of the Nkomati accord, the 1984 non-aggression pact between the two countries.",
        "\"South Africa signed a promise of good neighbourliness and now sends killers into our capital,\" he said. \"We demand that the international community hold Pretoria responsible.\"",
        "South African military headquarters in Pretoria said its forces had carried out an operation against ANC targets in Maputo but denied that any civilians had been harmed.",
        "Foreign Minister Pik Botha said South Africa had repeatedly warned Mozambique to stop the ANC from using its territory as a springboard for attacks and that the warnings had been ignored.",
        "The ANC, in a statement issued in Lusaka, said its members were killed in cold blood and vowed that the attack would not go unanswered.",
        "Western diplomats in Maputo said the raid was likely to set back efforts by President Joaquim Chissano, who took office after Samora Machel died in an air crash last October, to improve relations with Pretoria.",
        "Reuter",
    ],
    people=[("Teodato Hunguana", "MOZ", "Information Minister"), ("Pik Botha", "ZAF", "Foreign Minister"),
            ("Joaquim Chissano", "MOZ", "President"), ("Samora Machel", "MOZ", "former President")],
    events=[
        E("MOZ", "ZAF", "ACCUSE", True, "Mozambique accused South Africa of sending commandos into Maputo"),
        E("ZAF", "MOZ", "ASSAULT", True, "attacked two houses in the Polana and Sommerschield districts"),
        E("MOZ", "ZAF", "ACCUSE PROTEST", True, "the raid was a gross violation of Mozambican sovereignty"),
        E("MOZ", "ZAF", "ACCUSE", False, "now sends killers into our capital"),
        E("MOZ", "ZAF", "REQUEST ACCUSE", False, "We demand that the international community hold Pretoria responsible"),
        E("ZAF", ["ZAF", "MOZ"], "ASSAULT", True, "carried out an operation against ANC targets in Maputo"),
        E("ZAF", "MOZ", "REJECT", False, "denied that any civilians had been harmed"),
        E("ZAF", "MOZ", "ACCUSE THREATEN", True, "South Africa had repeatedly warned Mozambique to stop the ANC from using its territory"),
        E("ZAF", "ZAF", "ACCUSE", False, "its members were killed in cold blood"),
        E("ZAF", "ZAF", "THREATEN", True, "vowed that the attack would not go unanswered"),
        E("MOZ", "ZAF", "COOPERATE CONSULT", False, "to improve relations with Pretoria"),
    ]))

ARTS.append(dict(
    id="BY3", date="1987-11-05", why="dateline 'Nov 5'; Reuters 1987 wire",
    headline="SOUTH AFRICA FREES ANC LEADER GOVAN MBEKI AFTER 23 YEARS",
    paras=[
        "PORT ELIZABETH, South Africa, Nov 5 - South Africa today freed Govan Mbeki, a veteran leader of the banned African National Congress who was jailed for life with Nelson Mandela in 1964, the government said.",
        "Mbeki, 77, was flown from Robben Island prison to Port Elizabeth and released unconditionally, Justice Minister Kobie Coetsee said in a statement.",
        "Coetsee said the release was on humanitarian grounds because of Mbeki's age and health, and that the government would study its effect on security before deciding on other prisoners.",
        "At a news conference in a Port Elizabeth hotel, Mbeki said he remained a member of the ANC and of the Communist Party, and that he still supported the armed struggle against apartheid.",
        "\"I have not changed my views. The ANC will not lay down its arms while the system remains,\" he told reporters.",
        "The ANC, in a statement from its Lusaka headquarters, welcomed the release but said it was no substitute for freeing Mandela and all other political prisoners.",
        "The United States and Britain welcomed the move. A State Department spokesman in Washington called it a positive step and urged Pretoria to release Mandela as well.",
        "Political analysts said the government was testing public reaction to a possible release of Mandela, 69, who is held at Pollsmoor prison near Cape Town.",
        "Reuter",
    ],
    people=[("Govan Mbeki", "ZAF", "veteran leader of the African National Congress"), ("Nelson Mandela", "ZAF", "ANC leader, prisoner"),
            ("Kobie Coetsee", "ZAF", "Justice Minister")],
    events=[
        E("ZAF", "ZAF", "CONCEDE", True, "South Africa today freed Govan Mbeki"),
        E("ZAF", "ZAF", "CONCEDE", False, "released unconditionally"),
        E("ZAF", "ZAF", "SUPPORT", False, "he still supported the armed struggle against apartheid"),
        E("ZAF", "ZAF", "REJECT THREATEN", True, "The ANC will not lay down its arms while the system remains"),
        E("ZAF", "ZAF", "SUPPORT", True, "welcomed the release"),
        E("ZAF", "ZAF", "REQUEST", True, "it was no substitute for freeing Mandela and all other political prisoners"),
        E("USA", "ZAF", "SUPPORT", True, "The United States and Britain welcomed the move"),
        E("GBR", "ZAF", "SUPPORT", True, "The United States and Britain welcomed the move"),
        E("USA", "ZAF", "SUPPORT", False, "called it a positive step"),
        E("USA", "ZAF", "REQUEST", True, "urged Pretoria to release Mandela as well"),
    ]))

ARTS.append(dict(
    id="BY4", date="1987-11-11", why="dateline 'Nov 11'; Reuters 1987 wire",
    headline="SOUTH AFRICA ADMITS ITS TROOPS ARE FIGHTING INSIDE ANGOLA",
    paras=[
        "PRETORIA, Nov 11 - South Africa said today its troops were fighting alongside UNITA rebels in southern Angola, its first admission of a major role in the battles along the Lomba River.",
        "Defence Minister Magnus Malan told a news conference that South African forces had intervened to stop a Soviet-backed offensive by Angolan government troops against the UNITA movement of Jonas Savimbi.",
        "Malan said 12 South African soldiers had been killed in the fighting since September. He said South African units had inflicted heavy losses on Angolan and Cuban forces.",
        "\"We will not stand by and allow the Russians and Cubans to bring their war to our border,\" Malan said. He said the troops would be withdrawn once the threat had been removed.",
        "In Luanda, the official news agency ANGOP said the admission proved what Angola had said for months, that Pretoria was waging an undeclared war against it. It called on the United Nations to act.",
        "Diplomats said Angola was expected to ask the Security Council to condemn the intervention and demand an immediate South African withdrawal.",
        "UNITA has fought the Marxist government in Luanda since independence from Portugal in 1975 and receives aid from Washington and Pretoria. About 35,000 Cuban troops back the Luanda government.",
        "Reuter",
    ],
    people=[("Magnus Malan", "ZAF", "Defence Minister"), ("Jonas Savimbi", "AGO", "UNITA leader")],
    events=[
        E("ZAF", "AGO", "ASSAULT", True, "its troops were fighting alongside UNITA rebels in southern Angola"),
        E("ZAF", "AGO", "COOPERATE SUPPORT AID", False, "fighting alongside UNITA rebels"),
        E("ZAF", "AGO", "ASSAULT", False, "South African forces had intervened to stop a Soviet-backed offensive"),
        E("AGO", "AGO", "ASSAULT", True, "a Soviet-backed offensive by Angolan government troops against the UNITA movement"),
        E("RUS", "AGO", "SUPPORT AID", False, "Soviet-backed offensive"),
        E("ZAF", "CUB", "ASSAULT", True, "inflicted heavy losses on Angolan and Cuban forces"),
        E("ZAF", "CUB", "THREATEN ACCUSE", True, "We will not stand by and allow the Russians and Cubans to bring their war to our border"),
        E("ZAF", "RUS", "THREATEN ACCUSE", False, "We will not stand by and allow the Russians and Cubans to bring their war to our border"),
        E("ZAF", "AGO", "RETREAT AGREE", False, "the troops would be withdrawn once the threat had been removed"),
        E("AGO", "ZAF", "ACCUSE", True, "Pretoria was waging an undeclared war against it"),
        E("AGO", "UNO", "REQUEST", True, "It called on the United Nations to act."),
        E("AGO", "UNO", "REQUEST", False, "Angola was expected to ask the Security Council to condemn the intervention"),
        E("AGO", "AGO", "ASSAULT", False, "UNITA has fought the Marxist government in Luanda"),
        E("USA", "AGO", "AID", False, "receives aid from Washington and Pretoria"),
        E("ZAF", "AGO", "AID", False, "receives aid from Washington and Pretoria"),
        E("CUB", "AGO", "SUPPORT AID COOPERATE", False, "About 35,000 Cuban troops back the Luanda government"),
    ]))

ARTS.append(dict(
    id="BY5", date="1987-08-26", why="dateline 'Aug 26'; Reuters 1987 wire",
    headline="KOHL OFFERS TO SCRAP PERSHING 1A MISSILES TO CLEAR WAY FOR ARMS DEAL",
    paras=[
        "BONN, Aug 26 - Chancellor Helmut Kohl said today West Germany would dismantle its 72 Pershing 1A missiles if the United States and the Soviet Union agreed to eliminate all their medium- and shorter-range nuclear missiles.",
        "Kohl told a news conference the offer was meant to remove the last obstacle to a superpower treaty. Moscow has insisted that the West German missiles, whose nuclear warheads are held by the U.S., must be included in any deal.",
        "\"The Federal Republic will not stand in the way of an agreement which serves peace in Europe,\" Kohl said.",
        "He said the missiles would not be modernised or replaced and would be scrapped in step with the destruction of the superpower weapons.",
        "The White House welcomed the announcement. Spokesman Marlin Fitzwater said it was a constructive contribution and that President Reagan was grateful to the chancellor.",
        "In Moscow, Foreign Ministry spokesman Gennady Gerasimov said the offer was a step in the right direction but that Moscow still wanted the U.S. warheads included in the treaty.",
        "Kohl's Christian Democrats had resisted giving up the Pershings, and officials said the decision followed weeks of pressure from Washington and from Foreign Minister Hans-Dietrich Genscher's Free Democrats.",
        "Reuter",
    ],
    people=[("Helmut Kohl", "DEU", "Chancellor"), ("Marlin Fitzwater", "USA", "White House spokesman"),
            ("Ronald Reagan", "USA", "President"), ("Gennady Gerasimov", "RUS", "Foreign Ministry spokesman"),
            ("Hans-Dietrich Genscher", "DEU", "Foreign Minister")],
    events=[
        E("DEU", ["RUS", "USA"], "CONCEDE AGREE RETREAT", True, "West Germany would dismantle its 72 Pershing 1A missiles"),
        E("RUS", ["DEU", "USA"], "REQUEST", True, "Moscow has insisted that the West German missiles"),
        E("DEU", ["RUS", "USA"], "AGREE SUPPORT", False, "will not stand in the way of an agreement"),
        E("USA", "DEU", "SUPPORT", True, "The White House welcomed the announcement."),
        E("USA", "DEU", "SUPPORT", False, "President Reagan was grateful to the chancellor"),
        E("RUS", "DEU", "SUPPORT", True, "the offer was a step in the right direction"),
        E("RUS", "USA", "REQUEST", True, "Moscow still wanted the U.S. warheads included in the treaty"),
        E("USA", "DEU", "REQUEST COERCE", False, "weeks of pressure from Washington"),
    ]))

ARTS.append(dict(
    id="BY6", date="1987-09-19", why="dateline 'Sept 19'; Reuters 1987 wire",
    headline="NICARAGUA LETS OPPOSITION PAPER LA PRENSA REOPEN WITHOUT CENSORSHIP",
    paras=[
        "MANAGUA, Sept 19 - Nicaragua's Sandinista government said today it would allow the opposition newspaper La Prensa to reopen without prior censorship, 15 months after it was closed.",
        "The decision was announced by President Daniel Ortega, who said it was a step to comply with the Central American peace plan signed in Guatemala on August 7.",
        "La Prensa director Violeta Chamorro told Reuters the paper would resume publishing as soon as it could obtain newsprint and repair its presses, and that it would not accept any conditions on what it printed.",
        "\"We will publish the truth, as we always have,\" she said.",
        "The government closed La Prensa in June 1986, accusing it of backing U.S. aid to the Contra rebels fighting the Sandinistas. The Roman Catholic radio station Radio Catolica, also shut, was allowed to resume broadcasting last week.",
        "In Washington, the State Department said the move was welcome but insufficient. A spokesman said Managua must also lift the state of emergency and open talks with the Contras.",
        "Ortega has repeatedly refused to negotiate directly with the rebels, whom he calls mercenaries of the United States.",
        "Reuter",
    ],
    people=[("Daniel Ortega", "NIC", "President"), ("Violeta Chamorro", "NIC", "La Prensa director")],
    events=[
        E("NIC", "NIC", "CONCEDE AGREE", True, "it would allow the opposition newspaper La Prensa to reopen without prior censorship"),
        E("NIC", "NIC", "REJECT", False, "it would not accept any conditions on what it printed"),
        E("NIC", "NIC", "COERCE", False, "The government closed La Prensa in June 1986"),
        E("NIC", "NIC", "ACCUSE", False, "accusing it of backing U.S. aid to the Contra rebels"),
        E("NIC", "NIC", "CONCEDE", True, "was allowed to resume broadcasting last week"),
        E("USA", "NIC", "SUPPORT", True, "the move was welcome but insufficient"),
        E("USA", "NIC", "REQUEST", True, "Managua must also lift the state of emergency and open talks with the Contras"),
        E("NIC", "NIC", "REJECT", True, "Ortega has repeatedly refused to negotiate directly with the rebels"),
        E("NIC", "USA", "ACCUSE", False, "whom he calls mercenaries of the United States"),
        E("NIC", "NIC", "ACCUSE", False, "whom he calls mercenaries of the United States"),
        E("USA", "NIC", "AID", False, "U.S. aid to the Contra rebels"),
        E("NIC", "NIC", "ASSAULT", False, "the Contra rebels fighting the Sandinistas"),
    ]))

ARTS.append(dict(
    id="BY7", date="1987-12-21", why="dateline 'Dec 21'; Reuters 1987 wire",
    headline="CONTRAS ATTACK NICARAGUAN MINING TOWNS IN BIGGEST RAID OF WAR",
    paras=[
        "MANAGUA, Dec 21 - Several thousand U.S.-backed Contra rebels attacked three mining towns in northeastern Nicaragua at the weekend, in what the rebels called their biggest operation of the six-year war.",
        "The Defence Ministry said the rebels struck Siuna, Bonanza and Rosita on Sunday, destroying power plants, a bridge and warehouses. It said at least 20 civilians and soldiers were killed and that army units were pursuing the attackers.",
        "A spokesman for the rebel alliance, the Nicaraguan Resistance, said in Miami that its forces had overrun army garrisons in all three towns and had withdrawn with few losses.",
        "Defence Minister Humberto Ortega accused the United States of supplying the rebels with intelligence for the raid and said it showed Washington was trying to sabotage the regional peace plan.",
        "The State Department denied the charge. \"We had no operational role,\" a spokeswoman said.",
        "The attack came two weeks after indirect ceasefire talks between the government and the rebels, mediated by Cardinal Miguel Obando y Bravo in Santo Domingo, broke up without agreement.",
        "Diplomats said the raid appeared designed to persuade the U.S. Congress, which is debating new aid to the rebels, that the Contras remain a fighting force.",
        "Reuter",
    ],
    people=[("Humberto Ortega", "NIC", "Defence Minister"), ("Miguel Obando y Bravo", "NIC", "Cardinal")],
    events=[
        E("NIC", "NIC", "ASSAULT", True, "Contra rebels attacked three mining towns in northeastern Nicaragua"),
        E("NIC", "NIC", "ASSAULT", False, "the rebels struck Siuna, Bonanza and Rosita on Sunday"),
        E("NIC", "NIC", "ASSAULT MOBILIZE", True, "army units were pursuing the attackers"),
        E("NIC", "NIC", "ASSAULT", False, "its forces had overrun army garrisons in all three towns"),
        E("USA", "NIC", "AID SUPPORT", False, "U.S.-backed Contra rebels"),
        E("NIC", "USA", "ACCUSE", True, "accused the United States of supplying the rebels with intelligence for the raid"),
        E("NIC", "USA", "ACCUSE", False, "Washington was trying to sabotage the regional peace plan"),
        E("USA", "NIC", "REJECT", True, "The State Department denied the charge."),
        E("NIC", "NIC", "CONSULT", False, "indirect ceasefire talks between the government and the rebels", True),
        E("USA", "NIC", "AID", False, "debating new aid to the rebels"),
    ]))

ARTS.append(dict(
    id="BY8", date="1987-10-27", why="dateline 'Oct 27'; killing 'on Monday' = Oct 26, 1987",
    headline="SALVADOR REBELS SUSPEND PEACE TALKS AFTER RIGHTS LEADER IS SHOT DEAD",
    paras=[
        "SAN SALVADOR, Oct 27 - Leftist guerrillas said today they were suspending peace talks with the Salvadoran government after the killing of Herbert Anaya, head of the non-governmental Human Rights Commission.",
        "Anaya, 33, was shot dead by two gunmen on Monday as he sat in his car outside his home, in front of his children, witnesses said.",
        "The Farabundo Marti National Liberation Front (FMLN) said in a radio broadcast that the killing was the work of a death squad linked to the armed forces and that it could not sit down with a government that protected killers.",
        "President Jose Napoleon Duarte condemned the murder and ordered a full investigation. He denied that the armed forces were involved and said the rebels were looking for an excuse to abandon the talks.",
        "\"The government remains ready to talk at any time and in any place,\" Duarte told a news conference.",
        "The United States embassy also condemned the killing and called on the authorities to bring those responsible to justice.",
        "Government and rebel negotiators met in San Salvador earlier this month for the first time in three years under the regional peace plan, and agreed to form commissions to discuss a ceasefire.",
        "Reuter",
    ],
    people=[("Herbert Anaya", "SLV", "head of the non-governmental Human Rights Commission"),
            ("Jose Napoleon Duarte", "SLV", "President")],
    events=[
        E("SLV", "SLV", "ASSAULT", True, "was shot dead by two gunmen on Monday"),
        E("SLV", "SLV", "REJECT RETREAT", True, "they were suspending peace talks with the Salvadoran government"),
        E("SLV", "SLV", "ACCUSE", True, "the killing was the work of a death squad linked to the armed forces"),
        E("SLV", "SLV", "ACCUSE REJECT", False, "it could not sit down with a government that protected killers"),
        E("SLV", "SLV", "ACCUSE PROTEST", False, "President Jose Napoleon Duarte condemned the murder"),
        E("SLV", "SLV", "REJECT", True, "He denied that the armed forces were involved"),
        E("SLV", "SLV", "ACCUSE", True, "the rebels were looking for an excuse to abandon the talks"),
        E("SLV", "SLV", "AGREE CONSULT", False, "The government remains ready to talk at any time and in any place"),
        E("USA", "SLV", "ACCUSE PROTEST", False, "The United States embassy also condemned the killing"),
        E("USA", "SLV", "REQUEST", True, "called on the authorities to bring those responsible to justice"),
        E("SLV", "SLV", "CONSULT", False, "Government and rebel negotiators met in San Salvador earlier this month", True),
        E("SLV", "SLV", "AGREE", False, "agreed to form commissions to discuss a ceasefire", True),
    ]))

ARTS.append(dict(
    id="BY9", date="1987-10-09", why="dateline 'Oct 9'; Reuters 1987 wire",
    headline="GUATEMALA AND REBELS END FIRST TALKS IN MADRID WITHOUT TRUCE",
    paras=[
        "MADRID, Oct 9 - Guatemalan government officials and leftist guerrillas ended their first direct talks in more than 25 years of war today without agreeing on a ceasefire, both sides said.",
        "Representatives of the Guatemalan National Revolutionary Unity (URNG) said the government delegation had demanded that they lay down their arms before any political discussion, a condition they rejected.",
        "\"We did not come to Madrid to surrender,\" one rebel delegate told reporters after the three days of meetings at a city hotel.",
        "A government spokesman said the meeting had been useful but that the army would continue operations until the rebels accepted the amnesty offered under the regional peace plan.",
        "Spain, which hosted the talks at the request of President Vinicio Cerezo, said it was ready to help with further meetings. A Foreign Ministry statement praised both sides for their willingness to talk.",
        "The army says the guerrillas number fewer than 2,000 and pose no threat to the state. Diplomats said senior officers had opposed holding the talks at all.",
        "Reuter",
    ],
    people=[("Vinicio Cerezo", "GTM", "President")],
    events=[
        E("GTM", "GTM", "CONSULT", True, "ended their first direct talks", True),
        E("GTM", "GTM", "REQUEST", True, "the government delegation had demanded that they lay down their arms"),
        E("GTM", "GTM", "REJECT", True, "a condition they rejected"),
        E("GTM", "GTM", "REJECT", False, "We did not come to Madrid to surrender"),
        E("GTM", "GTM", "THREATEN ASSAULT", True, "the army would continue operations until the rebels accepted the amnesty"),
        E("GTM", "ESP", "REQUEST", False, "at the request of President Vinicio Cerezo"),
        E("ESP", "GTM", "AGREE SUPPORT COOPERATE", True, "it was ready to help with further meetings"),
        E("ESP", "GTM", "SUPPORT", True, "praised both sides for their willingness to talk"),
        E("GTM", "GTM", "REJECT", False, "senior officers had opposed holding the talks"),
    ]))

ARTS.append(dict(
    id="BY10", date="1987-10-13", why="dateline 'Oct 13'; the 1987 Nobel Peace Prize",
    headline="COSTA RICA'S ARIAS WINS NOBEL PEACE PRIZE FOR CENTRAL AMERICA PLAN",
    paras=[
        "OSLO, Oct 13 - Costa Rican President Oscar Arias Sanchez won the 1987 Nobel Peace Prize today for his plan to end the wars in Central America, the Norwegian Nobel Committee said.",
        "The committee said in its citation that Arias had made an outstanding contribution to the possible return of stability and peace to a region long torn by unrest and civil war.",
        "The plan, signed by the presidents of Costa Rica, Nicaragua, El Salvador, Honduras and Guatemala on August 7, calls for ceasefires, amnesties, an end to outside aid to rebel forces and democratic reforms by November 7.",
        "In San Jose, Arias said the award belonged to all Central Americans and urged the region's leaders to meet the plan's deadlines. \"The prize obliges us to keep our word,\" he told reporters.",
        "Nicaraguan President Daniel Ortega sent his congratulations and said the prize was a blow to those who wanted war in the region, a reference to the Reagan administration.",
        "In Washington, the White House congratulated Arias but said it would keep asking Congress for aid to the Contra rebels until Nicaragua had shown it was complying with the plan.",
        "The prize is worth about 2.2 mln Swedish crowns, or some 340,000 dlrs.",
        "Reuter",
    ],
    people=[("Oscar Arias Sanchez", "CRI", "President"), ("Daniel Ortega", "NIC", "President")],
    events=[
        E(["NOR", "NGO"], "CRI", "SUPPORT", True, "Arias had made an outstanding contribution to the possible return of stability and peace"),
        E("CRI", "NIC", "AGREE", False, "signed by the presidents of Costa Rica, Nicaragua, El Salvador, Honduras and Guatemala", True),
        E("SLV", "HND", "AGREE", False, "signed by the presidents of Costa Rica, Nicaragua, El Salvador, Honduras and Guatemala", True),
        E("GTM", "CRI", "AGREE", False, "signed by the presidents of Costa Rica, Nicaragua, El Salvador, Honduras and Guatemala", True),
        E("CRI", ["NIC", "SLV", "HND", "GTM"], "REQUEST", True, "urged the region's leaders to meet the plan's deadlines"),
        E("NIC", "CRI", "SUPPORT", True, "Nicaraguan President Daniel Ortega sent his congratulations"),
        E("NIC", "USA", "ACCUSE", False, "a blow to those who wanted war in the region"),
        E("USA", "CRI", "SUPPORT", True, "the White House congratulated Arias"),
        E("USA", "NIC", "AID SUPPORT", False, "it would keep asking Congress for aid to the Contra rebels"),
        E("USA", "NIC", "REQUEST THREATEN ACCUSE", False, "until Nicaragua had shown it was complying with the plan"),
    ]))
