# Articles CC15-CC20 (page dumps, two per dump)
ARTS = []
def A(**k): ARTS.append(k)

A(id="CC15", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="Egypt declares state of emergency after ISIS bombs two Coptic churches",
published=("2017-04-10","2017-04-10","Palm Sunday bombings 'on Sunday' (9 April 2017); emergency approved by parliament 'on Monday'"),
body="""CAIRO — President Abdel Fattah el-Sisi declared a three-month state of emergency across Egypt on Sunday night after suicide bombers struck two Coptic Christian churches during Palm Sunday services, killing at least 44 people in the deadliest day of violence against the country's Christian minority in decades.

The first blast tore through St. George's Church in the Nile Delta city of Tanta, killing 27 people as worshipers filled the pews. Hours later, a second bomber blew himself up at the gate of St. Mark's Cathedral in Alexandria, where Pope Tawadros II, the head of the Coptic Orthodox Church, had just led Mass. The pope was unharmed.

The Islamic State claimed both attacks through its Amaq news agency and said its fighters would continue to target "crusaders and their tyrant followers" in Egypt.

In a televised speech after a meeting of the National Defense Council, Mr. Sisi said the attacks were aimed at dividing Egyptians and ordered the army to deploy alongside the police to protect vital installations and churches across the country. Parliament approved the emergency measures on Monday.

"The war against terrorism will be long and painful," he said.

Mr. Sisi also accused unnamed countries of financing and arming the militants, an apparent reference to Qatar and Turkey, which have backed the Muslim Brotherhood. Both governments condemned the bombings and offered their condolences.

The Coptic Church called for calm but did not hide its anger. "We are targeted while we pray," a priest in Tanta told reporters outside the damaged church. Relatives of victims shouted at the provincial security chief, accusing the police of failing to protect the building, which had been the target of a bomb that was defused a week earlier.

The Interior Ministry dismissed the Gharbia Province security director hours after the attack.

President Trump, who welcomed Mr. Sisi to the White House only a week ago and praised his fight against terrorism, wrote on Twitter that he had "great confidence" that the Egyptian president would handle the situation properly. He said the United States "strongly condemns" the attacks.

Pope Francis, who is scheduled to visit Cairo this month, expressed his "deep condolences" to Pope Tawadros and the Egyptian people. The Vatican said the trip would go ahead.

Al-Azhar, the country's leading Sunni Muslim institution, condemned the attacks as "a despicable terrorist bombing" that violated the sanctity of human life.

Israel closed its Taba border crossing to tourists traveling into Sinai, citing the threat of further attacks.

The Islamic State's affiliate in Egypt, based in the Sinai Peninsula, has increasingly targeted Christians. In December, a suicide bomber killed 29 people at a chapel next to St. Mark's Cathedral in Cairo, and militants have driven hundreds of Christian families out of the northern Sinai town of El Arish.

Human rights groups warned that the state of emergency could be used to widen a crackdown on dissent. Egypt already holds tens of thousands of political prisoners, many of them Islamists detained since the military ousted President Mohamed Morsi in 2013.
"""),

A(id="CC16", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="Hezbollah announces cease-fire with militants in Lebanon's Arsal hills",
published=("2017-07-27","2017-07-27","cease-fire 'on Thursday' (27 July 2017) after the offensive launched 'last Friday' (21 July 2017)"),
body="""BEIRUT — Hezbollah announced a cease-fire on Thursday with the militants of the former Nusra Front in the mountains along Lebanon's border with Syria, after a six-day offensive in which the Shiite group said it had seized most of the territory held by the jihadists.

The truce, which took effect at 6 a.m., is meant to lead to an agreement under which the militants and their families would leave for the rebel-held province of Idlib in northern Syria, according to a statement carried by Hezbollah's Al Manar television.

Lebanon's chief of General Security, Maj. Gen. Abbas Ibrahim, has been negotiating the terms with the militants through intermediaries, Lebanese officials said. A main demand of the militants is the release of some of their members held in Lebanese prisons.

Hezbollah launched the offensive last Friday together with the Syrian army, which attacked from the Syrian side of the border around the town of Flita. Syrian warplanes struck militant positions in the barren hills, while Hezbollah fighters advanced on foot.

Hassan Nasrallah, the leader of Hezbollah, said in a televised speech on Wednesday that the militants had been defeated and offered them a last chance to surrender. "The military battle is almost over," he said. "What remains is for them to leave."

The Lebanese Army did not take part in the assault but deployed troops around the town of Arsal to prevent militants from slipping into the town, which is home to tens of thousands of Syrian refugees. Army officials said soldiers had shelled militants trying to approach its positions.

Prime Minister Saad Hariri, whose government includes Hezbollah ministers, has said the army alone is responsible for the country's defense. He told reporters last week that the government had not approved the Hezbollah operation, but he did not call for it to stop.

Critics of Hezbollah accused it of dragging Lebanon into the Syrian war. "Hezbollah is acting as if there is no state," said Samir Geagea, the leader of the Lebanese Forces party. He called on the government to assert its authority on the border.

The United States, which lists Hezbollah as a terrorist organization and has given the Lebanese Army more than $1.5 billion in aid since 2006, said that only the army should defend Lebanon. "We continue to support the Lebanese Armed Forces as the sole legitimate defender of Lebanon," the American Embassy said in a statement.

Hezbollah said 24 of its fighters had been killed in the fighting. It said more than 140 militants had died.

After the Nusra fighters leave, Hezbollah and the Lebanese Army are expected to turn to a separate pocket of the border held by the Islamic State near the town of Ras Baalbek.

Hezbollah has sent thousands of fighters to Syria since 2013 to fight for President Bashar al-Assad, a decision that has brought retaliatory bombings on Lebanese soil.
"""),

A(id="CC17", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="Rouhani wins second term as Iranians back his opening to the world",
published=("2017-05-20","2017-05-20","results announced 'on Saturday' 20 May 2017 after Friday's vote"),
body="""TEHRAN — President Hassan Rouhani won a decisive victory in Iran's presidential election, official results showed on Saturday, giving him a second four-year term and a strong mandate to pursue greater engagement with the world.

Mr. Rouhani, a cleric who negotiated the 2015 nuclear agreement with world powers, received 57 percent of the vote, the Interior Ministry said. His main rival, the hard-line cleric Ebrahim Raisi, took 38 percent. Turnout was more than 70 percent, with long lines forcing polling stations to stay open until midnight on Friday.

In a televised address, Mr. Rouhani thanked voters and said they had chosen "the path of interaction with the world, away from violence and extremism."

Supporters poured into the streets of Tehran overnight, honking horns and chanting his name. Some shouted slogans in support of Mir Hossein Moussavi and Mehdi Karroubi, opposition leaders who have been under house arrest since 2011.

Mr. Raisi did not concede immediately. His campaign filed complaints with the Guardian Council alleging irregularities at some polling stations, and he said in a statement that he would pursue them through legal channels.

Ayatollah Ali Khamenei, the supreme leader, praised the high turnout as a sign of the nation's trust in the Islamic Republic but did not congratulate the president by name.

The victory came as President Trump arrived in Saudi Arabia, Iran's main regional rival, on his first foreign trip. In Riyadh, Secretary of State Rex W. Tillerson said he hoped Mr. Rouhani would use his second term to end Iran's "network of terrorism" and stop testing ballistic missiles.

Iran's foreign minister, Mohammad Javad Zarif, mocked the American visit. "Iran — fresh from real elections — attacked by POTUS in that bastion of democracy and moderation," he wrote on Twitter, after Mr. Trump sharply criticized Iran in a speech in Riyadh.

European leaders welcomed the result. The European Union's foreign policy chief, Federica Mogherini, congratulated Mr. Rouhani and said the bloc was ready to keep working with Iran on the nuclear deal and regional issues.

Russia's president, Vladimir Putin, also sent a message of congratulations and said he was confident cooperation between the two countries would continue to deepen.

During the campaign, Mr. Rouhani openly attacked the Revolutionary Guards and the judiciary, accusing them of trying to sabotage his efforts to attract foreign investment. His language was unusually blunt for a sitting president.

The nuclear deal has lifted many international sanctions, but ordinary Iranians have seen few benefits. Unemployment remains above 12 percent, and American sanctions that are still in place have deterred many Western banks from doing business with Iran.

On Wednesday, the Trump administration extended sanctions relief under the nuclear deal but also imposed new penalties on several Iranian officials and a Chinese company over the ballistic missile program.
"""),

A(id="CC18", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="Kenyan election official found tortured and killed a week before vote",
published=("2017-07-31","2017-07-31","body identified 'on Monday' (31 July 2017); election 'on Aug. 8'"),
body="""NAIROBI, Kenya — A senior official of Kenya's election commission in charge of its electronic voting system was found tortured and killed, the commission's chairman said on Monday, raising fears of violence and fraud eight days before a fiercely contested presidential election.

The body of Chris Msando, the acting head of information technology at the Independent Electoral and Boundaries Commission, was found in a forest outside Nairobi along with that of a young woman. Mr. Msando had been missing since Friday night.

"There was no doubt that he was tortured and murdered," the commission's chairman, Wafula Chebukati, told reporters, his voice breaking. "The only question in our minds is who killed him and why."

Mr. Chebukati called on the government to provide security for all election officials and demanded a swift investigation. Mr. Msando had appeared on television only days earlier to explain that the new electronic system would prevent rigging.

President Uhuru Kenyatta, who is seeking a second term, condemned the killing and promised that the police would find those responsible. "This is a heinous act," a spokesman for the president, Manoah Esipisu, said. The Interior Ministry said detectives had been assigned to the case.

The opposition leader, Raila Odinga, accused the government of trying to steal the election and said Mr. Msando had been killed to gain access to the voting system. "They want to rig this election," Mr. Odinga said at a news conference. He demanded that the government allow independent investigators to take part in the inquiry.

The government denied any role in the killing. The acting interior minister, Fred Matiang'i, called the accusation "reckless" and warned politicians not to inflame tensions.

The American and British ambassadors offered help with the investigation. Robert Godec, the United States ambassador, and Nic Hailey, the British high commissioner, said in a joint statement that their countries were ready to provide forensic experts to assist the Kenyan police. They called on all sides to ensure that the vote was free, fair and peaceful.

The United Nations secretary general, Antonio Guterres, urged Kenyans to reject violence. His spokesman said the United Nations was following events "with concern."

More than 1,100 people were killed in ethnic violence after the disputed 2007 election, and Mr. Odinga, who lost that contest and the one in 2013, has said he will not accept results from a rigged vote.

On the same weekend, a group of armed men attacked the home of Deputy President William Ruto in the Rift Valley. A police officer was shot and wounded before security forces killed the attacker, officials said.

Human Rights Watch said the killing was a blow to confidence in the electoral process and urged the police to conduct a transparent inquiry.

Kenyans vote on Aug. 8 in elections for president, parliament and local offices.
"""),

A(id="CC19", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Dozens killed in Kinshasa as protesters demand Kabila step down",
published=("2016-09-20","2016-09-20","clashes 'on Monday' (19 September 2016) with violence continuing 'on Tuesday'; Kabila's term ends 'in December'"),
body="""KINSHASA, Congo — Security forces in the Democratic Republic of Congo fired on protesters in the capital on Monday and Tuesday as thousands took to the streets to demand that President Joseph Kabila leave office when his term ends in December, leaving at least 44 people dead, according to human rights groups.

The government put the death toll at 17, including three police officers, and said the protesters had burned police stations and the offices of ruling party members. The interior minister, Evariste Boshab, accused opposition leaders of organizing an "insurrection."

The headquarters of several opposition parties were set on fire overnight, and two people were found burned to death inside one of them. The opposition blamed the police and soldiers in civilian clothes. The government denied any involvement.

The protests were called by a coalition of opposition parties led by Etienne Tshisekedi, the country's veteran opposition leader, after the electoral commission failed to announce the date of the presidential vote by Monday, as the Constitution requires.

The commission has said it cannot organize a vote before 2018 because of the need to register millions of voters. Mr. Kabila's opponents say that delay is a ploy to keep him in power, since the Constitution bars him from seeking a third term.

"The people have given Kabila his notice," said Felix Tshisekedi, a senior official of his father's party, the Union for Democracy and Social Progress. "We will not negotiate with a regime that shoots its own citizens."

The government has been holding talks on the electoral calendar with some opposition groups under the auspices of the African Union's envoy, Edem Kodjo, a former prime minister of Togo. The main opposition parties have boycotted the dialogue.

The United States condemned the violence and said it would consider sanctions against officials responsible. "We call on the government to respect the rights of its citizens to peacefully assemble," the State Department said in a statement.

The European Union's foreign policy chief, Federica Mogherini, urged all parties to show restraint and said the bloc was ready to use "all the means at its disposal" to prevent further violence.

The United Nations mission in Congo, the world's largest peacekeeping operation, said its human rights staff had documented killings by both security forces and protesters. The U.N. high commissioner for human rights, Zeid Ra'ad al-Hussein, called for an independent investigation.

Lambert Mende, the government spokesman, rejected foreign criticism and said that Western countries were encouraging violence. "Congo is not a protectorate," he said.

The police arrested more than 300 people, according to the interior minister. Some foreign journalists were briefly detained and their equipment seized.

Mr. Kabila, 45, came to power in 2001 after the assassination of his father, Laurent-Desire Kabila. He has not said publicly whether he intends to step down.

Shops remained closed on Tuesday, and the streets of central Kinshasa were largely deserted.
"""),

A(id="CC20", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="India says it carried out 'surgical strikes' across Kashmir line; Pakistan denies it",
published=("2016-09-29","2016-09-29","strikes announced 'on Thursday' (29 September 2016), 11 days after the Uri attack of 18 September"),
body="""NEW DELHI — India said on Thursday that its army had carried out "surgical strikes" against militants across the Line of Control that divides Kashmir, inflicting "significant casualties," in its first acknowledged military response to a deadly attack on an Indian army base this month.

The director general of military operations, Lt. Gen. Ranbir Singh, told reporters that special forces had struck several "launch pads" overnight where militants were preparing to infiltrate into Indian-controlled Kashmir. He said the operation had ended and that India had no plans for further action.

"It is not our intention to continue with further operations," General Singh said. He said he had spoken to his Pakistani counterpart to inform him of the strikes.

Pakistan denied that any such strikes had taken place. Its military said two of its soldiers had been killed in cross-border firing overnight, and described the Indian claim as "an illusion" meant to satisfy public opinion at home.

Prime Minister Nawaz Sharif condemned what he called "the unprovoked and naked aggression of Indian forces" and said Pakistan's armed forces were capable of defending the country. "Our desire for peace should not be taken as weakness," he said in a statement.

The strikes came 11 days after militants attacked an army base in Uri, near the line, killing 19 Indian soldiers. India blamed Jaish-e-Mohammed, a militant group based in Pakistan, and accused Islamabad of sponsoring terrorism. Pakistan rejected the accusation.

Prime Minister Narendra Modi had promised that the attackers would not go unpunished. His government has since tried to isolate Pakistan diplomatically. On Wednesday, India said it would not attend a regional summit scheduled for November in Islamabad, and Bangladesh, Afghanistan and Bhutan followed suit.

India's home minister, Rajnath Singh, ordered the evacuation of villages along the border in Punjab, and security forces were placed on high alert.

The United States urged both sides to avoid escalation. "We continue to call for calm and restraint," a State Department spokesman, John Kirby, told reporters. The national security adviser, Susan E. Rice, spoke by phone with her Indian counterpart, Ajit Doval, and condemned the Uri attack, the White House said.

China called on both countries to resolve their differences through dialogue. "As a shared neighbor and friend, China hopes that the two sides will exercise restraint," said a Foreign Ministry spokesman, Geng Shuang.

The United Nations secretary general, Ban Ki-moon, offered his good offices to help ease tensions, his spokesman said.

Indian opposition parties rallied behind the government. Rahul Gandhi, the vice president of the Congress party, said the army had shown courage and that the country stood with it.

Pakistan's stock market fell nearly 4 percent on the news, and the rupee weakened.

India and Pakistan have fought three wars since independence in 1947, two of them over Kashmir, which both claim in full.
"""),

ANN = {}
ANN["CC15"] = dict(
people=[("Abdel Fattah el-Sisi","EGY","President"),("Tawadros II","EGY","Pope, head of the Coptic Orthodox Church"),("Donald Trump","USA","President"),("Pope Francis","VAT","Pope"),("Mohamed Morsi","EGY","former President")],
events=[
 ("EGY","EGY",["COERCE","MOBILIZE"],True,"declared a three-month state of emergency across Egypt"),
 ("EGY","EGY",["ASSAULT"],True,"suicide bombers struck two Coptic Christian churches"),
 ("EGY","EGY",["THREATEN"],False,"would continue to target \"crusaders and their tyrant followers\""),
 ("EGY","EGY",["MOBILIZE"],True,"ordered the army to deploy alongside the police"),
 ("EGY",["QAT","TUR"],["ACCUSE"],True,"accused unnamed countries of financing and arming the militants"),
 (("QAT","TUR"),"EGY",["SUPPORT"],True,"Both governments condemned the bombings and offered their condolences"),
 ("EGY","EGY",["ACCUSE"],True,"accusing the police of failing to protect the building"),
 ("EGY","EGY",["COERCE","SANCTION"],False,"dismissed the Gharbia Province security director"),
 ("USA","EGY",["SUPPORT"],True,"he had \"great confidence\" that the Egyptian president"),
 ("EGY","USA",["CONSULT"],False,"welcomed Mr. Sisi to the White House"),
 ("VAT","EGY",["SUPPORT"],True,"expressed his \"deep condolences\""),
 ("VAT","EGY",["CONSULT"],False,"is scheduled to visit Cairo this month"),
 ("ISR","EGY",["SANCTION","REJECT"],True,"Israel closed its Taba border crossing"),
 ("EGY","EGY",["COERCE"],False,"have driven hundreds of Christian families out"),
 ("NGO","EGY",["ACCUSE"],True,"the state of emergency could be used to widen a crackdown on dissent"),
 ("EGY","EGY",["COERCE"],False,"Egypt already holds tens of thousands of political prisoners"),
])
ANN["CC16"] = dict(
people=[("Abbas Ibrahim","LBN","chief of General Security"),("Hassan Nasrallah","LBN","leader of Hezbollah"),("Saad Hariri","LBN","Prime Minister"),("Samir Geagea","LBN","leader of the Lebanese Forces party"),("Bashar al-Assad","SYR","President")],
events=[
 ("LBN","SYR",["AGREE","RETREAT"],True,"Hezbollah announced a cease-fire on Thursday",True),
 ("LBN","SYR",["CONSULT"],True,"has been negotiating the terms with the militants through intermediaries",True),
 ("SYR","LBN",["REQUEST"],True,"A main demand of the militants is the release"),
 ("LBN","SYR",["ASSAULT"],True,"Hezbollah launched the offensive last Friday"),
 ("SYR","LBN",["COOPERATE"],True,"together with the Syrian army",True),
 ("SYR","SYR",["ASSAULT"],True,"Syrian warplanes struck militant positions"),
 ("LBN","SYR",["THREATEN","REQUEST"],True,"offered them a last chance to surrender"),
 ("LBN","LBN",["MOBILIZE"],True,"deployed troops around the town of Arsal"),
 ("LBN","SYR",["ASSAULT"],True,"soldiers had shelled militants"),
 ("LBN","LBN",["REJECT"],False,"the government had not approved the Hezbollah operation"),
 ("LBN","LBN",["ACCUSE"],True,"accused it of dragging Lebanon into the Syrian war"),
 ("LBN","LBN",["REQUEST"],True,"He called on the government to assert its authority"),
 ("USA","LBN",["SANCTION","ACCUSE"],False,"lists Hezbollah as a terrorist organization"),
 ("USA","LBN",["AID"],True,"has given the Lebanese Army more than $1.5 billion in aid"),
 ("USA","LBN",["SUPPORT"],True,"We continue to support the Lebanese Armed Forces"),
 ("LBN","SYR",["SUPPORT","AID","MOBILIZE"],False,"Hezbollah has sent thousands of fighters to Syria"),
])
ANN["CC17"] = dict(
people=[("Hassan Rouhani","IRN","President"),("Ebrahim Raisi","IRN","cleric, presidential candidate"),("Mir Hossein Moussavi","IRN","opposition leader"),("Mehdi Karroubi","IRN","opposition leader"),("Ali Khamenei","IRN","supreme leader"),("Donald Trump","USA","President"),("Rex W. Tillerson","USA","Secretary of State"),("Mohammad Javad Zarif","IRN","foreign minister"),("Federica Mogherini","EUR","foreign policy chief"),("Vladimir Putin","RUS","President")],
events=[
 ("IRN",["USA","CHN","RUS","GBR","FRA","DEU"],["AGREE"],False,"negotiated the 2015 nuclear agreement with world powers"),
 ("IRN","IRN",["COERCE"],False,"under house arrest since 2011"),
 ("IRN","IRN",["ACCUSE","PROTEST"],True,"filed complaints with the Guardian Council alleging irregularities"),
 ("USA","SAU",["CONSULT"],True,"President Trump arrived in Saudi Arabia"),
 ("USA","IRN",["REQUEST","ACCUSE"],True,"hoped Mr. Rouhani would use his second term to end Iran's \"network of terrorism\""),
 ("IRN","USA",["ACCUSE"],True,"mocked the American visit"),
 ("USA","IRN",["ACCUSE"],True,"Mr. Trump sharply criticized Iran in a speech in Riyadh"),
 ("EUR","IRN",["SUPPORT"],True,"congratulated Mr. Rouhani"),
 ("EUR","IRN",["AGREE","COOPERATE"],True,"the bloc was ready to keep working with Iran"),
 ("RUS","IRN",["SUPPORT"],True,"sent a message of congratulations"),
 ("RUS","IRN",["COOPERATE"],False,"cooperation between the two countries would continue to deepen",True),
 ("IRN","IRN",["ACCUSE"],True,"accusing them of trying to sabotage his efforts"),
 ("USA","IRN",["CONCEDE"],True,"extended sanctions relief under the nuclear deal"),
 ("USA","IRN",["SANCTION"],True,"imposed new penalties on several Iranian officials"),
 ("USA","CHN",["SANCTION"],True,"and a Chinese company"),
 (["USA","WST"],"IRN",["SANCTION"],False,"have deterred many Western banks from doing business with Iran"),
])
ANN["CC18"] = dict(
people=[("Chris Msando","KEN","acting head of information technology, IEBC"),("Wafula Chebukati","KEN","chairman, IEBC"),("Uhuru Kenyatta","KEN","President"),("Manoah Esipisu","KEN","spokesman for the president"),("Raila Odinga","KEN","opposition leader"),("Fred Matiang'i","KEN","acting interior minister"),("Robert Godec","USA","ambassador"),("Nic Hailey","GBR","British high commissioner"),("Antonio Guterres","UNO","secretary general"),("William Ruto","KEN","Deputy President")],
events=[
 ("KEN","KEN",["ASSAULT"],True,"was found tortured and killed"),
 ("KEN","KEN",["REQUEST"],True,"called on the government to provide security for all election officials"),
 ("KEN","KEN",["REQUEST"],False,"demanded a swift investigation"),
 ("KEN","KEN",["ACCUSE"],True,"condemned the killing"),
 ("KEN","KEN",["ACCUSE"],True,"accused the government of trying to steal the election"),
 ("KEN","KEN",["REQUEST"],True,"He demanded that the government allow independent investigators"),
 ("KEN","KEN",["REJECT"],True,"The government denied any role in the killing"),
 ("KEN","KEN",["THREATEN","REQUEST"],False,"warned politicians not to inflame tensions"),
 ("USA","KEN",["AID","AGREE"],True,"The American and British ambassadors offered help with the investigation"),
 ("GBR","KEN",["AID","AGREE"],True,"were ready to provide forensic experts"),
 (("USA","GBR"),"KEN",["REQUEST"],True,"They called on all sides to ensure that the vote was free"),
 ("UNO","KEN",["REQUEST"],True,"urged Kenyans to reject violence"),
 ("KEN","KEN",["REJECT","THREATEN"],False,"he will not accept results from a rigged vote"),
 ("KEN","KEN",["ASSAULT"],True,"a group of armed men attacked the home of Deputy President William Ruto"),
 ("NGO","KEN",["REQUEST"],True,"urged the police to conduct a transparent inquiry"),
])
ANN["CC19"] = dict(
people=[("Joseph Kabila","COD","President"),("Evariste Boshab","COD","interior minister"),("Etienne Tshisekedi","COD","opposition leader"),("Felix Tshisekedi","COD","senior official, Union for Democracy and Social Progress"),("Edem Kodjo","TGO","African Union envoy, former prime minister of Togo"),("Federica Mogherini","EUR","foreign policy chief"),("Zeid Ra'ad al-Hussein","JOR","U.N. high commissioner for human rights"),("Lambert Mende","COD","government spokesman"),("Laurent-Desire Kabila","COD","former President")],
events=[
 ("COD","COD",["ASSAULT"],True,"fired on protesters in the capital"),
 ("COD","COD",["PROTEST"],True,"thousands took to the streets to demand that President Joseph Kabila leave office"),
 ("COD","COD",["ASSAULT","PROTEST"],False,"the protesters had burned police stations"),
 ("COD","COD",["ACCUSE"],True,"accused opposition leaders of organizing an \"insurrection.\""),
 ("COD","COD",["ACCUSE"],True,"The opposition blamed the police"),
 ("COD","COD",["REJECT"],True,"The government denied any involvement"),
 ("COD","COD",["ACCUSE"],False,"that delay is a ploy to keep him in power"),
 ("COD","COD",["REJECT"],True,"We will not negotiate with a regime that shoots its own citizens"),
 ("COD","COD",["CONSULT"],False,"has been holding talks on the electoral calendar with some opposition groups",True),
 ("IGO","COD",["CONSULT","COOPERATE"],False,"under the auspices of the African Union's envoy"),
 ("COD","COD",["REJECT"],True,"The main opposition parties have boycotted the dialogue"),
 ("USA","COD",["ACCUSE"],True,"The United States condemned the violence"),
 ("USA","COD",["THREATEN"],True,"would consider sanctions against officials responsible"),
 ("USA","COD",["REQUEST"],False,"We call on the government to respect the rights"),
 ("EUR","COD",["REQUEST"],True,"urged all parties to show restraint"),
 ("EUR","COD",["THREATEN"],False,"ready to use \"all the means at its disposal\""),
 ("UNO","COD",["ACCUSE"],False,"documented killings by both security forces and protesters"),
 ("UNO","COD",["REQUEST"],True,"called for an independent investigation"),
 ("COD","WST",["REJECT","ACCUSE"],True,"Western countries were encouraging violence"),
 ("COD","COD",["COERCE"],True,"The police arrested more than 300 people"),
 ("COD","WST",["COERCE"],False,"Some foreign journalists were briefly detained"),
])
ANN["CC20"] = dict(
people=[("Ranbir Singh","IND","director general of military operations"),("Nawaz Sharif","PAK","Prime Minister"),("Narendra Modi","IND","Prime Minister"),("Rajnath Singh","IND","home minister"),("John Kirby","USA","State Department spokesman"),("Susan E. Rice","USA","national security adviser"),("Ajit Doval","IND","national security adviser"),("Geng Shuang","CHN","Foreign Ministry spokesman"),("Ban Ki-moon","UNO","secretary general"),("Rahul Gandhi","IND","vice president of the Congress party")],
events=[
 ("IND","PAK",["ASSAULT"],True,"had carried out \"surgical strikes\" against militants across the Line of Control"),
 ("IND","PAK",["CONSULT"],True,"he had spoken to his Pakistani counterpart"),
 ("PAK","IND",["REJECT"],True,"Pakistan denied that any such strikes had taken place"),
 ("IND","PAK",["ASSAULT"],False,"two of its soldiers had been killed in cross-border firing",True),
 ("PAK","IND",["ACCUSE"],True,"the unprovoked and naked aggression of Indian forces"),
 ("PAK","IND",["THREATEN"],False,"Our desire for peace should not be taken as weakness"),
 ("PAK","IND",["ASSAULT"],False,"militants attacked an army base in Uri"),
 ("IND","PAK",["ACCUSE"],True,"accused Islamabad of sponsoring terrorism"),
 ("PAK","IND",["REJECT"],True,"Pakistan rejected the accusation"),
 ("IND","PAK",["THREATEN"],False,"the attackers would not go unpunished"),
 ("IND","PAK",["REJECT","SANCTION"],True,"India said it would not attend a regional summit"),
 (("BGD","AFG","BTN"),"PAK",["REJECT"],True,"Bangladesh, Afghanistan and Bhutan followed suit"),
 ("IND","IND",["MOBILIZE"],False,"security forces were placed on high alert"),
 ("USA",["IND","PAK"],["REQUEST"],True,"urged both sides to avoid escalation"),
 ("USA","IND",["CONSULT"],True,"spoke by phone with her Indian counterpart, Ajit Doval"),
 ("USA","PAK",["ACCUSE"],False,"condemned the Uri attack"),
 ("CHN",["IND","PAK"],["REQUEST"],True,"China called on both countries to resolve their differences"),
 ("UNO",["IND","PAK"],["AID","SUPPORT"],True,"offered his good offices"),
 ("IND","IND",["SUPPORT"],False,"Indian opposition parties rallied behind the government"),
])
