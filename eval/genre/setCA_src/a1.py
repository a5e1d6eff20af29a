# Articles CA1-CA5. Event tuple: (source, target, "TYPE|TYPE", required(1/0), evidence, symmetric(opt))
ARTS = []
ARTS.append(dict(id="CA1", fmt="txt", date="2017-10-06",
headline="U.S. lifts long-standing sanctions on Sudan, citing progress on aid access and terrorism",
why="Friday October 6 announcement of lifting Sudan sanctions (2017)",
body="""WASHINGTON — The Trump administration on Friday lifted a web of economic sanctions that had cut Sudan off from much of the global financial system for two decades, saying the government in Khartoum had made real progress on letting humanitarian aid reach conflict zones and on cooperating against terrorism.

The decision, announced by the State Department and the Treasury, unfreezes Sudanese assets held in the United States and allows American companies to trade with and invest in the country.

"This action is a recognition of the Government of Sudan's sustained positive actions," the State Department said in a statement, adding that Washington would keep pressing Khartoum on human rights and religious freedom.

Sudan will nevertheless remain on the American list of state sponsors of terrorism, a designation that continues to bar most U.S. aid and arms sales. Officials said that question was being handled separately.

The sanctions were first imposed by President Bill Clinton in 1997, over Sudan's support for militant groups, and were broadened a decade later because of the killings in Darfur.

In its final days, the Obama administration eased some of the penalties and set a six-month review. President Trump extended that review in July by three more months, a move that angered Khartoum, which froze its own talks with Washington in protest.

According to a senior administration official, the turning point came when Sudan stopped bombing rebel-held areas, allowed aid convoys into the Blue Nile and South Kordofan states and shared intelligence on Islamic State and other groups.

The official told reporters that Sudan had also promised not to pursue arms deals with North Korea. "They have given us a commitment, and we will hold them to it," the official said.

Sudan's foreign ministry welcomed the move as "a positive development" and said in a statement that it opened "a new chapter" in relations between the two countries.

Foreign Minister Ibrahim Ghandour told state media that Khartoum was ready to work with Washington on regional security, including the war in neighbouring South Sudan.

Not everyone was pleased. Human rights groups accused the administration of rewarding a government whose president, Omar al-Bashir, is wanted by the International Criminal Court on genocide charges.

"Lifting sanctions now, with nothing in return on human rights, sends exactly the wrong message," said a statement from the Enough Project, an advocacy group.

Representative Jim McGovern, a Massachusetts Democrat, wrote on Twitter that the decision was "a gift to a regime that has bombed its own people for years."

Administration officials rejected that view. They said the review had been rigorous and that the penalties could be reimposed if Khartoum backslid.

Sudanese business leaders said they hoped banks would now resume transfers that had been frozen for years. The Sudanese pound, which had slid on the black market, rose sharply on the news.
"""
,people=[("Bill Clinton","USA","President"),("Donald Trump","USA","President"),("Ibrahim Ghandour","SDN","Foreign Minister"),("Omar al-Bashir","SDN","President"),("Jim McGovern","USA","Representative, Massachusetts Democrat")],
events=[
("USA","SDN","CONCEDE|RETREAT|AID",1,"lifted a web of economic sanctions"),
("USA","SDN","SUPPORT",0,"This action is a recognition of the Government of Sudan's sustained positive actions"),
("USA","SDN","REQUEST|THREATEN",0,"Washington would keep pressing Khartoum on human rights"),
("USA","SDN","SANCTION",0,"Sudan will nevertheless remain on the American list of state sponsors of terrorism"),
("USA","SDN","SANCTION",0,"first imposed by President Bill Clinton in 1997"),
("SDN","USA","REJECT|PROTEST|RETREAT",1,"froze its own talks with Washington in protest"),
("SDN","SDN","CONCEDE|RETREAT",0,"Sudan stopped bombing rebel-held areas"),
("SDN","USA","COOPERATE",1,"shared intelligence on Islamic State and other groups"),
("SDN","USA","AGREE|CONCEDE",1,"Sudan had also promised not to pursue arms deals with North Korea"),
("SDN","USA","SUPPORT",1,"Sudan's foreign ministry welcomed the move"),
("SDN","USA","COOPERATE|AGREE",1,"Khartoum was ready to work with Washington on regional security"),
("NGO","USA","ACCUSE|PROTEST",1,"Human rights groups accused the administration"),
("IGO","SDN","ACCUSE|COERCE",0,"wanted by the International Criminal Court on genocide charges"),
("USA",["SDN","USA"],"ACCUSE",1,"a gift to a regime that has bombed its own people for years"),
("USA","NGO","REJECT",0,"Administration officials rejected that view"),
("USA","SDN","THREATEN",1,"the penalties could be reimposed if Khartoum backslid"),
]))

ARTS.append(dict(id="CA2", fmt="txt", date="2016-09-06",
headline="In Laos, Obama confronts legacy of secret bombing and pledges $90 million for cleanup",
why="Obama's Vientiane visit, Tuesday September 6, 2016",
body="""VIENTIANE, Laos — President Obama on Tuesday became the first sitting American president to visit Laos, and he used the occasion to acknowledge one of the least remembered chapters of the Vietnam War: the nine-year bombing campaign that made this small country the most heavily bombed nation per person in history.

Speaking to an audience in the capital, Mr. Obama announced that the United States would spend $90 million over three years to help find and destroy the unexploded bombs that still kill and maim Laotians decades later.

"Given our history here, I believe that the United States has a moral obligation to help Laos heal," the president said.

Between 1964 and 1973, American planes dropped more than two million tons of ordnance on Laos, much of it cluster munitions aimed at North Vietnamese supply lines along the Ho Chi Minh Trail. Perhaps a third of the bomblets failed to explode.

Washington did not publicly acknowledge the operation for years, and it was waged without a declaration of war.

Mr. Obama stopped short of an apology. White House officials said the visit was meant to recognize the suffering, not to relitigate the war.

Earlier in the day, the president held talks with President Bounnhang Vorachith at the presidential palace. The two leaders agreed to upgrade relations to what they called a "comprehensive partnership" and issued a joint declaration covering trade, education and the search for American servicemen still missing from the war.

Laotian officials have cooperated with American teams searching for those remains for more than two decades, and Mr. Bounnhang pledged to keep doing so.

The Laotian leader thanked Washington for the new funding. "This support will help our people farm their land without fear," he said, according to an official translation.

Mr. Obama also raised human rights, urging the one-party state to allow more room for civil society. A senior administration official told reporters that the president had been "candid" about concerns over the disappearance of activists.

Laos, which is hosting this week's summit of Southeast Asian leaders, has grown close to China, which has built railways and dams across the country. Beijing's rising influence was an unspoken backdrop to the visit.

The president is also due to meet Southeast Asian leaders on the sidelines of the summit, where the disputes in the South China Sea are expected to come up.

Channapha Khamvongsa, who leads a group that has campaigned for years for more cleanup money, said the pledge was "a game changer" for families living among the bombs.

"For a long time it felt like nobody in Washington was listening," she said. "Today they listened."

The United States had previously given about $15 million a year for the clearance work, a figure that critics called small next to the cost of the bombing itself.
"""
,people=[("Barack Obama","USA","President"),("Bounnhang Vorachith","LAO","President"),("Channapha Khamvongsa","USA","head of a campaign group on unexploded bombs")],
events=[
("USA","LAO","CONSULT",1,"became the first sitting American president to visit Laos"),
("USA","LAO","AID",1,"would spend $90 million over three years"),
("USA","LAO","CONCEDE|SUPPORT",0,"the United States has a moral obligation to help Laos heal"),
("USA","LAO","ASSAULT",0,"American planes dropped more than two million tons of ordnance on Laos"),
("USA","LAO","CONSULT",1,"held talks with President Bounnhang Vorachith",1),
("USA","LAO","AGREE|COOPERATE",1,"agreed to upgrade relations",1),
("USA","LAO","AGREE",1,"issued a joint declaration",1),
("LAO","USA","COOPERATE",1,"Laotian officials have cooperated with American teams"),
("LAO","USA","AGREE|COOPERATE",1,"Mr. Bounnhang pledged to keep doing so"),
("LAO","USA","SUPPORT",1,"The Laotian leader thanked Washington"),
("USA","LAO","REQUEST",1,"urging the one-party state to allow more room for civil society"),
("USA","LAO","ACCUSE",0,"concerns over the disappearance of activists"),
("CHN","LAO","COOPERATE|AID",0,"has built railways and dams across the country"),
("USA","LAO","AID",0,"had previously given about $15 million a year for the clearance work"),
]))

ARTS.append(dict(id="CA3", fmt="txt", date="2017-09-01",
headline="U.S. orders Russia to close San Francisco consulate in escalating diplomatic feud",
why="order Thursday August 31, 2017; text reports smoke seen 'On Friday' (September 1)",
body="""The Trump administration on Thursday ordered Russia to shut its consulate in San Francisco and two trade offices in Washington and New York, the latest blow in a tit-for-tat fight that has sent relations between the two countries to their lowest point in years.

The State Department said the Russians had until Saturday to close the three facilities. It described the step as a response to the Kremlin's demand last month that the United States cut its diplomatic staff in Russia by 755 people.

"The United States believes this action was unwarranted and detrimental to the overall relationship between our countries," spokeswoman Heather Nauert said in a statement. "We have fully implemented the reduction in our mission in Russia."

Ms. Nauert said Washington had chosen to stop short of expelling more Russian diplomats, and that the two governments would remain in "parity" with three consulates each.

"We hope that, having moved toward the Russian Federation's desire for parity, we can avoid further retaliatory actions by both sides," she said.

Secretary of State Rex Tillerson called Foreign Minister Sergei Lavrov on Thursday to inform him of the decision, according to both governments. The two men agreed to meet later this month on the sidelines of the United Nations General Assembly.

Mr. Lavrov told Russian reporters that Moscow "regretted" the escalation and that it would study the decision before responding. He blamed the tensions on "Russophobic" members of Congress who had forced President Trump's hand.

The Russian Foreign Ministry later warned that it would "respond firmly" to any measures that harmed Russian interests, though it gave no details.

The feud dates to the final weeks of the Obama administration, when Washington expelled 35 Russian diplomats and seized two Russian compounds over Moscow's interference in the 2016 election.

President Vladimir Putin held off on retaliation at the time, hoping for a better relationship with Mr. Trump. But after Congress passed a sanctions bill in July that Mr. Trump signed reluctantly, Mr. Putin ordered the staff cuts at the American embassy and consulates.

Democratic lawmakers praised the new move. "Moscow needs to understand that there is a price for its behavior," said Senator Ben Cardin of Maryland, the top Democrat on the Foreign Relations Committee.

Some former diplomats worried about the long-term damage. "Every round makes it harder to talk when we really need to," said one retired ambassador.

The San Francisco consulate, opened in the 1970s, is the oldest of Russia's missions on the West Coast. On Friday, smoke was seen rising from its chimney on a hot day, and neighbors speculated that documents were being burned.

Russian officials declined to comment on the smoke.
"""
,people=[("Heather Nauert","USA","State Department spokeswoman"),("Rex Tillerson","USA","Secretary of State"),("Sergei Lavrov","RUS","Foreign Minister"),("Donald Trump","USA","President"),("Vladimir Putin","RUS","President"),("Ben Cardin","USA","Senator, Maryland")],
events=[
("USA","RUS","SANCTION|COERCE",1,"ordered Russia to shut its consulate in San Francisco"),
("RUS","USA","SANCTION|COERCE",1,"the Kremlin's demand last month that the United States cut its diplomatic staff"),
("USA","RUS","ACCUSE|PROTEST",1,"this action was unwarranted and detrimental"),
("USA","RUS","CONCEDE|RETREAT",0,"Washington had chosen to stop short of expelling more Russian diplomats"),
("USA","RUS","REQUEST",0,"we can avoid further retaliatory actions by both sides"),
("USA","RUS","CONSULT",1,"called Foreign Minister Sergei Lavrov"),
("USA","RUS","AGREE|CONSULT",1,"agreed to meet later this month",1),
("RUS","USA","PROTEST",1,"Moscow \"regretted\" the escalation"),
("RUS","USA","ACCUSE",1,"He blamed the tensions on \"Russophobic\" members of Congress"),
("RUS","USA","THREATEN",1,"warned that it would \"respond firmly\""),
("USA","RUS","SANCTION|COERCE",0,"Washington expelled 35 Russian diplomats and seized two Russian compounds"),
("USA","RUS","SANCTION",0,"Congress passed a sanctions bill"),
("RUS","USA","SANCTION|COERCE",1,"Mr. Putin ordered the staff cuts"),
("USA","RUS","ACCUSE|THREATEN",1,"there is a price for its behavior"),
]))

ARTS.append(dict(id="CA4", fmt="txt", date="2017-01-23",
headline="Trump formally abandons Pacific trade pact, leaving Asian allies to weigh next steps",
why="Monday January 23, 2017 executive order on TPP",
body="""President Trump on Monday signed an order pulling the United States out of the Trans-Pacific Partnership, the 12-nation trade agreement negotiated by his predecessor, making good on a campaign promise and sending a jolt through capitals from Tokyo to Canberra.

"Great thing for the American worker, what we just did," Mr. Trump told reporters in the Oval Office as he held up the signed memorandum.

The pact, which had never been approved by Congress, was meant to bind the United States more tightly to fast-growing Asian economies and to counter China's influence in the region. Mr. Trump called it a job killer and said he would instead seek one-on-one deals with individual countries.

The White House press secretary, Sean Spicer, said the administration would begin talks "as soon as possible" with Japan and other partners on bilateral agreements.

In Tokyo, Prime Minister Shinzo Abe, who had spent considerable political capital to push the deal through Japan's parliament, said he would not give up. "A free trade agreement without the U.S. would be meaningless, but we will keep trying to convince President Trump," Mr. Abe told lawmakers.

Australia's prime minister, Malcolm Turnbull, said his government would explore salvaging the agreement with the remaining 11 members, possibly inviting China to join. "There is potential for China to join," Mr. Turnbull told reporters in Canberra.

New Zealand's trade minister, Todd McClay, said the pact could go ahead "in some form" without Washington and that talks with the other members would continue.

Beijing responded cautiously. A Foreign Ministry spokeswoman, Hua Chunying, said China supported regional trade that was "open, inclusive and beneficial to all," and declined to say whether it would seek to join.

At the same briefing in Washington, Mr. Spicer also said the United States would prevent China from taking over "international territories" in the South China Sea. "We're going to make sure that we protect our interests there," he said.

Ms. Hua later urged Washington to "speak and act cautiously" and said China's sovereignty over the islands was "indisputable."

Chile's foreign minister, Heraldo Munoz, said his government would invite the remaining members, as well as China and South Korea, to a meeting in March to discuss the way forward.

Mexico and Canada, both members of the pact, said they would focus on protecting the North American Free Trade Agreement, which Mr. Trump has also threatened to renegotiate or scrap.

On Capitol Hill, reactions split along unexpected lines. Senator John McCain, an Arizona Republican, said in a statement that the withdrawal was "a serious mistake that will have lasting consequences" and would hand China an opening to write the rules of trade in Asia.

But Senator Bernie Sanders of Vermont, who campaigned against the deal, welcomed the move. "I am glad the Trans-Pacific Partnership is now dead and gone," he said.

Mr. Trump also met on Monday with business leaders and warned that companies moving factories abroad would face a "very major" border tax on goods they shipped back into the United States.

Mr. Abe is scheduled to meet Mr. Trump in Washington next month, and Japanese officials said trade would be high on the agenda.

Analysts said the withdrawal would be closely watched by Asian governments already uneasy about the new president's commitment to the region, which he has accused of taking advantage of the United States on trade.
"""
,people=[("Donald Trump","USA","President"),("Sean Spicer","USA","White House press secretary"),("Shinzo Abe","JPN","Prime Minister"),("Malcolm Turnbull","AUS","Prime Minister"),("Todd McClay","NZL","trade minister"),("Hua Chunying","CHN","Foreign Ministry spokeswoman"),("John McCain","USA","Senator, Arizona Republican"),("Bernie Sanders","USA","Senator, Vermont"),("Heraldo Munoz","CHL","foreign minister")],
events=[
("USA",["JPN","AUS","NZL","IGO"],"RETREAT|REJECT",1,"signed an order pulling the United States out of the Trans-Pacific Partnership"),
("USA","JPN","CONSULT",0,"would begin talks \"as soon as possible\" with Japan"),
("JPN","USA","REQUEST",1,"we will keep trying to convince President Trump"),
("AUS",["NZL","JPN","IGO"],"COOPERATE|CONSULT",0,"explore salvaging the agreement with the remaining 11 members"),
("AUS","CHN","REQUEST|COOPERATE",0,"possibly inviting China to join"),
("NZL",["AUS","JPN","IGO"],"CONSULT",0,"talks with the other members would continue"),
("USA","MEX","THREATEN",1,"has also threatened to renegotiate or scrap"),
("USA","CAN","THREATEN",1,"has also threatened to renegotiate or scrap"),
("USA","CHN","THREATEN|ACCUSE",1,"would prevent China from taking over \"international territories\""),
("CHN","USA","REQUEST",1,"urged Washington to \"speak and act cautiously\""),
("CHN","USA","REJECT",0,"China's sovereignty over the islands was \"indisputable.\""),
("CHL",["AUS","JPN","NZL","CHN","KOR","IGO"],"REQUEST|CONSULT",1,"would invite the remaining members, as well as China and South Korea"),
("JPN","USA","CONSULT",1,"Mr. Abe is scheduled to meet Mr. Trump in Washington next month",1),
("USA","USA","ACCUSE|PROTEST",0,"a serious mistake that will have lasting consequences"),
("USA",["JPN","AUS","NZL","CHN"],"ACCUSE",0,"accused of taking advantage of the United States on trade"),
("USA","CHN","ACCUSE",0,"would hand China an opening"),
("USA","MNC","THREATEN",0,"warned that companies moving factories abroad would face"),
("USA",["JPN","AUS","NZL"],"REJECT",0,"Mr. Trump called it a job killer"),
]))

ARTS.append(dict(id="CA5", fmt="txt", date="2017-10-10",
headline="Turkey and U.S. suspend visa services as row over detained consulate worker deepens",
why="visa suspension Sunday-Monday October 8-9, 2017; Erdogan reply 'on Tuesday' (October 10)",
body="""ISTANBUL — Turkey and the United States stopped issuing visas to each other's citizens on Monday, a remarkable breakdown between two NATO allies that was set off by the arrest of a Turkish employee of the American consulate in Istanbul.

The American Embassy in Ankara announced late Sunday that it had suspended all non-immigrant visa services in Turkey. "Recent events have forced the United States government to reassess the commitment of the government of Turkey to the security of U.S. mission facilities and personnel," it said in a statement.

Hours later, the Turkish Embassy in Washington issued a nearly word-for-word mirror statement announcing the same measure against Americans.

The dispute centers on Metin Topuz, a consulate employee who was arrested last week and accused by Turkish prosecutors of links to the network of Fethullah Gulen, the U.S.-based cleric whom Ankara blames for last year's failed coup.

The ambassador, John Bass, said in a video message that Washington was "deeply disturbed" by the arrest and that Turkish officials had not explained the evidence. "Some in the Turkish government seem to be trying to convict him in the press," he said.

President Recep Tayyip Erdogan hit back on Tuesday, saying he was "saddened" by the American decision and accusing Mr. Bass of acting on his own. "If it was the ambassador who made this decision, the government of Turkey does not see him as the representative of the United States," Mr. Erdogan told a news conference in Belgrade, during a visit to Serbia.

Turkey's Foreign Ministry summoned the embassy's second-ranking diplomat to demand that the visa suspension be lifted.

Prosecutors in Istanbul on Monday also summoned a second consulate employee for questioning, and his wife and child were briefly detained, Turkish media reported.

The Turkish lira fell sharply and the Istanbul stock exchange dropped as investors worried about the spat.

The State Department said the suspension was not a sanction but a step to "minimize the number of visitors" to its facilities while it assessed security. A spokeswoman, Heather Nauert, urged Turkey to release the detained staff member.

Relations between the allies have been strained for months over Washington's decision to arm Kurdish fighters in Syria, whom Turkey considers terrorists, and over its refusal to extradite Mr. Gulen.

Turkey has also detained several American citizens since the coup attempt, including a pastor, Andrew Brunson, who has lived in the country for more than two decades. Mr. Erdogan suggested last month that Mr. Brunson could be swapped for Mr. Gulen, an idea Washington rejected.

Mr. Gulen has denied any role in the coup.
"""
,people=[("Metin Topuz","TUR","U.S. consulate employee"),("Fethullah Gulen","TUR","cleric"),("John Bass","USA","ambassador"),("Recep Tayyip Erdogan","TUR","President"),("Heather Nauert","USA","State Department spokeswoman"),("Andrew Brunson","USA","pastor")],
events=[
("USA","TUR","SANCTION|RETREAT",1,"it had suspended all non-immigrant visa services in Turkey"),
("TUR","USA","SANCTION|RETREAT",1,"announcing the same measure against Americans"),
("USA","TUR","ACCUSE",0,"reassess the commitment of the government of Turkey to the security"),
("TUR",["TUR","USA"],"COERCE",1,"a consulate employee who was arrested last week"),
("TUR","TUR","ACCUSE",0,"accused by Turkish prosecutors of links to the network of Fethullah Gulen"),
("TUR","USA","ACCUSE",0,"the U.S.-based cleric whom Ankara blames for last year's failed coup"),
("USA","TUR","PROTEST|ACCUSE",1,"Washington was \"deeply disturbed\" by the arrest"),
("USA","TUR","ACCUSE",1,"Some in the Turkish government seem to be trying to convict him in the press"),
("TUR","USA","ACCUSE|PROTEST",1,"accusing Mr. Bass of acting on his own"),
("TUR","USA","REJECT",0,"does not see him as the representative of the United States"),
("TUR","SRB","CONSULT",0,"during a visit to Serbia"),
("TUR","USA","PROTEST|REQUEST",1,"summoned the embassy's second-ranking diplomat"),
("TUR",["TUR","USA"],"COERCE",1,"his wife and child were briefly detained"),
("USA","TUR","REQUEST",1,"urged Turkey to release the detained staff member"),
("USA","SYR","AID",0,"decision to arm Kurdish fighters in Syria"),
("USA","TUR","REJECT",1,"its refusal to extradite Mr. Gulen"),
("TUR","USA","COERCE",1,"Turkey has also detained several American citizens"),
("USA","TUR","REJECT",1,"an idea Washington rejected"),
]))
