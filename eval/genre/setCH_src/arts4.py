ARTS = []
def A(**k): ARTS.append(k)

A(id="CH15", headline="World court orders U.S. to ease Iran sanctions on humanitarian goods; Pompeo scraps 1955 treaty",
date="2018-10-03", why="ICJ order and Pompeo announcement on Wednesday, Oct. 3, 2018",
text="""World court orders U.S. to ease Iran sanctions on humanitarian goods; Pompeo scraps 1955 treaty

The United Nations' highest court on Wednesday ordered the United States to ensure that its renewed sanctions on Iran do not block imports of medicine, food and aircraft parts, handing Tehran a partial legal victory in its fight against the Trump administration.

Within hours, Secretary of State Mike Pompeo announced that Washington was terminating a 1955 friendship treaty with Iran on which the case was based.

The International Court of Justice in The Hague said in a unanimous preliminary ruling that the United States must remove "any impediments" to the export to Iran of humanitarian goods and of equipment needed for civil aviation safety.

The court did not grant Iran's broader request to suspend all the sanctions that President Trump reimposed after withdrawing from the 2015 nuclear accord in May.

Iran's foreign minister, Mohammad Javad Zarif, hailed the order as "another failure for sanctions-addicted" American officials and "a victory for the rule of law." He wrote on Twitter that the United States must comply.

Mr. Pompeo dismissed the ruling. He told reporters at the State Department that Iran had brought a "meritless case" and that the court had no jurisdiction over sanctions imposed to protect American national security.

"This is a decision 39 years overdue," Mr. Pompeo said of the treaty's termination, referring to the 1979 revolution and the seizure of the American Embassy in Tehran.

He insisted that the United States already allowed exceptions for humanitarian trade and would keep working with the Treasury to make sure the sanctions did not fall on ordinary Iranians.

The national security adviser, John Bolton, went further. He announced that the United States was also withdrawing from an optional protocol that gives the court jurisdiction in disputes under the Vienna Convention on Diplomatic Relations.

Mr. Bolton said the move was prompted by a case brought by the "so-called State of Palestine" challenging the relocation of the American Embassy in Israel to Jerusalem.

Legal experts said the court's order was binding but that it had no means to enforce it. The United States has ignored the court's rulings in the past.

Iran filed the case in July, arguing that the sanctions violated the Treaty of Amity, Economic Relations and Consular Rights, signed in 1955 when the shah was in power.

The ruling came as the administration prepares a second round of sanctions, targeting Iran's oil exports and its central bank, which takes effect on Nov. 4.

European governments, which have opposed the reimposition of sanctions, are working on a special payment channel to let companies keep trading with Iran.
""",
people=[("Mike Pompeo","USA","Secretary of State"),("Donald Trump","USA","President"),("Mohammad Javad Zarif","IRN","Foreign Minister"),("John Bolton","USA","national security adviser")],
events=[
(["IGO","UNO"],"USA","REQUEST COERCE",True,"ordered the United States to ensure that its renewed sanctions on Iran do not block imports",0),
("USA","IRN","SANCTION",False,"its renewed sanctions on Iran",0),
("USA","IRN","REJECT SANCTION",True,"Washington was terminating a 1955 friendship treaty with Iran",0),
(["IGO","UNO"],"IRN","REJECT",False,"The court did not grant Iran's broader request",0),
("IRN","USA","ACCUSE",True,"another failure for sanctions-addicted",0),
("IRN","USA","REQUEST",True,"the United States must comply",0),
("USA",["IGO","UNO"],"REJECT",True,"Mr. Pompeo dismissed the ruling",0),
("USA","IRN","ACCUSE",True,"Iran had brought a \"meritless case\"",0),
("USA",["IGO","UNO"],"REJECT RETREAT",True,"the United States was also withdrawing from an optional protocol",0),
("USA","PSE","ACCUSE",False,"a case brought by the \"so-called State of Palestine\"",0),
("PSE","USA","ACCUSE",True,"a case brought by the \"so-called State of Palestine\" challenging the relocation",0),
("IRN","USA","ACCUSE",True,"Iran filed the case in July, arguing that the sanctions violated the Treaty of Amity",0),
("USA","IRN","SANCTION",True,"a second round of sanctions, targeting Iran's oil exports and its central bank",0),
("EUR","IRN","COOPERATE",False,"a special payment channel to let companies keep trading with Iran",0),
])

A(id="CH16", headline="U.S. sanctions 17 Saudis over Khashoggi killing as Riyadh seeks death penalty for five",
date="2018-11-15", why="Treasury sanctions and Saudi prosecutor statement on Thursday, Nov. 15, 2018",
text="""U.S. sanctions 17 Saudis over Khashoggi killing as Riyadh seeks death penalty for five

The Trump administration on Thursday imposed sanctions on 17 Saudi officials over the killing of the journalist Jamal Khashoggi, including a top aide to Crown Prince Mohammed bin Salman, but stopped short of targeting the Saudi government itself.

The measures were announced hours after Saudi Arabia's public prosecutor said he would seek the death penalty for five people charged in the killing, and insisted that the crown prince had no knowledge of the operation.

Among those named by the Treasury Department were Saud al-Qahtani, a close adviser to the crown prince who was fired last month, and Mohammed al-Otaibi, the Saudi consul general in Istanbul. The rest were members of the team that flew to Turkey on Oct. 2.

"The Saudi officials we are sanctioning were involved in the abhorrent killing of a journalist who resided and worked in the United States," Treasury Secretary Steven Mnuchin said in a statement. "These individuals must face consequences for their actions."

Mr. Khashoggi, a Washington Post contributing columnist and a critic of the crown prince, was killed inside the Saudi consulate in Istanbul, where he had gone to obtain papers for his marriage.

The Saudi prosecutor, Shalaan al-Shalaan, told reporters in Riyadh that the team had been sent to persuade Mr. Khashoggi to return home, but that its leader ordered him killed after talks failed. His body was dismembered and handed to a local collaborator, he said.

Turkey rejected the Saudi account. Foreign Minister Mevlut Cavusoglu said the explanation was "not satisfactory" and repeated Ankara's demand that the suspects be tried in Turkey.

"The murder was premeditated," Mr. Cavusoglu told reporters. "Those who gave the orders must be revealed."

Members of Congress from both parties said the sanctions did not go far enough. Senator Bob Corker, the Republican chairman of the Foreign Relations Committee, said the administration must hold the crown prince accountable if he ordered the killing.

A bipartisan group of senators introduced a bill that would suspend arms sales to Saudi Arabia and impose sanctions on anyone responsible for the death.

President Trump has repeatedly stressed the importance of the Saudi relationship, citing arms sales and Riyadh's role in containing Iran. He has said he would not cancel weapons contracts worth billions of dollars.

The Saudi foreign minister, Adel al-Jubeir, said the kingdom would not hand over any suspects to Turkey. He called the crown prince a "red line."

Mr. Khashoggi's fiancee, Hatice Cengiz, urged world leaders to seek justice and asked that his remains be returned to his family.
""",
people=[("Jamal Khashoggi","SAU","journalist, Washington Post contributing columnist"),("Mohammed bin Salman","SAU","Crown Prince"),
("Saud al-Qahtani","SAU","adviser to the crown prince"),("Mohammed al-Otaibi","SAU","consul general in Istanbul"),("Steven Mnuchin","USA","Treasury Secretary"),
("Shalaan al-Shalaan","SAU","public prosecutor"),("Mevlut Cavusoglu","TUR","Foreign Minister"),("Bob Corker","USA","Senator, chairman of Foreign Relations Committee"),
("Donald Trump","USA","President"),("Adel al-Jubeir","SAU","Foreign Minister"),("Hatice Cengiz","TUR","fiancee of Jamal Khashoggi")],
events=[
("USA","SAU","SANCTION",True,"imposed sanctions on 17 Saudi officials",0),
("USA","SAU","ACCUSE",True,"were involved in the abhorrent killing of a journalist",0),
("SAU","SAU","COERCE",True,"he would seek the death penalty for five people charged in the killing",0),
("SAU","SAU","ASSAULT",False,"was killed inside the Saudi consulate in Istanbul",0),
("SAU","SAU","COERCE",False,"who was fired last month",0),
("TUR","SAU","REJECT",True,"Turkey rejected the Saudi account",0),
("TUR","SAU","REQUEST",True,"repeated Ankara's demand that the suspects be tried in Turkey",0),
("TUR","SAU","ACCUSE",True,"The murder was premeditated",0),
("USA","SAU","THREATEN REQUEST",False,"must hold the crown prince accountable if he ordered the killing",0),
("USA","SAU","SANCTION",False,"a bill that would suspend arms sales to Saudi Arabia",0),
("USA","SAU","SUPPORT",True,"has repeatedly stressed the importance of the Saudi relationship",0),
("SAU","TUR","REJECT",True,"the kingdom would not hand over any suspects to Turkey",0),
])

A(id="CH17", headline="Germany bars 18 Saudis from Europe's open-border zone and halts approved arms deliveries",
date="2018-11-19", why="German Foreign Ministry announcement on Monday, Nov. 19, 2018",
text="""Germany bars 18 Saudis from Europe's open-border zone and halts approved arms deliveries

Germany on Monday barred 18 Saudi citizens suspected of involvement in the killing of the journalist Jamal Khashoggi from entering Europe's passport-free Schengen zone, and stopped the export of weapons already approved for Saudi Arabia.

Foreign Minister Heiko Maas said the entry bans were coordinated with France and the Netherlands. "Many questions about this crime remain unanswered," he told reporters in Brussels, where European Union foreign ministers were meeting.

The move went further than the sanctions announced last week by the United States. Under Schengen rules, a ban issued by one member country generally applies to all 26 states in the zone.

The government also said it would halt deliveries of arms that had already been licensed, including several patrol boats built in northern Germany. Chancellor Angela Merkel had announced last month that no new weapons exports to Riyadh would be approved for the time being.

"We have not received any satisfactory explanation," said Steffen Seibert, Ms. Merkel's spokesman, adding that Berlin would keep pressing Saudi Arabia to clarify the circumstances of the killing.

The German government did not release the names of those targeted, but officials said they included the 15-member team that flew to Istanbul on Oct. 2 and three others accused of organizing the operation.

Saudi Arabia criticized the decision. The Saudi ambassador was not immediately available, but a foreign ministry official in Riyadh told the state news agency that the kingdom "rejects any interference in its internal affairs and its judiciary."

Denmark and Finland have also frozen arms sales to the kingdom in recent days. Denmark's foreign minister, Anders Samuelsen, said he hoped other European countries would follow.

France has resisted calls to halt its own arms exports. President Emmanuel Macron said last month that linking the sale of weapons to the Khashoggi case was "pure demagoguery."

Britain has also declined to suspend its sales, arguing that its licensing rules are among the strictest in the world. Foreign Secretary Jeremy Hunt visited Riyadh last week and met King Salman and the crown prince.

Mr. Hunt said he had urged Saudi leaders to cooperate with the Turkish investigation and to end the war in Yemen.

The European Parliament voted last month for an arms embargo on Saudi Arabia across the bloc, but the resolution is not binding.

Mr. Khashoggi, a Saudi columnist for The Washington Post, was killed inside the Saudi consulate in Istanbul. Turkish President Recep Tayyip Erdogan has said the order came from "the highest levels" of the Saudi government.
""",
people=[("Jamal Khashoggi","SAU","journalist, columnist for The Washington Post"),("Heiko Maas","DEU","Foreign Minister"),("Angela Merkel","DEU","Chancellor"),
("Steffen Seibert","DEU","spokesman for Chancellor Merkel"),("Anders Samuelsen","DNK","Foreign Minister"),("Emmanuel Macron","FRA","President"),
("Jeremy Hunt","GBR","Foreign Secretary"),("Salman","SAU","King"),("Recep Tayyip Erdogan","TUR","President")],
events=[
("DEU","SAU","REJECT SANCTION",True,"barred 18 Saudi citizens suspected of involvement in the killing",0),
("DEU","SAU","SANCTION",True,"stopped the export of weapons already approved for Saudi Arabia",0),
("DEU","FRA","COOPERATE",True,"the entry bans were coordinated with France and the Netherlands",1),
("DEU","NLD","COOPERATE",True,"the entry bans were coordinated with France and the Netherlands",1),
("USA","SAU","SANCTION",False,"the sanctions announced last week by the United States",0),
("DEU","SAU","SANCTION",False,"no new weapons exports to Riyadh would be approved",0),
("DEU","SAU","REQUEST",True,"Berlin would keep pressing Saudi Arabia to clarify the circumstances",0),
("SAU","DEU","PROTEST REJECT",True,"Saudi Arabia criticized the decision",0),
("DNK","SAU","SANCTION",True,"Denmark and Finland have also frozen arms sales to the kingdom",0),
("FIN","SAU","SANCTION",True,"Denmark and Finland have also frozen arms sales to the kingdom",0),
("FRA","SAU","SUPPORT",False,"France has resisted calls to halt its own arms exports",0),
("GBR","SAU","CONSULT",True,"visited Riyadh last week and met King Salman and the crown prince",0),
("GBR","SAU","REQUEST",True,"he had urged Saudi leaders to cooperate with the Turkish investigation",0),
("EUR","SAU","SANCTION REQUEST",False,"voted last month for an arms embargo on Saudi Arabia",0),
("TUR","SAU","ACCUSE",True,"the order came from \"the highest levels\" of the Saudi government",0),
])

A(id="CH18", headline="U.S. agents fire tear gas at migrants as some try to rush border at San Ysidro",
date="2018-11-26", why="clash Sunday Nov. 25, 2018; Trump threat 'on Monday' (Nov. 26)",
text="""U.S. agents fire tear gas at migrants as some try to rush border at San Ysidro

American border agents fired tear gas into Mexico on Sunday to drive back hundreds of Central American migrants, some of whom tried to breach the border fence near the busiest crossing between the two countries.

The clash forced the authorities to close the San Ysidro port of entry, which links Tijuana to San Diego, for several hours on the Sunday after Thanksgiving, stranding thousands of shoppers and commuters.

The migrants, part of a caravan of several thousand people that left Honduras in mid-October, had marched toward the border to demand that the United States speed up the processing of asylum claims.

Some broke away from the march and ran through a dry riverbed toward the fence. Others threw rocks and bottles at American agents, according to the Department of Homeland Security, which said four agents were struck.

"DHS will not tolerate this type of lawlessness," Homeland Security Secretary Kirstjen Nielsen said in a statement, adding that the government would prosecute anyone who damaged federal property.

Mexican officials said about 500 people had tried to cross illegally. Mexico's Interior Ministry said it would immediately deport those involved. Mexican police detained dozens of migrants, it said.

Women and young children were among those caught in the clouds of gas, according to witnesses and photographs of the scene. Some mothers were seen running with toddlers in diapers.

President Trump, who had called the caravan an "invasion" and sent thousands of troops to the border before the midterm elections, threatened on Monday to close the border permanently.

"Mexico should move the flag waving Migrants, many of whom are stone cold criminals, back to their countries," he wrote on Twitter. "Do it by plane, do it by bus, do it anyway you want, but they are NOT coming into the U.S.A."

Honduras's foreign ministry called on its citizens to stay calm and said it had sent consular staff to Tijuana to help those who wished to return home.

Democratic lawmakers condemned the use of tear gas. Senator Kamala Harris of California said in a statement that it was "a violation of human rights" to use such force against children.

The clash came a day after an incoming Mexican official told The Washington Post that the next government had agreed to keep asylum seekers in Mexico while their cases move through American courts. Olga Sanchez Cordero, the incoming interior minister, later denied that any deal had been reached.

The mayor of Tijuana, Juan Manuel Gastelum, has declared a humanitarian crisis and asked the United Nations for help sheltering the migrants.

The United Nations refugee agency said it was sending additional staff to Tijuana.
""",
people=[("Kirstjen Nielsen","USA","Homeland Security Secretary"),("Donald Trump","USA","President"),("Kamala Harris","USA","Senator, California"),
("Olga Sanchez Cordero","MEX","incoming interior minister"),("Juan Manuel Gastelum","MEX","mayor of Tijuana")],
events=[
("USA",["HND","GTM","SLV"],"ASSAULT COERCE",True,"American border agents fired tear gas into Mexico on Sunday to drive back hundreds of Central American migrants",0),
("USA",["HND","GTM","SLV"],"REJECT",False,"forced the authorities to close the San Ysidro port of entry",0),
(["HND","GTM","SLV"],"USA","PROTEST",True,"had marched toward the border to demand that the United States speed up the processing",0),
(["HND","GTM","SLV"],"USA","ASSAULT",False,"Others threw rocks and bottles at American agents",0),
("USA",["HND","GTM","SLV"],"THREATEN",True,"the government would prosecute anyone who damaged federal property",0),
("MEX",["HND","GTM","SLV"],"COERCE",True,"it would immediately deport those involved",0),
("MEX",["HND","GTM","SLV"],"COERCE",True,"Mexican police detained dozens of migrants",0),
("USA",["HND","GTM","SLV"],"ACCUSE",True,"had called the caravan an \"invasion\"",0),
("USA",["HND","GTM","SLV"],"MOBILIZE",False,"sent thousands of troops to the border",0),
("USA","MEX","THREATEN",True,"threatened on Monday to close the border permanently",0),
("USA","MEX","REQUEST",True,"Mexico should move the flag waving Migrants",0),
("USA",["HND","GTM","SLV"],"REJECT",False,"they are NOT coming into the U.S.A.",0),
("HND","HND","AID",False,"sent consular staff to Tijuana to help those who wished to return home",0),
("USA","USA","ACCUSE",False,"a violation of human rights",0),
("MEX","USA","AGREE",False,"the next government had agreed to keep asylum seekers in Mexico",0),
("MEX","USA","REJECT",False,"later denied that any deal had been reached",0),
("MEX","UNO","REQUEST",True,"asked the United Nations for help sheltering the migrants",0),
("UNO","MEX","AID",True,"it was sending additional staff to Tijuana",0),
])

A(id="CH19", headline="Trump and Xi agree to 90-day truce in trade war over dinner in Buenos Aires",
date="2018-12-01..2018-12-02", why="dinner Saturday Dec. 1, 2018 at Buenos Aires G20; text only says 'on Saturday'",
text="""Trump and Xi agree to 90-day truce in trade war over dinner in Buenos Aires

President Trump and President Xi Jinping of China agreed on Saturday to hold off on new tariffs for 90 days while their governments try to negotiate an end to a trade war that has shaken markets around the world.

The agreement, reached over a steak dinner on the sidelines of the Group of 20 summit in Buenos Aires, averted an increase in tariffs on $200 billion of Chinese goods, from 10 percent to 25 percent, that was scheduled for Jan. 1.

In return, China agreed to buy a "very substantial" amount of American agricultural, energy and industrial products, the White House said in a statement, and to start talks immediately on intellectual property, forced technology transfers and cyber theft.

"If at the end of this period of time, the parties are unable to reach an agreement, the 10 percent tariffs will be raised to 25 percent," the statement said.

Mr. Trump called the dinner "an amazing and productive meeting with unlimited possibilities for both China and the United States." Aboard Air Force One, he told reporters that China would also reduce its tariffs on American cars.

China's foreign minister, Wang Yi, gave a more measured account, telling reporters that the two leaders had reached "an important consensus" to stop adding new tariffs. He did not mention the 90-day deadline.

Mr. Xi also agreed to designate fentanyl, a synthetic opioid blamed for thousands of American deaths, as a controlled substance, a step long sought by Washington, according to the White House.

The two sides have imposed tariffs on more than $300 billion of each other's goods this year. Beijing has accused Washington of bullying, while the Trump administration says China has cheated for decades.

Robert Lighthizer, the United States trade representative, will lead the negotiations, a senior administration official said. Mr. Lighthizer is one of the administration's toughest critics of Beijing.

Investors welcomed the truce, but some analysts warned that deep disagreements remained. Democrats in Congress said any deal must include enforceable commitments.

Senator Chuck Schumer of New York urged the president not to "back down" and said China's promises had often proved empty.

The summit itself was overshadowed by tensions with Russia. Mr. Trump canceled a planned meeting with President Vladimir Putin, citing Russia's seizure of Ukrainian naval vessels last week.

Leaders at the summit also signed a communique that called for reform of the World Trade Organization but dropped any mention of protectionism, at the insistence of the United States.

Mr. Trump and Mr. Xi last met in person a year ago in Beijing, when Mr. Trump was treated to a lavish state visit.
""",
people=[("Donald Trump","USA","President"),("Xi Jinping","CHN","President"),("Wang Yi","CHN","Foreign Minister"),
("Robert Lighthizer","USA","United States trade representative"),("Chuck Schumer","USA","Senator, New York"),("Vladimir Putin","RUS","President")],
events=[
("USA","CHN","AGREE",True,"agreed on Saturday to hold off on new tariffs for 90 days",1),
("USA","CHN","CONSULT",True,"reached over a steak dinner on the sidelines of the Group of 20 summit",1),
("CHN","USA","AGREE CONCEDE",True,"China agreed to buy a \"very substantial\" amount of American agricultural",0),
("CHN","USA","CONSULT AGREE",False,"to start talks immediately on intellectual property",1),
("USA","CHN","THREATEN",True,"the 10 percent tariffs will be raised to 25 percent",0),
("USA","CHN","SUPPORT",False,"an amazing and productive meeting",0),
("CHN","USA","CONCEDE AGREE",True,"China would also reduce its tariffs on American cars",0),
("CHN","USA","AGREE",False,"an important consensus",1),
("CHN","USA","AGREE CONCEDE",True,"Mr. Xi also agreed to designate fentanyl",0),
("USA","CHN","SANCTION",False,"The two sides have imposed tariffs on more than $300 billion of each other's goods this year",1),
("CHN","USA","ACCUSE",True,"Beijing has accused Washington of bullying",0),
("USA","CHN","ACCUSE",True,"China has cheated for decades",0),
("USA","RUS","REJECT",True,"Mr. Trump canceled a planned meeting with President Vladimir Putin",0),
("RUS","UKR","COERCE",True,"Russia's seizure of Ukrainian naval vessels last week",0),
("USA","CHN","CONSULT",False,"Mr. Trump and Mr. Xi last met in person a year ago in Beijing",0),
])

A(id="CH20", headline="U.S.-led coalition strikes pro-government forces in eastern Syria, killing about 100",
date="2018-02-08", why="strikes overnight Feb. 7-8, 2018; announced Thursday, Feb. 8",
text="""U.S.-led coalition strikes pro-government forces in eastern Syria, killing about 100

The American-led coalition fighting the Islamic State carried out airstrikes in eastern Syria overnight, killing about 100 pro-government fighters who had attacked a base held by American-backed forces, United States military officials said Thursday.

The clash, near the Euphrates River east of the city of Deir al-Zour, was one of the most serious confrontations between the United States and forces loyal to President Bashar al-Assad since the start of the war.

According to the coalition, a force of about 500 fighters, supported by artillery, tanks and rocket launchers, advanced on the headquarters of the Syrian Democratic Forces, a Kurdish-led militia allied with Washington. American advisers were present at the base.

"In defense of coalition and partner forces, the coalition conducted strikes against attacking forces to repel the act of aggression," the coalition said in a statement. One fighter from the Syrian Democratic Forces was wounded. No Americans were hurt.

American officials said they had contacted their Russian counterparts before and during the attack through a special communication line set up to avoid clashes between their forces in Syria. The Russians said they had no forces in the area, the officials said.

Defense Secretary Jim Mattis told reporters at the Pentagon that he did not know why the pro-government forces had attacked. He called the assault "perplexing" and said it was unclear who had ordered it.

The Syrian government called the strikes a "war crime." In a letter to the United Nations, the Foreign Ministry in Damascus accused the coalition of a "brutal massacre" and demanded that the Security Council condemn it.

Moscow also criticized the strikes. Russia's Defense Ministry said the pro-government fighters had been on a reconnaissance mission and accused the United States of seeking to seize Syria's oil fields.

"The incident shows once again that the real aim of the United States is to capture and keep economic assets," the ministry said in a statement.

Later reports suggested that Russian private military contractors were among the dead, a claim the Kremlin did not confirm. A spokesman, Dmitry Peskov, told reporters that Moscow had no information about any Russian citizens killed.

The area east of the Euphrates holds some of Syria's most valuable oil and gas fields, which Damascus has vowed to retake.

Turkey, meanwhile, is pressing its offensive against Kurdish militias in the northern region of Afrin and has demanded that American troops withdraw from the town of Manbij.

Senator John McCain of Arizona said the strikes showed that American forces had the right to defend themselves and their partners, and urged the administration to set out a clear strategy for Syria.
""",
people=[("Bashar al-Assad","SYR","President"),("Jim Mattis","USA","Defense Secretary"),("Dmitry Peskov","RUS","Kremlin spokesman"),("John McCain","USA","Senator, Arizona")],
events=[
("USA","SYR","ASSAULT",True,"carried out airstrikes in eastern Syria overnight, killing about 100 pro-government fighters",0),
("SYR","SYR","ASSAULT",True,"had attacked a base held by American-backed forces",0),
("SYR","USA","ASSAULT",False,"American advisers were present at the base",0),
("USA","SYR","SUPPORT COOPERATE",False,"a Kurdish-led militia allied with Washington",0),
("USA","SYR","ASSAULT",False,"the coalition conducted strikes against attacking forces",0),
("USA","RUS","CONSULT",True,"they had contacted their Russian counterparts before and during the attack",0),
("RUS","USA","REJECT",False,"The Russians said they had no forces in the area",0),
("SYR","USA","ACCUSE",True,"The Syrian government called the strikes a \"war crime.\"",0),
("SYR","USA","ACCUSE",True,"accused the coalition of a \"brutal massacre\"",0),
("SYR","UNO","REQUEST",True,"demanded that the Security Council condemn it",0),
("RUS","USA","PROTEST ACCUSE",True,"Moscow also criticized the strikes",0),
("RUS","USA","ACCUSE",True,"accused the United States of seeking to seize Syria's oil fields",0),
("SYR","SYR","THREATEN",False,"which Damascus has vowed to retake",0),
("TUR","SYR","ASSAULT",True,"is pressing its offensive against Kurdish militias in the northern region of Afrin",0),
("TUR","USA","REQUEST",True,"has demanded that American troops withdraw from the town of Manbij",0),
])
