# Articles AV1-AV7 of set AV. Each article: dict with text paragraphs, metadata, people, events.
# E(source, target, types, required, evidence, symmetric=False)

def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

ARTICLES = []

ARTICLES.append(dict(
    id="AV3", fmt="json",
    headline="NEW ZEALAND WRITES NUCLEAR SHIP BAN INTO LAW, U.S. SAYS RIFT DEEPENS",
    date_publish="1987-06-04 09:12:00", authors=[], url=None, source_domain="reuters.com",
    description="New Zealand's parliament passes its nuclear-free zone law; Washington says the ANZUS rift will deepen.",
    published=("1987-06-04", "1987-06-04", "dateline 'June 4' of a Reuters wire; the act passed on 4 June 1987"),
    paras=[
        "WELLINGTON, June 4 - New Zealand's parliament passed a law on Thursday banning nuclear-armed and nuclear-powered ships from the country's ports, writing into statute a policy that has already frozen Wellington out of the ANZUS defence alliance with the United States.",
        "Prime Minister David Lange told parliament the law was a statement that New Zealand \"will not be defended by nuclear weapons\" and said no future government would find it easy to repeal.",
        "The opposition National Party voted against the bill, saying it would leave the country isolated from its traditional friends. Its foreign affairs spokesman, Don McKinnon, said a National government would seek to restore full defence ties with Washington.",
        "In Washington, a State Department official said the legislation would make it harder to repair the alliance. \"This confirms our view that New Zealand has chosen to walk away from its obligations,\" he said. The United States suspended its security commitments to New Zealand last year and has cut intelligence sharing and joint exercises.",
        "Lange said his government wanted to remain a friend of the United States and would not formally withdraw from ANZUS. He said Wellington remained willing to hold talks with Washington on defence cooperation that did not involve nuclear weapons.",
        "Australian Prime Minister Bob Hawke, whose government has kept its own alliance links with Washington, said Canberra regretted the law but would maintain its bilateral defence ties with New Zealand.",
        "The act also bans the stationing or testing of nuclear devices on New Zealand territory. Lange used the debate to renew his criticism of French nuclear testing at Mururoa atoll in the South Pacific, calling on Paris to move the tests to metropolitan France if it believed they were safe.",
        "Reuter",
    ],
    people=[P("David Lange", "NZL", "Prime Minister"), P("Don McKinnon", "NZL", "National Party foreign affairs spokesman"),
            P("Bob Hawke", "AUS", "Prime Minister")],
    events=[
        E("NZL", "USA", "REJECT SANCTION", True, "banning nuclear-armed and nuclear-powered ships from the country's ports"),
        E("NZL", "USA", "REJECT", False, "will not be defended by nuclear weapons"),
        E("NZL", "NZL", "REJECT PROTEST", False, "The opposition National Party voted against the bill"),
        E("NZL", "USA", "AGREE COOPERATE", False, "would seek to restore full defence ties with Washington"),
        E("USA", "NZL", "ACCUSE", True, "New Zealand has chosen to walk away from its obligations"),
        E("USA", "NZL", "THREATEN ACCUSE", False, "would make it harder to repair the alliance"),
        E("USA", "NZL", "SANCTION", False, "The United States suspended its security commitments to New Zealand last year"),
        E("USA", "NZL", "SANCTION", False, "has cut intelligence sharing and joint exercises"),
        E("NZL", "USA", "SUPPORT COOPERATE", False, "wanted to remain a friend of the United States"),
        E("NZL", "USA", "AGREE CONSULT COOPERATE", True, "remained willing to hold talks with Washington on defence cooperation"),
        E("AUS", "NZL", "ACCUSE PROTEST REJECT", True, "Canberra regretted the law"),
        E("AUS", "NZL", "AGREE COOPERATE", True, "would maintain its bilateral defence ties with New Zealand"),
        E("NZL", "FRA", "ACCUSE PROTEST", True, "renew his criticism of French nuclear testing at Mururoa atoll"),
        E("NZL", "FRA", "REQUEST", True, "calling on Paris to move the tests to metropolitan France"),
    ],
))

ARTICLES.append(dict(
    id="AV6", fmt="dump",
    headline="AUSTRALIA AND INDONESIA SIGN TIMOR GAP OIL TREATY",
    published=("1989-12-11", "1989-12-11", "dateline 'Dec 11' with 'on Monday'; the Timor Gap treaty was signed on 11 December 1989"),
    nbsp=True,
    paras=[
        "DARWIN, Dec 11 - Australia and Indonesia signed a treaty on Monday to share oil and gas resources in the disputed Timor Gap, ending a seabed boundary dispute that had blocked exploration for more than a decade.",
        "Foreign Ministers Gareth Evans and Ali Alatas put their signatures to the agreement aboard an Australian aircraft flying over the Timor Sea, in what officials described as a symbolic gesture.",
        "The treaty creates a zone of cooperation divided into three areas, with revenue from the central area to be split equally and administered by a joint ministerial council.",
        "\"This is a model of how neighbours can turn a source of friction into a source of cooperation,\" Evans told reporters after the plane landed in Darwin. Alatas said the treaty showed that relations between Jakarta and Canberra had matured.",
        "Portugal, which the United Nations still regards as the administering power in East Timor, protested against the treaty and said it would consider taking the matter to an international court. A Portuguese foreign ministry statement said Australia had \"no right to negotiate over the resources of a territory whose people have not been allowed to decide their future.\"",
        "Australia is one of the few countries to have recognised Indonesia's annexation of the former Portuguese colony, which Indonesian troops invaded in 1975.",
        "Fretilin, the East Timorese guerrilla movement fighting Indonesian rule, condemned the agreement as \"the theft of Timorese oil\" in a statement issued in Lisbon.",
        "In Canberra, the small Australian Democrats party criticised the treaty and called for a Senate inquiry, saying the government had put oil ahead of human rights.",
        "The two ministers also agreed to hold regular consultations on regional security and said defence chiefs would exchange visits next year.",
        "Reuter",
    ],
    people=[P("Gareth Evans", "AUS", "Foreign Minister"), P("Ali Alatas", "IDN", "Foreign Minister")],
    events=[
        E("AUS", "IDN", "AGREE COOPERATE", True, "Australia and Indonesia signed a treaty on Monday to share oil and gas resources", True),
        E("AUS", "IDN", "COOPERATE", False, "The treaty creates a zone of cooperation", True),
        E("AUS", "IDN", "SUPPORT", False, "This is a model of how neighbours can turn a source of friction into a source of cooperation"),
        E("PRT", "AUS", "PROTEST ACCUSE", True, "protested against the treaty"),
        E("PRT", "IDN", "PROTEST ACCUSE", False, "protested against the treaty"),
        E("PRT", "AUS", "THREATEN", True, "said it would consider taking the matter to an international court"),
        E("PRT", "AUS", "ACCUSE", True, "Australia had \"no right to negotiate"),
        E("AUS", "IDN", "SUPPORT", False, "recognised Indonesia's annexation"),
        E("IDN", "TLS", "ASSAULT", False, "Indonesian troops invaded in 1975"),
        E("TLS", "IDN", "ASSAULT", False, "guerrilla movement fighting Indonesian rule", True),
        E("TLS", ["AUS", "IDN"], "ACCUSE PROTEST", True, "condemned the agreement as \"the theft of Timorese oil\""),
        E("AUS", "AUS", "ACCUSE", True, "the small Australian Democrats party criticised the treaty"),
        E("AUS", "AUS", "REQUEST", False, "called for a Senate inquiry"),
        E("AUS", "IDN", "AGREE CONSULT", True, "agreed to hold regular consultations on regional security", True),
        E("AUS", "IDN", "AGREE CONSULT", False, "defence chiefs would exchange visits next year", True),
    ],
))

