from common import add, E, P, pub

REF = "GRC|SYR|IRQ|AFG"
add("BK7", "txt", "Greek police begin clearing Idomeni camp on Macedonian border", """
Greek police have begun evacuating Idomeni, the sprawling makeshift camp on the border with Macedonia where more than 8,000 people have been stranded since the Balkan route to northern Europe was shut in March.

Hundreds of riot police moved into the camp at dawn on Tuesday, and journalists were kept away from the site as buses began ferrying the first residents to state-run facilities around Thessaloniki.

"The operation will be carried out gradually and without the use of force," Giorgos Kyritsis, a government spokesman on the refugee crisis, told reporters.

Police said they had detained 12 activists who tried to block the buses from leaving.

The camp swelled after Macedonia, followed by Serbia, Croatia and Slovenia, closed its border to refugees and migrants heading for Germany and other EU countries. In April, Macedonian police fired teargas and rubber bullets at people trying to break through the border fence, an incident Athens condemned as "dangerous and deplorable".

The UN refugee agency, UNHCR, said it was monitoring the operation and urged the Greek authorities to make sure the new sites met basic standards. "Some of the places people are being moved to are old warehouses with poor sanitation," said Babar Baloch, a UNHCR spokesman.

Médecins Sans Frontières, which ran clinics in Idomeni, accused the government of rushing the operation without preparing adequate alternatives.

The Greek migration minister, Yiannis Mouzalas, rejected the criticism, saying the people at Idomeni had been living "in conditions no European should accept". He also urged other EU member states to speed up the relocation of asylum seekers from Greece, noting that only a few hundred of the 66,000 places promised had materialised.

In Brussels, the European commission announced additional emergency funding for the new camps on the Greek mainland.

Many residents were reluctant to leave. "We will not go to another camp. We want to go to Germany," said a 27-year-old man from Aleppo who gave his name as Ahmad.

A spokesman for Macedonia's interior ministry said the border would remain sealed and that soldiers would go on patrolling the fence.
""", pub("2016-05-24", why="Idomeni evacuation began Tuesday 24 May 2016"),
[P("Giorgos Kyritsis", "GRC", "government spokesman on the refugee crisis"), P("Babar Baloch", "UNO", "UNHCR spokesman"),
 P("Yiannis Mouzalas", "GRC", "migration minister")],
[
 E("GRC", REF, "COERCE", "Greek police have begun evacuating Idomeni"),
 E("GRC", "GRC", "COERCE", "Police said they had detained 12 activists"),
 E("MKD", REF, "COERCE", "closed its border to refugees and migrants", req=False),
 E("MKD", REF, "COERCE ASSAULT", "Macedonian police fired teargas and rubber bullets", req=False),
 E("GRC", "MKD", "ACCUSE PROTEST", "an incident Athens condemned as \"dangerous and deplorable\"", req=False),
 E("UNO", "GRC", "REQUEST", "urged the Greek authorities to make sure the new sites met basic standards"),
 E("UNO", "GRC", "ACCUSE", "old warehouses with poor sanitation", req=False),
 E("NGO", "GRC", "ACCUSE", "accused the government of rushing the operation"),
 E("GRC", "NGO", "REJECT", "rejected the criticism"),
 E("GRC", "EUR", "REQUEST", "urged other EU member states to speed up the relocation of asylum seekers"),
 E("EUR", "GRC", "AID", "the European commission announced additional emergency funding"),
 E("MKD", REF, "COERCE MOBILIZE", "the border would remain sealed", req=False),
])

add("BK8", "json", "France begins clearing Calais 'Jungle' as Britain takes in more children", """
CALAIS, France — French authorities on Monday began dismantling the sprawling migrant camp known as the "Jungle," putting thousands of people onto buses bound for reception centers across the country.

About 1,250 police officers were deployed as people queued outside a warehouse at dawn with their belongings in plastic bags and suitcases.

Interior Minister Bernard Cazeneuve said in a statement that the operation would be "humane" and completed within a week.

Most of the camp's residents, who come from Sudan, Afghanistan and Eritrea, had hoped to reach Britain by hiding in trucks bound for the ferries or the Channel Tunnel.

The demolition follows weeks of tense negotiations between Paris and London over the fate of about 1,300 unaccompanied minors living in the camp.

Britain has agreed to take in some of the children, and nearly 200 have been transferred in the past week under family reunification rules and an amendment championed by a Labour peer.

French officials have accused Britain of dragging its feet. "The British must assume their moral responsibility," Cazeneuve told reporters last week, calling on London to accept all minors with links to the country.

British Home Secretary Amber Rudd told Parliament that Britain was "doing its part" and would not be pushed into accepting adults from the camp.

Several aid groups, including Médecins du Monde, accused the French government of evicting people without guaranteeing them shelter. A court in Lille last week threw out their bid to halt the clearance.

On Sunday night, a group of migrants threw stones at police, who responded with tear gas, according to local officials.

President François Hollande has promised that the camp will not be allowed to re-form, and several candidates in next year's presidential election have threatened to tear up the 2003 Le Touquet accord, under which British border checks take place on French soil.
""", pub("2016-10-24", why="Calais clearance began Monday 24 October 2016"),
[P("Bernard Cazeneuve", "FRA", "Interior Minister"), P("Amber Rudd", "GBR", "Home Secretary"), P("François Hollande", "FRA", "President")],
[
 E("FRA", "FRA|SDN|AFG|ERI", "COERCE", "French authorities on Monday began dismantling the sprawling migrant camp"),
 E("FRA", "FRA", "MOBILIZE", "About 1,250 police officers were deployed", req=False),
 E("FRA", "GBR", "CONSULT", "tense negotiations between Paris and London", sym=True),
 E("GBR", "FRA", "AGREE", "Britain has agreed to take in some of the children"),
 E("FRA", "GBR", "ACCUSE", "French officials have accused Britain of dragging its feet"),
 E("FRA", "GBR", "REQUEST", "calling on London to accept all minors with links to the country"),
 E("GBR", "FRA", "REJECT", "would not be pushed into accepting adults from the camp"),
 E("NGO", "FRA", "ACCUSE", "accused the French government of evicting people without guaranteeing them shelter"),
 E("FRA", "NGO", "REJECT", "A court in Lille last week threw out their bid to halt the clearance"),
 E("FRA|SDN|AFG|ERI", "FRA", "PROTEST ASSAULT", "a group of migrants threw stones at police", req=False),
 E("FRA", "FRA|SDN|AFG|ERI", "COERCE", "who responded with tear gas", req=False),
 E("FRA", "GBR", "THREATEN", "have threatened to tear up the 2003 Le Touquet accord", req=False),
], meta={"date_publish": "2016-10-24 09:58:00", "authors": ["James McAuley"],
         "url": "https://www.washingtonpost.com/world/europe/france-begins-clearing-calais-jungle/2016/10/24/",
         "source_domain": "www.washingtonpost.com",
         "description": "Police move thousands out of the Calais camp as Paris and London spar over unaccompanied minors."})

add("BK9", "txt", "Trump calls refugee deal with Australia 'dumb' after tense call with Turnbull", """
President Donald Trump on Thursday attacked an agreement under which the United States would resettle refugees held in Australia's offshore detention centers, calling it a "dumb deal" in a late-night tweet and saying he would study it.

The outburst came after reports that Trump's weekend phone call with Australian Prime Minister Malcolm Turnbull had ended abruptly, with the President reportedly complaining that it was the worst of his calls with world leaders that day.

Under the deal, struck in November by the administration of former President Barack Obama, the US agreed to consider resettling up to 1,250 refugees held on Nauru and on Manus Island in Papua New Guinea. Australia, in turn, agreed to take in Central American refugees from camps in Costa Rica.

Turnbull told reporters in Sydney that Trump had committed to honor the agreement. "I thank the President for that commitment. It is very important to Australia," he said, but he refused to discuss the substance of the conversation.

White House press secretary Sean Spicer said the President would go ahead with the arrangement only on the condition that every refugee underwent "extreme vetting."

In Canberra, opposition Labor leader Bill Shorten urged Turnbull to stand up to the new administration.

In Washington, Republican Sen. John McCain telephoned Australia's ambassador, Joe Hockey, to express his "unwavering support" for the alliance between the two countries.

Hockey later met with Trump's chief strategist, Steve Bannon, and other senior aides at the White House, the Australian embassy said.

The UN refugee agency said it welcomed any resettlement of the refugees but called on Australia to end offshore processing, which it has long described as harmful.

Australia has refused to take in asylum seekers who arrive by boat, arguing that the policy deters people smugglers.
""", pub("2017-02-02", why="Trump's 'dumb deal' tweet late 1 Feb 2017; reported Thursday 2 Feb"),
[P("Donald Trump", "USA", "President"), P("Malcolm Turnbull", "AUS", "Prime Minister"), P("Barack Obama", "USA", "former President"),
 P("Sean Spicer", "USA", "White House press secretary"), P("Bill Shorten", "AUS", "opposition Labor leader"),
 P("John McCain", "USA", "Senator"), P("Joe Hockey", "AUS", "ambassador"), P("Steve Bannon", "USA", "chief strategist")],
[
 E("USA", "AUS", "REJECT ACCUSE PROTEST", "calling it a \"dumb deal\""),
 E("USA", "AUS", "CONSULT", "Trump's weekend phone call with Australian Prime Minister Malcolm Turnbull", sym=True),
 E("USA", "AUS", "AGREE", "the US agreed to consider resettling up to 1,250 refugees", req=False, sym=True),
 E("AUS", "CRI", "AID AGREE", "agreed to take in Central American refugees from camps in Costa Rica", req=False),
 E("USA", "AUS", "AGREE", "Trump had committed to honor the agreement"),
 E("AUS", "USA", "SUPPORT", "I thank the President for that commitment", req=False),
 E("USA", "AUS", "THREATEN REQUEST", "only on the condition that every refugee underwent \"extreme vetting.\"", req=False),
 E("AUS", "AUS", "REQUEST", "urged Turnbull to stand up to the new administration"),
 E("USA", "AUS", "SUPPORT", "to express his \"unwavering support\" for the alliance"),
 E("USA", "AUS", "CONSULT", "John McCain telephoned Australia's ambassador", req=False, sym=True),
 E("AUS", "USA", "CONSULT", "Hockey later met with Trump's chief strategist", sym=True),
 E("UNO", "AUS", "REQUEST", "called on Australia to end offshore processing"),
 E("AUS", "AUS|IRN|AFG", "REJECT", "Australia has refused to take in asylum seekers who arrive by boat", req=False),
])

add("BK10", "json", "Sweden Imposes ID Checks On Travelers From Denmark, And Denmark Tightens Its Own Border", """
Sweden began requiring identity checks on Monday for everyone traveling by train, bus or ferry from Denmark, the latest attempt by a European country to stem the flow of asylum-seekers arriving from the Middle East and Afghanistan.

Within hours, Denmark announced temporary spot checks on its own border with Germany. Danish Prime Minister Lars Løkke Rasmussen told reporters the step was a direct consequence of Sweden's decision.

"We cannot end up as the place where everyone stops on their way north," Rasmussen said.

Danish officials had complained for weeks that the Swedish rules forced Danish rail and ferry companies to police the border on Sweden's behalf.

Germany voiced alarm. Foreign Ministry spokesman Martin Schaefer said freedom of movement inside the Schengen zone was "in danger" and that the measures by its northern neighbors were a cause for concern.

Sweden's migration minister, Morgan Johansson, said the country had taken in 163,000 asylum-seekers last year, more per capita than any other European nation, and could no longer manage on its own. He urged other European Union countries to share responsibility.

The European Commission said it would convene Swedish, Danish and German ministers for talks in Brussels on Wednesday.

The checks were announced in December by the government of Prime Minister Stefan Löfven, which had warned in November that Sweden could no longer receive refugees at the pace of the autumn. Carriers that fail to check documents face fines.

For commuters who cross the Oresund bridge between Copenhagen and the Swedish city of Malmo each day, the checks meant delays of up to an hour. Trains now stop at Copenhagen airport, where passengers must show a passport or ID card.
""", pub("2016-01-04", why="Swedish ID checks began Monday 4 January 2016"),
[P("Lars Løkke Rasmussen", "DNK", "Prime Minister"), P("Martin Schaefer", "DEU", "Foreign Ministry spokesman"),
 P("Morgan Johansson", "SWE", "migration minister"), P("Stefan Löfven", "SWE", "Prime Minister")],
[
 E("SWE", "DNK", "SANCTION COERCE MOBILIZE", "Sweden began requiring identity checks on Monday for everyone traveling by train, bus or ferry from Denmark"),
 E("DNK", "DEU", "SANCTION COERCE MOBILIZE", "Denmark announced temporary spot checks on its own border with Germany"),
 E("DNK", "SWE", "ACCUSE", "the step was a direct consequence of Sweden's decision", req=False),
 E("DNK", "SWE", "ACCUSE PROTEST", "Danish officials had complained for weeks"),
 E("DEU", "DNK", "PROTEST ACCUSE", "Germany voiced alarm"),
 E("DEU", "SWE", "PROTEST ACCUSE", "Germany voiced alarm", req=False),
 E("SWE", "EUR", "REQUEST", "He urged other European Union countries to share responsibility"),
 E("EUR", "SWE", "CONSULT", "would convene Swedish, Danish and German ministers for talks", sym=True),
 E("EUR", "DNK", "CONSULT", "would convene Swedish, Danish and German ministers for talks", sym=True),
 E("EUR", "DEU", "CONSULT", "would convene Swedish, Danish and German ministers for talks", sym=True),
], meta={"date_publish": "2016-01-04 16:20:00", "authors": ["Bill Chappell"],
         "url": "https://www.npr.org/sections/thetwo-way/2016/01/04/sweden-imposes-id-checks-on-travelers-from-denmark",
         "source_domain": "www.npr.org",
         "description": "Sweden's new ID checks prompt Denmark to tighten its border with Germany, worrying Berlin."})
