# Articles Z8..Z14. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="Z8", fmt="txt",
headline="Venezuela's top court strips congress of powers, drawing cries of a 'self-coup'",
body="""
CARACAS, Venezuela — Venezuela's Supreme Court assumed the powers of the opposition-controlled National Assembly on Thursday, a move that opponents of President Nicolás Maduro denounced as a coup and that drew swift condemnation from governments across the Americas.

In a ruling published late Wednesday, the court, which is packed with government loyalists, said it would take over the legislature's functions for as long as lawmakers remained "in contempt" for swearing in three deputies whose election had been challenged.

"This is a coup d'état," said Julio Borges, the president of the National Assembly, who tore up a copy of the ruling in front of reporters. He called on the armed forces to break their silence and urged Venezuelans to take to the streets.

Small groups of students clashed with National Guard troops outside the court in Caracas on Friday, and several protesters were detained, according to local media.

Luis Almagro, the secretary general of the Organization of American States, accused the government of carrying out a "self-coup" and called for an urgent meeting of the bloc's permanent council. Peru said it was withdrawing its ambassador from Caracas, and the State Department said the ruling was "a serious setback for democracy."

In a rare break within the governing camp, Attorney General Luisa Ortega Díaz said on state television that the decision represented a "rupture of the constitutional order." Her comments stunned government supporters.

Maduro said in a televised address that Venezuela faced an international campaign of aggression led by Washington and that the country "will not accept lessons from anyone." He later convened a national security council to resolve what he called an "impasse" between the branches of government.

Foreign Minister Delcy Rodríguez rejected the OAS criticism, accusing Almagro of acting as an agent of foreign powers.

The ruling comes amid a deep economic crisis marked by food shortages and soaring inflation, and after the electoral council suspended a recall referendum against Maduro last year.
""",
pub=("2017-03-31", "2017-03-31", "court ruling published late Wednesday 29 March 2017; Ortega Diaz remarks and Friday clashes 31 March"),
people=[("Nicolás Maduro", "VEN", "President"),
        ("Julio Borges", "VEN", "president of the National Assembly"),
        ("Luis Almagro", "URY", "secretary general of the Organization of American States"),
        ("Luisa Ortega Díaz", "VEN", "Attorney General"),
        ("Delcy Rodríguez", "VEN", "Foreign Minister")],
events=[
 ("VEN", "VEN", "COERCE", 1, "assumed the powers of the opposition-controlled National Assembly", 0),
 ("VEN", "VEN", "ACCUSE", 1, "\"This is a coup d'état,\"", 0),
 ("VEN", "VEN", "REQUEST", 1, "He called on the armed forces to break their silence", 0),
 ("VEN", "VEN", "PROTEST", 0, "urged Venezuelans to take to the streets", 0),
 ("VEN", "VEN", "PROTEST/ASSAULT", 1, "Small groups of students clashed with National Guard troops", 1),
 ("VEN", "VEN", "COERCE", 1, "several protesters were detained", 0),
 ("IGO", "VEN", "ACCUSE", 1, "accused the government of carrying out a \"self-coup\"", 0),
 ("PER", "VEN", "SANCTION/PROTEST", 1, "Peru said it was withdrawing its ambassador from Caracas", 0),
 ("USA", "VEN", "ACCUSE/PROTEST", 1, "\"a serious setback for democracy.\"", 0),
 ("VEN", "VEN", "ACCUSE", 1, "\"rupture of the constitutional order.\"", 0),
 ("VEN", "USA", "ACCUSE", 1, "an international campaign of aggression led by Washington", 0),
 ("VEN", "IGO", "REJECT", 1, "rejected the OAS criticism", 0),
 ("VEN", "IGO", "ACCUSE", 0, "accusing Almagro of acting as an agent of foreign powers", 0),
 ("VEN", "VEN", "REJECT/SANCTION", 0, "suspended a recall referendum against Maduro", 0),
]))

ARTS.append(dict(
id="Z9", fmt="json",
meta=dict(date_publish="2018-10-20 01:14:00", authors=["Guardian staff and agencies"],
          url="https://www.theguardian.com/world/2018/oct/19/migrant-caravan-mexico-guatemala-border-bridge",
          source_domain="www.theguardian.com",
          description="Thousands of Central American migrants pushed through a border gate as Trump threatened to close the US southern border."),
headline="Migrant caravan surges across Guatemala bridge as Mexico pushes back and Trump threatens aid cuts",
body="""
Thousands of Honduran migrants heading for the United States tore down a border fence on the bridge between Guatemala and Mexico on Friday, only to be driven back by Mexican riot police who fired teargas and pepper spray to stop them entering the country.

Men, women and children carrying backpacks and babies surged across the Suchiate river bridge and pushed through a metal gate before they were halted by lines of federal police with shields. Dozens of people, some of them injured, were allowed through in small groups to apply for asylum; others leapt from the bridge into the river below.

The caravan, which set out from the Honduran city of San Pedro Sula a week ago, has become a political flashpoint in the United States weeks before midterm elections. Donald Trump has threatened to cut off aid to Honduras, Guatemala and El Salvador unless they stopped the migrants, and on Thursday he warned that he would send the military and close the US southern border if Mexico did not act.

"The assault on our country at our southern border... is far more important to me, as President, than trade," Trump wrote on Twitter.

The US secretary of state, Mike Pompeo, met Mexican president Enrique Peña Nieto and foreign minister Luis Videgaray in Mexico City on Friday and said the US was grateful for Mexico's efforts. Mexico has asked the UN refugee agency, UNHCR, to help it process asylum claims.

Guatemala's government said it had deported about 1,000 Hondurans, and Guatemalan police earlier this week arrested Bartolo Fuentes, a former Honduran congressman accused by the Honduran government of organising the march. Fuentes denied the charge and was sent back to Honduras.

Honduras's president, Juan Orlando Hernández, accused political opponents of manipulating the migrants and urged them to return home. "They are being used," he said.

Human rights groups criticised the use of force at the bridge. Amnesty International said Mexico must respect the right of people to seek asylum.

Mexican officials said anyone who entered without documents would be deported, and that migrants who applied for refugee status would be held in shelters while their cases were reviewed.
""",
pub=("2018-10-19", "2018-10-20", "date_publish 20 Oct 2018 01:14; bridge clash Friday 19 October 2018"),
people=[("Donald Trump", "USA", "President"),
        ("Mike Pompeo", "USA", "secretary of state"),
        ("Enrique Peña Nieto", "MEX", "president"),
        ("Luis Videgaray", "MEX", "foreign minister"),
        ("Bartolo Fuentes", "HND", "former congressman"),
        ("Juan Orlando Hernández", "HND", "president")],
events=[
 ("MEX", "HND", "COERCE/ASSAULT", 1, "fired teargas and pepper spray to stop them entering the country", 0),
 ("HND", "MEX", "PROTEST/COERCE", 0, "tore down a border fence", 0),
 ("USA", "HND|GTM|SLV", "THREATEN", 1, "has threatened to cut off aid to Honduras, Guatemala and El Salvador", 0),
 ("USA", "MEX", "THREATEN", 1, "he would send the military and close the US southern border if Mexico did not act", 0),
 ("USA", "MEX", "CONSULT", 1, "met Mexican president Enrique Peña Nieto", 1),
 ("USA", "MEX", "SUPPORT", 1, "the US was grateful for Mexico's efforts", 0),
 ("MEX", "UNO", "REQUEST", 1, "Mexico has asked the UN refugee agency, UNHCR, to help it process asylum claims", 0),
 ("GTM", "HND", "COERCE", 1, "it had deported about 1,000 Hondurans", 0),
 ("GTM", "HND", "COERCE", 1, "Guatemalan police earlier this week arrested Bartolo Fuentes", 0),
 ("HND", "HND", "ACCUSE", 0, "accused by the Honduran government of organising the march", 0),
 ("HND", "HND", "REJECT", 0, "Fuentes denied the charge", 0),
 ("HND", "HND", "ACCUSE", 1, "accused political opponents of manipulating the migrants", 0),
 ("HND", "HND", "REQUEST", 0, "urged them to return home", 0),
 ("NGO", "MEX", "ACCUSE/REQUEST", 1, "Amnesty International said Mexico must respect the right of people to seek asylum", 0),
 ("MEX", "HND", "THREATEN", 0, "anyone who entered without documents would be deported", 0),
]))

ARTS.append(dict(
id="Z10", fmt="json",
meta=dict(date_publish="2017-12-26 18:40:00", authors=["Franklin Briceño"],
          url="https://apnews.com/article/peru-fujimori-pardon-protests",
          source_domain="apnews.com",
          description="Thousands marched in Lima after President Kuczynski pardoned ex-leader Alberto Fujimori."),
headline="Protesters clash with police in Lima after Peru's president pardons Fujimori",
body="""
LIMA, Peru (AP) — Police fired tear gas at thousands of protesters in Peru's capital on Monday as anger grew over President Pedro Pablo Kuczynski's decision to pardon former strongman Alberto Fujimori, who was serving a 25-year sentence for human rights abuses.

Demonstrators waving photos of victims of death squads that operated under Fujimori in the 1990s marched through central Lima chanting "traitor" at Kuczynski. Riot police blocked them from reaching the Justice Ministry and several people were injured in scuffles.

Kuczynski announced the medical pardon on Christmas Eve, saying the 79-year-old former president was seriously ill. The decision came just three days after Kuczynski narrowly survived an impeachment vote in Congress over payments his consulting firm received from the Brazilian construction company Odebrecht.

Critics accused the president of striking a deal with Fujimori's son, Kenji Fujimori, whose faction of lawmakers abstained and spared Kuczynski from removal. The government denied any such deal. "There was no negotiation," Prime Minister Mercedes Aráoz told reporters.

Two lawmakers from Kuczynski's own party quit in protest, and local media reported that several senior officials were considering resigning.

Relatives of victims of the Barrios Altos and La Cantuta massacres said they would ask the Inter-American Court of Human Rights to annul the pardon. Human Rights Watch called the decision "a vulgar political deal" and said it was an affront to the victims.

Fujimori, who remains in a Lima clinic, asked for forgiveness in a video posted on social media. "I am aware that the results of my government were well received by some, but I acknowledge that I have also disappointed other compatriots," he said.

Fujimori governed from 1990 to 2000, when he fled to Japan amid a corruption scandal. He was extradited from Chile in 2007 and convicted two years later.
""",
pub=("2017-12-25", "2017-12-26", "date_publish 26 Dec 2017; protests Monday 25 December 2017 after Christmas Eve pardon"),
people=[("Pedro Pablo Kuczynski", "PER", "President"),
        ("Alberto Fujimori", "PER", "former president"),
        ("Kenji Fujimori", "PER", "lawmaker, Fujimori's son"),
        ("Mercedes Aráoz", "PER", "Prime Minister")],
events=[
 ("PER", "PER", "COERCE/ASSAULT", 1, "Police fired tear gas at thousands of protesters", 0),
 ("PER", "PER", "PROTEST", 1, "marched through central Lima chanting \"traitor\" at Kuczynski", 0),
 ("PER", "PER", "COERCE", 0, "Riot police blocked them from reaching the Justice Ministry", 0),
 ("PER", "PER", "CONCEDE/AID", 1, "Kuczynski announced the medical pardon", 0),
 ("PER", "PER", "ACCUSE/SANCTION", 0, "narrowly survived an impeachment vote", 0),
 ("PER", "PER", "ACCUSE", 1, "Critics accused the president of striking a deal with Fujimori's son", 0),
 ("PER", "PER", "REJECT", 1, "The government denied any such deal", 0),
 ("PER", "PER", "PROTEST", 1, "Two lawmakers from Kuczynski's own party quit in protest", 0),
 ("PER", "IGO", "REQUEST", 1, "would ask the Inter-American Court of Human Rights to annul the pardon", 0),
 ("NGO", "PER", "ACCUSE", 1, "\"a vulgar political deal\"", 0),
 ("PER", "PER", "REQUEST/CONCEDE", 0, "asked for forgiveness in a video posted on social media", 0),
 ("CHL", "PER", "COOPERATE/COERCE", 0, "He was extradited from Chile in 2007", 0),
]))

ARTS.append(dict(
id="Z11", fmt="json",
meta=dict(date_publish="2018-01-09 07:30:00", authors=["Nick Miroff", "David Nakamura"],
          url="https://www.washingtonpost.com/world/national-security/trump-administration-ends-protected-status-salvadorans/2018/01/08/",
          source_domain="www.washingtonpost.com",
          description="About 200,000 Salvadorans living in the US since 2001 earthquakes must leave or find another legal status by September 2019."),
headline="Trump administration ends protected status for 200,000 Salvadorans",
body="""
The Trump administration said Monday that it will end a humanitarian program that has allowed about 200,000 Salvadorans to live and work legally in the United States since a pair of devastating earthquakes struck their country in 2001.

Homeland Security Secretary Kirstjen Nielsen concluded that the conditions that justified Temporary Protected Status for El Salvador "no longer exist," the department said in a statement. Salvadorans enrolled in the program will have until Sept. 9, 2019, to leave the country or obtain another legal status, or they will face deportation.

The decision is the largest of several moves by the administration to wind down TPS designations, after similar announcements affecting Haitians and Nicaraguans last year.

The government of El Salvador, which had lobbied Washington for months to extend the program, said it regretted the decision. Foreign Minister Hugo Martínez told reporters in San Salvador that his government would keep pressing Congress for a permanent solution and would help citizens who decided to return.

"We will not abandon our compatriots," Martínez said. President Salvador Sánchez Cerén said on Twitter that the government would open consular offices on weekends to assist Salvadorans in the United States.

Remittances from Salvadorans abroad account for about a fifth of El Salvador's economy, and officials in San Salvador warned that a wave of returnees could strain a country already struggling with gang violence.

Democrats and immigrant advocates condemned the move. Sen. Dick Durbin called it "heartless" and urged Republicans to pass legislation to protect the migrants. Several advocacy groups said they would challenge the decision in federal court.

White House officials said TPS was meant to be temporary and that it was up to Congress to decide whether to grant long-term residents a path to legal status. A senior official said El Salvador had received substantial international aid since the earthquakes.

The United States has also been pressing the government in San Salvador to do more to stem the flow of migrants and to cooperate on deportations of MS-13 gang members.
""",
pub=("2018-01-08", "2018-01-09", "date_publish 9 Jan 2018; announcement Monday 8 January 2018"),
people=[("Kirstjen Nielsen", "USA", "Homeland Security Secretary"),
        ("Hugo Martínez", "SLV", "Foreign Minister"),
        ("Salvador Sánchez Cerén", "SLV", "President"),
        ("Dick Durbin", "USA", "Senator")],
events=[
 ("USA", "SLV", "SANCTION/COERCE", 1, "it will end a humanitarian program", 0),
 ("USA", "SLV", "THREATEN", 1, "or they will face deportation", 0),
 ("USA", "HTI|NIC", "SANCTION/COERCE", 0, "similar announcements affecting Haitians and Nicaraguans last year", 0),
 ("SLV", "USA", "REQUEST", 1, "had lobbied Washington for months to extend the program", 0),
 ("SLV", "USA", "PROTEST", 1, "said it regretted the decision", 0),
 ("SLV", "USA", "REQUEST", 1, "would keep pressing Congress for a permanent solution", 0),
 ("SLV", "USA", "THREATEN/ACCUSE", 0, "a wave of returnees could strain a country", 0),
 ("USA", "USA", "ACCUSE/PROTEST", 1, "Sen. Dick Durbin called it \"heartless\"", 0),
 ("USA", "USA", "REQUEST", 0, "urged Republicans to pass legislation to protect the migrants", 0),
 ("USA", "USA", "PROTEST/ACCUSE", 0, "would challenge the decision in federal court", 0),
 ("USA", "SLV", "REJECT", 0, "TPS was meant to be temporary", 0),
 ("WST|IGO", "SLV", "AID", 0, "had received substantial international aid since the earthquakes", 0),
 ("USA", "SLV", "REQUEST", 1, "pressing the government in San Salvador to do more to stem the flow of migrants", 0),
]))

ARTS.append(dict(
id="Z12", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="Colombia suspends peace talks with ELN rebels after deadly police station bombings",
body="""
BOGOTA, Colombia — Colombian President Juan Manuel Santos suspended peace talks with the country's last active guerrilla group on Monday after a wave of bombings against police stations over the weekend killed seven officers and wounded dozens more.

Santos said in a televised address that he had ordered the government's chief negotiator, Gustavo Bell, to return from Quito, the Ecuadorean capital where talks with the National Liberation Army, or ELN, have been held for nearly a year.

"The people's patience, and mine, has run out," Santos said. "There is an inconsistency between the words of the ELN at the table and their actions." He said talks would not resume until the rebels showed a real commitment to peace.

The deadliest attack came on Saturday, when a bomb exploded in the courtyard of a police station in the Caribbean port city of Barranquilla as officers were gathering for roll call, killing five. Two more police died in attacks in the northern department of Bolívar.

The ELN claimed responsibility for the Barranquilla attack in a statement on Monday, saying it was a response to the "militarist" policy of the government. The group said it remained willing to negotiate and called for a new bilateral ceasefire.

A 101-day ceasefire between the two sides expired on Jan. 9, and the ELN immediately resumed attacks on oil pipelines and military posts. The government had sought an extension, but the rebels refused to commit to one.

The talks were launched after the government signed a landmark peace agreement with the larger Revolutionary Armed Forces of Colombia, or FARC, in 2016. Ecuador and Norway are among the guarantor countries of the ELN process.

Defense Minister Luis Carlos Villegas said the military had been ordered to step up operations against the group. The United Nations mission in Colombia condemned the bombings and called on the ELN to return to a ceasefire.
""",
pub=("2018-01-29", "2018-01-29", "Santos suspended talks Monday 29 January 2018 after Barranquilla bombing on Saturday 27 January"),
people=[("Juan Manuel Santos", "COL", "President"),
        ("Gustavo Bell", "COL", "chief negotiator"),
        ("Luis Carlos Villegas", "COL", "Defense Minister")],
events=[
 ("COL", "COL", "REJECT/SANCTION", 1, "suspended peace talks with the country's last active guerrilla group", 0),
 ("COL", "COL", "ASSAULT", 1, "a wave of bombings against police stations", 0),
 ("COL", "COL", "RETREAT/SANCTION", 0, "ordered the government's chief negotiator, Gustavo Bell, to return from Quito", 0),
 ("COL", "COL", "ACCUSE", 1, "There is an inconsistency between the words of the ELN at the table and their actions", 0),
 ("COL", "COL", "ASSAULT", 0, "a bomb exploded in the courtyard of a police station", 0),
 ("COL", "COL", "ACCUSE", 1, "a response to the \"militarist\" policy of the government", 0),
 ("COL", "COL", "REQUEST", 1, "called for a new bilateral ceasefire", 0),
 ("COL", "COL", "ASSAULT", 1, "the ELN immediately resumed attacks on oil pipelines and military posts", 0),
 ("COL", "COL", "REJECT", 1, "the rebels refused to commit to one", 0),
 ("COL", "COL", "REQUEST", 0, "The government had sought an extension", 0),
 ("COL", "COL", "MOBILIZE/ASSAULT", 1, "the military had been ordered to step up operations against the group", 0),
 ("UNO", "COL", "ACCUSE/PROTEST", 1, "condemned the bombings", 0),
 ("UNO", "COL", "REQUEST", 1, "called on the ELN to return to a ceasefire", 0),
 ("ECU", "COL", "COOPERATE/SUPPORT", 0, "Ecuador and Norway are among the guarantor countries", 0),
 ("NOR", "COL", "COOPERATE/SUPPORT", 0, "Ecuador and Norway are among the guarantor countries", 0),
]))

ARTS.append(dict(
id="Z13", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="UN chief apologises to Haitians for cholera epidemic",
body="""
UN Secretary-General Ban Ki-moon has apologised to the people of Haiti for the United Nations' role in a cholera epidemic that has killed more than 9,000 people, after six years of refusing to accept responsibility.

Speaking to the UN General Assembly in French, Haitian Creole and English on Thursday, Ban said the organisation "simply did not do enough with regard to the cholera outbreak and its spread in Haiti".

"On behalf of the United Nations, I want to say very clearly: we apologise to the Haitian people," he said. "We are profoundly sorry for our role."

The disease was introduced to Haiti in October 2010, months after a devastating earthquake, by Nepalese peacekeepers whose base leaked sewage into a tributary of the country's largest river, according to scientific studies. Nepal has never acknowledged that its troops were the source.

Ban stopped short of accepting legal liability. The UN continues to claim immunity from lawsuits brought on behalf of victims in US courts, and lawyers for the families said the apology was incomplete without compensation.

"The UN has finally admitted its moral responsibility, but words without money are not justice," said Brian Concannon, director of the Institute for Justice and Democracy in Haiti, which has led the legal fight.

Ban unveiled a $400m plan to fight the disease and to provide "material assistance" to the communities most affected. He appealed to member states to contribute, but only a fraction of the money has so far been pledged.

Haiti's ambassador to the UN welcomed the apology as an important step and said his government would work with the organisation to eliminate the disease.

Haiti, the poorest country in the Americas, is still struggling to recover from Hurricane Matthew, which struck in October and caused a fresh spike in cholera cases.
""",
pub=("2016-12-01", "2016-12-02", "Ban's General Assembly apology Thursday 1 December 2016"),
people=[("Ban Ki-moon", "UNO", "Secretary-General"),
        ("Brian Concannon", "USA", "director, Institute for Justice and Democracy in Haiti")],
events=[
 ("UNO", "HTI", "CONCEDE", 1, "has apologised to the people of Haiti", 0),
 ("UNO", "HTI", "CONCEDE", 0, "we apologise to the Haitian people", 0),
 ("UNO", "HTI", "REJECT", 0, "after six years of refusing to accept responsibility", 0),
 ("UNO", "HTI", "REJECT", 1, "Ban stopped short of accepting legal liability", 0),
 ("UNO", "HTI", "REJECT", 0, "continues to claim immunity from lawsuits", 0),
 ("NPL", "HTI", "REJECT", 1, "Nepal has never acknowledged that its troops were the source", 0),
 ("NGO|HTI", "UNO", "ACCUSE/PROTEST", 1, "the apology was incomplete without compensation", 0),
 ("NGO", "UNO", "ACCUSE", 0, "words without money are not justice", 0),
 ("UNO", "HTI", "AID", 1, "Ban unveiled a $400m plan to fight the disease", 0),
 ("UNO", "UNO", "REQUEST", 0, "He appealed to member states to contribute", 0),
 ("HTI", "UNO", "SUPPORT", 1, "welcomed the apology as an important step", 0),
 ("HTI", "UNO", "COOPERATE", 1, "would work with the organisation to eliminate the disease", 1),
]))

ARTS.append(dict(
id="Z14", fmt="txt",
headline="Ortega wins fourth straight term in Nicaragua vote critics call a 'sham'",
body="""
Nicaraguan President Daniel Ortega has won a fourth consecutive term in office, according to preliminary results, in an election held after his government jailed seven potential challengers and barred the main opposition parties from taking part.

The Supreme Electoral Council said on Monday that Ortega and his wife, Vice President Rosario Murillo, had won about 75 percent of the vote with most ballots counted. Turnout was put at 65 percent, a figure disputed by the independent monitoring group Urnas Abiertas, which estimated that more than 80 percent of voters had stayed at home.

United States President Joe Biden called Sunday's vote a "pantomime election that was neither free nor fair" and said Washington would use all diplomatic and economic tools to support the Nicaraguan people. The European Union's foreign policy chief, Josep Borrell, said the elections had "completed the conversion of Nicaragua into an autocratic regime".

Costa Rica, Chile and Peru also said they would not recognise the result.

In a speech on election night, Ortega lashed out at his critics, describing the jailed opposition figures as "sons of bitches of the Yankee imperialists" who had tried to overthrow his government during mass protests in 2018.

Among those detained in the months before the vote was Cristiana Chamorro, the daughter of former President Violeta Chamorro, who was seen as the strongest opposition candidate. She has been under house arrest since June on money-laundering charges she denies.

More than 300 people were killed when security forces and armed government supporters crushed the 2018 protests, according to the Inter-American Commission on Human Rights. Ortega has accused Washington of backing what he calls a failed coup attempt.

The US Congress last week passed a bill calling for new sanctions on Nicaraguan officials, and the Organization of American States is expected to discuss the election at its general assembly this week.

Russia, an ally of Managua, said it considered the vote legitimate and criticised Western interference.
""",
pub=("2021-11-08", "2021-11-08", "preliminary results Monday 8 November 2021 after Sunday 7 November vote"),
people=[("Daniel Ortega", "NIC", "President"),
        ("Rosario Murillo", "NIC", "Vice President"),
        ("Joe Biden", "USA", "President"),
        ("Josep Borrell", "EUR", "foreign policy chief"),
        ("Cristiana Chamorro", "NIC", "opposition figure"),
        ("Violeta Chamorro", "NIC", "former President")],
events=[
 ("NIC", "NIC", "COERCE", 1, "his government jailed seven potential challengers", 0),
 ("NIC", "NIC", "COERCE/SANCTION", 1, "barred the main opposition parties from taking part", 0),
 ("NIC", "NIC", "ACCUSE/REJECT", 0, "a figure disputed by the independent monitoring group Urnas Abiertas", 0),
 ("USA", "NIC", "ACCUSE", 1, "\"pantomime election that was neither free nor fair\"", 0),
 ("USA", "NIC", "THREATEN/SANCTION", 0, "would use all diplomatic and economic tools", 0),
 ("EUR", "NIC", "ACCUSE", 1, "completed the conversion of Nicaragua into an autocratic regime", 0),
 ("CRI", "NIC", "REJECT", 1, "Costa Rica, Chile and Peru also said they would not recognise the result", 0),
 ("CHL", "NIC", "REJECT", 1, "Costa Rica, Chile and Peru also said they would not recognise the result", 0),
 ("PER", "NIC", "REJECT", 1, "Costa Rica, Chile and Peru also said they would not recognise the result", 0),
 ("NIC", "NIC|USA", "ACCUSE", 1, "\"sons of bitches of the Yankee imperialists\"", 0),
 ("NIC", "NIC", "COERCE", 0, "She has been under house arrest since June", 0),
 ("NIC", "NIC", "ASSAULT", 0, "crushed the 2018 protests", 0),
 ("NIC", "USA", "ACCUSE", 1, "Ortega has accused Washington of backing what he calls a failed coup attempt", 0),
 ("USA", "NIC", "SANCTION/THREATEN", 0, "passed a bill calling for new sanctions on Nicaraguan officials", 0),
 ("RUS", "NIC", "SUPPORT", 1, "said it considered the vote legitimate", 0),
 ("RUS", "WST|USA", "ACCUSE", 1, "criticised Western interference", 0),
]))
