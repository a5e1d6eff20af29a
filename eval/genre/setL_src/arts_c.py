# Al Jazeera-style articles L14-L20 (2021-2022).
A = {}

A["L14"] = dict(fmt="txt", published=("2021-04-21", "2021-04-22", "Deby died 'on Tuesday' (2021-04-20), opposition statement 'on Wednesday', funeral 'on Friday'; true date 2021-04-21"),
text="""Chad’s opposition rejects military council as rebels threaten capital

Chad’s opposition parties and rebel fighters have rejected a military council that took power after the death of longtime President Idriss Deby, with one armed group vowing to march on the capital, N’Djamena.

Deby, who ruled the Central African country for three decades, died on Tuesday of wounds suffered while visiting troops fighting rebels in the north, the army said, a day after he was declared the winner of a sixth term in office.

A Transitional Military Council headed by his 37-year-old son, General Mahamat Idriss Deby, has since dissolved parliament and the government, suspended the constitution and promised “free and democratic” elections after an 18-month transition.

About 30 opposition parties on Wednesday described the takeover as an “institutional coup” and called for a civilian-led transition and a national dialogue.

The Front for Change and Concord in Chad (FACT), whose offensive from bases in Libya led to the fighting in which Deby was killed, said it “categorically rejects” the council and would press on towards N’Djamena.

The military dismissed the threat. “We will not sit down with criminals who attacked our country,” army spokesman Azem Bermandoa Agouna said on state television. He said air force jets had struck a rebel column in the Kanem region, a claim that could not be independently verified.

France, the former colonial power, whose regional counterterrorism force is headquartered in N’Djamena, paid tribute to Deby as a steadfast ally in the fight against armed groups in the Sahel. The Elysee said President Emmanuel Macron would attend Friday’s state funeral.

French Foreign Minister Jean-Yves Le Drian told France 2 television that the transition should be limited in time and lead to a civilian government.

The African Union Commission chairperson, Moussa Faki Mahamat, a former Chadian prime minister, urged the military to respect constitutional order and said the AU’s Peace and Security Council would meet to discuss the crisis.

The United States had ordered non-essential staff to leave its embassy in N’Djamena over the weekend, citing the threat of violence as the rebels advanced.""",
people=[("Idriss Deby","TCD","President"),("Mahamat Idriss Deby","TCD","General, head of the Transitional Military Council"),
        ("Azem Bermandoa Agouna","TCD","army spokesman"),("Emmanuel Macron","FRA","President"),
        ("Jean-Yves Le Drian","FRA","Foreign Minister"),("Moussa Faki Mahamat","TCD","African Union Commission chairperson, former Chadian prime minister")],
events=[
 ("TCD","TCD","REJECT",1,"Chad’s opposition parties and rebel fighters have rejected a military council"),
 ("TCD","TCD","REJECT",0,"Chad’s opposition parties and rebel fighters have rejected a military council"),
 ("TCD","TCD","THREATEN",1,"vowing to march on the capital"),
 ("TCD","TCD","ASSAULT",0,"troops fighting rebels in the north",True),
 ("TCD","TCD","COERCE",1,"dissolved parliament and the government, suspended the constitution"),
 ("TCD","TCD","AGREE",0,"promised “free and democratic” elections"),
 ("TCD","TCD","ACCUSE",1,"described the takeover as an “institutional coup”"),
 ("TCD","TCD","REQUEST",0,"called for a civilian-led transition and a national dialogue"),
 ("TCD","TCD","REJECT",1,"it “categorically rejects” the council"),
 ("TCD","TCD","THREATEN",0,"would press on towards N’Djamena"),
 ("TCD","TCD","REJECT",1,"We will not sit down with criminals who attacked our country"),
 ("TCD","TCD","ASSAULT",1,"air force jets had struck a rebel column in the Kanem region"),
 ("FRA","TCD","SUPPORT",0,"paid tribute to Deby as a steadfast ally"),
 ("FRA","TCD","CONSULT",1,"President Emmanuel Macron would attend Friday’s state funeral"),
 ("FRA","TCD","REQUEST",1,"the transition should be limited in time and lead to a civilian government"),
 ("IGO","TCD","REQUEST",1,"urged the military to respect constitutional order"),
 ("IGO","TCD","CONSULT",0,"Peace and Security Council would meet to discuss the crisis"),
 ("USA","TCD","RETREAT",0,"ordered non-essential staff to leave its embassy in N’Djamena"),
])

A["L15"] = dict(fmt="txt", published=("2021-04-26", "2021-04-27", "clashes 'on Sunday' (2021-04-25), prime minister's call 'on Monday' (2021-04-26); true date 2021-04-26"),
text="""Clashes rock Somalia’s capital as anger over president’s term extension grows

Heavy gunfire has erupted in several neighbourhoods of Somalia’s capital, Mogadishu, as government forces clashed with soldiers loyal to opposition leaders who reject President Mohamed Abdullahi Farmajo’s two-year term extension.

The fighting began on Sunday evening near the residences of two former presidents, Sharif Sheikh Ahmed and Hassan Sheikh Mohamud, and continued into the night, residents told Al Jazeera. Thousands of people fled their homes in the northern districts of the city.

The opposition said government troops had attacked the homes of the two former presidents in an attempt to arrest them. Security Minister Hassan Hundubey Jimale denied the claim and said in a statement that the government had foiled “an attempt to create chaos” in the capital.

Farmajo, whose four-year mandate expired in February, this month signed into law a resolution passed by the lower house of parliament extending his term by two years and promising direct elections in 2023. The Senate and the leaders of Puntland and Jubaland, two of the country’s five federal member states, rejected the move.

The African Union, the United Nations, the European Union and the United States have all criticised the extension. US Secretary of State Antony Blinken warned this month that Washington was prepared to use all the tools at its disposal, including sanctions and visa restrictions, against those undermining the peace process.

Several army units have left their posts in the regions and moved into Mogadishu to back the opposition, according to residents and security sources, raising fears that the military could split along clan lines.

On Monday, Prime Minister Mohamed Hussein Roble called for calm and urged all sides to return to talks on an electoral process. He said security forces who had taken part in the fighting should go back to their barracks.

The UN envoy for Somalia, James Swan, said the world body was deeply concerned by the violence and called on both sides to exercise restraint.

Analysts warn that the political crisis is distracting the government from its fight against al-Shabab, the armed group that controls large parts of rural southern and central Somalia.""",
people=[("Mohamed Abdullahi Farmajo","SOM","President"),("Sharif Sheikh Ahmed","SOM","former president"),
        ("Hassan Sheikh Mohamud","SOM","former president"),("Hassan Hundubey Jimale","SOM","Security Minister"),
        ("Antony Blinken","USA","Secretary of State"),("Mohamed Hussein Roble","SOM","Prime Minister"),
        ("James Swan","UNO","UN envoy for Somalia")],
events=[
 ("SOM","SOM","ASSAULT",1,"government forces clashed with soldiers loyal to opposition leaders",True),
 ("SOM","SOM","REJECT",0,"who reject President Mohamed Abdullahi Farmajo’s two-year term extension"),
 ("SOM","SOM","ACCUSE",1,"The opposition said government troops had attacked the homes of the two former presidents"),
 ("SOM","SOM","ASSAULT",0,"government troops had attacked the homes of the two former presidents"),
 ("SOM","SOM","REJECT",0,"Security Minister Hassan Hundubey Jimale denied the claim"),
 ("SOM","SOM","ACCUSE",1,"the government had foiled “an attempt to create chaos”"),
 ("SOM","SOM","REJECT",1,"rejected the move"),
 ("SOM","SOM","REJECT",0,"rejected the move"),
 ("IGO","SOM","ACCUSE PROTEST REJECT",1,"have all criticised the extension"),
 ("UNO","SOM","ACCUSE PROTEST REJECT",1,"have all criticised the extension"),
 ("EUR","SOM","ACCUSE PROTEST REJECT",1,"have all criticised the extension"),
 ("USA","SOM","ACCUSE PROTEST REJECT",1,"have all criticised the extension"),
 ("USA","SOM","THREATEN",1,"including sanctions and visa restrictions"),
 ("SOM","SOM","MOBILIZE REJECT",0,"moved into Mogadishu to back the opposition"),
 ("SOM","SOM","REQUEST",1,"urged all sides to return to talks"),
 ("SOM","SOM","REQUEST",0,"should go back to their barracks"),
 ("UNO","SOM","REQUEST",0,"called on both sides to exercise restraint"),
])

A["L16"] = dict(fmt="json", date_publish="2022-02-18 12:31:00", url="https://www.aljazeera.com/news/2022/2/18/france-announces-troop-withdrawal-from-mali",
source_domain="www.aljazeera.com", authors=["Al Jazeera Staff"],
description="Paris and its European partners say they will pull troops out of Mali; Bamako demands they leave 'without delay'.",
published=("2022-02-18", "2022-02-18", "date_publish; Macron's announcement 'on Thursday' (2022-02-17) and Bamako's reply 'on Friday'"),
text="""France announces troop withdrawal from Mali as relations with junta collapse

France and its European allies have announced they will withdraw their troops from Mali after nearly a decade of fighting armed groups in the Sahel, citing “multiple obstructions” by the West African country’s military government.

French President Emmanuel Macron told a news conference in Paris on Thursday that France would not remain militarily engaged alongside authorities whose strategy and aims it did not share. He said the operations would be reorganised from neighbouring Niger and other countries in the region.

A joint statement signed by France, Canada and the European countries contributing to the Takuba special forces task force said the conditions were “no longer met” to continue operations in Mali.

The decision follows months of deteriorating relations. Last month, Mali’s military government expelled the French ambassador, Joel Meyer, giving him 72 hours to leave, after French officials described the ruling authorities as “illegitimate”. Bamako also asked Denmark to withdraw a contingent of special forces days after they arrived.

On Friday, government spokesman Colonel Abdoulaye Maiga said on state television that France and its partners must leave “without delay”, accusing Paris of repeated violations of defence agreements between the two countries.

Western governments accuse the military government of Colonel Assimi Goita, who led coups in August 2020 and May 2021, of deploying Russian mercenaries from the Wagner Group. Bamako denies the charge and says only Russian military instructors are in the country.

France first sent troops to Mali in 2013 to drive back armed groups that had seized the north of the country. Its Barkhane force has some 2,400 soldiers in Mali.

Analysts say the withdrawal could leave a security vacuum in central Mali, where attacks by groups linked to al-Qaeda and ISIL have killed thousands of civilians and soldiers.""",
people=[("Emmanuel Macron","FRA","President"),("Joel Meyer","FRA","ambassador to Mali"),
        ("Abdoulaye Maiga","MLI","government spokesman"),("Assimi Goita","MLI","Colonel, head of the military government")],
events=[
 ("FRA","MLI","RETREAT",1,"France and its European allies have announced they will withdraw their troops from Mali"),
 (["EUR","WST","IGO"],"MLI","RETREAT",0,"France and its European allies have announced they will withdraw their troops from Mali"),
 ("FRA","MLI","ACCUSE",1,"citing “multiple obstructions”"),
 ("FRA","MLI","REJECT ACCUSE",0,"France would not remain militarily engaged alongside authorities"),
 ("FRA","NER","COOPERATE MOBILIZE",0,"the operations would be reorganised from neighbouring Niger"),
 ("CAN","MLI","RETREAT",0,"the conditions were “no longer met” to continue operations in Mali"),
 ("MLI","FRA","COERCE",1,"expelled the French ambassador, Joel Meyer"),
 ("FRA","MLI","ACCUSE",1,"described the ruling authorities as “illegitimate”"),
 ("MLI","DNK","REQUEST COERCE",1,"asked Denmark to withdraw a contingent of special forces"),
 ("MLI","FRA","REQUEST COERCE",1,"France and its partners must leave “without delay”"),
 ("MLI","FRA","ACCUSE",1,"accusing Paris of repeated violations of defence agreements"),
 ("WST","MLI","ACCUSE",1,"Western governments accuse the military government"),
 ("MLI","MLI","COERCE",0,"led coups in August 2020 and May 2021"),
 ("MLI","WST","REJECT",1,"Bamako denies the charge"),
 ("RUS","MLI","AID COOPERATE",0,"Russian military instructors are in the country"),
 ("FRA","MLI","AID",0,"France first sent troops to Mali in 2013"),
])

A["L17"] = dict(fmt="json", date_publish="2021-05-13 09:48:00", url="https://www.aljazeera.com/news/2021/5/13/israel-masses-troops-gaza-border-air-raids-rockets",
source_domain="www.aljazeera.com", authors=["Al Jazeera and news agencies"],
description="Israel calls up reservists and deploys tanks on the Gaza boundary as the death toll from its air raids climbs.",
published=("2021-05-13", "2021-05-13", "date_publish; 'fourth day' of fighting that began Monday 2021-05-10"),
text="""Israel masses troops on Gaza border as air raids and rocket fire intensify

Israel has massed troops and tanks along the Gaza Strip’s border and called up thousands of reservists, as its air raids on the besieged enclave and rocket fire from Palestinian armed groups entered a fourth day.

Gaza’s health ministry said at least 83 Palestinians, including 17 children, have been killed since Monday, and more than 480 wounded. Seven people have been killed in Israel by rockets fired from Gaza, according to Israeli medics.

Israeli Prime Minister Benjamin Netanyahu said in a video statement that Hamas would “pay a very heavy price” and that the military campaign would “take time”.

Hamas, which governs Gaza, said it fired rockets at Tel Aviv and other cities in response to Israeli “aggression” at al-Aqsa Mosque and the threatened eviction of Palestinian families from the Sheikh Jarrah neighbourhood of occupied East Jerusalem.

Israeli police stormed the al-Aqsa compound on Monday, firing stun grenades and rubber-coated bullets at worshippers, wounding hundreds of Palestinians.

Egypt has sent a security delegation to Tel Aviv and Gaza to push for a truce, diplomatic sources said. Hamas political chief Ismail Haniyeh said the group would be ready to stop firing if Israel halted its raids and its actions in Jerusalem.

But Israeli officials told local media there would be no talk of a ceasefire until Hamas had been dealt a heavy blow.

In Washington, Secretary of State Antony Blinken said he was sending a senior diplomat, Hady Amr, to the region to meet Israeli and Palestinian leaders. President Joe Biden spoke by telephone with Netanyahu and said Israel had a right to defend itself.

The UN Security Council is due to hold an open meeting on Sunday, after the United States blocked a joint statement on the violence earlier in the week.

The escalation is the worst since the 2014 war in Gaza, which killed more than 2,200 Palestinians and 73 people on the Israeli side.""",
people=[("Benjamin Netanyahu","ISR","Prime Minister"),("Ismail Haniyeh","PSE","Hamas political chief"),
        ("Antony Blinken","USA","Secretary of State"),("Hady Amr","USA","senior diplomat"),
        ("Joe Biden","USA","President")],
events=[
 ("ISR","PSE","MOBILIZE",1,"Israel has massed troops and tanks along the Gaza Strip’s border"),
 ("ISR","PSE","ASSAULT",1,"its air raids on the besieged enclave"),
 ("PSE","ISR","ASSAULT",1,"rocket fire from Palestinian armed groups"),
 ("ISR","PSE","ASSAULT",0,"at least 83 Palestinians, including 17 children, have been killed"),
 ("PSE","ISR","ASSAULT",0,"Seven people have been killed in Israel by rockets"),
 ("ISR","PSE","THREATEN",1,"Hamas would “pay a very heavy price”"),
 ("PSE","ISR","ASSAULT",0,"it fired rockets at Tel Aviv and other cities"),
 ("PSE","ISR","ACCUSE",1,"Israeli “aggression” at al-Aqsa Mosque"),
 ("ISR","PSE","COERCE",0,"the threatened eviction of Palestinian families"),
 ("ISR","PSE","ASSAULT COERCE",0,"Israeli police stormed the al-Aqsa compound on Monday"),
 ("EGY","ISR","CONSULT",1,"Egypt has sent a security delegation to Tel Aviv and Gaza"),
 ("EGY","PSE","CONSULT",1,"Egypt has sent a security delegation to Tel Aviv and Gaza"),
 ("EGY",["ISR","PSE"],"REQUEST",0,"to push for a truce"),
 ("PSE","ISR","AGREE REQUEST",0,"the group would be ready to stop firing if Israel halted its raids"),
 ("ISR","PSE","REJECT",1,"there would be no talk of a ceasefire"),
 ("USA",["ISR","PSE"],"CONSULT",0,"he was sending a senior diplomat, Hady Amr, to the region"),
 ("USA","ISR","CONSULT",1,"President Joe Biden spoke by telephone with Netanyahu",True),
 ("USA","ISR","SUPPORT",1,"Israel had a right to defend itself"),
 ("USA","UNO","REJECT",0,"the United States blocked a joint statement"),
 ("ISR","PSE","ASSAULT",0,"the 2014 war in Gaza",True),
])

A["L18"] = dict(fmt="json", date_publish="2022-07-23 16:02:00", url="https://www.aljazeera.com/news/2022/7/23/russian-missiles-strike-odesa-port-after-grain-deal",
source_domain="www.aljazeera.com", authors=["Al Jazeera Staff"],
description="Kyiv says Russian cruise missiles hit Odesa's port a day after the deal to restart Black Sea grain exports.",
published=("2022-07-23", "2022-07-23", "date_publish; 'on Saturday', less than 24 hours after the July 22, 2022 Istanbul signing"),
text="""Russian missiles strike Odesa port day after Black Sea grain deal

Russian missiles have struck Ukraine’s port of Odesa, Kyiv says, less than 24 hours after Moscow and Kyiv signed a deal in Istanbul to reopen Black Sea ports for grain exports.

Two Kalibr cruise missiles hit the port’s infrastructure and two others were shot down by air defences, Ukraine’s southern military command said on Saturday.

Ukrainian President Volodymyr Zelenskyy said the attack was proof that Russia’s word meant nothing. “Whatever Russia promises, it will find a way not to carry it out,” he said in a video address.

Foreign ministry spokesman Oleg Nikolenko said Russian President Vladimir Putin had insulted UN Secretary-General Antonio Guterres and Turkish President Recep Tayyip Erdogan, who had put great effort into the agreement.

Turkey’s Defence Minister Hulusi Akar said Russian officials had told Ankara that Moscow had “nothing to do” with the strike. Russia’s defence ministry did not immediately comment.

Guterres strongly condemned the strike, his spokesman said, adding that full implementation of the deal by all parties was imperative.

Under Friday’s agreement, signed separately by Russian Defence Minister Sergei Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov with Turkey and the United Nations, Russia undertook not to attack merchant ships or the ports involved. A joint coordination centre in Istanbul will inspect vessels to ensure they do not carry weapons.

The European Union’s foreign policy chief, Josep Borrell, said the strike showed once again Russia’s total disregard for international law and its commitments.

US Secretary of State Antony Blinken said the attack raised serious questions about the credibility of Russia’s commitment to the deal.

Ukraine said it would continue technical preparations to resume exports. Some 20 million tonnes of grain are stuck in Ukrainian silos, and the blockade has helped drive up food prices worldwide since Russia invaded Ukraine in February.""",
people=[("Volodymyr Zelenskyy","UKR","President"),("Oleg Nikolenko","UKR","foreign ministry spokesman"),
        ("Vladimir Putin","RUS","President"),("Antonio Guterres","UNO","UN Secretary-General"),
        ("Recep Tayyip Erdogan","TUR","President"),("Hulusi Akar","TUR","Defence Minister"),
        ("Sergei Shoigu","RUS","Defence Minister"),("Oleksandr Kubrakov","UKR","Infrastructure Minister"),
        ("Josep Borrell","EUR","EU foreign policy chief"),("Antony Blinken","USA","Secretary of State")],
events=[
 ("RUS","UKR","ASSAULT",1,"Russian missiles have struck Ukraine’s port of Odesa"),
 ("RUS","UKR","AGREE",1,"Moscow and Kyiv signed a deal in Istanbul",True),
 ("RUS","UKR","ASSAULT",0,"Two Kalibr cruise missiles hit the port’s infrastructure"),
 ("UKR","RUS","ASSAULT",0,"two others were shot down by air defences"),
 ("UKR","RUS","ACCUSE",1,"the attack was proof that Russia’s word meant nothing"),
 ("UKR","RUS","ACCUSE",0,"Whatever Russia promises, it will find a way not to carry it out"),
 ("UKR","RUS","ACCUSE",0,"had insulted UN Secretary-General Antonio Guterres"),
 ("RUS","TUR","CONSULT",0,"Russian officials had told Ankara"),
 ("RUS","UKR","REJECT",1,"Moscow had “nothing to do” with the strike"),
 ("UNO","RUS","ACCUSE",1,"Guterres strongly condemned the strike"),
 ("UNO",["RUS","UKR"],"REQUEST",0,"full implementation of the deal by all parties was imperative"),
 ("RUS","TUR","AGREE",1,"signed separately by Russian Defence Minister Sergei Shoigu",True),
 ("UKR","TUR","AGREE",1,"Ukrainian Infrastructure Minister Oleksandr Kubrakov with Turkey",True),
 ("RUS","UNO","AGREE",0,"signed separately by Russian Defence Minister Sergei Shoigu",True),
 ("UKR","UNO","AGREE",0,"Ukrainian Infrastructure Minister Oleksandr Kubrakov with Turkey",True),
 ("RUS","UKR","AGREE",0,"Russia undertook not to attack merchant ships"),
 ("EUR","RUS","ACCUSE",1,"Russia’s total disregard for international law"),
 ("USA","RUS","ACCUSE",1,"raised serious questions about the credibility of Russia’s commitment"),
 ("RUS","UKR","COERCE",0,"the blockade has helped drive up food prices"),
 ("RUS","UKR","ASSAULT",0,"since Russia invaded Ukraine in February"),
])

A["L19"] = dict(fmt="dump", dump="dump-1.txt", nbsp=True,
published=("2022-04-10", "2022-04-10", "vote 'early on Sunday' after the Supreme Court ruling of Thursday (April 7, 2022); true date 2022-04-10"),
text="""Pakistan’s Imran Khan ousted as PM after losing no-confidence vote

Pakistan’s Prime Minister Imran Khan has been removed from office after losing a no-confidence vote in parliament, following days of political turmoil and a Supreme Court ruling against him.

A total of 174 members of the 342-seat National Assembly voted for the motion early on Sunday, giving the opposition a narrow majority. Khan’s Pakistan Tehreek-e-Insaf (PTI) party walked out of the chamber before the vote.

Opposition leader Shehbaz Sharif, the younger brother of three-time former Prime Minister Nawaz Sharif, is expected to be elected prime minister by the assembly on Monday.

Khan, a former cricket star who came to power in 2018, has accused the United States of orchestrating a plot to remove him because of his independent foreign policy, including a visit to Moscow on the day Russia invaded Ukraine. Washington has denied the allegation.

The US State Department said on Friday there was “no truth” to the claims. Last week Pakistan’s foreign ministry summoned a senior US diplomat in Islamabad to lodge a formal protest over what it called interference in the country’s internal affairs.

Earlier this month, Deputy Speaker Qasim Suri threw out the no-confidence motion, calling it part of a foreign conspiracy, and Khan asked the president to dissolve parliament. The Supreme Court on Thursday ruled those moves unconstitutional and ordered the vote to go ahead.

Khan’s party called for protests across the country on Sunday evening, and Khan told supporters on Twitter that their struggle for freedom was beginning again.

The army chief, General Qamar Javed Bajwa, last week called for an immediate ceasefire in Ukraine and said Pakistan wanted to broaden its ties with Washington, in comments seen as distancing the military from Khan’s foreign policy.

China, Pakistan’s closest ally, said it hoped all parties in Pakistan would stay united and maintain stability. Chinese foreign ministry spokesman Wang Wenbin said Beijing would not interfere in its neighbour’s internal affairs.

No Pakistani prime minister has completed a full five-year term since the country’s independence in 1947.""",
people=[("Imran Khan","PAK","Prime Minister"),("Shehbaz Sharif","PAK","opposition leader"),
        ("Nawaz Sharif","PAK","former Prime Minister"),("Qasim Suri","PAK","Deputy Speaker"),
        ("Qamar Javed Bajwa","PAK","army chief"),("Wang Wenbin","CHN","foreign ministry spokesman")],
events=[
 ("PAK","PAK","REJECT COERCE SANCTION",0,"removed from office after losing a no-confidence vote"),
 ("PAK","PAK","REJECT",0,"174 members of the 342-seat National Assembly voted for the motion"),
 ("PAK","PAK","PROTEST",0,"walked out of the chamber before the vote"),
 ("PAK","USA","ACCUSE",1,"accused the United States of orchestrating a plot to remove him"),
 ("PAK","RUS","CONSULT",1,"a visit to Moscow on the day Russia invaded Ukraine"),
 ("RUS","UKR","ASSAULT",0,"Russia invaded Ukraine"),
 ("USA","PAK","REJECT",1,"Washington has denied the allegation"),
 ("USA","PAK","REJECT",0,"there was “no truth” to the claims"),
 ("PAK","USA","PROTEST ACCUSE",1,"summoned a senior US diplomat in Islamabad to lodge a formal protest"),
 ("PAK","PAK","REJECT",1,"threw out the no-confidence motion"),
 ("PAK",["PAK","USA"],"ACCUSE",0,"calling it part of a foreign conspiracy"),
 ("PAK","PAK","REQUEST",0,"Khan asked the president to dissolve parliament"),
 ("PAK","PAK","REJECT COERCE",1,"ruled those moves unconstitutional and ordered the vote to go ahead"),
 ("PAK","PAK","PROTEST REQUEST",0,"called for protests across the country"),
 ("PAK","RUS","REQUEST",0,"called for an immediate ceasefire in Ukraine"),
 ("PAK","USA","COOPERATE AGREE",0,"Pakistan wanted to broaden its ties with Washington"),
 ("CHN","PAK","REQUEST",1,"it hoped all parties in Pakistan would stay united"),
 ("CHN","PAK","REJECT",0,"Beijing would not interfere"),
])

A["L20"] = dict(fmt="dump", dump="dump-3.txt", nbsp=True,
published=("2022-10-27", "2022-10-28", "signing 'on Thursday' in Naqoura (October 27, 2022)"),
text="""Lebanon and Israel sign US-brokered maritime border deal

Lebanon and Israel have formally approved a US-mediated agreement setting their maritime border, ending a decades-old dispute over waters in the eastern Mediterranean thought to hold large reserves of natural gas.

At a ceremony on Thursday at a UN post in the southern Lebanese border town of Naqoura, the two delegations sat in separate rooms and did not meet face to face. Each handed its letter of approval to US envoy Amos Hochstein, who spent more than a year shuttling between Beirut and Jerusalem to broker the deal.

Lebanese President Michel Aoun signed the letter approving the agreement in Beirut on Thursday morning, days before his term ends, while Israeli Prime Minister Yair Lapid’s caretaker cabinet endorsed it in Jerusalem. Lapid called it a political achievement that would strengthen Israel’s security.

Aoun insisted the deal did not amount to recognition of Israel, with which Lebanon remains technically at war. “This is a technical agreement, not a peace treaty,” he said.

The ceremony was hosted by the UN special coordinator for Lebanon, Joanna Wronecka.

Hezbollah, which had threatened to attack Israel’s Karish gas field if extraction began before a deal was reached, said its mission had been accomplished. In a televised speech, the group’s leader, Hassan Nasrallah, said its fighters would end the state of alert they had declared over the summer.

In July, Hezbollah launched three unarmed drones towards the Karish platform, which the Israeli military said it shot down.

Israeli opposition leader Benjamin Netanyahu, who is seeking a return to power in next week’s election, accused Lapid of surrendering to Hezbollah and said he would not be bound by the agreement.

US President Joe Biden welcomed the deal, calling it a historic breakthrough that would bring stability and prosperity to both countries.

Under the deal, the French company TotalEnergies will explore the Qana prospect on the Lebanese side, with Israel to receive a share of any future revenue.""",
people=[("Amos Hochstein","USA","US envoy"),("Michel Aoun","LBN","President"),
        ("Yair Lapid","ISR","Prime Minister"),("Joanna Wronecka","UNO","UN special coordinator for Lebanon"),
        ("Hassan Nasrallah","LBN","Hezbollah leader"),("Benjamin Netanyahu","ISR","opposition leader"),
        ("Joe Biden","USA","President")],
events=[
 ("LBN","ISR","AGREE",1,"Lebanon and Israel have formally approved a US-mediated agreement",True),
 ("LBN","ISR","REJECT",0,"did not meet face to face"),
 ("USA","LBN","CONSULT COOPERATE",1,"shuttling between Beirut and Jerusalem",),
 ("USA","ISR","CONSULT COOPERATE",1,"shuttling between Beirut and Jerusalem",),
 ("LBN","USA","CONSULT",0,"Each handed its letter of approval to US envoy Amos Hochstein"),
 ("ISR","USA","CONSULT",0,"Each handed its letter of approval to US envoy Amos Hochstein"),
 ("LBN","ISR","AGREE",0,"Lebanese President Michel Aoun signed the letter approving the agreement"),
 ("ISR","LBN","AGREE",0,"endorsed it in Jerusalem"),
 ("LBN","ISR","REJECT",1,"the deal did not amount to recognition of Israel"),
 ("UNO",["LBN","ISR"],"CONSULT COOPERATE",0,"The ceremony was hosted by the UN special coordinator"),
 ("LBN","ISR","THREATEN",0,"had threatened to attack Israel’s Karish gas field"),
 ("LBN","ISR","RETREAT CONCEDE",1,"its fighters would end the state of alert"),
 ("LBN","ISR","ASSAULT MOBILIZE",0,"Hezbollah launched three unarmed drones towards the Karish platform"),
 ("ISR","LBN","ASSAULT",0,"the Israeli military said it shot down"),
 ("ISR","ISR","ACCUSE",1,"accused Lapid of surrendering to Hezbollah"),
 ("ISR","LBN","REJECT",0,"he would not be bound by the agreement"),
 ("USA",["LBN","ISR"],"SUPPORT",1,"Biden welcomed the deal"),
 ("MNC","LBN","COOPERATE",0,"TotalEnergies will explore the Qana prospect"),
 ("LBN","ISR","AGREE COOPERATE",0,"with Israel to receive a share of any future revenue"),
])
