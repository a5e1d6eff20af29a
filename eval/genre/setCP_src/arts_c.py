from common import A, E, P

ARTS = []

ARTS.append(A(
id='CP11', headline="Putin and Erdogan agree on buffer zone to avert assault on Syria's Idlib",
date="2018-09-17 20:30:00", authors=["Nathan Hodge", "Gul Tuysuz"],
url="https://www.cnn.com/2018/09/17/middleeast/putin-erdogan-idlib-demilitarized-zone-intl/index.html", domain="www.cnn.com",
desc="Russia and Turkey will create a demilitarized zone in Idlib province, the last major rebel stronghold in Syria, the two leaders announced in Sochi.",
published={"earliest": "2018-09-17", "latest": "2018-09-17", "why": "Putin-Erdogan meeting in Sochi on Monday 17 September 2018; reported that day"},
body="""
Moscow (CNN) — Russia and Turkey agreed on Monday to set up a demilitarized zone around Syria's Idlib province, a deal that appeared to put off, at least for now, a Syrian government offensive that aid groups warned could cause a humanitarian catastrophe.

Russian President Vladimir Putin announced the plan after more than four hours of talks with Turkish President Recep Tayyip Erdogan in the Black Sea resort of Sochi.

The zone, 15 to 20 kilometers deep, will separate rebel fighters from Syrian government forces and is to be in place by October 15, Putin told reporters. Radical groups, including fighters linked to al Qaeda, must leave it, and heavy weapons will be withdrawn.

"We agreed to create a demilitarized zone between the government troops and the armed opposition," Putin said. He added that Russian military police and Turkish forces would patrol it together.

Asked whether the agreement meant there would be no military operation in Idlib, Russian Defense Minister Sergei Shoigu answered simply: "Yes."

Erdogan, whose country backs several rebel factions and has 12 military observation posts in the province, said the deal would prevent a humanitarian crisis. "I believe that with this memorandum we have prevented a great humanitarian tragedy," he said.

Turkey, which already hosts more than 3.5 million Syrian refugees, had feared that an offensive would send hundreds of thousands more people toward its border. In recent days it sent reinforcements to its observation posts.

The Syrian government had massed troops around the province for weeks, and Russian and Syrian warplanes had bombed towns in the south of Idlib earlier this month. President Bashar al-Assad has vowed to retake every inch of Syrian territory.

There was no immediate reaction from Damascus. Iran, which along with Russia is Assad's main backer, had opposed Turkey's call for a ceasefire at a summit in Tehran on September 7.

The United Nations welcomed the agreement. Jan Egeland, the UN humanitarian adviser for Syria, wrote on Twitter that the deal could save millions of lives, though he said the details still had to be worked out.

Washington has warned that it would respond if the Syrian government used chemical weapons in Idlib. "The United States will respond swiftly and appropriately," a senior administration official said last week.

Rebel groups gave the deal a cautious reception. A spokesman for the National Liberation Front, the main Turkish-backed alliance, said fighters would not give up their weapons. Hayat Tahrir al-Sham, the jihadist group that controls much of the province, did not comment.

About 3 million people live in Idlib, around half of them displaced from other parts of Syria. Many were bused there under surrender deals after government forces retook areas around Damascus and in the south.

The agreement is the latest sign of the close working relationship between Putin and Erdogan, whose countries back opposite sides in the war but have cooperated since 2016 in the so-called Astana peace process with Iran.
""",
people=[P("Vladimir Putin", "RUS", "President"),
        P("Recep Tayyip Erdogan", "TUR", "President"),
        P("Sergei Shoigu", "RUS", "Defense Minister"),
        P("Bashar al-Assad", "SYR", "President"),
        P("Jan Egeland", "UNO", "UN humanitarian adviser for Syria")],
events=[
 E("RUS", "TUR", "AGREE", True, "Russia and Turkey agreed on Monday to set up a demilitarized zone", True),
 E("TUR", "RUS", "CONSULT", True, "more than four hours of talks with Turkish President Recep Tayyip Erdogan", True),
 E("RUS", "SYR", "REQUEST", False, "Radical groups, including fighters linked to al Qaeda, must leave it"),
 E("RUS", "TUR", "COOPERATE/AGREE", True, "Russian military police and Turkish forces would patrol it together", True),
 E("TUR", "SYR", "MOBILIZE", True, "it sent reinforcements to its observation posts"),
 E("SYR", "SYR", "MOBILIZE", True, "The Syrian government had massed troops around the province"),
 E(("RUS", "SYR"), "SYR", "ASSAULT", True, "Russian and Syrian warplanes had bombed towns in the south of Idlib"),
 E("SYR", "SYR", "THREATEN", False, "has vowed to retake every inch of Syrian territory"),
 E("IRN", "TUR", "REJECT", True, "had opposed Turkey's call for a ceasefire"),
 E("UNO", ["RUS", "TUR"], "SUPPORT", True, "The United Nations welcomed the agreement"),
 E("USA", "SYR", "THREATEN", True, "Washington has warned that it would respond"),
 E("SYR", ["RUS", "TUR"], "REJECT", True, "fighters would not give up their weapons"),
 E(("RUS", "IRN"), "SYR", "SUPPORT", False, "Assad's main backer"),
 E("TUR", "SYR", "SUPPORT", False, "whose country backs several rebel factions"),
]))

ARTS.append(A(
id='CP12', headline="Russia vetoes renewal of U.N. inquiry into Syria chemical attacks",
date="2017-11-16 21:10:00", authors=["Michelle Nichols", "Associated Press"],
url="https://www.washingtonpost.com/world/middle_east/russia-vetoes-renewal-of-un-syria-chemical-weapons-inquiry/2017/11/16/", domain="www.washingtonpost.com",
desc="The joint U.N.-OPCW panel that blamed Damascus for the Khan Sheikhoun sarin attack will expire after Moscow blocked a U.S. draft resolution.",
published={"earliest": "2017-11-16", "latest": "2017-11-16", "why": "Security Council vote of Thursday 16 November 2017; mandate expiring Friday 17 November"},
body="""
UNITED NATIONS — Russia on Thursday vetoed a U.S.-drafted resolution that would have extended the mandate of the international body investigating chemical weapons attacks in Syria, setting off bitter recriminations at the Security Council.

The panel, known as the Joint Investigative Mechanism, was set up in 2015 by the United Nations and the Organization for the Prohibition of Chemical Weapons. Its mandate expires at midnight on Friday.

The American draft received 11 votes in favor. Russia and Bolivia voted against it, and China and Egypt abstained. It was the 10th time that Moscow has used its veto to shield the government of President Bashar al-Assad since the Syrian war began.

Last month, the investigators concluded that Syrian government forces were responsible for a sarin attack on the town of Khan Sheikhoun in April that killed more than 80 people. Russia has rejected the finding, calling the inquiry deeply flawed.

"Russia will not accept any attempt to turn this mechanism into a tool for pressuring Damascus," Vassily Nebenzia, Russia's ambassador, told the council. He accused the investigators of relying on evidence supplied by opposition groups.

The U.S. ambassador, Nikki Haley, said Russia had "killed" the inquiry. "Russia has once again shown it will do whatever it takes to ensure the barbaric Assad regime never faces consequences," she said.

Ms. Haley said the United States would not stop seeking accountability. "We will not let this go unpunished," she added.

A rival Russian draft, which would have delayed the panel's work and required a new review of its findings, failed to win enough support. Only four countries voted for it.

Britain's ambassador, Matthew Rycroft, said Moscow was trying "to kill the messenger." France's envoy, Francois Delattre, called the veto "a dark moment" and said Paris would work with partners on other ways to hold perpetrators to account.

Syria's ambassador, Bashar Jaafari, denied that his government had used chemical weapons and accused Western countries of fabricating reports to justify intervention.

Secretary General Antonio Guterres had urged the council to keep the panel alive. His spokesman, Stephane Dujarric, said Mr. Guterres regretted that members had been unable to agree.

Japan said it would put forward a compromise text on Friday that would extend the mandate for a short period, and diplomats said talks would continue through the night.

In April, President Trump ordered missile strikes on a Syrian air base in response to the Khan Sheikhoun attack. Asked on Thursday whether the United States could act again, a senior administration official said that "all options remain on the table."

The inquiry had previously found the Syrian government responsible for three chlorine attacks in 2014 and 2015, and the Islamic State group responsible for using mustard gas.
""",
people=[P("Bashar al-Assad", "SYR", "President"),
        P("Vassily Nebenzia", "RUS", "ambassador to the U.N."),
        P("Nikki Haley", "USA", "ambassador to the U.N."),
        P("Matthew Rycroft", "GBR", "ambassador to the U.N."),
        P("Francois Delattre", "FRA", "envoy to the U.N."),
        P("Bashar Jaafari", "SYR", "ambassador to the U.N."),
        P("Antonio Guterres", "UNO", "Secretary General"),
        P("Stephane Dujarric", "UNO", "spokesman for the Secretary General"),
        P("Donald Trump", "USA", "President")],
events=[
 E("RUS", "USA", "REJECT", True, "Russia on Thursday vetoed a U.S.-drafted resolution"),
 E("BOL", "USA", "REJECT", True, "Russia and Bolivia voted against it"),
 E("RUS", "SYR", "SUPPORT", False, "to shield the government of President Bashar al-Assad"),
 E("UNO", "SYR", "ACCUSE", True, "Syrian government forces were responsible for a sarin attack"),
 E("SYR", "SYR", "ASSAULT", False, "a sarin attack on the town of Khan Sheikhoun"),
 E("RUS", "UNO", "REJECT", True, "Russia has rejected the finding"),
 E("RUS", "UNO", "ACCUSE", True, "He accused the investigators of relying on evidence supplied by opposition groups"),
 E("USA", "RUS", "ACCUSE", True, "Russia had \"killed\" the inquiry"),
 E("USA", "SYR", "THREATEN", True, "We will not let this go unpunished"),
 E("GBR", "RUS", "ACCUSE", True, "to kill the messenger"),
 E("FRA", "RUS", "ACCUSE/PROTEST", True, "called the veto \"a dark moment\""),
 E("SYR", "WST", "ACCUSE", True, "accused Western countries of fabricating reports"),
 E("SYR", "UNO", "REJECT", False, "denied that his government had used chemical weapons"),
 E("UNO", "UNO", "REQUEST", False, "had urged the council to keep the panel alive"),
 E("USA", "SYR", "ASSAULT", False, "ordered missile strikes on a Syrian air base"),
 E("USA", "SYR", "THREATEN", False, "\"all options remain on the table.\""),
]))

ARTS.append(A(
id='CP13', headline="Bangladesh summons Myanmar envoy over airspace violations as Rohingya exodus grows",
date="2017-09-15 14:20:00", authors=["Julhas Alam"],
url="https://apnews.com/article/2017/09/15/bangladesh-summons-myanmar-envoy-airspace", domain="apnews.com",
desc="Dhaka says Myanmar drones and helicopters crossed into its airspace three times, as nearly 400,000 Rohingya have fled into Bangladesh.",
published={"earliest": "2017-09-15", "latest": "2017-09-15", "why": "summons announced on Friday 15 September 2017; UN refugee figure of that week"},
body="""
DHAKA, Bangladesh (AP) — Bangladesh summoned Myanmar's ambassador on Friday to protest what it said were repeated violations of its airspace by Myanmar military aircraft, as tensions between the neighbors rose over the flight of hundreds of thousands of Rohingya Muslims.

The Foreign Ministry said Myanmar drones and helicopters had crossed into Bangladeshi airspace three times since Sunday. It warned that such "provocative acts" could lead to "unwanted consequences."

Myanmar's ambassador, U Myo Myint Than, was handed a letter of protest at the ministry in Dhaka, officials said. He did not speak to reporters as he left.

In Myanmar, a government spokesman, Zaw Htay, said the military had not intended to enter Bangladeshi airspace and that any incursion would be looked into.

The U.N. refugee agency says about 400,000 Rohingya have crossed into Bangladesh since Aug. 25, when insurgents from the Arakan Rohingya Salvation Army attacked about 30 police posts in Myanmar's Rakhine state and the military launched what it called clearance operations.

Refugees have described soldiers and Buddhist mobs burning villages and shooting civilians. Myanmar's government says its forces are fighting terrorists and denies targeting civilians.

Prime Minister Sheikh Hasina, who visited the crowded camps near Cox's Bazar this week, said Myanmar must take back its people. "We will give them shelter, but Myanmar has to take them back," she said.

Bangladesh has also proposed that safe zones be set up inside Myanmar, under international supervision, so that the refugees can return. Myanmar has not responded to the idea.

Foreign Minister A.H. Mahmood Ali told diplomats in Dhaka that Myanmar was carrying out genocide against the Rohingya. Myanmar's government rejects that term.

On Wednesday, the U.N. Security Council held a closed-door meeting and called for "immediate steps to end the violence." Secretary-General Antonio Guterres said the situation was best described as ethnic cleansing.

Myanmar's de facto leader, Aung San Suu Kyi, has canceled plans to attend the U.N. General Assembly in New York next week. Her office said she would address the nation on Tuesday.

India, which had earlier backed Myanmar's security operation, sent its first shipment of relief supplies to Bangladesh on Thursday. Turkey, Indonesia and Malaysia have also sent aid, and Malaysia summoned Myanmar's ambassador earlier this month.

Human Rights Watch said satellite images showed that at least 62 villages had been set on fire. "Myanmar's military is trying to make sure the Rohingya never come back," said Phil Robertson, the group's deputy Asia director.

Bangladesh's border guards, who had turned back some refugees in the first days of the crisis, have been ordered to let them in, officials said.
""",
people=[P("Myo Myint Than", "MMR", "ambassador to Bangladesh"),
        P("Zaw Htay", "MMR", "government spokesman"),
        P("Sheikh Hasina", "BGD", "Prime Minister"),
        P("A.H. Mahmood Ali", "BGD", "Foreign Minister"),
        P("Antonio Guterres", "UNO", "Secretary-General"),
        P("Aung San Suu Kyi", "MMR", "de facto leader"),
        P("Phil Robertson", "USA", "deputy Asia director, Human Rights Watch")],
events=[
 E("BGD", "MMR", "PROTEST", True, "Bangladesh summoned Myanmar's ambassador on Friday"),
 E("BGD", "MMR", "ACCUSE", True, "Myanmar drones and helicopters had crossed into Bangladeshi airspace"),
 E("BGD", "MMR", "THREATEN", True, "could lead to \"unwanted consequences.\""),
 E("BGD", "MMR", "PROTEST", False, "was handed a letter of protest"),
 E("MMR", "BGD", "REJECT", True, "the military had not intended to enter Bangladeshi airspace"),
 E("MMR", "MMR", "ASSAULT", True, "attacked about 30 police posts"),
 E("MMR", "MMR", "ASSAULT", True, "soldiers and Buddhist mobs burning villages and shooting civilians"),
 E("MMR", "MMR", "REJECT", False, "denies targeting civilians"),
 E("BGD", "MMR", "REQUEST", True, "Myanmar must take back its people"),
 E("BGD", "MMR", "REQUEST", True, "Bangladesh has also proposed that safe zones be set up inside Myanmar"),
 E("BGD", "MMR", "ACCUSE", True, "Myanmar was carrying out genocide against the Rohingya"),
 E("UNO", "MMR", "REQUEST", True, "called for \"immediate steps to end the violence.\""),
 E("UNO", "MMR", "ACCUSE", True, "the situation was best described as ethnic cleansing"),
 E("IND", "BGD", "AID", True, "sent its first shipment of relief supplies to Bangladesh"),
 E(("TUR", "IDN", "MYS"), "BGD", "AID", False, "Turkey, Indonesia and Malaysia have also sent aid"),
 E("MYS", "MMR", "PROTEST", True, "Malaysia summoned Myanmar's ambassador"),
 E("NGO", "MMR", "ACCUSE", True, "Myanmar's military is trying to make sure the Rohingya never come back"),
]))

ARTS.append(A(
id='CP14', headline="Tillerson says Myanmar's campaign against Rohingya is 'ethnic cleansing'",
date=None, authors=["Michele Kelemen"],
url="https://www.npr.org/sections/thetwo-way/2017/11/22/tillerson-myanmar-rohingya-ethnic-cleansing", domain="www.npr.org",
desc="The secretary of state's determination opens the door to targeted U.S. sanctions against those responsible for the violence in Rakhine state.",
published={"earliest": "2017-11-22", "latest": "2017-11-22", "why": "Tillerson statement of Wednesday 22 November 2017"},
body="""
Secretary of State Rex Tillerson said Wednesday that the Myanmar military's operations against Rohingya Muslims amount to "ethnic cleansing," the first time the Trump administration has used the term to describe the crisis.

"After a careful and thorough analysis of available facts, it is clear that the situation in northern Rakhine state constitutes ethnic cleansing against the Rohingya," Tillerson said in a statement.

He said those responsible for "horrendous atrocities" must be held accountable, and he said the United States would pursue accountability through U.S. law, including possible targeted sanctions.

Tillerson stopped short of calling for broad economic sanctions against Myanmar, also known as Burma. A senior State Department official told reporters that the administration did not want to undermine the country's fragile transition to civilian rule.

The determination comes a week after Tillerson visited Myanmar's capital, Naypyitaw, where he met the country's civilian leader, Aung San Suu Kyi, and its military chief, Senior Gen. Min Aung Hlaing.

More than 600,000 Rohingya have fled to neighboring Bangladesh since late August, when the military began what it called clearance operations after militant attacks on police posts.

Myanmar's government rejected the U.S. finding. Government spokesman Zaw Htay said the accusations were not based on evidence and that Myanmar was working with Bangladesh to bring the refugees home.

Officials from the two countries were holding talks in Naypyitaw on Wednesday on the terms of repatriation. Bangladesh's foreign minister, A.H. Mahmood Ali, met Suu Kyi and told reporters he hoped for an agreement soon.

Lawmakers in Washington welcomed Tillerson's statement but said it should be followed by action. "This is an important step, but it must be followed by sanctions on the generals who ordered these crimes," Sen. John McCain, chairman of the Armed Services Committee, said.

A bipartisan group of senators has introduced a bill that would impose sanctions on military leaders and restrict U.S. military cooperation with Myanmar.

Rights groups said the administration should go further. Amnesty International said the violence amounted to crimes against humanity, and Human Rights Watch called on the United Nations Security Council to impose an arms embargo.

The United States already withdrew invitations to Myanmar's military leaders to attend U.S.-sponsored events last month, and it has barred units involved in the operations from receiving American assistance.

Pope Francis is scheduled to visit Myanmar next week and then travel to Bangladesh, where he is expected to meet Rohingya refugees. Vatican officials have said he may avoid using the word Rohingya to avoid inflaming tensions.

China, a close ally of Myanmar, has proposed a three-step plan that begins with a cease-fire in Rakhine and ends with long-term development. Beijing has opposed any international action at the U.N.
""",
people=[P("Rex Tillerson", "USA", "Secretary of State"),
        P("Aung San Suu Kyi", "MMR", "civilian leader"),
        P("Min Aung Hlaing", "MMR", "military chief"),
        P("Zaw Htay", "MMR", "government spokesman"),
        P("A.H. Mahmood Ali", "BGD", "foreign minister"),
        P("John McCain", "USA", "Senator, chairman of the Armed Services Committee"),
        P("Pope Francis", "VAT", "Pope")],
events=[
 E("USA", "MMR", "ACCUSE", True, "amount to \"ethnic cleansing,\""),
 E("USA", "MMR", "THREATEN", True, "including possible targeted sanctions"),
 E("USA", "MMR", "REQUEST/ACCUSE", False, "those responsible for \"horrendous atrocities\" must be held accountable"),
 E("USA", "MMR", "CONSULT", True, "Tillerson visited Myanmar's capital, Naypyitaw, where he met"),
 E("MMR", "USA", "REJECT", True, "Myanmar's government rejected the U.S. finding"),
 E("MMR", "BGD", "COOPERATE", False, "Myanmar was working with Bangladesh to bring the refugees home", True),
 E("MMR", "BGD", "CONSULT", True, "Officials from the two countries were holding talks in Naypyitaw", True),
 E("BGD", "MMR", "CONSULT", True, "met Suu Kyi"),
 E("USA", "MMR", "REQUEST/THREATEN", True, "it must be followed by sanctions on the generals"),
 E("USA", "MMR", "SANCTION/THREATEN", False, "introduced a bill that would impose sanctions on military leaders"),
 E("NGO", "MMR", "ACCUSE", True, "the violence amounted to crimes against humanity"),
 E("NGO", "UNO", "REQUEST", True, "called on the United Nations Security Council to impose an arms embargo"),
 E("USA", "MMR", "SANCTION", True, "barred units involved in the operations from receiving American assistance"),
 E("USA", "MMR", "SANCTION/REJECT", False, "withdrew invitations to Myanmar's military leaders"),
 E("VAT", "MMR", "CONSULT", False, "Pope Francis is scheduled to visit Myanmar next week"),
 E("CHN", "MMR", "SUPPORT", False, "Beijing has opposed any international action at the U.N."),
 E("MMR", "MMR", "ASSAULT", False, "the military began what it called clearance operations"),
]))

ARTS.append(A(
id='CP15', headline="U.N. investigators call for Myanmar generals to face genocide charges",
published={"earliest": "2018-08-27", "latest": "2018-08-27", "why": "UN fact-finding mission report and Facebook ban on Monday 27 August 2018"},
body="""
GENEVA — United Nations investigators said on Monday that Myanmar's military commander and five other senior generals should be investigated and prosecuted for genocide over the army's campaign against the Rohingya Muslim minority.

The call came in a report by the U.N. Independent International Fact-Finding Mission on Myanmar, which spent more than a year documenting abuses in Rakhine, Kachin and Shan states.

The mission said the military's actions in Rakhine last year, including mass killings, gang rapes and the burning of hundreds of villages, were carried out with "genocidal intent." It named Senior Gen. Min Aung Hlaing, the commander in chief, as the first of those who should face justice.

"The military will not be able to hide behind claims of security," Marzuki Darusman, the former Indonesian attorney general who chaired the mission, told reporters. "These are the gravest crimes under international law."

The investigators recommended that the U.N. Security Council refer the situation to the International Criminal Court or set up a special tribunal. They also called for an arms embargo and targeted sanctions against those most responsible.

The report sharply criticized Aung San Suu Kyi, Myanmar's civilian leader, saying she had not used her moral authority to stem the violence. It stopped short of accusing her of taking part in the crimes.

Myanmar had refused to let the investigators into the country, and its government did not respond on Monday. Its representative in Geneva has previously dismissed the mission as biased and said Myanmar would not cooperate with it.

Hours after the report was released, Facebook said it had banned Min Aung Hlaing and 19 other individuals and organizations from its platform, saying they had used it to inflame ethnic and religious tensions.

Britain's Foreign Office said the findings were "deeply disturbing" and that it would push for accountability at the Security Council. Jeremy Hunt, the foreign secretary, said those responsible "must not escape justice."

But diplomats said a referral to the court was likely to be blocked by China, which has a veto on the council and has defended Myanmar's government. A spokesman for China's Foreign Ministry said pressure would not help resolve the issue.

Rights groups welcomed the report. "This is a landmark moment," said Matthew Smith of Fortify Rights. "The world can no longer claim it does not know."

More than 700,000 Rohingya have fled to Bangladesh since August 2017. Bangladesh and Myanmar signed an agreement last year to begin returning refugees, but almost none have gone back, saying they fear for their safety.

The U.S. State Department has been conducting its own investigation and is expected to release its findings soon.
""",
people=[P("Min Aung Hlaing", "MMR", "commander in chief"),
        P("Marzuki Darusman", "IDN", "chair, UN fact-finding mission; former Indonesian attorney general"),
        P("Aung San Suu Kyi", "MMR", "civilian leader"),
        P("Jeremy Hunt", "GBR", "foreign secretary"),
        P("Matthew Smith", "USA", "Fortify Rights")],
events=[
 E("UNO", "MMR", "ACCUSE", True, "should be investigated and prosecuted for genocide"),
 E("UNO", "MMR", "ACCUSE", True, "were carried out with \"genocidal intent.\""),
 E("MMR", "MMR", "ASSAULT", False, "including mass killings, gang rapes and the burning of hundreds of villages"),
 E("UNO", "UNO", "REQUEST", True, "recommended that the U.N. Security Council refer the situation"),
 E("UNO", "MMR", "REQUEST", False, "called for an arms embargo and targeted sanctions"),
 E("UNO", "MMR", "ACCUSE", True, "The report sharply criticized Aung San Suu Kyi"),
 E("MMR", "UNO", "REJECT", True, "Myanmar had refused to let the investigators into the country"),
 E("MMR", "UNO", "ACCUSE/REJECT", False, "dismissed the mission as biased"),
 E("MNC", "MMR", "SANCTION", True, "Facebook said it had banned Min Aung Hlaing"),
 E("MNC", "MMR", "ACCUSE", False, "saying they had used it to inflame ethnic and religious tensions"),
 E("GBR", "MMR", "ACCUSE", True, "the findings were \"deeply disturbing\""),
 E("GBR", "MMR", "THREATEN/REQUEST", False, "must not escape justice"),
 E("CHN", "MMR", "SUPPORT", True, "has defended Myanmar's government"),
 E("NGO", "UNO", "SUPPORT", True, "Rights groups welcomed the report"),
 E("BGD", "MMR", "AGREE", False, "Bangladesh and Myanmar signed an agreement last year", True),
]))
