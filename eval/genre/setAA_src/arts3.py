# Articles AA14..AA20. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AA14", fmt="txt",
headline="Mozambique: Dozens killed as ISIL-linked fighters seize Palma",
body="""
Dozens of civilians have been killed in an assault by ISIL-linked fighters on the town of Palma in northern Mozambique, the government has said, as thousands of residents fled by boat and on foot into the surrounding bush.

The fighters stormed the coastal town in Cabo Delgado province on Wednesday afternoon, attacking banks, a military barracks and the police station, and besieging a hotel where hundreds of foreign and local workers had taken shelter.

Defence ministry spokesman Omar Saranga told reporters on Sunday that "dozens of defenceless people" had been killed, some of them beheaded, and that government forces were fighting to regain control. "The security forces are working tirelessly to restore order," he said.

A convoy of 17 vehicles that tried to break out of the Amarula hotel on Friday was ambushed, and only seven vehicles reached safety. A South African private security firm contracted by the police used helicopters to airlift survivors from rooftops.

Palma lies a few kilometres from a $20bn liquefied natural gas project led by French energy company Total, which had resumed work at the site only days earlier. Total said it was pulling staff out and suspending activity.

ISIL claimed responsibility on Monday through its Amaq news agency, saying its fighters had taken control of the town after killing 55 people, including soldiers.

The United States condemned the "senseless violence" and said it remained committed to helping Mozambique counter the armed group. US special forces began training Mozambican marines this month. Portugal, the former colonial power, said it would send about 60 soldiers to help train local troops.

South Africa's president, Cyril Ramaphosa, said regional leaders in the Southern African Development Community would meet to discuss a response.

The armed group, known locally as al-Shabab, has waged an uprising in Cabo Delgado since 2017. The conflict has killed more than 2,600 people and displaced some 700,000, according to aid agencies.
""",
pub=("2021-03-29", "2021-03-29", "attack Wednesday 24 March 2021; spokesman 'on Sunday' (28th), ISIL claim 'on Monday' (29th)"),
people=[("Omar Saranga", "MOZ", "Defence ministry spokesman"),
        ("Cyril Ramaphosa", "ZAF", "President")],
events=[
 ("MOZ|IGO", "MOZ", "ASSAULT", 1, "an assault by ISIL-linked fighters on the town of Palma", 0),
 ("MOZ|IGO", "MOZ", "ASSAULT", 0, "attacking banks, a military barracks and the police station", 0),
 ("MOZ", "MOZ|IGO", "ASSAULT", 1, "government forces were fighting to regain control", 1),
 ("MOZ|IGO", "MOZ", "ASSAULT", 1, "was ambushed", 0),
 ("ZAF", "MOZ", "AID/COOPERATE", 0, "A South African private security firm contracted by the police", 0),
 ("MNC|FRA", "MOZ", "RETREAT", 1, "Total said it was pulling staff out and suspending activity", 0),
 ("MOZ|IGO", "MOZ", "ASSAULT", 0, "ISIL claimed responsibility on Monday", 0),
 ("USA", "MOZ|IGO", "ACCUSE", 1, "The United States condemned the \"senseless violence\"", 0),
 ("USA", "MOZ", "AID/SUPPORT", 1, "remained committed to helping Mozambique counter the armed group", 0),
 ("USA", "MOZ", "AID", 1, "US special forces began training Mozambican marines", 0),
 ("PRT", "MOZ", "AID", 1, "would send about 60 soldiers to help train local troops", 0),
 ("ZAF|IGO", "MOZ", "CONSULT", 0, "would meet to discuss a response", 0),
 ("MOZ|IGO", "MOZ", "ASSAULT", 0, "has waged an uprising in Cabo Delgado since 2017", 0),
]))

ARTS.append(dict(
id="AA15", fmt="json",
meta=dict(date_publish="2021-05-26 11:05:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2021/5/26/mali-goita-strips-president-pm-of-powers",
          source_domain="www.aljazeera.com",
          description="Colonel Assimi Goita says he has stripped Mali's transitional president and prime minister of their powers, drawing condemnation from ECOWAS, the AU and the UN."),
headline="Mali's Goita strips interim president and PM of powers after arrests",
body="""
Mali's military strongman Colonel Assimi Goita has stripped the country's interim president and prime minister of their powers, accusing them of trying to sabotage the transition, in the country's second coup in nine months.
President Bah Ndaw and Prime Minister Moctar Ouane were detained by soldiers on Monday and taken to the military base at Kati, outside the capital Bamako, hours after a government reshuffle in which two senior officers lost their posts.
In a statement read on state television, Goita, who is the transitional vice president, said the two men had formed the new cabinet without consulting him and had therefore "violated the transitional charter". He said elections would still go ahead as planned in 2022.
The West African regional bloc ECOWAS, the African Union, the United Nations, the European Union and the United States issued a joint statement condemning the arrests and demanding the "immediate and unconditional release" of the two leaders. "The international community rejects in advance any act imposed by coercion," they said.
A delegation led by former Nigerian President Goodluck Jonathan, the ECOWAS mediator for Mali, arrived in Bamako on Tuesday for talks with the military.
French President Emmanuel Macron called the takeover "a coup within a coup" and warned that the EU was ready to impose targeted sanctions. France has more than 5,000 troops in the Sahel fighting armed groups.
Goita led the August 2020 coup that toppled President Ibrahim Boubacar Keita after weeks of mass protests. Under pressure from ECOWAS, the military then agreed to an 18-month transition headed by civilians.
Analysts said the latest crisis reflected growing tension between the army and the civilian side of the transition, and raised doubts about Mali's fight against armed groups linked to al-Qaeda and ISIL.
""",
pub=("2021-05-26", "2021-05-26", "date_publish; arrests Monday 24 May 2021, Goita statement 25 May"),
people=[("Assimi Goita", "MLI", "Colonel, transitional vice president"),
        ("Bah Ndaw", "MLI", "interim President"),
        ("Moctar Ouane", "MLI", "interim Prime Minister"),
        ("Goodluck Jonathan", "NGA", "former Nigerian President, ECOWAS mediator"),
        ("Emmanuel Macron", "FRA", "President"),
        ("Ibrahim Boubacar Keita", "MLI", "former President")],
events=[
 ("MLI", "MLI", "COERCE", 1, "has stripped the country's interim president and prime minister of their powers", 0),
 ("MLI", "MLI", "ACCUSE", 1, "accusing them of trying to sabotage the transition", 0),
 ("MLI", "MLI", "COERCE", 1, "were detained by soldiers on Monday", 0),
 ("MLI", "MLI", "ACCUSE", 0, "\"violated the transitional charter\"", 0),
 ("IGO", "MLI", "ACCUSE/REQUEST", 1, "issued a joint statement condemning the arrests", 0),
 ("UNO", "MLI", "ACCUSE/REQUEST", 1, "issued a joint statement condemning the arrests", 0),
 ("EUR", "MLI", "ACCUSE/REQUEST", 1, "issued a joint statement condemning the arrests", 0),
 ("USA", "MLI", "ACCUSE/REQUEST", 1, "issued a joint statement condemning the arrests", 0),
 ("IGO|UNO|EUR|USA", "MLI", "REJECT", 0, "rejects in advance any act imposed by coercion", 0),
 ("IGO|NGA", "MLI", "CONSULT", 1, "arrived in Bamako on Tuesday for talks with the military", 0),
 ("FRA", "MLI", "ACCUSE", 1, "called the takeover \"a coup within a coup\"", 0),
 ("FRA|EUR", "MLI", "THREATEN", 1, "warned that the EU was ready to impose targeted sanctions", 0),
 ("MLI", "MLI", "COERCE", 0, "led the August 2020 coup that toppled President Ibrahim Boubacar Keita", 0),
 ("MLI", "IGO", "CONCEDE/AGREE", 0, "agreed to an 18-month transition headed by civilians", 0),
]))

ARTS.append(dict(
id="AA16", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="Ethiopia expels seven UN officials for 'meddling' in internal affairs",
body="""
Ethiopia has ordered seven senior United Nations officials to leave the country within 72 hours, accusing them of "meddling" in its internal affairs, as the UN warns that hundreds of thousands of people in the war-torn Tigray region face famine.

The foreign ministry said on Thursday that the officials, including staff of the UN children's agency UNICEF and the UN humanitarian coordination office OCHA, had been declared "persona non grata". It did not give details of their alleged wrongdoing.

UN Secretary-General Antonio Guterres said he was "shocked" by the decision and that the UN was engaging with the Ethiopian government "in the expectation that the concerned UN staff will be allowed to continue their important work".

The expulsions came two days after the UN's humanitarian chief, Martin Griffiths, said a "de facto blockade" of aid was keeping food and medicine out of Tigray and that people there were starving. Only about 10 percent of the supplies needed have reached the region since July, according to the UN.

The White House condemned the move "in the strongest terms" and said Washington would not hesitate to use a new sanctions regime against those obstructing humanitarian assistance. US Secretary of State Antony Blinken urged the UN Security Council to act.

Ethiopian government spokesperson Legesse Tulu said the government was committed to helping all those in need and rejected claims that it was blocking aid. Officials have previously accused aid workers of arming and siding with Tigrayan forces.

The war erupted in November last year when Prime Minister Abiy Ahmed sent troops into Tigray to remove the region's former ruling party, the Tigray People's Liberation Front (TPLF), which he accused of attacking army camps. Thousands of people have been killed.

The TPLF said the expulsions showed that Abiy's government was trying to hide its use of starvation as a weapon of war.
""",
pub=("2021-09-30", "2021-10-01", "expulsion announced Thursday 30 September 2021; Griffiths remarks two days earlier"),
people=[("Antonio Guterres", "UNO", "UN Secretary-General"),
        ("Martin Griffiths", "UNO", "UN humanitarian chief"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Legesse Tulu", "ETH", "government spokesperson"),
        ("Abiy Ahmed", "ETH", "Prime Minister")],
events=[
 ("ETH", "UNO", "COERCE", 1, "has ordered seven senior United Nations officials to leave the country within 72 hours", 0),
 ("ETH", "UNO", "ACCUSE", 1, "accusing them of \"meddling\" in its internal affairs", 0),
 ("ETH", "UNO", "COERCE/SANCTION", 0, "had been declared \"persona non grata\"", 0),
 ("UNO", "ETH", "ACCUSE/PROTEST", 1, "was \"shocked\" by the decision", 0),
 ("UNO", "ETH", "CONSULT/REQUEST", 1, "the UN was engaging with the Ethiopian government", 0),
 ("UNO", "ETH", "ACCUSE", 1, "a \"de facto blockade\" of aid was keeping food and medicine out of Tigray", 0),
 ("USA", "ETH", "ACCUSE", 1, "The White House condemned the move \"in the strongest terms\"", 0),
 ("USA", "ETH", "THREATEN", 1, "would not hesitate to use a new sanctions regime", 0),
 ("USA", "UNO", "REQUEST", 1, "urged the UN Security Council to act", 0),
 ("ETH", "UNO", "REJECT", 1, "rejected claims that it was blocking aid", 0),
 ("ETH", "NGO|UNO", "ACCUSE", 0, "accused aid workers of arming and siding with Tigrayan forces", 0),
 ("ETH", "ETH", "ASSAULT/MOBILIZE", 0, "sent troops into Tigray", 0),
 ("ETH", "ETH", "ACCUSE", 0, "which he accused of attacking army camps", 0),
 ("ETH", "ETH", "ACCUSE", 1, "trying to hide its use of starvation as a weapon of war", 0),
]))

ARTS.append(dict(
id="AA17", fmt="json",
meta=dict(date_publish="2021-10-13 08:20:00", authors=["Al Jazeera Staff"],
          url="https://www.aljazeera.com/news/2021/10/13/kenya-rejects-icj-ruling-somalia-maritime-dispute",
          source_domain="www.aljazeera.com",
          description="Kenya says it does not recognise the International Court of Justice's decision largely favouring Somalia in a dispute over a stretch of the Indian Ocean."),
headline="Kenya rejects ICJ ruling in maritime border dispute with Somalia",
body="""
Kenya has said it "rejects in totality" a ruling by the International Court of Justice that awarded Somalia most of a disputed, potentially oil-rich area of the Indian Ocean, deepening a row between the East African neighbours.
The UN's top court in The Hague on Tuesday drew a new maritime boundary that largely followed the line claimed by Mogadishu, and rejected Nairobi's argument that Somalia had long accepted a border running due east along the line of latitude.
In a statement, President Uhuru Kenyatta said the decision was "a zero-sum judgement" that would strain relations between the two countries and threatened peace and security in the region. He accused the court of bias and said Kenya would "pursue all measures at its disposal" to protect its territory.
Kenya had withdrawn from the proceedings in March, after the court refused its request for a further delay of the hearings, and said it no longer recognised the court's jurisdiction in the case.
Somalia's President Mohamed Abdullahi Mohamed, known as Farmaajo, welcomed the ruling as a victory and called on Kenya to respect international law. "Kenya should take this as an opportunity to strengthen relations between our two peoples," he said in a televised address.
The court also rejected Somalia's claim for compensation, finding that Kenya had not violated its obligations through activities in the area.
Relations between the neighbours have been rocky. Somalia cut diplomatic ties with Kenya in December, accusing it of interfering in its politics by hosting leaders from the Jubaland region. The two countries restored relations in May after mediation by Qatar.
Kenya contributes thousands of troops to the African Union force fighting al-Shabab in Somalia, and analysts said Nairobi might use that role as leverage.
""",
pub=("2021-10-13", "2021-10-13", "date_publish; ICJ ruling Tuesday 12 October 2021"),
people=[("Uhuru Kenyatta", "KEN", "President"),
        ("Mohamed Abdullahi Mohamed", "SOM", "President"),
        ],
events=[
 ("KEN", "UNO|IGO", "REJECT", 1, "\"rejects in totality\" a ruling by the International Court of Justice", 0),
 ("UNO|IGO", "SOM|KEN", "AGREE/SUPPORT", 0, "awarded Somalia most of a disputed, potentially oil-rich area", 0),
 ("UNO|IGO", "KEN", "REJECT", 1, "rejected Nairobi's argument", 0),
 ("KEN", "SOM", "THREATEN/ACCUSE", 0, "threatened peace and security in the region", 0),
 ("KEN", "UNO|IGO", "ACCUSE", 1, "He accused the court of bias", 0),
 ("KEN", "SOM|UNO|IGO", "THREATEN", 1, "would \"pursue all measures at its disposal\" to protect its territory", 0),
 ("KEN", "UNO|IGO", "RETREAT/REJECT", 1, "Kenya had withdrawn from the proceedings in March", 0),
 ("UNO|IGO", "KEN", "REJECT", 0, "the court refused its request for a further delay", 0),
 ("SOM", "UNO|IGO", "SUPPORT", 1, "welcomed the ruling as a victory", 0),
 ("SOM", "KEN", "REQUEST", 1, "called on Kenya to respect international law", 0),
 ("UNO|IGO", "SOM", "REJECT", 1, "The court also rejected Somalia's claim for compensation", 0),
 ("SOM", "KEN", "SANCTION/REJECT", 0, "Somalia cut diplomatic ties with Kenya in December", 0),
 ("SOM", "KEN", "ACCUSE", 0, "accusing it of interfering in its politics", 0),
 ("SOM", "KEN", "AGREE/COOPERATE", 0, "The two countries restored relations in May", 1),
 ("QAT", "SOM|KEN", "COOPERATE/AID", 0, "after mediation by Qatar", 0),
 ("KEN", "SOM", "AID", 0, "Kenya contributes thousands of troops to the African Union force", 0),
]))

ARTS.append(dict(
id="AA18", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Guinea-Bissau president says coup attempt defeated after hours of gunfire",
body="""
Guinea-Bissau's President Umaro Sissoco Embalo says he is "well and safe" after an attempted coup in which gunmen attacked the government palace in the capital, Bissau, while he was chairing a cabinet meeting.

Heavy gunfire was heard for about five hours on Tuesday around the palace, where Embalo and Prime Minister Nuno Gomes Nabiam had gathered with ministers. Soldiers loyal to the government eventually drove off the attackers.

Speaking to reporters late on Tuesday, Embalo said "many" members of the security forces had been killed and that the attack had been "well prepared and organised". He linked it to people involved in drug trafficking, without naming them, saying his government's campaign against the trade had made him enemies.

"It was not just a coup. It was an attempt to kill the president, the prime minister and all the cabinet," he said.

Several suspects were arrested on Wednesday, a government spokesman said.

The West African bloc ECOWAS condemned what it called an attempted coup and said it held the military responsible for the safety of the president. Its leaders said on Thursday they would send a stabilisation force to the country.

African Union Commission chairman Moussa Faki Mahamat called on the army to return to its barracks, and UN Secretary-General Antonio Guterres said he was deeply concerned. Portugal, the former colonial power, also condemned the violence.

The attack came days after soldiers in Burkina Faso ousted President Roch Marc Christian Kabore, the latest in a string of coups in West Africa. Guinea-Bissau itself has experienced four successful coups and more than a dozen attempts since independence from Portugal in 1974.

The small country has become a transit hub for cocaine smuggled from Latin America to Europe, and officials have long been accused of involvement in the trade.
""",
pub=("2022-02-03", "2022-02-04", "attack Tuesday 1 February 2022; arrests 'on Wednesday', ECOWAS 'on Thursday' (3 February)"),
people=[("Umaro Sissoco Embalo", "GNB", "President"),
        ("Nuno Gomes Nabiam", "GNB", "Prime Minister"),
        ("Moussa Faki Mahamat", "IGO", "African Union Commission chairman"),
        ("Antonio Guterres", "UNO", "UN Secretary-General"),
        ("Roch Marc Christian Kabore", "BFA", "President")],
events=[
 ("GNB", "GNB", "ASSAULT", 1, "gunmen attacked the government palace", 0),
 ("GNB", "GNB", "ASSAULT", 1, "Soldiers loyal to the government eventually drove off the attackers", 1),
 ("GNB", "GNB", "ACCUSE", 1, "He linked it to people involved in drug trafficking", 0),
 ("GNB", "GNB", "ACCUSE", 0, "It was an attempt to kill the president", 0),
 ("GNB", "GNB", "COERCE", 1, "Several suspects were arrested on Wednesday", 0),
 ("IGO", "GNB", "ACCUSE", 1, "condemned what it called an attempted coup", 0),
 ("IGO", "GNB", "THREATEN/ACCUSE", 0, "held the military responsible for the safety of the president", 0),
 ("IGO", "GNB", "MOBILIZE/AID/AGREE", 1, "would send a stabilisation force to the country", 0),
 ("IGO", "GNB", "REQUEST", 1, "called on the army to return to its barracks", 0),
 ("UNO", "GNB", "ACCUSE", 1, "said he was deeply concerned", 0),
 ("PRT", "GNB", "ACCUSE", 1, "Portugal, the former colonial power, also condemned the violence", 0),
 ("BFA", "BFA", "COERCE", 0, "soldiers in Burkina Faso ousted President Roch Marc Christian Kabore", 0),
 ("GNB", "GNB", "ACCUSE", 0, "officials have long been accused of involvement in the trade", 0),
]))

ARTS.append(dict(
id="AA19", fmt="txt",
headline="Nigeria: Gunmen abduct hundreds of schoolgirls in Zamfara state",
body="""
Gunmen have abducted more than 300 girls from a boarding school in northwest Nigeria, police said, the latest in a series of mass kidnappings that have fuelled anger at the government's failure to protect schools.

The attackers arrived at the Government Girls Secondary School in the village of Jangebe, in Zamfara state, at about 1am on Friday, some on motorbikes and others in pick-up trucks, and forced the students into the forest, residents said.

Zamfara state police spokesman Mohammed Shehu said security forces had been deployed to the area and were working with the military to track down the kidnappers. State authorities later put the number of missing girls at 279.

President Muhammadu Buhari condemned what he called an "inhuman and totally unacceptable" attack and said his government would not give in to blackmail by bandits who target innocent students in the hope of receiving large ransoms.

"We have the capacity to deploy massive force against the bandits in the villages where they operate," Buhari said in a statement. "But our main limitation is the risk of the possible use of innocent victims as human shields."

Zamfara Governor Bello Matawalle, who has pursued an amnesty programme for armed groups, said officials were in contact with the abductors and that no ransom would be paid. Critics accuse state governments of effectively rewarding kidnappers with cash and vehicles.

Angry residents attacked journalists and threw stones at officials who arrived at the school later on Friday.

The UN children's agency UNICEF said it was "angered and saddened" and called for the girls' immediate release. Pope Francis also condemned the kidnapping and prayed for the girls.

The abduction came just over a week after gunmen seized 42 people, including 27 students, from a school in Kagara in neighbouring Niger state. Those captives have not yet been freed.

Armed gangs, known locally as bandits, have carried out scores of raids across northwest Nigeria, killing and kidnapping villagers and stealing cattle.
""",
pub=("2021-02-26", "2021-02-27", "abduction 1am Friday 26 February 2021; 'later on Friday' events reported"),
people=[("Mohammed Shehu", "NGA", "Zamfara state police spokesman"),
        ("Muhammadu Buhari", "NGA", "President"),
        ("Bello Matawalle", "NGA", "Zamfara Governor"),
        ("Pope Francis", "VAT", "Pope")],
events=[
 ("NGA", "NGA", "COERCE/ASSAULT", 1, "Gunmen have abducted more than 300 girls", 0),
 ("NGA", "NGA", "COERCE/ASSAULT", 0, "forced the students into the forest", 0),
 ("NGA", "NGA", "MOBILIZE", 1, "security forces had been deployed to the area", 0),
 ("NGA", "NGA", "ACCUSE", 1, "condemned what he called an \"inhuman and totally unacceptable\" attack", 0),
 ("NGA", "NGA", "REJECT", 1, "would not give in to blackmail by bandits", 0),
 ("NGA", "NGA", "THREATEN", 1, "deploy massive force against the bandits", 0),
 ("NGA", "NGA", "CONSULT", 1, "officials were in contact with the abductors", 1),
 ("NGA", "NGA", "REJECT", 0, "no ransom would be paid", 0),
 ("NGA", "NGA", "ACCUSE", 0, "Critics accuse state governments of effectively rewarding kidnappers", 0),
 ("NGA", "NGA", "ASSAULT/PROTEST", 1, "Angry residents attacked journalists", 0),
 ("UNO", "NGA", "ACCUSE/REQUEST", 1, "called for the girls' immediate release", 0),
 ("VAT", "NGA", "ACCUSE", 1, "Pope Francis also condemned the kidnapping", 0),
 ("NGA", "NGA", "COERCE/ASSAULT", 0, "gunmen seized 42 people, including 27 students", 0),
 ("NGA", "NGA", "ASSAULT", 0, "killing and kidnapping villagers", 0),
]))

ARTS.append(dict(
id="AA20", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Mali charges detained Ivorian soldiers were 'mercenaries'",
body="""
Mali's military government has accused 49 Ivorian soldiers arrested at Bamako's international airport of being "mercenaries" sent to destabilise the country, a charge Ivory Coast has rejected as it demands their release.

The soldiers were detained on Sunday after arriving on a chartered flight. Government spokesman Colonel Abdoulaye Maiga said on Monday night that they had entered Mali with weapons and ammunition but without authorisation, and that their mission and status were unclear.

"The individuals in question will be considered mercenaries," Maiga said in a statement on state television, adding that they would be handed over to the judicial authorities.

Ivory Coast's National Security Council, chaired by President Alassane Ouattara, said the soldiers had been deployed under a long-standing agreement to provide security for a contractor working for the UN peacekeeping mission, MINUSMA. It called on Mali to release them "without delay" and denied that they were mercenaries.

The UN mission confirmed that the troops were part of a support element and said some procedures had not been followed. On Thursday Mali suspended all rotations of MINUSMA troops, citing national security concerns.

UN spokesman Farhan Haq said Secretary-General Antonio Guterres was in touch with both governments and hoped the matter would be resolved quickly.

Togo's President Faure Gnassingbe has offered to mediate between Bamako and Abidjan, according to diplomatic sources.

The arrests have further strained relations between Mali's military rulers, who took power in 2020, and their neighbours. The West African bloc ECOWAS lifted trade and financial sanctions on Mali only this month after the leaders agreed a timetable for elections in 2024.

Ties with the West have also soured. France is pulling its troops out of Mali after the government brought in Russian fighters, whom Western governments describe as mercenaries from the Wagner Group.
""",
pub=("2022-07-14", "2022-07-16", "arrests Sunday 10 July 2022; MINUSMA rotations suspended 'on Thursday' (14 July)"),
people=[("Abdoulaye Maiga", "MLI", "Colonel, government spokesman"),
        ("Alassane Ouattara", "CIV", "President"),
        ("Farhan Haq", "UNO", "UN spokesman"),
        ("Antonio Guterres", "UNO", "Secretary-General"),
        ("Faure Gnassingbe", "TGO", "President")],
events=[
 ("MLI", "CIV", "ACCUSE", 1, "has accused 49 Ivorian soldiers arrested at Bamako's international airport", 0),
 ("MLI", "CIV", "COERCE", 1, "The soldiers were detained on Sunday", 0),
 ("MLI", "CIV", "ACCUSE", 0, "they had entered Mali with weapons and ammunition but without authorisation", 0),
 ("MLI", "CIV", "THREATEN/COERCE", 0, "they would be handed over to the judicial authorities", 0),
 ("CIV", "MLI", "REQUEST", 1, "It called on Mali to release them \"without delay\"", 0),
 ("CIV", "MLI", "REJECT", 1, "denied that they were mercenaries", 0),
 ("MLI", "UNO", "SANCTION/COERCE/REJECT", 1, "Mali suspended all rotations of MINUSMA troops", 0),
 ("UNO", "MLI|CIV", "CONSULT", 1, "was in touch with both governments", 0),
 ("TGO", "MLI|CIV", "AID/COOPERATE", 1, "has offered to mediate between Bamako and Abidjan", 0),
 ("IGO", "MLI", "CONCEDE/RETREAT", 1, "lifted trade and financial sanctions on Mali", 0),
 ("MLI", "IGO", "AGREE", 0, "agreed a timetable for elections in 2024", 1),
 ("FRA", "MLI", "RETREAT", 1, "France is pulling its troops out of Mali", 0),
 ("MLI", "RUS", "COOPERATE", 0, "brought in Russian fighters", 0),
 ("WST", "RUS|MLI", "ACCUSE", 0, "whom Western governments describe as mercenaries", 0),
]))
