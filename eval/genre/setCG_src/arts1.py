"""Articles CG1-CG10 of set CG (Reuters 1987 style). Texts are original wording."""


def E(src, tgt, types, ev, req=True, sym=False):
    d = {"source": src, "target": tgt, "types": types, "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d


def P(name, country, role):
    return {"name": name, "country": country, "role": role}


ARTS = []

ARTS.append(dict(
    id="CG1",
    headline="COFFEE QUOTA TALKS COLLAPSE AS BRAZIL REJECTS CONSUMER PLAN",
    date="1987-03-01",
    why="dateline 'March 1'; Reuters 1987 wire item (ICO quota talks of February 1987)",
    paras=[
        "LONDON, March 1 - Talks at the International Coffee Organization on restoring export quotas broke down early today after producing and consuming countries failed to agree how to share out the world market, delegates said.",
        "The ICO council adjourned without fixing a date for its next session, an ICO spokesman told Reuters.",
        "Brazil, the world's largest grower, rejected a plan put forward by consumers under which quotas would be based on objective criteria such as recent exports and stocks, diplomats said.",
        "\"We cannot accept a formula that is designed to cut Brazil's share,\" Jorio Dauster, head of the Brazilian delegation, told reporters as he left the building.",
        "The United States, the biggest consumer, blamed the producers for the failure. \"They were not prepared to move an inch,\" said a U.S. delegate who asked not to be named.",
        "Colombia had backed a compromise drafted by the council chairman, but it was never put to a vote, delegates said.",
        "A U.S. official said Washington would seek bilateral contacts with Brasilia before any new session was called.",
        "Quotas were suspended in February last year when prices soared after a drought in Brazil. Prices fell sharply on the London futures market after the news, dealers said.",
        "Reuter",
    ],
    people=[P("Jorio Dauster", "BRA", "head of the Brazilian delegation")],
    events=[
        E("BRA", "USA", ["CONSULT"], "Talks at the International Coffee Organization on restoring export quotas", sym=True),
        E("BRA", ["USA", "IGO"], ["REJECT"], "Brazil, the world's largest grower, rejected a plan put forward by consumers"),
        E("BRA", ["USA", "IGO"], ["REJECT"], "\"We cannot accept a formula that is designed to cut Brazil's share,\"", req=False),
        E("USA", "BRA", ["ACCUSE"], "The United States, the biggest consumer, blamed the producers for the failure"),
        E("COL", "IGO", ["SUPPORT"], "Colombia had backed a compromise drafted by the council chairman", req=False),
        E("USA", "BRA", ["CONSULT", "AGREE", "REQUEST"], "Washington would seek bilateral contacts with Brasilia"),
    ],
))

ARTS.append(dict(
    id="CG2",
    headline="COCOA PACT MEMBERS AGREE BUFFER STOCK RULES AFTER LONG WRANGLE",
    date="1987-03-27",
    why="dateline 'March 27'; 1987 wire item on the International Cocoa Organization",
    paras=[
        "LONDON, March 27 - Members of the International Cocoa Organization agreed on rules for operating the pact's buffer stock today, ending months of wrangling between producing and consuming nations, delegates said.",
        "The rules allow the buffer stock manager to buy cocoa from producers when prices fall below set levels, with purchases spread across several origins.",
        "Ivory Coast, the largest producer, had held out against any rule it said would favour cheaper cocoa from Malaysia and Brazil, diplomats said. It accepted the final text after consumers agreed to limit non-member cocoa in the stock.",
        "West Germany, speaking for the European Community consumers, welcomed the deal. \"This gives the agreement the teeth it needed,\" a West German delegate said.",
        "Malaysia, which is not a member of the pact, was not bound by the rules, and some producers accused it of undercutting the market while others carried the cost of supporting prices.",
        "The United States stayed out of the agreement and did not take part in the talks.",
        "Buying by the buffer stock could begin within weeks, an ICCO spokesman told Reuters.",
        "Reuter",
    ],
    people=[],
    events=[
        E(["CIV", "IGO"], ["DEU", "EUR", "IGO"], ["AGREE"], "agreed on rules for operating the pact's buffer stock", sym=True),
        E("CIV", ["DEU", "EUR", "IGO"], ["REJECT"], "Ivory Coast, the largest producer, had held out against any rule", req=False),
        E("CIV", ["DEU", "EUR", "IGO"], ["CONCEDE", "AGREE"], "It accepted the final text after consumers agreed to limit non-member cocoa"),
        E(["DEU", "EUR"], "CIV", ["CONCEDE", "AGREE"], "consumers agreed to limit non-member cocoa in the stock", req=False),
        E(["DEU", "EUR"], "IGO", ["SUPPORT"], "West Germany, speaking for the European Community consumers, welcomed the deal"),
        E("IGO", "MYS", ["ACCUSE"], "some producers accused it of undercutting the market"),
        E("USA", "IGO", ["REJECT"], "The United States stayed out of the agreement and did not take part in the talks", req=False),
    ],
))

ARTS.append(dict(
    id="CG3",
    headline="TIN PRODUCERS SET EXPORT CURBS, URGE BRAZIL AND CHINA TO JOIN",
    date="1987-03-05",
    why="dateline 'March 5'; 1987 wire item on the Association of Tin Producing Countries",
    paras=[
        "KUALA LUMPUR, March 5 - The Association of Tin Producing Countries agreed to limit members' exports to 96,000 tonnes over the next year in an effort to cut surplus stocks and lift prices, the association said in a statement.",
        "Malaysia, Indonesia, Thailand, Bolivia, Nigeria, Australia and Zaire will each be given an export quota, the statement said.",
        "The ministers appealed to Brazil and China, large producers outside the group, to restrain their own sales. \"The scheme cannot succeed if others take our market,\" Malaysian Primary Industries Minister Lim Keng Yaik told a news conference.",
        "Brazil has so far refused to join the association, and officials in Brasilia said again this week that they would not limit output from the new Amazon mines.",
        "China, however, has told the association it would cooperate informally, ATPC officials said.",
        "The tin market has been in disarray since October 1985, when the International Tin Council ran out of money to support prices and trading in London was suspended.",
        "Reuter",
    ],
    people=[P("Lim Keng Yaik", "MYS", "Primary Industries Minister")],
    events=[
        E(["MYS", "IDN", "THA", "BOL", "NGA", "AUS", "COD", "IGO"], ["MYS", "IDN", "THA", "BOL", "NGA", "AUS", "COD", "IGO"], ["AGREE", "COOPERATE"], "agreed to limit members' exports to 96,000 tonnes", req=False, sym=True),
        E(["IGO", "MYS"], "BRA", ["REQUEST"], "The ministers appealed to Brazil and China"),
        E(["IGO", "MYS"], "CHN", ["REQUEST"], "The ministers appealed to Brazil and China"),
        E("BRA", ["IGO", "MYS"], ["REJECT"], "Brazil has so far refused to join the association"),
        E("BRA", ["IGO", "MYS"], ["REJECT"], "they would not limit output from the new Amazon mines", req=False),
        E("CHN", ["IGO", "MYS"], ["AGREE", "COOPERATE"], "China, however, has told the association it would cooperate informally"),
    ],
))

ARTS.append(dict(
    id="CG4",
    headline="NEW RUBBER PACT AGREED IN GENEVA AFTER PRODUCERS DROP PRICE DEMAND",
    date="1987-03-20",
    why="dateline 'March 20'; 1987 conference renegotiating the International Natural Rubber Agreement",
    paras=[
        "GENEVA, March 20 - Producing and consuming countries agreed on a new International Natural Rubber Agreement today after producers dropped their demand for a higher floor price, conference officials said.",
        "The pact, negotiated under the auspices of the United Nations Conference on Trade and Development, will replace the present agreement when it expires in October.",
        "Malaysia, the world's biggest producer, had threatened to walk out of the talks last week if consumers refused to raise the price range. It withdrew the threat after the United States and Japan agreed to keep the buffer stock at 550,000 tonnes, delegates said.",
        "\"We gave ground because a pact is better than no pact,\" a Malaysian delegate told Reuters.",
        "U.S. officials praised the outcome but said Washington would still resist any attempt to use the pact to push prices up artificially.",
        "Thailand and Indonesia also signalled their support, and the text will be opened for signature in New York later this year, officials said.",
        "Reuter",
    ],
    people=[],
    events=[
        E(["MYS", "THA", "IDN"], ["USA", "JPN"], ["AGREE"], "Producing and consuming countries agreed on a new International Natural Rubber Agreement", sym=True),
        E(["MYS", "THA", "IDN"], ["USA", "JPN"], ["CONCEDE"], "producers dropped their demand for a higher floor price"),
        E("MYS", ["USA", "JPN"], ["THREATEN"], "had threatened to walk out of the talks last week"),
        E("MYS", ["USA", "JPN"], ["CONCEDE", "RETREAT"], "It withdrew the threat"),
        E("USA", "MYS", ["CONCEDE", "AGREE"], "the United States and Japan agreed to keep the buffer stock"),
        E("JPN", "MYS", ["CONCEDE", "AGREE"], "the United States and Japan agreed to keep the buffer stock"),
        E("USA", ["MYS", "IGO"], ["SUPPORT"], "U.S. officials praised the outcome", req=False),
        E(["THA", "IDN"], "IGO", ["SUPPORT"], "Thailand and Indonesia also signalled their support", req=False),
    ],
))

ARTS.append(dict(
    id="CG5",
    headline="SWEDEN AND SOVIET UNION SETTLE BALTIC SEA BOUNDARY ROW",
    date="1988-01-13",
    why="dateline 'January 13'; Soviet premier Ryzhkov's visit to Stockholm in January 1988",
    paras=[
        "STOCKHOLM, January 13 - Sweden and the Soviet Union reached agreement in principle on dividing a disputed zone of the Baltic Sea, ending a quarrel over fishing waters that has soured relations for nearly two decades, officials said.",
        "The accord was announced after talks between Soviet Prime Minister Nikolai Ryzhkov and Swedish Prime Minister Ingvar Carlsson, the first visit to Sweden by a Soviet premier in more than ten years.",
        "Under the deal Sweden will receive about 75 pct of the so-called white zone east of Gotland, and Swedish fishermen will be allowed to keep fishing part of the Soviet share for a period, a Swedish Foreign Ministry spokesman said.",
        "Carlsson called the settlement \"a good result for both countries.\" Ryzhkov said Moscow wanted the Baltic to be a sea of cooperation.",
        "Relations had been strained by repeated intrusions of foreign submarines into Swedish waters. Carlsson said he had raised the matter with his guest and told him Stockholm would not tolerate further violations.",
        "Ryzhkov denied again that Soviet submarines were involved, Swedish officials said.",
        "Reuter",
    ],
    people=[P("Nikolai Ryzhkov", "RUS", "Prime Minister"), P("Ingvar Carlsson", "SWE", "Prime Minister")],
    events=[
        E("SWE", "RUS", ["AGREE"], "Sweden and the Soviet Union reached agreement in principle", sym=True),
        E("RUS", "SWE", ["CONSULT"], "talks between Soviet Prime Minister Nikolai Ryzhkov and Swedish Prime Minister Ingvar Carlsson"),
        E("RUS", "SWE", ["CONCEDE", "COOPERATE"], "Swedish fishermen will be allowed to keep fishing part of the Soviet share", req=False),
        E("SWE", "RUS", ["SUPPORT"], "Carlsson called the settlement \"a good result for both countries.\"", req=False),
        E("SWE", "RUS", ["THREATEN", "PROTEST", "ACCUSE"], "Stockholm would not tolerate further violations"),
        E("RUS", "SWE", ["REJECT"], "Ryzhkov denied again that Soviet submarines were involved"),
    ],
))

ARTS.append(dict(
    id="CG6",
    headline="ARGENTINA CALLS BRITISH FALKLANDS FISHING ZONE ILLEGAL",
    date="1987-02-01",
    why="dateline 'February 1'; Britain's Falklands fishing zone took effect 1 February 1987",
    paras=[
        "BUENOS AIRES, February 1 - Argentina said today a fishing zone that Britain began enforcing around the Falkland Islands was illegal and a threat to peace in the South Atlantic.",
        "\"This is a unilateral act that Argentina does not and will not recognise,\" Foreign Minister Dante Caputo told a news conference.",
        "The 150-mile zone, which Britain announced in October, requires foreign trawlers to buy licences from the islands' administration. British patrol vessels and aircraft will police it, the British Foreign Office said in London.",
        "Caputo said Argentina had sent a protest note to London through the Swiss embassy, which handles British interests here, and had asked the United Nations Secretary-General to take up the issue.",
        "He accused Britain of using fish to strengthen its claim to the islands, which Argentina calls the Malvinas.",
        "Argentine officials said the navy had been told to avoid any incident with British ships.",
        "Fleets from Japan, Taiwan, Spain and Poland have already taken out licences, British officials said.",
        "Britain and Argentina fought a ten-week war over the islands in 1982 and have not restored diplomatic relations.",
        "Reuter",
    ],
    people=[P("Dante Caputo", "ARG", "Foreign Minister")],
    events=[
        E("ARG", "GBR", ["ACCUSE", "PROTEST"], "Argentina said today a fishing zone that Britain began enforcing around the Falkland Islands was illegal"),
        E("ARG", "GBR", ["REJECT"], "a unilateral act that Argentina does not and will not recognise"),
        E("GBR", ["ARG", "JPN", "TWN", "ESP", "POL"], ["COERCE", "SANCTION"], "requires foreign trawlers to buy licences from the islands' administration", req=False),
        E("ARG", "GBR", ["PROTEST"], "Argentina had sent a protest note to London through the Swiss embassy"),
        E("ARG", "UNO", ["REQUEST"], "had asked the United Nations Secretary-General to take up the issue"),
        E("ARG", "GBR", ["ACCUSE"], "He accused Britain of using fish to strengthen its claim"),
        E(["JPN", "TWN", "ESP", "POL"], "GBR", ["COOPERATE", "CONCEDE"], "Fleets from Japan, Taiwan, Spain and Poland have already taken out licences", req=False),
        E("GBR", "ARG", ["ASSAULT"], "fought a ten-week war over the islands in 1982", req=False, sym=True),
    ],
))

ARTS.append(dict(
    id="CG7",
    headline="CANADA BARS FRENCH TRAWLERS FROM ITS PORTS AS FISH TALKS FAIL",
    date="1987-04-02",
    why="dateline 'April 2'; 1987 phase of the Canada-France St. Pierre and Miquelon fishing dispute",
    paras=[
        "OTTAWA, April 2 - Canada closed its Atlantic ports to French fishing vessels today after talks with France on catch quotas off Newfoundland broke down, Fisheries Minister Tom Siddon said.",
        "The ban means trawlers from France and from the French islands of St. Pierre and Miquelon can no longer land fish or take on supplies in Canadian harbours, Siddon told the House of Commons.",
        "\"Canada has shown patience, but our stocks are not for sale,\" he said.",
        "France accused Canada of bad faith. A French Foreign Ministry spokesman in Paris said the closure violated a 1972 agreement between the two countries and that France reserved the right to respond.",
        "The two sides have quarrelled for years over the maritime boundary around the islands, which France says gives it a 200-mile zone. Canada says the zone should be far smaller.",
        "Officials said Ottawa was ready to resume the negotiations if Paris dropped its demand for higher cod quotas in the Gulf of St. Lawrence.",
        "Reuter",
    ],
    people=[P("Tom Siddon", "CAN", "Fisheries Minister")],
    events=[
        E("CAN", "FRA", ["SANCTION", "COERCE"], "Canada closed its Atlantic ports to French fishing vessels"),
        E("CAN", "FRA", ["CONSULT"], "talks with France on catch quotas off Newfoundland broke down", sym=True),
        E("CAN", "FRA", ["REJECT"], "our stocks are not for sale", req=False),
        E("FRA", "CAN", ["ACCUSE"], "France accused Canada of bad faith"),
        E("FRA", "CAN", ["ACCUSE", "PROTEST"], "the closure violated a 1972 agreement", req=False),
        E("FRA", "CAN", ["THREATEN"], "France reserved the right to respond"),
        E("CAN", "FRA", ["AGREE", "REQUEST"], "Ottawa was ready to resume the negotiations if Paris dropped its demand"),
    ],
))

ARTS.append(dict(
    id="CG8",
    headline="ICELAND AND U.S. STRIKE DEAL TO END WHALING DISPUTE",
    date="1987-09-16",
    why="dateline 'September 16'; Iceland-U.S. whaling accord of September 1987",
    paras=[
        "REYKJAVIK, September 16 - Iceland and the United States reached an agreement today ending a dispute over Icelandic scientific whaling which had threatened Iceland's fish exports to the American market, officials said.",
        "Under the accord Iceland will cut this season's catch and sell only a small share of the whale meat abroad, while Washington will not certify Iceland for sanctions under U.S. fisheries law, a government statement said.",
        "Prime Minister Thorsteinn Palsson said the deal was acceptable to Iceland. \"We have defended our right to conduct research,\" he told Icelandic radio.",
        "The Commerce Department had warned in July that it might ask President Reagan to bar Icelandic fish imports, which are worth more than 100 mln dlrs a year.",
        "That warning angered Reykjavik. Foreign Minister Steingrimur Hermannsson had said relations with Washington, including the future of the U.S. base at Keflavik, could be reviewed if sanctions were imposed.",
        "Environmental groups criticised the settlement, saying it allowed the hunt to continue.",
        "Reuter",
    ],
    people=[P("Thorsteinn Palsson", "ISL", "Prime Minister"), P("Steingrimur Hermannsson", "ISL", "Foreign Minister"), P("Reagan", "USA", "President")],
    events=[
        E("ISL", "USA", ["AGREE"], "Iceland and the United States reached an agreement today", sym=True),
        E("ISL", "USA", ["CONCEDE", "RETREAT"], "Iceland will cut this season's catch"),
        E("USA", "ISL", ["CONCEDE"], "Washington will not certify Iceland for sanctions", req=False),
        E("ISL", "USA", ["SUPPORT", "AGREE"], "Palsson said the deal was acceptable to Iceland", req=False),
        E("USA", "ISL", ["THREATEN"], "The Commerce Department had warned in July that it might ask President Reagan to bar Icelandic fish imports"),
        E("ISL", "USA", ["THREATEN"], "relations with Washington, including the future of the U.S. base at Keflavik, could be reviewed"),
        E("NGO", ["ISL", "USA"], ["ACCUSE", "PROTEST"], "Environmental groups criticised the settlement", req=False),
    ],
))

ARTS.append(dict(
    id="CG9",
    headline="SPAIN BLOCKS EC AIR FARES PACKAGE OVER GIBRALTAR AIRPORT",
    date="1987-06-25",
    why="dateline 'June 25'; EC transport ministers' meeting of June 1987",
    paras=[
        "LUXEMBOURG, June 25 - Spain blocked a European Community plan to open up air travel today, refusing to accept it unless Gibraltar's airport was excluded, diplomats said.",
        "Transport ministers had been close to agreeing the package, which would allow cheaper fares and more competition on routes inside the Community.",
        "Spain insisted that the airport on the British colony, which it claims, be kept out of the scheme, while Britain said it could not agree to any text that treated the Rock differently from other parts of the Community.",
        "British Transport Secretary Paul Channon accused Madrid of holding the whole Community to ransom. \"It is quite wrong to bring a bilateral quarrel into this,\" he told reporters.",
        "A Spanish spokesman said the airport was built on land Spain never ceded and that Madrid would not recognise it by the back door.",
        "The ministers asked Britain and Spain to hold talks on the airport and report back before the next meeting, the statement said.",
        "Reuter",
    ],
    people=[P("Paul Channon", "GBR", "Transport Secretary")],
    events=[
        E("ESP", ["EUR", "GBR"], ["REJECT"], "Spain blocked a European Community plan to open up air travel"),
        E("ESP", "GBR", ["REQUEST"], "Spain insisted that the airport on the British colony, which it claims, be kept out", req=False),
        E("GBR", "ESP", ["REJECT"], "Britain said it could not agree to any text"),
        E("GBR", "ESP", ["ACCUSE"], "accused Madrid of holding the whole Community to ransom"),
        E("ESP", "GBR", ["REJECT"], "Madrid would not recognise it by the back door"),
        E("EUR", "GBR", ["REQUEST"], "The ministers asked Britain and Spain to hold talks"),
        E("EUR", "ESP", ["REQUEST"], "The ministers asked Britain and Spain to hold talks"),
    ],
))

ARTS.append(dict(
    id="CG10",
    headline="LUXEMBOURG ASKS FRANCE TO SHUT CATTENOM REACTOR AFTER LEAK",
    date="1987-10-08",
    why="dateline 'October 8'; 1987 wire item on the Cattenom nuclear plant dispute",
    paras=[
        "LUXEMBOURG, October 8 - Luxembourg asked France today to shut down a reactor at the Cattenom nuclear power station near its border until the cause of a coolant leak last week had been fully explained, the government said.",
        "Prime Minister Jacques Santer summoned the French ambassador to hand him a note expressing the Grand Duchy's \"deep concern,\" a government spokesman said.",
        "Luxembourg complained that it had learnt of the incident from the press rather than from the French authorities.",
        "The French state utility Electricite de France said the leak was minor and posed no danger to the public. A French embassy official said Paris would not close a safe plant \"because of pressure from abroad.\"",
        "Cattenom, which lies about 10 km from the border, has been opposed by Luxembourg and by the West German state of Saarland since construction began.",
        "Santer said Luxembourg would raise the matter with the European Commission and would seek an agreement with France on faster warning of incidents.",
        "Reuter",
    ],
    people=[P("Jacques Santer", "LUX", "Prime Minister")],
    events=[
        E("LUX", "FRA", ["REQUEST"], "Luxembourg asked France today to shut down a reactor"),
        E("LUX", "FRA", ["PROTEST"], "summoned the French ambassador to hand him a note"),
        E("LUX", "FRA", ["ACCUSE", "PROTEST"], "Luxembourg complained that it had learnt of the incident from the press"),
        E("FRA", "LUX", ["REJECT"], "Paris would not close a safe plant"),
        E(["LUX", "DEU"], "FRA", ["PROTEST", "REJECT"], "has been opposed by Luxembourg and by the West German state of Saarland", req=False),
        E("LUX", "EUR", ["REQUEST", "CONSULT"], "Luxembourg would raise the matter with the European Commission", req=False),
        E("LUX", "FRA", ["REQUEST", "AGREE"], "would seek an agreement with France on faster warning of incidents"),
    ],
))
