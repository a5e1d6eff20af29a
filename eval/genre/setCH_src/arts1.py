# Articles CH1-CH5. Event tuple: (source, target, types, required, evidence, symmetric)
ARTS = []
def A(**k): ARTS.append(k)

A(id="CH1", headline="Turkey doubles tariffs on American cars, alcohol and tobacco in retaliation",
date="2018-08-16", why="Erdogan decree published Wednesday Aug. 15, 2018; Mnuchin told cabinet 'on Thursday' (Aug. 16)",
text="""Turkey doubles tariffs on American cars, alcohol and tobacco in retaliation

Turkey sharply raised tariffs on a range of American imports on Wednesday, escalating a bitter dispute with the Trump administration over a detained American pastor and sending another jolt through the country's battered currency.

A decree signed by President Recep Tayyip Erdogan and published in the Official Gazette doubled duties on passenger cars from the United States to 120 percent. Levies on alcoholic drinks rose to 140 percent and on leaf tobacco to 60 percent.

Cosmetics, rice and coal were also targeted. In all, the new duties cover roughly $533 million worth of goods, according to Turkish officials.

"The rates of duties on some products have been increased within the framework of reciprocity in retaliation for the conscious attacks by the American administration on our economy," Vice President Fuat Oktay wrote on Twitter.

The move came five days after President Trump said he was doubling tariffs on Turkish steel and aluminum, to 50 percent and 20 percent. "Our relations with Turkey are not good at this time!" Mr. Trump wrote then.

The White House reacted coolly. Press secretary Sarah Huckabee Sanders told reporters that the Turkish tariffs were "certainly regrettable and a step in the wrong direction."

She said the steel duties would not be removed in exchange for the release of the pastor, Andrew Brunson, who has been held in Turkey for nearly two years on terrorism charges that he denies.

Mr. Brunson, an evangelical minister from North Carolina who led a small church in the city of Izmir, was moved to house arrest last month. Turkish prosecutors accuse him of ties to the network of Fethullah Gulen, the cleric Ankara blames for the failed 2016 coup.

On Wednesday, a court in Izmir rejected another appeal for his release, his lawyer said.

Mr. Erdogan, speaking in Ankara on Tuesday, had already called on Turks to shun American electronics. "If they have the iPhone, there is Samsung on the other side," he said. "We will boycott U.S. electronic goods."

Turkish officials have also cast the crisis as an economic war. The lira has lost about 40 percent of its value against the dollar this year.

Help arrived from an old ally. Qatar's emir, Sheikh Tamim bin Hamad al-Thani, met Mr. Erdogan in Ankara on Wednesday and pledged $15 billion in direct investment, Turkish officials said.

The emir's office said the pledge reflected the "brotherly" ties between the two countries. Qatar has leaned heavily on Turkey since Saudi Arabia and its allies imposed a blockade on the emirate last year.

In Washington, lawmakers of both parties backed a hard line. Senator James Lankford, an Oklahoma Republican, said Turkey was holding Mr. Brunson as "a political pawn" and urged the administration to keep up the pressure.

Treasury Secretary Steven Mnuchin told the cabinet on Thursday that more sanctions could follow if the pastor is not freed, according to a senior administration official.

European officials, wary of a collapse in an important trading partner, have so far stayed out of the fight. A spokeswoman for the European Commission said only that the bloc was "following developments closely."
""",
people=[("Recep Tayyip Erdogan","TUR","President"),("Fuat Oktay","TUR","Vice President"),("Donald Trump","USA","President"),
("Sarah Huckabee Sanders","USA","White House press secretary"),("Andrew Brunson","USA","pastor, detained in Turkey"),
("Fethullah Gulen","TUR","cleric"),("Tamim bin Hamad al-Thani","QAT","Emir of Qatar"),("James Lankford","USA","Senator, Oklahoma Republican"),
("Steven Mnuchin","USA","Treasury Secretary")],
events=[
("TUR","USA","SANCTION",True,"Turkey sharply raised tariffs on a range of American imports",0),
("TUR","USA","SANCTION",False,"doubled duties on passenger cars from the United States to 120 percent",0),
("TUR","USA","ACCUSE",True,"in retaliation for the conscious attacks by the American administration on our economy",0),
("USA","TUR","SANCTION",True,"he was doubling tariffs on Turkish steel and aluminum",0),
("USA","TUR","PROTEST",True,"the Turkish tariffs were \"certainly regrettable and a step in the wrong direction.\"",0),
("USA","TUR","REJECT",False,"the steel duties would not be removed in exchange for the release of the pastor",0),
("TUR","USA","COERCE",True,"who has been held in Turkey for nearly two years on terrorism charges",0),
("TUR","USA","REJECT",True,"a court in Izmir rejected another appeal for his release",0),
("TUR","USA","SANCTION",True,"We will boycott U.S. electronic goods.",0),
("QAT","TUR","CONSULT",True,"met Mr. Erdogan in Ankara on Wednesday",0),
("QAT","TUR","AID",True,"pledged $15 billion in direct investment",0),
("SAU","QAT","SANCTION",False,"imposed a blockade on the emirate last year",0),
("USA","TUR","ACCUSE",True,"Turkey was holding Mr. Brunson as \"a political pawn\"",0),
("USA","TUR","THREATEN",True,"more sanctions could follow if the pastor is not freed",0),
])

A(id="CH2", headline="U.S. to impose new sanctions on Russia over nerve agent attack on former spy",
date="2018-08-09", why="State Department determination Wednesday Aug. 8, 2018; Kremlin reacted 'on Thursday' (Aug. 9)",
text="""U.S. to impose new sanctions on Russia over nerve agent attack on former spy

The State Department said Wednesday that it would impose fresh sanctions on Russia after concluding that Moscow used a military-grade nerve agent to poison a former Russian intelligence officer and his daughter in Britain in March.

The determination, made under a 1991 law on chemical and biological weapons, triggers a first round of penalties that will take effect in about two weeks, the department said.

"The United States determined under the Chemical and Biological Weapons Control and Warfare Elimination Act of 1991 that the government of the Russian Federation has used chemical or biological weapons in violation of international law," spokeswoman Heather Nauert said in a statement.

The first round targets exports of sensitive national security goods, such as electronic devices and gas turbine engines, according to a senior State Department official who briefed reporters on condition of anonymity.

A second, far more severe round could follow in 90 days unless Russia provides "reliable assurances" that it will no longer use chemical weapons and allows on-site inspections, the official said. Those measures could include downgrading diplomatic relations and suspending the flights of the state airline Aeroflot to the United States.

Sergei Skripal, a former colonel in Russian military intelligence who spied for Britain, and his daughter, Yulia, were found slumped on a bench in Salisbury, England, on March 4. Both survived after weeks in hospital.

Britain has said the Novichok nerve agent used in the attack was developed by Russia. Moscow has repeatedly denied any role.

The Kremlin reacted with anger on Thursday. Dmitry Peskov, President Vladimir Putin's spokesman, told reporters the new measures were "absolutely unlawful" and "do not correspond to international law."

The Russian Embassy in Washington said it had asked for evidence and received none. "We are used to not hearing any facts or evidence," it wrote on Twitter.

Russian officials hinted at a response. Konstantin Kosachev, who heads the foreign affairs committee of the upper house of parliament, said Moscow would answer "in a mirror manner" if the penalties went ahead.

In London, the government welcomed the move. The British Foreign Office said the "strong U.S. action sends an unmistakable message that the use of chemical weapons cannot go unanswered."

The ruble slid to its weakest level in nearly two years on the news, as investors also weighed a bipartisan bill in the Senate that would target Russian sovereign debt.

That bill's sponsors, Senator Lindsey Graham of South Carolina and Senator Bob Menendez of New Jersey, have accused the administration of moving too slowly against Moscow.

The sanctions follow a summit in Helsinki last month at which President Trump met Mr. Putin and was widely criticized for failing to confront him over election interference.

The announcement also came as two Republican senators, Rand Paul of Kentucky and Richard Shelby of Alabama, were visiting Moscow. Mr. Paul delivered a letter from President Trump to Mr. Putin, according to the senator's office.
""",
people=[("Heather Nauert","USA","State Department spokeswoman"),("Sergei Skripal","RUS","former colonel, Russian military intelligence"),
("Yulia Skripal","RUS","daughter of Sergei Skripal"),("Dmitry Peskov","RUS","spokesman for President Putin"),("Vladimir Putin","RUS","President"),
("Konstantin Kosachev","RUS","head of foreign affairs committee, upper house of parliament"),("Lindsey Graham","USA","Senator, South Carolina"),
("Bob Menendez","USA","Senator, New Jersey"),("Donald Trump","USA","President"),("Rand Paul","USA","Senator, Kentucky"),("Richard Shelby","USA","Senator, Alabama")],
events=[
("USA","RUS","SANCTION",True,"it would impose fresh sanctions on Russia",0),
("USA","RUS","ACCUSE",True,"the government of the Russian Federation has used chemical or biological weapons in violation of international law",0),
("USA","RUS","THREATEN",True,"A second, far more severe round could follow in 90 days",0),
("USA","RUS","REQUEST",False,"unless Russia provides \"reliable assurances\"",0),
("RUS","GBR","ASSAULT",False,"used a military-grade nerve agent to poison a former Russian intelligence officer",0),
("GBR","RUS","ACCUSE",True,"Britain has said the Novichok nerve agent used in the attack was developed by Russia",0),
("RUS","GBR","REJECT",True,"Moscow has repeatedly denied any role",0),
("RUS","USA","REJECT",True,"the new measures were \"absolutely unlawful\"",0),
("RUS","USA","ACCUSE",False,"We are used to not hearing any facts or evidence",0),
("RUS","USA","REQUEST",False,"it had asked for evidence and received none",0),
("RUS","USA","THREATEN",True,"Moscow would answer \"in a mirror manner\" if the penalties went ahead",0),
("GBR","USA","SUPPORT",True,"In London, the government welcomed the move",0),
("USA","RUS","CONSULT",True,"President Trump met Mr. Putin",1),
("USA","RUS","CONSULT",False,"were visiting Moscow",0),
])

A(id="CH3", headline="Treasury sanctions Russian troll factory and spy agencies over election meddling and cyberattacks",
date="2018-03-15", why="Treasury action announced Thursday, March 15, 2018",
text="""Treasury sanctions Russian troll factory and spy agencies over election meddling and cyberattacks

The Trump administration on Thursday imposed sanctions on Russian individuals and organizations for meddling in the 2016 presidential election and for a string of destructive cyberattacks, its most significant move yet to punish Moscow.

The Treasury Department named 19 people and five entities, among them the Internet Research Agency, the St. Petersburg troll factory indicted last month by the special counsel, Robert S. Mueller III.

Also targeted were Russia's two main intelligence services, the F.S.B. and the military intelligence agency known as the G.R.U., along with several of their officers.

"The administration is confronting and countering malign Russian cyber activity, including their attempted interference in U.S. elections, destructive cyberattacks, and intrusions targeting critical infrastructure," Treasury Secretary Steven Mnuchin said in a statement.

Officials said the measures were also a response to NotPetya, a 2017 attack that the White House has blamed on the Russian military and that crippled computers across Europe, Asia and the Americas.

In a separate alert, the F.B.I. and the Department of Homeland Security accused Russian government hackers of targeting American power plants, water systems and aviation networks since at least 2016.

The sanctions freeze any assets the targets hold under American jurisdiction and bar Americans from doing business with them. Many of those named were already under earlier penalties, and critics said the practical effect would be limited.

Moscow dismissed the move. Deputy Foreign Minister Sergei Ryabkov told the Interfax news agency that Russia would prepare retaliatory measures, and said Washington was acting out of internal political squabbles.

"We are calmly working on retaliatory measures," Mr. Ryabkov said.

The announcement came a day after the White House joined Britain in blaming Russia for the poisoning of a former spy in Salisbury, England. On Thursday, President Trump, Prime Minister Theresa May, Chancellor Angela Merkel and President Emmanuel Macron issued a joint statement condemning the attack.

The statement called it "the first offensive use of a nerve agent in Europe since the Second World War" and said there was "no plausible alternative explanation" than Russian responsibility.

Democrats in Congress said the administration had dragged its feet. The sanctions law that Congress passed last summer, with near-unanimous support, required action months ago.

"These sanctions are a long overdue step," said Representative Adam Schiff of California, the top Democrat on the House Intelligence Committee, who called the list "woefully incomplete."

Senator Bob Corker, the Tennessee Republican who leads the Foreign Relations Committee, said he welcomed the measures but hoped that more would follow.

The Kremlin has repeatedly denied interfering in the election. Mr. Trump has called the Mueller inquiry a "witch hunt," but his administration has increasingly taken a tougher public tone toward Moscow.
""",
people=[("Robert S. Mueller III","USA","special counsel"),("Steven Mnuchin","USA","Treasury Secretary"),("Sergei Ryabkov","RUS","Deputy Foreign Minister"),
("Donald Trump","USA","President"),("Theresa May","GBR","Prime Minister"),("Angela Merkel","DEU","Chancellor"),("Emmanuel Macron","FRA","President"),
("Adam Schiff","USA","Representative, top Democrat on House Intelligence Committee"),("Bob Corker","USA","Senator, chairman of Foreign Relations Committee")],
events=[
("USA","RUS","SANCTION",True,"imposed sanctions on Russian individuals and organizations",0),
("USA","RUS","ACCUSE",True,"malign Russian cyber activity, including their attempted interference in U.S. elections",0),
("USA","RUS","ACCUSE",True,"the White House has blamed on the Russian military",0),
("USA","RUS","ACCUSE",True,"accused Russian government hackers of targeting American power plants",0),
("RUS","USA","REJECT",True,"Moscow dismissed the move",0),
("RUS","USA","THREATEN",True,"Russia would prepare retaliatory measures",0),
("RUS","USA","ACCUSE",False,"Washington was acting out of internal political squabbles",0),
("USA","RUS","ACCUSE",True,"the White House joined Britain in blaming Russia",0),
("GBR","RUS","ACCUSE",True,"issued a joint statement condemning the attack",0),
("DEU","RUS","ACCUSE",True,"Chancellor Angela Merkel and President Emmanuel Macron issued a joint statement",0),
("FRA","RUS","ACCUSE",True,"President Emmanuel Macron issued a joint statement condemning the attack",0),
("RUS","USA","REJECT",False,"The Kremlin has repeatedly denied interfering in the election",0),
("USA","GBR","COOPERATE",False,"the White House joined Britain",1),
])

A(id="CH4", headline="E.U. tariffs on bourbon, motorcycles and jeans take effect as trade fight with Trump widens",
date="2018-06-22", why="EU duties took effect Friday, June 22, 2018",
text="""E.U. tariffs on bourbon, motorcycles and jeans take effect as trade fight with Trump widens

The European Union on Friday began collecting tariffs on American whiskey, motorcycles, orange juice and blue jeans, striking back at President Trump's duties on European steel and aluminum and deepening a trade conflict between longtime allies.

The 25 percent levies apply to about 2.8 billion euros, or $3.2 billion, of American goods. Many of them were chosen for their political symbolism, coming from states represented by senior Republicans, such as bourbon from Kentucky and Harley-Davidson motorcycles from Wisconsin.

"We did not want to be in this position," Cecilia Malmstrom, the European trade commissioner, said in a statement. "However, the unilateral and unjustified decision of the U.S. to impose steel and aluminum tariffs on the E.U. means that we are left with no other choice."

She added that the bloc would remove the tariffs if Washington lifted its own.

Mr. Trump responded within hours. On Twitter, he threatened to impose a 20 percent tariff on all cars assembled in the European Union and shipped to the United States unless the bloc dropped its "tariffs and barriers."

"Build them here!" he wrote.

The threat was aimed squarely at Germany, whose carmakers export hundreds of thousands of vehicles to the United States each year. German officials have pressed the commission to seek a deal rather than escalate.

Jean-Claude Juncker, the president of the European Commission, is expected to travel to Washington next month to meet Mr. Trump, according to European diplomats, in an attempt to calm tensions.

The Trump administration imposed its metals tariffs on June 1, ending temporary exemptions for the European Union, Canada and Mexico. It has cited national security, an argument the Europeans have dismissed as absurd.

"We are not a threat to American security," Mr. Juncker told reporters in Brussels earlier this month.

The bloc has also filed a complaint at the World Trade Organization challenging the American tariffs.

In Kentucky, distillers warned of lost sales. Senate Majority Leader Mitch McConnell, who represents the state, said he was worried about retaliation aimed at bourbon and urged the White House to reach an agreement.

Harley-Davidson has not commented publicly on the tariffs, but analysts said the company could move some production abroad to avoid them.

India and Turkey have also announced retaliatory tariffs, while Canada's countermeasures are due to begin on July 1.

Some European leaders cautioned against a spiral. French Finance Minister Bruno Le Maire said Europe would not negotiate "with a gun to our head," but said the door to talks remained open.
""",
people=[("Donald Trump","USA","President"),("Cecilia Malmstrom","EUR","European trade commissioner"),("Jean-Claude Juncker","EUR","President of the European Commission"),
("Mitch McConnell","USA","Senate Majority Leader"),("Bruno Le Maire","FRA","Finance Minister")],
events=[
("EUR","USA","SANCTION",True,"began collecting tariffs on American whiskey, motorcycles, orange juice and blue jeans",0),
("EUR","USA","ACCUSE",True,"the unilateral and unjustified decision of the U.S. to impose steel and aluminum tariffs",0),
("USA","EUR","SANCTION",True,"President Trump's duties on European steel and aluminum",0),
("EUR","USA","AGREE",False,"the bloc would remove the tariffs if Washington lifted its own",0),
("USA","EUR","THREATEN",True,"he threatened to impose a 20 percent tariff on all cars assembled in the European Union",0),
("DEU","EUR","REQUEST",False,"German officials have pressed the commission to seek a deal",0),
("EUR","USA","CONSULT",True,"is expected to travel to Washington next month to meet Mr. Trump",0),
("USA","EUR","SANCTION",False,"ending temporary exemptions for the European Union, Canada and Mexico",0),
("USA","CAN","SANCTION",False,"ending temporary exemptions for the European Union, Canada and Mexico",0),
("USA","MEX","SANCTION",False,"ending temporary exemptions for the European Union, Canada and Mexico",0),
("EUR","USA","REJECT",True,"an argument the Europeans have dismissed as absurd",0),
("EUR","USA","ACCUSE",True,"filed a complaint at the World Trade Organization challenging the American tariffs",0),
("IND","USA","SANCTION",True,"India and Turkey have also announced retaliatory tariffs",0),
("TUR","USA","SANCTION",True,"India and Turkey have also announced retaliatory tariffs",0),
("CAN","USA","SANCTION",False,"Canada's countermeasures are due to begin on July 1",0),
("FRA","USA","REJECT",True,"Europe would not negotiate \"with a gun to our head,\"",0),
])

A(id="CH5", headline="Canada's retaliatory tariffs on U.S. goods take effect on Canada Day",
date="2018-07-01", why="Canadian duties took effect Sunday, July 1, 2018 (Canada Day)",
text="""Canada's retaliatory tariffs on U.S. goods take effect on Canada Day

Canada on Sunday began imposing tariffs on about $12.6 billion worth of American products, from steel and aluminum to ketchup, maple syrup and lawn mowers, in retaliation for President Trump's tariffs on Canadian metals.

The duties took effect on Canada Day, the national holiday, a timing that officials in Ottawa did not hide. Prime Minister Justin Trudeau said Canadians were "polite" and "reasonable" but "will not be pushed around."

"We will not escalate, and we will not back down," Foreign Minister Chrystia Freeland told reporters on Friday, when the final list was announced. She described the measures as "perfectly reciprocal," matching dollar for dollar the American tariffs imposed on June 1.

The Canadian list includes 25 percent duties on steel and 10 percent on a long list of consumer goods, among them whiskey, orange juice, yogurt, playing cards and sleeping bags.

The White House did not immediately respond. But Mr. Trump has repeatedly attacked Canada's trade practices, especially its high tariffs on dairy, and has threatened to target Canadian auto imports.

Relations between the two leaders have soured since the Group of 7 summit in Quebec last month, when Mr. Trump called Mr. Trudeau "very dishonest and weak" in a Twitter message sent from Air Force One.

Peter Navarro, the president's trade adviser, said afterward that there was "a special place in hell" for any foreign leader who engaged in "bad faith diplomacy" with Mr. Trump. He later apologized for the remark.

Canada has also challenged the American tariffs at the World Trade Organization and under the dispute procedures of the North American Free Trade Agreement.

Business groups on both sides of the border urged restraint. The U.S. Chamber of Commerce warned that the tit-for-tat duties would hurt workers and consumers in both countries.

Ms. Freeland said Ottawa would offer up to 2 billion Canadian dollars in support to steel and aluminum workers and companies affected by the dispute.

Talks on rewriting Nafta, which also includes Mexico, have stalled. Mexico imposed its own retaliatory tariffs in early June, targeting American pork, apples and cheese.

Ms. Freeland said Canada remained ready to return to the negotiating table. "Our door is always open," she said. Officials in Ottawa noted that Canada buys more American goods than any other country does.

In Washington, some Republicans voiced alarm. Senator Orrin Hatch of Utah, who leads the Finance Committee, said the tariffs on allies were "a mistake" and called on the administration to negotiate an end to the standoff.
""",
people=[("Donald Trump","USA","President"),("Justin Trudeau","CAN","Prime Minister"),("Chrystia Freeland","CAN","Foreign Minister"),
("Peter Navarro","USA","trade adviser to the president"),("Orrin Hatch","USA","Senator, chairman of Finance Committee")],
events=[
("CAN","USA","SANCTION",True,"Canada on Sunday began imposing tariffs on about $12.6 billion worth of American products",0),
("USA","CAN","SANCTION",True,"President Trump's tariffs on Canadian metals",0),
("CAN","USA","REJECT",True,"will not be pushed around",0),
("CAN","USA","REJECT",False,"we will not back down",0),
("USA","CAN","ACCUSE",True,"Mr. Trump has repeatedly attacked Canada's trade practices",0),
("USA","CAN","THREATEN",True,"has threatened to target Canadian auto imports",0),
("USA","CAN","ACCUSE",True,"Mr. Trump called Mr. Trudeau \"very dishonest and weak\"",0),
("USA","CAN","ACCUSE",True,"a special place in hell",0),
("CAN","USA","ACCUSE",True,"Canada has also challenged the American tariffs at the World Trade Organization",0),
("MEX","USA","SANCTION",True,"Mexico imposed its own retaliatory tariffs in early June",0),
("CAN","USA","AGREE",False,"Canada remained ready to return to the negotiating table",0),
("USA","CAN","CONSULT",False,"Talks on rewriting Nafta",1),
])
