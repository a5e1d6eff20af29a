from common import art, E, P

art(id="BI8", fmt="txt", headline="George Weah sworn in as Liberia's president in first democratic handover since 1944",
published=("2018-01-22", "2018-01-23", "inauguration on Monday 22 January 2018"),
body="""MONROVIA, Liberia - Former football star George Weah was sworn in as Liberia's president on Monday, taking over from Ellen Johnson Sirleaf in the West African nation's first peaceful transfer of power between elected leaders in more than 70 years.

Tens of thousands of people packed the Samuel Kanyon Doe sports stadium in Monrovia, where Weah once played as a teenager, singing and waving flags as he took the oath of office from Chief Justice Francis Korkpor.

"I have spent many years of my life in stadiums, but today's feeling is like no other," Weah said in his inaugural address. He promised to fight corruption and told public officials that those who stole from the state would be prosecuted.

Several African heads of state attended, among them Gabon's Ali Bongo Ondimba, Ghana's Nana Akufo-Addo and Togo's Faure Gnassingbé, the current chairman of the regional bloc ECOWAS. Weah thanked ECOWAS and the United Nations for helping Liberia keep the peace after two civil wars that killed some 250,000 people between 1989 and 2003.

The United States, which has deep historical ties to Liberia, sent a delegation led by Linda Thomas-Greenfield, a former assistant secretary of state. The State Department said in a statement that Washington "looks forward to working with President Weah" on economic growth and the rule of law.

The handover had been delayed by weeks of legal wrangling. Vice President Joseph Boakai, who lost the December runoff, and another candidate, Charles Brumskine, had gone to the Supreme Court alleging fraud in the first round. The court rejected their complaint but ordered the electoral commission to clean up its procedures.

Boakai attended the ceremony and shook hands with Weah. "The people have decided and I respect their decision," he told reporters afterwards.

Johnson Sirleaf, Africa's first elected female head of state, was expelled last week from her own Unity Party, which accused her of quietly backing Weah against its candidate. She denied the charge.

Weah's vice president is Jewel Howard-Taylor, a former wife of jailed ex-president Charles Taylor, a fact that has drawn unease among some Western diplomats.

The U.N. peacekeeping mission in Liberia is scheduled to leave the country by the end of March.""",
people=[P("George Weah","LBR","President"),P("Ellen Johnson Sirleaf","LBR","outgoing President"),P("Francis Korkpor","LBR","Chief Justice"),
        P("Ali Bongo Ondimba","GAB","President of Gabon"),P("Nana Akufo-Addo","GHA","President of Ghana"),P("Faure Gnassingbé","TGO","President of Togo, ECOWAS chairman"),
        P("Linda Thomas-Greenfield","USA","former assistant secretary of state"),P("Joseph Boakai","LBR","Vice President"),
        P("Charles Brumskine","LBR","presidential candidate"),P("Jewel Howard-Taylor","LBR","Vice President"),P("Charles Taylor","LBR","former president")],
events=[
 E("GAB","LBR","CONSULT SUPPORT","Gabon's Ali Bongo Ondimba",req=False),
 E("GHA","LBR","CONSULT SUPPORT","Ghana's Nana Akufo-Addo",req=False),
 E("TGO","LBR","CONSULT SUPPORT","Togo's Faure Gnassingbé",req=False),
 E("LBR","IGO","SUPPORT","Weah thanked ECOWAS and the United Nations"),
 E("LBR","UNO","SUPPORT","Weah thanked ECOWAS and the United Nations"),
 E("USA","LBR","CONSULT SUPPORT","sent a delegation led by Linda Thomas-Greenfield"),
 E("USA","LBR","COOPERATE SUPPORT","looks forward to working with President Weah"),
 E("LBR","LBR","ACCUSE","alleging fraud in the first round"),
 E("LBR","LBR","REJECT","The court rejected their complaint"),
 E("LBR","LBR","REQUEST","ordered the electoral commission to clean up its procedures",req=False),
 E("LBR","LBR","CONCEDE","The people have decided and I respect their decision"),
 E("LBR","LBR","COERCE SANCTION","was expelled last week from her own Unity Party"),
 E("LBR","LBR","ACCUSE","accused her of quietly backing Weah"),
 E("LBR","LBR","REJECT","She denied the charge"),
 E("LBR","LBR","THREATEN","those who stole from the state would be prosecuted",req=False),
 E("UNO","LBR","RETREAT","The U.N. peacekeeping mission in Liberia is scheduled to leave",req=False),
])

art(id="BI9", fmt="txt", headline="Aliyev wins fourth term in Azerbaijan vote boycotted by opposition, observers cite serious violations",
published=("2018-04-12", "2018-04-13", "election held 'Wednesday' 11 April 2018; observers spoke 'on Thursday'"),
body="""BAKU, Azerbaijan - President Ilham Aliyev has won a fourth consecutive term in Azerbaijan with more than 86 percent of the vote, according to official results, in an election that the main opposition parties boycotted and that international monitors said lacked genuine competition.

The snap vote on Wednesday was brought forward by six months by a presidential decree. Aliyev has led the oil-rich former Soviet republic since 2003, when he succeeded his father, Heydar Aliyev.

Observers from the Organization for Security and Co-operation in Europe said on Thursday that the election "took place in a restrictive political environment" and was marked by widespread irregularities, including ballot-box stuffing and repeated voting.

"Voters were not offered genuine alternatives," Jan Petersen, head of the OSCE's election observation mission, told reporters in Baku. He said fundamental freedoms of assembly and expression were curtailed.

The opposition National Council, which includes the Musavat party and the Popular Front party, refused to field candidates, calling the vote an "imitation." Its leaders said they would not recognize the result.

On Saturday, several thousand opposition supporters rallied in Baku against the election, chanting "Resign!" Police detained a number of activists in the days before the vote, rights groups said. Ali Karimli, leader of the Popular Front party, said the authorities had "turned the ballot into a coronation."

Azerbaijan's Foreign Ministry rejected the OSCE findings as "biased and politically motivated," and said the mission had ignored the views of ordinary voters.

Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan were among the first to congratulate Aliyev. The European Union, Azerbaijan's biggest trading partner, said in a statement that it expected Baku to address the shortcomings noted by the observers and to release jailed journalists.

The U.S. State Department said it shared the observers' concerns but noted Azerbaijan's role as a partner on energy security and counterterrorism.""",
people=[P("Ilham Aliyev","AZE","President"),P("Heydar Aliyev","AZE","former president"),P("Jan Petersen","IGO","head of OSCE election observation mission"),
        P("Ali Karimli","AZE","leader of the Popular Front party"),P("Vladimir Putin","RUS","President"),P("Recep Tayyip Erdogan","TUR","President")],
events=[
 E("IGO","AZE","ACCUSE","was marked by widespread irregularities"),
 E("IGO","AZE","ACCUSE","fundamental freedoms of assembly and expression were curtailed"),
 E("AZE","AZE","PROTEST","refused to field candidates"),
 E("AZE","AZE","REJECT","they would not recognize the result"),
 E("AZE","AZE","PROTEST","rallied in Baku against the election"),
 E("AZE","AZE","COERCE","Police detained a number of activists"),
 E("AZE","AZE","ACCUSE","the authorities had \"turned the ballot into a coronation.\""),
 E("AZE","IGO","REJECT ACCUSE","rejected the OSCE findings as \"biased and politically motivated,\""),
 E("RUS","AZE","SUPPORT","Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan were among the first to congratulate Aliyev"),
 E("TUR","AZE","SUPPORT","Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan were among the first to congratulate Aliyev"),
 E("EUR","AZE","REQUEST","expected Baku to address the shortcomings"),
 E("USA","AZE","ACCUSE","it shared the observers' concerns"),
 E("AZE","AZE","ACCUSE","calling the vote an \"imitation.\"",req=False),
 E("USA","AZE","COOPERATE","a partner on energy security and counterterrorism",req=False),
])

art(id="BI10", fmt="json", headline="Somalia's parliament elects Farmajo president in surprise upset",
published=("2017-02-08", "2017-02-09", "vote held Wednesday 8 February 2017"),
meta=dict(date_publish="2017-02-08 21:14:00", authors=["Staff writer"], url="https://www.cnn.com/2017/02/08/africa/somalia-president-farmajo-elected/index.html",
          source_domain="www.cnn.com", description="Former prime minister Mohamed Abdullahi Mohamed beats incumbent Hassan Sheikh Mohamud in a parliamentary vote held at Mogadishu airport."),
body="""Somali lawmakers on Wednesday elected former Prime Minister Mohamed Abdullahi Mohamed, widely known as Farmajo, as the country's new president, defeating incumbent Hassan Sheikh Mohamud in a vote held under heavy security at Mogadishu's airport.
After two rounds of voting, Mohamud conceded before a third round could be completed, and Farmajo, a dual Somali-US citizen, was declared the winner by the speaker of parliament.
"This victory belongs to the Somali people," Farmajo said after being sworn in in the airport hangar. "This is the beginning of unity and the fight against al-Shabaab and corruption."
Celebrations erupted in the streets of Mogadishu, with soldiers firing into the air and crowds chanting his name. Many Somalis see him as a nationalist who stood up to interference by neighboring Ethiopia.
The vote, in which only 329 members of both houses took part, was held inside the heavily guarded airport compound, which also houses the African Union peacekeeping force AMISOM and many foreign embassies. Authorities closed the capital's main roads and suspended flights for the day, fearing attacks by the militant group al-Shabaab, which had threatened to disrupt the process.
The militants, who are linked to al Qaeda, have carried out repeated bombings against hotels and government targets in the capital. They dismissed the election as a ploy by "apostate" foreigners.
The electoral process, which was delayed several times, has been criticized as riddled with vote-buying. Anti-corruption group Marqaati said delegates were paid as much as $1.3 million for their votes. The UN envoy to Somalia, Michael Keating, acknowledged "serious abuses" but called the vote a step forward.
The United States congratulated Farmajo in a statement and said it would continue to support Somalia's fight against al-Shabaab. The African Union and the UN also praised the peaceful conduct of the vote.
Kenyan President Uhuru Kenyatta called Farmajo to congratulate him and invited him to visit Nairobi, his office said. Ethiopian Prime Minister Hailemariam Desalegn also sent a message of congratulation.
Mohamud, who had been president since 2012, said he would hand over power smoothly. "I wish my brother well," he told reporters.""",
people=[P("Mohamed Abdullahi Mohamed","SOM","President-elect, former Prime Minister"),P("Hassan Sheikh Mohamud","SOM","President"),
        P("Michael Keating","UNO","UN envoy to Somalia"),P("Uhuru Kenyatta","KEN","Kenyan President"),P("Hailemariam Desalegn","ETH","Ethiopian Prime Minister")],
events=[
 E("SOM","SOM","CONCEDE","Mohamud conceded before a third round could be completed"),
 E("SOM","SOM","THREATEN","which had threatened to disrupt the process"),
 E("SOM","SOM","REJECT ACCUSE","dismissed the election as a ploy"),
 E("NGO","SOM","ACCUSE","delegates were paid as much as $1.3 million for their votes",req=False),
 E("UNO","SOM","ACCUSE","acknowledged \"serious abuses\""),
 E("UNO","SOM","SUPPORT","called the vote a step forward"),
 E("USA","SOM","SUPPORT","The United States congratulated Farmajo"),
 E("USA","SOM","AID SUPPORT COOPERATE","would continue to support Somalia's fight against al-Shabaab"),
 E("IGO","SOM","SUPPORT","The African Union and the UN also praised"),
 E("UNO","SOM","SUPPORT","The African Union and the UN also praised"),
 E("KEN","SOM","SUPPORT CONSULT","called Farmajo to congratulate him"),
 E("KEN","SOM","CONSULT REQUEST","invited him to visit Nairobi"),
 E("ETH","SOM","SUPPORT","also sent a message of congratulation"),
 E("SOM","SOM","CONCEDE","he would hand over power smoothly"),
 E("SOM","SOM","ASSAULT","carried out repeated bombings against hotels and government targets",req=False),
 E("SOM","ETH","REJECT","stood up to interference by neighboring Ethiopia",req=False),
])

art(id="BI11", fmt="json", headline="Armenia's Parliament Elects Protest Leader Nikol Pashinyan As Prime Minister",
published=("2018-05-08", "2018-05-09", "parliament vote on Tuesday 8 May 2018"),
meta=dict(date_publish="2018-05-08 14:32:00", authors=["NPR Staff"], url="https://www.npr.org/2018/05/08/armenia-parliament-elects-pashinyan-prime-minister",
          source_domain="www.npr.org", description="Weeks of street protests culminate in the election of opposition leader Nikol Pashinyan as Armenia's prime minister."),
body="""Armenia's parliament on Tuesday elected opposition leader Nikol Pashinyan as prime minister, capping weeks of peaceful street protests that forced out the country's longtime leader, Serzh Sargsyan.
Lawmakers voted 59-42 for Pashinyan, a former journalist and political prisoner who walked across the country last month to rally support against what he called Sargsyan's bid to cling to power. The ruling Republican Party, which had blocked his candidacy in a vote a week earlier, allowed enough of its members to back him this time after tens of thousands of people blocked roads and rail lines across Armenia.
"The people of Armenia have won," Pashinyan told a jubilant crowd of about 100,000 in Yerevan's Republic Square after the vote. He promised to hold early parliamentary elections and to fight corruption.
Sargsyan, who served as president for a decade, resigned on April 23, just six days after lawmakers made him prime minister under a new constitution that moved most powers to that post. Critics accused him of rewriting the rules to stay in charge. Police had detained hundreds of protesters, and briefly Pashinyan himself, before Sargsyan stepped down.
"Nikol Pashinyan was right, and I was wrong," Sargsyan said in his resignation statement.
Russia, Armenia's main military ally, watched the upheaval closely. Kremlin spokesman Dmitry Peskov told reporters that Russian President Vladimir Putin had called Pashinyan to congratulate him and had invited him to visit. Pashinyan has said he will not take Armenia out of the Russian-led Eurasian Economic Union or the Collective Security Treaty Organization.
"We're not talking about a geopolitical turn," Pashinyan told reporters. 
The European Union said in a statement that it welcomed the peaceful resolution of the crisis and stood ready to work with the new government. The U.S. State Department also congratulated Pashinyan.
In neighboring Azerbaijan, with which Armenia has fought over the Nagorno-Karabakh region, officials were cool. A foreign ministry spokesman said Baku would judge the new leader "by his deeds" and demanded that Armenian forces withdraw from occupied territories.""",
people=[P("Nikol Pashinyan","ARM","Prime Minister, opposition leader"),P("Serzh Sargsyan","ARM","former president and prime minister"),
        P("Dmitry Peskov","RUS","Kremlin spokesman"),P("Vladimir Putin","RUS","President")],
events=[
 E("ARM","ARM","REJECT","had blocked his candidacy in a vote a week earlier",req=False),
 E("ARM","ARM","PROTEST","tens of thousands of people blocked roads and rail lines"),
 E("ARM","ARM","CONCEDE","resigned on April 23"),
 E("ARM","ARM","ACCUSE","Critics accused him of rewriting the rules to stay in charge"),
 E("ARM","ARM","COERCE","Police had detained hundreds of protesters"),
 E("RUS","ARM","SUPPORT CONSULT","had called Pashinyan to congratulate him"),
 E("RUS","ARM","CONSULT REQUEST","had invited him to visit"),
 E("ARM","IGO","COOPERATE","will not take Armenia out of the Russian-led Eurasian Economic Union",req=False),
 E("EUR","ARM","SUPPORT","welcomed the peaceful resolution of the crisis"),
 E("EUR","ARM","COOPERATE","stood ready to work with the new government",req=False),
 E("USA","ARM","SUPPORT","The U.S. State Department also congratulated Pashinyan"),
 E("AZE","ARM","REQUEST","demanded that Armenian forces withdraw from occupied territories"),
 E("ARM","AZE","ASSAULT","Armenia has fought over the Nagorno-Karabakh region",req=False,sym=True),
 E("ARM","ARM","CONCEDE","I was wrong",req=False),
])

art(id="BI12", fmt="dump", headline="Pakistan opposition rejects election result as Imran Khan claims victory",
published=("2018-07-27", "2018-07-28", "election held 25 July 2018; Khan speech 'on Thursday', EU observers 'on Friday' 27 July"),
body="""Imran Khan, the former cricket captain, has claimed victory in Pakistan's general election, promising a "new Pakistan" even as his main rivals rejected the result and accused the powerful military of engineering his win.

With most results counted on Thursday, Khan's Pakistan Tehreek-e-Insaf (PTI) was on course to win about 115 of the 272 directly elected seats in the National Assembly, short of a majority but far ahead of the Pakistan Muslim League-Nawaz (PML-N) of the jailed former prime minister Nawaz Sharif.

Shehbaz Sharif, the PML-N president and brother of Nawaz, said the vote had been "blatantly rigged" and that his party would not accept it. "This is a grave injustice to the people," he told reporters in Lahore. Several other parties, including the Pakistan Peoples party, also alleged that their polling agents had been thrown out of counting stations.

The election commission denied any rigging and blamed the slow count on a failure of its new electronic results system.

In a televised speech, Khan offered to let the opposition investigate any constituency it wanted. "We will help you open every seat you suspect," he said, adding that he would seek better relations with neighboring India and with Afghanistan, and a "mutually beneficial" relationship with the United States.

The campaign was overshadowed by allegations that the army and intelligence services pressured candidates to defect to the PTI and muzzled the press. The military has denied interfering in politics. Khan also denied that he was the generals' choice.

On polling day, a suicide bomber killed 31 people outside a polling station in the south-western city of Quetta. Islamic State claimed responsibility.

The European Union's observer mission said on Friday that the vote had been marred by a "lack of equality of opportunity" and restrictions on freedom of expression, though voting itself was well-run.

China, Pakistan's closest ally, congratulated Khan, and a foreign ministry spokesman in Beijing said he expected the two countries' economic corridor projects to continue.

Khan will need the support of independents and small parties to form a government.""",
people=[P("Imran Khan","PAK","PTI leader, former cricket captain"),P("Nawaz Sharif","PAK","former prime minister"),
        P("Shehbaz Sharif","PAK","PML-N president")],
events=[
 E("PAK","PAK","REJECT","his main rivals rejected the result"),
 E("PAK","PAK","ACCUSE","accused the powerful military of engineering his win"),
 E("PAK","PAK","ACCUSE","had been \"blatantly rigged\""),
 E("PAK","PAK","ACCUSE","alleged that their polling agents had been thrown out of counting stations"),
 E("PAK","PAK","REJECT","The election commission denied any rigging"),
 E("PAK","PAK","CONCEDE COOPERATE","offered to let the opposition investigate any constituency it wanted"),
 E("PAK","IND","COOPERATE","would seek better relations with neighboring India"),
 E("PAK","AFG","COOPERATE","and with Afghanistan"),
 E("PAK","USA","COOPERATE","a \"mutually beneficial\" relationship with the United States",req=False),
 E("PAK","PAK","REJECT","The military has denied interfering in politics"),
 E("PAK","PAK","ASSAULT","a suicide bomber killed 31 people outside a polling station"),
 E("EUR","PAK","ACCUSE","marred by a \"lack of equality of opportunity\""),
 E("CHN","PAK","SUPPORT","congratulated Khan"),
 E("CHN","PAK","COOPERATE","economic corridor projects to continue",req=False),
 E("PAK","PAK","COERCE","pressured candidates to defect to the PTI and muzzled the press",req=False),
 E("PAK","PAK","COERCE","the jailed former prime minister",req=False),
])

art(id="BI13", fmt="dump", headline="Cameroon's Paul Biya, 85, declared winner of seventh term as rival Kamto cries foul",
published=("2018-10-22", "2018-10-23", "Constitutional Council announcement on Monday 22 October 2018"),
body="""Cameroon's Constitutional Council on Monday declared 85-year-old President Paul Biya the winner of the October 7 election, handing Africa's oldest head of state a seventh term and extending a rule that began in 1982.

Biya took 71.3% of the vote, the council said. Maurice Kamto of the Cameroon Renaissance Movement came second with 14.2%, and Cabral Libii was third.

Kamto, who had declared himself the winner the day after the vote, rejected the official figures and called them "a fraud of historic dimensions." He had filed a petition asking the council to annul the results in several regions, which the judges threw out last week in hearings broadcast live on state television.

"We will not recognize the legitimacy of this mandate," Kamto said in a statement. He called on his supporters to stage peaceful marches.

Security forces were deployed in large numbers in the main cities of Douala and Yaounde on Monday. Police fired tear gas to scatter a small group of Kamto supporters in Douala, and several people were arrested, according to witnesses. Government spokesman Issa Tchiroma Bakary warned that any attempt to "disturb public order" would be firmly punished.

Turnout was very low in the English-speaking North-West and South-West regions, where separatist fighters had threatened voters and where the army has been battling the rebels for more than a year. Rights groups say hundreds of civilians have been killed in the conflict.

The African Union observer mission said the vote was held in a calm atmosphere, but the Catholic Church's bishops, who had deployed their own observers, said they had seen ballot stuffing in several places.

France, the former colonial power, said it "took note" of the result and urged all sides to show restraint. The United States said in a statement that irregularities "may have affected the credibility" of the vote and urged the government to open dialogue with the Anglophone regions.

Biya, who spends long periods abroad, made only one campaign appearance.""",
people=[P("Paul Biya","CMR","President"),P("Maurice Kamto","CMR","Cameroon Renaissance Movement leader"),P("Cabral Libii","CMR","presidential candidate"),
        P("Issa Tchiroma Bakary","CMR","Government spokesman")],
events=[
 E("CMR","CMR","REJECT","rejected the official figures"),
 E("CMR","CMR","ACCUSE","\"a fraud of historic dimensions.\""),
 E("CMR","CMR","REQUEST","filed a petition asking the council to annul the results"),
 E("CMR","CMR","REJECT","which the judges threw out last week"),
 E("CMR","CMR","REJECT","We will not recognize the legitimacy of this mandate",req=False),
 E("CMR","CMR","PROTEST REQUEST","called on his supporters to stage peaceful marches"),
 E("CMR","CMR","MOBILIZE","Security forces were deployed in large numbers"),
 E("CMR","CMR","COERCE","Police fired tear gas to scatter a small group of Kamto supporters"),
 E("CMR","CMR","COERCE","several people were arrested",req=False),
 E("CMR","CMR","THREATEN","would be firmly punished"),
 E("CMR","CMR","THREATEN","separatist fighters had threatened voters"),
 E("CMR","CMR","ASSAULT","the army has been battling the rebels",sym=True),
 E("IGO","CMR","SUPPORT","the vote was held in a calm atmosphere",req=False),
 E("CMR","CMR","ACCUSE","they had seen ballot stuffing in several places"),
 E("FRA","CMR","REQUEST","urged all sides to show restraint"),
 E("USA","CMR","ACCUSE","irregularities \"may have affected the credibility\""),
 E("USA","CMR","REQUEST","urged the government to open dialogue with the Anglophone regions"),
])

art(id="BI14", fmt="txt", headline="Syria's Assad wins fourth term in vote West dismisses as a 'sham'",
published=("2021-05-27", "2021-05-28", "results announced Thursday 27 May 2021 after the 26 May vote"),
body="""Syrian President Bashar al-Assad has won a fourth seven-year term with 95.1 percent of the vote, according to official results, in an election that Western governments and the Syrian opposition dismissed as a sham.

Parliament Speaker Hammouda Sabbagh announced the results on Thursday evening, saying turnout had been 78 percent. Assad faced two little-known challengers, former deputy minister Abdullah Salloum Abdullah and Mahmoud Ahmed Marei, a member of a tolerated opposition group.

Celebrations with fireworks and gunfire broke out in Damascus and other government-held cities after the announcement. Assad, who cast his ballot on Wednesday in Douma, a former rebel stronghold devastated by years of siege, said Western criticism of the vote was "worth zero".

The election was held only in areas controlled by the government. Millions of Syrians living in the rebel-held northwest and the Kurdish-run northeast did not take part, and most of the more than 6.6 million refugees abroad were unable to vote.

Ahead of the vote, the foreign ministers of the United States, the United Kingdom, France, Germany and Italy issued a joint statement saying the election would be "neither free nor fair" and urging the international community to reject it. They said it did not meet the criteria of UN Security Council resolution 2254, which calls for UN-supervised elections under a new constitution.

The opposition Syrian Negotiation Commission, based in Turkey, called the vote "a farce that legitimises nothing". In the northwestern province of Idlib, hundreds of people protested against the election, carrying banners that read "No legitimacy for the killer".

Russia and Iran, Assad's main allies, congratulated him. A Russian foreign ministry spokeswoman said the vote was a "sovereign matter for the Syrian people" and criticised what she called Western interference.

Syria's war, which began in 2011 with a crackdown on peaceful protests, has killed hundreds of thousands of people. UN special envoy Geir Pedersen said the election was not part of the political process he is mediating and urged the parties to return to talks on a new constitution in Geneva.

Assad's new term begins amid a deep economic crisis, with the Syrian pound collapsing and more than 80 percent of the population living in poverty.""",
people=[P("Bashar al-Assad","SYR","President"),P("Hammouda Sabbagh","SYR","Parliament Speaker"),P("Abdullah Salloum Abdullah","SYR","presidential candidate, former deputy minister"),
        P("Mahmoud Ahmed Marei","SYR","presidential candidate"),P("Geir Pedersen","UNO","UN special envoy")],
events=[
 E("WST","SYR","REJECT ACCUSE","Western governments and the Syrian opposition dismissed as a sham"),
 E("SYR","WST","REJECT","Western criticism of the vote was \"worth zero\""),
 E("USA","SYR","ACCUSE","the election would be \"neither free nor fair\""),
 E("GBR","SYR","ACCUSE","the election would be \"neither free nor fair\""),
 E("FRA","SYR","ACCUSE","the election would be \"neither free nor fair\""),
 E("DEU","SYR","ACCUSE","the election would be \"neither free nor fair\""),
 E("ITA","SYR","ACCUSE","the election would be \"neither free nor fair\""),
 E(["USA","WST"],"UNO","REQUEST","urging the international community to reject it",req=False),
 E("SYR","SYR","REJECT ACCUSE","called the vote \"a farce that legitimises nothing\""),
 E("SYR","SYR","PROTEST","hundreds of people protested against the election"),
 E("RUS","SYR","SUPPORT","Russia and Iran, Assad's main allies, congratulated him"),
 E("IRN","SYR","SUPPORT","Russia and Iran, Assad's main allies, congratulated him"),
 E("RUS","WST","ACCUSE","criticised what she called Western interference"),
 E("UNO","SYR","REQUEST","urged the parties to return to talks on a new constitution"),
 E("SYR","SYR","COERCE","a crackdown on peaceful protests",req=False),
])
