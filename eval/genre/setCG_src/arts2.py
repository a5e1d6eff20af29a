"""Articles CG11-CG20 of set CG (Reuters 1987 style). Texts are original wording."""
from arts1 import E, P

ARTS = []

ARTS.append(dict(
    id="CG11",
    headline="AUSTRIA RENEWS PROTEST TO BONN OVER WACKERSDORF PLANT",
    date="1987-05-12",
    why="dateline 'May 12'; 1987 wire item on the Wackersdorf reprocessing plant row",
    paras=[
        "VIENNA, May 12 - Austria delivered a fresh protest to West Germany today over the nuclear fuel reprocessing plant being built at Wackersdorf in Bavaria, about 120 km from the Austrian border, the Foreign Ministry said.",
        "The note, handed to the West German ambassador, said the plant posed an unacceptable risk to Austria and asked Bonn to let Austrian citizens take part in the licensing hearings.",
        "Chancellor Franz Vranitzky told parliament he would raise the issue with Chancellor Helmut Kohl when the two men meet next month. \"We cannot be indifferent to what is built on our doorstep,\" he said.",
        "Bavarian Premier Franz Josef Strauss rejected the Austrian complaints as interference in German affairs and said the plant met the strictest safety standards.",
        "A West German government spokesman in Bonn said the note would be studied, but added that licensing was a matter for the Bavarian authorities.",
        "Austria voted in a 1978 referendum not to use nuclear power, and public feeling against the plant has grown since the Chernobyl accident in the Soviet Union last year.",
        "Reuter",
    ],
    people=[P("Franz Vranitzky", "AUT", "Chancellor"), P("Helmut Kohl", "DEU", "Chancellor"), P("Franz Josef Strauss", "DEU", "Bavarian Premier")],
    events=[
        E("AUT", "DEU", ["PROTEST"], "Austria delivered a fresh protest to West Germany today"),
        E("AUT", "DEU", ["REQUEST"], "asked Bonn to let Austrian citizens take part in the licensing hearings"),
        E("AUT", "DEU", ["CONSULT", "AGREE"], "he would raise the issue with Chancellor Helmut Kohl when the two men meet next month"),
        E("DEU", "AUT", ["REJECT", "ACCUSE"], "Strauss rejected the Austrian complaints as interference in German affairs"),
        E("DEU", "AUT", ["REJECT"], "licensing was a matter for the Bavarian authorities", req=False),
    ],
))

ARTS.append(dict(
    id="CG12",
    headline="NEW ZEALAND AND AUSTRALIA CONDEMN FRENCH NUCLEAR TEST",
    date="1987-05-21",
    why="dateline 'May 21'; French underground test at Mururoa, May 1987",
    paras=[
        "WELLINGTON, May 21 - New Zealand and Australia condemned France today for carrying out another underground nuclear test at Mururoa atoll in the South Pacific.",
        "New Zealand Prime Minister David Lange said the test was \"an affront to every nation in this region\" and called on Paris to move its testing to metropolitan France.",
        "In Canberra, Foreign Minister Bill Hayden said Australia had lodged a formal protest with the French ambassador.",
        "The New Zealand seismic station at Rarotonga recorded the blast early on Wednesday, officials said. It was the fourth French test this year, according to New Zealand figures.",
        "France says the tests are safe and necessary for its independent nuclear deterrent. A French embassy spokesman in Wellington said France would continue testing \"as long as its security requires it.\"",
        "Relations between Wellington and Paris remain tense over the 1985 sinking of the Greenpeace ship Rainbow Warrior by French agents in Auckland harbour.",
        "Members of the South Pacific Forum have signed a treaty declaring the region a nuclear-free zone, but France has refused to sign it.",
        "Reuter",
    ],
    people=[P("David Lange", "NZL", "Prime Minister"), P("Bill Hayden", "AUS", "Foreign Minister")],
    events=[
        E("NZL", "FRA", ["ACCUSE", "PROTEST"], "New Zealand and Australia condemned France today"),
        E("AUS", "FRA", ["ACCUSE", "PROTEST"], "New Zealand and Australia condemned France today"),
        E("NZL", "FRA", ["REQUEST"], "called on Paris to move its testing to metropolitan France"),
        E("AUS", "FRA", ["PROTEST"], "Australia had lodged a formal protest with the French ambassador"),
        E("FRA", ["NZL", "AUS"], ["REJECT"], "France would continue testing", req=False),
        E("FRA", "NZL", ["ASSAULT"], "sinking of the Greenpeace ship Rainbow Warrior by French agents", req=False),
        E("FRA", "IGO", ["REJECT"], "France has refused to sign it", req=False),
    ],
))

ARTS.append(dict(
    id="CG13",
    headline="ISRAEL DECIDES ON NO NEW MILITARY DEALS WITH SOUTH AFRICA",
    date="1987-03-18",
    why="dateline 'March 18'; Israeli cabinet decision of March 1987",
    paras=[
        "JERUSALEM, March 18 - Israel's inner cabinet decided today not to sign any new military contracts with South Africa and to reduce other ties in protest against apartheid, officials said.",
        "Foreign Minister Shimon Peres told reporters that Israel \"cannot be an exception\" among Western nations that have taken measures against Pretoria.",
        "Existing arms contracts will be honoured, officials said, and the government did not say how much military trade was involved.",
        "The decision came ahead of a U.S. report to Congress, required under American sanctions law, on countries that sell weapons to South Africa. Israeli officials feared that U.S. military aid could be put at risk.",
        "Prime Minister Yitzhak Shamir, whose Likud bloc had resisted the move, said Israel would not cut cultural or economic links altogether.",
        "South Africa's ambassador in Tel Aviv said his government regretted the decision, according to Israel radio.",
        "Reuter",
    ],
    people=[P("Shimon Peres", "ISR", "Foreign Minister"), P("Yitzhak Shamir", "ISR", "Prime Minister")],
    events=[
        E("ISR", "ZAF", ["SANCTION"], "decided today not to sign any new military contracts with South Africa"),
        E("ISR", "ZAF", ["SANCTION", "REJECT"], "to reduce other ties in protest against apartheid"),
        E("ISR", "ZAF", ["COOPERATE"], "Existing arms contracts will be honoured", req=False),
        E("USA", "ISR", ["THREATEN"], "Israeli officials feared that U.S. military aid could be put at risk", req=False),
        E("ISR", "ZAF", ["RETREAT", "REJECT"], "Israel would not cut cultural or economic links altogether", req=False),
        E("ZAF", "ISR", ["PROTEST", "ACCUSE"], "South Africa's ambassador in Tel Aviv said his government regretted the decision"),
    ],
))

ARTS.append(dict(
    id="CG14",
    headline="SWEDISH TRADE BAN ON SOUTH AFRICA TAKES EFFECT",
    date="1987-07-01",
    why="dateline 'July 1'; Swedish trade boycott law in force from 1 July 1987",
    paras=[
        "STOCKHOLM, July 1 - A Swedish law banning most trade with South Africa and Namibia came into force today, making Sweden the first Western industrial nation to impose an almost total trade boycott on Pretoria.",
        "The law forbids imports and exports of goods, with exceptions for medicines and printed matter, Trade Minister Anita Gradin said in a statement.",
        "\"Sweden wants to show the apartheid regime that it has no friends here,\" she said.",
        "Swedish companies have been given until later this year to wind up existing contracts, officials said. Some firms have protested that the ban will hurt them while trading partners take over their markets.",
        "South Africa's Foreign Ministry said in Pretoria that the boycott would harm black South Africans most and would not change government policy, the South African Press Association reported.",
        "The African National Congress, which has an office in Stockholm, welcomed the step and urged other Nordic nations to follow.",
        "Sweden also gives aid to the ANC and to the Front Line states bordering South Africa.",
        "Reuter",
    ],
    people=[P("Anita Gradin", "SWE", "Trade Minister")],
    events=[
        E("SWE", "ZAF", ["SANCTION"], "A Swedish law banning most trade with South Africa and Namibia came into force today"),
        E("SWE", "ZAF", ["ACCUSE"], "Sweden wants to show the apartheid regime that it has no friends here", req=False),
        E("SWE", "SWE", ["PROTEST", "ACCUSE"], "Some firms have protested that the ban will hurt them", req=False),
        E("ZAF", "SWE", ["ACCUSE", "REJECT"], "the boycott would harm black South Africans most"),
        E("ZAF", "SWE", ["SUPPORT"], "The African National Congress, which has an office in Stockholm, welcomed the step"),
        E("ZAF", ["NOR", "DNK", "FIN", "ISL"], ["REQUEST"], "urged other Nordic nations to follow"),
        E("SWE", "ZAF", ["AID"], "Sweden also gives aid to the ANC", req=False),
    ],
))

ARTS.append(dict(
    id="CG15",
    headline="JAPAN ASKS FIRMS TO CURB SOUTH AFRICA TRADE AS IT BECOMES TOP PARTNER",
    date="1988-01-21",
    why="dateline 'January 21'; early 1988, after Japan overtook other partners in 1987 trade with South Africa",
    paras=[
        "TOKYO, January 21 - Japan's Ministry of International Trade and Industry asked major trading houses today to hold their business with South Africa below last year's level, after figures showed Japan had become Pretoria's biggest trading partner, officials said.",
        "The request followed criticism from African states and from U.S. congressmen, who accused Japanese firms of stepping into markets abandoned by American and European companies.",
        "\"We do not want Japan to be seen as profiting from apartheid,\" a MITI official told Reuters.",
        "Two-way trade rose to about 4.2 billion dlrs last year, Finance Ministry figures show.",
        "Japan already bans imports of South African iron, steel and gold coins and forbids new investment there. But the measures are voluntary and carry no penalties.",
        "Several trading companies said they would comply, but one executive said Tokyo could not stop firms from honouring existing contracts.",
        "Nigeria's ambassador in Tokyo said African governments would watch closely whether the request was carried out.",
        "Reuter",
    ],
    people=[],
    events=[
        E("JPN", "JPN", ["REQUEST"], "asked major trading houses today to hold their business with South Africa below last year's level"),
        E(["NGA", "IGO"], "JPN", ["ACCUSE"], "The request followed criticism from African states"),
        E("USA", "JPN", ["ACCUSE"], "from U.S. congressmen, who accused Japanese firms"),
        E("JPN", "ZAF", ["SANCTION"], "Japan already bans imports of South African iron, steel and gold coins", req=False),
        E("JPN", "JPN", ["AGREE", "CONCEDE"], "Several trading companies said they would comply", req=False),
        E("NGA", "JPN", ["THREATEN", "ACCUSE"], "African governments would watch closely whether the request was carried out", req=False),
    ],
))

ARTS.append(dict(
    id="CG16",
    headline="MITI TELLS CHIP MAKERS TO CUT OUTPUT TO EASE U.S. ANGER",
    date="1987-02-19",
    why="dateline 'February 19'; MITI production cuts under the 1986 U.S.-Japan semiconductor pact",
    paras=[
        "TOKYO, February 19 - Japan's Ministry of International Trade and Industry told the country's ten biggest semiconductor makers today to cut production of memory chips by about 10 pct in the first quarter, ministry officials said.",
        "The move is intended to stop cheap chips being sold to third countries in breach of last year's U.S.-Japan semiconductor agreement, they said.",
        "Washington has accused Japanese firms of dumping chips in Hong Kong and Southeast Asia and of failing to open the Japanese market to American makers, as the pact requires.",
        "U.S. Trade Representative Clayton Yeutter warned last week that the United States would consider retaliation if there was no improvement within weeks.",
        "MITI Minister Hajime Tamura said Japan was honouring the pact. \"We are doing everything we can. There is no dumping by Japanese companies,\" he told a news conference.",
        "Industry sources said the makers would go along with the request, though some complained privately that MITI was giving in to American pressure.",
        "A U.S. Embassy spokesman said Washington welcomed the step but would judge Japan by results.",
        "Reuter",
    ],
    people=[P("Clayton Yeutter", "USA", "Trade Representative"), P("Hajime Tamura", "JPN", "MITI Minister")],
    events=[
        E("JPN", "JPN", ["REQUEST", "COERCE"], "told the country's ten biggest semiconductor makers today to cut production", req=False),
        E("JPN", "USA", ["CONCEDE", "COOPERATE"], "The move is intended to stop cheap chips being sold to third countries"),
        E("USA", "JPN", ["ACCUSE"], "Washington has accused Japanese firms of dumping chips"),
        E("USA", "JPN", ["THREATEN"], "the United States would consider retaliation if there was no improvement within weeks"),
        E("JPN", "USA", ["REJECT"], "There is no dumping by Japanese companies"),
        E("USA", "JPN", ["SUPPORT"], "Washington welcomed the step"),
    ],
))

ARTS.append(dict(
    id="CG17",
    headline="REAGAN REFUSES TO LIFT CHIP TARIFFS AFTER TALKS WITH NAKASONE",
    date="1987-04-30",
    why="dateline 'April 30'; Nakasone's Washington visit, April 30 - May 1, 1987",
    paras=[
        "WASHINGTON, April 30 - President Reagan told Japanese Prime Minister Yasuhiro Nakasone today that the United States would not lift its 100 pct tariffs on Japanese electronic goods until Tokyo kept its side of the semiconductor pact, U.S. officials said.",
        "The two leaders met for almost two hours at the White House, at the start of a three-day visit that Nakasone hopes will calm the worst trade quarrel between the allies in years.",
        "Nakasone promised Reagan that Japan would boost domestic demand and spend more than 5,000 billion yen on a package to stimulate its economy, a Japanese spokesman said.",
        "He also asked the President to remove the tariffs as soon as possible, arguing that Japan had already ordered cuts in chip output.",
        "\"The sanctions will come off when the facts justify it, and not before,\" White House spokesman Marlin Fitzwater said.",
        "In a joint statement, the two governments agreed to work together to stabilise the dollar and to resist protectionist legislation in Congress.",
        "Reuter",
    ],
    people=[P("Reagan", "USA", "President"), P("Yasuhiro Nakasone", "JPN", "Prime Minister"), P("Marlin Fitzwater", "USA", "White House spokesman")],
    events=[
        E("USA", "JPN", ["REJECT"], "the United States would not lift its 100 pct tariffs on Japanese electronic goods"),
        E("JPN", "USA", ["CONSULT"], "The two leaders met for almost two hours at the White House"),
        E("JPN", "USA", ["AGREE"], "Nakasone promised Reagan that Japan would boost domestic demand"),
        E("JPN", "USA", ["REQUEST"], "He also asked the President to remove the tariffs"),
        E("USA", "JPN", ["REJECT", "THREATEN"], "The sanctions will come off when the facts justify it, and not before", req=False),
        E("USA", "JPN", ["AGREE", "COOPERATE"], "the two governments agreed to work together to stabilise the dollar", sym=True),
        E("USA", "JPN", ["SANCTION"], "its 100 pct tariffs on Japanese electronic goods", req=False),
    ],
))

ARTS.append(dict(
    id="CG18",
    headline="REAGAN DROPS MISSILES FROM SAUDI ARMS SALE AFTER SENATE OPPOSITION",
    date="1987-06-11",
    why="dateline 'June 11'; withdrawal of Maverick missiles from the Saudi package, June 1987",
    paras=[
        "WASHINGTON, June 11 - The Reagan administration withdrew a plan to sell 1,600 Maverick anti-tank missiles to Saudi Arabia today in the face of strong opposition in Congress, administration officials said.",
        "More than 60 senators had signed a resolution against the sale, arguing that the missiles could be used against Israel and that Riyadh had done little to help U.S. policy in the Gulf.",
        "The administration will go ahead with the rest of the package, including F-15 fighter equipment, officials said.",
        "Saudi Arabia expressed disappointment. A Saudi official in Riyadh said the kingdom would look elsewhere for arms if Washington could not be relied on, and mentioned Britain and France as possible suppliers.",
        "The State Department said the United States remained committed to Saudi security and would keep up its naval presence in the Gulf, where Iranian attacks on shipping have intensified.",
        "Israel had lobbied quietly against the sale, diplomats said, but Israeli officials denied playing any role.",
        "Reuter",
    ],
    people=[P("Reagan", "USA", "President")],
    events=[
        E("USA", "SAU", ["RETREAT", "REJECT"], "withdrew a plan to sell 1,600 Maverick anti-tank missiles to Saudi Arabia"),
        E("USA", "SAU", ["REJECT", "ACCUSE"], "More than 60 senators had signed a resolution against the sale"),
        E("USA", "SAU", ["AID", "COOPERATE"], "The administration will go ahead with the rest of the package"),
        E("SAU", "USA", ["PROTEST", "ACCUSE"], "Saudi Arabia expressed disappointment"),
        E("SAU", "USA", ["THREATEN"], "the kingdom would look elsewhere for arms if Washington could not be relied on"),
        E("USA", "SAU", ["SUPPORT"], "the United States remained committed to Saudi security"),
        E("IRN", ["WST", "SAU", "USA"], ["ASSAULT"], "Iranian attacks on shipping", req=False),
        E("ISR", "SAU", ["PROTEST", "REJECT"], "Israel had lobbied quietly against the sale", req=False),
    ],
))

ARTS.append(dict(
    id="CG19",
    headline="INDIA DENIES BRIBES IN BOFORS GUN DEAL, ASKS SWEDEN FOR FACTS",
    date="1987-04-17",
    why="dateline 'April 17'; Swedish radio report on Bofors payments, 16 April 1987",
    paras=[
        "NEW DELHI, April 17 - India denied today that any bribes were paid to win a 1.3 billion dlr contract for Swedish howitzers and asked the Swedish government to establish the facts, a Defence Ministry statement said.",
        "Swedish radio reported on Thursday that the arms maker AB Bofors had paid commissions to Swiss bank accounts of Indian middlemen and officials to secure the 1986 order for 400 field guns.",
        "The statement called the report \"false, baseless and mischievous\" and said the Indian government had made clear to Bofors from the start that no agents would be used.",
        "Opposition members walked out of parliament after demanding the resignation of Prime Minister Rajiv Gandhi, whose government signed the deal.",
        "In Stockholm, Bofors also denied any wrongdoing. Swedish Prime Minister Ingvar Carlsson said the National Audit Bureau would examine the company's payments and that Sweden would cooperate fully with New Delhi.",
        "Reuter",
    ],
    people=[P("Rajiv Gandhi", "IND", "Prime Minister"), P("Ingvar Carlsson", "SWE", "Prime Minister")],
    events=[
        E("IND", "SWE", ["REJECT"], "India denied today that any bribes were paid"),
        E("IND", "SWE", ["REQUEST"], "asked the Swedish government to establish the facts"),
        E("SWE", "IND", ["ACCUSE"], "Swedish radio reported on Thursday that the arms maker AB Bofors had paid commissions", req=False),
        E("IND", "SWE", ["REJECT", "ACCUSE"], "The statement called the report \"false, baseless and mischievous\"", req=False),
        E("IND", "IND", ["PROTEST"], "Opposition members walked out of parliament"),
        E("IND", "IND", ["REQUEST", "ACCUSE"], "demanding the resignation of Prime Minister Rajiv Gandhi"),
        E("SWE", "IND", ["REJECT"], "Bofors also denied any wrongdoing", req=False),
        E("SWE", "IND", ["AGREE", "COOPERATE"], "Sweden would cooperate fully with New Delhi"),
    ],
))

ARTS.append(dict(
    id="CG20",
    headline="U.S. SUSPENDS AID TO PANAMA AFTER EMBASSY ATTACK",
    date="1987-07-01",
    why="dateline 'July 1'; mob attack on the U.S. embassy in Panama, 30 June 1987",
    paras=[
        "PANAMA CITY, July 1 - The United States suspended all economic and military aid to Panama today after a government-backed crowd stoned and splashed paint on the U.S. Embassy, embassy officials said.",
        "About 100 protesters attacked the building on Tuesday, breaking windows and damaging cars, while police stood by, witnesses said.",
        "The protest was organised by supporters of armed forces commander General Manuel Antonio Noriega after the U.S. Senate passed a resolution urging him to step down pending an investigation.",
        "Ambassador Arthur Davis delivered a protest note to the Foreign Ministry demanding that Panama pay for the damage and guarantee the safety of U.S. staff.",
        "Foreign Minister Jorge Abadia said the Senate resolution was intervention in Panama's internal affairs and that the government had not encouraged the attack.",
        "The embassy's consular section was closed until further notice, a spokesman said.",
        "Panama has been shaken by weeks of opposition protests since a former officer accused Noriega of election fraud and murder. Riot police have broken up marches with tear gas.",
        "Reuter",
    ],
    people=[P("Manuel Antonio Noriega", "PAN", "armed forces commander"), P("Arthur Davis", "USA", "Ambassador"), P("Jorge Abadia", "PAN", "Foreign Minister")],
    events=[
        E("USA", "PAN", ["SANCTION"], "The United States suspended all economic and military aid to Panama"),
        E("PAN", "USA", ["ASSAULT", "PROTEST"], "a government-backed crowd stoned and splashed paint on the U.S. Embassy"),
        E("PAN", "USA", ["ASSAULT", "PROTEST"], "About 100 protesters attacked the building on Tuesday", req=False),
        E("USA", "PAN", ["REQUEST", "ACCUSE"], "the U.S. Senate passed a resolution urging him to step down"),
        E("USA", "PAN", ["PROTEST"], "Ambassador Arthur Davis delivered a protest note to the Foreign Ministry"),
        E("USA", "PAN", ["REQUEST"], "demanding that Panama pay for the damage"),
        E("PAN", "USA", ["ACCUSE"], "the Senate resolution was intervention in Panama's internal affairs"),
        E("PAN", "USA", ["REJECT"], "the government had not encouraged the attack"),
        E("USA", "PAN", ["SANCTION", "REJECT"], "The embassy's consular section was closed until further notice", req=False),
        E("PAN", "PAN", ["ACCUSE"], "a former officer accused Noriega of election fraud and murder", req=False),
        E("PAN", "PAN", ["COERCE", "ASSAULT"], "Riot police have broken up marches with tear gas"),
    ],
))
