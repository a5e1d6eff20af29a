# Reuters 1987-1989
def E(s, t, ty, ev, req=True, sym=False):
    return dict(source=s, target=t, types=ty.split(), required=req, evidence=ev, symmetric=sym)
IRA = ["GBR", "IRL"]
GIB = ["GIB", "GBR"]
ARTS = []
ARTS.append(dict(id="AS1", fmt="txt", pub=("1987-06-19", "1987-06-19", "dateline June 19, Hipercor bombing 1987"),
headline="ETA BOMB KILLS AT LEAST 15 IN BARCELONA SUPERMARKET",
body="""BARCELONA, June 19 - A car bomb blamed on the Basque separatist group ETA exploded in the underground car park of a crowded Barcelona supermarket on Friday, killing at least 15 people and injuring more than 30, police said.

The blast tore through the Hipercor store in the working-class district of Sant Andreu shortly after four in the afternoon, sending a fireball and thick black smoke up into the shopping floors above.

Police said an anonymous caller claiming to speak for ETA had telephoned warnings to the store and to a Barcelona newspaper about half an hour before the explosion, but the building was not cleared in time. A regional police spokesman said officers searched the premises and found nothing before the bomb went off.

Prime Minister Felipe Gonzalez, speaking in Madrid, condemned the attack as "a savage act against ordinary families" and said the government would not be drawn into negotiations with those who planted it. "There will be no political price paid for this massacre," he told reporters.

Interior Minister Jose Barrionuevo flew to Barcelona and ordered extra police units into Catalonia. He said security forces had launched a manhunt and that roadblocks had been set up on roads leading north towards the French border.

Catalan regional president Jordi Pujol called it the worst crime in the city's modern history and declared three days of mourning.

Herri Batasuna, the party widely regarded as ETA's political voice, did not condemn the bombing but said in a statement that the police bore responsibility for failing to evacuate the store.

In Paris, Prime Minister Jacques Chirac sent condolences to Gonzalez and pledged that French police would cooperate fully in the hunt for the bombers.

The Spanish government has repeatedly urged France to do more to stop ETA militants using the French Basque country as a sanctuary. Officials in Madrid said they would again ask Paris to hand over suspects sheltering across the border.

ETA has killed more than 500 people in its campaign for an independent Basque homeland since the late 1960s. Friday's bombing was the deadliest single attack in the group's history.

Reuter""",
people=[("Felipe Gonzalez","ESP","Prime Minister"),("Jose Barrionuevo","ESP","Interior Minister"),("Jordi Pujol","ESP","Catalan regional president"),("Jacques Chirac","FRA","Prime Minister")],
events=[
E("ESP","ESP","ASSAULT","A car bomb blamed on the Basque separatist group ETA exploded"),
E("ESP","ESP","THREATEN","had telephoned warnings to the store",False),
E("ESP","ESP","ACCUSE","condemned the attack as \"a savage act against ordinary families\""),
E("ESP","ESP","REJECT","the government would not be drawn into negotiations with those who planted it"),
E("ESP","ESP","MOBILIZE","ordered extra police units into Catalonia"),
E("ESP","ESP","COERCE MOBILIZE","security forces had launched a manhunt",False),
E("ESP","ESP","ACCUSE","called it the worst crime in the city's modern history",False),
E("ESP","ESP","ACCUSE","said in a statement that the police bore responsibility"),
E("FRA","ESP","SUPPORT","Prime Minister Jacques Chirac sent condolences to Gonzalez"),
E("FRA","ESP","AGREE COOPERATE","pledged that French police would cooperate fully"),
E("ESP","FRA","REQUEST","has repeatedly urged France to do more",False),
E("ESP","FRA","REQUEST","would again ask Paris to hand over suspects"),
]))
ARTS.append(dict(id="AS2", fmt="txt", pub=("1987-04-28", "1987-04-28", "dateline April 28; Waldheim watch-list decision April 1987"),
headline="AUSTRIA RECALLS ENVOY FROM WASHINGTON OVER WALDHEIM BAN",
body="""VIENNA, April 28 - Austria recalled its ambassador to the United States for consultations on Tuesday and lodged a formal protest after Washington barred President Kurt Waldheim from entering the country as a private citizen.

The U.S. Justice Department announced on Monday that Waldheim had been put on a watch list of undesirable aliens, saying evidence showed he had taken part in the deportation and persecution of civilians while serving as a German army officer in the Balkans during World War Two.

Chancellor Franz Vranitzky told a news conference the decision was "incomprehensible and unacceptable" and said Ambassador Thomas Klestil had been asked to return to Vienna to report. "A friendly country has passed judgment on our head of state without giving him a hearing," he said.

Foreign Minister Alois Mock summoned the U.S. ambassador, Ronald Lauder, and handed him a note of protest. A ministry spokesman said the note demanded that Washington make public the evidence on which the decision was based.

Waldheim, a former United Nations Secretary-General, went on national television to deny the accusations. "I have nothing to hide and I will not be intimidated," he said, adding that he had never committed or ordered any crime.

The World Jewish Congress, which first raised questions about Waldheim's war record last year, welcomed the U.S. move and called on other governments to follow it.

In Washington, a State Department spokesman said the decision was a legal matter under U.S. immigration law and was not directed against the Austrian people. He said Washington valued its close ties with Vienna.

Israel, which withdrew its ambassador from Vienna after Waldheim's election last June, said the ruling confirmed its own view. The Soviet Union made no immediate comment.

Diplomats in Vienna said the row was the worst in Austrian-American relations since the end of the four-power occupation in 1955.

Reuter""",
people=[("Kurt Waldheim","AUT","President"),("Franz Vranitzky","AUT","Chancellor"),("Thomas Klestil","AUT","Ambassador"),("Alois Mock","AUT","Foreign Minister"),("Ronald Lauder","USA","ambassador")],
events=[
E("AUT","USA","SANCTION PROTEST","Austria recalled its ambassador to the United States for consultations"),
E("AUT","USA","PROTEST ACCUSE","lodged a formal protest"),
E("USA","AUT","REJECT SANCTION","Washington barred President Kurt Waldheim from entering the country"),
E("USA","AUT","ACCUSE","evidence showed he had taken part in the deportation and persecution of civilians"),
E("AUT","USA","ACCUSE REJECT PROTEST","the decision was \"incomprehensible and unacceptable\""),
E("AUT","USA","PROTEST ACCUSE CONSULT","summoned the U.S. ambassador, Ronald Lauder"),
E("AUT","USA","REQUEST","the note demanded that Washington make public the evidence"),
E("AUT","USA","REJECT","went on national television to deny the accusations"),
E("NGO","USA","SUPPORT","welcomed the U.S. move"),
E("NGO","AUT","ACCUSE","first raised questions about Waldheim's war record",False),
E("USA","AUT","SUPPORT","Washington valued its close ties with Vienna",False),
E("ISR","AUT","SANCTION PROTEST","withdrew its ambassador from Vienna",False),
E("ISR","USA","SUPPORT","said the ruling confirmed its own view",False),
]))
ARTS.append(dict(id="AS3", fmt="json", pub=("1987-12-02", "1987-12-02", "dateline Dec 2; Gibraltar airport accord signed December 1987"),
meta=dict(url=None, source_domain="reuters.com", authors=[], date="1987-12-02 18:40:00", description="Britain and Spain sign a deal on joint use of Gibraltar airport; Gibraltar politicians reject it."),
headline="BRITAIN AND SPAIN SIGN GIBRALTAR AIRPORT ACCORD, ROCK'S LEADERS OBJECT",
body="""LONDON, Dec 2 - Britain and Spain signed an agreement on Wednesday for joint civilian use of Gibraltar's airport, ending a dispute that had held up a European Community air fares package for months, but Gibraltar's government immediately said it would not accept the deal.

Foreign Secretary Sir Geoffrey Howe and Spanish Foreign Minister Francisco Fernandez Ordonez put their names to the accord after talks at the Foreign Office lasting most of the day. Under it, a new terminal would be built on the Spanish side of the border so that passengers could fly to and from Spain without entering Gibraltar itself.

"This is a practical arrangement which protects everyone's position on sovereignty," Howe told reporters. He said Britain would not hand over the Rock against the wishes of its people.

Fernandez Ordonez said Madrid's claim to the territory was unchanged but that the two governments had shown they could work together. He said Spain would now lift its veto on the EC package, which it had blocked in June by insisting that Gibraltar be left out.

Gibraltar's Chief Minister Adolfo Canepa said the colony's House of Assembly had not been consulted and would not pass the laws needed to put the accord into effect. Opposition leader Joe Bossano, whose party is expected to win elections due next year, called it a sell-out and promised further protests.

Several thousand Gibraltarians marched through Main Street on Tuesday evening to protest against the negotiations, carrying banners reading "Gibraltar is not for sale".

EC transport ministers are expected to approve the air fares package when they meet next week.

Reuter""",
people=[("Geoffrey Howe","GBR","Foreign Secretary"),("Francisco Fernandez Ordonez","ESP","Foreign Minister"),("Adolfo Canepa","GIB","Chief Minister"),("Joe Bossano","GIB","Opposition leader")],
events=[
E("GBR","ESP","AGREE","Britain and Spain signed an agreement",sym=True),
E(GIB,"GBR","REJECT","Gibraltar's government immediately said it would not accept the deal"),
E("GBR","ESP","CONSULT","after talks at the Foreign Office",sym=True),
E("GBR","ESP","REJECT","Britain would not hand over the Rock against the wishes of its people"),
E("ESP","GBR","REJECT","Madrid's claim to the territory was unchanged",False),
E("ESP","GBR","COOPERATE AGREE","the two governments had shown they could work together",False),
E("ESP","EUR","CONCEDE","Spain would now lift its veto on the EC package"),
E("ESP","EUR","REJECT","which it had blocked in June",False),
E(GIB,"GBR","REJECT","would not pass the laws needed to put the accord into effect"),
E(GIB,["GBR","ESP"],"ACCUSE","called it a sell-out"),
E(GIB,["GBR","ESP"],"THREATEN PROTEST","promised further protests",False),
E(GIB,["GBR","ESP"],"PROTEST","Several thousand Gibraltarians marched through Main Street"),
]))
ARTS.append(dict(id="AS4", fmt="json", pub=("1988-04-19", "1988-04-19", "dateline April 19; Danish election called for May 10 1988"),
meta=dict(url=None, source_domain="reuters.com", authors=[], date="1988-04-19 15:05:00", description="Schlueter calls a snap election after parliament votes on nuclear-armed warship visits."),
headline="DANISH PREMIER CALLS SNAP ELECTION OVER NUCLEAR SHIPS VOTE",
body="""COPENHAGEN, April 19 - Prime Minister Poul Schlueter called a general election for May 10 on Tuesday, saying a parliamentary resolution on visits by nuclear-armed warships had put Denmark's place in NATO at risk.

The opposition Social Democrats and smaller left-wing parties pushed the resolution through parliament last Thursday. It obliges the government to tell every visiting warship that Denmark bans nuclear weapons on its territory in peacetime, a step Britain and the United States say their navies cannot accept.

"We cannot govern a country whose parliament tells our allies they are unwelcome," Schlueter told a news conference. "The voters must decide whether Denmark stays a full member of the alliance."

Washington has warned that its warships would stop calling at Danish ports if the resolution were enforced, and U.S. officials have hinted that joint exercises could be scaled back. Britain's Ministry of Defence said the Royal Navy would keep to its policy of neither confirming nor denying whether any vessel carried nuclear arms.

NATO Secretary-General Lord Carrington, on a visit to Copenhagen last week, urged Danish politicians to find a compromise that did not single out allied navies.

Social Democrat leader Svend Auken accused the government of exaggerating the crisis to win votes. "Nobody is asking Denmark to leave NATO. We are asking our allies to respect a policy that has existed for thirty years," he said.

Foreign Minister Uffe Ellemann-Jensen said he had spoken by telephone with Secretary of State George Shultz and British Foreign Secretary Sir Geoffrey Howe, and that both had expressed deep concern.

Norway, which has a similar ban but does not ask ships to declare their cargo, said it was following the dispute closely.

Opinion polls point to a close race between Schlueter's four-party minority coalition and the Social Democrats.

Reuter""",
people=[("Poul Schlueter","DNK","Prime Minister"),("Lord Carrington","GBR","NATO Secretary-General"),("Svend Auken","DNK","Social Democrat leader"),("Uffe Ellemann-Jensen","DNK","Foreign Minister"),("George Shultz","USA","Secretary of State"),("Geoffrey Howe","GBR","Foreign Secretary")],
events=[
E("DNK",["USA","GBR","IGO"],"REQUEST REJECT","It obliges the government to tell every visiting warship",False),
E("USA","DNK","REJECT","a step Britain and the United States say their navies cannot accept"),
E("GBR","DNK","REJECT","a step Britain and the United States say their navies cannot accept"),
E("DNK","DNK","ACCUSE","whose parliament tells our allies they are unwelcome",False),
E("USA","DNK","THREATEN","Washington has warned that its warships would stop calling at Danish ports"),
E("USA","DNK","THREATEN","joint exercises could be scaled back",False),
E("GBR","DNK","REJECT","the Royal Navy would keep to its policy of neither confirming nor denying"),
E("IGO","DNK","CONSULT","on a visit to Copenhagen last week"),
E("IGO","DNK","REQUEST","urged Danish politicians to find a compromise"),
E("DNK","DNK","ACCUSE","accused the government of exaggerating the crisis"),
E("DNK",["USA","GBR","IGO"],"REQUEST","We are asking our allies to respect a policy",False),
E("DNK","USA","CONSULT","had spoken by telephone with Secretary of State George Shultz",sym=True),
E("DNK","GBR","CONSULT","British Foreign Secretary Sir Geoffrey Howe",sym=True),
E(["USA","GBR"],"DNK","PROTEST ACCUSE","both had expressed deep concern",False),
]))
ARTS.append(dict(id="AS5", fmt="dump", dump="dump-1.txt", nbsp=False, pub=("1988-05-01", "1988-05-01", "dateline May 1; Roermond attacks 1 May 1988"),
headline="IRA KILLS THREE BRITISH AIRMEN IN DUTCH ATTACKS",
body="""THE HAGUE, May 1 - Gunmen shot dead a British airman in the Dutch town of Roermond and a car bomb killed two more in a village near the West German border early on Sunday, and the Irish Republican Army said it carried out both attacks.

Dutch police said the first victim was shot as he sat in a car in the town's market square after a night out with friends. Less than an hour later a bomb exploded under a car carrying off-duty servicemen in Nieuw-Bergen, about 30 km to the north.

In a statement telephoned to a news agency in Dublin, the IRA said its units had struck at "the British war machine" on the continent and warned that British forces "will find no safe haven anywhere in Europe".

Prime Minister Ruud Lubbers condemned the killings as cowardly and said the Netherlands would not let its territory become a battleground for a conflict that was not its own. Justice Minister Frits Korthals Altes ordered tighter checks at the borders with Belgium and West Germany.

In London, Prime Minister Margaret Thatcher said the attacks showed the IRA's "utter contempt for human life" and thanked the Dutch government for its swift response. A Downing Street spokesman said British police officers were flying to the Netherlands to assist the investigation.

Irish Prime Minister Charles Haughey also denounced the murders, saying they brought shame on the Irish people.

The three airmen were stationed at Royal Air Force bases just across the border in West Germany. The killings came less than two months after British soldiers shot dead three unarmed IRA members in Gibraltar, an incident the IRA had vowed to avenge.

Reuter""",
people=[("Ruud Lubbers","NLD","Prime Minister"),("Frits Korthals Altes","NLD","Justice Minister"),("Margaret Thatcher","GBR","Prime Minister"),("Charles Haughey","IRL","Prime Minister")],
events=[
E(IRA,"GBR","ASSAULT","Gunmen shot dead a British airman in the Dutch town of Roermond"),
E(IRA,"GBR","ASSAULT","a car bomb killed two more"),
E(IRA,"GBR","THREATEN","warned that British forces"),
E("NLD",IRA,"ACCUSE","condemned the killings as cowardly"),
E("NLD",["BEL","DEU"],"MOBILIZE","ordered tighter checks at the borders",False),
E("GBR",IRA,"ACCUSE","the attacks showed the IRA's \"utter contempt for human life\""),
E("GBR","NLD","SUPPORT","thanked the Dutch government for its swift response"),
E("GBR","NLD","AID COOPERATE","British police officers were flying to the Netherlands to assist the investigation"),
E("IRL",IRA,"ACCUSE","Haughey also denounced the murders"),
E("GBR",IRA,"ASSAULT","British soldiers shot dead three unarmed IRA members in Gibraltar",False),
E(IRA,"GBR","THREATEN","the IRA had vowed to avenge",False),
]))
ARTS.append(dict(id="AS6", fmt="dump", dump="dump-2.txt", nbsp=False, pub=("1989-07-17", "1989-07-17", "dateline July 17; Austria's EC application 17 July 1989"),
headline="AUSTRIA APPLIES TO JOIN EUROPEAN COMMUNITY, MOSCOW VOICES DOUBTS",
body="""BRUSSELS, July 17 - Austria formally applied on Monday to join the European Community, becoming the first neutral country to seek full membership of the 12-nation bloc.

Foreign Minister Alois Mock handed the application letter to his French counterpart Roland Dumas, whose country holds the EC presidency, at a brief ceremony in the Council of Ministers building.

"Austria belongs to Europe, and Europe is growing together," Mock told reporters. He said the letter made clear that Vienna intended to keep its permanent neutrality, which dates from the 1955 State Treaty that ended the four-power occupation.

Dumas said the Community would study the request seriously but that no new members would be admitted before the single market was completed at the end of 1992. Commission President Jacques Delors has said the EC must deepen before it widens.

In Moscow, Foreign Ministry spokesman Gennady Gerasimov said the Soviet Union had doubts whether EC membership was compatible with Austria's neutrality and would be "watching closely". He did not say Moscow would lodge a formal objection, but Soviet diplomats have warned Vienna privately that joining a bloc with defence ambitions would breach the State Treaty.

Austrian officials rejected that view. Chancellor Franz Vranitzky said in Vienna that no foreign power had the right to decide Austria's economic partnerships.

Switzerland and Sweden, also neutral, said they had no plans to follow Austria's lead for now.

The application had been debated in Vienna for more than two years. It was backed by both parties in Vranitzky's coalition, while the small Green party argued that membership would hollow out neutrality. Austria already sends about two thirds of its exports to Community countries, and its schilling has been pegged to the West German mark for years.

Reuter""",
people=[("Alois Mock","AUT","Foreign Minister"),("Roland Dumas","FRA","Foreign Minister"),("Jacques Delors","EUR","Commission President"),("Gennady Gerasimov","RUS","Foreign Ministry spokesman"),("Franz Vranitzky","AUT","Chancellor")],
events=[
E("AUT","EUR","REQUEST","Austria formally applied on Monday to join the European Community"),
E("AUT",["FRA","EUR"],"REQUEST CONSULT","handed the application letter to his French counterpart Roland Dumas"),
E(["FRA","EUR"],"AUT","AGREE","the Community would study the request seriously",False),
E(["FRA","EUR"],"AUT","REJECT","no new members would be admitted before the single market was completed"),
E("RUS","AUT","ACCUSE PROTEST REJECT","had doubts whether EC membership was compatible with Austria's neutrality"),
E("RUS","AUT","THREATEN ACCUSE","Soviet diplomats have warned Vienna privately"),
E("AUT","RUS","REJECT","Austrian officials rejected that view"),
E("AUT","RUS","REJECT ACCUSE","no foreign power had the right to decide Austria's economic partnerships"),
]))
