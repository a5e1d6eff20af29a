# Articles CA6-CA10
ARTS = []
ARTS.append(dict(id="CA6", fmt="txt", date="2017-08-23",
headline="U.S. cuts and delays nearly $300 million in aid to Egypt over human rights concerns",
why="decision reported Tuesday August 22, 2017; text says Kushner 'was in Cairo on Wednesday' (August 23)",
body="""WASHINGTON — The United States has denied Egypt $95.7 million in military and economic aid and put off a further $195 million because of Cairo's failure to make progress on human rights and democracy, officials said Tuesday, a rare rebuke of a government President Trump has openly embraced.

Secretary of State Rex Tillerson made the decision, according to two officials familiar with it. The delayed money will be held in an account until Egypt shows improvement, they said.

A State Department official said Washington remained concerned about "the lack of progress in key areas, including human rights and the new NGO law," which places severe limits on charities and civil society groups.

The official said the administration still valued its security partnership with Egypt and wanted to "continue to work with Egypt on these issues."

Cairo reacted with anger. Egypt's Foreign Ministry said in a statement that the decision "reflects a poor judgment of the nature of the strategic relationship" between the two countries and could have "negative consequences" for shared interests.

The timing caught Egyptian officials off guard. Jared Kushner, Mr. Trump's son-in-law and senior adviser, was in Cairo on Wednesday for talks with President Abdel Fattah el-Sisi as part of a regional tour on Middle East peace.

Egypt's foreign minister, Sameh Shoukry, canceled a scheduled meeting with Mr. Kushner's delegation, Egyptian officials said, though Mr. Sisi went ahead with his own talks with the Americans.

The presidency said after the meeting that Mr. Sisi had stressed the importance of "avoiding anything that could harm" the partnership. White House officials described the conversation as "warm and productive."

Egypt receives about $1.3 billion a year in American military assistance, a legacy of the 1979 peace treaty with Israel.

Mr. Trump has praised Mr. Sisi as doing "a fantastic job" and welcomed him at the White House in April, a visit that Mr. Obama had never offered.

Human rights groups, which have documented the detention of tens of thousands of Egyptians since the military ousted President Mohamed Morsi in 2013, welcomed the decision but said it did not go far enough.

"This is a first step, but it is only a step," said Sarah Margon of Human Rights Watch.

Senator Patrick Leahy, a Vermont Democrat who has long pushed for conditions on the aid, said he hoped Cairo would "get the message" that repression carried a cost.

Officials also said Washington was troubled by Egypt's ties with North Korea, which has used Egyptian ports and a Cairo-based company in arms dealing, and had pressed Cairo to cut them.
"""
,people=[("Donald Trump","USA","President"),("Rex Tillerson","USA","Secretary of State"),("Jared Kushner","USA","senior adviser"),("Abdel Fattah el-Sisi","EGY","President"),("Sameh Shoukry","EGY","foreign minister"),("Barack Obama","USA","former President"),("Mohamed Morsi","EGY","former President"),("Sarah Margon","USA","Human Rights Watch"),("Patrick Leahy","USA","Senator, Vermont Democrat")],
events=[
("USA","EGY","SANCTION|RETREAT",1,"has denied Egypt $95.7 million in military and economic aid"),
("USA","EGY","ACCUSE",1,"concerned about \"the lack of progress in key areas, including human rights"),
("USA","EGY","COOPERATE",0,"continue to work with Egypt on these issues"),
("EGY","USA","ACCUSE|PROTEST",1,"reflects a poor judgment of the nature of the strategic relationship"),
("EGY","USA","THREATEN",0,"could have \"negative consequences\" for shared interests"),
("USA","EGY","CONSULT",1,"was in Cairo on Wednesday for talks with President Abdel Fattah el-Sisi",1),
("EGY","USA","REJECT|PROTEST",1,"canceled a scheduled meeting with Mr. Kushner's delegation"),
("EGY","USA","REQUEST",0,"avoiding anything that could harm"),
("USA","EGY","AID",0,"Egypt receives about $1.3 billion a year in American military assistance"),
("USA","EGY","SUPPORT",0,"doing \"a fantastic job\""),
("USA","EGY","CONSULT",0,"welcomed him at the White House in April"),
("EGY","EGY","COERCE",0,"the detention of tens of thousands of Egyptians"),
("NGO","USA","SUPPORT",1,"welcomed the decision but said it did not go far enough"),
("USA","EGY","REQUEST|THREATEN",0,"get the message"),
("USA","EGY","REQUEST",1,"had pressed Cairo to cut them"),
]))

ARTS.append(dict(id="CA7", fmt="txt", date="2017-09-27",
headline="U.S. slaps 220 percent duty on Bombardier jets, angering Britain and Canada",
why="Commerce ruling late Tuesday September 26, 2017; reactions 'Wednesday' (September 27)",
body="""The Commerce Department has imposed a preliminary duty of nearly 220 percent on Bombardier's C Series passenger jets, siding with Boeing in a trade dispute that has drawn sharp protests from the governments of Canada and Britain.

The ruling, announced late Tuesday, found that the Canadian plane maker had benefited from unfair government subsidies and was selling the jets in the United States below cost, a practice Boeing said threatened its own business.

"The U.S. values its relationships with Canada, but even our closest allies must play by the rules," Commerce Secretary Wilbur Ross said in a statement.

Prime Minister Justin Trudeau said Canada would not do business with a company that was "busy trying to sue us and put our aerospace workers out of business." His government has been weighing the purchase of 18 Boeing Super Hornet fighter jets and said Wednesday that the deal was now in doubt.

Foreign Minister Chrystia Freeland called the duty "aimed at keeping Bombardier's C Series aircraft out of the U.S. market" and said Ottawa would "vigorously defend" the company.

The decision also landed in Britain, where Bombardier employs about 4,000 people in Northern Ireland, making the wings for the C Series.

Prime Minister Theresa May had personally lobbied Mr. Trump on the issue during a phone call this month. After the ruling, her government said it was "bitterly disappointed."

Defense Secretary Michael Fallon warned that Boeing's behavior "could jeopardize our future relationship," a pointed remark given that Britain is one of Boeing's largest customers for military aircraft and helicopters.

The Democratic Unionist Party, whose votes prop up Mrs. May's minority government, urged London to press the issue with Washington.

Boeing said in a statement that it was not trying to shut out competition. "This dispute is about maintaining a level playing field," the company said.

Delta Air Lines, which ordered 75 of the jets last year at what Boeing argues was an absurdly low price, said it expected the duties would not be upheld.

The ruling is preliminary. The International Trade Commission will make a final decision early next year on whether Boeing was harmed.

Trade experts said the case, brought under long-standing trade laws, was not directly tied to President Trump's "America First" agenda, but it comes as his administration presses Canada and Mexico for concessions in renegotiating the North American Free Trade Agreement.

Bombardier called the duty "absurd" and said it was "divorced from the reality" of how aircraft are sold. Its shares fell in Toronto trading.
"""
,people=[("Wilbur Ross","USA","Commerce Secretary"),("Justin Trudeau","CAN","Prime Minister"),("Chrystia Freeland","CAN","Foreign Minister"),("Theresa May","GBR","Prime Minister"),("Donald Trump","USA","President"),("Michael Fallon","GBR","Defense Secretary")],
events=[
("USA",["CAN","MNC"],"SANCTION",1,"has imposed a preliminary duty of nearly 220 percent"),
("USA",["CAN","MNC"],"ACCUSE",1,"found that the Canadian plane maker had benefited from unfair government subsidies"),
("USA","CAN","REQUEST|ACCUSE",0,"even our closest allies must play by the rules"),
("CAN",["MNC","USA"],"THREATEN|REJECT",1,"Canada would not do business with a company"),
("CAN","USA","THREATEN",0,"the deal was now in doubt"),
("CAN","USA","ACCUSE",1,"aimed at keeping Bombardier's C Series aircraft out of the U.S. market"),
("GBR","USA","REQUEST",1,"had personally lobbied Mr. Trump on the issue during a phone call"),
("GBR","USA","CONSULT",0,"during a phone call this month"),
("GBR","USA","PROTEST",1,"bitterly disappointed"),
("GBR",["MNC","USA"],"THREATEN",1,"could jeopardize our future relationship"),
("GBR","GBR","REQUEST",0,"urged London to press the issue with Washington"),
("USA",["CAN","MEX"],"REQUEST|COERCE",0,"presses Canada and Mexico for concessions"),
]))

ARTS.append(dict(id="CA8", fmt="json", date="2017-02-14",
headline="Treasury sanctions Venezuela's vice president as alleged drug kingpin",
why="Treasury designation Monday February 13, 2017; Maduro response 'on Tuesday' (February 14)",
authors=["Staff"], domain="www.npr.org", url="https://www.npr.org/2017/02/13/ca8-venezuela-vice-president-sanctions",
desc="The Treasury Department froze U.S. assets of Tareck El Aissami, accusing him of helping to move drugs; Caracas called the move an aggression.",
body="""The U.S. Treasury Department on Monday imposed sanctions on Venezuela's vice president, Tareck El Aissami, accusing him of playing a major role in international drug trafficking, the highest-ranking Venezuelan official ever targeted by Washington in this way.

The designation under the Kingpin Act freezes any assets Mr. El Aissami holds in the United States and bars Americans from doing business with him. Treasury also named a businessman, Samark Lopez, whom it described as his front man, and seized properties and companies linked to the pair in Florida.

"Today's action is the culmination of a multi-year investigation," John Smith, the acting director of Treasury's Office of Foreign Assets Control, said in a statement. He said Mr. El Aissami had overseen or partly owned drug shipments of more than 1,000 kilograms from Venezuela.

Mr. El Aissami, who was appointed vice president by President Nicolas Maduro last month, rejected the charges. "I won't waste my time on this miserable provocation," he wrote on Twitter, calling the sanctions an "aggression" by Washington.

Venezuela's Foreign Ministry said in a statement that it "categorically rejects" what it called an illegal and arbitrary measure, and accused the United States of trying to destabilize the government.

Mr. Maduro came to his deputy's defense on Tuesday, praising him on state television as a "revolutionary" and saying the United States was "attacking" Venezuela because it could not defeat its government at the ballot box.

The sanctions were the first major move against Caracas by the Trump administration, and they had been urged by a bipartisan group of lawmakers.

Last week, 34 members of Congress sent a letter to President Trump asking him to punish Venezuelan officials over human rights abuses and corruption.

Senator Marco Rubio, a Florida Republican who has pressed the White House hard on Venezuela, welcomed the action. "This is an important step," he said, adding that more officials should follow.

Mr. El Aissami, 42, is a former interior minister and governor of Aragua state. American officials have for years suspected him of ties to drug traffickers and of helping to provide Venezuelan passports to people linked to Hezbollah, allegations he has denied.

Venezuela is in the grip of a deep economic crisis, with shortages of food and medicine, and the opposition has been pressing for early elections to remove Mr. Maduro.

Opposition lawmakers said the sanctions confirmed what they had long alleged. "The world can now see who governs us," said Freddy Guevara, a leader of the opposition-controlled National Assembly.

The State Department said Washington would continue to call on the Venezuelan government to release political prisoners, including the opposition leader Leopoldo Lopez.
"""
,people=[("Tareck El Aissami","VEN","vice president"),("Samark Lopez","VEN","businessman"),("John Smith","USA","acting director, Office of Foreign Assets Control"),("Nicolas Maduro","VEN","President"),("Donald Trump","USA","President"),("Marco Rubio","USA","Senator, Florida Republican"),("Freddy Guevara","VEN","opposition leader, National Assembly"),("Leopoldo Lopez","VEN","opposition leader")],
events=[
("USA","VEN","SANCTION",1,"imposed sanctions on Venezuela's vice president"),
("USA","VEN","ACCUSE",1,"accusing him of playing a major role in international drug trafficking"),
("USA","VEN","SANCTION|COERCE",1,"seized properties and companies linked to the pair in Florida"),
("VEN","USA","REJECT",1,"rejected the charges"),
("VEN","USA","ACCUSE",1,"calling the sanctions an \"aggression\" by Washington"),
("VEN","USA","REJECT",1,"it \"categorically rejects\""),
("VEN","USA","ACCUSE",1,"accused the United States of trying to destabilize the government"),
("VEN","USA","ACCUSE",1,"saying the United States was \"attacking\" Venezuela"),
("USA","USA","REQUEST",0,"asking him to punish Venezuelan officials"),
("USA","VEN","ACCUSE",0,"suspected him of ties to drug traffickers"),
("VEN","VEN","ACCUSE",0,"confirmed what they had long alleged"),
("USA","VEN","REQUEST",1,"continue to call on the Venezuelan government to release political prisoners"),
]))

ARTS.append(dict(id="CA9", fmt="json", date="2017-10-24",
headline="Tillerson presses Pakistan on militant havens in brief Islamabad visit",
why="Tillerson in Islamabad Tuesday October 24, 2017",
authors=["Staff Writer"], domain="www.washingtonpost.com", url="https://www.washingtonpost.com/world/2017/10/24/ca9-tillerson-islamabad",
desc="The secretary of state delivered a list of demands to Pakistan's leaders before flying on to India.",
body="""ISLAMABAD, Pakistan — Secretary of State Rex Tillerson arrived here Tuesday for a visit of only a few hours, bringing a blunt message that Pakistan must do more to shut down militant groups that attack Afghanistan from its soil.

Mr. Tillerson met Prime Minister Shahid Khaqan Abbasi, the army chief, Gen. Qamar Javed Bajwa, and other senior officials at the prime minister's residence. Unlike on previous trips by top American diplomats, no news conference was held and no joint statement was issued.

A State Department statement afterward said Mr. Tillerson had "reiterated President Trump's message that Pakistan must increase its efforts to eradicate militants and terrorists operating within the country."

According to a senior State Department official, Mr. Tillerson handed his hosts a list of specific militants that Washington wants arrested or expelled, and warned that the relationship would be judged on results.

Pakistani officials struck a different tone. Mr. Abbasi assured the secretary that Pakistan was "committed to the war against terror," according to a statement from his office, and said his country expected to be treated as a partner rather than as a suspect.

"Pakistan has made sacrifices in this war that no other nation has," the statement said.

Foreign Minister Khawaja Asif later told the Senate in Islamabad that Pakistan had rejected any notion of "dictation" from Washington. "We told him clearly that we will not act on anyone's wish list at the cost of our sovereignty," he said.

The trip followed the release this month of an American woman, Caitlan Coleman, her Canadian husband and their three children, who had been held by a Taliban-linked network for five years. Pakistani troops freed the family in a raid near the Afghan border, and Mr. Trump praised Pakistan for its help.

But the president has also accused Islamabad of harboring "agents of chaos," and in August he unveiled a strategy for Afghanistan that included new pressure on Pakistan and an invitation for India to play a larger role there.

That prospect alarms Pakistani officials, who see India as their main rival. Mr. Tillerson flew from Islamabad to New Delhi, where he is to meet Prime Minister Narendra Modi on Wednesday.

Earlier in the week Mr. Tillerson made an unannounced stop in Afghanistan, meeting President Ashraf Ghani at Bagram Air Field.

Analysts in Islamabad said the frosty atmosphere reflected deep distrust on both sides. "The Americans want action and the Pakistanis want respect," said a retired Pakistani diplomat. "Neither is getting what it wants."
"""
,people=[("Rex Tillerson","USA","Secretary of State"),("Shahid Khaqan Abbasi","PAK","Prime Minister"),("Qamar Javed Bajwa","PAK","army chief"),("Donald Trump","USA","President"),("Khawaja Asif","PAK","Foreign Minister"),("Caitlan Coleman","USA","freed hostage"),("Narendra Modi","IND","Prime Minister"),("Ashraf Ghani","AFG","President")],
events=[
("USA","PAK","CONSULT",1,"Secretary of State Rex Tillerson arrived here Tuesday"),
("USA","PAK","CONSULT",1,"Mr. Tillerson met Prime Minister Shahid Khaqan Abbasi",1),
("USA","PAK","REQUEST",1,"Pakistan must increase its efforts to eradicate militants"),
("USA","PAK","REQUEST",1,"handed his hosts a list of specific militants that Washington wants arrested or expelled"),
("USA","PAK","THREATEN",1,"warned that the relationship would be judged on results"),
("PAK","USA","AGREE|SUPPORT",1,"Pakistan was \"committed to the war against terror,\""),
("PAK","USA","REQUEST",0,"expected to be treated as a partner rather than as a suspect"),
("PAK","USA","REJECT",1,"Pakistan had rejected any notion of \"dictation\" from Washington"),
("PAK","USA","REJECT",0,"we will not act on anyone's wish list"),
("PAK","USA","COOPERATE",0,"Pakistani troops freed the family"),
("USA","PAK","SUPPORT",1,"Mr. Trump praised Pakistan for its help"),
("USA","PAK","ACCUSE",1,"accused Islamabad of harboring \"agents of chaos,\""),
("USA","IND","REQUEST",0,"an invitation for India to play a larger role there"),
("USA","IND","CONSULT",1,"where he is to meet Prime Minister Narendra Modi"),
("USA","AFG","CONSULT",1,"meeting President Ashraf Ghani at Bagram Air Field"),
]))

ARTS.append(dict(id="CA10", fmt="json", date="2017-05-03",
headline="Trump tells Abbas at White House that peace deal is 'frankly, maybe not as difficult' as thought",
why="Abbas White House visit Wednesday May 3, 2017",
authors=["Staff"], domain="www.cnn.com", url="https://www.cnn.com/2017/05/03/politics/ca10-trump-abbas-white-house",
desc="The Palestinian leader made his first visit to the Trump White House.",
body="""President Trump welcomed Palestinian President Mahmoud Abbas to the White House on Wednesday and declared that he would do "whatever is necessary" to broker a peace agreement between Israel and the Palestinians, a goal that has eluded his predecessors for decades.

"We will get it done," Mr. Trump said as the two leaders stood side by side in the East Room. "It's something that I think is, frankly, maybe not as difficult as people have thought over the years."

Mr. Abbas, speaking through an interpreter, said he was counting on the president's "courageous stewardship" and repeated the Palestinian demand for a state based on the 1967 borders with East Jerusalem as its capital.

"It's about time for Israel to end its occupation of our people and of our land," Mr. Abbas said.

Mr. Trump did not mention a two-state solution, a long-standing goal of American policy that he had questioned during a visit by Israeli Prime Minister Benjamin Netanyahu in February.

The president did press Mr. Abbas on one issue that Israel raises often: payments made by the Palestinian Authority to the families of prisoners and of attackers killed by Israeli forces. "There can be no lasting peace unless the Palestinian leaders speak in a unified voice against incitement to violence and hate," Mr. Trump said.

Mr. Abbas insisted that Palestinians were raising their children "in a culture of peace," a claim Israeli officials quickly disputed.

Mr. Netanyahu's office said in a statement that it had heard Mr. Abbas's remarks and that "unfortunately, they are not true." The statement called on the Palestinian leader to stop paying "salaries to terrorists."

Hamas, the militant group that controls Gaza and is a rival of Mr. Abbas's Fatah party, said the Palestinian president did not represent its people and had no mandate to make concessions.

The two leaders also had lunch with their advisers, including Jared Kushner, Mr. Trump's son-in-law, and Jason Greenblatt, his special envoy for international negotiations, who visited the region in March.

According to a senior administration official, the two sides agreed to continue talks and discussed steps to boost the Palestinian economy.

Mr. Trump is expected to travel to Israel and the West Bank later this month as part of his first foreign trip, which will also take him to Saudi Arabia and the Vatican.

Some Palestinian analysts said Mr. Abbas had come away with little. "He got warm words and a photo," said one, "but nothing on settlements."

Israeli settlement construction in the West Bank continued this year, though Mr. Trump has asked Mr. Netanyahu to "hold back" on settlements for a while.
"""
,people=[("Donald Trump","USA","President"),("Mahmoud Abbas","PSE","President"),("Benjamin Netanyahu","ISR","Prime Minister"),("Jared Kushner","USA","senior adviser, son-in-law"),("Jason Greenblatt","USA","special envoy for international negotiations")],
events=[
("USA","PSE","CONSULT",1,"welcomed Palestinian President Mahmoud Abbas to the White House"),
("PSE","USA","CONSULT",0,"the two leaders stood side by side"),
("USA",["ISR","PSE"],"SUPPORT|COOPERATE",1,"would do \"whatever is necessary\" to broker a peace agreement"),
("PSE","USA","SUPPORT",0,"was counting on the president's \"courageous stewardship\""),
("PSE","ISR","REQUEST",1,"repeated the Palestinian demand for a state based on the 1967 borders"),
("PSE","ISR","REQUEST|ACCUSE",1,"It's about time for Israel to end its occupation"),
("USA","PSE","REQUEST",1,"The president did press Mr. Abbas on one issue"),
("USA","PSE","REQUEST",0,"speak in a unified voice against incitement"),
("ISR","PSE","REJECT|ACCUSE",1,"a claim Israeli officials quickly disputed"),
("ISR","PSE","ACCUSE",1,"unfortunately, they are not true"),
("ISR","PSE","REQUEST",1,"called on the Palestinian leader to stop paying"),
("PSE","PSE","REJECT|ACCUSE",1,"Hamas, the militant group that controls Gaza and is a rival of Mr. Abbas's Fatah party, said the Palestinian president did not represent its people"),
("USA","PSE","AGREE|CONSULT",1,"the two sides agreed to continue talks",1),
("USA","ISR","CONSULT",0,"expected to travel to Israel and the West Bank"),
("ISR","PSE","ASSAULT",0,"killed by Israeli forces"),
("USA","ISR","REQUEST",1,"has asked Mr. Netanyahu to \"hold back\" on settlements"),
]))
