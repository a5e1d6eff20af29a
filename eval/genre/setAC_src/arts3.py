# Articles AC15..AC20. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AC15", fmt="json",
headline="Russia says it fired warning shots at British warship off Crimea",
meta=dict(date_publish="2021-06-24 09:30:00", authors=["Al Jazeera and news agencies"],
          url="https://www.aljazeera.com/news/2021/6/23/russia-fires-warning-shots-british-destroyer-crimea",
          source_domain="www.aljazeera.com",
          description="Moscow says patrol boat fired and jet dropped bombs to chase HMS Defender from waters off Crimea; London denies any shots were aimed at it."),
body="""
Russia says its military fired warning shots and dropped bombs in the path of a British destroyer to force it out of waters off the Crimean peninsula, an account flatly denied by the United Kingdom.
The Russian defence ministry said on Wednesday that HMS Defender had strayed up to 3km (2 miles) into Russian territorial waters near Cape Fiolent and ignored warnings before a border guard vessel opened fire and a Su-24 attack jet dropped four bombs ahead of the ship.
The ministry called the ship's route "a flagrant violation" of the UN Convention on the Law of the Sea, and said the destroyer left the area within minutes.
Britain's defence ministry rejected the Russian version. "No warning shots have been directed at HMS Defender," it said in a statement, adding that the ship was conducting "innocent passage" through Ukrainian territorial waters in accordance with international law. London said it believed the Russians had been carrying out a gunnery exercise of which they had given prior notice.
Russia's foreign ministry summoned the British defence attache in Moscow to protest against what it called a "dangerous provocation". Spokeswoman Maria Zakharova said London was guilty of "blatant lies" and warned that any repeat could be met with bombs "not only in the path, but on target".
Kremlin spokesman Dmitry Peskov said the incident was a deliberate and prepared provocation and that Moscow would respond to any such violations with force if needed.
Ukraine's foreign ministry backed Britain, calling Russia's actions "aggressive and provocative" and saying the waters off Crimea belonged to Ukraine under international law.
The destroyer had arrived in the Black Sea earlier in June for NATO exercises and visited the Ukrainian port of Odesa, where British and Ukrainian officials signed an agreement on Britain helping to build up Ukraine's navy.
Russia annexed Crimea from Ukraine in 2014, a move most of the world has not recognised. Western navies routinely sail through the area to challenge Moscow's claim to the surrounding waters, and tensions in the Black Sea have risen since Russia massed troops near Ukraine's borders in the spring.
Prime Minister Boris Johnson said on Thursday that the ship's passage was "entirely appropriate" and that the UK did not recognise the Russian annexation.
""",
pub=("2021-06-24", "2021-06-24", "incident Wednesday 23 June 2021; Johnson's remark 'on Thursday' places the text on 24 June"),
people=[("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        ("Boris Johnson", "GBR", "Prime Minister")],
events=[
 ("RUS", "GBR", "ASSAULT/THREATEN/COERCE", 1, "fired warning shots and dropped bombs in the path of a British destroyer", 0),
 ("RUS", "GBR", "ACCUSE", 1, "HMS Defender had strayed up to 3km (2 miles) into Russian territorial waters", 0),
 ("RUS", "GBR", "ACCUSE", 1, "The ministry called the ship's route \"a flagrant violation\"", 0),
 ("GBR", "RUS", "REJECT", 1, "Britain's defence ministry rejected the Russian version", 0),
 ("GBR", "RUS", "REJECT", 0, "No warning shots have been directed at HMS Defender", 0),
 ("RUS", "GBR", "PROTEST/COERCE/CONSULT", 1, "summoned the British defence attache in Moscow", 0),
 ("RUS", "GBR", "ACCUSE", 1, "London was guilty of \"blatant lies\"", 0),
 ("RUS", "GBR", "THREATEN", 1, "not only in the path, but on target", 0),
 ("RUS", "GBR", "ACCUSE", 1, "the incident was a deliberate and prepared provocation", 0),
 ("RUS", "GBR", "THREATEN", 1, "Moscow would respond to any such violations with force", 0),
 ("UKR", "GBR", "SUPPORT", 1, "Ukraine's foreign ministry backed Britain", 0),
 ("UKR", "RUS", "ACCUSE", 1, "calling Russia's actions \"aggressive and provocative\"", 0),
 ("GBR", "UKR", "CONSULT", 0, "visited the Ukrainian port of Odesa", 0),
 ("GBR", "UKR", "AGREE/AID/COOPERATE", 1, "signed an agreement on Britain helping to build up Ukraine's navy", 0),
 ("RUS", "UKR", "ASSAULT/COERCE", 0, "Russia annexed Crimea from Ukraine in 2014", 0),
 ("RUS", "UKR", "MOBILIZE/THREATEN", 0, "Russia massed troops near Ukraine's borders", 0),
 ("GBR", "RUS", "REJECT", 1, "the UK did not recognise the Russian annexation", 0),
]))

ARTS.append(dict(
id="AC16", fmt="txt",
headline="Russia vows more strikes on Kyiv after losing Black Sea flagship",
body="""
Russia has warned it will step up missile attacks on Kyiv, hours after its defence ministry confirmed that the Moskva, the flagship of its Black Sea Fleet, had sunk following an explosion that Ukraine says was caused by its missiles.

The ministry said on Friday that "the number and scale" of strikes on targets in the Ukrainian capital would increase in response to what it called "terrorist attacks and sabotage" carried out by Ukrainian forces on Russian soil. It accused Ukrainian helicopters of hitting residential buildings in the Bryansk region on Thursday, wounding seven people.

Ukraine denied staging attacks inside Russia and accused Moscow of inventing them to rally public support for the war.

Overnight, Russian forces struck the Vizar plant on the outskirts of Kyiv, which produces Neptune anti-ship missiles, the Russian military said. Parts of a workshop and an administrative building were destroyed, an Al Jazeera correspondent at the site reported.

The Moskva, a 12,500-tonne guided-missile cruiser with a crew of about 500, went down on Thursday while it was being towed to port in stormy seas, according to the Russian account, which blamed a fire that detonated ammunition aboard. Moscow has not acknowledged any attack.

Ukrainian officials said two Neptune missiles had struck the ship. "The Moskva has gone to visit the bottom," said Maksym Marchenko, governor of the Odesa region. A Pentagon spokesman, John Kirby, said the United States could not yet confirm what had hit the cruiser but had no reason to dispute the Ukrainian claim.

The cruiser gained notoriety at the start of the invasion when Ukrainian border guards on Snake Island refused its demand to surrender with an obscene reply.

Elsewhere, Ukrainian authorities said Russian shelling killed at least seven people and wounded 27 in the eastern city of Kharkiv, including a seven-month-old child. President Volodymyr Zelenskyy urged Western allies to speed up deliveries of heavy weapons before an expected Russian offensive in the Donbas.

Russia's embassy in Washington, meanwhile, sent a diplomatic note warning the United States that arms shipments to Ukraine were "adding fuel to the conflict" and could bring "unpredictable consequences".

Russia launched what it calls a "special military operation" in Ukraine on February 24. It pulled back its troops from around Kyiv at the end of March to concentrate on the east.
""",
pub=("2022-04-15", "2022-04-15", "ministry warning 'on Friday' 15 April 2022; sinking Thursday 14 April"),
people=[("Maksym Marchenko", "UKR", "governor of the Odesa region"),
        ("John Kirby", "USA", "Pentagon spokesman"),
        ("Volodymyr Zelenskyy", "UKR", "President")],
events=[
 ("RUS", "UKR", "THREATEN", 1, "Russia has warned it will step up missile attacks on Kyiv", 0),
 ("UKR", "RUS", "ASSAULT", 1, "Ukraine says was caused by its missiles", 0),
 ("RUS", "UKR", "ACCUSE", 1, "\"terrorist attacks and sabotage\" carried out by Ukrainian forces on Russian soil", 0),
 ("RUS", "UKR", "ACCUSE", 1, "It accused Ukrainian helicopters of hitting residential buildings", 0),
 ("UKR", "RUS", "REJECT", 1, "Ukraine denied staging attacks inside Russia", 0),
 ("UKR", "RUS", "ACCUSE", 1, "accused Moscow of inventing them", 0),
 ("RUS", "UKR", "ASSAULT", 1, "Russian forces struck the Vizar plant on the outskirts of Kyiv", 0),
 ("UKR", "RUS", "ASSAULT", 0, "two Neptune missiles had struck the ship", 0),
 ("USA", "UKR", "SUPPORT", 0, "had no reason to dispute the Ukrainian claim", 0),
 ("RUS", "UKR", "COERCE/THREATEN", 0, "refused its demand to surrender", 0),
 ("UKR", "RUS", "REJECT", 0, "Ukrainian border guards on Snake Island refused its demand", 0),
 ("RUS", "UKR", "ASSAULT", 1, "Russian shelling killed at least seven people", 0),
 ("UKR", "WST|USA", "REQUEST", 1, "urged Western allies to speed up deliveries of heavy weapons", 0),
 ("RUS", "USA", "THREATEN/ACCUSE", 1, "sent a diplomatic note warning the United States", 0),
 ("USA", "UKR", "AID", 0, "arms shipments to Ukraine", 0),
 ("RUS", "UKR", "ASSAULT", 0, "Russia launched what it calls a \"special military operation\"", 0),
 ("RUS", "UKR", "RETREAT", 0, "It pulled back its troops from around Kyiv", 0),
]))

ARTS.append(dict(
id="AC17", fmt="json",
headline="Gazprom halts gas to Poland and Bulgaria as EU decries 'blackmail'",
meta=dict(date_publish="2022-04-27 18:10:00", authors=["Al Jazeera Staff"],
          url="https://www.aljazeera.com/economy/2022/4/27/russia-halts-gas-supplies-poland-bulgaria",
          source_domain="www.aljazeera.com",
          description="Russian energy giant cuts off two EU members after they refuse to pay in roubles; Brussels says Moscow is using gas as a weapon."),
body="""
Russian state energy giant Gazprom has stopped supplying natural gas to Poland and Bulgaria after both refused to pay for it in roubles, in the sharpest use yet of Moscow's energy leverage since it invaded Ukraine.
Gazprom said on Wednesday that it had suspended deliveries to Poland's PGNiG and Bulgaria's Bulgargaz because they had not made payments for April under the new rouble scheme, and warned that it would cut supplies to any other customers in transit countries that siphoned off gas meant for them.
European Commission President Ursula von der Leyen said the move was "another attempt by Russia to use gas as an instrument of blackmail" and described it as "unjustified and unacceptable". The EU was prepared and would coordinate to ensure supplies reached the affected countries, she said.
Polish Prime Minister Mateusz Morawiecki accused Russia of a "direct attack" on his country and said Warsaw would not be intimidated. He said Poland had enough gas in storage and that a new pipeline from Norway would open in the autumn.
Bulgaria's Prime Minister Kiril Petkov called the cut-off a breach of contract and said his government would not negotiate "under racketeering". Sofia would review all its contracts with Gazprom and seek supplies through Greece, he said.
Kremlin spokesman Dmitry Peskov rejected charges of blackmail, telling reporters that Gazprom remained a reliable supplier and that clients simply had to comply with the new payment rules, which President Vladimir Putin introduced last month in response to Western sanctions freezing Russia's central bank reserves.
The decision came a day after the United States convened a meeting of about 40 countries at its Ramstein air base in Germany to coordinate weapons supplies to Ukraine. Poland has become the main hub for Western arms deliveries and has taken in nearly three million Ukrainian refugees.
On Tuesday, Warsaw also imposed sanctions on 50 Russian companies and individuals, including Gazprom, freezing their assets.
European gas prices jumped as much as 20 percent after the news. Germany and other large buyers have so far continued to pay through an arrangement that lets them settle in euros, which Gazprom's bank then converts.
""",
pub=("2022-04-27", "2022-04-27", "cut-off announced Wednesday 27 April 2022; date_publish"),
people=[("Ursula von der Leyen", "EUR", "European Commission President"),
        ("Mateusz Morawiecki", "POL", "Prime Minister"),
        ("Kiril Petkov", "BGR", "Prime Minister"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        ("Vladimir Putin", "RUS", "President")],
events=[
 ("RUS", "POL", "SANCTION/COERCE", 1, "has stopped supplying natural gas to Poland and Bulgaria", 0),
 ("RUS", "BGR", "SANCTION/COERCE", 1, "has stopped supplying natural gas to Poland and Bulgaria", 0),
 ("POL", "RUS", "REJECT", 0, "after both refused to pay for it in roubles", 0),
 ("BGR", "RUS", "REJECT", 0, "after both refused to pay for it in roubles", 0),
 ("RUS", "EUR|POL|BGR", "THREATEN", 1, "warned that it would cut supplies to any other customers", 0),
 ("EUR", "RUS", "ACCUSE", 1, "another attempt by Russia to use gas as an instrument of blackmail", 0),
 ("EUR", "POL|BGR", "AID/SUPPORT/COOPERATE", 1, "would coordinate to ensure supplies reached the affected countries", 0),
 ("POL", "RUS", "ACCUSE", 1, "accused Russia of a \"direct attack\" on his country", 0),
 ("POL", "RUS", "REJECT", 0, "Warsaw would not be intimidated", 0),
 ("BGR", "RUS", "ACCUSE", 1, "called the cut-off a breach of contract", 0),
 ("BGR", "RUS", "REJECT", 1, "would not negotiate \"under racketeering\"", 0),
 ("RUS", "EUR|POL|BGR", "REJECT", 1, "rejected charges of blackmail", 0),
 ("WST", "RUS", "SANCTION", 0, "Western sanctions freezing Russia's central bank reserves", 0),
 ("USA", "UKR", "AID", 0, "to coordinate weapons supplies to Ukraine", 0),
 ("POL", "UKR", "AID", 0, "has taken in nearly three million Ukrainian refugees", 0),
 ("POL", "RUS", "SANCTION", 1, "Warsaw also imposed sanctions on 50 Russian companies and individuals", 0),
 ("RUS", "UKR", "ASSAULT", 0, "since it invaded Ukraine", 0),
]))

ARTS.append(dict(
id="AC18", fmt="dump", dump="dump-2.txt", nbsp=False,
headline="Ukraine ends Mariupol combat mission as fighters leave Azovstal",
body="""
Ukraine's military has declared an end to its combat mission in Mariupol, after hundreds of fighters who had held out for weeks in the tunnels of the Azovstal steelworks laid down their arms and were taken by buses to Russian-controlled territory.

The general staff said on Tuesday that the garrison had "fulfilled its combat mission" and that commanders had been ordered to save the lives of their personnel. More than 260 fighters, 53 of them seriously wounded, were brought out late on Monday, Deputy Defence Minister Hanna Maliar said.

The wounded were taken to a hospital in Novoazovsk, a town held by Russian-backed separatists, and the others to a former penal colony in Olenivka. Maliar said Kyiv expected them to be swapped for Russian prisoners of war.

"Ukraine needs Ukrainian heroes alive," President Volodymyr Zelenskyy said in his nightly video address, adding that the operation to bring the rest of the defenders home was continuing and required "delicacy and time".

Russia's defence ministry described the fighters as having surrendered, and said 265 "militants" had given themselves up. Kremlin spokesman Dmitry Peskov said President Vladimir Putin had guaranteed that they would be treated in line with international law.

But senior Russian politicians suggested there would be no quick exchange. Vyacheslav Volodin, speaker of the State Duma, said "Nazi criminals" should not be traded and must face justice, and a lawmaker proposed a bill that would bar swaps of members of the Azov regiment.

Russia's top prosecutor asked the supreme court to designate the Azov regiment a terrorist organisation.

The International Committee of the Red Cross said it had registered some of the fighters at the request of both sides but had not transported them.

The siege of Mariupol, a strategic port on the Sea of Azov, lasted nearly three months and reduced much of the city to ruins. Ukrainian officials say more than 20,000 civilians were killed. Russia denies targeting civilians.
""",
pub=("2022-05-17", "2022-05-17", "general staff statement 'on Tuesday' 17 May 2022; evacuation late Monday"),
people=[("Hanna Maliar", "UKR", "Deputy Defence Minister"),
        ("Volodymyr Zelenskyy", "UKR", "President"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        ("Vladimir Putin", "RUS", "President"),
        ("Vyacheslav Volodin", "RUS", "speaker of the State Duma")],
events=[
 ("UKR", "RUS", "CONCEDE/RETREAT", 1, "laid down their arms", 0),
 ("UKR", "RUS", "RETREAT/CONCEDE", 0, "Ukraine's military has declared an end to its combat mission in Mariupol", 0),
 ("RUS", "UKR", "COERCE", 1, "were taken by buses to Russian-controlled territory", 0),
 ("UKR", "RUS", "REQUEST/AGREE", 1, "Kyiv expected them to be swapped for Russian prisoners of war", 0),
 ("RUS", "UKR", "ACCUSE", 0, "265 \"militants\" had given themselves up", 0),
 ("RUS", "UKR", "AGREE/CONCEDE", 1, "guaranteed that they would be treated in line with international law", 0),
 ("RUS", "UKR", "REJECT", 1, "\"Nazi criminals\" should not be traded", 0),
 ("RUS", "UKR", "ACCUSE/THREATEN", 1, "must face justice", 0),
 ("RUS", "UKR", "SANCTION/REJECT", 0, "a bill that would bar swaps of members of the Azov regiment", 0),
 ("RUS", "UKR", "SANCTION/ACCUSE", 1, "designate the Azov regiment a terrorist organisation", 0),
 ("NGO|IGO", "UKR|RUS", "COOPERATE/AID", 0, "it had registered some of the fighters", 0),
 ("UKR|RUS", "NGO|IGO", "REQUEST", 0, "at the request of both sides", 0),
 ("RUS", "UKR", "ASSAULT", 1, "The siege of Mariupol", 0),
 ("UKR", "RUS", "ACCUSE", 1, "more than 20,000 civilians were killed", 0),
 ("RUS", "UKR", "REJECT", 1, "Russia denies targeting civilians", 0),
]))

ARTS.append(dict(
id="AC19", fmt="dump", dump="dump-3.txt", nbsp=True,
headline="Azovstal commanders freed in largest Russia-Ukraine prisoner swap",
body="""
Ukraine and Russia have carried out their largest prisoner exchange since the start of the war, with Kyiv securing the release of 215 people, among them commanders who led the defence of Mariupol's Azovstal steelworks.

In return, Ukraine handed over 55 Russian prisoners and Viktor Medvedchuk, a pro-Russian politician and close ally of Vladimir Putin who had been arrested in April while trying to flee the country.

President Volodymyr Zelenskyy said late on Wednesday that the swap had been prepared for a long time and that five of the commanders, including Denys Prokopenko of the Azov regiment, would stay in Turkey under the personal protection of President Recep Tayyip Erdoğan until the end of the war.

"This is a clear victory for our state," Zelenskyy said. He thanked Erdoğan for his help.

Separately, Saudi Arabia said it had mediated the release of 10 foreign nationals captured while fighting for Ukraine, including five Britons, two Americans, a Moroccan, a Swede and a Croatian. They were flown from Russia to Riyadh on a Saudi plane. Two of the Britons had been sentenced to death by a court in the self-proclaimed Donetsk People's Republic in June.

British Prime Minister Liz Truss welcomed the release and thanked Crown Prince Mohammed bin Salman and Zelenskyy for their efforts. US Secretary of State Antony Blinken also thanked Riyadh.

Russia made no immediate comment on the exchange. Denis Pushilin, head of the Russian-backed administration in Donetsk, said that Medvedchuk's release had been "worth" giving up the Azov fighters.

The swap came hours after Putin ordered a partial mobilisation of Russian reservists and repeated a thinly veiled threat to use nuclear weapons if Russia's territorial integrity was threatened. Western leaders at the UN General Assembly in New York condemned the move.

Kyiv has accused Moscow of mistreating prisoners of war. In July, dozens of Ukrainian captives died in an explosion at the Olenivka prison camp, which each side blamed on the other.
""",
pub=("2022-09-22", "2022-09-22", "swap announced late Wednesday 21 September 2022; mobilisation 'hours' earlier"),
people=[("Viktor Medvedchuk", "UKR", "pro-Russian politician"),
        ("Vladimir Putin", "RUS", "President"),
        ("Volodymyr Zelenskyy", "UKR", "President"),
        ("Denys Prokopenko", "UKR", "commander, Azov regiment"),
        ("Recep Tayyip Erdoğan", "TUR", "President"),
        ("Liz Truss", "GBR", "Prime Minister"),
        ("Mohammed bin Salman", "SAU", "Crown Prince"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Denis Pushilin", "UKR", "head of the Russian-backed administration in Donetsk")],
events=[
 ("UKR", "RUS", "AGREE/CONCEDE/COOPERATE", 1, "have carried out their largest prisoner exchange", 1),
 ("RUS", "UKR", "CONCEDE", 0, "securing the release of 215 people", 0),
 ("UKR", "RUS", "CONCEDE", 0, "Ukraine handed over 55 Russian prisoners and Viktor Medvedchuk", 0),
 ("UKR", "UKR", "COERCE", 0, "who had been arrested in April", 0),
 ("TUR", "UKR", "AID/COOPERATE", 1, "would stay in Turkey under the personal protection of President Recep Tayyip Erdoğan", 0),
 ("UKR", "TUR", "SUPPORT", 1, "He thanked Erdoğan for his help", 0),
 ("SAU", "RUS|UKR", "AID/COOPERATE", 1, "Saudi Arabia said it had mediated the release", 0),
 ("RUS", "GBR", "COERCE", 0, "Two of the Britons had been sentenced to death", 0),
 ("GBR", "SAU", "SUPPORT", 1, "thanked Crown Prince Mohammed bin Salman", 0),
 ("GBR", "UKR", "SUPPORT", 1, "thanked Crown Prince Mohammed bin Salman and Zelenskyy", 0),
 ("USA", "SAU", "SUPPORT", 1, "US Secretary of State Antony Blinken also thanked Riyadh", 0),
 ("RUS", "RUS", "MOBILIZE", 1, "Putin ordered a partial mobilisation of Russian reservists", 0),
 ("RUS", "WST|UKR", "THREATEN", 1, "a thinly veiled threat to use nuclear weapons", 0),
 ("WST", "RUS", "ACCUSE", 1, "Western leaders at the UN General Assembly in New York condemned the move", 0),
 ("UKR", "RUS", "ACCUSE", 1, "Kyiv has accused Moscow of mistreating prisoners of war", 0),
 ("UKR", "RUS", "ACCUSE", 0, "which each side blamed on the other", 1),
]))

ARTS.append(dict(
id="AC20", fmt="txt",
headline="US sanctions Bosnian Serb leader Dodik over secession push",
body="""
The United States has imposed sanctions on Milorad Dodik, the Serb member of Bosnia and Herzegovina's tripartite presidency, accusing him of corruption and of threatening the stability of the country with moves to pull its Serb-run region out of national institutions.

The US Treasury said on Wednesday that Dodik had used his position to amass personal wealth through graft and had pursued "destabilising" activities that undermined the 1995 Dayton peace agreement that ended the Bosnian war. It also blacklisted Alternativna Televizija, a television station it said was effectively controlled by Dodik and used to push his agenda.

"Milorad Dodik's destabilising corrupt activities and attempts to dismantle the Dayton Peace Agreement threaten the stability of Bosnia and Herzegovina and the entire region," Treasury official Brian Nelson said in a statement. Any assets Dodik holds in the US are frozen and Americans are barred from dealing with him.

Dodik, who was already under US sanctions imposed in 2017 for obstructing the Dayton accords, shrugged off the measure. "Nothing new," he told reporters in Banja Luka, calling it a lie and accusing Washington of treating Bosnian Serbs unfairly. He said he would not abandon his plans.

In December, the parliament of Republika Srpska, the Serb-dominated entity, voted to start withdrawing from Bosnia's joint army, judiciary and tax system, a step Western officials say could lead to the break-up of the country.

The European Union has also warned Dodik that he could face punitive measures, though Hungary, whose prime minister Viktor Orbán is close to the Bosnian Serb leader, has signalled it would veto any sanctions.

Christian Schmidt, the international High Representative overseeing the peace accords, warned in November that the country faced the greatest threat to its existence since the war. Dodik has refused to recognise Schmidt's appointment, which was also opposed by Russia.

Russia, which has backed Dodik, criticised the US move as interference. Dodik met President Vladimir Putin in Moscow in early December, and the Russian ambassador in Sarajevo has warned Bosnia against seeking NATO membership.

Bosnia's Bosniak and Croat presidency members have accused Dodik of stoking ethnic tensions. The 1992-1995 war killed some 100,000 people.
""",
pub=("2022-01-05", "2022-01-06", "Treasury announcement 'on Wednesday' 5 January 2022"),
people=[("Milorad Dodik", "BIH", "Serb member of the presidency"),
        ("Brian Nelson", "USA", "Treasury official"),
        ("Viktor Orbán", "HUN", "prime minister"),
        ("Christian Schmidt", "DEU", "international High Representative"),
        ("Vladimir Putin", "RUS", "President")],
events=[
 ("USA", "BIH", "SANCTION", 1, "The United States has imposed sanctions on Milorad Dodik", 0),
 ("USA", "BIH", "ACCUSE", 1, "accusing him of corruption and of threatening the stability of the country", 0),
 ("USA", "BIH", "ACCUSE", 0, "had used his position to amass personal wealth through graft", 0),
 ("USA", "BIH", "SANCTION", 1, "It also blacklisted Alternativna Televizija", 0),
 ("USA", "BIH", "ACCUSE", 0, "attempts to dismantle the Dayton Peace Agreement", 0),
 ("USA", "BIH", "SANCTION", 0, "Any assets Dodik holds in the US are frozen", 0),
 ("USA", "BIH", "SANCTION", 0, "already under US sanctions imposed in 2017", 0),
 ("BIH", "USA", "REJECT", 1, "shrugged off the measure", 0),
 ("BIH", "USA", "ACCUSE", 1, "accusing Washington of treating Bosnian Serbs unfairly", 0),
 ("BIH", "BIH", "REJECT", 0, "He said he would not abandon his plans", 0),
 ("BIH", "BIH", "REJECT/PROTEST", 1, "voted to start withdrawing from Bosnia's joint army, judiciary and tax system", 0),
 ("EUR", "BIH", "THREATEN", 1, "The European Union has also warned Dodik that he could face punitive measures", 0),
 ("HUN", "BIH", "SUPPORT", 0, "is close to the Bosnian Serb leader", 0),
 ("HUN", "EUR", "REJECT/THREATEN", 1, "has signalled it would veto any sanctions", 0),
 ("DEU|IGO", "BIH", "ACCUSE/THREATEN", 0, "warned in November that the country faced the greatest threat", 0),
 ("BIH", "DEU|IGO", "REJECT", 1, "Dodik has refused to recognise Schmidt's appointment", 0),
 ("RUS", "DEU|IGO", "REJECT", 0, "which was also opposed by Russia", 0),
 ("RUS", "BIH", "SUPPORT", 0, "Russia, which has backed Dodik", 0),
 ("RUS", "USA", "ACCUSE", 1, "criticised the US move as interference", 0),
 ("BIH", "RUS", "CONSULT", 1, "Dodik met President Vladimir Putin in Moscow", 0),
 ("RUS", "BIH", "THREATEN", 1, "has warned Bosnia against seeking NATO membership", 0),
 ("BIH", "BIH", "ACCUSE", 1, "accused Dodik of stoking ethnic tensions", 0),
]))
