# Articles Z15..Z20. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="Z15", fmt="txt",
headline="El Salvador arrests thousands under emergency rule after gang killing spree",
body="""
Security forces in El Salvador have arrested more than 3,000 suspected gang members in less than a week under a state of emergency declared after a record wave of killings, as rights groups warned that the crackdown risked trampling basic freedoms.

The Legislative Assembly, controlled by allies of President Nayib Bukele, approved the 30-day state of exception in the early hours of Sunday, a day after 62 people were killed across the country in what authorities said was a coordinated campaign by the Mara Salvatrucha, or MS-13, gang.

The measure suspends the right of assembly, allows police to detain people for up to 15 days without charge and lets the authorities intercept communications without a court order.

Soldiers and police have set up checkpoints and surrounded poor neighbourhoods in San Salvador and other cities. Videos posted by the government show lines of young men, stripped to the waist, kneeling with their hands behind their heads.

Bukele, who enjoys high approval ratings, warned the gangs that imprisoned members would pay the price. "If they want to continue, the jailed gang members will not see a ray of sunlight," he wrote on Twitter, saying that prisoners' food rations had been cut and mattresses removed from cells.

On Wednesday, the assembly also approved penal reforms raising the maximum prison sentence for gang membership to 45 years.

Human Rights Watch said the measures gave the government "a blank cheque" and urged the authorities to respect due process. Amnesty International accused Bukele of using the emergency to silence critics and independent journalists.

Bukele rejected the criticism, accusing international organisations of defending "criminals" and saying they had never cared about the victims of gang violence.

Bukele's government has been accused by the United States of negotiating a secret truce with gang leaders to reduce the murder rate, an allegation it denies. In December, Washington imposed sanctions on two senior Salvadoran officials over the alleged talks.

The homicide rate in El Salvador had fallen sharply since Bukele took office in 2019, which his government credits to its security plan.
""",
pub=("2022-03-30", "2022-04-01", "state of exception approved Sunday 27 March 2022; penal reforms Wednesday 30 March"),
people=[("Nayib Bukele", "SLV", "President")],
events=[
 ("SLV", "SLV", "COERCE", 1, "have arrested more than 3,000 suspected gang members", 0),
 ("NGO", "SLV", "ACCUSE/PROTEST", 0, "rights groups warned that the crackdown risked trampling basic freedoms", 0),
 ("SLV", "SLV", "COERCE/MOBILIZE", 1, "approved the 30-day state of exception", 0),
 ("SLV", "SLV", "ASSAULT", 1, "62 people were killed across the country", 0),
 ("SLV", "SLV", "MOBILIZE/COERCE", 1, "Soldiers and police have set up checkpoints and surrounded poor neighbourhoods", 0),
 ("SLV", "SLV", "THREATEN", 1, "warned the gangs that imprisoned members would pay the price", 0),
 ("SLV", "SLV", "COERCE/SANCTION", 1, "prisoners' food rations had been cut", 0),
 ("NGO", "SLV", "ACCUSE", 1, "\"a blank cheque\"", 0),
 ("NGO", "SLV", "REQUEST", 0, "urged the authorities to respect due process", 0),
 ("NGO", "SLV", "ACCUSE", 1, "Amnesty International accused Bukele of using the emergency to silence critics", 0),
 ("SLV", "NGO|IGO", "REJECT/ACCUSE", 1, "accusing international organisations of defending \"criminals\"", 0),
 ("USA", "SLV", "ACCUSE", 1, "has been accused by the United States of negotiating a secret truce with gang leaders", 0),
 ("SLV", "USA", "REJECT", 0, "an allegation it denies", 0),
 ("USA", "SLV", "SANCTION", 1, "Washington imposed sanctions on two senior Salvadoran officials", 0),
]))

ARTS.append(dict(
id="Z16", fmt="json",
meta=dict(date_publish="2021-09-24 21:12:00", authors=["Al Jazeera Staff"],
          url="https://www.aljazeera.com/news/2021/9/24/us-envoy-to-haiti-resigns-over-inhumane-deportations",
          source_domain="www.aljazeera.com",
          description="Daniel Foote quits in protest at the expulsion of Haitian asylum seekers camped in Del Rio, Texas."),
headline="US envoy to Haiti quits over 'inhumane' deportations from Texas camp",
body="""
The United States special envoy to Haiti has resigned in protest against the Biden administration's mass expulsion of Haitian migrants from a makeshift camp on the US-Mexico border, calling the policy "inhumane" and "counterproductive".
In a letter to Secretary of State Antony Blinken, Daniel Foote said he would not be associated with the decision to send thousands of Haitians back to a country where officials are "confined to their homes because of the danger posed by armed gangs".
Foote, a career diplomat, was appointed in July after the assassination of President Jovenel Moise. He also criticised Washington for interfering in Haitian politics, saying US-backed leaders had been imposed on the country.
The State Department rejected his account. Spokesman Ned Price said Foote's proposals had been "harmful to our efforts to promote democracy in Haiti" and that it was "simply false" that they were ignored.
Nearly 15,000 people, most of them Haitians, had gathered under a bridge in the Texas border town of Del Rio last week after crossing the Rio Grande from Mexico. Since Sunday, the US has flown more than 2,000 of them to Port-au-Prince and Cap-Haitien under a public health order known as Title 42, which allows border agents to expel migrants without hearing their asylum claims.
Images of Border Patrol agents on horseback charging at migrants and swinging their reins drew outrage. President Joe Biden said on Friday the agents would "pay" for their actions and that an investigation was under way.
Haiti's government has asked Washington to halt the flights, saying the country cannot absorb the returnees after a magnitude 7.2 earthquake killed more than 2,000 people in August. Prime Minister Ariel Henry said Haiti would receive its citizens "with dignity" but urged "a humanitarian moratorium".
Mexico, meanwhile, has begun moving migrants away from the border town of Ciudad Acuna and flying some of them to the southern city of Tapachula. Mexican officials said they were in talks with Haiti about sending people back directly.
The UN refugee agency and UNICEF warned that the expulsions could violate international law, and urged the US to allow migrants to seek protection.
""",
pub=("2021-09-23", "2021-09-24", "date_publish 24 Sep 2021; Foote's resignation letter 22-23 September 2021"),
people=[("Antony Blinken", "USA", "Secretary of State"),
        ("Daniel Foote", "USA", "special envoy to Haiti"),
        ("Jovenel Moise", "HTI", "President (assassinated)"),
        ("Ned Price", "USA", "State Department spokesman"),
        ("Joe Biden", "USA", "President"),
        ("Ariel Henry", "HTI", "Prime Minister")],
events=[
 ("USA", "HTI", "COERCE", 1, "mass expulsion of Haitian migrants", 0),
 ("USA", "USA", "PROTEST/ACCUSE", 1, "has resigned in protest", 0),
 ("USA", "USA", "ACCUSE", 0, "calling the policy \"inhumane\" and \"counterproductive\"", 0),
 ("USA", "HTI", "ACCUSE", 0, "criticised Washington for interfering in Haitian politics", 0),
 ("USA", "USA", "REJECT", 1, "The State Department rejected his account", 0),
 ("USA", "USA", "ACCUSE", 0, "\"harmful to our efforts to promote democracy in Haiti\"", 0),
 ("USA", "HTI", "COERCE", 1, "the US has flown more than 2,000 of them to Port-au-Prince and Cap-Haitien", 0),
 ("USA", "HTI", "ASSAULT/COERCE", 1, "Border Patrol agents on horseback charging at migrants", 0),
 ("USA", "USA", "THREATEN", 0, "the agents would \"pay\" for their actions", 0),
 ("HTI", "USA", "REQUEST", 1, "Haiti's government has asked Washington to halt the flights", 0),
 ("HTI", "USA", "REQUEST", 0, "urged \"a humanitarian moratorium\"", 0),
 ("HTI", "USA", "COOPERATE/CONCEDE", 0, "Haiti would receive its citizens \"with dignity\"", 0),
 ("MEX", "HTI", "COERCE", 1, "has begun moving migrants away from the border town of Ciudad Acuna", 0),
 ("MEX", "HTI", "CONSULT", 1, "they were in talks with Haiti about sending people back directly", 1),
 ("UNO", "USA", "ACCUSE/THREATEN", 1, "warned that the expulsions could violate international law", 0),
 ("UNO", "USA", "REQUEST", 1, "urged the US to allow migrants to seek protection", 0),
]))

ARTS.append(dict(
id="Z17", fmt="json",
meta=dict(date_publish="2022-09-26 19:05:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2022/9/26/colombia-venezuela-reopen-border-to-trade",
          source_domain="www.aljazeera.com",
          description="Trucks crossed the Simon Bolivar bridge as Petro and Maduro's governments restored commercial ties."),
headline="Colombia and Venezuela reopen border to trade after seven years",
body="""
Colombia and Venezuela have reopened their shared border to commercial traffic for the first time since 2015, as the neighbours move to mend relations that collapsed under Colombia's previous right-wing governments.
Trucks carrying goods rolled across the Simon Bolivar International Bridge between the Colombian city of Cucuta and the Venezuelan town of San Antonio del Tachira on Monday, cheered by crowds waving the flags of both countries.
Colombian President Gustavo Petro, who took office in August as the country's first leftist leader, attended the ceremony on the bridge. "Today we are not opening a border, we are opening a relationship between two peoples who are one," he said.
Venezuelan President Nicolas Maduro did not attend, with officials citing security concerns, and sent Transport Minister Ramon Velasquez instead. Maduro said on state television that the reopening marked "a new era of brotherhood".
Venezuela closed the border in 2015, accusing Colombian smugglers and paramilitaries of attacking its troops. Relations broke down entirely in 2019, when Colombia's then-president, Ivan Duque, recognised opposition leader Juan Guaido as Venezuela's interim president and Maduro cut diplomatic ties.
Since then, an estimated 2.5 million Venezuelans fleeing economic collapse have settled in Colombia, many crossing through illegal trails controlled by armed groups.
The two governments restored diplomatic relations in August, when Armando Benedetti presented his credentials as Colombia's ambassador in Caracas. Venezuela sent former foreign minister Felix Plasencia to Bogota.
Petro has also said he will seek Venezuela's help in peace talks with the National Liberation Army (ELN) rebel group, and Maduro has offered to act as a guarantor. Caracas has long been accused by Bogota of sheltering ELN commanders, a charge it denies.
Business groups expect trade between the two countries to rise to $1.2bn this year. Critics in Colombia, however, warned that the rapprochement could legitimise Maduro's government, which the United States still does not recognise.
""",
pub=("2022-09-26", "2022-09-26", "border reopened Monday 26 September 2022; date_publish same day"),
people=[("Gustavo Petro", "COL", "President"),
        ("Nicolas Maduro", "VEN", "President"),
        ("Ramon Velasquez", "VEN", "Transport Minister"),
        ("Ivan Duque", "COL", "former president"),
        ("Juan Guaido", "VEN", "opposition leader"),
        ("Armando Benedetti", "COL", "ambassador to Venezuela"),
        ("Felix Plasencia", "VEN", "former foreign minister, ambassador to Colombia")],
events=[
 ("COL", "VEN", "COOPERATE/AGREE/CONCEDE", 1, "have reopened their shared border to commercial traffic", 1),
 ("VEN", "COL", "SUPPORT", 1, "\"a new era of brotherhood\"", 0),
 ("COL", "VEN", "SUPPORT", 0, "we are opening a relationship between two peoples who are one", 0),
 ("VEN", "COL", "SANCTION/COERCE", 0, "Venezuela closed the border in 2015", 0),
 ("VEN", "COL", "ACCUSE", 0, "accusing Colombian smugglers and paramilitaries of attacking its troops", 0),
 ("COL", "VEN", "SUPPORT", 0, "recognised opposition leader Juan Guaido as Venezuela's interim president", 0),
 ("VEN", "COL", "SANCTION", 0, "Maduro cut diplomatic ties", 0),
 ("COL", "VEN", "AGREE/COOPERATE", 1, "The two governments restored diplomatic relations in August", 1),
 ("COL", "VEN", "COOPERATE", 0, "Armando Benedetti presented his credentials", 0),
 ("VEN", "COL", "COOPERATE", 0, "Venezuela sent former foreign minister Felix Plasencia to Bogota", 0),
 ("COL", "VEN", "REQUEST", 1, "he will seek Venezuela's help in peace talks", 0),
 ("VEN", "COL", "SUPPORT/AID/COOPERATE", 1, "Maduro has offered to act as a guarantor", 0),
 ("COL", "VEN", "ACCUSE", 1, "Caracas has long been accused by Bogota of sheltering ELN commanders", 0),
 ("VEN", "COL", "REJECT", 1, "a charge it denies", 0),
 ("COL", "COL", "CONSULT", 0, "peace talks with the National Liberation Army (ELN) rebel group", 1),
 ("USA", "VEN", "REJECT/SANCTION", 0, "which the United States still does not recognise", 0),
]))

ARTS.append(dict(
id="Z18", fmt="json",
meta=dict(date_publish="2022-11-01 23:40:00", authors=["Al Jazeera Staff"],
          url="https://www.aljazeera.com/news/2022/11/1/bolsonaro-breaks-silence-after-lula-victory",
          source_domain="www.aljazeera.com",
          description="Brazil's outgoing president did not concede but authorised the transition as truckers blocked highways."),
headline="Bolsonaro breaks silence but does not concede as supporters block Brazil's roads",
body="""
Brazilian President Jair Bolsonaro has broken nearly two days of silence after his election defeat to Luiz Inacio Lula da Silva, but stopped short of conceding, as his supporters blocked hundreds of highways across the country demanding that the military intervene.
In a brief statement at his official residence in Brasilia on Tuesday, Bolsonaro thanked the 58 million people who voted for him and said the protests were "the fruit of indignation and a sense of injustice" over how the election was conducted. He did not mention Lula by name.
His chief of staff, Ciro Nogueira, then told reporters that the president had authorised him to begin the transition of power to the incoming government.
Lula, a former two-term president, won Sunday's runoff with 50.9 percent of the vote, the closest result since Brazil returned to democracy in 1985.
Truck drivers and other Bolsonaro supporters set up more than 250 roadblocks, snarling traffic and disrupting fuel supplies. Supreme Court Justice Alexandre de Moraes ordered the federal highway police to clear the roads "immediately", threatening the force's director with fines and arrest if he failed to act. Police began removing the blockades on Tuesday, sometimes using tear gas.
Bolsonaro later urged the protesters to clear the roads, saying that blocking them was a tactic of the left, but he encouraged other forms of demonstration.
World leaders were quick to congratulate Lula. US President Joe Biden said the election was "free, fair and credible", while French President Emmanuel Macron and Chinese President Xi Jinping also sent messages of support. Argentina's President Alberto Fernandez flew to Sao Paulo on Monday to meet the president-elect.
During the campaign, Bolsonaro repeatedly accused the electoral authorities of bias and questioned the reliability of Brazil's electronic voting system, without offering evidence.
Lula, who will take office on January 1, has promised to unite a deeply divided country and to halt the destruction of the Amazon rainforest.
""",
pub=("2022-11-01", "2022-11-01", "Bolsonaro statement Tuesday 1 November 2022; date_publish same day"),
people=[("Jair Bolsonaro", "BRA", "President"),
        ("Luiz Inacio Lula da Silva", "BRA", "president-elect, former president"),
        ("Ciro Nogueira", "BRA", "chief of staff"),
        ("Alexandre de Moraes", "BRA", "Supreme Court Justice"),
        ("Joe Biden", "USA", "President"),
        ("Emmanuel Macron", "FRA", "President"),
        ("Xi Jinping", "CHN", "President"),
        ("Alberto Fernandez", "ARG", "President")],
events=[
 ("BRA", "BRA", "REJECT", 1, "stopped short of conceding", 0),
 ("BRA", "BRA", "PROTEST", 1, "his supporters blocked hundreds of highways", 0),
 ("BRA", "BRA", "REQUEST", 0, "demanding that the military intervene", 0),
 ("BRA", "BRA", "CONCEDE/AGREE", 1, "authorised him to begin the transition of power", 0),
 ("BRA", "BRA", "COERCE/REQUEST", 1, "ordered the federal highway police to clear the roads", 0),
 ("BRA", "BRA", "THREATEN", 1, "threatening the force's director with fines and arrest", 0),
 ("BRA", "BRA", "COERCE", 1, "Police began removing the blockades on Tuesday, sometimes using tear gas", 0),
 ("BRA", "BRA", "REQUEST", 0, "Bolsonaro later urged the protesters to clear the roads", 0),
 ("USA", "BRA", "SUPPORT", 1, "said the election was \"free, fair and credible\"", 0),
 ("FRA", "BRA", "SUPPORT", 1, "French President Emmanuel Macron and Chinese President Xi Jinping also sent messages of support", 0),
 ("CHN", "BRA", "SUPPORT", 1, "French President Emmanuel Macron and Chinese President Xi Jinping also sent messages of support", 0),
 ("ARG", "BRA", "CONSULT", 1, "flew to Sao Paulo on Monday to meet the president-elect", 0),
 ("BRA", "BRA", "ACCUSE", 0, "repeatedly accused the electoral authorities of bias", 0),
 ("WST|USA|FRA|CHN", "BRA", "SUPPORT", 0, "World leaders were quick to congratulate Lula", 0),
]))

ARTS.append(dict(
id="Z19", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="Mexico's Lopez Obrador to skip Summit of the Americas over exclusions",
body="""
Mexican President Andres Manuel Lopez Obrador has said he will not attend the Summit of the Americas in Los Angeles this week because the United States refused to invite the leaders of Cuba, Venezuela and Nicaragua.

"There cannot be a summit of the Americas if all the countries of the American continent do not take part," Lopez Obrador told his daily news conference on Monday. "I am not going because not all of the Americas are invited."

Foreign Minister Marcelo Ebrard will lead Mexico's delegation instead, he said.

The decision, which came after weeks of public pressure from Mexico on Washington, is a blow to US President Joe Biden, who had hoped to use the gathering to rally the region behind plans to manage migration and boost economic recovery after the pandemic.

The White House confirmed on Monday that it had not invited the three governments, citing concerns over their lack of democracy and their human rights records. "We do not believe that dictators should be invited," White House Press Secretary Karine Jean-Pierre told reporters.

The leaders of Honduras, Guatemala and El Salvador have also said they will stay away, for various reasons, and Bolivian President Luis Arce announced he would boycott the meeting in solidarity with the excluded countries.

Cuba's President Miguel Diaz-Canel thanked Lopez Obrador for his stand, accusing Washington of treating the summit as if it owned the hemisphere. Venezuela's foreign ministry denounced the exclusion as "discriminatory".

Lopez Obrador said he would travel to Washington in July to meet Biden, and insisted that relations with the US remained good.

The summit, first held in Miami in 1994, is hosted by the United States for the first time since then. The last edition, in Peru in 2018, was also marked by absences, including that of then-President Donald Trump.

Analysts said the boycott reflected the waning influence of the US in a region increasingly courted by China.
""",
pub=("2022-06-06", "2022-06-07", "Lopez Obrador announcement Monday 6 June 2022"),
people=[("Andres Manuel Lopez Obrador", "MEX", "President"),
        ("Marcelo Ebrard", "MEX", "Foreign Minister"),
        ("Joe Biden", "USA", "President"),
        ("Karine Jean-Pierre", "USA", "White House Press Secretary"),
        ("Luis Arce", "BOL", "President"),
        ("Miguel Diaz-Canel", "CUB", "President"),
        ("Donald Trump", "USA", "former President")],
events=[
 ("MEX", "USA", "REJECT/PROTEST", 1, "he will not attend the Summit of the Americas", 0),
 ("USA", "CUB", "REJECT/SANCTION", 1, "the United States refused to invite the leaders of Cuba, Venezuela and Nicaragua", 0),
 ("USA", "VEN", "REJECT/SANCTION", 1, "the United States refused to invite the leaders of Cuba, Venezuela and Nicaragua", 0),
 ("USA", "NIC", "REJECT/SANCTION", 1, "the United States refused to invite the leaders of Cuba, Venezuela and Nicaragua", 0),
 ("MEX", "USA", "REQUEST", 0, "weeks of public pressure from Mexico on Washington", 0),
 ("USA", "CUB|VEN|NIC", "ACCUSE", 1, "\"We do not believe that dictators should be invited,\"", 0),
 ("HND|GTM|SLV", "USA", "REJECT", 0, "have also said they will stay away", 0),
 ("BOL", "USA", "REJECT/PROTEST", 1, "announced he would boycott the meeting in solidarity with the excluded countries", 0),
 ("CUB", "MEX", "SUPPORT", 1, "thanked Lopez Obrador for his stand", 0),
 ("CUB", "USA", "ACCUSE", 1, "accusing Washington of treating the summit as if it owned the hemisphere", 0),
 ("VEN", "USA", "ACCUSE/PROTEST", 1, "denounced the exclusion as \"discriminatory\"", 0),
 ("MEX", "USA", "CONSULT", 1, "he would travel to Washington in July to meet Biden", 0),
 ("MEX", "USA", "SUPPORT", 0, "insisted that relations with the US remained good", 0),
]))

ARTS.append(dict(
id="Z20", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Honduras extradites ex-President Hernandez to US on drug charges",
body="""
Former Honduran President Juan Orlando Hernandez has been extradited to the United States to face drug trafficking and weapons charges, less than three months after leaving office.
Hernandez, wearing a bulletproof vest and with his hands and feet in chains, was handed over to agents of the US Drug Enforcement Administration on Thursday at an air force base in Tegucigalpa and put on a plane to New York.
US prosecutors accuse him of taking millions of dollars in bribes from drug cartels, including from Mexican kingpin Joaquin "El Chapo" Guzman, in exchange for protecting cocaine shipments bound for the United States. They say he turned Honduras into a "narco-state".
Hernandez, who governed from 2014 until January this year, denies the charges and says he is the victim of revenge by traffickers he had extradited while in office. "I am innocent, and I will prove it," he said in a video recorded before his transfer.
He was arrested at his home in February, weeks after Xiomara Castro was sworn in as president, when Washington requested his extradition. The Supreme Court rejected his appeal last month.
His brother, former congressman Juan Antonio "Tony" Hernandez, was sentenced to life in prison by a New York court last year for drug trafficking.
The US State Department had already placed Hernandez on a list of corrupt officials and barred him from entering the country. Washington had for years regarded him as a key ally in the fight against drugs and migration.
US Attorney General Merrick Garland said the extradition showed that the Justice Department would pursue drug traffickers "no matter who they are".
Castro's government said the extradition showed that nobody in Honduras was above the law. Supporters of Hernandez's National Party gathered outside the base, shouting that the country had surrendered its sovereignty.
Hernandez is the first former Honduran head of state to be extradited to face charges in the US.
""",
pub=("2022-04-21", "2022-04-22", "extradition Thursday 21 April 2022"),
people=[("Juan Orlando Hernandez", "HND", "former President"),
        ("Joaquin \"El Chapo\" Guzman", "MEX", "drug kingpin"),
        ("Xiomara Castro", "HND", "President"),
        ("Juan Antonio \"Tony\" Hernandez", "HND", "former congressman"),
        ("Merrick Garland", "USA", "Attorney General")],
events=[
 ("HND", "USA", "COOPERATE/CONCEDE", 1, "has been extradited to the United States", 0),
 ("HND", "USA", "COOPERATE", 0, "was handed over to agents of the US Drug Enforcement Administration", 0),
 ("USA", "HND", "ACCUSE", 1, "US prosecutors accuse him of taking millions of dollars in bribes", 0),
 ("USA", "HND", "ACCUSE", 1, "\"narco-state\"", 0),
 ("HND", "USA", "REJECT", 1, "denies the charges", 0),
 ("HND", "MEX", "ACCUSE", 0, "he is the victim of revenge by traffickers", 0),
 ("HND", "HND", "COERCE", 1, "He was arrested at his home in February", 0),
 ("USA", "HND", "REQUEST", 1, "Washington requested his extradition", 0),
 ("HND", "HND", "REJECT", 1, "The Supreme Court rejected his appeal", 0),
 ("USA", "HND", "COERCE/SANCTION", 0, "was sentenced to life in prison by a New York court", 0),
 ("USA", "HND", "SANCTION", 1, "barred him from entering the country", 0),
 ("USA", "HND", "COOPERATE/SUPPORT", 0, "regarded him as a key ally in the fight against drugs and migration", 0),
 ("USA", "HND", "THREATEN", 0, "would pursue drug traffickers \"no matter who they are\"", 0),
 ("HND", "HND", "PROTEST", 1, "Supporters of Hernandez's National Party gathered outside the base", 0),
 ("HND", "HND|USA", "ACCUSE", 0, "shouting that the country had surrendered its sovereignty", 0),
]))
