# Articles AK1-AK7. Each: id, fmt, text (headline, blank line, paragraphs), meta, published, people, events.
# Event tuple: (source, target, types, flags, evidence); codes "A/B" = list; flags: r=required, o=optional, s=symmetric.

ARTS = []

ARTS.append(dict(
    id="AK1", fmt="txt",
    published=("1987-08-24", "1987-08-24", "dateline 'Aug 24'; Baltic rallies of Sunday 23 August 1987"),
    text='''THOUSANDS IN BALTIC CAPITALS MARK NAZI-SOVIET PACT ANNIVERSARY

MOSCOW, Aug 24 - Thousands of people gathered in the capitals of the three Soviet Baltic republics on Sunday to mark the anniversary of the 1939 Nazi-Soviet pact that led to their annexation by Moscow, dissidents and Western diplomats said.

In the Latvian capital Riga, some 5,000 people laid flowers at the Freedom Monument, a symbol of pre-war independence, while uniformed police looked on and did not intervene, witnesses said. Smaller crowds assembled in Tallinn, the Estonian capital, and in Vilnius.

The demonstrations were the largest unofficial gatherings in the region in decades. Organisers had demanded that Moscow publish the secret protocols of the pact, under which Berlin and Moscow carved up eastern Europe into spheres of influence on the eve of the Second World War.

The official news agency Tass said on Monday that the gatherings had been staged by a handful of "extremists" acting on cues from Western radio stations. It accused Radio Free Europe and Radio Liberty, which are funded by the United States Congress, of whipping up nationalist passions.

"The provocation was prepared well in advance on the other side of the ocean," Tass said.

Latvian dissidents said several members of the human rights group Helsinki-86 had been detained before the rally and that others were warned by the KGB to stay at home. One of them, Rolands Silaraups, was reported to have been held in Riga for several hours.

In Vilnius, the Lithuanian activist Nijole Sadunaite addressed a crowd of about 500 in a park near the cathedral, witnesses said. Plainclothes police filmed the crowd but no arrests were reported there.

The United States has never recognised the incorporation of Latvia, Lithuania and Estonia into the Soviet Union. A State Department spokesman in Washington said on Sunday that the United States supported the right of the Baltic peoples to express their views peacefully, and he urged Soviet authorities to show restraint.

Soviet officials have repeatedly accused Washington of meddling in Soviet internal affairs by raising the Baltic question. Western diplomats in Moscow said the decision not to break up the rallies reflected Mikhail Gorbachev's policy of glasnost, or openness, but they cautioned that the authorities would not tolerate open calls for secession.

Reuter''',
    people=[("Rolands Silaraups", "LVA", "member, Helsinki-86 human rights group"),
            ("Nijole Sadunaite", "LTU", "activist"),
            ("Mikhail Gorbachev", "RUS", "Soviet leader")],
    events=[
        ("LVA/RUS", "RUS", "PROTEST", "r", "some 5,000 people laid flowers at the Freedom Monument"),
        ("EST/RUS", "RUS", "PROTEST", "r", "Smaller crowds assembled in Tallinn"),
        ("LTU/RUS", "RUS", "PROTEST", "r", "the Lithuanian activist Nijole Sadunaite addressed a crowd"),
        ("LVA/EST/LTU/RUS", "RUS", "REQUEST", "r", "Organisers had demanded that Moscow publish the secret protocols of the pact"),
        ("RUS", "USA", "ACCUSE", "r", "It accused Radio Free Europe and Radio Liberty"),
        ("RUS", "USA/WST", "ACCUSE", "o", "the gatherings had been staged by a handful of \"extremists\" acting on cues from Western radio stations"),
        ("RUS/LVA", "LVA/RUS", "COERCE", "r", "had been detained before the rally"),
        ("RUS/LVA", "LVA/RUS", "THREATEN COERCE", "o", "others were warned by the KGB to stay at home"),
        ("RUS/LVA", "LVA/RUS", "COERCE", "o", "was reported to have been held in Riga for several hours"),
        ("USA", "LVA/LTU/EST/RUS", "SUPPORT", "r", "the United States supported the right of the Baltic peoples to express their views peacefully"),
        ("USA", "RUS", "REQUEST", "r", "he urged Soviet authorities to show restraint"),
        ("USA", "RUS", "REJECT", "o", "The United States has never recognised the incorporation of Latvia, Lithuania and Estonia into the Soviet Union"),
        ("RUS", "USA", "ACCUSE", "o", "Soviet officials have repeatedly accused Washington of meddling in Soviet internal affairs"),
        ("RUS", "LVA/LTU/EST/RUS", "THREATEN", "o", "the authorities would not tolerate open calls for secession"),
    ]))

ARTS.append(dict(
    id="AK2", fmt="json",
    meta=dict(date_publish="1987-09-07 19:42:00", authors=["Reuters"], url=None, source_domain="reuters.com",
              description="Erich Honecker makes the first visit to West Germany by an East German head of state and holds talks with Helmut Kohl."),
    published=("1987-09-07", "1987-09-07", "dateline 'Sept 7'; Honecker arrived in Bonn on Monday 7 September 1987"),
    text='''HONECKER ARRIVES IN BONN ON FIRST VISIT BY AN EAST GERMAN LEADER

BONN, Sept 7 - East German leader Erich Honecker arrived in Bonn on Monday for the first visit to West Germany by a head of the communist state, and was welcomed with military honours by Chancellor Helmut Kohl.

The two leaders began talks at the chancellery shortly after the ceremony, at which the East German flag was raised and its anthem played on West German soil for the first time.

Kohl told his guest at a dinner in the evening that Bonn would never accept the division of Germany as final, and he called on East Berlin to tear down the barriers that separate the two states. "The Germans want to come together," he said.

Honecker, reading from a prepared text, replied that socialism and capitalism could no more be joined than fire and water. But he said the two German states should work together so that war would never again start from German soil.

Officials said the two sides were expected to sign agreements on environmental protection, science and radiation safety before Honecker leaves Bonn on Wednesday for a tour that will take him to his birthplace in the Saarland.

West German officials said Kohl had also pressed Honecker in private to lift the order to shoot at people fleeing across the border and to let more East Germans travel to the West. East German spokesman Wolfgang Meyer told reporters the border regime was an internal matter and not a subject for negotiation.

The visit, first planned for 1984, was called off that year under pressure from Moscow, which then viewed the rapprochement between the two German states with suspicion. Western diplomats said Soviet leader Mikhail Gorbachev had now given it his blessing.

The opposition Social Democrats welcomed the visit, while some members of Kohl's own Christian Democrats complained that it amounted to recognition of the East German state. About 200 demonstrators from human rights groups gathered near the chancellery calling for the release of political prisoners held in East Germany. Police kept them behind barriers.

Reuter''',
    people=[("Erich Honecker", "DEU", "East German leader"),
            ("Helmut Kohl", "DEU", "Chancellor"),
            ("Wolfgang Meyer", "DEU", "East German spokesman"),
            ("Mikhail Gorbachev", "RUS", "Soviet leader")],
    events=[
        ("DDR/DEU", "DEU", "CONSULT", "r", "arrived in Bonn on Monday for the first visit to West Germany"),
        ("DDR/DEU", "DEU", "CONSULT", "rs", "The two leaders began talks at the chancellery"),
        ("DEU", "DDR/DEU", "REJECT", "o", "Bonn would never accept the division of Germany as final"),
        ("DEU", "DDR/DEU", "REQUEST", "r", "he called on East Berlin to tear down the barriers"),
        ("DDR/DEU", "DEU", "REJECT", "o", "socialism and capitalism could no more be joined than fire and water"),
        ("DDR/DEU", "DEU", "COOPERATE SUPPORT AGREE", "o", "the two German states should work together"),
        ("DDR/DEU", "DEU", "AGREE COOPERATE", "rs", "the two sides were expected to sign agreements on environmental protection"),
        ("DEU", "DDR/DEU", "REQUEST", "r", "Kohl had also pressed Honecker in private to lift the order to shoot"),
        ("DDR/DEU", "DEU", "REJECT", "r", "the border regime was an internal matter and not a subject for negotiation"),
        ("RUS", "DDR/DEU", "COERCE REQUEST REJECT", "o", "was called off that year under pressure from Moscow"),
        ("RUS", "DDR/DEU", "SUPPORT", "o", "Gorbachev had now given it his blessing"),
        ("DEU", "DDR/DEU", "SUPPORT", "o", "The opposition Social Democrats welcomed the visit"),
        ("DEU", "DEU", "PROTEST ACCUSE", "o", "some members of Kohl's own Christian Democrats complained"),
        ("DEU", "DDR/DEU", "PROTEST REQUEST", "r", "About 200 demonstrators from human rights groups gathered near the chancellery calling for the release of political prisoners"),
    ]))

ARTS.append(dict(
    id="AK3", fmt="txt",
    published=("1987-11-19", "1987-11-19", "dateline 'Nov 19'; Brasov riot on Sunday 15 November 1987 (local election day)"),
    text='''ROMANIAN WORKERS RIOT IN BRASOV OVER PAY CUTS, DIPLOMATS SAY

VIENNA, Nov 19 - Thousands of workers from a truck plant in the Romanian city of Brasov stormed the local Communist Party headquarters on Sunday in protest against wage cuts and food shortages, Western diplomats and travellers arriving here said.

The workers from the Steagul Rosu (Red Flag) factory, joined by townspeople, marched through the city centre shouting "Down with the dictator" and "We want bread," the travellers said. They broke into the party building and the town hall, hurled portraits of President Nicolae Ceausescu from the windows and set fire to files in the street.

Security forces were rushed into the city later on Sunday and broke up the crowd, the diplomats said. They said dozens of people had been arrested in the days since, and that some of those seen as ringleaders were reported to have been beaten in custody.

The official Romanian news agency Agerpres has not mentioned the unrest. A Foreign Ministry official in Bucharest, asked about the reports by telephone, said he had "no information" and insisted there had been no disorder anywhere in the country.

The protest coincided with local elections held across Romania on Sunday. Diplomats said it was the most serious open challenge to Ceausescu's 22-year rule since a miners' strike in the Jiu valley ten years ago.

Romania has imposed severe rationing of food, heating and electricity as Ceausescu presses ahead with a drive to pay off the country's foreign debt, about 6.5 billion dollars, by the early 1990s.

In a speech broadcast on Wednesday, Ceausescu warned that "enemies of socialism" would be dealt with firmly, without referring directly to the events in Brasov.

In Washington, a State Department spokesman said the United States was concerned by the reports of arrests and called on Bucharest to respect the rights of the workers. He said U.S. diplomats would raise the matter with the Romanian government.

Hungary's official press, which has grown increasingly critical of Romania's treatment of its large Hungarian minority, gave prominent space to the events, quoting Western radio reports.

Romanian exile groups in Paris and Munich said they had appealed to Western governments to suspend trade concessions to Bucharest. The U.S. Congress has been debating whether to withdraw Romania's most-favoured-nation trading status over its human rights record.

Reuter''',
    people=[("Nicolae Ceausescu", "ROU", "President")],
    events=[
        ("ROU", "ROU", "PROTEST", "r", "stormed the local Communist Party headquarters on Sunday in protest against wage cuts and food shortages"),
        ("ROU", "ROU", "PROTEST", "o", "marched through the city centre shouting \"Down with the dictator\""),
        ("ROU", "ROU", "ASSAULT PROTEST", "o", "They broke into the party building and the town hall"),
        ("ROU", "ROU", "MOBILIZE", "o", "Security forces were rushed into the city"),
        ("ROU", "ROU", "COERCE", "r", "broke up the crowd"),
        ("ROU", "ROU", "COERCE", "r", "dozens of people had been arrested in the days since"),
        ("ROU", "ROU", "ASSAULT", "o", "were reported to have been beaten in custody"),
        ("ROU", "ROU", "THREATEN", "r", "Ceausescu warned that \"enemies of socialism\" would be dealt with firmly"),
        ("USA", "ROU", "ACCUSE", "o", "the United States was concerned by the reports of arrests"),
        ("USA", "ROU", "REQUEST", "r", "called on Bucharest to respect the rights of the workers"),
        ("USA", "ROU", "CONSULT", "o", "U.S. diplomats would raise the matter with the Romanian government"),
        ("HUN", "ROU", "ACCUSE", "o", "increasingly critical of Romania's treatment of its large Hungarian minority"),
        ("ROU", "WST", "REQUEST", "r", "Romanian exile groups in Paris and Munich said they had appealed to Western governments to suspend trade concessions"),
        ("USA", "ROU", "SANCTION THREATEN", "o", "debating whether to withdraw Romania's most-favoured-nation trading status"),
    ]))

ARTS.append(dict(
    id="AK4", fmt="dump", dump="dump-1.txt", nbsp=False,
    published=("1988-06-28", "1988-06-28", "dateline 'June 28'; Budapest march on Monday 27 June 1988"),
    text='''ROMANIA ORDERS HUNGARIAN CONSULATE IN CLUJ CLOSED AFTER BUDAPEST PROTEST

BUDAPEST, June 28 - Romania has ordered Hungary to shut its consulate-general in the Transylvanian city of Cluj within 48 hours, in retaliation for a mass protest in Budapest against Romania's treatment of its ethnic Hungarians, Hungarian officials said on Tuesday.

The Foreign Ministry in Bucharest told the Hungarian ambassador that the consulate was being closed because Budapest had permitted "chauvinist and revisionist" demonstrations hostile to Romania, the Hungarian news agency MTI reported.

About 50,000 people marched through central Budapest on Monday evening to the Romanian embassy to protest against President Nicolae Ceausescu's plan to raze thousands of villages, many of them inhabited by ethnic Hungarians, and move their people into agro-industrial centres. It was the largest unofficial demonstration in Hungary since the 1956 uprising.

Marchers carrying candles and banners reading "Save the villages" tried to hand a petition to embassy officials, but nobody came out to accept it, witnesses said. Police did not intervene.

Hungarian Foreign Ministry spokesman Ivan Pataky called the Romanian decision "unjustified and without precedent between allied socialist countries" and said Hungary deeply regretted it. He said Budapest did not intend to retaliate by closing any Romanian mission.

Romania, for its part, accused Hungary of interfering in its internal affairs and said the resettlement programme, known as systematisation, was a purely domestic matter aimed at modernising the countryside.

Western diplomats in Budapest said the dispute was the most bitter between two Warsaw Pact members in years. Thousands of ethnic Hungarians have fled Romania for Hungary in recent months, and Budapest has opened reception centres for them despite Romanian demands that they be sent back.

"Budapest has no intention of returning people who come to us seeking refuge," Pataky told reporters.

Reuter''',
    people=[("Nicolae Ceausescu", "ROU", "President"),
            ("Ivan Pataky", "HUN", "Foreign Ministry spokesman")],
    events=[
        ("ROU", "HUN", "SANCTION COERCE", "r", "Romania has ordered Hungary to shut its consulate-general in the Transylvanian city of Cluj"),
        ("ROU", "HUN", "ACCUSE", "r", "Budapest had permitted \"chauvinist and revisionist\" demonstrations hostile to Romania"),
        ("ROU", "HUN", "CONSULT", "o", "The Foreign Ministry in Bucharest told the Hungarian ambassador"),
        ("HUN", "ROU", "PROTEST", "r", "About 50,000 people marched through central Budapest on Monday evening to the Romanian embassy"),
        ("HUN", "ROU", "REQUEST", "o", "tried to hand a petition to embassy officials"),
        ("ROU", "HUN", "REJECT", "o", "nobody came out to accept it"),
        ("HUN", "ROU", "ACCUSE PROTEST", "r", "called the Romanian decision \"unjustified and without precedent between allied socialist countries\""),
        ("ROU", "HUN", "ACCUSE", "r", "accused Hungary of interfering in its internal affairs"),
        ("ROU", "HUN", "REQUEST", "o", "Romanian demands that they be sent back"),
        ("HUN", "ROU", "REJECT", "r", "Budapest has no intention of returning people who come to us seeking refuge"),
        ("HUN", "ROU", "AID", "o", "Budapest has opened reception centres for them"),
    ]))

ARTS.append(dict(
    id="AK5", fmt="txt",
    published=("1989-01-11", "1989-01-11", "dateline 'Jan 11'; resignation on Wednesday 11 January 1989"),
    text='''MONTENEGRO LEADERSHIP QUITS AS CROWDS BESIEGE PARLIAMENT

BELGRADE, Jan 11 - The entire Communist leadership of the Yugoslav republic of Montenegro resigned on Wednesday after tens of thousands of demonstrators besieged the republic's parliament in Titograd demanding their removal, the official news agency Tanjug said.

The protesters, many of them workers and students who had travelled from across the small mountainous republic, had rallied for two days outside the assembly building, chanting slogans in support of Serbian Communist leader Slobodan Milosevic and accusing local officials of corruption and incompetence.

Tanjug said the republic's state presidency and the presidium of the Montenegrin Communist Party had stepped down "to ease the tension" and that a special party conference would be called to choose a new leadership.

Police used tear gas and truncheons to disperse a similar protest in Titograd in October, but this time security forces made no attempt to move the crowd. On Tuesday the presidency had vowed that it would not bow to "pressure from the street" and appealed to the federal leadership in Belgrade for help.

Federal officials declined to intervene. A spokesman for the federal presidency told reporters the crisis was an internal matter for Montenegro.

In Ljubljana, Slovenian party leader Milan Kucan accused Milosevic's supporters of replacing the constitutional order with "the politics of the street" and said Slovenia would not allow such rallies to be brought onto its territory.

The resignations followed the fall of the leadership of the northern province of Vojvodina in October after similar demonstrations. Critics say the rallies are orchestrated by Milosevic's allies to spread Serbian influence across the federation, a charge he has denied.

Milosevic has won wide popularity among Serbs with a campaign to restore Serbia's authority over its autonomous provinces of Kosovo and Vojvodina.

Western diplomats said the upheaval deepened Yugoslavia's worst political crisis since the Second World War, coming as the country struggles with inflation of more than 250 percent and a foreign debt of 21 billion dollars.

Reuter''',
    people=[("Slobodan Milosevic", "SRB", "Serbian Communist leader"),
            ("Milan Kucan", "SVN", "Slovenian party leader")],
    events=[
        ("MNE/YUG", "MNE/YUG", "PROTEST", "r", "tens of thousands of demonstrators besieged the republic's parliament in Titograd"),
        ("MNE/YUG", "MNE/YUG", "REQUEST", "o", "demanding their removal"),
        ("MNE/YUG", "SRB/YUG", "SUPPORT", "r", "chanting slogans in support of Serbian Communist leader Slobodan Milosevic"),
        ("MNE/YUG", "MNE/YUG", "ACCUSE", "r", "accusing local officials of corruption and incompetence"),
        ("MNE/YUG", "MNE/YUG", "CONCEDE RETREAT", "r", "The entire Communist leadership of the Yugoslav republic of Montenegro resigned"),
        ("MNE/YUG", "MNE/YUG", "COERCE ASSAULT", "o", "Police used tear gas and truncheons to disperse a similar protest in Titograd in October"),
        ("MNE/YUG", "MNE/YUG", "REJECT", "r", "it would not bow to \"pressure from the street\""),
        ("MNE/YUG", "YUG", "REQUEST", "r", "appealed to the federal leadership in Belgrade for help"),
        ("YUG", "MNE/YUG", "REJECT", "r", "Federal officials declined to intervene"),
        ("SVN/YUG", "SRB/YUG", "ACCUSE", "r", "Milan Kucan accused Milosevic's supporters of replacing the constitutional order"),
        ("SVN/YUG", "SRB/YUG", "REJECT THREATEN", "o", "Slovenia would not allow such rallies to be brought onto its territory"),
        ("YUG", "SRB/YUG", "ACCUSE", "o", "Critics say the rallies are orchestrated by Milosevic's allies"),
    ]))

ARTS.append(dict(
    id="AK6", fmt="dump", dump="dump-2.txt", nbsp=True,
    published=("1989-09-11", "1989-09-11", "dateline 'Sept 11'; border opened at midnight 10-11 September 1989"),
    text='''HUNGARY LETS EAST GERMANS GO WEST, EAST BERLIN CRIES BETRAYAL

BUDAPEST, Sept 11 - Thousands of East Germans streamed across Hungary's border into Austria on Monday after Budapest suspended a 1969 agreement with East Berlin and allowed them to leave for the West, in the largest exodus from East Germany since the Berlin Wall went up in 1961.

Hungarian Foreign Minister Gyula Horn announced on state television on Sunday night that the refugees, who had been camping in Budapest and near Lake Balaton for weeks, would be free to travel to a country of their choice from midnight.

"We could not let this situation go on," Horn said. "Hungary cannot become a prison for the citizens of another state."

By noon on Monday more than 8,000 East Germans had crossed at Hegyeshalom and other frontier posts in their small Trabant and Wartburg cars, Austrian officials said. Most headed straight for West Germany, where reception camps had been set up in Bavaria.

Austrian Chancellor Franz Vranitzky said Austria had agreed with Budapest to let the East Germans pass through without visas.

East Germany's official news agency ADN accused Hungary of taking part in an organised "trade in people" and of breaking treaties between the two socialist states. It said Budapest had bowed to pressure from Bonn and that the refugees had been lured by West German promises.

East Berlin lodged a formal protest with the Hungarian ambassador, ADN said.

West German Chancellor Helmut Kohl thanked Hungary for what he called a humanitarian decision of historic significance. Bonn's Foreign Minister Hans-Dietrich Genscher, who held secret talks with Hungarian leaders last month, said the move showed that Europe was changing.

Hungarian officials denied that their decision was linked to West German credits. Diplomats in Budapest said Bonn had promised a loan of 500 million marks, but both governments declined to comment.

The Soviet Union, East Germany's main ally, made no official comment. Soviet Foreign Ministry spokesman Gennady Gerasimov told reporters in Moscow the matter was for the countries concerned to settle.

Reuter''',
    people=[("Gyula Horn", "HUN", "Foreign Minister"),
            ("Franz Vranitzky", "AUT", "Chancellor"),
            ("Helmut Kohl", "DEU", "Chancellor"),
            ("Hans-Dietrich Genscher", "DEU", "Foreign Minister"),
            ("Gennady Gerasimov", "RUS", "Foreign Ministry spokesman")],
    events=[
        ("HUN", "DDR/DEU", "REJECT SANCTION", "r", "Budapest suspended a 1969 agreement with East Berlin"),
        ("HUN", "DDR/DEU", "CONCEDE AID COOPERATE", "o", "would be free to travel to a country of their choice from midnight"),
        ("AUT", "HUN", "AGREE COOPERATE", "rs", "Austria had agreed with Budapest to let the East Germans pass through without visas"),
        ("DDR/DEU", "HUN", "ACCUSE", "r", "accused Hungary of taking part in an organised \"trade in people\""),
        ("DDR/DEU", "DEU", "ACCUSE", "r", "Budapest had bowed to pressure from Bonn"),
        ("DDR/DEU", "HUN", "PROTEST", "r", "East Berlin lodged a formal protest with the Hungarian ambassador"),
        ("DEU", "HUN", "SUPPORT", "r", "Kohl thanked Hungary"),
        ("DEU", "HUN", "CONSULT", "os", "held secret talks with Hungarian leaders last month"),
        ("HUN", "DEU", "REJECT", "o", "Hungarian officials denied that their decision was linked to West German credits"),
        ("DEU", "HUN", "AID AGREE", "o", "Bonn had promised a loan of 500 million marks"),
    ]))

ARTS.append(dict(
    id="AK7", fmt="json",
    meta=dict(date_publish="2016-07-08 18:05:00", authors=["Associated Press"],
              url="https://apnews.com/article/nato-warsaw-summit-battalions-poland-baltics-russia",
              source_domain="apnews.com",
              description="NATO leaders meeting in Warsaw agree to send four battalions to Poland and the Baltic states; the Kremlin vows a response."),
    published=("2016-07-08", "2016-07-09", "summit decision on Friday 8 July 2016; Poroshenko 'due to meet' leaders on Saturday"),
    text='''NATO agrees to station troops in Poland and Baltics as Russia vows response

WARSAW, Poland (AP) — NATO leaders agreed Friday to deploy four multinational battalions to Poland, Lithuania, Latvia and Estonia, the alliance's biggest reinforcement of its eastern flank since the Cold War, in a move Moscow condemned as a threat to its security.

Secretary-General Jens Stoltenberg told reporters at the summit in the Polish capital that the battalions, of roughly 1,000 troops each, would be led by the United States, Britain, Germany and Canada and would begin rotating through the region early next year.

"This sends a clear message: an attack on one ally will be considered an attack on the whole alliance," Stoltenberg said. He insisted NATO did "not seek confrontation" with Russia and wanted a "constructive dialogue" with Moscow.

President Barack Obama said the U.S. would send about 1,000 soldiers to Poland as part of the force and would keep an armored brigade in Europe on a rotating basis. "Our commitment to Poland's security and the security of our allies is unwavering," Obama said after meeting Polish President Andrzej Duda on the sidelines of the summit.

The Kremlin responded within hours. Dmitry Peskov, spokesman for President Vladimir Putin, said Russia would "take all necessary measures" to protect itself and accused NATO of "demonizing" Russia while massing forces near its borders.

Russia's Foreign Ministry said in a statement that the alliance was "concentrating its efforts on containing a non-existent threat from the east."

The leaders also agreed to step up support for Ukraine, where fighting between government forces and Russian-backed separatists has killed more than 9,000 people since 2014. Ukrainian President Petro Poroshenko was due to meet alliance leaders Saturday.

The Baltic states and Poland have pressed for a permanent NATO presence since Russia annexed Ukraine's Crimean Peninsula in 2014. Lithuanian President Dalia Grybauskaite called the decision "historic" but said the alliance must stand ready to do more if needed.

NATO and Russian envoys are set to meet in Brussels next week at the NATO-Russia Council, only the second such session since 2014. German Foreign Minister Frank-Walter Steinmeier, who last month criticized some allied exercises as "saber-rattling," urged allies to keep channels to Moscow open.''',
    people=[("Jens Stoltenberg", "IGO", "NATO Secretary-General"),
            ("Barack Obama", "USA", "President"),
            ("Andrzej Duda", "POL", "President"),
            ("Dmitry Peskov", "RUS", "spokesman for President Vladimir Putin"),
            ("Vladimir Putin", "RUS", "President"),
            ("Petro Poroshenko", "UKR", "President"),
            ("Dalia Grybauskaite", "LTU", "President"),
            ("Frank-Walter Steinmeier", "DEU", "Foreign Minister")],
    events=[
        ("IGO", "POL", "AID COOPERATE MOBILIZE AGREE", "r", "NATO leaders agreed Friday to deploy four multinational battalions to Poland, Lithuania, Latvia and Estonia"),
        ("IGO", "LTU", "AID COOPERATE MOBILIZE AGREE", "r", "NATO leaders agreed Friday to deploy four multinational battalions to Poland, Lithuania, Latvia and Estonia"),
        ("IGO", "LVA", "AID COOPERATE MOBILIZE AGREE", "r", "NATO leaders agreed Friday to deploy four multinational battalions to Poland, Lithuania, Latvia and Estonia"),
        ("IGO", "EST", "AID COOPERATE MOBILIZE AGREE", "r", "NATO leaders agreed Friday to deploy four multinational battalions to Poland, Lithuania, Latvia and Estonia"),
        ("RUS", "IGO", "ACCUSE", "r", "a move Moscow condemned as a threat to its security"),
        ("IGO", "RUS", "THREATEN", "o", "an attack on one ally will be considered an attack on the whole alliance"),
        ("IGO", "RUS", "CONSULT REQUEST", "o", "wanted a \"constructive dialogue\" with Moscow"),
        ("USA", "POL", "AID", "r", "the U.S. would send about 1,000 soldiers to Poland"),
        ("USA", "POL", "SUPPORT", "o", "Our commitment to Poland's security and the security of our allies is unwavering"),
        ("USA", "POL", "CONSULT", "r", "after meeting Polish President Andrzej Duda"),
        ("RUS", "IGO", "THREATEN", "r", "Russia would \"take all necessary measures\" to protect itself"),
        ("RUS", "IGO", "ACCUSE", "r", "accused NATO of \"demonizing\" Russia"),
        ("RUS", "IGO", "ACCUSE", "o", "the alliance was \"concentrating its efforts on containing a non-existent threat from the east.\""),
        ("IGO", "UKR", "SUPPORT AID AGREE", "r", "The leaders also agreed to step up support for Ukraine"),
        ("UKR", "IGO", "CONSULT", "o", "was due to meet alliance leaders Saturday"),
        ("POL/LTU/LVA/EST", "IGO", "REQUEST", "o", "have pressed for a permanent NATO presence"),
        ("RUS", "UKR", "ASSAULT COERCE", "o", "Russia annexed Ukraine's Crimean Peninsula in 2014"),
        ("LTU", "IGO", "SUPPORT", "r", "called the decision \"historic\""),
        ("IGO", "RUS", "CONSULT AGREE", "os", "NATO and Russian envoys are set to meet in Brussels next week"),
        ("DEU", "IGO", "ACCUSE", "o", "criticized some allied exercises as \"saber-rattling,\""),
        ("DEU", "IGO", "REQUEST", "r", "urged allies to keep channels to Moscow open"),
    ]))
