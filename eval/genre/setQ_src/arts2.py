# CNN / AP / Washington Post / NPR / Guardian 2016-2018 (Q7..Q13)
from common import E, P

ARTS = []

ARTS.append(dict(
id="Q7", era="modern", fmt="txt",
headline="Nigeria confirms 110 girls missing after Boko Haram raid on Dapchi school",
date="2018-02-25", why="'on Sunday' after the Feb. 19 raid 'last week': Sunday 25 February 2018",
text="""ABUJA, Nigeria (AP) — Nigeria's government on Sunday confirmed for the first time that 110 schoolgirls are missing after Boko Haram extremists stormed their boarding school in the northeastern town of Dapchi last week, and President Muhammadu Buhari called the abduction a "national disaster."

Information Minister Lai Mohammed told reporters in the capital that the government "will not rest" until every girl is returned, and that security agencies had been ordered to deploy all available assets to find them.

The fighters arrived in trucks on the evening of Feb. 19, firing guns into the air, according to residents. Many students and teachers fled into the bush. For days afterward state officials gave conflicting accounts, at one point claiming that soldiers had rescued some of the girls, a statement they later withdrew.

Parents have accused the military of pulling troops out of the town weeks before the attack. "The soldiers left us unprotected," said Bashir Manzo, whose 16-year-old daughter is among the missing. The army denied that claim in a statement on Saturday, saying the police had been responsible for security in Dapchi. The police rejected that version.

Buhari said in a statement that he had dispatched a delegation led by Foreign Minister Geoffrey Onyeama to Yobe state and had ordered the air force to carry out surveillance flights over the region. "We share the anguish of the parents," he said.

The United Nations children's agency condemned the attack and urged Nigeria to ensure that schools are safe places for children. The U.S. Embassy in Abuja said Washington stood ready to support the Nigerian government's efforts to bring the girls home.

Boko Haram has not claimed responsibility, but the group has waged an insurgency in the northeast since 2009 that has killed more than 20,000 people. Its 2014 kidnapping of 276 girls from a school in Chibok drew global outrage, and about 100 of them are still believed to be held.

Buhari, who was elected in 2015 partly on a promise to defeat the insurgents, had repeatedly said the group was "technically defeated." Opposition leaders on Sunday called that claim a lie and demanded that the president explain how the security failure happened.""",
people=[P("Muhammadu Buhari","NGA","President"), P("Lai Mohammed","NGA","Information Minister"),
        P("Bashir Manzo","NGA","father of a missing girl"), P("Geoffrey Onyeama","NGA","Foreign Minister")],
events=[
 E("NGA","NGA","ASSAULT COERCE",1,"Boko Haram extremists stormed their boarding school"),
 E("NGA","NGA","THREATEN",0,"the government \"will not rest\" until every girl is returned"),
 E("NGA","NGA","MOBILIZE",1,"security agencies had been ordered to deploy all available assets"),
 E("NGA","NGA","ASSAULT",0,"firing guns into the air"),
 E("NGA","NGA","ACCUSE",1,"Parents have accused the military of pulling troops out of the town"),
 E("NGA","NGA","REJECT ACCUSE",1,"The army denied that claim"),
 E("NGA","NGA","REJECT",0,"The police rejected that version"),
 E("NGA","NGA","CONSULT",0,"dispatched a delegation led by Foreign Minister Geoffrey Onyeama to Yobe state"),
 E("NGA","NGA","MOBILIZE",0,"ordered the air force to carry out surveillance flights"),
 E("UNO","NGA","ACCUSE PROTEST",1,"The United Nations children's agency condemned the attack"),
 E("UNO","NGA","REQUEST",1,"urged Nigeria to ensure that schools are safe places for children"),
 E("USA","NGA","SUPPORT AID AGREE",1,"Washington stood ready to support the Nigerian government's efforts"),
 E("NGA","NGA","ASSAULT",0,"has waged an insurgency in the northeast since 2009"),
 E("NGA","NGA","ASSAULT COERCE",0,"Its 2014 kidnapping of 276 girls"),
 E("NGA","NGA","ACCUSE",1,"Opposition leaders on Sunday called that claim a lie"),
 E("NGA","NGA","REQUEST",0,"demanded that the president explain how the security failure happened"),
]))

ARTS.append(dict(
id="Q8", era="modern", fmt="txt",
headline="Saudi Arabia cuts ties with Iran after embassy stormed over cleric's execution",
date="2016-01-03", why="'on Sunday evening' after Saturday's executions: Sunday 3 January 2016",
text="""Saudi Arabia has severed diplomatic relations with Iran, ordering Iranian diplomats to leave the kingdom within 48 hours after protesters stormed its embassy in Tehran in anger at the execution of a prominent Shia cleric.

The Saudi foreign minister, Adel al-Jubeir, announced the decision at a news conference in Riyadh on Sunday evening. He said the kingdom would not allow Iran to undermine its security, and accused Tehran of distributing weapons and planting terrorist cells in the region.

"Iran's history is full of negative interference and hostility in Arab issues," Jubeir told reporters.

The rupture capped a day of mounting anger after the Saudi authorities on Saturday put to death Sheikh Nimr al-Nimr along with 46 other men convicted of terrorism offences. Nimr, an outspoken critic of the royal family, was arrested in 2012 after protests by members of the Shia minority in the kingdom's Eastern Province.

Hours after the executions were announced, demonstrators broke into the Saudi embassy in Tehran, setting fires and ransacking offices before police cleared them. Another crowd attacked the Saudi consulate in the northeastern city of Mashhad.

Iran's supreme leader, Ayatollah Ali Khamenei, warned on Sunday that Saudi Arabia would face "divine revenge" for shedding the blood of an innocent martyr. The Iranian foreign ministry had already summoned the Saudi charge d'affaires to protest against the execution.

President Hassan Rouhani condemned the execution but also called the attack on the embassy "totally unjustifiable", and Iranian police said they had arrested about 40 people.

In Washington, a State Department spokesman urged leaders across the region to take "affirmative steps to calm tensions". The UN secretary-general, Ban Ki-moon, said he was deeply dismayed by the executions, and urged the Iranian authorities to protect diplomatic premises.

Riyadh and Tehran back opposing sides in the wars in Syria and Yemen, and analysts warned that the break could complicate efforts to end both conflicts.""",
people=[P("Adel al-Jubeir","SAU","foreign minister"), P("Nimr al-Nimr","SAU","Sheikh, Shia cleric"),
        P("Ali Khamenei","IRN","supreme leader"), P("Hassan Rouhani","IRN","President"),
        P("Ban Ki-moon","UNO","UN secretary-general")],
events=[
 E("SAU","IRN","SANCTION REJECT",1,"Saudi Arabia has severed diplomatic relations with Iran"),
 E("SAU","IRN","COERCE",1,"ordering Iranian diplomats to leave the kingdom within 48 hours"),
 E("SAU","IRN","THREATEN REJECT",0,"the kingdom would not allow Iran to undermine its security"),
 E("SAU","IRN","ACCUSE",1,"accused Tehran of distributing weapons and planting terrorist cells"),
 E("SAU","IRN","ACCUSE",0,"Iran's history is full of negative interference and hostility"),
 E("SAU","SAU","ASSAULT COERCE",1,"put to death Sheikh Nimr al-Nimr"),
 E("SAU","SAU","COERCE",0,"was arrested in 2012"),
 E("SAU","SAU","PROTEST",0,"after protests by members of the Shia minority"),
 E("IRN","SAU","ASSAULT PROTEST COERCE",1,"demonstrators broke into the Saudi embassy in Tehran"),
 E("IRN","IRN","COERCE",0,"before police cleared them"),
 E("IRN","SAU","ASSAULT PROTEST",1,"Another crowd attacked the Saudi consulate"),
 E("IRN","SAU","THREATEN",1,"Saudi Arabia would face \"divine revenge\""),
 E("IRN","SAU","PROTEST ACCUSE CONSULT",1,"summoned the Saudi charge d'affaires to protest"),
 E("IRN","SAU","ACCUSE PROTEST",1,"President Hassan Rouhani condemned the execution"),
 E("IRN","IRN","ACCUSE",0,"called the attack on the embassy \"totally unjustifiable\""),
 E("IRN","IRN","COERCE",1,"Iranian police said they had arrested about 40 people"),
 E("USA",["SAU","IRN"],"REQUEST",0,"urged leaders across the region"),
 E("UNO","SAU","ACCUSE PROTEST",1,"he was deeply dismayed by the executions"),
 E("UNO","IRN","REQUEST",1,"urged the Iranian authorities to protect diplomatic premises"),
]))

ARTS.append(dict(
id="Q9", era="modern", fmt="txt",
headline="Turkey hits back at U.S. with matching visa suspension as row deepens",
date="2017-10-09", why="'on Monday' after the U.S. statement 'on Sunday' (8 October 2017); Erdogan's Ukraine visit: Monday 9 October 2017",
text="""ISTANBUL — Turkey and the United States have suspended most visa services for each other's citizens, a sharp escalation of a diplomatic row triggered by the arrest of a Turkish employee of the U.S. consulate in Istanbul.

The U.S. Embassy in Ankara said in a statement on Sunday that recent events had forced Washington to "reassess the commitment of the government of Turkey to the security of U.S. mission facilities and personnel." It said it was suspending all non-immigrant visa services at its diplomatic facilities in Turkey, effective immediately.

Hours later, the Turkish Embassy in Washington issued an almost word-for-word statement announcing the same measures against Americans.

At the center of the dispute is Metin Topuz, a local staff member of the consulate who was detained last week and accused by a Turkish court of links to the network of Fethullah Gulen, the U.S.-based cleric whom Ankara blames for the failed coup of July 2016. Turkish prosecutors on Monday summoned a second consulate employee for questioning, state media reported.

Turkish officials insisted that Topuz had no diplomatic immunity. "This is not a matter for the American government; it is a matter for Turkish justice," Justice Minister Abdulhamit Gul told reporters in Ankara.

The U.S. ambassador, John Bass, said Washington was "deeply disturbed" by the arrest and complained that Turkish officials had leaked allegations to the press instead of presenting evidence. "Some in the Turkish government appear to be seeking revenge rather than justice," Bass said in a video message.

Turkey's foreign ministry summoned a senior U.S. diplomat on Monday and asked Washington to review its decision, a ministry official said.

Relations between the two NATO allies have been strained for months over Washington's support for Kurdish fighters in Syria, whom Ankara regards as terrorists, and over the U.S. refusal to extradite Gulen. Turkey has repeatedly demanded his return; American officials say they have not received sufficient evidence.

President Recep Tayyip Erdogan, speaking on a visit to Ukraine, said the U.S. decision had saddened him. The Turkish lira fell more than 3 percent against the dollar in early trading.""",
people=[P("Metin Topuz","TUR","local staff member of the U.S. consulate"),
        P("Fethullah Gulen","TUR","U.S.-based cleric"), P("Abdulhamit Gul","TUR","Justice Minister"),
        P("John Bass","USA","ambassador"), P("Recep Tayyip Erdogan","TUR","President")],
events=[
 E("USA","TUR","SANCTION REJECT",1,"suspending all non-immigrant visa services"),
 E("TUR","USA","SANCTION REJECT",1,"announcing the same measures against Americans"),
 E("USA","TUR","SANCTION REJECT",0,"have suspended most visa services for each other's citizens",sym=True),
 E("USA","TUR","ACCUSE",0,"reassess the commitment of the government of Turkey"),
 E("TUR",["TUR","USA"],"COERCE",1,"who was detained last week"),
 E("TUR",["TUR","USA"],"ACCUSE",0,"accused by a Turkish court of links to the network"),
 E("TUR",["TUR","USA"],"ACCUSE",0,"whom Ankara blames for the failed coup"),
 E("TUR",["TUR","USA"],"COERCE REQUEST",1,"summoned a second consulate employee for questioning"),
 E("TUR","USA","REJECT",1,"This is not a matter for the American government"),
 E("USA","TUR","ACCUSE PROTEST",1,"Washington was \"deeply disturbed\" by the arrest"),
 E("USA","TUR","ACCUSE",0,"Some in the Turkish government appear to be seeking revenge"),
 E("TUR","USA","PROTEST CONSULT ACCUSE",1,"summoned a senior U.S. diplomat on Monday"),
 E("TUR","USA","REQUEST",1,"asked Washington to review its decision"),
 E("USA","SYR","SUPPORT AID",0,"Washington's support for Kurdish fighters in Syria"),
 E("USA","TUR","REJECT",0,"the U.S. refusal to extradite Gulen"),
 E("TUR","USA","REQUEST",0,"Turkey has repeatedly demanded his return"),
 E("TUR","UKR","CONSULT",1,"speaking on a visit to Ukraine"),
 E("TUR","USA","ACCUSE PROTEST",0,"the U.S. decision had saddened him"),
]))

ARTS.append(dict(
id="Q10", era="modern", fmt="json",
headline="China warns India to pull troops from Doklam as border standoff drags on",
date="2017-07-24", why="'on Monday' in the text; date_publish 2017-07-24",
meta=dict(date_publish="2017-07-24 08:41:00", authors=["Ben Wexford"],
          url="https://edition.cnn.com/2017/07/24/asia/china-india-doklam-standoff/index.html",
          source_domain="edition.cnn.com",
          description="Beijing tells New Delhi not to underestimate the PLA as the Himalayan standoff enters its second month."),
text="""Hong Kong (CNN) — China's military has warned India against underestimating its resolve, as a tense standoff between troops of the two nuclear-armed neighbors on a remote Himalayan plateau entered its second month.

"Shaking a mountain is easy, shaking the People's Liberation Army is hard," defense ministry spokesman Wu Qian told reporters in Beijing on Monday. He urged India not to "harbor any illusions" and to immediately withdraw its troops from the area, which China calls Donglang.

The confrontation began in mid-June when Indian soldiers crossed into the Doklam plateau, territory claimed by both China and India's ally Bhutan, to stop a Chinese army construction crew from extending a road. New Delhi says the road would bring Chinese forces dangerously close to the narrow "Chicken's Neck" corridor that links India's northeastern states to the rest of the country.

Bhutan, which has no formal diplomatic relations with Beijing, lodged a protest with China in June, saying the construction was a direct violation of agreements between the two countries.

Indian Foreign Minister Sushma Swaraj told parliament last week that both sides should pull back their troops before talks could begin, and that India would not accept any change to the status quo at the tri-junction. "War is not a solution," she said.

Beijing has rejected that proposal, insisting that the withdrawal of Indian troops is a precondition for any meaningful dialogue. Foreign ministry spokesman Lu Kang has accused India of "illegally trespassing" on Chinese territory and of using Bhutan as a pretext.

Chinese state media have been even more combative. The Global Times, a nationalist tabloid, warned in an editorial that India could suffer a worse defeat than in 1962, when the two countries fought a brief border war.

Both sides are reported to have sent extra troops to the area, though neither government has confirmed it. China has also closed the Nathu La mountain pass to Indian pilgrims traveling to Mount Kailash in Tibet.

Indian National Security Adviser Ajit Doval is expected to travel to Beijing later this week for a meeting of security officials from the BRICS group, raising hopes of a diplomatic opening. Chinese officials have not said whether he will hold one-on-one talks with his Chinese counterpart, State Councilor Yang Jiechi.""",
people=[P("Wu Qian","CHN","defense ministry spokesman"), P("Sushma Swaraj","IND","Foreign Minister"),
        P("Lu Kang","CHN","Foreign ministry spokesman"), P("Ajit Doval","IND","National Security Adviser"),
        P("Yang Jiechi","CHN","State Councilor")],
events=[
 E("CHN","IND","THREATEN",1,"China's military has warned India against underestimating its resolve"),
 E("CHN","IND","THREATEN",0,"Shaking a mountain is easy, shaking the People's Liberation Army is hard"),
 E("CHN","IND","REQUEST",1,"to immediately withdraw its troops from the area"),
 E("IND","CHN","MOBILIZE COERCE",1,"Indian soldiers crossed into the Doklam plateau"),
 E("IND","CHN","COERCE",0,"to stop a Chinese army construction crew from extending a road"),
 E("BTN","CHN","PROTEST ACCUSE",1,"lodged a protest with China in June"),
 E("IND","CHN","REQUEST",1,"both sides should pull back their troops before talks could begin"),
 E("IND","CHN","REJECT",1,"India would not accept any change to the status quo"),
 E("CHN","IND","REJECT",1,"Beijing has rejected that proposal"),
 E("CHN","IND","REQUEST",0,"the withdrawal of Indian troops is a precondition for any meaningful dialogue"),
 E("CHN","IND","ACCUSE",1,"has accused India of \"illegally trespassing\""),
 E("CHN","IND","THREATEN",1,"warned in an editorial that India could suffer a worse defeat"),
 E("CHN","IND","ASSAULT",0,"the two countries fought a brief border war",sym=True),
 E("CHN","IND","MOBILIZE",0,"Both sides are reported to have sent extra troops to the area"),
 E("IND","CHN","MOBILIZE",0,"Both sides are reported to have sent extra troops to the area"),
 E("CHN","IND","SANCTION REJECT COERCE",1,"closed the Nathu La mountain pass to Indian pilgrims"),
 E("IND","CHN","CONSULT",1,"is expected to travel to Beijing later this week"),
 E("IND","CHN","CONSULT",0,"one-on-one talks with his Chinese counterpart",sym=True),
]))

ARTS.append(dict(
id="Q11", era="modern", fmt="json",
headline="US suspends security aid to Pakistan over militant havens",
date="2018-01-04", why="'said Thursday'; date_publish 2018-01-04",
meta=dict(date_publish="2018-01-04 21:17:00", authors=["Daniel Corbett"],
          url="https://apnews.com/article/us-suspends-security-aid-pakistan-militant-havens",
          source_domain="apnews.com",
          description="The Trump administration freezes security assistance to Pakistan until it acts against the Taliban and the Haqqani network."),
text="""WASHINGTON (AP) — The Trump administration said Thursday it is suspending security assistance to Pakistan, accusing the longtime ally of failing to act against Afghan Taliban and Haqqani network militants who use its territory to attack American troops in neighboring Afghanistan.

State Department spokeswoman Heather Nauert told reporters the freeze could affect as much as $900 million, including military equipment and reimbursements for counterterrorism operations. She said it would remain in place until Islamabad takes "decisive action" against the groups.

"We don't see them taking decisive action," Nauert said, adding that civilian aid programs were not affected.

The move came days after President Donald Trump opened the new year with a tweet charging that Pakistan had given the United States "nothing but lies & deceit" in return for more than $33 billion in aid over 15 years.

Pakistan's Foreign Ministry said in a statement that "arbitrary deadlines" and unilateral announcements were counterproductive in dealing with common threats. It said Pakistan had fought terrorism largely from its own resources and at great human cost.

Defense Minister Khurram Dastgir Khan said his country had received "nothing but invective and mistrust" from Washington. Earlier this week Islamabad summoned U.S. Ambassador David Hale to explain the president's tweet.

Separately, the State Department placed Pakistan on a special watch list for severe violations of religious freedom.

U.S. officials said the suspension could be reversed if Pakistan cooperated, and stressed that Washington still wanted a partnership. The government of Afghan President Ashraf Ghani welcomed the decision, saying it had long complained that militants find sanctuary across the border.

China, Pakistan's closest ally, defended Islamabad earlier in the week, saying the country had made "great sacrifices" in the fight against terrorism and deserved international recognition.""",
people=[P("Donald Trump","USA","President"), P("Heather Nauert","USA","State Department spokeswoman"),
        P("Khurram Dastgir Khan","PAK","Defense Minister"), P("David Hale","USA","Ambassador"),
        P("Ashraf Ghani","AFG","President")],
events=[
 E("USA","PAK","SANCTION",1,"it is suspending security assistance to Pakistan"),
 E("USA","PAK","ACCUSE",1,"accusing the longtime ally of failing to act"),
 E("AFG","USA","ASSAULT",0,"use its territory to attack American troops"),
 E("USA","PAK","REQUEST THREATEN",1,"until Islamabad takes \"decisive action\""),
 E("USA","PAK","ACCUSE",0,"We don't see them taking decisive action"),
 E("USA","PAK","ACCUSE",1,"Pakistan had given the United States \"nothing but lies & deceit\""),
 E("USA","PAK","AID",0,"more than $33 billion in aid over 15 years"),
 E("PAK","USA","REJECT ACCUSE",1,"unilateral announcements were counterproductive"),
 E("PAK","USA","ACCUSE",1,"\"nothing but invective and mistrust\""),
 E("PAK","USA","PROTEST CONSULT ACCUSE",1,"Islamabad summoned U.S. Ambassador David Hale"),
 E("USA","PAK","SANCTION ACCUSE",1,"placed Pakistan on a special watch list"),
 E("USA","PAK","AGREE THREATEN",0,"the suspension could be reversed if Pakistan cooperated"),
 E("AFG","USA","SUPPORT",1,"welcomed the decision"),
 E("AFG","PAK","ACCUSE",0,"militants find sanctuary across the border"),
 E("CHN","PAK","SUPPORT",1,"defended Islamabad"),
]))

ARTS.append(dict(
id="Q12", era="modern", fmt="dump",
headline="North Korea fires missile over Japan in 'unprecedented' threat",
date="2017-08-29", why="'on Tuesday' with the Ulchi Freedom Guardian drills under way: Tuesday 29 August 2017",
text="""North Korea has fired a ballistic missile over northern Japan, prompting warnings to residents to take cover and a furious response from Tokyo, which called the launch an "unprecedented, serious and grave threat".

The missile was launched from near Pyongyang shortly before 6am local time on Tuesday and flew over the island of Hokkaido before breaking into three pieces and falling into the Pacific about 1,180km off the Japanese coast, according to the government in Tokyo.

Japan's prime minister, Shinzo Abe, told reporters he had spoken to Donald Trump by telephone for 40 minutes and that the two leaders had agreed to step up pressure on North Korea. "The outrageous act of firing a missile over our country is an unprecedented, serious and grave threat," Abe said.

Japan made no attempt to shoot the missile down. Text alerts and sirens in towns across Hokkaido told residents to seek shelter in sturdy buildings or basements.

South Korea said it had staged a bombing drill with four F-15K fighter jets in response, dropping eight bombs on a firing range to show its ability to destroy the North's leadership.

Trump said in a statement that "all options are on the table", adding that threatening and destabilising actions only increased the regime's isolation.

The UN security council was due to hold an emergency meeting later on Tuesday at the request of the United States and Japan.

China's foreign ministry spokeswoman, Hua Chunying, urged restraint and said pressure and sanctions alone could not solve the problem. Beijing has repeatedly called on Washington and Seoul to suspend their military exercises in exchange for a freeze of North Korea's weapons programmes. The US and South Korea are in the middle of their annual Ulchi Freedom Guardian drills, which Pyongyang condemns as rehearsals for invasion.

The launch came weeks after North Korea threatened to fire missiles towards the waters around the US Pacific territory of Guam.""",
people=[P("Shinzo Abe","JPN","prime minister"), P("Donald Trump","USA","President"),
        P("Hua Chunying","CHN","foreign ministry spokeswoman")],
events=[
 E("PRK","JPN","THREATEN ASSAULT MOBILIZE",1,"North Korea has fired a ballistic missile over northern Japan"),
 E("JPN","PRK","ACCUSE PROTEST",1,"called the launch an \"unprecedented, serious and grave threat\""),
 E("JPN","USA","CONSULT",1,"he had spoken to Donald Trump by telephone",sym=True),
 E("JPN","USA","AGREE",1,"the two leaders had agreed to step up pressure on North Korea",sym=True),
 E("JPN","PRK","THREATEN SANCTION",0,"step up pressure on North Korea"),
 E("USA","PRK","THREATEN SANCTION",0,"step up pressure on North Korea"),
 E("JPN","PRK","ACCUSE",0,"The outrageous act of firing a missile over our country"),
 E("KOR","PRK","MOBILIZE THREATEN",1,"had staged a bombing drill with four F-15K fighter jets"),
 E("USA","PRK","THREATEN",1,"\"all options are on the table\""),
 E("USA","PRK","ACCUSE",0,"threatening and destabilising actions only increased the regime's isolation"),
 E("USA","UNO","REQUEST CONSULT",1,"at the request of the United States and Japan"),
 E("JPN","UNO","REQUEST CONSULT",1,"at the request of the United States and Japan"),
 E("CHN",["USA","PRK","JPN","KOR"],"REQUEST",0,"urged restraint"),
 E("CHN","USA","REQUEST",1,"called on Washington and Seoul to suspend their military exercises"),
 E("CHN","KOR","REQUEST",1,"called on Washington and Seoul to suspend their military exercises"),
 E("USA","KOR","COOPERATE MOBILIZE",0,"their annual Ulchi Freedom Guardian drills",sym=True),
 E("PRK",["USA","KOR"],"ACCUSE",0,"Pyongyang condemns as rehearsals for invasion"),
 E("PRK","USA","THREATEN",0,"North Korea threatened to fire missiles towards the waters around the US Pacific territory of Guam"),
]))

ARTS.append(dict(
id="Q13", era="modern", fmt="dump",
headline="Israel strikes Iranian and Syrian targets after F-16 is shot down",
date="2018-02-10", why="'on Saturday' with the Israeli F-16 downing: Saturday 10 February 2018",
text="""JERUSALEM — Israel carried out what it called large-scale strikes against Iranian and Syrian targets inside Syria on Saturday after one of its F-16 fighter jets crashed under Syrian antiaircraft fire, the most serious clash between Israel and forces in neighboring Syria in decades.

The escalation began before dawn, when the Israeli military said it had intercepted an Iranian drone that crossed into Israeli airspace from Syria. Israeli aircraft then attacked the drone's control vehicle at the T-4 air base near Palmyra, the military said in a statement.

During that mission, Syrian air defenses fired a barrage of missiles, and an F-16 was hit. Its two crew members ejected over northern Israel; one was seriously wounded.

In a second wave, Israeli jets struck 12 targets, including three air defense batteries and four targets that the military said were part of Iran's military presence in Syria.

"Iran brazenly violated Israel's sovereignty," Prime Minister Benjamin Netanyahu said in a video statement. "We will continue to act against any attempt to harm us."

Iran dismissed the accusations as "ridiculous." Foreign Ministry spokesman Bahram Qasemi said Iran's presence in Syria was advisory and at the invitation of the government in Damascus, and denied that any Iranian drone had been downed.

Syria's state news agency SANA quoted a military source as saying that air defenses had confronted "an Israeli aggression" and hit more than one aircraft. Hezbollah, the Lebanese militia that fights alongside Syrian government forces, called the downing of the jet the start of a new strategic phase.

In Washington, the State Department said the United States was deeply concerned about the escalation and "strongly supports" Israel's right to defend itself. A Pentagon spokesman said U.S. forces had not taken part in the operation.

Russia, whose forces back Syrian President Bashar al-Assad, called on all sides to show restraint and said it was unacceptable to create threats to the lives of Russian servicemen in Syria. Netanyahu later spoke by phone with Russian President Vladimir Putin, his office said.

UN Secretary-General Antonio Guterres urged all parties to work toward an immediate de-escalation.""",
people=[P("Benjamin Netanyahu","ISR","Prime Minister"), P("Bahram Qasemi","IRN","Foreign Ministry spokesman"),
        P("Bashar al-Assad","SYR","President"), P("Vladimir Putin","RUS","President"),
        P("Antonio Guterres","UNO","UN Secretary-General")],
events=[
 E("ISR","SYR","ASSAULT",1,"Israel carried out what it called large-scale strikes against Iranian and Syrian targets"),
 E("ISR","IRN","ASSAULT",1,"Israel carried out what it called large-scale strikes against Iranian and Syrian targets"),
 E("SYR","ISR","ASSAULT",1,"crashed under Syrian antiaircraft fire"),
 E("IRN","ISR","MOBILIZE COERCE ASSAULT",1,"an Iranian drone that crossed into Israeli airspace"),
 E("ISR","IRN","ASSAULT",0,"it had intercepted an Iranian drone"),
 E("ISR",["IRN","SYR"],"ASSAULT",0,"Israeli aircraft then attacked the drone's control vehicle"),
 E("SYR","ISR","ASSAULT",0,"Syrian air defenses fired a barrage of missiles"),
 E("ISR",["SYR","IRN"],"ASSAULT",0,"Israeli jets struck 12 targets"),
 E("ISR","IRN","ACCUSE",1,"Iran brazenly violated Israel's sovereignty"),
 E("ISR","IRN","THREATEN",1,"We will continue to act against any attempt to harm us"),
 E("IRN","ISR","REJECT",1,"Iran dismissed the accusations as \"ridiculous.\""),
 E("IRN","SYR","AID COOPERATE",0,"at the invitation of the government in Damascus"),
 E("SYR","ISR","ACCUSE",1,"\"an Israeli aggression\""),
 E("LBN","ISR","THREATEN",0,"called the downing of the jet the start of a new strategic phase"),
 E("LBN","SYR","COOPERATE AID",0,"fights alongside Syrian government forces"),
 E("USA","ISR","SUPPORT",1,"\"strongly supports\" Israel's right to defend itself"),
 E("RUS","SYR","SUPPORT AID",0,"whose forces back Syrian President Bashar al-Assad"),
 E("RUS",["ISR","SYR","IRN"],"REQUEST",0,"called on all sides to show restraint"),
 E("RUS","ISR","ACCUSE THREATEN REQUEST",1,"it was unacceptable to create threats to the lives of Russian servicemen"),
 E("ISR","RUS","CONSULT",1,"Netanyahu later spoke by phone with Russian President Vladimir Putin",sym=True),
 E("UNO",["ISR","SYR","IRN"],"REQUEST",0,"urged all parties to work toward an immediate de-escalation"),
]))
