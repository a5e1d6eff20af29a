# Reuters wire 1987-1989 (Q1..Q6)
from common import E, P

ARTS = []

ARTS.append(dict(
id="Q1", era="reuters", fmt="txt",
headline="INDIAN PLANES DROP FOOD OVER JAFFNA DESPITE SRI LANKAN PROTEST",
date="1987-06-04", why="dateline 'June 4' of a 1987 Reuters story",
text="""NEW DELHI, June 4 - Five Indian air force transport planes, escorted by Mirage fighters, dropped about 25 tonnes of food and medicine over Sri Lanka's besieged Jaffna peninsula today, hours after Colombo warned New Delhi that such a flight would violate its sovereignty.

Indian officials said the Antonov aircraft flew over the northern peninsula for about 20 minutes and returned safely to Bangalore. They said the supplies were meant for Tamil civilians cut off by a week-long army offensive against separatist guerrillas.

In Colombo, Sri Lankan Foreign Minister Shahul Hameed summoned Indian High Commissioner J.N. Dixit and handed him a strongly worded protest note, a government spokesman said. "This is a naked violation of our independence and territorial integrity," the note said.

Minister of State for External Affairs K. Natwar Singh told reporters in New Delhi that India had informed Colombo of the mission in advance and had no intention of interfering in its internal affairs. "It is a purely humanitarian act. We will not stand by while innocent Tamils starve," he said.

Yesterday a flotilla of Indian fishing boats carrying relief supplies turned back after Sri Lankan navy ships intercepted it in the Palk Strait.

Sri Lankan troops launched the offensive, code-named Operation Liberation, on May 26 in the Vadamarachchi region, driving guerrillas of the Liberation Tigers of Tamil Eelam out of several coastal towns. Military officials in Colombo said more than 200 guerrillas had been killed.

The Tigers accused the army of shelling and bombing civilian areas, a charge the government denied.

President Junius Jayewardene has vowed to crush the rebels, who are fighting for a separate Tamil state in the north and east of the island. Prime Minister Rajiv Gandhi has repeatedly urged Colombo to halt the offensive and resume negotiations with the Tamil groups.

Western diplomats in Colombo said Sri Lanka, with a small air force, could do little more than protest. A Sri Lankan official said the government would raise the matter at the United Nations.

Reuter""",
people=[P("Shahul Hameed","LKA","Foreign Minister"), P("J.N. Dixit","IND","High Commissioner"),
        P("K. Natwar Singh","IND","Minister of State for External Affairs"),
        P("Junius Jayewardene","LKA","President"), P("Rajiv Gandhi","IND","Prime Minister")],
events=[
 E("IND","LKA","AID COERCE",1,"dropped about 25 tonnes of food and medicine over Sri Lanka's besieged Jaffna peninsula"),
 E("LKA","IND","THREATEN ACCUSE PROTEST",1,"Colombo warned New Delhi that such a flight would violate its sovereignty"),
 E("LKA","IND","PROTEST ACCUSE",1,"handed him a strongly worded protest note"),
 E("LKA","IND","CONSULT PROTEST",0,"summoned Indian High Commissioner J.N. Dixit"),
 E("LKA","IND","ACCUSE",0,"This is a naked violation of our independence and territorial integrity"),
 E("IND","LKA","CONSULT",0,"India had informed Colombo of the mission in advance"),
 E("IND","LKA","REJECT",0,"had no intention of interfering in its internal affairs"),
 E("IND","LKA","THREATEN ACCUSE",0,"We will not stand by while innocent Tamils starve"),
 E("LKA","IND","COERCE REJECT",1,"Sri Lankan navy ships intercepted it in the Palk Strait"),
 E("LKA","LKA","ASSAULT",1,"Sri Lankan troops launched the offensive"),
 E("LKA","LKA","ASSAULT",0,"more than 200 guerrillas had been killed"),
 E("LKA","LKA","ACCUSE",1,"The Tigers accused the army of shelling and bombing civilian areas"),
 E("LKA","LKA","REJECT",0,"a charge the government denied"),
 E("LKA","LKA","THREATEN",1,"vowed to crush the rebels"),
 E("IND","LKA","REQUEST",1,"urged Colombo to halt the offensive and resume negotiations"),
 E("LKA",["UNO","IND"],"REQUEST ACCUSE CONSULT",0,"the government would raise the matter at the United Nations"),
]))

ARTS.append(dict(
id="Q2", era="reuters", fmt="txt",
headline="BURKINA FASO'S SANKARA KILLED IN COUP, COMPAORE TAKES POWER",
date="1987-10-16", why="dateline 'Oct 16' of a 1987 Reuters story",
text="""ABIDJAN, Oct 16 - Burkina Faso's President Thomas Sankara was killed yesterday in a coup led by his closest comrade, Captain Blaise Compaore, who announced on state radio that he had taken power at the head of a "Popular Front", according to broadcasts monitored here.

The radio said Sankara, 37, had been removed for betraying the revolution he launched four years ago and for trying to isolate his fellow leaders. It accused him of steering the country towards "autocracy".

Western diplomats reached by telephone in Ouagadougou said heavy gunfire broke out in the late afternoon near the headquarters of the ruling National Council of the Revolution, where Sankara was meeting advisers. Residents said at least a dozen people were killed with him.

The new authorities closed the borders and Ouagadougou airport and imposed a dusk-to-dawn curfew. Troops loyal to Compaore patrolled the streets of the capital today, and soldiers were posted outside the radio station and government ministries.

Compaore, 36, the minister of state for justice, had been regarded as the number two of the regime. The radio said he would not seek revenge against Sankara's supporters but warned that any resistance would be put down.

An army unit at Koudougou, about 100 km west of the capital, commanded by Captain Boukary Kabore, was reported to be refusing to recognise the new government, diplomats said.

Sankara, a former paratroop captain, seized power in August 1983 and later renamed the country, formerly Upper Volta. His blunt criticism of France and of Western aid donors irritated Paris, and relations with neighbouring Ivory Coast had been cool.

In Paris, a French foreign ministry spokesman said France was following events closely and would not comment on what he called an internal affair.

Neighbouring Ghana, whose leader Jerry Rawlings was a close friend of Sankara, condemned the killing and declared a week of national mourning. Ghanaian radio said Rawlings was sending an envoy to Ouagadougou to seek explanations from the new leaders.

Reuter""",
people=[P("Thomas Sankara","BFA","President"), P("Blaise Compaore","BFA","Captain, minister of state for justice"),
        P("Boukary Kabore","BFA","Captain, army unit commander at Koudougou"), P("Jerry Rawlings","GHA","leader of Ghana")],
events=[
 E("BFA","BFA","ASSAULT COERCE",1,"was killed yesterday in a coup led by his closest comrade"),
 E("BFA","BFA","ACCUSE",1,"had been removed for betraying the revolution"),
 E("BFA","BFA","ACCUSE",0,"It accused him of steering the country towards"),
 E("BFA","BFA","ASSAULT",0,"heavy gunfire broke out in the late afternoon"),
 E("BFA","BFA","COERCE",1,"imposed a dusk-to-dawn curfew"),
 E("BFA","BFA","COERCE SANCTION",0,"The new authorities closed the borders and Ouagadougou airport"),
 E("BFA","BFA","MOBILIZE COERCE",1,"Troops loyal to Compaore patrolled the streets of the capital"),
 E("BFA","BFA","CONCEDE AGREE",0,"he would not seek revenge against Sankara's supporters"),
 E("BFA","BFA","THREATEN",1,"warned that any resistance would be put down"),
 E("BFA","BFA","REJECT",1,"was reported to be refusing to recognise the new government"),
 E("BFA","BFA","COERCE",0,"seized power in August 1983"),
 E("BFA","FRA","ACCUSE",0,"His blunt criticism of France"),
 E("GHA","BFA","ACCUSE PROTEST",1,"condemned the killing"),
 E("GHA","BFA","CONSULT REQUEST",1,"Rawlings was sending an envoy to Ouagadougou to seek explanations"),
]))

ARTS.append(dict(
id="Q3", era="reuters", fmt="json",
headline="IRAQ APOLOGISES FOR STARK ATTACK, U.S. DEMANDS COMPENSATION",
date="1987-05-18", why="dateline 'May 18' of a 1987 Reuters story; date_publish 1987-05-18",
meta=dict(date_publish="1987-05-18 19:04:00", authors=[], url=None, source_domain="reuters.com",
          description="Iraq apologised for a missile strike on the U.S. frigate Stark that killed at least 28 sailors; Washington demanded compensation."),
text="""WASHINGTON, May 18 - Iraq apologised today for a missile attack by one of its warplanes on the U.S. frigate Stark in the Gulf that killed at least 28 American sailors, saying the pilot had mistaken the ship for an Iranian target.

President Reagan said Iraqi President Saddam Hussein had sent a message expressing regret, but the White House said Washington would demand full compensation and a detailed explanation. "We have told Baghdad that an apology alone is not enough," spokesman Marlin Fitzwater told reporters.

The Stark was hit late yesterday by two Exocet missiles fired from an Iraqi Mirage F-1 jet about 85 miles northeast of Bahrain. The guided missile frigate, on patrol in international waters, caught fire and was towed towards Bahrain.

Pentagon officials said the ship's crew did not fire on the aircraft, although it was tracked on radar. The frigate had radioed two warnings to the jet, they said.

Reagan, speaking to reporters at the White House, blamed Iran for the tension in the Gulf, calling it "the real villain in the piece", and said U.S. warships would remain in the waterway. "We will not be driven out," he said.

Iraqi Ambassador Nizar Hamdoon was called to the State Department, where he expressed his government's condolences, officials said. Baghdad has promised to cooperate with a U.S. investigation, they added.

The attack came as the Reagan administration weighed Kuwait's request to put its oil tankers under the U.S. flag to protect them from Iranian attacks. Iraq and Iran have been at war since 1980 and both sides have attacked shipping in the Gulf.

Congressional leaders questioned whether the navy's rules of engagement were adequate, and several senators called for hearings.

In Tehran, the official news agency IRNA said the incident proved the U.S. presence in the Gulf was dangerous and called on Washington to withdraw its fleet.

Reuter""",
people=[P("Reagan","USA","President"), P("Saddam Hussein","IRQ","President"),
        P("Marlin Fitzwater","USA","White House spokesman"), P("Nizar Hamdoon","IRQ","Ambassador")],
events=[
 E("IRQ","USA","ASSAULT",1,"a missile attack by one of its warplanes on the U.S. frigate Stark"),
 E("IRQ","USA","CONCEDE SUPPORT AGREE",1,"Iraq apologised today"),
 E("IRQ","USA","CONCEDE CONSULT SUPPORT",0,"had sent a message expressing regret"),
 E("USA","IRQ","REQUEST",1,"would demand full compensation and a detailed explanation"),
 E("USA","IRQ","REJECT",0,"an apology alone is not enough"),
 E("IRQ","USA","ASSAULT",0,"hit late yesterday by two Exocet missiles"),
 E("USA","IRQ","THREATEN CONSULT",0,"The frigate had radioed two warnings to the jet"),
 E("USA","IRN","ACCUSE",1,"blamed Iran for the tension in the Gulf"),
 E("USA","IRN","REJECT THREATEN MOBILIZE",0,"We will not be driven out"),
 E("IRQ","USA","CONSULT PROTEST",1,"Iraqi Ambassador Nizar Hamdoon was called to the State Department",sym=True),
 E("IRQ","USA","SUPPORT",0,"expressed his government's condolences"),
 E("IRQ","USA","AGREE COOPERATE",1,"Baghdad has promised to cooperate with a U.S. investigation"),
 E("KWT","USA","REQUEST",1,"Kuwait's request to put its oil tankers under the U.S. flag"),
 E("IRQ","IRN","ASSAULT",0,"Iraq and Iran have been at war since 1980",sym=True),
 E("IRN","USA","ACCUSE",0,"the incident proved the U.S. presence in the Gulf was dangerous"),
 E("IRN","USA","REQUEST",1,"called on Washington to withdraw its fleet"),
]))

ARTS.append(dict(
id="Q4", era="reuters", fmt="json",
headline="SAUDI ARABIA SEVERS DIPLOMATIC RELATIONS WITH IRAN",
date="1988-04-26", why="dateline 'April 26' of a 1988 Reuters story (no date_publish)",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Saudi Arabia broke off relations with Iran, citing the 1987 Mecca riot and attacks on Gulf shipping."),
text="""RIYADH, April 26 - Saudi Arabia broke off diplomatic relations with Iran today, citing last year's bloody riot by Iranian pilgrims in Mecca and Iranian attacks on Gulf shipping, the official Saudi Press Agency said.

King Fahd's government gave Iranian diplomats one week to leave the kingdom, the agency said. A statement from the royal court accused Tehran of "hostile acts" and of repeated threats against the security of the holy places.

Iran's embassy in Riyadh has been run by a charge d'affaires since the Mecca clashes last July, in which more than 400 people, most of them Iranian pilgrims, died. Saudi Arabia blamed the violence on Iranian demonstrators, while Iran accused Saudi police of massacring unarmed worshippers.

Tehran Radio reacted within hours, saying the Saudi decision had been dictated by Washington. Iran's Foreign Ministry said in a statement that Riyadh had "bowed to the will of America" and that Iran would not be deterred from sending pilgrims to Mecca this summer.

The kingdom has also cut the number of Iranian pilgrims it will admit this year to 45,000 under a new quota system, which Tehran has rejected.

Gulf diplomats said the break had been expected since Iranian mobs ransacked the Saudi embassy in Tehran last summer and a Saudi diplomat died of his wounds. Saudi Arabia withdrew most of its staff from Tehran at the time.

The move follows a clash last week in which U.S. forces destroyed two Iranian oil platforms and sank Iranian warships in the Gulf.

Kuwait and Bahrain said they supported the Saudi decision, the Saudi agency reported.

Saudi Foreign Minister Prince Saud al-Faisal told reporters that Riyadh would restore relations only if Tehran changed its conduct. "The door is not closed, but Iran must first respect its neighbours," he said.

Reuter""",
people=[P("Fahd","SAU","King"), P("Saud al-Faisal","SAU","Foreign Minister")],
events=[
 E("SAU","IRN","SANCTION REJECT",1,"Saudi Arabia broke off diplomatic relations with Iran today"),
 E("SAU","IRN","COERCE",1,"gave Iranian diplomats one week to leave the kingdom"),
 E("SAU","IRN","ACCUSE",1,"accused Tehran of \"hostile acts\""),
 E("IRN","SAU","PROTEST ASSAULT",0,"last year's bloody riot by Iranian pilgrims in Mecca"),
 E("SAU","IRN","ACCUSE",0,"Saudi Arabia blamed the violence on Iranian demonstrators"),
 E("IRN","SAU","ACCUSE",0,"Iran accused Saudi police of massacring unarmed worshippers"),
 E("IRN","SAU","ACCUSE",1,"the Saudi decision had been dictated by Washington"),
 E("IRN","SAU","ACCUSE",1,"Riyadh had \"bowed to the will of America\""),
 E("IRN","SAU","REJECT THREATEN",1,"Iran would not be deterred from sending pilgrims to Mecca"),
 E("SAU","IRN","SANCTION COERCE REJECT",1,"cut the number of Iranian pilgrims it will admit"),
 E("IRN","SAU","REJECT",0,"which Tehran has rejected"),
 E("IRN","SAU","ASSAULT PROTEST",0,"Iranian mobs ransacked the Saudi embassy in Tehran"),
 E("SAU","IRN","RETREAT SANCTION",0,"Saudi Arabia withdrew most of its staff from Tehran"),
 E("USA","IRN","ASSAULT",0,"U.S. forces destroyed two Iranian oil platforms"),
 E("KWT","SAU","SUPPORT",1,"Kuwait and Bahrain said they supported the Saudi decision"),
 E("BHR","SAU","SUPPORT",1,"Kuwait and Bahrain said they supported the Saudi decision"),
 E("SAU","IRN","REQUEST THREATEN",1,"would restore relations only if Tehran changed its conduct"),
 E("SAU","IRN","REQUEST",0,"Iran must first respect its neighbours"),
]))

ARTS.append(dict(
id="Q5", era="reuters", fmt="dump",
headline="INDIAN TROOPS CRUSH COUP ATTEMPT IN MALDIVES",
date="1988-11-04", why="dateline 'Nov 4' of a 1988 Reuters story",
text="""NEW DELHI, Nov 4 - Indian paratroopers flown to the Maldives overnight crushed an attempt by mercenaries to overthrow President Maumoon Abdul Gayoom, Indian officials said today.

About 1,600 troops landed at Hulhule airport near the capital Male before dawn after Gayoom appealed to Prime Minister Rajiv Gandhi for help, the officials said. Within hours they had secured the airport and freed members of the government held by the attackers.

The coup attempt was launched yesterday by about 150 armed men, most of them Sri Lankan Tamil guerrillas of the People's Liberation Organisation of Tamil Eelam (PLOTE), who came ashore by boat and seized key buildings in Male, diplomats said. Gayoom escaped capture and was moved to a safe house.

Officials said Maldivian businessman Abdullah Luthufi, who lives in Sri Lanka, had organised the plot. Gayoom's government accused him of hiring the Tamil mercenaries to seize power.

Some of the mercenaries fled aboard a hijacked freighter with hostages, among them a Maldivian minister. An Indian navy frigate was pursuing the vessel, officials said.

Gandhi told parliament that India had acted at the request of a friendly neighbour and would withdraw its troops as soon as order was restored. "We have no other interest in the Maldives," he said.

The United States and Britain welcomed the Indian action. A State Department spokesman in Washington said India had made a valuable contribution to regional stability.

Sri Lanka said it had no connection with the attack and pledged to cooperate with the Maldivian authorities in tracking down those responsible.

Reuter""",
people=[P("Maumoon Abdul Gayoom","MDV","President"), P("Rajiv Gandhi","IND","Prime Minister"),
        P("Abdullah Luthufi","MDV","businessman")],
events=[
 E("IND","MDV","MOBILIZE AID COOPERATE",1,"Indian paratroopers flown to the Maldives overnight"),
 E("IND",["LKA","MDV"],"ASSAULT COERCE",1,"crushed an attempt by mercenaries to overthrow President Maumoon Abdul Gayoom"),
 E("MDV","IND","REQUEST",1,"Gayoom appealed to Prime Minister Rajiv Gandhi for help"),
 E("IND","MDV","AID",0,"freed members of the government held by the attackers"),
 E(["LKA","MDV"],"MDV","ASSAULT COERCE",1,"The coup attempt was launched yesterday by about 150 armed men"),
 E(["LKA","MDV"],"MDV","ASSAULT COERCE",0,"seized key buildings in Male"),
 E("MDV","MDV","ACCUSE",1,"Gayoom's government accused him of hiring the Tamil mercenaries"),
 E(["LKA","MDV"],"MDV","COERCE ASSAULT",1,"fled aboard a hijacked freighter with hostages"),
 E("IND",["LKA","MDV"],"COERCE MOBILIZE ASSAULT",0,"An Indian navy frigate was pursuing the vessel"),
 E("IND","MDV","AGREE RETREAT",1,"would withdraw its troops as soon as order was restored"),
 E("USA","IND","SUPPORT",1,"The United States and Britain welcomed the Indian action"),
 E("GBR","IND","SUPPORT",1,"The United States and Britain welcomed the Indian action"),
 E("USA","IND","SUPPORT",0,"India had made a valuable contribution to regional stability"),
 E("LKA","MDV","REJECT",0,"Sri Lanka said it had no connection with the attack"),
 E("LKA","MDV","AGREE COOPERATE",1,"pledged to cooperate with the Maldivian authorities"),
]))

ARTS.append(dict(
id="Q6", era="reuters", fmt="dump",
headline="SOVIET TROOPS BREAK UP TBILISI RALLY, AT LEAST 16 DEAD",
date="1989-04-10", why="dateline 'April 10' of a 1989 Reuters story",
text="""MOSCOW, April 10 - Soviet troops and interior ministry forces broke up a mass nationalist rally in the Georgian capital Tbilisi early yesterday, and at least 16 people were killed, official media said.

The Tass news agency said the victims died in a crush when soldiers moved in to clear thousands of demonstrators who had camped for days outside the government building on Rustaveli Avenue, demanding independence for the Soviet republic.

Georgian activists contacted by telephone said troops had beaten protesters with sharpened spades and used a toxic gas. "They attacked women and students who were sitting peacefully," one organiser said. The authorities denied that any weapons had been used against the crowd.

The commander of the Tbilisi garrison, Colonel-General Igor Rodionov, imposed a curfew and banned rallies and strikes in the city. Tanks and armoured personnel carriers were deployed on the main streets, witnesses said.

The Georgian Communist Party leader, Dzhumber Patiashvili, blamed "extremists" for the tragedy in a televised address and accused them of trying to seize power.

Soviet Foreign Minister Eduard Shevardnadze, a former Georgian party chief, flew to Tbilisi today with another Politburo member, Georgy Razumovsky, on the instructions of President Mikhail Gorbachev, a Foreign Ministry spokesman said.

The rally was organised by nationalist groups, among them a movement led by dissident Zviad Gamsakhurdia, who was detained by police overnight, according to fellow activists.

Georgian students declared a strike in protest at the killings and many workers stayed away from factories, the activists said.

The protests began last week after leaders of Abkhazia, an autonomous region within Georgia, demanded that it be separated from the republic.

Reuter""",
people=[P("Igor Rodionov","RUS","Colonel-General, commander of the Tbilisi garrison"),
        P("Dzhumber Patiashvili","GEO","Georgian Communist Party leader"),
        P("Eduard Shevardnadze","RUS","Soviet Foreign Minister"), P("Georgy Razumovsky","RUS","Politburo member"),
        P("Mikhail Gorbachev","RUS","President"), P("Zviad Gamsakhurdia","GEO","dissident")],
events=[
 E("RUS",["GEO","RUS"],"COERCE ASSAULT",1,"Soviet troops and interior ministry forces broke up a mass nationalist rally"),
 E(["GEO","RUS"],["RUS","GEO"],"PROTEST",1,"thousands of demonstrators who had camped for days outside the government building"),
 E(["GEO","RUS"],["RUS","GEO"],"REQUEST",0,"demanding independence for the Soviet republic"),
 E(["GEO","RUS"],"RUS","ACCUSE",1,"Georgian activists contacted by telephone said troops had beaten protesters"),
 E("RUS",["GEO","RUS"],"ASSAULT",0,"They attacked women and students who were sitting peacefully"),
 E(["RUS","GEO"],["GEO","RUS"],"REJECT",0,"The authorities denied that any weapons had been used against the crowd"),
 E("RUS",["GEO","RUS"],"COERCE",1,"imposed a curfew and banned rallies and strikes in the city"),
 E("RUS",["GEO","RUS"],"MOBILIZE COERCE",1,"Tanks and armoured personnel carriers were deployed on the main streets"),
 E(["GEO","RUS"],["GEO","RUS"],"ACCUSE",1,"blamed \"extremists\" for the tragedy"),
 E("RUS",["GEO","RUS"],"CONSULT",1,"flew to Tbilisi today"),
 E(["GEO","RUS"],["GEO","RUS"],"COERCE",1,"who was detained by police overnight"),
 E(["GEO","RUS"],["GEO","RUS"],"PROTEST",1,"Georgian students declared a strike in protest at the killings"),
 E(["GEO","RUS"],["GEO","RUS"],"REQUEST",0,"demanded that it be separated from the republic"),
]))
