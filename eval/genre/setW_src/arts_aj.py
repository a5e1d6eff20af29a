from common import A, T, F

A("W14", "txt", "Russia says Kherson withdrawal complete as Ukrainian troops enter city", """
Russia says it has completed the withdrawal of its forces from the west bank of the Dnipro River, including the city of Kherson, as Ukrainian troops entered the only regional capital Moscow had captured since the start of its invasion in February.

The Russian defence ministry said on Friday that more than 30,000 soldiers and some 5,000 pieces of military hardware had been moved to the eastern bank, and that "not a single unit of equipment or weapons" had been left behind.

Russian Defence Minister Sergei Shoigu ordered the pullback on Wednesday after the commander of Moscow's forces in Ukraine, General Sergei Surovikin, said it was no longer possible to supply the city.

Ukraine's military intelligence said its special units were entering Kherson, and videos posted on social media showed residents waving Ukrainian flags and embracing soldiers in the central square.

"Today is a historic day. We are getting Kherson back," President Volodymyr Zelenskyy said in his nightly address.

The Kremlin, however, insisted the retreat changed nothing. Spokesman Dmitry Peskov told reporters that the Kherson region remained "a subject of the Russian Federation" and that its status was "defined and fixed". Russia claimed to annex the region, along with three others, in September after referendums that Kyiv and the West denounced as a sham.

Ukrainian officials had been cautious for days, warning that the announced withdrawal could be a trap meant to draw their forces into urban fighting. "Russia does not give gifts," Zelenskyy's adviser Mykhailo Podolyak said on Thursday.

Retreating Russian forces blew up parts of the Antonivskyi Bridge, the main crossing over the Dnipro, according to images verified by Al Jazeera.

The withdrawal is the third major Russian retreat of the war, after Moscow pulled back from around Kyiv in the spring and was driven out of much of the Kharkiv region in September.

United States National Security Adviser Jake Sullivan called the recapture of Kherson "an extraordinary victory" and said Washington would keep supplying Ukraine with the weapons it needed to press on.

Analysts said Russia would now try to hold defensive lines on the eastern bank, from where its artillery can still reach the city. The Russian-installed authorities of the region have moved their administration to the town of Henichesk.
""", {"earliest": "2022-11-11", "latest": "2022-11-11", "why": "defence ministry statement 'on Friday' after Shoigu's order 'on Wednesday' (9 Nov 2022) -> 11 Nov 2022"},
[("Sergei Shoigu", "RUS", "Defence Minister"),
 ("Sergei Surovikin", "RUS", "General, commander of forces in Ukraine"),
 ("Volodymyr Zelenskyy", "UKR", "President"),
 ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 ("Mykhailo Podolyak", "UKR", "presidential adviser"),
 ("Jake Sullivan", "USA", "National Security Adviser")],
[
 ("RUS", "UKR", "RETREAT", T, "Russia says it has completed the withdrawal of its forces from the west bank of the Dnipro River"),
 ("UKR", "RUS", "ASSAULT", F, "Ukrainian troops entered the only regional capital Moscow had captured"),
 ("RUS", "UKR", "ASSAULT", F, "since the start of its invasion in February"),
 ("RUS", "UKR", "RETREAT", T, "Sergei Shoigu ordered the pullback on Wednesday"),
 ("UKR", "RUS", "ASSAULT MOBILIZE", T, "its special units were entering Kherson"),
 ("RUS", "UKR", "REJECT THREATEN", T, "the Kherson region remained \"a subject of the Russian Federation\""),
 ("RUS", "UKR", "COERCE ASSAULT", T, "Russia claimed to annex the region, along with three others, in September"),
 ("UKR", "RUS", "ACCUSE REJECT", T, "referendums that Kyiv and the West denounced as a sham"),
 ("WST", "RUS", "ACCUSE REJECT", T, "referendums that Kyiv and the West denounced as a sham"),
 ("UKR", "RUS", "ACCUSE", T, "warning that the announced withdrawal could be a trap"),
 ("RUS", "UKR", "ASSAULT", T, "Retreating Russian forces blew up parts of the Antonivskyi Bridge"),
 ("RUS", "UKR", "RETREAT", F, "Moscow pulled back from around Kyiv in the spring"),
 ("UKR", "RUS", "ASSAULT", F, "was driven out of much of the Kharkiv region in September"),
 ("USA", "UKR", "SUPPORT", T, "called the recapture of Kherson \"an extraordinary victory\""),
 ("USA", "UKR", "AID", T, "Washington would keep supplying Ukraine with the weapons"),
])

A("W15", "dump-2", "Poland says missile that killed two likely Ukrainian air defence", """
Poland's President Andrzej Duda has said a missile that crashed into a Polish village near the Ukrainian border, killing two people, was most likely a stray fired by Ukraine's air defences and not a deliberate Russian attack.

"There is no indication that this was an intentional attack on Poland," Duda told reporters on Wednesday. "It is highly probable that it was a rocket used by Ukrainian anti-aircraft defence."

The missile struck a grain-drying facility in Przewodow, about 6km (4 miles) from the border, on Tuesday afternoon, as Russia unleashed one of its heaviest barrages of the war on Ukraine's cities and energy grid.

The blast briefly raised fears of a direct clash between Russia and NATO, of which Poland is a member. Warsaw put some military units on higher alert and summoned the Russian ambassador late on Tuesday, demanding "immediate detailed explanations".

NATO Secretary-General Jens Stoltenberg said after an emergency meeting of the alliance's ambassadors in Brussels that the incident was not Ukraine's fault. "Russia bears ultimate responsibility, as it continues its illegal war against Ukraine," he said.

Polish Prime Minister Mateusz Morawiecki said Poland had considered asking for consultations under Article 4 of NATO's founding treaty but that it might not be necessary.

Ukrainian President Volodymyr Zelenskyy insisted the missile was not Ukrainian and asked that Ukrainian experts be given access to the site. Poland and the United States agreed to allow them to join the investigation.

Moscow denied any involvement. The Russian defence ministry said none of its strikes had been on targets closer than 35km (22 miles) from the Polish border, and called the initial reports "a deliberate provocation aimed at escalating the situation".

Kremlin spokesman Dmitry Peskov praised Washington's "restrained, much more professional" reaction, in contrast to what he called the "hysterical" response of Warsaw and other capitals.

United States President Joe Biden, attending the G20 summit in Bali, spoke with Duda by phone and convened an emergency meeting with Group of Seven and NATO leaders. He said it was "unlikely" that the missile had been fired from Russia.

Russia's massive strikes on Tuesday left about seven million Ukrainian households without power, officials in Kyiv said.
""", {"earliest": "2022-11-16", "latest": "2022-11-16", "why": "Duda 'on Wednesday', strike 'on Tuesday' (15 Nov 2022) -> 16 Nov 2022"},
[("Andrzej Duda", "POL", "President"),
 ("Jens Stoltenberg", "IGO", "NATO Secretary-General"),
 ("Mateusz Morawiecki", "POL", "Prime Minister"),
 ("Volodymyr Zelenskyy", "UKR", "President"),
 ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 ("Joe Biden", "USA", "President")],
[
 ("POL", "RUS", "REJECT", F, "There is no indication that this was an intentional attack on Poland"),
 ("RUS", "UKR", "ASSAULT", T, "Russia unleashed one of its heaviest barrages of the war on Ukraine's cities and energy grid"),
 ("POL", ["RUS", "POL"], "MOBILIZE", F, "Warsaw put some military units on higher alert"),
 ("POL", "RUS", "PROTEST ACCUSE CONSULT", T, "summoned the Russian ambassador late on Tuesday"),
 ("POL", "RUS", "REQUEST", T, "demanding \"immediate detailed explanations\""),
 ("IGO", "IGO", "CONSULT", F, "an emergency meeting of the alliance's ambassadors in Brussels"),
 ("IGO", "RUS", "ACCUSE", T, "Russia bears ultimate responsibility"),
 ("POL", "IGO", "REQUEST CONSULT", F, "Poland had considered asking for consultations under Article 4"),
 ("UKR", "POL", "REJECT", T, "insisted the missile was not Ukrainian"),
 ("UKR", "POL", "REQUEST", T, "asked that Ukrainian experts be given access to the site"),
 ("POL", "UKR", "AGREE CONCEDE COOPERATE", T, "Poland and the United States agreed to allow them to join the investigation"),
 ("USA", "UKR", "AGREE CONCEDE COOPERATE", F, "Poland and the United States agreed to allow them to join the investigation"),
 ("RUS", "POL", "REJECT", T, "Moscow denied any involvement"),
 ("RUS", "POL", "ACCUSE", T, "called the initial reports \"a deliberate provocation aimed at escalating the situation\""),
 ("RUS", "USA", "SUPPORT", T, "Peskov praised Washington's \"restrained, much more professional\" reaction"),
 ("RUS", "POL", "ACCUSE", T, "the \"hysterical\" response of Warsaw and other capitals"),
 ("USA", "POL", "CONSULT", T, "spoke with Duda by phone", T),
 ("USA", "IGO", "CONSULT", F, "convened an emergency meeting with Group of Seven and NATO leaders"),
 ("RUS", "UKR", "ASSAULT", F, "Russia's massive strikes on Tuesday"),
])

A("W16", "json", "Nazanin Zaghari-Ratcliffe freed by Iran as UK pays decades-old debt", """
British-Iranian aid worker Nazanin Zaghari-Ratcliffe and fellow dual national Anoosheh Ashoori have been released by Iran and have left the country, after the United Kingdom agreed to settle a debt of nearly 400 million pounds ($530m) dating back to the 1970s.

The pair flew from Tehran to Oman on Wednesday on a plane sent by the Gulf state, which had helped mediate between London and Tehran, before continuing to the UK.

British Foreign Secretary Liz Truss confirmed that the UK had paid the debt, which stems from an arms deal for Chieftain tanks that were never delivered after the 1979 Islamic revolution. She said the money had been "ring-fenced" for the purchase of humanitarian goods such as medicine.

"I am very pleased to confirm that the unfair detention of Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori in Iran has ended today," Truss said in a statement.

Zaghari-Ratcliffe, a project manager with the Thomson Reuters Foundation, was arrested at Tehran airport in April 2016 as she was returning to Britain with her daughter. She was convicted of plotting to overthrow the Iranian government, a charge she and her family always denied, and later received a second sentence for spreading propaganda.

Her husband, Richard Ratcliffe, had staged two hunger strikes, including one outside the Foreign Office last year, to press the government to secure her release. He has repeatedly accused Tehran of holding his wife as a bargaining chip over the debt.

Iranian officials have long denied any link between the detention of foreign nationals and financial disputes. Foreign ministry spokesman Saeed Khatibzadeh said the two had been released after completing legal procedures.

A third detainee, British-American conservationist Morad Tahbaz, was released from Evin prison on furlough but remains in Iran. Truss said the UK would continue to work to secure his permanent release.

Prime Minister Boris Johnson thanked Oman for its "skilful diplomacy".

The releases come as world powers and Iran try to conclude talks in Vienna on reviving the 2015 nuclear deal, which the US abandoned in 2018. Tulip Siddiq, the family's local member of parliament, said she was "overwhelmed" by the news.
""", {"earliest": "2022-03-16", "latest": "2022-03-16", "why": "date_publish 2022-03-16; flight 'on Wednesday' 16 March 2022"},
[("Nazanin Zaghari-Ratcliffe", "GBR", "British-Iranian aid worker, project manager, Thomson Reuters Foundation"),
 ("Anoosheh Ashoori", "GBR", "dual national"),
 ("Liz Truss", "GBR", "Foreign Secretary"),
 ("Richard Ratcliffe", "GBR", "husband of Nazanin Zaghari-Ratcliffe"),
 ("Saeed Khatibzadeh", "IRN", "Foreign ministry spokesman"),
 ("Morad Tahbaz", "GBR", "British-American conservationist"),
 ("Boris Johnson", "GBR", "Prime Minister"),
 ("Tulip Siddiq", "GBR", "member of parliament")],
[
 ("IRN", "GBR", "CONCEDE", T, "have been released by Iran and have left the country"),
 ("GBR", "IRN", "CONCEDE AGREE", T, "the United Kingdom agreed to settle a debt of nearly 400 million pounds"),
 ("GBR", "IRN", "CONCEDE AID", T, "the UK had paid the debt"),
 ("OMN", ["GBR", "IRN"], "AID", T, "on a plane sent by the Gulf state"),
 ("OMN", ["GBR", "IRN"], "CONSULT AID COOPERATE", T, "had helped mediate between London and Tehran"),
 ("GBR", "IRN", "ACCUSE", T, "the unfair detention of Nazanin Zaghari-Ratcliffe"),
 ("IRN", "GBR", "COERCE", T, "was arrested at Tehran airport in April 2016"),
 ("IRN", "GBR", "ACCUSE COERCE", T, "She was convicted of plotting to overthrow the Iranian government"),
 ("GBR", "IRN", "REJECT", F, "a charge she and her family always denied"),
 ("GBR", ["GBR", "IRN"], "PROTEST REQUEST", T, "had staged two hunger strikes"),
 ("GBR", "IRN", "ACCUSE", T, "accused Tehran of holding his wife as a bargaining chip"),
 ("IRN", "GBR", "REJECT", T, "Iranian officials have long denied any link"),
 ("IRN", "GBR", "CONCEDE", F, "was released from Evin prison on furlough"),
 ("GBR", "IRN", "REQUEST", T, "the UK would continue to work to secure his permanent release"),
 ("GBR", "OMN", "SUPPORT", T, "thanked Oman for its \"skilful diplomacy\""),
 ("IRN", "WST", "CONSULT", F, "world powers and Iran try to conclude talks in Vienna", T),
 ("USA", "IRN", "REJECT", F, "which the US abandoned in 2018"),
], meta={"date_publish": "2022-03-16 17:32:00", "authors": ["Al Jazeera Staff"],
         "url": "https://www.aljazeera.com/news/2022/3/16/nazanin-zaghari-ratcliffe-freed-iran-uk-debt",
         "source_domain": "aljazeera.com",
         "description": "The British-Iranian aid worker leaves Iran after the UK settles a debt over a 1970s tank deal."})

A("W17", "txt", "Egypt-brokered truce takes hold in Gaza after three days of Israeli strikes", """
A ceasefire between Israel and the Palestinian Islamic Jihad armed group has come into effect in the Gaza Strip, ending three days of fighting in which Israeli air raids killed 44 Palestinians, including 15 children.

The truce, mediated by Egypt, began at 11:30pm local time (20:30 GMT) on Sunday. Both sides said they would respond to any violation.

Israel launched the offensive on Friday with a strike on a building in Gaza City that killed Taysir al-Jabari, a senior commander of Islamic Jihad's armed wing, the al-Quds Brigades. On Saturday night, it killed Khaled Mansour, the group's commander in southern Gaza, in a raid on the Rafah refugee camp.

Islamic Jihad responded by firing more than 1,000 rockets towards Israel, most of which were intercepted by the Iron Dome system or fell short. No Israelis were killed.

Israeli Prime Minister Yair Lapid said the operation had hit the group's "entire senior military leadership" in Gaza. "If necessary, the State of Israel will know how to continue fighting," he warned.

Islamic Jihad leader Ziyad al-Nakhalah told reporters in Tehran that Egypt had committed to work for the release of two of the group's prisoners held by Israel, including Bassem al-Saadi, a senior figure arrested in the occupied West Bank city of Jenin last week.

The arrest of al-Saadi prompted Israel to seal its crossings with Gaza and close roads near the enclave, citing the threat of retaliation, before it launched what it called a pre-emptive operation.

Hamas, which governs Gaza, did not join the fighting, a decision analysts said reflected its wish to preserve economic understandings with Israel.

The United Nations special coordinator for the Middle East peace process, Tor Wennesland, welcomed the truce and called on all sides to observe it. US President Joe Biden also welcomed the ceasefire and thanked Egypt and Qatar for their role.

Palestinian health officials said more than 300 people were wounded. Israel said some of the Palestinian dead, including children in Jabalia, were killed by misfired rockets, a claim Islamic Jihad rejected.

Gaza's only power plant shut down on Saturday after Israel stopped fuel deliveries. Israel said it would reopen the crossings on Monday.
""", {"earliest": "2022-08-07", "latest": "2022-08-08", "why": "truce began 11:30pm 'on Sunday' (7 Aug 2022); crossings to reopen 'on Monday' (future): published the night of 7-8 Aug 2022"},
[("Taysir al-Jabari", "PSE", "senior commander, al-Quds Brigades"),
 ("Khaled Mansour", "PSE", "Islamic Jihad commander in southern Gaza"),
 ("Yair Lapid", "ISR", "Prime Minister"),
 ("Ziyad al-Nakhalah", "PSE", "Islamic Jihad leader"),
 ("Bassem al-Saadi", "PSE", "senior Islamic Jihad figure"),
 ("Tor Wennesland", "UNO", "UN special coordinator for the Middle East peace process"),
 ("Joe Biden", "USA", "President")],
[
 ("ISR", "PSE", "AGREE", T, "A ceasefire between Israel and the Palestinian Islamic Jihad armed group has come into effect", T),
 ("ISR", "PSE", "ASSAULT", T, "Israeli air raids killed 44 Palestinians"),
 ("EGY", ["ISR", "PSE"], "CONSULT AID", T, "The truce, mediated by Egypt"),
 ("ISR", "PSE", "THREATEN", F, "Both sides said they would respond to any violation", T),
 ("ISR", "PSE", "ASSAULT", T, "a strike on a building in Gaza City that killed Taysir al-Jabari"),
 ("ISR", "PSE", "ASSAULT", F, "it killed Khaled Mansour"),
 ("PSE", "ISR", "ASSAULT", T, "firing more than 1,000 rockets towards Israel"),
 ("ISR", "PSE", "THREATEN", T, "the State of Israel will know how to continue fighting"),
 ("EGY", "ISR", "REQUEST", F, "Egypt had committed to work for the release of two of the group's prisoners"),
 ("ISR", "PSE", "COERCE", T, "a senior figure arrested in the occupied West Bank city of Jenin"),
 ("ISR", "PSE", "SANCTION COERCE", T, "Israel to seal its crossings with Gaza"),
 ("PSE", "ISR", "ASSAULT", F, "Hamas, which governs Gaza, did not join the fighting"),
 ("UNO", ["ISR", "PSE"], "SUPPORT", T, "welcomed the truce"),
 ("UNO", ["ISR", "PSE"], "REQUEST", T, "called on all sides to observe it"),
 ("USA", ["ISR", "PSE"], "SUPPORT", F, "Biden also welcomed the ceasefire"),
 ("USA", ["EGY", "QAT"], "SUPPORT", T, "thanked Egypt and Qatar for their role"),
 ("ISR", "PSE", "ACCUSE", T, "Israel said some of the Palestinian dead, including children in Jabalia, were killed by misfired rockets"),
 ("PSE", "ISR", "REJECT", T, "a claim Islamic Jihad rejected"),
 ("ISR", "PSE", "SANCTION", T, "Israel stopped fuel deliveries"),
 ("ISR", "PSE", "CONCEDE", F, "Israel said it would reopen the crossings on Monday"),
])

A("W18", "dump-3", "Russians flee mobilisation as queues grow at borders", """
Tens of thousands of Russian men have left the country since President Vladimir Putin announced a partial military mobilisation last week, with queues of cars stretching for kilometres at the borders with Georgia and Kazakhstan.

Putin said on September 21 that about 300,000 reservists would be called up to fight in Ukraine, and warned the West that Russia would use "all the means at our disposal" to defend its territory. "This is not a bluff," he said.

 Kazakhstan said on Tuesday that about 98,000 Russians had entered the country in a week. President Kassym-Jomart Tokayev said most of those arriving had been forced to leave because of a "hopeless situation" and ordered officials to look after them.

Finland, which shares a 1,300km border with Russia, said on Thursday it would bar Russian tourists from entering from midnight on Friday, after traffic at its eastern crossings doubled. "The decision aims to stop tourism from Russia," Foreign Minister Pekka Haavisto told reporters.

Estonia, Latvia and Lithuania have already refused to admit Russians fleeing the draft, saying they do not qualify as refugees. The European Union remains divided on whether to offer them protection.

Inside Russia, the announcement triggered the first widespread street protests since the early days of the war. The independent monitoring group OVD-Info said more than 2,000 people had been detained across the country, and some of those arrested were handed call-up papers at police stations.

In the southern region of Dagestan, women blocked a highway and clashed with police, who fired warning shots.

Kremlin spokesman Dmitry Peskov denied reports that Russia would close its borders to men of fighting age, but said some "mistakes" had been made in the call-up and would be corrected.

Meanwhile, Moscow-installed officials in four occupied regions of Ukraine held referendums on joining Russia, votes that Kyiv and its Western allies dismissed as illegal. Ukrainian President Volodymyr Zelenskyy urged Russians to resist the draft. "Protest. Fight back. Run away. Or surrender to Ukrainian captivity," he said in a video address in Russian.

Georgia's interior ministry said about 10,000 people were crossing into the country each day, up from 5,000 before the mobilisation.
""", {"earliest": "2022-09-29", "latest": "2022-09-29", "why": "mobilisation announced September 21 'last week'; Kazakhstan 'on Tuesday' (27 Sept), Finland 'on Thursday' -> 29 Sept 2022"},
[("Vladimir Putin", "RUS", "President"),
 ("Kassym-Jomart Tokayev", "KAZ", "President"),
 ("Pekka Haavisto", "FIN", "Foreign Minister"),
 ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 ("Volodymyr Zelenskyy", "UKR", "President")],
[
 ("RUS", "RUS", "MOBILIZE", T, "announced a partial military mobilisation"),
 ("RUS", "UKR", "MOBILIZE", F, "about 300,000 reservists would be called up to fight in Ukraine"),
 ("RUS", "WST", "THREATEN", T, "warned the West that Russia would use \"all the means at our disposal\""),
 ("KAZ", "RUS", "AID SUPPORT", T, "ordered officials to look after them"),
 ("FIN", "RUS", "REJECT SANCTION", T, "it would bar Russian tourists from entering"),
 (["EST", "LVA", "LTU"], "RUS", "REJECT", F, "Estonia, Latvia and Lithuania have already refused to admit Russians fleeing the draft"),
 ("EST", "RUS", "REJECT", T, "Estonia, Latvia and Lithuania have already refused to admit Russians"),
 ("LVA", "RUS", "REJECT", T, "Estonia, Latvia and Lithuania have already refused to admit Russians"),
 ("LTU", "RUS", "REJECT", T, "Estonia, Latvia and Lithuania have already refused to admit Russians"),
 ("RUS", "RUS", "PROTEST", T, "the announcement triggered the first widespread street protests"),
 ("RUS", "RUS", "COERCE", T, "more than 2,000 people had been detained across the country"),
 ("RUS", "RUS", "COERCE", F, "some of those arrested were handed call-up papers"),
 ("RUS", "RUS", "PROTEST", T, "women blocked a highway and clashed with police"),
 ("RUS", "RUS", "ASSAULT COERCE", F, "who fired warning shots"),
 ("RUS", "RUS", "REJECT", F, "Peskov denied reports that Russia would close its borders"),
 ("RUS", "UKR", "COERCE ASSAULT", T, "Moscow-installed officials in four occupied regions of Ukraine held referendums"),
 ("UKR", "RUS", "REJECT ACCUSE", T, "votes that Kyiv and its Western allies dismissed as illegal"),
 ("WST", "RUS", "REJECT ACCUSE", T, "votes that Kyiv and its Western allies dismissed as illegal"),
 ("UKR", "RUS", "REQUEST", T, "urged Russians to resist the draft"),
])

A("W19", "json", "Houthi drones strike Yemen oil terminal as tanker docks", """
Yemen's Houthi rebels have attacked the Dhabba oil terminal in the southeastern province of Hadramout with drones as a tanker was preparing to load crude, the internationally recognised government says, in the most serious escalation since a UN-brokered truce expired this month.

The attack on Friday forced the Marshall Islands-flagged vessel to leave the port, government officials said. No casualties or damage to the ship were reported.

The Houthis said they had fired "warning shots" to stop what they called the looting of Yemen's oil wealth. Military spokesman Yahya Saree said the group had prevented the ship from "plundering" crude and warned foreign companies against dealing with the government.

"Any attempt to export oil will be confronted," he said in a televised statement.

The government's Presidential Leadership Council, headed by Rashad al-Alimi, responded on Saturday by designating the Houthis a terrorist organisation, and said it would take "all necessary measures" to protect national resources.

UN special envoy for Yemen Hans Grundberg condemned the attack and urged the parties to show restraint. The United States called it a "dangerous escalation" and said the Houthis must stop threatening commercial shipping.

It was the second such attack in a week. On Tuesday, the Houthis targeted the al-Nashima port in neighbouring Shabwa province.

The Houthis, who have controlled the capital Sanaa since 2014, have demanded that oil revenues be used to pay the salaries of public sector workers in areas under their control, a key sticking point that led them to reject a UN proposal to extend the truce on October 2.

The six-month ceasefire had brought the longest lull in a war that pits the Iran-aligned group against the government and a military coalition led by Saudi Arabia, which intervened in 2015. Saudi Arabia accuses Iran of supplying the Houthis with drones and missiles, a charge Tehran denies.

Mohammed Abdulsalam, the Houthis' chief negotiator, told Al Jazeera that the group remained open to talks but would not accept "a truce that keeps Yemenis hungry".
""", {"earliest": "2022-10-22", "latest": "2022-10-22", "why": "date_publish 2022-10-22; attack 'on Friday' 21 Oct 2022, designation 'on Saturday'"},
[("Yahya Saree", "YEM", "Houthi military spokesman"),
 ("Rashad al-Alimi", "YEM", "head of Presidential Leadership Council"),
 ("Hans Grundberg", "UNO", "UN special envoy for Yemen"),
 ("Mohammed Abdulsalam", "YEM", "Houthi chief negotiator")],
[
 ("YEM", "YEM", "ASSAULT", T, "Yemen's Houthi rebels have attacked the Dhabba oil terminal"),
 ("YEM", ["MHL", "MNC"], "COERCE ASSAULT", F, "forced the Marshall Islands-flagged vessel to leave the port"),
 ("YEM", "YEM", "ACCUSE", T, "to stop what they called the looting of Yemen's oil wealth"),
 ("YEM", "MNC", "THREATEN", T, "warned foreign companies against dealing with the government"),
 ("YEM", ["YEM", "MNC"], "THREATEN", F, "Any attempt to export oil will be confronted"),
 ("YEM", "YEM", "SANCTION ACCUSE", T, "designating the Houthis a terrorist organisation"),
 ("YEM", "YEM", "THREATEN", F, "it would take \"all necessary measures\""),
 ("UNO", "YEM", "ACCUSE", T, "Hans Grundberg condemned the attack"),
 ("UNO", "YEM", "REQUEST", T, "urged the parties to show restraint"),
 ("USA", "YEM", "ACCUSE", T, "The United States called it a \"dangerous escalation\""),
 ("USA", "YEM", "REQUEST", F, "the Houthis must stop threatening commercial shipping"),
 ("YEM", "YEM", "ASSAULT", T, "the Houthis targeted the al-Nashima port"),
 ("YEM", "YEM", "REQUEST", T, "have demanded that oil revenues be used to pay the salaries"),
 ("YEM", "UNO", "REJECT", T, "reject a UN proposal to extend the truce"),
 ("SAU", "YEM", "ASSAULT", F, "a military coalition led by Saudi Arabia, which intervened in 2015"),
 ("SAU", "IRN", "ACCUSE", T, "Saudi Arabia accuses Iran of supplying the Houthis with drones and missiles"),
 ("IRN", "SAU", "REJECT", T, "a charge Tehran denies"),
 ("IRN", "YEM", "AID", F, "supplying the Houthis with drones and missiles"),
 ("YEM", "YEM", "CONSULT", F, "the group remained open to talks"),
 ("YEM", "YEM", "REJECT", F, "would not accept \"a truce that keeps Yemenis hungry\""),
], meta={"date_publish": "2022-10-22 14:10:00", "authors": ["Al Jazeera and news agencies"],
         "url": "https://www.aljazeera.com/news/2022/10/22/houthi-drones-strike-yemen-oil-terminal",
         "source_domain": "aljazeera.com",
         "description": "Government designates the Houthis a terrorist group after a drone attack on the Dhabba terminal."})

A("W20", "dump-3", "Iran strikes Kurdish groups in northern Iraq, killing at least 13", """
Iran's Revolutionary Guard Corps has launched missile and drone attacks on the bases of Iranian Kurdish opposition groups in northern Iraq, killing at least 13 people and wounding dozens, according to Kurdish officials.

The strikes on Wednesday hit the headquarters of the Kurdistan Democratic Party of Iran (KDPI) near the town of Koya, east of Erbil, as well as positions of the Komala party and the Kurdistan Freedom Party, officials in Iraq's semi-autonomous Kurdistan region said. A pregnant woman was among the dead.

The IRGC said in a statement that it had targeted "terrorist headquarters" of groups that it accused of smuggling weapons into Iran and stoking the protests that have swept the country since the death of Mahsa Amini, a 22-year-old Kurdish woman, in the custody of the morality police.

The Guards vowed to continue the operation "until the threats are effectively removed" and demanded that authorities in Baghdad and Erbil disarm the groups.

Iraq's foreign ministry summoned the Iranian ambassador, Mohammad Kazem Al-e Sadeq, and condemned the attack as a violation of Iraqi sovereignty. The Kurdistan Regional Government also denounced the strikes.

The United States military said it had shot down an Iranian drone that appeared to pose a threat to US forces as it flew towards Erbil. State Department spokesman Ned Price called the strikes an "unjustified violation" of Iraq's sovereignty.

Iranian Kurdish groups, which have waged armed campaigns against Tehran for decades, have denied sending fighters or weapons across the border and say they are being blamed for a popular uprising.

Inside Iran, protesters again took to the streets in dozens of cities on Wednesday night. Rights groups say security forces have killed more than 70 people in the crackdown, while authorities say several members of the security forces have died.

Foreign ministry spokesman Nasser Kanaani said Iran respected Iraq's territorial integrity but expected its neighbour not to allow its soil to be used to threaten Iran's security.

Iran has struck the groups intermittently in the past, including a missile attack on the KDPI in Koya in 2018.
""", {"earliest": "2022-09-28", "latest": "2022-09-28", "why": "strikes 'on Wednesday' 28 Sept 2022 (after Mahsa Amini's death); same dump as W18 (29 Sept)"},
[("Mahsa Amini", "IRN", "22-year-old Kurdish woman"),
 ("Mohammad Kazem Al-e Sadeq", "IRN", "Ambassador to Iraq"),
 ("Ned Price", "USA", "State Department spokesman"),
 ("Nasser Kanaani", "IRN", "Foreign ministry spokesman")],
[
 ("IRN", ["IRN", "IRQ"], "ASSAULT", T, "has launched missile and drone attacks on the bases of Iranian Kurdish opposition groups in northern Iraq"),
 ("IRN", ["IRN", "IRQ"], "ASSAULT", F, "The strikes on Wednesday hit the headquarters of the Kurdistan Democratic Party of Iran"),
 ("IRN", "IRN", "ACCUSE", T, "groups that it accused of smuggling weapons into Iran"),
 ("IRN", "IRN", "PROTEST", F, "the protests that have swept the country"),
 ("IRN", "IRN", "COERCE", F, "in the custody of the morality police"),
 ("IRN", ["IRN", "IRQ"], "THREATEN", T, "The Guards vowed to continue the operation"),
 ("IRN", "IRQ", "REQUEST", T, "demanded that authorities in Baghdad and Erbil disarm the groups"),
 ("IRQ", "IRN", "PROTEST ACCUSE CONSULT", T, "Iraq's foreign ministry summoned the Iranian ambassador"),
 ("IRQ", "IRN", "ACCUSE", T, "condemned the attack as a violation of Iraqi sovereignty"),
 ("IRQ", "IRN", "ACCUSE", T, "The Kurdistan Regional Government also denounced the strikes"),
 ("USA", "IRN", "ASSAULT", T, "had shot down an Iranian drone"),
 ("USA", "IRN", "ACCUSE", T, "called the strikes an \"unjustified violation\" of Iraq's sovereignty"),
 ("IRN", "IRN", "REJECT", T, "have denied sending fighters or weapons across the border"),
 ("IRN", "IRN", "ASSAULT", F, "have waged armed campaigns against Tehran for decades", T),
 ("IRN", "IRN", "PROTEST", T, "protesters again took to the streets in dozens of cities"),
 ("IRN", "IRN", "ASSAULT COERCE", T, "security forces have killed more than 70 people in the crackdown"),
 ("IRN", "IRQ", "REQUEST", T, "expected its neighbour not to allow its soil to be used to threaten Iran's security"),
 ("IRN", "IRQ", "SUPPORT", F, "Iran respected Iraq's territorial integrity"),
 ("IRN", ["IRN", "IRQ"], "ASSAULT", F, "a missile attack on the KDPI in Koya in 2018"),
])
