"""Set AG, 2016-2018 wire/broadsheet articles (AG7-AG13). Own wording, real events."""

ARTS = []

ARTS.append(dict(
    id="AG7", fmt="txt",
    headline="Navalny jailed for 15 days after hundreds detained in Russia-wide protests",
    pub=("2017-03-27", "2017-03-27", "Navalny sentenced Monday 27 March 2017 after Sunday 26 March protests"),
    body="""
A Moscow court has sentenced the opposition leader Alexei Navalny to 15 days in jail for disobeying police, a day after he was among more than 1,000 people detained at anti-corruption rallies that drew tens of thousands onto the streets of dozens of Russian cities.

Navalny, who has announced he will run for president next year, was also fined 20,000 roubles for organising Sunday's protest in central Moscow, which the city authorities had refused to sanction. Speaking from the dock, he called the case "political" and said the rallies showed that millions of Russians were tired of corruption.

The demonstrations were called after Navalny's Anti-Corruption Foundation released a film accusing prime minister Dmitry Medvedev of controlling a secret empire of mansions, vineyards and yachts through a network of charities. Medvedev has not responded to the allegations, and his spokeswoman dismissed the film as "propaganda".

Riot police in Moscow dragged protesters, many of them teenagers and students, into buses on Pushkin Square. On Sunday evening officers also raided the foundation's offices, detaining staff who had been broadcasting the events online.

The Kremlin accused the organisers of provocation. "What we saw was a provocation and lies," Dmitry Peskov, Vladimir Putin's spokesman, told reporters on Monday, adding that some teenagers had been promised money to take part.

The US state department condemned the detentions. "Detaining peaceful protesters, human rights observers and journalists is an affront to core democratic values," acting spokesman Mark Toner said in a statement, and urged Moscow to release all those held immediately.

The European Union also called for the prompt release of the protesters, saying the authorities had prevented citizens from exercising their basic freedoms.

Peskov rejected the criticism, saying the Kremlin did not need "advice" from abroad on how to deal with unauthorised rallies.

The protests were the largest since the wave of demonstrations that followed disputed parliamentary elections in 2011 and 2012, and spread well beyond Moscow, with crowds in St Petersburg, Novosibirsk and Vladivostok. Analysts said the turnout of young people had surprised the authorities.
""",
    people=[("Alexei Navalny", "RUS", "opposition leader"),
            ("Dmitry Medvedev", "RUS", "prime minister"),
            ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
            ("Vladimir Putin", "RUS", "President"),
            ("Mark Toner", "USA", "acting state department spokesman")],
    events=[
        ("RUS", "RUS", "COERCE", 1, "has sentenced the opposition leader Alexei Navalny to 15 days in jail", 0),
        ("RUS", "RUS", "COERCE", 1, "he was among more than 1,000 people detained", 0),
        ("RUS", "RUS", "PROTEST", 1, "anti-corruption rallies that drew tens of thousands onto the streets", 0),
        ("RUS", "RUS", "SANCTION/COERCE", 0, "was also fined 20,000 roubles", 0),
        ("RUS", "RUS", "REJECT", 0, "which the city authorities had refused to sanction", 0),
        ("RUS", "RUS", "ACCUSE", 1, "accusing prime minister Dmitry Medvedev of controlling a secret empire", 0),
        ("RUS", "RUS", "REJECT", 0, "dismissed the film as \"propaganda\"", 0),
        ("RUS", "RUS", "COERCE", 1, "officers also raided the foundation's offices", 0),
        ("RUS", "RUS", "ACCUSE", 1, "The Kremlin accused the organisers of provocation", 0),
        ("USA", "RUS", "ACCUSE", 1, "The US state department condemned the detentions", 0),
        ("USA", "RUS", "REQUEST", 1, "urged Moscow to release all those held immediately", 0),
        ("EUR", "RUS", "REQUEST", 1, "called for the prompt release of the protesters", 0),
        ("RUS", "USA|EUR|WST", "REJECT", 1, "Peskov rejected the criticism", 0),
    ]))

ARTS.append(dict(
    id="AG8", fmt="txt",
    headline="Romania scraps corruption decree after biggest protests since fall of communism",
    pub=("2017-02-05", "2017-02-05", "emergency cabinet meeting Sunday 5 February 2017 repealed the decree"),
    body="""
BUCHAREST, Romania (AP) - Romania's government on Sunday repealed an emergency decree that would have shielded dozens of politicians from corruption charges, bowing to six days of street protests that drew hundreds of thousands of people, the largest since the 1989 revolution.

Prime Minister Sorin Grindeanu's cabinet met in an emergency session and withdrew the measure, which would have decriminalised abuse of power involving sums under 200,000 lei, about $48,000. Critics said it was tailored to help Liviu Dragnea, the leader of the ruling Social Democratic Party, who is on trial in an abuse-of-office case.

Despite the retreat, an estimated 500,000 people rallied across the country Sunday night, about half of them outside the government headquarters in Bucharest's Victory Square, chanting "Thieves!" and demanding that the government resign.

Grindeanu told reporters he would not step down. "We have a mandate from voters and we will govern," he said. Dragnea accused the protesters of being manipulated by people who had lost the December election.

President Klaus Iohannis, a political rival of the Social Democrats who joined demonstrators last week, said the government had committed a serious mistake and should not consider the crisis over. He asked parliament to call a referendum on fighting corruption.

The decree had also drawn unusually sharp criticism from abroad. The European Commission warned that the fight against corruption "needs to be advanced, not undone", and signalled that Romania's progress under the EU's justice monitoring mechanism was at risk.

The embassies of the United States, Germany, France, the Netherlands, Belgium and Canada issued a joint statement saying the decree undermined Romania's progress on the rule of law and urged the government to reconsider.

Police said most demonstrations were peaceful. On Wednesday night officers used tear gas against a small group of soccer fans who threw firecrackers and bottles.
""",
    people=[("Sorin Grindeanu", "ROU", "Prime Minister"),
            ("Liviu Dragnea", "ROU", "leader of Social Democratic Party"),
            ("Klaus Iohannis", "ROU", "President")],
    events=[
        ("ROU", "ROU", "CONCEDE/RETREAT", 1, "Romania's government on Sunday repealed an emergency decree", 0),
        ("ROU", "ROU", "PROTEST", 1, "an estimated 500,000 people rallied across the country", 0),
        ("ROU", "ROU", "REQUEST/PROTEST", 0, "demanding that the government resign", 0),
        ("ROU", "ROU", "REJECT", 1, "Grindeanu told reporters he would not step down", 0),
        ("ROU", "ROU", "ACCUSE", 1, "Dragnea accused the protesters of being manipulated", 0),
        ("ROU", "ROU", "ACCUSE", 1, "the government had committed a serious mistake", 0),
        ("ROU", "ROU", "REQUEST", 0, "He asked parliament to call a referendum", 0),
        ("EUR", "ROU", "ACCUSE/REQUEST", 1, "needs to be advanced, not undone", 0),
        ("EUR", "ROU", "THREATEN", 0, "signalled that Romania's progress under the EU's justice monitoring mechanism was at risk", 0),
        ("USA", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("DEU", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("FRA", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("NLD", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("BEL", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("CAN", "ROU", "ACCUSE/REQUEST", 1, "issued a joint statement saying the decree undermined", 0),
        ("ROU", "ROU", "COERCE", 0, "officers used tear gas against a small group of soccer fans", 0),
    ]))

ARTS.append(dict(
    id="AG9", fmt="json",
    meta=dict(date_publish="2017-09-04 09:12:00", authors=["Washington Post staff"],
              url="https://www.washingtonpost.com/world/asia_pacific/cambodia-arrests-opposition-leader-kem-sokha-treason/2017/09/04/",
              source_domain="www.washingtonpost.com",
              description="Hun Sen's government says Kem Sokha conspired with the United States; Washington rejects the charge."),
    headline="Cambodia arrests opposition leader on treason charge, accuses U.S. of plotting with him",
    pub=("2017-09-04", "2017-09-04", "Kem Sokha arrested early Sunday 3 September 2017; charged Monday"),
    body="""
PHNOM PENH - Cambodian authorities have charged opposition leader Kem Sokha with treason, a day after hundreds of police officers surrounded his home in the capital shortly after midnight and took him away in handcuffs.

Government spokesmen said Kem Sokha, who heads the Cambodia National Rescue Party (CNRP), had conspired with foreigners to topple the government. They pointed to a 2013 video in which he described receiving advice from American experts on how to build a movement for political change.

Prime Minister Hun Sen, who has ruled Cambodia for more than three decades, went further on Sunday, saying the United States was behind the plot. "This is not just a Cambodian matter," he told garment workers. "It is a foreign hand that wants to destroy the nation."

The U.S. Embassy in Phnom Penh rejected the accusation, saying in a statement that it "categorically" denied any interference in Cambodian politics. The State Department said it was gravely concerned about the arrest and called for Kem Sokha's release, noting that the charges appeared to be politically motivated.

The CNRP's deputy leader, Mu Sochua, said the arrest was an attempt to eliminate the only serious challenger to the ruling party before next year's general election. "They are arresting democracy itself," she said.

The arrest came as the English-language Cambodia Daily announced it would close on Monday after 24 years, after authorities handed it a $6.3 million tax bill and threatened to freeze its accounts. Last month the government expelled the U.S.-funded National Democratic Institute and ordered more than a dozen radio stations that carried Voice of America and Radio Free Asia programs off the air.

The European Union said the arrest raised serious questions about the credibility of the coming election and urged the government to release the opposition leader.

Hun Sen said more people could be arrested. The CNRP's former leader, Sam Rainsy, has lived in exile since 2015 to avoid a defamation sentence he says was politically motivated.
""",
    people=[("Kem Sokha", "KHM", "opposition leader, head of Cambodia National Rescue Party"),
            ("Hun Sen", "KHM", "Prime Minister"),
            ("Mu Sochua", "KHM", "CNRP deputy leader"),
            ("Sam Rainsy", "KHM", "former CNRP leader")],
    events=[
        ("KHM", "KHM", "ACCUSE", 1, "have charged opposition leader Kem Sokha with treason", 0),
        ("KHM", "KHM", "COERCE", 1, "took him away in handcuffs", 0),
        ("KHM", "KHM", "ACCUSE", 0, "had conspired with foreigners to topple the government", 0),
        ("KHM", "USA", "ACCUSE", 1, "saying the United States was behind the plot", 0),
        ("USA", "KHM", "REJECT", 1, "The U.S. Embassy in Phnom Penh rejected the accusation", 0),
        ("USA", "KHM", "REQUEST", 1, "called for Kem Sokha's release", 0),
        ("USA", "KHM", "ACCUSE", 0, "the charges appeared to be politically motivated", 0),
        ("KHM", "KHM", "ACCUSE", 1, "the arrest was an attempt to eliminate the only serious challenger", 0),
        ("KHM", "KHM", "COERCE/SANCTION", 1, "handed it a $6.3 million tax bill and threatened to freeze its accounts", 0),
        ("KHM", "USA|NGO", "COERCE", 1, "the government expelled the U.S.-funded National Democratic Institute", 0),
        ("KHM", "USA|KHM", "COERCE/SANCTION", 0, "ordered more than a dozen radio stations", 0),
        ("EUR", "KHM", "ACCUSE", 1, "the arrest raised serious questions about the credibility", 0),
        ("EUR", "KHM", "REQUEST", 1, "urged the government to release the opposition leader", 0),
        ("KHM", "KHM", "THREATEN", 1, "Hun Sen said more people could be arrested", 0),
    ]))

ARTS.append(dict(
    id="AG10", fmt="json",
    meta=dict(date_publish="2017-02-24 04:30:00", authors=["CNN Staff"],
              url="https://edition.cnn.com/2017/02/23/asia/philippines-leila-de-lima-arrest/index.html",
              source_domain="edition.cnn.com",
              description="Senator Leila de Lima, a leading critic of Duterte's drug war, surrenders to police."),
    headline="Duterte critic Leila de Lima arrested on drug charges",
    pub=("2017-02-24", "2017-02-24", "de Lima arrested Friday 24 February 2017"),
    body="""
Manila, Philippines (CNN) - Philippine Sen. Leila de Lima, one of the fiercest critics of President Rodrigo Duterte's bloody war on drugs, was arrested Friday on charges that she took money from drug lords while serving as justice secretary.

Police officers took de Lima into custody at the Senate building in Manila, where she had spent the night, a day after a regional court issued a warrant for her arrest. She was driven to police headquarters at Camp Crame, where she is expected to be held.

"I am not a drug lord, I am not a protector of drug lords," de Lima told reporters before surrendering. "If they think they can silence me, they are wrong." She said the case was an act of political vengeance by Duterte, whom she investigated over killings in Davao City when he was mayor there.

The charges accuse her of allowing inmates at the national penitentiary to run a drug trade while she headed the Justice Department under former President Benigno Aquino III. De Lima denies the allegations and says the witnesses against her, mostly convicted criminals, were coerced.

Duterte has for months publicly accused de Lima of links to drug traffickers and, last year, of having an affair with her driver. Presidential spokesman Ernesto Abella said Friday that the arrest was not political. "The law is applied to all," he said.

Opposition senators denounced the arrest as persecution, and several held a vigil outside the Senate overnight.

Amnesty International called de Lima a "prisoner of conscience" and demanded her immediate release. Human Rights Watch accused the government of using a "politically motivated" prosecution to silence its most prominent critic.

More than 7,000 people have been killed since Duterte launched his anti-drug campaign in June, many of them by police, according to rights groups. The government says officers have acted only in self-defense.
""",
    people=[("Leila de Lima", "PHL", "Senator, former justice secretary"),
            ("Rodrigo Duterte", "PHL", "President"),
            ("Benigno Aquino III", "PHL", "former President"),
            ("Ernesto Abella", "PHL", "Presidential spokesman")],
    events=[
        ("PHL", "PHL", "COERCE", 1, "was arrested Friday on charges that she took money from drug lords", 0),
        ("PHL", "PHL", "ACCUSE", 1, "on charges that she took money from drug lords", 0),
        ("PHL", "PHL", "COERCE", 0, "a regional court issued a warrant for her arrest", 0),
        ("PHL", "PHL", "REJECT", 1, "\"I am not a drug lord, I am not a protector of drug lords,\"", 0),
        ("PHL", "PHL", "ACCUSE", 1, "the case was an act of political vengeance by Duterte", 0),
        ("PHL", "PHL", "ACCUSE", 0, "were coerced", 0),
        ("PHL", "PHL", "ACCUSE", 0, "publicly accused de Lima of links to drug traffickers", 0),
        ("PHL", "PHL", "REJECT", 1, "the arrest was not political", 0),
        ("PHL", "PHL", "ACCUSE/PROTEST", 1, "Opposition senators denounced the arrest as persecution", 0),
        ("PHL", "PHL", "PROTEST", 0, "held a vigil outside the Senate overnight", 0),
        ("NGO", "PHL", "REQUEST", 1, "demanded her immediate release", 0),
        ("NGO", "PHL", "ACCUSE", 1, "Human Rights Watch accused the government", 0),
        ("PHL", "PHL", "ASSAULT", 0, "More than 7,000 people have been killed", 0),
    ]))

ARTS.append(dict(
    id="AG11", fmt="json",
    meta=dict(date_publish="2017-04-12 15:40:00", authors=["Associated Press"],
              url="https://apnews.com/article/zambia-hichilema-treason-arrest-2017",
              source_domain="apnews.com",
              description="Zambia's main opposition leader appears in court after a night raid on his home."),
    headline="Zambia charges opposition leader Hichilema with treason after police raid",
    pub=("2017-04-12", "2017-04-12", "Hichilema in court Wednesday 12 April 2017 after 11 April raid"),
    body="""
LUSAKA, Zambia (AP) - Zambia's main opposition leader, Hakainde Hichilema, appeared in court Wednesday charged with treason, days after his convoy allegedly refused to give way to President Edgar Lungu's motorcade on a rural road.

Heavily armed police stormed Hichilema's home in Lusaka late Monday, firing tear gas and breaking down doors before taking him away, his lawyers said. Several workers at the house were beaten and the family's dogs were killed, the United Party for National Development (UPND) said.

Police spokeswoman Charity Chanda said Hichilema had endangered the life of the head of state by blocking the presidential convoy in Western Province on Saturday. Treason carries a possible death sentence in Zambia, and suspects cannot be granted bail.

The UPND called the charge absurd and accused Lungu of turning the country into a dictatorship. "This is a political case, designed to remove the only serious opposition to this government," party vice president Geoffrey Mwamba told reporters outside the court, where police dispersed hundreds of supporters with tear gas.

Lungu denied any role in the arrest, saying the police were acting independently and that "nobody is above the law."

Hichilema, a wealthy businessman, narrowly lost last year's presidential election to Lungu and has refused to recognize the result, which he says was rigged. Opposition lawmakers boycotted Lungu's address to parliament last month.

The Commonwealth secretary-general, Patricia Scotland, said she was concerned by the rising tension and urged the government and the opposition to resolve their differences through dialogue. The European Union and the United States both called on the authorities to respect due process.

The country's Catholic bishops warned this week that Zambia was becoming "a dictatorship in all but name."
""",
    people=[("Hakainde Hichilema", "ZMB", "main opposition leader, UPND"),
            ("Edgar Lungu", "ZMB", "President"),
            ("Charity Chanda", "ZMB", "police spokeswoman"),
            ("Geoffrey Mwamba", "ZMB", "UPND vice president"),
            ("Patricia Scotland", "IGO", "Commonwealth secretary-general")],
    events=[
        ("ZMB", "ZMB", "ACCUSE", 1, "appeared in court Wednesday charged with treason", 0),
        ("ZMB", "ZMB", "COERCE/ASSAULT", 1, "Heavily armed police stormed Hichilema's home in Lusaka", 0),
        ("ZMB", "ZMB", "ASSAULT", 0, "Several workers at the house were beaten", 0),
        ("ZMB", "ZMB", "ACCUSE", 1, "Hichilema had endangered the life of the head of state", 0),
        ("ZMB", "ZMB", "ACCUSE", 1, "accused Lungu of turning the country into a dictatorship", 0),
        ("ZMB", "ZMB", "COERCE", 1, "police dispersed hundreds of supporters with tear gas", 0),
        ("ZMB", "ZMB", "REJECT", 1, "Lungu denied any role in the arrest", 0),
        ("ZMB", "ZMB", "REJECT", 0, "has refused to recognize the result", 0),
        ("ZMB", "ZMB", "PROTEST", 0, "Opposition lawmakers boycotted Lungu's address", 0),
        ("IGO", "ZMB", "REQUEST", 1, "urged the government and the opposition to resolve their differences through dialogue", 0),
        ("EUR", "ZMB", "REQUEST", 1, "The European Union and the United States both called on the authorities", 0),
        ("USA", "ZMB", "REQUEST", 1, "The European Union and the United States both called on the authorities", 0),
        ("ZMB", "ZMB", "ACCUSE", 1, "Zambia was becoming \"a dictatorship in all but name.\"", 0),
    ]))

ARTS.append(dict(
    id="AG12", fmt="dump", dump="dump-1.txt", nbsp=False,
    headline="Sri Lanka's President Fires Prime Minister, Names Rajapaksa In His Place",
    pub=("2018-10-27", "2018-10-28", "Wickremesinghe sacked Friday 26 October 2018; parliament suspended Saturday"),
    body="""
Sri Lanka was plunged into a constitutional crisis after President Maithripala Sirisena abruptly fired Prime Minister Ranil Wickremesinghe on Friday and swore in former strongman Mahinda Rajapaksa, the man he defeated in a bitter election three years ago.

Wickremesinghe refused to go. In a letter to the president, he said his dismissal was "illegal and unconstitutional" and that he remained prime minister because he still commanded a majority in parliament. He stayed in the official residence, Temple Trees, surrounded by supporters.

On Saturday, Sirisena suspended parliament until Nov. 16, a move that Wickremesinghe's United National Party said was designed to give Rajapaksa time to win over lawmakers. Sirisena, in a televised address, accused Wickremesinghe of arrogant and corrupt rule and said a cabinet minister had been linked to a plot to assassinate him.

Supporters of Rajapaksa forced their way into two state-run television stations on Friday night and took them off the air, accusing them of being biased toward the old government.

Parliamentary Speaker Karu Jayasuriya urged the president to reconvene the assembly immediately so lawmakers could decide who had its confidence.

The U.S. State Department called on all parties "to act in accordance with Sri Lanka's constitution and refrain from violence." The European Union and several European ambassadors issued a similar appeal, urging the president to convene parliament.

China's ambassador in Colombo, by contrast, called on Rajapaksa on Saturday to congratulate him, according to a statement posted by Rajapaksa's office. During his decade in power, which ended in 2015, Rajapaksa borrowed heavily from Beijing to build ports and highways.

India, Sri Lanka's powerful neighbour, said only that it was closely following the developments.

Rajapaksa crushed the Tamil Tiger insurgency in 2009 in an offensive that the United Nations says may have killed tens of thousands of civilians.
""",
    people=[("Maithripala Sirisena", "LKA", "President"),
            ("Ranil Wickremesinghe", "LKA", "Prime Minister"),
            ("Mahinda Rajapaksa", "LKA", "former president, newly sworn-in prime minister"),
            ("Karu Jayasuriya", "LKA", "Parliamentary Speaker")],
    events=[
        ("LKA", "LKA", "COERCE", 1, "abruptly fired Prime Minister Ranil Wickremesinghe", 0),
        ("LKA", "LKA", "REJECT", 1, "Wickremesinghe refused to go", 0),
        ("LKA", "LKA", "ACCUSE", 1, "his dismissal was \"illegal and unconstitutional\"", 0),
        ("LKA", "LKA", "COERCE", 1, "Sirisena suspended parliament until Nov. 16", 0),
        ("LKA", "LKA", "ACCUSE", 1, "accused Wickremesinghe of arrogant and corrupt rule", 0),
        ("LKA", "LKA", "COERCE", 1, "forced their way into two state-run television stations", 0),
        ("LKA", "LKA", "REQUEST", 1, "urged the president to reconvene the assembly immediately", 0),
        ("USA", "LKA", "REQUEST", 1, "called on all parties \"to act in accordance with Sri Lanka's constitution", 0),
        ("EUR", "LKA", "REQUEST", 1, "urging the president to convene parliament", 0),
        ("CHN", "LKA", "CONSULT/SUPPORT", 1, "called on Rajapaksa on Saturday to congratulate him", 0),
        ("LKA", "CHN", "COOPERATE", 0, "borrowed heavily from Beijing", 0),
        ("LKA", "LKA", "ASSAULT", 0, "crushed the Tamil Tiger insurgency in 2009", 0),
    ]))

ARTS.append(dict(
    id="AG13", fmt="dump", dump="dump-3.txt", nbsp=True,
    headline="Belarus riot police detain hundreds at banned Freedom Day march",
    pub=("2017-03-25", "2017-03-26", "Freedom Day march Saturday 25 March 2017"),
    body="""
MINSK, Belarus (AP) - Riot police in Belarus beat and detained hundreds of people on Saturday as they tried to march through the capital in defiance of a ban, the harshest crackdown on dissent in the former Soviet nation in years.

Officers in helmets and body armour blocked the main avenue in central Minsk and waded into the crowd, clubbing demonstrators and dragging them into buses. The Viasna human rights center said more than 700 people were detained in Minsk, among them dozens of journalists. Several foreign reporters were briefly held.

The demonstrators had gathered for the anniversary of the 1918 declaration of an independent Belarusian republic, a date traditionally marked by the opposition. This year the protests were fuelled by anger over a tax on people who work fewer than six months a year, which critics call a "tax on parasites."

Authorities had refused permission for the march and detained opposition leaders, including Mikalai Statkevich and Uladzimir Nyaklyaeu, in the days before it.

President Alexander Lukashenko, who has ruled Belarus since 1994, claimed on Tuesday that armed militants trained in camps in neighbouring Ukraine had planned to stage a provocation, and that the plotters were financed from the West. He had earlier suspended the tax for a year in a bid to calm the anger, but insisted it would not be scrapped.

The European Union condemned the detentions and called for the immediate release of all peaceful protesters. The U.S. State Department said it "strongly condemns" the arrests and urged the government to respect freedom of assembly.

Ukraine's foreign ministry rejected Lukashenko's claims about training camps, calling them groundless.

Lukashenko has sought better ties with Western countries since the conflict in Ukraine began, and the EU lifted most of its sanctions on Belarus last year after the release of political prisoners.
""",
    people=[("Mikalai Statkevich", "BLR", "opposition leader"),
            ("Uladzimir Nyaklyaeu", "BLR", "opposition leader"),
            ("Alexander Lukashenko", "BLR", "President")],
    events=[
        ("BLR", "BLR", "COERCE", 1, "Riot police in Belarus beat and detained hundreds of people", 0),
        ("BLR", "BLR", "ASSAULT", 1, "clubbing demonstrators and dragging them into buses", 0),
        ("BLR", "BLR", "PROTEST", 1, "as they tried to march through the capital in defiance of a ban", 0),
        ("BLR", "WST", "COERCE", 0, "Several foreign reporters were briefly held", 0),
        ("BLR", "BLR", "REJECT", 1, "Authorities had refused permission for the march", 0),
        ("BLR", "BLR", "COERCE", 1, "detained opposition leaders, including Mikalai Statkevich", 0),
        ("BLR", "UKR", "ACCUSE", 1, "armed militants trained in camps in neighbouring Ukraine", 0),
        ("BLR", "WST", "ACCUSE", 1, "the plotters were financed from the West", 0),
        ("BLR", "BLR", "CONCEDE", 0, "suspended the tax for a year", 0),
        ("EUR", "BLR", "ACCUSE", 1, "The European Union condemned the detentions", 0),
        ("EUR", "BLR", "REQUEST", 1, "called for the immediate release of all peaceful protesters", 0),
        ("USA", "BLR", "ACCUSE", 1, "it \"strongly condemns\" the arrests", 0),
        ("USA", "BLR", "REQUEST", 1, "urged the government to respect freedom of assembly", 0),
        ("UKR", "BLR", "REJECT", 1, "Ukraine's foreign ministry rejected Lukashenko's claims", 0),
        ("EUR", "BLR", "CONCEDE/AID", 0, "the EU lifted most of its sanctions on Belarus", 0),
    ]))
