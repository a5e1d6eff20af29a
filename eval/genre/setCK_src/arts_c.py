from common import A, E

A("CK15", "ECOWAS suspends Burkina Faso after military coup", """
The Economic Community of West African States (ECOWAS) has suspended Burkina Faso from its governing bodies following this week's military coup, but stopped short of imposing sanctions on the country.

The decision was taken on Friday at a virtual summit of the bloc's heads of state, who demanded the immediate release of deposed President Roch Marc Christian Kabore and agreed to send a delegation of military chiefs to the capital, Ouagadougou, on Saturday.

"The summit decided to suspend Burkina Faso from all ECOWAS institutions until constitutional order is restored in the country," Jean-Claude Kassi Brou, the president of the ECOWAS Commission, told reporters after the meeting.

Ghana's President Nana Akufo-Addo, the current chairman of the bloc, said the wave of coups in the region was "a contagion" that had to be stopped. "We cannot allow our region to slide back into the era of military rule," he said.

A mission of foreign ministers will follow the military delegation on Monday, and leaders will meet again in person in Ghana's capital, Accra, next week to decide whether to impose further measures.

Soldiers led by Lieutenant Colonel Paul-Henri Sandaogo Damiba announced on state television on Monday that they had removed Kabore, suspended the constitution and dissolved the government and parliament. The officers said they had acted because of the government's failure to stem the violence by armed groups.

The coup was welcomed by hundreds of people who rallied in Ouagadougou, some waving Russian flags and chanting slogans against France, the former colonial power.

In a televised address on Thursday, his first since taking power, Damiba promised to return the country to constitutional order "when conditions are right" and asked the international community to support Burkina Faso. "Burkina Faso needs its partners more than ever," he said.

The UN Secretary-General Antonio Guterres condemned the takeover "in the strongest terms", while the African Union suspended Burkina Faso's membership on Monday. The United States said it was reviewing its assistance to the country and called on the military to release Kabore.

France, which has troops based near Ouagadougou, said it was monitoring the situation closely. French President Emmanuel Macron said on Tuesday that Paris had "clearly condemned" the coup.

The takeover is the fourth in West Africa in 18 months, after two in Mali and one in Guinea. ECOWAS has imposed tough economic sanctions on Mali, including border closures and a freeze on assets, after its military rulers proposed staying in power for up to five more years.

Burkina Faso has been battling armed groups linked to al-Qaeda and ISIL (ISIS) since 2015. Thousands of people have been killed and about 1.5 million have been displaced.
""", ["2022-01-28", "2022-01-29", "ECOWAS summit on Friday 28 January 2022 after the coup announced Monday 24 January"],
[("Roch Marc Christian Kabore", "BFA", "deposed President"), ("Jean-Claude Kassi Brou", "IGO", "president of the ECOWAS Commission"), ("Nana Akufo-Addo", "GHA", "President, chairman of ECOWAS"), ("Paul-Henri Sandaogo Damiba", "BFA", "Lieutenant Colonel, coup leader"), ("Antonio Guterres", "UNO", "UN Secretary-General"), ("Emmanuel Macron", "FRA", "President")],
[E("IGO", "BFA", "SANCTION", 1, "has suspended Burkina Faso from its governing bodies"),
 E("IGO", "BFA", "REQUEST", 1, "demanded the immediate release of deposed President Roch Marc Christian Kabore"),
 E("IGO", "BFA", "CONSULT AGREE", 1, "agreed to send a delegation of military chiefs to the capital"),
 E("GHA", "BFA", "ACCUSE", 0, "the wave of coups in the region was \"a contagion\""),
 E("IGO", "BFA", "CONSULT", 0, "A mission of foreign ministers will follow"),
 E("IGO", "BFA", "THREATEN", 0, "to decide whether to impose further measures"),
 E("BFA", "BFA", "COERCE", 1, "they had removed Kabore"),
 E("BFA", "BFA", "ACCUSE", 1, "because of the government's failure to stem the violence"),
 E("BFA", "BFA", "SUPPORT", 0, "The coup was welcomed by hundreds of people"),
 E("BFA", "FRA", "PROTEST", 1, "chanting slogans against France"),
 E("BFA", "BFA", "AGREE", 0, "promised to return the country to constitutional order"),
 E("BFA", "WST", "REQUEST", 1, "asked the international community to support Burkina Faso"),
 E("UNO", "BFA", "ACCUSE", 1, "condemned the takeover \"in the strongest terms\""),
 E("IGO", "BFA", "SANCTION", 1, "the African Union suspended Burkina Faso's membership"),
 E("USA", "BFA", "THREATEN SANCTION", 1, "it was reviewing its assistance to the country"),
 E("USA", "BFA", "REQUEST", 1, "called on the military to release Kabore"),
 E("FRA", "BFA", "ACCUSE", 1, "Paris had \"clearly condemned\" the coup"),
 E("IGO", "MLI", "SANCTION", 0, "ECOWAS has imposed tough economic sanctions on Mali"),
])

A("CK16", "Mali's military government says it foiled coup attempt backed by 'Western state'", """
Mali's military government says it has thwarted an attempted coup by a group of army officers and non-commissioned officers who it says were supported by an unnamed Western country.

The plot was foiled on the night of May 11 to 12, government spokesman Colonel Abdoulaye Maiga said in a statement read on state television late on Monday.

"A small group of progressive anti-Malian officers and NCOs attempted a coup," the statement said. "These soldiers were supported by a Western state."

Those involved had been arrested and would be handed over to the courts, the statement added, without saying how many people were detained or naming the country it accused. Security had been stepped up at the exits of the capital, Bamako, and at border posts, it said.

The government said the attempt was aimed at "breaking the dynamic" of the transition, and it condemned what it described as a bid to undermine the country's security.

A military source told Al Jazeera that at least a dozen soldiers had been detained, including a lieutenant colonel. The source asked not to be named because they were not authorised to speak to the media.

There was no immediate reaction from France, which has been at odds with the Malian authorities for months and is in the process of withdrawing its troops from the country after nearly a decade.

Earlier this month, Mali's military government said it was ending its defence agreements with France, accusing French forces of "flagrant violations" of the country's airspace. France called the decision "unjustified" and said it would continue its withdrawal in an orderly manner.

Mali's relations with its West African neighbours are also strained. ECOWAS imposed sanctions on the country in January after the military proposed staying in power for up to five years. The bloc has closed its members' borders with Mali and frozen its assets at the regional central bank.

Interim President Colonel Assimi Goita has since proposed a 24-month transition, which ECOWAS has rejected as too long. Talks between the two sides have stalled.

Russian private military contractors from the Wagner group are also operating in Mali, according to Western governments. Bamako says Russian military instructors are in the country under a state-to-state agreement.

UN human rights experts and Human Rights Watch have accused Malian soldiers and foreign fighters of killing hundreds of civilians in the central town of Moura in late March, an accusation the army denies.

Goita led the coup that removed President Ibrahim Boubacar Keita in August 2020, and a second in May 2021 that pushed aside the civilian interim leaders.
""", ["2022-05-16", "2022-05-17", "statement read on state television late on Monday 16 May 2022, about a plot on 11-12 May"],
[("Abdoulaye Maiga", "MLI", "government spokesman, Colonel"), ("Assimi Goita", "MLI", "Interim President, Colonel"), ("Ibrahim Boubacar Keita", "MLI", "President")],
[E("MLI", "MLI", "COERCE", 0, "attempted a coup"),
 E("MLI", "MLI", "ACCUSE", 1, "has thwarted an attempted coup by a group of army officers"),
 E("MLI", "WST", "ACCUSE", 1, "These soldiers were supported by a Western state"),
 E("MLI", "MLI", "COERCE", 1, "Those involved had been arrested"),
 E("MLI", "MLI", "MOBILIZE", 0, "Security had been stepped up at the exits of the capital"),
 E("MLI", "MLI", "COERCE", 1, "at least a dozen soldiers had been detained"),
 E("FRA", "MLI", "RETREAT", 0, "is in the process of withdrawing its troops from the country"),
 E("MLI", "FRA", "REJECT SANCTION", 1, "it was ending its defence agreements with France"),
 E("MLI", "FRA", "ACCUSE", 1, "accusing French forces of \"flagrant violations\" of the country's airspace"),
 E("FRA", "MLI", "ACCUSE REJECT", 1, "France called the decision \"unjustified\""),
 E("FRA", "MLI", "RETREAT", 0, "would continue its withdrawal in an orderly manner"),
 E("IGO", "MLI", "SANCTION", 1, "ECOWAS imposed sanctions on the country in January"),
 E("IGO", "MLI", "SANCTION", 0, "has closed its members' borders with Mali"),
 E("MLI", "IGO", "AGREE", 0, "has since proposed a 24-month transition"),
 E("IGO", "MLI", "REJECT", 1, "which ECOWAS has rejected as too long"),
 E("WST", "MLI", "ACCUSE", 0, "according to Western governments"),
 E("MLI", "RUS", "COOPERATE AGREE", 0, "under a state-to-state agreement", sym=True),
 E("UNO", "MLI", "ACCUSE", 1, "have accused Malian soldiers and foreign fighters of killing hundreds of civilians"),
 E("NGO", "MLI", "ACCUSE", 1, "UN human rights experts and Human Rights Watch have accused"),
 E("MLI", "MLI", "REJECT", 1, "an accusation the army denies"),
 E("MLI", "MLI", "COERCE", 0, "the coup that removed President Ibrahim Boubacar Keita"),
])

A("CK17", "China's Wang Yi meets Myanmar's military rulers in first visit since coup", """
Chinese Foreign Minister Wang Yi has met Myanmar's military leader Senior General Min Aung Hlaing, becoming the most senior Chinese official to visit the country since the army seized power in February last year.

Wang arrived on Saturday in the ancient city of Bagan to attend a meeting of foreign ministers from the Lancang-Mekong Cooperation group, a regional forum that brings together China, Myanmar, Thailand, Laos, Cambodia and Vietnam.

Myanmar's state-run Global New Light of Myanmar newspaper reported that Wang and Min Aung Hlaing discussed the China-Myanmar Economic Corridor, border stability and the peace process with ethnic armed groups.

According to China's foreign ministry, Wang told the general that Beijing supported Myanmar in "restoring social stability" and would continue to do so "no matter how the situation changes". "China respects the path Myanmar has chosen," he said.

Wang also held talks with the military-appointed foreign minister, Wunna Maung Lwin, and the two sides signed agreements on several projects, including on agriculture and disaster prevention.

The visit was condemned by opponents of the military. Myanmar's National Unity Government (NUG), set up by ousted lawmakers, said the meeting lent legitimacy to a regime that had killed more than 2,000 civilians. "China is legitimising the illegitimate," Kyaw Zaw, a spokesman for the NUG's president's office, told Al Jazeera.

Protesters in several towns burned Chinese flags and held placards reading "China, stop backing the killers", according to local media.

The Lancang-Mekong meeting was the first major international gathering hosted by the military government since the coup. ASEAN has barred Min Aung Hlaing from its summits since October after the military failed to implement a five-point peace plan agreed in April 2021.

Cambodia's foreign minister, Prak Sokhonn, who is ASEAN's special envoy for Myanmar, said separately last week that the military must show progress on the plan before the bloc's next summit in November.

The United States has urged Beijing to use its influence to press the generals to end the violence. A State Department spokesman said China's engagement "should not lend legitimacy to a brutal regime".

Myanmar's military removed the elected government of Aung San Suu Kyi on February 1, 2021, claiming fraud in the 2020 election. Suu Kyi has since been sentenced to a total of 11 years in prison on charges her supporters call politically motivated.

The Assistance Association for Political Prisoners says more than 11,000 people remain in detention.
""", ["2022-07-02", "2022-07-03", "Wang arrived in Bagan on Saturday 2 July 2022 for the Lancang-Mekong meeting of 3 July"],
[("Wang Yi", "CHN", "Foreign Minister"), ("Min Aung Hlaing", "MMR", "Senior General, military leader"), ("Wunna Maung Lwin", "MMR", "military-appointed foreign minister"), ("Kyaw Zaw", "MMR", "spokesman, NUG president's office"), ("Prak Sokhonn", "KHM", "Foreign Minister, ASEAN special envoy for Myanmar"), ("Aung San Suu Kyi", "MMR", "leader of the elected government")],
[E("CHN", "MMR", "CONSULT", 1, "has met Myanmar's military leader Senior General Min Aung Hlaing"),
 E("CHN", "MMR", "CONSULT", 0, "Wang arrived on Saturday in the ancient city of Bagan"),
 E("CHN", "MMR", "SUPPORT", 1, "Beijing supported Myanmar in \"restoring social stability\""),
 E("CHN", "MMR", "SUPPORT", 0, "China respects the path Myanmar has chosen"),
 E("CHN", "MMR", "CONSULT", 1, "Wang also held talks with the military-appointed foreign minister"),
 E("CHN", "MMR", "AGREE COOPERATE", 1, "the two sides signed agreements on several projects", sym=True),
 E("MMR", "CHN", "ACCUSE", 1, "the meeting lent legitimacy to a regime that had killed more than 2,000 civilians"),
 E("MMR", "CHN", "ACCUSE", 0, "China is legitimising the illegitimate"),
 E("MMR", "CHN", "PROTEST", 1, "Protesters in several towns burned Chinese flags"),
 E("IGO", "MMR", "SANCTION REJECT", 1, "ASEAN has barred Min Aung Hlaing from its summits"),
 E("KHM", "MMR", "REQUEST", 1, "the military must show progress on the plan"),
 E("USA", "CHN", "REQUEST", 1, "The United States has urged Beijing to use its influence"),
 E("USA", "CHN", "ACCUSE", 0, "should not lend legitimacy to a brutal regime"),
 E("MMR", "MMR", "COERCE", 0, "Myanmar's military removed the elected government of Aung San Suu Kyi"),
 E("MMR", "MMR", "COERCE", 1, "Suu Kyi has since been sentenced to a total of 11 years in prison"),
])

A("CK18", "Sudan's military and civilian groups sign deal to restore transition", """
Sudan's military leaders and the main civilian coalition have signed a framework agreement aimed at ending the political crisis caused by last year's coup and restoring a transition to democracy.

The deal was signed in Khartoum on Monday by army chief General Abdel Fattah al-Burhan, his deputy, General Mohamed Hamdan Dagalo, and leaders of the Forces of Freedom and Change (FFC) and other groups.

Under the agreement, the military would hand power to a civilian-led government for a two-year transition ending in elections. A civilian prime minister is to be chosen by the signatory parties, and the army would withdraw from politics.

"The military must go back to the barracks and leave politics to the political parties," al-Burhan said at the signing ceremony in the presidential palace. "This is the only way to save the country."

Dagalo, widely known as Hemedti, who commands the paramilitary Rapid Support Forces (RSF), said the deal marked a new beginning. "We admit that mistakes were made," he said.

The agreement leaves several contentious issues, including transitional justice and security sector reform, to be settled in further talks, which are expected to be completed within weeks.

Resistance committees, which have led street protests since the coup, rejected the deal and said it did not hold the generals accountable. Thousands of protesters marched in Khartoum and Omdurman on Monday, chanting "no negotiation, no partnership". Police fired tear gas at demonstrators near the presidential palace, witnesses told Al Jazeera.

"This agreement is a new betrayal," Ahmed Ismat, a member of a resistance committee in Khartoum, told Al Jazeera. "The people who killed protesters are now being rewarded."

Some former rebel groups that signed the 2020 Juba peace deal, including the Justice and Equality Movement led by Finance Minister Gibril Ibrahim, also refused to sign.

The UN, the African Union and the regional bloc IGAD, which together facilitated the talks, welcomed the deal. "This is an important first step," Volker Perthes, the UN special representative for Sudan, said.

The United States, Britain, Norway, Saudi Arabia and the United Arab Emirates said in a joint statement that the deal was "an essential first step" and pledged to support a new civilian government. Washington has said it would not resume economic assistance frozen after the coup until a civilian government is in place.

The military seized power on October 25, 2021, ousting the government of Prime Minister Abdalla Hamdok, who resigned in January this year. International donors froze billions of dollars in assistance after the takeover.

More than 120 people have been killed in the crackdown on protests since the coup, according to medics.
""", ["2022-12-05", "2022-12-06", "framework agreement signed in Khartoum on Monday 5 December 2022"],
[("Abdel Fattah al-Burhan", "SDN", "General, army chief"), ("Mohamed Hamdan Dagalo", "SDN", "General, deputy, commander of the RSF"), ("Ahmed Ismat", "SDN", "member of a resistance committee in Khartoum"), ("Gibril Ibrahim", "SDN", "Finance Minister, leader of the Justice and Equality Movement"), ("Volker Perthes", "UNO", "UN special representative for Sudan"), ("Abdalla Hamdok", "SDN", "Prime Minister")],
[E("SDN", "SDN", "AGREE", 1, "have signed a framework agreement aimed at ending the political crisis", sym=True),
 E("SDN", "SDN", "RETREAT CONCEDE", 0, "the military would hand power to a civilian-led government"),
 E("SDN", "SDN", "CONCEDE", 0, "We admit that mistakes were made"),
 E("SDN", "SDN", "REJECT", 1, "rejected the deal"),
 E("SDN", "SDN", "ACCUSE", 0, "it did not hold the generals accountable"),
 E("SDN", "SDN", "PROTEST", 1, "Thousands of protesters marched in Khartoum and Omdurman on Monday"),
 E("SDN", "SDN", "COERCE", 1, "Police fired tear gas at demonstrators"),
 E("SDN", "SDN", "ACCUSE", 1, "This agreement is a new betrayal"),
 E("SDN", "SDN", "REJECT", 1, "also refused to sign"),
 E("UNO", "SDN", "SUPPORT", 1, "welcomed the deal"),
 E("IGO", "SDN", "SUPPORT", 1, "The UN, the African Union and the regional bloc IGAD"),
 E("UNO", "SDN", "CONSULT", 0, "which together facilitated the talks"),
 E("USA", "SDN", "SUPPORT AGREE", 1, "pledged to support a new civilian government"),
 E("GBR", "SDN", "SUPPORT AGREE", 1, "The United States, Britain, Norway, Saudi Arabia and the United Arab Emirates"),
 E("NOR", "SDN", "SUPPORT AGREE", 1, "The United States, Britain, Norway, Saudi Arabia and the United Arab Emirates"),
 E("SAU", "SDN", "SUPPORT AGREE", 1, "The United States, Britain, Norway, Saudi Arabia and the United Arab Emirates"),
 E("ARE", "SDN", "SUPPORT AGREE", 1, "The United States, Britain, Norway, Saudi Arabia and the United Arab Emirates"),
 E("USA", "SDN", "SANCTION THREATEN", 1, "it would not resume economic assistance frozen after the coup"),
 E("SDN", "SDN", "COERCE", 0, "The military seized power on October 25, 2021"),
 E("WST", "SDN", "SANCTION", 0, "International donors froze billions of dollars in assistance"),
 E("SDN", "SDN", "ASSAULT", 0, "More than 120 people have been killed in the crackdown"),
])

A("CK19", "Taliban order Afghan women to cover faces in public", """
The Taliban have ordered women in Afghanistan to cover their faces in public, ideally with the all-encompassing burqa, in one of the harshest restrictions imposed on women since the group returned to power last year.

The decree, issued by the Taliban's supreme leader, Hibatullah Akhundzada, was read out at a ceremony in Kabul on Saturday by officials of the Ministry for the Propagation of Virtue and the Prevention of Vice.

"They should wear a chador as it is traditional and respectful," the decree said, referring to the head-to-toe garment. Women who are not too young or too old should cover their faces except for the eyes when meeting men who are not close relatives, it added.

The decree said that if a woman failed to comply, her father or closest male relative would be visited by officials and could eventually be jailed or dismissed from a government job. Women without important work outside should "stay at home", it said.

Khalid Hanafi, the acting minister for the propagation of virtue, told reporters that the group wanted "our sisters to live with dignity and safety".

The United Nations Assistance Mission in Afghanistan (UNAMA) said it was "deeply concerned" by the announcement and would seek urgent meetings with the Taliban to clarify the decision. The decree "contradicts numerous assurances regarding respect for and protection of all Afghans' human rights", the mission said in a statement.

The United States condemned the order. "This is a decision that the international community will not accept," State Department spokesman Ned Price said. He warned that the move would further strain the Taliban's relations with the world.

In Kabul, a small group of women staged a protest against the decree on Tuesday, holding banners that read "Burqa is not my hijab". Taliban fighters dispersed them and briefly detained several activists, witnesses told Al Jazeera.

"They want to erase us from public life," said one of the protesters, a former teacher who asked not to be named for fear of reprisals.

The Taliban had promised a softer form of rule than during their previous period in power, from 1996 to 2001, when women were required to wear the burqa and were largely barred from education and work.

But since taking control in August, the group has barred most teenage girls from secondary school, restricted women's travel without a male chaperone and kept many women from returning to government jobs.

No country has recognised the Taliban government, and donors have tied recognition and the release of billions of dollars in frozen assets to the group's treatment of women and girls.

Group of Seven foreign ministers said in a joint statement that the restrictions would further isolate the Taliban internationally.
""", ["2022-05-10", "2022-05-13", "decree read out in Kabul on Saturday 7 May 2022; women's protest 'on Tuesday' (10 May) already reported; G7 statement of 12 May"],
[("Hibatullah Akhundzada", "AFG", "Taliban supreme leader"), ("Khalid Hanafi", "AFG", "acting minister for the propagation of virtue"), ("Ned Price", "USA", "State Department spokesman")],
[E("AFG", "AFG", "COERCE", 1, "The Taliban have ordered women in Afghanistan to cover their faces in public"),
 E("AFG", "AFG", "THREATEN", 1, "could eventually be jailed or dismissed from a government job"),
 E("UNO", "AFG", "ACCUSE", 1, "said it was \"deeply concerned\" by the announcement"),
 E("UNO", "AFG", "CONSULT REQUEST", 1, "would seek urgent meetings with the Taliban"),
 E("UNO", "AFG", "ACCUSE", 0, "contradicts numerous assurances"),
 E("USA", "AFG", "ACCUSE PROTEST", 1, "The United States condemned the order"),
 E("USA", "AFG", "REJECT", 0, "the international community will not accept"),
 E("USA", "AFG", "THREATEN", 1, "the move would further strain the Taliban's relations with the world"),
 E("AFG", "AFG", "PROTEST", 1, "a small group of women staged a protest against the decree"),
 E("AFG", "AFG", "COERCE", 1, "briefly detained several activists"),
 E("AFG", "AFG", "ACCUSE", 0, "They want to erase us from public life"),
 E("AFG", "AFG", "COERCE", 0, "has barred most teenage girls from secondary school"),
 E("WST", "AFG", "THREATEN SANCTION", 0, "donors have tied recognition and the release of billions of dollars in frozen assets"),
 E(["IGO", "WST"], "AFG", "THREATEN ACCUSE", 1, "the restrictions would further isolate the Taliban internationally"),
])

A("CK20", "Sri Lankan troops raid main protest camp hours after new president sworn in", """
Sri Lankan security forces have raided the main anti-government protest camp in Colombo, tearing down tents and beating demonstrators, hours after Ranil Wickremesinghe was sworn in as the country's president.

Hundreds of soldiers and police officers armed with batons and rifles moved into the Galle Face protest site in the early hours of Friday and took control of the Presidential Secretariat, part of which protesters had occupied since April.

At least 50 people were injured and nine were arrested, according to protest organisers and the Bar Association of Sri Lanka, which said two of its lawyers were assaulted when they tried to reach the site. Several journalists, including a BBC reporter, were also beaten, witnesses said.

"They came at around 1am and attacked us without any warning," Buddhika Abeyrathne, one of the protest organisers, told Al Jazeera. "We had already announced that we would leave the building on Friday afternoon."

Police spokesman Nihal Thalduwa said the operation was carried out under emergency regulations to recover a government building that had been illegally occupied. "Security forces used minimum force," he said.

Wickremesinghe, a six-time prime minister, was elected by parliament on Wednesday to complete the term of Gotabaya Rajapaksa, who fled the country last week and resigned from Singapore after protesters stormed his residence. Wickremesinghe has said he would deal firmly with "fascists" seeking to overthrow the government.

The UN human rights office said it was "deeply concerned" and called on the authorities to "refrain from using force against protesters". The United States ambassador in Colombo, Julie Chung, said on Twitter that she was "deeply concerned" about the actions against peaceful protesters and urged restraint.

The European Union delegation also criticised the raid. "Freedom of expression is crucial for democracy," it said, urging the government to ensure the safety of protesters.

The Bar Association demanded an immediate investigation and said the use of force "after protesters had announced their intention to vacate" was unjustified.

Opposition leader Sajith Premadasa called the raid "a cowardly and brutal act" and said the opposition would raise it in parliament.

Sri Lanka is in the grip of its worst economic crisis since independence in 1948. It defaulted on its foreign debt in May and has been in talks with the International Monetary Fund on a bailout. Shortages of fuel, food and medicine have triggered months of protests.

On Friday, Wickremesinghe swore in Dinesh Gunawardena, a close ally of the Rajapaksa family, as prime minister.

Protest leaders said they would regroup and continue their campaign. "They can remove our tents, but not our struggle," Abeyrathne said.
""", ["2022-07-22", "2022-07-22", "raid in the early hours of Friday 22 July 2022; Gunawardena sworn in 'on Friday'"],
[("Ranil Wickremesinghe", "LKA", "President"), ("Buddhika Abeyrathne", "LKA", "protest organiser"), ("Nihal Thalduwa", "LKA", "Police spokesman"), ("Gotabaya Rajapaksa", "LKA", "President"), ("Julie Chung", "USA", "ambassador in Colombo"), ("Sajith Premadasa", "LKA", "opposition leader"), ("Dinesh Gunawardena", "LKA", "prime minister")],
[E("LKA", "LKA", "COERCE ASSAULT", 1, "have raided the main anti-government protest camp in Colombo"),
 E("LKA", "LKA", "ASSAULT COERCE", 0, "beating demonstrators"),
 E("LKA", "LKA", "COERCE", 1, "took control of the Presidential Secretariat"),
 E("LKA", "LKA", "COERCE", 1, "nine were arrested"),
 E("LKA", "LKA", "ASSAULT", 0, "two of its lawyers were assaulted"),
 E("LKA", "LKA", "ACCUSE", 1, "attacked us without any warning"),
 E("LKA", "LKA", "ACCUSE", 0, "a government building that had been illegally occupied"),
 E("LKA", "LKA", "PROTEST", 0, "protesters stormed his residence"),
 E("LKA", "LKA", "THREATEN", 1, "he would deal firmly with \"fascists\""),
 E("UNO", "LKA", "REQUEST", 1, "called on the authorities to \"refrain from using force against protesters\""),
 E("USA", "LKA", "ACCUSE", 1, "she was \"deeply concerned\" about the actions against peaceful protesters"),
 E("USA", "LKA", "REQUEST", 0, "urged restraint"),
 E("EUR", "LKA", "ACCUSE", 1, "The European Union delegation also criticised the raid"),
 E("EUR", "LKA", "REQUEST", 0, "urging the government to ensure the safety of protesters"),
 E("LKA", "LKA", "REQUEST", 1, "The Bar Association demanded an immediate investigation"),
 E("LKA", "LKA", "ACCUSE", 1, "called the raid \"a cowardly and brutal act\""),
 E("LKA", "IGO", "CONSULT", 0, "has been in talks with the International Monetary Fund on a bailout", sym=True),
 E("LKA", "LKA", "PROTEST", 0, "would regroup and continue their campaign"),
])
