# Al Jazeera 2021-2022 (Q14..Q20)
from common import E, P

ARTS = []

ARTS.append(dict(
id="Q14", era="aj", fmt="txt",
headline="Sudan warns Ethiopia after military aircraft 'crosses border'",
date="2021-01-13", why="'on Wednesday' after Mufti's Tuesday briefing, in the January 2021 al-Fashaga escalation: Wednesday 13 January 2021",
text="""Sudan has accused Ethiopia of sending a military aircraft across their shared border, warning of "dangerous consequences" as tensions over the disputed al-Fashaga region continue to rise.

Sudan's foreign ministry said in a statement on Wednesday that an Ethiopian military plane had entered Sudanese airspace in what it described as a dangerous and unjustified escalation that could harm the future of relations between the two countries and the security of the region.

There was no immediate comment from Addis Ababa on the alleged incursion. But on Tuesday Ethiopia's foreign ministry spokesman, Dina Mufti, accused the Sudanese army of taking advantage of the war in Tigray to push deep into Ethiopian territory, and said his country's patience was "running out".

"Sudan should withdraw its forces to the positions they held before November," Mufti told a news conference, adding that Ethiopia still preferred to settle the matter through dialogue.

Sudanese officials reject that account. They say the army has merely retaken land inside Sudan's internationally recognised border that had been farmed for decades by Ethiopian settlers protected by militias.

Fighting flared in December when Sudan said its troops had been ambushed by Ethiopian forces and militiamen near the border, killing four soldiers. Khartoum then deployed reinforcements and said it had recovered most of the territory. Last week, the head of Sudan's Sovereign Council, General Abdel Fattah al-Burhan, visited troops stationed in the area.

Talks between the two sides in Khartoum in December ended without agreement, and Sudan has since said it will not negotiate until the border is demarcated.

The dispute has added to friction over the Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile, which Sudan and Egypt fear will threaten their water supplies. Egypt has voiced support for Sudan's position on the border.

More than 50,000 refugees from Tigray have fled into eastern Sudan since November, when Prime Minister Abiy Ahmed sent federal troops against the region's former ruling party, the Tigray People's Liberation Front (TPLF).

The African Union and neighbouring South Sudan have offered to mediate between Addis Ababa and Khartoum.""",
people=[P("Dina Mufti","ETH","foreign ministry spokesman"),
        P("Abdel Fattah al-Burhan","SDN","General, head of the Sovereign Council"),
        P("Abiy Ahmed","ETH","Prime Minister")],
events=[
 E("SDN","ETH","ACCUSE",1,"Sudan has accused Ethiopia of sending a military aircraft across their shared border"),
 E("SDN","ETH","THREATEN",1,"warning of \"dangerous consequences\""),
 E("ETH","SDN","MOBILIZE COERCE",0,"an Ethiopian military plane had entered Sudanese airspace"),
 E("ETH","SDN","ACCUSE",1,"accused the Sudanese army of taking advantage of the war in Tigray"),
 E("ETH","SDN","THREATEN",1,"his country's patience was \"running out\""),
 E("ETH","SDN","REQUEST",1,"Sudan should withdraw its forces"),
 E("ETH","SDN","AGREE REQUEST",0,"Ethiopia still preferred to settle the matter through dialogue"),
 E("SDN","ETH","REJECT",1,"Sudanese officials reject that account"),
 E("SDN","ETH","COERCE MOBILIZE",0,"the army has merely retaken land inside Sudan's internationally recognised border"),
 E("ETH","SDN","ASSAULT",1,"its troops had been ambushed by Ethiopian forces"),
 E("SDN","ETH","MOBILIZE",1,"Khartoum then deployed reinforcements"),
 E("SDN","SDN","CONSULT",0,"visited troops stationed in the area"),
 E("SDN","ETH","CONSULT",1,"Talks between the two sides in Khartoum",sym=True),
 E("SDN","ETH","REJECT REQUEST",1,"it will not negotiate until the border is demarcated"),
 E("EGY","SDN","SUPPORT",1,"Egypt has voiced support for Sudan's position"),
 E("ETH","ETH","ASSAULT MOBILIZE",0,"sent federal troops against the region's former ruling party"),
 E("IGO",["ETH","SDN"],"AGREE CONSULT",0,"have offered to mediate"),
 E("SSD",["ETH","SDN"],"AGREE CONSULT",0,"have offered to mediate"),
]))

ARTS.append(dict(
id="Q15", era="aj", fmt="txt",
headline="Iraqi PM al-Kadhimi survives drone attack on Baghdad residence",
date="2021-11-07", why="attack 'in the early hours of Sunday' after October's elections: Sunday 7 November 2021",
text="""Iraqi Prime Minister Mustafa al-Kadhimi has survived what the military called an assassination attempt after an explosives-laden drone struck his residence in Baghdad's heavily fortified Green Zone.

Al-Kadhimi was unhurt, but several members of his personal protection team were wounded in the attack in the early hours of Sunday, two security officials told Al Jazeera. Three drones were launched, the officials said, and two of them were shot down by security forces.

"I am fine, thank God, and among my people," al-Kadhimi wrote on Twitter shortly afterwards, calling for calm and restraint "from everyone, for the sake of Iraq".

No group immediately claimed responsibility. The attack came amid a standoff between the government and Iran-aligned armed groups whose supporters have been camped outside the Green Zone for weeks, rejecting the results of October's parliamentary elections, in which their political blocs lost heavily.

On Friday, protesters tried to storm the Green Zone and clashed with security forces, and one demonstrator was killed. Leaders of the armed groups blamed al-Kadhimi for the death and vowed to hold him accountable.

Qais al-Khazali, head of the Asaib Ahl al-Haq group, suggested on Sunday that the attack could have been staged and called for an independent investigation.

Iran's foreign ministry spokesman, Saeed Khatibzadeh, condemned the attack and, without naming any country, said it was the work of "foreign think tanks" that had sought to undermine Iraq's security and stability.

The United States called it an apparent act of terrorism and offered assistance to Iraqi security forces investigating the attack. The State Department said Secretary of State Antony Blinken had spoken to al-Kadhimi by telephone.

Saudi Arabia, Egypt and the Arab League also condemned the attack. Iraqi President Barham Salih described it as "a heinous crime" against the country.

Al-Kadhimi later chaired a meeting of the national security council, which said the perpetrators would be pursued and brought to justice.""",
people=[P("Mustafa al-Kadhimi","IRQ","Prime Minister"), P("Qais al-Khazali","IRQ","head of Asaib Ahl al-Haq"),
        P("Saeed Khatibzadeh","IRN","foreign ministry spokesman"), P("Antony Blinken","USA","Secretary of State"),
        P("Barham Salih","IRQ","President")],
events=[
 E("IRQ","IRQ","ASSAULT",1,"an explosives-laden drone struck his residence"),
 E("IRQ","IRQ","ASSAULT",0,"two of them were shot down by security forces"),
 E("IRQ","IRQ","REQUEST",0,"calling for calm and restraint"),
 E("IRQ","IRQ","PROTEST",1,"whose supporters have been camped outside the Green Zone for weeks"),
 E("IRQ","IRQ","REJECT",0,"rejecting the results of October's parliamentary elections"),
 E("IRQ","IRQ","PROTEST ASSAULT",1,"protesters tried to storm the Green Zone and clashed with security forces",sym=True),
 E("IRQ","IRQ","ACCUSE",1,"blamed al-Kadhimi for the death"),
 E("IRQ","IRQ","THREATEN",1,"vowed to hold him accountable"),
 E("IRQ","IRQ","ACCUSE REQUEST",1,"suggested on Sunday that the attack could have been staged"),
 E("IRN","IRQ","ACCUSE PROTEST SUPPORT",0,"condemned the attack"),
 E("IRN",["USA","ISR"],"ACCUSE",0,"the work of \"foreign think tanks\""),
 E("USA","IRQ","ACCUSE",0,"an apparent act of terrorism"),
 E("USA","IRQ","AID AGREE SUPPORT COOPERATE",1,"offered assistance to Iraqi security forces"),
 E("USA","IRQ","CONSULT",1,"had spoken to al-Kadhimi by telephone",sym=True),
 E("SAU","IRQ","ACCUSE PROTEST SUPPORT",0,"Saudi Arabia, Egypt and the Arab League also condemned the attack"),
 E("EGY","IRQ","ACCUSE PROTEST SUPPORT",0,"Saudi Arabia, Egypt and the Arab League also condemned the attack"),
 E("IGO","IRQ","ACCUSE PROTEST SUPPORT",0,"Saudi Arabia, Egypt and the Arab League also condemned the attack"),
 E("IRQ","IRQ","ACCUSE",0,"described it as \"a heinous crime\""),
 E("IRQ","IRQ","THREATEN",0,"the perpetrators would be pursued and brought to justice"),
]))

ARTS.append(dict(
id="Q16", era="aj", fmt="json",
headline="Iran blames Israel for Natanz 'sabotage', vows revenge",
date="2021-04-13", why="date_publish 2021-04-13; Lavrov in Tehran 'on Tuesday'",
meta=dict(date_publish="2021-04-13 11:26:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2021/4/13/iran-blames-israel-for-natanz-sabotage-vows-revenge",
          source_domain="www.aljazeera.com",
          description="Tehran says the Natanz blackout was an Israeli act of sabotage and promises to respond, as nuclear talks continue in Vienna."),
text="""Iran has blamed Israel for an attack on its Natanz uranium enrichment facility and vowed to take revenge, as world powers prepare to resume talks in Vienna aimed at reviving the 2015 nuclear deal.

"The Zionists want to take revenge because of our progress in the way to lift sanctions," Foreign Minister Mohammad Javad Zarif was quoted as saying by state media on Monday. "We will not allow this act of sabotage to affect the nuclear talks, but we will take our revenge against the Zionists."

A power failure struck the underground site on Sunday, a day after Iran started up new advanced centrifuges there in a ceremony marking its national nuclear technology day. The head of the Atomic Energy Organization of Iran, Ali Akbar Salehi, called it an act of "nuclear terrorism".

Israel has not officially claimed responsibility, but several Israeli media outlets, citing unnamed intelligence officials, said the Mossad spy agency was behind a cyberattack that caused the blackout. Prime Minister Benjamin Netanyahu, speaking alongside visiting US Defense Secretary Lloyd Austin on Sunday, said the fight against Iran and its proxies was "a huge mission".

Iran's foreign ministry spokesman, Saeed Khatibzadeh, said the damaged centrifuges would be replaced with more advanced machines and that Tehran would file a complaint with the International Atomic Energy Agency (IAEA). He also said the United States must lift all sanctions before Iran returns to full compliance with the deal.

The White House said the US "was not involved in any manner" and had no information to add about the cause.

On Tuesday, Zarif hosted Russian Foreign Minister Sergey Lavrov in Tehran. Lavrov said Moscow hoped Washington would return to the agreement without conditions and called the incident, if deliberate, an act that could not be accepted.

Natanz has been hit before. The site was targeted by the Stuxnet computer virus, widely attributed to the US and Israel, more than a decade ago, and an explosion destroyed a centrifuge assembly building there last July. In November, Iran's top nuclear scientist, Mohsen Fakhrizadeh, was killed near Tehran in an attack Iran also blamed on Israel.

Diplomats from Iran and the remaining parties to the deal - the United Kingdom, France, Germany, Russia and China - are due to reconvene in Vienna this week, with the US taking part indirectly.""",
people=[P("Mohammad Javad Zarif","IRN","Foreign Minister"), P("Ali Akbar Salehi","IRN","head of the Atomic Energy Organization of Iran"),
        P("Benjamin Netanyahu","ISR","Prime Minister"), P("Lloyd Austin","USA","Defense Secretary"),
        P("Saeed Khatibzadeh","IRN","foreign ministry spokesman"), P("Sergey Lavrov","RUS","Foreign Minister"),
        P("Mohsen Fakhrizadeh","IRN","top nuclear scientist")],
events=[
 E("IRN","ISR","ACCUSE",1,"Iran has blamed Israel for an attack on its Natanz uranium enrichment facility"),
 E("IRN","ISR","THREATEN",1,"we will take our revenge against the Zionists"),
 E("IRN","ISR","ACCUSE",0,"The Zionists want to take revenge"),
 E("IRN","ISR","ACCUSE",0,"called it an act of \"nuclear terrorism\""),
 E("ISR","IRN","ASSAULT",0,"the Mossad spy agency was behind a cyberattack"),
 E("ISR","IRN","THREATEN ACCUSE",1,"the fight against Iran and its proxies was \"a huge mission\""),
 E("USA","ISR","CONSULT",1,"visiting US Defense Secretary Lloyd Austin"),
 E("IRN",["IGO","UNO"],"ACCUSE REQUEST PROTEST",1,"would file a complaint with the International Atomic Energy Agency"),
 E("IRN","USA","REQUEST",1,"the United States must lift all sanctions"),
 E("USA","IRN","REJECT",0,"the US \"was not involved in any manner\""),
 E("RUS","IRN","CONSULT",1,"Zarif hosted Russian Foreign Minister Sergey Lavrov in Tehran"),
 E("RUS","USA","REQUEST",1,"Moscow hoped Washington would return to the agreement"),
 E("USA","IRN","ASSAULT",0,"the Stuxnet computer virus, widely attributed to the US and Israel"),
 E("ISR","IRN","ASSAULT",0,"the Stuxnet computer virus, widely attributed to the US and Israel"),
 E("IRN","ISR","ACCUSE",0,"in an attack Iran also blamed on Israel"),
 E("IRN",["GBR","FRA","DEU","RUS","CHN","EUR"],"CONSULT",0,"are due to reconvene in Vienna this week",sym=True),
]))

ARTS.append(dict(
id="Q17", era="aj", fmt="json",
headline="Gulf states recall envoys from Lebanon as Kordahi row deepens",
date="2021-10-30", why="no date_publish; Kuwait's move reported 'on Saturday' after the Saudi steps 'On Friday' (29 October 2021): Saturday 30 October 2021",
meta=dict(date_publish=None, authors=["Al Jazeera Staff"],
          url="https://www.aljazeera.com/news/2021/10/30/gulf-states-recall-envoys-from-lebanon-kordahi-row",
          source_domain="www.aljazeera.com",
          description="Kuwait and the UAE join Saudi Arabia and Bahrain in a diplomatic crisis over a Lebanese minister's remarks on the Yemen war."),
text="""Kuwait and the United Arab Emirates have recalled their ambassadors from Beirut, joining Saudi Arabia and Bahrain in a widening diplomatic crisis sparked by a Lebanese minister's criticism of the Saudi-led war in Yemen.

Kuwait also gave Lebanon's top diplomat in the country 48 hours to leave, the state news agency KUNA reported on Saturday, while the UAE said it was barring its citizens from travelling to Lebanon.

On Friday, Saudi Arabia ordered the Lebanese ambassador to leave the kingdom within 48 hours, recalled its own envoy and banned all imports from Lebanon. Bahrain followed suit hours later, asking the Lebanese ambassador in Manama to leave.

The row was triggered by comments made by Information Minister George Kordahi in a television interview recorded in August, before he took office, and broadcast last week. In it, Kordahi described the war in Yemen as "futile" and said the Houthi rebels were "defending themselves" against outside aggression.

Saudi Foreign Minister Prince Faisal bin Farhan said on Saturday that the problem went beyond Kordahi's remarks and reflected the dominance of the Iran-backed Hezbollah over Lebanon's political system. "We have come to the conclusion that dealing with Lebanon and its current government is not productive," he told a Saudi television channel.

Lebanese Prime Minister Najib Mikati urged Kordahi to "put the national interest first" - a thinly veiled call for him to resign - and said he regretted the Saudi decision. Kordahi has so far refused to step down, saying he would not apologise for remarks made before he joined the government.

President Michel Aoun said Lebanon was keen to have the best possible relations with Saudi Arabia and hoped the crisis could be overcome through dialogue.

The Gulf states are among the most important markets for Lebanese exports, and the measures deepen the pain of an economic collapse that the World Bank has described as one of the worst in modern history. Saudi Arabia had already banned Lebanese fruit and vegetable imports in April, after finding millions of amphetamine pills hidden in a shipment of pomegranates.""",
people=[P("George Kordahi","LBN","Information Minister"), P("Faisal bin Farhan","SAU","Foreign Minister"),
        P("Najib Mikati","LBN","Prime Minister"), P("Michel Aoun","LBN","President")],
events=[
 E("KWT","LBN","SANCTION RETREAT PROTEST",1,"Kuwait and the United Arab Emirates have recalled their ambassadors from Beirut"),
 E("ARE","LBN","SANCTION RETREAT PROTEST",1,"Kuwait and the United Arab Emirates have recalled their ambassadors from Beirut"),
 E("KWT","LBN","COERCE",1,"gave Lebanon's top diplomat in the country 48 hours to leave"),
 E("ARE","LBN","SANCTION",1,"barring its citizens from travelling to Lebanon"),
 E("SAU","LBN","COERCE",1,"Saudi Arabia ordered the Lebanese ambassador to leave the kingdom"),
 E("SAU","LBN","SANCTION RETREAT PROTEST",1,"recalled its own envoy"),
 E("SAU","LBN","SANCTION",1,"banned all imports from Lebanon"),
 E("BHR","LBN","COERCE",1,"asking the Lebanese ambassador in Manama to leave"),
 E("LBN","SAU","ACCUSE",1,"Kordahi described the war in Yemen as \"futile\""),
 E("LBN","YEM","SUPPORT",0,"the Houthi rebels were \"defending themselves\""),
 E("SAU","LBN","ACCUSE",1,"reflected the dominance of the Iran-backed Hezbollah"),
 E("SAU","LBN","REJECT",0,"dealing with Lebanon and its current government is not productive"),
 E("LBN","LBN","REQUEST",0,"urged Kordahi to \"put the national interest first\""),
 E("LBN","SAU","PROTEST ACCUSE",0,"he regretted the Saudi decision"),
 E("LBN","LBN","REJECT",0,"Kordahi has so far refused to step down"),
 E("LBN","SAU","REJECT",1,"he would not apologise"),
 E("LBN","SAU","SUPPORT AGREE CONSULT",0,"Lebanon was keen to have the best possible relations with Saudi Arabia"),
 E("SAU","LBN","SANCTION",0,"Saudi Arabia had already banned Lebanese fruit and vegetable imports in April"),
]))

ARTS.append(dict(
id="Q18", era="aj", fmt="json",
headline="Spain sends troops to Ceuta as thousands of migrants cross from Morocco",
date="2021-05-18", why="date_publish 2021-05-18; Sanchez's visit 'on Tuesday'",
meta=dict(date_publish="2021-05-18 16:02:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2021/5/18/spain-sends-troops-to-ceuta-as-migrants-cross-from-morocco",
          source_domain="www.aljazeera.com",
          description="Madrid deploys soldiers to its North African enclave after a record 8,000 people cross from Morocco amid a diplomatic row."),
text="""Spain has deployed soldiers and extra police to its North African enclave of Ceuta after a record 8,000 migrants crossed from Morocco in less than two days, swimming around the border fence or wading at low tide as Moroccan guards looked on.

Spanish Prime Minister Pedro Sanchez flew to Ceuta and the neighbouring enclave of Melilla on Tuesday, vowing to restore order "with firmness". "The integrity of Ceuta as part of the nation will be defended by the government of Spain in any circumstance," he said in a televised address before leaving Madrid.

Spain's interior ministry said about 4,000 of the new arrivals, many of them teenagers, had already been returned to Morocco under a bilateral agreement. Soldiers in armoured vehicles patrolled the beach, and police fired tear gas to push back people trying to get in.

Madrid summoned Morocco's ambassador, Karima Benyaich, to express its "displeasure", the foreign ministry said. Rabat responded by recalling her for consultations.

The surge came amid a diplomatic dispute over Spain's decision to allow Brahim Ghali, leader of the Polisario Front, which seeks independence for Western Sahara, to be treated for COVID-19 in a hospital in the northern city of Logrono. Morocco has demanded an explanation and warned of consequences.

Moroccan Human Rights Minister Mustapha Ramid wrote on Facebook that Spain should have expected such a reaction after hosting Ghali, and that Morocco had every right to "stretch its legs".

The European Commission backed Spain. "Spanish borders are European borders," said Commission Vice-President Margaritis Schinas, calling on Morocco to honour its commitment to prevent irregular departures.

Spain's cabinet on Tuesday approved 30 million euros in aid to help Morocco control its borders, a payment officials said had been planned for weeks.

Morocco, which annexed the former Spanish colony of Western Sahara in 1975, has been pressing European governments to follow the United States, which last year recognised Moroccan sovereignty over the territory.""",
people=[P("Pedro Sanchez","ESP","Prime Minister"), P("Karima Benyaich","MAR","ambassador"),
        P("Brahim Ghali","ESH","leader of the Polisario Front"), P("Mustapha Ramid","MAR","Human Rights Minister"),
        P("Margaritis Schinas","EUR","Commission Vice-President")],
events=[
 E("ESP",["ESP","MAR"],"MOBILIZE",1,"Spain has deployed soldiers and extra police to its North African enclave"),
 E("MAR","ESP","COERCE THREATEN",0,"as Moroccan guards looked on"),
 E("ESP","MAR","THREATEN",0,"will be defended by the government of Spain in any circumstance"),
 E("ESP","MAR","COERCE",1,"had already been returned to Morocco"),
 E("ESP","MAR","COERCE ASSAULT",1,"police fired tear gas to push back people trying to get in"),
 E("ESP","MAR","PROTEST ACCUSE CONSULT",1,"Madrid summoned Morocco's ambassador"),
 E("MAR","ESP","SANCTION RETREAT PROTEST",1,"Rabat responded by recalling her for consultations"),
 E("ESP","ESH","AID COOPERATE",0,"allow Brahim Ghali"),
 E("MAR","ESP","REQUEST",1,"Morocco has demanded an explanation"),
 E("MAR","ESP","THREATEN",1,"warned of consequences"),
 E("MAR","ESP","ACCUSE THREATEN",1,"Spain should have expected such a reaction"),
 E("EUR","ESP","SUPPORT",1,"The European Commission backed Spain"),
 E("EUR","MAR","REQUEST",1,"calling on Morocco to honour its commitment"),
 E("ESP","MAR","AID",1,"approved 30 million euros in aid to help Morocco control its borders"),
 E("MAR","ESH","COERCE",0,"annexed the former Spanish colony of Western Sahara"),
 E("MAR",["EUR","ESP"],"REQUEST",0,"has been pressing European governments"),
 E("USA","MAR","SUPPORT",0,"recognised Moroccan sovereignty over the territory"),
]))

ARTS.append(dict(
id="Q19", era="aj", fmt="dump",
headline="Putin recognises Ukraine's breakaway regions, orders troops in",
date="2022-02-22", why="Zelenskyy's address 'in the early hours of Tuesday' after Putin's Monday speech: Tuesday 22 February 2022",
text="""Russian President Vladimir Putin has recognised the independence of two Russian-backed separatist regions in eastern Ukraine and ordered the Russian army to launch what Moscow called a "peacekeeping" operation there, drawing condemnation from Kyiv and its Western allies.

In a lengthy televised address on Monday evening, Putin said modern Ukraine was a creation of Soviet leaders and accused the government in Kyiv of being a puppet of the West. He then signed decrees recognising the self-proclaimed Donetsk and Luhansk "people's republics", as well as friendship treaties with their leaders, Denis Pushilin and Leonid Pasechnik.

Hours later, he instructed the defence ministry to deploy troops to the two regions to "maintain peace". It was not immediately clear when, or how many, soldiers would cross.

Ukrainian President Volodymyr Zelenskyy, in an address in the early hours of Tuesday, said Ukraine was "not afraid of anyone" and would not give up any of its territory. "We are committed to a peaceful, diplomatic path, but we will not give anything away," he said.

Zelenskyy accused Moscow of wrecking the peace process and said Kyiv had requested an urgent meeting of the UN Security Council.

United States President Joe Biden signed an executive order banning US investment and trade in the separatist regions, and the European Union said it would respond with sanctions. In Berlin, Chancellor Olaf Scholz said Germany was halting the certification of the Nord Stream 2 gas pipeline from Russia.

At an emergency session of the Security Council late on Monday, US ambassador Linda Thomas-Greenfield called Moscow's talk of peacekeepers "nonsense". Russia's envoy Vassily Nebenzia said his country remained open to diplomacy but would not allow "a new bloodbath" in the Donbas.

Fighting between Ukrainian forces and the separatists has killed more than 14,000 people since 2014. Russia has massed more than 150,000 troops near Ukraine's borders in recent months but has repeatedly denied planning an invasion.""",
people=[P("Vladimir Putin","RUS","President"), P("Denis Pushilin","UKR","leader of the Donetsk people's republic"),
        P("Leonid Pasechnik","UKR","leader of the Luhansk people's republic"), P("Volodymyr Zelenskyy","UKR","President"),
        P("Joe Biden","USA","President"), P("Olaf Scholz","DEU","Chancellor"),
        P("Linda Thomas-Greenfield","USA","US ambassador"), P("Vassily Nebenzia","RUS","Russia's envoy")],
events=[
 E("RUS","UKR","SUPPORT COERCE REJECT AGREE",1,"has recognised the independence of two Russian-backed separatist regions"),
 E("RUS","UKR","MOBILIZE COERCE",1,"ordered the Russian army to launch"),
 E(["UKR","WST"],"RUS","ACCUSE PROTEST",0,"drawing condemnation from Kyiv and its Western allies"),
 E("RUS","UKR","ACCUSE",1,"accused the government in Kyiv of being a puppet of the West"),
 E("RUS","UKR","AGREE COOPERATE",1,"friendship treaties with their leaders"),
 E("RUS","UKR","MOBILIZE COERCE",0,"instructed the defence ministry to deploy troops"),
 E("UKR","RUS","REJECT",1,"would not give up any of its territory"),
 E("UKR","RUS","REJECT",0,"we will not give anything away"),
 E("UKR","RUS","ACCUSE",1,"Zelenskyy accused Moscow of wrecking the peace process"),
 E("UKR","UNO","REQUEST",1,"requested an urgent meeting of the UN Security Council"),
 E("USA",["UKR","RUS"],"SANCTION",1,"banning US investment and trade in the separatist regions"),
 E("EUR","RUS","THREATEN SANCTION",1,"would respond with sanctions"),
 E("DEU","RUS","SANCTION",1,"halting the certification of the Nord Stream 2 gas pipeline"),
 E("USA","RUS","ACCUSE REJECT",1,"called Moscow's talk of peacekeepers \"nonsense\""),
 E("RUS","UKR","THREATEN",0,"would not allow \"a new bloodbath\""),
 E("UKR","UKR","ASSAULT",0,"Fighting between Ukrainian forces and the separatists",sym=True),
 E("RUS","UKR","MOBILIZE",0,"Russia has massed more than 150,000 troops near Ukraine's borders"),
 E("RUS","UKR","REJECT",0,"has repeatedly denied planning an invasion"),
]))

ARTS.append(dict(
id="Q20", era="aj", fmt="dump",
headline="Uganda launches air and artillery strikes on ADF rebels in DR Congo",
date="2021-11-30", why="'on Tuesday' after the Kampala bombings 'earlier this month' (November 2021): Tuesday 30 November 2021",
text="""Uganda's military has launched air and artillery strikes against fighters of the Allied Democratic Forces (ADF) armed group in neighbouring Democratic Republic of the Congo, in a joint operation agreed with the Congolese government.

"This morning we launched joint air and artillery strikes against ADF camps," Ugandan army spokesperson Brigadier General Flavia Byekwaso said on Twitter on Tuesday. Congolese government spokesman Patrick Muyaya confirmed that Ugandan troops had entered the country and said the operation would be "of limited duration".

The ADF, which has pledged allegiance to ISIL (ISIS), has been blamed by Kampala for twin suicide bombings in the Ugandan capital that killed four people earlier this month.

Congolese President Felix Tshisekedi authorised the operation after months of talks with his Ugandan counterpart, Yoweri Museveni, on security cooperation in the border region.

The group, which originated in Uganda in the 1990s, has killed thousands of civilians in the eastern provinces of North Kivu and Ituri. On Sunday, suspected ADF fighters killed at least 10 people in an attack on a village near the town of Beni, local officials said.

Some Congolese legislators and civil society groups criticised the decision to let in Ugandan troops, recalling Uganda's occupation of parts of eastern Congo during the 1998-2003 war. In 2005 the International Court of Justice ruled that Uganda had violated Congo's sovereignty and ordered it to pay reparations.

"We don't want the Ugandan army to stay on our soil once this is over," said Jean-Paul Kahindo, a civil society leader in Beni. "They came before and they took our gold and our timber."

Ugandan officials say the soldiers will remain only until the ADF threat has been removed. The United States, which designated the ADF a terrorist organisation in March, has not commented on the operation.""",
people=[P("Flavia Byekwaso","UGA","army spokesperson, Brigadier General"),
        P("Patrick Muyaya","COD","government spokesman"), P("Felix Tshisekedi","COD","President"),
        P("Yoweri Museveni","UGA","President"), P("Jean-Paul Kahindo","COD","civil society leader in Beni")],
events=[
 E("UGA",["UGA","COD"],"ASSAULT",1,"Uganda's military has launched air and artillery strikes"),
 E("UGA","COD","AGREE COOPERATE",1,"a joint operation agreed with the Congolese government",sym=True),
 E("UGA",["UGA","COD"],"ASSAULT",0,"we launched joint air and artillery strikes against ADF camps"),
 E("UGA","COD","MOBILIZE COOPERATE",1,"Ugandan troops had entered the country"),
 E("UGA",["UGA","COD"],"ACCUSE",1,"has been blamed by Kampala for twin suicide bombings"),
 E(["UGA","COD"],"UGA","ASSAULT",0,"twin suicide bombings in the Ugandan capital"),
 E("COD","UGA","AGREE COOPERATE",0,"Congolese President Felix Tshisekedi authorised the operation"),
 E("COD","UGA","CONSULT",1,"after months of talks with his Ugandan counterpart",sym=True),
 E(["UGA","COD"],"COD","ASSAULT",0,"has killed thousands of civilians"),
 E(["UGA","COD"],"COD","ASSAULT",1,"suspected ADF fighters killed at least 10 people"),
 E("COD",["COD","UGA"],"ACCUSE PROTEST",1,"criticised the decision to let in Ugandan troops"),
 E("UGA","COD","COERCE ASSAULT",0,"Uganda's occupation of parts of eastern Congo"),
 E(["IGO","UNO"],"UGA","ACCUSE SANCTION",0,"the International Court of Justice ruled that Uganda had violated Congo's sovereignty"),
 E("COD","UGA","REJECT REQUEST",1,"We don't want the Ugandan army to stay on our soil"),
 E("COD","UGA","ACCUSE",0,"They came before and they took our gold and our timber"),
 E("UGA","COD","AGREE RETREAT",0,"the soldiers will remain only until the ADF threat has been removed"),
 E("USA",["UGA","COD"],"SANCTION ACCUSE",0,"designated the ADF a terrorist organisation in March"),
]))
