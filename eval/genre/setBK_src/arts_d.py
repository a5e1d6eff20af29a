from common import add, E, P, pub

add("BK16", "txt", "Blinken visits Moldova as Ukrainian refugees strain Europe's poorest nation", """
US Secretary of State Antony Blinken has visited Moldova, pledging Washington's support for the small former Soviet republic as it struggles to cope with tens of thousands of refugees fleeing Russia's invasion of neighbouring Ukraine.

Blinken met President Maia Sandu in the capital, Chisinau, on Sunday, a day after visiting a border crossing between Poland and Ukraine, where he held talks with Ukrainian Foreign Minister Dmytro Kuleba.

More than 120,000 refugees have crossed into Moldova, a country of 2.6 million people, since Russia launched its offensive on February 24. Most have moved on to Romania and other European Union states, but tens of thousands have stayed, many housed by Moldovan families.

Sandu told reporters her government needed international help to shelter the new arrivals and to cope with soaring energy prices. "We are a small country with big hearts, but our resources are limited," she said.

Blinken said the United States would provide additional humanitarian funding for Moldova and praised its people for opening their homes. "We stand with Moldova," he said.

The European Union has said it will help relocate some of the refugees from Moldova to member states and has sent tents and medical supplies.

Moldova, which is constitutionally neutral, has said it will not join Western sanctions against Moscow, citing its near-total dependence on Russian gas.

About 1,500 Russian troops are stationed in Transnistria, a breakaway region along the Ukrainian border, and Sandu said Chisinau's demand that they leave had not changed.

Ukrainian President Volodymyr Zelenskyy has thanked Moldova for taking in refugees.

UN refugee chief Filippo Grandi, who visited Moldova last week, has warned that the exodus from Ukraine could become Europe's largest refugee crisis this century.
""", pub("2022-03-06", "2022-03-07", why="Blinken visited Chisinau on Sunday 6 March 2022"),
[P("Antony Blinken", "USA", "Secretary of State"), P("Maia Sandu", "MDA", "President"),
 P("Dmytro Kuleba", "UKR", "Foreign Minister"), P("Volodymyr Zelenskyy", "UKR", "President"),
 P("Filippo Grandi", "UNO", "UN refugee chief")],
[
 E("USA", "MDA", "SUPPORT", "pledging Washington's support for the small former Soviet republic"),
 E("USA", "MDA", "CONSULT", "Blinken met President Maia Sandu", sym=True),
 E("USA", "UKR", "CONSULT", "where he held talks with Ukrainian Foreign Minister Dmytro Kuleba", sym=True),
 E("RUS", "UKR", "ASSAULT", "Russia's invasion of neighbouring Ukraine", req=False),
 E("MDA", "USA|WST|IGO", "REQUEST", "her government needed international help"),
 E("USA", "MDA", "AID", "the United States would provide additional humanitarian funding for Moldova"),
 E("USA", "MDA", "SUPPORT", "We stand with Moldova", req=False),
 E("EUR", "MDA", "AID COOPERATE", "The European Union has said it will help relocate some of the refugees"),
 E("MDA", "WST|EUR|RUS", "REJECT", "has said it will not join Western sanctions against Moscow", req=False),
 E("MDA", "RUS", "REQUEST", "Chisinau's demand that they leave had not changed"),
 E("UKR", "MDA", "SUPPORT", "Ukrainian President Volodymyr Zelenskyy has thanked Moldova"),
])

add("BK17", "dump-2", "Libya: Guards kill six migrants at Tripoli detention centre, UN says", """
Guards at an overcrowded migrant detention centre in the Libyan capital, Tripoli, shot dead at least six people during a mass escape attempt, the UN's migration agency has said.

The International Organization for Migration said the shooting at the al-Mabani centre happened early on Friday. Several others were wounded, among them minors.

"We are shocked by the use of live ammunition against people who are already living in inhumane conditions," said Federico Soda, the IOM's chief of mission in Libya.

The killings follow last week's raids on the Gargaresh district in western Tripoli, where security forces detained more than 5,000 migrants, including women and children, in what officials called an operation against drugs and illegal immigration. One person was killed and at least 15 injured during the raids, according to the UN.

The UN human rights office urged the Libyan authorities to investigate and to stop the arbitrary detention of migrants and asylum seekers.

Libya's interior minister, Khaled Mazen, told reporters the raids were lawful and rejected accusations of abuse made by the UN.

The African Union condemned the killings and urged Tripoli to protect African migrants on its territory.

The European Union, which funds and trains the Libyan coastguard, said it was deeply concerned and called for an independent investigation.

Libya has been in turmoil since a NATO-backed uprising toppled and killed longtime leader Muammar Gaddafi in 2011. The interim government of Prime Minister Abdul Hamid Dbeibah is meant to lead the country to elections in December.

Hundreds of migrants have since gathered outside a UNHCR facility in Tripoli, demanding to be evacuated to safe countries.
""", pub("2021-10-08", "2021-10-09", why="al-Mabani shooting Friday 8 October 2021; Gargaresh raids 1 October"),
[P("Federico Soda", "UNO", "IOM chief of mission in Libya"), P("Khaled Mazen", "LBY", "interior minister"),
 P("Muammar Gaddafi", "LBY", "longtime leader"), P("Abdul Hamid Dbeibah", "LBY", "Prime Minister")],
[
 E("LBY", "LBY", "ASSAULT", "shot dead at least six people during a mass escape attempt"),
 E("UNO|IGO", "LBY", "ACCUSE", "We are shocked by the use of live ammunition", req=False),
 E("LBY", "LBY", "COERCE", "security forces detained more than 5,000 migrants"),
 E("UNO", "LBY", "REQUEST", "urged the Libyan authorities to investigate"),
 E("LBY", "UNO", "REJECT", "rejected accusations of abuse made by the UN"),
 E("IGO", "LBY", "ACCUSE PROTEST", "The African Union condemned the killings"),
 E("IGO", "LBY", "REQUEST", "urged Tripoli to protect African migrants"),
 E("EUR", "LBY", "REQUEST", "called for an independent investigation"),
 E("EUR", "LBY", "AID", "which funds and trains the Libyan coastguard", req=False),
 E("IGO", "LBY", "ASSAULT", "a NATO-backed uprising toppled and killed longtime leader Muammar Gaddafi", req=False),
 E("LBY", "UNO", "REQUEST PROTEST", "demanding to be evacuated to safe countries", req=False),
], nbsp=True)

add("BK18", "txt", "Greece rescues Syrian refugees stranded on Evros islet after weeks of blame with Turkey", """
Greek authorities have located and rescued a group of 38 Syrian refugees who had been stranded for weeks on a tiny islet in the Evros river, which forms the land border between Greece and Turkey.

Members of the group told rights activists that a five-year-old girl had died on the islet and that others were sick after running out of food and clean water. Greek officials said they had found no body.

For days, Athens and Ankara traded blame over who was responsible. Greek Migration Minister Notis Mitarachi accused Turkey of using migrants as pawns and of pushing people towards the river, and said the islet lay on Turkish territory.

Turkish officials accused Greek border guards of illegally forcing the group back across the river and denied that Turkey was to blame.

The European Court of Human Rights had ordered Greece to provide the refugees with food, water and medical care and not to remove them from Greek territory.

The UN refugee agency called on both Greece and Turkey to rescue the group without delay, saying lives were at risk.

Rights groups, including Amnesty International, have documented what they describe as systematic pushbacks at the land and sea borders. Athens has always denied the accusations, saying it protects Europe's borders within the law.

Relations between the two NATO allies have been strained by disputes over the Aegean and over migration since early 2020, when Turkey said it would no longer stop refugees from heading to Europe.

The rescued refugees were taken to a reception centre at Fylakio, where they can apply for asylum, officials said.
""", pub("2022-08-15", "2022-08-16", why="Greek authorities found the Evros islet group on 15 August 2022"),
[P("Notis Mitarachi", "GRC", "Migration Minister")],
[
 E("GRC", "SYR", "AID", "Greek authorities have located and rescued a group of 38 Syrian refugees"),
 E("GRC", "TUR", "ACCUSE", "Athens and Ankara traded blame", req=False, sym=True),
 E("GRC", "TUR", "ACCUSE", "accused Turkey of using migrants as pawns"),
 E("TUR", "GRC", "ACCUSE", "Turkish officials accused Greek border guards of illegally forcing the group back"),
 E("TUR", "GRC", "REJECT", "denied that Turkey was to blame", req=False),
 E("IGO", "GRC", "REQUEST", "The European Court of Human Rights had ordered Greece to provide the refugees with food"),
 E("UNO", "GRC", "REQUEST", "called on both Greece and Turkey to rescue the group"),
 E("UNO", "TUR", "REQUEST", "called on both Greece and Turkey to rescue the group"),
 E("NGO", "GRC", "ACCUSE", "have documented what they describe as systematic pushbacks"),
 E("GRC", "NGO", "REJECT", "Athens has always denied the accusations"),
 E("TUR", "WST|EUR", "THREATEN", "Turkey said it would no longer stop refugees from heading to Europe", req=False),
])

add("BK19", "json", "Rohingya boat lands in Indonesia's Aceh as UN warns of deadly year at sea", """
A wooden boat carrying 174 Rohingya refugees, most of them women and children, has landed in Indonesia's Aceh province after weeks at sea, local officials said, the second such arrival in two days.
Local fishermen helped the exhausted passengers ashore on Monday, and the authorities gave them food, medical checks and shelter in a village hall.
The UN refugee agency said it feared that about 180 people on another boat that went missing in early December had died, which would make 2022 one of the deadliest years at sea for the Rohingya.
UNHCR called on Thailand, Malaysia and India to rescue boats in distress and to let the refugees land safely. "Far too many people have been left adrift for too long," said Babar Baloch, a UNHCR spokesperson in Bangkok.
Rights groups accused India of ignoring distress calls from a boat that drifted for weeks off its coast in December.
On December 18, Sri Lanka's navy rescued 104 Rohingya from a stricken vessel off the island's north coast.
The head of the local administration in Pidie district said Aceh would not turn the boats away but needed help from Jakarta and the United Nations to look after the new arrivals.
More than 700,000 Rohingya fled to Bangladesh in 2017 during a military crackdown in Myanmar that UN investigators have said was carried out with genocidal intent. Myanmar's military has denied the accusation.
Bangladesh, which hosts about a million Rohingya in crowded camps near Cox's Bazar, has repeatedly called on Myanmar to take them back.
""", pub("2022-12-26", "2022-12-27", why="Rohingya boat landed in Aceh Monday 26 December 2022"),
[P("Babar Baloch", "UNO", "UNHCR spokesperson")],
[
 E("IDN", "MMR|BGD", "AID", "the authorities gave them food, medical checks and shelter"),
 E("UNO", "THA", "REQUEST", "UNHCR called on Thailand, Malaysia and India to rescue boats in distress"),
 E("UNO", "MYS", "REQUEST", "UNHCR called on Thailand, Malaysia and India to rescue boats in distress"),
 E("UNO", "IND", "REQUEST", "UNHCR called on Thailand, Malaysia and India to rescue boats in distress"),
 E("NGO", "IND", "ACCUSE", "Rights groups accused India of ignoring distress calls"),
 E("LKA", "MMR|BGD", "AID", "Sri Lanka's navy rescued 104 Rohingya"),
 E("IDN", "IDN|UNO", "REQUEST", "needed help from Jakarta and the United Nations"),
 E("MMR", "MMR", "ASSAULT", "during a military crackdown in Myanmar", req=False),
 E("UNO", "MMR", "ACCUSE", "UN investigators have said was carried out with genocidal intent", req=False),
 E("MMR", "UNO", "REJECT", "Myanmar's military has denied the accusation", req=False),
 E("BGD", "MMR", "REQUEST", "has repeatedly called on Myanmar to take them back", req=False),
], meta={"date_publish": None, "authors": ["Al Jazeera Staff"],
         "url": "https://www.aljazeera.com/news/2022/12/26/rohingya-boat-lands-in-indonesias-aceh",
         "source_domain": "www.aljazeera.com",
         "description": "A second boat of Rohingya refugees reaches Aceh as UNHCR urges regional states to rescue people adrift."})

add("BK20", "dump-3", "First aid convoy in three months reaches Ethiopia's Tigray after truce", """
A convoy of trucks carrying food aid has reached Mekelle, the capital of Ethiopia's Tigray region, the first to arrive since mid-December, the World Food Programme said.

The UN agency said more than 20 trucks loaded with about 500 tonnes of food and nutrition supplies had made it through on Friday, and that more convoys were on their way.

The delivery follows the federal government's declaration last week of an "indefinite humanitarian truce" to allow relief into the region, where the UN says millions of people need help after 17 months of war.

The Tigray People's Liberation Front (TPLF) said it would respect the truce as long as aid arrived quickly and in adequate quantities. TPLF spokesman Getachew Reda accused the government of keeping the region under a "siege" that had starved it of food, fuel and medicine.

The government of Prime Minister Abiy Ahmed blamed the TPLF for fighting in the neighbouring Afar region, which it said had blocked the only road into Tigray.

UN humanitarian chief Martin Griffiths welcomed the arrival of the convoy and called on all parties to make sure that access was sustained.

The United States, which has imposed visa restrictions on Ethiopian officials over the conflict, also welcomed the convoy and said much more was needed.

The war broke out in November 2020, when Abiy sent troops into Tigray after accusing the TPLF of attacking federal army bases. Thousands of people have been killed.

Eritrean troops, who fought alongside federal forces, still remain in parts of Tigray, according to aid workers.
""", pub("2022-04-01", "2022-04-02", why="first WFP convoy reached Mekelle on Friday 1 April 2022; truce declared 24 March"),
[P("Getachew Reda", "ETH", "TPLF spokesman"), P("Abiy Ahmed", "ETH", "Prime Minister"), P("Martin Griffiths", "UNO", "UN humanitarian chief")],
[
 E("UNO", "ETH", "AID", "A convoy of trucks carrying food aid has reached Mekelle"),
 E("ETH", "ETH", "CONCEDE RETREAT AGREE", "the federal government's declaration last week of an \"indefinite humanitarian truce\""),
 E("ETH", "ETH", "AGREE", "said it would respect the truce as long as aid arrived quickly"),
 E("ETH", "ETH", "ACCUSE", "accused the government of keeping the region under a \"siege\""),
 E("ETH", "ETH", "ACCUSE", "blamed the TPLF for fighting in the neighbouring Afar region"),
 E("UNO", "ETH", "REQUEST", "called on all parties to make sure that access was sustained"),
 E("USA", "ETH", "SUPPORT", "also welcomed the convoy"),
 E("USA", "ETH", "SANCTION", "has imposed visa restrictions on Ethiopian officials", req=False),
 E("ETH", "ETH", "ASSAULT", "Abiy sent troops into Tigray", req=False),
 E("ERI", "ETH", "MOBILIZE ASSAULT", "Eritrean troops, who fought alongside federal forces, still remain", req=False),
], nbsp=True)
