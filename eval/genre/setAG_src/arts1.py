"""Set AG, Reuters 1987-1989 articles (AG1-AG6). Own wording, real events."""

ARTS = []

ARTS.append(dict(
    id="AG1", fmt="txt",
    headline="PANAMA ANNULS ELECTION AS NORIEGA MOBS BEAT OPPOSITION LEADERS",
    pub=("1989-05-11", "1989-05-11", "dateline 'May 11'; Panama vote of 7 May 1989 annulled 10 May"),
    body="""
PANAMA CITY, May 11 - Panama's electoral tribunal has declared last Sunday's presidential election null and void, hours after gangs loyal to military strongman General Manuel Antonio Noriega beat the three main opposition candidates in the streets of the capital.

The tribunal said in a late-night decree that the count had been made impossible by "obstruction" and by what it called foreign interference. It did not say when a new vote would be held.

Guillermo Endara, the opposition presidential candidate, and his running mates Ricardo Arias Calderon and Guillermo Ford were attacked by men wielding iron bars and clubs as they led a march through the old city on Wednesday. Ford, his shirt soaked in blood, was photographed being struck again while soldiers looked on. One of Ford's bodyguards was shot dead, witnesses said.

Police later fired tear gas at several hundred demonstrators who had gathered near the Santa Ana church, and dozens were taken away in trucks.

The opposition alliance, which says its own tally from polling stations gave Endara about three votes for every one cast for the government's candidate, Carlos Duque, accused Noriega of stealing the election by force. "They could not win with ballots, so they have used clubs," Arias Calderon told reporters from his hospital bed.

Former U.S. President Jimmy Carter, who led a team of international observers, had already said on Monday that the government was "taking the election by fraud" and that he had been prevented from entering the main counting centre.

In Washington, President George Bush condemned the violence and said Noriega was trying to cling to power against the will of his people. U.S. officials said Bush was recalling Ambassador Arthur Davis and would send additional troops to reinforce American bases in the Canal area. He stopped short of ruling out further action.

The Panamanian government accused the United States of financing the opposition campaign and of plotting to intervene militarily. A foreign ministry statement said Washington "will not decide who governs Panama."

Venezuelan President Carlos Andres Perez called for an urgent meeting of the Organisation of American States to discuss the crisis, and several Latin American governments said they would not recognise a government formed on the basis of the annulled vote.

Reuter
""",
    people=[("Manuel Antonio Noriega", "PAN", "General, military strongman"),
            ("Guillermo Endara", "PAN", "opposition presidential candidate"),
            ("Ricardo Arias Calderon", "PAN", "opposition vice-presidential candidate"),
            ("Guillermo Ford", "PAN", "opposition vice-presidential candidate"),
            ("Carlos Duque", "PAN", "government presidential candidate"),
            ("Jimmy Carter", "USA", "former President, head of observer team"),
            ("George Bush", "USA", "President"),
            ("Arthur Davis", "USA", "Ambassador to Panama"),
            ("Carlos Andres Perez", "VEN", "President")],
    events=[
        ("PAN", "PAN", "REJECT/COERCE", 1, "declared last Sunday's presidential election null and void", 0),
        ("PAN", "PAN", "ASSAULT", 1, "gangs loyal to military strongman General Manuel Antonio Noriega beat the three main opposition candidates", 0),
        ("PAN", "PAN", "ASSAULT", 0, "One of Ford's bodyguards was shot dead", 0),
        ("PAN", "PAN", "PROTEST", 0, "as they led a march through the old city", 0),
        ("PAN", "PAN", "COERCE", 1, "Police later fired tear gas at several hundred demonstrators", 0),
        ("PAN", "PAN", "ACCUSE", 1, "accused Noriega of stealing the election by force", 0),
        ("PAN", "USA|WST", "ACCUSE", 0, "what it called foreign interference", 0),
        ("USA", "PAN", "ACCUSE", 1, "the government was \"taking the election by fraud\"", 0),
        ("PAN", "USA", "REJECT", 0, "he had been prevented from entering the main counting centre", 0),
        ("USA", "PAN", "ACCUSE", 1, "President George Bush condemned the violence", 0),
        ("USA", "PAN", "SANCTION/PROTEST", 1, "Bush was recalling Ambassador Arthur Davis", 0),
        ("USA", "PAN", "MOBILIZE/THREATEN", 1, "would send additional troops to reinforce American bases in the Canal area", 0),
        ("PAN", "USA", "ACCUSE", 1, "accused the United States of financing the opposition campaign", 0),
        ("PAN", "USA", "REJECT", 0, "Washington \"will not decide who governs Panama.\"", 0),
        ("VEN", "IGO", "REQUEST", 1, "called for an urgent meeting of the Organisation of American States", 0),
        ("VEN", "PAN", "REJECT", 0, "would not recognise a government formed on the basis of the annulled vote", 0),
    ]))

ARTS.append(dict(
    id="AG2", fmt="txt",
    headline="PRAGUE POLICE TURN WATER CANNON ON PALACH MOURNERS, HAVEL DETAINED",
    pub=("1989-01-16", "1989-01-16", "dateline 'Jan 16'; Palach week protests, Havel detained 16 January 1989"),
    body="""
PRAGUE, Jan 16 - Czechoslovak riot police used water cannon, tear gas and dogs for a second day on Monday to break up crowds in Wenceslas Square who had come to honour Jan Palach, the student who burned himself to death in 1969 in protest at the Soviet-led invasion.

Playwright Vaclav Havel, the country's best-known dissident and a founder of the Charter 77 human rights movement, was detained near the square with several other activists as he watched the crowd, Charter sources said. They said he could face charges of inciting a breach of the peace.

Witnesses said police charged into groups of mostly young people, beating some with truncheons and dragging others into vans. Several thousand people chanted "Freedom" and "Gestapo" at the police lines. At least 90 people were arrested on Sunday, according to dissident sources.

The official news agency CTK said the gatherings had been organised by "anti-socialist elements" acting on instructions from abroad, and that police had restored order after provocations by a small number of hooligans. It said Western radio stations had encouraged the disturbances.

The crackdown came only a day after Czechoslovakia joined 34 other countries in approving the final document of the Vienna review conference on European security, which includes new pledges on freedom of assembly.

The U.S. State Department said the use of force was "a flagrant violation" of the commitments Prague had just accepted and called for the release of all those held. Western delegates still in Vienna said the events cast doubt on whether the government intended to honour the document at all.

The British Foreign Office said it would raise the matter with the Czechoslovak ambassador in London, and the Austrian government said it had expressed its concern to Prague through diplomatic channels.

Charter 77 urged people to continue laying flowers at the statue of St Wenceslas, but not to respond to provocation. Czechoslovak officials have refused to meet the group, which the government does not recognise.

Reuter
""",
    people=[("Jan Palach", "CZE", "student who burned himself to death in 1969"),
            ("Vaclav Havel", "CZE", "playwright, dissident, Charter 77 founder")],
    events=[
        ("CZE|CSK", "CZE|CSK", "COERCE/ASSAULT", 1, "riot police used water cannon, tear gas and dogs for a second day", 0),
        ("CZE|CSK", "CZE|CSK", "PROTEST", 1, "crowds in Wenceslas Square who had come to honour Jan Palach", 0),
        ("CZE|CSK", "CZE|CSK", "COERCE", 1, "was detained near the square with several other activists", 0),
        ("CZE|CSK", "CZE|CSK", "ACCUSE", 0, "he could face charges of inciting a breach of the peace", 0),
        ("CZE|CSK", "CZE|CSK", "ASSAULT/COERCE", 1, "beating some with truncheons and dragging others into vans", 0),
        ("CZE|CSK", "CZE|CSK", "COERCE", 0, "At least 90 people were arrested on Sunday", 0),
        ("CZE|CSK", "CZE|CSK", "ACCUSE", 1, "had been organised by \"anti-socialist elements\"", 0),
        ("CZE|CSK", "WST", "ACCUSE", 1, "Western radio stations had encouraged the disturbances", 0),
        ("CZE|CSK", "WST|IGO", "AGREE", 0, "joined 34 other countries in approving the final document", 1),
        ("USA", "CZE|CSK", "ACCUSE", 1, "the use of force was \"a flagrant violation\"", 0),
        ("USA", "CZE|CSK", "REQUEST", 1, "called for the release of all those held", 0),
        ("WST", "CZE|CSK", "ACCUSE", 1, "Western delegates still in Vienna said the events cast doubt", 0),
        ("GBR", "CZE|CSK", "PROTEST/CONSULT", 0, "would raise the matter with the Czechoslovak ambassador", 0),
        ("AUT", "CZE|CSK", "PROTEST/ACCUSE", 1, "had expressed its concern to Prague", 0),
        ("CZE|CSK", "CZE|CSK", "REJECT", 0, "officials have refused to meet the group", 0),
    ]))

ARTS.append(dict(
    id="AG3", fmt="txt",
    headline="MEXICAN OPPOSITION CRIES FRAUD AS RULING PARTY CLAIMS VICTORY",
    pub=("1988-07-08", "1988-07-08", "dateline 'July 8'; Mexican election held 6 July 1988"),
    body="""
MEXICO CITY, July 8 - Mexico's ruling Institutional Revolutionary Party (PRI) said on Friday its candidate Carlos Salinas de Gortari had won the presidency, but his two main rivals accused the government of rigging Wednesday's election and said they would not accept the result.

Cuauhtemoc Cardenas, who broke away from the PRI last year to lead a left-wing coalition, said his own count showed him ahead in the capital and several central states. "A coup against the constitution is being prepared," he told a news conference. He called on his supporters to gather in the main Zocalo square on Saturday to "defend the vote".

Manuel Clouthier of the conservative National Action Party (PAN) said the official results were "a fabrication" and warned that his party would begin a campaign of civil resistance, including boycotts and road blockades, if the count was not cleaned up.

On Wednesday night Cardenas, Clouthier and the third opposition candidate, Rosario Ibarra, marched together to the Interior Ministry to hand over a joint letter protesting against what they called an attempt to falsify the returns. Riot police ringed the building but made no arrests.

The opposition's suspicions grew after the government's computer system stopped releasing results for several hours on election night. Interior Minister Manuel Bartlett, who heads the Federal Electoral Commission, blamed a technical failure and denied that the figures had been altered. "There is no fraud, there is a system that broke down," he said.

The commission has so far refused to publish results polling station by polling station, a demand the opposition parties have made a condition for accepting any outcome.

Salinas, a 40-year-old economist, told supporters the era of "virtually one-party rule" was over and said he was ready to talk with all political forces. He did not respond directly to the fraud charges.

In Washington, a State Department spokesman declined to comment on the dispute, calling it an internal Mexican matter.

Reuter
""",
    people=[("Carlos Salinas de Gortari", "MEX", "PRI presidential candidate"),
            ("Cuauhtemoc Cardenas", "MEX", "leader of left-wing coalition, presidential candidate"),
            ("Manuel Clouthier", "MEX", "National Action Party presidential candidate"),
            ("Rosario Ibarra", "MEX", "opposition presidential candidate"),
            ("Manuel Bartlett", "MEX", "Interior Minister, head of Federal Electoral Commission")],
    events=[
        ("MEX", "MEX", "ACCUSE", 1, "accused the government of rigging Wednesday's election", 0),
        ("MEX", "MEX", "REJECT", 1, "said they would not accept the result", 0),
        ("MEX", "MEX", "ACCUSE", 1, "\"A coup against the constitution is being prepared,\"", 0),
        ("MEX", "MEX", "REQUEST/MOBILIZE", 0, "He called on his supporters to gather in the main Zocalo square", 0),
        ("MEX", "MEX", "ACCUSE", 1, "the official results were \"a fabrication\"", 0),
        ("MEX", "MEX", "THREATEN", 1, "warned that his party would begin a campaign of civil resistance", 0),
        ("MEX", "MEX", "PROTEST", 1, "marched together to the Interior Ministry to hand over a joint letter", 0),
        ("MEX", "MEX", "MOBILIZE/COERCE", 0, "Riot police ringed the building", 0),
        ("MEX", "MEX", "REJECT", 1, "denied that the figures had been altered", 0),
        ("MEX", "MEX", "REJECT", 1, "refused to publish results polling station by polling station", 0),
        ("MEX", "MEX", "REQUEST", 0, "a demand the opposition parties have made a condition", 0),
        ("MEX", "MEX", "CONSULT/AGREE", 0, "said he was ready to talk with all political forces", 0),
    ]))

ARTS.append(dict(
    id="AG4", fmt="json",
    meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
              description="China's premier declares martial law in parts of Peking as students and residents block army convoys."),
    headline="LI PENG DECLARES MARTIAL LAW IN PEKING, CROWDS HALT ARMY TRUCKS",
    pub=("1989-05-20", "1989-05-20", "dateline 'May 20'; martial law declared in Beijing 20 May 1989"),
    body="""
PEKING, May 20 - Chinese Prime Minister Li Peng declared martial law in central Peking on Saturday, but tens of thousands of residents poured into the streets to stop army convoys from reaching Tiananmen Square, where students have been demonstrating for a month.

In a speech broadcast repeatedly on state television, Li said a "very small handful" of people were exploiting the student movement to create turmoil and overthrow Communist Party leadership. "We must take firm and resolute measures to end the turmoil swiftly," he said.

The martial law order bans demonstrations, strikes and class boycotts and authorises troops and police to "use all means" to enforce it. Foreign journalists were forbidden to report from the streets, and the live satellite links of U.S. television networks were cut.

But convoys of trucks carrying soldiers were halted on the city's outskirts by crowds of workers, students and elderly residents who lay down in front of vehicles and lectured young soldiers. Most trucks were still stationary at nightfall.

In the square itself, students who have been on hunger strike for a week defied the order and vowed to stay until Li resigned. "Li Peng, step down!" they chanted, while loudspeakers urged them to leave.

Communist Party chief Zhao Ziyang, who visited the hunger strikers before dawn on Friday and told them tearfully "we came too late", did not appear alongside Li when the order was announced. Diplomats said he had opposed the crackdown and may have lost his post.

President George Bush urged the Chinese leadership to show restraint and avoid violence, and said the United States supported "freedom of expression" everywhere. Japan's government also appealed to Peking to resolve the confrontation peacefully.

The Soviet Union, whose leader Mikhail Gorbachev ended a visit to China on Thursday, made no comment.

Reuter
""",
    people=[("Li Peng", "CHN", "Prime Minister"),
            ("Zhao Ziyang", "CHN", "Communist Party chief"),
            ("George Bush", "USA", "President"),
            ("Mikhail Gorbachev", "RUS", "Soviet leader")],
    events=[
        ("CHN", "CHN", "COERCE", 1, "declared martial law in central Peking", 0),
        ("CHN", "CHN", "ACCUSE", 1, "a \"very small handful\" of people were exploiting the student movement", 0),
        ("CHN", "CHN", "THREATEN", 0, "We must take firm and resolute measures to end the turmoil swiftly", 0),
        ("CHN", "CHN", "COERCE", 0, "bans demonstrations, strikes and class boycotts", 0),
        ("CHN", "USA|WST", "COERCE/REJECT", 1, "the live satellite links of U.S. television networks were cut", 0),
        ("CHN", "CHN", "MOBILIZE", 1, "convoys of trucks carrying soldiers", 0),
        ("CHN", "CHN", "PROTEST/COERCE", 1, "halted on the city's outskirts by crowds of workers", 0),
        ("CHN", "CHN", "PROTEST", 1, "defied the order and vowed to stay until Li resigned", 0),
        ("CHN", "CHN", "REQUEST/PROTEST", 0, "\"Li Peng, step down!\"", 0),
        ("CHN", "CHN", "CONSULT", 0, "visited the hunger strikers before dawn on Friday", 0),
        ("USA", "CHN", "REQUEST", 1, "urged the Chinese leadership to show restraint", 0),
        ("JPN", "CHN", "REQUEST", 1, "appealed to Peking to resolve the confrontation peacefully", 0),
        ("RUS", "CHN", "CONSULT", 0, "ended a visit to China on Thursday", 0),
    ]))

ARTS.append(dict(
    id="AG5", fmt="dump", dump="dump-1.txt", nbsp=True,
    headline="EAST GERMAN POLICE CLUB PROTESTERS AFTER GORBACHEV VISIT",
    pub=("1989-10-08", "1989-10-08", "dateline 'Oct 8'; GDR 40th anniversary 7 October 1989"),
    body="""
EAST BERLIN, Oct 8 - East German police beat demonstrators with truncheons and detained hundreds of people overnight as crowds calling for reform marched through East Berlin after celebrations of the state's 40th anniversary, witnesses said on Sunday.

Several thousand people, many of them young, gathered near the Palace of the Republic on Saturday evening while Soviet leader Mikhail Gorbachev was attending a gala reception inside. They chanted "Gorby, Gorby" and "We are staying", a reply to the tens of thousands who have fled to West Germany in recent weeks.

Security police in plain clothes and riot squads pushed the crowd back towards the Prenzlauer Berg district, where they were beaten and loaded onto trucks, witnesses said. Similar protests in Leipzig, Dresden and Plauen were broken up with water cannon.

Gorbachev, who left for Moscow on Saturday night, had warned his hosts during his two-day visit that "life punishes those who come too late," a remark widely seen as urging leader Erich Honecker to follow the Soviet path of reform.

Honecker, 77, told the anniversary rally that socialism in East Germany would go on and gave no sign of any change of course.

The official news agency ADN accused West German television and politicians of whipping up "rowdies" and said the security forces had acted against a provocation organised from the West.

The Bonn government condemned the police action. Government spokesman Hans Klein said Bonn was "deeply concerned" and called on East Berlin to open a dialogue with its people instead of using force.

The New Forum opposition group, which the authorities have refused to register, called for a nationwide dialogue on reform and urged its supporters to avoid violence.

Reuter
""",
    people=[("Mikhail Gorbachev", "RUS", "Soviet leader"),
            ("Erich Honecker", "DEU", "leader of East Germany"),
            ("Hans Klein", "DEU", "West German government spokesman")],
    events=[
        ("DDR|DEU", "DDR|DEU", "ASSAULT/COERCE", 1, "East German police beat demonstrators with truncheons", 0),
        ("DDR|DEU", "DDR|DEU", "COERCE", 1, "detained hundreds of people overnight", 0),
        ("DDR|DEU", "DDR|DEU", "PROTEST", 1, "crowds calling for reform marched through East Berlin", 0),
        ("DDR|DEU", "DDR|DEU", "COERCE", 1, "were broken up with water cannon", 0),
        ("RUS", "DDR|DEU", "CONSULT", 1, "during his two-day visit", 0),
        ("RUS", "DDR|DEU", "REQUEST", 0, "\"life punishes those who come too late,\"", 0),
        ("DDR|DEU", "RUS|DDR", "REJECT", 0, "gave no sign of any change of course", 0),
        ("DDR|DEU", "DEU|WST", "ACCUSE", 1, "accused West German television and politicians of whipping up \"rowdies\"", 0),
        ("DEU", "DDR|DEU", "ACCUSE", 1, "The Bonn government condemned the police action", 0),
        ("DEU", "DDR|DEU", "REQUEST", 1, "called on East Berlin to open a dialogue with its people", 0),
        ("DDR|DEU", "DDR|DEU", "REJECT", 0, "the authorities have refused to register", 0),
        ("DDR|DEU", "DDR|DEU", "REQUEST", 1, "called for a nationwide dialogue on reform", 0),
    ]))

ARTS.append(dict(
    id="AG6", fmt="dump", dump="dump-2.txt", nbsp=False,
    headline="GORBACHEV APPEALS FOR CALM AS ARMENIANS RALLY OVER KARABAKH",
    pub=("1988-02-26", "1988-02-26", "dateline 'Feb 26'; Karabakh rallies in Yerevan February 1988"),
    body="""
MOSCOW, Feb 26 - Soviet leader Mikhail Gorbachev appealed to Armenians and Azerbaijanis on Friday to show restraint after a week of mass demonstrations in the Armenian capital Yerevan over the disputed region of Nagorno-Karabakh.

In a message read on Armenian and Azerbaijani television, Gorbachev said the dispute must not be settled "on the streets" and promised that the grievances of Karabakh's Armenian majority would be studied carefully by the Communist Party's Central Committee.

Crowds estimated by Armenian sources at several hundred thousand have filled Yerevan's Opera Square every day this week, demanding that the mountainous enclave, which lies inside Azerbaijan, be transferred to Armenia. Factories and offices in the city were largely shut by strikes, residents said by telephone.

Last Saturday the regional soviet of Nagorno-Karabakh voted to ask the Supreme Soviets of Azerbaijan and Armenia, and Moscow, to transfer the region. The party Politburo rejected the request on Tuesday, saying a change of borders would harm the interests of both peoples.

Gorbachev on Friday received two prominent Armenian writers, Silva Kaputikyan and Zori Balayan, in the Kremlin. Balayan told Western reporters afterwards that Gorbachev had asked Armenians for a month to find a solution, and that the writers would urge the crowds to go home.

The official news agency Tass reported that two people were killed this week in clashes between Armenians and Azerbaijanis near the town of Askeran in Nagorno-Karabakh. It gave no details.

Additional Interior Ministry troops have been sent to the region, Armenian sources said. Foreign correspondents have been refused permission to travel to Yerevan.

Armenian party leader Karen Demirchyan urged people on television to return to work and warned against "extremists" trying to exploit national feelings.

Reuter
""",
    people=[("Mikhail Gorbachev", "RUS", "Soviet leader"),
            ("Silva Kaputikyan", "ARM", "writer"),
            ("Zori Balayan", "ARM", "writer"),
            ("Karen Demirchyan", "ARM", "Armenian party leader")],
    events=[
        ("RUS", "ARM", "REQUEST", 1, "appealed to Armenians and Azerbaijanis on Friday to show restraint", 0),
        ("RUS", "AZE", "REQUEST", 1, "appealed to Armenians and Azerbaijanis on Friday to show restraint", 0),
        ("RUS", "ARM", "AGREE", 0, "would be studied carefully by the Communist Party's Central Committee", 0),
        ("ARM", "AZE|RUS", "PROTEST", 1, "demanding that the mountainous enclave, which lies inside Azerbaijan, be transferred to Armenia", 0),
        ("ARM", "RUS|ARM|AZE", "PROTEST", 0, "Factories and offices in the city were largely shut by strikes", 0),
        ("ARM|AZE", "RUS|AZE", "REQUEST", 1, "voted to ask the Supreme Soviets of Azerbaijan and Armenia, and Moscow, to transfer the region", 0),
        ("RUS", "ARM", "REJECT", 1, "The party Politburo rejected the request", 0),
        ("ARM", "RUS", "CONSULT", 1, "received two prominent Armenian writers", 0),
        ("RUS", "ARM", "REQUEST", 0, "had asked Armenians for a month to find a solution", 0),
        ("ARM", "AZE", "ASSAULT", 1, "clashes between Armenians and Azerbaijanis", 1),
        ("RUS", "ARM|AZE", "MOBILIZE", 1, "Additional Interior Ministry troops have been sent to the region", 0),
        ("RUS", "WST|USA", "REJECT", 0, "Foreign correspondents have been refused permission", 0),
        ("ARM", "ARM", "REQUEST", 1, "urged people on television to return to work", 0),
        ("ARM", "ARM", "ACCUSE", 0, "warned against \"extremists\"", 0),
    ]))
