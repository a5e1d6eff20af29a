# Al Jazeera 2021-2022 articles
from arts1 import e
ARTS = []

ARTS.append(dict(id="AZ14", fmt="txt", headline="Morocco recalls ambassador to Germany over Western Sahara 'hostility'",
published=("2021-05-06", "2021-05-06", "recall announced Thursday 6 May 2021"),
text="""Morocco has recalled its ambassador to Germany for consultations, accusing Berlin of "hostile acts" and of undermining the kingdom's interests over the disputed territory of Western Sahara.

In a statement on Thursday, the Moroccan foreign ministry said Germany had adopted a "negative attitude" on the Western Sahara question after former US President Donald Trump recognised Moroccan sovereignty over the region in December.

Rabat also accused German authorities of "complicity" with a former convict sentenced in Morocco for "terrorist acts", saying Berlin had shared sensitive information with him. It did not name the man, but Moroccan media identified him as Mohamed Hajib, a German-Moroccan who has criticised the Moroccan security services online.

The ministry further charged that Germany had worked to exclude Morocco from a regional meeting on Libya held in Berlin in January 2020, despite Rabat's role in hosting the Libyan parties for talks.

Ambassador Zohour Alaoui was called home "for consultations", the statement said.

The German foreign ministry said it was surprised by the step and rejected the accusations. "We have not changed our position on Western Sahara," a spokeswoman told reporters in Berlin, adding that Germany supported a United Nations-led process to find a political solution. She said Morocco's ambassador had been invited to the ministry to discuss the matter.

The recall follows Rabat's decision in March to suspend all contact with the German embassy in Rabat and with German political foundations operating in the country.

Western Sahara, a former Spanish colony, was annexed by Morocco in 1975. The Algeria-backed Polisario Front, which seeks independence for the territory, fought Moroccan forces until a UN-brokered ceasefire in 1991. The Polisario declared the truce over in November after Moroccan troops moved into a buffer zone at Guerguerat.

Morocco is also locked in a dispute with Spain after Madrid allowed Polisario leader Brahim Ghali to receive medical treatment for COVID-19 in a Spanish hospital.

Germany is one of Morocco's largest donors. In 2020 it pledged more than 1.3 billion euros in aid to help the kingdom fight the pandemic.""",
people=[("Donald Trump", "USA", "former President"), ("Mohamed Hajib", "DEU", "German-Moroccan former convict"), ("Zohour Alaoui", "MAR", "Ambassador to Germany"), ("Brahim Ghali", "ESH", "Polisario leader")],
events=[
 e("MAR","DEU","SANCTION PROTEST","Morocco has recalled its ambassador to Germany for consultations"),
 e("MAR","DEU","ACCUSE","accusing Berlin of \"hostile acts\""),
 e("MAR","DEU","ACCUSE","Germany had adopted a \"negative attitude\" on the Western Sahara question", req=False),
 e("USA","MAR","SUPPORT","recognised Moroccan sovereignty over the region", req=False),
 e("MAR","DEU","ACCUSE","Rabat also accused German authorities of \"complicity\""),
 e("MAR","DEU","ACCUSE","Germany had worked to exclude Morocco from a regional meeting on Libya"),
 e("MAR","DEU","SANCTION PROTEST","Ambassador Zohour Alaoui was called home", req=False),
 e("DEU","MAR","REJECT","rejected the accusations"),
 e("DEU","UNO","SUPPORT","Germany supported a United Nations-led process", req=False),
 e("DEU","MAR","CONSULT REQUEST","Morocco's ambassador had been invited to the ministry to discuss the matter"),
 e("MAR","DEU","SANCTION","suspend all contact with the German embassy in Rabat"),
 e("ESH","MAR","ASSAULT","fought Moroccan forces until a UN-brokered ceasefire in 1991", req=False, sym=True),
 e("ESH","MAR","THREATEN REJECT","The Polisario declared the truce over in November", req=False),
 e("MAR","ESH","MOBILIZE COERCE","Moroccan troops moved into a buffer zone at Guerguerat", req=False),
 e("ESP","ESH","AID","Madrid allowed Polisario leader Brahim Ghali to receive medical treatment", req=False),
 e("DEU","MAR","AID","it pledged more than 1.3 billion euros in aid"),
]))

ARTS.append(dict(id="AZ15", fmt="txt", headline="Turkey, Armenia envoys hold first normalisation talks in Moscow",
published=("2022-01-14", "2022-01-14", "talks held Friday 14 January 2022"),
text="""Special envoys from Turkey and Armenia have held their first round of talks aimed at normalising relations between the two neighbours, which have had no diplomatic ties for three decades.

Turkey's envoy, former ambassador to Washington Serdar Kilic, and Armenia's deputy parliament speaker Ruben Rubinyan met in Moscow on Friday for about an hour and a half.

"The parties exchanged their preliminary views regarding the normalisation process through dialogue," the two foreign ministries said in identical statements. "They agreed to continue negotiations without preconditions." The date and venue of the next meeting will be decided later, they said.

Russia, which hosted the meeting, welcomed the start of the talks. Foreign Minister Sergey Lavrov said earlier this week that Moscow was ready to help the process "in any way".

Turkey closed its border with Armenia in 1993 in solidarity with its ally Azerbaijan, which was fighting Armenian forces over the Nagorno-Karabakh region. A 2009 deal to establish relations, signed in Zurich, was never ratified by either parliament.

The relationship is also overshadowed by the mass killings of Armenians by Ottoman forces during the First World War, which Armenia and many historians regard as genocide. Turkey rejects the term and says both Turks and Armenians died in the turmoil of the war.

Ankara has said it will coordinate every step with Baku. Azerbaijan, which recaptured large areas around Nagorno-Karabakh in a six-week war with Armenia in 2020, has signalled that it supports the talks.

Armenian Prime Minister Nikol Pashinyan said last month that Yerevan was open to establishing relations and to opening the border. Turkey and Armenia have already agreed to resume charter flights between Istanbul and Yerevan next month.

Some opposition groups in Armenia protested against the talks, accusing the government of making concessions to Ankara without guarantees.

Analysts say the opening of the border would benefit landlocked Armenia's economy, and that Turkey hopes to gain from new transport links to the Caucasus and Central Asia.""",
people=[("Serdar Kilic", "TUR", "special envoy, former ambassador to Washington"), ("Ruben Rubinyan", "ARM", "deputy parliament speaker"), ("Sergey Lavrov", "RUS", "Foreign Minister"), ("Nikol Pashinyan", "ARM", "Prime Minister")],
events=[
 e("TUR","ARM","CONSULT","Special envoys from Turkey and Armenia have held their first round of talks", sym=True),
 e("TUR","ARM","CONSULT","Ruben Rubinyan met in Moscow on Friday", req=False, sym=True),
 e("TUR","ARM","AGREE","They agreed to continue negotiations without preconditions", sym=True),
 e("RUS","TUR ARM","SUPPORT","Russia, which hosted the meeting, welcomed the start of the talks"),
 e("RUS","TUR ARM","AID SUPPORT AGREE","Moscow was ready to help the process", req=False),
 e("TUR","ARM","SANCTION","Turkey closed its border with Armenia in 1993", req=False),
 e("AZE","ARM","ASSAULT","which was fighting Armenian forces over the Nagorno-Karabakh region", req=False, sym=True),
 e("TUR","ARM","REJECT","Turkey rejects the term"),
 e("TUR","AZE","CONSULT COOPERATE","it will coordinate every step with Baku"),
 e("AZE","ARM","ASSAULT","a six-week war with Armenia in 2020", req=False, sym=True),
 e("AZE","TUR ARM","SUPPORT","has signalled that it supports the talks"),
 e("ARM","TUR","AGREE","Yerevan was open to establishing relations and to opening the border"),
 e("TUR","ARM","AGREE COOPERATE","agreed to resume charter flights between Istanbul and Yerevan", sym=True),
 e("ARM","ARM","PROTEST","Some opposition groups in Armenia protested against the talks"),
 e("ARM","ARM","ACCUSE","accusing the government of making concessions to Ankara", req=False),
 e("TUR","ARM","ASSAULT","the mass killings of Armenians by Ottoman forces", req=False),
]))

ARTS.append(dict(id="AZ16", fmt="json", headline="Saudi Arabia and Thailand restore ties after three-decade rift",
published=("2022-01-25", "2022-01-26", "Prayuth visit Tuesday 25 January 2022"),
meta=dict(date="2022-01-25 20:10:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/1/25/saudi-arabia-thailand-restore-ties", domain="www.aljazeera.com", desc="Thai PM Prayuth Chan-ocha holds talks with Crown Prince Mohammed bin Salman in Riyadh."),
text="""Saudi Arabia and Thailand have agreed to fully restore diplomatic relations, more than 30 years after a jewel theft and a string of unsolved killings plunged ties into a deep freeze.

The announcement came on Tuesday during a visit to Riyadh by Thai Prime Minister Prayuth Chan-ocha, the first official trip by a Thai leader to the kingdom since the rift began.

Prayuth held talks with Saudi Crown Prince Mohammed bin Salman, the kingdom's de facto ruler, and the two sides agreed to appoint ambassadors "in the near future", according to a joint statement carried by the official Saudi Press Agency.

"The two sides expressed their desire to open a new chapter in relations," the statement said, adding that Saudi Arabia's national airline would resume direct flights to Bangkok and that both countries would encourage trade, investment and tourism.

The Thai side "expressed its deep regret" over the incidents of 1989 and 1990 and said it was ready to reopen the cases if new evidence emerged, the statement said.

Relations soured in 1989 when a Thai worker, Kriangkrai Techamong, stole jewels worth about $20m, including a large blue diamond, from a palace belonging to a Saudi prince. Only part of the haul was returned, and some of the jewels handed back were found to be fakes.

Months later, three Saudi diplomats were shot dead in Bangkok, and a Saudi businessman who had been investigating the theft disappeared. Saudi Arabia accused Thai police of a cover-up, downgraded its diplomatic mission in Bangkok to charge d'affaires level, and stopped issuing work visas to Thai nationals.

Thailand has been seeking to repair ties for years. Bangkok hopes the reconciliation will allow thousands of Thai workers to return to the Gulf kingdom and will open the way to Saudi investment in its economy, which has been hit hard by the coronavirus pandemic.

Prayuth also invited the crown prince to attend the Asia-Pacific Economic Cooperation summit that Thailand will host in November.""",
people=[("Prayuth Chan-ocha", "THA", "Prime Minister"), ("Mohammed bin Salman", "SAU", "Crown Prince"), ("Kriangkrai Techamong", "THA", "Thai worker")],
events=[
 e("SAU","THA","AGREE","Saudi Arabia and Thailand have agreed to fully restore diplomatic relations", sym=True),
 e("THA","SAU","CONSULT","a visit to Riyadh by Thai Prime Minister Prayuth Chan-ocha"),
 e("THA","SAU","CONSULT","Prayuth held talks with Saudi Crown Prince Mohammed bin Salman", req=False),
 e("SAU","THA","AGREE","the two sides agreed to appoint ambassadors", sym=True, req=False),
 e("SAU","THA","SUPPORT AGREE","The two sides expressed their desire to open a new chapter in relations", req=False, sym=True),
 e("SAU","THA","COOPERATE AGREE","Saudi Arabia's national airline would resume direct flights to Bangkok"),
 e("THA","SAU","CONCEDE","The Thai side \"expressed its deep regret\""),
 e("THA","SAU","AGREE","it was ready to reopen the cases if new evidence emerged"),
 e("SAU","THA","ACCUSE","Saudi Arabia accused Thai police of a cover-up"),
 e("SAU","THA","SANCTION","downgraded its diplomatic mission in Bangkok"),
 e("SAU","THA","SANCTION","stopped issuing work visas to Thai nationals", req=False),
 e("THA","SAU","REQUEST","Thailand has been seeking to repair ties for years", req=False),
 e("THA","SAU","REQUEST CONSULT","Prayuth also invited the crown prince to attend"),
]))

ARTS.append(dict(id="AZ17", fmt="json", headline="Erdogan visits UAE for first time in nearly a decade as rivals mend ties",
published=("2022-02-14", "2022-02-14", "Erdogan arrived in Abu Dhabi Monday 14 February 2022"),
meta=dict(date=None, authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2022/2/14/erdogan-visits-uae-first-time-decade", domain="www.aljazeera.com", desc="Turkish president and Abu Dhabi crown prince sign a raft of deals as regional rivals reset relations."),
text="""Turkish President Recep Tayyip Erdogan has arrived in the United Arab Emirates on his first visit to the Gulf state in nearly a decade, as the two regional rivals seek to turn the page on years of hostility.

Erdogan was welcomed at Abu Dhabi's presidential palace on Monday by Crown Prince Mohammed bin Zayed Al Nahyan, with a military band, a 21-gun salute and the Burj Khalifa in Dubai lit up in the colours of the Turkish flag.

The two leaders held talks and witnessed the signing of 13 agreements covering trade, defence industry, health, climate and culture, according to the Emirati state news agency WAM.

"We hope that the new period will bring good for both our countries and the region," Erdogan said. "We have the will to raise our relations to the level they deserve."

Mohammed bin Zayed said on Twitter that the visit opened "a new positive chapter" and that the UAE looked forward to strengthening cooperation for the benefit of both peoples.

Erdogan also condemned the recent drone and missile attacks on Abu Dhabi claimed by Yemen's Houthi rebels, calling them "heinous", and said Turkey stood in solidarity with the Emirates.

The trip follows a visit by Mohammed bin Zayed to Ankara in November, during which the UAE announced a $10bn fund for investments in Turkey. The Emirati central bank also agreed last month to a currency swap worth about $5bn with its Turkish counterpart.

Ties between the two countries had sunk to a low after the Arab Spring uprisings, with Ankara backing the Muslim Brotherhood and Abu Dhabi treating the group as a threat. Turkish officials accused the UAE of financing the failed 2016 coup attempt, a charge Abu Dhabi denied, and the two backed opposite sides in Libya's civil war.

Turkey also sided with Qatar when Saudi Arabia, the UAE, Bahrain and Egypt imposed a blockade on Doha in 2017.

Analysts say the rapprochement is driven by Turkey's economic troubles, with the lira having lost nearly half its value last year, and by a wider wave of regional reconciliation.""",
people=[("Recep Tayyip Erdogan", "TUR", "President"), ("Mohammed bin Zayed Al Nahyan", "ARE", "Crown Prince")],
events=[
 e("TUR","ARE","CONSULT","Turkish President Recep Tayyip Erdogan has arrived in the United Arab Emirates"),
 e("TUR","ARE","CONSULT","Erdogan was welcomed at Abu Dhabi's presidential palace on Monday", req=False),
 e("TUR","ARE","CONSULT","The two leaders held talks", sym=True, req=False),
 e("TUR","ARE","AGREE COOPERATE","witnessed the signing of 13 agreements covering trade, defence industry", sym=True),
 e("TUR","ARE","SUPPORT","\"We have the will to raise our relations to the level they deserve.\""),
 e("ARE","TUR","SUPPORT","the visit opened \"a new positive chapter\""),
 e("TUR","YEM","PROTEST ACCUSE","Erdogan also condemned the recent drone and missile attacks on Abu Dhabi"),
 e("YEM","ARE","ASSAULT","the recent drone and missile attacks on Abu Dhabi claimed by Yemen's Houthi rebels", req=False),
 e("TUR","ARE","SUPPORT","Turkey stood in solidarity with the Emirates"),
 e("ARE","TUR","CONSULT","a visit by Mohammed bin Zayed to Ankara in November", req=False),
 e("ARE","TUR","AID COOPERATE","the UAE announced a $10bn fund for investments in Turkey"),
 e("ARE","TUR","AGREE COOPERATE AID","agreed last month to a currency swap worth about $5bn", sym=True),
 e("TUR","ARE","ACCUSE","Turkish officials accused the UAE of financing the failed 2016 coup attempt", req=False),
 e("ARE","TUR","REJECT","a charge Abu Dhabi denied", req=False),
 e("TUR","QAT","SUPPORT","Turkey also sided with Qatar", req=False),
 e("SAU ARE BHR EGY","QAT","SANCTION COERCE","imposed a blockade on Doha in 2017", req=False),
]))

ARTS.append(dict(id="AZ18", fmt="dump", headline="Pakistan's Imran Khan meets Putin as Russia invades Ukraine",
published=("2022-02-24", "2022-02-24", "Khan-Putin meeting Thursday 24 February 2022"),
text="""Pakistan's Prime Minister Imran Khan has held talks with Russian President Vladimir Putin in Moscow, on the same day that Russian forces launched a full-scale invasion of Ukraine.

The two leaders met at the Kremlin on Thursday for more than three hours, Pakistani officials said. Khan's office said in a statement that they discussed energy cooperation, including a long-delayed gas pipeline from Karachi to Lahore that Russia has agreed to help build, as well as the situation in Afghanistan.

"The prime minister regretted the latest situation between Russia and Ukraine and said Pakistan had hoped diplomacy could avert a military conflict," the statement said. "He stressed that conflict was not in anyone's interest."

Khan, who arrived in Moscow late on Wednesday as Russian troops massed near Ukraine's borders, was the first Pakistani prime minister to make an official visit to Russia in more than two decades. He told Pakistani television before leaving that he was travelling at "an exciting time".

The Kremlin did not publish details of the talks. Russian state media showed Putin greeting Khan with a handshake.

The United States said it had made its position clear to Islamabad. A State Department spokesman told reporters that Washington expected "every responsible country" to voice concern about Putin's actions in Ukraine.

Earlier on Thursday, Putin announced a "special military operation" in Ukraine, and missiles struck cities across the country. Ukraine said Russian troops had crossed its borders from the north, east and south, and President Volodymyr Zelenskyy cut diplomatic ties with Moscow.

Pakistan has sought to balance its relations with Washington, Beijing and Moscow. Khan has accused the United States of using Pakistan as a "hired gun" during the war in Afghanistan and has refused to provide bases for American forces.

Opposition leaders in Islamabad criticised the timing of the trip, saying it risked isolating the country. Khan's foreign minister, Shah Mahmood Qureshi, defended the visit, saying it had been planned long before the crisis.""",
people=[("Imran Khan", "PAK", "Prime Minister"), ("Vladimir Putin", "RUS", "President"), ("Volodymyr Zelenskyy", "UKR", "President"), ("Shah Mahmood Qureshi", "PAK", "foreign minister")],
events=[
 e("PAK","RUS","CONSULT","Pakistan's Prime Minister Imran Khan has held talks with Russian President Vladimir Putin in Moscow"),
 e("RUS","UKR","ASSAULT","Russian forces launched a full-scale invasion of Ukraine"),
 e("PAK","RUS","CONSULT","The two leaders met at the Kremlin on Thursday", req=False, sym=True),
 e("RUS","PAK","AGREE COOPERATE AID","a long-delayed gas pipeline from Karachi to Lahore that Russia has agreed to help build"),
 e("PAK","RUS","PROTEST","The prime minister regretted the latest situation between Russia and Ukraine"),
 e("PAK","RUS","REQUEST","He stressed that conflict was not in anyone's interest", req=False),
 e("RUS","UKR","MOBILIZE THREATEN","Russian troops massed near Ukraine's borders", req=False),
 e("USA","PAK","REQUEST","Washington expected \"every responsible country\" to voice concern"),
 e("USA","RUS","ACCUSE PROTEST","voice concern about Putin's actions in Ukraine", req=False),
 e("RUS","UKR","ASSAULT","missiles struck cities across the country"),
 e("UKR","RUS","ACCUSE","Russian troops had crossed its borders from the north, east and south", req=False),
 e("UKR","RUS","SANCTION","President Volodymyr Zelenskyy cut diplomatic ties with Moscow"),
 e("PAK","USA","ACCUSE","Khan has accused the United States of using Pakistan as a \"hired gun\""),
 e("PAK","USA","REJECT","has refused to provide bases for American forces"),
 e("PAK","PAK","ACCUSE PROTEST","Opposition leaders in Islamabad criticised the timing of the trip"),
]))

ARTS.append(dict(id="AZ19", fmt="txt", headline="Israel's Herzog in Ankara as Turkey and Israel seek 'new era'",
published=("2022-03-09", "2022-03-09", "Herzog visit Wednesday 9 March 2022"),
text="""Israeli President Isaac Herzog has arrived in Turkey on the first visit by an Israeli head of state since 2008, in the clearest sign yet that the two countries are moving to repair relations after more than a decade of tension.

Herzog was received by Turkish President Recep Tayyip Erdogan at the presidential complex in Ankara on Wednesday with a formal welcoming ceremony, a military band playing the Israeli national anthem.

"I believe this visit will be a turning point in relations between Turkey and Israel," Erdogan said at a joint news conference after their talks. He said the two countries could cooperate on transporting Israeli natural gas to Europe, an idea he described as "one of the most important steps".

Herzog said the two countries should not expect to agree on everything. "The relationship between Israel and Turkey is important for both our countries and for the entire region," he said. "We have agreed to try to restart relations, measured and carefully."

Erdogan raised the Palestinian issue, telling reporters that he had stressed Turkey's commitment to a two-state solution and to the "historical status" of Jerusalem and al-Aqsa Mosque.

Herzog is also due to visit Istanbul on Thursday, where he will meet representatives of the Jewish community.

Relations between the former allies broke down in 2010, when Israeli commandos stormed the Mavi Marmara, a Turkish ship trying to break the naval blockade of Gaza, killing 10 Turkish activists. Ties were partly restored in 2016, but in 2018 Turkey expelled Israel's ambassador after Israeli forces killed dozens of Palestinians during protests on the Gaza border. Israel responded by expelling the Turkish consul in Jerusalem.

Erdogan has repeatedly accused Israel of "terrorism" against Palestinians, and Israel has criticised Ankara for hosting members of Hamas.

Palestinian groups in Gaza protested against the visit, and Hamas said the normalisation of relations with Israel "harms the Palestinian cause".

Analysts say Turkey, facing a sharp economic downturn and isolation in the eastern Mediterranean, has also moved to mend ties with the United Arab Emirates, Saudi Arabia and Egypt.""",
people=[("Isaac Herzog", "ISR", "President"), ("Recep Tayyip Erdogan", "TUR", "President")],
events=[
 e("ISR","TUR","CONSULT","Israeli President Isaac Herzog has arrived in Turkey"),
 e("ISR","TUR","CONSULT","Herzog was received by Turkish President Recep Tayyip Erdogan", req=False),
 e("TUR","ISR","SUPPORT","\"I believe this visit will be a turning point in relations between Turkey and Israel,\""),
 e("TUR","ISR","AGREE COOPERATE","the two countries could cooperate on transporting Israeli natural gas to Europe", req=False, sym=True),
 e("ISR","TUR","SUPPORT","\"The relationship between Israel and Turkey is important for both our countries and for the entire region,\"", req=False),
 e("ISR","TUR","AGREE","\"We have agreed to try to restart relations, measured and carefully.\"", sym=True),
 e("TUR","PSE","SUPPORT","stressed Turkey's commitment to a two-state solution"),
 e("ISR","TUR","ASSAULT","Israeli commandos stormed the Mavi Marmara", req=False),
 e("ISR","PSE","SANCTION COERCE","the naval blockade of Gaza", req=False),
 e("TUR","ISR","COERCE SANCTION","Turkey expelled Israel's ambassador", req=False),
 e("ISR","PSE","ASSAULT","Israeli forces killed dozens of Palestinians", req=False),
 e("ISR","TUR","COERCE SANCTION","Israel responded by expelling the Turkish consul in Jerusalem", req=False),
 e("TUR","ISR","ACCUSE","Erdogan has repeatedly accused Israel of \"terrorism\""),
 e("ISR","TUR","ACCUSE","Israel has criticised Ankara for hosting members of Hamas"),
 e("PSE","TUR","PROTEST","Palestinian groups in Gaza protested against the visit"),
 e("PSE","TUR","ACCUSE","Hamas said the normalisation of relations with Israel \"harms the Palestinian cause\""),
]))

ARTS.append(dict(id="AZ20", fmt="json", headline="Israel's Bennett meets Putin in Moscow in bid to mediate on Ukraine",
published=("2022-03-05", "2022-03-06", "Bennett flew to Moscow Saturday 5 March 2022"),
meta=dict(date="2022-03-05 21:40:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2022/3/5/israels-bennett-meets-putin-in-moscow-ukraine", domain="www.aljazeera.com", desc="Israeli PM holds three-hour meeting with Russian president, then speaks to Zelenskyy and flies to Berlin."),
text="""Israeli Prime Minister Naftali Bennett has held talks with Russian President Vladimir Putin in Moscow, in a surprise trip aimed at helping to end the war in Ukraine, his office said.

Bennett, who flew to Russia on Saturday despite the Jewish Sabbath, spent about three hours with Putin at the Kremlin. Afterwards he spoke by phone twice with Ukrainian President Volodymyr Zelenskyy, before flying on to Berlin to meet German Chancellor Olaf Scholz.

Bennett's office said the trip had been coordinated with the United States, France and Germany. It gave no details of what was discussed, but an Israeli official said the prime minister was acting as "a channel of communication" between Moscow and Kyiv.

The Kremlin said the two leaders discussed the situation in Ukraine and the security of Israelis and Jews in the country. Putin also agreed to help evacuate Israeli citizens trapped by the fighting, according to Israeli media.

Zelenskyy had asked Bennett last week to mediate, and suggested Jerusalem as a venue for talks between Ukraine and Russia. Israel has strong ties with both countries and has so far avoided joining Western sanctions against Moscow.

Israel has condemned the invasion, and Foreign Minister Yair Lapid has called it "a serious violation of the international order". But Bennett has been more cautious, and Israel has declined Ukrainian requests to supply weapons, including air-defence systems.

Israeli officials have said they need to maintain coordination with Russia, whose forces in Syria allow Israeli jets to strike Iranian-linked targets there.

Ukraine and Russia held a second round of talks in Belarus on Thursday and agreed to set up humanitarian corridors for civilians. Russia announced a limited ceasefire on Saturday to let residents leave the besieged city of Mariupol, but Ukrainian officials accused Russian forces of continuing to shell the area.

Turkey's President Recep Tayyip Erdogan has also offered to mediate and is due to host the Russian and Ukrainian foreign ministers next week.""",
people=[("Naftali Bennett", "ISR", "Prime Minister"), ("Vladimir Putin", "RUS", "President"), ("Volodymyr Zelenskyy", "UKR", "President"), ("Olaf Scholz", "DEU", "Chancellor"), ("Yair Lapid", "ISR", "Foreign Minister"), ("Recep Tayyip Erdogan", "TUR", "President")],
events=[
 e("ISR","RUS","CONSULT","Israeli Prime Minister Naftali Bennett has held talks with Russian President Vladimir Putin in Moscow"),
 e("ISR","RUS","CONSULT","spent about three hours with Putin at the Kremlin", req=False),
 e("ISR","UKR","CONSULT","he spoke by phone twice with Ukrainian President Volodymyr Zelenskyy", sym=True),
 e("ISR","DEU","CONSULT","flying on to Berlin to meet German Chancellor Olaf Scholz"),
 e("ISR","USA FRA DEU","CONSULT COOPERATE","the trip had been coordinated with the United States, France and Germany", req=False),
 e("ISR","RUS UKR","AID CONSULT","acting as \"a channel of communication\" between Moscow and Kyiv", req=False),
 e("RUS","ISR","AGREE AID","Putin also agreed to help evacuate Israeli citizens"),
 e("UKR","ISR","REQUEST","Zelenskyy had asked Bennett last week to mediate"),
 e("ISR","RUS","SANCTION","avoided joining Western sanctions against Moscow", req=False),
 e("ISR","RUS","PROTEST ACCUSE","Israel has condemned the invasion"),
 e("ISR","RUS","ACCUSE","\"a serious violation of the international order\"", req=False),
 e("ISR","UKR","REJECT","Israel has declined Ukrainian requests to supply weapons"),
 e("UKR","ISR","REQUEST","Ukrainian requests to supply weapons", req=False),
 e("ISR","SYR IRN","ASSAULT","allow Israeli jets to strike Iranian-linked targets there", req=False),
 e("UKR","RUS","CONSULT","Ukraine and Russia held a second round of talks in Belarus", sym=True),
 e("UKR","RUS","AGREE","agreed to set up humanitarian corridors for civilians", sym=True),
 e("RUS","UKR","CONCEDE","Russia announced a limited ceasefire on Saturday"),
 e("UKR","RUS","ACCUSE","Ukrainian officials accused Russian forces of continuing to shell the area"),
 e("RUS","UKR","ASSAULT","continuing to shell the area", req=False),
 e("TUR","RUS UKR","AID CONSULT","Erdogan has also offered to mediate"),
 e("TUR","RUS UKR","CONSULT","is due to host the Russian and Ukrainian foreign ministers next week", req=False),
]))
