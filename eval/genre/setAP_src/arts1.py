# Reuters 1987-1989 articles AP1-AP6
def E(s, t, types, req, ev, sym=False, split=None):
    """One gold event; split='source' or 'target' expands a list of actors acting
    together into one event per actor (a list otherwise means 'any of these codes')."""
    d = {"source": s, "target": t, "types": types, "required": req, "evidence": ev}
    if sym: d["symmetric"] = True
    if split: d["split"] = split
    return d

def expand(events):
    out = []
    for e in events:
        side = e.pop("split", None)
        if side:
            for c in e[side]:
                d = dict(e); d[side] = c; out.append(d)
        else:
            out.append(e)
    return out

ARTS = []

ARTS.append(dict(id="AP1", fmt="txt",
headline="ALFONSIN TOURS SECRET BRAZILIAN NUCLEAR PLANT, LEADERS PLEDGE PEACEFUL USE",
paras=[
"IPERO, Brazil, April 8 - Argentine President Raul Alfonsin today became the first foreign leader to visit Brazil's uranium enrichment centre at Aramar, and he and President Jose Sarney signed a declaration pledging that the two countries' nuclear programmes would be used only for peaceful ends.",
"The visit, which was kept under tight security, returned a gesture made by Alfonsin last July, when he invited Sarney to tour Argentina's enrichment plant at Pilcaniyeu in Patagonia. The two neighbours, long regarded as rivals in a regional nuclear race, have refused to sign the Nuclear Non-Proliferation Treaty.",
"\"We are showing the world that Brazil and Argentina do not distrust each other,\" Sarney told reporters after the two men walked through the navy-run installation. \"There are no secrets between us.\"",
"In the document, called the Declaration of Ipero, the two governments agreed to set up a permanent committee on nuclear policy and to keep each other informed of advances in their programmes. Officials said the committee would meet every six months.",
"Alfonsin praised what he called a new era of trust in South America. He said Argentina would not accept pressure from the major powers to give up its right to nuclear technology, but he denied that either country was seeking to build a bomb.",
"Diplomats in Brasilia said Washington had repeatedly urged both governments to accept international inspections of their facilities. A U.S. embassy spokesman declined to comment on the declaration.",
"The two presidents also discussed their economic integration programme, launched in 1986, and signed protocols on trade in capital goods and on cooperation in aeronautics. Brazilian officials said bilateral trade should pass 1.5 billion dlrs this year.",
"Some Brazilian opposition deputies criticised the government for opening the plant to a foreign head of state while keeping it closed to Congress.",
"Reuter"],
published={"earliest":"1988-04-08","latest":"1988-04-08","why":"dateline April 8; Alfonsin's visit to Aramar and the Declaration of Ipero, 1988"},
people=[{"name":"Raul Alfonsin","country":"ARG","role":"President"},{"name":"Jose Sarney","country":"BRA","role":"President"}],
events=[
E("ARG","BRA",["CONSULT"],True,"Raul Alfonsin today became the first foreign leader to visit Brazil's uranium enrichment centre at Aramar"),
E("ARG","BRA",["AGREE"],True,"signed a declaration pledging that the two countries' nuclear programmes would be used only for peaceful ends",True),
E("ARG","BRA",["CONSULT"],False,"he invited Sarney to tour Argentina's enrichment plant at Pilcaniyeu"),
E("ARG","BRA",["AGREE","COOPERATE"],True,"the two governments agreed to set up a permanent committee on nuclear policy",True),
E("ARG",["USA","WST"],["REJECT"],True,"Argentina would not accept pressure from the major powers to give up its right to nuclear technology"),
E("USA",["ARG","BRA"],["REQUEST"],True,"Washington had repeatedly urged both governments to accept international inspections",split="target"),
E("ARG","BRA",["AGREE","COOPERATE"],True,"signed protocols on trade in capital goods and on cooperation in aeronautics",True),
E("ARG","BRA",["CONSULT"],True,"The two presidents also discussed their economic integration programme",True),
E("BRA","BRA",["ACCUSE","PROTEST"],False,"Some Brazilian opposition deputies criticised the government"),
E("BRA","ARG",["SUPPORT"],False,"\"We are showing the world that Brazil and Argentina do not distrust each other,\""),
]))

ARTS.append(dict(id="AP2", fmt="json",
headline="REAGAN BARS U.S. PAYMENTS TO NORIEGA GOVERNMENT",
meta=dict(date="1988-04-08 21:14:00", authors=[], url=None, domain="reuters.com",
 description="President Reagan invoked emergency powers to stop U.S. payments to Panama's government."),
paras=[
"WASHINGTON, April 8 - President Reagan today invoked emergency economic powers to bar American companies and government agencies from making any payments to the Panamanian government of General Manuel Antonio Noriega.",
"The order, issued under the International Emergency Economic Powers Act, requires that taxes, fees and other sums owed to Panama be placed in an escrow account for the government of Eric Arturo Delvalle, whom Washington still recognises as Panama's president.",
"\"The actions of Manuel Noriega and those who support him constitute an unusual and extraordinary threat to the national security of the United States,\" Reagan said in a statement released by the White House.",
"Officials said the measure was intended to tighten the financial squeeze on Noriega, who was indicted by two U.S. grand juries in February on drug trafficking charges and has refused to step down as commander of the Panama Defence Forces.",
"White House spokesman Marlin Fitzwater said the administration had no plans to use military force to remove the general, but added that the United States would not rule out further steps if he remained in power.",
"In Panama City, the government-controlled media denounced the order as economic aggression. Foreign Minister Jorge Ritter said Panama would complain to the Organisation of American States and accused Washington of trying to starve the Panamanian people into submission.",
"Delvalle, who is in hiding, welcomed the decision and appealed to other governments to join the sanctions.",
"Several Latin American governments, including Mexico and Peru, have criticised the economic pressure as interference in Panama's internal affairs.",
"The Panama Canal Commission, a U.S. agency, was exempted from parts of the order so that the waterway can keep operating.",
"Reuter"],
published={"earliest":"1988-04-08","latest":"1988-04-08","why":"dateline April 8; Reagan's IEEPA order on Panama, 1988"},
people=[{"name":"Reagan","country":"USA","role":"President"},{"name":"Manuel Antonio Noriega","country":"PAN","role":"General, commander of the Panama Defence Forces"},
 {"name":"Eric Arturo Delvalle","country":"PAN","role":"president recognised by Washington"},{"name":"Marlin Fitzwater","country":"USA","role":"White House spokesman"},
 {"name":"Jorge Ritter","country":"PAN","role":"Foreign Minister"}],
events=[
E("USA","PAN",["SANCTION"],True,"invoked emergency economic powers to bar American companies and government agencies from making any payments"),
E("USA","PAN",["ACCUSE"],True,"constitute an unusual and extraordinary threat to the national security of the United States"),
E("USA","PAN",["SANCTION","COERCE"],False,"indicted by two U.S. grand juries in February on drug trafficking charges"),
E("PAN","USA",["REJECT"],False,"has refused to step down as commander"),
E("USA","PAN",["THREATEN"],True,"the United States would not rule out further steps if he remained in power"),
E("PAN","USA",["ACCUSE","PROTEST"],True,"the government-controlled media denounced the order as economic aggression"),
E("PAN","USA",["ACCUSE"],True,"accused Washington of trying to starve the Panamanian people into submission"),
E("PAN","IGO",["REQUEST"],False,"Panama would complain to the Organisation of American States"),
E("PAN","USA",["SUPPORT"],True,"Delvalle, who is in hiding, welcomed the decision"),
E("PAN",["WST","USA"],["REQUEST"],False,"appealed to other governments to join the sanctions"),
E(["MEX","PER"],"USA",["ACCUSE"],True,"including Mexico and Peru, have criticised the economic pressure as interference",split="source"),
E("USA","PAN",["SUPPORT"],False,"whom Washington still recognises as Panama's president"),
]))

ARTS.append(dict(id="AP3", fmt="txt",
headline="GORBACHEV AND CASTRO SIGN FRIENDSHIP TREATY, DIFFER ON REFORM",
paras=[
"HAVANA, April 4 - Soviet leader Mikhail Gorbachev and Cuban President Fidel Castro today signed a 25-year treaty of friendship and cooperation, but the two men made little effort to hide their differences over the reforms sweeping the Soviet Union.",
"The treaty was signed at the Palace of the Revolution on the third day of Gorbachev's visit, the first by a Soviet leader since 1974. It commits both countries to consult on international questions and to expand economic ties.",
"In a speech to the Cuban National Assembly, Gorbachev said Moscow opposed any theory of exporting revolution and called for an end to outside military aid to all sides in Central America. He said the Soviet Union was ready to halt arms deliveries to the region if the United States did the same.",
"Castro, who has rejected Soviet-style restructuring for Cuba, told the deputies that each socialist country must find its own path. \"We will not copy anyone,\" he said, drawing long applause.",
"Western diplomats said Gorbachev had been expected to press Havana to use Soviet economic aid more efficiently. Moscow provides Cuba with an estimated five billion dlrs a year in subsidised oil and trade, and Soviet officials have complained privately about waste.",
"Gorbachev praised Cuba for its role in the agreement signed in December with Angola and South Africa, under which Cuban troops are leaving Angola.",
"Washington said before the visit that it wanted Gorbachev to persuade Castro to stop supplying weapons to leftist rebels in El Salvador. Castro has denied sending arms to the rebels.",
"The two leaders also signed a joint statement calling for a negotiated settlement in Central America.",
"Gorbachev leaves tomorrow for London.",
"Reuter"],
published={"earliest":"1989-04-04","latest":"1989-04-04","why":"dateline April 4; Gorbachev's Havana visit, 1989"},
people=[{"name":"Mikhail Gorbachev","country":"RUS","role":"Soviet leader"},{"name":"Fidel Castro","country":"CUB","role":"President"}],
events=[
E("RUS","CUB",["AGREE","COOPERATE"],True,"signed a 25-year treaty of friendship and cooperation",True),
E("RUS","CUB",["CONSULT"],True,"the third day of Gorbachev's visit",False),
E("RUS",["USA","IGO"],["REQUEST"],True,"called for an end to outside military aid to all sides in Central America"),
E("RUS","USA",["RETREAT","CONCEDE"],False,"the Soviet Union was ready to halt arms deliveries to the region if the United States did the same"),
E("CUB","RUS",["REJECT"],True,"Castro, who has rejected Soviet-style restructuring for Cuba"),
E("RUS","CUB",["REQUEST"],False,"Gorbachev had been expected to press Havana to use Soviet economic aid more efficiently"),
E("RUS","CUB",["AID"],True,"Moscow provides Cuba with an estimated five billion dlrs a year in subsidised oil and trade"),
E("RUS","CUB",["ACCUSE"],False,"Soviet officials have complained privately about waste"),
E("RUS","CUB",["SUPPORT"],True,"Gorbachev praised Cuba for its role in the agreement"),
E("USA","RUS",["REQUEST"],True,"it wanted Gorbachev to persuade Castro to stop supplying weapons"),
E("CUB","SLV",["AID"],False,"supplying weapons to leftist rebels in El Salvador"),
E("CUB","USA",["REJECT"],False,"Castro has denied sending arms to the rebels"),
E("RUS","CUB",["AGREE"],True,"signed a joint statement calling for a negotiated settlement in Central America",True),
]))

ARTS.append(dict(id="AP4", fmt="json",
headline="CENTRAL AMERICAN PRESIDENTS AGREE TO DISMANTLE CONTRA CAMPS",
meta=dict(date="1989-02-14 23:40:00", authors=[], url=None, domain="reuters.com",
 description="Five Central American presidents agreed to a plan to close Contra bases in Honduras in exchange for early elections in Nicaragua."),
paras=[
"COSTA DEL SOL, El Salvador, Feb 14 - The five Central American presidents agreed today to draw up within 90 days a plan for disbanding the U.S.-backed Contra rebels and closing their camps in Honduras, in return for a promise by Nicaragua to hold early and internationally supervised elections.",
"Under the accord, reached after two days of closed-door talks at this Pacific beach resort, Nicaraguan President Daniel Ortega pledged to bring forward elections to February 1990 and to give opposition parties access to television and radio.",
"Honduran President Jose Azcona Hoyo, whose country hosts an estimated 11,000 Contra fighters, said the rebels would have to leave his territory voluntarily. \"Honduras will not be a base for anybody's war,\" he told reporters.",
"The agreement was a setback for the Bush administration, which had asked Central American governments not to act on the Contras until it completed a review of its policy in the region. A State Department spokesman said Washington would study the text but warned that it contained no guarantees that Nicaragua would keep its word.",
"Contra leaders in Miami denounced the plan as a betrayal and said their forces would not lay down their arms. They accused the presidents of giving Ortega a victory he had not won on the battlefield.",
"The presidents also asked the United Nations to help verify the demobilisation and the Nicaraguan elections.",
"Salvadoran President Jose Napoleon Duarte, the host, urged Nicaragua to stop sending weapons to leftist guerrillas fighting his government, a charge Managua has always denied.",
"Costa Rican President Oscar Arias, author of the 1987 regional peace plan, called the accord the most important step so far towards peace in the region.",
"Reuter"],
published={"earliest":"1989-02-14","latest":"1989-02-14","why":"dateline Feb 14; Costa del Sol summit, 1989"},
people=[{"name":"Daniel Ortega","country":"NIC","role":"President"},{"name":"Jose Azcona Hoyo","country":"HND","role":"President"},
 {"name":"Jose Napoleon Duarte","country":"SLV","role":"President"},{"name":"Oscar Arias","country":"CRI","role":"President"}],
events=[
E(["SLV","HND","GTM","CRI","NIC"],["SLV","HND","GTM","CRI","NIC"],["AGREE"],True,"The five Central American presidents agreed today to draw up within 90 days a plan",True),
E(["HND","SLV","GTM","CRI"],"NIC",["CONSULT"],True,"two days of closed-door talks at this Pacific beach resort",True),
E("NIC",["HND","SLV","GTM","CRI"],["AGREE","CONCEDE"],True,"Daniel Ortega pledged to bring forward elections to February 1990"),
E("HND","NIC",["REJECT","RETREAT"],False,"\"Honduras will not be a base for anybody's war,\""),
E("HND","NIC",["REQUEST"],False,"the rebels would have to leave his territory voluntarily"),
E("USA",["HND","SLV","GTM","CRI","NIC"],["REQUEST"],True,"had asked Central American governments not to act on the Contras"),
E("USA","NIC",["ACCUSE"],True,"warned that it contained no guarantees that Nicaragua would keep its word"),
E("NIC",["HND","SLV","GTM","CRI"],["ACCUSE","REJECT"],True,"Contra leaders in Miami denounced the plan as a betrayal"),
E("NIC","NIC",["REJECT"],False,"their forces would not lay down their arms"),
E(["SLV","HND","GTM","CRI","NIC"],"UNO",["REQUEST"],True,"The presidents also asked the United Nations to help verify"),
E("SLV","NIC",["REQUEST","ACCUSE"],True,"urged Nicaragua to stop sending weapons to leftist guerrillas"),
E("NIC","SLV",["REJECT"],False,"a charge Managua has always denied"),
E("USA","NIC",["AID"],False,"the U.S.-backed Contra rebels"),
]))

ARTS.append(dict(id="AP5", fmt="dump",
headline="EL SALVADOR SUSPENDS TIES WITH NICARAGUA OVER MISSILE PLANE",
paras=[
"SAN SALVADOR, Nov 26 - El Salvador suspended diplomatic relations with Nicaragua today, accusing the Sandinista government of supplying surface-to-air missiles to leftist guerrillas after a light aircraft loaded with weapons crashed in the east of the country.",
"President Alfredo Cristiani announced the decision in a nationwide broadcast. He said the plane, which came down on Saturday near the town of El Transito, had taken off from Nicaragua and was carrying SAM-7 missiles for the Farabundo Marti National Liberation Front (FMLN).",
"\"The evidence is irrefutable. The government of Nicaragua has armed those who are killing Salvadorans,\" Cristiani said. He ordered Nicaraguan diplomats to leave the country within 72 hours.",
"In Managua, the Nicaraguan government denied any role in the flight and rejected what it called a pretext for aggression. Foreign Minister Miguel D'Escoto said Nicaragua would ask the United Nations Security Council to meet.",
"The State Department said the crash confirmed long-standing U.S. charges and called on the Soviet Union and Cuba to press Managua to halt arms shipments. A spokesman said the matter would be raised with Moscow.",
"Salvadoran troops have been fighting the rebels in the capital and other cities for two weeks since the guerrillas launched their biggest offensive of the 10-year civil war. Army officers said the missiles would have posed a serious threat to the air force.",
"The FMLN, in a radio broadcast, said it had every right to obtain weapons wherever it could and vowed to continue fighting.",
"Costa Rica and Honduras expressed concern over the incident and said it threatened the regional peace process."],
published={"earliest":"1989-11-26","latest":"1989-11-26","why":"dateline Nov 26; missile plane crash during FMLN offensive, 1989"},
people=[{"name":"Alfredo Cristiani","country":"SLV","role":"President"},{"name":"Miguel D'Escoto","country":"NIC","role":"Foreign Minister"}],
events=[
E("SLV","NIC",["SANCTION","REJECT"],True,"El Salvador suspended diplomatic relations with Nicaragua today"),
E("SLV","NIC",["ACCUSE"],True,"accusing the Sandinista government of supplying surface-to-air missiles to leftist guerrillas"),
E("NIC","SLV",["AID"],False,"was carrying SAM-7 missiles for the Farabundo Marti National Liberation Front"),
E("SLV","NIC",["ACCUSE"],False,"The government of Nicaragua has armed those who are killing Salvadorans"),
E("SLV","NIC",["COERCE","SANCTION"],True,"He ordered Nicaraguan diplomats to leave the country within 72 hours"),
E("NIC","SLV",["REJECT"],True,"the Nicaraguan government denied any role in the flight"),
E("NIC","SLV",["ACCUSE"],False,"rejected what it called a pretext for aggression"),
E("NIC","UNO",["REQUEST"],True,"Nicaragua would ask the United Nations Security Council to meet"),
E("USA","NIC",["ACCUSE"],True,"the crash confirmed long-standing U.S. charges"),
E("USA",["RUS","CUB"],["REQUEST"],True,"called on the Soviet Union and Cuba to press Managua to halt arms shipments",split="target"),
E("SLV","SLV",["ASSAULT"],True,"Salvadoran troops have been fighting the rebels in the capital",True),
E("SLV","SLV",["ASSAULT"],False,"the guerrillas launched their biggest offensive"),
E(["CRI","HND"],"NIC",["PROTEST"],False,"Costa Rica and Honduras expressed concern over the incident"),
]))

ARTS.append(dict(id="AP6", fmt="dump",
headline="BUSH AND SALINAS PLEDGE NEW START IN U.S.-MEXICAN TIES",
paras=[
"HOUSTON, Nov 22 - President-elect George Bush and Mexico's President-elect Carlos Salinas de Gortari met here today and promised to open a new era of cooperation between their countries, but gave no sign of agreement on Mexico's 100 billion dlr foreign debt.",
"The two men, who will both take office in the coming weeks, spent more than two hours together at a hotel near the airport and later lunched with aides. It was the first meeting between the incoming leaders.",
"\"We want to work together on trade, on drugs, on the environment and on the debt,\" Bush told reporters after the talks. He called Salinas a friend and praised his commitment to economic reform.",
"Salinas said he had asked Bush to support a reduction in the burden of Mexico's debt, which consumes a large share of its export earnings. Mexican officials said he made clear that Mexico would not accept new austerity measures that would choke growth.",
"Bush did not commit himself to a new debt plan but said Washington would look sympathetically at Mexico's needs. U.S. officials said the Treasury was preparing a bridge loan of about 3.5 billion dlrs to help Mexico through the coming months.",
"On drugs, the two agreed that their governments would step up cooperation against traffickers. Bush aides said he also raised U.S. concern about the flow of illegal immigrants across the border.",
"Salinas, who won the July election by a narrow official margin amid opposition charges of fraud, is to be sworn in on December 1. Bush takes office on January 20.",
"The two leaders agreed to meet again soon after their inaugurations.",
"Reuter"],
published={"earliest":"1988-11-22","latest":"1988-11-22","why":"dateline Nov 22; Bush-Salinas Houston meeting as presidents-elect, 1988"},
people=[{"name":"George Bush","country":"USA","role":"President-elect"},{"name":"Carlos Salinas de Gortari","country":"MEX","role":"President-elect"}],
events=[
E("USA","MEX",["CONSULT"],True,"met here today and promised to open a new era of cooperation",True),
E("USA","MEX",["COOPERATE","AGREE"],False,"promised to open a new era of cooperation between their countries",True),
E("USA","MEX",["SUPPORT"],True,"praised his commitment to economic reform"),
E("MEX","USA",["REQUEST"],True,"he had asked Bush to support a reduction in the burden of Mexico's debt"),
E("MEX",["USA","IGO"],["REJECT"],False,"Mexico would not accept new austerity measures"),
E("USA","MEX",["SUPPORT"],False,"Washington would look sympathetically at Mexico's needs"),
E("USA","MEX",["AID"],True,"the Treasury was preparing a bridge loan of about 3.5 billion dlrs"),
E("USA","MEX",["AGREE","COOPERATE"],True,"the two agreed that their governments would step up cooperation against traffickers",True),
E("USA","MEX",["PROTEST","REQUEST"],True,"he also raised U.S. concern about the flow of illegal immigrants"),
E("MEX","MEX",["ACCUSE"],False,"amid opposition charges of fraud"),
E("USA","MEX",["AGREE"],True,"The two leaders agreed to meet again soon",True),
]))
