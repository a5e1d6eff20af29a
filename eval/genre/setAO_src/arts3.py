from arts1 import E, P

A = {}

A["AO14"] = dict(
headline="China suspends Taiwan pineapple imports as Taipei cries political bullying",
body='''China has suspended imports of pineapples from Taiwan, citing pests found in shipments, a move Taiwan's government condemned as a politically motivated attack on its farmers.

China's General Administration of Customs said on Friday it had repeatedly detected "harmful creatures", including mealybugs, in pineapple consignments from the self-ruled island, and that the ban would take effect on March 1 to protect Chinese agriculture.

Taiwan's Council of Agriculture rejected the claim, saying 99.79 percent of shipments to China last year had passed inspection. "This is clearly not a normal trade measure," council head Chen Chi-chung told reporters in Taipei, adding that the island would consider taking the matter to the World Trade Organization.

President Tsai Ing-wen urged people in Taiwan to buy more of the fruit to support growers, and several of her ministers posted photographs of themselves eating pineapple on social media. "Taiwan will not be intimidated," Tsai wrote on Facebook.

China's Taiwan Affairs Office denied the decision had anything to do with politics. Spokesman Ma Xiaoguang said it was "completely reasonable and necessary" and accused Taiwan's ruling Democratic Progressive Party of hyping the issue.

Beijing claims Taiwan as its own territory and has stepped up military and diplomatic pressure on the island since Tsai, whom it considers a separatist, first took office in 2016. Chinese warplanes have flown into Taiwan's air defence zone almost daily in recent months.

About 90 percent of Taiwan's pineapple exports went to mainland China last year. Taiwanese officials said they had begun talks with buyers in Japan, Singapore and the Middle East to find new markets.

The United States, which has no formal diplomatic ties with Taipei but is its most important international backer, also voiced support. The American Institute in Taiwan, Washington's de facto embassy, posted a photo of its staff with pineapples and pledged to help promote the fruit.

Japanese companies placed orders for several thousand tonnes within days, Taiwan's agriculture council said.''',
published=("2021-02-26", "2021-03-01", "customs announcement 'on Friday', 26 February 2021; ban 'would take effect on March 1'"),
people=[P("Chen Chi-chung", "TWN", "head of the Council of Agriculture"), P("Tsai Ing-wen", "TWN", "President"),
        P("Ma Xiaoguang", "CHN", "spokesman, Taiwan Affairs Office")],
events=[
 E("CHN", "TWN", ["SANCTION"], "China has suspended imports of pineapples from Taiwan"),
 E("TWN", "CHN", ["ACCUSE", "PROTEST"], "condemned as a politically motivated attack"),
 E("CHN", "TWN", ["ACCUSE"], "had repeatedly detected \"harmful creatures\"", req=False),
 E("TWN", "CHN", ["REJECT"], "Taiwan's Council of Agriculture rejected the claim"),
 E("TWN", "CHN", ["ACCUSE"], "This is clearly not a normal trade measure", req=False),
 E("TWN", "CHN", ["THREATEN", "ACCUSE"], "would consider taking the matter to the World Trade Organization"),
 E("TWN", "CHN", ["REJECT"], "Taiwan will not be intimidated"),
 E("CHN", "TWN", ["REJECT"], "denied the decision had anything to do with politics"),
 E("CHN", "TWN", ["ACCUSE"], "accused Taiwan's ruling Democratic Progressive Party of hyping the issue"),
 E("CHN", "TWN", ["COERCE", "MOBILIZE", "THREATEN"], "has stepped up military and diplomatic pressure", req=False),
 E("CHN", "TWN", ["ACCUSE"], "whom it considers a separatist", req=False),
 E("CHN", "TWN", ["MOBILIZE", "COERCE", "THREATEN"], "Chinese warplanes have flown into Taiwan's air defence zone", req=False),
 E("TWN", "JPN", ["CONSULT"], "begun talks with buyers in Japan", req=False, sym=True),
 E("USA", "TWN", ["SUPPORT"], "also voiced support"),
 E("USA", "TWN", ["SUPPORT", "AID", "AGREE"], "pledged to help promote the fruit", req=False),
 E("JPN", "TWN", ["COOPERATE"], "Japanese companies placed orders", req=False),
])

A["AO15"] = dict(
headline="Australia takes China to WTO over tariffs on its wine",
body='''Australia has launched a formal complaint at the World Trade Organization over China's steep anti-dumping tariffs on Australian wine, escalating a trade dispute that has pushed relations between the two countries to their lowest point in decades.

Trade Minister Dan Tehan said on Saturday the government had tried to resolve the matter bilaterally but Beijing had refused to engage. "We will always stand up for our producers," he told reporters in Canberra, adding that Australia remained open to talks with China at any time.

China imposed duties of up to 218 percent on Australian wine in March, saying producers had sold bottles below cost. The tariffs, set for five years, have all but wiped out an export market worth 1.2 billion Australian dollars ($900m) a year.

Beijing has also curbed imports of Australian barley, coal, beef, lobster and timber since last year, when Canberra angered Chinese officials by calling for an independent international inquiry into the origins of the coronavirus. Australia has already filed a separate WTO case over an 80 percent tariff on its barley.

Chinese foreign ministry spokesman Wang Wenbin said in Beijing that the anti-dumping measures were in line with Chinese law and WTO rules, and that China would handle the complaint "in accordance with the rules". He urged Australia to "do more things that are conducive to mutual trust".

Chinese ministers have not returned calls from their Australian counterparts for more than a year, Tehan said.

Analysts say Beijing has used trade as a weapon to punish Australia for a range of decisions, including banning Chinese telecoms firm Huawei from its 5G network and passing laws against foreign interference. China's embassy in Canberra last year issued a list of 14 grievances against Australian policy.

Under WTO procedures, the two sides will first hold consultations. If they fail to settle the dispute within 60 days, Australia can ask for a panel to rule on the case.

Australian winemakers have turned to markets in Britain, the United States and Southeast Asia, but industry groups say the lost sales cannot easily be replaced.''',
published=("2021-06-19", "2021-06-21", "Tehan's announcement 'on Saturday', 19 June 2021; tariffs imposed 'in March'"),
people=[P("Dan Tehan", "AUS", "Trade Minister"), P("Wang Wenbin", "CHN", "foreign ministry spokesman")],
events=[
 E("AUS", "CHN", ["ACCUSE", "PROTEST", "REQUEST"], "launched a formal complaint at the World Trade Organization"),
 E("AUS", "CHN", ["ACCUSE"], "Beijing had refused to engage"),
 E("AUS", "CHN", ["AGREE", "CONSULT"], "Australia remained open to talks with China"),
 E("CHN", "AUS", ["SANCTION"], "China imposed duties of up to 218 percent"),
 E("CHN", "AUS", ["ACCUSE"], "saying producers had sold bottles below cost", req=False),
 E("CHN", "AUS", ["SANCTION"], "Beijing has also curbed imports of Australian barley"),
 E("AUS", ["CHN", "IGO"], ["REQUEST", "ACCUSE"], "calling for an independent international inquiry", req=False),
 E("AUS", "CHN", ["ACCUSE", "PROTEST"], "filed a separate WTO case", req=False),
 E("CHN", "AUS", ["REJECT"], "were in line with Chinese law and WTO rules"),
 E("CHN", "AUS", ["REQUEST"], "He urged Australia"),
 E("CHN", "AUS", ["REJECT"], "Chinese ministers have not returned calls"),
 E("CHN", "AUS", ["SANCTION", "COERCE"], "Beijing has used trade as a weapon to punish Australia", req=False),
 E("AUS", "CHN", ["SANCTION", "REJECT"], "banning Chinese telecoms firm Huawei", req=False),
 E("CHN", "AUS", ["ACCUSE"], "issued a list of 14 grievances", req=False),
 E("AUS", "CHN", ["CONSULT"], "the two sides will first hold consultations", req=False, sym=True),
])

A["AO16"] = dict(
headline="France detains British trawler as post-Brexit fishing row escalates",
body='''France has detained a British scallop dredger and fined a second vessel off its northern coast, in an escalation of a bitter dispute with the United Kingdom over fishing licences since Britain left the European Union.

The Cornelis Gert Jan was ordered into the port of Le Havre on Wednesday night after gendarmes found it was fishing in French waters without a licence, French Maritime Minister Annick Girardin said. The captain could face criminal proceedings.

"This is not war, but this is a fight," Girardin told RTL radio on Thursday.

Paris has also threatened to bar British fishing boats from some French ports and tighten customs checks on goods from the UK from November 2 unless more licences are granted to French fishermen to work in British and Channel Islands waters. It has warned it could cut electricity supplies to Jersey, which depends on France for most of its power.

The British government summoned the French ambassador, Catherine Colonna, and said the threats were "disappointing and disproportionate". Brexit minister David Frost said London would respond in "an appropriate and calibrated way" if France carried them out.

"We've been clear that we will not be intimidated," a spokesman for Prime Minister Boris Johnson told reporters, adding that the UK had approved 98 percent of licence applications from EU boats.

France disputes that figure, saying Britain and Jersey have refused about 170 licence requests from boats which cannot prove they fished in those waters before Brexit.

The European Commission, which negotiates on behalf of member states, called for calm and said it was holding intensive talks with London to resolve the issue.

Fishing is a tiny part of both economies but carries great political weight on both sides of the Channel. In May, France sent patrol boats after dozens of French fishing vessels gathered off Jersey's main port in protest, and Britain dispatched two navy patrol vessels.

French President Emmanuel Macron, who faces an election next year, is expected to raise the dispute with Johnson at the G20 summit in Rome this weekend.''',
published=("2021-10-28", "2021-10-28", "date_publish 2021-10-28; seizure 'on Wednesday night' (27 October), Girardin on RTL 'on Thursday'"),
people=[P("Annick Girardin", "FRA", "Maritime Minister"), P("Catherine Colonna", "FRA", "ambassador to the UK"),
        P("David Frost", "GBR", "Brexit minister"), P("Boris Johnson", "GBR", "Prime Minister"),
        P("Emmanuel Macron", "FRA", "President")],
events=[
 E("FRA", "GBR", ["COERCE", "SANCTION"], "France has detained a British scallop dredger"),
 E("FRA", "GBR", ["SANCTION", "COERCE"], "fined a second vessel"),
 E("FRA", "GBR", ["COERCE"], "was ordered into the port of Le Havre", req=False),
 E("FRA", "GBR", ["ACCUSE"], "fishing in French waters without a licence", req=False),
 E("FRA", "GBR", ["THREATEN"], "Paris has also threatened to bar British fishing boats"),
 E("FRA", ["GBR", "JEY"], ["THREATEN"], "It has warned it could cut electricity supplies to Jersey"),
 E("GBR", "FRA", ["PROTEST", "ACCUSE", "CONSULT"], "The British government summoned the French ambassador"),
 E("GBR", "FRA", ["ACCUSE"], "\"disappointing and disproportionate\""),
 E("GBR", "FRA", ["THREATEN"], "London would respond in \"an appropriate and calibrated way\""),
 E("GBR", "FRA", ["REJECT"], "we will not be intimidated"),
 E("FRA", "GBR", ["ACCUSE", "REJECT"], "France disputes that figure"),
 E(["GBR", "JEY"], "FRA", ["REJECT"], "have refused about 170 licence requests", req=False),
 E("EUR", ["FRA", "GBR"], ["REQUEST"], "called for calm"),
 E("EUR", "GBR", ["CONSULT"], "holding intensive talks with London", sym=True),
 E("FRA", ["GBR", "JEY"], ["MOBILIZE"], "France sent patrol boats", req=False),
 E("FRA", ["GBR", "JEY"], ["PROTEST"], "gathered off Jersey's main port in protest", req=False),
 E("GBR", "FRA", ["MOBILIZE"], "Britain dispatched two navy patrol vessels", req=False),
 E("FRA", "GBR", ["CONSULT"], "is expected to raise the dispute with Johnson", req=False, sym=True),
])

A["AO17"] = dict(
headline="Saudi Arabia to give Pakistan $4.2bn in deposits and oil financing",
body='''Saudi Arabia will deposit $3bn in Pakistan's central bank and finance up to $1.2bn worth of oil supplies on deferred payment, Pakistan's government has said, throwing a lifeline to an economy struggling with a widening trade gap and a weakening currency.

The support package was announced late on Tuesday after Prime Minister Imran Khan held talks with Saudi Crown Prince Mohammed bin Salman on the sidelines of an investment conference in Riyadh.

"I thank Crown Prince Mohammed bin Salman for his generous support," Khan's special assistant on finance, Shaukat Tarin, wrote on Twitter, adding that the deal would help stabilise the rupee.

The rupee has lost more than 12 percent of its value since May, and Pakistan's import bill has surged on the back of higher global oil prices.

The Saudi Fund for Development said in a statement that the deposit reflected the kingdom's "keenness to support the Pakistani economy". Pakistan will pay interest on the money, which is to remain in its reserves for one year.

The package comes as Islamabad negotiates with the International Monetary Fund to revive a stalled $6bn loan programme. Talks in Washington this month ended without agreement, with the lender pressing Pakistan to raise taxes and electricity prices.

Relations between Riyadh and Islamabad, longtime allies, cooled last year when Pakistan's Foreign Minister Shah Mahmood Qureshi criticised the Saudi-led Organisation of Islamic Cooperation for failing to hold a meeting on Kashmir. Saudi Arabia then demanded early repayment of part of a previous $3bn loan, and Pakistan turned to China to help repay it.

Army chief General Qamar Javed Bajwa visited Riyadh in the months that followed to mend ties. Khan made a separate trip in May, when the two countries signed agreements on cooperation against crime and on energy.

Opposition parties in Pakistan said the terms of the deposit showed the government had failed to manage the economy. The Pakistan Muslim League-Nawaz said it would not accept "loans dressed up as achievements".''',
published=("2021-10-27", "2021-10-27", "date_publish 2021-10-27; package announced 'late on Tuesday', 26 October 2021"),
people=[P("Imran Khan", "PAK", "Prime Minister"), P("Mohammed bin Salman", "SAU", "Crown Prince"),
        P("Shaukat Tarin", "PAK", "special assistant on finance"), P("Shah Mahmood Qureshi", "PAK", "Foreign Minister"),
        P("Qamar Javed Bajwa", "PAK", "Army chief")],
events=[
 E("SAU", "PAK", ["AID", "AGREE"], "Saudi Arabia will deposit $3bn in Pakistan's central bank"),
 E("SAU", "PAK", ["AID", "AGREE"], "finance up to $1.2bn worth of oil supplies", req=False),
 E("PAK", "SAU", ["CONSULT"], "held talks with Saudi Crown Prince Mohammed bin Salman", sym=True),
 E("PAK", "SAU", ["SUPPORT"], "I thank Crown Prince Mohammed bin Salman"),
 E("SAU", "PAK", ["SUPPORT", "AID"], "keenness to support the Pakistani economy", req=False),
 E("PAK", "IGO", ["CONSULT"], "Islamabad negotiates with the International Monetary Fund", sym=True),
 E("IGO", "PAK", ["REQUEST"], "the lender pressing Pakistan to raise taxes"),
 E("PAK", ["IGO", "SAU"], ["ACCUSE"], "criticised the Saudi-led Organisation of Islamic Cooperation"),
 E("SAU", "PAK", ["REQUEST", "SANCTION", "COERCE"], "demanded early repayment"),
 E("PAK", "CHN", ["REQUEST"], "Pakistan turned to China to help repay it", req=False),
 E("CHN", "PAK", ["AID"], "Pakistan turned to China to help repay it", req=False),
 E("PAK", "SAU", ["CONSULT"], "General Qamar Javed Bajwa visited Riyadh"),
 E("PAK", "SAU", ["CONSULT"], "Khan made a separate trip in May", req=False),
 E("PAK", "SAU", ["AGREE", "COOPERATE"], "the two countries signed agreements on cooperation against crime", sym=True),
 E("PAK", "PAK", ["ACCUSE"], "showed the government had failed to manage the economy"),
 E("PAK", "PAK", ["REJECT", "ACCUSE"], "it would not accept", req=False),
])

A["AO18"] = dict(
headline="Moldova agrees new gas deal with Gazprom after weeks of crisis",
body='''Moldova has agreed a five-year gas supply contract with Russia's Gazprom, ending a weeks-long standoff that forced the small ex-Soviet country to declare a state of emergency and buy emergency supplies from Poland.

Deputy Prime Minister Andrei Spinu announced the deal on Friday after talks in St Petersburg, saying the new price formula was far cheaper than the $790 per 1,000 cubic metres Gazprom had demanded this month.

"We have an agreement that is acceptable to both sides," Spinu told reporters, adding that Moldova had agreed to an audit of its historic debt to the Russian company by May.

Gazprom had cut deliveries by about a third at the start of October after Moldova's previous contract expired, and threatened to halt supplies altogether unless Chisinau paid off debts the Russian firm puts at $709m.

The dispute is widely seen as political. President Maia Sandu, elected last year on a pro-European platform, has sought closer ties with the European Union and wants Russian troops to leave the breakaway region of Transnistria. Moscow denies using energy as leverage, and Kremlin spokesman Dmitry Peskov said the row was "purely commercial".

Moldova's parliament declared a 30-day state of emergency on October 22 to allow the government to buy gas from other suppliers. The state energy company bought a test consignment of 1 million cubic metres from Poland's PGNiG, the first time the country had bought gas from a supplier other than Gazprom.

The European Union pledged 60 million euros in grants to help Moldova cope with rising energy prices, and Romania, which shares a language and history with Moldova, offered to supply gas and electricity if needed.

Moldova's opposition Socialist Party, which favours close ties with Moscow, accused Sandu's government of mishandling the talks and called for the energy minister to resign.

Gazprom has also been accused by European officials of holding back supplies to the EU to push for approval of its Nord Stream 2 pipeline, a charge the company denies.''',
published=("2021-10-29", "2021-10-30", "deal announced 'on Friday', 29 October 2021; state of emergency 'on October 22'"),
people=[P("Andrei Spinu", "MDA", "Deputy Prime Minister"), P("Maia Sandu", "MDA", "President"),
        P("Dmitry Peskov", "RUS", "Kremlin spokesman")],
events=[
 E("MDA", "RUS", ["AGREE"], "Moldova has agreed a five-year gas supply contract", sym=True),
 E("MDA", "RUS", ["CONSULT"], "after talks in St Petersburg", sym=True),
 E("RUS", "MDA", ["REQUEST"], "Gazprom had demanded this month", req=False),
 E("MDA", "RUS", ["AGREE", "CONCEDE"], "Moldova had agreed to an audit of its historic debt"),
 E("RUS", "MDA", ["SANCTION"], "Gazprom had cut deliveries by about a third"),
 E("RUS", "MDA", ["THREATEN"], "threatened to halt supplies altogether"),
 E("MDA", "EUR", ["COOPERATE"], "has sought closer ties with the European Union", req=False),
 E("MDA", "RUS", ["REQUEST"], "wants Russian troops to leave the breakaway region of Transnistria"),
 E("RUS", "MDA", ["REJECT"], "Moscow denies using energy as leverage"),
 E("MDA", "POL", ["COOPERATE"], "bought a test consignment of 1 million cubic metres from Poland's PGNiG"),
 E("EUR", "MDA", ["AID"], "The European Union pledged 60 million euros in grants"),
 E("ROU", "MDA", ["AID", "AGREE"], "offered to supply gas and electricity"),
 E("MDA", "MDA", ["ACCUSE"], "accused Sandu's government of mishandling the talks"),
 E("MDA", "MDA", ["REQUEST"], "called for the energy minister to resign", req=False),
 E("EUR", "RUS", ["ACCUSE"], "accused by European officials of holding back supplies", req=False),
 E("RUS", "EUR", ["REJECT"], "a charge the company denies", req=False),
])

A["AO19"] = dict(
headline="Jordan, Israel sign UAE-brokered water-for-energy deal amid protests",
body='''Jordan and Israel have signed a declaration of intent to study a deal under which the kingdom would supply solar power to Israel in exchange for desalinated water, the largest cooperation project between the neighbours since they made peace in 1994.

The agreement was signed in Dubai on Monday by Jordan's Water Minister Mohammad al-Najjar and Israel's Energy Minister Karine Elharrar, in the presence of UAE climate envoy Sultan al-Jaber and US climate envoy John Kerry. A UAE state-owned company, Masdar, would build a 600-megawatt solar farm in the Jordanian desert.

"This is an important step, not only in the fight against climate change, but also in strengthening ties with our neighbour," Elharrar said in a statement.

Under the plan, Israel would sell Jordan 200 million cubic metres of water a year from desalination plants on the Mediterranean coast. Jordan, one of the most water-scarce countries in the world, has been buying extra water from Israel since July, when the two governments agreed on a separate increase.

The deal drew anger in Jordan, where many people remain hostile to Israel. Hundreds of protesters gathered in downtown Amman after Friday prayers, chanting against normalisation, and several members of parliament accused the government of making the country dependent on its enemy for water.

Police blocked protesters from marching towards the prime minister's office and arrested a number of them, according to activists. The government said the declaration was not binding and that Jordan's interests came first.

Relations between Jordan and Israel deteriorated under former Israeli Prime Minister Benjamin Netanyahu, but have warmed since Naftali Bennett took office in June. Bennett met King Abdullah II secretly in Amman shortly after taking office.

The UAE, which normalised ties with Israel last year under the US-brokered Abraham Accords, has sought to position itself as a broker of regional economic projects.

Palestinian groups condemned the agreement. Hamas said in a statement that it rewarded the occupation and urged Jordan to withdraw from it.''',
published=("2021-11-26", "2021-11-27", "signed in Dubai 'on Monday' (22 November 2021); protests 'after Friday prayers' (26 November)"),
people=[P("Mohammad al-Najjar", "JOR", "Water Minister"), P("Karine Elharrar", "ISR", "Energy Minister"),
        P("Sultan al-Jaber", "ARE", "climate envoy"), P("John Kerry", "USA", "climate envoy"),
        P("Benjamin Netanyahu", "ISR", "former Prime Minister"), P("Naftali Bennett", "ISR", "Prime Minister"),
        P("Abdullah II", "JOR", "King")],
events=[
 E("JOR", "ISR", ["AGREE", "COOPERATE"], "Jordan and Israel have signed a declaration of intent", sym=True),
 E(["JOR", "ISR"], "ARE", ["CONSULT"], "The agreement was signed in Dubai on Monday", req=False),
 E(["ARE", "MNC"], "JOR", ["COOPERATE", "AID", "AGREE"], "would build a 600-megawatt solar farm", req=False),
 E("ISR", "JOR", ["SUPPORT", "COOPERATE"], "strengthening ties with our neighbour", req=False),
 E("ISR", "JOR", ["AGREE", "COOPERATE", "AID"], "Israel would sell Jordan 200 million cubic metres of water"),
 E("JOR", "ISR", ["AGREE", "COOPERATE"], "the two governments agreed on a separate increase", req=False, sym=True),
 E("JOR", ["JOR", "ISR"], ["PROTEST"], "Hundreds of protesters gathered in downtown Amman"),
 E("JOR", "JOR", ["ACCUSE"], "accused the government of making the country dependent"),
 E("JOR", "JOR", ["COERCE"], "Police blocked protesters from marching"),
 E("JOR", "JOR", ["COERCE"], "arrested a number of them", req=False),
 E("ISR", "JOR", ["CONSULT"], "Bennett met King Abdullah II secretly in Amman", sym=True),
 E("ARE", "ISR", ["AGREE", "COOPERATE"], "normalised ties with Israel last year", req=False, sym=True),
 E("PSE", ["JOR", "ISR"], ["ACCUSE", "PROTEST"], "Palestinian groups condemned the agreement"),
 E("PSE", "ISR", ["ACCUSE"], "it rewarded the occupation", req=False),
 E("PSE", "JOR", ["REQUEST"], "urged Jordan to withdraw from it"),
])

A["AO20"] = dict(
headline="Taliban condemn Biden order splitting frozen Afghan reserves as 'theft'",
body='''The Taliban have condemned a decision by US President Joe Biden to split $7bn in frozen Afghan central bank assets between humanitarian aid for Afghanistan and families of victims of the September 11, 2001 attacks, calling it "theft" of the Afghan people's money.

Biden signed an executive order on Friday that will move the funds, held at the Federal Reserve Bank of New York, into a consolidated account. Half would be set aside for a trust fund to benefit Afghans, while the other half would remain in the US pending lawsuits brought by relatives of 9/11 victims against the Taliban.

"Stealing the money of the Afghan people and seizing it is a sign of the lowest level of human and moral decay," Taliban spokesman Zabihullah Mujahid wrote on Twitter. He warned that Washington's move could harm relations and said the Taliban would review their policy towards the United States if it did not change course.

Deputy spokesman Inamullah Samangani said the funds belonged to Afghanistan and demanded their unconditional release.

The US froze the reserves after the Taliban seized Kabul in August, and international donors suspended most aid, pushing the country's economy towards collapse. The United Nations has warned that more than half of Afghanistan's 38 million people face acute hunger this winter.

The White House said the order was meant to get money to the Afghan people while keeping it out of the hands of the Taliban, which no country has recognised as the legitimate government. "This is not an easy issue," a senior administration official told reporters.

Former President Hamid Karzai called the order an atrocity against Afghans and urged Biden to reverse it, saying the 9/11 families should not be compensated with money that belongs to ordinary Afghans.

Afghans staged a protest in Kabul on Saturday, carrying banners demanding "Give us our money back". Pakistan, China and Russia have also urged the US to unfreeze the assets.

Some relatives of 9/11 victims also rejected the plan, saying it was wrong to take money from starving Afghans.''',
published=("2022-02-12", "2022-02-13", "executive order signed 'on Friday', 11 February 2022; protest in Kabul 'on Saturday', 12 February"),
people=[P("Joe Biden", "USA", "President"), P("Zabihullah Mujahid", "AFG", "Taliban spokesman"),
        P("Inamullah Samangani", "AFG", "Taliban deputy spokesman"), P("Hamid Karzai", "AFG", "former President")],
events=[
 E("AFG", "USA", ["ACCUSE"], "calling it \"theft\""),
 E("USA", "AFG", ["SANCTION", "COERCE"], "Biden signed an executive order on Friday"),
 E("USA", "AFG", ["AID"], "Half would be set aside for a trust fund to benefit Afghans", req=False),
 E("AFG", "USA", ["ACCUSE"], "the lowest level of human and moral decay", req=False),
 E("AFG", "USA", ["THREATEN"], "the Taliban would review their policy towards the United States"),
 E("AFG", "USA", ["REQUEST"], "demanded their unconditional release"),
 E("USA", "AFG", ["SANCTION"], "The US froze the reserves", req=False),
 E(["IGO", "WST"], "AFG", ["SANCTION"], "international donors suspended most aid", req=False),
 E("USA", "AFG", ["REJECT"], "which no country has recognised", req=False),
 E("AFG", "USA", ["ACCUSE"], "called the order an atrocity against Afghans"),
 E("AFG", "USA", ["REQUEST"], "urged Biden to reverse it"),
 E("AFG", "USA", ["PROTEST"], "Afghans staged a protest in Kabul"),
 E("PAK", "USA", ["REQUEST"], "Pakistan, China and Russia have also urged the US"),
 E("CHN", "USA", ["REQUEST"], "Pakistan, China and Russia have also urged the US"),
 E("RUS", "USA", ["REQUEST"], "Pakistan, China and Russia have also urged the US"),
 E("USA", "USA", ["REJECT"], "Some relatives of 9/11 victims also rejected the plan", req=False),
])
