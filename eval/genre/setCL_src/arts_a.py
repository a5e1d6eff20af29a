# Articles CL1..CL10 for set CL (Reuters 1987, Latin America). Own wording.
def E(src, tgt, types, req, ev, sym=False):
    d = {"source": src, "target": tgt, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

ARTS = []

ARTS.append(dict(
    id="CL1", date="1987-01-09", time="18:42:00",
    headline="ORTEGA SIGNS NEW CONSTITUTION, REIMPOSES STATE OF EMERGENCY",
    paras=[
        "MANAGUA, Jan 9 - Nicaraguan President Daniel Ortega signed the country's new constitution into law today and hours later restored the state of emergency that suspends many of the civil rights it guarantees, officials said.",
        "The emergency decree, first imposed in 1982, again allows the authorities to detain suspects without charge, ban strikes and censor the press, according to the text read on state radio.",
        "Ortega told a crowd of about 100,000 in the capital that the measure was forced on Nicaragua by the U.S.-backed Contra rebels. \"As long as Washington finances the war against our people, we cannot lift the emergency,\" he said.",
        "Opposition parties, which boycotted the signing ceremony, accused the Sandinista government of giving rights with one hand and taking them away with the other.",
        "\"This constitution was dead before the ink dried,\" said Virgilio Godoy, leader of the Independent Liberal Party.",
        "In Washington, a State Department spokesman called the decree proof that the Sandinistas had no intention of allowing democracy and said the United States would keep pressing Congress for Contra aid.",
        "The Roman Catholic Church hierarchy, headed by Cardinal Miguel Obando y Bravo, had urged the government to lift the emergency before the new charter took effect. The appeal was rejected.",
    ],
    people=[P("Daniel Ortega", "NIC", "President"),
            P("Virgilio Godoy", "NIC", "leader of the Independent Liberal Party"),
            P("Miguel Obando y Bravo", "NIC", "Cardinal, head of the Roman Catholic Church hierarchy")],
    events=[
        E("NIC", "NIC", "COERCE", True, "restored the state of emergency"),
        E("NIC", ["USA", "NIC"], "ACCUSE", True, "the measure was forced on Nicaragua by the U.S.-backed Contra rebels"),
        E("USA", "NIC", "AID SUPPORT", False, "Washington finances the war against our people"),
        E("NIC", "NIC", "REJECT PROTEST", False, "boycotted the signing ceremony"),
        E("NIC", "NIC", "ACCUSE", True, "accused the Sandinista government of giving rights with one hand"),
        E("USA", "NIC", "ACCUSE", True, "called the decree proof that the Sandinistas had no intention of allowing democracy"),
        E("USA", "NIC", "SUPPORT AID", False, "keep pressing Congress for Contra aid"),
        E("NIC", "NIC", "REQUEST", True, "had urged the government to lift the emergency"),
        E("NIC", "NIC", "REJECT", True, "The appeal was rejected."),
    ]))

ARTS.append(dict(
    id="CL2", date="1987-02-15", time="21:10:00",
    headline="CENTRAL AMERICAN LEADERS ENDORSE ARIAS PEACE PLAN WITHOUT NICARAGUA",
    paras=[
        "SAN JOSE, Feb 15 - The presidents of Costa Rica, El Salvador, Guatemala and Honduras endorsed a Costa Rican peace plan for the region today at a one-day summit to which Nicaragua was not invited.",
        "The plan, drafted by Costa Rican President Oscar Arias, calls for a ceasefire in the region's wars, an amnesty for rebels, talks between governments and unarmed opposition groups, and an end to outside aid for insurgents.",
        "In a joint statement, Arias, Jose Napoleon Duarte of El Salvador, Vinicio Cerezo of Guatemala and Jose Azcona of Honduras invited Nicaraguan President Daniel Ortega to discuss the proposal at a meeting in Guatemala within 90 days.",
        "Nicaragua was left out because it had not met democratic standards, Costa Rican officials told Reuters.",
        "In Managua, Foreign Minister Miguel D'Escoto said his government had been snubbed and accused the four of drafting the plan \"with Washington looking over their shoulders.\"",
        "He said Nicaragua would study the document but would not accept any accord that left the United States free to arm the Contras.",
        "A U.S. State Department spokesman welcomed the summit's results as a positive step towards democracy in Central America.",
    ],
    people=[P("Oscar Arias", "CRI", "President"),
            P("Jose Napoleon Duarte", "SLV", "President"),
            P("Vinicio Cerezo", "GTM", "President"),
            P("Jose Azcona", "HND", "President"),
            P("Daniel Ortega", "NIC", "President"),
            P("Miguel D'Escoto", "NIC", "Foreign Minister")],
    events=[
        E("SLV", "CRI", "SUPPORT AGREE", True, "endorsed a Costa Rican peace plan"),
        E("GTM", "CRI", "SUPPORT AGREE", True, "endorsed a Costa Rican peace plan"),
        E("HND", "CRI", "SUPPORT AGREE", True, "endorsed a Costa Rican peace plan"),
        E(["CRI", "SLV", "GTM", "HND"], ["CRI", "SLV", "GTM", "HND"], "CONSULT", False, "one-day summit", sym=True),
        E("CRI", "NIC", "REQUEST CONSULT", True, "invited Nicaraguan President Daniel Ortega to discuss the proposal"),
        E("SLV", "NIC", "REQUEST CONSULT", True, "invited Nicaraguan President Daniel Ortega to discuss the proposal"),
        E("GTM", "NIC", "REQUEST CONSULT", True, "invited Nicaraguan President Daniel Ortega to discuss the proposal"),
        E("HND", "NIC", "REQUEST CONSULT", True, "invited Nicaraguan President Daniel Ortega to discuss the proposal"),
        E(["CRI", "SLV", "GTM", "HND"], "NIC", "REJECT ACCUSE", False, "Nicaragua was left out because it had not met democratic standards"),
        E("NIC", ["CRI", "SLV", "GTM", "HND", "USA"], "ACCUSE", True, "accused the four of drafting the plan"),
        E("NIC", ["CRI", "SLV", "GTM", "HND", "USA"], "REJECT", True, "would not accept any accord that left the United States free to arm the Contras"),
        E("USA", ["CRI", "SLV", "GTM", "HND"], "SUPPORT", True, "welcomed the summit's results"),
    ]))

ARTS.append(dict(
    id="CL3", date="1987-04-29", time="17:25:00",
    headline="NICARAGUA BLAMES REAGAN FOR DEATH OF U.S. ENGINEER",
    paras=[
        "MANAGUA, April 29 - Nicaragua accused the Reagan administration today of responsibility for the death of an American engineer who was killed by U.S.-backed Contra rebels in the northern mountains.",
        "Benjamin Linder, 27, of Portland, Oregon, died on Tuesday when rebels attacked a group of workers building a small hydroelectric dam near the village of San Jose de Bocay, the Defence Ministry said. Two Nicaraguans were also killed.",
        "\"The hands that pulled the trigger were Contra hands, but the bullets were paid for by the United States,\" President Daniel Ortega told reporters. He said Nicaragua would send a protest note to Washington.",
        "The main Contra group, the Nicaraguan Democratic Force, said in a statement issued in Miami that Linder had been carrying a rifle and was killed in combat with its fighters. It denied targeting civilians.",
        "In Washington, a State Department spokesman expressed regret over the death but said Americans had long been warned against travelling to war zones in Nicaragua.",
        "The U.S. embassy in Managua said it had asked the Nicaraguan government for a full account of the attack.",
        "Linder's family, who arrived in Managua on Wednesday, asked the U.S. Congress to cut off all aid to the rebels.",
        "Diplomats said the killing, the first of a U.S. volunteer in the six-year war, was likely to sharpen the debate over Contra funding in Congress.",
    ],
    people=[P("Benjamin Linder", "USA", "engineer"),
            P("Daniel Ortega", "NIC", "President")],
    events=[
        E("NIC", "USA", "ACCUSE", True, "Nicaragua accused the Reagan administration"),
        E("NIC", "USA", "ASSAULT", True, "killed by U.S.-backed Contra rebels"),
        E("NIC", "NIC", "ASSAULT", True, "rebels attacked a group of workers"),
        E("USA", "NIC", "AID SUPPORT", False, "the bullets were paid for by the United States"),
        E("NIC", "USA", "PROTEST", True, "send a protest note to Washington"),
        E("NIC", "USA", "ACCUSE", False, "Linder had been carrying a rifle"),
        E("NIC", "NIC", "REJECT", False, "It denied targeting civilians."),
        E("USA", "NIC", "REQUEST", True, "had asked the Nicaraguan government for a full account of the attack"),
        E("USA", "USA", "REQUEST", True, "asked the U.S. Congress to cut off all aid to the rebels"),
    ]))

ARTS.append(dict(
    id="CL4", date="1987-06-17", time="19:05:00",
    headline="REAGAN TELLS ARIAS HIS PEACE PLAN NEEDS STRENGTHENING",
    paras=[
        "WASHINGTON, June 17 - President Ronald Reagan told Costa Rican President Oscar Arias today that his Central American peace plan must be strengthened to guarantee democracy in Nicaragua, White House officials said.",
        "The two leaders met for about an hour in the Oval Office. Arias, who has opposed U.S. military aid to the Contra rebels, urged Reagan to give his proposal a chance.",
        "\"We are friends, but on this we do not entirely agree,\" Arias told reporters afterwards. He said aid to the rebels only gave the Sandinistas an excuse to delay reforms.",
        "White House spokesman Marlin Fitzwater said Reagan had welcomed Arias's commitment to peace but was concerned that the plan set no firm timetable for democratic change in Managua.",
        "Administration officials said Washington would not abandon the Contras while Soviet and Cuban military advisers remained in Nicaragua.",
        "Arias also met congressional leaders, including House Speaker Jim Wright, who praised the plan.",
        "The five Central American presidents are due to meet in Guatemala in August to discuss the proposal, after an earlier summit was postponed.",
    ],
    people=[P("Ronald Reagan", "USA", "President"),
            P("Oscar Arias", "CRI", "President"),
            P("Marlin Fitzwater", "USA", "White House spokesman"),
            P("Jim Wright", "USA", "House Speaker")],
    events=[
        E("CRI", "USA", "CONSULT", True, "The two leaders met for about an hour in the Oval Office", sym=True),
        E("USA", "CRI", "REQUEST REJECT", True, "must be strengthened"),
        E("CRI", "USA", "REQUEST", True, "urged Reagan to give his proposal a chance"),
        E("CRI", "USA", "REJECT ACCUSE", False, "has opposed U.S. military aid to the Contra rebels"),
        E("CRI", "USA", "REJECT ACCUSE", False, "aid to the rebels only gave the Sandinistas an excuse"),
        E("USA", "CRI", "SUPPORT", True, "Reagan had welcomed Arias's commitment to peace"),
        E("USA", "NIC", "SUPPORT AID", False, "would not abandon the Contras"),
        E("CRI", "USA", "CONSULT", False, "Arias also met congressional leaders"),
        E("USA", "CRI", "SUPPORT", True, "who praised the plan"),
        E(["CRI", "NIC", "SLV", "GTM", "HND"], ["CRI", "NIC", "SLV", "GTM", "HND"], "CONSULT", False, "due to meet in Guatemala in August", sym=True),
    ]))

ARTS.append(dict(
    id="CL5", date="1987-08-05", time="22:30:00",
    headline="REAGAN AND WRIGHT OFFER NICARAGUA PEACE PLAN, SET SEPTEMBER DEADLINE",
    paras=[
        "WASHINGTON, Aug 5 - President Ronald Reagan and House Speaker Jim Wright unveiled a joint plan today for ending the war in Nicaragua, offering to halt U.S. aid to the Contra rebels if the Sandinista government agrees to a ceasefire and democratic reforms.",
        "The proposal calls for a ceasefire by September 30, an end to Soviet and Cuban military aid to Nicaragua, restoration of civil liberties and the lifting of the state of emergency in Managua.",
        "In return, Washington would suspend military aid to the rebels and the Contras would be allowed to take part in elections, the White House said.",
        "Administration officials made clear that if Managua failed to respond by the deadline, Reagan would ask Congress for new military aid, possibly as much as 150 mln dlrs.",
        "Nicaragua reacted coolly. \"This is not a peace plan, it is an ultimatum,\" a Foreign Ministry spokesman in Managua told Reuters by telephone. He said Nicaragua would negotiate only with its Central American neighbours, not with the United States Congress.",
        "Earlier in the day Reagan briefed the ambassadors of Costa Rica, El Salvador, Guatemala and Honduras on the proposal at the White House, officials said.",
        "Democratic leaders said the plan was meant to support, not replace, the regional proposal of Costa Rica's President Oscar Arias, whose counterparts meet in Guatemala on Thursday.",
    ],
    people=[P("Ronald Reagan", "USA", "President"),
            P("Jim Wright", "USA", "House Speaker"),
            P("Oscar Arias", "CRI", "President")],
    events=[
        E("USA", "NIC", "REQUEST", True, "if the Sandinista government agrees to a ceasefire and democratic reforms"),
        E("USA", "NIC", "AGREE CONCEDE RETREAT", True, "offering to halt U.S. aid to the Contra rebels"),
        E("USA", ["RUS", "CUB"], "REQUEST", False, "an end to Soviet and Cuban military aid to Nicaragua"),
        E("USA", "NIC", "THREATEN", True, "Reagan would ask Congress for new military aid"),
        E("NIC", "USA", "REJECT ACCUSE", True, "This is not a peace plan, it is an ultimatum"),
        E("NIC", "USA", "REJECT", False, "would negotiate only with its Central American neighbours"),
        E("USA", "CRI", "SUPPORT", True, "meant to support, not replace, the regional proposal"),
        E("USA", ["CRI", "SLV", "GTM", "HND"], "CONSULT", True, "Reagan briefed the ambassadors of Costa Rica, El Salvador, Guatemala and Honduras"),
    ]))
