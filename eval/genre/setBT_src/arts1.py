# Articles BT1-BT7 with their gold annotation.
Y = ["SRB", "YUG"]
XK = ["XKX", "KSV"]


def E(src, tgt, types, ev, req=True, sym=False):
    d = {"source": src, "target": tgt, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d


ARTS = []

ARTS.append(dict(
    id="BT1", fmt="txt",
    headline="SERBIAN PARTY OUSTS BELGRADE CHIEF AFTER MARATHON KOSOVO DEBATE",
    published=("1987-09-24", "1987-09-24", "dateline 'Sept 24'; Eighth Session of Serbian party, 1987"),
    paras=[
        "BELGRADE, Sept 24 - Serbia's Communist Party leadership voted early today to dismiss Dragisa Pavlovic, head of the Belgrade party organisation, after a marathon session dominated by a bitter quarrel over ethnic tensions in Kosovo province.",
        "The central committee of the League of Communists of Serbia removed Pavlovic from its presidium by a large majority after more than 30 hours of debate, much of it broadcast live on state television, officials said.",
        "Pavlovic had been accused by Serbian party chief Slobodan Milosevic and his allies of taking a soft line towards Albanian nationalists in Kosovo and of undermining party unity with a speech warning against \"hasty promises\" to the province's Serbs. Milosevic's supporters had demanded his resignation for weeks.",
        "\"Whoever plays with the feelings of the Serbian people in Kosovo plays with fire,\" Pavlovic told the meeting before the vote, according to the official Tanjug news agency. He denied that he had ever opposed party policy.",
        "Serbian state president Ivan Stambolic, long Milosevic's patron, defended Pavlovic during the session but was outvoted. Political sources said Stambolic's own position now looked uncertain.",
        "Tanjug said the committee also issued a sharp warning to the Kosovo provincial leadership, which it blamed for failing to halt the emigration of Serbs.",
        "Delegates from Kosovo accused the Belgrade leadership of ignoring complaints by Serbs and Montenegrins, who say they are being pressured by the ethnic Albanian majority to leave the province.",
        "The federal party presidium did not intervene in the dispute, which Western diplomats described as the sharpest open split in the Serbian leadership since the death of President Josip Broz Tito in 1980.",
        "\"This was a test of strength and Milosevic won it,\" one diplomat said. \"The question now is whether he will use it to press the other republics over Kosovo.\"",
        "Several thousand Serbs from Kosovo have travelled to Belgrade in recent months to demand protection, and some have threatened to stage a mass march on the capital if their grievances are ignored.",
        "Reuter",
    ],
    people=[("Dragisa Pavlovic", "SRB", "head of the Belgrade party organisation"),
            ("Slobodan Milosevic", "SRB", "Serbian party chief"),
            ("Ivan Stambolic", "SRB", "Serbian state president"),
            ("Josip Broz Tito", "YUG", "late President")],
    events=[
        E(Y, Y, "COERCE SANCTION", "voted early today to dismiss Dragisa Pavlovic", req=False),
        E(Y, Y, "ACCUSE", "Pavlovic had been accused by Serbian party chief Slobodan Milosevic"),
        E(Y, Y, "REQUEST", "Milosevic's supporters had demanded his resignation"),
        E(Y, Y, "REJECT", "He denied that he had ever opposed party policy", req=False),
        E(Y, Y, "SUPPORT", "defended Pavlovic during the session"),
        E(Y, Y, "THREATEN ACCUSE", "issued a sharp warning to the Kosovo provincial leadership"),
        E(Y, Y, "ACCUSE", "Delegates from Kosovo accused the Belgrade leadership"),
        E(Y, Y, "COERCE", "being pressured by the ethnic Albanian majority to leave the province", req=False),
        E(Y, Y, "REQUEST", "travelled to Belgrade in recent months to demand protection"),
        E(Y, Y, "THREATEN PROTEST", "threatened to stage a mass march on the capital", req=False),
    ]))

ARTS.append(dict(
    id="BT2", fmt="txt",
    headline="HUNGARIAN PARTY REPLACES KADAR WITH PRIME MINISTER GROSZ",
    published=("1988-05-22", "1988-05-22", "dateline 'May 22'; Hungarian party conference of May 1988"),
    paras=[
        "BUDAPEST, May 22 - Hungary's ruling communist party today elected Prime Minister Karoly Grosz as its general secretary, ending more than three decades of leadership by Janos Kadar, who was moved to the largely ceremonial post of party president.",
        "A special national conference of the Hungarian Socialist Workers' Party also voted eight veteran members off the Politburo and brought in several reformers, among them economist Rezso Nyers and Imre Pozsgay, head of the Patriotic People's Front.",
        "Kadar, 76, who took power after Soviet troops crushed the 1956 uprising, was not re-elected to the Politburo. Delegates said he had asked to be relieved of day-to-day duties.",
        "Soviet leader Mikhail Gorbachev sent Grosz a message congratulating him on his election and praising Hungary's \"creative search\" for economic renewal, the official MTI news agency said.",
        "In Washington, the State Department welcomed the change and said it hoped for a broadening of political freedoms. Grosz is expected to visit the United States in July for talks with officials and bankers.",
        "Grosz told a news conference that Hungary would keep working with the International Monetary Fund on its debt of nearly 18 billion dollars but warned that the party would not allow opposition groups to set themselves up as rival parties.",
        "\"There is room for debate, but not for a second power centre,\" he said.",
        "Independent intellectuals, who have formed several unofficial clubs this year, called on the new leadership to guarantee freedom of assembly and of the press.",
        "Police in March briefly detained several organisers of an unofficial rally in the capital marking the anniversary of the 1848 revolution, and dissidents said they would judge Grosz by whether such arrests stopped.",
        "Western diplomats said the changes were the most sweeping in any East Bloc leadership since Gorbachev came to power.",
        "Reuter",
    ],
    people=[("Karoly Grosz", "HUN", "Prime Minister; party general secretary"),
            ("Janos Kadar", "HUN", "party president"),
            ("Rezso Nyers", "HUN", "economist"),
            ("Imre Pozsgay", "HUN", "head of the Patriotic People's Front"),
            ("Mikhail Gorbachev", "RUS", "Soviet leader")],
    events=[
        E("RUS", "HUN", "SUPPORT", "sent Grosz a message congratulating him on his election"),
        E("USA", "HUN", "SUPPORT", "the State Department welcomed the change"),
        E("USA", "HUN", "REQUEST", "hoped for a broadening of political freedoms", req=False),
        E("HUN", "USA", "CONSULT", "Grosz is expected to visit the United States in July"),
        E("HUN", "IGO", "COOPERATE AGREE", "Hungary would keep working with the International Monetary Fund"),
        E("HUN", "HUN", "THREATEN", "warned that the party would not allow opposition groups"),
        E("HUN", "HUN", "REQUEST", "called on the new leadership to guarantee freedom of assembly"),
        E("HUN", "HUN", "COERCE", "Police in March briefly detained several organisers", req=False),
        E("HUN", "HUN", "COERCE", "voted eight veteran members off the Politburo", req=False),
        E("RUS", "HUN", "ASSAULT", "Soviet troops crushed the 1956 uprising", req=False),
    ]))

ARTS.append(dict(
    id="BT3", fmt="json",
    headline="GROSZ AND CEAUSESCU FAIL TO SETTLE MINORITY ROW AT ARAD TALKS",
    published=("1988-08-29", "1988-08-29", "dateline 'Aug 29'; Arad summit of 28 August 1988"),
    meta=dict(date_publish="1988-08-29 17:40:00", authors=[], url=None, source_domain="reuters.com",
              description="Hungarian and Romanian leaders meet at the border town of Arad but make no progress on the treatment of Romania's Hungarian minority."),
    paras=[
        "BUDAPEST, Aug 29 - Hungarian party leader Karoly Grosz returned home today from talks with Romanian President Nicolae Ceausescu that failed to resolve a deepening dispute over the treatment of Romania's two million ethnic Hungarians.",
        "The two leaders met for about six hours on Sunday in the western Romanian town of Arad, the first summit between the neighbours in more than a decade.",
        "Grosz told reporters at Budapest airport that he had raised Hungary's concerns about a Romanian plan to bulldoze thousands of villages, many of them in Transylvania, and move their inhabitants to agro-industrial centres.",
        "\"I cannot say that we reached an understanding. The differences remain,\" Grosz said.",
        "Ceausescu rejected the criticism and insisted that the treatment of minorities was an internal Romanian affair, Hungarian officials said. The Romanian leader also accused Budapest of encouraging Romanian citizens to flee across the border.",
        "Some 15,000 refugees from Romania, most of them ethnic Hungarians, have arrived in Hungary since last year, and Budapest has given many of them residence permits.",
        "The two sides agreed that their foreign ministries would continue contacts and that a joint commission would study economic cooperation, according to a short statement issued by the Hungarian news agency MTI.",
        "Relations have been at their lowest point in years since tens of thousands of people marched past the Romanian embassy in Budapest in June to protest against the village plan. Romania responded by ordering Hungary's consulate in the Transylvanian city of Cluj to close.",
        "Hungarian opposition groups criticised Grosz for going to Arad at all, saying the meeting gave Ceausescu a propaganda victory without any concession in return.",
        "Reuter",
    ],
    people=[("Karoly Grosz", "HUN", "party leader"), ("Nicolae Ceausescu", "ROU", "President")],
    events=[
        E("HUN", "ROU", "CONSULT", "The two leaders met for about six hours on Sunday in the western Romanian town of Arad", sym=True),
        E("HUN", "ROU", "ACCUSE REQUEST", "he had raised Hungary's concerns about a Romanian plan to bulldoze thousands of villages"),
        E("ROU", "HUN", "REJECT", "Ceausescu rejected the criticism"),
        E("ROU", "HUN", "ACCUSE", "accused Budapest of encouraging Romanian citizens to flee"),
        E("HUN", "ROU", "AGREE", "The two sides agreed that their foreign ministries would continue contacts", sym=True),
        E("HUN", "ROU", "PROTEST", "marched past the Romanian embassy in Budapest in June to protest", req=False),
        E("ROU", "HUN", "COERCE REJECT SANCTION", "ordering Hungary's consulate in the Transylvanian city of Cluj to close", req=False),
        E("HUN", "HUN", "ACCUSE", "Hungarian opposition groups criticised Grosz"),
        E("HUN", "ROU", "AID", "Budapest has given many of them residence permits", req=False),
    ]))

ARTS.append(dict(
    id="BT4", fmt="json",
    headline="WALESA OUTSHINES OFFICIAL UNION CHIEF IN TELEVISED DEBATE",
    published=("1988-12-01", "1988-12-01", "dateline 'Dec 1'; Walesa-Miodowicz debate of 30 November 1988"),
    meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
              description="Solidarity leader Lech Walesa debates the head of Poland's official unions on state television."),
    paras=[
        "WARSAW, Dec 1 - Solidarity leader Lech Walesa, barred from state television for most of the decade, was widely judged today to have won a live debate with Alfred Miodowicz, head of Poland's official trade union federation.",
        "Millions of Poles watched the 45-minute encounter on Wednesday evening, the first time the authorities had allowed Walesa to address the nation since martial law was imposed in 1981.",
        "Walesa demanded the legalisation of Solidarity and said union pluralism was the only way to win the trust of workers for painful economic reforms. \"We want to go on foot to Europe, not crawl,\" he said.",
        "Miodowicz accused Solidarity of bringing the country to the brink of chaos with strikes in 1980 and 1981 and said a second union in each factory would set workers against one another.",
        "Walesa in turn accused the government of ordering the closure of the Lenin shipyard in Gdansk, the birthplace of Solidarity, for political rather than economic reasons. The government announced the closure last month.",
        "Government spokesman Jerzy Urban said today the debate had been useful but that it did not change the authorities' view that Solidarity could not simply be restored in its old form.",
        "Walesa warned that workers would strike again in the spring if talks on the union's future did not begin soon. Interior Minister Czeslaw Kiszczak offered in August to hold round-table talks with the opposition, but preparations have stalled over Solidarity's status.",
        "The Roman Catholic Church, which has mediated between the two sides, welcomed the broadcast. A church spokesman said it showed that dialogue was possible.",
        "Opinion polls published by independent sociologists suggested about two thirds of viewers thought Walesa had the better of the exchange.",
        "Reuter",
    ],
    people=[("Lech Walesa", "POL", "Solidarity leader"),
            ("Alfred Miodowicz", "POL", "head of the official trade union federation"),
            ("Jerzy Urban", "POL", "government spokesman"),
            ("Czeslaw Kiszczak", "POL", "Interior Minister")],
    events=[
        E("POL", "POL", "CONSULT", "a live debate with Alfred Miodowicz", sym=True),
        E("POL", "POL", "REQUEST", "Walesa demanded the legalisation of Solidarity"),
        E("POL", "POL", "ACCUSE", "Miodowicz accused Solidarity of bringing the country to the brink of chaos"),
        E("POL", "POL", "ACCUSE", "Walesa in turn accused the government of ordering the closure"),
        E("POL", "POL", "REJECT", "Solidarity could not simply be restored in its old form"),
        E("POL", "POL", "THREATEN", "Walesa warned that workers would strike again in the spring"),
        E("POL", "POL", "AGREE CONSULT", "offered in August to hold round-table talks with the opposition", req=False),
        E("POL", "POL", "SUPPORT", "The Roman Catholic Church, which has mediated between the two sides, welcomed the broadcast", req=False),
        E("POL", "POL", "COERCE", "martial law was imposed in 1981", req=False),
    ]))

ARTS.append(dict(
    id="BT5", fmt="dump", dump="dump-1.txt", nbsp=False,
    headline="BULGARIAN ENVIRONMENTALISTS MARCH ON PARLIAMENT IN RARE PROTEST",
    published=("1989-11-03", "1989-11-03", "dateline 'Nov 3'; Ecoglasnost march in Sofia, 1989"),
    paras=[
        "SOFIA, Nov 3 - Several thousand Bulgarians marched through central Sofia today to deliver a petition to parliament against two hydro-engineering projects, in the largest unofficial demonstration the country has seen in four decades.",
        "The march was organised by the independent group Ecoglasnost, which says plans to divert water from the Rila and Pirin mountains will damage some of Bulgaria's last unspoilt valleys.",
        "Protesters carrying green banners and chanting \"Democracy\" and \"Glasnost\" walked from a park near the Alexander Nevsky cathedral to the National Assembly building, where they handed over a petition signed by about 11,000 people.",
        "A deputy chairman of the assembly received a delegation of the organisers and promised the petition would be discussed by deputies, Ecoglasnost members said.",
        "Police watched but did not intervene. Last week, uniformed and plainclothes officers beat and detained about 30 Ecoglasnost activists who were collecting signatures in a Sofia park.",
        "That incident drew sharp criticism from Western delegations attending a 35-nation conference on the environment being held in the capital. The head of the U.S. delegation, Richard Smith, said the police action was incompatible with commitments Bulgaria had signed.",
        "A government spokesman denied that force had been used and said the activists had been moved on because they lacked a permit.",
        "\"We are not against the state. We are against the destruction of our rivers,\" one of the organisers, biologist Petar Slabakov, told reporters outside parliament.",
        "Diplomats said the authorities appeared to have decided to tolerate today's march to avoid embarrassment while foreign delegates remained in Sofia.",
        "Reuter",
    ],
    people=[("Richard Smith", "USA", "head of the U.S. delegation"),
            ("Petar Slabakov", "BGR", "biologist, Ecoglasnost organiser")],
    events=[
        E("BGR", "BGR", "PROTEST", "Several thousand Bulgarians marched through central Sofia today"),
        E("BGR", "BGR", "REQUEST", "where they handed over a petition signed by about 11,000 people"),
        E("BGR", "BGR", "CONSULT", "received a delegation of the organisers"),
        E("BGR", "BGR", "AGREE", "promised the petition would be discussed by deputies"),
        E("BGR", "BGR", "ASSAULT COERCE", "officers beat and detained about 30 Ecoglasnost activists"),
        E(["WST", "USA"], "BGR", "ACCUSE", "drew sharp criticism from Western delegations"),
        E("USA", "BGR", "ACCUSE", "said the police action was incompatible with commitments Bulgaria had signed"),
        E("BGR", ["USA", "WST"], "REJECT", "A government spokesman denied that force had been used"),
    ]))

ARTS.append(dict(
    id="BT6", fmt="dump", dump="dump-2.txt", nbsp=True,
    headline="YUGOSLAV GOVERNMENT RESIGNS AFTER PARLIAMENT REJECTS BUDGET",
    published=("1988-12-30", "1988-12-30", "dateline 'Dec 30'; Mikulic government resignation, December 1988"),
    paras=[
        "BELGRADE, Dec 30 - Yugoslav Prime Minister Branko Mikulic and his entire federal government resigned today after parliament refused to approve their economic measures for next year, the first such collective resignation in the country's post-war history.",
        "Deputies in the federal assembly voted down the government's budget and a package of tax changes on Wednesday, with delegates from Slovenia and Croatia leading the opposition.",
        "Mikulic, who took office in 1986, told the assembly that his cabinet could no longer carry out its programme without the support of the republics. \"We have done what we could in impossible conditions,\" he said.",
        "The state presidency accepted the resignation and asked the government to remain in office in a caretaker role until a successor is chosen, the official Tanjug news agency said.",
        "Yugoslavia is struggling with inflation of more than 250 percent and a foreign debt of about 21 billion dollars. The International Monetary Fund has pressed Belgrade to cut spending and free prices as a condition for new credits.",
        "Tens of thousands of workers have struck this year to protest against wage curbs, and in October several thousand demonstrated outside the federal parliament in Belgrade demanding the government's resignation.",
        "Slovene deputies accused the federal government of taking money from the richer northern republics to prop up loss-making firms in the south.",
        "Serbian party leader Slobodan Milosevic, whose supporters have held mass rallies across the republic, has called for a stronger central government and has criticised Slovenia for blocking reform of the federal constitution.",
        "Political sources said the presidency would nominate a new prime minister early next month.",
        "Reuter",
    ],
    people=[("Branko Mikulic", "YUG", "Prime Minister"), ("Slobodan Milosevic", "SRB", "Serbian party leader")],
    events=[
        E(["YUG", "SVN", "HRV"], "YUG", "REJECT", "voted down the government's budget"),
        E("YUG", "YUG", "CONCEDE RETREAT", "his entire federal government resigned today", req=False),
        E("YUG", "YUG", "REQUEST", "asked the government to remain in office in a caretaker role"),
        E("IGO", "YUG", "REQUEST", "The International Monetary Fund has pressed Belgrade to cut spending"),
        E("YUG", "YUG", "PROTEST", "Tens of thousands of workers have struck this year to protest against wage curbs"),
        E("YUG", "YUG", "PROTEST REQUEST", "several thousand demonstrated outside the federal parliament in Belgrade demanding the government's resignation"),
        E(["SVN", "YUG"], "YUG", "ACCUSE", "Slovene deputies accused the federal government"),
        E(["SRB", "YUG"], ["SVN", "YUG"], "ACCUSE", "has criticised Slovenia for blocking reform"),
        E(["SRB", "YUG"], "YUG", "REQUEST", "has called for a stronger central government", req=False),
        E(["SRB", "YUG"], ["SRB", "YUG"], "PROTEST", "whose supporters have held mass rallies across the republic", req=False),
    ]))

ARTS.append(dict(
    id="BT7", fmt="txt",
    headline="Kosovo anger as France detains former prime minister Haradinaj on Serbian warrant",
    published=("2017-01-05", "2017-01-05", "Haradinaj detained at Basel-Mulhouse on 4 January 2017; 'on Wednesday'"),
    paras=[
        "Kosovo has reacted with fury after French police detained Ramush Haradinaj, a former prime minister and ex-guerrilla commander, on an arrest warrant issued by Serbia, which accuses him of war crimes during the 1998-99 conflict.",
        "Haradinaj was taken into custody on Wednesday when he landed at Basel-Mulhouse airport on a flight from Pristina. A court in Colmar is due to decide whether he will be held pending a possible extradition to Belgrade.",
        "Kosovo's foreign ministry said in a statement that the arrest was \"unacceptable\" and called on France to release him immediately. President Hashim Thaci accused Serbia of abusing international warrants to settle political scores and said Belgrade was \"poisoning\" the region.",
        "Serbia's justice minister, Nela Kuburovic, told reporters that Serbia would formally request his extradition within the deadline set by French law. \"He must face justice for the crimes against Serbian civilians,\" she said.",
        "Haradinaj was twice acquitted by the UN war crimes tribunal in The Hague of charges including murder and persecution. His supporters say Serbia has no right to try him again.",
        "Several hundred people rallied outside the French embassy in Pristina on Thursday, some carrying banners that read \"Free Ramush\". Opposition and government MPs alike called for the suspension of EU-sponsored talks on normalising relations with Belgrade until he is freed.",
        "The European Union urged both sides to show restraint and said the dialogue must not be jeopardised. \"This is a judicial matter for the French authorities,\" a spokeswoman for the EU's foreign policy chief said.",
        "Relations between Serbia and its former province have been tense since Kosovo declared independence in 2008, a step Belgrade still refuses to recognise. Last year, Serbian authorities also arrested a Kosovo Albanian former fighter on a similar warrant at a border crossing.",
        "Haradinaj, who leads the Alliance for the Future of Kosovo, has described the charges against him as fabricated and said he would fight extradition.",
    ],
    people=[("Ramush Haradinaj", "XKX", "former prime minister"),
            ("Hashim Thaci", "XKX", "President"),
            ("Nela Kuburovic", "SRB", "justice minister")],
    events=[
        E("FRA", XK, "COERCE", "French police detained Ramush Haradinaj"),
        E("SRB", XK, "ACCUSE", "which accuses him of war crimes"),
        E(XK, "FRA", "REQUEST", "called on France to release him immediately"),
        E(XK, "FRA", "ACCUSE REJECT", "the arrest was \"unacceptable\"", req=False),
        E(XK, "SRB", "ACCUSE", "Hashim Thaci accused Serbia of abusing international warrants"),
        E("SRB", "FRA", "REQUEST", "Serbia would formally request his extradition"),
        E(XK, ["FRA", "SRB"], "PROTEST", "Several hundred people rallied outside the French embassy in Pristina"),
        E(XK, ["SRB", "EUR"], "REQUEST THREATEN REJECT", "called for the suspension of EU-sponsored talks"),
        E("EUR", [*XK, "SRB"], "REQUEST", "The European Union urged both sides to show restraint"),
        E("SRB", XK, "REJECT", "a step Belgrade still refuses to recognise", req=False),
        E("SRB", XK, "COERCE", "Serbian authorities also arrested a Kosovo Albanian former fighter", req=False),
        E(XK, "SRB", "REJECT ACCUSE", "has described the charges against him as fabricated", req=False),
        E(["UNO", "IGO"], XK, "CONCEDE", "twice acquitted by the UN war crimes tribunal", req=False),
    ]))
