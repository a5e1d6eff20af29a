# Articles CC8-CC14 (news-please JSON)
ARTS = []
def A(**k): ARTS.append(k)

A(id="CC8", fmt="json",
headline="U.N. inquiry finds Syrian government responsible for Khan Sheikhoun sarin attack",
meta=dict(date_publish="2017-10-26 21:14:00", authors=["Staff and agencies"], url="https://www.theguardian.com/world/2017/oct/26/un-inquiry-syria-sarin-khan-sheikhoun", source_domain="www.theguardian.com", description="Joint U.N.-OPCW investigators say they are confident Damascus was behind the April nerve gas attack that killed more than 80 people."),
published=("2017-10-26","2017-10-26","date_publish; report sent to the Security Council 'on Thursday' 26 October 2017"),
body="""A joint investigation by the United Nations and the world's chemical weapons watchdog has concluded that the Syrian government was responsible for a sarin nerve gas attack on the rebel-held town of Khan Sheikhoun in April that killed more than 80 people.
The report, sent to the Security Council on Thursday, said investigators were "confident" that the Syrian air force had dropped a bomb carrying sarin on the town in Idlib Province early on April 4.
The Joint Investigative Mechanism, set up in 2015 by the Security Council and the Organization for the Prohibition of Chemical Weapons, also found that the Islamic State had used sulfur mustard in an attack on the town of Umm Hosh in September 2016.
Syria has repeatedly denied using chemical weapons. Its deputy foreign minister, Faisal Mekdad, told reporters in Damascus that the report was "full of lies" and had been written under pressure from Washington.
Russia, Syria's closest ally, also rejected the findings. Mikhail Ulyanov, a senior Foreign Ministry official, said the investigators had not visited the site and had relied on evidence from opposition groups. Moscow had argued that the sarin was released when a Syrian strike hit a rebel weapons depot.
The United States, Britain and France called on the Security Council to hold the Syrian government to account.
"Today's report confirms what we have long known to be true," the American ambassador to the United Nations, Nikki Haley, said in a statement. "Time and again, we find the Assad regime using chemical weapons." She urged Russia to stop protecting its ally.
Britain's foreign secretary, Boris Johnson, said the findings were "yet another reminder of the brutality of the Assad regime" and called for sanctions against those responsible.
The report comes days after Russia vetoed a Security Council resolution that would have extended the investigators' mandate, which expires in mid-November. It was Russia's ninth veto on Syria since the war began.
Vassily Nebenzia, the Russian ambassador to the United Nations, said Moscow would consider renewing the mandate only after studying the report and that the mechanism's methods needed to be "corrected."
President Trump ordered a cruise missile strike on the Shayrat air base in central Syria three days after the attack, saying the planes that carried out the strike had flown from there. Syria and Russia condemned that strike as an act of aggression.
Photographs and videos from Khan Sheikhoun showed children gasping for air and foaming at the mouth. Doctors at hospitals across the Turkish border, where many victims were taken, said the symptoms were consistent with nerve agent exposure, and the OPCW later confirmed the use of sarin.
Syria agreed in 2013 to give up its chemical arsenal under a deal brokered by the United States and Russia, after a sarin attack outside Damascus killed hundreds. The weapons it declared were shipped out of the country and destroyed.
The investigators said the crater at Khan Sheikhoun had been caused by an aerial bomb and that Syrian aircraft had been in the area at the time.
The Syrian opposition welcomed the findings. Nasr al-Hariri, the head of its negotiating team, said the report should lead to the referral of Syrian officials to the International Criminal Court.
France's ambassador, Francois Delattre, told reporters that "impunity is not an option" and said Paris would push for a strong response.
""",
people=[("Faisal Mekdad","SYR","deputy foreign minister"),("Mikhail Ulyanov","RUS","senior Foreign Ministry official"),("Nikki Haley","USA","ambassador to the United Nations"),("Boris Johnson","GBR","foreign secretary"),("Vassily Nebenzia","RUS","ambassador to the United Nations"),("Donald Trump","USA","President"),("Nasr al-Hariri","SYR","head of opposition negotiating team"),("Francois Delattre","FRA","ambassador to the United Nations")],
events=[
 ("UNO","SYR",["ACCUSE"],True,"has concluded that the Syrian government was responsible"),
 ("SYR","SYR",["ASSAULT"],True,"the Syrian air force had dropped a bomb carrying sarin on the town"),
 ("UNO","SYR",["ACCUSE"],False,"also found that the Islamic State had used sulfur mustard"),
 ("SYR","UNO",["REJECT","ACCUSE"],True,"the report was \"full of lies\""),
 ("SYR","USA",["ACCUSE"],False,"had been written under pressure from Washington"),
 ("RUS","UNO",["REJECT"],True,"Russia, Syria's closest ally, also rejected the findings"),
 (("USA","GBR","FRA"),"UNO",["REQUEST"],True,"called on the Security Council to hold the Syrian government to account"),
 ("USA","SYR",["ACCUSE"],True,"we find the Assad regime using chemical weapons"),
 ("USA","RUS",["REQUEST","ACCUSE"],True,"She urged Russia to stop protecting its ally"),
 ("GBR","SYR",["ACCUSE"],True,"yet another reminder of the brutality of the Assad regime"),
 ("GBR","SYR",["REQUEST","SANCTION"],False,"called for sanctions against those responsible"),
 ("RUS","UNO",["REJECT"],True,"Russia vetoed a Security Council resolution"),
 ("USA","SYR",["ASSAULT"],False,"ordered a cruise missile strike on the Shayrat air base"),
 (("SYR","RUS"),"USA",["ACCUSE"],False,"Syria and Russia condemned that strike as an act of aggression"),
 ("SYR",["USA","RUS"],["AGREE","CONCEDE"],False,"Syria agreed in 2013 to give up its chemical arsenal"),
 ("SYR","SYR",["REQUEST","ACCUSE"],False,"should lead to the referral of Syrian officials to the International Criminal Court"),
 ("FRA","SYR",["ACCUSE","THREATEN"],True,"\"impunity is not an option\""),
])

A(id="CC9", fmt="json",
headline="Islamic State retakes Palmyra as Syrian forces focus on Aleppo",
meta=dict(date_publish="2016-12-11 18:40:00", authors=["Louisa Loveluck"], url="https://www.washingtonpost.com/world/middle_east/islamic-state-retakes-palmyra/2016/12/11/", source_domain="www.washingtonpost.com", description="Militants overran the ancient city nine months after Russian-backed government troops drove them out."),
published=("2016-12-11","2016-12-11","date_publish; fall of Palmyra 'on Sunday' 11 December 2016"),
body="""BEIRUT — Islamic State militants recaptured the ancient Syrian city of Palmyra on Sunday, nine months after they were driven out by government troops backed by Russian airpower, in a humiliating setback for President Bashar al-Assad even as his forces closed in on the last rebel-held districts of Aleppo.
The Syrian Observatory for Human Rights, a monitoring group based in Britain, said the militants had entered the city center and seized its citadel after government forces withdrew to the south.
The governor of Homs Province, Talal Barazi, confirmed that the army had pulled out of the city. He said troops were regrouping at the outskirts and would launch a counterattack "in the coming hours."
The Islamic State's Amaq news agency said the group's fighters had taken control of Palmyra and seized tanks, artillery and ammunition left behind by the army.
Russia's Defense Ministry said on Saturday that its warplanes had carried out 64 strikes on militants approaching the city and killed more than 300 fighters. But the strikes failed to halt the advance, which began on Thursday with an assault on oil and gas fields to the northwest.
In Moscow, President Vladimir Putin's spokesman, Dmitri Peskov, accused the United States-led coalition of allowing the militants to move freely from their stronghold in Raqqa while it focused on the battle for Mosul in Iraq. "The pause in Mosul has let the terrorists bring reinforcements to Syria," he told reporters.
A spokesman for the American-led coalition, Col. John Dorrian, rejected the claim and said the coalition had struck Islamic State targets near Palmyra this week. "The Russians and the regime had every opportunity to defend the city," he said.
The loss of Palmyra, a Unesco World Heritage site, was a symbolic blow to Moscow, which had celebrated its recapture in March with a concert by a Russian orchestra in the city's Roman amphitheater.
During their earlier occupation, the militants blew up the Temple of Bel and the Temple of Baalshamin and beheaded the city's 82-year-old antiquities chief, Khaled al-Asaad. Unesco's director general, Irina Bokova, said on Sunday that she was gravely concerned for the site and urged all sides to protect it.
Analysts said the government had stripped Palmyra of troops to reinforce the assault on Aleppo, where rebels now hold only a few square miles. Russian and Syrian jets pounded those districts again on Sunday, and rescue workers reported dozens of deaths.
Talks in Geneva between Russian and American military experts on a possible evacuation of rebels from eastern Aleppo ended without agreement on Saturday. Secretary of State John Kerry, speaking in Paris after meeting European and Arab foreign ministers, appealed to Moscow and Damascus to show "grace" and allow civilians to leave.
Russia's foreign minister, Sergey Lavrov, said the rebels must leave Aleppo or be destroyed, and accused Western countries of trying to save "terrorists" by calling for a cease-fire.
In Palmyra, about 50,000 people lived before the war. Activists said many families had fled toward Homs as the militants approached.
""",
people=[("Bashar al-Assad","SYR","President"),("Talal Barazi","SYR","governor of Homs Province"),("Vladimir Putin","RUS","President"),("Dmitri Peskov","RUS","spokesman for President Putin"),("John Dorrian","USA","coalition spokesman"),("Khaled al-Asaad","SYR","antiquities chief"),("Irina Bokova","UNO","Unesco director general"),("John Kerry","USA","Secretary of State"),("Sergey Lavrov","RUS","foreign minister")],
events=[
 ("SYR","SYR",["ASSAULT"],False,"Islamic State militants recaptured the ancient Syrian city of Palmyra"),
 ("SYR","SYR",["RETREAT"],False,"the army had pulled out of the city"),
 ("SYR","SYR",["THREATEN","ASSAULT"],False,"would launch a counterattack"),
 ("RUS","SYR",["ASSAULT"],True,"its warplanes had carried out 64 strikes on militants"),
 ("RUS","USA",["ACCUSE"],True,"accused the United States-led coalition of allowing the militants to move freely"),
 ("USA","RUS",["REJECT"],True,"rejected the claim"),
 (["USA","IGO"],"SYR",["ASSAULT"],True,"the coalition had struck Islamic State targets near Palmyra"),
 ("USA",["RUS","SYR"],["ACCUSE"],True,"The Russians and the regime had every opportunity to defend the city"),
 ("UNO","SYR",["REQUEST"],True,"urged all sides to protect it"),
 (("RUS","SYR"),"SYR",["ASSAULT"],True,"Russian and Syrian jets pounded those districts again"),
 ("RUS","USA",["CONSULT"],True,"Talks in Geneva between Russian and American military experts",True),
 ("USA",["EUR","FRA"],["CONSULT"],False,"after meeting European and Arab foreign ministers"),
 ("USA",["RUS","SYR"],["REQUEST"],True,"appealed to Moscow and Damascus to show \"grace\""),
 ("RUS","SYR",["THREATEN"],True,"the rebels must leave Aleppo or be destroyed"),
 ("RUS","WST",["ACCUSE"],True,"accused Western countries of trying to save \"terrorists\""),
])

A(id="CC10", fmt="json",
headline="Russia suspends air safety hotline after U.S. jet downs Syrian warplane",
meta=dict(date_publish="2017-06-19 16:02:00", authors=["Laura Smith-Spark","Barbara Starr"], url="https://www.cnn.com/2017/06/19/middleeast/russia-syria-us-jet-hotline/index.html", source_domain="www.cnn.com", description="Moscow warns that coalition aircraft west of the Euphrates will be tracked as targets after the first U.S. shoot-down of a Syrian jet."),
published=("2017-06-19","2017-06-19","date_publish; shoot-down 'on Sunday' (18 June 2017), Russian reaction 'on Monday'"),
body="""Russia said on Monday that it was suspending a hotline used to prevent midair collisions with the American-led coalition over Syria and warned that it would treat coalition aircraft flying west of the Euphrates River as targets, a day after a U.S. Navy jet shot down a Syrian government warplane.
The Russian Defense Ministry said in a statement that the downing of the Syrian Su-22 near the town of Resafa, south of Raqqa, was a "cynical violation" of Syria's sovereignty and amounted to "military aggression" against Damascus.
"Any aircraft and drones of the international coalition found west of the Euphrates will be tracked by Russian air and ground defenses as air targets," the statement said.
The Pentagon said the Syrian jet had dropped bombs near fighters of the Syrian Democratic Forces, a Kurdish-led alliance backed by the United States, who were advancing on Raqqa, the de facto capital of the Islamic State.
An F/A-18E Super Hornet from the aircraft carrier George H.W. Bush shot down the plane "in collective self-defense of coalition-partnered forces," the coalition said in a statement. It said it had tried to contact Russian officers through the hotline before the incident to stop the attack.
It was the first time an American pilot had shot down a Syrian government aircraft in the six-year war.
The Syrian army said its pilot had been on a mission against the Islamic State and accused the United States of coordinating with the militants. "This flagrant attack exposes the true position of the United States," the army's general command said.
Chairman of the Joint Chiefs of Staff Gen. Joseph F. Dunford Jr. told reporters in Washington that the military would work to restore the channel with Russia. "We'll work diplomatically and militarily in the coming hours to re-establish deconfliction," he said.
The White House spokesman, Sean Spicer, said the United States would "retain the right of self-defense" against any forces that threaten its partners.
Russian lawmakers reacted angrily. Senator Frants Klintsevich, deputy chairman of the upper house's defense committee, said the American action was "a provocation" and warned that Russia would respond.
Iran, which also backs President Bashar al-Assad, fired six ballistic missiles on Sunday from its own territory at Islamic State positions in eastern Syria, in retaliation for attacks in Tehran this month that killed 18 people. The Revolutionary Guards said the missiles had struck a militant command center in Deir al-Zour.
Israel's prime minister, Benjamin Netanyahu, said after the Iranian launch: "We are following their actions, and also their words. I have one message to Iran: Don't threaten Israel."
Australia said later on Monday that it was suspending its air operations over Syria as a precaution.
The coalition and government forces have increasingly collided as they race to seize territory from the Islamic State in eastern Syria. Earlier this month, American aircraft struck pro-government militias near the Tanf garrison on the Jordanian border, and a U.S. jet shot down an Iranian-made drone there.
Russia had suspended the hotline once before, in April, after the United States fired 59 cruise missiles at a Syrian air base, but restored it weeks later.
""",
people=[("Joseph F. Dunford Jr.","USA","Chairman of the Joint Chiefs of Staff"),("Sean Spicer","USA","White House spokesman"),("Frants Klintsevich","RUS","Senator, deputy chairman of defense committee"),("Bashar al-Assad","SYR","President"),("Benjamin Netanyahu","ISR","prime minister")],
events=[
 ("RUS","USA",["SANCTION","REJECT","RETREAT"],True,"it was suspending a hotline used to prevent midair collisions"),
 ("RUS","USA",["THREATEN"],True,"would treat coalition aircraft flying west of the Euphrates River as targets"),
 ("USA","SYR",["ASSAULT"],True,"shot down a Syrian government warplane"),
 ("RUS","USA",["ACCUSE"],True,"was a \"cynical violation\" of Syria's sovereignty"),
 ("SYR","SYR",["ASSAULT"],True,"the Syrian jet had dropped bombs near fighters of the Syrian Democratic Forces"),
 ("USA","SYR",["SUPPORT","AID"],False,"a Kurdish-led alliance backed by the United States"),
 ("USA","RUS",["REQUEST","CONSULT"],False,"it had tried to contact Russian officers through the hotline"),
 ("SYR","USA",["ACCUSE"],True,"accused the United States of coordinating with the militants"),
 ("USA","RUS",["COOPERATE","AGREE"],False,"would work to restore the channel with Russia"),
 ("USA","SYR",["THREATEN"],True,"would \"retain the right of self-defense\""),
 ("RUS","USA",["ACCUSE"],True,"the American action was \"a provocation\""),
 ("RUS","USA",["THREATEN"],False,"warned that Russia would respond"),
 ("IRN","SYR",["ASSAULT"],True,"fired six ballistic missiles on Sunday"),
 ("IRN","SYR",["SUPPORT"],False,"which also backs President Bashar al-Assad"),
 ("ISR","IRN",["THREATEN","REQUEST"],True,"Don't threaten Israel"),
 ("AUS","AUS",["RETREAT"],False,"it was suspending its air operations over Syria"),
 ("USA","SYR",["ASSAULT"],True,"American aircraft struck pro-government militias near the Tanf garrison"),
 ("USA","IRN",["ASSAULT"],False,"shot down an Iranian-made drone"),
 ("USA","SYR",["ASSAULT"],False,"fired 59 cruise missiles at a Syrian air base"),
])

A(id="CC11", fmt="json",
headline="Iraq launches offensive to retake Tal Afar from Islamic State",
meta=dict(date_publish="2017-08-20 09:31:00", authors=["Jane Arraf"], url="https://www.npr.org/sections/parallels/2017/08/20/iraq-tal-afar-offensive", source_domain="www.npr.org", description="Prime Minister Haider al-Abadi tells the militants to surrender or die as Iraqi troops and militias move on one of the last ISIS strongholds in the country."),
published=("2017-08-20","2017-08-20","date_publish; offensive announced 'on Sunday' 20 August 2017, a month after Mosul's liberation 'in July'"),
body="""Iraqi forces launched an offensive on Sunday to drive the Islamic State out of Tal Afar, one of the last major towns the militants hold in Iraq, a little over a month after the government declared victory in Mosul.
Prime Minister Haider al-Abadi announced the start of the operation in a televised speech, dressed in military uniform and standing in front of an Iraqi flag and a map of the area. "I say to Daesh: You have no choice but to surrender or die," he said, using an Arabic acronym for the group.
The assault is being carried out by the army, the federal police, counterterrorism units and the Popular Mobilization Forces, a coalition of mostly Shiite militias, some of which are backed by Iran. The militias will advance on the town from the west and south, military officials said.
The American-led coalition said its aircraft had carried out dozens of strikes in recent days to prepare for the offensive. "The coalition will continue to support our Iraqi partners until ISIS is defeated," Brig. Gen. Andrew Croft, a deputy commander, said in a statement.
Tal Afar, about 40 miles west of Mosul, had a population of about 200,000 before the militants captured it in June 2014. Many of its residents are ethnic Turkmen, and the town has a long history of sectarian violence between its Sunni and Shiite communities.
Turkey, which sees itself as a protector of Iraq's Turkmen, has long warned against the participation of Shiite militias in the battle. President Recep Tayyip Erdogan said last year that Ankara would not stand by if the militias "terrorize" the town's Sunni population.
Turkish officials did not comment on Sunday. But Iraqi officials said that Mr. Abadi had assured Ankara during recent contacts that the militias would not enter the town center.
Hadi al-Amiri, the commander of the Badr Organization, the largest of the militias, dismissed the Turkish concerns. "Tal Afar is Iraqi land, and Iraqis will liberate it," he told reporters near the front.
Aid agencies warned that tens of thousands of civilians remained trapped in and around the town. Lise Grande, the United Nations humanitarian coordinator for Iraq, said the militants had prevented families from leaving and shot at some who tried to escape. She called on all parties to protect civilians.
Iraqi military officials estimate that 1,000 to 2,000 militants are in Tal Afar, many of them foreign fighters with their families. After the long fight for Mosul, some officials expect a shorter battle.
Human Rights Watch called on the government to ensure that men fleeing the town are screened by trained officers rather than militias, citing reports of abuses after earlier battles.
Kurdish peshmerga forces, which hold territory to the north of Tal Afar, will not take part in the assault, a spokesman for the Kurdistan Regional Government said. The Kurds plan to hold a referendum on independence next month, a vote Baghdad has rejected as unconstitutional.
The Islamic State still controls Hawija, south of Kirkuk, and a stretch of the Euphrates valley near the Syrian border.
""",
people=[("Haider al-Abadi","IRQ","Prime Minister"),("Andrew Croft","USA","deputy commander, coalition"),("Recep Tayyip Erdogan","TUR","President"),("Hadi al-Amiri","IRQ","commander of the Badr Organization"),("Lise Grande","UNO","United Nations humanitarian coordinator for Iraq")],
events=[
 ("IRQ","IRQ",["ASSAULT"],True,"Iraqi forces launched an offensive on Sunday"),
 ("IRQ","IRQ",["THREATEN"],True,"You have no choice but to surrender or die"),
 (["USA","IGO"],"IRQ",["ASSAULT"],True,"its aircraft had carried out dozens of strikes"),
 ("USA","IRQ",["SUPPORT","COOPERATE"],True,"The coalition will continue to support our Iraqi partners"),
 ("IRN","IRQ",["SUPPORT","AID"],False,"some of which are backed by Iran"),
 ("TUR","IRQ",["THREATEN","PROTEST"],True,"has long warned against the participation of Shiite militias"),
 ("TUR","IRQ",["THREATEN"],False,"Ankara would not stand by"),
 ("IRQ","TUR",["CONSULT","AGREE"],True,"Mr. Abadi had assured Ankara"),
 ("IRQ","TUR",["REJECT"],True,"dismissed the Turkish concerns"),
 ("UNO","IRQ",["REQUEST"],True,"She called on all parties to protect civilians"),
 ("NGO","IRQ",["REQUEST"],True,"Human Rights Watch called on the government"),
 ("IRQ","IRQ",["REJECT"],False,"will not take part in the assault"),
 ("IRQ","IRQ",["REJECT"],True,"a vote Baghdad has rejected as unconstitutional"),
])

A(id="CC12", fmt="json",
headline="Libyan forces say they have driven Islamic State out of Sirte",
meta=dict(date_publish=None, authors=["Chris Stephen"], url="https://www.theguardian.com/world/2016/dec/06/libyan-forces-islamic-state-sirte", source_domain="www.theguardian.com", description="Misrata-led brigades loyal to the UN-backed government claim victory after a six-month battle for the coastal city."),
published=("2016-12-05","2016-12-07","no date given; Sirte victory declared 5-6 December 2016 after the 'May' offensive, 'nearly seven months' and '495 American air strikes since August'"),
body="""Forces loyal to Libya's U.N.-backed unity government said on Tuesday that they had taken full control of Sirte, ending the Islamic State's rule over the coastal city after a grueling battle that lasted nearly seven months.
"Our forces have liberated Sirte completely," said Reda Issa, a spokesman for the campaign, known as Al Bunyan al-Marsous. He said the last militants had been killed or captured in a cluster of ruined buildings in the Ghiza Bahriya district by the sea.
Fighters could be seen on television firing into the air in celebration and waving Libyan flags from the rooftops.
The head of the Presidential Council, Fayez al-Sarraj, congratulated the brigades, most of them drawn from the city of Misrata, and said the victory belonged to "all Libyans." But he warned that the fight against terrorism was not over.
The United States carried out 495 air strikes in Sirte between August and early December at the request of the unity government, according to the Pentagon's Africa Command. A small number of British and American special forces also advised the brigades on the ground, officials have said.
"Libyan forces have done the hard work, and we congratulate them," Peter Cook, the Pentagon spokesman, told reporters. He said the United States would continue to support the government in Tripoli.
The Islamic State seized Sirte, the hometown of Col. Muammar el-Qaddafi, in early 2015 and turned it into its most important base outside Syria and Iraq. At its height, the group had as many as 6,000 fighters in the city.
More than 700 fighters from the Misrata brigades were killed in the campaign, and thousands more were wounded, according to hospital officials.
The victory has done little to heal Libya's divisions. Gen. Khalifa Haftar, who commands forces loyal to a rival government in the east, has refused to recognize the unity government and has accused the Misrata brigades of allying with Islamists.
A spokesman for General Haftar's forces, Col. Ahmed al-Mesmari, dismissed the victory as "a media show" and said that the real war against terrorism was being waged in Benghazi.
Martin Kobler, the U.N. special envoy for Libya, praised the Misrata fighters and urged Libya's rival factions to unite against extremism. "Now is the time for reconciliation," he wrote on Twitter.
Italy's foreign minister, Paolo Gentiloni, also welcomed the news and said Rome stood ready to help rebuild the city. Italy runs a military field hospital in Misrata that has treated hundreds of wounded fighters.
Western officials worry that militants who slipped out of Sirte before the siege closed may regroup in the desert to the south or cross into neighboring countries. Tunisia has tightened security along its border.
Residents who fled the city may wait months to return. Large parts of Sirte have been reduced to rubble, and engineers say the streets are full of mines and booby traps.
""",
people=[("Reda Issa","LBY","campaign spokesman"),("Fayez al-Sarraj","LBY","head of the Presidential Council"),("Peter Cook","USA","Pentagon spokesman"),("Muammar el-Qaddafi","LBY","former leader"),("Khalifa Haftar","LBY","commander of eastern forces"),("Ahmed al-Mesmari","LBY","spokesman for Haftar's forces"),("Martin Kobler","UNO","U.N. special envoy for Libya"),("Paolo Gentiloni","ITA","foreign minister")],
events=[
 ("LBY","LBY",["ASSAULT"],True,"they had taken full control of Sirte"),
 ("LBY","LBY",["COERCE","ASSAULT"],False,"the last militants had been killed or captured"),
 ("USA","LBY",["ASSAULT"],True,"The United States carried out 495 air strikes in Sirte"),
 ("LBY","USA",["REQUEST"],False,"at the request of the unity government"),
 (("GBR","USA"),"LBY",["AID","COOPERATE"],True,"A small number of British and American special forces also advised the brigades"),
 ("USA","LBY",["SUPPORT"],True,"the United States would continue to support the government in Tripoli"),
 ("LBY","LBY",["REJECT"],True,"has refused to recognize the unity government"),
 ("LBY","LBY",["ACCUSE"],True,"has accused the Misrata brigades of allying with Islamists"),
 ("LBY","LBY",["REJECT","ACCUSE"],True,"dismissed the victory as \"a media show\""),
 ("UNO","LBY",["SUPPORT"],True,"praised the Misrata fighters"),
 ("UNO","LBY",["REQUEST"],True,"urged Libya's rival factions to unite against extremism"),
 ("ITA","LBY",["SUPPORT"],True,"also welcomed the news"),
 ("ITA","LBY",["AID","AGREE"],True,"Rome stood ready to help rebuild the city"),
 ("ITA","LBY",["AID"],False,"Italy runs a military field hospital in Misrata"),
])

A(id="CC13", fmt="json",
headline="Suicide bomber kills dozens at military camp in northern Mali",
meta=dict(date_publish="2017-01-18 19:55:00", authors=["Ruth Maclean"], url="https://www.theguardian.com/world/2017/jan/18/mali-gao-suicide-bomb-military-camp", source_domain="www.theguardian.com", description="Al-Mourabitoun claims the attack on a camp in Gao housing soldiers and former rebels who were preparing joint patrols under the 2015 peace deal."),
published=("2017-01-18","2017-01-18","date_publish; bombing 'on Wednesday' 18 January 2017, days after the Bamako summit 'last week'"),
body="""A suicide bomber drove a vehicle packed with explosives into a military camp in the northern Malian city of Gao on Wednesday, killing at least 47 people and wounding dozens, in the deadliest attack in the country in years.
The camp housed government soldiers and fighters from rival armed groups who had signed a peace agreement in 2015 and were preparing to launch joint patrols in the north, a central part of the accord.
The bomber struck shortly before 9 a.m. as hundreds of men gathered for a morning assembly, witnesses said. The vehicle bore the markings of the joint patrol mission, allowing it to pass through the gate.
Al-Mourabitoun, a jihadist group led by the Algerian militant Mokhtar Belmokhtar and allied with Al Qaeda in the Islamic Maghreb, claimed responsibility in a statement carried by the Mauritanian news agency Al Akhbar. It said the attack was punishment for cooperating with France.
President Ibrahim Boubacar Keita declared three days of national mourning and cut short a trip abroad. "This cowardly act will not weaken our resolve to restore peace," he said in a statement read on state television.
The United Nations mission in Mali, known as Minusma, condemned the attack. Its head, Mahamat Saleh Annadif, said that the terrorists wanted to derail the peace process and urged the parties to remain united.
France, which has about 4,000 troops in the region under Operation Barkhane, also denounced the bombing. President Francois Hollande, who had visited Bamako only days earlier for a summit of French and African leaders, said France would continue to stand with Mali against terrorism.
"The attack targeted those who have chosen peace," Mr. Hollande said. Secretary General Antonio Guterres called on the Malian authorities to bring those responsible to justice swiftly.
The Coordination of Azawad Movements, an alliance of mainly Tuareg former rebels, said several of its fighters were among the dead. Its spokesman, Almou Ag Mohamed, accused the government of failing to secure the camp and demanded an inquiry.
The government rejected the criticism. The defense minister, Abdoulaye Idrissa Maiga, said security would be reinforced and that the joint patrols would go ahead as planned.
Mali's north fell to Tuareg separatists and then to jihadist groups in 2012. French forces drove the militants from the main towns in 2013, but attacks on the Malian army, U.N. peacekeepers and French troops have continued, and violence has spread to central Mali.
The 2015 accord, signed in Algiers, was meant to give the north more autonomy and integrate former rebels into the army. Its implementation has been slow, and the armed groups have repeatedly clashed with each other.
Minusma has lost more than 100 peacekeepers since 2013, making it the deadliest U.N. mission in the world.
The Algerian government, which mediated the 2015 agreement, sent a message of condolence and said it would host a meeting of the parties to review the accord.
""",
people=[("Mokhtar Belmokhtar","DZA","militant leader, Al-Mourabitoun"),("Ibrahim Boubacar Keita","MLI","President"),("Mahamat Saleh Annadif","UNO","head of Minusma"),("Francois Hollande","FRA","President"),("Antonio Guterres","UNO","Secretary General"),("Almou Ag Mohamed","MLI","spokesman, Coordination of Azawad Movements"),("Abdoulaye Idrissa Maiga","MLI","defense minister")],
events=[
 ("MLI","MLI",["ASSAULT"],True,"drove a vehicle packed with explosives into a military camp"),
 ("MLI","MLI",["AGREE"],False,"had signed a peace agreement in 2015",True),
 ("MLI","FRA",["ACCUSE","THREATEN"],False,"the attack was punishment for cooperating with France"),
 ("UNO","MLI",["ACCUSE"],True,"condemned the attack"),
 ("UNO","MLI",["REQUEST"],True,"urged the parties to remain united"),
 ("FRA","MLI",["ACCUSE"],True,"also denounced the bombing"),
 ("FRA","MLI",["SUPPORT"],True,"France would continue to stand with Mali against terrorism"),
 ("FRA","MLI",["CONSULT"],False,"had visited Bamako only days earlier"),
 ("UNO","MLI",["REQUEST"],True,"called on the Malian authorities to bring those responsible to justice"),
 ("MLI","MLI",["ACCUSE"],True,"accused the government of failing to secure the camp"),
 ("MLI","MLI",["REQUEST"],True,"demanded an inquiry"),
 ("MLI","MLI",["REJECT"],True,"The government rejected the criticism"),
 ("FRA","MLI",["ASSAULT"],False,"French forces drove the militants from the main towns"),
 ("DZA","MLI",["SUPPORT"],True,"sent a message of condolence"),
 ("DZA","MLI",["CONSULT","COOPERATE"],False,"would host a meeting of the parties"),
])

A(id="CC14", fmt="json",
headline="Nigerian air force jet mistakenly bombs camp for displaced people",
meta=dict(date_publish="2017-01-17 14:20:00", authors=["Kevin Sieff"], url="https://www.washingtonpost.com/world/africa/nigerian-jet-bombs-rann-camp/2017/01/17/", source_domain="www.washingtonpost.com", description="Aid workers from the Red Cross and Doctors Without Borders are among the dead after the strike on Rann in Borno state."),
published=("2017-01-17","2017-01-17","date_publish; strike 'on Tuesday' 17 January 2017"),
body="""A Nigerian Air Force jet bombed a camp for people displaced by the Boko Haram insurgency on Tuesday, killing more than 50 people, including aid workers, in what the military called a mistake.
The strike hit the town of Rann in Borno State, near the border with Cameroon, where tens of thousands of people who had fled the militants were living in makeshift shelters. Doctors Without Borders said at least 52 people had been killed and more than 120 wounded.
Maj. Gen. Lucky Irabor, the commander of the military's operation against Boko Haram, told reporters in Maiduguri that the pilot had been given coordinates showing that militants were gathering in the area. "It was a mistake," he said. "We regret it deeply."
It was the first time the Nigerian military had acknowledged bombing civilians by mistake in its eight-year campaign against the militants.
President Muhammadu Buhari expressed his regret over what he called "a regrettable operational mistake" and urged the state government to give the victims every possible help. He ordered the Defense Ministry to investigate.
The International Committee of the Red Cross said six of its Nigerian Red Cross volunteers were among the dead. Doctors Without Borders, which was running a clinic in the camp, said three of its workers, employed by a contractor, had been killed.
"This is a shocking and unacceptable event," said Jean-Clement Cabrol, the group's director of operations. He called on the Nigerian authorities to allow the urgent evacuation of the wounded by helicopter.
The United Nations humanitarian coordinator in Nigeria, Peter Lundberg, said he was "deeply saddened" and appealed to all parties to respect international humanitarian law.
The American ambassador in Abuja, W. Stuart Symington, offered condolences and said the United States was ready to help treat the wounded. The embassy said American officials were in contact with the Nigerian military.
The strike came weeks after Mr. Buhari declared that Boko Haram had been "crushed" following the capture of its base in the Sambisa Forest. The militants still carry out suicide bombings and raids on villages in the northeast.
Nigeria's military has been accused by Amnesty International of killing thousands of detainees and civilians during the conflict, charges the army has rejected as politically motivated.
Amnesty said on Tuesday that the bombing of Rann must be investigated independently. "Civilians who fled Boko Haram should not die at the hands of those meant to protect them," said Osai Ojigho, a spokeswoman for the group in Nigeria.
The Borno State governor, Kashim Shettima, visited the wounded at a hospital in Maiduguri and promised that the government would pay for their treatment.
The Nigerian Air Force has received aircraft and training from the United States, which recently moved ahead with the sale of light attack planes to Nigeria.
""",
people=[("Lucky Irabor","NGA","commander, operation against Boko Haram"),("Muhammadu Buhari","NGA","President"),("Jean-Clement Cabrol","NGO","director of operations, Doctors Without Borders"),("Peter Lundberg","UNO","United Nations humanitarian coordinator in Nigeria"),("W. Stuart Symington","USA","ambassador"),("Osai Ojigho","NGO","spokeswoman, Amnesty International"),("Kashim Shettima","NGA","Borno State governor")],
events=[
 ("NGA","NGA",["ASSAULT"],True,"bombed a camp for people displaced by the Boko Haram insurgency"),
 ("NGA","NGA",["CONCEDE"],True,"It was a mistake"),
 ("NGA","NGA",["ASSAULT"],False,"bombing civilians by mistake"),
 ("NGA","NGA",["REQUEST"],False,"urged the state government to give the victims every possible help"),
 ("NGA","NGA",["COERCE","ACCUSE"],False,"He ordered the Defense Ministry to investigate"),
 ("NGO","NGA",["ACCUSE"],True,"This is a shocking and unacceptable event"),
 ("NGO","NGA",["REQUEST"],True,"He called on the Nigerian authorities to allow the urgent evacuation"),
 ("UNO","NGA",["REQUEST"],True,"appealed to all parties to respect international humanitarian law"),
 ("USA","NGA",["SUPPORT","AID"],True,"offered condolences and said the United States was ready to help"),
 ("USA","NGA",["CONSULT"],False,"American officials were in contact with the Nigerian military"),
 ("NGO","NGA",["ACCUSE"],True,"has been accused by Amnesty International of killing thousands"),
 ("NGA","NGO",["REJECT"],True,"charges the army has rejected as politically motivated"),
 ("NGO","NGA",["REQUEST"],True,"the bombing of Rann must be investigated independently"),
 ("NGA","NGA",["AID"],False,"promised that the government would pay for their treatment"),
 ("USA","NGA",["AID","COOPERATE"],True,"has received aircraft and training from the United States"),
 ("NGA","NGA",["ASSAULT"],False,"following the capture of its base in the Sambisa Forest"),
])
