# Articles CN11..CN20
R, O = True, False

ARTS = []

ARTS.append(dict(
id="CN11", date="1987-07-15",
headline="U.S. AND ANGOLA RESUME TALKS ON NAMIBIA AND CUBAN TROOPS",
paras=[
"LUANDA, July 15 - The United States and Angola resumed talks on Wednesday on independence for Namibia and the withdrawal of Cuban troops from Angola, ending a break of more than a year, officials said.",
"U.S. Assistant Secretary of State Chester Crocker held two hours of talks with Angolan Interior Minister Manuel Alexandre Rodrigues, known as Kito, the official news agency ANGOP said.",
"Luanda suspended the contacts in 1986 after the Reagan administration began sending weapons, including Stinger missiles, to Jonas Savimbi's UNITA rebels.",
"Angola still objects strongly to that aid, the agency said. \"There can be no honest mediation while Washington arms the bandits,\" Kito was quoted as saying.",
"A U.S. embassy official in neighbouring Zaire said Crocker had not brought a new plan but wanted to see whether Angola was ready to set a timetable for the Cubans to leave.",
"Washington links South Africa's withdrawal from Namibia, which Pretoria has ruled in defiance of the United Nations, to a pullout of the estimated 37,000 Cuban troops. Angola rejects that link but has said it could accept a gradual Cuban withdrawal once South African attacks end.",
"UNITA, which controls much of southeastern Angola, said in Lisbon that it would not be bound by any deal reached without it.",
"Reuter",
],
people=[("Chester Crocker","USA","Assistant Secretary of State"),("Manuel Alexandre Rodrigues","AGO","Interior Minister"),("Jonas Savimbi","AGO","UNITA leader")],
events=[
("USA","AGO",["CONSULT"],R,"The United States and Angola resumed talks on Wednesday",True),
("USA","AGO",["CONSULT"],O,"Chester Crocker held two hours of talks with Angolan Interior Minister",True),
("AGO","USA",["RETREAT","REJECT"],O,"Luanda suspended the contacts in 1986",False),
("USA","AGO",["AID","SUPPORT"],R,"began sending weapons, including Stinger missiles, to Jonas Savimbi's UNITA rebels",False),
("AGO","USA",["PROTEST","ACCUSE"],R,"Angola still objects strongly to that aid",False),
("USA","AGO",["REQUEST"],O,"wanted to see whether Angola was ready to set a timetable for the Cubans to leave",False),
("AGO","USA",["REJECT"],R,"Angola rejects that link",False),
("AGO","CUB",["REQUEST"],O,"it could accept a gradual Cuban withdrawal",False),
("ZAF","AGO",["ASSAULT"],O,"once South African attacks end",False),
("AGO","AGO",["REJECT"],O,"it would not be bound by any deal reached without it",False),
]))

ARTS.append(dict(
id="CN12", date="1987-08-29",
headline="IRAQ RESUMES RAIDS ON IRANIAN OIL TARGETS AFTER GULF LULL",
paras=[
"BAGHDAD, Aug 29 - Iraqi warplanes attacked Iranian oil installations and tankers in the Gulf on Saturday, ending a six-week lull in the so-called tanker war, a military spokesman said.",
"The spokesman, quoted by the official Iraqi News Agency, said jets struck the Kharg Island oil terminal, the Lavan and Sirri islands and \"a large naval target\" near the Iranian coast.",
"Iraq had held off from raids on shipping since the United Nations Security Council on July 20 demanded an immediate ceasefire in the Gulf war. Baghdad accepted the resolution, but Iran has not given a clear answer.",
"\"Iraq cannot wait forever while the Iranian regime plays for time,\" the spokesman said. He said the raids would go on until Tehran accepted the council's call.",
"Tehran Radio said Iranian anti-aircraft guns shot down two Iraqi jets and warned that Iran would strike back at ships serving Iraq's Arab allies. \"The response will be crushing,\" the radio said.",
"Shipping sources in Bahrain said a Greek-owned tanker was hit and set on fire near Lavan. Lloyd's said there were no reports of casualties.",
"U.N. Secretary-General Javier Perez de Cuellar is planning to visit both capitals next month to press the ceasefire plan, diplomats said.",
"Reuter",
],
people=[("Javier Perez de Cuellar","UNO","Secretary-General")],
events=[
("IRQ","IRN",["ASSAULT"],R,"Iraqi warplanes attacked Iranian oil installations and tankers",False),
("IRQ","IRN",["ASSAULT"],O,"jets struck the Kharg Island oil terminal",False),
("UNO",["IRN","IRQ"],["REQUEST"],R,"demanded an immediate ceasefire in the Gulf war",False),
("IRQ","UNO",["AGREE"],R,"Baghdad accepted the resolution",False),
("IRQ","IRN",["ACCUSE"],O,"while the Iranian regime plays for time",False),
("IRQ","IRN",["THREATEN"],R,"the raids would go on until Tehran accepted the council's call",False),
("IRN","IRQ",["ASSAULT"],R,"Iranian anti-aircraft guns shot down two Iraqi jets",False),
("IRN",["IRQ","KWT","SAU"],["THREATEN"],R,"warned that Iran would strike back at ships serving Iraq's Arab allies",False),
("IRQ","GRC",["ASSAULT"],O,"a Greek-owned tanker was hit and set on fire",False),
("UNO",["IRN","IRQ"],["CONSULT"],R,"is planning to visit both capitals next month to press the ceasefire plan",False),
]))

ARTS.append(dict(
id="CN13", date="1987-08-24",
headline="IRAN STAGES NAVAL WAR GAMES, WARNS U.S. CONVOYS",
paras=[
"NICOSIA, Aug 24 - Iran began four days of naval manoeuvres in the Gulf and the Strait of Hormuz on Monday and warned that U.S. warships escorting Kuwaiti tankers would be \"sunk\" if they threatened Iranian waters.",
"The exercises, code-named Martyrdom, involve Revolutionary Guards speedboats, frigates, helicopters and mine-laying craft, Tehran Radio said in a broadcast monitored in Nicosia.",
"Parliament Speaker Akbar Hashemi Rafsanjani said the war games were a message to Washington. \"America has come to the Gulf to protect Iraq. If it fires one bullet at us, it will receive a fitting reply,\" he said.",
"The Pentagon said U.S. ships in the area would not change course and were ready to defend themselves. A spokesman said Washington had no wish for a confrontation with Iran.",
"Iran also told merchant ships to stay away from the exercise zone, according to notices to mariners issued in Tehran. Shipping sources in Dubai said several tankers delayed sailings.",
"The United States began escorting reflagged Kuwaiti tankers last month. The first convoy was disrupted when the supertanker Bridgeton struck a mine, which Washington blamed on Iran. Tehran has denied laying mines.",
"Oman, which shares control of the strait with Iran, appealed to both sides to show restraint.",
"Reuter",
],
people=[("Akbar Hashemi Rafsanjani","IRN","Parliament Speaker")],
events=[
("IRN","USA",["MOBILIZE"],R,"Iran began four days of naval manoeuvres in the Gulf and the Strait of Hormuz",False),
("IRN","USA",["THREATEN"],R,"warned that U.S. warships escorting Kuwaiti tankers would be \"sunk\"",False),
("IRN","USA",["ACCUSE"],R,"America has come to the Gulf to protect Iraq",False),
("IRN","USA",["THREATEN"],O,"If it fires one bullet at us, it will receive a fitting reply",False),
("USA","IRN",["REJECT","THREATEN"],R,"U.S. ships in the area would not change course and were ready to defend themselves",False),
("USA","KWT",["SUPPORT","AID"],R,"The United States began escorting reflagged Kuwaiti tankers last month",False),
("USA","IRN",["ACCUSE"],R,"which Washington blamed on Iran",False),
("IRN","USA",["REJECT"],R,"Tehran has denied laying mines",False),
("OMN",["IRN","USA"],["REQUEST"],R,"appealed to both sides to show restraint",False),
("USA","IRQ",["SUPPORT"],O,"to protect Iraq",False),
]))

ARTS.append(dict(
id="CN14", date="1987-11-14",
headline="SUDAN ACCUSES ETHIOPIA AFTER REBELS SEIZE BORDER TOWN",
paras=[
"KHARTOUM, Nov 14 - Sudan accused Ethiopia of taking a direct part in the capture of the border town of Kurmuk by southern rebels and recalled its ambassador from Addis Ababa for consultations, the official Sudan News Agency said.",
"Prime Minister Sadiq al-Mahdi told parliament the rebel Sudan People's Liberation Army had attacked Kurmuk and nearby Qeissan with the help of Ethiopian artillery and tanks. \"This is an invasion by a neighbour, not a rebellion,\" he said.",
"Ethiopia denied any role. The official Ethiopian News Agency said Khartoum was trying to blame others for its failure to end the civil war in the south.",
"The SPLA, led by John Garang, said in a radio broadcast from Ethiopia that its own forces had taken the two towns and that the Sudanese army garrison had fled.",
"Mahdi called on Arab states to help Sudan recover the towns. Iraq and Libya have promised military aid, diplomats said. Egypt said it was following events closely.",
"Thousands of people demonstrated in Khartoum, burning Ethiopian flags and demanding a general mobilisation.",
"Kurmuk, in Blue Nile province about 700 km southeast of Khartoum, lies close to the frontier. The SPLA has been fighting since 1983 for greater autonomy for the mainly Christian and animist south.",
"Reuter",
],
people=[("Sadiq al-Mahdi","SDN","Prime Minister"),("John Garang","SDN","SPLA leader")],
events=[
("SDN","ETH",["ACCUSE"],R,"Sudan accused Ethiopia of taking a direct part in the capture",False),
("SDN","ETH",["SANCTION","PROTEST"],R,"recalled its ambassador from Addis Ababa for consultations",False),
("SDN","SDN",["ASSAULT"],R,"had attacked Kurmuk and nearby Qeissan",False),
("SDN","ETH",["ACCUSE"],O,"This is an invasion by a neighbour, not a rebellion",False),
("ETH","SDN",["REJECT"],R,"Ethiopia denied any role",False),
("ETH","SDN",["ACCUSE"],R,"Khartoum was trying to blame others",False),
("SDN","SDN",["ASSAULT"],O,"its own forces had taken the two towns",False),
("SDN",["IGO","SAU","IRQ","LBY","EGY"],["REQUEST"],R,"Mahdi called on Arab states to help Sudan recover the towns",False),
("IRQ","SDN",["SUPPORT","AID"],R,"Iraq and Libya have promised military aid",False),
("LBY","SDN",["SUPPORT","AID"],R,"Iraq and Libya have promised military aid",False),
("SDN","ETH",["PROTEST"],R,"burning Ethiopian flags",False),
]))

ARTS.append(dict(
id="CN15", date="1987-09-16",
headline="U.S. ORDERS PLO INFORMATION OFFICE IN WASHINGTON CLOSED",
paras=[
"WASHINGTON, Sept 16 - The State Department ordered the Palestine Liberation Organisation to close its information office in Washington within 30 days, saying the move showed U.S. concern over terrorism by the PLO and its member groups.",
"\"This action is not directed against Palestinians or the Palestinian cause,\" department spokesman Charles Redman said. He said the order did not affect the PLO observer mission at the United Nations in New York.",
"The office's director, Hasan Abdul Rahman, said the PLO would fight the order in the courts. \"They are punishing the messenger. We are not terrorists, we are diplomats without a state,\" he told Reuters.",
"Several members of Congress had pressed the administration to shut the office, and the Senate is considering a bill that would bar the PLO from keeping any office in the United States.",
"Arab ambassadors in Washington protested against the decision and said it would damage U.S. efforts to promote peace in the Middle East.",
"Israel welcomed the move. A Foreign Ministry spokesman in Jerusalem said it was \"a clear signal that the free world will not deal with terrorist organisations.\"",
"Reuter",
],
people=[("Charles Redman","USA","State Department spokesman"),("Hasan Abdul Rahman","PSE","director, PLO information office")],
events=[
("USA","PSE",["SANCTION","COERCE"],R,"ordered the Palestine Liberation Organisation to close its information office in Washington",False),
("USA","PSE",["ACCUSE"],R,"concern over terrorism by the PLO",False),
("PSE","USA",["REJECT","PROTEST"],R,"the PLO would fight the order in the courts",False),
("PSE","USA",["ACCUSE"],O,"They are punishing the messenger",False),
("USA","USA",["REQUEST"],O,"Several members of Congress had pressed the administration to shut the office",False),
("USA","PSE",["SANCTION"],O,"a bill that would bar the PLO from keeping any office in the United States",False),
("IGO","USA",["PROTEST"],O,"Arab ambassadors in Washington protested against the decision",False),
("ISR","USA",["SUPPORT"],R,"Israel welcomed the move",False),
("ISR","PSE",["ACCUSE"],O,"will not deal with terrorist organisations",False),
]))

ARTS.append(dict(
id="CN16", date="1987-06-09",
headline="MALAWI SENDS TROOPS TO GUARD MOZAMBIQUE RAIL LINE",
paras=[
"MAPUTO, June 9 - Malawi has sent several hundred soldiers into Mozambique to help protect the Nacala railway against attacks by right-wing rebels, Western diplomats and Mozambican officials said.",
"The troops are guarding stretches of the line between the Malawi border and the Indian Ocean port of Nacala, which landlocked Malawi needs for its tobacco and tea exports, they said.",
"A Mozambican government spokesman welcomed the deployment. \"Malawi has understood that the bandits are a danger to the whole region,\" he told Reuters.",
"The move marks a sharp turn for President Hastings Kamuzu Banda's government, which Mozambique accused last year of letting Mozambique National Resistance (MNR) rebels use Malawian territory as a rear base.",
"The MNR said in a statement issued in Lisbon that Malawian soldiers would be treated as enemy forces. \"Banda has chosen war,\" the statement said.",
"Zimbabwe has about 10,000 troops in Mozambique guarding the Beira corridor, and Tanzania has also sent soldiers to help President Joaquim Chissano's government.",
"Western diplomats said Britain was providing training to Mozambican troops in Zimbabwe to protect the railways. South Africa, which denies backing the MNR, has not commented.",
"Reuter",
],
people=[("Hastings Kamuzu Banda","MWI","President"),("Joaquim Chissano","MOZ","President")],
events=[
("MWI","MOZ",["AID","COOPERATE","MOBILIZE"],R,"Malawi has sent several hundred soldiers into Mozambique to help protect the Nacala railway",False),
("MOZ","MOZ",["ASSAULT"],O,"attacks by right-wing rebels",False),
("MOZ","MWI",["SUPPORT"],R,"A Mozambican government spokesman welcomed the deployment",False),
("MOZ","MWI",["ACCUSE"],R,"which Mozambique accused last year of letting Mozambique National Resistance (MNR) rebels use Malawian territory",False),
("MOZ","MWI",["THREATEN"],R,"Malawian soldiers would be treated as enemy forces",False),
("MOZ","MWI",["ACCUSE"],O,"Banda has chosen war",False),
("ZWE","MOZ",["AID","COOPERATE"],R,"Zimbabwe has about 10,000 troops in Mozambique guarding the Beira corridor",False),
("TZA","MOZ",["AID","COOPERATE"],R,"Tanzania has also sent soldiers to help President Joaquim Chissano's government",False),
("GBR","MOZ",["AID","COOPERATE"],R,"Britain was providing training to Mozambican troops",False),
("ZAF","MOZ",["REJECT"],O,"which denies backing the MNR",False),
]))

ARTS.append(dict(
id="CN17", date="1987-10-01",
headline="EC TURNS DOWN MOROCCO'S APPLICATION TO JOIN COMMUNITY",
paras=[
"LUXEMBOURG, Oct 1 - European Community foreign ministers rejected Morocco's application to join the 12-nation bloc, saying the Treaty of Rome allowed only European states to become members, EC officials said.",
"The ministers agreed without debate that the request, submitted by King Hassan in July, could not be accepted, one official said. \"The answer was never in doubt. Morocco is a friend, but it is not in Europe,\" a Danish diplomat said.",
"The ministers said they wanted to strengthen the Community's ties with Morocco through its existing cooperation agreement and would consider more trade concessions and financial aid.",
"Moroccan Ambassador to the EC Abdellatif Filali said Rabat regretted the decision but would not give up its ambition. \"Geography is not a wall,\" he told reporters in Brussels.",
"Morocco has complained that the entry of Spain and Portugal into the Community last year hurt its exports of citrus fruit, vegetables and fish to Europe.",
"Spanish officials said Madrid would press for a new fisheries agreement with Rabat, which expires next year. Moroccan officials have warned that Spanish boats could be barred from Moroccan waters if no deal is reached.",
"Reuter",
],
people=[("King Hassan","MAR","King"),("Abdellatif Filali","MAR","Ambassador to the EC")],
events=[
("EUR","MAR",["REJECT"],R,"European Community foreign ministers rejected Morocco's application to join the 12-nation bloc",False),
("MAR","EUR",["REQUEST"],O,"the request, submitted by King Hassan in July",False),
("EUR","MAR",["COOPERATE","AID"],R,"wanted to strengthen the Community's ties with Morocco",False),
("EUR","MAR",["AID","CONCEDE"],O,"would consider more trade concessions and financial aid",False),
("MAR","EUR",["PROTEST","REJECT"],R,"Rabat regretted the decision but would not give up its ambition",False),
("MAR","EUR",["PROTEST","ACCUSE"],O,"Morocco has complained that the entry of Spain and Portugal into the Community",False),
("ESP","MAR",["REQUEST","CONSULT"],R,"Madrid would press for a new fisheries agreement with Rabat",False),
("MAR","ESP",["THREATEN"],R,"Spanish boats could be barred from Moroccan waters if no deal is reached",False),
]))

ARTS.append(dict(
id="CN18", date="1987-11-25",
headline="U.N. COUNCIL DEMANDS SOUTH AFRICA PULL TROOPS OUT OF ANGOLA",
paras=[
"UNITED NATIONS, Nov 25 - The Security Council unanimously demanded that South Africa withdraw all its forces from Angola by December 10 and asked Secretary-General Javier Perez de Cuellar to monitor the pullout.",
"The 15-nation council condemned South Africa's \"continuing and intensified\" attacks on Angola, its occupation of parts of the south of the country and a visit by Pretoria's leaders to its troops there.",
"Angolan Foreign Minister Afonso Van Dunem told the council that South African troops, artillery and aircraft were fighting alongside UNITA rebels deep inside Angola. \"This is a war of aggression by the apartheid regime,\" he said.",
"A South African diplomat at the United Nations said Pretoria would not accept a resolution that ignored the presence of Cuban troops in Angola.",
"The United States and Britain, which have vetoed past calls for sanctions against South Africa, voted in favour of the text after language threatening mandatory measures was dropped, diplomats said.",
"Pretoria said last week that its forces had helped UNITA repulse a big Angolan offensive near the town of Mavinga, and that South African President Pieter Botha had visited the front.",
"Reuter",
],
people=[("Javier Perez de Cuellar","UNO","Secretary-General"),("Afonso Van Dunem","AGO","Foreign Minister"),("Pieter Botha","ZAF","President")],
events=[
("UNO","ZAF",["REQUEST"],R,"demanded that South Africa withdraw all its forces from Angola by December 10",False),
("UNO","UNO",["REQUEST"],O,"asked Secretary-General Javier Perez de Cuellar to monitor the pullout",False),
("UNO","ZAF",["ACCUSE"],R,"condemned South Africa's \"continuing and intensified\" attacks on Angola",False),
("ZAF","AGO",["ASSAULT"],R,"attacks on Angola",False),
("AGO","ZAF",["ACCUSE"],R,"South African troops, artillery and aircraft were fighting alongside UNITA rebels deep inside Angola",False),
("ZAF","UNO",["REJECT"],R,"Pretoria would not accept a resolution",False),
("USA","UNO",["SUPPORT","AGREE"],O,"voted in favour of the text",False),
("GBR","UNO",["SUPPORT","AGREE"],O,"voted in favour of the text",False),
("ZAF","AGO",["SUPPORT","AID"],O,"its forces had helped UNITA repulse a big Angolan offensive",False),
("AGO","AGO",["ASSAULT"],O,"a big Angolan offensive near the town of Mavinga",False),
]))

ARTS.append(dict(
id="CN19", date="1987-12-21",
headline="ISRAELI ARABS STRIKE IN SUPPORT OF UPRISING IN OCCUPIED LANDS",
paras=[
"NAZARETH, Israel, Dec 21 - Israel's Arab citizens staged a general strike on Monday in solidarity with Palestinians in the occupied West Bank and Gaza Strip, and police clashed with stone-throwing youths in several villages.",
"Shops, schools and offices were closed in Nazareth and other Arab towns in Galilee. Tens of thousands of Arab workers stayed away from jobs in Jewish cities, Arab leaders said.",
"Police used tear gas and clubs to break up demonstrations and arrested more than 30 people, a police spokesman said. Youths blocked roads with burning tyres and stoned passing cars near the Jaffa-Jerusalem highway.",
"Nazareth mayor Tawfiq Zayyad said the strike showed that Israeli Arabs were \"part of the Palestinian people.\" He accused the government of \"murdering children\" in the territories.",
"Prime Minister Yitzhak Shamir warned that Israel would not tolerate violence by its own Arab citizens. \"Those who break the law will feel the full weight of it,\" he told the Knesset.",
"At least 17 Palestinians have been killed by Israeli troops in nearly two weeks of unrest in the occupied areas, according to hospital officials.",
"Reuter",
],
people=[("Tawfiq Zayyad","ISR","mayor of Nazareth"),("Yitzhak Shamir","ISR","Prime Minister")],
events=[
("ISR","ISR",["PROTEST"],R,"Israel's Arab citizens staged a general strike on Monday",False),
("ISR","PSE",["SUPPORT"],O,"in solidarity with Palestinians in the occupied West Bank and Gaza Strip",False),
("ISR","ISR",["ASSAULT","COERCE"],R,"police clashed with stone-throwing youths",True),
("ISR","ISR",["COERCE"],R,"Police used tear gas and clubs to break up demonstrations and arrested more than 30 people",False),
("ISR","ISR",["PROTEST"],O,"Youths blocked roads with burning tyres",False),
("ISR","ISR",["ACCUSE"],R,"He accused the government of \"murdering children\" in the territories",False),
("ISR","ISR",["THREATEN"],R,"Israel would not tolerate violence by its own Arab citizens",False),
("ISR","PSE",["ASSAULT"],R,"At least 17 Palestinians have been killed by Israeli troops",False),
]))

ARTS.append(dict(
id="CN20", date="1988-01-24",
headline="SHAMIR REJECTS MUBARAK PLAN TO HALT UPRISING AND SETTLEMENTS",
paras=[
"JERUSALEM, Jan 24 - Prime Minister Yitzhak Shamir rejected on Sunday an Egyptian proposal for a six-month halt to violence in the occupied territories in return for a freeze on Jewish settlement there, his spokesman said.",
"President Hosni Mubarak put forward the plan on Friday, also calling for an international peace conference and for Israel to protect the political rights of Palestinians in the West Bank and Gaza Strip.",
"\"We cannot accept a plan that rewards those who throw stones and petrol bombs,\" spokesman Avi Pazner said. Shamir told the cabinet that settlements were \"not a subject for negotiation\" with Cairo.",
"Foreign Minister Shimon Peres, Shamir's rival in the coalition government, said parts of the Egyptian plan deserved study and that Israel should not slam the door on Mubarak.",
"The Egyptian Foreign Ministry said it regretted Shamir's response. Egypt's ambassador in Tel Aviv, Mohammed Bassiouny, was due to meet Peres on Monday to explain the proposal, officials said.",
"Washington said it welcomed Mubarak's ideas. State Department officials said Assistant Secretary Richard Murphy would visit the region next month for talks with Israel, Egypt and Jordan.",
"More than 35 Palestinians have been killed since the uprising began in early December.",
"Reuter",
],
people=[("Yitzhak Shamir","ISR","Prime Minister"),("Hosni Mubarak","EGY","President"),("Avi Pazner","ISR","spokesman"),("Shimon Peres","ISR","Foreign Minister"),("Mohammed Bassiouny","EGY","ambassador"),("Richard Murphy","USA","Assistant Secretary of State")],
events=[
("ISR","EGY",["REJECT"],R,"Prime Minister Yitzhak Shamir rejected on Sunday an Egyptian proposal",False),
("EGY","ISR",["REQUEST"],R,"President Hosni Mubarak put forward the plan on Friday",False),
("EGY","ISR",["REQUEST"],O,"calling for an international peace conference",False),
("ISR","EGY",["REJECT"],R,"settlements were \"not a subject for negotiation\" with Cairo",False),
("ISR","EGY",["SUPPORT"],O,"parts of the Egyptian plan deserved study",False),
("EGY","ISR",["PROTEST"],R,"The Egyptian Foreign Ministry said it regretted Shamir's response",False),
("EGY","ISR",["CONSULT"],R,"was due to meet Peres on Monday to explain the proposal",True),
("USA","EGY",["SUPPORT"],R,"Washington said it welcomed Mubarak's ideas",False),
("USA",["ISR","EGY","JOR"],["CONSULT"],R,"would visit the region next month for talks with Israel, Egypt and Jordan",False),
("ISR","PSE",["ASSAULT"],O,"More than 35 Palestinians have been killed",False),
]))
