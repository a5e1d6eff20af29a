# Articles CC1-CC7 (plain text)
ARTS = []
def A(**k): ARTS.append(k)

A(id="CC1", fmt="txt",
headline="Sadr supporters storm Iraq's parliament as lawmakers stall on new cabinet",
published=("2016-04-30","2016-04-30","events 'on Saturday' in April 2016: Green Zone breach of 30 April 2016; Biden visit 'two days earlier'"),
body="""BAGHDAD — Hundreds of supporters of the Shiite cleric Moqtada al-Sadr tore through the concrete walls of Baghdad's fortified Green Zone on Saturday and stormed the Iraqi parliament, hours after lawmakers once again failed to approve a new cabinet of technocrats.

Protesters waving Iraqi flags climbed over blast barriers and poured into the assembly hall. Some sat in the lawmakers' empty seats and chanted against the political class. Several members of parliament were chased toward the exits, and at least one was slapped by the crowd, witnesses said.

The soldiers guarding the compound did little to stop them. Some were seen shaking hands with demonstrators at the gates.

The breach came shortly after Mr. Sadr, speaking in the holy city of Najaf, accused the country's politicians of blocking reform. He said his movement would not take part in any political process built on sectarian quotas. "I stand with the people, whatever they choose," he said in a televised address.

Prime Minister Haider al-Abadi ordered the arrest of any protester who had attacked lawmakers or damaged state property, his office said in a statement. Later in the day he walked through the damaged building and urged the demonstrators to leave peacefully.

"The state will not be held hostage by anyone," a senior adviser to Mr. Abadi told reporters. "There is a difference between protest and chaos."

Baghdad's security command declared a state of emergency and sealed the main entrances to the capital.

The United Nations mission in Iraq called for calm. Jan Kubis, the U.N. special envoy, said in a statement that he was deeply concerned and urged all parties to settle their differences through dialogue.

In Washington, the State Department said it was following the situation closely. "We support Prime Minister Abadi's efforts to form a government that serves all Iraqis," said John Kirby, the department's spokesman.

Vice President Joe Biden had visited Baghdad only two days earlier. He met Mr. Abadi and the speaker of parliament, Salim al-Jabouri, to press for an end to the deadlock that has paralyzed the government while its forces fight the Islamic State.

Mr. Abadi has been trying since February to replace party-affiliated ministers with independent experts, a plan meant to curb the corruption that has drained the state's finances as oil prices have fallen. The main blocs have resisted the plan, fearing the loss of ministries that serve as sources of patronage.

In March, Mr. Sadr led a sit-in outside the Green Zone gates that ended only when Mr. Abadi presented a list of new nominees. Parliament has since approved only part of that list.

Kurdish lawmakers walked out of the session on Saturday before the breach. Officials in Erbil said the Kurdish members would not return to Baghdad until their safety was guaranteed.

By nightfall, the protesters had left the parliament building for a square inside the Green Zone, where organizers said they would stay until lawmakers voted on the full cabinet.

"We came peacefully and we will leave peacefully," said one demonstrator, a 34-year-old teacher from Sadr City. "But we will not go home with nothing."
""",
people=[("Moqtada al-Sadr","IRQ","Shiite cleric"),("Haider al-Abadi","IRQ","Prime Minister"),("Jan Kubis","UNO","U.N. special envoy"),("John Kirby","USA","State Department spokesman"),("Joe Biden","USA","Vice President"),("Salim al-Jabouri","IRQ","speaker of parliament")],
events=[
 ("IRQ","IRQ",["PROTEST"],True,"stormed the Iraqi parliament"),
 ("IRQ","IRQ",["ASSAULT","COERCE"],True,"at least one was slapped by the crowd"),
 ("IRQ","IRQ",["ACCUSE"],True,"accused the country's politicians of blocking reform"),
 ("IRQ","IRQ",["REJECT"],False,"would not take part in any political process built on sectarian quotas"),
 ("IRQ","IRQ",["COERCE","THREATEN"],True,"ordered the arrest of any protester"),
 ("IRQ","IRQ",["REQUEST"],True,"urged the demonstrators to leave peacefully"),
 ("IRQ","IRQ",["COERCE","MOBILIZE"],False,"declared a state of emergency"),
 ("UNO","IRQ",["REQUEST"],True,"urged all parties to settle their differences through dialogue"),
 ("USA","IRQ",["SUPPORT"],True,"We support Prime Minister Abadi's efforts"),
 ("USA","IRQ",["CONSULT"],True,"He met Mr. Abadi and the speaker of parliament"),
 ("IRQ","IRQ",["REJECT"],False,"The main blocs have resisted the plan"),
 ("IRQ","IRQ",["PROTEST"],False,"Mr. Sadr led a sit-in outside the Green Zone gates"),
 ("IRQ","IRQ",["PROTEST"],True,"Kurdish lawmakers walked out of the session"),
 ("IRQ","IRQ",["REJECT","THREATEN"],False,"would not return to Baghdad until their safety was guaranteed"),
])

A(id="CC2", fmt="txt",
headline="Iraq declares Falluja fully retaken from Islamic State after month-long battle",
published=("2016-06-26","2016-06-26","Falluja declared liberated 'on Sunday' 26 June 2016; offensive began 'late May'"),
body="""The commander of Iraq's counterterrorism forces declared on Sunday that the city of Falluja had been fully retaken from the Islamic State, ending a battle of more than a month for one of the militants' oldest strongholds in the country.

Lt. Gen. Abdul-Wahab al-Saadi said on state television that his troops had cleared the last neighborhood on the city's northwestern edge, al-Julan. "Falluja is free," he said, standing beside a burned-out armored vehicle. "The enemy has been defeated."

Prime Minister Haider al-Abadi had already announced a week earlier that the government center in the city was under army control. On Sunday he called on Iraqis to celebrate and promised that Mosul, the largest city still held by the militants, would be next.

The offensive began in late May with an assault by army units, federal police and the Shiite-dominated militias known as the Popular Mobilization Forces. The militias were largely kept on the outskirts after Sunni leaders warned that their presence inside the city could inflame sectarian tensions.

Those fears were not unfounded. Officials in Anbar Province accused some militia fighters of detaining and abusing hundreds of men who fled the city. Anbar's governor, Sohaib al-Rawi, said that at least 49 men had been killed in custody, a charge the militias denied. Mr. Abadi ordered an investigation and said that anyone found responsible would be punished.

The U.S.-led coalition supported the ground offensive with air strikes. Coalition aircraft struck a large convoy of militants trying to flee the city toward the Syrian border this week, destroying dozens of vehicles, American officials said.

"This is a significant victory for the Iraqi security forces," Defense Secretary Ashton B. Carter said in a statement. "The coalition will continue to stand with our Iraqi partners."

The Islamic State did not admit the loss. In a statement posted online, the group claimed its fighters had withdrawn on their own terms.

The humanitarian situation remains grave. The Norwegian Refugee Council said more than 85,000 people had fled Falluja and the surrounding villages since the offensive began, many of them into camps that lack shade and water in temperatures above 110 degrees.

"People are sleeping in the open," said Jan Egeland, the group's secretary general. He urged the Iraqi government and donors to send tents and water immediately.

The United Nations released $15 million from an emergency fund to help the displaced, a spokesman said.

Falluja, about 40 miles west of Baghdad, was the first Iraqi city to fall to the militants, in January 2014, months before their sweep across the north. It was the scene of two of the bloodiest battles fought by American troops during the occupation.

Residents who reached the camps said the militants had kept them in the city as human shields and shot at families trying to escape across the Euphrates.

Iraqi officials said it could take months to clear the city of explosives before families can return.
""",
people=[("Abdul-Wahab al-Saadi","IRQ","commander of counterterrorism forces"),("Haider al-Abadi","IRQ","Prime Minister"),("Sohaib al-Rawi","IRQ","governor of Anbar"),("Ashton B. Carter","USA","Defense Secretary"),("Jan Egeland","NGO","secretary general, Norwegian Refugee Council")],
events=[
 ("IRQ","IRQ",["ASSAULT"],True,"had cleared the last neighborhood on the city's northwestern edge"),
 ("IRQ","IRQ",["THREATEN"],False,"promised that Mosul, the largest city still held by the militants, would be next"),
 ("IRQ","IRQ",["ASSAULT"],False,"The offensive began in late May"),
 ("IRQ","IRQ",["PROTEST","ACCUSE"],False,"Sunni leaders warned that their presence inside the city could inflame sectarian tensions"),
 ("IRQ","IRQ",["ACCUSE"],True,"accused some militia fighters of detaining and abusing hundreds of men"),
 ("IRQ","IRQ",["REJECT"],True,"a charge the militias denied"),
 ("IRQ","IRQ",["COERCE","ACCUSE"],False,"ordered an investigation"),
 (["USA","IGO"],"IRQ",["SUPPORT","COOPERATE","AID"],True,"supported the ground offensive with air strikes"),
 (["USA","IGO"],"IRQ",["ASSAULT"],True,"struck a large convoy of militants"),
 ("USA","IRQ",["SUPPORT"],True,"The coalition will continue to stand with our Iraqi partners"),
 ("NGO","IRQ",["REQUEST"],True,"He urged the Iraqi government and donors to send tents and water"),
 ("UNO","IRQ",["AID"],True,"The United Nations released $15 million"),
 ("IRQ","IRQ",["COERCE","ASSAULT"],False,"shot at families trying to escape"),
])

A(id="CC3", fmt="txt",
headline="Houthis and Saleh name council to run Yemen, dealing blow to Kuwait peace talks",
published=("2016-07-28","2016-07-29","council announced 'on Thursday' (28 July 2016) in the third month of the Kuwait talks; 'on Friday' reaction not yet reported"),
body="""SANAA, Yemen — Yemen's Houthi rebels and the party of former President Ali Abdullah Saleh announced on Thursday that they would form a joint council to govern the country, a move that the United Nations warned could wreck peace talks that have dragged on in Kuwait for three months.

Under the agreement, a 10-member "supreme political council" drawn equally from the Houthi movement and Mr. Saleh's General People's Congress will run state affairs from Sanaa, the capital, which the rebels have held since September 2014.

The announcement was read on the rebels' Al Masirah television channel. It said the council would manage "political, military, economic and security affairs" and would be chaired in rotation by the two sides.

Yemen's internationally recognized government, led by President Abed Rabbo Mansour Hadi, denounced the deal as a coup against the peace process. Its foreign minister and chief negotiator, Abdulmalik al-Mikhlafi, wrote on Twitter that the rebels had "shot the talks in the head" and said his delegation would not remain in Kuwait to negotiate with people who had chosen war.

The U.N. special envoy for Yemen, Ismail Ould Cheikh Ahmed, said in a statement that the step was a "grave violation" of the commitments the parties had made and of Security Council resolutions. He urged the rebels to reverse the decision and return to the negotiating table.

Saudi Arabia, which has led a coalition of Arab states fighting the Houthis since March 2015, said the announcement showed that the rebels were not serious. A coalition spokesman, Brig. Gen. Ahmed al-Asiri, told reporters in Riyadh that the coalition "will not stand idle" if the rebels press ahead.

Mohammed Abdulsalam, the chief Houthi negotiator, defended the deal. He said it was meant to fill a vacuum and accused Mr. Hadi's government of blocking every proposal put forward in Kuwait. "We did not close the door," he told reporters. "They did."

The Kuwaiti government, which has hosted the talks since April, urged both sides to stay. Kuwait's deputy foreign minister, Khaled al-Jarallah, said his country would keep offering "all the facilities needed" for an agreement.

The United States and Britain also criticized the move. A State Department spokesman, John Kirby, said the council was "unhelpful" and called on all parties to show flexibility.

The talks opened in April after a cease-fire that has been violated almost daily. Government negotiators have demanded that the Houthis withdraw from cities and hand over heavy weapons before any unity government is formed; the rebels have insisted on a power-sharing government first.

More than 6,400 people have been killed in the war, about half of them civilians, according to the United Nations. Aid agencies say more than 80 percent of Yemenis need assistance.

Fighting intensified on Thursday along the border with Saudi Arabia, where the rebels said they had fired artillery at Saudi military positions in Najran. The coalition responded with airstrikes on rebel sites in Saada Province, local officials said.

Diplomats in Kuwait said the envoy would try to keep the process alive, but few expected a breakthrough soon.
""",
people=[("Ali Abdullah Saleh","YEM","former President"),("Abed Rabbo Mansour Hadi","YEM","President"),("Abdulmalik al-Mikhlafi","YEM","foreign minister and chief negotiator"),("Ismail Ould Cheikh Ahmed","UNO","U.N. special envoy for Yemen"),("Ahmed al-Asiri","SAU","coalition spokesman"),("Mohammed Abdulsalam","YEM","chief Houthi negotiator"),("Khaled al-Jarallah","KWT","deputy foreign minister"),("John Kirby","USA","State Department spokesman")],
events=[
 ("YEM","YEM",["AGREE","COOPERATE"],True,"announced on Thursday that they would form a joint council",True),
 ("YEM","YEM",["ACCUSE","REJECT"],True,"denounced the deal as a coup against the peace process"),
 ("YEM","YEM",["REJECT"],True,"would not remain in Kuwait to negotiate"),
 ("UNO","YEM",["ACCUSE"],True,"the step was a \"grave violation\""),
 ("UNO","YEM",["REQUEST"],True,"He urged the rebels to reverse the decision"),
 ("SAU","YEM",["ACCUSE"],True,"the announcement showed that the rebels were not serious"),
 ("SAU","YEM",["THREATEN"],True,"will not stand idle"),
 ("YEM","YEM",["ACCUSE"],True,"accused Mr. Hadi's government of blocking every proposal"),
 ("KWT","YEM",["REQUEST"],True,"urged both sides to stay"),
 ("USA","YEM",["ACCUSE","REQUEST"],True,"called on all parties to show flexibility"),
 ("GBR","YEM",["ACCUSE"],False,"The United States and Britain also criticized the move"),
 ("YEM","YEM",["REQUEST"],False,"demanded that the Houthis withdraw from cities"),
 ("YEM","SAU",["ASSAULT"],True,"fired artillery at Saudi military positions in Najran"),
 ("SAU","YEM",["ASSAULT"],True,"The coalition responded with airstrikes on rebel sites"),
 ("SAU","YEM",["ASSAULT"],False,"fighting the Houthis since March 2015"),
])

A(id="CC4", fmt="txt",
headline="Saudi-led bloc hands Qatar 13 demands, including closing Al Jazeera",
published=("2017-06-23","2017-06-23","list delivered 'on Thursday' (22 June 2017) and made public 'on Friday'; blockade began 'June 5'"),
body="""Saudi Arabia and three Arab allies have given Qatar a list of 13 demands, including the closing of the Al Jazeera news network and the expulsion of Turkish troops, as the price for lifting the blockade they imposed on the tiny Gulf state this month.

The list was handed to Qatari officials on Thursday by Kuwait, which has been mediating in the dispute, and its contents were made public on Friday. Qatar was given 10 days to comply.

Besides shutting Al Jazeera and its affiliates, the demands call on Doha to scale down its diplomatic ties with Iran, cut all links to the Muslim Brotherhood, Hezbollah and other groups the four countries consider terrorist organizations, and hand over people wanted by them. Qatar would also have to pay compensation for unspecified damages and submit to monthly audits of its compliance.

Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic ties with Qatar on June 5 and closed their land, sea and air links to the country, accusing it of financing terrorism and cozying up to Iran. Qatar has denied the accusations.

Qatar's government said on Friday that it was studying the list but made clear that it considered much of it unacceptable. "These demands are not reasonable or actionable," a government spokesman, Sheikh Saif bin Ahmed Al Thani, said in a statement. "They are aimed at curbing Qatar's sovereignty."

The foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, had said earlier in the week that Qatar would not negotiate while the blockade remained in place.

Turkey, which has been expanding a small military base in Qatar and sent additional troops there this week, rejected the call to withdraw. Defense Minister Fikri Isik told reporters in Ankara that the base was a matter between Turkey and Qatar and that no one had the right to interfere. "We will not review our agreement," he said.

Al Jazeera said the demand was an attempt to silence free journalism. The network's acting director general, Mostefa Souag, said it would continue to cover the region.

The United Arab Emirates' minister of state for foreign affairs, Anwar Gargash, wrote on Twitter that Qatar would be wise to take the demands seriously, or face "divorce" from its neighbors.

Secretary of State Rex W. Tillerson had urged the Saudis and their allies to draw up a list that was "reasonable and actionable." A State Department spokeswoman, Heather Nauert, said earlier this week that the department was "mystified" that the list had taken so long to produce.

President Trump, however, has sided openly with the Saudis, writing on Twitter this month that the blockade could be "the beginning of the end to the horror of terrorism."

Iran has sent planeloads of food to Qatar since the blockade began, and has opened its airspace to Qatar Airways flights barred from flying over Saudi Arabia and the Emirates.

Kuwait's emir, Sheikh Sabah al-Ahmad al-Jaber Al Sabah, has shuttled between Gulf capitals trying to contain the crisis. Diplomats said the list would be difficult to sell in Doha, and some doubted that it had been written to be accepted at all.
""",
people=[("Saif bin Ahmed Al Thani","QAT","government spokesman"),("Mohammed bin Abdulrahman Al Thani","QAT","foreign minister"),("Fikri Isik","TUR","Defense Minister"),("Mostefa Souag","QAT","acting director general, Al Jazeera"),("Anwar Gargash","ARE","minister of state for foreign affairs"),("Rex W. Tillerson","USA","Secretary of State"),("Heather Nauert","USA","State Department spokeswoman"),("Donald Trump","USA","President"),("Sabah al-Ahmad al-Jaber Al Sabah","KWT","emir")],
events=[
 (("SAU","ARE","BHR","EGY"),"QAT",["REQUEST","THREATEN"],True,"have given Qatar a list of 13 demands"),
 ("KWT","QAT",["CONSULT","COOPERATE"],False,"The list was handed to Qatari officials on Thursday by Kuwait"),
 ("SAU","QAT",["SANCTION"],True,"severed diplomatic ties with Qatar on June 5"),
 ("ARE","QAT",["SANCTION"],True,"severed diplomatic ties with Qatar on June 5"),
 ("BHR","QAT",["SANCTION"],True,"severed diplomatic ties with Qatar on June 5"),
 ("EGY","QAT",["SANCTION"],True,"severed diplomatic ties with Qatar on June 5"),
 (["SAU","ARE","BHR","EGY"],"QAT",["ACCUSE"],False,"accusing it of financing terrorism"),
 ("QAT",["SAU","ARE","BHR","EGY"],["REJECT"],True,"Qatar has denied the accusations"),
 ("QAT",["SAU","ARE","BHR","EGY"],["REJECT"],True,"These demands are not reasonable or actionable"),
 ("QAT",["SAU","ARE","BHR","EGY"],["REJECT"],False,"Qatar would not negotiate while the blockade remained in place"),
 ("TUR",["SAU","ARE","BHR","EGY"],["REJECT"],True,"rejected the call to withdraw"),
 ("TUR","QAT",["MOBILIZE","COOPERATE","SUPPORT"],False,"sent additional troops there this week"),
 ("ARE","QAT",["THREATEN"],True,"or face \"divorce\" from its neighbors"),
 ("USA","SAU",["REQUEST"],False,"had urged the Saudis and their allies to draw up a list"),
 ("USA","SAU",["SUPPORT"],True,"has sided openly with the Saudis"),
 ("IRN","QAT",["AID"],True,"Iran has sent planeloads of food to Qatar"),
 ("IRN","QAT",["COOPERATE"],False,"has opened its airspace to Qatar Airways flights"),
 ("KWT",["SAU","QAT"],["CONSULT"],False,"has shuttled between Gulf capitals"),
])

A(id="CC5", fmt="txt",
headline="Iran sentences American businessman and his father to 10 years in prison",
published=("2016-10-18","2016-10-18","sentences reported by Mizan 'on Tuesday' 18 October 2016; Baquer arrested 'in February' 2016"),
body="""An Iranian court has sentenced an Iranian-American businessman, Siamak Namazi, and his 80-year-old father, Baquer, to 10 years in prison on charges of cooperating with the United States, a website linked to Iran's judiciary reported on Tuesday.

The Mizan news agency said the two men had been convicted of "collaboration with a hostile government." It did not say when the trial had taken place or what evidence was presented. Lawyers for the family said they had not been allowed to see the case file.

Siamak Namazi, an oil executive who had lived in Dubai, was detained by the intelligence arm of the Revolutionary Guards in October 2015 while visiting relatives in Tehran. His father, a former Unicef official and provincial governor under the shah, was arrested in February after being allowed into the country to visit his son in Evin prison.

The State Department said it was deeply concerned by the reports and called on Iran to release the two men immediately. "We urge Iranian authorities to release all U.S. citizens unjustly detained in Iran," a spokesman, John Kirby, told reporters in Washington.

The family said in a statement that the charges were baseless and that Baquer Namazi's health had deteriorated sharply in custody. "My father has heart problems and needs medicine every day," said his other son, Babak Namazi. "He is not a spy. He has spent his life helping children."

Unicef's executive director, Anthony Lake, appealed to Tehran to free the elder Mr. Namazi on humanitarian grounds, noting his years of work for the agency in Kenya, Somalia and Egypt.

Iranian officials rejected the criticism. The judiciary spokesman, Gholamhossein Mohseni Ejei, said last month that the country's courts were independent and would not be influenced by "foreign propaganda."

The sentences come nine months after the United States and Iran carried out a prisoner exchange on the day the nuclear agreement took effect, in which Tehran freed five Americans, including the Washington Post correspondent Jason Rezaian. Critics of the deal in Congress have since accused Iran of seizing more dual nationals to use as bargaining chips.

"This is hostage-taking, plain and simple," said Senator Mark Kirk, a Republican from Illinois who opposed the nuclear accord. He called on the Obama administration to impose new sanctions on the Revolutionary Guards.

Iran does not recognize dual citizenship and treats Iranian-born detainees solely as Iranian nationals, denying them consular access. Several other dual nationals, including a British-Iranian charity worker, Nazanin Zaghari-Ratcliffe, are also being held.

Analysts said the arrests reflected a struggle inside Iran between President Hassan Rouhani, who championed the nuclear deal, and hard-liners in the security services who oppose any opening to the West.

Mr. Rouhani's government has not commented on the case. His foreign minister, Mohammad Javad Zarif, said in an interview in September that he had no role in judicial matters.

The Namazis can appeal the verdict within 20 days, Mizan said.
""",
people=[("Siamak Namazi","USA","businessman"),("Baquer Namazi","USA","former Unicef official"),("John Kirby","USA","State Department spokesman"),("Babak Namazi","USA","son"),("Anthony Lake","UNO","Unicef executive director"),("Gholamhossein Mohseni Ejei","IRN","judiciary spokesman"),("Jason Rezaian","USA","Washington Post correspondent"),("Mark Kirk","USA","Senator"),("Nazanin Zaghari-Ratcliffe","GBR","charity worker"),("Hassan Rouhani","IRN","President"),("Mohammad Javad Zarif","IRN","foreign minister")],
events=[
 ("IRN","USA",["COERCE","SANCTION"],True,"has sentenced an Iranian-American businessman"),
 ("IRN","USA",["ACCUSE"],True,"convicted of \"collaboration with a hostile government.\""),
 ("IRN","USA",["COERCE"],False,"was detained by the intelligence arm of the Revolutionary Guards"),
 ("IRN","USA",["COERCE"],False,"was arrested in February"),
 ("USA","IRN",["REQUEST"],True,"called on Iran to release the two men immediately"),
 ("USA","IRN",["REJECT","ACCUSE"],True,"the charges were baseless"),
 ("UNO","IRN",["REQUEST"],True,"appealed to Tehran to free the elder Mr. Namazi"),
 ("IRN","USA",["REJECT"],True,"Iranian officials rejected the criticism"),
 ("USA","IRN",["COOPERATE","AGREE"],False,"carried out a prisoner exchange",True),
 ("USA","IRN",["ACCUSE"],True,"accused Iran of seizing more dual nationals"),
 ("USA","IRN",["ACCUSE"],False,"This is hostage-taking, plain and simple"),
 ("USA","USA",["REQUEST"],False,"called on the Obama administration to impose new sanctions"),
 ("IRN","GBR",["COERCE"],False,"are also being held"),
])

A(id="CC6", fmt="txt",
headline="North Korea fires four missiles, three landing in waters off Japan",
published=("2017-03-06","2017-03-06","launches 'on Monday' 6 March 2017 during Foal Eagle exercises begun 'last week'"),
body="""SEOUL, South Korea — North Korea fired four ballistic missiles off its east coast on Monday, and three of them fell into the sea inside Japan's exclusive economic zone, officials in Tokyo and Seoul said, in what appeared to be an angry response to joint military exercises by South Korea and the United States.

The missiles were launched from the Tongchang-ri area near the Chinese border at 7:36 a.m. and flew about 620 miles before splashing down, the South Korean military's Joint Chiefs of Staff said.

Prime Minister Shinzo Abe of Japan called the launches "a clear violation" of United Nations resolutions and said Japan had lodged a strong protest with Pyongyang through its embassy in Beijing. "This shows that North Korea has entered a new stage of threat," he told lawmakers in Tokyo.

South Korea's acting president, Hwang Kyo-ahn, convened an emergency meeting of the National Security Council and ordered the military to stay on high alert. His office said the launches were a direct challenge to the international community and warned that the North would face "strong punishment."

The launches came a week after South Korean and American forces began their annual Foal Eagle exercises, which the North denounces every year as a rehearsal for invasion. North Korea's military had warned last week that it would take "merciless" countermeasures against the drills.

In Washington, a State Department spokesman, Mark Toner, said the United States "strongly condemns" the launches and remained committed to defending its allies. President Trump spoke by telephone with Mr. Abe and with Mr. Hwang later in the day, and the three governments asked for an emergency meeting of the United Nations Security Council, diplomats said.

China, the North's main ally and trading partner, urged restraint on all sides. A Foreign Ministry spokesman, Geng Shuang, told reporters that Beijing opposed the launches but also opposed the deployment of an American missile defense system in South Korea, which it says threatens its own security.

"We call on all parties to avoid actions that will raise tensions," Mr. Geng said.

The launches were the first since Feb. 12, when the North tested a new solid-fuel missile while Mr. Abe was visiting Mr. Trump in Florida. They also came amid a bitter diplomatic dispute between North Korea and Malaysia over the killing of Kim Jong-un's half brother at Kuala Lumpur airport last month.

Japanese officials said the three missiles that landed in their zone fell as close as 200 miles from the coast of Akita Prefecture. No ships or aircraft were damaged, the Defense Ministry said.

Analysts said the salvo appeared designed to show that the North could overwhelm missile defenses by firing several missiles at once.

"They are practicing a saturation attack," said Kim Dong-yub, a military analyst at Kyungnam University in Seoul. "The message is aimed at Tokyo as much as Washington."

Under Kim Jong-un, North Korea has conducted two nuclear tests and more than two dozen missile launches since the start of last year, defying several rounds of United Nations sanctions.
""",
people=[("Shinzo Abe","JPN","Prime Minister"),("Hwang Kyo-ahn","KOR","acting president"),("Mark Toner","USA","State Department spokesman"),("Donald Trump","USA","President"),("Geng Shuang","CHN","Foreign Ministry spokesman"),("Kim Jong-un","PRK","leader"),("Kim Dong-yub","KOR","military analyst, Kyungnam University")],
events=[
 ("PRK","JPN",["THREATEN","MOBILIZE"],True,"three of them fell into the sea inside Japan's exclusive economic zone"),
 ("JPN","PRK",["ACCUSE"],True,"called the launches \"a clear violation\""),
 ("JPN","PRK",["PROTEST","ACCUSE"],True,"had lodged a strong protest with Pyongyang"),
 ("KOR","PRK",["ACCUSE"],True,"the launches were a direct challenge to the international community"),
 ("KOR","PRK",["THREATEN"],True,"would face \"strong punishment.\""),
 ("KOR","KOR",["MOBILIZE"],False,"ordered the military to stay on high alert"),
 (["KOR","USA"],["USA","KOR"],["COOPERATE"],False,"began their annual Foal Eagle exercises",True),
 ("PRK",["KOR","USA"],["ACCUSE"],False,"which the North denounces every year as a rehearsal for invasion"),
 ("PRK",["KOR","USA"],["THREATEN"],True,"would take \"merciless\" countermeasures"),
 ("USA","PRK",["ACCUSE"],True,"strongly condemns"),
 ("USA",["JPN","KOR"],["SUPPORT"],True,"remained committed to defending its allies"),
 ("USA","JPN",["CONSULT"],True,"spoke by telephone with Mr. Abe"),
 ("USA","KOR",["CONSULT"],True,"and with Mr. Hwang later in the day"),
 (["USA","JPN","KOR"],"UNO",["REQUEST"],False,"asked for an emergency meeting of the United Nations Security Council"),
 ("CHN",["PRK","USA","KOR"],["REQUEST"],True,"urged restraint on all sides"),
 ("CHN","PRK",["ACCUSE","REJECT"],False,"Beijing opposed the launches"),
 ("CHN",["USA","KOR"],["ACCUSE","REJECT"],True,"also opposed the deployment of an American missile defense system"),
 ("PRK","UNO",["REJECT"],False,"defying several rounds of United Nations sanctions"),
])

A(id="CC7", fmt="txt",
headline="Duterte pulls police out of drug war after officers killed South Korean businessman",
published=("2017-01-30","2017-01-31","announcement 'on Monday' (30 January 2017); abduction 'in October'"),
body="""MANILA — President Rodrigo Duterte on Monday ordered the Philippine National Police to stop all operations in his bloody campaign against illegal drugs, days after it emerged that anti-narcotics officers had abducted and killed a South Korean businessman inside the national police headquarters.

The police chief, Director General Ronald dela Rosa, said his force's anti-drug units would be dissolved and that the campaign would be handed to the Philippine Drug Enforcement Agency, a much smaller body. The military will be asked to help, he said.

"We will cleanse our ranks," General dela Rosa told reporters at Camp Crame, the police headquarters. "Until that is done, there will be no more police operations against drugs." He said he had offered to resign over the case, but Mr. Duterte refused.

The businessman, Jee Ick-joo, was taken from his home in Angeles City in October by officers who claimed to be serving a drug warrant. He was strangled inside Camp Crame, and his body was cremated, according to investigators. The officers then demanded a ransom from his wife, who paid about $100,000, before she learned that he was dead.

Mr. Duterte apologized to South Korea in a speech on Sunday night, calling the killing "a shame" and promising that those responsible would be punished. "I am sorry," he said. "I will not allow my government to be used for crimes like this."

But the president, who won election last year on a promise to kill tens of thousands of drug dealers, also made clear that the campaign was not over. He said it would continue until the last day of his term, and he lashed out at what he called corrupt police officers, calling the force "rotten to the core."

South Korea's Foreign Ministry expressed deep regret over the killing and asked Manila to conduct a thorough investigation. Seoul's ambassador in Manila met officials of the Justice Department this week to press for the prosecution of the suspects, the ministry said in a statement.

Human rights groups said the suspension did not go far enough. More than 7,000 people have been killed since Mr. Duterte took office in June, about 2,500 of them in police operations and the rest by unidentified gunmen.

"This is a tacit admission that the police have been out of control," said Phelim Kine, the deputy Asia director of Human Rights Watch. He called on the government to allow an independent United Nations inquiry into the killings.

Senator Leila de Lima, a leading critic of the president, said the killing of Mr. Jee showed that the campaign had turned officers into "murderers for hire." Mr. Duterte has accused her of taking money from drug lords in the national penitentiary, a charge she denies.

The Catholic bishops' conference is expected to issue a pastoral letter next week condemning the killings.

Mr. Duterte has repeatedly dismissed criticism from the United Nations, the United States and the European Union, telling them not to interfere in the country's affairs.
""",
people=[("Rodrigo Duterte","PHL","President"),("Ronald dela Rosa","PHL","police chief, Director General"),("Jee Ick-joo","KOR","businessman"),("Phelim Kine","USA","deputy Asia director, Human Rights Watch"),("Leila de Lima","PHL","Senator")],
events=[
 ("PHL","PHL",["RETREAT","CONCEDE"],True,"ordered the Philippine National Police to stop all operations"),
 ("PHL","KOR",["ASSAULT"],True,"had abducted and killed a South Korean businessman"),
 ("PHL","KOR",["COERCE"],False,"demanded a ransom from his wife"),
 ("PHL","KOR",["CONCEDE"],True,"Mr. Duterte apologized to South Korea"),
 ("PHL","PHL",["ACCUSE"],True,"calling the force \"rotten to the core.\""),
 ("KOR","PHL",["REQUEST"],True,"asked Manila to conduct a thorough investigation"),
 ("KOR","PHL",["CONSULT","REQUEST"],True,"Seoul's ambassador in Manila met officials of the Justice Department"),
 ("NGO","PHL",["ACCUSE"],True,"This is a tacit admission that the police have been out of control"),
 ("NGO","PHL",["REQUEST"],True,"called on the government to allow an independent United Nations inquiry"),
 ("PHL","PHL",["ACCUSE"],True,"the campaign had turned officers into \"murderers for hire.\""),
 ("PHL","PHL",["ACCUSE"],True,"Mr. Duterte has accused her of taking money from drug lords"),
 ("PHL","PHL",["REJECT"],False,"a charge she denies"),
 ("PHL",["UNO","USA","EUR"],["REJECT"],False,"has repeatedly dismissed criticism from the United Nations"),
 ("PHL","PHL",["ASSAULT"],False,"about 2,500 of them in police operations"),
])
