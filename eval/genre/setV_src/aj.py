from common import A, E, P

A("V14", "txt", "Moldova on edge after blasts in breakaway Transnistria", """
Moldova's president has convened an emergency meeting of the country's security council after a series of explosions in the Russian-backed breakaway region of Transnistria raised fears that the war in neighbouring Ukraine could spill over.

Two radio antennas that relayed Russian broadcasts were knocked out by blasts near the village of Maiac early on Tuesday, a day after the headquarters of the region's security ministry in the city of Tiraspol was hit by what local officials said were rocket-propelled grenades. A military unit near the village of Parcani was also attacked, they said. No one was reported killed.

The self-proclaimed authorities in Tiraspol raised their terrorism alert to its highest "red" level, set up checkpoints at the entrances to towns and cancelled a Victory Day parade. Transnistria's leader, Vadim Krasnoselsky, said the attackers had come from Ukraine and demanded that Kyiv investigate.

Moldovan President Maia Sandu said after the meeting of the Supreme Security Council that the attacks were an attempt by "pro-war forces" inside the region to create a pretext for pulling Moldova into the conflict. "We condemn any such provocations," she said, and urged residents to stay calm.

Ukraine rejected any involvement. Mykhailo Podolyak, an adviser to President Volodymyr Zelenskyy, accused Russia of staging the incidents to destabilise the region and said Moscow wanted to "drag Moldova into the war".

The explosions came days after Rustam Minnekayev, a senior Russian commander, said Moscow aimed to take full control of southern Ukraine to open a land corridor to Transnistria, where he claimed Russian speakers were being oppressed. Moldova's foreign ministry summoned the Russian ambassador, Oleg Vasnetsov, to express "deep concern" over the remarks.

Kremlin spokesman Dmitry Peskov said Moscow was following the news from Transnistria closely and was "concerned".

Background: Transnistria, a narrow strip of land between the Dniester river and the Ukrainian border, broke away from Moldova in a brief war in 1992. It is not recognised by any state, including Russia, but about 1,500 Russian troops are stationed there as so-called peacekeepers and to guard a vast Soviet-era arms depot at Cobasna.

Moldova, one of Europe's poorest countries with a population of 2.6 million, has taken in tens of thousands of Ukrainian refugees since Russia invaded Ukraine on February 24. It applied to join the European Union in March.
""", ("2022-04-26", "2022-04-27", "radio masts hit 'on Tuesday' 26 April 2022"),
[P("Vadim Krasnoselsky", "MDA", "Transnistria's leader"),
 P("Maia Sandu", "MDA", "President"),
 P("Mykhailo Podolyak", "UKR", "adviser to President Volodymyr Zelenskyy"),
 P("Volodymyr Zelenskyy", "UKR", "President"),
 P("Rustam Minnekayev", "RUS", "senior Russian commander"),
 P("Oleg Vasnetsov", "RUS", "Russian ambassador"),
 P("Dmitry Peskov", "RUS", "Kremlin spokesman")],
[E("MDA", "MDA", "CONSULT", False, "convened an emergency meeting of the country's security council"),
 E("MDA|UKR", "MDA", "ASSAULT", False, "was hit by what local officials said were rocket-propelled grenades"),
 E("MDA", "MDA", "MOBILIZE COERCE", True, "raised their terrorism alert to its highest \"red\" level, set up checkpoints"),
 E("MDA", "UKR", "ACCUSE", True, "said the attackers had come from Ukraine"),
 E("MDA", "UKR", "REQUEST", True, "demanded that Kyiv investigate"),
 E("MDA", "MDA", "ACCUSE", True, "the attacks were an attempt by \"pro-war forces\" inside the region"),
 E("MDA", "MDA", "ACCUSE", False, "\"We condemn any such provocations,\""),
 E("MDA", "MDA", "REQUEST", False, "urged residents to stay calm"),
 E("UKR", "MDA", "REJECT", True, "Ukraine rejected any involvement"),
 E("UKR", "RUS", "ACCUSE", True, "accused Russia of staging the incidents to destabilise the region"),
 E("RUS", "UKR", "THREATEN", True, "Moscow aimed to take full control of southern Ukraine"),
 E("RUS", "MDA", "ACCUSE", False, "he claimed Russian speakers were being oppressed"),
 E("MDA", "RUS", "PROTEST ACCUSE", True, "Moldova's foreign ministry summoned the Russian ambassador"),
 E("RUS", "MDA", "MOBILIZE", False, "about 1,500 Russian troops are stationed there"),
 E("MDA", "MDA", "ASSAULT", False, "broke away from Moldova in a brief war in 1992", sym=True),
 E("MDA", "UKR", "AID", False, "has taken in tens of thousands of Ukrainian refugees"),
 E("RUS", "UKR", "ASSAULT", False, "Russia invaded Ukraine on February 24"),
 E("MDA", "EUR", "REQUEST", False, "It applied to join the European Union in March")])

A("V15", "json", "Russia threatens Lithuania with 'serious' response over Kaliningrad transit ban", """
Russia has warned Lithuania of consequences that will have a "serious negative impact" on its population after the Baltic state banned the rail transit of some European Union-sanctioned goods to Russia's Kaliningrad exclave.

Nikolai Patrushev, the secretary of Russia's Security Council, said during a visit to Kaliningrad on Tuesday that Moscow "will certainly respond to such hostile actions" and that measures were being worked out by various government agencies.

Lithuania on Saturday began enforcing a ban on the shipment across its territory of steel, ferrous metals and other goods that fall under EU sanctions imposed on Moscow after its invasion of Ukraine. Kaliningrad, which lies between Lithuania and Poland on the Baltic Sea, relies on rail and gas supplies across Lithuanian territory from the rest of Russia.

On Monday, Russia's foreign ministry summoned Lithuania's charge d'affaires in Moscow, Virginija Umbrasiene, and demanded that the "openly hostile" restrictions be lifted immediately. Kremlin spokesman Dmitry Peskov called the decision "unprecedented" and "illegal".

Lithuania has rejected the accusations. "It's not Lithuania doing anything: it's the European sanctions that started working," Foreign Minister Gabrielius Landsbergis told reporters in Luxembourg, adding that Vilnius had acted after consulting the European Commission.

The EU's foreign policy chief Josep Borrell defended Vilnius, saying Lithuania was not imposing any unilateral, national restrictions and was only applying the bloc's sanctions. He accused Moscow of spreading propaganda about a "blockade", noting that passenger traffic and non-sanctioned goods were still moving.

The United States also backed its NATO ally. "We stand by our NATO allies and we stand by Lithuania," State Department spokesman Ned Price told reporters, reminding Moscow of Washington's commitment to Article 5 of the alliance's treaty.

Background: Kaliningrad, the former German city of Koenigsberg, was captured by the Soviet Red Army in 1945 and is home to Russia's Baltic Fleet. Its isolation has long made it a flashpoint between Moscow and the NATO members around it.

Lithuania, a former Soviet republic that joined NATO and the EU in 2004, has been among the most vocal supporters of Ukraine and has cut imports of Russian gas.
""", ("2022-06-21", "2022-06-22", "Patrushev's visit 'on Tuesday' 21 June 2022"),
[P("Nikolai Patrushev", "RUS", "secretary of Russia's Security Council"),
 P("Virginija Umbrasiene", "LTU", "charge d'affaires in Moscow"),
 P("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 P("Gabrielius Landsbergis", "LTU", "Foreign Minister"),
 P("Josep Borrell", "EUR", "EU foreign policy chief"),
 P("Ned Price", "USA", "State Department spokesman")],
[E("RUS", "LTU", "THREATEN", True, "Russia has warned Lithuania of consequences"),
 E("RUS", "LTU", "THREATEN", False, "\"will certainly respond to such hostile actions\""),
 E("LTU", "RUS", "SANCTION", True, "the Baltic state banned the rail transit of some European Union-sanctioned goods"),
 E("LTU", "RUS", "SANCTION", False, "Lithuania on Saturday began enforcing a ban"),
 E("EUR", "RUS", "SANCTION", False, "EU sanctions imposed on Moscow"),
 E("RUS", "UKR", "ASSAULT", False, "its invasion of Ukraine"),
 E("RUS", "LTU", "PROTEST", True, "Russia's foreign ministry summoned Lithuania's charge d'affaires"),
 E("RUS", "LTU", "REQUEST", True, "demanded that the \"openly hostile\" restrictions be lifted immediately"),
 E("RUS", "LTU", "ACCUSE", True, "called the decision \"unprecedented\" and \"illegal\""),
 E("LTU", "RUS", "REJECT", True, "Lithuania has rejected the accusations"),
 E("LTU", "EUR", "CONSULT", False, "Vilnius had acted after consulting the European Commission"),
 E("EUR", "LTU", "SUPPORT", True, "Josep Borrell defended Vilnius"),
 E("EUR", "RUS", "ACCUSE", True, "He accused Moscow of spreading propaganda"),
 E("USA", "LTU", "SUPPORT", True, "\"We stand by our NATO allies and we stand by Lithuania,\""),
 E("USA", "RUS", "THREATEN", False, "reminding Moscow of Washington's commitment to Article 5"),
 E("LTU", "UKR", "SUPPORT", False, "among the most vocal supporters of Ukraine"),
 E("LTU", "RUS", "SANCTION", False, "has cut imports of Russian gas")],
meta=dict(date_publish=None, authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/6/21/russia-threatens-lithuania-kaliningrad-transit",
          source_domain="www.aljazeera.com", description="Moscow says it will respond to Lithuania's ban on the transit of sanctioned goods to Kaliningrad."))

A("V16", "dump", "Nord Stream leaks: Europe suspects sabotage, Russia points finger at US", """
European leaders have said that leaks in the Nord Stream gas pipelines under the Baltic Sea were probably caused by deliberate explosions, as Russia rejected suggestions that it was behind the damage and pointed instead to the United States.

Seismologists in Sweden and Denmark recorded two powerful underwater blasts on Monday near the Danish island of Bornholm, shortly before operators reported a sudden drop in pressure in the Nord Stream 1 and Nord Stream 2 lines, which were built to carry Russian gas to Germany.

"It is hard to imagine that it is a coincidence," Danish Prime Minister Mette Frederiksen told reporters. "We are talking about deliberate actions." Her Swedish counterpart, Magdalena Andersson, said the incidents were "probably sabotage".

Polish Prime Minister Mateusz Morawiecki went further, calling the leaks an act of sabotage that marked "the next step of escalation". A Ukrainian presidential adviser, Mykhailo Podolyak, accused Russia of carrying out "a terrorist attack" to destabilise Europe ahead of winter.

The European Union's foreign policy chief, Josep Borrell, warned that any deliberate disruption of European energy infrastructure "will be met with a robust and united response".

Moscow denied any role. Kremlin spokesman Dmitry Peskov said accusations of Russian involvement were "predictably stupid", adding that the damage hurt Russia because it lost gas. Russia's foreign ministry spokeswoman Maria Zakharova asked whether US President Joe Biden would explain remarks he made in February, when he said the US would "bring an end" to Nord Stream 2 if Russia invaded Ukraine.

Russia said it had requested an emergency meeting of the United Nations Security Council on the incident.

US Secretary of State Antony Blinken said the US was ready to support European partners investigating the leaks and that sabotage would be "in no one's interest".

Denmark's Foreign Minister Jeppe Kofod said Copenhagen had briefed its NATO allies and would work with Sweden and Germany to establish what happened. Peskov said Moscow should be part of any inquiry because the pipelines were majority-owned by Russia's Gazprom, a demand Danish officials did not immediately answer.

Denmark and Sweden have set up exclusion zones for shipping around the leaks, and the Danish military said it had sent a frigate to the area. NATO said it would stand ready to defend allied infrastructure.

Background: neither pipeline was delivering gas when the leaks occurred. Russia cut flows through Nord Stream 1 in August, citing maintenance, in what European governments called energy blackmail over their support for Ukraine, while Germany halted the certification of Nord Stream 2 days before Russia invaded its neighbour in February.
""", ("2022-09-28", "2022-09-29", "blasts 'on Monday' 26 September 2022; reactions 27-28 September"),
[P("Mette Frederiksen", "DNK", "Prime Minister"),
 P("Magdalena Andersson", "SWE", "Prime Minister"),
 P("Mateusz Morawiecki", "POL", "Prime Minister"),
 P("Mykhailo Podolyak", "UKR", "presidential adviser"),
 P("Jeppe Kofod", "DNK", "Foreign Minister"),
 P("Josep Borrell", "EUR", "EU foreign policy chief"),
 P("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 P("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
 P("Joe Biden", "USA", "President"),
 P("Antony Blinken", "USA", "Secretary of State")],
[E("RUS", "EUR|WST", "REJECT", False, "Russia rejected suggestions that it was behind the damage"),
 E("RUS", "USA", "ACCUSE", False, "pointed instead to the United States"),
 E("UKR", "RUS", "ACCUSE", True, "accused Russia of carrying out \"a terrorist attack\""),
 E("EUR", "RUS", "THREATEN", False, "\"will be met with a robust and united response\""),
 E("RUS", "WST|EUR|DNK|SWE|POL|UKR", "REJECT", True, "Moscow denied any role"),
 E("RUS", "WST|EUR|POL|UKR|DNK|SWE", "REJECT ACCUSE", False, "accusations of Russian involvement were \"predictably stupid\""),
 E("RUS", "USA", "ACCUSE REQUEST", True, "asked whether US President Joe Biden would explain remarks he made in February"),
 E("USA", "RUS", "THREATEN", False, "the US would \"bring an end\" to Nord Stream 2 if Russia invaded Ukraine"),
 E("RUS", "UNO", "REQUEST", True, "it had requested an emergency meeting of the United Nations Security Council"),
 E("USA", "EUR|WST|DNK|SWE", "SUPPORT AID COOPERATE", True, "the US was ready to support European partners investigating the leaks"),
 E("DNK", "IGO", "CONSULT", True, "Copenhagen had briefed its NATO allies"),
 E("DNK", "SWE", "COOPERATE AGREE", True, "would work with Sweden and Germany", sym=True),
 E("DNK", "DEU", "COOPERATE AGREE", True, "would work with Sweden and Germany", sym=True),
 E("RUS", "DNK|SWE|DEU", "REQUEST", True, "Moscow should be part of any inquiry"),
 E("IGO", "WST", "SUPPORT", False, "NATO said it would stand ready to defend allied infrastructure"),
 E("RUS", "EUR|DEU|WST", "SANCTION COERCE", False, "Russia cut flows through Nord Stream 1 in August"),
 E("EUR|WST", "RUS", "ACCUSE", False, "in what European governments called energy blackmail"),
 E("EUR|WST", "UKR", "SUPPORT", False, "their support for Ukraine"),
 E("DEU", "RUS", "SANCTION", False, "Germany halted the certification of Nord Stream 2"),
 E("RUS", "UKR", "ASSAULT", False, "Russia invaded its neighbour in February")])

A("V17", "txt", "North Korea fires missile over Japan, prompting evacuation warnings", """
North Korea has fired a ballistic missile over Japan for the first time in five years, prompting the Japanese government to issue a rare warning for residents in the north of the country to take cover.

The intermediate-range missile was launched on Tuesday morning from Jagang province and flew about 4,600km before falling into the Pacific Ocean, according to Japanese and South Korean officials. It passed over the Aomori region, where trains were briefly halted as sirens and the J-Alert system warned people to go indoors.

Japanese Prime Minister Fumio Kishida called the launch "barbaric" and said Japan had lodged a strong protest with North Korea through its embassy in Beijing. "This is an act of violence following repeated launches," he told reporters.

South Korea's President Yoon Suk-yeol condemned the test as a "reckless nuclear provocation" and vowed a stern response. Hours later, South Korean and US fighter jets carried out a joint bombing drill, striking a target island in the Yellow Sea with precision-guided munitions, Seoul's military said.

US President Joe Biden spoke by phone with Kishida, and the two leaders "jointly condemned" the launch, the White House said. National Security Council spokeswoman Adrienne Watson called the test "reckless" and said Washington's commitment to the defence of Japan and South Korea was "ironclad".

Washington also asked for a meeting of the United Nations Security Council to discuss the launch, diplomats said, although China and Russia have in the past blocked attempts to tighten sanctions on Pyongyang.

North Korea has not commented on the launch. State media have previously described the tests as legitimate self-defence against "hostile" US-South Korean military exercises, which Pyongyang says are rehearsals for an invasion.

Background: Tuesday's launch was North Korea's fifth in 10 days and came after the US aircraft carrier Ronald Reagan took part in naval drills with South Korean and Japanese warships. The last North Korean missile to overfly Japan was in 2017, when leader Kim Jong Un also threatened to fire weapons towards the US territory of Guam.

Analysts say Pyongyang appears to be preparing for its first nuclear test since 2017.
""", ("2022-10-04", "2022-10-05", "launch 'on Tuesday' 4 October 2022"),
[P("Fumio Kishida", "JPN", "Prime Minister"),
 P("Yoon Suk-yeol", "KOR", "President"),
 P("Joe Biden", "USA", "President"),
 P("Adrienne Watson", "USA", "National Security Council spokeswoman"),
 P("Kim Jong Un", "PRK", "leader")],
[E("PRK", "JPN", "THREATEN MOBILIZE ASSAULT", True, "North Korea has fired a ballistic missile over Japan"),
 E("JPN", "PRK", "ACCUSE", True, "Fumio Kishida called the launch \"barbaric\""),
 E("JPN", "PRK", "PROTEST", True, "Japan had lodged a strong protest with North Korea"),
 E("KOR", "PRK", "ACCUSE", True, "condemned the test as a \"reckless nuclear provocation\""),
 E("KOR", "PRK", "THREATEN", False, "vowed a stern response"),
 E("KOR", "PRK", "MOBILIZE THREATEN", True, "South Korean and US fighter jets carried out a joint bombing drill"),
 E("USA", "PRK", "MOBILIZE THREATEN", True, "South Korean and US fighter jets carried out a joint bombing drill"),
 E("USA", "KOR", "COOPERATE", False, "South Korean and US fighter jets carried out a joint bombing drill", sym=True),
 E("USA", "JPN", "CONSULT", True, "spoke by phone with Kishida", sym=True),
 E("USA", "PRK", "ACCUSE", True, "the two leaders \"jointly condemned\" the launch"),
 E("JPN", "PRK", "ACCUSE", False, "the two leaders \"jointly condemned\" the launch"),
 E("USA", "PRK", "ACCUSE", False, "called the test \"reckless\""),
 E("USA", "JPN|KOR", "SUPPORT", True, "commitment to the defence of Japan and South Korea was \"ironclad\""),
 E("USA", "UNO", "REQUEST", True, "asked for a meeting of the United Nations Security Council"),
 E("CHN|RUS", "PRK", "SUPPORT", False, "blocked attempts to tighten sanctions on Pyongyang"),
 E("PRK", "USA|KOR", "ACCUSE", False, "which Pyongyang says are rehearsals for an invasion"),
 E("USA", "KOR|JPN", "COOPERATE", False, "took part in naval drills with South Korean and Japanese warships", sym=True),
 E("PRK", "USA", "THREATEN", False, "threatened to fire weapons towards the US territory of Guam")])

A("V18", "json", "EU, US and UK sanction Iran over drones used in Russia's war on Ukraine", """
The European Union has imposed sanctions on three Iranian military officers and a drone manufacturer over the supply of unmanned aerial vehicles to Russia, as Western governments step up pressure on Tehran over weapons that have been used to attack Ukrainian cities.

EU foreign ministers meeting in Luxembourg agreed on Thursday to freeze the assets of Shahed Aviation Industries, which makes the Shahed-136 "kamikaze" drone, and to impose travel bans on the three officers. Britain announced matching measures the same day.

The United States, which has already blacklisted several Iranian firms involved in drone production, warned it would "vigorously enforce" its sanctions and go after anyone helping Iran ship the weapons. "Iran is now directly engaged on the ground" in Crimea, supporting Russian drone strikes, White House national security spokesman John Kirby told reporters.

Ukraine says Russia has launched hundreds of Iranian-made drones at its power stations and residential buildings in recent weeks, including a wave of attacks on Kyiv on Monday that killed at least four people. President Volodymyr Zelenskyy urged the EU to go further and called for new sanctions to punish Tehran.

Iran has denied supplying drones for use in the war. Foreign ministry spokesman Nasser Kanaani called the EU decision "baseless" and said Tehran would respond to what he described as an unconstructive step. Iran's foreign minister, Hossein Amirabdollahian, said Iran had not provided any weapons to either side "to be used in the war in Ukraine".

The Kremlin also denied that its forces were using Iranian drones. Dmitry Peskov said Moscow had no information on the matter and that its weapons were Russian-made.

France, Britain and Germany have asked the UN Secretary-General Antonio Guterres to investigate whether the transfers violate Security Council resolution 2231, which endorsed the 2015 nuclear deal.

Background: Ukraine last month downgraded diplomatic relations with Tehran, stripping the Iranian ambassador of his accreditation in response to the drone deliveries. Talks on reviving the nuclear deal have stalled, and Western governments have also sanctioned Iranian officials over the violent crackdown on protests that erupted after the death in custody of Mahsa Amini in September.
""", ("2022-10-20", "2022-10-21", "EU ministers agreed 'on Thursday' 20 October 2022"),
[P("John Kirby", "USA", "White House national security spokesman"),
 P("Volodymyr Zelenskyy", "UKR", "President"),
 P("Nasser Kanaani", "IRN", "Foreign ministry spokesman"),
 P("Hossein Amirabdollahian", "IRN", "foreign minister"),
 P("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 P("Antonio Guterres", "UNO", "UN Secretary-General"),
 P("Mahsa Amini", "IRN", None)],
[E("EUR", "IRN", "SANCTION", True, "The European Union has imposed sanctions on three Iranian military officers"),
 E("IRN", "RUS", "AID", True, "the supply of unmanned aerial vehicles to Russia"),
 E("EUR", "IRN", "SANCTION", False, "agreed on Thursday to freeze the assets of Shahed Aviation Industries"),
 E("GBR", "IRN", "SANCTION", True, "Britain announced matching measures the same day"),
 E("USA", "IRN", "SANCTION", True, "has already blacklisted several Iranian firms involved in drone production"),
 E("USA", "IRN", "THREATEN", True, "warned it would \"vigorously enforce\" its sanctions"),
 E("USA", "IRN", "ACCUSE", True, "\"Iran is now directly engaged on the ground\" in Crimea"),
 E("UKR", "RUS", "ACCUSE", False, "Ukraine says Russia has launched hundreds of Iranian-made drones"),
 E("RUS", "UKR", "ASSAULT", True, "a wave of attacks on Kyiv on Monday that killed at least four people"),
 E("UKR", "EUR", "REQUEST", True, "urged the EU to go further"),
 E("IRN", "WST|EUR|UKR|USA", "REJECT", True, "Iran has denied supplying drones for use in the war"),
 E("IRN", "EUR", "ACCUSE REJECT", True, "called the EU decision \"baseless\""),
 E("IRN", "EUR", "THREATEN", True, "Tehran would respond to what he described as an unconstructive step"),
 E("RUS", "UKR|WST|USA", "REJECT", False, "The Kremlin also denied that its forces were using Iranian drones"),
 E("FRA", "UNO", "REQUEST", True, "have asked the UN Secretary-General Antonio Guterres to investigate"),
 E("GBR", "UNO", "REQUEST", True, "have asked the UN Secretary-General Antonio Guterres to investigate"),
 E("DEU", "UNO", "REQUEST", True, "have asked the UN Secretary-General Antonio Guterres to investigate"),
 E("UKR", "IRN", "REJECT SANCTION COERCE", False, "Ukraine last month downgraded diplomatic relations with Tehran"),
 E("IRN", "USA|WST", "CONSULT", False, "Talks on reviving the nuclear deal have stalled", sym=True),
 E("WST", "IRN", "SANCTION", False, "Western governments have also sanctioned Iranian officials"),
 E("IRN", "IRN", "COERCE", False, "the violent crackdown on protests")],
meta=dict(date_publish="2022-10-20 16:30:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/10/20/eu-sanctions-iran-drones-russia",
          source_domain="www.aljazeera.com", description="The EU, UK and US move against Iranian officers and a drone maker over Shahed drones used by Russia in Ukraine."))

A("V19", "dump", "Erdogan warns Greece Turkey 'may come suddenly one night' as Aegean row deepens", """
Turkish President Recep Tayyip Erdogan has warned Greece that Turkish forces "may come suddenly one night", sharply escalating a war of words between the two NATO allies over disputed islands and airspace in the Aegean Sea.

Speaking at a festival in the Black Sea city of Samsun on Saturday, Erdogan accused Athens of "occupying" islands in the Aegean and of arming them in violation of peace treaties. "Your occupation of the islands does not bind us. When the time comes, we will do what is necessary," he said.

Greece dismissed the remarks. Foreign Minister Nikos Dendias said Athens would not be drawn into a "dialogue of threats" and that Greece was sending letters to the United Nations, NATO and the European Union to inform them of Turkey's rhetoric. Government spokesman Giannis Oikonomou said Greece would defend its sovereignty.

The two countries have also traded accusations over the airspace above the Aegean. Ankara said last month that a Greek S-300 air defence system on the island of Crete had locked its radar on Turkish F-16 jets flying a NATO mission, which Athens denied. Greece says Turkish aircraft violate its airspace almost daily and carry out mock dogfights with Greek jets.

Turkey's Defence Minister Hulusi Akar accused Greece of harassing Turkish aircraft and said Ankara would respond "in kind" to any hostile act.

Relations were already strained. In May, Erdogan said Greek Prime Minister Kyriakos Mitsotakis "no longer exists" for him and cancelled a high-level cooperation meeting, after Mitsotakis urged the US Congress not to approve the sale of F-16 jets to Turkey.

The European Union criticised Erdogan's statement. A spokesman for the bloc's foreign service, Peter Stano, said threats against a member state were "unacceptable" and called on Ankara to respect Greek sovereignty.

Background: Greece and Turkey came close to war over uninhabited islets in 1996. Athens says it has the right to defend islands lying close to the Turkish coast, while Ankara argues their militarisation breaches the 1923 Treaty of Lausanne and the 1947 Treaty of Paris. The United States has expanded its military presence in Greece, including at the port of Alexandroupolis, which Turkish officials say is aimed at them.
""", ("2022-09-04", "2022-09-07", "Erdogan's Samsun speech 'on Saturday' 3 September 2022"),
[P("Recep Tayyip Erdogan", "TUR", "President"),
 P("Nikos Dendias", "GRC", "Foreign Minister"),
 P("Giannis Oikonomou", "GRC", "Government spokesman"),
 P("Hulusi Akar", "TUR", "Defence Minister"),
 P("Kyriakos Mitsotakis", "GRC", "Prime Minister"),
 P("Peter Stano", "EUR", "spokesman for the EU foreign service")],
[E("TUR", "GRC", "THREATEN", True, "has warned Greece that Turkish forces \"may come suddenly one night\""),
 E("TUR", "GRC", "ACCUSE", True, "accused Athens of \"occupying\" islands in the Aegean"),
 E("TUR", "GRC", "THREATEN", False, "When the time comes, we will do what is necessary"),
 E("GRC", "TUR", "REJECT", True, "Greece dismissed the remarks"),
 E("GRC", "TUR", "REJECT", False, "Athens would not be drawn into a \"dialogue of threats\""),
 E("GRC", "UNO", "REQUEST CONSULT", True, "Greece was sending letters to the United Nations, NATO and the European Union"),
 E("GRC", "IGO", "REQUEST CONSULT", True, "Greece was sending letters to the United Nations, NATO and the European Union"),
 E("GRC", "EUR", "REQUEST CONSULT", True, "Greece was sending letters to the United Nations, NATO and the European Union"),
 E("GRC", "TUR", "THREATEN", False, "Greece would defend its sovereignty"),
 E("TUR", "GRC", "ACCUSE", True, "had locked its radar on Turkish F-16 jets"),
 E("GRC", "TUR", "REJECT", True, "which Athens denied"),
 E("GRC", "TUR", "ACCUSE", True, "Greece says Turkish aircraft violate its airspace almost daily"),
 E("TUR", "GRC", "ACCUSE", True, "accused Greece of harassing Turkish aircraft"),
 E("TUR", "GRC", "THREATEN", True, "Ankara would respond \"in kind\" to any hostile act"),
 E("TUR", "GRC", "REJECT", True, "cancelled a high-level cooperation meeting"),
 E("GRC", "USA", "REQUEST", True, "Mitsotakis urged the US Congress not to approve the sale of F-16 jets to Turkey"),
 E("EUR", "TUR", "ACCUSE", True, "threats against a member state were \"unacceptable\""),
 E("EUR", "TUR", "REQUEST", True, "called on Ankara to respect Greek sovereignty"),
 E("GRC", "TUR", "ASSAULT", False, "came close to war over uninhabited islets in 1996", sym=True),
 E("USA", "GRC", "COOPERATE MOBILIZE", False, "The United States has expanded its military presence in Greece"),
 E("TUR", "USA", "ACCUSE", False, "which Turkish officials say is aimed at them")],
nbsp=True)

A("V20", "txt", "India says troops repelled Chinese 'transgression' in Tawang border clash", """
India says its soldiers fought back Chinese troops who tried to "unilaterally change the status quo" on their disputed Himalayan border, in the most serious clash between the nuclear-armed neighbours in nearly two years.

Defence Minister Rajnath Singh told parliament on Tuesday that troops of China's People's Liberation Army (PLA) had "transgressed" into the Yangtse area of Tawang in the northeastern state of Arunachal Pradesh on December 9, and were pushed back by Indian soldiers.

"The ensuing face-off led to a physical scuffle in which the Indian Army bravely prevented the PLA from transgressing into our territory and compelled them to return to their posts," Singh said. He said soldiers on both sides were injured but no Indian soldier was killed or seriously hurt.

Local commanders held a flag meeting on December 11 to restore calm, and the issue had also been taken up with Beijing through diplomatic channels, Singh said.

China gave a different account. A spokesman for the PLA's Western Theatre Command said Indian troops had "illegally crossed" the line and obstructed a routine Chinese patrol in the area, which Beijing claims as part of "South Tibet". Foreign ministry spokesman Wang Wenbin said the border situation was "generally stable" and urged India to work with China to maintain peace.

In New Delhi, opposition parties walked out of parliament after the government refused to allow a debate on the clash. Congress party leader Mallikarjun Kharge accused Prime Minister Narendra Modi's government of hiding the truth about Chinese incursions.

The United States welcomed the fact that both sides had quickly disengaged. White House press secretary Karine Jean-Pierre said Washington supported India's efforts to resolve the dispute through existing bilateral channels.

Background: the two countries fought a war in 1962 and share a 3,440km-long poorly demarcated frontier known as the Line of Actual Control. In June 2020, at least 20 Indian and four Chinese soldiers were killed in hand-to-hand fighting in the Galwan Valley in Ladakh, prompting both sides to rush tens of thousands of troops to the border. More than a dozen rounds of talks between military commanders have since produced partial pullbacks.
""", ("2022-12-13", "2022-12-14", "Rajnath Singh told parliament 'on Tuesday' 13 December 2022"),
[P("Rajnath Singh", "IND", "Defence Minister"),
 P("Wang Wenbin", "CHN", "Foreign ministry spokesman"),
 P("Mallikarjun Kharge", "IND", "Congress party leader"),
 P("Narendra Modi", "IND", "Prime Minister"),
 P("Karine Jean-Pierre", "USA", "White House press secretary")],
[E("IND", "CHN", "ASSAULT", True, "its soldiers fought back Chinese troops", sym=True),
 E("IND", "CHN", "ACCUSE", True, "tried to \"unilaterally change the status quo\""),
 E("IND", "CHN", "ACCUSE", False, "had \"transgressed\" into the Yangtse area of Tawang"),
 E("IND", "CHN", "ASSAULT COERCE", False, "compelled them to return to their posts"),
 E("IND", "CHN", "CONSULT", True, "Local commanders held a flag meeting on December 11", sym=True),
 E("IND", "CHN", "PROTEST CONSULT", True, "the issue had also been taken up with Beijing through diplomatic channels"),
 E("CHN", "IND", "ACCUSE", True, "Indian troops had \"illegally crossed\" the line"),
 E("CHN", "IND", "REQUEST", True, "urged India to work with China to maintain peace"),
 E("IND", "IND", "PROTEST", True, "opposition parties walked out of parliament"),
 E("IND", "IND", "REJECT", True, "the government refused to allow a debate on the clash"),
 E("IND", "IND", "ACCUSE", True, "accused Prime Minister Narendra Modi's government of hiding the truth"),
 E("USA", "IND|CHN", "SUPPORT", False, "The United States welcomed the fact that both sides had quickly disengaged"),
 E("USA", "IND", "SUPPORT", True, "Washington supported India's efforts to resolve the dispute"),
 E("IND", "CHN", "ASSAULT", False, "the two countries fought a war in 1962", sym=True),
 E("IND", "CHN", "ASSAULT", False, "killed in hand-to-hand fighting in the Galwan Valley", sym=True),
 E("IND", "CHN", "MOBILIZE", False, "prompting both sides to rush tens of thousands of troops to the border", sym=True),
 E("IND", "CHN", "CONSULT RETREAT AGREE", False, "More than a dozen rounds of talks between military commanders", sym=True)])
