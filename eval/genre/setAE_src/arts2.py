# Articles AE7..AE13 (CNN / AP / Washington Post / NPR / Guardian 2016-2018).
ARTS = []

ARTS.append(dict(
id="AE7", fmt="txt",
headline="India blames Pakistan-based group as Pathankot air base siege ends",
published=("2016-01-05", "2016-01-06", "siege began Saturday Jan 2, 2016; 'on Tuesday' operation declared over (Jan 5)"),
body="""
Indian security forces on Tuesday declared the end of a four-day battle to clear heavily armed militants from a sprawling air force base near the Pakistani border, as New Delhi pointed the finger at a Pakistan-based jihadi group and pressed Islamabad to act.

Seven Indian security personnel and six attackers were killed in the assault on the Pathankot base in Punjab state, which began before dawn on Saturday when gunmen dressed in army fatigues scaled a perimeter wall. Commandos of the National Security Guard spent two more days hunting down the last of the attackers hiding in a two-storey building.

Indian officials said the militants belonged to Jaish-e-Mohammed, a group based in Pakistan's Punjab province that India also blames for the 2001 attack on its parliament. "We have shared specific and actionable intelligence with Pakistan," a foreign ministry spokesman, Vikas Swarup, told reporters in New Delhi.

Pakistan's Prime Minister Nawaz Sharif telephoned Indian Prime Minister Narendra Modi on Tuesday and promised "prompt and decisive action" against anyone found to be involved, according to a statement from Modi's office. Pakistan's foreign ministry condemned the attack and said it was committed to partnering with India to eliminate terrorism.

The attack came barely a week after Modi made a surprise stopover in Lahore to meet Sharif on his birthday, a gesture that raised hopes of a thaw between the nuclear-armed neighbours. Talks between the countries' foreign secretaries are scheduled for mid-January.

Indian officials stopped short of calling off those talks but made clear they would not go ahead unless Pakistan moved against the group. "The ball is in Pakistan's court," said a senior government official who spoke on condition of anonymity.

Opposition parties accused Modi of naivety. The Congress party said the government had rushed into diplomacy with Pakistan without securing guarantees on terrorism.

In Washington, the State Department condemned the attack and urged Pakistan to work with India to bring those responsible to justice.

Defense analysts questioned how the gunmen had penetrated one of India's most important frontline air bases, and Defense Minister Manohar Parrikar acknowledged there had been "some gaps" in security.
""",
people=[
 ("Vikas Swarup","IND","foreign ministry spokesman"),
 ("Nawaz Sharif","PAK","Prime Minister"),
 ("Narendra Modi","IND","Prime Minister"),
 ("Manohar Parrikar","IND","Defense Minister"),
],
events=[
 ("PAK","IND","ASSAULT",True,"the assault on the Pathankot base in Punjab state",False),
 ("IND","PAK","ASSAULT",False,"Commandos of the National Security Guard spent two more days hunting down the last of the attackers",False),
 ("IND","PAK","ACCUSE",True,"New Delhi pointed the finger at a Pakistan-based jihadi group",False),
 ("IND","PAK","REQUEST",True,"pressed Islamabad to act",False),
 ("IND","PAK","ACCUSE",False,"India also blames for the 2001 attack on its parliament",False),
 ("IND","PAK","COOPERATE",True,"We have shared specific and actionable intelligence with Pakistan",False),
 ("PAK","IND","CONSULT",True,"Nawaz Sharif telephoned Indian Prime Minister Narendra Modi",False),
 ("PAK","IND","AGREE",True,"promised \"prompt and decisive action\"",False),
 ("PAK","PAK","PROTEST|ACCUSE",False,"Pakistan's foreign ministry condemned the attack",False),
 ("PAK","IND","AGREE/COOPERATE",True,"it was committed to partnering with India to eliminate terrorism",False),
 ("IND","PAK","CONSULT",False,"Modi made a surprise stopover in Lahore to meet Sharif",False),
 ("IND","PAK","CONSULT",False,"Talks between the countries' foreign secretaries are scheduled for mid-January",True),
 ("IND","PAK","THREATEN",True,"they would not go ahead unless Pakistan moved against the group",False),
 ("IND","IND","ACCUSE",True,"Opposition parties accused Modi of naivety",False),
 ("USA","PAK","PROTEST|ACCUSE",False,"the State Department condemned the attack",False),
 ("USA","PAK","REQUEST",True,"urged Pakistan to work with India",False),
]))

ARTS.append(dict(
id="AE8", fmt="json",
headline="Trump commits more troops to Afghanistan, puts Pakistan on notice",
meta=dict(date="2017-08-22 01:15:00", authors=["Staff and agencies"], url="https://www.theguardian.com/us-news/2017/aug/22/trump-afghanistan-strategy-troops-pakistan", domain="www.theguardian.com",
  description="President reverses his earlier call for withdrawal and warns Islamabad it has 'much to lose' by sheltering militants."),
published=("2017-08-22", "2017-08-22", "date_publish 2017-08-22; speech Monday Aug 21, 2017"),
body="""
Donald Trump has abandoned his long-held view that the US should pull out of Afghanistan, telling Americans in a prime-time address that a hasty exit would create a vacuum for terrorists and promising to keep fighting "to win".

Speaking to troops at Fort Myer in Virginia on Monday night, the president declined to say how many more soldiers would be sent, but officials said he had approved a Pentagon plan to deploy about 4,000 additional troops to train Afghan forces and hunt militants.

"We are not nation-building again. We are killing terrorists," Trump said. He said there would be no timetable for withdrawal and that decisions would be driven by conditions on the ground.

The president reserved some of his harshest words for Pakistan, a nominal ally that receives hundreds of millions of dollars in US assistance. "We have been paying Pakistan billions and billions of dollars at the same time they are housing the very terrorists that we are fighting," he said. "That will have to change, and that will change immediately." He warned that Pakistan had "much to lose" by continuing to harbour militants.

Trump also called on India, Pakistan's arch-rival, to play a bigger role in Afghanistan's economic development, a move likely to alarm Islamabad.

Pakistan's foreign ministry rejected the accusations on Tuesday, saying no country had suffered more from terrorism and that it was disappointing the US had ignored its sacrifices. China, Pakistan's close partner, said Islamabad was on the front line of the fight against terrorism and urged the world to recognise its efforts.

The Afghan president, Ashraf Ghani, welcomed the strategy, thanking Trump for his commitment "to the fight against terrorism". The Taliban, which controls or contests about 40% of the country, vowed to continue its war, warning that Afghanistan would become "another graveyard" for the American empire.

About 8,400 US troops remain in Afghanistan, down from a peak of more than 100,000 in 2011.
""",
people=[
 ("Donald Trump","USA","President"),
 ("Ashraf Ghani","AFG","President"),
],
events=[
 ("USA","AFG","MOBILIZE|AID",True,"he had approved a Pentagon plan to deploy about 4,000 additional troops",False),
 ("USA","AFG","ASSAULT",False,"We are killing terrorists",False),
 ("USA","AFG","REJECT",False,"there would be no timetable for withdrawal",False),
 ("USA","PAK","AID",False,"receives hundreds of millions of dollars in US assistance",False),
 ("USA","PAK","ACCUSE",True,"they are housing the very terrorists that we are fighting",False),
 ("USA","PAK","THREATEN",True,"He warned that Pakistan had \"much to lose\"",False),
 ("USA","IND","REQUEST",True,"Trump also called on India",False),
 ("PAK","USA","REJECT",True,"Pakistan's foreign ministry rejected the accusations",False),
 ("PAK","USA","ACCUSE",False,"it was disappointing the US had ignored its sacrifices",False),
 ("CHN","PAK","SUPPORT",True,"Islamabad was on the front line of the fight against terrorism",False),
 ("CHN","USA","REQUEST",False,"urged the world to recognise its efforts",False),
 ("AFG","USA","SUPPORT",True,"welcomed the strategy",False),
 ("AFG","USA","THREATEN",True,"vowed to continue its war",False),
 ("AFG","USA","THREATEN",False,"warning that Afghanistan would become \"another graveyard\"",False),
]))

ARTS.append(dict(
id="AE9", fmt="txt",
headline="Sri Lanka in turmoil as president sacks prime minister and installs Rajapaksa",
published=("2018-10-27", "2018-10-28", "sacking Friday Oct 26, 2018; parliament suspended 'on Saturday' (Oct 27)"),
body="""
Sri Lanka was plunged into a constitutional crisis on Saturday after President Maithripala Sirisena suspended parliament, a day after he abruptly dismissed Prime Minister Ranil Wickremesinghe and swore in former strongman Mahinda Rajapaksa in his place.

Wickremesinghe refused to leave his official residence, Temple Trees, and insisted he remained the lawful prime minister. "I am speaking to you as the prime minister of Sri Lanka," he told reporters. "I still command a majority in parliament." He wrote to the speaker asking for an emergency session to prove it.

Instead, Sirisena issued a decree proroguing the legislature until Nov. 16, a move Wickremesinghe's United National Party called an attempt to buy time to lure lawmakers across.

In a televised address on Sunday, Sirisena accused Wickremesinghe of arrogance and of running the government as if it were his private company. He also claimed a cabinet minister had been involved in a plot to assassinate him, a charge the minister denied.

Violence broke out at the petroleum ministry in Colombo when a bodyguard of ousted oil minister Arjuna Ranatunga opened fire on a crowd of Rajapaksa supporters trying to prevent him from entering his office. One person was killed and two were wounded. Police arrested the bodyguard.

The United States called on the president to reconvene parliament immediately and allow lawmakers to determine who should lead the government. The European Union issued a similar statement, urging all parties to act in accordance with the constitution and refrain from violence.

China's ambassador was among the first to call on Rajapaksa, whose decade in power was marked by heavy borrowing from Beijing for ports, roads and an airport. India, which has long watched Chinese influence on the island warily, said only that it was following developments closely.

Rajapaksa, who crushed the Tamil Tiger insurgency in 2009 and was accused of rights abuses in the final months of the war, lost the presidency to Sirisena in 2015 when the two men's alliance fractured.
""",
people=[
 ("Maithripala Sirisena","LKA","President"),
 ("Ranil Wickremesinghe","LKA","Prime Minister"),
 ("Mahinda Rajapaksa","LKA","former president; sworn in as prime minister"),
 ("Arjuna Ranatunga","LKA","oil minister (ousted)"),
],
events=[
 ("LKA","LKA","COERCE|SANCTION",True,"Sirisena suspended parliament",False),
 ("LKA","LKA","COERCE|SANCTION",True,"he abruptly dismissed Prime Minister Ranil Wickremesinghe",False),
 ("LKA","LKA","REJECT",True,"Wickremesinghe refused to leave his official residence",False),
 ("LKA","LKA","REQUEST",True,"He wrote to the speaker asking for an emergency session",False),
 ("LKA","LKA","COERCE|SANCTION",False,"Sirisena issued a decree proroguing the legislature",False),
 ("LKA","LKA","ACCUSE",True,"a move Wickremesinghe's United National Party called an attempt to buy time",False),
 ("LKA","LKA","ACCUSE",True,"Sirisena accused Wickremesinghe of arrogance",False),
 ("LKA","LKA","ACCUSE",False,"a cabinet minister had been involved in a plot to assassinate him",False),
 ("LKA","LKA","REJECT",False,"a charge the minister denied",False),
 ("LKA","LKA","ASSAULT",True,"opened fire on a crowd of Rajapaksa supporters",False),
 ("LKA","LKA","COERCE",True,"Police arrested the bodyguard",False),
 ("USA","LKA","REQUEST",True,"The United States called on the president to reconvene parliament immediately",False),
 ("EUR","LKA","REQUEST",True,"urging all parties to act in accordance with the constitution",False),
 ("CHN","LKA","CONSULT|SUPPORT",True,"China's ambassador was among the first to call on Rajapaksa",False),
 ("CHN","LKA","AID",False,"heavy borrowing from Beijing",False),
 ("LKA","LKA","ASSAULT",False,"crushed the Tamil Tiger insurgency in 2009",False),
]))

ARTS.append(dict(
id="AE10", fmt="json",
headline="Bangladesh commandos end Dhaka cafe siege; 20 hostages found dead",
meta=dict(date="2016-07-02 12:40:00", authors=["Julhas Alam", "Associated Press"], url="https://apnews.com/2016/07/02/bangladesh-cafe-siege-hostages-killed", domain="apnews.com",
  description="Attackers hacked foreigners to death before troops stormed the Holey Artisan Bakery in the diplomatic quarter."),
published=("2016-07-02", "2016-07-02", "date_publish 2016-07-02; siege Friday night to Saturday morning July 1-2, 2016"),
body="""
Bangladeshi commandos stormed an upscale cafe in Dhaka's diplomatic quarter on Saturday morning, ending a 10-hour hostage standoff in which militants killed 20 captives, most of them foreigners, officials said.

Army spokesman Brig. Gen. Nayeem Ashfaq Chowdhury said the victims, nine Italians, seven Japanese, an American, an Indian and two Bangladeshis, had been hacked with sharp weapons. Six gunmen were killed in the raid and one suspect was captured alive, he said. Thirteen hostages were rescued.

The attackers burst into the Holey Artisan Bakery in the Gulshan neighbourhood on Friday night, shouting "Allahu Akbar" and opening fire. Two police officers were killed in an initial exchange of gunfire as officers tried to approach the building.

The Islamic State group claimed responsibility through its Amaq news agency and posted photos purportedly showing bodies inside the cafe. But Home Minister Asaduzzaman Khan rejected the claim, saying the attackers were members of a homegrown outfit, Jamaatul Mujahideen Bangladesh, and had no links to the Middle Eastern group.

Prime Minister Sheikh Hasina declared two days of national mourning and vowed to root out militancy. "What kind of Muslims are they? They don't have any religion," she said in a televised speech. "We will not allow Bangladesh to become a land of terrorists."

Italian Prime Minister Matteo Renzi called the killings a heinous act and said Italy would not be intimidated. Japan's government said it would send a team of officials to Dhaka to help identify the victims and bring their bodies home. U.S. Secretary of State John Kerry spoke to Hasina by phone and offered American assistance with the investigation.

The attack was the deadliest in a wave of killings of secular bloggers, religious minorities and foreigners that has swept the Muslim-majority nation over the past 18 months. Critics accuse Hasina's government of being in denial about the spread of extremist networks, while officials blame the opposition for fomenting the violence, a charge the opposition denies.
""",
people=[
 ("Nayeem Ashfaq Chowdhury","BGD","Brigadier General, army spokesman"),
 ("Asaduzzaman Khan","BGD","Home Minister"),
 ("Sheikh Hasina","BGD","Prime Minister"),
 ("Matteo Renzi","ITA","Prime Minister"),
 ("John Kerry","USA","Secretary of State"),
],
events=[
 ("BGD","BGD","ASSAULT",True,"Bangladeshi commandos stormed an upscale cafe",False),
 ("BGD","ITA","ASSAULT",True,"militants killed 20 captives, most of them foreigners",False),
 ("BGD","JPN","ASSAULT",True,"militants killed 20 captives, most of them foreigners",False),
 ("BGD","USA|IND","ASSAULT",False,"had been hacked with sharp weapons",False),
 ("BGD","BGD","ASSAULT",True,"Two police officers were killed in an initial exchange of gunfire",True),
 ("BGD","BGD","COERCE",False,"one suspect was captured alive",False),
 ("BGD","BGD","REJECT",True,"Home Minister Asaduzzaman Khan rejected the claim",False),
 ("BGD","BGD","THREATEN",True,"vowed to root out militancy",False),
 ("ITA","BGD","ACCUSE|PROTEST",True,"called the killings a heinous act",False),
 ("JPN","BGD","AID|COOPERATE",True,"it would send a team of officials to Dhaka",False),
 ("USA","BGD","CONSULT",True,"John Kerry spoke to Hasina by phone",False),
 ("USA","BGD","AID|COOPERATE",True,"offered American assistance with the investigation",False),
 ("BGD","BGD","ACCUSE",False,"Critics accuse Hasina's government of being in denial",False),
 ("BGD","BGD","ACCUSE",False,"officials blame the opposition for fomenting the violence",False),
 ("BGD","BGD","REJECT",False,"a charge the opposition denies",False),
]))

ARTS.append(dict(
id="AE11", fmt="dump", nbsp=True,
headline="Afghan president announces surprise Eid ceasefire with Taliban",
published=("2018-06-07", "2018-06-08", "announcement Thursday June 7, 2018; truce to end June 19"),
body="""
Afghan President Ashraf Ghani on Thursday announced a week-long ceasefire with the Taliban to mark the end of the Muslim holy month of Ramadan, the first such offer by Kabul in nearly 17 years of war.

The truce, which will run until June 19, applies only to the Taliban and not to other militant groups such as the Islamic State affiliate, and Afghan forces will continue operations against them, Ghani said in a televised statement.

"This ceasefire is an opportunity for the Taliban to introspect that their violent campaign is not winning them hearts and minds," he said. He called on the insurgents to use the pause to join the peace process.

The announcement came days after a gathering of top Afghan religious scholars in Kabul issued a fatwa against suicide bombings and called for a ceasefire. Minutes after the meeting ended, a suicide bomber blew himself up at the entrance of the tent, killing seven people. The Islamic State group claimed that attack.

The Taliban did not immediately respond. A spokesman, Zabihullah Mujahid, told The Associated Press the group's leadership was discussing the offer. In February, the Taliban ignored Ghani's proposal to recognise them as a legitimate political group in exchange for talks.

US Secretary of State Mike Pompeo welcomed the announcement and said the United States was prepared to "support, facilitate, and participate" in peace talks. The US military said it would honour the truce, though American counterterrorism operations against IS and al-Qaeda would go on.

The NATO mission in Afghanistan also backed the move. Its commander, Gen. John Nicholson, said it was a chance to open a dialogue.

Critics in Kabul said the government was making unilateral concessions to insurgents who had shown no interest in a deal. "Peace is not made by one side," said Rahmatullah Nabil, a former head of the country's intelligence service.

The Taliban have stepped up attacks on security forces this year, and on Wednesday insurgents overran a district centre in Ghazni province after clashes that killed more than a dozen police.
""",
people=[
 ("Ashraf Ghani","AFG","President"),
 ("Zabihullah Mujahid","AFG","Taliban spokesman"),
 ("Mike Pompeo","USA","Secretary of State"),
 ("John Nicholson","USA","General, commander of NATO mission in Afghanistan"),
 ("Rahmatullah Nabil","AFG","former head of intelligence service"),
],
events=[
 ("AFG","AFG","CONCEDE|RETREAT|AGREE",True,"announced a week-long ceasefire with the Taliban",False),
 ("AFG","AFG","THREATEN|ASSAULT",False,"Afghan forces will continue operations against them",False),
 ("AFG","AFG","REQUEST",True,"He called on the insurgents to use the pause to join the peace process",False),
 ("AFG","AFG","REQUEST",False,"issued a fatwa against suicide bombings and called for a ceasefire",False),
 ("AFG","AFG","ASSAULT",True,"a suicide bomber blew himself up at the entrance of the tent",False),
 ("AFG","AFG","CONSULT",False,"the group's leadership was discussing the offer",False),
 ("AFG","AFG","REJECT",False,"the Taliban ignored Ghani's proposal",False),
 ("USA","AFG","SUPPORT",True,"Mike Pompeo welcomed the announcement",False),
 ("USA","AFG","AGREE|SUPPORT",True,"prepared to \"support, facilitate, and participate\" in peace talks",False),
 ("USA","AFG","CONCEDE|AGREE",True,"The US military said it would honour the truce",False),
 ("USA","AFG","ASSAULT",False,"American counterterrorism operations against IS and al-Qaeda would go on",False),
 ("IGO","AFG","SUPPORT",True,"The NATO mission in Afghanistan also backed the move",False),
 ("AFG","AFG","ACCUSE",True,"Critics in Kabul said the government was making unilateral concessions",False),
 ("AFG","AFG","ASSAULT",True,"insurgents overran a district centre in Ghazni province",False),
]))

ARTS.append(dict(
id="AE12", fmt="txt",
headline="Uzbek leader makes landmark visit to Tajikistan as old feud thaws",
published=("2018-03-09", "2018-03-10", "Mirziyoyev's Dushanbe visit March 9-10, 2018; 'on Friday' (March 9)"),
body="""
Uzbekistan's president, Shavkat Mirziyoyev, arrived in Dushanbe on Friday on the first official visit by an Uzbek leader to neighbouring Tajikistan in nearly two decades, as the two former Soviet republics moved to bury a feud over water, borders and security.

Mirziyoyev was greeted at the airport by Tajikistan's president, Emomali Rahmon, and the pair later held talks behind closed doors before signing more than two dozen agreements, including a strategic partnership treaty and a deal on the demarcation of parts of their 1,300km border.

The two sides also agreed to introduce visa-free travel for stays of up to 30 days, ending a visa regime that Tashkent imposed in 2000 after accusing Dushanbe of allowing Islamist militants to cross into Uzbekistan from its territory.

"Today we are opening a new page in the history of relations between our brotherly peoples," Rahmon said at a joint press conference. Mirziyoyev said the two countries had "lost too many years" to mistrust.

Relations soured under Mirziyoyev's predecessor, Islam Karimov, who died in 2016. Karimov's government fiercely opposed Tajikistan's plans to build the giant Rogun hydropower dam upstream on the Vakhsh river, warning it could starve Uzbek cotton fields of water and even lead to war. Uzbekistan cut off gas supplies to Tajikistan and closed rail links in protest.

Since taking office, Mirziyoyev has softened that stance, and Uzbek officials have said they no longer object to Rogun provided it does not harm downstream states. Tashkent has also begun clearing minefields laid along the border in the early 2000s.

Flights between the two capitals resumed last year after a 25-year break, and several border crossings have reopened, allowing families divided by the frontier to visit each other.

Analysts said Russia and China, both of which have large interests in the region, were likely to welcome the rapprochement. But human rights groups noted that both governments remain among the most repressive in the world, with little tolerance for political opposition.
""",
people=[
 ("Shavkat Mirziyoyev","UZB","President"),
 ("Emomali Rahmon","TJK","President"),
 ("Islam Karimov","UZB","former President"),
],
events=[
 ("UZB","TJK","CONSULT",True,"arrived in Dushanbe on Friday on the first official visit",False),
 ("UZB","TJK","CONSULT",True,"the pair later held talks behind closed doors",True),
 ("UZB","TJK","AGREE|COOPERATE",True,"signing more than two dozen agreements",True),
 ("UZB","TJK","AGREE",True,"The two sides also agreed to introduce visa-free travel",True),
 ("UZB","TJK","SANCTION",False,"a visa regime that Tashkent imposed in 2000",False),
 ("UZB","TJK","ACCUSE",False,"after accusing Dushanbe of allowing Islamist militants",False),
 ("UZB","TJK","REJECT|PROTEST",False,"fiercely opposed Tajikistan's plans to build the giant Rogun hydropower dam",False),
 ("UZB","TJK","THREATEN",False,"warning it could starve Uzbek cotton fields of water and even lead to war",False),
 ("UZB","TJK","SANCTION",False,"Uzbekistan cut off gas supplies to Tajikistan",False),
 ("UZB","TJK","CONCEDE",True,"they no longer object to Rogun",False),
 ("UZB","TJK","RETREAT|COOPERATE",False,"clearing minefields laid along the border",False),
 ("UZB","TJK","COOPERATE|CONCEDE",False,"several border crossings have reopened",True),
 ("RUS|CHN","UZB|TJK","SUPPORT",False,"were likely to welcome the rapprochement",False),
 ("NGO","UZB|TJK","ACCUSE",True,"human rights groups noted that both governments remain among the most repressive",False),
]))

ARTS.append(dict(
id="AE13", fmt="dump",
headline="Pakistan's Supreme Court disqualifies Nawaz Sharif, forcing him out as prime minister",
published=("2017-07-28", "2017-07-28", "verdict Friday July 28, 2017; 'on Friday'"),
body="""
ISLAMABAD, Pakistan — Pakistan's Supreme Court on Friday disqualified Prime Minister Nawaz Sharif from office over undeclared income, bringing a dramatic end to his third term and plunging the nuclear-armed country into fresh political uncertainty.

A five-judge bench ruled unanimously that Sharif had been dishonest in failing to disclose a salary from a company owned by his son in the United Arab Emirates, and was therefore unfit to serve under the constitution. The court also ordered the country's anti-graft agency to open corruption cases against Sharif, his daughter Maryam Nawaz and two sons.

Within hours, Sharif stepped down. His office said in a statement that he had "strong reservations" about the judicial process but had resigned in deference to the court.

The case grew out of the 2016 Panama Papers leak, which revealed that Sharif's children owned luxury apartments in London through offshore companies. Opposition leader Imran Khan, a former cricket star, had petitioned the court to remove the prime minister and led months of street protests demanding his resignation.

"Today is a great day for Pakistan," Khan told jubilant supporters outside the court, where they danced and handed out sweets. "This is the start of accountability."

Members of Sharif's Pakistan Muslim League-Nawaz rejected the verdict as politically motivated. Some hinted at the hand of the military, which has ruled Pakistan for nearly half its history and had a tense relationship with Sharif. The army made no comment.

No elected prime minister in Pakistan has ever completed a full five-year term. Sharif's first government was dismissed by the president in 1993 and his second was overthrown in a 1999 military coup led by Gen. Pervez Musharraf.

The ruling party said it would nominate an interim successor and was expected to put forward Sharif's younger brother, Shahbaz Sharif, the chief minister of Punjab, to take over after he wins a seat in parliament.

The State Department in Washington said it considered the matter an internal affair and looked forward to working with Pakistan's next government.
""",
people=[
 ("Nawaz Sharif","PAK","Prime Minister"),
 ("Maryam Nawaz","PAK","daughter of Nawaz Sharif"),
 ("Imran Khan","PAK","opposition leader, former cricket star"),
 ("Pervez Musharraf","PAK","General"),
 ("Shahbaz Sharif","PAK","chief minister of Punjab"),
],
events=[
 ("PAK","PAK","SANCTION|COERCE",True,"Pakistan's Supreme Court on Friday disqualified Prime Minister Nawaz Sharif",False),
 ("PAK","PAK","ACCUSE",True,"Sharif had been dishonest in failing to disclose a salary",False),
 ("PAK","PAK","ACCUSE|COERCE",True,"ordered the country's anti-graft agency to open corruption cases",False),
 ("PAK","PAK","CONCEDE|RETREAT",True,"Sharif stepped down",False),
 ("PAK","PAK","ACCUSE|REJECT",False,"he had \"strong reservations\" about the judicial process",False),
 ("PAK","PAK","REQUEST",True,"had petitioned the court to remove the prime minister",False),
 ("PAK","PAK","PROTEST",True,"led months of street protests demanding his resignation",False),
 ("PAK","PAK","SUPPORT",False,"Today is a great day for Pakistan",False),
 ("PAK","PAK","REJECT|ACCUSE",True,"rejected the verdict as politically motivated",False),
 ("PAK","PAK","ACCUSE",False,"Some hinted at the hand of the military",False),
 ("PAK","PAK","COERCE",False,"his second was overthrown in a 1999 military coup",False),
 ("USA","PAK","AGREE|SUPPORT",True,"looked forward to working with Pakistan's next government",False),
]))
