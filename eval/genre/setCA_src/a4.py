# Articles CA16-CA20
ARTS = []
ARTS.append(dict(id="CA16", fmt="dump", dump="dump-1.txt", nbsp=False, date="2016-05-27",
headline="At Hiroshima, Obama calls for a world without nuclear arms but offers no apology",
why="Obama Hiroshima visit Friday May 27, 2016",
body="""HIROSHIMA, Japan — President Obama on Friday became the first sitting American president to visit Hiroshima, laying a wreath at the memorial to the victims of the atomic bomb and calling on the world to find the courage to escape "the logic of fear."

"Seventy-one years ago, on a bright, cloudless morning, death fell from the sky and the world was changed," Mr. Obama said, standing before the arched cenotaph with Prime Minister Shinzo Abe at his side.

The president did not apologize for the decision by President Harry S. Truman to drop the bomb, which killed some 140,000 people by the end of 1945. White House officials had said in advance that he would not revisit that choice.

Instead, Mr. Obama said the nations that possess nuclear weapons "must have the courage to escape the logic of fear and pursue a world without them."

Mr. Abe, who spoke after the president, thanked him for making the trip. "I believe this is a courageous decision," he said, pledging that Japan and the United States would work together toward eliminating nuclear weapons.

The two leaders then greeted survivors of the bombing. Mr. Obama embraced one of them, Shigeaki Mori, a historian who has spent decades documenting the deaths of American prisoners of war killed in the blast.

Many survivors said they had not wanted an apology. "Just coming here is enough," said Sunao Tsuboi, 91, who leads a survivors' group and spoke briefly with the president.

The visit drew criticism from some veterans' groups in the United States, who said it risked suggesting that the bombing had been wrong.

In Beijing, Foreign Minister Wang Yi said Nanjing, where Japanese troops massacred civilians in 1937, deserved more attention than Hiroshima. "The victims deserve sympathy, but the perpetrators can never shirk their responsibility," he said.

North Korea's state media called the visit a "childish" show and accused Mr. Obama of hypocrisy while his country kept upgrading its arsenal.

South Korean groups said thousands of Koreans who had been brought to Hiroshima as forced laborers also died in the bombing and urged the president to acknowledge them, which he did briefly in his remarks.

The visit came as Mr. Obama attended a summit of the Group of 7 industrialized nations in the nearby Ise-Shima region.

On Wednesday, the president had expressed regret over the arrest of an American base worker on Okinawa in the killing of a local woman, a case that has stirred anger in Japan. Mr. Abe had called it "despicable" and demanded steps to prevent such crimes.
"""
,people=[("Barack Obama","USA","President"),("Shinzo Abe","JPN","Prime Minister"),("Harry S. Truman","USA","former President"),("Shigeaki Mori","JPN","historian, bombing survivor"),("Sunao Tsuboi","JPN","survivors' group leader"),("Wang Yi","CHN","Foreign Minister")],
events=[
("USA","JPN","CONSULT",1,"became the first sitting American president to visit Hiroshima"),
("USA","JPN","SUPPORT",0,"laying a wreath at the memorial"),
("USA","JPN","REJECT",0,"The president did not apologize"),
("USA","JPN","ASSAULT",0,"drop the bomb, which killed some 140,000 people"),
("JPN","USA","SUPPORT",1,"thanked him for making the trip"),
("JPN","USA","AGREE|COOPERATE",1,"pledging that Japan and the United States would work together",1),
("CHN","JPN","ACCUSE",1,"the perpetrators can never shirk their responsibility"),
("JPN","CHN","ASSAULT",0,"Japanese troops massacred civilians in 1937"),
("PRK","USA","ACCUSE",1,"accused Mr. Obama of hypocrisy"),
("KOR","USA","REQUEST",1,"urged the president to acknowledge them"),
("USA","IGO","CONSULT",0,"attended a summit of the Group of 7"),
("USA","JPN","CONCEDE",1,"had expressed regret over the arrest of an American base worker"),
("JPN","USA","ACCUSE|PROTEST",1,"Mr. Abe had called it \"despicable\""),
("JPN","USA","REQUEST",1,"demanded steps to prevent such crimes"),
]))

ARTS.append(dict(id="CA17", fmt="dump", dump="dump-2.txt", nbsp=True, date="2017-12-21",
headline="U.S. sanctions Myanmar general and Gambia's ex-leader in global human rights crackdown",
why="Thursday December 21, 2017 Global Magnitsky designations",
body="""WASHINGTON — The Trump administration on Thursday imposed sanctions on 13 people around the world accused of serious human rights abuses or corruption, among them a Myanmar army general who oversaw the crackdown on Rohingya Muslims and the former president of Gambia, Yahya Jammeh.

The designations were the first under a 2016 law, the Global Magnitsky Act, that lets the United States freeze the assets of foreign officials anywhere in the world who are involved in abuses. It is named for Sergei Magnitsky, a Russian lawyer who died in a Moscow jail in 2009.

"The United States is committed to holding accountable those who engage in serious human rights abuse and corruption," President Trump wrote in an executive order announcing the step.

The Treasury said Maj. Gen. Maung Maung Soe had commanded forces in Rakhine State during a campaign that drove more than 600,000 Rohingya into Bangladesh since August, an exodus the United Nations has called ethnic cleansing. Soldiers under his command were accused of killings, rapes and the burning of villages.

Myanmar's government rejected the move. Zaw Htay, a spokesman for the office of Aung San Suu Kyi, told reporters that the army had investigated the allegations and found no wrongdoing, and that foreign pressure would not help.

"We do not accept one-sided accusations," he said.

Mr. Jammeh, who ruled Gambia for 22 years before losing an election and fleeing into exile in Equatorial Guinea in January, was accused of running death squads and plundering state funds.

Gambia's new government welcomed the sanctions. Its justice minister said the country would cooperate with any American effort to trace assets that Mr. Jammeh is suspected of moving abroad.

Others on the list included a Chinese police official accused of torturing a human rights lawyer, a Guatemalan congressman, the daughter of Uzbekistan's late president, and Dan Gertler, an Israeli mining magnate with close ties to President Joseph Kabila of Congo.

Mr. Gertler's office said in a statement that he "has never been involved in any corrupt practices" and would challenge the designation.

Congress had pressed the administration for months to use the new law. Senator Ben Cardin of Maryland, one of its authors, said in a statement that the list was "a significant step" but urged Treasury to go further.

Human rights groups said the Myanmar designation was too narrow. "Sanctioning one general is not enough when the entire command structure is implicated," said a statement from Human Rights First.

Myanmar's army chief, Senior Gen. Min Aung Hlaing, was not named.
"""
,people=[("Yahya Jammeh","GMB","former President"),("Sergei Magnitsky","RUS","lawyer"),("Donald Trump","USA","President"),("Maung Maung Soe","MMR","Maj. Gen."),("Zaw Htay","MMR","spokesman, office of Aung San Suu Kyi"),("Aung San Suu Kyi","MMR","State Counsellor"),("Dan Gertler","ISR","mining magnate"),("Joseph Kabila","COD","President"),("Ben Cardin","USA","Senator, Maryland"),("Min Aung Hlaing","MMR","army chief, Senior General")],
events=[
("USA",["MMR","GMB"],"SANCTION",0,"imposed sanctions on 13 people around the world"),
("USA","MMR","SANCTION",1,"a Myanmar army general who oversaw the crackdown"),
("USA","GMB","SANCTION",1,"the former president of Gambia, Yahya Jammeh"),
("MMR","MMR","ASSAULT|COERCE",0,"drove more than 600,000 Rohingya into Bangladesh"),
("UNO","MMR","ACCUSE",1,"an exodus the United Nations has called ethnic cleansing"),
("USA","MMR","ACCUSE",0,"Soldiers under his command were accused of killings"),
("MMR","USA","REJECT",1,"Myanmar's government rejected the move"),
("MMR","USA","REJECT",0,"We do not accept one-sided accusations"),
("USA","GMB","ACCUSE",1,"was accused of running death squads and plundering state funds"),
("GMB","USA","SUPPORT",1,"Gambia's new government welcomed the sanctions"),
("GMB","USA","COOPERATE|AGREE",1,"would cooperate with any American effort to trace assets"),
("USA","CHN","SANCTION|ACCUSE",1,"a Chinese police official accused of torturing a human rights lawyer"),
("USA","ISR","SANCTION",1,"Dan Gertler, an Israeli mining magnate"),
("USA","GTM","SANCTION",1,"a Guatemalan congressman"),
("USA","UZB","SANCTION",1,"the daughter of Uzbekistan's late president"),
("ISR","USA","REJECT",0,"would challenge the designation"),
("USA","USA","REQUEST",0,"Congress had pressed the administration for months"),
("NGO","USA","ACCUSE|REQUEST",1,"Human rights groups said the Myanmar designation was too narrow"),
]))

ARTS.append(dict(id="CA18", fmt="dump", dump="dump-2.txt", nbsp=False, date="2017-09-12",
headline="Trump hosts Malaysia's Najib despite U.S. inquiry into 1MDB fund",
why="Najib at White House Tuesday September 12, 2017",
body="""President Trump welcomed Prime Minister Najib Razak of Malaysia to the White House on Tuesday, praising him as a strong partner in the fight against terrorism even as the Justice Department pursues a sweeping investigation into billions of dollars allegedly looted from a Malaysian state fund he set up.

The two leaders did not mention the inquiry in their public remarks in the Cabinet Room. Instead, Mr. Najib promised to help narrow America's trade deficit with his country, saying Malaysia Airlines would buy Boeing jets and that Malaysia's pension fund would invest more in American infrastructure.

"We come with a strong value proposition," Mr. Najib told Mr. Trump. "We want to help you in terms of your economy."

Mr. Trump thanked him. "It's a great honor to have you here," the president said, adding that the Malaysians were "very big investors in the United States."

The White House said in a statement after the meeting that the two leaders had agreed to deepen security cooperation, including on countering the Islamic State, and to press North Korea to abandon its nuclear weapons.

Malaysia has cut some ties with Pyongyang since the killing of Kim Jong-un's half brother, Kim Jong-nam, at Kuala Lumpur's airport in February, and Mr. Najib said his government had ended visa-free travel for North Koreans.

Critics in both countries said the visit gave legitimacy to a leader facing serious corruption allegations. The Justice Department has filed civil suits to seize more than $1.7 billion in assets that it says were bought with money taken from the fund, 1Malaysia Development Berhad, known as 1MDB.

Mr. Najib has denied any wrongdoing, and Malaysia's attorney general cleared him last year.

Opposition leaders in Malaysia accused him of using the trip to look respectable ahead of elections next year. "He went to Washington to buy a photograph," Lim Kit Siang, an opposition lawmaker, said in a statement.

Democrats in Congress questioned the invitation. Senator Chris Coons, a Delaware Democrat, said it was "deeply troubling" that the president would host a leader under investigation by his own government.

The White House press secretary, Sarah Huckabee Sanders, told reporters that the meeting was about shared interests and that the investigation was an independent matter for the Justice Department.

Mr. Najib, who played golf with President Obama in Hawaii in 2014, has been a frequent visitor to Washington over the years, and his government has long presented itself as a moderate Muslim voice.

Malaysian officials said the prime minister had invited Mr. Trump to visit Kuala Lumpur.
"""
,people=[("Donald Trump","USA","President"),("Najib Razak","MYS","Prime Minister"),("Kim Jong-un","PRK","leader"),("Kim Jong-nam","PRK","half brother of Kim Jong-un"),("Lim Kit Siang","MYS","opposition lawmaker"),("Chris Coons","USA","Senator, Delaware Democrat"),("Sarah Huckabee Sanders","USA","White House press secretary"),("Barack Obama","USA","former President")],
events=[
("USA","MYS","CONSULT",1,"welcomed Prime Minister Najib Razak of Malaysia to the White House"),
("USA","MYS","SUPPORT",1,"praising him as a strong partner in the fight against terrorism"),
("USA","MYS","ACCUSE",0,"billions of dollars allegedly looted from a Malaysian state fund"),
("MYS","USA","AGREE|COOPERATE",1,"Mr. Najib promised to help narrow America's trade deficit"),
("MYS","USA","COOPERATE",0,"Malaysia's pension fund would invest more in American infrastructure"),
("USA","MYS","SUPPORT",1,"Mr. Trump thanked him"),
("USA","MYS","AGREE|COOPERATE",1,"had agreed to deepen security cooperation",1),
("USA","PRK","REQUEST|COERCE",1,"to press North Korea to abandon its nuclear weapons"),
("MYS","PRK","REQUEST|COERCE",1,"to press North Korea to abandon its nuclear weapons"),
("MYS","PRK","RETREAT|SANCTION",1,"Malaysia has cut some ties with Pyongyang"),
("MYS","PRK","SANCTION",1,"had ended visa-free travel for North Koreans"),
("USA","MYS","SANCTION|COERCE",0,"has filed civil suits to seize more than $1.7 billion in assets"),
("MYS","USA","REJECT",0,"Mr. Najib has denied any wrongdoing"),
("MYS","MYS","ACCUSE",1,"Opposition leaders in Malaysia accused him"),
("USA","USA","ACCUSE|PROTEST",1,"it was \"deeply troubling\" that the president would host a leader"),
("MYS","USA","REQUEST|CONSULT",1,"the prime minister had invited Mr. Trump to visit Kuala Lumpur"),
]))

ARTS.append(dict(id="CA19", fmt="dump", dump="dump-3.txt", nbsp=True, date="2017-12-23",
headline="U.S. to supply Ukraine with lethal weapons, and Russia warns of 'bloodshed'",
why="State Department announcement Friday December 22, 2017; Russian reaction 'on Saturday' (December 23)",
body="""The Trump administration has decided to provide Ukraine with lethal weapons for the first time, officials said Friday, a step that President Barack Obama had refused to take for fear of provoking Russia and that Moscow immediately condemned.

The State Department said in a brief statement that the United States would provide Ukraine with "enhanced defensive capabilities" to help it build its long-term defense and protect its sovereignty. Officials said the package would include Javelin anti-tank missiles.

"U.S. assistance is entirely defensive in nature, and as we have always said, Ukraine is a sovereign country and has a right to defend itself," spokeswoman Heather Nauert said.

The announcement followed months of pressure from Congress and from Defense Secretary Jim Mattis, who visited Kiev in August and said he was "actively reviewing" the request.

Russia responded angrily on Saturday. Deputy Foreign Minister Sergei Ryabkov said the United States had "crossed the line" and was pushing Ukraine toward "new bloodshed."

"The United States is not a mediator, but an accomplice in fanning the war," Mr. Ryabkov told state news agencies. He warned that Russia would not stand by if the weapons were used against civilians in the rebel-held east.

A Kremlin spokesman, Dmitry Peskov, said the decision could encourage Kiev to try to retake the Donbass by force.

Ukraine's president, Petro Poroshenko, thanked the administration. He wrote on Twitter that he was "grateful" and that the weapons were "a matter of self-defense, not attack."

The war between Ukrainian forces and Russian-backed separatists has killed more than 10,000 people since 2014. Russia denies sending troops and arms, though Western governments and independent monitors say it has done both.

A cease-fire agreed in Minsk in 2015 has never fully held. Fighting flared again this week near the town of Avdiivka, and monitors from the Organization for Security and Cooperation in Europe reported heavy shelling.

Kurt Volker, the American special envoy for Ukraine, has held several rounds of talks with a Kremlin aide, Vladislav Surkov, on a possible United Nations peacekeeping force, but the two sides remain far apart.

Some Western European allies, including Germany, have warned that arming Ukraine could escalate the conflict, and Berlin did not comment on Saturday.

Senator John McCain, an Arizona Republican, welcomed the decision and said it was "long overdue."

The United States has given Ukraine about $750 million in nonlethal aid since 2014, including radar and night-vision equipment. Officials did not say when the first missiles would arrive or how many would be sent.
"""
,people=[("Barack Obama","USA","former President"),("Heather Nauert","USA","State Department spokeswoman"),("Jim Mattis","USA","Defense Secretary"),("Sergei Ryabkov","RUS","Deputy Foreign Minister"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Petro Poroshenko","UKR","President"),("Kurt Volker","USA","special envoy for Ukraine"),("Vladislav Surkov","RUS","Kremlin aide"),("John McCain","USA","Senator, Arizona Republican")],
events=[
("USA","UKR","AID",1,"has decided to provide Ukraine with lethal weapons"),
("RUS","USA","PROTEST|ACCUSE",1,"Moscow immediately condemned"),
("USA","UKR","SUPPORT",1,"Ukraine is a sovereign country and has a right to defend itself"),
("USA","UKR","CONSULT",0,"who visited Kiev in August"),
("RUS","USA","ACCUSE",1,"had \"crossed the line\""),
("RUS","USA","ACCUSE",1,"an accomplice in fanning the war"),
("RUS","UKR","THREATEN",1,"Russia would not stand by if the weapons were used"),
("RUS","UKR","ACCUSE",0,"could encourage Kiev to try to retake the Donbass by force"),
("UKR","USA","SUPPORT",1,"Ukraine's president, Petro Poroshenko, thanked the administration"),
(["UKR","RUS"],["UKR","RUS"],"ASSAULT",0,"The war between Ukrainian forces and Russian-backed separatists",1),
("RUS","UKR","REJECT",0,"Russia denies sending troops and arms"),
(["WST","IGO"],"RUS","ACCUSE",0,"Western governments and independent monitors say it has done both"),
(["UKR","RUS"],["UKR","RUS"],"ASSAULT",1,"Fighting flared again this week near the town of Avdiivka",1),
("USA","RUS","CONSULT",1,"has held several rounds of talks with a Kremlin aide",1),
("DEU","USA","THREATEN|ACCUSE",0,"have warned that arming Ukraine could escalate the conflict"),
("USA","UKR","AID",0,"has given Ukraine about $750 million in nonlethal aid"),
]))

ARTS.append(dict(id="CA20", fmt="dump", dump="dump-3.txt", nbsp=False, date="2016-04-21",
headline="Obama meets Saudi king in Riyadh as strains over Iran and 9/11 bill linger",
why="Obama meets King Salman Wednesday April 20, 2016; GCC summit Thursday",
earliest="2016-04-20",
body="""RIYADH, Saudi Arabia — President Obama arrived here Wednesday for talks with King Salman aimed at easing tensions with Saudi Arabia, a longtime ally that has grown increasingly frustrated with his policies in the Middle East.

The king did not greet Mr. Obama at the airport, sending instead the governor of Riyadh, a choice that was widely seen as a snub. Saudi state television did not broadcast the president's arrival live.

The two leaders then met for more than two hours at Erga Palace. According to a senior administration official, they discussed the fight against the Islamic State, the war in Yemen and Iran's activities in the region, and agreed to step up cooperation on counterterrorism.

"The United States and Saudi Arabia have had an extraordinary friendship," Mr. Obama said at the start of the meeting. King Salman told the president that the kingdom valued the relationship.

Saudi officials have been angered by the nuclear deal with Iran, which they see as rewarding their chief rival, and by remarks Mr. Obama made in a magazine interview describing Riyadh as a "free rider" that should learn to "share" the region with Tehran.

Another irritant is a bill in Congress that would allow families of victims of the Sept. 11 attacks to sue the Saudi government. Foreign Minister Adel al-Jubeir warned last month that the kingdom could sell off as much as $750 billion in American assets if the bill became law, according to people briefed on the warning.

The White House has said Mr. Obama would veto the bill in its current form. Saudi Arabia has long denied any role in the 2001 attacks.

On Thursday, Mr. Obama is to attend a summit of the Gulf Cooperation Council, where he is expected to urge Gulf leaders to do more to help Iraq and to press them toward a political solution in Yemen, where Saudi airstrikes have killed hundreds of civilians.

The United States has provided intelligence and refueling for the Saudi-led coalition in Yemen, but human rights groups have accused the coalition of striking markets and hospitals.

Defense Secretary Ashton Carter, who met Gulf defense ministers in Riyadh on Wednesday, announced plans to train Gulf special forces and to conduct joint exercises next year.

Iran's foreign ministry spokesman, Hossein Jaber Ansari, criticized the summit, accusing Gulf states of spreading "Iranophobia" and of backing terrorist groups.

Mr. Obama has sought to reassure the Gulf monarchies that Washington will not abandon them. "We will stand by our partners against any external threat," Ben Rhodes, a deputy national security adviser, told reporters.

The president's next stop is London, where he will meet Prime Minister David Cameron and urge Britain to stay in the European Union.
"""
,people=[("Barack Obama","USA","President"),("Salman","SAU","King"),("Adel al-Jubeir","SAU","Foreign Minister"),("Ashton Carter","USA","Defense Secretary"),("Hossein Jaber Ansari","IRN","foreign ministry spokesman"),("Ben Rhodes","USA","deputy national security adviser"),("David Cameron","GBR","Prime Minister")],
events=[
("USA","SAU","CONSULT",1,"President Obama arrived here Wednesday for talks with King Salman"),
("SAU","USA","PROTEST|REJECT",0,"The king did not greet Mr. Obama at the airport"),
("USA","SAU","CONSULT",1,"The two leaders then met for more than two hours",1),
("USA","SAU","AGREE|COOPERATE",1,"agreed to step up cooperation on counterterrorism",1),
("SAU","USA","SUPPORT",0,"the kingdom valued the relationship"),
("SAU","USA","ACCUSE|PROTEST",0,"Saudi officials have been angered by the nuclear deal with Iran"),
("USA","SAU","ACCUSE",1,"describing Riyadh as a \"free rider\""),
("SAU","USA","THREATEN",1,"the kingdom could sell off as much as $750 billion in American assets"),
("USA","USA","THREATEN|REJECT",0,"Mr. Obama would veto the bill"),
("SAU","USA","REJECT",0,"Saudi Arabia has long denied any role in the 2001 attacks"),
("USA","IGO","CONSULT",1,"is to attend a summit of the Gulf Cooperation Council"),
("USA",["IGO","SAU"],"REQUEST",1,"expected to urge Gulf leaders to do more to help Iraq"),
("SAU","YEM","ASSAULT",1,"Saudi airstrikes have killed hundreds of civilians"),
("USA","SAU","AID|COOPERATE",1,"has provided intelligence and refueling for the Saudi-led coalition"),
("NGO","SAU","ACCUSE",1,"human rights groups have accused the coalition of striking markets and hospitals"),
("USA","IGO","CONSULT",0,"who met Gulf defense ministers in Riyadh"),
("USA","IGO","COOPERATE|AID",1,"announced plans to train Gulf special forces"),
("IRN",["IGO","SAU"],"ACCUSE",1,"accusing Gulf states of spreading \"Iranophobia\""),
("USA",["IGO","SAU"],"SUPPORT",1,"We will stand by our partners against any external threat"),
("USA","GBR","CONSULT",1,"where he will meet Prime Minister David Cameron"),
("USA","GBR","REQUEST",0,"urge Britain to stay in the European Union"),
]))
