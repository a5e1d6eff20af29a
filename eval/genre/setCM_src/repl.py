# Replacement articles (earlier picks collided with used headlines).
def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

NEW = {}
NEW["CM1"] = dict(date="1987-08-18", why="dateline 'Aug 18'; Reuters wire item of 1987",
headline="SOUTH KOREA WARNS STRIKERS AS HYUNDAI WORKERS MARCH IN ULSAN", body="""
SEOUL, Aug 18 - The South Korean government warned striking workers today that it would use force if necessary to end illegal stoppages, after tens of thousands of Hyundai employees marched through the industrial city of Ulsan.

Prime Minister Kim Chung-yul said in a televised statement that the government had so far shown patience but "will not stand by while violence destroys the economy."

About 40,000 workers from the Hyundai shipyard and other group companies, some riding heavy trucks and forklifts, occupied a stadium and the city's main streets to demand union recognition and higher pay, police and witnesses said.

Riot police pulled back to avoid a clash and no serious injuries were reported. Police later detained 15 people accused of leading the march, a police spokesman said.

Hyundai management agreed in the evening to recognise an independent union and to negotiate wages, company officials said. Union leaders said they would suspend the strike while talks went on.

More than 1,000 labour disputes have broken out since the ruling party promised democratic reforms on June 29, according to the Labour Ministry.

Opposition leader Kim Dae-jung urged the government to respect workers' rights and accused it of siding with big business.

Reuter
""",
people=[P("Kim Chung-yul", "KOR", "Prime Minister"), P("Kim Dae-jung", "KOR", "opposition leader")],
events=[E("KOR", "KOR", "THREATEN", True, "warned striking workers today that it would use force if necessary"),
 E("KOR", "KOR", "THREATEN", False, "will not stand by while violence destroys the economy"),
 E("KOR", "KOR", "PROTEST", True, "Hyundai employees marched through the industrial city of Ulsan"),
 E("KOR", "KOR", "REQUEST PROTEST", True, "to demand union recognition and higher pay"),
 E("KOR", "KOR", "RETREAT", False, "Riot police pulled back to avoid a clash"),
 E("KOR", "KOR", "COERCE", True, "Police later detained 15 people"),
 E("KOR", "KOR", "CONCEDE AGREE", True, "Hyundai management agreed in the evening to recognise an independent union"),
 E("KOR", "KOR", "CONSULT", False, "to negotiate wages", sym=True),
 E("KOR", "KOR", "CONCEDE RETREAT AGREE", True, "they would suspend the strike while talks went on"),
 E("KOR", "KOR", "PROTEST", False, "More than 1,000 labour disputes have broken out"),
 E("KOR", "KOR", "AGREE CONCEDE", False, "the ruling party promised democratic reforms on June 29"),
 E("KOR", "KOR", "REQUEST", True, "urged the government to respect workers' rights"),
 E("KOR", "KOR", "ACCUSE", True, "accused it of siding with big business"),
])

NEW["CM3"] = dict(date="1987-01-04", why="dateline 'Jan 4'; Reuters wire item of 1987",
headline="MANILA AND MOSLEM REBELS AGREE TO NEGOTIATE MINDANAO AUTONOMY", body="""
JEDDAH, Jan 4 - The Philippine government and the Moro National Liberation Front (MNLF) agreed today to hold talks on autonomy for the Moslem south, ending three days of meetings in the Saudi city under the sponsorship of the Organisation of the Islamic Conference (OIC).

A joint statement said the two sides would discuss "full autonomy" for Mindanao and nearby islands, "subject to democratic processes", and would extend a ceasefire in force since September.

MNLF chairman Nur Misuari, who returned from exile last year to meet President Corazon Aquino, told reporters the front had given up its demand for independence "for the sake of peace" but would accept nothing less than self-rule for the whole region.

A member of the government panel said Manila had made no commitment on which provinces would be included.

Christian politicians in Mindanao denounced the accord, saying most of the region's people were not Moslems and would never accept rule by the MNLF.

A rival group, the Moro Islamic Liberation Front, which was not invited to Jeddah, said it would not be bound by the agreement and threatened to step up its attacks.

Formal negotiations are due to open in Manila next month, diplomats said. The MNLF has fought for a separate Moslem homeland since the early 1970s in a war that has cost tens of thousands of lives.

Reuter
""",
people=[P("Nur Misuari", "PHL", "MNLF chairman"), P("Corazon Aquino", "PHL", "President")],
events=[E("PHL", "PHL", "AGREE", True, "agreed today to hold talks on autonomy for the Moslem south", sym=True),
 E("PHL", "PHL", "CONSULT", True, "ending three days of meetings in the Saudi city", sym=True),
 E("IGO", "PHL", "SUPPORT CONSULT COOPERATE", False, "under the sponsorship of the Organisation of the Islamic Conference"),
 E("PHL", "PHL", "AGREE", True, "would extend a ceasefire in force since September", sym=True),
 E("PHL", "PHL", "CONSULT", False, "returned from exile last year to meet President Corazon Aquino"),
 E("PHL", "PHL", "CONCEDE", True, "had given up its demand for independence"),
 E("PHL", "PHL", "REQUEST REJECT", True, "would accept nothing less than self-rule for the whole region"),
 E("PHL", "PHL", "ACCUSE REJECT", True, "Christian politicians in Mindanao denounced the accord"),
 E("PHL", "PHL", "REJECT", True, "it would not be bound by the agreement"),
 E("PHL", "PHL", "THREATEN", True, "threatened to step up its attacks"),
 E("PHL", "PHL", "CONSULT", False, "Formal negotiations are due to open in Manila next month", sym=True),
 E("PHL", "PHL", "ASSAULT", False, "in a war that has cost tens of thousands of lives", sym=True),
])

NEW["CM6"] = dict(date="1987-10-06", why="dateline 'Oct 6'; Reuters wire item of 1987",
headline="TAMIL TIGERS KILL SINHALESE AFTER CAPTURED REBELS TAKE POISON", body="""
COLOMBO, Oct 6 - Tamil Tiger guerrillas killed more than 100 Sinhalese civilians in eastern Sri Lanka overnight in revenge for the deaths of 12 rebels who swallowed cyanide while in army custody, police said today.

Gunmen attacked several Sinhalese villages in Trincomalee and Batticaloa districts, officials said. Hundreds of families fled to army camps.

The 17 guerrillas, including two regional commanders, were seized by the Sri Lankan navy off the northern coast on Saturday. They took cyanide capsules on Monday as troops prepared to fly them to Colombo for questioning, and 12 died.

The Liberation Tigers of Tamil Eelam accused the Indian peace-keeping force of breaking promises by letting Colombo take the men, and said the July peace accord with India was "dead".

President Junius Jayewardene called on India to disarm the Tigers by force if necessary and ordered his own troops to protect Sinhalese villages in the east.

The commander of the Indian force, Lieutenant-General Depinder Singh, warned the Tigers in a statement that his troops would act against anyone who broke the ceasefire.

Indian diplomats said New Delhi had asked Colombo to hand the captured men over to the Indian force, but the request was turned down.

Under the accord, the Tigers were to surrender their weapons to the Indian troops in return for an amnesty and a merged provincial council for the north and east.

Reuter
""",
people=[P("Junius Jayewardene", "LKA", "President"),
        P("Depinder Singh", "IND", "Lieutenant-General, commander of the Indian peace-keeping force")],
events=[E("LKA", "LKA", "ASSAULT", True, "killed more than 100 Sinhalese civilians"),
 E("LKA", "LKA", "ASSAULT", False, "Gunmen attacked several Sinhalese villages"),
 E("LKA", "LKA", "COERCE", True, "were seized by the Sri Lankan navy"),
 E("LKA", "IND", "ACCUSE", True, "accused the Indian peace-keeping force of breaking promises"),
 E("LKA", ["IND", "LKA"], "REJECT", True, "the July peace accord with India was \"dead\""),
 E("LKA", "IND", "REQUEST", True, "called on India to disarm the Tigers by force"),
 E("LKA", "LKA", "MOBILIZE", False, "ordered his own troops to protect Sinhalese villages"),
 E("IND", "LKA", "THREATEN", True, "warned the Tigers in a statement"),
 E("IND", "LKA", "REQUEST", True, "New Delhi had asked Colombo to hand the captured men over"),
 E("LKA", "IND", "REJECT", True, "the request was turned down"),
 E("IND", "LKA", "AGREE", False, "Under the accord", sym=True),
])

NEW["CM16"] = dict(date="1987-10-28", why="dateline 'Oct 28'; Reuters wire item of 1987",
headline="U.S. REJECTS RICE MILLERS' BID TO PRY OPEN JAPAN MARKET", body="""
WASHINGTON, Oct 28 - The United States turned down a request by American rice millers for trade action against Japan's ban on rice imports, saying the dispute should be settled in world trade talks rather than bilaterally, U.S. Trade Representative Clayton Yeutter said today.

The Rice Millers' Association had asked the administration last month to declare the Japanese ban an unfair trade practice under Section 301 of U.S. trade law, a step that could have led to retaliation.

Yeutter said he had decided not to open an investigation after Tokyo assured Washington that it was prepared to discuss all farm trade barriers, including rice, in the Uruguay Round of negotiations under the General Agreement on Tariffs and Trade (GATT).

"We expect Japan to put rice on the table in Geneva," he told reporters. "If it does not, we will come back to this."

In Tokyo, Agriculture Ministry officials welcomed the decision but repeated that Japan would remain self-sufficient in rice, the country's staple food. Japanese farm groups, a powerful base of the ruling Liberal Democratic Party, have vowed to resist any opening.

The millers' association criticised Yeutter's decision, saying it let Japan off the hook. A spokesman said the group would lobby Congress to force the administration's hand.

Japan has also been urged by the U.S. to lift quotas on beef and citrus imports, which expire next April.

Reuter
""",
people=[P("Clayton Yeutter", "USA", "Trade Representative")],
events=[E("USA", "USA", "REJECT", True, "turned down a request by American rice millers"),
 E("USA", "USA", "REQUEST", False, "had asked the administration last month"),
 E("JPN", "USA", "AGREE", True, "Tokyo assured Washington that it was prepared to discuss all farm trade barriers"),
 E("USA", "JPN", "REQUEST", True, "We expect Japan to put rice on the table in Geneva"),
 E("USA", "JPN", "THREATEN", True, "If it does not, we will come back to this"),
 E("JPN", "USA", "SUPPORT", True, "Agriculture Ministry officials welcomed the decision"),
 E("JPN", "USA", "REJECT", True, "Japan would remain self-sufficient in rice"),
 E("JPN", "USA", "REJECT", False, "have vowed to resist any opening"),
 E("USA", "USA", "ACCUSE", True, "The millers' association criticised Yeutter's decision"),
 E("USA", "JPN", "REQUEST", False, "urged by the U.S. to lift quotas on beef and citrus imports"),
])

NEW["CM17"] = dict(date="1987-09-07", why="dateline 'Sept 7'; Reuters wire item of 1987",
headline="BURMA SHUTS COLLEGES AFTER STUDENTS PROTEST CURRENCY MOVE", body="""
BANGKOK, Sept 7 - Burma's military-backed government closed all universities and colleges in Rangoon today after students rampaged in protest against the sudden withdrawal of most of the country's banknotes, diplomats in Rangoon said.

Hundreds of students from the Rangoon Institute of Technology smashed windows and set fire to a government car on Saturday, hours after the official radio announced that 25, 35 and 75 kyat notes were no longer legal tender, the diplomats told Reuters by telephone.

The move, the second such demonetisation in two years, wiped out the savings of millions of people without compensation. The government said it was aimed at black marketeers and insurgents who hoard cash.

Students were sent home and troops were posted at campus gates, the diplomats said. There was no word of arrests.

It was the most serious unrest in the capital since student riots in 1974, they added.

The official Working People's Daily said the disturbances had been stirred up by "a handful of destructive elements" and warned that action would be taken against anyone threatening law and order.

The measure came only days after the government lifted controls on the trade in rice and other grains, a step diplomats had seen as a cautious opening of the economy.

Burma has been ruled since 1962 by General Ne Win, who remains chairman of the ruling Burma Socialist Programme Party.

Reuter
""",
people=[P("Ne Win", "MMR", "General, chairman of the Burma Socialist Programme Party")],
events=[E("MMR", "MMR", "COERCE", True, "closed all universities and colleges in Rangoon"),
 E("MMR", "MMR", "PROTEST", True, "students rampaged in protest"),
 E("MMR", "MMR", "PROTEST ASSAULT", False, "smashed windows and set fire to a government car"),
 E("MMR", "MMR", "ACCUSE SANCTION", False, "aimed at black marketeers and insurgents"),
 E("MMR", "MMR", "COERCE MOBILIZE", True, "troops were posted at campus gates"),
 E("MMR", "MMR", "ACCUSE", True, "stirred up by \"a handful of destructive elements\""),
 E("MMR", "MMR", "THREATEN", True, "warned that action would be taken"),
 E("MMR", "MMR", "PROTEST", False, "student riots in 1974"),
])
