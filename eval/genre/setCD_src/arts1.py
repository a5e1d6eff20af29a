"""Articles CD1..CD10 (Reuters 1987 style, own wording) with hand annotation."""


def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d


def P(name, country, role):
    return {"name": name, "country": country, "role": role}


ARTS = []

ARTS.append(dict(
    id="CD1", date="1987-04-03",
    headline="FRANCE EXPELS THREE SOVIET DIPLOMATS OVER ARIANE SPY RING",
    paras=[
        "PARIS, April 3 - France has ordered three Soviet diplomats to leave the country within a week after counter-intelligence agents broke up a network accused of seeking secrets about the Ariane space rocket, the Interior Ministry said.",
        "A ministry statement said the three men, all attached to the Soviet embassy and trade mission in Paris, had engaged in \"activities incompatible with their diplomatic status.\"",
        "Police arrested several French nationals earlier this week in the Paris region. Officials said they were suspected of passing technical documents on the rocket programme to Soviet intelligence officers.",
        "Interior Minister Charles Pasqua told reporters the network had been watched for months. \"France will not tolerate this kind of behaviour on its soil, whoever the friend or partner,\" he said.",
        "The Soviet embassy denied the charges. An embassy spokesman told Reuters the accusations were \"groundless and provocative\" and said Moscow reserved the right to respond.",
        "Diplomats said a tit-for-tat expulsion of French diplomats from Moscow was likely, as has happened after earlier spy affairs.",
        "France expelled 47 Soviet officials in 1983, the largest such expulsion ever carried out by a Western country.",
        "Reuter",
    ],
    people=[P("Charles Pasqua", "FRA", "Interior Minister")],
    events=[
        E("FRA", "RUS", "COERCE", True, "France has ordered three Soviet diplomats to leave the country within a week"),
        E("FRA", "RUS", "ACCUSE", True, "accused of seeking secrets about the Ariane space rocket"),
        E("FRA", "FRA", "COERCE", True, "Police arrested several French nationals earlier this week"),
        E("FRA", "RUS", "ACCUSE", False, "engaged in \"activities incompatible with their diplomatic status.\""),
        E("FRA", "RUS", "THREATEN", False, "France will not tolerate this kind of behaviour on its soil"),
        E("RUS", "FRA", "REJECT", True, "The Soviet embassy denied the charges."),
        E("RUS", "FRA", "ACCUSE", False, "the accusations were \"groundless and provocative\""),
        E("RUS", "FRA", "THREATEN", True, "Moscow reserved the right to respond"),
        E("FRA", "RUS", "COERCE", False, "France expelled 47 Soviet officials in 1983"),
    ],
))

ARTS.append(dict(
    id="CD2", date="1987-05-09",
    headline="BRITISH TROOPS KILL EIGHT IRA GUERRILLAS IN ULSTER AMBUSH",
    paras=[
        "BELFAST, May 9 - British soldiers shot dead eight Irish Republican Army guerrillas as they attacked a police station in the village of Loughgall in County Armagh, police said.",
        "A civilian driving through the village was also killed in the gunfire, and his brother was wounded, a police spokesman said.",
        "The guerrillas had used a mechanical digger to carry a bomb into the station's perimeter. The blast wrecked much of the building, but officers inside had been moved out in advance, security sources said.",
        "It was the IRA's biggest single loss of life since the present troubles began in 1969.",
        "Northern Ireland Secretary Tom King praised the security forces and said those who chose violence \"must expect to face the consequences.\"",
        "In Dublin, Foreign Minister Brian Lenihan said the Irish government would ask London for a full account of how the civilian died. The request would be made through the joint secretariat set up under the 1985 Anglo-Irish accord, officials said.",
        "Sinn Fein, the IRA's political wing, accused the army of carrying out a planned ambush and said the men had been given no chance to surrender. The army declined to comment.",
        "In a statement sent to a Belfast newspaper, the IRA said its \"volunteers\" had died on active service and warned that the British army would pay for their deaths.",
        "Reuter",
    ],
    people=[P("Tom King", "GBR", "Northern Ireland Secretary"),
            P("Brian Lenihan", "IRL", "Foreign Minister")],
    events=[
        E("GBR", ["GBR", "IRL"], "ASSAULT", True, "British soldiers shot dead eight Irish Republican Army guerrillas"),
        E(["GBR", "IRL"], "GBR", "ASSAULT", True, "as they attacked a police station in the village of Loughgall"),
        E("GBR", "GBR", "ASSAULT", False, "A civilian driving through the village was also killed in the gunfire"),
        E(["GBR", "IRL"], "GBR", "ASSAULT", False, "The guerrillas had used a mechanical digger to carry a bomb"),
        E("GBR", "GBR", "SUPPORT", False, "Northern Ireland Secretary Tom King praised the security forces"),
        E("GBR", "GBR", "THREATEN", False, "\"must expect to face the consequences.\""),
        E("IRL", "GBR", "REQUEST", True, "the Irish government would ask London for a full account of how the civilian died"),
        E(["GBR", "IRL"], "GBR", "THREATEN", True, "warned that the British army would pay for their deaths"),
        E(["GBR", "IRL"], "GBR", "ACCUSE", True, "accused the army of carrying out a planned ambush"),
    ],
))

ARTS.append(dict(
    id="CD3", date="1987-04-25",
    headline="IRA BOMB KILLS SENIOR ULSTER JUDGE AND HIS WIFE AT BORDER",
    paras=[
        "BELFAST, April 25 - A senior Northern Ireland judge and his wife were killed by a car bomb minutes after crossing the border from the Irish Republic, police said.",
        "Lord Justice Maurice Gibson, 73, the province's second most senior judge, and his wife Cecily were returning from holiday when the remote-controlled device exploded beside their car near Killeen in County Armagh.",
        "The Irish Republican Army said in a statement that it had carried out the attack. It described the judge as a \"part of the British war machine.\"",
        "The couple had been escorted by Irish police as far as the frontier, where a British escort was due to take over. There was no police presence at the spot where the bomb went off, officials said.",
        "Irish Prime Minister Charles Haughey condemned the killings as \"an act of savage brutality\" and promised full cooperation with the Royal Ulster Constabulary in the hunt for the bombers.",
        "British Prime Minister Margaret Thatcher told parliament the murders were a \"wicked crime\". Some Protestant politicians in the province accused Dublin of failing to police its side of the border.",
        "Gibson had acquitted three policemen in 1984 of murdering an unarmed IRA man, a ruling that angered Irish nationalists.",
        "Reuter",
    ],
    people=[P("Maurice Gibson", "GBR", "Lord Justice"),
            P("Cecily Gibson", "GBR", "wife of Lord Justice Gibson"),
            P("Charles Haughey", "IRL", "Prime Minister"),
            P("Margaret Thatcher", "GBR", "Prime Minister")],
    events=[
        E(["GBR", "IRL"], "GBR", "ASSAULT", True, "A senior Northern Ireland judge and his wife were killed by a car bomb"),
        E(["GBR", "IRL"], "GBR", "ACCUSE", False, "It described the judge as a \"part of the British war machine.\""),
        E("IRL", "GBR", "COOPERATE", False, "had been escorted by Irish police as far as the frontier"),
        E("IRL", ["GBR", "IRL"], "ACCUSE PROTEST", True, "condemned the killings as \"an act of savage brutality\""),
        E("IRL", "GBR", "COOPERATE AGREE", True, "promised full cooperation with the Royal Ulster Constabulary"),
        E("GBR", ["GBR", "IRL"], "ACCUSE PROTEST", True, "the murders were a \"wicked crime\""),
        E("GBR", "IRL", "ACCUSE", True, "accused Dublin of failing to police its side of the border"),
        E("GBR", "GBR", "CONCEDE", False, "Gibson had acquitted three policemen in 1984"),
    ],
))

ARTS.append(dict(
    id="CD4", date="1987-11-02",
    headline="FRANCE SEIZES SHIP CARRYING LIBYAN ARMS BOUND FOR IRA",
    paras=[
        "PARIS, Nov 2 - French customs officers have seized a freighter off the coast of Brittany carrying about 150 tonnes of weapons which officials believe were loaded in Libya for the Irish Republican Army.",
        "The Panamanian-registered Eksund was intercepted on Friday night and escorted to the port of Brest, where its five Irish crew members were detained, a customs spokesman said.",
        "The cargo included surface-to-air missiles, rocket launchers, more than 1,000 assault rifles and two tonnes of plastic explosive, according to French officials.",
        "A spokesman for the British Foreign Office said London had long warned that Libya was supplying the IRA. \"This shipment is the clearest proof yet,\" he said.",
        "British Prime Minister Margaret Thatcher thanked France for its vigilance and said Britain would press its European partners to keep up pressure on Tripoli.",
        "The official Libyan news agency JANA denied any link to the ship and called the reports \"a British fabrication.\"",
        "In Dublin, Justice Minister Gerry Collins said Irish police were in close contact with their French and British counterparts. Security sources said earlier shipments may already have reached the Irish Republic.",
        "Britain broke off diplomatic relations with Libya in 1984 after a policewoman was shot dead from the Libyan embassy in London.",
        "Reuter",
    ],
    people=[P("Margaret Thatcher", "GBR", "Prime Minister"),
            P("Gerry Collins", "IRL", "Justice Minister")],
    events=[
        E("FRA", "IRL", "COERCE SANCTION", True, "French customs officers have seized a freighter off the coast of Brittany"),
        E("FRA", "IRL", "COERCE", True, "its five Irish crew members were detained"),
        E("LBY", ["GBR", "IRL"], "AID", False, "which officials believe were loaded in Libya for the Irish Republican Army"),
        E("GBR", "LBY", "ACCUSE", True, "London had long warned that Libya was supplying the IRA"),
        E("GBR", "FRA", "SUPPORT", True, "thanked France for its vigilance"),
        E("GBR", ["EUR", "IGO"], "REQUEST", False, "Britain would press its European partners to keep up pressure on Tripoli"),
        E("GBR", "LBY", "COERCE SANCTION THREATEN", False, "keep up pressure on Tripoli"),
        E("LBY", "GBR", "REJECT", True, "denied any link to the ship"),
        E("LBY", "GBR", "ACCUSE", True, "called the reports \"a British fabrication.\""),
        E("IRL", ["FRA", "GBR"], "COOPERATE CONSULT", True, "Irish police were in close contact with their French and British counterparts"),
        E("GBR", "LBY", "SANCTION", False, "Britain broke off diplomatic relations with Libya in 1984"),
    ],
))

ARTS.append(dict(
    id="CD5", date="1987-12-02",
    headline="IRISH PARLIAMENT ADDS SAFEGUARDS TO EXTRADITION LAW, LONDON DISMAYED",
    paras=[
        "DUBLIN, Dec 2 - The Irish parliament has approved a law that will allow suspected guerrillas to be extradited to Britain only after the Irish attorney general has examined the evidence against them.",
        "The bill, passed late on Tuesday, brings into force a European convention on the suppression of terrorism, which had been delayed for a year by the government of Prime Minister Charles Haughey.",
        "Haughey told the Dail, the lower house, that the new checks were needed because of \"grave concern\" in Ireland about the fairness of British courts in cases involving Irish people.",
        "The British government said it was deeply disappointed. A Downing Street spokesman said the safeguards could make extradition harder and were \"not what we were led to expect.\"",
        "British officials said Prime Minister Margaret Thatcher would raise the matter with Haughey at the European Community summit in Copenhagen this weekend.",
        "Irish Foreign Minister Brian Lenihan rejected British criticism, saying Dublin had kept its word to implement the convention. \"Ireland is not in the business of offering a safe haven to anyone,\" he told reporters.",
        "The opposition Fine Gael party voted against the bill, saying it weakened cooperation with Britain agreed under the 1985 Anglo-Irish accord.",
        "Reuter",
    ],
    people=[P("Charles Haughey", "IRL", "Prime Minister"),
            P("Margaret Thatcher", "GBR", "Prime Minister"),
            P("Brian Lenihan", "IRL", "Foreign Minister")],
    events=[
        E("IRL", "GBR", "AGREE COOPERATE", False, "allow suspected guerrillas to be extradited to Britain only after"),
        E("IRL", "GBR", "ACCUSE", True, "\"grave concern\" in Ireland about the fairness of British courts"),
        E("GBR", "IRL", "PROTEST ACCUSE", True, "The British government said it was deeply disappointed"),
        E("GBR", "IRL", "ACCUSE", False, "\"not what we were led to expect.\""),
        E("GBR", "IRL", "CONSULT AGREE", True, "would raise the matter with Haughey at the European Community summit"),
        E("IRL", "GBR", "REJECT", True, "rejected British criticism"),
        E("IRL", "IRL", "REJECT ACCUSE", True, "voted against the bill"),
    ],
))

ARTS.append(dict(
    id="CD6", date="1987-10-19",
    headline="CYPRUS AND EC SIGN CUSTOMS UNION PACT, TURKISH CYPRIOTS OBJECT",
    paras=[
        "LUXEMBOURG, Oct 19 - Cyprus and the European Community signed an agreement today to create a customs union over the next 15 years, EC officials said.",
        "The protocol was signed by Cypriot Foreign Minister George Iacovou and Danish Foreign Minister Uffe Ellemann-Jensen, whose country holds the rotating EC presidency, at a meeting of Community foreign ministers.",
        "Under the accord, Cyprus will gradually remove tariffs on goods from the 12 EC nations and adopt the Community's common external tariff. The EC will open its markets to Cypriot farm produce.",
        "Iacovou called the pact \"a historic step\" for the island and said its benefits would reach all Cypriots, Greek and Turkish alike.",
        "But the Turkish Cypriot administration in the north of the divided island rejected the agreement. A statement issued in Nicosia said it had been concluded without the consent of the Turkish Cypriot people and would not be recognised.",
        "Turkey, which keeps some 30,000 troops in northern Cyprus, has also protested to the Community about the accord, diplomats said.",
        "In Athens, Greek Foreign Minister Karolos Papoulias welcomed the agreement and said Greece would support Cyprus in its dealings with the Community.",
        "The island has been split since 1974, when Turkish forces invaded after a coup backed by the military government then ruling Greece.",
        "Reuter",
    ],
    people=[P("George Iacovou", "CYP", "Foreign Minister"),
            P("Uffe Ellemann-Jensen", "DNK", "Foreign Minister"),
            P("Karolos Papoulias", "GRC", "Foreign Minister")],
    events=[
        E("CYP", "EUR", "AGREE COOPERATE", True, "Cyprus and the European Community signed an agreement today to create a customs union", True),
        E("CYP", "DNK", "AGREE", False, "The protocol was signed by Cypriot Foreign Minister George Iacovou and Danish Foreign Minister", True),
        E("EUR", "CYP", "COOPERATE CONCEDE AGREE", True, "The EC will open its markets to Cypriot farm produce"),
        E("CYP", "EUR", "SUPPORT", False, "Iacovou called the pact \"a historic step\""),
        E("CYP", ["EUR", "CYP"], "REJECT", True, "the Turkish Cypriot administration in the north of the divided island rejected the agreement"),
        E("TUR", "EUR", "PROTEST", True, "has also protested to the Community about the accord"),
        E("GRC", "CYP", "SUPPORT", True, "Greek Foreign Minister Karolos Papoulias welcomed the agreement"),
        E("GRC", "CYP", "SUPPORT AGREE", False, "Greece would support Cyprus in its dealings with the Community"),
        E("TUR", "CYP", "MOBILIZE", False, "keeps some 30,000 troops in northern Cyprus"),
        E("TUR", "CYP", "ASSAULT", False, "when Turkish forces invaded"),
    ],
))

ARTS.append(dict(
    id="CD7", date="1987-04-24",
    headline="BOMB DAMAGES BUS CARRYING U.S. SERVICEMEN NEAR ATHENS",
    paras=[
        "ATHENS, April 24 - A bomb exploded beside a bus carrying American servicemen to a U.S. air base near Athens today, wounding at least 16 people, police said.",
        "Most of the injured were U.S. airmen on their way to work at the Hellenikon base beside the city's airport. A Greek bus driver was also hurt.",
        "The radical group November 17, which has killed several Americans in Greece since 1975, claimed responsibility in a call to an Athens newspaper. It demanded the closure of all U.S. bases in the country.",
        "The U.S. Embassy condemned the attack as \"a cowardly act\" and urged the Greek authorities to bring those responsible to justice.",
        "Government spokesman Yannis Roubatis said the Socialist government of Prime Minister Andreas Papandreou deplored the bombing. Police had launched a wide search, he said.",
        "U.S. officials have complained in the past that no member of November 17 has ever been arrested. Greek officials deny they have been lax.",
        "The attack came as the two governments prepare for talks on the future of the four U.S. bases in Greece, whose lease expires at the end of next year.",
        "Reuter",
    ],
    people=[P("Yannis Roubatis", "GRC", "Government spokesman"),
            P("Andreas Papandreou", "GRC", "Prime Minister")],
    events=[
        E("GRC", "USA", "ASSAULT", True, "A bomb exploded beside a bus carrying American servicemen"),
        E("GRC", "USA", "REQUEST", True, "It demanded the closure of all U.S. bases in the country"),
        E("GRC", "USA", "ASSAULT", False, "which has killed several Americans in Greece since 1975"),
        E("USA", "GRC", "ACCUSE PROTEST", True, "The U.S. Embassy condemned the attack"),
        E("USA", "GRC", "REQUEST", True, "urged the Greek authorities to bring those responsible to justice"),
        E("GRC", "GRC", "ACCUSE PROTEST", True, "deplored the bombing"),
        E("USA", "GRC", "ACCUSE", True, "U.S. officials have complained in the past that no member of November 17 has ever been arrested"),
        E("GRC", "USA", "REJECT", True, "Greek officials deny they have been lax"),
        E("USA", "GRC", "CONSULT", False, "the two governments prepare for talks on the future of the four U.S. bases", True),
    ],
))

ARTS.append(dict(
    id="CD8", date="1987-11-10",
    headline="SPAIN SAYS IT WILL NOT RENEW U.S. BASES PACT UNLESS F-16S LEAVE",
    paras=[
        "MADRID, Nov 10 - Spain formally told the United States today that it would not extend the defence agreement covering American bases on its soil, after talks on reducing the U.S. military presence broke down.",
        "Foreign Minister Francisco Fernandez Ordonez said the notice had been handed to the U.S. ambassador in Madrid. The 1982 accord will now expire next May.",
        "The talks foundered on Spain's demand that Washington withdraw the 72 F-16 fighter bombers of the 401st Tactical Fighter Wing from the Torrejon air base near Madrid.",
        "\"We remain open to a new agreement, but not one that keeps the F-16s at Torrejon,\" Fernandez Ordonez told a news conference.",
        "A U.S. Embassy spokesman said Washington regretted the decision and hoped the negotiations would resume soon. U.S. officials have argued that pulling the jets out would weaken NATO's southern flank.",
        "Prime Minister Felipe Gonzalez promised before the 1986 referendum on NATO membership that he would cut the American military presence in Spain.",
        "NATO officials in Brussels said the alliance was studying whether the aircraft could be based in another member country. Italy has been mentioned as a possible host, diplomats said.",
        "Reuter",
    ],
    people=[P("Francisco Fernandez Ordonez", "ESP", "Foreign Minister"),
            P("Felipe Gonzalez", "ESP", "Prime Minister")],
    events=[
        E("ESP", "USA", "REJECT", True, "it would not extend the defence agreement covering American bases on its soil"),
        E("ESP", "USA", "CONSULT", False, "talks on reducing the U.S. military presence broke down", True),
        E("ESP", "USA", "REQUEST", True, "Spain's demand that Washington withdraw the 72 F-16 fighter bombers"),
        E("ESP", "USA", "AGREE", False, "We remain open to a new agreement"),
        E("USA", "ESP", "PROTEST REJECT", True, "Washington regretted the decision"),
        E("USA", "ESP", "REQUEST", True, "hoped the negotiations would resume soon"),
        E("USA", "ESP", "ACCUSE REJECT", False, "pulling the jets out would weaken NATO's southern flank"),
        E("ESP", "USA", "CONSULT", False, "the notice had been handed to the U.S. ambassador in Madrid"),
        E("ESP", "ESP", "AGREE", False, "promised before the 1986 referendum"),
        E("IGO", "USA", "COOPERATE CONSULT", False, "the alliance was studying whether the aircraft could be based in another member country"),
    ],
))

ARTS.append(dict(
    id="CD9", date="1987-10-02",
    headline="NORWAY GIVES COOL WELCOME TO GORBACHEV ARCTIC PLAN",
    paras=[
        "OSLO, Oct 2 - Norway said today that Soviet leader Mikhail Gorbachev's proposals for turning the Arctic into a \"zone of peace\" contained nothing new on the main issue, the Soviet military build-up on the Kola peninsula.",
        "Gorbachev, speaking in the northern port of Murmansk on Thursday, offered talks on limiting naval activity in northern seas and said Moscow would support a nuclear-free zone in northern Europe.",
        "He also proposed cooperation with Norway and other Nordic countries on developing the region's oil and gas and on protecting its environment.",
        "Foreign Minister Thorvald Stoltenberg told Reuters the ideas on economic and scientific cooperation were welcome and would be studied carefully.",
        "But he said a Nordic nuclear-free zone could not be discussed in isolation from the Soviet nuclear weapons based close to the border. \"The Kola bases are the heart of the matter, and they were not mentioned,\" he said.",
        "Norway, a founding member of NATO, shares a short Arctic border with the Soviet Union. Oslo and Moscow have been negotiating for years without success over their boundary in the Barents Sea.",
        "Diplomats said Washington was likely to reject the naval proposals, which would restrict the operations of the U.S. Navy in the Norwegian Sea.",
        "Reuter",
    ],
    people=[P("Mikhail Gorbachev", "RUS", "Soviet leader"),
            P("Thorvald Stoltenberg", "NOR", "Foreign Minister")],
    events=[
        E("NOR", "RUS", "REJECT", True, "contained nothing new on the main issue"),
        E("RUS", ["NOR", "WST", "IGO"], "AGREE", True, "offered talks on limiting naval activity in northern seas"),
        E("RUS", "NOR", "AGREE COOPERATE", True, "proposed cooperation with Norway and other Nordic countries"),
        E("RUS", ["SWE", "FIN", "DNK", "ISL"], "AGREE COOPERATE", False, "proposed cooperation with Norway and other Nordic countries"),
        E("NOR", "RUS", "SUPPORT", True, "the ideas on economic and scientific cooperation were welcome"),
        E("NOR", "RUS", "ACCUSE REJECT", True, "could not be discussed in isolation from the Soviet nuclear weapons"),
        E("NOR", "RUS", "CONSULT", False, "Oslo and Moscow have been negotiating for years without success", True),
        E("USA", "RUS", "REJECT", False, "Washington was likely to reject the naval proposals"),
    ],
))

ARTS.append(dict(
    id="CD10", date="1987-03-30",
    headline="THATCHER AND GORBACHEV CLASH ON ARMS AND RIGHTS IN KREMLIN TALKS",
    paras=[
        "MOSCOW, March 30 - British Prime Minister Margaret Thatcher and Soviet leader Mikhail Gorbachev held more than seven hours of talks today that both sides described as frank, with sharp disagreement over nuclear deterrence and human rights.",
        "Thatcher, on her first visit to the Soviet Union since 1984, told Gorbachev that Western Europe would keep nuclear weapons as long as the Soviet bloc held a large lead in conventional forces, British officials said.",
        "Gorbachev accused Britain of standing in the way of disarmament, according to Soviet spokesman Gennady Gerasimov. \"The Prime Minister defends nuclear weapons as if they were a blessing,\" Gerasimov told reporters.",
        "Thatcher also pressed the Soviet leader to let more Jews emigrate and to free political prisoners. British officials said she handed over a list of divorced families and refuseniks.",
        "Despite the disagreements, the two leaders agreed to expand trade and to open a new hot line between the Kremlin and Downing Street, Foreign Secretary Sir Geoffrey Howe said.",
        "Howe and Soviet Foreign Minister Eduard Shevardnadze also signed an agreement on cultural exchanges.",
        "Thatcher meets Prime Minister Nikolai Ryzhkov tomorrow before travelling to Georgia.",
        "Reuter",
    ],
    people=[P("Margaret Thatcher", "GBR", "Prime Minister"),
            P("Mikhail Gorbachev", "RUS", "Soviet leader"),
            P("Gennady Gerasimov", "RUS", "Soviet spokesman"),
            P("Geoffrey Howe", "GBR", "Foreign Secretary"),
            P("Eduard Shevardnadze", "RUS", "Foreign Minister"),
            P("Nikolai Ryzhkov", "RUS", "Prime Minister")],
    events=[
        E("GBR", "RUS", "CONSULT", True, "held more than seven hours of talks today", True),
        E("GBR", "RUS", "CONSULT", False, "on her first visit to the Soviet Union since 1984"),
        E("GBR", "RUS", "REJECT", False, "Western Europe would keep nuclear weapons as long as the Soviet bloc held a large lead"),
        E("RUS", "GBR", "ACCUSE", True, "Gorbachev accused Britain of standing in the way of disarmament"),
        E("GBR", "RUS", "REQUEST", True, "pressed the Soviet leader to let more Jews emigrate and to free political prisoners"),
        E("GBR", "RUS", "AGREE", True, "the two leaders agreed to expand trade", True),
        E("GBR", "RUS", "AGREE COOPERATE", True, "signed an agreement on cultural exchanges", True),
        E("GBR", "RUS", "CONSULT", True, "Thatcher meets Prime Minister Nikolai Ryzhkov tomorrow"),
    ],
))
