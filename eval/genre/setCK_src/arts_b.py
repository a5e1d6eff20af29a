from common import A, E

A("CK8", "Protesters in Burkina Faso block French military convoy for third day", """
Hundreds of protesters in central Burkina Faso have blocked a French military supply convoy for a third day, accusing France of failing to stop armed groups whose attacks have killed thousands of people in the West African country.

The convoy, which was travelling from Ivory Coast to Niger to resupply French forces in the Sahel, was halted on Thursday in the town of Kaya, about 100km (60 miles) northeast of the capital, Ouagadougou.

On Saturday, security forces fired tear gas to disperse demonstrators who had gathered around the trucks, and several people were wounded, according to local residents and a hospital source. Some protesters accused French soldiers of firing warning shots, which the French army denied.

"We gave the demonstrators a clear warning and fired shots into the air only to prevent them from storming the vehicles," a spokesman for the French military's general staff, Colonel Pascal Ianni, said. "Nobody was injured by French soldiers."

The protesters, many of them young men, accused the convoy of carrying weapons to armed groups, a rumour widely shared on social media that French officials dismissed as false. "France is here for its own interests, not for us," one protester told Al Jazeera.

Anger has been building in Burkina Faso since an attack on a gendarmerie post in Inata in the north on November 14, in which 53 people, most of them police officers, were killed. It was one of the deadliest attacks on the security forces since the violence began in 2015.

Gendarmes at the post had sent messages saying they had run out of food and had been forced to hunt for animals to survive, according to a leaked memo that caused outrage across the country.

President Roch Marc Christian Kabore has promised an investigation and announced a shake-up of the army's command. In a televised address, he said "dysfunctions" that had undermined the morale of the troops would be dealt with. Opposition parties have called for protests demanding his resignation.

France has some 5,000 troops in the Sahel under Operation Barkhane, but President Emmanuel Macron announced in June that the force would be reduced and reorganised. The French foreign ministry said in a statement it respected the right to protest but called on the Burkinabe authorities to ensure the safety of its convoy.

Burkina Faso's government spokesman, Ousseni Tamboura, urged the protesters to let the convoy pass. "These vehicles are moving under agreements between our two countries," he said.

Armed groups linked to al-Qaeda and ISIL (ISIS) have killed more than 2,000 people in Burkina Faso and forced 1.4 million to flee their homes.
""", ["2021-11-20", "2021-11-21", "convoy halted Thursday 18 November 2021; article reports Saturday's clashes (20 November)"],
[("Pascal Ianni", "FRA", "Colonel, spokesman for the French military's general staff"), ("Roch Marc Christian Kabore", "BFA", "President"), ("Emmanuel Macron", "FRA", "President"), ("Ousseni Tamboura", "BFA", "government spokesman")],
[E("BFA", "FRA", "PROTEST", 1, "have blocked a French military supply convoy for a third day"),
 E("BFA", "FRA", "ACCUSE", 1, "accusing France of failing to stop armed groups"),
 E("BFA", "BFA", "COERCE", 1, "security forces fired tear gas to disperse demonstrators"),
 E("BFA", "FRA", "ACCUSE", 0, "Some protesters accused French soldiers of firing warning shots"),
 E("FRA", "BFA", "REJECT", 1, "which the French army denied"),
 E("FRA", "BFA", "THREATEN COERCE", 0, "fired shots into the air only to prevent them from storming the vehicles"),
 E("BFA", "FRA", "ACCUSE", 1, "accused the convoy of carrying weapons to armed groups"),
 E("FRA", "BFA", "REJECT", 0, "French officials dismissed as false"),
 E("BFA", "BFA", "ASSAULT", 1, "an attack on a gendarmerie post in Inata"),
 E("BFA", "BFA", "PROTEST REQUEST", 1, "Opposition parties have called for protests demanding his resignation"),
 E("FRA", "BFA", "RETREAT", 0, "the force would be reduced and reorganised"),
 E("FRA", "BFA", "REQUEST", 1, "called on the Burkinabe authorities to ensure the safety of its convoy"),
 E("BFA", "BFA", "REQUEST", 1, "urged the protesters to let the convoy pass"),
 E("BFA", "FRA", "AGREE", 0, "under agreements between our two countries", sym=True),
], meta=dict(date="2021-11-20 14:32:05", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/11/20/burkina-faso-protesters-block-french-military-convoy-kaya", desc="Demonstrators accuse France of failing to stop armed groups as anger grows over deadly attack on gendarmes in Inata."))

A("CK9", "Ethiopia's parliament designates TPLF and OLA as 'terrorist' groups", """
Ethiopia's parliament has voted to designate the Tigray People's Liberation Front (TPLF), the party that once ruled the northern region of Tigray, as a "terrorist" organisation, along with the armed group known as Shene in the Oromia region.

Lawmakers approved the proposal on Thursday by a large majority, the state-affiliated Fana Broadcasting Corporation reported. The cabinet of Prime Minister Abiy Ahmed had submitted the motion on Saturday.

The designation makes it a crime to support, fund or communicate with the two groups and gives the security services wider powers to arrest suspected members.

"These groups have carried out attacks on civilians and on the institutions of the state," Attorney General Gedion Timothewos told legislators before the vote. "The government has a duty to protect the people."

The Oromo Liberation Army (OLA), which the government calls Shene, broke away from the Oromo Liberation Front, an opposition party that returned from exile after Abiy took office in 2018. The government blames the OLA for a series of massacres of ethnic Amhara civilians in Oromia, accusations the group rejects.

Odaa Tarbii, a spokesman for the OLA, said the group was "not surprised" by the decision. "Labelling us terrorists will not solve the political problems of this country," he told Al Jazeera.

TPLF leaders, many of whom are in hiding in Tigray's mountains, did not comment. The party has previously called the federal government "illegitimate" and said it will continue to fight until Eritrean and Amhara forces leave Tigray.

Fighting has raged in Tigray since November, when Abiy sent troops to oust the TPLF's regional government after attacks on federal army bases. Abiy declared victory after the capture of the regional capital, Mekelle, later that month, but battles have continued in rural areas.

Eritrean troops, who are backing the federal army, have been accused by residents and rights groups of killing hundreds of civilians in the town of Axum. Abiy said in March that Eritrea had agreed to withdraw its soldiers, but aid workers say they remain.

The United States has called for the withdrawal of Eritrean forces and for an independent investigation into abuses. Last month, Washington sent its special envoy for the Horn of Africa, Jeffrey Feltman, to Addis Ababa and Asmara.

The UN's humanitarian chief, Mark Lowcock, told the Security Council in April that sexual violence was being used as a weapon of war in Tigray.

The vote comes weeks before national elections scheduled for June, which Abiy has promised will be the freest in the country's history. Several opposition parties in Oromia have said they will not take part, citing the arrest of their leaders.
""", ["2021-05-06", "2021-05-07", "vote on Thursday 6 May 2021 after cabinet proposal on Saturday 1 May"],
[("Abiy Ahmed", "ETH", "Prime Minister"), ("Gedion Timothewos", "ETH", "Attorney General"), ("Odaa Tarbii", "ETH", "OLA spokesman"), ("Jeffrey Feltman", "USA", "special envoy for the Horn of Africa"), ("Mark Lowcock", "UNO", "UN humanitarian chief")],
[E("ETH", "ETH", "SANCTION ACCUSE", 1, "has voted to designate the Tigray People's Liberation Front (TPLF)"),
 E("ETH", "ETH", "SANCTION ACCUSE", 1, "along with the armed group known as Shene"),
 E("ETH", "ETH", "ACCUSE", 1, "These groups have carried out attacks on civilians"),
 E("ETH", "ETH", "ACCUSE", 1, "The government blames the OLA for a series of massacres"),
 E("ETH", "ETH", "REJECT", 1, "accusations the group rejects"),
 E("ETH", "ETH", "REJECT ACCUSE", 1, "Labelling us terrorists will not solve the political problems"),
 E("ETH", "ETH", "ACCUSE", 0, "called the federal government \"illegitimate\""),
 E("ETH", ["ERI", "ETH"], "THREATEN", 0, "it will continue to fight until Eritrean and Amhara forces leave Tigray"),
 E("ETH", "ETH", "ASSAULT", 0, "Abiy sent troops to oust the TPLF's regional government"),
 E("ERI", "ETH", "ASSAULT", 0, "killing hundreds of civilians in the town of Axum"),
 E("ERI", "ETH", "RETREAT AGREE", 0, "Eritrea had agreed to withdraw its soldiers"),
 E("USA", "ERI", "REQUEST", 1, "The United States has called for the withdrawal of Eritrean forces"),
 E("USA", "ETH", "CONSULT", 1, "sent its special envoy for the Horn of Africa, Jeffrey Feltman, to Addis Ababa"),
 E("USA", "ERI", "CONSULT", 1, "to Addis Ababa and Asmara"),
 E("UNO", "ETH", "ACCUSE", 1, "sexual violence was being used as a weapon of war in Tigray"),
 E("ETH", "ETH", "REJECT", 0, "have said they will not take part"),
 E("ETH", "ETH", "COERCE", 0, "citing the arrest of their leaders"),
], meta=dict(date="2021-05-06 18:05:41", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2021/5/6/ethiopia-parliament-designates-tplf-ola-terrorist-groups", desc="Lawmakers back cabinet proposal to label the Tigray People's Liberation Front and the Oromo Liberation Army 'terrorist' groups."))

A("CK10", "UN launches talks to resolve Sudan's post-coup political crisis", """
The United Nations has launched consultations aimed at ending the political crisis in Sudan, more than two months after a military coup derailed the country's transition to civilian rule.

Volker Perthes, the head of the UN Integrated Transition Assistance Mission in Sudan (UNITAMS), said on Monday that the talks would first involve separate meetings with the military, political parties, armed groups, civil society and the protest movement.

"The time has come to end the violence and enter into a comprehensive consultative process," Perthes told a news conference in Khartoum. "The UN will not propose a draft or a vision. We are here to facilitate, not to impose."

The Sovereign Council, headed by army chief General Abdel Fattah al-Burhan, welcomed the initiative in a statement, but said the solution must come from the Sudanese themselves.

The Forces of Freedom and Change (FFC), the main civilian coalition, said it had not received the details of the plan and would study it. The Sudanese Professionals Association, which spearheaded the protests that toppled Omar al-Bashir in 2019, rejected the initiative outright, saying it would not negotiate with the military.

"The only way forward is to bring down the coup," the association said in a statement. "There is no partnership and no negotiation with the putschists."

The neighbourhood resistance committees, which have organised most of the street protests, also refused to take part and called for fresh demonstrations on Thursday.

The United States, the United Kingdom, Norway and the European Union said they supported the UN effort. "We urge all parties to seize this opportunity," the Quad group of states including Saudi Arabia and the United Arab Emirates said in a joint statement.

The initiative comes a week after Prime Minister Abdalla Hamdok resigned, saying he had failed to bridge the gap between the army and civilians. Hamdok had been detained in the October 25 coup and later reinstated under a deal with al-Burhan that protesters rejected.

Security forces have killed at least 63 protesters since the coup, according to medics. On Sunday, a protester was shot dead in Omdurman, the Central Committee of Sudanese Doctors said.

The police have denied using live fire and have accused protesters of attacking police stations.

The African Union, which suspended Sudan after the coup, said it supported any effort that would lead to a civilian-led transition. Moussa Faki Mahamat, the chairperson of the AU Commission, said he was in contact with Perthes.

The military has promised to hold elections in July 2023 and has said it will hand power to an elected government.
""", ["2022-01-10", "2022-01-11", "Perthes launched talks on Monday 10 January 2022, a week after Hamdok resigned"],
[("Volker Perthes", "UNO", "head of UNITAMS"), ("Abdel Fattah al-Burhan", "SDN", "General, army chief, head of the Sovereign Council"), ("Omar al-Bashir", "SDN", "former leader"), ("Abdalla Hamdok", "SDN", "Prime Minister"), ("Moussa Faki Mahamat", "IGO", "chairperson of the AU Commission")],
[E("UNO", "SDN", "CONSULT", 1, "has launched consultations aimed at ending the political crisis in Sudan"),
 E("UNO", "SDN", "REQUEST", 0, "The time has come to end the violence"),
 E("SDN", "UNO", "SUPPORT", 1, "welcomed the initiative in a statement"),
 E("SDN", "UNO", "REJECT", 1, "rejected the initiative outright"),
 E("SDN", "SDN", "REJECT", 1, "saying it would not negotiate with the military"),
 E("SDN", "UNO", "REJECT", 1, "also refused to take part"),
 E("SDN", "SDN", "PROTEST", 1, "called for fresh demonstrations on Thursday"),
 E("USA", "UNO", "SUPPORT", 1, "said they supported the UN effort"),
 E("GBR", "UNO", "SUPPORT", 1, "said they supported the UN effort"),
 E("NOR", "UNO", "SUPPORT", 1, "said they supported the UN effort"),
 E("EUR", "UNO", "SUPPORT", 1, "said they supported the UN effort"),
 E(["USA", "GBR", "SAU", "ARE"], "SDN", "REQUEST", 0, "We urge all parties to seize this opportunity"),
 E("SDN", "SDN", "COERCE", 0, "Hamdok had been detained in the October 25 coup"),
 E("SDN", "SDN", "ASSAULT", 1, "a protester was shot dead in Omdurman"),
 E("SDN", "SDN", "REJECT", 1, "The police have denied using live fire"),
 E("SDN", "SDN", "ACCUSE", 1, "have accused protesters of attacking police stations"),
 E("IGO", "SDN", "SANCTION", 0, "which suspended Sudan after the coup"),
 E("IGO", "UNO", "SUPPORT", 0, "said it supported any effort that would lead to a civilian-led transition"),
 E("IGO", "UNO", "CONSULT", 0, "he was in contact with Perthes"),
], meta=dict(date="2022-01-10 16:48:12", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/1/10/un-launches-talks-to-resolve-sudan-post-coup-crisis", desc="UN envoy Volker Perthes says consultations will include the military, parties and protest groups, but key groups refuse to join."))

A("CK11", "Mali suspends French broadcasters RFI and France 24", """
Mali's military government has suspended the French public broadcasters Radio France Internationale (RFI) and France 24, accusing them of spreading false reports of abuses by the Malian army.

In a statement read on state television late on Wednesday, government spokesman Colonel Abdoulaye Maiga said the outlets had broadcast "false allegations" that soldiers had killed civilians, and that the suspension would remain in force until further notice.

"The transitional government firmly rejects these false accusations against our valiant armed forces," the statement said, adding that legal proceedings had been launched against the two channels.

The reports cited by the government concerned allegations, also documented by the UN and human rights groups, that soldiers and foreign fighters had executed civilians during operations in central Mali in recent weeks.

France Medias Monde, the state-owned group that owns both broadcasters, said it "deeply regretted" the decision and would use every legal means to keep its broadcasts available in Mali. Its director general, Marie-Christine Saragosse, called the move "a real attack on press freedom".

The French foreign ministry condemned the suspension. "France firmly condemns this decision and reaffirms its unwavering commitment to the freedom of the press," a spokeswoman said in a statement.

Reporters Without Borders (RSF), the press freedom group, said the decision was "a serious blow" and called on the authorities to reverse it.

The move is the latest in a series of steps that have soured relations between Bamako and Paris. In January, Mali expelled the French ambassador, Joel Meyer, after French Foreign Minister Jean-Yves Le Drian called the military government "illegitimate". Last month, President Emmanuel Macron announced that French troops would leave Mali after nearly a decade of fighting armed groups there.

France and its allies accuse Mali of deploying fighters from the Russian private military company Wagner. Malian officials deny this and say Russian military "instructors" are in the country under a bilateral agreement with Moscow.

Human Rights Watch said on Tuesday that at least 71 civilians had been killed by Malian soldiers in the central and southwestern parts of the country since December. The army has not responded to the report.

The suspension takes effect in a country where RFI is one of the most listened-to radio stations and an important source of news in rural areas. Several Malian journalists said they feared the move would encourage self-censorship.

Mali has been ruled by the military since August 2020, when officers led by Colonel Assimi Goita overthrew President Ibrahim Boubacar Keita. Goita staged a second coup in May 2021.
""", ["2022-03-17", "2022-03-17", "suspension announced late Wednesday 16 March 2022; HRW report 'on Tuesday' (15 March)"],
[("Abdoulaye Maiga", "MLI", "government spokesman, Colonel"), ("Marie-Christine Saragosse", "FRA", "director general, France Medias Monde"), ("Joel Meyer", "FRA", "ambassador to Mali"), ("Jean-Yves Le Drian", "FRA", "Foreign Minister"), ("Emmanuel Macron", "FRA", "President"), ("Assimi Goita", "MLI", "Colonel, military leader"), ("Ibrahim Boubacar Keita", "MLI", "President")],
[E("MLI", "FRA", "SANCTION COERCE", 1, "has suspended the French public broadcasters Radio France Internationale (RFI) and France 24"),
 E("MLI", "FRA", "ACCUSE", 1, "accusing them of spreading false reports of abuses by the Malian army"),
 E("MLI", "FRA", "REJECT", 1, "firmly rejects these false accusations against our valiant armed forces"),
 E("MLI", "FRA", "COERCE", 0, "legal proceedings had been launched against the two channels"),
 E(["UNO", "NGO"], "MLI", "ACCUSE", 0, "also documented by the UN and human rights groups"),
 E("FRA", "MLI", "ACCUSE PROTEST", 1, "called the move \"a real attack on press freedom\""),
 E("FRA", "MLI", "ACCUSE PROTEST", 1, "The French foreign ministry condemned the suspension"),
 E("NGO", "MLI", "REQUEST", 1, "called on the authorities to reverse it"),
 E("NGO", "MLI", "ACCUSE", 0, "the decision was \"a serious blow\""),
 E("MLI", "FRA", "COERCE", 1, "Mali expelled the French ambassador, Joel Meyer"),
 E("FRA", "MLI", "ACCUSE", 1, "called the military government \"illegitimate\""),
 E("FRA", "MLI", "RETREAT", 1, "French troops would leave Mali"),
 E("FRA", "MLI", "ACCUSE", 1, "France and its allies accuse Mali of deploying fighters"),
 E("MLI", "FRA", "REJECT", 1, "Malian officials deny this"),
 E("MLI", "RUS", "COOPERATE AGREE", 0, "under a bilateral agreement with Moscow", sym=True),
 E("NGO", "MLI", "ACCUSE", 1, "at least 71 civilians had been killed by Malian soldiers"),
 E("MLI", "MLI", "ASSAULT", 0, "had been killed by Malian soldiers"),
 E("MLI", "MLI", "COERCE", 0, "officers led by Colonel Assimi Goita overthrew President Ibrahim Boubacar Keita"),
], meta=dict(date="2022-03-17 09:12:40", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/3/17/mali-suspends-french-broadcasters-rfi-and-france-24", desc="Military government accuses the outlets of false reports of army abuses as relations with Paris sour further."))

A("CK12", "Myanmar's coup leader Min Aung Hlaing visits Russia for security conference", """
Myanmar's military chief, Senior General Min Aung Hlaing, has arrived in Russia for a security conference, in his second known trip abroad since he led the coup that removed the elected government of Aung San Suu Kyi in February.

Russia's state news agency RIA Novosti reported that Min Aung Hlaing landed in Moscow on Sunday at the head of a military delegation, and that he would attend the annual Moscow Conference on International Security this week.

During the visit, he held talks with Russian Defence Minister Sergei Shoigu and Nikolai Patrushev, the secretary of Russia's Security Council, according to Myanmar's state-run MRTV television.

"Relations between our countries are getting stronger day by day," Min Aung Hlaing told RIA Novosti in an interview. "Russia has always supported us."

Shoigu said Moscow valued its ties with Myanmar and intended to deepen military cooperation. "Myanmar is a reliable and time-tested partner of Russia in Southeast Asia," he said, according to the Russian defence ministry.

Russia is the second-largest arms supplier to Myanmar's military after China. Deputy Defence Minister Alexander Fomin attended the military's Armed Forces Day parade in Naypyidaw in March, on a day when security forces killed more than 100 anti-coup protesters.

The visit came days after the UN General Assembly called on member states to stop the flow of arms into Myanmar in a non-binding resolution. Russia abstained in the vote, and the Kremlin has criticised Western sanctions on the generals as counterproductive.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to meet the Myanmar general. "This is a visit within the framework of the conference," Peskov told reporters.

Myanmar's National Unity Government, formed by ousted legislators, condemned the trip. "Russia is arming a junta that is killing its own people," Dr Sasa, the NUG's spokesman, said in a statement. "Every weapon sold to them will be used against civilians."

Human rights groups have called on Moscow to halt weapons deliveries. Amnesty International said the reception given to Min Aung Hlaing showed "an appalling disregard" for the lives of Myanmar's people.

The military has justified its takeover by alleging fraud in the November 2020 election, which Suu Kyi's National League for Democracy won by a wide margin. Independent observers said the vote was largely free and fair.

The United States, the European Union and the United Kingdom have imposed sanctions on military leaders and on companies controlled by the armed forces. ASEAN leaders agreed with Min Aung Hlaing in April on a plan calling for an end to violence and for dialogue, but the military has made little progress in carrying it out.

More than 870 people have been killed by security forces since the coup, according to a local monitoring group.
""", ["2021-06-22", "2021-06-23", "arrived in Moscow on Sunday 20 June 2021; talks with Shoigu held 22 June, reported here; days after the 18 June UNGA vote"],
[("Min Aung Hlaing", "MMR", "Senior General, military chief"), ("Aung San Suu Kyi", "MMR", "leader of the elected government"), ("Sergei Shoigu", "RUS", "Defence Minister"), ("Nikolai Patrushev", "RUS", "secretary of the Security Council"), ("Alexander Fomin", "RUS", "Deputy Defence Minister"), ("Dmitry Peskov", "RUS", "Kremlin spokesman"), ("Vladimir Putin", "RUS", "President"), ("Sasa", "MMR", "spokesman of the National Unity Government")],
[E("MMR", "RUS", "CONSULT", 1, "has arrived in Russia for a security conference"),
 E("MMR", "RUS", "CONSULT", 1, "held talks with Russian Defence Minister Sergei Shoigu"),
 E("MMR", "RUS", "CONSULT", 0, "and Nikolai Patrushev, the secretary of Russia's Security Council"),
 E("RUS", "MMR", "SUPPORT", 0, "Russia has always supported us"),
 E("RUS", "MMR", "COOPERATE AGREE", 1, "intended to deepen military cooperation"),
 E("RUS", "MMR", "SUPPORT", 0, "Myanmar is a reliable and time-tested partner of Russia"),
 E("RUS", "MMR", "AID COOPERATE", 0, "Russia is the second-largest arms supplier"),
 E("RUS", "MMR", "CONSULT SUPPORT", 0, "attended the military's Armed Forces Day parade in Naypyidaw"),
 E("MMR", "MMR", "ASSAULT", 1, "security forces killed more than 100 anti-coup protesters"),
 E("UNO", "MMR", "REQUEST SANCTION", 0, "called on member states to stop the flow of arms into Myanmar"),
 E("RUS", "WST", "ACCUSE", 1, "the Kremlin has criticised Western sanctions on the generals as counterproductive"),
 E("RUS", "MMR", "REJECT", 0, "had no plans to meet the Myanmar general"),
 E("MMR", "RUS", "ACCUSE", 1, "Russia is arming a junta that is killing its own people"),
 E("MMR", "MMR", "ACCUSE", 0, "Every weapon sold to them will be used against civilians"),
 E("NGO", "RUS", "REQUEST", 1, "Human rights groups have called on Moscow to halt weapons deliveries"),
 E("NGO", "RUS", "ACCUSE", 1, "showed \"an appalling disregard\""),
 E("MMR", "MMR", "ACCUSE", 0, "alleging fraud in the November 2020 election"),
 E("USA", "MMR", "SANCTION", 1, "have imposed sanctions on military leaders"),
 E("EUR", "MMR", "SANCTION", 1, "The United States, the European Union and the United Kingdom have imposed sanctions"),
 E("GBR", "MMR", "SANCTION", 1, "The United States, the European Union and the United Kingdom have imposed sanctions"),
 E("IGO", "MMR", "AGREE", 0, "ASEAN leaders agreed with Min Aung Hlaing in April", sym=True),
 E("MMR", "MMR", "ASSAULT", 0, "More than 870 people have been killed by security forces"),
], meta=dict(date=None, authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/6/22/myanmar-coup-leader-min-aung-hlaing-visits-russia", desc="Senior General Min Aung Hlaing meets Russia's defence minister as rights groups urge Moscow to stop arming Myanmar's military."))

A("CK13", "China's Wang Yi makes surprise visit to Taliban-ruled Afghanistan", """
Chinese Foreign Minister Wang Yi has made an unannounced visit to Afghanistan, the most senior Chinese official to travel to the country since the Taliban seized power in August.

Wang arrived in Kabul on Thursday and held talks with the Taliban's acting deputy prime minister, Abdul Ghani Baradar, and acting foreign minister, Amir Khan Muttaqi, a Taliban spokesman said.

Abdul Qahar Balkhi, a spokesman for the Taliban-run foreign ministry, said the two sides discussed political and economic relations, the possible start of work on mining projects, and Afghanistan's role in China's Belt and Road Initiative. "The Chinese side expressed its readiness to invest in Afghanistan," Balkhi said on Twitter.

According to China's state news agency Xinhua, Wang said Beijing respected Afghanistan's independence and sovereignty and would never interfere in its internal affairs. He also called on the Taliban to cut ties with armed groups, including the East Turkestan Islamic Movement (ETIM), which China blames for attacks in its western Xinjiang region.

"Afghanistan should never again become a haven for terrorist forces," Wang told his hosts, according to Xinhua.

Muttaqi assured the Chinese delegation that Afghan soil would not be used against any country, Balkhi said.

No country has formally recognised the Taliban government, and Beijing stopped short of doing so on Thursday. But China, which shares a narrow border with Afghanistan, has kept its embassy in Kabul open and has sent several shipments of food and medicine since the takeover.

The visit came a day after the Taliban reversed a decision to reopen secondary schools for girls, drawing condemnation from the United Nations, the United States and rights groups. The Chinese foreign minister did not mention the issue publicly.

Wang's trip was part of a regional tour that included a meeting of the Organisation of Islamic Cooperation in Islamabad. From Kabul he was due to travel to India, in the first visit by a senior Chinese official since deadly border clashes between the two countries in 2020.

China is set to host a meeting of foreign ministers from Afghanistan's neighbours at the end of the month in the eastern province of Anhui. The Taliban delegation is expected to attend, along with ministers from Pakistan, Iran and Russia.

The US special representative for Afghanistan, Thomas West, said Washington would also be represented at a separate meeting on Afghanistan in China. The US has frozen about $9bn of Afghanistan's central bank assets, and the Taliban have repeatedly demanded that the money be released.

Afghanistan's economy has collapsed since the Taliban takeover, and the UN says more than half the population faces acute hunger.
""", ["2022-03-24", "2022-03-25", "Wang arrived in Kabul on Thursday 24 March 2022, a day after the girls' schools reversal"],
[("Wang Yi", "CHN", "Foreign Minister"), ("Abdul Ghani Baradar", "AFG", "acting deputy prime minister"), ("Amir Khan Muttaqi", "AFG", "acting foreign minister"), ("Abdul Qahar Balkhi", "AFG", "foreign ministry spokesman"), ("Thomas West", "USA", "special representative for Afghanistan")],
[E("CHN", "AFG", "CONSULT", 1, "has made an unannounced visit to Afghanistan"),
 E("CHN", "AFG", "CONSULT", 1, "held talks with the Taliban's acting deputy prime minister"),
 E("CHN", "AFG", "AGREE COOPERATE", 1, "expressed its readiness to invest in Afghanistan"),
 E("CHN", "AFG", "SUPPORT", 1, "Beijing respected Afghanistan's independence and sovereignty"),
 E("CHN", "AFG", "REQUEST", 1, "called on the Taliban to cut ties with armed groups"),
 E("CHN", "CHN", "ACCUSE", 0, "which China blames for attacks in its western Xinjiang region"),
 E("AFG", "CHN", "AGREE", 1, "Muttaqi assured the Chinese delegation that Afghan soil would not be used"),
 E("CHN", "AFG", "REJECT", 0, "Beijing stopped short of doing so on Thursday"),
 E("CHN", "AFG", "AID", 1, "has sent several shipments of food and medicine"),
 E("AFG", "AFG", "COERCE REJECT", 0, "the Taliban reversed a decision to reopen secondary schools for girls"),
 E("UNO", "AFG", "ACCUSE", 1, "drawing condemnation from the United Nations, the United States and rights groups"),
 E("USA", "AFG", "ACCUSE", 1, "drawing condemnation from the United Nations, the United States and rights groups"),
 E("CHN", "PAK", "CONSULT", 0, "a meeting of the Organisation of Islamic Cooperation in Islamabad"),
 E("CHN", "IND", "CONSULT", 1, "From Kabul he was due to travel to India"),
 E("CHN", "IND", "ASSAULT", 0, "deadly border clashes between the two countries in 2020", sym=True),
 E("AFG", "CHN", "CONSULT", 0, "The Taliban delegation is expected to attend"),
 E("USA", "AFG", "SANCTION", 1, "The US has frozen about $9bn of Afghanistan's central bank assets"),
 E("AFG", "USA", "REQUEST", 1, "the Taliban have repeatedly demanded that the money be released"),
], meta=dict(date="2022-03-24 13:20:55", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/3/24/chinas-wang-yi-makes-surprise-visit-to-taliban-ruled-afghanistan", desc="Foreign Minister Wang Yi meets Taliban leaders in Kabul to discuss mining, trade and security, the highest-level Chinese visit since August."))

A("CK14", "Blinken urges Pakistan to seek debt relief from China after floods", """
US Secretary of State Antony Blinken has urged Pakistan to seek debt relief from China to help it recover from catastrophic floods, during talks in Washington with Pakistan's Foreign Minister Bilawal Bhutto Zardari.

"I urged our colleagues to engage China on some of the important issues of debt relief and restructuring so that Pakistan can more quickly recover from the floods," Blinken told reporters on Monday after the meeting at the State Department.

Bilawal, who was on his first official visit to Washington since taking office in April, thanked the United States for its aid and appealed for more international help. "This is not a crisis of our making," he said. "Pakistan contributes less than 1 percent of global emissions, and yet we are on the front line of climate catastrophe."

Blinken announced an additional $10m in food assistance, bringing total US flood aid to Pakistan to more than $66m. The US military has also flown relief supplies into the country.

The floods, caused by record monsoon rains and melting glaciers, have killed more than 1,600 people since June and affected 33 million, according to Pakistani officials. About a third of the country was under water at the peak of the disaster.

Pakistan owes China an estimated $30bn, much of it linked to infrastructure projects under the China-Pakistan Economic Corridor, part of Beijing's Belt and Road Initiative.

China rejected the suggestion that its loans were a burden. "We hope the US will do something practical and beneficial for the Pakistani people, instead of making unwarranted criticism of China-Pakistan cooperation," foreign ministry spokesman Wang Wenbin told reporters in Beijing on Tuesday.

Bilawal said Islamabad would not seek to reschedule its debts to Paris Club creditors for now, but would ask lenders for breathing room. He also called on rich countries to compensate nations hit by climate change.

The meeting was seen as a sign of warming ties after years of strain under former Prime Minister Imran Khan, who has accused Washington of conspiring with his opponents to remove him from power in April. The US has repeatedly denied the claim.

Blinken also raised the issue of Afghanistan, saying the two countries shared an interest in making sure the Taliban kept their commitments on counterterrorism. The US killed al-Qaeda leader Ayman al-Zawahiri in a drone strike in Kabul in July.

Earlier this month, Washington approved a $450m package to sustain Pakistan's fleet of F-16 fighter jets, a decision that drew a protest from India. Indian Foreign Minister S Jaishankar questioned the deal, saying it was not fooling anyone.

UN Secretary-General Antonio Guterres, who visited Pakistan this month, has called for massive support for the country and said the world owed it a debt of solidarity.
""", ["2022-09-27", "2022-09-28", "Blinken-Bilawal meeting on Monday 26 September 2022; Chinese reply 'on Tuesday' puts publication on or after 27 September"],
[("Antony Blinken", "USA", "Secretary of State"), ("Bilawal Bhutto Zardari", "PAK", "Foreign Minister"), ("Wang Wenbin", "CHN", "foreign ministry spokesman"), ("Imran Khan", "PAK", "former Prime Minister"), ("Ayman al-Zawahiri", "EGY", "al-Qaeda leader"), ("S Jaishankar", "IND", "Foreign Minister"), ("Antonio Guterres", "UNO", "UN Secretary-General")],
[E("USA", "PAK", "REQUEST", 1, "has urged Pakistan to seek debt relief from China"),
 E("PAK", "USA", "CONSULT", 1, "during talks in Washington with Pakistan's Foreign Minister Bilawal Bhutto Zardari"),
 E("PAK", "USA", "SUPPORT", 0, "thanked the United States for its aid"),
 E("PAK", ["WST", "USA"], "REQUEST", 1, "appealed for more international help"),
 E("USA", "PAK", "AID", 1, "Blinken announced an additional $10m in food assistance"),
 E("USA", "PAK", "AID", 1, "The US military has also flown relief supplies into the country"),
 E("CHN", "USA", "REJECT", 1, "China rejected the suggestion that its loans were a burden"),
 E("CHN", "USA", "ACCUSE", 1, "instead of making unwarranted criticism of China-Pakistan cooperation"),
 E("PAK", "WST", "REQUEST", 1, "called on rich countries to compensate nations hit by climate change"),
 E("PAK", "USA", "ACCUSE", 0, "has accused Washington of conspiring with his opponents"),
 E("USA", "PAK", "REJECT", 0, "The US has repeatedly denied the claim"),
 E("USA", "AFG", "ASSAULT", 0, "The US killed al-Qaeda leader Ayman al-Zawahiri in a drone strike in Kabul"),
 E("USA", "PAK", "AID COOPERATE", 1, "Washington approved a $450m package to sustain Pakistan's fleet of F-16 fighter jets"),
 E("IND", "USA", "PROTEST ACCUSE", 1, "a decision that drew a protest from India"),
 E("UNO", "PAK", "CONSULT", 0, "who visited Pakistan this month"),
 E("UNO", "PAK", "SUPPORT REQUEST", 0, "has called for massive support for the country"),
], meta=dict(date=None, authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/9/27/blinken-urges-pakistan-to-seek-debt-relief-from-china", desc="US secretary of state meets Bilawal Bhutto Zardari in Washington and announces more flood aid."))
