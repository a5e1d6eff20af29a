# Articles CL14..CL20 for set CL. Own wording.
from arts_a import E, P

ARTS = []

ARTS.append(dict(
    id="CL14", date="1987-07-28", time="17:45:00",
    headline="HAITIAN PRIESTS SAY LANDOWNERS MASSACRED PEASANTS AT JEAN-RABEL",
    paras=[
        "PORT-AU-PRINCE, July 28 - Roman Catholic priests in northwest Haiti said today that gunmen hired by big landowners killed more than 100 members of a peasant cooperative last week in a dispute over land near the town of Jean-Rabel.",
        "The government put the death toll at 27 and said the clash was a local quarrel between rival peasant groups, according to a statement read on state radio.",
        "The priests, who work with the Tet Kole peasant movement, accused local army officers of standing by while the attackers hacked and shot villagers on Thursday, and said some had armed the killers.",
        "\"The soldiers saw everything and did nothing,\" one priest told Reuters by telephone from Jean-Rabel. He asked not to be named.",
        "An armed forces spokesman denied that soldiers were involved and said troops had been sent to the area to restore order.",
        "Opposition leaders in Port-au-Prince called for an independent inquiry and said the killings showed the ruling National Governing Council headed by Lieutenant General Henri Namphy could not guarantee security for the elections due in November.",
        "Haiti has been shaken by strikes and violent protests since June, in which at least 30 people have been killed, most of them by troops.",
    ],
    people=[P("Henri Namphy", "HTI", "Lieutenant General, head of the National Governing Council")],
    events=[
        E("HTI", "HTI", "ASSAULT", True, "killed more than 100 members of a peasant cooperative"),
        E("HTI", "HTI", "ACCUSE", True, "accused local army officers of standing by"),
        E("HTI", "HTI", "REJECT", True, "denied that soldiers were involved"),
        E("HTI", "HTI", "MOBILIZE", False, "troops had been sent to the area to restore order"),
        E("HTI", "HTI", "REQUEST", True, "called for an independent inquiry"),
        E("HTI", "HTI", "ACCUSE", True, "could not guarantee security for the elections"),
        E("HTI", "HTI", "PROTEST", False, "strikes and violent protests since June"),
        E("HTI", "HTI", "ASSAULT", False, "most of them by troops"),
    ]))

ARTS.append(dict(
    id="CL15", date="1988-01-08", time=None,
    headline="HAITI OPPOSITION CANDIDATES VOW TO BOYCOTT ARMY-RUN ELECTION",
    paras=[
        "PORT-AU-PRINCE, Jan 8 - Four leading candidates in Haiti's aborted presidential election said today they would boycott the new vote set for January 17 by the military-led government, calling it a fraud staged to install a puppet.",
        "Marc Bazin, Louis Dejoie, Sylvio Claude and Gerard Gourgue said in a joint statement that no honest election was possible while the army and the ruling council of Lieutenant General Henri Namphy controlled the process.",
        "They urged Haitians to stay home on polling day. \"A vote organised by those who let murderers loose on voters is not a vote,\" Gourgue told a news conference.",
        "The government dismissed the boycott call. An Information Ministry spokesman told Reuters that voting would go ahead as planned and that the army would guarantee security.",
        "The ruling council cancelled the November 29 election after gunmen killed at least 34 people at polling stations, and dissolved the independent electoral council.",
        "The United States, which cut off most of its aid to Haiti after the massacre, has said it will not restore the aid unless there is a credible vote.",
    ],
    people=[P("Marc Bazin", "HTI", "presidential candidate"),
            P("Louis Dejoie", "HTI", "presidential candidate"),
            P("Sylvio Claude", "HTI", "presidential candidate"),
            P("Gerard Gourgue", "HTI", "presidential candidate"),
            P("Henri Namphy", "HTI", "Lieutenant General, head of the ruling council")],
    events=[
        E("HTI", "HTI", "REJECT PROTEST", True, "they would boycott the new vote"),
        E("HTI", "HTI", "ACCUSE", True, "calling it a fraud staged to install a puppet"),
        E("HTI", "HTI", "ACCUSE", False, "no honest election was possible"),
        E("HTI", "HTI", "REQUEST PROTEST", True, "urged Haitians to stay home on polling day"),
        E("HTI", "HTI", "REJECT", True, "The government dismissed the boycott call."),
        E("HTI", "HTI", "ASSAULT", False, "gunmen killed at least 34 people at polling stations"),
        E("HTI", "HTI", "COERCE", False, "dissolved the independent electoral council"),
        E("USA", "HTI", "SANCTION", False, "cut off most of its aid to Haiti"),
        E("USA", "HTI", "THREATEN REJECT SANCTION", True, "will not restore the aid unless there is a credible vote"),
    ]))

ARTS.append(dict(
    id="CL16", date="1987-10-12", time=None,
    headline="RIOTS IN BOGOTA AFTER LEFTIST LEADER PARDO LEAL IS SHOT DEAD",
    paras=[
        "BOGOTA, Oct 12 - Rioters burned buses and looted shops in central Bogota today after Jaime Pardo Leal, leader of the leftist Patriotic Union party, was shot dead by gunmen on a highway outside the capital, police said.",
        "Pardo Leal, 46, the party's candidate in last year's presidential election, was ambushed on Sunday as he drove back from a weekend farm with his family. His wife and son were unhurt.",
        "Police fired tear gas to break up crowds of students and workers who marched on the presidential palace. At least one person was killed and dozens were arrested, officials said.",
        "The Patriotic Union, founded by the Revolutionary Armed Forces of Colombia (FARC) guerrillas during a 1984 truce, accused right-wing death squads linked to the army of killing more than 450 of its members in two years.",
        "The army denied any role. President Virgilio Barco condemned the murder as an attack on democracy and ordered a full investigation.",
        "The country's main labour federation called a general strike for Tuesday in protest.",
    ],
    people=[P("Jaime Pardo Leal", "COL", "leader of the Patriotic Union party"),
            P("Virgilio Barco", "COL", "President")],
    events=[
        E("COL", "COL", "ASSAULT", True, "was shot dead by gunmen"),
        E("COL", "COL", "PROTEST ASSAULT", True, "Rioters burned buses and looted shops"),
        E("COL", "COL", "COERCE ASSAULT", True, "Police fired tear gas to break up crowds"),
        E("COL", "COL", "PROTEST", False, "marched on the presidential palace"),
        E("COL", "COL", "COERCE", False, "dozens were arrested"),
        E("COL", "COL", "ACCUSE", True, "accused right-wing death squads linked to the army"),
        E("COL", "COL", "ASSAULT", False, "killing more than 450 of its members"),
        E("COL", "COL", "REJECT", True, "The army denied any role."),
        E("COL", "COL", "ACCUSE", False, "condemned the murder as an attack on democracy"),
        E("COL", "COL", "PROTEST", True, "called a general strike for Tuesday in protest"),
    ]))

ARTS.append(dict(
    id="CL17", date="1987-10-28", time=None,
    headline="SALVADOR PASSES AMNESTY, U.S. VOICES CONCERN OVER KILLERS OF MARINES",
    paras=[
        "SAN SALVADOR, Oct 28 - El Salvador's Legislative Assembly approved a sweeping amnesty today for political crimes committed during the eight-year civil war, a step required by the Central American peace accord signed in Guatemala in August.",
        "The law, proposed by President Jose Napoleon Duarte, covers both leftist guerrillas and members of the security forces and is expected to free about 400 political prisoners, officials said.",
        "The U.S. embassy said it was deeply concerned that the amnesty could benefit the rebels convicted of killing four U.S. Marines at a San Salvador cafe in 1985.",
        "\"Murder of unarmed men is not a political crime,\" an embassy spokesman said, adding that Washington had made its views known to the Duarte government.",
        "Duarte said the courts would decide who qualified. He promised that the Marines' killers would not be freed.",
        "The Farabundo Marti National Liberation Front (FMLN) guerrillas rejected the amnesty, saying it was designed to protect soldiers and death squads responsible for thousands of killings.",
        "Human rights groups also criticised the law. Rebel attacks continued in the eastern provinces, where guerrillas blew up power pylons overnight, the army said.",
    ],
    people=[P("Jose Napoleon Duarte", "SLV", "President")],
    events=[
        E("SLV", "SLV", "CONCEDE", True, "approved a sweeping amnesty"),
        E("USA", "SLV", "ACCUSE PROTEST REJECT", True, "deeply concerned that the amnesty could benefit the rebels"),
        E("SLV", "USA", "ASSAULT", False, "killing four U.S. Marines"),
        E("USA", "SLV", "PROTEST CONSULT", False, "had made its views known to the Duarte government"),
        E("SLV", "USA", "AGREE CONCEDE", True, "promised that the Marines' killers would not be freed"),
        E("SLV", "SLV", "REJECT", True, "guerrillas rejected the amnesty"),
        E("SLV", "SLV", "ACCUSE", False, "designed to protect soldiers and death squads"),
        E("SLV", "SLV", "ACCUSE", True, "Human rights groups also criticised the law"),
        E("SLV", "SLV", "ASSAULT", True, "guerrillas blew up power pylons"),
    ]))

ARTS.append(dict(
    id="CL18", date="1987-05-29", time=None,
    headline="CUBAN AIR FORCE GENERAL FLEES TO U.S. IN LIGHT PLANE",
    paras=[
        "WASHINGTON, May 29 - A senior Cuban air force general flew to the United States with his family in a light plane and has asked for political asylum, U.S. officials said today.",
        "Brigadier General Rafael del Pino, a decorated veteran of the 1961 Bay of Pigs invasion, landed at the Boca Chica naval air station near Key West on Thursday with his wife and three children, the State Department said.",
        "He is the highest-ranking Cuban officer ever to defect. U.S. officials said he was being questioned by intelligence agents and would be allowed to stay.",
        "Cuba's Communist Party newspaper Granma called del Pino a traitor and a drunk who had been about to face disciplinary action, and accused the United States of encouraging desertions.",
        "Havana said it would not ask for his return. \"The revolution has lost nothing,\" the newspaper said.",
        "The State Department said Cuba had been told through its interests section in Washington that the general would not be sent back.",
        "Diplomats in Havana said the defection was an embarrassment for President Fidel Castro, who has been purging officials accused of corruption.",
    ],
    people=[P("Rafael del Pino", "CUB", "Brigadier General, air force"),
            P("Fidel Castro", "CUB", "President")],
    events=[
        E("CUB", "USA", "REQUEST", True, "has asked for political asylum"),
        E("USA", "CUB", "AGREE AID", True, "would be allowed to stay"),
        E("USA", "CUB", "COOPERATE CONSULT COERCE", False, "was being questioned by intelligence agents"),
        E("CUB", "CUB", "ACCUSE", True, "called del Pino a traitor"),
        E("CUB", "USA", "ACCUSE", True, "accused the United States of encouraging desertions"),
        E("CUB", "USA", "REQUEST", False, "would not ask for his return"),
        E("USA", "CUB", "REJECT", True, "the general would not be sent back"),
        E("CUB", "CUB", "COERCE", False, "purging officials accused of corruption"),
    ]))

ARTS.append(dict(
    id="CL19", date="1987-03-11", time=None,
    headline="U.N. RIGHTS BODY SHELVES U.S. MOTION CONDEMNING CUBA",
    paras=[
        "GENEVA, March 11 - The United Nations Human Rights Commission voted narrowly today to take no action on a U.S. resolution accusing Cuba of widespread human rights abuses, handing Washington a diplomatic defeat.",
        "The commission adopted by 19 votes to 18, with six abstentions, an Indian motion to shelve the U.S. draft, which had called for the situation in Cuba to be kept under review.",
        "The U.S. delegation, led by E. Robert Wallach, had lobbied hard for the resolution, saying Cuba held hundreds of political prisoners and tortured dissidents.",
        "Cuba's delegate told the commission that the United States had no moral right to judge others and accused it of using the human rights issue as a weapon in its campaign against the Cuban revolution.",
        "\"They come here to attack Cuba while they arm the killers of Central American peasants,\" he said.",
        "Western diplomats said several Latin American countries, including Argentina, Mexico and Peru, had declined to back the U.S. text, while most West European countries voted with Washington.",
        "U.S. officials said they would raise the issue again next year.",
    ],
    people=[P("E. Robert Wallach", "USA", "head of the U.S. delegation")],
    events=[
        E("UNO", "USA", "REJECT", True, "voted narrowly today to take no action on a U.S. resolution"),
        E("USA", "CUB", "ACCUSE", True, "a U.S. resolution accusing Cuba of widespread human rights abuses"),
        E("IND", "USA", "REJECT", False, "an Indian motion to shelve the U.S. draft"),
        E("USA", "UNO", "REQUEST", False, "had lobbied hard for the resolution"),
        E("USA", "CUB", "ACCUSE", False, "saying Cuba held hundreds of political prisoners"),
        E("CUB", "USA", "ACCUSE", True, "accused it of using the human rights issue as a weapon"),
        E("CUB", "USA", "ACCUSE REJECT", False, "had no moral right to judge others"),
        E("ARG", "USA", "REJECT", True, "had declined to back the U.S. text"),
        E("MEX", "USA", "REJECT", True, "had declined to back the U.S. text"),
        E("PER", "USA", "REJECT", True, "had declined to back the U.S. text"),
        E("WST", "USA", "SUPPORT", False, "most West European countries voted with Washington"),
        E("USA", "CUB", "ACCUSE THREATEN", False, "would raise the issue again next year"),
    ]))

ARTS.append(dict(
    id="CL20", date="1987-12-29", time=None,
    headline="MEXICO OFFERS TO SWAP BANK DEBT FOR BONDS BACKED BY U.S. TREASURY",
    paras=[
        "MEXICO CITY, Dec 29 - Mexico announced a plan today to retire part of its 100 billion dlr foreign debt by swapping bank loans at a discount for new 20-year bonds whose principal will be backed by special U.S. Treasury securities.",
        "Finance Minister Gustavo Petricioli said Mexico would buy zero-coupon bonds from the U.S. Treasury with about two billion dlrs of its reserves, to guarantee repayment of the new bonds at maturity.",
        "Creditor banks will be invited to offer their loans at an auction early next year. The plan was worked out with Morgan Guaranty Trust Co of New York, which will act as agent, officials said.",
        "In Washington, Treasury Secretary James Baker welcomed the initiative as a creative market-based approach and said the Treasury had agreed to issue the securities.",
        "Some bankers were cool. \"Nobody is going to give up 50 cents on the dollar just because Mexico has found a nice package,\" one New York banker told Reuters.",
        "Mexican officials said the debt could be cut by up to 10 billion dlrs if banks offered about 20 billion dlrs of loans.",
    ],
    people=[P("Gustavo Petricioli", "MEX", "Finance Minister"),
            P("James Baker", "USA", "Treasury Secretary")],
    events=[
        E("MEX", "MNC", "REQUEST CONSULT", True, "Creditor banks will be invited to offer their loans"),
        E("MEX", ["MNC", "USA"], "COOPERATE AGREE", True, "The plan was worked out with Morgan Guaranty Trust Co", sym=True),
        E("MEX", "USA", "COOPERATE AGREE", True, "buy zero-coupon bonds from the U.S. Treasury"),
        E("USA", "MEX", "SUPPORT", True, "welcomed the initiative"),
        E("USA", "MEX", "AGREE COOPERATE", True, "had agreed to issue the securities"),
        E(["MNC", "USA"], "MEX", "REJECT", False, "Some bankers were cool"),
    ]))
