from common import A, E

A("CK1", "Tigrayan forces seize Ethiopia's historic town of Lalibela", """
Rebel forces from Ethiopia's northern Tigray region have taken control of Lalibela, a town in the neighbouring Amhara region known for its 12th-century rock-hewn churches, residents and officials said on Thursday.

Fighters loyal to the Tigray People's Liberation Front (TPLF) entered the town in the afternoon without meeting much resistance, according to two residents who spoke to Al Jazeera by phone on condition of anonymity.

"They came in large numbers. The regional special forces and the militia had already left," one resident said. "There was no fighting inside the town itself."

Getachew Reda, a spokesman for the TPLF, confirmed the advance and said the group's fighters would protect the churches, which are a UNESCO World Heritage Site. "Our forces have no interest in holding territory in Amhara for its own sake," he told Al Jazeera. "We are pushing to break the siege that Addis Ababa has imposed on our people."

The federal government did not immediately comment on the fall of the town. Earlier in the week, the office of Prime Minister Abiy Ahmed accused the TPLF of recruiting child soldiers and said the rebels would be "repulsed".

Amhara regional officials called on all able-bodied residents to take up arms against the advancing fighters. "Every citizen who can carry a weapon must join the struggle to defend our land," the regional government said in a statement.

The United States said it was deeply concerned by the reports. State Department spokesman Ned Price urged the TPLF to withdraw from Amhara and Afar and to protect the region's cultural heritage. "We call on the TPLF to pull its forces out of these regions immediately," Price told reporters in Washington.

UNESCO also called for the site to be protected, while the UN's humanitarian office warned that the fighting had forced tens of thousands of people from their homes in recent weeks.

The war in Tigray began in November 2020, when Abiy sent troops into the region to remove the TPLF, which had dominated national politics for nearly three decades before he came to power in 2018. Abiy said the offensive was a response to attacks by TPLF forces on federal army camps.

Soldiers from neighbouring Eritrea fought alongside Ethiopian federal troops, and both forces have been accused of massacres and widespread sexual violence, allegations Asmara has denied.

In late June, Tigrayan fighters recaptured the regional capital, Mekelle, and the government declared a unilateral ceasefire. The TPLF dismissed the truce as a "sick joke" and has since pushed into Afar and Amhara, saying it wants to reopen supply routes to Tigray, where the UN says hundreds of thousands of people face famine-like conditions.

Aid agencies say only a fraction of the trucks needed have reached the region. The government denies blocking aid and blames the rebels for the delays.
""", ["2021-08-05", "2021-08-06", "TPLF entered Lalibela on Thursday 5 August 2021; reported that day"],
[("Getachew Reda", "ETH", "TPLF spokesman"), ("Abiy Ahmed", "ETH", "Prime Minister"), ("Ned Price", "USA", "State Department spokesman")],
[E("ETH", "ETH", "ASSAULT COERCE", 1, "have taken control of Lalibela"),
 E("ETH", "ETH", "ASSAULT COERCE", 0, "entered the town in the afternoon"),
 E("ETH", "ETH", "ACCUSE", 1, "We are pushing to break the siege that Addis Ababa has imposed on our people"),
 E("ETH", "ETH", "ACCUSE", 1, "accused the TPLF of recruiting child soldiers"),
 E("ETH", "ETH", "THREATEN", 0, "said the rebels would be \"repulsed\""),
 E("ETH", "ETH", "MOBILIZE", 1, "called on all able-bodied residents to take up arms against the advancing fighters"),
 E("USA", "ETH", "REQUEST", 1, "urged the TPLF to withdraw from Amhara and Afar"),
 E("USA", "ETH", "ACCUSE PROTEST", 0, "The United States said it was deeply concerned"),
 E("UNO", "ETH", "REQUEST", 0, "UNESCO also called for the site to be protected"),
 E("ETH", "ETH", "ASSAULT", 0, "Abiy sent troops into the region to remove the TPLF"),
 E("ETH", "ETH", "ACCUSE", 0, "a response to attacks by TPLF forces on federal army camps"),
 E("ERI", "ETH", "ASSAULT COOPERATE", 0, "Soldiers from neighbouring Eritrea fought alongside Ethiopian federal troops"),
 E("ERI", "ETH", "REJECT", 0, "allegations Asmara has denied"),
 E("ETH", "ETH", "ASSAULT", 0, "Tigrayan fighters recaptured the regional capital, Mekelle"),
 E("ETH", "ETH", "RETREAT CONCEDE", 0, "the government declared a unilateral ceasefire"),
 E("ETH", "ETH", "REJECT", 1, "The TPLF dismissed the truce"),
 E("ETH", "ETH", "ASSAULT", 0, "has since pushed into Afar and Amhara"),
 E("ETH", "ETH", "REJECT", 1, "The government denies blocking aid"),
 E("ETH", "ETH", "ACCUSE", 1, "blames the rebels for the delays"),
])

A("CK2", "Sudan's Prime Minister Abdalla Hamdok resigns amid deadly protests", """
Sudan's Prime Minister Abdalla Hamdok has resigned, six weeks after he was reinstated under a deal with the military that failed to end mass protests against the army's seizure of power in October.

In a televised address late on Sunday, Hamdok said he had tried to prevent the country "from sliding towards disaster" but that a fractured political landscape had made consensus impossible.

"I have decided to return the trust to the people and announce my resignation as prime minister," Hamdok said. "Our country is passing through a dangerous turning point that threatens its survival."

His resignation came hours after security forces killed at least two protesters in Omdurman, across the Nile from the capital, Khartoum, according to the Central Committee of Sudanese Doctors, a group aligned with the protest movement. Tens of thousands had marched on Sunday, chanting "power to the people" and demanding a fully civilian government.

Security forces fired tear gas and stun grenades at demonstrators who approached the presidential palace, witnesses told Al Jazeera. Mobile internet services were cut across the capital for much of the day.

Hamdok, an economist and former UN official, was detained by the military on October 25 when army chief General Abdel Fattah al-Burhan dissolved the transitional government and declared a state of emergency. He was released and returned to office on November 21 under an agreement with al-Burhan.

The main protest groups and the Forces of Freedom and Change, the civilian coalition that had shared power with the military, rejected that deal and accused Hamdok of giving cover to the generals.

In a statement, the Sovereign Council, which al-Burhan leads, said it regretted the decision and insisted that the armed forces remained committed to holding elections in 2023. It did not say who would replace Hamdok.

The United States urged Sudan's leaders to set aside their differences. "Sudan's next prime minister and cabinet should be appointed in line with the constitutional declaration," the State Department's Bureau of African Affairs said on Twitter, warning that Washington would not support a government named without civilian participation.

The United Kingdom, Norway and the US also said in a joint statement that they would not support a prime minister or government appointed without the involvement of a broad range of civilian stakeholders.

The UN special representative for Sudan, Volker Perthes, said he regretted the resignation and called on all sides to end the violence. "I call on the security forces to exercise the utmost restraint," he said.

At least 57 people have been killed in protests since the coup, according to the doctors' committee. The military has denied using live ammunition and has said it will investigate the deaths.

Sudan's transition began in 2019 after mass protests forced the military to remove longtime leader Omar al-Bashir.
""", ["2022-01-02", "2022-01-03", "Hamdok resigned in an address late on Sunday 2 January 2022"],
[("Abdalla Hamdok", "SDN", "Prime Minister"), ("Abdel Fattah al-Burhan", "SDN", "army chief"), ("Volker Perthes", "UNO", "UN special representative for Sudan"), ("Omar al-Bashir", "SDN", "longtime leader")],
[E("SDN", "SDN", "PROTEST", 1, "Tens of thousands had marched on Sunday"),
 E("SDN", "SDN", "ASSAULT", 1, "security forces killed at least two protesters in Omdurman"),
 E("SDN", "SDN", "COERCE ASSAULT", 1, "Security forces fired tear gas and stun grenades at demonstrators"),
 E("SDN", "SDN", "COERCE", 0, "Mobile internet services were cut across the capital"),
 E("SDN", "SDN", "COERCE", 0, "was detained by the military on October 25"),
 E("SDN", "SDN", "AGREE", 0, "returned to office on November 21 under an agreement with al-Burhan", sym=True),
 E("SDN", "SDN", "REJECT", 1, "rejected that deal"),
 E("SDN", "SDN", "ACCUSE", 1, "accused Hamdok of giving cover to the generals"),
 E("USA", "SDN", "REQUEST", 1, "The United States urged Sudan's leaders to set aside their differences"),
 E("USA", "SDN", "THREATEN", 0, "warning that Washington would not support a government named without civilian participation"),
 E("USA", "SDN", "THREATEN REJECT", 1, "they would not support a prime minister or government appointed without the involvement"),
 E("GBR", "SDN", "THREATEN REJECT", 1, "The United Kingdom, Norway and the US also said in a joint statement"),
 E("NOR", "SDN", "THREATEN REJECT", 1, "The United Kingdom, Norway and the US also said in a joint statement"),
 E("UNO", "SDN", "REQUEST", 1, "I call on the security forces to exercise the utmost restraint"),
 E("SDN", "SDN", "REJECT", 1, "The military has denied using live ammunition"),
 E("SDN", "SDN", "PROTEST", 0, "mass protests forced the military to remove longtime leader Omar al-Bashir"),
])

A("CK3", "Mali expels West African bloc's envoy over 'hostile' actions", """
Mali's military-led government has ordered the expulsion of the representative of the Economic Community of West African States (ECOWAS), accusing him of actions "incompatible with his status", as tensions grow over the country's delayed return to civilian rule.

Hamidou Boly, a Burkinabe national who has served as the regional bloc's special representative in Bamako, was given 72 hours to leave the country, the foreign ministry said in a statement read on state television on Monday.

The statement said Boly had engaged in "activities incompatible with his status" without giving details. A government spokesman, Colonel Abdoulaye Maiga, told reporters the envoy had been warned "several times" before the decision was taken.

ECOWAS did not immediately comment. A diplomat in the Nigerian capital, Abuja, where the bloc is based, told Al Jazeera the expulsion was "a serious escalation" and that the organisation's leaders would discuss it at a summit next month.

The move comes as ECOWAS presses Mali's interim authorities to stick to a timetable agreed after the August 2020 coup, which promised presidential and legislative elections in February 2022. The military government, led by Colonel Assimi Goita, has said it will not be able to meet that deadline and wants to first hold national consultations on reforms.

Last week, a delegation from the UN Security Council visited Bamako and urged the authorities to present a credible electoral calendar. Goita told the visitors that Mali would send its timetable to ECOWAS by the end of the year, according to the presidency.

Foreign Minister Abdoulaye Diop has repeatedly criticised what he calls foreign interference in Mali's affairs. "Mali will not accept diktats from anyone," Diop said earlier this month.

ECOWAS suspended Mali from its decision-making bodies after Goita led a second coup in May, when he ousted the interim president and prime minister. The bloc has threatened targeted sanctions against those who obstruct the transition.

Relations between Mali and France, its former colonial ruler, have also deteriorated. Paris has announced plans to reduce its military presence in the Sahel and has warned Bamako against hiring fighters from the Russian private military company Wagner, a move Malian officials have not ruled out.

Mali has been battling armed groups linked to al-Qaeda and ISIL (ISIS) since 2012. The violence has spread to neighbouring Burkina Faso and Niger, killing thousands of people and forcing hundreds of thousands to flee their homes.
""", ["2021-10-25", "2021-10-26", "expulsion announced on state television on Monday 25 October 2021"],
[("Hamidou Boly", "BFA", "ECOWAS special representative in Bamako"), ("Abdoulaye Maiga", "MLI", "government spokesman, Colonel"), ("Assimi Goita", "MLI", "Colonel, leader of the military government"), ("Abdoulaye Diop", "MLI", "Foreign Minister")],
[E("MLI", "IGO", "COERCE", 1, "has ordered the expulsion of the representative of the Economic Community of West African States"),
 E("MLI", "IGO", "ACCUSE", 1, "accusing him of actions \"incompatible with his status\""),
 E("MLI", "IGO", "COERCE", 0, "was given 72 hours to leave the country"),
 E("MLI", "IGO", "THREATEN ACCUSE", 0, "the envoy had been warned \"several times\""),
 E("IGO", "MLI", "REQUEST", 1, "ECOWAS presses Mali's interim authorities to stick to a timetable"),
 E("MLI", "IGO", "REJECT", 1, "has said it will not be able to meet that deadline"),
 E("UNO", "MLI", "CONSULT", 1, "a delegation from the UN Security Council visited Bamako"),
 E("UNO", "MLI", "REQUEST", 1, "urged the authorities to present a credible electoral calendar"),
 E("MLI", "IGO", "AGREE", 1, "Mali would send its timetable to ECOWAS by the end of the year"),
 E("MLI", ["WST", "FRA"], "ACCUSE REJECT", 0, "Mali will not accept diktats from anyone"),
 E("IGO", "MLI", "SANCTION", 0, "ECOWAS suspended Mali from its decision-making bodies"),
 E("MLI", "MLI", "COERCE", 0, "he ousted the interim president and prime minister"),
 E("IGO", "MLI", "THREATEN", 1, "The bloc has threatened targeted sanctions"),
 E("FRA", "MLI", "RETREAT", 0, "Paris has announced plans to reduce its military presence in the Sahel"),
 E("FRA", "MLI", "THREATEN", 1, "has warned Bamako against hiring fighters from the Russian private military company Wagner"),
 E("MLI", "MLI", "ASSAULT", 0, "Mali has been battling armed groups linked to al-Qaeda"),
])

A("CK4", "UN General Assembly calls for halt to arms flows into Myanmar", """
The United Nations General Assembly has called for a halt to the flow of weapons into Myanmar and demanded that the military release Aung San Suu Kyi, in a rare condemnation of a coup by the world body.

The non-binding resolution, adopted on Friday, was backed by 119 countries. Belarus was the only state to vote against it, while 36 abstained, among them China and Russia, Myanmar's main arms suppliers.

The text urges all member states "to prevent the flow of arms into Myanmar" and calls on the armed forces to "immediately stop all violence against peaceful demonstrators". It also asks the military to respect the results of the November 2020 election, which Suu Kyi's National League for Democracy won in a landslide.

"The risk of a large-scale civil war is real," UN Secretary-General Antonio Guterres said after the vote. "We cannot live in a world where military coups become a norm."

Kyaw Moe Tun, who has kept Myanmar's seat at the UN despite being fired by the generals for denouncing the coup, voted in favour of the resolution but said he was disappointed that it had taken so long and had not gone further. "We did not expect such a watered-down resolution," he told the assembly.

The military government rejected the vote. In a statement carried by the state-run Global New Light of Myanmar, the foreign ministry said the resolution was "based on one-sided allegations and false assumptions" and amounted to interference in the country's internal affairs.

China's deputy ambassador, Dai Bing, said Beijing had abstained because the resolution did not reflect the views of Myanmar's neighbours. "Myanmar's future should be decided by its own people," he said.

Olof Skoog, the European Union's ambassador to the UN, said the resolution sent "a strong and broad message" that the generals lacked international legitimacy.

Members of the Association of Southeast Asian Nations (ASEAN) were split, with Indonesia, Malaysia and Vietnam voting in favour and Thailand, Cambodia and Laos abstaining.

The military, led by Senior General Min Aung Hlaing, seized power on February 1, detaining Suu Kyi, President Win Myint and other civilian leaders. It alleged widespread fraud in the November election, a claim rejected by the country's election commission at the time.

Security forces have since killed more than 860 people, most of them in crackdowns on protests, according to the Assistance Association for Political Prisoners, a monitoring group. Nearly 5,000 people are in detention.

Human rights groups said the resolution fell short of the global arms embargo they had sought. Only the Security Council, where China and Russia hold vetoes, can impose a binding embargo.
""", ["2021-06-18", "2021-06-19", "resolution adopted on Friday 18 June 2021"],
[("Aung San Suu Kyi", "MMR", "leader of the National League for Democracy"), ("Antonio Guterres", "UNO", "UN Secretary-General"), ("Kyaw Moe Tun", "MMR", "ambassador to the UN"), ("Dai Bing", "CHN", "deputy ambassador to the UN"), ("Olof Skoog", "EUR", "European Union's ambassador to the UN"), ("Min Aung Hlaing", "MMR", "Senior General"), ("Win Myint", "MMR", "President")],
[E("UNO", "MMR", "REQUEST SANCTION", 1, "has called for a halt to the flow of weapons into Myanmar"),
 E("UNO", "MMR", "REQUEST", 1, "demanded that the military release Aung San Suu Kyi"),
 E("UNO", "MMR", "REQUEST", 0, "calls on the armed forces to \"immediately stop all violence against peaceful demonstrators\""),
 E("BLR", "UNO", "REJECT", 0, "Belarus was the only state to vote against it"),
 E("UNO", "MMR", "ACCUSE", 0, "The risk of a large-scale civil war is real"),
 E("MMR", "UNO", "SUPPORT", 0, "voted in favour of the resolution"),
 E("MMR", "UNO", "REJECT", 1, "The military government rejected the vote"),
 E("MMR", "UNO", "ACCUSE", 1, "amounted to interference in the country's internal affairs"),
 E("CHN", "UNO", "REJECT", 0, "Beijing had abstained"),
 E("EUR", "MMR", "ACCUSE", 1, "the generals lacked international legitimacy"),
 E("MMR", "MMR", "COERCE", 1, "seized power on February 1"),
 E("MMR", "MMR", "COERCE", 1, "detaining Suu Kyi, President Win Myint and other civilian leaders"),
 E("MMR", "MMR", "ACCUSE", 0, "It alleged widespread fraud in the November election"),
 E("MMR", "MMR", "ASSAULT", 1, "Security forces have since killed more than 860 people"),
 E("MMR", "MMR", "COERCE", 0, "Nearly 5,000 people are in detention"),
 E("MMR", "MMR", "COERCE", 0, "despite being fired by the generals"),
])

A("CK5", "Taliban name hardline interim government led by Mohammad Hasan Akhund", """
The Taliban have announced an interim government for Afghanistan made up almost entirely of veteran members of the group, with Mullah Mohammad Hasan Akhund as acting prime minister.

The line-up, unveiled by chief spokesman Zabihullah Mujahid at a news conference in Kabul on Tuesday, includes no women and no one from outside the movement, dashing hopes that the group would form the inclusive administration it had promised.

Abdul Ghani Baradar, who led the Taliban's political office in Qatar and signed the 2020 withdrawal deal with the United States, was named one of two deputy prime ministers. Sirajuddin Haqqani, the head of the Haqqani network, which Washington has designated a "terrorist" organisation, will serve as acting interior minister.

"The cabinet is not complete, it is only acting," Mujahid told reporters. "We will try to take people from other parts of the country."

Akhund, a founding member of the Taliban, is on a UN sanctions list and served as foreign minister and deputy prime minister during the group's previous rule in the 1990s.

The announcement came hours after Taliban fighters fired into the air to disperse hundreds of people, many of them women, who had marched through Kabul chanting slogans against Pakistan, which they accuse of backing the group. Several journalists covering the protest were detained and later released.

The United States said it was concerned by the affiliations and track records of some of the appointees. "The world is watching closely," a State Department spokesperson said in a statement. "We will judge the Taliban by its actions, not words."

The State Department added that the US had made clear it expects the Taliban to ensure that Afghan soil is not used to threaten other countries and to allow humanitarian access.

The European Union said the government did not appear to meet the Taliban's own commitments to inclusivity. Germany's foreign minister, Heiko Maas, said Berlin saw "little reason for optimism" in the line-up.

China, which has kept its embassy in Kabul open, said it was ready to keep up communication with the new leaders. Foreign ministry spokesman Wang Wenbin told reporters that Beijing hoped the Taliban would "listen broadly to people of all ethnic groups".

The Taliban swept to power on August 15, when President Ashraf Ghani fled the country and the group's fighters entered the capital without a fight. The last US troops left on August 30, ending a 20-year war.

Afghanistan's economy has been thrown into crisis since the takeover, with billions of dollars of central bank reserves frozen abroad and international aid suspended.
""", ["2021-09-07", "2021-09-08", "cabinet announced at a news conference on Tuesday 7 September 2021"],
[("Mohammad Hasan Akhund", "AFG", "acting prime minister"), ("Zabihullah Mujahid", "AFG", "chief Taliban spokesman"), ("Abdul Ghani Baradar", "AFG", "deputy prime minister"), ("Sirajuddin Haqqani", "AFG", "acting interior minister, head of the Haqqani network"), ("Heiko Maas", "DEU", "Foreign Minister"), ("Wang Wenbin", "CHN", "foreign ministry spokesman"), ("Ashraf Ghani", "AFG", "President")],
[E("AFG", "AFG", "COERCE", 1, "Taliban fighters fired into the air to disperse hundreds of people"),
 E("AFG", "PAK", "PROTEST", 1, "had marched through Kabul chanting slogans against Pakistan"),
 E("AFG", "PAK", "ACCUSE", 0, "which they accuse of backing the group"),
 E("AFG", "AFG", "COERCE", 1, "Several journalists covering the protest were detained"),
 E("AFG", "USA", "AGREE", 0, "signed the 2020 withdrawal deal with the United States", sym=True),
 E("USA", "AFG", "SANCTION", 0, "which Washington has designated a \"terrorist\" organisation"),
 E("USA", "AFG", "ACCUSE", 1, "The United States said it was concerned by the affiliations and track records"),
 E("USA", "AFG", "THREATEN", 0, "We will judge the Taliban by its actions, not words"),
 E("USA", "AFG", "REQUEST", 1, "it expects the Taliban to ensure that Afghan soil is not used"),
 E("EUR", "AFG", "ACCUSE", 1, "did not appear to meet the Taliban's own commitments to inclusivity"),
 E("DEU", "AFG", "ACCUSE", 1, "Berlin saw \"little reason for optimism\""),
 E("CHN", "AFG", "CONSULT AGREE", 1, "it was ready to keep up communication with the new leaders"),
 E("CHN", "AFG", "REQUEST", 0, "Beijing hoped the Taliban would \"listen broadly to people of all ethnic groups\""),
 E("AFG", "AFG", "ASSAULT COERCE", 0, "the group's fighters entered the capital without a fight"),
 E("USA", "AFG", "RETREAT", 0, "The last US troops left on August 30"),
 E(["USA", "WST"], "AFG", "SANCTION", 0, "central bank reserves frozen abroad and international aid suspended"),
])

A("CK6", "India extends $1bn credit line to crisis-hit Sri Lanka", """
India has agreed to give Sri Lanka a $1bn credit line to buy food, medicine and other essential goods, as the island nation struggles with its worst economic crisis in decades.

The agreement was signed in New Delhi on Thursday during a visit by Sri Lanka's Finance Minister Basil Rajapaksa, who held talks with Indian Prime Minister Narendra Modi and Finance Minister Nirmala Sitharaman.

"India stands with Sri Lanka," Indian Foreign Minister S Jaishankar said on Twitter after the signing. "Neighbourhood first."

Sri Lanka's foreign exchange reserves have fallen to about $2.3bn, barely enough to pay for a few weeks of imports, and the country faces more than $4bn in debt repayments this year. Long queues for fuel and cooking gas have formed across the country, and daily power cuts of up to seven hours have been imposed.

Basil Rajapaksa, the younger brother of President Gotabaya Rajapaksa, thanked Modi for what he called "timely assistance". In a statement, Sri Lanka's finance ministry said the two sides had also discussed Indian investment in energy projects in the northeastern port city of Trincomalee.

Earlier this year India provided a $500m credit line for fuel purchases and a $400m currency swap, and deferred payments of about $500m that Colombo owed to a regional clearing union.

The crisis has fuelled anger against the government. Thousands of supporters of the main opposition party, Samagi Jana Balawegaya, marched to the president's office in Colombo on Tuesday, demanding that Gotabaya Rajapaksa step down. Police blocked the marchers with barricades.

Opposition leader Sajith Premadasa accused the government of mismanaging the economy. "This government has brought the country to its knees," he told the crowd.

The government has blamed the coronavirus pandemic, which devastated the tourism industry. Critics also point to large tax cuts in 2019 and a sudden ban on chemical fertilisers last year that hit farm output.

On Wednesday, the president said in a televised address that Sri Lanka would seek help from the International Monetary Fund, reversing months of resistance to a bailout. An IMF team is expected in Colombo later this month.

China, another major lender to Sri Lanka, has not responded publicly to Colombo's request to restructure its debt to Beijing, made in January. Chinese officials have said they are considering ways to help.

Analysts say New Delhi is keen to counter Beijing's influence on the island. "India sees an opportunity to regain ground in Sri Lanka that it has lost to China over the past decade," Harsh Pant, a professor at King's College London, told Al Jazeera.
""", ["2022-03-17", "2022-03-18", "credit line signed in New Delhi on Thursday 17 March 2022"],
[("Basil Rajapaksa", "LKA", "Finance Minister"), ("Narendra Modi", "IND", "Prime Minister"), ("Nirmala Sitharaman", "IND", "Finance Minister"), ("S Jaishankar", "IND", "Foreign Minister"), ("Gotabaya Rajapaksa", "LKA", "President"), ("Sajith Premadasa", "LKA", "opposition leader"), ("Harsh Pant", "IND", "professor, King's College London")],
[E("IND", "LKA", "AID AGREE", 1, "India has agreed to give Sri Lanka a $1bn credit line"),
 E("IND", "LKA", "AGREE", 1, "The agreement was signed in New Delhi on Thursday", sym=True),
 E("LKA", "IND", "CONSULT", 1, "held talks with Indian Prime Minister Narendra Modi and Finance Minister Nirmala Sitharaman"),
 E("IND", "LKA", "SUPPORT", 1, "India stands with Sri Lanka"),
 E("LKA", "IND", "SUPPORT", 0, "thanked Modi for what he called \"timely assistance\""),
 E("LKA", "IND", "CONSULT", 0, "the two sides had also discussed Indian investment in energy projects", sym=True),
 E("IND", "LKA", "AID", 0, "India provided a $500m credit line for fuel purchases"),
 E("LKA", "LKA", "PROTEST", 1, "marched to the president's office in Colombo on Tuesday"),
 E("LKA", "LKA", "REQUEST", 0, "demanding that Gotabaya Rajapaksa step down"),
 E("LKA", "LKA", "COERCE", 1, "Police blocked the marchers with barricades"),
 E("LKA", "LKA", "ACCUSE", 1, "accused the government of mismanaging the economy"),
 E("LKA", "IGO", "REQUEST", 1, "Sri Lanka would seek help from the International Monetary Fund"),
 E("IGO", "LKA", "CONSULT", 0, "An IMF team is expected in Colombo later this month"),
 E("LKA", "CHN", "REQUEST", 0, "Colombo's request to restructure its debt to Beijing"),
])

A("CK7", "Pakistan's Imran Khan dissolves parliament after no-confidence vote blocked", """
Pakistan's Prime Minister Imran Khan has dissolved the National Assembly and called for early elections, minutes after the deputy speaker threw out an opposition motion of no confidence that had been expected to remove him from office.

Deputy Speaker Qasim Suri, a member of Khan's Pakistan Tehreek-e-Insaf (PTI) party, ruled on Sunday that the motion was unconstitutional because it was part of a "foreign conspiracy" to topple the government. He then adjourned the session before any vote could be held.

Shortly afterwards, President Arif Alvi approved Khan's advice to dissolve parliament, the president's office said in a statement.

"I ask the nation to prepare for elections," Khan said in a televised address. "No corrupt forces will decide the future of this country."

The opposition, which says it has the support of 174 members in the 342-seat house, denounced the move as treason. Shehbaz Sharif, the leader of the opposition, said the constitution had been "blatantly violated" and vowed to challenge the ruling in court. "We will not allow this to stand," he told reporters outside parliament.

Opposition legislators stayed in the chamber after the session ended and held their own symbolic vote, declaring that Khan had lost.

Pakistan's Supreme Court took notice of the situation on its own initiative. Chief Justice Umar Ata Bandial said the court would examine whether the deputy speaker's ruling was lawful, and ordered all state institutions to refrain from unconstitutional steps. Hearings are set to resume on Monday.

Khan has accused the United States of backing the opposition's bid to oust him, citing a diplomatic cable he says contains a threat from a senior US official. Last week his government summoned a US diplomat to lodge a protest.

Washington has denied the allegation. "There is no truth to these allegations," State Department spokesman Ned Price told reporters.

The military, which has ruled Pakistan for almost half of its history, said it had nothing to do with the political process. Major General Babar Iftikhar, the army's spokesman, told a private television channel that the institution "has nothing to do with" the events in parliament.

Khan, a former cricket star, came to power in 2018 promising to fight corruption. Critics say his government has mishandled an economy struggling with soaring inflation and a rapidly widening trade deficit, and that his relations with the powerful army chief, General Qamar Javed Bajwa, have soured.

In February, Khan visited Moscow and met President Vladimir Putin on the day Russia launched its invasion of Ukraine, a trip that drew criticism from Western capitals.
""", ["2022-04-03", "2022-04-04", "dissolution on Sunday 3 April 2022; hearings to resume Monday"],
[("Imran Khan", "PAK", "Prime Minister"), ("Qasim Suri", "PAK", "Deputy Speaker"), ("Arif Alvi", "PAK", "President"), ("Shehbaz Sharif", "PAK", "leader of the opposition"), ("Umar Ata Bandial", "PAK", "Chief Justice"), ("Ned Price", "USA", "State Department spokesman"), ("Babar Iftikhar", "PAK", "Major General, army spokesman"), ("Qamar Javed Bajwa", "PAK", "General, army chief"), ("Vladimir Putin", "RUS", "President")],
[E("PAK", "PAK", "REJECT", 1, "threw out an opposition motion of no confidence"),
 E("PAK", "PAK", "ACCUSE", 1, "it was part of a \"foreign conspiracy\" to topple the government"),
 E("PAK", "PAK", "ACCUSE", 0, "No corrupt forces will decide the future of this country"),
 E("PAK", "PAK", "ACCUSE", 1, "denounced the move as treason"),
 E("PAK", "PAK", "THREATEN", 1, "vowed to challenge the ruling in court"),
 E("PAK", "PAK", "PROTEST", 0, "held their own symbolic vote"),
 E("PAK", "PAK", "REQUEST", 1, "ordered all state institutions to refrain from unconstitutional steps"),
 E("PAK", "USA", "ACCUSE", 1, "Khan has accused the United States of backing the opposition's bid to oust him"),
 E("PAK", "USA", "PROTEST", 1, "his government summoned a US diplomat to lodge a protest"),
 E("USA", "PAK", "REJECT", 1, "Washington has denied the allegation"),
 E("PAK", "RUS", "CONSULT", 1, "Khan visited Moscow and met President Vladimir Putin"),
 E("RUS", "UKR", "ASSAULT", 0, "Russia launched its invasion of Ukraine"),
 E("WST", "PAK", "ACCUSE", 0, "a trip that drew criticism from Western capitals"),
])
