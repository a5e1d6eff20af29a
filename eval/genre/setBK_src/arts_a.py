from common import add, E, P, pub

add("BK1", "txt", "AFGHAN JETS BOMB REFUGEE AREAS IN PAKISTAN, DOZENS DEAD", """
ISLAMABAD, March 24 - Afghan warplanes bombed a market town and a nearby refugee camp in Pakistan's Kurram tribal agency on Monday, killing at least 60 people and wounding scores more, Pakistani officials said.

The Foreign Ministry summoned the Afghan charge d'affaires and handed him a strong protest over what it called a "wanton and unprovoked" violation of Pakistani airspace.

"The Kabul regime must bear full responsibility for the killing of innocent refugees and Pakistani citizens," a ministry spokesman told reporters.

Officials said four aircraft crossed the border near Teri Mangal and dropped bombs on a crowded bazaar, where many of the three million Afghan refugees sheltering in Pakistan come to buy food and sell livestock. Hospitals in Parachinar were overwhelmed, they said.

Kabul radio denied that any raid had taken place. It accused Pakistan of allowing Moslem rebels to use the camps as bases for attacks inside Afghanistan and said Islamabad was inventing incidents to win more Western arms.

Western diplomats said the raids appeared intended to put pressure on Islamabad ahead of a new round of U.N.-sponsored talks in Geneva, where Pakistan and Afghanistan are negotiating indirectly on a Soviet troop withdrawal.

The United States condemned the bombing. State Department spokesman Charles Redman said Washington "deplores this latest attack on defenceless refugees" and called on Moscow to use its influence in Kabul to halt such raids.

President Mohammad Zia ul-Haq, speaking in Lahore, said Pakistan would not be intimidated and would go on sheltering the refugees "as long as the occupation of their homeland continues."

The office of the U.N. High Commissioner for Refugees said it was rushing emergency medical supplies and tents to the area.

Guerrilla leaders based in Peshawar said their fighters would step up attacks on government garrisons in eastern Afghanistan in retaliation for the bombing.

Reuter
""", pub("1987-03-24", why="dateline 'March 24'; Teri Mangal raids of March 1987"),
[P("Charles Redman", "USA", "State Department spokesman"), P("Mohammad Zia ul-Haq", "PAK", "President")],
[
 E("AFG", "PAK", "ASSAULT", "Afghan warplanes bombed a market town and a nearby refugee camp in Pakistan's Kurram tribal agency"),
 E("PAK", "AFG", "PROTEST", "handed him a strong protest"),
 E("PAK", "AFG", "CONSULT", "The Foreign Ministry summoned the Afghan charge d'affaires", req=False),
 E("PAK", "AFG", "ACCUSE", "The Kabul regime must bear full responsibility"),
 E("AFG", "PAK", "REJECT", "Kabul radio denied that any raid had taken place"),
 E("AFG", "PAK", "ACCUSE", "It accused Pakistan of allowing Moslem rebels to use the camps as bases"),
 E("PAK", "AFG", "CONSULT", "Pakistan and Afghanistan are negotiating indirectly on a Soviet troop withdrawal", req=False, sym=True),
 E("USA", "AFG", "PROTEST ACCUSE", "The United States condemned the bombing"),
 E("USA", "RUS|SUN", "REQUEST", "called on Moscow to use its influence in Kabul to halt such raids"),
 E("PAK", "AFG", "REJECT", "Pakistan would not be intimidated", req=False),
 E("PAK", "RUS|SUN", "ACCUSE", "as long as the occupation of their homeland continues", req=False),
 E("UNO", "PAK", "AID", "it was rushing emergency medical supplies and tents to the area"),
 E("AFG", "AFG", "THREATEN", "their fighters would step up attacks on government garrisons"),
])

add("BK2", "json", "TURKEY LETS IN 40,000 KURDS FLEEING IRAQI ARMY OFFENSIVE", """
ANKARA, September 1 - Turkey has given temporary shelter to more than 40,000 Iraqi Kurds who poured across the mountainous border this week to escape an Iraqi army offensive, Turkish officials said on Thursday.

Prime Minister Turgut Ozal told reporters the refugees had been admitted "for humanitarian reasons" but said Turkey could not keep them indefinitely, and he appealed to Western countries to share the burden.

"We have opened our doors, but this is not a load that Turkey alone can carry," Ozal said.

The Kurds, many of them women and children, said Iraqi troops backed by helicopters had attacked their villages in the north, and some said poison gas had been dropped on them.

Baghdad denied using chemical weapons and said its forces were only restoring order in the north after the ceasefire in the Gulf war with Iran.

Iraqi Foreign Minister Tareq Aziz, in a message delivered to Ankara, asked Turkey not to let its territory become a haven for "saboteurs" and to hand over armed Kurdish fighters among the refugees.

Turkish officials said the demand had been turned down. "Turkey does not send back people who came to it fleeing death," one Foreign Ministry official said.

Turkish troops disarmed the Kurdish guerrillas, known as peshmerga, as they crossed and moved the refugees to tent camps near the towns of Yuksekova and Cukurca.

The Turkish Red Crescent was handing out bread and blankets, and Ankara said it had asked the United Nations for tents and medicine.

In Washington, the State Department said it was deeply disturbed by the reports of chemical weapons use and urged Iraq to abide by international law.

Iran, which took in thousands of Kurdish refugees earlier this year, accused Baghdad of "genocide" against the Kurdish population.

Reuter
""", pub("1988-09-01", why="dateline 'September 1'; Kurdish exodus to Turkey after the August 1988 Anfal offensive"),
[P("Turgut Ozal", "TUR", "Prime Minister"), P("Tareq Aziz", "IRQ", "Foreign Minister")],
[
 E("TUR", "IRQ", "AID", "Turkey has given temporary shelter to more than 40,000 Iraqi Kurds", req=False),
 E("TUR", "WST", "REQUEST", "he appealed to Western countries to share the burden"),
 E("IRQ", "IRQ", "ASSAULT", "Iraqi troops backed by helicopters had attacked their villages"),
 E("IRQ", "IRQ|USA|TUR", "REJECT", "Baghdad denied using chemical weapons", req=False),
 E("IRQ", "TUR", "REQUEST", "asked Turkey not to let its territory become a haven"),
 E("TUR", "IRQ", "REJECT", "the demand had been turned down"),
 E("TUR", "IRQ", "COERCE", "Turkish troops disarmed the Kurdish guerrillas"),
 E("TUR", "UNO", "REQUEST", "it had asked the United Nations for tents and medicine"),
 E("USA", "IRQ", "REQUEST", "urged Iraq to abide by international law"),
 E("USA", "IRQ", "ACCUSE", "deeply disturbed by the reports of chemical weapons use", req=False),
 E("IRN", "IRQ", "ACCUSE", "accused Baghdad of \"genocide\""),
], meta={"date_publish": "1988-09-01 11:42:00", "authors": [], "url": None, "source_domain": "reuters.com",
         "description": "Turkey shelters tens of thousands of Iraqi Kurds but refuses Baghdad's demand to hand over fighters."})

add("BK3", "txt", "ETHIOPIA SAYS ERITREAN REBELS BURNED FAMINE FOOD CONVOY", """
ADDIS ABABA, October 26 - Ethiopia accused Eritrean secessionist rebels on Monday of ambushing a convoy carrying famine relief in the north and setting fire to 23 trucks loaded with grain donated by Western countries.

The official Ethiopian News Agency said guerrillas of the Eritrean People's Liberation Front attacked the convoy on Friday on the road south of Asmara, killing one driver. The trucks belonged to the government's Relief and Rehabilitation Commission, it said.

The EPLF, in a statement issued in Khartoum, said its fighters had hit a military column and denied that it had targeted food aid. It accused the Addis Ababa government of using relief trucks to move troops and ammunition to the front.

The attack came as aid agencies warn that up to five million Ethiopians face starvation after this year's rains failed, raising fears of a repeat of the 1984-85 famine in which hundreds of thousands died.

The U.N. World Food Programme said it had suspended convoys on the road until security could be guaranteed and urged both the government and the rebels to let food move freely.

"Food must never be used as a weapon of war. We call on every party to guarantee safe passage," a WFP spokesman said in Rome.

Western donors, who have pledged more than 900,000 tonnes of grain, voiced dismay. A U.S. embassy spokesman said Washington condemned the attack "whoever is responsible."

Ethiopian leader Mengistu Haile Mariam appealed earlier this month for international help to avert a catastrophe.

Relief officials said the government had agreed to let the International Committee of the Red Cross run a separate convoy route into Tigray, where another rebel movement, the Tigre People's Liberation Front, is fighting.

The TPLF said it would not attack relief columns but warned that government soldiers travelling with them would be fired on.

Reuter
""", pub("1987-10-26", why="dateline 'October 26'; EPLF convoy attack of October 1987"),
[P("Mengistu Haile Mariam", "ETH", "leader")],
[
 E("ETH", "ERI|ETH", "ACCUSE", "Ethiopia accused Eritrean secessionist rebels on Monday of ambushing a convoy"),
 E("ERI|ETH", "ETH", "ASSAULT", "guerrillas of the Eritrean People's Liberation Front attacked the convoy"),
 E("ERI|ETH", "ETH", "REJECT", "denied that it had targeted food aid"),
 E("ERI|ETH", "ETH", "ACCUSE", "It accused the Addis Ababa government of using relief trucks"),
 E("UNO", "ETH", "REQUEST", "urged both the government and the rebels to let food move freely"),
 E("UNO", "ERI|ETH", "REQUEST", "urged both the government and the rebels to let food move freely"),
 E("UNO", "ETH", "SANCTION RETREAT", "it had suspended convoys on the road", req=False),
 E("USA", "ERI|ETH", "PROTEST ACCUSE", "Washington condemned the attack", req=False),
 E("WST", "ETH", "AID", "Western donors, who have pledged more than 900,000 tonnes of grain", req=False),
 E("ETH", "WST|UNO|IGO", "REQUEST", "appealed earlier this month for international help", req=False),
 E("ETH", "NGO|IGO", "AGREE COOPERATE", "the government had agreed to let the International Committee of the Red Cross run a separate convoy route"),
 E("ETH", "ETH", "THREATEN", "warned that government soldiers travelling with them would be fired on"),
])

add("BK4", "json", "U.S. TO PROCESS SOVIET EMIGRES ONLY IN MOSCOW, ENDING VIENNA ROUTE", """
WASHINGTON, September 13 - The United States will stop processing Soviet emigrants seeking refugee status in Vienna and Rome from October 1 and will require them to apply at its embassy in Moscow, the State Department said on Wednesday.

The decision, which officials said was forced by a shortage of funds and a backlog of more than 6,000 people waiting in Italy, is expected to steer many Soviet Jews towards Israel.

State Department spokeswoman Margaret Tutwiler told reporters the United States would admit up to 50,000 Soviet refugees in the fiscal year beginning in October.

Israel welcomed the move. The office of Prime Minister Yitzhak Shamir said in a statement that Soviet Jews "belong in their homeland" and thanked Washington for its understanding.

Israel has long pressed Washington to shut the Vienna route, through which most Jews leaving on Israeli visas have dropped out and gone on to America instead.

Italian officials said they had asked Washington to speed up the handling of the thousands of Soviets living in rented rooms in the seaside town of Ladispoli. The State Department said it had agreed to clear that backlog by the end of the year.

Moscow, which has let record numbers leave under Soviet leader Mikhail Gorbachev, said it had no objection. Foreign Ministry spokesman Gennady Gerasimov said the Soviet Union would not stand in the way of anyone leaving legally, and he called on Washington to lift trade curbs tied to emigration.

The Jackson-Vanik amendment bars most-favoured-nation trade status for the Soviet Union until it guarantees free emigration. U.S. officials said President George Bush would consider a waiver if Moscow wrote its new emigration rules into law.

Secretary of State James Baker is expected to raise the issue with Soviet Foreign Minister Eduard Shevardnadze when they meet in Wyoming later this month.

Soviet activists accused Moscow of still refusing exit visas to thousands of so-called refuseniks on grounds that they once had access to state secrets.

Hungary said it had agreed to let Soviet Jews fly on to Israel via Budapest, and Israeli and Soviet officials, whose countries have no diplomatic ties, have been discussing direct flights.

Reuter
""", pub("1989-09-13", why="dateline 'September 13'; 1989 change to processing of Soviet refugee applicants"),
[P("Margaret Tutwiler", "USA", "State Department spokeswoman"), P("Yitzhak Shamir", "ISR", "Prime Minister"),
 P("Mikhail Gorbachev", "RUS", "Soviet leader"), P("Gennady Gerasimov", "RUS", "Foreign Ministry spokesman"),
 P("George Bush", "USA", "President"), P("James Baker", "USA", "Secretary of State"),
 P("Eduard Shevardnadze", "RUS", "Soviet Foreign Minister")],
[
 E("ISR", "USA", "SUPPORT", "Israel welcomed the move"),
 E("ISR", "USA", "REQUEST", "Israel has long pressed Washington to shut the Vienna route", req=False),
 E("ITA", "USA", "REQUEST", "they had asked Washington to speed up the handling"),
 E("USA", "ITA", "AGREE", "it had agreed to clear that backlog"),
 E("RUS|SUN", "USA", "REQUEST", "he called on Washington to lift trade curbs tied to emigration"),
 E("RUS|SUN", "USA", "CONCEDE AGREE", "would not stand in the way of anyone leaving legally", req=False),
 E("USA", "RUS|SUN", "REQUEST AGREE", "would consider a waiver if Moscow wrote its new emigration rules into law", req=False),
 E("USA", "RUS|SUN", "CONSULT", "is expected to raise the issue with Soviet Foreign Minister Eduard Shevardnadze", req=False, sym=True),
 E("RUS|SUN", "RUS|SUN", "ACCUSE", "Soviet activists accused Moscow of still refusing exit visas"),
 E("RUS|SUN", "RUS|SUN", "REJECT", "refusing exit visas to thousands of so-called refuseniks", req=False),
 E("HUN", "ISR", "AGREE COOPERATE", "Hungary said it had agreed to let Soviet Jews fly on to Israel via Budapest"),
 E("ISR", "RUS|SUN", "CONSULT", "have been discussing direct flights", sym=True),
], meta={"date_publish": "1989-09-13 18:05:00", "authors": [], "url": None, "source_domain": "reuters.com",
         "description": "Washington moves refugee processing for Soviet emigres to Moscow; Israel welcomes the change."})

add("BK5", "dump-1", "EAST GERMANY LETS PRAGUE EMBASSY REFUGEES LEAVE FOR THE WEST", """
PRAGUE, September 30 - East Germany agreed on Saturday to let thousands of its citizens who have crammed into the West German embassy in Prague emigrate to the West, ending a weeks-long standoff, West German Foreign Minister Hans-Dietrich Genscher announced.

Genscher, speaking from the embassy balcony to refugees camped in the muddy garden, was greeted with cheers and tears. "You will be able to travel to the Federal Republic tonight," he told them.

He flew to Prague after talks in New York with East German Foreign Minister Oskar Fischer on the sidelines of the U.N. General Assembly.

Under the arrangement, the refugees, estimated at more than 5,000, will travel in special trains that pass through East German territory, a condition set by East Berlin, which insists it is expelling them.

Another 800 East Germans sheltering at the West German embassy in Warsaw will leave in the same way. Polish officials said Warsaw would not stand in the way of their departure.

Bonn had for weeks urged East Berlin to resolve the crisis, while the East German news agency ADN accused West Germany of "organised trafficking in human beings" and of luring citizens with promises of wealth.

The government of East German leader Erich Honecker had earlier refused to discuss the issue with Bonn, saying the people in the embassies were a matter for Czechoslovakia and Poland.

Czechoslovak police had earlier used truncheons to stop East Germans climbing the embassy fence, and hundreds more were detained at the border.

Genscher also met Czechoslovak Foreign Minister Jaromir Johanes in Prague before going to the embassy.

West German Chancellor Helmut Kohl thanked the Czechoslovak government for its help in ending the crisis.

Soviet Foreign Minister Eduard Shevardnadze, who was in New York, was reported to have encouraged East Berlin to find a quick solution.

Reuter
""", pub("1989-09-30", why="dateline 'September 30'; Genscher's Prague embassy announcement of 30 September 1989"),
[P("Hans-Dietrich Genscher", "DEU", "West German Foreign Minister"), P("Oskar Fischer", "DDR", "East German Foreign Minister"),
 P("Erich Honecker", "DDR", "East German leader"), P("Jaromir Johanes", "CSK", "Czechoslovak Foreign Minister"),
 P("Helmut Kohl", "DEU", "West German Chancellor"), P("Eduard Shevardnadze", "RUS", "Soviet Foreign Minister")],
[
 E("DDR|DEU", "DEU", "AGREE CONCEDE", "East Germany agreed on Saturday to let thousands of its citizens"),
 E("DEU", "DDR|DEU", "CONSULT", "after talks in New York with East German Foreign Minister Oskar Fischer", sym=True),
 E("DDR|DEU", "DDR|DEU", "COERCE", "which insists it is expelling them", req=False),
 E("DEU", "DDR|DEU", "REQUEST", "Bonn had for weeks urged East Berlin to resolve the crisis"),
 E("DDR|DEU", "DEU", "ACCUSE", "accused West Germany of \"organised trafficking in human beings\""),
 E("DDR|DEU", "DEU", "REJECT", "had earlier refused to discuss the issue with Bonn", req=False),
 E("CSK|CZE", "DDR|DEU", "COERCE", "Czechoslovak police had earlier used truncheons to stop East Germans"),
 E("DEU", "CSK|CZE", "CONSULT", "Genscher also met Czechoslovak Foreign Minister Jaromir Johanes", sym=True),
 E("DEU", "CSK|CZE", "SUPPORT", "thanked the Czechoslovak government for its help"),
 E("RUS|SUN", "DDR|DEU", "REQUEST", "encouraged East Berlin to find a quick solution", req=False),
 E("POL", "DEU|DDR", "AGREE CONCEDE", "Warsaw would not stand in the way of their departure"),
])

add("BK6", "dump-2", "MALAYSIA VOWS TO TURN BACK NEW VIETNAMESE BOAT ARRIVALS", """
KUALA LUMPUR, March 8 - Malaysia will tow boats carrying Vietnamese asylum-seekers back out to sea and will no longer let them land, Deputy Prime Minister Ghafar Baba said on Wednesday.

"We have been patient for 14 years. Malaysia cannot remain a dumping ground for people who leave for economic reasons," Ghafar told reporters after a cabinet meeting.

More than 13,000 Vietnamese are held on Pulau Bidong island off Malaysia's east coast, and arrivals have climbed sharply since the start of the year.

Ghafar said Western countries had failed to honour pledges to resettle the boat people, and he called on them to take the refugees already in Malaysian camps.

The office of the U.N. High Commissioner for Refugees urged Kuala Lumpur to reconsider, saying that pushing boats back to sea put lives at risk.

"The principle of first asylum must be respected while a regional solution is found," a UNHCR spokesman said in Geneva.

Malaysian navy vessels have already turned away at least 10 boats since January, according to relief workers on Bidong, who said one boat capsized after being towed out. The government denied that any lives had been lost.

Vietnam, which says it will accept back those who return voluntarily, accused Malaysia of "inhumane" treatment of its citizens.

The United States said it opposed the new policy. "We urge Malaysia to continue offering first asylum," a U.S. embassy spokesman said.

Ghafar met Thai Foreign Minister Siddhi Savetsila on Tuesday to discuss a joint approach. Thailand, which pushed back hundreds of boats last year, has said it will coordinate its policy with Kuala Lumpur.

Reuter
""", pub("1989-03-08", why="dateline 'March 8', a Wednesday in 1989; Malaysian push-back policy ahead of the June 1989 Geneva conference"),
[P("Ghafar Baba", "MYS", "Deputy Prime Minister"), P("Siddhi Savetsila", "THA", "Thai Foreign Minister")],
[
 E("MYS", "VNM", "THREATEN REJECT COERCE", "Malaysia will tow boats carrying Vietnamese asylum-seekers back out to sea"),
 E("MYS", "WST", "ACCUSE", "Western countries had failed to honour pledges to resettle the boat people"),
 E("MYS", "WST", "REQUEST", "he called on them to take the refugees already in Malaysian camps"),
 E("UNO", "MYS", "REQUEST", "urged Kuala Lumpur to reconsider"),
 E("MYS", "VNM", "COERCE", "Malaysian navy vessels have already turned away at least 10 boats"),
 E("MYS", "NGO", "REJECT", "The government denied that any lives had been lost", req=False),
 E("VNM", "MYS", "ACCUSE", "accused Malaysia of \"inhumane\" treatment of its citizens"),
 E("USA", "MYS", "REQUEST", "We urge Malaysia to continue offering first asylum"),
 E("USA", "MYS", "REJECT PROTEST", "The United States said it opposed the new policy", req=False),
 E("MYS", "THA", "CONSULT", "Ghafar met Thai Foreign Minister Siddhi Savetsila on Tuesday", sym=True),
 E("THA", "MYS", "COOPERATE AGREE", "has said it will coordinate its policy with Kuala Lumpur", req=False),
 E("THA", "VNM", "COERCE", "pushed back hundreds of boats last year", req=False),
])
