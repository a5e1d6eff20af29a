# Article texts and hand annotation for set CM (Reuters 1987, Asia-Pacific).
# E(source, target, types, required, evidence, sym=False)

def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

ARTICLES = []

import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from repl import NEW

def A(id, date, why, headline, body, people, events, fmt, **kw):
    paras = [p.strip() for p in body.strip().split("\n\n")]
    ARTICLES.append(dict(id=id, date=date, why=why, headline=headline, paragraphs=paras,
                         people=people, events=events, fmt=fmt, **kw))

A("CM1", NEW["CM1"]["date"], NEW["CM1"]["why"], NEW["CM1"]["headline"], NEW["CM1"]["body"],
 NEW["CM1"]["people"], NEW["CM1"]["events"], "txt")

A("CM2", "1987-06-24", "dateline 'June 24'; Reuters wire item of 1987",
"U.S. ENVOY URGES CHUN TO SHUN FORCE AND TALK TO OPPOSITION", """
SEOUL, June 24 - A senior U.S. envoy told South Korean President Chun Doo-hwan today that Washington opposed any use of the army against the street protests that have swept the country for two weeks, U.S. embassy officials said.

Gaston Sigur, Assistant Secretary of State for East Asian and Pacific Affairs, met Chun for about an hour at the presidential Blue House, a day after arriving with a message from President Ronald Reagan.

"We made clear that we believe a military solution would be a serious mistake," Sigur told reporters afterwards. "The answer lies in dialogue and compromise."

He was also due to meet opposition leader Kim Young-sam and the ruling party's presidential candidate, Roh Tae-woo, officials said.

Chun met Kim at the Blue House earlier today, but the talks broke down after the president refused to agree to direct presidential elections, opposition spokesmen said. Kim called for fresh nationwide protests on Friday.

The government did not comment on Sigur's remarks. A ruling party official, who declined to be named, said Seoul would not bow to foreign pressure on a domestic matter.

Tens of thousands of students and office workers have marched in Seoul and other cities since June 10, and police have arrested more than 2,000 people, according to official figures.

Reuter
""",
[P("Chun Doo-hwan", "KOR", "President"),
 P("Gaston Sigur", "USA", "Assistant Secretary of State for East Asian and Pacific Affairs"),
 P("Ronald Reagan", "USA", "President"), P("Kim Young-sam", "KOR", "opposition leader"),
 P("Roh Tae-woo", "KOR", "ruling party presidential candidate")],
[E("USA", "KOR", "REQUEST", True, "Washington opposed any use of the army against the street protests"),
 E("USA", "KOR", "CONSULT", True, "met Chun for about an hour at the presidential Blue House"),
 E("USA", "KOR", "REQUEST ACCUSE", False, "a military solution would be a serious mistake"),
 E("USA", "KOR", "CONSULT", False, "He was also due to meet opposition leader Kim Young-sam"),
 E("KOR", "KOR", "CONSULT", True, "Chun met Kim at the Blue House", sym=True),
 E("KOR", "KOR", "REJECT", True, "refused to agree to direct presidential elections"),
 E("KOR", "KOR", "PROTEST MOBILIZE", False, "Kim called for fresh nationwide protests"),
 E("KOR", "USA", "REJECT", True, "Seoul would not bow to foreign pressure"),
 E("KOR", "KOR", "PROTEST", True, "students and office workers have marched in Seoul"),
 E("KOR", "KOR", "COERCE", True, "police have arrested more than 2,000 people"),
], "txt")

A("CM3", NEW["CM3"]["date"], NEW["CM3"]["why"], NEW["CM3"]["headline"], NEW["CM3"]["body"],
 NEW["CM3"]["people"], NEW["CM3"]["events"], "txt")

A("CM4", "1987-07-09", "dateline 'July 9'; Reuters wire item of 1987",
"MANILA ASKS U.S. TO KEEP MARCOS IN HAWAII AFTER PLOT REPORT", """
MANILA, July 9 - The Philippine government asked the United States today to make sure former President Ferdinand Marcos does not leave Hawaii, after reports that he had discussed buying arms and hiring men to lead a return to power.

"We expect Washington to keep a closer watch on Mr Marcos," a foreign ministry spokesman told Reuters. "His continued plotting is an unfriendly act against a democratic government."

U.S. congressional sources said this week Marcos had talked with an American lawyer about acquiring weapons and some 10,000 troops. The lawyer secretly taped the conversations and handed the tapes to U.S. authorities, they said.

In Washington, State Department spokesman Charles Redman said Marcos had been told he was not free to travel without permission and that the U.S. would not allow its territory to be used against the Aquino government.

"We have warned him in the clearest terms," Redman said.

A spokesman for Marcos in Honolulu denied that the deposed leader was planning an invasion, calling the reports "fantasy" spread by his enemies.

Marcos fled to Hawaii in February last year after a military revolt and a popular uprising ended his 20-year rule. The Aquino government has sued him to recover billions of dollars it says he took from the treasury.

Reuter
""",
[P("Ferdinand Marcos", "PHL", "former President"), P("Charles Redman", "USA", "State Department spokesman")],
[E("PHL", "USA", "REQUEST", True, "asked the United States today to make sure former President Ferdinand Marcos does not leave Hawaii"),
 E("PHL", "PHL", "ACCUSE", True, "His continued plotting is an unfriendly act"),
 E("PHL", "PHL", "THREATEN MOBILIZE", False, "discussed buying arms and hiring men"),
 E("USA", "PHL", "COERCE SANCTION", True, "not free to travel without permission"),
 E("USA", "PHL", "SUPPORT", True, "would not allow its territory to be used against the Aquino government"),
 E("USA", "PHL", "THREATEN", True, "We have warned him in the clearest terms"),
 E("PHL", "PHL", "REJECT", True, "denied that the deposed leader was planning an invasion"),
 E("PHL", "PHL", "ACCUSE", False, "calling the reports \"fantasy\" spread by his enemies"),
 E("PHL", "PHL", "ACCUSE COERCE", False, "has sued him to recover billions of dollars"),
 E("PHL", "PHL", "PROTEST COERCE", False, "a military revolt and a popular uprising ended his 20-year rule"),
], "txt")

A("CM5", "1987-12-05", "dateline 'Dec 5'; Reuters wire item of 1987",
"FIJI'S RABUKA HANDS POWER TO CIVILIANS, MARA NAMED PREMIER", """
SUVA, Dec 5 - Fiji's military strongman Brigadier Sitiveni Rabuka ended more than two months of direct army rule today, handing power to a civilian government led by former Prime Minister Ratu Sir Kamisese Mara.

Ratu Sir Penaia Ganilau, who as governor-general had tried to steer the country back to order after the first coup in May, was sworn in as the first president of the new republic at Government House.

Ganilau then appointed Mara as prime minister. Rabuka, who staged two coups this year, is to keep control of the police and internal security as minister for home affairs, officials said.

Rabuka said his troops would return to barracks, but warned that the army would step in again if anyone threatened "the paramount interests of the Fijian people".

Deposed Prime Minister Timoci Bavadra, whose coalition drew most of its support from ethnic Indians, said the new government was illegal and his supporters would have nothing to do with it.

"The faces have changed but the guns are still in charge," Bavadra told Reuters.

In Canberra, Foreign Minister Bill Hayden said Australia would study the new arrangements before deciding whether to resume aid, which was frozen after Rabuka declared a republic in October. He urged the new leaders to restore constitutional rule quickly.

New Zealand Prime Minister David Lange said Wellington would not recognise the regime until it set a date for elections.

India, which has protested repeatedly against the treatment of Fiji's ethnic Indians, made no immediate comment.

Reuter
""",
[P("Sitiveni Rabuka", "FJI", "Brigadier, minister for home affairs"),
 P("Kamisese Mara", "FJI", "Prime Minister"),
 P("Penaia Ganilau", "FJI", "President, former governor-general"),
 P("Timoci Bavadra", "FJI", "deposed Prime Minister"),
 P("Bill Hayden", "AUS", "Foreign Minister"), P("David Lange", "NZL", "Prime Minister")],
[E("FJI", "FJI", "CONCEDE RETREAT", True, "handing power to a civilian government"),
 E("FJI", "FJI", "COERCE ASSAULT", False, "staged two coups this year"),
 E("FJI", "FJI", "RETREAT", False, "his troops would return to barracks"),
 E("FJI", "FJI", "THREATEN", True, "warned that the army would step in again"),
 E("FJI", "FJI", "REJECT ACCUSE", True, "said the new government was illegal"),
 E("FJI", "FJI", "ACCUSE", False, "the guns are still in charge"),
 E("AUS", "FJI", "SANCTION", False, "aid, which was frozen after Rabuka declared a republic"),
 E("AUS", "FJI", "REQUEST", True, "urged the new leaders to restore constitutional rule quickly"),
 E("NZL", "FJI", "REJECT REQUEST THREATEN", True, "would not recognise the regime until it set a date for elections"),
 E("IND", "FJI", "PROTEST ACCUSE", False, "has protested repeatedly against the treatment of Fiji's ethnic Indians"),
], "txt")

A("CM6", NEW["CM6"]["date"], NEW["CM6"]["why"], NEW["CM6"]["headline"], NEW["CM6"]["body"],
 NEW["CM6"]["people"], NEW["CM6"]["events"], "txt")

A("CM7", "1987-05-29", "dateline 'May 29'; Reuters wire item of 1987",
"INDIA CALLS IN SRI LANKAN ENVOY OVER JAFFNA OFFENSIVE", """
NEW DELHI, May 29 - India summoned Sri Lanka's High Commissioner today to express "grave concern" over the army offensive in the Jaffna peninsula, saying it was causing heavy loss of civilian life among the Tamil population.

An External Affairs Ministry spokesman said Minister of State K. Natwar Singh told the envoy that the military drive threatened the search for a negotiated settlement of the ethnic conflict.

Sri Lankan troops backed by aircraft and gunboats launched the offensive on Tuesday against the Tamil Tigers in the Vadamarachchi area, the rebels' home ground on the northern tip of the peninsula.

In Colombo, a government spokesman rejected the Indian protest as interference in Sri Lanka's internal affairs. "We are fighting terrorists, not the Tamil people," he said.

The military said about 200 guerrillas had been killed and several hundred young men detained for questioning. Tamil groups in Madras said scores of civilians had died in the shelling.

Rajiv Gandhi told parliament on Thursday that India could not stand by while its neighbour waged war on its own people, and said New Delhi would send food and medicine to Jaffna if necessary.

Tamil Nadu Chief Minister M.G. Ramachandran announced a grant of 40 mln rupees to the rebel groups, drawing a sharp protest from Colombo.

Reuter
""",
[P("K. Natwar Singh", "IND", "Minister of State for External Affairs"),
 P("Rajiv Gandhi", "IND", "Prime Minister"),
 P("M.G. Ramachandran", "IND", "Tamil Nadu Chief Minister")],
[E("IND", "LKA", "PROTEST ACCUSE CONSULT", True, "India summoned Sri Lanka's High Commissioner"),
 E("IND", "LKA", "ACCUSE", False, "the military drive threatened the search for a negotiated settlement"),
 E("LKA", "LKA", "ASSAULT", True, "launched the offensive on Tuesday against the Tamil Tigers"),
 E("LKA", "IND", "REJECT ACCUSE", True, "rejected the Indian protest as interference"),
 E("LKA", "LKA", "COERCE", True, "several hundred young men detained for questioning"),
 E("LKA", "LKA", "ACCUSE", False, "scores of civilians had died in the shelling"),
 E("IND", "LKA", "THREATEN ACCUSE", True, "India could not stand by while its neighbour waged war on its own people"),
 E("IND", "LKA", "AID THREATEN AGREE", False, "would send food and medicine to Jaffna if necessary"),
 E("IND", "LKA", "AID", True, "announced a grant of 40 mln rupees to the rebel groups"),
 E("LKA", "IND", "PROTEST", True, "drawing a sharp protest from Colombo"),
], "txt")

A("CM8", "1987-07-29", "dateline 'July 29'; date_publish 1987-07-29",
"INDONESIA AND VIETNAM AGREE ON INFORMAL CAMBODIA MEETING", """
HO CHI MINH CITY, July 29 - Indonesia and Vietnam agreed today on a proposal for an informal meeting of the warring Cambodian factions, the first concrete step in years towards talks on ending the eight-year conflict, officials said.

A joint statement issued after two days of talks between Indonesian Foreign Minister Mochtar Kusumaatmadja and his Vietnamese counterpart Nguyen Co Thach said the Cambodian parties would meet first "on an equal footing, without preconditions", to be joined later by other countries concerned.

Mochtar, who was acting on behalf of the Association of Southeast Asian Nations (ASEAN), told reporters he was "cautiously optimistic". He also met Communist Party leader Nguyen Van Linh in Hanoi on Monday, officials said.

Thach said Hanoi was ready to discuss a political solution but would not negotiate over the head of the Phnom Penh government.

The idea of what diplomats call a "cocktail party" had been floated by Jakarta for months.

In Bangkok, Thai Foreign Minister Siddhi Savetsila was cool towards the statement. He said ASEAN had not authorised Mochtar to accept a formula that put the Vietnamese-installed Phnom Penh government on a par with the resistance.

China, the main backer of the Khmer Rouge, said through its official New China News Agency that any settlement must begin with a complete Vietnamese withdrawal.

The three-party resistance coalition headed by Prince Norodom Sihanouk had no immediate comment.

Vietnam invaded Cambodia in December 1978 and ousted the Chinese-backed Khmer Rouge government. It keeps some 140,000 troops there, according to Western estimates.

Reuter
""",
[P("Mochtar Kusumaatmadja", "IDN", "Foreign Minister"), P("Nguyen Co Thach", "VNM", "Foreign Minister"),
 P("Nguyen Van Linh", "VNM", "Communist Party leader"), P("Siddhi Savetsila", "THA", "Foreign Minister"),
 P("Norodom Sihanouk", "KHM", "Prince, head of the resistance coalition")],
[E("IDN", "VNM", "AGREE", True, "Indonesia and Vietnam agreed today on a proposal", sym=True),
 E("IDN", "VNM", "CONSULT", True, "two days of talks between Indonesian Foreign Minister Mochtar Kusumaatmadja and his Vietnamese counterpart", sym=True),
 E("IDN", "VNM", "CONSULT", True, "He also met Communist Party leader Nguyen Van Linh"),
 E("VNM", ["KHM", "IDN"], "AGREE", False, "Hanoi was ready to discuss a political solution"),
 E("VNM", ["KHM", "IDN", "IGO"], "REJECT", False, "would not negotiate over the head of the Phnom Penh government"),
 E("THA", "IDN", "ACCUSE REJECT", True, "ASEAN had not authorised Mochtar to accept a formula"),
 E("CHN", "VNM", "REQUEST", True, "any settlement must begin with a complete Vietnamese withdrawal"),
 E("VNM", "KHM", "ASSAULT", False, "Vietnam invaded Cambodia in December 1978"),
 E("VNM", "KHM", "MOBILIZE COERCE", False, "It keeps some 140,000 troops there"),
], "json", date_publish="1987-07-29 10:42:00")

A("CM9", "1987-05-07", "dateline 'May 7'; Reuters wire item of 1987 (no date_publish)",
"SIHANOUK TAKES LEAVE FROM COALITION, ACCUSES KHMER ROUGE", """
PEKING, May 7 - Prince Norodom Sihanouk said today he was taking a one-year leave of absence as president of the Cambodian resistance coalition, accusing his Khmer Rouge partners of killing soldiers loyal to him.

In a statement issued at his residence in the Chinese capital, the former Cambodian head of state said Khmer Rouge units had ambushed and killed fighters of his National Sihanoukist Army inside Cambodia in recent weeks.

"I cannot remain at the head of a coalition in which one partner murders the soldiers of another," the statement said. Sihanouk called on the Khmer Rouge leadership to hand over the commanders responsible for punishment.

He said he would not resign outright and would keep urging the world to press Vietnam to pull its troops out of Cambodia.

A Khmer Rouge spokesman in Bangkok denied the charge and said the clashes had been provoked by "bad elements" in Sihanouk's army.

Chinese officials, who back both Sihanouk and the Khmer Rouge, urged the prince to reconsider, diplomats said. Prime Minister Son Sann, the third partner in the coalition, said he regretted the decision.

ASEAN, which sponsors the coalition's claim to Cambodia's United Nations seat, is worried the move could weaken the resistance, Western diplomats said.

Vietnam, which has occupied Cambodia since 1979, said through its official radio that the move showed the coalition was falling apart.

Reuter
""",
[P("Norodom Sihanouk", "KHM", "Prince, president of the resistance coalition"),
 P("Son Sann", "KHM", "Prime Minister of the resistance coalition")],
[E("KHM", "KHM", "ACCUSE", True, "accusing his Khmer Rouge partners of killing soldiers loyal to him"),
 E("KHM", "KHM", "RETREAT REJECT", False, "taking a one-year leave of absence"),
 E("KHM", "KHM", "ASSAULT", False, "Khmer Rouge units had ambushed and killed fighters"),
 E("KHM", "KHM", "REQUEST", True, "called on the Khmer Rouge leadership to hand over the commanders responsible"),
 E("KHM", "VNM", "REQUEST", False, "press Vietnam to pull its troops out of Cambodia"),
 E("KHM", "KHM", "REJECT", True, "denied the charge"),
 E("KHM", "KHM", "ACCUSE", True, "the clashes had been provoked by \"bad elements\" in Sihanouk's army"),
 E("CHN", "KHM", "REQUEST", True, "urged the prince to reconsider"),
 E("KHM", "KHM", "ACCUSE", False, "said he regretted the decision"),
 E("IGO", "KHM", "SUPPORT", False, "sponsors the coalition's claim to Cambodia's United Nations seat"),
 E("VNM", "KHM", "ACCUSE", False, "the move showed the coalition was falling apart"),
 E("VNM", "KHM", "COERCE MOBILIZE", False, "has occupied Cambodia since 1979"),
], "json", date_publish=None)

A("CM10", "1987-01-08", "dateline 'Jan 8'; date_publish 1987-01-08",
"CHINA SAYS ITS TROOPS BEAT BACK VIETNAMESE BORDER ATTACKS", """
PEKING, Jan 8 - Chinese troops have repulsed a series of Vietnamese attacks on the disputed border in southern Yunnan province, killing or wounding more than 500 Vietnamese soldiers, the official New China News Agency said today.

The agency said Vietnamese units backed by artillery had attacked Chinese positions in the Laoshan area on Monday and Tuesday and were driven back after fierce fighting.

It accused Hanoi of "stepping up armed provocations" against China to divert attention from its occupation of Cambodia and its economic difficulties at home.

Vietnam gave a different account. Radio Hanoi said Chinese forces had fired thousands of shells into Ha Tuyen province and tried to seize hilltops on the Vietnamese side, and that the attackers had been "severely punished".

A Vietnamese Foreign Ministry statement demanded that Peking stop its "encroachments" and said Vietnam was ready to negotiate to restore normal relations.

A Chinese Foreign Ministry spokesman told reporters that talks were impossible while Vietnamese troops remained in Cambodia.

Western military analysts in Bangkok said it was the heaviest fighting on the border since 1984. Neither side's casualty claims could be independently checked.

China fought a brief border war with Vietnam in 1979 to "teach a lesson" to Hanoi after its invasion of Cambodia.

Reuter
""",
[],
[E("CHN", "VNM", "ASSAULT", True, "were driven back after fierce fighting", sym=True),
 E("CHN", "VNM", "ASSAULT", True, "killing or wounding more than 500 Vietnamese soldiers"),
 E("VNM", "CHN", "ASSAULT", False, "Vietnamese units backed by artillery had attacked Chinese positions"),
 E("CHN", "VNM", "ACCUSE", True, "accused Hanoi of \"stepping up armed provocations\""),
 E("VNM", "CHN", "ACCUSE", True, "Chinese forces had fired thousands of shells into Ha Tuyen province"),
 E("CHN", "VNM", "ASSAULT", False, "tried to seize hilltops on the Vietnamese side"),
 E("VNM", "CHN", "REQUEST", True, "demanded that Peking stop its \"encroachments\""),
 E("VNM", "CHN", "AGREE REQUEST", False, "Vietnam was ready to negotiate to restore normal relations"),
 E("CHN", "VNM", "REJECT", True, "talks were impossible while Vietnamese troops remained in Cambodia"),
 E("VNM", "KHM", "COERCE MOBILIZE", False, "its occupation of Cambodia"),
 E("CHN", "VNM", "ASSAULT", False, "China fought a brief border war with Vietnam in 1979", sym=True),
], "json", date_publish="1987-01-08 08:15:00")

A("CM11", "1988-01-06", "dateline 'Jan 6'; date_publish 1988-01-06; 'hoped 1988 would be the last year'",
"SHEVARDNADZE SAYS SOVIET TROOPS COULD LEAVE AFGHANISTAN THIS YEAR", """
KABUL, Jan 6 - Soviet Foreign Minister Eduard Shevardnadze said today Moscow hoped 1988 would be the last year its troops spent in Afghanistan, but tied the pullout to an end of outside aid to the Moslem guerrillas.

"We would like 1988 to be the final year of the presence of Soviet forces here," he told a news conference at the end of a three-day visit, according to the official Bakhtar news agency.

Shevardnadze held talks with Afghan leader Najibullah and other officials on the next round of U.N.-sponsored negotiations with Pakistan in Geneva, due to open next month.

He said the withdrawal could begin within months if the United States and Pakistan stopped arming the rebels, and accused Islamabad of prolonging the war by letting guerrilla bases operate on its soil.

In Islamabad, a Foreign Ministry spokesman welcomed the remarks as "a positive sign" but said the timetable would have to be settled in Geneva and must be short.

The seven-party guerrilla alliance based in Peshawar dismissed the statement as propaganda and said it would keep fighting until the last Soviet soldier had gone.

The alliance has also rejected Najibullah's offer to share power in a coalition government.

Moscow sent its troops into Afghanistan in December 1979. Western diplomats estimate 115,000 Soviet soldiers are still there.

Reuter
""",
[P("Eduard Shevardnadze", "RUS", "Foreign Minister"), P("Najibullah", "AFG", "Afghan leader")],
[E("RUS", "AFG", "RETREAT AGREE CONCEDE", True, "Moscow hoped 1988 would be the last year its troops spent in Afghanistan"),
 E("RUS", "AFG", "CONSULT", True, "Shevardnadze held talks with Afghan leader Najibullah"),
 E(["AFG", "RUS"], "PAK", "CONSULT", False, "U.N.-sponsored negotiations with Pakistan in Geneva", sym=True),
 E("RUS", "USA", "REQUEST THREATEN", False, "if the United States and Pakistan stopped arming the rebels"),
 E("RUS", "PAK", "REQUEST THREATEN", False, "if the United States and Pakistan stopped arming the rebels"),
 E(["USA", "PAK"], "AFG", "AID", False, "stopped arming the rebels"),
 E("RUS", "PAK", "ACCUSE", True, "accused Islamabad of prolonging the war"),
 E("PAK", "RUS", "SUPPORT AGREE", True, "welcomed the remarks as \"a positive sign\""),
 E("PAK", "RUS", "REQUEST", True, "the timetable would have to be settled in Geneva and must be short"),
 E("AFG", "RUS", "REJECT ACCUSE", True, "dismissed the statement as propaganda"),
 E("AFG", "RUS", "THREATEN ASSAULT", True, "would keep fighting until the last Soviet soldier had gone"),
 E("AFG", "AFG", "REJECT", False, "rejected Najibullah's offer to share power"),
 E("RUS", "AFG", "ASSAULT MOBILIZE", False, "Moscow sent its troops into Afghanistan in December 1979"),
], "json", date_publish="1988-01-06 14:05:00")

A("CM12", "1987-09-29", "dateline 'Sept 29'; date_publish 1987-09-29",
"INDIA SAYS IT REPULSED PAKISTANI ATTACK ON SIACHEN GLACIER", """
NEW DELHI, Sept 29 - India said today its troops had beaten off a major Pakistani attack on Indian posts on the Siachen glacier in the Karakoram mountains, inflicting heavy casualties.

A Defence Ministry spokesman said Pakistani soldiers backed by artillery had tried for several days to capture positions near the Bilafond pass, at altitudes of over 6,000 metres, but were thrown back.

"The intruders were repulsed with heavy losses," he said. He did not give Indian casualty figures.

The Foreign Ministry called in Pakistan's charge d'affaires to lodge a strong protest and warned that India would not tolerate any attempt to alter the position on the ground by force.

In Islamabad, a military spokesman denied that Pakistan had attacked and said Indian troops had opened fire first on Pakistani posts in an area which Pakistan regards as its own territory.

The glacier, in the north of disputed Kashmir, has been the scene of sporadic fighting since Indian troops occupied it in 1984. Both countries claim the area, where more soldiers die of frostbite and avalanches than of enemy fire.

The clash came despite a pledge by the two countries' leaders earlier this year to reduce tension along their frontier, which eased a military confrontation in January.

Reuter
""",
[],
[E("IND", "PAK", "ASSAULT", True, "its troops had beaten off a major Pakistani attack", sym=True),
 E("PAK", "IND", "ASSAULT", True, "Pakistani soldiers backed by artillery had tried for several days to capture positions"),
 E("IND", "PAK", "ASSAULT", False, "The intruders were repulsed with heavy losses"),
 E("IND", "PAK", "PROTEST", True, "called in Pakistan's charge d'affaires to lodge a strong protest"),
 E("IND", "PAK", "THREATEN", True, "warned that India would not tolerate any attempt"),
 E("PAK", "IND", "REJECT", True, "denied that Pakistan had attacked"),
 E("PAK", "IND", "ACCUSE", True, "Indian troops had opened fire first on Pakistani posts"),
 E("IND", "PAK", "COERCE ASSAULT MOBILIZE", False, "Indian troops occupied it in 1984"),
 E("IND", "PAK", "AGREE", False, "a pledge by the two countries' leaders earlier this year to reduce tension", sym=True),
], "json", date_publish="1987-09-29 12:30:00")

A("CM13", "1987-09-23", "dateline 'Sept 23'; date_publish 1987-09-23",
"CHINA DENOUNCES DALAI LAMA'S TIBET PLAN AS SPLITTIST", """
PEKING, Sept 23 - China today rejected a peace plan for Tibet put forward by the exiled Dalai Lama in Washington, calling it an attempt to split the motherland, and criticised U.S. congressmen for giving him a platform.

"Tibet is an inalienable part of China. There is no question of its so-called independence," a Foreign Ministry spokesman told a weekly news briefing.

The Dalai Lama, who fled to India after a failed uprising against Chinese rule in 1959, proposed on Monday that Tibet be turned into a demilitarised "zone of peace" and that China stop moving ethnic Chinese settlers into the region.

He made the proposal in a speech to members of the U.S. Congress's human rights caucus on Capitol Hill.

The spokesman said the Dalai Lama was welcome to return to China if he gave up his separatist activities, but Peking would not negotiate with him over the status of Tibet.

He said some U.S. congressmen had "interfered in China's internal affairs" and hurt the feelings of the Chinese people. The U.S. Embassy would be told of China's displeasure, he added.

The State Department said on Tuesday that the United States regards Tibet as part of China and does not endorse the Dalai Lama's political activities.

Reuter
""",
[P("Dalai Lama", "CHN", "exiled Tibetan leader")],
[E("CHN", "CHN", "REJECT", True, "China today rejected a peace plan for Tibet"),
 E("CHN", "CHN", "ACCUSE", True, "calling it an attempt to split the motherland"),
 E("CHN", "USA", "ACCUSE", True, "criticised U.S. congressmen for giving him a platform"),
 E("CHN", "CHN", "REQUEST", True, "proposed on Monday that Tibet be turned into a demilitarised"),
 E("CHN", "USA", "CONSULT", False, "a speech to members of the U.S. Congress's human rights caucus"),
 E("CHN", "CHN", "AGREE REQUEST", False, "the Dalai Lama was welcome to return to China if he gave up his separatist activities"),
 E("CHN", "CHN", "REJECT", True, "Peking would not negotiate with him over the status of Tibet"),
 E("CHN", "USA", "ACCUSE", False, "had \"interfered in China's internal affairs\""),
 E("CHN", "USA", "PROTEST", False, "The U.S. Embassy would be told of China's displeasure"),
 E("USA", "CHN", "SUPPORT", True, "the United States regards Tibet as part of China"),
 E("CHN", "CHN", "PROTEST ASSAULT", False, "a failed uprising against Chinese rule in 1959"),
], "json", date_publish="1987-09-23 09:50:00")

A("CM14", "1987-04-13", "dateline 'April 13'; Macao accord signed 13 April 1987 (no date_publish)",
"CHINA AND PORTUGAL SIGN ACCORD ON MACAO'S RETURN IN 1999", """
PEKING, April 13 - China and Portugal signed an agreement today under which the tiny Portuguese-run territory of Macao will return to Chinese sovereignty on December 20, 1999, ending more than four centuries of Portuguese presence.

Chinese Premier Zhao Ziyang and Portuguese Prime Minister Anibal Cavaco Silva put their names to the joint declaration at a ceremony in the Great Hall of the People.

Under the accord, modelled on the 1984 agreement with Britain over Hong Kong, Macao will become a special administrative region and keep its capitalist system and way of life for 50 years after the handover.

Zhao told his guest that China would honour every commitment in the declaration.

Cavaco Silva, who arrived on Saturday, later met senior leader Deng Xiaoping, who praised the negotiations as an example of settling disputes between states peacefully, the official New China News Agency said.

Portugal had pressed for a handover date in the next century, while Peking insisted that no foreign administration should remain on Chinese soil after 1999. Lisbon gave way on the date in return for guarantees on the rights of Macao residents holding Portuguese passports, diplomats said.

In Taipei, the Nationalist government said it would not recognise the agreement, which it called a deal between "the Communist bandits and a foreign power".

About 400,000 people live in the 16 sq km enclave at the mouth of the Pearl River.

Reuter
""",
[P("Zhao Ziyang", "CHN", "Premier"), P("Anibal Cavaco Silva", "PRT", "Prime Minister"),
 P("Deng Xiaoping", "CHN", "senior leader")],
[E("CHN", "PRT", "AGREE", True, "China and Portugal signed an agreement today", sym=True),
 E("CHN", "GBR", "AGREE", False, "the 1984 agreement with Britain over Hong Kong", sym=True),
 E("CHN", "PRT", "AGREE", True, "China would honour every commitment in the declaration"),
 E("PRT", "CHN", "CONSULT", True, "later met senior leader Deng Xiaoping"),
 E("CHN", "PRT", "SUPPORT", True, "praised the negotiations"),
 E("PRT", "CHN", "REQUEST", False, "Portugal had pressed for a handover date in the next century"),
 E("CHN", "PRT", "REQUEST REJECT", False, "Peking insisted that no foreign administration should remain"),
 E("PRT", "CHN", "CONCEDE", True, "Lisbon gave way on the date"),
 E("TWN", "CHN", "REJECT ACCUSE", True, "would not recognise the agreement"),
 E("TWN", "PRT", "REJECT ACCUSE", False, "would not recognise the agreement"),
], "json", date_publish=None)

A("CM15", "1987-02-09", "dateline 'Feb 9'; Reuters wire item of 1987",
"CHINA AND SOVIET UNION REOPEN BORDER TALKS AFTER NINE YEARS", """
MOSCOW, Feb 9 - China and the Soviet Union opened talks on their long-disputed border today, the first such negotiations since Peking broke them off in 1978.

The Chinese delegation is led by Deputy Foreign Minister Qian Qichen and the Soviet side by Deputy Foreign Minister Igor Rogachev, the official news agency Tass said. It gave no details of the first session, which it called businesslike.

Western diplomats said the talks would focus first on the eastern section of the frontier along the Amur and Ussuri rivers, where Soviet leader Mikhail Gorbachev said in a speech in Vladivostok last July that Moscow could accept a border line along the main channel.

Chinese officials have welcomed that offer but insist that a real improvement in relations depends on Moscow removing what Peking calls the "three obstacles".

These are the Soviet military presence in Afghanistan, Soviet troops along the Chinese border and in Mongolia, and Moscow's support for Vietnam's occupation of Cambodia.

A Chinese Embassy official said Peking wanted a fair settlement but would not drop its claims that large areas were taken from China under "unequal treaties" in the last century.

Troops of the two countries fought bloody battles over the disputed island of Zhenbao (Damansky) in the Ussuri in 1969.

Reuter
""",
[P("Qian Qichen", "CHN", "Deputy Foreign Minister"), P("Igor Rogachev", "RUS", "Deputy Foreign Minister"),
 P("Mikhail Gorbachev", "RUS", "Soviet leader")],
[E("CHN", "RUS", "CONSULT", True, "opened talks on their long-disputed border", sym=True),
 E("CHN", "RUS", "REJECT", False, "since Peking broke them off in 1978"),
 E("RUS", "CHN", "AGREE CONCEDE", False, "Moscow could accept a border line along the main channel"),
 E("CHN", "RUS", "SUPPORT AGREE", True, "Chinese officials have welcomed that offer"),
 E("CHN", "RUS", "REQUEST", True, "depends on Moscow removing what Peking calls the \"three obstacles\""),
 E("RUS", "AFG", "MOBILIZE COERCE", False, "the Soviet military presence in Afghanistan"),
 E("RUS", "VNM", "SUPPORT", False, "Moscow's support for Vietnam's occupation of Cambodia"),
 E("CHN", "RUS", "REJECT", True, "would not drop its claims"),
 E("CHN", "RUS", "ACCUSE", False, "large areas were taken from China under \"unequal treaties\""),
 E("CHN", "RUS", "ASSAULT", False, "fought bloody battles over the disputed island", sym=True),
], "dump", dump="dump-1.txt", nbsp=True)

A("CM16", NEW["CM16"]["date"], NEW["CM16"]["why"], NEW["CM16"]["headline"], NEW["CM16"]["body"],
 NEW["CM16"]["people"], NEW["CM16"]["events"], "dump", dump="dump-1.txt", nbsp=False)

A("CM17", NEW["CM17"]["date"], NEW["CM17"]["why"], NEW["CM17"]["headline"], NEW["CM17"]["body"],
 NEW["CM17"]["people"], NEW["CM17"]["events"], "dump", dump="dump-2.txt", nbsp=False)

A("CM18", "1987-08-22", "dateline 'Aug 22'; Reuters wire item of 1987",
"MOSCOW EXPELS JAPANESE ATTACHE IN SPY ROW, TOKYO PROTESTS", """
TOKYO, Aug 22 - Japan protested today to the Soviet Union over the expulsion of a Japanese military attache and a trading company official from Moscow, calling the move unjustified retaliation, the Foreign Ministry said.

The Soviet Foreign Ministry on Friday ordered the two men out within a week, accusing them of activities incompatible with their status, the usual term for spying.

The expulsions followed Japan's decision on Thursday to order a deputy Soviet trade representative to leave Tokyo after police said he had tried to obtain secret information on U.S. military aircraft from a Japanese engineer.

"The Soviet action has no basis whatsoever," a senior ministry official told the Soviet ambassador, who was summoned to the ministry.

Ministry officials said Tokyo had no plans for further expulsions but would not let the incident pass.

The row comes at a delicate time. Japan is still trying to repair relations with Washington after the Toshiba affair, in which a Japanese firm sold militarily sensitive machinery to Moscow, and has promised closer cooperation on export controls.

A planned visit to Japan by Soviet leader Mikhail Gorbachev, long sought by Tokyo, remains unscheduled. Relations are strained by Moscow's refusal to discuss the return of four islands off Hokkaido seized by Soviet troops at the end of World War Two.

Reuter
""",
[P("Mikhail Gorbachev", "RUS", "Soviet leader")],
[E("JPN", "RUS", "PROTEST", True, "Japan protested today to the Soviet Union"),
 E("JPN", "RUS", "ACCUSE", False, "calling the move unjustified retaliation"),
 E("RUS", "JPN", "COERCE", True, "ordered the two men out within a week"),
 E("RUS", "JPN", "ACCUSE", True, "accusing them of activities incompatible with their status"),
 E("JPN", "RUS", "COERCE", True, "order a deputy Soviet trade representative to leave Tokyo"),
 E("JPN", "RUS", "ACCUSE", True, "he had tried to obtain secret information on U.S. military aircraft"),
 E("JPN", "RUS", "REJECT ACCUSE PROTEST", False, "The Soviet action has no basis whatsoever"),
 E("JPN", "RUS", "PROTEST CONSULT", False, "who was summoned to the ministry"),
 E("JPN", "RUS", "THREATEN", False, "would not let the incident pass"),
 E("JPN", "USA", "AGREE COOPERATE", False, "has promised closer cooperation on export controls"),
 E(["JPN", "MNC"], "RUS", "COOPERATE", False, "a Japanese firm sold militarily sensitive machinery to Moscow"),
 E("JPN", "RUS", "REQUEST", False, "long sought by Tokyo"),
 E("RUS", "JPN", "REJECT", True, "Moscow's refusal to discuss the return of four islands"),
 E("RUS", "JPN", "ASSAULT COERCE", False, "seized by Soviet troops at the end of World War Two"),
], "dump", dump="dump-2.txt", nbsp=False)

A("CM19", "1987-07-15", "dateline 'July 15'; Reuters wire item of 1987",
"NORTH KOREA REJECTS IOC OFFER OF FIVE OLYMPIC SPORTS", """
LAUSANNE, July 15 - North Korea today turned down an offer by the International Olympic Committee to stage five sports of next year's Seoul Olympics in Pyongyang, insisting it must be named co-host of the Games.

IOC President Juan Antonio Samaranch put the proposal to the North and South Korean delegations at a two-day meeting at the committee's headquarters, the fourth such round since 1985.

Under the plan, Pyongyang would hold the archery, table tennis and women's volleyball competitions, one preliminary group of the football tournament and a cycling road race starting in the North.

North Korean chief delegate Chin Chung Guk told reporters the offer was "not acceptable" and repeated demands for at least eight sports and a share in the title of the Games.

He accused South Korea and the IOC of trying to "divide the nation for ever" and said the North would not take part unless its demands were met.

South Korean delegate Kim Chong-ha, president of the Korean Olympic Committee, said Seoul accepted the IOC proposal in full and urged Pyongyang to do the same.

Samaranch said the offer remained open and the IOC would set a deadline later this year. "The door is not closed," he said.

Several communist countries, including Cuba, have indicated they could follow North Korea in a boycott if no agreement is reached, diplomats said.

Reuter
""",
[P("Juan Antonio Samaranch", "ESP", "IOC President"), P("Chin Chung Guk", "PRK", "chief delegate"),
 P("Kim Chong-ha", "KOR", "president of the Korean Olympic Committee")],
[E("PRK", ["NGO", "IGO"], "REJECT", True, "North Korea today turned down an offer by the International Olympic Committee"),
 E(["NGO", "IGO"], ["PRK", "KOR"], "AGREE CONSULT", True, "put the proposal to the North and South Korean delegations"),
 E("PRK", "KOR", "CONSULT", True, "at a two-day meeting at the committee's headquarters", sym=True),
 E("PRK", ["NGO", "IGO", "KOR"], "REQUEST", True, "repeated demands for at least eight sports"),
 E("PRK", "KOR", "ACCUSE", True, "He accused South Korea and the IOC"),
 E("PRK", ["NGO", "IGO"], "ACCUSE", True, "He accused South Korea and the IOC"),
 E("PRK", ["KOR", "NGO", "IGO"], "THREATEN REJECT", True, "the North would not take part unless its demands were met"),
 E("KOR", ["NGO", "IGO"], "AGREE", True, "Seoul accepted the IOC proposal in full"),
 E("KOR", "PRK", "REQUEST", True, "urged Pyongyang to do the same"),
 E(["NGO", "IGO"], "PRK", "AGREE THREATEN", False, "the offer remained open and the IOC would set a deadline"),
 E("CUB", "KOR", "THREATEN", False, "could follow North Korea in a boycott"),
], "dump", dump="dump-3.txt", nbsp=True)

A("CM20", "1987-12-15", "dateline 'Dec 15'; Reuters wire item of 1987",
"TAKESHITA PLEDGES TWO BILLION DLRS TO ASEAN AT MANILA SUMMIT", """
MANILA, Dec 15 - Japanese Prime Minister Noboru Takeshita today pledged two billion dlrs over three years to help private industry in the six nations of the Association of Southeast Asian Nations (ASEAN).

Takeshita announced the fund at a meeting with ASEAN heads of government at the end of their first summit in 10 years, held in Manila under the tightest security the city has seen.

He said Japan would also open its market wider to ASEAN products and would not become a military power threatening its neighbours.

The ASEAN leaders earlier signed a declaration calling for the withdrawal of Vietnamese troops from Cambodia and agreed to cut tariffs on trade among themselves.

President Corazon Aquino thanked the Japanese leader and said the aid was "a gesture of true partnership".

Some 10,000 troops and police guarded the summit venue, and U.S. warships stood off Manila Bay, diplomats said. Communist rebels had threatened to disrupt the meeting, and the Aquino government only narrowly survived a coup attempt in August.

Takeshita was due to hold separate talks with each leader before flying home tonight.

Vietnam's official media dismissed the call for a pullout as interference in Cambodia's internal affairs.

Reuter
""",
[P("Noboru Takeshita", "JPN", "Prime Minister"), P("Corazon Aquino", "PHL", "President")],
[E("JPN", ["IGO", "PHL", "IDN", "MYS", "SGP", "THA", "BRN"], "AID AGREE", True, "pledged two billion dlrs over three years"),
 E("JPN", ["IGO", "PHL", "IDN", "MYS", "SGP", "THA", "BRN"], "CONSULT", True, "a meeting with ASEAN heads of government"),
 E("JPN", ["IGO", "PHL", "IDN", "MYS", "SGP", "THA", "BRN"], "AGREE", True, "Japan would also open its market wider to ASEAN products"),
 E("JPN", ["IGO", "PHL", "IDN", "MYS", "SGP", "THA", "BRN"], "AGREE", False, "would not become a military power threatening its neighbours"),
 E("IGO", "VNM", "REQUEST", True, "calling for the withdrawal of Vietnamese troops from Cambodia"),
 E("IGO", "IGO", "AGREE", False, "agreed to cut tariffs on trade among themselves"),
 E("PHL", "JPN", "SUPPORT", True, "President Corazon Aquino thanked the Japanese leader"),
 E("USA", "PHL", "SUPPORT MOBILIZE", False, "U.S. warships stood off Manila Bay"),
 E("PHL", "PHL", "THREATEN", False, "Communist rebels had threatened to disrupt the meeting"),
 E("PHL", "PHL", "ASSAULT COERCE", False, "narrowly survived a coup attempt in August"),
 E("JPN", ["PHL", "IDN", "MYS", "SGP", "THA", "BRN"], "CONSULT", False, "hold separate talks with each leader"),
 E("VNM", "IGO", "REJECT ACCUSE", True, "dismissed the call for a pullout as interference"),
], "dump", dump="dump-3.txt", nbsp=False)
