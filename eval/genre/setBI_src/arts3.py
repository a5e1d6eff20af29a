from common import art, E, P

art(id="BI15", fmt="txt", headline="Algerians vote in parliamentary election shunned by Hirak protest movement",
published=("2021-06-12", "2021-06-13", "polling day Saturday 12 June 2021"),
body="""Algerians have voted in early parliamentary elections that the authorities present as a step towards a "new Algeria" but which the Hirak protest movement and several opposition parties boycotted, calling them a façade for the same military-backed system.

Polling stations closed on Saturday evening, and the electoral authority said turnout stood at just over 30 percent, one of the lowest in the country's history. In the Kabylie region, east of Algiers, many polling stations did not open at all after residents blocked access to them.

President Abdelmadjid Tebboune, who cast his ballot in the capital, told reporters that the turnout level "does not matter" and that the winners would have "enough legitimacy" to govern.

The Hirak, a leaderless movement that forced former President Abdelaziz Bouteflika to step down in 2019 after two decades in power, has called for a complete overhaul of the political system and for the army to withdraw from politics. Its weekly marches resumed in February after a pause during the coronavirus pandemic, but the authorities banned them in May and arrested hundreds of participants.

In the run-up to the vote, police detained several prominent opposition figures, including Karim Tabbou, a leader of the movement, and the journalists Khaled Drareni and Ihsane El Kadi, who were later released. Amnesty International accused the government of using "repressive tactics" to silence dissent and urged it to free all detained activists.

"They want a parliament without the people," said a 34-year-old teacher in Bejaia who refused to vote. "We will not give them our signature."

The Rally for Culture and Democracy and the Workers' Party, two long-established opposition parties, refused to take part. The Islamist Movement of Society for Peace did run and said it was ready to join a government if it finished well.

Interior Minister Kamel Beldjoud accused "foreign hands" of financing calls for a boycott, without naming any country.

The European Union said in a brief statement that it hoped the new parliament would reflect "the aspirations of the Algerian people" and called for respect for freedom of expression.

Results are expected within days. Independent candidates, many of them backed by the authorities, are expected to win a large share of the 407 seats.""",
people=[P("Abdelmadjid Tebboune","DZA","President"),P("Abdelaziz Bouteflika","DZA","former President"),P("Karim Tabbou","DZA","Hirak leader"),
        P("Khaled Drareni","DZA","journalist"),P("Ihsane El Kadi","DZA","journalist"),P("Kamel Beldjoud","DZA","Interior Minister")],
events=[
 E("DZA","DZA","PROTEST","the Hirak protest movement and several opposition parties boycotted"),
 E("DZA","DZA","PROTEST","residents blocked access to them"),
 E("DZA","DZA","REQUEST","called for a complete overhaul of the political system"),
 E("DZA","DZA","REQUEST","for the army to withdraw from politics",req=False),
 E("DZA","DZA","COERCE","the authorities banned them in May"),
 E("DZA","DZA","COERCE","arrested hundreds of participants"),
 E("DZA","DZA","COERCE","police detained several prominent opposition figures"),
 E("DZA","DZA","CONCEDE","who were later released",req=False),
 E("NGO","DZA","ACCUSE","accused the government of using \"repressive tactics\""),
 E("NGO","DZA","REQUEST","urged it to free all detained activists"),
 E("DZA","DZA","PROTEST","refused to take part"),
 E("DZA","DZA","COOPERATE","ready to join a government",req=False),
 E("DZA",["WST","DZA"],"ACCUSE","accused \"foreign hands\" of financing calls for a boycott"),
 E("EUR","DZA","REQUEST","called for respect for freedom of expression"),
 E("DZA","DZA","COERCE","forced former President Abdelaziz Bouteflika to step down",req=False),
])

art(id="BI16", fmt="json", headline="Angola's UNITA rejects election results, vows legal challenge",
published=("2022-08-29", "2022-08-30", "final results announced Monday 29 August 2022"),
meta=dict(date_publish="2022-08-29 19:40:12", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/8/29/angolas-unita-rejects-election-results-vows-legal-challenge",
          source_domain="www.aljazeera.com", description="Opposition leader Adalberto Costa Junior says the count does not match UNITA's own tally as MPLA extends its 47-year rule."),
body="""Angola's main opposition party UNITA has rejected the final results of last week's general election, which handed the ruling MPLA a narrow victory and extended its 47-year hold on power, and said it would challenge them in the Constitutional Court.
The National Electoral Commission (CNE) said on Monday that the Popular Movement for the Liberation of Angola (MPLA) won 51.17 percent of the vote, securing a second five-year term for President Joao Lourenco. The National Union for the Total Independence of Angola (UNITA) took 43.95 percent, its best result since the end of the civil war in 2002.
"We do not recognise these results," UNITA leader Adalberto Costa Junior told a news conference in the capital, Luanda. He said the commission's figures did not match the party's own tally of polling station records, and called for an international commission to compare the counts.
Costa Junior urged his supporters to remain calm and not to take to the streets. Police and soldiers have been deployed across Luanda, where UNITA won a majority, since the vote on Wednesday.
One of the CNE's own commissioners, appointed by the opposition, refused to sign off on the final results, saying the process had not been transparent.
The MPLA, which has governed since independence from Portugal in 1975, rejected the allegations. Party spokesman Rui Falcao said the opposition should "accept defeat with dignity".
Observers from the Southern African Development Community (SADC) said the vote was peaceful and orderly, but raised concerns about the state media's bias in favour of the ruling party and about irregularities in the voter roll, which included the names of 2.7 million dead people.
Portugal's President Marcelo Rebelo de Sousa congratulated Lourenco, as did leaders of several neighbouring countries including Namibia's Hage Geingob. The United States said it was awaiting the conclusion of any legal challenges.
Lourenco, who succeeded longtime leader Jose Eduardo dos Santos in 2017, has won praise abroad for an anti-corruption drive that targeted members of his predecessor's family. But many Angolans, especially in cities, say they have seen little benefit from the country's oil wealth.
Dos Santos died in Spain in July, and the question of where he should be buried has become the subject of a legal dispute among his children.""",
people=[P("Joao Lourenco","AGO","President"),P("Adalberto Costa Junior","AGO","UNITA leader"),P("Rui Falcao","AGO","MPLA spokesman"),
        P("Marcelo Rebelo de Sousa","PRT","President of Portugal"),P("Hage Geingob","NAM","President of Namibia"),P("Jose Eduardo dos Santos","AGO","former President")],
events=[
 E("AGO","AGO","REJECT","has rejected the final results"),
 E("AGO","AGO","ACCUSE","did not match the party's own tally"),
 E("AGO",["IGO","AGO"],"REQUEST","called for an international commission to compare the counts"),
 E("AGO","AGO","REQUEST","urged his supporters to remain calm and not to take to the streets",req=False),
 E("AGO","AGO","MOBILIZE","Police and soldiers have been deployed across Luanda"),
 E("AGO","AGO","REJECT PROTEST","refused to sign off on the final results"),
 E("AGO","AGO","REJECT","rejected the allegations"),
 E("AGO","AGO","REQUEST","should \"accept defeat with dignity\"",req=False),
 E("IGO","AGO","SUPPORT","the vote was peaceful and orderly",req=False),
 E("IGO","AGO","ACCUSE","raised concerns about the state media's bias"),
 E("PRT","AGO","SUPPORT","congratulated Lourenco"),
 E("NAM","AGO","SUPPORT","Namibia's Hage Geingob"),
 E("AGO","AGO","ACCUSE","would challenge them in the Constitutional Court"),
 E("AGO","AGO","COERCE","an anti-corruption drive that targeted members of his predecessor's family",req=False),
])

art(id="BI17", fmt="json", headline="Tunisia opposition urges Saied to quit after 8.8 percent election turnout",
published=("2022-12-18", "2022-12-18", "reaction 'on Sunday' to the Saturday 17 December 2022 parliamentary vote"),
meta=dict(date_publish="2022-12-18 11:05:33", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/12/18/tunisia-opposition-urges-saied-to-quit-after-low-turnout",
          source_domain="www.aljazeera.com", description="Only 8.8 percent of voters took part in Tunisia's parliamentary election, which most parties boycotted."),
body="""Tunisia's main opposition coalition has called on President Kais Saied to resign after barely one in 10 voters took part in a parliamentary election that most political parties boycotted.
The electoral commission said turnout in Saturday's first round was 8.8 percent, the lowest of any national vote since the 2011 revolution that toppled longtime ruler Zine El Abidine Ben Ali and set off the Arab Spring uprisings.
"What happened today is an earthquake," Ahmed Nejib Chebbi, head of the National Salvation Front, told a news conference in Tunis on Sunday. "Saied has lost all legitimacy and must step down immediately." The front, which includes the Ennahdha party, said it would organise protests and sit-ins until early presidential elections were held.
The vote was the final piece of the political overhaul Saied launched in July last year, when he suspended parliament, sacked the government and began ruling by decree, a move his opponents called a coup. A new constitution, approved in a referendum in July with low participation, greatly reduced the powers of the legislature.
The powerful UGTT labour union, which did not join the boycott, said the election had "no credibility" and warned it would not accept further economic measures imposed without consultation.
Saied's supporters argued that the low turnout reflected voters' disgust with the old parties rather than rejection of the president. Electoral commission head Farouk Bouasker said the vote had been free of major irregularities and blamed the new system, in which candidates run as individuals rather than on party lists.
The United States said in a statement that the low turnout was "an initial but important step" and urged Tunisia to broaden political participation. The European Union called for an inclusive national dialogue.
Tunisia is negotiating a $1.9bn loan with the International Monetary Fund, which has been delayed amid the political uncertainty. Shortages of staples such as sugar and milk have fuelled public anger.
Several prominent critics of Saied, including Ennahdha leader Rached Ghannouchi, have been questioned by judges in recent months in cases they say are politically motivated.""",
people=[P("Kais Saied","TUN","President"),P("Zine El Abidine Ben Ali","TUN","former ruler"),P("Ahmed Nejib Chebbi","TUN","head of the National Salvation Front"),
        P("Farouk Bouasker","TUN","electoral commission head"),P("Rached Ghannouchi","TUN","Ennahdha leader")],
events=[
 E("TUN","TUN","REQUEST","has called on President Kais Saied to resign"),
 E("TUN","TUN","PROTEST","most political parties boycotted"),
 E("TUN","TUN","ACCUSE","Saied has lost all legitimacy"),
 E("TUN","TUN","PROTEST THREATEN","it would organise protests and sit-ins"),
 E("TUN","TUN","COERCE","he suspended parliament, sacked the government",req=False),
 E("TUN","TUN","ACCUSE","a move his opponents called a coup",req=False),
 E("TUN","TUN","ACCUSE","the election had \"no credibility\""),
 E("TUN","TUN","THREATEN REJECT","warned it would not accept further economic measures"),
 E("TUN","TUN","REJECT","had been free of major irregularities",req=False),
 E("USA","TUN","REQUEST","urged Tunisia to broaden political participation"),
 E("USA","TUN","SUPPORT","\"an initial but important step\"",req=False),
 E("EUR","TUN","REQUEST","called for an inclusive national dialogue"),
 E("TUN","IGO","CONSULT","negotiating a $1.9bn loan with the International Monetary Fund",sym=True),
 E("TUN","TUN","COERCE","have been questioned by judges",req=False),
 E("TUN","TUN","ACCUSE","in cases they say are politically motivated"),
])

art(id="BI18", fmt="json", headline="Gambia's Barrow wins second term as rivals reject results",
published=("2021-12-05", "2021-12-06", "results announced Sunday 5 December 2021 after the 4 December vote"),
meta=dict(date_publish="2021-12-05 17:22:40", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/12/5/gambias-barrow-wins-second-term-as-rivals-reject-results",
          source_domain="www.aljazeera.com", description="President Adama Barrow wins 53 percent in the first presidential election since the fall of Yahya Jammeh."),
body="""Gambian President Adama Barrow has won a second five-year term, the electoral commission said, in the country's first presidential election since the longtime ruler Yahya Jammeh was forced into exile five years ago.
Barrow took 53 percent of the vote on Saturday, well ahead of his former political mentor Ousainou Darboe of the United Democratic Party (UDP), who won about 28 percent, the Independent Electoral Commission said on Sunday.
Darboe and two other candidates, Mama Kandeh and Essa Faal, said they rejected the results even before the count was complete, citing unexplained delays in the tallying of ballots. "We have reasons to believe the process was not transparent," the three said in a joint statement, without giving details. Darboe later said he would consider going to court.
Police fired tear gas to disperse a crowd of UDP supporters who gathered outside Darboe's home in the capital, Banjul, on Sunday evening, witnesses said.
Barrow called on the opposition to accept the will of the people. "Let us move forward together. The election is over," he told supporters at his residence.
The vote, which used marbles dropped into drums for each candidate, was seen as a test of the country's democratic transition after 22 years of Jammeh's rule. Jammeh, who lives in Equatorial Guinea, had urged his supporters to vote against Barrow after the president's party broke off an alliance with his APRC party.
A truth commission recommended last month that Jammeh be prosecuted for killings, torture and rapes committed under his rule. Barrow has not said whether he will act on the recommendation.
Election observers from the Economic Community of West African States (ECOWAS) and the African Union said the poll was peaceful and transparent. ECOWAS troops, deployed in 2017 after Jammeh initially refused to hand over power, are still in the country.
The United States congratulated Gambians on a peaceful election and urged all candidates to settle disputes through legal means.""",
people=[P("Adama Barrow","GMB","President"),P("Yahya Jammeh","GMB","former ruler"),P("Ousainou Darboe","GMB","UDP leader, presidential candidate"),
        P("Mama Kandeh","GMB","presidential candidate"),P("Essa Faal","GMB","presidential candidate")],
events=[
 E("GMB","GMB","REJECT","said they rejected the results even before the count was complete"),
 E("GMB","GMB","ACCUSE","the process was not transparent"),
 E("GMB","GMB","THREATEN","he would consider going to court",req=False),
 E("GMB","GMB","COERCE","Police fired tear gas to disperse a crowd of UDP supporters"),
 E("GMB","GMB","PROTEST","gathered outside Darboe's home",req=False),
 E("GMB","GMB","REQUEST","called on the opposition to accept the will of the people"),
 E("GMB","GMB","REQUEST","had urged his supporters to vote against Barrow",req=False),
 E("GMB","GMB","REJECT","broke off an alliance with his APRC party"),
 E("GMB","GMB","REQUEST ACCUSE","recommended last month that Jammeh be prosecuted"),
 E("IGO","GMB","SUPPORT","said the poll was peaceful and transparent"),
 E("IGO","GMB","MOBILIZE","ECOWAS troops, deployed in 2017",req=False),
 E("USA","GMB","SUPPORT","congratulated Gambians on a peaceful election"),
 E("USA","GMB","REQUEST","urged all candidates to settle disputes through legal means"),
 E("GMB","GMB","REJECT","Jammeh initially refused to hand over power",req=False),
])

art(id="BI19", fmt="dump", headline="Benin's Talon re-elected with 86 percent after main rivals barred from race",
published=("2021-04-13", "2021-04-14", "provisional results announced Tuesday 13 April 2021 after the 11 April vote"),
body="""Benin's President Patrice Talon has been re-elected with 86 percent of the vote, according to provisional results, after an election from which his main opponents were excluded and which was preceded by deadly clashes.

The electoral commission announced on Tuesday that Talon, a cotton magnate first elected in 2016, had easily defeated his two little-known challengers, Alassane Soumanou and Corentin Kohoue. Turnout was put at 50 percent.

Most major opposition figures were barred from standing under new rules that required candidates to be sponsored by at least 16 mayors or members of parliament, almost all of whom belong to pro-Talon parties. Others, including businessman Sebastien Ajavon, live in exile after being convicted in absentia in cases they call politically motivated.

Opposition leader Reckya Madougou, who was rejected as a candidate, was arrested last month and charged with financing terrorism, a charge her supporters say was fabricated to keep her out of politics.

In the days before Sunday's vote, protesters blocked roads in the opposition strongholds of Save and Parakou in the centre and north of the country, demanding that Talon step down at the end of his first term. Soldiers opened fire to clear the barricades in Save, killing at least two people, according to local officials. The government said security forces had acted to restore order after attacks on public property.

Former President Thomas Boni Yayi, whose party was shut out of the race, called on his supporters to boycott the vote, calling it "an exclusive election." His home in Cotonou was surrounded by police during the 2019 legislative poll, which the opposition was also unable to contest.

Amnesty International urged the authorities to investigate the killings and to release people detained for peaceful protest.

Talon rejected the accusations that he had turned Benin, long considered one of West Africa's most stable democracies, into an autocracy. "Democracy is not disorder," he said after voting.

The African Union's observer mission said the election was held in a calm atmosphere, while noting that it lacked "inclusiveness".""",
people=[P("Patrice Talon","BEN","President"),P("Alassane Soumanou","BEN","presidential candidate"),P("Corentin Kohoue","BEN","presidential candidate"),
        P("Sebastien Ajavon","BEN","businessman, opposition figure"),P("Reckya Madougou","BEN","opposition leader"),P("Thomas Boni Yayi","BEN","former President")],
events=[
 E("BEN","BEN","COERCE","Most major opposition figures were barred from standing"),
 E("BEN","BEN","REJECT","who was rejected as a candidate",req=False),
 E("BEN","BEN","COERCE","was arrested last month and charged with financing terrorism"),
 E("BEN","BEN","ACCUSE","a charge her supporters say was fabricated"),
 E("BEN","BEN","PROTEST","protesters blocked roads in the opposition strongholds"),
 E("BEN","BEN","REQUEST","demanding that Talon step down"),
 E("BEN","BEN","ASSAULT COERCE","Soldiers opened fire to clear the barricades in Save"),
 E("BEN","BEN","ACCUSE","after attacks on public property",req=False),
 E("BEN","BEN","PROTEST REQUEST","called on his supporters to boycott the vote"),
 E("NGO","BEN","REQUEST","urged the authorities to investigate the killings"),
 E("BEN","BEN","REJECT","Talon rejected the accusations"),
 E("IGO","BEN","ACCUSE","lacked \"inclusiveness\"",req=False),
 E("BEN","BEN","COERCE","His home in Cotonou was surrounded by police",req=False),
 E("BEN","BEN","COERCE","convicted in absentia",req=False),
])

art(id="BI20", fmt="dump", headline="Abbas postpones Palestinian elections over Israeli curbs on Jerusalem vote",
published=("2021-04-30", "2021-04-30", "Abbas announced the postponement 'early on Friday' 30 April 2021"),
body="""Palestinian President Mahmoud Abbas has postponed the first Palestinian elections in 15 years, blaming Israel for failing to guarantee that Palestinians in occupied East Jerusalem would be able to vote.

Abbas announced the decision early on Friday after a meeting of Palestinian factions in Ramallah, in the occupied West Bank. Legislative elections had been scheduled for May 22, followed by a presidential vote on July 31.

"We will not accept holding elections without Jerusalem," Abbas said in a televised speech. "When Israel agrees, we will hold the elections within a week."

Israel had not responded to repeated Palestinian requests to allow voting in East Jerusalem, which it captured in the 1967 war and later annexed in a move not recognised by most of the world. Israeli officials said they had not taken a position, and denied that they were preventing the vote.

Hamas, the group that governs the Gaza Strip and won the last legislative elections in 2006, rejected the postponement as a "coup against the national consensus". Hamas spokesman Hazem Qassem accused Abbas's Fatah movement of using Jerusalem as an excuse to avoid a vote it feared losing. 

Fatah is divided, with two rival lists challenging Abbas's official slate: one led by Nasser al-Kidwa, a nephew of the late Yasser Arafat, and backed by the jailed leader Marwan Barghouti, and another linked to the exiled former security chief Mohammed Dahlan.

Young Palestinians protested in Ramallah and Gaza City against the decision, chanting "We want elections". Palestinian security forces briefly detained several protesters in the West Bank, witnesses said.

The European Union said the decision was "deeply disappointing" and urged Abbas to set a new date "without delay". It also called on Israel to facilitate voting in East Jerusalem in line with past agreements.

The United States said the timing of the elections was "a matter for the Palestinian people to determine".

Israeli police this month broke up several campaign events in East Jerusalem and arrested candidates, according to Palestinian officials.

The Palestinian territories have been divided since 2007, when Hamas seized control of Gaza after a brief war with Fatah.""",
people=[P("Mahmoud Abbas","PSE","President"),P("Hazem Qassem","PSE","Hamas spokesman"),P("Nasser al-Kidwa","PSE","list leader, nephew of Yasser Arafat"),
        P("Yasser Arafat","PSE","late leader"),P("Marwan Barghouti","PSE","jailed Fatah leader"),P("Mohammed Dahlan","PSE","exiled former security chief")],
events=[
 E("PSE","ISR","ACCUSE","blaming Israel for failing to guarantee"),
 E("PSE","PSE","CONSULT","a meeting of Palestinian factions in Ramallah",sym=True),
 E("PSE","ISR","REJECT","We will not accept holding elections without Jerusalem",req=False),
 E("PSE","ISR","REQUEST","repeated Palestinian requests to allow voting in East Jerusalem"),
 E("ISR","PSE","REJECT","denied that they were preventing the vote"),
 E("PSE","PSE","REJECT ACCUSE","rejected the postponement"),
 E("PSE","PSE","ACCUSE","accused Abbas's Fatah movement of using Jerusalem as an excuse"),
 E("PSE","PSE","PROTEST","Young Palestinians protested in Ramallah and Gaza City"),
 E("PSE","PSE","COERCE","briefly detained several protesters in the West Bank"),
 E("EUR","PSE","ACCUSE REJECT","\"deeply disappointing\""),
 E("EUR","PSE","REQUEST","urged Abbas to set a new date"),
 E("EUR","ISR","REQUEST","called on Israel to facilitate voting in East Jerusalem"),
 E("ISR","PSE","COERCE","broke up several campaign events in East Jerusalem and arrested candidates"),
 E("PSE","PSE","COERCE ASSAULT","Hamas seized control of Gaza after a brief war with Fatah",req=False),
 E("ISR","PSE","COERCE","annexed in a move not recognised",req=False),
])
