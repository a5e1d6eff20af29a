# Articles AE14..AE20 (Al Jazeera 2021-2022).
ARTS = []

ARTS.append(dict(
id="AE14", fmt="txt",
headline="Pakistan demands joint probe after Indian missile lands in its territory",
published=("2022-03-12", "2022-03-12", "Indian statement Friday March 11; Pakistan's demand 'on Saturday' (March 12, 2022)"),
body="""
Pakistan has demanded a joint investigation into the "accidental" firing of an Indian supersonic missile that crashed on its territory this week, saying New Delhi's explanation raised serious questions about the safety of its nuclear-capable arsenal.

The unarmed missile, which Pakistani officials said was a BrahMos cruise missile, came down near the town of Mian Channu in Punjab province on Wednesday evening, damaging a wall and several civilian properties. No one was hurt.

India's defence ministry said on Friday that a "technical malfunction" during routine maintenance had led to the accidental firing and that it "deeply regretted" the incident. It said it had ordered a high-level court of inquiry.

Pakistan's foreign ministry said on Saturday the Indian statement was not enough. "Such a serious matter cannot be addressed with the simplistic explanation proffered by the Indian authorities," it said in a statement, calling for a joint probe to establish the facts.

Islamabad had already summoned India's charge d'affaires on Thursday to lodge a strong protest over what it called an unprovoked violation of its airspace. Pakistan's military spokesman, Major General Babar Iftikhar, told reporters the projectile had flown about 124km inside Pakistani territory and had endangered passenger flights in both countries' airspace.

"Whatever caused it, it is for India to explain," Iftikhar said. He said Pakistan's air defences had tracked the missile from its launch and that the military had exercised restraint.

Pakistani Foreign Minister Shah Mahmood Qureshi said he would raise the matter with the international community and urged the United Nations to take note. "It is a very serious incident and we want answers," he said.

India has not responded to the demand for a joint investigation. A spokesman for India's foreign ministry declined to comment beyond the defence ministry's statement.

The United States said it had seen no indication that the launch was anything other than an accident.

The nuclear-armed neighbours have fought three wars since independence from Britain in 1947, two of them over the disputed Himalayan region of Kashmir. Relations have been frozen since 2019, when India revoked Indian-administered Kashmir's special status and Pakistan downgraded diplomatic ties in protest.

In February 2021, the two militaries agreed to observe a ceasefire along the Line of Control, the de facto border in Kashmir, which has largely held.
""",
people=[
 ("Babar Iftikhar","PAK","Major General, military spokesman"),
 ("Shah Mahmood Qureshi","PAK","Foreign Minister"),
],
events=[
 ("PAK","IND","REQUEST",True,"Pakistan has demanded a joint investigation",False),
 ("PAK","IND","ACCUSE",True,"New Delhi's explanation raised serious questions about the safety",False),
 ("IND","PAK","ASSAULT",False,"came down near the town of Mian Channu",False),
 ("IND","PAK","CONCEDE",True,"it \"deeply regretted\" the incident",False),
 ("PAK","IND","REJECT",True,"Pakistan's foreign ministry said on Saturday the Indian statement was not enough",False),
 ("PAK","IND","REQUEST",False,"calling for a joint probe to establish the facts",False),
 ("PAK","IND","PROTEST",True,"summoned India's charge d'affaires on Thursday to lodge a strong protest",False),
 ("PAK","IND","ACCUSE",True,"what it called an unprovoked violation of its airspace",False),
 ("PAK","IND","ACCUSE",False,"had endangered passenger flights",False),
 ("PAK","IND","REQUEST",False,"it is for India to explain",False),
 ("PAK","UNO","REQUEST",True,"urged the United Nations to take note",False),
 ("IND","PAK","REJECT",False,"India has not responded to the demand",False),
 ("IND","PAK","ASSAULT",False,"have fought three wars since independence",True),
 ("PAK","IND","SANCTION|PROTEST",False,"Pakistan downgraded diplomatic ties in protest",False),
 ("IND","PAK","AGREE",False,"the two militaries agreed to observe a ceasefire",True),
]))

ARTS.append(dict(
id="AE15", fmt="json",
headline="Suicide blasts outside Kabul airport kill scores, including 13 US troops",
meta=dict(date="2021-08-27 07:30:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/8/27/suicide-blasts-outside-kabul-airport-kill-scores-us-troops", domain="www.aljazeera.com",
  description="ISKP claims responsibility as Biden vows to hunt down attackers and says evacuations will continue."),
published=("2021-08-27", "2021-08-27", "date_publish 2021-08-27; bombing Thursday Aug 26, 2021"),
body="""
At least 90 Afghans and 13 United States service members have been killed in two explosions outside Kabul's airport, where thousands of people had gathered hoping to be evacuated after the Taliban's takeover of the country.

The ISIL (ISIS) affiliate in Afghanistan, known as ISKP or ISIS-K, claimed responsibility for Thursday's attack, saying one of its fighters had detonated an explosive vest among "translators and collaborators with the American army" at the Abbey Gate. A second blast struck near the nearby Baron Hotel.

US President Joe Biden, speaking at the White House with his voice at times breaking, vowed to track down those responsible. "We will not forgive. We will not forget. We will hunt you down and make you pay," he said. He said he had asked military commanders to draw up plans to strike ISKP assets and leadership.

Biden said the evacuation would continue until the August 31 deadline, rejecting calls from some Republicans to extend the US presence or to resign. More than 100,000 people have been airlifted out since August 14.

The Taliban condemned the bombing, and a spokesman, Zabihullah Mujahid, said it had taken place in an area under US control. The group, which has been coordinating security with US commanders at the airport perimeter, said it would pay close attention to protecting the gates.

General Frank McKenzie, head of US Central Command, told reporters the US had been sharing "some information" with the Taliban and believed they had thwarted other attacks. He warned that ISKP would try to strike again, possibly with rockets or car bombs.

Several Western countries, including the United Kingdom and Germany, had warned their citizens hours earlier to stay away from the airport because of the threat of an attack. Belgium, the Netherlands and Canada said they had ended their evacuation flights.

Hospitals in Kabul were overwhelmed. Emergency, an Italian charity that runs a surgical hospital in the city, said it had received dozens of wounded.

ISKP, which first emerged in eastern Afghanistan in 2015, is a bitter rival of the Taliban and has carried out some of the deadliest attacks in the country in recent years, targeting mosques, schools and hospitals.
""",
people=[
 ("Joe Biden","USA","President"),
 ("Zabihullah Mujahid","AFG","Taliban spokesman"),
 ("Frank McKenzie","USA","General, head of US Central Command"),
],
events=[
 ("AFG","USA","ASSAULT",True,"13 United States service members have been killed in two explosions",False),
 ("AFG","AFG","ASSAULT",True,"At least 90 Afghans and 13 United States service members have been killed",False),
 ("AFG","USA","THREATEN",False,"detonated an explosive vest among \"translators and collaborators with the American army\"",False),
 ("USA","AFG","THREATEN",True,"We will hunt you down and make you pay",False),
 ("USA","AFG","THREATEN|MOBILIZE",False,"draw up plans to strike ISKP assets and leadership",False),
 ("USA","AFG","AID",False,"More than 100,000 people have been airlifted out",False),
 ("USA","USA","REJECT",False,"rejecting calls from some Republicans to extend the US presence or to resign",False),
 ("AFG","AFG","PROTEST|ACCUSE",True,"The Taliban condemned the bombing",False),
 ("AFG","USA","ACCUSE",False,"it had taken place in an area under US control",False),
 ("AFG","USA","COOPERATE",True,"has been coordinating security with US commanders at the airport perimeter",True),
 ("USA","AFG","COOPERATE",True,"the US had been sharing \"some information\" with the Taliban",False),
 ("USA","AFG","THREATEN|ACCUSE",False,"He warned that ISKP would try to strike again",False),
 ("AFG","AFG","ASSAULT",False,"has carried out some of the deadliest attacks in the country",False),
 ("BEL|NLD|CAN","AFG","RETREAT",False,"they had ended their evacuation flights",False),
]))

ARTS.append(dict(
id="AE16", fmt="dump", nbsp=True,
headline="UN chief Guterres tours Pakistan flood zone, urges 'massive' global support",
published=("2022-09-10", "2022-09-10", "Guterres toured Sindh Saturday Sept 10, 2022; 'on Saturday'"),
body="""
United Nations Secretary-General Antonio Guterres has called on the world to provide "massive" financial support to Pakistan, saying he had never seen climate carnage on the scale of the floods that have submerged a third of the country.

Guterres toured some of the worst-hit areas of southern Sindh province on Saturday, including the ancient site of Mohenjo Daro, accompanied by Prime Minister Shehbaz Sharif. He met displaced families living in tents beside flooded fields.

"I have seen many humanitarian disasters in the world, but I have never seen climate carnage on this scale," Guterres told reporters in Karachi. "This is not a question of generosity, it is a question of justice."

He said the international community, and particularly the large emitters of greenhouse gases, had a responsibility to help Pakistan, which contributes less than 1 percent of global emissions. The UN has launched a $160m emergency appeal, which Guterres said was far from enough.

Sharif said the floods had caused more than $30bn in damage and thanked the UN chief for standing by Pakistan. "We are paying the price for something we did not do," the prime minister said, calling on wealthy nations to honour their pledges on climate finance.

At least 1,391 people have been killed since mid-June, according to the National Disaster Management Authority, and more than 33 million have been affected. Health officials warn of outbreaks of malaria, dengue and water-borne diseases in relief camps.

The United States has announced $30m in aid and is sending a team to help coordinate relief, while China has pledged tents, food and cash worth about $55m. The United Arab Emirates, Turkey and Qatar have flown in dozens of relief flights.

Pakistan's government has also criticised the World Bank and the International Monetary Fund for not offering debt relief, though the IMF last month approved the release of $1.1bn under a bailout programme agreed in 2019.

Opposition leader Imran Khan, who was removed as prime minister in April, has accused the government of mismanaging the relief effort, a charge it rejects.
""",
people=[
 ("Antonio Guterres","UNO","Secretary-General"),
 ("Shehbaz Sharif","PAK","Prime Minister"),
 ("Imran Khan","PAK","opposition leader, former prime minister"),
],
events=[
 ("UNO","PAK","REQUEST|SUPPORT",True,"has called on the world to provide \"massive\" financial support to Pakistan",False),
 ("UNO","PAK","CONSULT",True,"Guterres toured some of the worst-hit areas of southern Sindh province",False),
 ("UNO","WST","REQUEST|ACCUSE",False,"the large emitters of greenhouse gases, had a responsibility to help Pakistan",False),
 ("UNO","PAK","AID",True,"The UN has launched a $160m emergency appeal",False),
 ("PAK","UNO","SUPPORT",False,"thanked the UN chief for standing by Pakistan",False),
 ("PAK","WST","REQUEST|ACCUSE",True,"calling on wealthy nations to honour their pledges on climate finance",False),
 ("USA","PAK","AID",True,"The United States has announced $30m in aid",False),
 ("CHN","PAK","AID",True,"China has pledged tents, food and cash worth about $55m",False),
 ("ARE|TUR|QAT","PAK","AID",True,"have flown in dozens of relief flights",False),
 ("PAK","IGO","ACCUSE",True,"Pakistan's government has also criticised the World Bank and the International Monetary Fund",False),
 ("IGO","PAK","AID",True,"the IMF last month approved the release of $1.1bn",False),
 ("PAK","PAK","ACCUSE",True,"has accused the government of mismanaging the relief effort",False),
 ("PAK","PAK","REJECT",True,"a charge it rejects",False),
]))

ARTS.append(dict(
id="AE17", fmt="txt",
headline="Imran Khan wounded in gun attack on protest march, blames PM and army officer",
published=("2022-11-04", "2022-11-04", "shooting Thursday Nov 3, 2022; Khan's accusation read out 'late on Thursday'; next-day report"),
body="""
Pakistan's former Prime Minister Imran Khan has accused his successor Shehbaz Sharif, Interior Minister Rana Sanaullah and a senior intelligence officer of plotting to kill him, hours after he was shot in the leg during a protest march in eastern Punjab province.

Khan, 70, was standing atop a container truck leading a convoy of supporters through the town of Wazirabad on Thursday when a gunman opened fire. One supporter was killed and at least seven other people, including a senator from Khan's Pakistan Tehreek-e-Insaf (PTI) party, were wounded.

Supporters tackled the attacker, and police later arrested him. In a video confession released by police, the young man said he had acted alone because Khan was "misleading the people".

From his hospital bed in Lahore, Khan said through party leader Asad Umar that he had information that Sharif, Sanaullah and Major General Faisal Naseer of the Inter-Services Intelligence agency were behind the attack, and demanded that they resign.

The government rejected the accusation as "baseless and irresponsible". Sharif condemned the shooting and ordered an immediate inquiry, and said he would ask the chief justice to form a judicial commission. The military's media wing called Khan's allegations against the officer "absolutely unacceptable" and asked the government to take legal action for defamation.

PTI supporters took to the streets in several cities on Friday, blocking roads and burning tyres. In Peshawar, protesters clashed with police near the residence of the governor, and officers fired tear gas to disperse them.

The United States, the United Kingdom and the European Union condemned the attack. UN Secretary-General Antonio Guterres also denounced the violence and urged all sides to refrain from further escalation.

Khan was removed from office in April after losing a parliamentary vote of no confidence. He has since held mass rallies demanding early elections and has repeatedly accused the army and the United States of conspiring to oust him, charges both deny.

The long march had set off from Lahore a week ago with the aim of reaching Islamabad to pressure the government to call a snap poll. Khan said the march would resume once he recovered.
""",
people=[
 ("Imran Khan","PAK","former Prime Minister; leader, Pakistan Tehreek-e-Insaf"),
 ("Shehbaz Sharif","PAK","Prime Minister"),
 ("Rana Sanaullah","PAK","Interior Minister"),
 ("Asad Umar","PAK","party leader, PTI"),
 ("Faisal Naseer","PAK","Major General, Inter-Services Intelligence"),
 ("Antonio Guterres","UNO","Secretary-General"),
],
events=[
 ("PAK","PAK","ACCUSE",True,"has accused his successor Shehbaz Sharif",False),
 ("PAK","PAK","ASSAULT",True,"a gunman opened fire",False),
 ("PAK","PAK","COERCE",True,"police later arrested him",False),
 ("PAK","PAK","ACCUSE",False,"Khan was \"misleading the people\"",False),
 ("PAK","PAK","REQUEST",True,"demanded that they resign",False),
 ("PAK","PAK","REJECT",True,"The government rejected the accusation",False),
 ("PAK","PAK","PROTEST|ACCUSE",False,"Sharif condemned the shooting",False),
 ("PAK","PAK","REJECT|ACCUSE",True,"called Khan's allegations against the officer \"absolutely unacceptable\"",False),
 ("PAK","PAK","REQUEST",False,"asked the government to take legal action for defamation",False),
 ("PAK","PAK","PROTEST",True,"PTI supporters took to the streets in several cities",False),
 ("PAK","PAK","COERCE",True,"officers fired tear gas to disperse them",False),
 ("USA","PAK","PROTEST|ACCUSE",False,"The United States, the United Kingdom and the European Union condemned the attack",False),
 ("GBR","PAK","PROTEST|ACCUSE",False,"The United States, the United Kingdom and the European Union condemned the attack",False),
 ("EUR","PAK","PROTEST|ACCUSE",False,"The United States, the United Kingdom and the European Union condemned the attack",False),
 ("UNO","PAK","REQUEST",True,"urged all sides to refrain from further escalation",False),
 ("PAK","PAK","REQUEST|PROTEST",False,"held mass rallies demanding early elections",False),
 ("PAK","USA","ACCUSE",True,"accused the army and the United States of conspiring to oust him",False),
 ("USA","PAK","REJECT",False,"charges both deny",False),
]))

ARTS.append(dict(
id="AE18", fmt="json",
headline="Sri Lanka suspends foreign debt payments as economic crisis deepens",
meta=dict(date=None, authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/economy/2022/4/12/sri-lanka-suspends-foreign-debt-payments", domain="www.aljazeera.com",
  description="Island nation says it will default on $51bn in external debt pending an IMF-backed restructuring."),
published=("2022-04-12", "2022-04-12", "announcement Tuesday April 12, 2022; URL date 2022/4/12"),
body="""
Sri Lanka has said it will suspend payments on all of its foreign debt, amounting to $51bn, as the island nation struggles with its worst economic crisis since independence in 1948.

The finance ministry said on Tuesday that the move was a "last resort" to preserve its dwindling foreign exchange reserves for imports of fuel, food and medicines. Lenders, including foreign governments, would be free to capitalise interest payments due to them, it said.

"We have lost our ability to repay," Central Bank Governor Nandalal Weerasinghe told reporters in Colombo. "It has come to a point where making debt payments is challenging and impossible."

Sri Lanka is due to begin formal talks with the International Monetary Fund next week in Washington on a rescue package. Finance Minister Ali Sabry is leading the delegation.

For weeks, thousands of protesters have camped outside the presidential secretariat in Colombo, demanding the resignation of President Gotabaya Rajapaksa and his powerful family, whom they blame for mismanaging the economy. The president has refused to step down, though most of his cabinet resigned earlier this month.

On Tuesday, demonstrators again chanted "Gota go home" as police stood by. Earlier this month, security forces fired tear gas and water cannon at protesters who tried to storm the president's private residence, and the government briefly imposed a state of emergency and a nationwide curfew.

India, the island's giant neighbour, has extended more than $2bn in credit lines and currency swaps this year and shipped diesel and rice to ease shortages. China, which has lent Sri Lanka billions of dollars for infrastructure projects, said it was willing to help the country overcome its difficulties but did not commit to any debt relief.

Critics accuse Beijing of leading Sri Lanka into a "debt trap", a charge China rejects, pointing out that Chinese loans account for only about 10 percent of Sri Lanka's external debt.

Daily power cuts lasting up to 13 hours and long queues for cooking gas have fuelled the anger, and the opposition has threatened to table a no-confidence motion against the government.
""",
people=[
 ("Nandalal Weerasinghe","LKA","Central Bank Governor"),
 ("Ali Sabry","LKA","Finance Minister"),
 ("Gotabaya Rajapaksa","LKA","President"),
],
events=[
 ("LKA","IGO|WST|CHN","SANCTION|REJECT",False,"Sri Lanka has said it will suspend payments on all of its foreign debt",False),
 ("LKA","IGO","CONSULT",True,"Sri Lanka is due to begin formal talks with the International Monetary Fund",True),
 ("LKA","IGO","REQUEST",False,"on a rescue package",False),
 ("LKA","LKA","PROTEST",True,"thousands of protesters have camped outside the presidential secretariat",False),
 ("LKA","LKA","REQUEST",True,"demanding the resignation of President Gotabaya Rajapaksa",False),
 ("LKA","LKA","ACCUSE",True,"whom they blame for mismanaging the economy",False),
 ("LKA","LKA","REJECT",True,"The president has refused to step down",False),
 ("LKA","LKA","PROTEST",False,"demonstrators again chanted \"Gota go home\"",False),
 ("LKA","LKA","COERCE",True,"security forces fired tear gas and water cannon at protesters",False),
 ("LKA","LKA","COERCE",False,"imposed a state of emergency and a nationwide curfew",False),
 ("IND","LKA","AID",True,"has extended more than $2bn in credit lines",False),
 ("IND","LKA","AID",False,"shipped diesel and rice",False),
 ("CHN","LKA","AID|AGREE",True,"it was willing to help the country overcome its difficulties",False),
 ("CHN","LKA","REJECT",False,"did not commit to any debt relief",False),
 ("LKA|WST","CHN","ACCUSE",False,"Critics accuse Beijing of leading Sri Lanka into a \"debt trap\"",False),
 ("CHN","LKA|WST","REJECT",False,"a charge China rejects",False),
 ("LKA","LKA","THREATEN",True,"the opposition has threatened to table a no-confidence motion",False),
]))

ARTS.append(dict(
id="AE19", fmt="dump",
headline="Taliban suspend university education for Afghan women, drawing global outrage",
published=("2022-12-21", "2022-12-21", "ban announced Tuesday Dec 20, 2022; reactions 'on Wednesday' (Dec 21)"),
body="""
The Taliban have suspended university education for women in Afghanistan until further notice, a move that drew swift condemnation from the United Nations, the United States and several Muslim-majority countries.

A letter from the Minister of Higher Education, Neda Mohammad Nadeem, released late on Tuesday, instructed all public and private universities to implement the order immediately. On Wednesday, armed guards turned female students away from campuses in Kabul, and some were seen weeping outside the gates.

The decision comes three months after thousands of women sat university entrance exams across the country. Girls have already been barred from secondary schools since the Taliban seized power in August last year.

UN Secretary-General Antonio Guterres said he was "deeply alarmed" and urged the Taliban to ensure equal access to education at all levels. The UN mission in Afghanistan called for the decision to be revoked.

US Secretary of State Antony Blinken said the Taliban could not expect to be a legitimate member of the international community until they respected the rights of all Afghans. "This decision will come with consequences," he said, without elaborating.

Qatar, which hosted years of talks between Washington and the Taliban, expressed "great concern" and urged Kabul to reconsider. Turkey's Foreign Minister Mevlut Cavusoglu called the ban "neither Islamic nor humane", while Saudi Arabia said it was astonished and expressed regret. Pakistan's Foreign Minister Bilawal Bhutto Zardari said he was disappointed but that engagement with Kabul remained the best path.

The Taliban did not directly respond to the criticism. Nadeem later said in an interview with state television that female students had not followed instructions on dress and that some subjects taught were against Islamic values, rejecting calls to reverse the ban.

A small group of young women protested in Kabul on Thursday, chanting "Education is our right", before they were dispersed by Taliban security forces. Some male lecturers resigned in solidarity, and students at a medical faculty walked out of exams.

No country has recognised the Taliban government, and the international community has made respect for women's rights a key condition for formal recognition and for releasing billions of dollars in frozen Afghan assets.
""",
people=[
 ("Neda Mohammad Nadeem","AFG","Minister of Higher Education"),
 ("Antonio Guterres","UNO","Secretary-General"),
 ("Antony Blinken","USA","Secretary of State"),
 ("Mevlut Cavusoglu","TUR","Foreign Minister"),
 ("Bilawal Bhutto Zardari","PAK","Foreign Minister"),
],
events=[
 ("AFG","AFG","SANCTION|COERCE",True,"The Taliban have suspended university education for women in Afghanistan",False),
 ("AFG","AFG","COERCE",True,"armed guards turned female students away from campuses",False),
 ("UNO","AFG","PROTEST|ACCUSE",True,"drew swift condemnation from the United Nations",False),
 ("UNO","AFG","REQUEST",True,"urged the Taliban to ensure equal access to education",False),
 ("UNO","AFG","REQUEST",True,"The UN mission in Afghanistan called for the decision to be revoked",False),
 ("USA","AFG","REJECT|ACCUSE",False,"the Taliban could not expect to be a legitimate member of the international community",False),
 ("USA","AFG","THREATEN",True,"This decision will come with consequences",False),
 ("QAT","AFG","REQUEST",True,"urged Kabul to reconsider",False),
 ("TUR","AFG","ACCUSE|PROTEST",True,"called the ban \"neither Islamic nor humane\"",False),
 ("SAU","AFG","PROTEST|ACCUSE",True,"Saudi Arabia said it was astonished and expressed regret",False),
 ("PAK","AFG","PROTEST|ACCUSE",True,"he was disappointed but that engagement with Kabul remained the best path",False),
 ("AFG","AFG","ACCUSE",False,"female students had not followed instructions on dress",False),
 ("AFG","UNO|USA","REJECT",True,"rejecting calls to reverse the ban",False),
 ("AFG","AFG","PROTEST",True,"A small group of young women protested in Kabul on Thursday",False),
 ("AFG","AFG","COERCE",True,"they were dispersed by Taliban security forces",False),
 ("AFG","AFG","PROTEST",False,"Some male lecturers resigned in solidarity",False),
]))

ARTS.append(dict(
id="AE20", fmt="json",
headline="Deadly protests mar Modi's visit to Bangladesh for independence jubilee",
meta=dict(date="2021-03-27 16:05:00", authors=["Faisal Mahmud"], url="https://www.aljazeera.com/news/2021/3/27/deadly-protests-mar-modi-visit-to-bangladesh", domain="www.aljazeera.com",
  description="At least five killed as police fire on demonstrators opposed to the Indian PM's presence at the 50th anniversary celebrations."),
published=("2021-03-27", "2021-03-27", "date_publish 2021-03-27; Modi's visit March 26-27, 2021"),
body="""
At least five people have been killed in Bangladesh after police opened fire on protesters opposed to a visit by Indian Prime Minister Narendra Modi, who is in Dhaka for celebrations marking 50 years of the country's independence.

The deaths occurred on Friday in the southeastern district of Brahmanbaria and in the port city of Chittagong, where supporters of the hardline Islamist group Hefazat-e-Islam attacked a police station and set fire to a railway station, police said. Dozens more were injured in clashes in Dhaka after Friday prayers at the national mosque.

Hefazat accuses Modi of stoking hatred against Muslims in India and condemned Bangladesh's government for inviting him. Its leaders called a nationwide general strike for Sunday to protest against the killings.

Modi, making his first foreign trip since the coronavirus pandemic began, held talks with Prime Minister Sheikh Hasina on Saturday. The two leaders signed five agreements covering disaster management, trade and sports, and jointly inaugurated a border haat and a passenger train link between Dhaka and New Jalpaiguri.

India also handed over 1.2 million doses of coronavirus vaccine as a gift, the Indian foreign ministry said. Hasina thanked Modi for India's role in Bangladesh's 1971 war of independence from Pakistan, in which Indian troops fought alongside Bengali guerrillas.

But the visit did not produce a breakthrough on the long-stalled Teesta river water-sharing agreement, which Dhaka has pressed New Delhi to sign for more than a decade. Bangladeshi Foreign Minister AK Abdul Momen said India had again assured Dhaka that it would resolve the issue.

Bangladesh also raised the killings of Bangladeshi civilians by India's Border Security Force, and Modi said the two sides should work to bring such deaths down to zero.

Home Minister Asaduzzaman Khan said the protests were orchestrated by "vested quarters" trying to destabilise the country, and warned that the government would not tolerate violence.

Human rights groups criticised the police response. Amnesty International urged authorities to investigate the use of lethal force and to respect the right to peaceful protest.

Modi also visited a Hindu temple in Satkhira and the birthplace of Hasina's father, Sheikh Mujibur Rahman, the founding leader of Bangladesh.
""",
people=[
 ("Narendra Modi","IND","Prime Minister"),
 ("Sheikh Hasina","BGD","Prime Minister"),
 ("AK Abdul Momen","BGD","Foreign Minister"),
 ("Asaduzzaman Khan","BGD","Home Minister"),
 ("Sheikh Mujibur Rahman","BGD","founding leader"),
],
events=[
 ("BGD","BGD","ASSAULT|COERCE",True,"police opened fire on protesters",False),
 ("BGD","IND","PROTEST",True,"protesters opposed to a visit by Indian Prime Minister Narendra Modi",False),
 ("IND","BGD","CONSULT",False,"who is in Dhaka for celebrations",False),
 ("BGD","BGD","ASSAULT",True,"attacked a police station",False),
 ("BGD","IND","ACCUSE",True,"Hefazat accuses Modi of stoking hatred against Muslims",False),
 ("BGD","BGD","ACCUSE|PROTEST",True,"condemned Bangladesh's government for inviting him",False),
 ("BGD","BGD","PROTEST",True,"called a nationwide general strike",False),
 ("IND","BGD","CONSULT",True,"held talks with Prime Minister Sheikh Hasina",True),
 ("IND","BGD","AGREE|COOPERATE",True,"The two leaders signed five agreements",True),
 ("IND","BGD","COOPERATE",False,"jointly inaugurated a border haat",True),
 ("IND","BGD","AID",True,"India also handed over 1.2 million doses of coronavirus vaccine",False),
 ("BGD","IND","SUPPORT",True,"Hasina thanked Modi",False),
 ("IND","PAK","ASSAULT",False,"Indian troops fought alongside Bengali guerrillas",False),
 ("BGD","IND","REQUEST",False,"Dhaka has pressed New Delhi to sign",False),
 ("IND","BGD","AGREE",True,"India had again assured Dhaka that it would resolve the issue",False),
 ("BGD","IND","ACCUSE|PROTEST",True,"Bangladesh also raised the killings of Bangladeshi civilians",False),
 ("IND","BGD","ASSAULT",False,"killings of Bangladeshi civilians by India's Border Security Force",False),
 ("BGD","BGD","ACCUSE",True,"the protests were orchestrated by \"vested quarters\"",False),
 ("BGD","BGD","THREATEN",True,"warned that the government would not tolerate violence",False),
 ("NGO","BGD","ACCUSE",True,"Human rights groups criticised the police response",False),
 ("NGO","BGD","REQUEST",True,"Amnesty International urged authorities to investigate",False),
]))
