# Articles CN1..CN10: (id, headline, date, paragraphs, people, events)
# event: (source, target, types, required, evidence, symmetric)
R, O = True, False

ARTS = []

ARTS.append(dict(
id="CN1", date="1987-01-21",
headline="IRAN SAYS IT WILL NOT ATTEND ISLAMIC SUMMIT IN KUWAIT",
paras=[
"NICOSIA, Jan 21 - Iran will not attend next week's summit of the Islamic Conference Organisation in Kuwait because the host country has sided with Iraq in the Gulf war, Tehran Radio said.",
"The radio, monitored in Nicosia, quoted Foreign Minister Ali Akbar Velayati as saying Kuwait was \"neither neutral nor safe\" and could not serve as a fair venue for a meeting of Moslem nations.",
"\"A country which opens its ports to the weapons of the aggressor cannot host a gathering that claims to seek peace among Moslems,\" Velayati said.",
"Iran had asked the 46-member organisation last month to move the summit to another capital, but the request was turned down, diplomats in the region said.",
"Kuwait's Foreign Ministry rejected the charges as baseless. A ministry spokesman told the Kuwait News Agency that the emirate had done everything to give all members a warm welcome.",
"Iran also warned Gulf Arab states that it would hold them responsible for any help they gave Baghdad during the war, now in its seventh year.",
"Kuwait has stepped up security ahead of the January 26 meeting, which Iraqi President Saddam Hussein is expected to attend. Officials said the summit would discuss ways to end the war.",
"Reuter",
],
people=[("Ali Akbar Velayati","IRN","Foreign Minister"),("Saddam Hussein","IRQ","President")],
events=[
("IRN",["IGO","KWT"],["REJECT"],R,"Iran will not attend next week's summit of the Islamic Conference Organisation in Kuwait",False),
("IRN","KWT",["ACCUSE"],R,"because the host country has sided with Iraq in the Gulf war",False),
("IRN","KWT",["ACCUSE"],O,"Kuwait was \"neither neutral nor safe\"",False),
("IRN","IGO",["REQUEST"],R,"Iran had asked the 46-member organisation last month to move the summit to another capital",False),
("IGO","IRN",["REJECT"],R,"the request was turned down",False),
("KWT","IRN",["REJECT"],R,"Kuwait's Foreign Ministry rejected the charges as baseless",False),
("IRN",["KWT","SAU","ARE","BHR","QAT","OMN"],["THREATEN"],O,"Iran also warned Gulf Arab states that it would hold them responsible",False),
("KWT","IRQ",["SUPPORT","COOPERATE"],O,"opens its ports to the weapons of the aggressor",False),
("IRN","IRQ",["ASSAULT"],O,"the war, now in its seventh year",True),
("IRQ","IGO",["CONSULT"],O,"which Iraqi President Saddam Hussein is expected to attend",False),
]))

ARTS.append(dict(
id="CN2", date="1987-02-19",
headline="IRAN EXPELS TWO WEST GERMAN DIPLOMATS OVER TELEVISION SKETCH",
paras=[
"BONN, Feb 19 - Iran has ordered two West German diplomats to leave the country within 48 hours in protest at a television comedy sketch which Tehran said insulted Ayatollah Ruhollah Khomeini, the Foreign Ministry in Bonn said.",
"A ministry spokesman said the two, a first secretary and an attache, were told to go after the West German ambassador was summoned to the Iranian Foreign Ministry on Wednesday.",
"Tehran also closed the Goethe Institute cultural centre in the Iranian capital and suspended flights by the West German airline Lufthansa, according to the official Iranian news agency IRNA.",
"The sketch, broadcast last weekend on a popular satirical programme hosted by Dutch-born entertainer Rudi Carrell, showed a figure resembling Khomeini being pelted with women's underwear.",
"The agency said the programme was a \"premeditated insult\" to Islam and demanded that the Bonn government punish those responsible.",
"Bonn regretted the decision but would not apologise for the broadcast, the spokesman said. \"In our country, television is free and the government does not decide what is shown,\" he told reporters.",
"Foreign Minister Hans-Dietrich Genscher had earlier told Iranian charge d'affaires Mohammad Jafari that the sketch did not reflect official West German views, officials said.",
"West Germany is one of Iran's biggest trading partners. Diplomats said the row could complicate efforts to free two West Germans kidnapped in Beirut last month.",
"Reuter",
],
people=[("Ruhollah Khomeini","IRN","Ayatollah"),("Rudi Carrell","NLD","entertainer"),("Hans-Dietrich Genscher","DEU","Foreign Minister"),("Mohammad Jafari","IRN","charge d'affaires")],
events=[
("IRN","DEU",["SANCTION","COERCE"],R,"Iran has ordered two West German diplomats to leave the country within 48 hours",False),
("IRN","DEU",["PROTEST"],R,"in protest at a television comedy sketch",False),
("IRN","DEU",["PROTEST","CONSULT"],R,"the West German ambassador was summoned to the Iranian Foreign Ministry",False),
("IRN","DEU",["SANCTION"],R,"Tehran also closed the Goethe Institute cultural centre",False),
("IRN","DEU",["SANCTION"],R,"suspended flights by the West German airline Lufthansa",False),
("IRN","DEU",["ACCUSE"],O,"the programme was a \"premeditated insult\" to Islam",False),
("IRN","DEU",["REQUEST"],R,"demanded that the Bonn government punish those responsible",False),
("DEU","IRN",["REJECT"],R,"would not apologise for the broadcast",False),
("DEU","IRN",["CONSULT"],R,"Hans-Dietrich Genscher had earlier told Iranian charge d'affaires Mohammad Jafari",False),
]))

ARTS.append(dict(
id="CN3", date="1987-02-25",
headline="HIZBOLLAH VOWS REVENGE AFTER SYRIAN TROOPS KILL 23 IN BEIRUT",
paras=[
"BEIRUT, Feb 25 - The pro-Iranian Hizbollah (Party of God) vowed to avenge the deaths of 23 of its members who were killed when Syrian troops stormed their headquarters in the Basta district of Moslem west Beirut.",
"\"The blood of our martyrs will not be shed in vain,\" a Hizbollah statement said. Thousands of mourners marched through the southern suburbs behind the coffins, chanting slogans against Damascus.",
"Syrian officers said their soldiers came under fire as they moved to take over the Fathallah barracks under a plan to restore order in the city. Hizbollah denied its men had opened fire and said many were shot after they surrendered.",
"The Syrian force, about 7,000 strong, moved into west Beirut on Sunday at the invitation of Moslem leaders after a week of fighting between the Shi'ite Amal militia and an alliance of Druze and leftist gunmen.",
"Iran sent Deputy Foreign Minister Mohammad Ali Besharati to Damascus to protest over the killings, Tehran Radio said. He was expected to meet Syrian Vice President Abdel-Halim Khaddam.",
"Lebanese Prime Minister Rashid Karami appealed for calm and said the Syrian deployment must not be turned into a conflict between allies.",
"Syria, Iran's main Arab ally in the Gulf war, had not previously clashed openly with the Shi'ite fundamentalists, who are believed to hold many of the foreign hostages in Lebanon.",
"Reuter",
],
people=[("Mohammad Ali Besharati","IRN","Deputy Foreign Minister"),("Abdel-Halim Khaddam","SYR","Vice President"),("Rashid Karami","LBN","Prime Minister")],
events=[
("SYR","LBN",["ASSAULT"],R,"killed when Syrian troops stormed their headquarters",False),
("LBN","SYR",["THREATEN"],R,"vowed to avenge the deaths of 23 of its members",False),
("LBN","SYR",["PROTEST"],R,"chanting slogans against Damascus",False),
("SYR","LBN",["ACCUSE"],O,"their soldiers came under fire",False),
("LBN","SYR",["REJECT","ACCUSE"],R,"Hizbollah denied its men had opened fire and said many were shot after they surrendered",False),
("SYR","LBN",["MOBILIZE"],R,"moved into west Beirut on Sunday",False),
("LBN","SYR",["REQUEST"],O,"at the invitation of Moslem leaders",False),
("LBN","LBN",["ASSAULT"],O,"a week of fighting between the Shi'ite Amal militia and an alliance of Druze and leftist gunmen",True),
("IRN","SYR",["PROTEST"],R,"Iran sent Deputy Foreign Minister Mohammad Ali Besharati to Damascus to protest over the killings",False),
("IRN","SYR",["CONSULT"],R,"He was expected to meet Syrian Vice President Abdel-Halim Khaddam",False),
("LBN","SYR",["REQUEST"],O,"appealed for calm",False),
]))

ARTS.append(dict(
id="CN4", date="1987-01-03",
headline="CHAD SAYS IT RECAPTURED FADA FROM LIBYAN FORCES",
paras=[
"N'DJAMENA, Jan 3 - Chadian government troops have recaptured the northeastern oasis of Fada from Libyan forces, killing several hundred Libyan soldiers and seizing dozens of tanks, the official Chadian radio said.",
"The radio said the town fell on Friday after a battle lasting several hours. It put Libyan losses at 784 dead and said 81 prisoners had been taken.",
"There was no independent confirmation of the figures. A Libyan government spokesman, quoted by the Libyan news agency JANA, denied that Libyan troops were in Chad and said the fighting was between Chadian factions.",
"President Hissene Habre said in a message to the nation that the victory showed Libya's \"colonial adventure\" in Chad was doomed. He called on France and other friendly nations to help his army drive the invaders from the north.",
"France, which has about 1,400 troops in Chad south of the 16th parallel, said it had not taken part in the battle. A defence ministry spokesman in Paris said French aircraft remained ready to protect the south.",
"Fada had been held by Libyan troops and their Chadian allies since 1983. Habre's forces were joined last year by fighters loyal to rebel leader Goukouni Oueddei, who broke with Tripoli.",
"Reuter",
],
people=[("Hissene Habre","TCD","President"),("Goukouni Oueddei","TCD","rebel leader")],
events=[
("TCD","LBY",["ASSAULT"],R,"Chadian government troops have recaptured the northeastern oasis of Fada from Libyan forces",True),
("TCD","LBY",["ASSAULT"],O,"killing several hundred Libyan soldiers",False),
("TCD","LBY",["COERCE"],O,"81 prisoners had been taken",False),
("LBY","TCD",["REJECT"],R,"denied that Libyan troops were in Chad",False),
("TCD","LBY",["ACCUSE"],R,"Libya's \"colonial adventure\" in Chad was doomed",False),
("TCD","FRA",["REQUEST"],R,"He called on France and other friendly nations to help his army",False),
("FRA","TCD",["SUPPORT","MOBILIZE"],O,"French aircraft remained ready to protect the south",False),
("LBY","TCD",["MOBILIZE","COERCE"],O,"Fada had been held by Libyan troops and their Chadian allies since 1983",False),
("TCD","LBY",["REJECT","RETREAT"],O,"who broke with Tripoli",False),
]))

ARTS.append(dict(
id="CN5", date="1987-02-14",
headline="SOMALIA SAYS ETHIOPIAN TROOPS ATTACKED BORDER POSTS",
paras=[
"MOGADISHU, Feb 14 - Somalia accused Ethiopia of launching a ground and air attack on its border posts in the central Galgadud region and said its forces had repelled the assault, inflicting heavy casualties.",
"The official Somali National News Agency said Ethiopian troops backed by tanks and MiG fighters crossed the frontier early on Thursday. It said about 100 Ethiopian soldiers were killed and several tanks destroyed.",
"\"This naked aggression is a grave threat to peace in the Horn of Africa,\" the agency quoted a Somali government statement as saying. Somalia called on the Organisation of African Unity and the United Nations to condemn the attack.",
"Ethiopia denied the charge. A Foreign Ministry spokesman in Addis Ababa said no Ethiopian units had crossed the border and accused Mogadishu of inventing the story to cover its own support for rebel movements.",
"The two countries fought a war over the Ogaden desert region in 1977-78 and each accuses the other of arming rebels on its soil.",
"Diplomats in Mogadishu said the clash could set back talks that President Mohamed Siad Barre and Ethiopian leader Mengistu Haile Mariam agreed to hold when they met in Djibouti early last year.",
"Reuter",
],
people=[("Mohamed Siad Barre","SOM","President"),("Mengistu Haile Mariam","ETH","leader")],
events=[
("SOM","ETH",["ACCUSE"],R,"Somalia accused Ethiopia of launching a ground and air attack on its border posts",False),
("ETH","SOM",["ASSAULT"],R,"Ethiopian troops backed by tanks and MiG fighters crossed the frontier",False),
("SOM","ETH",["ASSAULT"],R,"its forces had repelled the assault, inflicting heavy casualties",False),
("SOM","ETH",["ACCUSE"],O,"This naked aggression is a grave threat to peace",False),
("SOM",["IGO","UNO"],["REQUEST"],R,"Somalia called on the Organisation of African Unity and the United Nations to condemn the attack",False),
("ETH","SOM",["REJECT"],R,"Ethiopia denied the charge",False),
("ETH","SOM",["ACCUSE"],R,"accused Mogadishu of inventing the story",False),
("SOM","ETH",["ASSAULT"],O,"fought a war over the Ogaden desert region in 1977-78",True),
("SOM","ETH",["CONSULT","AGREE"],O,"agreed to hold when they met in Djibouti early last year",True),
]))

ARTS.append(dict(
id="CN6", date="1987-08-30",
headline="SOUTH AFRICAN MINERS' UNION CALLS OFF THREE-WEEK STRIKE",
paras=[
"JOHANNESBURG, Aug 30 - South Africa's black National Union of Mineworkers called off a three-week strike on Sunday and accepted the pay offer it had rejected at the start of the stoppage, union and industry officials said.",
"NUM general secretary Cyril Ramaphosa said the decision was taken to save jobs after mining houses dismissed more than 40,000 strikers. \"We have not been defeated. We have withdrawn to fight another day,\" he told a news conference.",
"The Chamber of Mines, which represents the mining companies, said the men would return to work on Monday. A chamber spokesman said there would be no renegotiation of wages this year.",
"The union had demanded a 30 pct pay rise. The chamber's final offer was between 17 and 23 pct, along with improved holiday leave and death benefits.",
"At least nine people were killed and hundreds injured in clashes during the strike, the biggest in South Africa's history. Police fired rubber bullets and tear gas at miners at several gold and coal mines.",
"The union accused the government of siding with employers, saying police had raided its Johannesburg offices and detained shop stewards. A police spokesman said arrests had been made only where there was evidence of intimidation.",
"Reuter",
],
people=[("Cyril Ramaphosa","ZAF","general secretary, National Union of Mineworkers")],
events=[
("ZAF","ZAF",["RETREAT","CONCEDE"],R,"called off a three-week strike on Sunday",False),
("ZAF","ZAF",["AGREE","CONCEDE"],R,"accepted the pay offer it had rejected",False),
("ZAF","ZAF",["COERCE","SANCTION"],R,"mining houses dismissed more than 40,000 strikers",False),
("ZAF","ZAF",["REJECT"],R,"there would be no renegotiation of wages this year",False),
("ZAF","ZAF",["REQUEST"],O,"The union had demanded a 30 pct pay rise",False),
("ZAF","ZAF",["COERCE","ASSAULT"],R,"Police fired rubber bullets and tear gas at miners",False),
("ZAF","ZAF",["ACCUSE"],R,"The union accused the government of siding with employers",False),
("ZAF","ZAF",["COERCE"],R,"police had raided its Johannesburg offices and detained shop stewards",False),
("ZAF","ZAF",["PROTEST"],O,"the biggest in South Africa's history",False),
]))

ARTS.append(dict(
id="CN7", date="1987-12-10",
headline="ISRAELI TROOPS SHOOT ARAB YOUTH IN GAZA RIOTS AFTER ROAD ACCIDENT",
paras=[
"JERUSALEM, Dec 10 - Israeli soldiers shot dead a Palestinian youth and wounded at least 10 others on Wednesday during riots in the Jabalya refugee camp in the occupied Gaza Strip, army and hospital sources said.",
"The rioting broke out after four Arabs from the camp were killed on Tuesday when an Israeli truck crashed into two cars carrying Gaza labourers home from work in Israel.",
"Residents accused the driver of ramming the cars deliberately to avenge the stabbing of an Israeli in Gaza a few days earlier, a charge police rejected. \"It was a traffic accident, nothing more,\" a police spokesman said.",
"Hundreds of youths threw stones and petrol bombs at an army patrol, which opened fire when it was surrounded, a military spokesman said. He said the soldiers had first fired into the air.",
"The army imposed a curfew on Jabalya and sealed off parts of the strip. Troops were reinforced in Gaza city, where shops closed in protest.",
"The Palestine Liberation Organisation, in a statement from its Tunis headquarters, condemned the shooting as a \"massacre\" and called on the Security Council to protect Arabs in the occupied territories.",
"Israel captured Gaza from Egypt in the 1967 Middle East war. About 650,000 Palestinians live in the crowded strip.",
"Reuter",
],
people=[],
events=[
("ISR","PSE",["ASSAULT"],R,"Israeli soldiers shot dead a Palestinian youth and wounded at least 10 others",False),
("PSE","ISR",["ACCUSE"],R,"Residents accused the driver of ramming the cars deliberately",False),
("ISR","PSE",["REJECT"],R,"a charge police rejected",False),
("PSE","ISR",["ASSAULT","PROTEST"],R,"Hundreds of youths threw stones and petrol bombs at an army patrol",False),
("ISR","PSE",["COERCE"],R,"The army imposed a curfew on Jabalya and sealed off parts of the strip",False),
("ISR","PSE",["MOBILIZE"],O,"Troops were reinforced in Gaza city",False),
("PSE","ISR",["PROTEST"],O,"shops closed in protest",False),
("PSE","ISR",["ACCUSE","PROTEST"],R,"condemned the shooting as a \"massacre\"",False),
("PSE","UNO",["REQUEST"],R,"called on the Security Council to protect Arabs in the occupied territories",False),
("ISR","EGY",["ASSAULT"],O,"Israel captured Gaza from Egypt in the 1967 Middle East war",False),
]))

ARTS.append(dict(
id="CN8", date="1987-04-15",
headline="SOVIET UNION TO CHARTER THREE TANKERS TO KUWAIT",
paras=[
"KUWAIT, April 15 - The Soviet Union has agreed to charter three of its oil tankers to Kuwait to carry crude through the Gulf, shipping sources and Western diplomats said.",
"The tankers, which will sail under the Soviet flag, are expected to be protected by Soviet warships, the sources said. Kuwait has asked both superpowers for help after a string of Iranian attacks on ships trading with the emirate.",
"Kuwaiti Oil Minister Sheikh Ali al-Khalifa al-Sabah confirmed that talks had been held with Moscow but declined to give details. \"Kuwait is free to seek protection for its exports from any friendly country,\" he told reporters.",
"U.S. officials have said Washington is also ready to put Kuwaiti tankers under the American flag, in part to prevent the Soviet Union from gaining a bigger foothold in the Gulf.",
"Iran warned Kuwait against bringing foreign navies into the waterway. \"Those who invite the superpowers will bear the consequences,\" Iranian Prime Minister Mir-Hossein Mousavi said in a speech carried by Tehran Radio.",
"Iran accuses Kuwait of helping Iraq by letting war supplies pass through its ports. Kuwait denies this and says it is neutral in the six-year-old conflict.",
"Reuter",
],
people=[("Ali al-Khalifa al-Sabah","KWT","Oil Minister"),("Mir-Hossein Mousavi","IRN","Prime Minister")],
events=[
("RUS","KWT",["COOPERATE","AGREE"],R,"The Soviet Union has agreed to charter three of its oil tankers to Kuwait",False),
("RUS","KWT",["AID","SUPPORT"],O,"are expected to be protected by Soviet warships",False),
("KWT",["RUS","USA"],["REQUEST"],R,"Kuwait has asked both superpowers for help",False),
("IRN","KWT",["ASSAULT"],O,"a string of Iranian attacks on ships trading with the emirate",False),
("KWT","RUS",["CONSULT"],R,"talks had been held with Moscow",True),
("USA","KWT",["SUPPORT","COOPERATE"],R,"Washington is also ready to put Kuwaiti tankers under the American flag",False),
("IRN","KWT",["THREATEN"],R,"Iran warned Kuwait against bringing foreign navies into the waterway",False),
("IRN","KWT",["ACCUSE"],R,"Iran accuses Kuwait of helping Iraq",False),
("KWT","IRN",["REJECT"],R,"Kuwait denies this",False),
]))

ARTS.append(dict(
id="CN9", date="1987-05-13",
headline="EGYPT ORDERS IRANIAN DIPLOMATS OUT, CLOSES INTERESTS OFFICE",
paras=[
"CAIRO, May 13 - Egypt has ordered the closure of Iran's interests section in Cairo and told its staff to leave the country within a week, accusing Tehran of financing and arming Egyptian Moslem militants, the Foreign Ministry said.",
"A ministry statement said security services had uncovered links between Iranian diplomats and an underground group that planned attacks on public figures and tourist sites.",
"\"Egypt will not allow any foreign party to tamper with its security,\" the statement said. It said Egypt's own interests office in Tehran would also be closed.",
"Iran rejected the accusations. The official Islamic Republic News Agency quoted a Foreign Ministry spokesman as saying the Egyptian move was dictated by Washington and Tel Aviv.",
"Egypt and Iran have had no full diplomatic ties since 1980, when Tehran broke relations over Cairo's peace treaty with Israel and its decision to give asylum to the late Shah. Each country kept a small interests section abroad under another flag.",
"Interior Minister Zaki Badr told parliament last week that police had arrested dozens of fundamentalists suspected of plotting to overthrow the government. He did not say whether any foreigners were involved.",
"Egypt has supported Iraq in the Gulf war, sending it weapons and ammunition, diplomats said.",
"Reuter",
],
people=[("Zaki Badr","EGY","Interior Minister")],
events=[
("EGY","IRN",["SANCTION","COERCE"],R,"Egypt has ordered the closure of Iran's interests section in Cairo and told its staff to leave",False),
("EGY","IRN",["ACCUSE"],R,"accusing Tehran of financing and arming Egyptian Moslem militants",False),
("EGY","IRN",["ACCUSE"],O,"had uncovered links between Iranian diplomats and an underground group",False),
("EGY","IRN",["THREATEN"],O,"Egypt will not allow any foreign party to tamper with its security",False),
("EGY","IRN",["SANCTION"],R,"Egypt's own interests office in Tehran would also be closed",False),
("IRN","EGY",["REJECT"],R,"Iran rejected the accusations",False),
("IRN",["EGY","USA","ISR"],["ACCUSE"],R,"the Egyptian move was dictated by Washington and Tel Aviv",False),
("IRN","EGY",["SANCTION"],O,"Tehran broke relations over Cairo's peace treaty with Israel",False),
("EGY","EGY",["COERCE"],R,"police had arrested dozens of fundamentalists",False),
("EGY","IRQ",["SUPPORT","AID"],O,"Egypt has supported Iraq in the Gulf war, sending it weapons and ammunition",False),
]))

ARTS.append(dict(
id="CN10", date="1987-05-05",
headline="ASSAD AND SADDAM HELD SECRET MEETING, ARAB DIPLOMATS SAY",
paras=[
"AMMAN, May 5 - Syrian President Hafez al-Assad and Iraqi President Saddam Hussein met secretly last week near the Jordanian border in talks arranged by King Hussein of Jordan, Arab diplomats said on Tuesday.",
"It was the first meeting between the two leaders since 1979, when Syria and Iraq broke off a short-lived plan for union and turned into bitter rivals.",
"The diplomats said the meeting, held at a desert site in northeast Jordan, lasted several hours but produced no agreement. Assad refused to drop his support for Iran in the Gulf war, they said.",
"Neither Damascus nor Baghdad has confirmed the talks. A Jordanian official, asked about the reports, said only that King Hussein \"will continue working to heal Arab divisions.\"",
"Saudi Arabia, which gives financial aid to both Syria and Iraq, has been urging Assad to mend fences with Baghdad ahead of an Arab summit that Jordan hopes to hold later this year.",
"Syria closed the Iraqi oil pipeline across its territory in 1982 and has accused Baghdad of arming Moslem Brotherhood rebels against Assad's government. Iraq in turn accuses Damascus of betraying the Arabs by backing Tehran.",
"Reuter",
],
people=[("Hafez al-Assad","SYR","President"),("Saddam Hussein","IRQ","President"),("King Hussein","JOR","King")],
events=[
("SYR","IRQ",["CONSULT"],R,"met secretly last week near the Jordanian border",True),
("JOR",["SYR","IRQ"],["COOPERATE","CONSULT"],R,"in talks arranged by King Hussein of Jordan",False),
("SYR","IRQ",["REJECT"],R,"Assad refused to drop his support for Iran in the Gulf war",False),
("SYR","IRN",["SUPPORT"],O,"his support for Iran in the Gulf war",False),
("SAU",["SYR","IRQ"],["AID"],O,"which gives financial aid to both Syria and Iraq",False),
("SAU","SYR",["REQUEST"],R,"has been urging Assad to mend fences with Baghdad",False),
("SYR","IRQ",["SANCTION","COERCE"],O,"Syria closed the Iraqi oil pipeline across its territory in 1982",False),
("SYR","IRQ",["ACCUSE"],R,"has accused Baghdad of arming Moslem Brotherhood rebels",False),
("IRQ","SYR",["ACCUSE"],R,"Iraq in turn accuses Damascus of betraying the Arabs",False),
]))
