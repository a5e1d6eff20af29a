from arts1 import E, P

A = {}

A["AO7"] = dict(
headline="Mongolia says Dalai Lama will not be invited again after Chinese economic squeeze",
body='''Mongolia has said the Dalai Lama will not be invited to visit the country again during the current government's term, in an apparent attempt to end a month-long diplomatic freeze with China that has choked its fragile economy.

Foreign Minister Tsend Munkh-Orgil told a Mongolian news outlet that the government "regrets" the tensions caused by the Tibetan spiritual leader's four-day trip to Ulaanbaatar in November and that such a visit would not be repeated.

China's foreign ministry welcomed the remarks on Wednesday. "We hope Mongolia will truly learn the lesson of this incident," spokeswoman Hua Chunying told reporters in Beijing, adding that Beijing valued good-neighbourly relations.

Beijing reacted furiously to the Dalai Lama's visit, which it said hurt the feelings of the Chinese people. It postponed a meeting of a bilateral consultative body, suspended talks on a $4.2bn loan and imposed new fees on Mongolian trucks carrying copper and coal across the border, where queues of lorries stretched for miles.

China buys about 90% of Mongolia's exports, and the landlocked country of 3 million people is struggling to repay debts after a commodity slump. Ulaanbaatar is negotiating a bailout from the International Monetary Fund.

The Dalai Lama, who fled Tibet in 1959, is regarded by Beijing as a dangerous separatist. He denies seeking independence for Tibet and says he wants only genuine autonomy.

Mongolian officials had initially argued that the visit was purely religious and that the government had not invited him. Several Mongolian lawmakers accused China of bullying a smaller neighbour, and some Mongolians posted messages online urging a boycott of Chinese goods.

India, which hosts the Tibetan government-in-exile, had earlier offered to help Mongolia weather the pressure. An Indian official said New Delhi was ready to provide a $1bn credit line promised during a 2015 visit by Prime Minister Narendra Modi.

Analysts said the episode showed how readily Beijing uses its economic weight against smaller neighbours. "This was a textbook case of economic coercion, and it worked," said one Western diplomat in Ulaanbaatar, who asked not to be named.''',
published=("2016-12-21", "2016-12-22", "China's foreign ministry welcomed the remarks 'on Wednesday' (21 December 2016); November visit of the Dalai Lama"),
people=[P("Tsend Munkh-Orgil", "MNG", "Foreign Minister"), P("Hua Chunying", "CHN", "foreign ministry spokeswoman"),
        P("Dalai Lama", "CHN", "Tibetan spiritual leader"), P("Narendra Modi", "IND", "Prime Minister")],
events=[
 E("MNG", "CHN", ["CONCEDE", "RETREAT", "AGREE"], "the Dalai Lama will not be invited to visit the country again"),
 E("MNG", "CHN", ["CONCEDE", "COOPERATE"], "the government \"regrets\" the tensions"),
 E("CHN", "MNG", ["SUPPORT"], "China's foreign ministry welcomed the remarks"),
 E("CHN", "MNG", ["REQUEST", "THREATEN"], "We hope Mongolia will truly learn the lesson", req=False),
 E("CHN", "MNG", ["ACCUSE", "PROTEST"], "which it said hurt the feelings of the Chinese people"),
 E("CHN", "MNG", ["REJECT", "SANCTION"], "It postponed a meeting of a bilateral consultative body"),
 E("CHN", "MNG", ["SANCTION", "REJECT"], "suspended talks on a $4.2bn loan"),
 E("CHN", "MNG", ["SANCTION"], "imposed new fees on Mongolian trucks"),
 E("MNG", "IGO", ["REQUEST", "CONSULT"], "Ulaanbaatar is negotiating a bailout from the International Monetary Fund", sym=True),
 E("CHN", "CHN", ["ACCUSE"], "is regarded by Beijing as a dangerous separatist", req=False),
 E("CHN", "CHN", ["REJECT"], "He denies seeking independence for Tibet", req=False),
 E("MNG", "CHN", ["REJECT"], "had initially argued that the visit was purely religious", req=False),
 E("MNG", "CHN", ["ACCUSE"], "accused China of bullying a smaller neighbour"),
 E("MNG", "CHN", ["SANCTION", "PROTEST"], "urging a boycott of Chinese goods", req=False),
 E("IND", "MNG", ["AID", "AGREE", "SUPPORT"], "had earlier offered to help Mongolia weather the pressure"),
 E("IND", "MNG", ["AID", "AGREE"], "New Delhi was ready to provide a $1bn credit line", req=False),
 E(["WST", "USA", "GBR"], "CHN", ["ACCUSE"], "This was a textbook case of economic coercion", req=False),
])

A["AO8"] = dict(
headline="Putin and Lukashenko settle oil and gas feud after talks in St Petersburg",
body='''Russia and Belarus have settled a months-long dispute over oil and gas supplies that had strained relations between the two close allies, Vladimir Putin and Alexander Lukashenko announced after talks in St Petersburg on Monday.

Under the deal, Minsk will pay off its debt of about $726m for Russian gas, while Moscow will restore crude oil deliveries to Belarusian refineries to 24m tonnes a year, Russian officials said. Russia will also lend Belarus $1bn from a regional bailout fund.

"All the disputed issues in the oil and gas sphere have been resolved," Putin told reporters after the meeting, which lasted several hours. Lukashenko said the two sides had found "a compromise that suits everyone".

The row erupted last year when Belarus, arguing that it was being overcharged, began paying a lower price than the one set in its contract with Gazprom. Moscow responded by cutting oil supplies, costing Minsk's refineries hundreds of millions of dollars in export earnings.

Lukashenko, who has ruled Belarus since 1994, then accused Russia of breaking agreements within the Eurasian Economic Union and skipped a summit of the bloc in St Petersburg in December. In February he complained publicly that Moscow was trying to strangle Belarus's economy and threatened to take the gas dispute to court.

Russia also angered Minsk by setting up border-security zones along the two countries' frontier, which is meant to be open, and by banning imports of some Belarusian dairy products, citing sanitary concerns.

Lukashenko said on Monday that Belarus would not recognise the Russian border zones as a permanent arrangement, but added that the issue would be resolved by the security services of both countries.

The settlement comes as Lukashenko faces his biggest street protests in years over a tax on the unemployed. Police detained hundreds of demonstrators in Minsk late last month, drawing criticism from the European Union.

Analysts said Moscow had little appetite for a drawn-out quarrel with one of its last allies in Europe, while Minsk needed cheap Russian energy to keep its Soviet-style economy afloat.''',
published=("2017-04-03", "2017-04-04", "Putin-Lukashenko talks in St Petersburg 'on Monday', 3 April 2017; protests 'late last month' (March)"),
people=[P("Vladimir Putin", "RUS", "President"), P("Alexander Lukashenko", "BLR", "President")],
events=[
 E("RUS", "BLR", ["AGREE"], "Russia and Belarus have settled a months-long dispute", sym=True),
 E("BLR", "RUS", ["CONSULT"], "after talks in St Petersburg on Monday", sym=True),
 E("BLR", "RUS", ["AGREE", "CONCEDE"], "Minsk will pay off its debt", req=False),
 E("RUS", "BLR", ["AGREE", "CONCEDE", "RETREAT"], "Moscow will restore crude oil deliveries"),
 E("RUS", "BLR", ["AID", "AGREE"], "Russia will also lend Belarus $1bn"),
 E("BLR", "RUS", ["ACCUSE"], "arguing that it was being overcharged", req=False),
 E("BLR", "RUS", ["REJECT", "SANCTION"], "began paying a lower price", req=False),
 E("RUS", "BLR", ["SANCTION"], "Moscow responded by cutting oil supplies"),
 E("BLR", "RUS", ["ACCUSE"], "accused Russia of breaking agreements"),
 E("BLR", ["RUS", "IGO"], ["REJECT", "PROTEST"], "skipped a summit of the bloc"),
 E("BLR", "RUS", ["ACCUSE"], "Moscow was trying to strangle Belarus's economy"),
 E("BLR", "RUS", ["THREATEN"], "threatened to take the gas dispute to court"),
 E("RUS", "BLR", ["MOBILIZE", "COERCE", "SANCTION"], "setting up border-security zones", req=False),
 E("RUS", "BLR", ["SANCTION"], "banning imports of some Belarusian dairy products"),
 E("BLR", "RUS", ["REJECT"], "Belarus would not recognise the Russian border zones"),
 E("BLR", "BLR", ["PROTEST"], "his biggest street protests in years", req=False),
 E("BLR", "BLR", ["COERCE"], "Police detained hundreds of demonstrators in Minsk"),
 E("EUR", "BLR", ["ACCUSE"], "drawing criticism from the European Union"),
])

A["AO9"] = dict(
headline="Russia throws Venezuela a lifeline with $3bn debt restructuring as default looms",
body='''Russia has agreed to restructure about $3.15bn of debt owed by Venezuela, giving the cash-strapped South American country breathing room as it struggles to avoid a full-blown default.

The deal, signed in Moscow on Wednesday by Russian Finance Minister Anton Siluanov and Venezuelan Finance Minister Simon Zerpa, spreads repayments over 10 years, with "minimal" payments in the first six, the Russian finance ministry said in a statement.

"The restructuring will allow Venezuela to ease its debt burden and improve its solvency," the ministry said, adding that it would also improve the chances of Moscow recovering the money.

The agreement came a day after the ratings agency S&P Global declared Venezuela in "selective default" for missing interest payments on two bonds. Caracas had summoned creditors to a meeting on Monday, but the talks lasted less than half an hour and produced no concrete proposal, according to investors who attended.

President Nicolas Maduro has blamed US sanctions for the crisis. In August, Washington barred American banks from buying new Venezuelan debt, a move Maduro called "financial persecution". He insisted on state television that Venezuela "will never default".

The US Treasury said it would not ease the sanctions while Maduro's government continued what it called an assault on democracy. Steven Mnuchin, the treasury secretary, told reporters last week that any restructuring talks with US bondholders would require a licence.

China, Venezuela's largest creditor, said it believed Caracas could handle its debt properly. A foreign ministry spokesman in Beijing urged the parties to resolve the issue through consultation.

Russia and its state oil company Rosneft have lent Venezuela billions of dollars in recent years, in exchange for future oil shipments. Analysts said Moscow was determined to protect its political foothold in Latin America while avoiding new loans.

The European Union on Monday approved an arms embargo on Venezuela and set up a framework for sanctions on officials, citing concerns over the erosion of democracy.''',
published=("2017-11-15", "2017-11-16", "deal signed in Moscow 'on Wednesday', 15 November 2017, a day after S&P's default call"),
people=[P("Anton Siluanov", "RUS", "Finance Minister"), P("Simon Zerpa", "VEN", "Finance Minister"),
        P("Nicolas Maduro", "VEN", "President"), P("Steven Mnuchin", "USA", "Treasury Secretary")],
events=[
 E("RUS", "VEN", ["AGREE", "AID", "COOPERATE"], "Russia has agreed to restructure about $3.15bn of debt", sym=True),
 E("VEN", "RUS", ["CONSULT", "AGREE"], "The deal, signed in Moscow on Wednesday", req=False),
 E("VEN", "MNC", ["CONSULT", "REQUEST"], "Caracas had summoned creditors to a meeting"),
 E("VEN", "USA", ["ACCUSE"], "has blamed US sanctions for the crisis"),
 E("USA", "VEN", ["SANCTION"], "Washington barred American banks from buying new Venezuelan debt"),
 E("VEN", "USA", ["ACCUSE"], "financial persecution", req=False),
 E("USA", "VEN", ["REJECT"], "it would not ease the sanctions"),
 E("USA", "VEN", ["ACCUSE"], "what it called an assault on democracy"),
 E("CHN", "VEN", ["SUPPORT"], "it believed Caracas could handle its debt properly"),
 E("CHN", ["VEN", "MNC"], ["REQUEST"], "urged the parties to resolve the issue", req=False),
 E("RUS", "VEN", ["AID", "COOPERATE"], "have lent Venezuela billions of dollars", req=False),
 E("EUR", "VEN", ["SANCTION"], "approved an arms embargo on Venezuela"),
 E("EUR", "VEN", ["ACCUSE"], "citing concerns over the erosion of democracy", req=False),
])

A["AO10"] = dict(
headline="Gazprom moves to tear up Ukraine contracts after losing Stockholm arbitration",
body='''Russia's state-controlled gas giant Gazprom said Friday it would begin proceedings to terminate its supply and transit contracts with Ukraine's Naftogaz, escalating a dispute after an international arbitration court ordered it to pay the Ukrainian company $2.56 billion.

Gazprom chief executive Alexei Miller told reporters in Moscow that the ruling by the Stockholm Chamber of Commerce's arbitration institute was "asymmetrical" and had upset the balance of the contracts. He said the company would not resume gas deliveries to Ukraine, which had been due to restart on March 1.

Ukraine, which has not bought gas directly from Russia since November 2015, had prepaid for a first batch of supplies after the court found in Naftogaz's favor. Gazprom returned the prepayment.

Ukrainian President Petro Poroshenko accused Moscow of using gas as a weapon. "Gazprom has once again shown itself to be an unreliable partner," he said in a statement, calling on European partners to stop the Nord Stream 2 pipeline project that would bypass Ukraine.

The cutoff came during a cold snap, forcing Kiev to close schools and ask businesses to cut gas consumption. Naftogaz said it would seek to enforce the arbitration ruling by seizing Gazprom assets in Europe.

The Kremlin said it was a commercial dispute. Spokesman Dmitry Peskov said Moscow would not interfere but expected the parties to find a solution.

The European Commission, which depends on Ukraine's pipelines for the transit of about 40 percent of the Russian gas sent to the bloc, offered to mediate. Maros Sefcovic, the EU's vice president for energy union, said he had spoken to both sides and proposed trilateral talks in Brussels.

Russia and Ukraine have fought repeated battles over gas since 2006, and supplies to Europe were disrupted in 2009 during a price dispute. Relations collapsed after Moscow annexed Crimea in 2014 and backed separatists in eastern Ukraine.

Poland and the Baltic states have long opposed Nord Stream 2, which the German government has defended as a purely commercial project.''',
published=("2018-03-02", "2018-03-02", "date_publish 2018-03-02; Gazprom announcement 'Friday' (2 March 2018) after deliveries due 'March 1'"),
people=[P("Alexei Miller", "RUS", "Gazprom chief executive"), P("Petro Poroshenko", "UKR", "President"),
        P("Dmitry Peskov", "RUS", "Kremlin spokesman"), P("Maros Sefcovic", "EUR", "EU vice president for energy union")],
events=[
 E("RUS", "UKR", ["SANCTION", "REJECT"], "it would begin proceedings to terminate its supply and transit contracts"),
 E("RUS", ["UKR", "SWE"], ["ACCUSE", "REJECT"], "was \"asymmetrical\"", req=False),
 E("RUS", "UKR", ["SANCTION", "REJECT"], "would not resume gas deliveries to Ukraine"),
 E("RUS", "UKR", ["REJECT"], "Gazprom returned the prepayment", req=False),
 E("UKR", "RUS", ["ACCUSE"], "accused Moscow of using gas as a weapon"),
 E("UKR", "RUS", ["ACCUSE"], "an unreliable partner", req=False),
 E("UKR", ["EUR", "WST", "DEU"], ["REQUEST"], "calling on European partners to stop the Nord Stream 2"),
 E("UKR", "RUS", ["THREATEN", "COERCE"], "by seizing Gazprom assets in Europe"),
 E("RUS", "UKR", ["REJECT"], "Moscow would not interfere", req=False),
 E("RUS", "UKR", ["REQUEST"], "expected the parties to find a solution", req=False),
 E("EUR", ["RUS", "UKR"], ["AGREE", "SUPPORT", "COOPERATE"], "offered to mediate"),
 E("EUR", ["RUS", "UKR"], ["CONSULT"], "he had spoken to both sides"),
 E("EUR", ["RUS", "UKR"], ["REQUEST", "AGREE"], "proposed trilateral talks in Brussels"),
 E("RUS", "UKR", ["SANCTION"], "supplies to Europe were disrupted in 2009", req=False),
 E("RUS", "UKR", ["ASSAULT", "COERCE"], "Moscow annexed Crimea in 2014", req=False),
 E("RUS", "UKR", ["AID", "SUPPORT"], "backed separatists in eastern Ukraine", req=False),
 E("POL", ["DEU", "RUS"], ["REJECT"], "Poland and the Baltic states have long opposed Nord Stream 2", req=False),
])

A["AO11"] = dict(
headline="Trump says Germany is 'captive of Russia' over gas pipeline at NATO breakfast",
body='''President Donald Trump opened his visit to the NATO summit in Brussels on Wednesday with a broadside against Germany, saying Europe's largest economy was "totally controlled" by Russia because of its reliance on Russian energy.

"Germany is a captive of Russia," Trump said at a breakfast with NATO Secretary General Jens Stoltenberg, in remarks broadcast to reporters. "We're supposed to protect you against Russia, but Germany is paying billions of dollars a year to Russia."

Trump was referring to Nord Stream 2, a planned pipeline under the Baltic Sea that would double the amount of Russian gas flowing directly to Germany. Washington has warned that companies involved in the project could face US sanctions.

German Chancellor Angela Merkel, who grew up in communist East Germany, rejected the charge hours later. "I have experienced myself how a part of Germany was controlled by the Soviet Union," she told reporters as she arrived at the summit. "I am very happy that today we are united in freedom and can therefore make our own independent policies."

Merkel and Trump later met on the sidelines of the summit and described their relationship as "very good." Trump said they had discussed trade and the pipeline.

Stoltenberg, a former Norwegian prime minister, told Trump that NATO allies had always managed to rise above their differences and said trade with Russia was a decision for individual nations.

Trump also repeated his demand that European allies spend more on defense, singling out Germany for spending just over 1% of its economic output, well below the alliance's 2% target. He later urged allies to raise it to 4%.

The Kremlin dismissed Trump's comments. Spokesman Dmitry Peskov said the pipeline was a purely commercial venture that posed no threat to European energy security.

Ukraine and Poland, which fear losing transit revenue and leverage, have lobbied Washington to block the project. The European Commission has also sought a mandate to negotiate the pipeline's terms with Russia on behalf of the EU.''',
published=("2018-07-11", "2018-07-11", "date_publish 2018-07-11; NATO summit breakfast 'on Wednesday', 11 July 2018"),
people=[P("Donald Trump", "USA", "President"), P("Jens Stoltenberg", "NOR", "NATO Secretary General"),
        P("Angela Merkel", "DEU", "Chancellor"), P("Dmitry Peskov", "RUS", "Kremlin spokesman")],
events=[
 E("USA", "DEU", ["ACCUSE"], "Germany is a captive of Russia"),
 E("USA", "IGO", ["CONSULT"], "at a breakfast with NATO Secretary General Jens Stoltenberg", sym=True),
 E("USA", ["DEU", "RUS", "MNC"], ["THREATEN"], "could face US sanctions"),
 E("DEU", "USA", ["REJECT", "ACCUSE"], "rejected the charge hours later"),
 E("DEU", "USA", ["CONSULT"], "Merkel and Trump later met on the sidelines", sym=True),
 E("IGO", "USA", ["REJECT", "CONSULT"], "told Trump that NATO allies had always managed", req=False),
 E("USA", ["IGO", "DEU", "WST", "EUR"], ["REQUEST"], "repeated his demand that European allies spend more on defense"),
 E("USA", "DEU", ["ACCUSE"], "singling out Germany", req=False),
 E("USA", ["IGO", "WST"], ["REQUEST"], "He later urged allies to raise it to 4%", req=False),
 E("RUS", "USA", ["REJECT"], "The Kremlin dismissed Trump's comments"),
 E("UKR", "USA", ["REQUEST"], "have lobbied Washington to block the project"),
 E("POL", "USA", ["REQUEST"], "have lobbied Washington to block the project"),
 E("EUR", "RUS", ["CONSULT", "REQUEST"], "sought a mandate to negotiate the pipeline's terms with Russia", req=False),
])

A["AO12"] = dict(
headline="U.S. Suspends Rwanda's Duty-Free Clothing Exports Over Secondhand Clothes Ban",
body='''The United States is suspending duty-free access for clothing made in Rwanda, after the East African country refused to lift steep tariffs on imports of used clothing that American exporters say are destroying their business.

President Trump signed a proclamation on Monday that will end Rwanda's eligibility to export apparel to the U.S. tariff-free under the African Growth and Opportunity Act, a trade program meant to help African economies. The suspension takes effect in 60 days.

The U.S. Trade Representative's office said in a statement that Rwanda had failed to make progress toward eliminating barriers to U.S. trade, despite months of consultations. "Rwanda's decision to maintain these barriers is inconsistent with its obligations," it said.

In 2016, Rwanda, Kenya, Tanzania and Uganda agreed to phase out secondhand clothing imports by 2019 to build up their own textile industries. Rwanda raised tariffs on used clothes from 20 cents to $2.50 a kilogram. Kenya, Tanzania and Uganda later backed down after Washington launched a review of their eligibility, but Rwanda did not.

Rwandan officials said they would not reverse course. "We have to make choices," President Paul Kagame told reporters in Kigali, arguing that Rwanda could not develop by wearing other people's castoffs. Trade minister Vincent Munyeshyaka said Rwanda respected the U.S. decision and would continue to look for other markets.

The petition that triggered the review was filed by the Secondary Materials and Recycled Textiles Association, an American trade group, which argued the ban threatened 40,000 U.S. jobs.

The amount at stake is small. Rwanda exported about $1.5 million worth of apparel under the program last year, and the country's other goods will keep their preferences. Still, trade experts say the move sends a signal to other African countries that Washington is prepared to use its leverage.

The Rwandan government has invested heavily in a local garment sector, including a factory run by a Chinese company, C&H Garments, in a special economic zone outside Kigali.''',
published=("2018-07-31", "2018-07-31", "date_publish 2018-07-31; proclamation signed 'on Monday', 30 July 2018"),
people=[P("Donald Trump", "USA", "President"), P("Paul Kagame", "RWA", "President"),
        P("Vincent Munyeshyaka", "RWA", "Trade minister")],
events=[
 E("USA", "RWA", ["SANCTION"], "The United States is suspending duty-free access"),
 E("USA", "RWA", ["SANCTION"], "signed a proclamation on Monday", req=False),
 E("RWA", "USA", ["REJECT"], "refused to lift steep tariffs"),
 E("USA", "RWA", ["ACCUSE"], "Rwanda had failed to make progress"),
 E("USA", "RWA", ["CONSULT"], "despite months of consultations", req=False, sym=True),
 E("USA", "RWA", ["ACCUSE"], "is inconsistent with its obligations", req=False),
 E("RWA", ["KEN", "TZA", "UGA"], ["AGREE"], "agreed to phase out secondhand clothing imports", req=False, sym=True),
 E("RWA", "USA", ["SANCTION"], "Rwanda raised tariffs on used clothes"),
 E("KEN", "USA", ["CONCEDE", "RETREAT"], "Kenya, Tanzania and Uganda later backed down"),
 E("TZA", "USA", ["CONCEDE", "RETREAT"], "Kenya, Tanzania and Uganda later backed down"),
 E("UGA", "USA", ["CONCEDE", "RETREAT"], "Kenya, Tanzania and Uganda later backed down"),
 E("USA", ["KEN", "TZA", "UGA"], ["THREATEN", "SANCTION"], "Washington launched a review of their eligibility", req=False),
 E("RWA", "USA", ["REJECT"], "they would not reverse course"),
 E("RWA", "USA", ["CONCEDE", "SUPPORT"], "Rwanda respected the U.S. decision", req=False),
 E("USA", "USA", ["REQUEST"], "The petition that triggered the review was filed", req=False),
 E("USA", "RWA", ["ACCUSE"], "argued the ban threatened 40,000 U.S. jobs", req=False),
])

A["AO13"] = dict(
headline="U.S. and Canada reach last-minute deal to salvage NAFTA as three-way pact",
body='''The United States and Canada reached a deal late Sunday to overhaul the North American Free Trade Agreement, salvaging a three-country trade bloc that President Trump had repeatedly threatened to blow up.

The agreement, struck hours before a midnight deadline set by Washington, keeps Canada in a pact that the United States and Mexico finalized in August. The revamped deal will be called the United States-Mexico-Canada Agreement.

"It is a good day for Canada," Prime Minister Justin Trudeau told reporters in Ottawa after a late-night cabinet meeting. In a joint statement, U.S. Trade Representative Robert Lighthizer and Canadian Foreign Minister Chrystia Freeland said the pact would give workers, farmers and businesses "a high-standard trade agreement."

Under the deal, Canada agreed to open about 3.5 percent of its dairy market to American farmers, a long-standing demand of Trump, who had called Canada's dairy tariffs "a disgrace." In return, the United States dropped its push to eliminate a dispute-settlement panel that Ottawa had insisted on keeping.

The agreement does not lift the 25 percent tariffs on Canadian steel and 10 percent tariffs on aluminum that Trump imposed in June on national security grounds, a sore point for Ottawa. Canada retaliated at the time with duties on $12.6 billion of American goods, including whiskey and maple syrup, and those remain in place.

Negotiations had been bitter. Trump said last month he would not meet with Trudeau in New York because Canada's tactics were "very bad," and he threatened to impose tariffs on Canadian-made cars if Ottawa did not yield.

Mexican President Enrique Peña Nieto welcomed the deal on Twitter, calling it a "win-win" for the three countries. Mexico's incoming president, Andrés Manuel López Obrador, also backed the agreement.

The pact must still be approved by Congress and by lawmakers in Canada and Mexico. Some Democrats said they would not support it without stronger labor protections.''',
published=("2018-09-30", "2018-10-01", "deal reached 'late Sunday', 30 September 2018, hours before the midnight deadline"),
people=[P("Donald Trump", "USA", "President"), P("Justin Trudeau", "CAN", "Prime Minister"),
        P("Robert Lighthizer", "USA", "Trade Representative"), P("Chrystia Freeland", "CAN", "Foreign Minister"),
        P("Enrique Peña Nieto", "MEX", "President"), P("Andrés Manuel López Obrador", "MEX", "incoming president")],
events=[
 E("USA", "CAN", ["AGREE"], "The United States and Canada reached a deal late Sunday", sym=True),
 E("USA", "CAN", ["THREATEN"], "had repeatedly threatened to blow up", req=False),
 E("USA", "MEX", ["AGREE"], "the United States and Mexico finalized in August", req=False, sym=True),
 E("USA", "CAN", ["COOPERATE", "AGREE"], "In a joint statement", req=False, sym=True),
 E("CAN", "USA", ["CONCEDE", "AGREE"], "Canada agreed to open about 3.5 percent of its dairy market"),
 E("USA", "CAN", ["ACCUSE"], "a disgrace", req=False),
 E("USA", "CAN", ["CONCEDE", "RETREAT"], "the United States dropped its push"),
 E("USA", "CAN", ["SANCTION"], "that Trump imposed in June", req=False),
 E("CAN", "USA", ["SANCTION"], "Canada retaliated at the time with duties", req=False),
 E("USA", "CAN", ["REJECT"], "he would not meet with Trudeau"),
 E("USA", "CAN", ["ACCUSE"], "Canada's tactics were \"very bad,\""),
 E("USA", "CAN", ["THREATEN"], "threatened to impose tariffs on Canadian-made cars"),
 E("MEX", ["USA", "CAN"], ["SUPPORT"], "welcomed the deal on Twitter"),
 E("MEX", ["USA", "CAN"], ["SUPPORT"], "also backed the agreement"),
 E("USA", "USA", ["REJECT"], "would not support it without stronger labor protections", req=False),
])
