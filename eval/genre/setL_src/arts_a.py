# Reuters-era articles L1-L6. Each: text (headline, blank line, paragraphs), meta, people, events.
# event tuple: (source, target, "TYPES", required, evidence[, symmetric])
A = {}

A["L1"] = dict(fmt="txt", published=("1989-12-22", "1989-12-22", "dateline 'Dec 22' of 1989 (Romanian revolution); Friday"),
text="""CEAUSESCU FLEES BUCHAREST AS ARMY JOINS PROTESTERS

BUCHAREST, Dec 22 - Romanian President Nicolae Ceausescu fled the capital by helicopter on Friday after tens of thousands of demonstrators stormed the Communist Party headquarters and army units refused to fire on the crowds, witnesses and state radio said.

Romanian radio, now in the hands of the protesters, said the army had sided with the people. Soldiers were seen handing out flags with the communist emblem cut from the centre and riding on tanks alongside cheering civilians.

Fighting broke out later in the day when security police loyal to Ceausescu opened fire on the radio and television building from nearby rooftops. Army troops returned fire, and the sound of heavy machine guns echoed across the city centre until nightfall.

The defence minister, General Vasile Milea, was reported dead earlier in the day. State radio said he had killed himself after being branded a traitor for refusing to order troops to shoot, but dissidents said he had been executed on Ceausescu's orders.

A group calling itself the National Salvation Front, led by former party official Ion Iliescu, announced on television that it had taken power and dissolved all the structures of the Ceausescu government. It promised free elections and called on the army to restore order.

The unrest began last week in the western city of Timisoara when police tried to evict a Hungarian-born pastor, Laszlo Tokes. Security forces fired on crowds there, and Hungary has accused Bucharest of a massacre.

In Moscow, Soviet Foreign Ministry spokesman Gennady Gerasimov said the Kremlin welcomed the change and was ready to give the new leadership any help it asked for. "We are on the side of the Romanian people," he told reporters.

The United States said it supported the Romanian people's struggle. White House spokesman Marlin Fitzwater said Washington would consider humanitarian aid but had no plans to intervene militarily.

Hungary said it would send blood and medicine across the border, and officials in Budapest said Red Cross convoys were already on their way to Timisoara and Arad.

Reuter""",
people=[("Nicolae Ceausescu","ROU","President"),("Vasile Milea","ROU","defence minister"),
        ("Ion Iliescu","ROU","former party official, leader of the National Salvation Front"),
        ("Laszlo Tokes","ROU","Hungarian-born pastor"),("Gennady Gerasimov","RUS","Soviet Foreign Ministry spokesman"),
        ("Marlin Fitzwater","USA","White House spokesman")],
events=[
 ("ROU","ROU","PROTEST",1,"tens of thousands of demonstrators stormed the Communist Party headquarters"),
 ("ROU","ROU","REJECT CONCEDE",0,"army units refused to fire on the crowds"),
 ("ROU","ROU","SUPPORT",0,"the army had sided with the people"),
 ("ROU","ROU","ASSAULT",1,"security police loyal to Ceausescu opened fire on the radio and television building"),
 ("ROU","ROU","ASSAULT",1,"Army troops returned fire"),
 ("ROU","ROU","ACCUSE",0,"branded a traitor"),
 ("ROU","ROU","ASSAULT",0,"he had been executed on Ceausescu's orders"),
 ("ROU","ROU","COERCE",0,"dissolved all the structures of the Ceausescu government"),
 ("ROU","ROU","REQUEST",0,"called on the army to restore order"),
 ("ROU","ROU","COERCE",0,"police tried to evict a Hungarian-born pastor"),
 ("ROU","ROU","ASSAULT",0,"Security forces fired on crowds there"),
 ("HUN","ROU","ACCUSE",1,"Hungary has accused Bucharest of a massacre"),
 ("RUS","ROU","SUPPORT",1,"the Kremlin welcomed the change"),
 ("RUS","ROU","AID AGREE SUPPORT",1,"was ready to give the new leadership any help it asked for"),
 ("RUS","ROU","SUPPORT",0,"We are on the side of the Romanian people"),
 ("USA","ROU","SUPPORT",1,"it supported the Romanian people's struggle"),
 ("USA","ROU","AID",0,"Washington would consider humanitarian aid"),
 ("HUN","ROU","AID",1,"Hungary said it would send blood and medicine across the border"),
 ("HUN","ROU","AID",0,"Red Cross convoys were already on their way"),
])

A["L2"] = dict(fmt="txt", published=("1990-01-20", "1990-01-20", "dateline 'Jan 20' of 1990 (Soviet troops enter Baku); Saturday"),
text="""SOVIET TROOPS STORM BAKU, DOZENS REPORTED KILLED

MOSCOW, Jan 20 - Soviet army troops and tanks forced their way into Baku overnight, crushing resistance from armed nationalists in the Azerbaijani capital, and dozens of people were killed, officials and witnesses said.

President Mikhail Gorbachev signed a decree declaring a state of emergency in the city on Friday, saying the Popular Front of Azerbaijan had tried to seize power by force and that Armenians living in Baku had to be protected after a week of ethnic violence.

Defence Minister Dmitry Yazov told reporters the army's task was to break up the organisation of the Popular Front. "We are not going to hand power to extremists," he said.

Popular Front supporters had blocked roads into the city with lorries and buses and thrown up barricades around military garrisons. Troops fired on the barricades as armoured columns moved in before dawn, witnesses told Reuters by telephone.

The Azerbaijani Communist Party leader, Abdul-Rahman Vezirov, was replaced later in the day by Ayaz Mutalibov, the official news agency Tass said.

Tens of thousands of people gathered outside the Communist Party headquarters in Baku to mourn the dead and denounce the military action, and many burned their party membership cards, a Popular Front official said.

In neighbouring Iran, the government appealed to Moscow to show restraint towards the Moslems of Azerbaijan. Foreign Minister Ali Akbar Velayati said the use of force against the people of the republic was "deeply regrettable."

In Washington, the State Department said it understood Moscow's need to restore order but urged the Soviet leadership to avoid further bloodshed.

Armenian officials in Yerevan accused Azerbaijani militants of killing dozens of Armenians in pogroms in Baku last week and said the troops had arrived too late to save them.

Reuter""",
people=[("Mikhail Gorbachev","RUS","President"),("Dmitry Yazov","RUS","Defence Minister"),
        ("Abdul-Rahman Vezirov","AZE","Azerbaijani Communist Party leader"),("Ayaz Mutalibov","AZE","Azerbaijani Communist Party leader"),
        ("Ali Akbar Velayati","IRN","Foreign Minister")],
events=[
 ("RUS","AZE","ASSAULT",1,"Soviet army troops and tanks forced their way into Baku"),
 ("RUS","AZE","ASSAULT",0,"Troops fired on the barricades"),
 ("RUS","AZE","COERCE SANCTION",1,"signed a decree declaring a state of emergency in the city"),
 ("RUS","AZE","ACCUSE",1,"the Popular Front of Azerbaijan had tried to seize power by force"),
 ("RUS","AZE","THREATEN",0,"the army's task was to break up the organisation of the Popular Front"),
 ("RUS","AZE","THREATEN REJECT",1,"We are not going to hand power to extremists"),
 ("AZE","RUS","PROTEST MOBILIZE",1,"Popular Front supporters had blocked roads into the city"),
 ("AZE",["RUS","AZE"],"PROTEST",1,"Tens of thousands of people gathered outside the Communist Party headquarters in Baku"),
 ("AZE",["RUS","AZE"],"PROTEST REJECT",0,"many burned their party membership cards"),
 ("IRN","RUS","REQUEST",1,"the government appealed to Moscow to show restraint"),
 ("IRN","RUS","ACCUSE PROTEST",0,"deeply regrettable"),
 ("USA","RUS","SUPPORT",0,"it understood Moscow's need to restore order"),
 ("USA","RUS","REQUEST",1,"urged the Soviet leadership to avoid further bloodshed"),
 ("ARM","AZE","ACCUSE",1,"accused Azerbaijani militants of killing dozens of Armenians"),
 ("AZE","ARM","ASSAULT",0,"killing dozens of Armenians in pogroms"),
 ("ARM","RUS","ACCUSE",0,"the troops had arrived too late"),
])

A["L3"] = dict(fmt="json", date_publish=None, url=None, source_domain="reuters.com", authors=[],
description="Soviet leader says Lithuania's declaration of independence is invalid and rules out talks with the republic as a foreign state.",
published=("1990-03-13", "1990-03-13", "dateline 'March 13' of 1990 (two days after Lithuania's March 11 declaration); Tuesday"),
text="""GORBACHEV CALLS LITHUANIAN INDEPENDENCE VOTE ILLEGITIMATE

MOSCOW, March 13 - Soviet President Mikhail Gorbachev said on Tuesday that Lithuania's declaration of independence was illegitimate and invalid, and that Moscow would not negotiate with the breakaway Baltic republic as if it were a foreign state.

Addressing the Congress of People's Deputies, Gorbachev said the Lithuanian parliament had acted in haste and without regard for the constitution. "We will not hold talks with a neighbouring country. Lithuania is part of the Soviet Union," he told the deputies.

The Congress later voted by a large majority to declare the Lithuanian decision void and instructed the government to protect Soviet interests and the rights of non-Lithuanians in the republic.

In Vilnius, President Vytautas Landsbergis, elected by the Lithuanian parliament on Sunday hours before it voted to restore the independence lost in 1940, appealed to Moscow to open talks on the practical details of separation.

"We are ready to negotiate on everything except the fact of our independence," Landsbergis told a news conference. He said Lithuania had sent a message to Gorbachev proposing a meeting of delegations.

Lithuanian officials said they had also written to governments around the world asking for diplomatic recognition, but no country has yet recognised the new state.

The United States, which never recognised the Soviet annexation of the Baltic states, urged Moscow to respect the wishes of the Lithuanian people and to refrain from using force. State Department spokeswoman Margaret Tutwiler said Washington hoped the question would be settled through dialogue.

The popular fronts of neighbouring Latvia and Estonia sent messages of support to the Lithuanian parliament, and thousands of people rallied in Riga to back the declaration.

Lithuanian radio reported that army units had held exercises near the capital, which officials in Vilnius called an attempt at intimidation.

Reuter""",
people=[("Mikhail Gorbachev","RUS","Soviet President"),("Vytautas Landsbergis","LTU","President"),
        ("Margaret Tutwiler","USA","State Department spokeswoman")],
events=[
 ("RUS","LTU","REJECT",1,"Lithuania's declaration of independence was illegitimate and invalid"),
 ("RUS","LTU","REJECT",1,"Moscow would not negotiate with the breakaway Baltic republic"),
 ("RUS","LTU","REJECT",0,"We will not hold talks with a neighbouring country"),
 ("RUS","LTU","ACCUSE",0,"had acted in haste and without regard for the constitution"),
 ("RUS","LTU","REJECT SANCTION",1,"voted by a large majority to declare the Lithuanian decision void"),
 ("RUS","LTU","THREATEN",0,"instructed the government to protect Soviet interests"),
 ("LTU","RUS","REJECT",0,"voted to restore the independence lost in 1940"),
 ("LTU","RUS","REQUEST",1,"appealed to Moscow to open talks"),
 ("LTU","RUS","AGREE REQUEST",0,"We are ready to negotiate on everything"),
 ("LTU","RUS","REQUEST CONSULT",0,"sent a message to Gorbachev proposing a meeting of delegations"),
 ("USA","RUS","REJECT",0,"never recognised the Soviet annexation of the Baltic states"),
 ("USA","RUS","REQUEST",1,"urged Moscow to respect the wishes of the Lithuanian people"),
 ("USA",["RUS","LTU"],"REQUEST",0,"Washington hoped the question would be settled through dialogue"),
 ("LVA","LTU","SUPPORT",1,"sent messages of support to the Lithuanian parliament"),
 ("EST","LTU","SUPPORT",0,"sent messages of support to the Lithuanian parliament"),
 ("LVA","LTU","SUPPORT PROTEST",0,"thousands of people rallied in Riga to back the declaration"),
 ("RUS","LTU","MOBILIZE THREATEN",1,"army units had held exercises near the capital"),
 ("LTU","RUS","ACCUSE",1,"called an attempt at intimidation"),
])

A["L4"] = dict(fmt="json", date_publish="1990-07-18 13:42:00", url=None, source_domain="reuters.com", authors=[],
description="Iraq accuses Kuwait of taking oil from a border field and of conspiring to hold down prices; Kuwait rejects the charges.",
published=("1990-07-18", "1990-07-18", "dateline 'July 18' of 1990 (Saddam's July 17 revolution-day speech); Wednesday"),
text="""IRAQ ACCUSES KUWAIT OF STEALING OIL, WARNS OF ACTION

BAGHDAD, July 18 - Iraq accused Kuwait on Wednesday of stealing oil worth $2.4 billion from a disputed border field and of plotting with the United Arab Emirates to flood the world market with crude, and warned it could take action to protect its interests.

In a letter to the Arab League, Foreign Minister Tareq Aziz said Kuwait had installed drilling equipment on Iraqi territory in the Rumaila field and had deliberately exceeded its OPEC quota to drive prices down.

President Saddam Hussein, in a speech on Tuesday marking the anniversary of the 1968 revolution, said the overproduction by some Gulf states was "a poisoned dagger" in Iraq's back. "If words fail to protect us, we will have no choice but to act to restore things to their natural order," he said.

Kuwait rejected the charges. In a memorandum to the Arab League, the Kuwaiti government said the accusations were baseless and called for an Arab committee to settle the border dispute.

Kuwaiti Foreign Minister Sheikh Sabah al-Ahmad al-Sabah flew to Cairo and Riyadh to brief Arab leaders, diplomats said.

Egyptian President Hosni Mubarak telephoned Saddam and the Kuwaiti emir, Sheikh Jaber al-Ahmad al-Sabah, urging both sides to resolve the dispute through dialogue, an Egyptian official said.

Arab League Secretary-General Chedli Klibi said he was ready to travel to the region to mediate if both governments asked him to.

Oil traders said the Iraqi threats had pushed prices higher as OPEC ministers prepared to meet in Geneva next week.

Western diplomats in Baghdad said they did not believe Iraq would use force, but noted that the tone of the speech was unusually harsh.

Reuter""",
people=[("Tareq Aziz","IRQ","Foreign Minister"),("Saddam Hussein","IRQ","President"),
        ("Sabah al-Ahmad al-Sabah","KWT","Foreign Minister"),("Hosni Mubarak","EGY","President"),
        ("Jaber al-Ahmad al-Sabah","KWT","emir"),("Chedli Klibi","IGO","Arab League Secretary-General")],
events=[
 ("IRQ","KWT","ACCUSE",1,"Iraq accused Kuwait on Wednesday of stealing oil"),
 ("IRQ","ARE","ACCUSE",1,"plotting with the United Arab Emirates"),
 ("IRQ","KWT","THREATEN",1,"warned it could take action to protect its interests"),
 ("IRQ","KWT","ACCUSE",0,"Kuwait had installed drilling equipment on Iraqi territory"),
 ("IRQ","IGO","CONSULT",0,"In a letter to the Arab League"),
 ("IRQ",["KWT","ARE"],"ACCUSE",0,"a poisoned dagger"),
 ("IRQ",["KWT","ARE"],"THREATEN",1,"we will have no choice but to act"),
 ("KWT","IRQ","REJECT",1,"Kuwait rejected the charges"),
 ("KWT","IRQ","REJECT",0,"the accusations were baseless"),
 ("KWT",["IGO","IRQ"],"REQUEST",0,"called for an Arab committee to settle the border dispute"),
 ("KWT","EGY","CONSULT",1,"flew to Cairo and Riyadh to brief Arab leaders"),
 ("KWT","SAU","CONSULT",1,"flew to Cairo and Riyadh to brief Arab leaders"),
 ("EGY","IRQ","CONSULT",1,"telephoned Saddam",True),
 ("EGY","KWT","CONSULT",1,"the Kuwaiti emir, Sheikh Jaber al-Ahmad al-Sabah",True),
 ("EGY",["IRQ","KWT"],"REQUEST",0,"urging both sides to resolve the dispute through dialogue"),
 ("IGO",["IRQ","KWT"],"AGREE CONSULT",0,"he was ready to travel to the region to mediate"),
])

A["L5"] = dict(fmt="dump", dump="dump-1.txt", nbsp=False,
published=("1988-12-14", "1988-12-14", "dateline 'Dec 14' of 1988 (US opens dialogue with the PLO); Wednesday"),
text="""U.S. AGREES TO TALK TO PLO AFTER ARAFAT RENOUNCES TERRORISM

WASHINGTON, Dec 14 - The United States said on Wednesday it would open a substantive dialogue with the Palestine Liberation Organisation after PLO chairman Yasser Arafat explicitly renounced terrorism and accepted Israel's right to exist.

Secretary of State George Shultz told a news conference that Arafat's statement in Geneva earlier in the day had met long-standing American conditions. He said he had authorised the U.S. ambassador in Tunisia, Robert Pelletreau, to make contact with PLO representatives.

"Nothing in this decision should be read as American recognition of an independent Palestinian state," Shultz said.

At a news conference in Geneva, Arafat said the PLO accepted U.N. Security Council resolutions 242 and 338 and rejected terrorism in every form.

Israel reacted angrily. Prime Minister Yitzhak Shamir said the American decision was a mistake and that Israel would never negotiate with the PLO, which he described as a terrorist organisation bent on destroying the Jewish state.

An Israeli government spokesman, Avi Pazner, said the U.S. move would not bring peace one step closer.

Arab governments welcomed the decision. Egypt's foreign ministry called it a "positive and courageous step," and Saudi Arabia called on Washington to go further and recognise the rights of the Palestinian people.

Jordan's King Hussein telephoned Arafat in Geneva to congratulate him on what he called a brave and historic decision, the official Jordanian news agency Petra said.

Last month the United States refused Arafat a visa to address the U.N. General Assembly in New York, forcing the assembly to move its session to Geneva to hear him.

Reuter""",
people=[("Yasser Arafat","PSE","PLO chairman"),("George Shultz","USA","Secretary of State"),
        ("Robert Pelletreau","USA","U.S. ambassador in Tunisia"),("Yitzhak Shamir","ISR","Prime Minister"),
        ("Avi Pazner","ISR","government spokesman"),("Hussein","JOR","King")],
events=[
 ("USA","PSE","AGREE CONSULT",1,"it would open a substantive dialogue with the Palestine Liberation Organisation",True),
 ("PSE","ISR","CONCEDE AGREE",1,"explicitly renounced terrorism and accepted Israel's right to exist"),
 ("USA","PSE","CONSULT",0,"to make contact with PLO representatives"),
 ("USA","PSE","REJECT",1,"Nothing in this decision should be read as American recognition of an independent Palestinian state"),
 ("PSE","UNO","AGREE CONCEDE",0,"the PLO accepted U.N. Security Council resolutions 242 and 338"),
 ("PSE","ISR","CONCEDE",0,"rejected terrorism in every form"),
 ("ISR","USA","ACCUSE REJECT PROTEST",1,"the American decision was a mistake"),
 ("ISR","PSE","REJECT",1,"Israel would never negotiate with the PLO"),
 ("ISR","PSE","ACCUSE",1,"described as a terrorist organisation"),
 ("ISR","USA","REJECT ACCUSE",0,"would not bring peace one step closer"),
 ("EGY","USA","SUPPORT",1,"positive and courageous step"),
 ("SAU","USA","REQUEST",1,"Saudi Arabia called on Washington to go further"),
 ("JOR","PSE","CONSULT",1,"King Hussein telephoned Arafat in Geneva",True),
 ("JOR","PSE","SUPPORT",0,"a brave and historic decision"),
 ("USA","PSE","REJECT SANCTION",0,"the United States refused Arafat a visa"),
])

A["L6"] = dict(fmt="dump", dump="dump-2.txt", nbsp=False,
published=("1989-08-14", "1989-08-14", "dateline 'Aug 14' of 1989 (RENAMO-church contacts in Nairobi); Monday"),
text="""MOZAMBIQUE REBELS MEET CHURCHMEN IN NAIROBI, REJECT GOVERNMENT PLAN

NAIROBI, Aug 14 - Leaders of the Mozambique National Resistance (RENAMO) met a delegation of Mozambican church leaders in Nairobi on Monday in the first direct contact aimed at ending the country's 12-year civil war, Kenyan officials said.

The rebels, led by Afonso Dhlakama, rejected a 12-point peace plan drawn up by the Maputo government last month, saying it amounted to a demand for surrender. A RENAMO spokesman said the movement would not lay down its arms until the ruling Frelimo party agreed to multi-party elections.

President Joaquim Chissano's government has offered an amnesty to rebels who give up the fight and says it is willing to talk to RENAMO about ending the violence, but not about sharing power.

Kenyan President Daniel arap Moi, who hosted the meeting, and Zimbabwe's President Robert Mugabe have agreed to act as mediators, Kenyan Foreign Minister Robert Ouko told reporters.

Zimbabwe has some 10,000 troops in Mozambique guarding the road, rail and oil pipeline corridor from its border to the port of Beira against rebel attacks.

Church leaders said after the talks that the rebels had presented a 16-point document of their own, demanding the withdrawal of Zimbabwean troops and recognition of RENAMO as a political party.

Archbishop Jaime Goncalves of Beira, who led the church team, described the meeting as frank and said both sides wanted to continue. "Peace will not come in a day, but today we began," he said.

The Mozambican government accuses South Africa of continuing to supply the rebels despite the 1984 Nkomati non-aggression accord. Pretoria denies the charge.

Reuter""",
people=[("Afonso Dhlakama","MOZ","RENAMO leader"),("Joaquim Chissano","MOZ","President"),
        ("Daniel arap Moi","KEN","President"),("Robert Mugabe","ZWE","President"),
        ("Robert Ouko","KEN","Foreign Minister"),("Jaime Goncalves","MOZ","Archbishop of Beira")],
events=[
 ("MOZ","MOZ","CONSULT",1,"met a delegation of Mozambican church leaders in Nairobi",True),
 ("MOZ","MOZ","REJECT",1,"rejected a 12-point peace plan drawn up by the Maputo government"),
 ("MOZ","MOZ","ACCUSE",0,"it amounted to a demand for surrender"),
 ("MOZ","MOZ","REJECT REQUEST THREATEN",1,"would not lay down its arms until the ruling Frelimo party agreed to multi-party elections"),
 ("MOZ","MOZ","CONCEDE AGREE",0,"has offered an amnesty to rebels"),
 ("MOZ","MOZ","AGREE",0,"it is willing to talk to RENAMO"),
 ("MOZ","MOZ","REJECT",0,"but not about sharing power"),
 ("KEN","MOZ","CONSULT COOPERATE",0,"who hosted the meeting",True),
 ("KEN","MOZ","AGREE COOPERATE",1,"have agreed to act as mediators"),
 ("ZWE","MOZ","AGREE COOPERATE",1,"have agreed to act as mediators"),
 ("ZWE","MOZ","AID COOPERATE",0,"Zimbabwe has some 10,000 troops in Mozambique"),
 ("MOZ","MOZ","ASSAULT",0,"rebel attacks"),
 ("MOZ","ZWE","REQUEST",1,"demanding the withdrawal of Zimbabwean troops"),
 ("MOZ","MOZ","REQUEST",0,"recognition of RENAMO as a political party"),
 ("MOZ","ZAF","ACCUSE",1,"accuses South Africa of continuing to supply the rebels"),
 ("ZAF","MOZ","AID",0,"continuing to supply the rebels"),
 ("ZAF","MOZ","REJECT",1,"Pretoria denies the charge"),
])
