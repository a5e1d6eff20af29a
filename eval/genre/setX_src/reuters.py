# Reuters 1987-1989 articles (own wording). Event tuples: (source, target, types, required, evidence[, 's'])
ARTS = []

ARTS.append(dict(
id="X1", fmt="txt", date=("1988-05-14", "1988-05-14", "dateline 'May 14', Reuters 1988 (Larak raid)"),
headline="IRAQ SAYS ITS JETS HIT TANKERS OFF IRAN'S LARAK ISLAND",
text="""MANAMA, May 14 - Iraqi warplanes attacked Iranian oil tankers anchored near Larak island in the southern Gulf on Saturday, setting at least two vessels ablaze, shipping sources in the region said.

A military spokesman in Baghdad said Iraqi jets had struck "a large naval target" in the Larak area and returned safely to base. The official Iraqi News Agency quoted him as saying the raid was part of a campaign to choke off the oil exports that pay for Iran's war effort.

Shipping executives said one of the ships hit was the Seawise Giant, a 564,000-tonne supertanker chartered by Iran and used to store crude shuttled down the Gulf from the Kharg island terminal. Salvage sources said several crew members were killed and others were missing.

Iran's official news agency IRNA condemned the raid as "an act of piracy" and said Iranian anti-aircraft batteries had fired on the attacking planes. Tehran radio warned that Iraq's Gulf Arab backers, which it did not name, would "share the responsibility" for any further attacks on Iranian shipping.

The strike was the deepest Iraqi raid into the Gulf for several months. Military analysts said the Mirage jets were probably refuelled in mid-air to reach Larak, more than 1,000 km from their bases.

Iran has in the past answered such raids by attacking neutral ships trading with Kuwait and Saudi Arabia, which back Baghdad in the nearly eight-year-old war. Western navies, including a large U.S. fleet, have been escorting Kuwaiti tankers re-registered under the American flag.

Lloyd's of London said the attack was likely to push up insurance premiums for tankers lifting Iranian crude, and several shipowners said they would not send vessels to the Larak anchorage until the situation became clearer.

United Nations Secretary-General Javier Perez de Cuellar has repeatedly urged both sides to accept Security Council Resolution 598, which calls for a ceasefire. Iraq has accepted the resolution but Iran has not given a clear answer.

Reuter""",
people=[("Javier Perez de Cuellar", "UNO", "United Nations Secretary-General")],
events=[
("IRQ", "IRN", "ASSAULT", 1, "Iraqi warplanes attacked Iranian oil tankers"),
("IRQ", "IRN", "ASSAULT", 0, 'Iraqi jets had struck "a large naval target"'),
("IRQ", "IRN", "COERCE/ASSAULT", 0, "a campaign to choke off the oil exports that pay for Iran's war effort"),
("IRN", "IRQ", "ACCUSE", 1, 'condemned the raid as "an act of piracy"'),
("IRN", "IRQ", "ASSAULT", 1, "Iranian anti-aircraft batteries had fired on the attacking planes"),
("IRN", "KWT|SAU", "THREATEN", 0, "Tehran radio warned that Iraq's Gulf Arab backers"),
("IRN", "KWT|SAU", "ASSAULT", 0, "attacking neutral ships trading with Kuwait and Saudi Arabia"),
("KWT", "IRQ", "SUPPORT", 0, "which back Baghdad"),
("SAU", "IRQ", "SUPPORT", 0, "which back Baghdad"),
("USA", "KWT", "AID/COOPERATE/SUPPORT", 1, "have been escorting Kuwaiti tankers"),
("UNO", "IRQ", "REQUEST", 1, "urged both sides to accept Security Council Resolution 598"),
("UNO", "IRN", "REQUEST", 1, "urged both sides to accept Security Council Resolution 598"),
("IRQ", "UNO", "AGREE/CONCEDE", 1, "Iraq has accepted the resolution"),
("IRN", "UNO", "REJECT", 0, "Iran has not given a clear answer"),
]))

ARTS.append(dict(
id="X2", fmt="json", date=("1987-12-22", "1987-12-22", "dateline 'December 22', Reuters 1987; 'on Tuesday'"),
headline="MUGABE AND NKOMO SIGN PACT TO MERGE RIVAL ZIMBABWE PARTIES",
desc="Zimbabwe's two main parties agree to unite after years of feuding.",
authors=[], url=None, domain="reuters.com", date_publish="1987-12-22 00:00:00",
text="""HARARE, December 22 - Prime Minister Robert Mugabe and opposition leader Joshua Nkomo signed an agreement on Tuesday to merge their two parties, ending years of bitter rivalry that had spilled into bloodshed in the western province of Matabeleland.

The accord, signed at State House after more than two years of on-and-off negotiations, folds Nkomo's Zimbabwe African People's Union (ZAPU) into Mugabe's ruling ZANU-PF. The united party will keep the name ZANU-PF and will be led by Mugabe.

"Today we have buried the hatchet," Mugabe told guests at the ceremony. "The division of our people is behind us." Nkomo, 70, said the deal would bring peace to Matabeleland and appealed to the dissidents still hiding in the bush to lay down their arms.

Mugabe said his government would offer an amnesty to dissidents who surrendered their weapons, and that detained ZAPU officials would be freed once the party structures had merged.

Under the agreement both leaders pledged to work towards a one-party state. Nkomo is expected to be given a senior post in the government, diplomats said, although the accord itself did not name him to any office.

Fighting between government troops and dissidents loyal to ZAPU has killed hundreds of people in Matabeleland since 1982. Church groups accused the army's Fifth Brigade of killing civilians there, a charge the government has always denied.

Talks between the two parties were broken off by Mugabe in April, when he accused ZAPU of failing to rein in the violence, and resumed only in the autumn.

Western diplomats welcomed the pact. Britain, the former colonial power, said it hoped the agreement would bring lasting stability. South Africa, which Mugabe has accused of arming the dissidents to destabilise its neighbour, had no immediate comment.

Mugabe is due to be sworn in as Zimbabwe's first executive president next week under constitutional changes approved by parliament.

Reuter""",
people=[("Robert Mugabe", "ZWE", "Prime Minister"), ("Joshua Nkomo", "ZWE", "opposition leader")],
events=[
("ZWE", "ZWE", "AGREE/COOPERATE", 1, "signed an agreement on Tuesday to merge their two parties", 's'),
("ZWE", "ZWE", "CONSULT", 0, "more than two years of on-and-off negotiations", 's'),
("ZWE", "ZWE", "REQUEST", 1, "appealed to the dissidents still hiding in the bush to lay down their arms"),
("ZWE", "ZWE", "CONCEDE/AGREE", 1, "would offer an amnesty to dissidents who surrendered their weapons"),
("ZWE", "ZWE", "CONCEDE/AGREE", 1, "detained ZAPU officials would be freed"),
("ZWE", "ZWE", "AGREE/COOPERATE", 0, "both leaders pledged to work towards a one-party state", 's'),
("ZWE", "ZWE", "ASSAULT", 0, "Fighting between government troops and dissidents loyal to ZAPU", 's'),
("ZWE", "ZWE", "ACCUSE", 0, "Church groups accused the army's Fifth Brigade of killing civilians"),
("ZWE", "ZWE", "REJECT", 0, "a charge the government has always denied"),
("ZWE", "ZWE", "REJECT", 0, "Talks between the two parties were broken off by Mugabe"),
("ZWE", "ZWE", "ACCUSE", 0, "he accused ZAPU of failing to rein in the violence"),
("WST", "ZWE", "SUPPORT", 1, "Western diplomats welcomed the pact"),
("GBR", "ZWE", "SUPPORT", 1, "it hoped the agreement would bring lasting stability"),
("ZWE", "ZAF", "ACCUSE", 1, "which Mugabe has accused of arming the dissidents"),
("ZAF", "ZWE", "AID/SUPPORT", 0, "arming the dissidents to destabilise its neighbour"),
]))

ARTS.append(dict(
id="X3", fmt="txt", date=("1988-02-24", "1988-02-24", "dateline 'February 24', Reuters 1988"),
headline="SOUTH AFRICA CURBS 17 ANTI-APARTHEID GROUPS INCLUDING UDF",
text="""JOHANNESBURG, February 24 - South Africa on Wednesday banned 17 anti-apartheid organisations, including the United Democratic Front, from almost all political activity in the harshest crackdown on dissent since the state of emergency was imposed 20 months ago.

Law and Order Minister Adriaan Vlok told parliament in Cape Town that the groups had been promoting "a climate of revolution" and that the government would not allow them to make the country ungovernable.

The orders, issued under emergency regulations, do not outlaw the groups outright but forbid them to carry out any activities other than keeping their books and paying their staff. The country's largest labour federation, the Congress of South African Trade Unions (COSATU), was told it could continue trade union work but was barred from political campaigns.

Eighteen individual activists were also restricted, among them former UDF leaders who were confined to their home districts and ordered to report to police each day.

The UDF, an alliance of some 700 community, church and student groups, called the measure "a declaration of war on peaceful opposition" and said it would not be silenced. "They can ban our organisations but they cannot ban our people's demands," a spokesman said in a statement.

Archbishop Desmond Tutu said the churches would take up the cause of the banned groups and urged Western governments to impose tougher economic sanctions on Pretoria. "The government has closed the door on peaceful change," he told reporters.

The United States said it deplored the restrictions. A State Department spokesman in Washington said the measures would make a negotiated settlement harder and called on Pretoria to lift them. Britain also expressed concern, although Prime Minister Margaret Thatcher's government repeated its opposition to sanctions.

The UDF was formed in 1983 and has been widely seen as the internal ally of the outlawed African National Congress, which is fighting a guerrilla war against white minority rule. The government has accused the ANC of using the front as a cover for its activities, a charge the UDF rejects.

More than 30,000 people have been detained without trial since the emergency began in June 1986, according to monitoring groups.

Reuter""",
people=[("Adriaan Vlok", "ZAF", "Law and Order Minister"), ("Desmond Tutu", "ZAF", "Archbishop"),
        ("Margaret Thatcher", "GBR", "Prime Minister")],
events=[
("ZAF", "ZAF", "SANCTION/COERCE", 1, "South Africa on Wednesday banned 17 anti-apartheid organisations"),
("ZAF", "ZAF", "ACCUSE", 1, 'the groups had been promoting "a climate of revolution"'),
("ZAF", "ZAF", "SANCTION/COERCE", 1, "was barred from political campaigns"),
("ZAF", "ZAF", "COERCE/SANCTION", 1, "Eighteen individual activists were also restricted"),
("ZAF", "ZAF", "ACCUSE/PROTEST", 1, 'called the measure "a declaration of war on peaceful opposition"'),
("ZAF", "WST", "REQUEST", 1, "urged Western governments to impose tougher economic sanctions on Pretoria"),
("ZAF", "ZAF", "ACCUSE", 0, "The government has closed the door on peaceful change"),
("ZAF", "ZAF", "SUPPORT", 0, "the churches would take up the cause of the banned groups"),
("USA", "ZAF", "ACCUSE", 1, "The United States said it deplored the restrictions"),
("USA", "ZAF", "REQUEST", 1, "called on Pretoria to lift them"),
("GBR", "ZAF", "ACCUSE", 1, "Britain also expressed concern"),
("GBR", "ZAF", "REJECT", 0, "repeated its opposition to sanctions"),
("ZAF", "ZAF", "ASSAULT", 0, "which is fighting a guerrilla war against white minority rule"),
("ZAF", "ZAF", "ACCUSE", 0, "The government has accused the ANC of using the front as a cover"),
("ZAF", "ZAF", "REJECT", 0, "a charge the UDF rejects"),
("ZAF", "ZAF", "COERCE", 0, "More than 30,000 people have been detained without trial"),
]))

ARTS.append(dict(
id="X4", fmt="json", date=("1989-05-23", "1989-05-23", "dateline 'May 23', Reuters 1989"),
headline="EGYPT TAKES ITS SEAT AT ARAB SUMMIT AFTER DECADE OF ISOLATION",
desc="Mubarak joins Arab leaders in Casablanca as Egypt is readmitted to the Arab League.",
authors=[], url=None, domain="reuters.com", date_publish="1989-05-23 00:00:00",
text="""CASABLANCA, May 23 - Egyptian President Hosni Mubarak took his place among Arab leaders at an emergency summit in Casablanca on Tuesday, ending a decade in which Egypt had been shunned by the Arab world for making peace with Israel.

Mubarak flew in from Cairo after the Arab League, meeting at foreign minister level, formally invited Egypt to resume its membership on Monday. He was greeted at the airport by King Hassan of Morocco, who is hosting the four-day meeting.

"Egypt has returned to its family," Hassan said in his opening speech, to applause from the delegates.

The League suspended Egypt in 1979 after President Anwar Sadat signed the Camp David peace treaty with Israel, and moved its headquarters from Cairo to Tunis. Most Arab states later broke off diplomatic relations with Cairo.

Egypt did not have to renounce the treaty to be readmitted, Arab diplomats said, a concession that Libya and Syria had long resisted. Libyan leader Muammar Gaddafi, who arrived in Casablanca on Monday, told reporters that Egypt's return without abandoning Camp David was "a mistake", but he said Libya would not block the consensus.

Syria, which had led opposition to Egypt's readmission, did not walk out. President Hafez al-Assad was seen shaking hands with Mubarak at the opening session, the first public contact between the two men.

Arab League Secretary-General Chedli Klibi said the summit would focus on backing the Palestinian uprising in the Israeli-occupied territories and on the civil war in Lebanon. Palestine Liberation Organisation chairman Yasser Arafat urged the leaders to increase financial aid to the uprising.

Delegates said a draft final statement called on Israel to withdraw from the occupied territories and endorsed Arafat's call for an international peace conference.

Israel had no immediate comment. Prime Minister Yitzhak Shamir has rejected talks with the PLO and has proposed elections in the West Bank and Gaza Strip instead.

Reuter""",
people=[("Hosni Mubarak", "EGY", "President"), ("King Hassan", "MAR", "King of Morocco"),
        ("Anwar Sadat", "EGY", "President"), ("Muammar Gaddafi", "LBY", "Libyan leader"),
        ("Hafez al-Assad", "SYR", "President"), ("Chedli Klibi", "IGO", "Arab League Secretary-General"),
        ("Yasser Arafat", "PSE", "Palestine Liberation Organisation chairman"),
        ("Yitzhak Shamir", "ISR", "Prime Minister")],
events=[
("EGY", "IGO|MAR", "CONSULT", 1, "took his place among Arab leaders at an emergency summit in Casablanca"),
("IGO", "EGY", "REQUEST|AGREE|COOPERATE|CONCEDE", 1, "formally invited Egypt to resume its membership"),
("EGY", "MAR", "CONSULT", 1, "He was greeted at the airport by King Hassan of Morocco", 's'),
("MAR", "EGY", "SUPPORT", 1, '"Egypt has returned to its family," Hassan said'),
("IGO", "EGY", "SANCTION", 0, "The League suspended Egypt in 1979"),
("EGY", "ISR", "AGREE", 0, "signed the Camp David peace treaty with Israel", 's'),
("IGO", "EGY", "SANCTION|REJECT", 0, "broke off diplomatic relations with Cairo"),
("LBY", "EGY", "ACCUSE|REJECT", 1, 'was "a mistake"'),
("LBY", "EGY", "CONCEDE", 0, "Libya would not block the consensus"),
("SYR", "EGY", "CONSULT", 1, "was seen shaking hands with Mubarak", 's'),
("PSE", "IGO", "REQUEST", 1, "urged the leaders to increase financial aid to the uprising"),
("IGO", "ISR", "REQUEST", 1, "called on Israel to withdraw from the occupied territories"),
("IGO", "PSE", "SUPPORT", 0, "endorsed Arafat's call for an international peace conference"),
("ISR", "PSE", "REJECT", 1, "has rejected talks with the PLO"),
("IGO", "PSE", "SUPPORT", 0, "backing the Palestinian uprising"),
]))

ARTS.append(dict(
id="X5", fmt="dump", dump="dump-1.txt", nbsp=False, date=("1989-06-06", "1989-06-06", "dateline 'June 6', Reuters 1989 (Fergana riots)"),
headline="SOVIET TROOPS SENT TO QUELL ETHNIC RIOTS IN UZBEKISTAN",
text="""MOSCOW, June 6 - Soviet Interior Ministry troops were flown into the Fergana valley of Uzbekistan to halt ethnic violence in which at least 50 people have been killed, officials said on Tuesday.

Gangs of young Uzbeks armed with iron bars and petrol bombs attacked homes belonging to Meskhetian Turks, a Moslem minority deported to Central Asia by Stalin in 1944, setting fire to hundreds of houses, the official news agency Tass said.

Interior Minister Vadim Bakatin told the Congress of People's Deputies in Moscow that the rioters had also attacked police stations and tried to seize weapons. He said security forces had been ordered to use force if necessary to protect the Meskhetians.

A curfew was imposed in the city of Fergana and several nearby towns, and troops escorted thousands of Meskhetians to army camps for their safety. Television showed burned-out cars and soldiers patrolling empty streets.

"The situation remains very tense," Bakatin said. "We cannot rule out that the disorders were organised." He did not say who might be behind them.

Uzbek Communist Party leader Rafik Nishanov appealed on local television for calm and accused "extremist elements" of exploiting the economic grievances of young people who could not find work. He promised that those responsible for the killings would be punished.

Police have detained more than 200 people, Tass said.

Meskhetian representatives in Moscow asked the Kremlin to let their people return to their homeland in Soviet Georgia, from which they were expelled during the war. Georgian officials have so far refused, saying there is no room for them.

The violence is the latest in a series of ethnic conflicts that have shaken the Soviet Union under President Mikhail Gorbachev's reforms, after clashes between Armenians and Azerbaijanis over Nagorno-Karabakh.

Reuter""",
people=[("Vadim Bakatin", "RUS", "Interior Minister"), ("Rafik Nishanov", "RUS", "Uzbek Communist Party leader"),
        ("Stalin", "RUS", ""), ("Mikhail Gorbachev", "RUS", "President")],
events=[
("RUS", "RUS", "MOBILIZE|COERCE", 1, "Soviet Interior Ministry troops were flown into the Fergana valley"),
("RUS", "RUS", "ASSAULT", 1, "attacked homes belonging to Meskhetian Turks"),
("RUS", "RUS", "COERCE", 0, "deported to Central Asia by Stalin in 1944"),
("RUS", "RUS", "ASSAULT", 1, "the rioters had also attacked police stations"),
("RUS", "RUS", "THREATEN|COERCE", 1, "security forces had been ordered to use force if necessary"),
("RUS", "RUS", "COERCE", 1, "A curfew was imposed in the city of Fergana"),
("RUS", "RUS", "AID|COOPERATE", 0, "troops escorted thousands of Meskhetians to army camps"),
("RUS", "RUS", "REQUEST", 1, "appealed on local television for calm"),
("RUS", "RUS", "ACCUSE", 1, 'accused "extremist elements"'),
("RUS", "RUS", "THREATEN", 0, "those responsible for the killings would be punished"),
("RUS", "RUS", "COERCE", 1, "Police have detained more than 200 people"),
("RUS", "RUS", "REQUEST", 1, "asked the Kremlin to let their people return"),
("RUS", "RUS", "REJECT", 1, "Georgian officials have so far refused"),
("RUS", "RUS", "ASSAULT", 0, "clashes between Armenians and Azerbaijanis", 's'),
]))

ARTS.append(dict(
id="X6", fmt="dump", dump="dump-2.txt", nbsp=True, date=("1988-09-18", "1988-09-18", "dateline 'September 18', Reuters 1988"),
headline="HAITIAN SOLDIERS OUST NAMPHY, GENERAL AVRIL TAKES POWER",
text="""PORT-AU-PRINCE, September 18 - Lieutenant-General Prosper Avril declared himself Haiti's president on Sunday after non-commissioned officers of the presidential guard overthrew General Henri Namphy in an overnight coup.

Namphy, who had himself seized power from a civilian president in June, was put on a plane to the Dominican Republic with members of his family early on Sunday, military sources said.

Avril, a former adviser to the ousted Duvalier family, said in a radio broadcast that the armed forces would respect human rights and pledged to lead the country towards "a real democracy". He gave no date for elections.

Soldiers who backed the coup arrested several officers loyal to Namphy and detained the commander of the Dessalines barracks, witnesses said. Crowds in the capital cheered the troops and attacked the homes of people they accused of belonging to the Tontons Macoutes militia.

The rebel sergeants said they had acted in anger over the massacre of at least 12 worshippers at the church of Father Jean-Bertrand Aristide a week ago, when armed men attacked a Sunday mass while police looked on. Aristide, a Roman Catholic priest and outspoken critic of the army, has accused the Namphy government of organising the attack.

The United States, which cut off most of its aid to Haiti after troops and gunmen broke up elections last November, said it was watching events closely. A State Department spokesman in Washington said Washington urged the new leaders to set a timetable for free elections and would not restore aid until they did so.

The Dominican Republic said it had granted Namphy temporary refuge on humanitarian grounds.

The coup was Haiti's second in three months and the latest upheaval since Jean-Claude Duvalier fled into exile in February 1986.

Reuter""",
people=[("Prosper Avril", "HTI", "Lieutenant-General"), ("Henri Namphy", "HTI", "General"),
        ("Jean-Bertrand Aristide", "HTI", "Roman Catholic priest"), ("Jean-Claude Duvalier", "HTI", "")],
events=[
("HTI", "HTI", "COERCE|ASSAULT", 1, "overthrew General Henri Namphy in an overnight coup"),
("HTI", "HTI", "COERCE", 0, "had himself seized power from a civilian president in June"),
("HTI", "HTI", "COERCE", 1, "was put on a plane to the Dominican Republic"),
("HTI", "HTI", "AGREE", 0, "pledged to lead the country towards"),
("HTI", "HTI", "COERCE", 1, "arrested several officers loyal to Namphy"),
("HTI", "HTI", "ASSAULT", 1, "attacked the homes of people they accused of belonging to the Tontons Macoutes"),
("HTI", "HTI", "ASSAULT", 0, "armed men attacked a Sunday mass"),
("HTI", "HTI", "ACCUSE", 1, "has accused the Namphy government of organising the attack"),
("USA", "HTI", "SANCTION", 0, "cut off most of its aid to Haiti"),
("USA", "HTI", "REQUEST", 1, "urged the new leaders to set a timetable for free elections"),
("USA", "HTI", "THREATEN|SANCTION", 1, "would not restore aid until they did so"),
("DOM", "HTI", "AID|COOPERATE", 1, "had granted Namphy temporary refuge"),
]))
