def E(s, t, types, ev, req=True, sym=False):
    d = {"source": s, "target": t, "types": types if isinstance(types, list) else [types],
         "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(n, c, r):
    return {"name": n, "country": c, "role": r}

A = {}

A["AO1"] = dict(
headline="CANADA AND FRANCE AGREE TO ARBITRATION IN ST. PIERRE FISHING ROW",
body='''OTTAWA, March 30 - Canada and France agreed today to submit their long-running dispute over fishing rights and the sea boundary around the French islands of St. Pierre and Miquelon to an international arbitration panel, ending two years of bitter wrangling.

External Affairs Minister Joe Clark and French Foreign Minister Roland Dumas signed the accord in Paris, Canadian officials said. Under the deal, a five-member tribunal will draw the maritime line, while an interim quota will let French trawlers take a limited catch of cod in the Gulf of St. Lawrence until the ruling.

"This is not a victory for either side, it is a victory for common sense," Clark told reporters after the signing.

The dispute flared in 1987 when Ottawa closed Canadian ports to French trawlers after talks on quotas broke down. France responded by suspending talks on other bilateral issues, and Paris accused Canada of trying to starve the islanders of their livelihood.

Tensions rose again in January when Canadian fisheries officers arrested the crew of a French trawler fishing in disputed waters, a move France called an act of provocation. A trawler carrying politicians from St. Pierre had been detained in a similar incident last year.

Newfoundland Premier Brian Peckford, whose province depends heavily on the cod stocks, said he would not accept any deal that rewarded what he called French overfishing. He urged Ottawa to reject the interim quota, but federal officials said the agreement would stand.

The islanders' deputy in the French National Assembly, Gerard Grignon, welcomed the pact but warned that St. Pierre's fleet could not survive if the tribunal was unfair to it.

Canadian officials said both governments pledged to respect the tribunal's ruling, expected in about two years. Fishing industry groups in Newfoundland have threatened to block French vessels if the quota is raised.

Reuter''',
published=("1989-03-30", "1989-03-30", "Reuters dateline 'March 30'; accord on arbitration signed 30 March 1989"),
people=[P("Joe Clark", "CAN", "External Affairs Minister"), P("Roland Dumas", "FRA", "Foreign Minister"),
        P("Brian Peckford", "CAN", "Newfoundland Premier"), P("Gerard Grignon", "FRA", "deputy in the French National Assembly for St. Pierre")],
events=[
 E("CAN", "FRA", ["AGREE"], "Canada and France agreed today to submit their long-running dispute", sym=True),
 E("CAN", "FRA", ["CONSULT", "AGREE"], "signed the accord in Paris", req=False),
 E("CAN", "FRA", ["SANCTION", "REJECT"], "Ottawa closed Canadian ports to French trawlers"),
 E("FRA", "CAN", ["SANCTION", "REJECT"], "France responded by suspending talks on other bilateral issues"),
 E("FRA", "CAN", ["ACCUSE"], "Paris accused Canada of trying to starve the islanders"),
 E("CAN", "FRA", ["COERCE"], "Canadian fisheries officers arrested the crew of a French trawler"),
 E("FRA", "CAN", ["ACCUSE", "PROTEST"], "a move France called an act of provocation"),
 E("CAN", "FRA", ["COERCE"], "had been detained in a similar incident last year", req=False),
 E("CAN", "FRA", ["ACCUSE"], "what he called French overfishing"),
 E("CAN", "CAN", ["REQUEST"], "He urged Ottawa to reject the interim quota"),
 E("FRA", "CAN", ["SUPPORT"], "welcomed the pact", req=False),
 E("CAN", "FRA", ["AGREE"], "both governments pledged to respect the tribunal's ruling", req=False, sym=True),
 E("CAN", "FRA", ["THREATEN"], "have threatened to block French vessels"),
])

A["AO2"] = dict(
headline="U.S. RETALIATES WITH TARIFFS AS EC BAN ON HORMONE BEEF TAKES EFFECT",
body='''BRUSSELS, Jan 1 - The United States imposed 100 pct duties on about 100 mln dlrs worth of European Community goods today, hours after an EC ban on imports of meat from hormone-treated cattle came into force.

The duties, on products ranging from boned beef and tomato sauce to instant coffee and fruit juices, were announced last week by U.S. Trade Representative Clayton Yeutter as retaliation for what Washington calls an unscientific barrier to American meat sales.

The EC Commission said it deplored the U.S. move and would answer it with counter-measures of its own. EC Farm Commissioner Frans Andriessen said the ban was a matter of consumer health, not trade, and was applied equally to Community farmers.

"We will not be intimidated into lifting a health measure," Andriessen told a news conference, adding that Brussels had already drawn up a list of American goods, including walnuts and dried fruit, which could face duties.

Yeutter has said the United States is ready to negotiate but will not drop the tariffs until American beef is allowed back into the Community market.

Spanish Agriculture Minister Carlos Romero, whose country took over the EC presidency today, urged both sides to settle the row through talks at the General Agreement on Tariffs and Trade rather than escalate it.

The EC last week offered a partial compromise, agreeing to let in beef intended for pet food, but the U.S. side rejected that as inadequate.

Trade diplomats said the quarrel threatened to sour the Uruguay Round of world trade talks, which stalled last month in Montreal over farm subsidies. U.S. cattle ranchers, meanwhile, urged Washington to widen the list of targeted goods.

Reuter''',
published=("1989-01-01", "1989-01-01", "Reuters dateline 'Jan 1'; U.S. retaliatory duties and EC hormone ban took effect 1 January 1989"),
people=[P("Clayton Yeutter", "USA", "Trade Representative"), P("Frans Andriessen", "EUR", "EC Farm Commissioner"),
        P("Carlos Romero", "ESP", "Agriculture Minister")],
events=[
 E("USA", "EUR", ["SANCTION"], "The United States imposed 100 pct duties"),
 E("EUR", "USA", ["SANCTION"], "an EC ban on imports of meat from hormone-treated cattle", req=False),
 E("USA", "EUR", ["ACCUSE"], "what Washington calls an unscientific barrier"),
 E("EUR", "USA", ["ACCUSE", "PROTEST"], "The EC Commission said it deplored the U.S. move"),
 E("EUR", "USA", ["THREATEN"], "would answer it with counter-measures of its own"),
 E("EUR", "USA", ["REJECT"], "We will not be intimidated into lifting a health measure"),
 E("EUR", "USA", ["THREATEN"], "had already drawn up a list of American goods", req=False),
 E("USA", "EUR", ["AGREE", "CONSULT"], "the United States is ready to negotiate"),
 E("USA", "EUR", ["REJECT"], "will not drop the tariffs"),
 E("ESP", "USA", ["REQUEST"], "urged both sides to settle the row"),
 E("ESP", "EUR", ["REQUEST"], "urged both sides to settle the row", req=False),
 E("EUR", "USA", ["CONCEDE", "AGREE"], "agreeing to let in beef intended for pet food"),
 E("USA", "EUR", ["REJECT"], "the U.S. side rejected that as inadequate"),
 E("USA", "USA", ["REQUEST"], "U.S. cattle ranchers, meanwhile, urged Washington"),
])

A["AO3"] = dict(
headline="REAGAN ORDERS 100 PCT TARIFFS ON BRAZILIAN GOODS IN DRUG PATENT ROW",
body='''WASHINGTON, Oct 20 - President Reagan today ordered punitive tariffs of 100 pct on 39 mln dlrs of Brazilian imports to retaliate against Brazil's refusal to protect patents on American pharmaceuticals, the White House said.

The sanctions, on Brazilian paper products, non-benzenoid drugs and consumer electronics, were recommended by U.S. Trade Representative Clayton Yeutter after an investigation found Brazilian firms were copying U.S. medicines without paying royalties.

"Brazil's policy denies our companies a fair return on their research, and we cannot let it continue," Yeutter said in a statement.

Brazil's Foreign Ministry called the decision unjust and said the government would file a complaint with the General Agreement on Tariffs and Trade in Geneva. It said Brasilia would not bow to unilateral pressure.

Foreign Minister Roberto de Abreu Sodre told reporters in Brasilia the action was "an act of economic aggression" that would harm relations between the two countries. He did not rule out retaliation against American goods.

The U.S. Pharmaceutical Manufacturers Association, which filed the original complaint in 1987, praised the decision and urged the administration to keep up the pressure.

U.S. officials said talks had been held with Brazilian negotiators over the past year but Brasilia had refused to change its 1945 law barring drug patents. They said the tariffs would be lifted if Brazil agreed to protect pharmaceutical patents.

The move is the latest in a series of trade disputes between the two countries, which clashed last year over Brazil's restrictions on imports of American computers.

Reuter''',
published=("1988-10-20", "1988-10-20", "Reuters dateline 'Oct 20'; Reagan ordered the Brazil tariffs on 20 October 1988"),
people=[P("Ronald Reagan", "USA", "President"), P("Clayton Yeutter", "USA", "Trade Representative"),
        P("Roberto de Abreu Sodre", "BRA", "Foreign Minister")],
events=[
 E("USA", "BRA", ["SANCTION"], "ordered punitive tariffs of 100 pct"),
 E("USA", "BRA", ["ACCUSE"], "found Brazilian firms were copying U.S. medicines"),
 E("USA", "BRA", ["ACCUSE"], "Brazil's policy denies our companies a fair return", req=False),
 E("BRA", "USA", ["ACCUSE", "PROTEST"], "called the decision unjust"),
 E("BRA", "USA", ["ACCUSE", "PROTEST", "REQUEST"], "would file a complaint with the General Agreement"),
 E("BRA", "USA", ["REJECT"], "Brasilia would not bow to unilateral pressure"),
 E("BRA", "USA", ["ACCUSE"], "an act of economic aggression"),
 E("BRA", "USA", ["THREATEN"], "He did not rule out retaliation"),
 E("USA", "USA", ["SUPPORT", "REQUEST"], "praised the decision and urged the administration", req=False),
 E("USA", "BRA", ["CONSULT"], "talks had been held with Brazilian negotiators", req=False, sym=True),
 E("BRA", "USA", ["REJECT"], "Brasilia had refused to change its 1945 law"),
 E("USA", "BRA", ["AGREE", "THREATEN"], "the tariffs would be lifted if Brazil agreed", req=False),
 E("BRA", "USA", ["SANCTION"], "Brazil's restrictions on imports of American computers", req=False),
])

A["AO4"] = dict(
headline="BRAZIL SUSPENDS INTEREST PAYMENTS ON FOREIGN BANK DEBT",
body='''BRASILIA, Feb 20 - Brazil, the developing world's largest debtor, today suspended indefinitely interest payments on about 68 billion dlrs of its medium- and long-term debt to foreign commercial banks, President Jose Sarney announced in a nationwide broadcast.

Sarney said the country's dwindling foreign reserves had to be protected and that Brazil would not pay its debts "with the hunger of our people." He said the moratorium would last until a new agreement with creditors was reached.

The decision was taken without consulting the International Monetary Fund, with which Brazil has refused to sign a new economic programme since 1985.

Finance Minister Dilson Funaro is due to travel to Washington, Tokyo and several European capitals next week to explain the move to creditor governments and seek their support for a longer-term rescheduling, officials said.

In Washington, a Treasury spokesman said the United States regretted the decision and urged Brazil to reach a settlement with its bank creditors quickly. U.S. Treasury Secretary James Baker has repeatedly called on debtor nations to pursue market-oriented reforms in return for new lending.

Bankers in New York said the suspension would force U.S. banks to classify some Brazilian loans as non-performing. Citicorp, Brazil's largest creditor, said it was disappointed but would keep talking with Brasilia.

Peru, which limited its debt service to 10 pct of export earnings in 1985, praised the Brazilian decision. Peruvian President Alan Garcia said in Lima that Latin American debtors must stand together against what he called the usury of the banks.

Argentina and Mexico, however, signalled they would not follow Brazil's example, and officials in Buenos Aires said their country would keep negotiating with its creditors.

Reuter''',
published=("1987-02-20", "1987-02-20", "Reuters dateline 'Feb 20'; Brazil's moratorium announced 20 February 1987"),
people=[P("Jose Sarney", "BRA", "President"), P("Dilson Funaro", "BRA", "Finance Minister"),
        P("James Baker", "USA", "Treasury Secretary"), P("Alan Garcia", "PER", "President")],
events=[
 E("BRA", ["MNC", "USA"], ["REJECT", "SANCTION"], "today suspended indefinitely interest payments"),
 E("BRA", "IGO", ["REJECT"], "Brazil has refused to sign a new economic programme", req=False),
 E("BRA", "USA", ["CONSULT"], "is due to travel to Washington, Tokyo"),
 E("BRA", "JPN", ["CONSULT"], "is due to travel to Washington, Tokyo"),
 E("BRA", ["USA", "JPN"], ["REQUEST"], "seek their support for a longer-term rescheduling", req=False),
 E("USA", "BRA", ["ACCUSE", "PROTEST"], "the United States regretted the decision"),
 E("USA", "BRA", ["REQUEST"], "urged Brazil to reach a settlement"),
 E("USA", "BRA", ["REQUEST"], "has repeatedly called on debtor nations", req=False),
 E("MNC", "BRA", ["CONSULT", "AGREE"], "would keep talking with Brasilia", sym=True),
 E("MNC", "BRA", ["ACCUSE"], "said it was disappointed", req=False),
 E("PER", "BRA", ["SUPPORT"], "praised the Brazilian decision"),
 E("PER", "MNC", ["ACCUSE"], "what he called the usury of the banks"),
 E("ARG", "BRA", ["REJECT"], "would not follow Brazil's example", req=False),
 E("MEX", "BRA", ["REJECT"], "would not follow Brazil's example", req=False),
 E("ARG", "MNC", ["CONSULT"], "would keep negotiating with its creditors", req=False, sym=True),
])

A["AO5"] = dict(
headline="JAPAN AGREES TO OPEN BEEF AND CITRUS MARKETS TO U.S. IMPORTS",
body='''TOKYO, June 20 - Japan and the United States reached agreement today on phasing out Japanese import quotas on beef and oranges over three years, ending a dispute that had soured trade relations between the two allies for a decade.

Agriculture Minister Takashi Sato and U.S. Trade Representative Clayton Yeutter announced the accord after four days of talks in Tokyo. Under it, Japan will abolish the quotas in April 1991 and replace them with tariffs, starting at 70 pct and falling to 50 pct.

"This is a major step toward opening the Japanese market," Yeutter told a news conference. He said Washington would drop its complaint against Japan at the General Agreement on Tariffs and Trade.

Sato said Japan had made a painful concession for the sake of good relations. Japanese farm groups, which had staged rallies against liberalisation, denounced the agreement and accused the government of sacrificing farmers to American pressure.

The talks had nearly collapsed last week when Yeutter walked out of a session, saying Japan's offer fell far short of what Washington demanded. Prime Minister Noboru Takeshita then ordered his ministers to find a compromise before the Toronto summit of industrial nations.

Australia, which also exports large amounts of beef to Japan, welcomed the deal but warned it would watch closely to ensure that American suppliers were not favoured. Canberra has been holding separate talks with Tokyo on the issue.

U.S. congressmen from farm states said they would press Japan to open its rice market next.

Reuter''',
published=("1988-06-20", "1988-06-20", "Reuters dateline 'June 20'; U.S.-Japan beef and citrus accord reached 20 June 1988"),
people=[P("Takashi Sato", "JPN", "Agriculture Minister"), P("Clayton Yeutter", "USA", "Trade Representative"),
        P("Noboru Takeshita", "JPN", "Prime Minister")],
events=[
 E("JPN", "USA", ["AGREE"], "Japan and the United States reached agreement today", sym=True),
 E("USA", "JPN", ["CONSULT"], "after four days of talks in Tokyo", sym=True),
 E("JPN", "USA", ["CONCEDE", "AGREE", "RETREAT"], "Japan will abolish the quotas", req=False),
 E("USA", "JPN", ["CONCEDE", "RETREAT", "AGREE"], "Washington would drop its complaint against Japan"),
 E("JPN", "USA", ["CONCEDE"], "Japan had made a painful concession"),
 E("JPN", "JPN", ["PROTEST"], "had staged rallies against liberalisation", req=False),
 E("JPN", "JPN", ["ACCUSE", "PROTEST"], "denounced the agreement and accused the government"),
 E("USA", "JPN", ["REJECT", "PROTEST"], "Yeutter walked out of a session"),
 E("USA", "JPN", ["ACCUSE", "REJECT"], "Japan's offer fell far short", req=False),
 E("AUS", ["JPN", "USA"], ["SUPPORT"], "welcomed the deal"),
 E("AUS", ["JPN", "USA"], ["THREATEN", "ACCUSE"], "warned it would watch closely", req=False),
 E("AUS", "JPN", ["CONSULT"], "holding separate talks with Tokyo", sym=True),
 E("USA", "JPN", ["REQUEST"], "would press Japan to open its rice market"),
])

A["AO6"] = dict(
headline="KOHL AND GORBACHEV SIGN ACCORDS AS BONN BANKS EXTEND CREDIT TO MOSCOW",
body='''MOSCOW, Oct 25 - West German Chancellor Helmut Kohl and Soviet leader Mikhail Gorbachev signed six agreements today on cooperation in fields from nuclear safety to environmental protection, capping Kohl's first official visit to Moscow.

The accords were signed in the Kremlin after two days of talks which both sides described as frank and constructive. A consortium of West German banks led by Deutsche Bank has also extended a three billion mark credit line to the Soviet Union to finance purchases of West German machinery and consumer goods.

Gorbachev told Kohl that Moscow wanted to open "a new chapter" in relations with Bonn, Soviet spokesman Gennady Gerasimov told reporters. He said the Soviet leader had accepted an invitation to visit West Germany next year.

Kohl, however, raised the division of Germany and the Berlin Wall, which he said remained unacceptable. Gerasimov said the Soviet side did not agree with the chancellor's view on the German question.

West German officials said Kohl also urged the Kremlin to allow more ethnic Germans to emigrate from the Soviet Union. The Soviet side promised to consider the request, they said.

Under one of the agreements, West Germany will help build a high-temperature nuclear reactor in the Soviet Union, and the two sides agreed to exchange data on reactor safety in the wake of the Chernobyl disaster.

Economics Minister Martin Bangemann said Bonn would not offer government guarantees beyond normal export credit insurance. Some U.S. officials have voiced concern that Western credits could prop up the Soviet military.

Reuter''',
published=("1988-10-25", "1988-10-25", "Reuters dateline 'Oct 25'; Kohl's Moscow visit 24-27 October 1988, accords signed 25 October"),
people=[P("Helmut Kohl", "DEU", "Chancellor"), P("Mikhail Gorbachev", "RUS", "Soviet leader"),
        P("Gennady Gerasimov", "RUS", "Soviet spokesman"), P("Martin Bangemann", "DEU", "Economics Minister")],
events=[
 E("DEU", "RUS", ["AGREE", "COOPERATE"], "signed six agreements today", sym=True),
 E("DEU", "RUS", ["CONSULT"], "Kohl's first official visit to Moscow"),
 E("DEU", "RUS", ["CONSULT"], "after two days of talks", req=False, sym=True),
 E("DEU", "RUS", ["AID", "COOPERATE"], "extended a three billion mark credit line to the Soviet Union"),
 E("RUS", "DEU", ["SUPPORT", "COOPERATE"], "Moscow wanted to open \"a new chapter\" in relations with Bonn", req=False),
 E("RUS", "DEU", ["AGREE", "CONSULT"], "had accepted an invitation to visit West Germany"),
 E("DEU", ["RUS", "DDR"], ["ACCUSE", "REJECT", "PROTEST"], "Kohl, however, raised the division of Germany"),
 E("RUS", "DEU", ["REJECT"], "the Soviet side did not agree with the chancellor's view"),
 E("DEU", "RUS", ["REQUEST"], "Kohl also urged the Kremlin to allow more ethnic Germans to emigrate"),
 E("RUS", "DEU", ["AGREE", "CONCEDE"], "The Soviet side promised to consider the request"),
 E("DEU", "RUS", ["AGREE", "COOPERATE", "AID"], "West Germany will help build a high-temperature nuclear reactor"),
 E("DEU", "RUS", ["AGREE", "COOPERATE"], "the two sides agreed to exchange data on reactor safety", req=False, sym=True),
 E("DEU", "RUS", ["REJECT"], "Bonn would not offer government guarantees", req=False),
 E("USA", ["DEU", "WST", "RUS"], ["ACCUSE"], "Some U.S. officials have voiced concern", req=False),
])
