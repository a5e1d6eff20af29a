from common import add, E, P, pub

add("BK11", "dump-1", "Jordan seals Syria border after suicide bombing kills 6 soldiers near refugee camp", """
Jordan declared its borders with Syria and Iraq closed military zones on Tuesday, a day after a suicide car bomb killed six Jordanian soldiers near a makeshift camp for Syrian refugees at Rukban.

The vehicle, packed with explosives, was driven from the Syrian side of the frontier and blew up next to a military post that served the camp, Jordan's army said in a statement. Fourteen other people were wounded.

King Abdullah II vowed that Jordan would strike back "with force" at anyone who threatened its borders.

Government spokesman Mohammad Momani told reporters that no new camps would be set up and that deliveries of aid across the border would be suspended until further notice.

Jordan's army said its aircraft later destroyed several vehicles that approached the border from Syria.

More than 60,000 Syrians are stranded at the berm, a desert strip on the border, and depend on aid trucked in by UN agencies. The UN refugee agency urged Jordan to allow assistance to keep reaching them.

Human Rights Watch also called on Amman to keep the border open for people fleeing fighting and to let food and water through.

Jordanian officials rejected the appeals, saying the security of the kingdom came first.

In Washington, State Department spokesman John Kirby condemned the attack and said in a statement that the United States "stands firmly with Jordan" in the fight against terrorism.

Jordan, which hosts more than 650,000 registered Syrian refugees, has repeatedly complained that international donors are not doing enough to help it carry the burden.
""", pub("2016-06-21", why="Rukban bombing 21 June 2016; border closure announced Tuesday 21 June"),
[P("Abdullah II", "JOR", "King"), P("Mohammad Momani", "JOR", "government spokesman"), P("John Kirby", "USA", "State Department spokesman")],
[
 E("JOR", "SYR", "SANCTION COERCE MOBILIZE", "Jordan declared its borders with Syria and Iraq closed military zones"),
 E("JOR", "IRQ", "SANCTION COERCE MOBILIZE", "Jordan declared its borders with Syria and Iraq closed military zones", req=False),
 E("SYR", "JOR", "ASSAULT", "a suicide car bomb killed six Jordanian soldiers", req=False),
 E("JOR", "SYR", "THREATEN", "Jordan would strike back \"with force\"", req=False),
 E("JOR", "SYR", "SANCTION REJECT RETREAT", "deliveries of aid across the border would be suspended", req=False),
 E("JOR", "SYR", "ASSAULT", "its aircraft later destroyed several vehicles that approached the border from Syria"),
 E("UNO", "SYR", "AID", "depend on aid trucked in by UN agencies", req=False),
 E("UNO", "JOR", "REQUEST", "The UN refugee agency urged Jordan to allow assistance to keep reaching them"),
 E("NGO", "JOR", "REQUEST", "Human Rights Watch also called on Amman to keep the border open"),
 E("JOR", "UNO", "REJECT", "Jordanian officials rejected the appeals"),
 E("JOR", "NGO", "REJECT", "Jordanian officials rejected the appeals"),
 E("USA", "JOR", "SUPPORT", "the United States \"stands firmly with Jordan\""),
 E("JOR", "WST|UNO|IGO", "ACCUSE", "has repeatedly complained that international donors are not doing enough", req=False),
])

add("BK12", "json", "Uganda refugee summit falls far short of $2bn target", """
A summit in Kampala aimed at raising $2bn for refugees in Uganda has secured pledges of little more than $350m, leaving aid agencies warning that the country's celebrated open-door policy could buckle under the strain.

The two-day Uganda solidarity summit was co-hosted by President Yoweri Museveni and the UN secretary-general, António Guterres, who arrived in Kampala on Thursday.

Uganda hosts about 1.25 million refugees, nearly 950,000 of them from South Sudan, where a civil war that began in December 2013 has forced millions from their homes.

Guterres praised Uganda for giving refugees plots of land and the freedom to work and move, calling its approach "an example for the world".

He urged wealthy nations to match Uganda's generosity. "This is not only a humanitarian emergency. It is a test of international solidarity," he said.

The European Union pledged €85m, and Germany and Britain were among other governments that announced new funding.

Museveni called on South Sudan's president, Salva Kiir, and the armed groups fighting his government to stop the war, which he said was driving families across the border every day.

The country's minister for refugees, Hilary Onek, said Uganda would not close its doors, but could not cope alone.

Oxfam accused rich countries of failing refugees, saying the amounts pledged were "a drop in the ocean" compared with the scale of need.

The World Bank said it would offer grants and low-interest loans to help the districts that host refugees build schools, clinics and roads.

Aid workers in the northern settlements of Bidi Bidi and Imvepi say food rations have already been cut because of funding shortfalls, and the World Food Programme has warned that it may have to reduce them further unless new money arrives within weeks.
""", pub("2017-06-23", why="Uganda Solidarity Summit on Refugees, Kampala, 22-23 June 2017"),
[P("Yoweri Museveni", "UGA", "President"), P("António Guterres", "UNO", "UN secretary-general"),
 P("Salva Kiir", "SSD", "president"), P("Hilary Onek", "UGA", "minister for refugees")],
[
 E("UGA", "UNO", "CONSULT COOPERATE", "was co-hosted by President Yoweri Museveni and the UN secretary-general", sym=True),
 E("UNO", "UGA", "SUPPORT", "Guterres praised Uganda"),
 E("UNO", "WST|IGO", "REQUEST", "He urged wealthy nations to match Uganda's generosity"),
 E("EUR", "UGA", "AID", "The European Union pledged €85m"),
 E("DEU", "UGA", "AID", "Germany and Britain were among other governments that announced new funding"),
 E("GBR", "UGA", "AID", "Germany and Britain were among other governments that announced new funding"),
 E("UGA", "SSD", "REQUEST", "Museveni called on South Sudan's president, Salva Kiir"),
 E("UGA", "WST|IGO|UNO", "REQUEST", "could not cope alone", req=False),
 E("NGO", "WST", "ACCUSE", "Oxfam accused rich countries of failing refugees"),
 E("IGO", "UGA", "AID", "The World Bank said it would offer grants and low-interest loans"),
 E("UNO", "UGA", "SANCTION RETREAT", "food rations have already been cut because of funding shortfalls", req=False),
], meta={"date_publish": "2017-06-23 17:04:00", "authors": ["Alon Mwesigwa"],
         "url": "https://www.theguardian.com/global-development/2017/jun/23/uganda-refugee-summit-falls-short",
         "source_domain": "www.theguardian.com",
         "description": "Donors pledge a fraction of the $2bn sought for Uganda's 1.25 million refugees."})

add("BK13", "dump-3", "Italy signs deal with Libya to curb migrant crossings, angering rights groups", """
Italy has signed an agreement with Libya's UN-backed government to train and equip its coastguard and to fund centres for holding migrants, in a bid to stem the flow of people crossing the central Mediterranean.

Prime Minister Paolo Gentiloni and Fayez al-Sarraj, head of the Government of National Accord, signed the memorandum in Rome on Thursday after talks at the prime minister's office.

More than 180,000 people reached Italy by sea last year, most of them after setting off from the Libyan coast in flimsy boats run by smugglers.

Gentiloni said Italy would also work with Niger and Chad to stop smuggling routes across Libya's southern desert border.

Sarraj called on the European Union to supply patrol boats and radar equipment, saying Libya could not police its long coastline without help.

Rights groups condemned the deal. Amnesty International accused Italy of seeking to outsource its border control to a country where migrants face torture and forced labour in detention.

The UN refugee agency warned that people intercepted at sea and returned to Libya could end up in appalling conditions.

Italy's interior minister, Marco Minniti, who negotiated the memorandum, rejected the criticism, arguing that the agreement would save lives by deterring dangerous crossings.

In eastern Libya, the rival parliament based in Tobruk said the agreement was invalid and that Sarraj had no mandate to sign it.

European leaders are expected to back the approach at a summit in Malta on Friday. Malta's prime minister, Joseph Muscat, whose country holds the rotating EU presidency, said he supported the Italian initiative.
""", pub("2017-02-02", why="Italy-Libya memorandum signed in Rome on Thursday 2 February 2017"),
[P("Paolo Gentiloni", "ITA", "Prime Minister"), P("Fayez al-Sarraj", "LBY", "head of the Government of National Accord"),
 P("Marco Minniti", "ITA", "interior minister"), P("Joseph Muscat", "MLT", "prime minister")],
[
 E("ITA", "LBY", "AGREE COOPERATE", "Italy has signed an agreement with Libya's UN-backed government", sym=True),
 E("ITA", "LBY", "AID COOPERATE", "to train and equip its coastguard"),
 E("ITA", "LBY", "CONSULT", "after talks at the prime minister's office", sym=True),
 E("ITA", "NER", "COOPERATE", "Italy would also work with Niger and Chad", req=False),
 E("ITA", "TCD", "COOPERATE", "Italy would also work with Niger and Chad", req=False),
 E("LBY", "EUR", "REQUEST", "Sarraj called on the European Union to supply patrol boats"),
 E("NGO", "ITA", "ACCUSE", "Amnesty International accused Italy"),
 E("UNO", "ITA|LBY", "ACCUSE", "could end up in appalling conditions", req=False),
 E("ITA", "NGO", "REJECT", "rejected the criticism"),
 E("LBY", "ITA|LBY", "REJECT", "said the agreement was invalid"),
 E("EUR", "ITA", "SUPPORT", "European leaders are expected to back the approach", req=False),
 E("MLT", "ITA", "SUPPORT", "said he supported the Italian initiative"),
])

add("BK14", "txt", "UN donor conference pledges more than $1bn in aid for Afghanistan", """
International donors have pledged more than $1.1bn in humanitarian aid for Afghanistan at a United Nations conference in Geneva, as the UN chief warned that the country was on the brink of collapse a month after the Taliban seized power.

UN Secretary-General Antonio Guterres opened the ministerial meeting on Monday by urging governments to step up. "We cannot abandon the Afghan people when they need us most," he said.

The UN had sought $606m to cover urgent needs until the end of the year, as food shortages spread and the economy went into free fall following the abrupt suspension of foreign funding.

UN humanitarian chief Martin Griffiths, who held talks with Taliban leaders in Kabul last week, said the group had given written assurances that aid workers would be able to operate safely and reach all parts of the country.

The United States announced nearly $64m in new humanitarian assistance, and Germany and Norway also announced contributions.

China, which last week promised 200 million yuan ($31m) in food, winter supplies and coronavirus vaccines, used the meeting to blame Washington for the crisis. Chen Xu, China's ambassador in Geneva, said the countries that had caused the chaos had "an unshirkable obligation" to help rebuild.

The Taliban's acting foreign minister, Amir Khan Muttaqi, welcomed the pledges on Tuesday and called on the United States to release billions of dollars in Afghan central bank reserves frozen after the takeover.

Washington has said it will not recognise the Taliban government, which is dominated by hardliners, until it sees whether the group keeps its promises on women's rights and safe passage for Afghans wishing to leave.

Guterres said engagement with the Taliban was essential for aid to reach people, but added that it could also be used to press the group on human rights.

The Taliban swept into Kabul on August 15 as US-led forces completed their withdrawal after 20 years of war.
""", pub("2021-09-14", "2021-09-15", why="Geneva pledging conference Monday 13 September 2021; Muttaqi reaction 'on Tuesday' 14 Sept"),
[P("Antonio Guterres", "UNO", "UN Secretary-General"), P("Martin Griffiths", "UNO", "UN humanitarian chief"),
 P("Chen Xu", "CHN", "ambassador in Geneva"), P("Amir Khan Muttaqi", "AFG", "acting foreign minister")],
[
 E("WST|IGO", "AFG", "AID", "International donors have pledged more than $1.1bn in humanitarian aid for Afghanistan", req=False),
 E("UNO", "WST|IGO", "REQUEST", "urging governments to step up"),
 E("UNO", "AFG", "CONSULT", "held talks with Taliban leaders in Kabul last week", sym=True),
 E("AFG", "UNO", "AGREE", "the group had given written assurances that aid workers would be able to operate safely"),
 E("USA", "AFG", "AID", "The United States announced nearly $64m in new humanitarian assistance"),
 E("DEU", "AFG", "AID", "Germany and Norway also announced contributions"),
 E("NOR", "AFG", "AID", "Germany and Norway also announced contributions"),
 E("CHN", "AFG", "AID", "promised 200 million yuan ($31m) in food"),
 E("CHN", "USA", "ACCUSE", "used the meeting to blame Washington for the crisis"),
 E("AFG", "UNO|WST", "SUPPORT", "welcomed the pledges", req=False),
 E("AFG", "USA", "REQUEST", "called on the United States to release billions of dollars"),
 E("USA", "AFG", "REJECT", "Washington has said it will not recognise the Taliban government", req=False),
 E("UNO", "AFG", "REQUEST", "press the group on human rights", req=False),
 E("AFG", "AFG", "ASSAULT COERCE", "The Taliban swept into Kabul on August 15", req=False),
 E("USA", "AFG", "RETREAT", "US-led forces completed their withdrawal", req=False),
])

add("BK15", "json", "UN Security Council extends cross-border aid into Syria after US-Russia deal", """
The UN Security Council has voted unanimously to extend the delivery of humanitarian aid into northwest Syria through the Bab al-Hawa crossing from Turkey for another year, after a last-minute compromise between Russia and the United States.
The resolution, drafted by Norway and Ireland, keeps open the only remaining crossing point through which UN convoys carry food, medicine and vaccines to more than three million people in the opposition-held Idlib region.
Russia, the main ally of President Bashar al-Assad, had threatened to veto the renewal and has pushed for all assistance to be sent through Damascus and across front lines.
US Ambassador Linda Thomas-Greenfield hailed the outcome and said Washington and Moscow had shown they could work together on humanitarian issues.
Russia's ambassador, Vassily Nebenzia, said Moscow had agreed only after Western partners accepted that more aid should pass through government-held areas. He also accused Western countries of using sanctions to strangle the Syrian economy.
Syria's UN envoy, Bassam Sabbagh, rejected the cross-border mechanism, describing it as a violation of his country's sovereignty.
Turkey's foreign ministry welcomed the council's decision in a statement.
The issue was discussed by President Joe Biden and President Vladimir Putin at their summit in Geneva in June.
Aid groups welcomed the vote but said a single crossing was not enough. The Norwegian Refugee Council urged the council to reopen the crossings that were closed last year.
Syrian government forces and Russian warplanes have stepped up attacks on southern Idlib in recent weeks, killing dozens of civilians, including children, according to rescue workers.
More than a decade of war has killed hundreds of thousands of people and displaced half of Syria's pre-war population.
""", pub("2021-07-09", "2021-07-10", why="UNSC resolution 2585 adopted 9 July 2021"),
[P("Bashar al-Assad", "SYR", "President"), P("Linda Thomas-Greenfield", "USA", "UN Ambassador"),
 P("Vassily Nebenzia", "RUS", "ambassador"), P("Bassam Sabbagh", "SYR", "UN envoy"),
 P("Joe Biden", "USA", "President"), P("Vladimir Putin", "RUS", "President")],
[
 E("UNO", "SYR", "AID AGREE", "voted unanimously to extend the delivery of humanitarian aid into northwest Syria", req=False),
 E("USA", "RUS", "AGREE", "after a last-minute compromise between Russia and the United States", sym=True),
 E("RUS", "SYR", "SUPPORT", "the main ally of President Bashar al-Assad", req=False),
 E("RUS", "WST|USA|UNO", "THREATEN", "had threatened to veto the renewal"),
 E("USA", "RUS", "SUPPORT", "Washington and Moscow had shown they could work together", req=False),
 E("RUS", "WST", "ACCUSE", "accused Western countries of using sanctions to strangle the Syrian economy"),
 E("SYR", "UNO", "REJECT", "rejected the cross-border mechanism"),
 E("TUR", "UNO", "SUPPORT", "Turkey's foreign ministry welcomed the council's decision"),
 E("USA", "RUS", "CONSULT", "at their summit in Geneva in June", req=False, sym=True),
 E("NGO", "UNO", "REQUEST", "The Norwegian Refugee Council urged the council to reopen the crossings"),
 E("SYR", "SYR", "ASSAULT", "Syrian government forces and Russian warplanes have stepped up attacks on southern Idlib"),
 E("RUS", "SYR", "ASSAULT", "Syrian government forces and Russian warplanes have stepped up attacks on southern Idlib"),
], meta={"date_publish": "2021-07-09 22:15:00", "authors": ["Al Jazeera and News Agencies"],
         "url": "https://www.aljazeera.com/news/2021/7/9/un-security-council-extends-syria-cross-border-aid",
         "source_domain": "www.aljazeera.com",
         "description": "Council keeps Bab al-Hawa crossing open for a year after Moscow and Washington agree compromise."})
