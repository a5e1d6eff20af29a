from common import A, E, P

ARTS = []

ARTS.append(A(
id='CP16', headline="Venezuela's government and opposition open Vatican-backed talks",
published={"earliest": "2016-10-31", "latest": "2016-10-31", "why": "talks opened late on Sunday 30 October 2016 in Caracas; reported Monday 31 October"},
body="""
CARACAS, Venezuela — Venezuela's government and its opposition sat down for formal talks late Sunday for the first time in more than two years, in a dialogue brokered by the Vatican that both sides said was aimed at easing a deep political and economic crisis.

President Nicolas Maduro attended the opening session at a museum in Caracas, alongside a papal envoy, Archbishop Claudio Maria Celli, and the former leaders of Spain, the Dominican Republic and Panama, who have been mediating on behalf of the Union of South American Nations.

"We must put aside our differences and talk," Mr. Maduro told reporters after the meeting, which ran past midnight. "I am ready to stay at this table as long as necessary."

The opposition coalition, the Democratic Unity Roundtable, said it had agreed to join the talks only after its demands were put on the agenda, including the release of political prisoners and a timetable for elections.

"We came here to demand that the government respect the constitution and the right of Venezuelans to vote," said Jesus Torrealba, the coalition's executive secretary.

But the opposition is divided. Popular Will, the party of the jailed leader Leopoldo Lopez, refused to attend, saying that talking with the government would only buy it time. Its leaders called instead for more street protests.

The talks come 10 days after electoral authorities suspended a campaign to hold a recall referendum against Mr. Maduro this year, citing fraud in the collection of signatures. The opposition called the decision a coup and led hundreds of thousands of people into the streets in protest.

Last week the opposition-controlled National Assembly voted to open a political trial against Mr. Maduro, accusing him of abandoning his duties. The government dismissed the move as meaningless.

Mr. Maduro met Pope Francis at the Vatican a week ago, and the pope has urged both sides to seek a peaceful solution. The Vatican said in a statement that the two sides had agreed to form four working groups and to meet again on Nov. 11.

After Sunday's session, the opposition said it would postpone a march on the presidential palace planned for Thursday, in a gesture toward the talks. Henry Ramos Allup, the president of the National Assembly, said the political trial would also be put on hold.

The government released five jailed opposition activists on Monday, a move the coalition called a first sign of good faith.

Washington welcomed the dialogue. Thomas Shannon, the State Department's third-ranking official, who met both sides in Caracas last week, said the United States supported the mediation.

Venezuela is suffering from shortages of food and medicine and the world's highest inflation rate, and polls show that about three-quarters of Venezuelans want Mr. Maduro to leave office.

Analysts were skeptical. Previous talks in 2014, after months of deadly street protests, collapsed within weeks.
""",
people=[P("Nicolas Maduro", "VEN", "President"),
        P("Claudio Maria Celli", "VAT", "Archbishop, papal envoy"),
        P("Jesus Torrealba", "VEN", "executive secretary, Democratic Unity Roundtable"),
        P("Leopoldo Lopez", "VEN", "jailed leader, Popular Will"),
        P("Pope Francis", "VAT", "Pope"),
        P("Henry Ramos Allup", "VEN", "president of the National Assembly"),
        P("Thomas Shannon", "USA", "State Department official")],
events=[
 E("VEN", "VEN", "CONSULT", True, "Venezuela's government and its opposition sat down for formal talks", True),
 E("VAT", "VEN", "CONSULT/SUPPORT", False, "in a dialogue brokered by the Vatican"),
 E("VEN", "VEN", "REQUEST", True, "its demands were put on the agenda, including the release of political prisoners"),
 E("VEN", "VEN", "REQUEST", True, "We came here to demand that the government respect the constitution"),
 E("VEN", "VEN", "REJECT", True, "Popular Will, the party of the jailed leader Leopoldo Lopez, refused to attend"),
 E("VEN", "VEN", "COERCE", True, "electoral authorities suspended a campaign to hold a recall referendum"),
 E("VEN", "VEN", "PROTEST", True, "led hundreds of thousands of people into the streets in protest"),
 E("VEN", "VEN", "ACCUSE", True, "accusing him of abandoning his duties"),
 E("VEN", "VEN", "REJECT", False, "The government dismissed the move as meaningless"),
 E("VEN", "VAT", "CONSULT", True, "Mr. Maduro met Pope Francis at the Vatican"),
 E("VAT", "VEN", "REQUEST", False, "the pope has urged both sides to seek a peaceful solution"),
 E("VEN", "VEN", "AGREE", True, "the two sides had agreed to form four working groups", True),
 E("VEN", "VEN", "CONCEDE", True, "the opposition said it would postpone a march on the presidential palace"),
 E("VEN", "VEN", "CONCEDE", True, "The government released five jailed opposition activists"),
 E("USA", "VEN", "SUPPORT", True, "the United States supported the mediation"),
 E("USA", "VEN", "CONSULT", False, "who met both sides in Caracas last week"),
]))

ARTS.append(A(
id='CP17', headline="Venezuela cuts economic ties with Panama as money-laundering row escalates",
published={"earliest": "2018-04-05", "latest": "2018-04-05", "why": "Venezuelan suspension and Panama's recall of its ambassador on Thursday 5 April 2018"},
body="""
CARACAS, Venezuela — Venezuela suspended economic relations with Panama for 90 days on Thursday, including flights by Panama's Copa Airlines, in retaliation for Panama's decision to list President Nicolas Maduro and dozens of senior officials as high risk for money laundering.

Panama responded within hours by recalling its ambassador from Caracas and asking Venezuela to withdraw its own envoy from Panama City, sharply escalating a diplomatic dispute between the two countries.

The Venezuelan government said in a decree that it was halting commercial dealings with dozens of Panamanian companies and officials, whom it accused of financing terrorism against Venezuela and of laundering money. It did not give evidence.

Last week, Panama's economy ministry published a list of 55 Venezuelan officials, including Mr. Maduro and Vice President Tareck El Aissami, and 16 companies, telling banks and other businesses to take extra precautions before dealing with them.

"Panama will not allow its financial system to be used by people linked to corruption," Foreign Minister Isabel de Saint Malo told reporters. She said the list was a technical measure and not an act of aggression.

Venezuela's foreign ministry called the list "an act of hostility" carried out on orders from Washington, and it accused Panama of joining what it described as an economic war led by the United States.

Copa, Panama's flag carrier, said it would suspend its flights to Venezuela starting Friday, stranding hundreds of passengers. The airline is one of the few international carriers still serving Caracas.

Panamanian President Juan Carlos Varela said on Twitter that his government regretted the Venezuelan decision but would defend the country's economic interests. He urged Caracas to respect its commitments to companies that are owed money.

Panamanian businesses are owed hundreds of millions of dollars by Venezuelan importers, mostly in the Colon free trade zone, according to trade groups.

The row adds to Venezuela's growing isolation in the region. Peru has withdrawn Mr. Maduro's invitation to the Summit of the Americas in Lima this month, and the Lima Group of Latin American nations has called the May 20 presidential election illegitimate.

The United States, Canada and the European Union have imposed sanctions on dozens of Venezuelan officials, accusing them of undermining democracy and human rights.

Mr. Maduro, speaking at a military event, said Venezuela would not be humiliated. "Nobody is going to impose sanctions on Venezuela and get away with it," he said.

Venezuela's economy has shrunk by about a third in four years, and inflation is running at several thousand percent a year. Hundreds of thousands of Venezuelans have left the country, many of them for Panama and Colombia.
""",
people=[P("Nicolas Maduro", "VEN", "President"),
        P("Tareck El Aissami", "VEN", "Vice President"),
        P("Isabel de Saint Malo", "PAN", "Foreign Minister"),
        P("Juan Carlos Varela", "PAN", "President")],
events=[
 E("VEN", "PAN", "SANCTION", True, "Venezuela suspended economic relations with Panama for 90 days"),
 E("PAN", "VEN", "SANCTION/ACCUSE", True, "Panama's decision to list President Nicolas Maduro and dozens of senior officials as high risk"),
 E("PAN", "VEN", "SANCTION/PROTEST", True, "recalling its ambassador from Caracas"),
 E("PAN", "VEN", "COERCE/REQUEST", True, "asking Venezuela to withdraw its own envoy"),
 E("VEN", "PAN", "SANCTION", False, "it was halting commercial dealings with dozens of Panamanian companies"),
 E("VEN", "PAN", "ACCUSE", True, "whom it accused of financing terrorism against Venezuela"),
 E("PAN", "VEN", "SANCTION/ACCUSE", False, "published a list of 55 Venezuelan officials"),
 E("VEN", "PAN", "ACCUSE", True, "called the list \"an act of hostility\""),
 E("VEN", "USA", "ACCUSE", True, "an economic war led by the United States"),
 E("PAN", "VEN", "REQUEST", True, "He urged Caracas to respect its commitments"),
 E("PER", "VEN", "REJECT/SANCTION", True, "Peru has withdrawn Mr. Maduro's invitation"),
 E("IGO", "VEN", "ACCUSE", True, "has called the May 20 presidential election illegitimate"),
 E(("USA", "CAN", "EUR"), "VEN", "SANCTION", True, "have imposed sanctions on dozens of Venezuelan officials"),
 E("VEN", "WST", "THREATEN", False, "Nobody is going to impose sanctions on Venezuela and get away with it"),
]))

ARTS.append(A(
id='CP18', headline="EU imposes arms embargo on Venezuela, prepares sanctions on officials",
published={"earliest": "2017-11-13", "latest": "2017-11-13", "why": "EU foreign ministers' decision in Brussels on Monday 13 November 2017"},
body="""
BRUSSELS — European Union foreign ministers on Monday approved an arms embargo on Venezuela and set up a legal framework for travel bans and asset freezes against officials, the bloc's first sanctions over the country's political crisis.

The embargo bans the sale of weapons and of any equipment that could be used for internal repression, such as riot gear and surveillance technology. The ministers agreed unanimously at a meeting in Brussels.

Federica Mogherini, the EU's foreign policy chief, said the measures were meant to encourage dialogue, not to punish Venezuelans. "These measures are gradual and flexible and can be expanded," she told reporters, "but they can also be reversed."

She said the bloc would decide later whom to target with travel bans and asset freezes, depending on how the situation develops. Diplomats said names under consideration include members of the new Constituent Assembly and senior security officials.

The decision follows months of unrest in which more than 120 people were killed in clashes between protesters and security forces. The EU has condemned the creation of the Constituent Assembly, which took over most of the powers of the opposition-led National Assembly in August.

Spain, home to a large Venezuelan community, pushed hardest for the sanctions. Foreign Minister Alfonso Dastis said the EU could not remain silent while democracy was being dismantled.

Venezuela's foreign minister, Jorge Arreaza, rejected the measures as "illegal, absurd and ineffective" and accused the EU of following orders from the Trump administration. "Venezuela will not accept interference from anyone," he wrote on Twitter.

President Nicolas Maduro said the Europeans had "made a mistake" and would regret it. He has repeatedly described sanctions as part of a foreign plot to bring down his government.

The move came as Venezuela began talks in Caracas with its foreign creditors on restructuring its debt of more than 60 billion dollars. Most bondholders stayed away, fearing they could breach U.S. sanctions, which bar American investors from buying new Venezuelan debt.

The United States has imposed sanctions on Mr. Maduro himself and on dozens of officials. Canada has done the same. The EU had held back until now, hoping that talks between the government and the opposition would resume.

Opposition leaders welcomed the decision. Julio Borges, the president of the National Assembly, said it sent a message that the government's abuses had consequences. He has been touring European capitals to seek support.

The Dominican Republic has offered to host new talks between the two sides, and the opposition has said it is willing to attend if the government agrees to free political prisoners.

Human rights groups said the embargo was a step forward but should be followed quickly by measures against individuals.
""",
people=[P("Federica Mogherini", "EUR", "foreign policy chief"),
        P("Alfonso Dastis", "ESP", "Foreign Minister"),
        P("Jorge Arreaza", "VEN", "foreign minister"),
        P("Nicolas Maduro", "VEN", "President"),
        P("Julio Borges", "VEN", "president of the National Assembly")],
events=[
 E("EUR", "VEN", "SANCTION", True, "approved an arms embargo on Venezuela"),
 E("EUR", "VEN", "THREATEN/SANCTION", True, "set up a legal framework for travel bans and asset freezes"),
 E("EUR", "VEN", "REQUEST", False, "the measures were meant to encourage dialogue"),
 E("VEN", "VEN", "ASSAULT", False, "clashes between protesters and security forces", True),
 E("EUR", "VEN", "ACCUSE/PROTEST", True, "The EU has condemned the creation of the Constituent Assembly"),
 E("ESP", "EUR", "REQUEST", True, "Spain, home to a large Venezuelan community, pushed hardest for the sanctions"),
 E("ESP", "VEN", "ACCUSE", False, "the EU could not remain silent while democracy was being dismantled"),
 E("VEN", "EUR", "REJECT", True, "rejected the measures as \"illegal, absurd and ineffective\""),
 E("VEN", "EUR", "ACCUSE", True, "accused the EU of following orders from the Trump administration"),
 E("VEN", "EUR", "THREATEN", False, "would regret it"),
 E("VEN", "VEN", "CONSULT", False, "Venezuela began talks in Caracas with its foreign creditors"),
 E(("USA", "CAN"), "VEN", "SANCTION", True, "The United States has imposed sanctions on Mr. Maduro himself"),
 E("VEN", "EUR", "SUPPORT", True, "Opposition leaders welcomed the decision"),
 E("VEN", "EUR", "REQUEST", False, "He has been touring European capitals to seek support"),
 E("DOM", "VEN", "SUPPORT/CONSULT", True, "The Dominican Republic has offered to host new talks"),
 E("VEN", "VEN", "REQUEST", False, "if the government agrees to free political prisoners"),
]))

ARTS.append(A(
id='CP19', headline="Turkey's parliament approves sending troops to Qatar as Gulf rift deepens",
published={"earliest": "2017-06-07", "latest": "2017-06-07", "why": "Turkish parliament vote on Wednesday 7 June 2017, two days after the Saudi-led bloc cut ties on 5 June"},
body="""
ISTANBUL — Turkey's parliament on Wednesday fast-tracked legislation allowing troops to be deployed to a Turkish military base in Qatar, a show of support for the Gulf emirate two days after Saudi Arabia and its allies cut diplomatic and transport links with it.

The bill, which was drafted before the crisis erupted, passed by 240 votes to 98, with the governing Justice and Development Party and the nationalist opposition voting in favor. It also approves a training agreement with Qatar's security forces.

Turkey has about 90 soldiers at the base in Doha, and officials have said the number could rise to several thousand. They did not say when new troops would be sent.

President Recep Tayyip Erdogan, who has close ties with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, criticized the measures against Doha on Tuesday. "Isolating a country in every field will not solve any problem," he said, calling on the Gulf states to resolve their dispute through dialogue.

Mr. Erdogan said Turkey would continue to develop its relations with Qatar and would not abandon its friends. He spoke by telephone with the emir, the Saudi king and the leaders of Kuwait and Russia over the past two days, his office said.

Saudi Arabia, the United Arab Emirates, Bahrain and Egypt accuse Qatar of supporting terrorism and of being too close to Iran. Qatar rejects the accusations and says the measures are an attempt to force it to give up its sovereignty.

Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said on Wednesday that his country was "not ready to surrender" and would not change its foreign policy. "We have been isolated because we are successful," he told CNN.

Saudi Arabia's foreign minister, Adel al-Jubeir, said in Paris that Qatar must stop supporting groups such as Hamas and the Muslim Brotherhood. "We have been patient," he said.

The emir of Kuwait, Sheikh Sabah Al Ahmad Al Sabah, has been leading efforts to mediate. He flew to Jeddah on Tuesday to meet King Salman and was expected to travel to Doha later in the week.

Iran said it had sent five planes loaded with vegetables and other food to Qatar, which imports most of its food through its land border with Saudi Arabia, now closed.

In Washington, President Trump appeared to side with the Saudis, writing on Twitter that his visit to Riyadh last month was "already paying off." Defense Secretary Jim Mattis and the State Department, however, stressed the importance of the U.S. air base at Al Udeid, home to about 10,000 American personnel.

Turkish analysts said Ankara was trying to balance its relations with Riyadh against its alliance with Doha, which has invested heavily in Turkey and backed Mr. Erdogan during last year's coup attempt.
""",
people=[P("Recep Tayyip Erdogan", "TUR", "President"),
        P("Tamim bin Hamad Al Thani", "QAT", "Emir"),
        P("Mohammed bin Abdulrahman Al Thani", "QAT", "foreign minister"),
        P("Adel al-Jubeir", "SAU", "foreign minister"),
        P("Sabah Al Ahmad Al Sabah", "KWT", "Emir"),
        P("Salman", "SAU", "King"),
        P("Donald Trump", "USA", "President"),
        P("Jim Mattis", "USA", "Defense Secretary")],
events=[
 E("TUR", "QAT", "SUPPORT/COOPERATE", True, "legislation allowing troops to be deployed to a Turkish military base in Qatar"),
 E(("SAU", "ARE", "BHR", "EGY"), "QAT", "SANCTION", True, "Saudi Arabia and its allies cut diplomatic and transport links with it"),
 E("TUR", "QAT", "COOPERATE/AGREE", True, "approves a training agreement with Qatar's security forces"),
 E("TUR", "SAU", "ACCUSE/PROTEST", True, "criticized the measures against Doha"),
 E("TUR", "SAU", "REQUEST", True, "calling on the Gulf states to resolve their dispute through dialogue"),
 E("TUR", "QAT", "SUPPORT", True, "would not abandon its friends"),
 E("TUR", ("QAT", "SAU", "KWT", "RUS"), "CONSULT", True, "He spoke by telephone with the emir, the Saudi king and the leaders of Kuwait and Russia"),
 E(("SAU", "ARE", "BHR", "EGY"), "QAT", "ACCUSE", True, "accuse Qatar of supporting terrorism"),
 E("QAT", "SAU", "REJECT", True, "Qatar rejects the accusations"),
 E("QAT", "SAU", "REJECT", True, "was \"not ready to surrender\""),
 E("SAU", "QAT", "REQUEST", True, "Qatar must stop supporting groups such as Hamas"),
 E("KWT", "SAU", "CONSULT", True, "He flew to Jeddah on Tuesday to meet King Salman"),
 E("KWT", "QAT", "CONSULT", False, "was expected to travel to Doha later in the week"),
 E("IRN", "QAT", "AID", True, "Iran said it had sent five planes loaded with vegetables and other food to Qatar"),
 E("USA", "SAU", "SUPPORT", True, "President Trump appeared to side with the Saudis"),
 E("QAT", "TUR", "SUPPORT", False, "backed Mr. Erdogan during last year's coup attempt"),
]))

ARTS.append(A(
id='CP20', headline="Qatar restores full diplomatic ties with Iran, defying Saudi-led bloc",
published={"earliest": "2017-08-24", "latest": "2017-08-24", "why": "Qatari foreign ministry announcement late on Wednesday 23 August 2017; reactions Thursday 24 August"},
body="""
Qatar said it would return its ambassador to Iran, restoring full diplomatic relations with Tehran in a move that defied the four Arab states that have been boycotting the emirate for more than two months.

The Qatari Foreign Ministry said in a statement late on Wednesday that the ambassador would resume his duties in Tehran, expressing Doha's aspiration "to strengthen bilateral relations with the Islamic Republic of Iran in all fields."

Qatar recalled its envoy in January 2016, after protesters stormed Saudi Arabia's embassy in Tehran following the execution of a prominent Shiite cleric by the Saudi authorities. Qatar had acted then in solidarity with Riyadh.

Iran's foreign minister, Mohammad Javad Zarif, spoke by phone with his Qatari counterpart, Sheikh Mohammed bin Abdulrahman Al Thani, on Thursday, and the two discussed expanding cooperation, Iranian state media reported.

Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on June 5, accusing it of supporting terrorism and of cozying up to Iran, their regional rival. One of their 13 demands was that Qatar scale down its relations with Tehran.

The decision drew a swift response from the U.A.E. "The Qatari decision confirms that Doha has chosen the side of Iran," Anwar Gargash, the Emirati minister of state for foreign affairs, wrote on Twitter. "The crisis will go on."

A Saudi official, speaking on the condition of anonymity, said the move showed that Qatar had no intention of meeting the bloc's demands and that the boycott would remain in place.

Qatar shares the world's largest natural gas field with Iran, and since the boycott began, Iranian airspace and ports have become a lifeline for the emirate. Iran has sent hundreds of tons of food to Qatar by air and sea.

Qatari officials rejected the idea that they were choosing sides. "We have always said that our relations with Iran are based on mutual interests and on respect for sovereignty," a Foreign Ministry spokeswoman, Lolwah al-Khater, told reporters in Doha.

The United States, which has tried to mediate along with Kuwait, did not comment directly. Secretary of State Rex Tillerson visited the region last month and signed a counterterrorism agreement with Qatar, but he failed to persuade the four countries to lift their measures.

Earlier this month, Saudi Arabia opened its border to Qatari pilgrims for the hajj, a gesture that Doha welcomed but that did not signal any wider easing.

Iran's President Hassan Rouhani has said that Tehran will stand by Qatar, and Iranian officials have accused Saudi Arabia of trying to bully its smaller neighbors.

Analysts said the boycott had pushed Qatar closer to both Iran and Turkey, which has sent troops to its base in Doha, the opposite of what the Saudi-led bloc had intended.
""",
people=[P("Mohammad Javad Zarif", "IRN", "foreign minister"),
        P("Mohammed bin Abdulrahman Al Thani", "QAT", "foreign minister"),
        P("Anwar Gargash", "ARE", "minister of state for foreign affairs"),
        P("Lolwah al-Khater", "QAT", "Foreign Ministry spokeswoman"),
        P("Rex Tillerson", "USA", "Secretary of State"),
        P("Hassan Rouhani", "IRN", "President")],
events=[
 E("QAT", "IRN", "COOPERATE/AGREE", True, "restoring full diplomatic relations with Tehran"),
 E("QAT", "IRN", "COOPERATE", False, "to strengthen bilateral relations with the Islamic Republic of Iran in all fields"),
 E("QAT", "IRN", "SANCTION/PROTEST", False, "Qatar recalled its envoy in January 2016"),
 E("IRN", "SAU", "PROTEST/ASSAULT", False, "protesters stormed Saudi Arabia's embassy in Tehran"),
 E("IRN", "QAT", "CONSULT", True, "spoke by phone with his Qatari counterpart", True),
 E(("SAU", "ARE", "BHR", "EGY"), "QAT", "SANCTION", True, "cut ties with Qatar on June 5"),
 E(("SAU", "ARE", "BHR", "EGY"), "QAT", "ACCUSE", True, "accusing it of supporting terrorism"),
 E(("SAU", "ARE", "BHR", "EGY"), "QAT", "REQUEST", False, "One of their 13 demands was that Qatar scale down its relations"),
 E("ARE", "QAT", "ACCUSE", True, "Doha has chosen the side of Iran"),
 E("SAU", "QAT", "SANCTION/ACCUSE", True, "Qatar had no intention of meeting the bloc's demands"),
 E("IRN", "QAT", "AID", True, "Iran has sent hundreds of tons of food to Qatar"),
 E("QAT", ["SAU", "ARE"], "REJECT", True, "Qatari officials rejected the idea that they were choosing sides"),
 E(("USA", "KWT"), "QAT", "CONSULT", False, "has tried to mediate along with Kuwait"),
 E("USA", "QAT", "AGREE/COOPERATE", True, "signed a counterterrorism agreement with Qatar", True),
 E("SAU", "QAT", "CONCEDE", True, "Saudi Arabia opened its border to Qatari pilgrims for the hajj"),
 E("IRN", "QAT", "SUPPORT", True, "Tehran will stand by Qatar"),
 E("IRN", "SAU", "ACCUSE", True, "accused Saudi Arabia of trying to bully its smaller neighbors"),
 E("TUR", "QAT", "MOBILIZE/SUPPORT", False, "which has sent troops to its base in Doha"),
]))
