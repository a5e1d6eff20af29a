ARTS = []
def A(**k): ARTS.append(k)

A(id="CH6", headline="Mexico hits back at Trump with tariffs on pork, cheese and bourbon",
date="2018-06-05", why="Mexican economy ministry announcement on Tuesday, June 5, 2018",
text="""Mexico hits back at Trump with tariffs on pork, cheese and bourbon

Mexico on Tuesday imposed tariffs on billions of dollars of American farm and industrial goods, retaliating for President Trump's duties on Mexican steel and aluminum and putting pressure on farm states that helped elect him.

The measures, published in Mexico's official gazette, set a 20 percent duty on American pork legs and shoulders, a tariff of up to 25 percent on several cheeses, and 20 percent on apples and potatoes. Bourbon whiskey and a range of steel products were also hit.

The Mexican Economy Ministry said the list covered goods worth roughly $3 billion a year, an amount it described as "equivalent to the level of damage" caused by the American tariffs.

"Mexico will impose these measures until the U.S. government eliminates the tariffs it has imposed," the ministry said in a statement.

The announcement came four days after the Trump administration ended an exemption that had spared Mexico, Canada and the European Union from the 25 percent tariff on steel and 10 percent tariff on aluminum.

Economy Minister Ildefonso Guajardo said Mexico had no interest in a trade war, but could not stand idle. "We have been very clear that we would respond," he told Televisa.

Pork is the single most important item on the list. Mexico is the largest foreign market for American pork, and producers in Iowa and other Midwestern states warned that prices would suffer.

"This is a real blow to our farmers," said Senator Chuck Grassley, an Iowa Republican, who urged the administration to reach a deal with Mexico and Canada quickly.

The National Pork Producers Council called on the White House to "end this dispute before it does lasting damage."

Administration officials defended the tariffs. Larry Kudlow, the director of the National Economic Council, told reporters that Mr. Trump might prefer to negotiate separate trade deals with Mexico and Canada rather than a three-way agreement.

That idea was rejected in Mexico City. Mr. Guajardo said Mexico would keep negotiating the North American Free Trade Agreement as a trilateral pact.

The talks to rewrite Nafta, which began last August, have dragged on for months. Mexico's presidential election on July 1 has added to the uncertainty.

Andres Manuel Lopez Obrador, the leftist front-runner, has said he would stand up to Mr. Trump but avoid a confrontation. He called on Mexicans to remain calm.

President Enrique Pena Nieto spoke with Mr. Trump by phone on Monday, his office said, and the two leaders agreed that negotiations should continue.

Canada announced its own countermeasures last week, saying they would take effect on July 1.
""",
people=[("Donald Trump","USA","President"),("Ildefonso Guajardo","MEX","Economy Minister"),("Chuck Grassley","USA","Senator, Iowa Republican"),
("Larry Kudlow","USA","director, National Economic Council"),("Andres Manuel Lopez Obrador","MEX","presidential candidate"),("Enrique Pena Nieto","MEX","President")],
events=[
("MEX","USA","SANCTION",True,"Mexico on Tuesday imposed tariffs on billions of dollars of American farm and industrial goods",0),
("USA","MEX","SANCTION",True,"President Trump's duties on Mexican steel and aluminum",0),
("MEX","USA","REQUEST",False,"until the U.S. government eliminates the tariffs it has imposed",0),
("USA","MEX","SANCTION",False,"ended an exemption that had spared Mexico, Canada and the European Union",0),
("USA","MEX","REQUEST",False,"urged the administration to reach a deal with Mexico and Canada quickly",0),
("USA","MEX","AGREE CONSULT",False,"might prefer to negotiate separate trade deals with Mexico and Canada",0),
("MEX","USA","REJECT",True,"That idea was rejected in Mexico City",0),
("MEX","USA","CONSULT",True,"The talks to rewrite Nafta",1),
("MEX","USA","CONSULT",True,"spoke with Mr. Trump by phone on Monday",0),
("MEX","USA","AGREE",True,"the two leaders agreed that negotiations should continue",1),
("CAN","USA","SANCTION",True,"Canada announced its own countermeasures last week",0),
])

A(id="CH7", headline="South Korea wins exemption from U.S. steel tariffs in revised trade pact",
date="2018-03-26", why="Seoul announced the deal on Monday, March 26, 2018",
text="""South Korea wins exemption from U.S. steel tariffs in revised trade pact

South Korea has agreed to cap its steel exports to the United States and to open its market wider to American cars in exchange for a permanent exemption from President Trump's steel tariffs, officials in Seoul said Monday.

The agreement, reached after weeks of talks, amounts to the first major revision of the six-year-old free trade pact between the two allies, known as Korus, which Mr. Trump once called "a horrible deal."

Under the new terms, South Korea will limit steel shipments to the United States to about 2.7 million tons a year, or 70 percent of its average exports over the past three years, Trade Minister Kim Hyun-chong told reporters.

In return, Washington agreed to drop the 25 percent tariff on South Korean steel, and Seoul kept its existing protections for its farmers, a key demand.

"We have successfully defended our red lines," Mr. Kim said. He said the outcome removed the uncertainty that had weighed on South Korean steelmakers.

The United States also won concessions on cars. South Korea will allow each American automaker to ship up to 50,000 vehicles a year that meet American, rather than Korean, safety standards, double the current quota. Washington will keep its 25 percent tariff on Korean pickup trucks for another 20 years.

The office of the United States trade representative, Robert Lighthizer, confirmed that an agreement in principle had been reached. "This is a win-win," Mr. Lighthizer told CNBC.

The talks took place against a sensitive backdrop. South Korea's president, Moon Jae-in, is preparing to meet the North Korean leader, Kim Jong-un, next month, and Mr. Trump has said he will meet Mr. Kim by May.

Some analysts said Seoul had moved quickly to avoid a dispute with Washington while it needed American support on the nuclear issue.

The deal also includes a side agreement on currency, under which South Korea pledged not to engage in competitive devaluation of the won, according to a senior administration official.

Not everyone was pleased. Steelmakers in South Korea complained that the quota would hurt sales, and lawmakers from the opposition Liberty Korea Party accused the government of yielding too much.

In Washington, the American Iron and Steel Institute welcomed the quota but said it would watch closely for the rerouting of Chinese steel through third countries.

Other allies are still seeking relief. Australia, Argentina, Brazil and the European Union have received temporary exemptions from the tariffs while they negotiate. Japan, a close ally, received none, and its government said it would keep pressing Washington.

China, the main target of Mr. Trump's trade complaints, has threatened to retaliate against new American duties and warned that it was "not afraid" of a trade war.
""",
people=[("Donald Trump","USA","President"),("Kim Hyun-chong","KOR","Trade Minister"),("Robert Lighthizer","USA","United States trade representative"),
("Moon Jae-in","KOR","President"),("Kim Jong-un","PRK","North Korean leader")],
events=[
("KOR","USA","CONCEDE",True,"South Korea has agreed to cap its steel exports to the United States",0),
("KOR","USA","AGREE",True,"The agreement, reached after weeks of talks",1),
("KOR","USA","CONSULT",False,"reached after weeks of talks",1),
("USA","KOR","CONCEDE",True,"Washington agreed to drop the 25 percent tariff on South Korean steel",0),
("USA","KOR","ACCUSE",False,"which Mr. Trump once called \"a horrible deal.\"",0),
("KOR","USA","CONCEDE",True,"South Korea will allow each American automaker to ship up to 50,000 vehicles a year",0),
("USA","KOR","AGREE",True,"confirmed that an agreement in principle had been reached",1),
("KOR","PRK","CONSULT",True,"is preparing to meet the North Korean leader, Kim Jong-un, next month",0),
("USA","PRK","CONSULT",True,"Mr. Trump has said he will meet Mr. Kim by May",0),
("KOR","USA","AGREE",True,"South Korea pledged not to engage in competitive devaluation of the won",0),
("USA","EUR","CONCEDE",False,"the European Union have received temporary exemptions",0),
("JPN","USA","REQUEST",True,"its government said it would keep pressing Washington",0),
("CHN","USA","THREATEN",True,"has threatened to retaliate against new American duties",0),
])

A(id="CH8", headline="Trump calls off summit with Kim Jong-un, citing 'open hostility'",
date="2018-05-25", why="letter released Thursday May 24, 2018; North Korean response 'came on Friday' (May 25)",
text="""Trump calls off summit with Kim Jong-un, citing 'open hostility'

President Trump on Thursday canceled his planned summit meeting with North Korea's leader, Kim Jong-un, blaming what he called the "tremendous anger and open hostility" in a recent North Korean statement.

In a letter addressed to Mr. Kim and released by the White House, Mr. Trump wrote that it would be "inappropriate, at this time, to have this long-planned meeting." The two men had been scheduled to meet in Singapore on June 12.

"You talk about your nuclear capabilities, but ours are so massive and powerful that I pray to God they will never have to be used," the president wrote.

The letter ended on a conciliatory note. "If you change your mind having to do with this most important summit, please do not hesitate to call me or write," Mr. Trump said.

The cancellation followed days of rising tension. Earlier on Thursday, a senior North Korean official, Choe Son-hui, called Vice President Mike Pence a "political dummy" over remarks he made comparing North Korea to Libya, and warned of a "nuclear-to-nuclear showdown."

North Korea had also complained bitterly about joint military exercises held by the United States and South Korea, and last week canceled a high-level meeting with Seoul in protest.

Speaking later at the White House, Mr. Trump said the American military was "ready if necessary" and that he had spoken with Japan and South Korea about any "foolish or reckless act" by the North.

The news stunned officials in Seoul. President Moon Jae-in, who had brokered the meeting and visited the White House only two days earlier, convened an emergency meeting of his top security aides near midnight.

"I am very perplexed and it is very regrettable that the North Korea-U.S. summit will not be held," Mr. Moon said in a statement, urging both leaders to talk directly.

Only hours before the letter was released, North Korea said it had demolished its nuclear test site at Punggye-ri, in front of a group of foreign journalists, as a goodwill gesture ahead of the summit.

Secretary of State Mike Pompeo told a Senate committee that North Korean officials had stopped answering American attempts to plan the meeting in recent days.

Democrats criticized the move. Senator Chuck Schumer of New York said the president had been "outfoxed" and had gone into the talks without a plan.

China, North Korea's main ally, urged both sides to show patience. A spokesman for the Chinese Foreign Ministry, Lu Kang, said Beijing hoped they would "cherish the recent positive progress."

North Korea's response came on Friday. First Vice Foreign Minister Kim Kye-gwan said in a statement that Pyongyang was still willing to sit down with the United States "at any time, in any format."
""",
people=[("Donald Trump","USA","President"),("Kim Jong-un","PRK","leader of North Korea"),("Choe Son-hui","PRK","senior North Korean official"),
("Mike Pence","USA","Vice President"),("Moon Jae-in","KOR","President"),("Mike Pompeo","USA","Secretary of State"),
("Chuck Schumer","USA","Senator, New York"),("Lu Kang","CHN","Foreign Ministry spokesman"),("Kim Kye-gwan","PRK","First Vice Foreign Minister")],
events=[
("USA","PRK","REJECT",True,"canceled his planned summit meeting with North Korea's leader",0),
("USA","PRK","ACCUSE",True,"blaming what he called the \"tremendous anger and open hostility\"",0),
("USA","PRK","THREATEN",True,"ours are so massive and powerful that I pray to God they will never have to be used",0),
("USA","PRK","REQUEST",False,"please do not hesitate to call me or write",0),
("PRK","USA","ACCUSE",True,"called Vice President Mike Pence a \"political dummy\"",0),
("PRK","USA","THREATEN",True,"warned of a \"nuclear-to-nuclear showdown.\"",0),
("PRK","USA","PROTEST" ,True,"North Korea had also complained bitterly about joint military exercises",0),
("USA","KOR","COOPERATE",False,"joint military exercises held by the United States and South Korea",1),
("PRK","KOR","REJECT",True,"canceled a high-level meeting with Seoul in protest",0),
("USA","PRK","THREATEN",True,"the American military was \"ready if necessary\"",0),
("USA","JPN","CONSULT",True,"he had spoken with Japan and South Korea",0),
("USA","KOR","CONSULT",True,"he had spoken with Japan and South Korea",0),
("KOR","USA","CONSULT",False,"visited the White House only two days earlier",0),
("KOR","USA","REQUEST",True,"urging both leaders to talk directly",0),
("KOR","PRK","REQUEST",False,"urging both leaders to talk directly",0),
("CHN","USA","REQUEST",True,"urged both sides to show patience",0),
("CHN","PRK","REQUEST",True,"urged both sides to show patience",0),
("PRK","USA","AGREE",True,"was still willing to sit down with the United States",0),
])

A(id="CH9", headline="U.S. and South Korea suspend August military drills after Trump's pledge to Kim",
date="2018-06-19", why="Pentagon statement Monday June 18, 2018; Seoul confirmed and Kim flew to Beijing 'on Tuesday' (June 19)",
text="""U.S. and South Korea suspend August military drills after Trump's pledge to Kim

The United States and South Korea said they would suspend a major joint military exercise planned for August, making good on a surprise promise President Trump gave North Korea's leader at their summit in Singapore last week.

The Pentagon said that planning for the exercise, known as Ulchi Freedom Guardian, had been halted. The annual drill usually involves about 17,500 American troops and more than 50,000 South Korean soldiers, largely in computer-simulated war games.

"Consistent with President Trump's commitment and in concert with our Republic of Korea ally, the United States military has suspended all planning activities for this August's defensive 'war game,'" Dana White, the chief Pentagon spokeswoman, said in a statement.

South Korea's Defense Ministry confirmed the decision in Seoul on Tuesday and said it hoped the move would help advance talks on the North's nuclear program.

Mr. Trump announced at the summit on June 12 that he would stop what he called "very provocative" war games, adopting language long used by Pyongyang and Beijing. The announcement appeared to catch both the Pentagon and the South Korean government off guard.

North Korea has for decades denounced the exercises as rehearsals for an invasion. The North's leader, Kim Jong-un, pledged in Singapore to work toward "complete denuclearization of the Korean Peninsula," though the joint statement gave no timeline.

Defense Secretary Jim Mattis said other exercises in the region would go ahead. He said the decision would be reviewed if North Korea did not negotiate in good faith.

Japan, which relies on the American military presence, voiced concern. Defense Minister Itsunori Onodera told reporters in Tokyo that the drills played "a vital role" in regional security and that Japan would seek an explanation.

Republican lawmakers were divided. Senator Lindsey Graham said he supported the president's approach for now, while Senator Cory Gardner of Colorado warned that North Korea must not be rewarded for "empty promises."

China welcomed the suspension. A Foreign Ministry spokesman, Geng Shuang, said it was in line with Beijing's proposal of a "dual suspension," under which the North would halt nuclear and missile tests and the allies would scale back their drills.

In a sign of deepening ties, Mr. Kim flew to Beijing on Tuesday for his third visit to China this year, meeting President Xi Jinping, Chinese state media reported.

The White House said Secretary of State Mike Pompeo would travel to Pyongyang soon to follow up on the summit, although no date has been set.
""",
people=[("Donald Trump","USA","President"),("Dana White","USA","chief Pentagon spokeswoman"),("Kim Jong-un","PRK","leader of North Korea"),
("Jim Mattis","USA","Defense Secretary"),("Itsunori Onodera","JPN","Defense Minister"),("Lindsey Graham","USA","Senator"),
("Cory Gardner","USA","Senator, Colorado"),("Geng Shuang","CHN","Foreign Ministry spokesman"),("Xi Jinping","CHN","President"),("Mike Pompeo","USA","Secretary of State")],
events=[
("USA","PRK","RETREAT",True,"would suspend a major joint military exercise planned for August",0),
("KOR","PRK","RETREAT",True,"The United States and South Korea said they would suspend",0),
("USA","KOR","COOPERATE",False,"in concert with our Republic of Korea ally",1),
("USA","PRK","RETREAT",False,"has suspended all planning activities for this August's defensive 'war game,'",0),
("USA","PRK","AGREE",True,"he would stop what he called \"very provocative\" war games",0),
("USA","PRK","CONSULT",False,"at their summit in Singapore last week",1),
("PRK","USA","ACCUSE",True,"denounced the exercises as rehearsals for an invasion",0),
("PRK","USA","AGREE",True,"pledged in Singapore to work toward \"complete denuclearization of the Korean Peninsula,\"",0),
("USA","PRK","THREATEN",True,"the decision would be reviewed if North Korea did not negotiate in good faith",0),
("JPN","USA","REQUEST",True,"Japan would seek an explanation",0),
("CHN","USA","SUPPORT",True,"China welcomed the suspension",0),
("PRK","CHN","CONSULT",True,"Mr. Kim flew to Beijing on Tuesday for his third visit to China this year",0),
("USA","PRK","CONSULT",True,"would travel to Pyongyang soon to follow up on the summit",0),
])

A(id="CH10", headline="North Korea hands over remains believed to be of U.S. war dead",
date="2018-07-27", why="transfer on Friday, July 27, 2018, Korean War armistice anniversary",
text="""North Korea hands over remains believed to be of U.S. war dead

North Korea on Friday returned what are believed to be the remains of American service members killed in the Korean War, the first concrete step toward fulfilling a pledge its leader, Kim Jong-un, made to President Trump at their summit in Singapore.

An American military C-17 cargo plane flew from Osan Air Base in South Korea to the North Korean port city of Wonsan and returned with 55 cases of remains, according to the White House.

The handover took place on the 65th anniversary of the armistice that ended the fighting in 1953. An honor guard met the aircraft at Osan, where the cases were draped in United Nations flags.

"Today, Chairman Kim Jong Un is fulfilling part of the commitment he made to the President to return our fallen American service members," the White House said in a statement, adding that the gesture was "a significant first step."

Mr. Trump thanked the North Korean leader on Twitter. "Thank you to Chairman Kim Jong Un for keeping your word," he wrote. Later, he thanked him again at a rally, calling the return "a very important gesture."

More than 7,700 American service members remain unaccounted for from the war, about 5,300 of them in what is now North Korea, according to the Pentagon.

The remains will be flown to Hawaii for a formal repatriation ceremony next week, and then examined by forensic experts at the Defense POW/MIA Accounting Agency. The process of identification could take years.

Vice President Mike Pence, whose father served in Korea, is expected to attend the ceremony.

The return was welcomed in Seoul. A spokesman for President Moon Jae-in, Kim Eui-kyeom, said it would help build trust between Washington and Pyongyang and lead to progress in denuclearization.

Progress on the central issue has been slow. After a visit to Pyongyang earlier this month by Secretary of State Mike Pompeo, North Korea's Foreign Ministry accused Washington of a "gangster-like" demand for unilateral disarmament.

Mr. Pompeo told the Senate Foreign Relations Committee this week that North Korea was continuing to produce fissile material, and insisted that sanctions would stay in place until the North gave up its nuclear weapons.

Senators of both parties pressed him for details of what Mr. Kim had agreed to in Singapore. Senator Bob Menendez of New Jersey accused the administration of offering "vague promises" instead of results.

Joint recovery missions inside North Korea, in which American teams searched for remains, were suspended in 2005. American officials said they hoped to resume them.
""",
people=[("Kim Jong-un","PRK","leader of North Korea"),("Donald Trump","USA","President"),("Mike Pence","USA","Vice President"),
("Moon Jae-in","KOR","President"),("Kim Eui-kyeom","KOR","spokesman for President Moon"),("Mike Pompeo","USA","Secretary of State"),
("Bob Menendez","USA","Senator, New Jersey")],
events=[
("PRK","USA","CONCEDE",True,"North Korea on Friday returned what are believed to be the remains of American service members",0),
("PRK","USA","COOPERATE",False,"returned with 55 cases of remains",1),
("PRK","USA","AGREE",False,"a pledge its leader, Kim Jong-un, made to President Trump",0),
("USA","PRK","SUPPORT",True,"Thank you to Chairman Kim Jong Un for keeping your word",0),
("USA","PRK","SUPPORT",False,"he thanked him again at a rally",0),
("KOR","PRK","SUPPORT",True,"The return was welcomed in Seoul",0),
("KOR","USA","SUPPORT",False,"The return was welcomed in Seoul",0),
("USA","PRK","CONSULT",True,"After a visit to Pyongyang earlier this month by Secretary of State Mike Pompeo",0),
("PRK","USA","ACCUSE",True,"accused Washington of a \"gangster-like\" demand for unilateral disarmament",0),
("USA","PRK","ACCUSE",True,"North Korea was continuing to produce fissile material",0),
("USA","PRK","SANCTION",True,"sanctions would stay in place until the North gave up its nuclear weapons",0),
("USA","PRK","REQUEST",False,"until the North gave up its nuclear weapons",0),
("USA","PRK","COOPERATE",False,"Joint recovery missions inside North Korea",1),
])
