# Articles BG1-BG6 (Reuters 1987-1989)
# event line: SRC TGT TYPES FLAG | evidence ; FLAG in R (required), O (optional), RS/OS symmetric
ARTS = []
ARTS.append(dict(id="BG1", fmt="txt", pub=("1987-11-09","1987-11-09","dateline Nov 9; talks opened 9 Nov 1987"),
headline="U.S. AND SOVIET UNION OPEN TALKS ON NUCLEAR TEST LIMITS",
body="""GENEVA, Nov 9 - The United States and the Soviet Union opened formal negotiations on nuclear testing here today, the first such talks between the superpowers in seven years, but the two sides remained far apart on how far any limits should go.

The delegations met for about two hours at the Soviet mission, and a U.S. spokesman described the session as businesslike. The talks were agreed in September when Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze met in Washington.

Washington wants the first stage to deal only with ways of verifying two unratified treaties from the 1970s, which cap underground blasts at 150 kilotons, before any further limits are considered.

The U.S. delegation offered to hold a joint experiment in which each side's scientists would measure a test explosion at the other's site, a spokesman said.

Moscow has long pressed for a complete halt to testing. The chief Soviet delegate told reporters that a comprehensive ban remained the final goal and urged the Americans to join a moratorium.

The United States rejected the moratorium call, saying that as long as it relied on nuclear weapons for deterrence it would have to go on testing them.

A Western diplomat said the Soviet side had dropped its earlier refusal to discuss verification first, which he called a real concession.

The Soviet Union ended an 18-month unilateral moratorium on testing in February after Washington refused to follow suit. Soviet officials today again accused the United States of blocking progress toward a ban.

Both delegations agreed to meet again on Wednesday. The round is expected to last until mid-December, after a summit in Washington at which Soviet leader Mikhail Gorbachev and President Ronald Reagan are due to sign a treaty scrapping medium-range missiles.

Reuter""",
people=[("George Shultz","USA","Secretary of State"),("Eduard Shevardnadze","RUS","Soviet Foreign Minister"),("Mikhail Gorbachev","RUS","Soviet leader"),("Ronald Reagan","USA","President")],
events="""USA RUS CONSULT RS | opened formal negotiations on nuclear testing
USA RUS CONSULT OS | The delegations met for about two hours at the Soviet mission
USA RUS CONSULT,AGREE OS | The talks were agreed in September
USA RUS REQUEST O | Washington wants the first stage to deal only with ways of verifying
USA RUS AGREE,COOPERATE R | The U.S. delegation offered to hold a joint experiment
RUS USA REQUEST R | urged the Americans to join a moratorium
USA RUS REJECT R | The United States rejected the moratorium call
RUS USA CONCEDE,AGREE R | the Soviet side had dropped its earlier refusal to discuss verification first
USA RUS REJECT O | Washington refused to follow suit
RUS USA ACCUSE R | accused the United States of blocking progress toward a ban
USA RUS AGREE,CONSULT RS | Both delegations agreed to meet again on Wednesday
USA RUS AGREE OS | are due to sign a treaty scrapping medium-range missiles"""))

ARTS.append(dict(id="BG2", fmt="json", pub=("1987-09-25","1987-09-25","dateline Sept 25, 1987; IAEA general conference"),
date_publish="1987-09-25 14:32:00", url=None, authors=[], domain="reuters.com",
description="African and Arab states agreed to delay a vote on expelling Pretoria from the U.N. nuclear agency.",
headline="IAEA CONFERENCE PUTS OFF MOVE TO SUSPEND SOUTH AFRICA",
body="""VIENNA, Sept 25 - The International Atomic Energy Agency's annual conference today put off for a year a move by African states to suspend South Africa, after Pretoria said it was ready to open talks on signing the Nuclear Non-Proliferation Treaty.

The decision, reached by consensus after two days of lobbying, was a setback for the African group, which had demanded that South Africa be stripped of its rights in the agency because of its apartheid policies and its refusal to open all its nuclear plants to inspection.

The United States, Britain and West Germany opposed the suspension, arguing that isolating Pretoria would only push its nuclear programme further out of sight. A U.S. delegate said expelling a member for political reasons would damage the agency.

South African Foreign Minister Pik Botha said earlier this week that his government would begin discussions with the three depositary powers of the treaty - the United States, the Soviet Union and Britain - on possible accession.

"We are prepared to talk, but we will not be bullied into signing," a South African delegate told reporters.

Nigeria's delegate said African states had agreed to the delay only because of Pretoria's promise, and warned that they would press for suspension next year if no progress was made.

The Soviet Union, which had backed the African motion, said it would watch closely whether the talks were genuine.

South Africa is believed by Western experts to be capable of building nuclear weapons. It has denied having any such programme.

Reuter""",
people=[("Pik Botha","ZAF","Foreign Minister")],
events="""IGO ZAF SANCTION,REJECT O | put off for a year a move by African states to suspend South Africa
ZAF USA/RUS/GBR AGREE,CONSULT O | Pretoria said it was ready to open talks on signing the Nuclear Non-Proliferation Treaty
IGO ZAF REQUEST,SANCTION O | had demanded that South Africa be stripped of its rights in the agency
ZAF IGO REJECT O | its refusal to open all its nuclear plants to inspection
USA ZAF SUPPORT R | The United States, Britain and West Germany opposed the suspension
GBR ZAF SUPPORT R | The United States, Britain and West Germany opposed the suspension
DEU ZAF SUPPORT R | The United States, Britain and West Germany opposed the suspension
ZAF USA AGREE,CONSULT R | his government would begin discussions with the three depositary powers
ZAF RUS AGREE,CONSULT R | his government would begin discussions with the three depositary powers
ZAF GBR AGREE,CONSULT R | his government would begin discussions with the three depositary powers
ZAF NGA/IGO REJECT O | we will not be bullied into signing
NGA ZAF THREATEN R | warned that they would press for suspension next year
RUS ZAF REQUEST,SANCTION O | The Soviet Union, which had backed the African motion
RUS ZAF ACCUSE,THREATEN O | it would watch closely whether the talks were genuine
ZAF WST REJECT O | It has denied having any such programme"""))

ARTS.append(dict(id="BG3", fmt="dump", pub=("1988-03-27","1988-03-27","dateline March 27; Vanunu sentenced 27 March 1988"),
headline="ISRAELI COURT JAILS VANUNU FOR 18 YEARS OVER NUCLEAR DISCLOSURES",
body="""JERUSALEM, March 27 - An Israeli court today sentenced former nuclear technician Mordechai Vanunu to 18 years in prison for treason and espionage after he revealed details of the Dimona reactor to a British newspaper.

The three-judge Jerusalem District Court, which heard the case behind closed doors, convicted Vanunu last week. He was not present when the sentence was read, and his lawyer, Avigdor Feldman, said he would appeal to the Supreme Court.

Vanunu, 33, worked for nine years at the secret plant in the Negev desert before giving photographs and an account of its work to the Sunday Times of London, which concluded in 1986 that Israel had built up to 200 nuclear warheads.

He vanished from London in September 1986 and later turned up in Israeli custody. Israel has never explained how he was brought back, but Vanunu scrawled a message on his palm saying he had been kidnapped in Rome.

Italian prosecutors have opened an inquiry into the alleged abduction, and Britain has asked Israel for an explanation. Israel denied that any crime was committed on British soil.

Israel does not confirm or deny that it has nuclear arms, saying only that it will not be the first to introduce them to the Middle East.

Supporters outside the court held placards calling Vanunu a hero. Police moved them away from the entrance but made no arrests.

Arab governments seized on the case. An Egyptian Foreign Ministry spokesman said the trial proved that Israel's nuclear programme threatened the whole region and called for it to be placed under international inspection.

Reuter""",
people=[("Mordechai Vanunu","ISR","former nuclear technician"),("Avigdor Feldman","ISR","lawyer")],
events="""ISR ISR SANCTION,COERCE R | sentenced former nuclear technician Mordechai Vanunu to 18 years in prison
ISR ISR SANCTION,COERCE O | convicted Vanunu last week
ISR ISR ACCUSE O | for treason and espionage
ISR ISR COERCE,ASSAULT O | later turned up in Israeli custody
ISR ISR ACCUSE O | saying he had been kidnapped in Rome
ITA ISR ACCUSE R | Italian prosecutors have opened an inquiry into the alleged abduction
GBR ISR REQUEST R | Britain has asked Israel for an explanation
ISR GBR REJECT R | Israel denied that any crime was committed on British soil
ISR ISR PROTEST R | Supporters outside the court held placards calling Vanunu a hero
ISR ISR COERCE R | Police moved them away from the entrance
EGY ISR ACCUSE R | the trial proved that Israel's nuclear programme threatened the whole region
EGY ISR REQUEST R | called for it to be placed under international inspection"""))

ARTS.append(dict(id="BG4", fmt="txt", pub=("1988-07-01","1988-07-01","dateline July 1; INF portal monitoring began July 1988"),
headline="U.S. INSPECTORS BEGIN WATCH AT SOVIET MISSILE PLANT",
body="""MOSCOW, July 1 - A team of American inspectors arrived today at a missile factory in the Soviet Ural mountains to begin round-the-clock monitoring under the treaty banning medium-range nuclear weapons, a U.S. embassy spokesman said.

The 29 inspectors flew into Izhevsk and were driven to the plant at Votkinsk, which once built the SS-20 missile. Under the treaty they will watch every vehicle leaving the gates for 13 years to make sure no banned rockets are produced.

At the same time, a group of Soviet inspectors was setting up a similar post outside a rocket motor plant in Magna, Utah, where the U.S. Pershing 2 was made.

The Soviet Foreign Ministry spokesman, Gennady Gerasimov, told a news briefing that the inspections were going smoothly and that Moscow was meeting all its obligations. "There are no surprises on either side," he said.

Officials from both countries held talks in Geneva last month on technical disputes, including the size of vehicles the Americans may examine, and agreed on procedures only days before the deadline.

Soviet officials complained that U.S. teams had asked to see more of the plant than the treaty allowed, a demand the Americans denied making.

Since June 1 the two sides have already carried out dozens of short-notice inspections at missile bases in Europe and the Soviet Union to count weapons to be destroyed.

The treaty, signed by President Ronald Reagan and Soviet leader Mikhail Gorbachev in Washington last December, came into force at their Moscow summit in June. Both sides must scrap all their intermediate-range missiles within three years.

Reuter""",
people=[("Gennady Gerasimov","RUS","Foreign Ministry spokesman"),("Ronald Reagan","USA","President"),("Mikhail Gorbachev","RUS","Soviet leader")],
events="""USA RUS COOPERATE,CONSULT R | A team of American inspectors arrived today at a missile factory
RUS USA COOPERATE,CONSULT R | a group of Soviet inspectors was setting up a similar post outside a rocket motor plant
RUS USA COOPERATE R | Moscow was meeting all its obligations
USA RUS CONSULT RS | held talks in Geneva last month on technical disputes
USA RUS AGREE RS | agreed on procedures only days before the deadline
RUS USA ACCUSE R | Soviet officials complained that U.S. teams had asked to see more of the plant
USA RUS REJECT R | a demand the Americans denied making
USA RUS COOPERATE RS | carried out dozens of short-notice inspections
USA RUS AGREE OS | The treaty, signed by President Ronald Reagan and Soviet leader Mikhail Gorbachev"""))

ARTS.append(dict(id="BG5", fmt="json", pub=("1989-04-27","1989-04-27","dateline April 27, 1989"),
date_publish=None, url=None, authors=[], domain="reuters.com",
description="West Germany defied Washington and London by calling for early superpower talks on short-range nuclear missiles.",
headline="BONN DEFIES ALLIES, URGES EARLY TALKS ON SHORT-RANGE MISSILES",
body="""BONN, April 27 - Chancellor Helmut Kohl today called for early negotiations between NATO and the Warsaw Pact on short-range nuclear missiles, openly defying the United States and Britain ahead of next month's alliance summit.

In a statement to parliament, Kohl said Bonn would not agree to a decision this year on replacing NATO's ageing Lance missiles, most of which are based on West German soil. "The shorter the range, the deader the Germans," one of his coalition partners said during the debate.

Foreign Minister Hans-Dietrich Genscher, the main force behind the policy, told reporters that the Soviet Union's offers to cut its own arsenal should be tested at the negotiating table.

The Bush administration has insisted there can be no talks on the weapons until conventional forces are reduced. U.S. officials said Washington would not accept any step that could lead to a "third zero" and the removal of all nuclear weapons from Europe.

British Prime Minister Margaret Thatcher has taken an even harder line. A spokesman in London said Britain still opposed negotiations and urged Bonn to stand by the alliance decision to modernise.

West German officials dismissed reports that Bonn was drifting toward neutrality.

Moscow welcomed the German statement. Soviet Foreign Ministry spokesman Gennady Gerasimov said it showed that "common sense is winning" in Western Europe and repeated the Soviet offer to cut 500 nuclear warheads from its European arsenal this year.

NATO diplomats in Brussels said they expected weeks of hard bargaining to find a compromise before President George Bush arrives for the summit on May 29.

Reuter""",
people=[("Helmut Kohl","DEU","Chancellor"),("Hans-Dietrich Genscher","DEU","Foreign Minister"),("Margaret Thatcher","GBR","Prime Minister"),("Gennady Gerasimov","RUS","Foreign Ministry spokesman"),("George Bush","USA","President")],
events="""DEU IGO/RUS REQUEST,CONSULT R | called for early negotiations between NATO and the Warsaw Pact on short-range nuclear missiles
DEU USA REJECT,PROTEST R | openly defying the United States and Britain
DEU GBR REJECT,PROTEST R | openly defying the United States and Britain
DEU USA/IGO REJECT R | Bonn would not agree to a decision this year on replacing NATO's ageing Lance missiles
DEU RUS REQUEST,CONSULT O | the Soviet Union's offers to cut its own arsenal should be tested at the negotiating table
USA DEU/RUS REJECT R | there can be no talks on the weapons until conventional forces are reduced
USA DEU REJECT O | Washington would not accept any step
GBR DEU REJECT R | Britain still opposed negotiations
GBR DEU REQUEST R | urged Bonn to stand by the alliance decision to modernise
RUS DEU SUPPORT R | Moscow welcomed the German statement
RUS WST/IGO AGREE R | repeated the Soviet offer to cut 500 nuclear warheads
USA IGO CONSULT O | before President George Bush arrives for the summit"""))

ARTS.append(dict(id="BG6", fmt="dump", pub=("1989-05-22","1989-05-22","dateline May 22; Agni first test 22 May 1989"),
headline="INDIA TEST-FIRES AGNI MISSILE DESPITE U.S. PRESSURE",
body="""NEW DELHI, May 22 - India today successfully test-fired its first intermediate-range ballistic missile, the Agni, from a range on the Bay of Bengal coast, brushing aside American pressure to hold back.

Prime Minister Rajiv Gandhi told parliament the launch from Chandipur in Orissa state was "a major technological achievement" and said the missile was not aimed at any country.

The test had been postponed twice in recent weeks. Indian officials said the delays were technical, but diplomats said Washington had urged New Delhi not to go ahead and had warned that the launch could complicate the sale of advanced technology, including a supercomputer.

"India will not accept any outside curbs on its research," Gandhi said. "We are a sovereign nation."

The U.S. State Department said it regretted the test and called on all countries in South Asia to show restraint in developing missiles.

Pakistan, which tested two short-range missiles of its own in February, said the Agni posed a threat to regional stability. A Foreign Office spokesman in Islamabad said Pakistan would take "all necessary measures" to protect its security.

China, which fought a border war with India in 1962, made no immediate comment. The Soviet Union, India's main arms supplier, declined to criticise the launch, and a Soviet embassy spokesman in New Delhi said Moscow respected India's right to build its own defences.

Indian scientists said the missile could carry a one-tonne warhead up to 2,500 km. India exploded a nuclear device in 1974 but says it has no nuclear weapons.

Reuter""",
people=[("Rajiv Gandhi","IND","Prime Minister")],
events="""IND IND MOBILIZE O | successfully test-fired its first intermediate-range ballistic missile
IND USA REJECT R | brushing aside American pressure to hold back
USA IND REQUEST R | Washington had urged New Delhi not to go ahead
USA IND THREATEN R | had warned that the launch could complicate the sale of advanced technology
IND USA/WST REJECT R | India will not accept any outside curbs on its research
USA IND PROTEST,ACCUSE R | The U.S. State Department said it regretted the test
USA IND/PAK REQUEST R | called on all countries in South Asia to show restraint
PAK IND ACCUSE R | said the Agni posed a threat to regional stability
PAK IND THREATEN R | Pakistan would take "all necessary measures" to protect its security
RUS IND SUPPORT R | Moscow respected India's right to build its own defences
IND IND MOBILIZE O | India exploded a nuclear device in 1974"""))
