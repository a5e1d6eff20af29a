# Articles AC8..AC14. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AC8", fmt="json",
headline="Russia's ambassador to Turkey shot dead at Ankara art exhibition",
meta=dict(date_publish="2016-12-19 21:40:00", authors=["Staff and agencies"],
          url="https://www.theguardian.com/world/2016/dec/19/russian-ambassador-turkey-shot-ankara-karlov",
          source_domain="www.theguardian.com",
          description="Andrei Karlov killed by off-duty police officer who shouted about Aleppo; Putin calls it a provocation."),
body="""
Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday evening while giving a speech at an art gallery in Ankara, by a gunman who shouted "Don't forget Aleppo!" as he opened fire.

The attacker, identified by Turkish officials as Mevlüt Mert Altıntaş, a 22-year-old off-duty officer of the Ankara riot police, was killed by special forces after a shootout at the venue. Three other people were wounded.

Video footage showed the gunman, dressed in a dark suit and tie, standing behind the diplomat before firing several shots into his back and then shouting that those responsible for the suffering in Syria would "pay".

Vladimir Putin said the murder was "clearly a provocation aimed at undermining the normalisation of Russian-Turkish relations" and at derailing efforts by Moscow, Ankara and Tehran to find a settlement in Syria. "The only answer we can give is to step up the fight against terrorism," the Russian president said in televised remarks.

Putin said he had agreed with Turkish president Recep Tayyip Erdoğan that Russian investigators would fly to Ankara to join the inquiry. Erdoğan, who spoke to Putin by telephone, condemned the killing as an attack on the relationship between the two countries and said Turkey would not allow it to be damaged.

Russia's foreign ministry called the shooting a terrorist act. Its spokeswoman, Maria Zakharova, said the killers "will be punished" and that the matter would be raised at the UN security council.

A meeting between the foreign ministers of Russia, Turkey and Iran on Syria, scheduled in Moscow for Tuesday, would go ahead as planned, the Kremlin said.

The US secretary of state, John Kerry, condemned the "heinous" attack and offered assistance to both governments. The UN secretary general, Ban Ki-moon, also denounced it.

The two countries have sought to mend ties since Turkey shot down a Russian warplane near the Syrian border in November 2015, a crisis that led Moscow to impose sanctions on Turkish goods and halt charter flights. The relationship was restored after Erdoğan sent a letter of regret in June.

Russia has backed the Syrian government's offensive on rebel-held eastern Aleppo, which sparked protests outside Russian missions in Turkey in recent days.
""",
pub=("2016-12-19", "2016-12-19", "shooting on Monday 19 December 2016; date_publish"),
people=[("Andrei Karlov", "RUS", "ambassador to Turkey"),
        ("Mevlüt Mert Altıntaş", "TUR", "off-duty officer of the Ankara riot police"),
        ("Vladimir Putin", "RUS", "President"),
        ("Recep Tayyip Erdoğan", "TUR", "President"),
        ("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
        ("John Kerry", "USA", "Secretary of State"),
        ("Ban Ki-moon", "UNO", "UN Secretary General")],
events=[
 ("TUR", "RUS", "ASSAULT", 1, "was shot dead on Monday evening while giving a speech", 0),
 ("TUR", "TUR", "ASSAULT", 1, "was killed by special forces after a shootout", 0),
 ("TUR", "RUS", "THREATEN", 0, "would \"pay\"", 0),
 ("RUS", "TUR", "ACCUSE", 0, "clearly a provocation aimed at undermining the normalisation", 0),
 ("RUS", "TUR", "AGREE/COOPERATE", 1, "Russian investigators would fly to Ankara to join the inquiry", 1),
 ("TUR", "RUS", "CONSULT", 1, "spoke to Putin by telephone", 1),
 ("TUR", "RUS", "SUPPORT", 0, "condemned the killing as an attack on the relationship", 0),
 ("RUS", "TUR", "THREATEN", 0, "the killers \"will be punished\"", 0),
 ("RUS", "TUR", "CONSULT", 1, "A meeting between the foreign ministers of Russia, Turkey and Iran", 1),
 ("RUS", "IRN", "CONSULT", 1, "A meeting between the foreign ministers of Russia, Turkey and Iran", 1),
 ("USA", "TUR", "ACCUSE", 0, "condemned the \"heinous\" attack", 0),
 ("USA", "RUS|TUR", "AID/SUPPORT", 1, "offered assistance to both governments", 0),
 ("TUR", "RUS", "ASSAULT", 0, "Turkey shot down a Russian warplane near the Syrian border", 0),
 ("RUS", "TUR", "SANCTION", 0, "led Moscow to impose sanctions on Turkish goods", 0),
 ("TUR", "RUS", "CONCEDE", 0, "Erdoğan sent a letter of regret in June", 0),
 ("RUS", "SYR", "SUPPORT", 0, "Russia has backed the Syrian government's offensive", 0),
 ("TUR", "RUS", "PROTEST", 1, "sparked protests outside Russian missions in Turkey", 0),
]))

ARTS.append(dict(
id="AC9", fmt="txt",
headline="Putin says 755 US diplomatic staff must leave Russia in sanctions retaliation",
body="""
MOSCOW (AP) — President Vladimir Putin said Sunday that the United States must cut 755 people from its diplomatic and technical staff in Russia, a sweeping retaliation for new sanctions approved by Congress last week.

The reduction, the largest forced cut to a U.S. mission anywhere in decades, will bring the number of American embassy and consulate employees in Russia down to 455, matching the number of Russian diplomats working in the United States, Putin said in an interview with the Rossiya 1 state television channel.

"We waited long enough, hoping that the situation would change for the better," Putin said. "But it looks like if it changes, it won't be soon." He warned that Moscow could consider further measures but said he was against them "for now."

Russia's Foreign Ministry first announced the move on Friday, a day after the Senate overwhelmingly passed a bill that tightens sanctions over Moscow's alleged meddling in the 2016 presidential election and its annexation of Crimea. The ministry also said it would bar the embassy from using a country retreat on the outskirts of Moscow and a warehouse starting Tuesday.

The State Department called the decision "a regrettable and uncalled-for act" and said officials were assessing its impact and how they would respond. Most of the staff to be cut are believed to be Russian nationals employed by the embassy and consulates.

The bill, which also targets Iran and North Korea, limits President Donald Trump's ability to ease sanctions on Russia without congressional approval. The White House said Friday that Trump would sign it. Trump has repeatedly said he wants better relations with Moscow.

The measures mirror steps taken by the Obama administration in December, when Washington expelled 35 Russian diplomats and closed two Russian compounds in Maryland and New York. Putin chose not to retaliate at the time, saying he would wait for the new administration.

Vice President Mike Pence, visiting Estonia on Sunday, said the United States would stand with its Baltic allies in the face of "Russian aggression" and hoped for better relations, but "recent diplomatic action taken by Moscow will not deter" the U.S. commitment to their security.

Russian lawmakers welcomed the Kremlin's response. Konstantin Kosachev, head of the foreign affairs committee in the upper house, said it was "a mirror response" that Washington had brought upon itself.
""",
pub=("2017-07-30", "2017-07-30", "Putin interview aired Sunday 30 July 2017; Pence in Estonia 'on Sunday'"),
people=[("Vladimir Putin", "RUS", "President"),
        ("Donald Trump", "USA", "President"),
        ("Mike Pence", "USA", "Vice President"),
        ("Konstantin Kosachev", "RUS", "head of the foreign affairs committee in the upper house")],
events=[
 ("RUS", "USA", "COERCE/SANCTION", 1, "the United States must cut 755 people from its diplomatic and technical staff in Russia", 0),
 ("USA", "RUS", "SANCTION", 1, "new sanctions approved by Congress last week", 0),
 ("RUS", "USA", "THREATEN", 1, "Moscow could consider further measures", 0),
 ("USA", "RUS", "SANCTION", 0, "passed a bill that tightens sanctions", 0),
 ("USA", "RUS", "ACCUSE", 0, "Moscow's alleged meddling in the 2016 presidential election", 0),
 ("RUS", "UKR", "ASSAULT/COERCE", 0, "its annexation of Crimea", 0),
 ("RUS", "USA", "SANCTION/COERCE", 1, "it would bar the embassy from using a country retreat", 0),
 ("USA", "RUS", "ACCUSE/REJECT", 1, "called the decision \"a regrettable and uncalled-for act\"", 0),
 ("USA", "IRN", "SANCTION", 0, "The bill, which also targets Iran and North Korea", 0),
 ("USA", "PRK", "SANCTION", 0, "The bill, which also targets Iran and North Korea", 0),
 ("USA", "RUS", "COERCE", 0, "Washington expelled 35 Russian diplomats", 0),
 ("USA", "RUS", "SANCTION", 0, "closed two Russian compounds in Maryland and New York", 0),
 ("USA", "EST", "CONSULT", 1, "visiting Estonia on Sunday", 0),
 ("USA", "EST|LVA|LTU", "SUPPORT", 1, "would stand with its Baltic allies", 0),
 ("USA", "RUS", "ACCUSE", 1, "in the face of \"Russian aggression\"", 0),
 ("USA", "RUS", "REJECT", 0, "will not deter", 0),
 ("RUS", "RUS", "SUPPORT", 0, "Russian lawmakers welcomed the Kremlin's response", 0),
 ("RUS", "USA", "ACCUSE", 1, "Washington had brought upon itself", 0),
]))

ARTS.append(dict(
id="AC10", fmt="json",
headline="Putin drives truck across new Crimea bridge as Kiev cries foul",
meta=dict(date_publish="2018-05-15 16:05:00", authors=["Andrew Roth"],
          url="https://www.theguardian.com/world/2018/may/15/putin-crimea-bridge-opening-kerch-strait",
          source_domain="www.theguardian.com",
          description="Russian president opens 12-mile road bridge linking annexed peninsula to mainland, drawing protests from Ukraine and the EU."),
body="""
Vladimir Putin has opened a 12-mile road bridge linking Russia to Crimea, taking the wheel of an orange construction lorry at the head of a convoy to mark the completion of the most visible symbol of Moscow's annexation of the peninsula.

The Russian president, wearing a work jacket, drove the Kamaz truck across the Kerch Strait on Tuesday and then told builders at a ceremony on the Crimean side that the bridge would bring the region "closer" to the rest of the country. "In tsarist times people dreamed of building this bridge," he said.

Ukraine condemned the opening. Its foreign ministry said in a statement that the bridge had been built without Kiev's consent and was "another proof of the Russian Federation's disregard for international law". President Petro Poroshenko said the structure had been erected by occupiers and would eventually have to be dismantled or handed over.

The European Union said the bridge violated Ukraine's sovereignty and territorial integrity. "The EU does not recognise and continues to condemn" the illegal annexation, a spokesperson for the bloc's foreign policy chief, Federica Mogherini, said, adding that Brussels would consider how to respond.

The US state department said in a statement that the construction was a further attempt by Russia to "legitimise its illegal seizure" of Crimea, and that sanctions related to the peninsula would remain until Moscow returned control of it to Ukraine.

The Kremlin brushed off the criticism. Putin's spokesman, Dmitry Peskov, told reporters that Russia did not need anyone's permission to build infrastructure on its own territory.

Ukrainian officials have also complained that the bridge, which is too low for many large vessels, is hampering shipping to its ports of Mariupol and Berdyansk on the Sea of Azov. Kiev accuses Russian border guards of deliberately delaying ships headed for Ukrainian harbours.

Russia annexed Crimea in March 2014 after a referendum held under the presence of Russian troops, which was dismissed as illegitimate by Ukraine and the west. The annexation prompted rounds of western sanctions against Moscow, and weeks later pro-Russian separatists seized parts of eastern Ukraine, triggering a conflict that has killed more than 10,000 people.
""",
pub=("2018-05-15", "2018-05-15", "bridge opened Tuesday 15 May 2018; date_publish"),
people=[("Vladimir Putin", "RUS", "President"),
        ("Petro Poroshenko", "UKR", "President"),
        ("Federica Mogherini", "EUR", "EU foreign policy chief"),
        ("Dmitry Peskov", "RUS", "Putin's spokesman")],
events=[
 ("UKR", "RUS", "ACCUSE/PROTEST", 1, "Ukraine condemned the opening", 0),
 ("UKR", "RUS", "ACCUSE", 1, "another proof of the Russian Federation's disregard for international law", 0),
 ("UKR", "RUS", "ACCUSE/THREATEN", 1, "had been erected by occupiers and would eventually have to be dismantled", 0),
 ("EUR", "RUS", "ACCUSE", 1, "The European Union said the bridge violated Ukraine's sovereignty", 0),
 ("EUR", "RUS", "REJECT/ACCUSE", 1, "The EU does not recognise and continues to condemn", 0),
 ("EUR", "RUS", "THREATEN", 0, "Brussels would consider how to respond", 0),
 ("USA", "RUS", "ACCUSE", 1, "a further attempt by Russia to \"legitimise its illegal seizure\"", 0),
 ("USA", "RUS", "SANCTION/THREATEN", 1, "sanctions related to the peninsula would remain", 0),
 ("RUS", "UKR|EUR|USA", "REJECT", 1, "The Kremlin brushed off the criticism", 0),
 ("UKR", "RUS", "ACCUSE", 1, "the bridge, which is too low for many large vessels, is hampering shipping", 0),
 ("UKR", "RUS", "ACCUSE", 1, "Kiev accuses Russian border guards of deliberately delaying ships", 0),
 ("RUS", "UKR", "ASSAULT/COERCE", 0, "Russia annexed Crimea in March 2014", 0),
 ("UKR|WST", "RUS", "REJECT", 0, "dismissed as illegitimate by Ukraine and the west", 0),
 ("WST", "RUS", "SANCTION", 0, "prompted rounds of western sanctions against Moscow", 0),
 ("UKR|RUS", "UKR", "ASSAULT", 0, "pro-Russian separatists seized parts of eastern Ukraine", 0),
]))

ARTS.append(dict(
id="AC11", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="Netherlands and Australia formally blame Russia for downing of MH17",
body="""
The Netherlands and Australia said on Friday that they hold Russia legally responsible for the downing of Malaysia Airlines flight MH17 over eastern Ukraine in 2014, a day after international investigators concluded that the missile that destroyed the airliner came from a Russian army brigade.

The Dutch foreign minister, Stef Blok, said the two governments had informed Moscow that they would seek talks on Russia's state responsibility and could take the case to an international court or organisation if those failed.

"The Netherlands and Australia are now convinced that Russia is responsible for the deployment of the Buk installation that was used in the downing of MH17," Blok said in a statement in The Hague.

Australia's foreign minister, Julie Bishop, told reporters in Canberra that Russia should "own up" and "make reparation". "We are calling on Russia to accept its responsibility," she said.

On Thursday the joint investigation team led by Dutch prosecutors presented evidence that the Buk launcher belonged to the 53rd Anti-Aircraft Missile Brigade, based in the Russian city of Kursk, and had been driven into Ukraine and back across the border after the plane was hit.

All 298 people on board, two-thirds of them Dutch, died when the Boeing 777 broke apart over rebel-held territory on 17 July 2014 during a flight from Amsterdam to Kuala Lumpur.

Moscow rejected the findings. The Russian defence ministry said none of its anti-aircraft missiles had ever crossed into Ukraine, and the Kremlin spokesman, Dmitry Peskov, said Russia could not trust the results of an inquiry in which it had not been allowed to take part.

The Russian foreign ministry accused the Netherlands and Australia of "bringing unfounded charges" aimed at discrediting Russia, and said Moscow had offered its own data on the crash, which had been ignored.

Ukraine's president, Petro Poroshenko, welcomed the Dutch and Australian move and called for Russia to be held to account. Nato's secretary general, Jens Stoltenberg, urged Moscow to accept responsibility and cooperate fully with the investigation.

The Malaysian government said it was studying the findings.
""",
pub=("2018-05-25", "2018-05-25", "JIT findings on Thursday 24 May 2018; governments' statement Friday 25 May"),
people=[("Stef Blok", "NLD", "foreign minister"),
        ("Julie Bishop", "AUS", "foreign minister"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
        ("Petro Poroshenko", "UKR", "president"),
        ("Jens Stoltenberg", "IGO", "Nato secretary general")],
events=[
 ("NLD", "RUS", "ACCUSE", 1, "they hold Russia legally responsible for the downing", 0),
 ("AUS", "RUS", "ACCUSE", 1, "they hold Russia legally responsible for the downing", 0),
 ("RUS|UKR", "MYS|NLD", "ASSAULT", 0, "the downing of Malaysia Airlines flight MH17", 0),
 ("NLD|AUS", "RUS", "REQUEST/CONSULT", 1, "they would seek talks on Russia's state responsibility", 0),
 ("NLD|AUS", "RUS", "THREATEN", 1, "could take the case to an international court", 0),
 ("AUS", "RUS", "REQUEST", 1, "We are calling on Russia to accept its responsibility", 0),
 ("NLD|IGO", "RUS", "ACCUSE", 1, "presented evidence that the Buk launcher belonged to the 53rd Anti-Aircraft Missile Brigade", 0),
 ("RUS", "NLD|IGO", "REJECT", 1, "Moscow rejected the findings", 0),
 ("RUS", "NLD|IGO", "REJECT", 0, "none of its anti-aircraft missiles had ever crossed into Ukraine", 0),
 ("RUS", "NLD|IGO", "ACCUSE/REJECT", 0, "could not trust the results of an inquiry", 0),
 ("RUS", "NLD", "ACCUSE", 1, "accused the Netherlands and Australia of \"bringing unfounded charges\"", 0),
 ("RUS", "AUS", "ACCUSE", 1, "accused the Netherlands and Australia of \"bringing unfounded charges\"", 0),
 ("UKR", "NLD|AUS", "SUPPORT", 1, "welcomed the Dutch and Australian move", 0),
 ("UKR", "RUS", "REQUEST/ACCUSE", 0, "called for Russia to be held to account", 0),
 ("IGO", "RUS", "REQUEST", 1, "urged Moscow to accept responsibility", 0),
]))

ARTS.append(dict(
id="AC12", fmt="json",
headline="Kosovo police arrest and expel senior Serbian official, sparking Belgrade fury",
meta=dict(date_publish=None, authors=["Jovana Gec", "Llazar Semini"],
          url="https://apnews.com/article/kosovo-serbia-djuric-arrest-mitrovica",
          source_domain="apnews.com",
          description="Marko Djuric, Serbia's top official for Kosovo, detained in north Mitrovica and deported; Vucic calls it terror."),
body="""
MITROVICA, Kosovo (AP) — Kosovo special police on Monday stormed a meeting of Serbs in the ethnically divided town of Mitrovica and detained a senior Serbian government official, firing tear gas and stun grenades at people who tried to block them, before expelling him to Serbia.

Marko Djuric, the head of the Serbian government's office for Kosovo, was marched through the streets of the Serb-dominated north of the town with his hands held behind his back, in scenes broadcast live on Serbian television. He was driven to the border and handed over to Serbian authorities hours later.

Kosovo officials said Djuric had entered the country illegally after being refused permission to visit. Prime Minister Ramush Haradinaj told reporters in Pristina that "no one is above the law" and that Serbian officials must respect Kosovo's rules if they wanted to travel there.

Serbian President Aleksandar Vucic called the arrest "terror" and said the Kosovo government had humiliated Serbia. He convened an emergency session of the national security council and demanded that the European Union explain how such an operation could happen during talks it is mediating.

"We will not be provoked into war, but we will not forget this," Vucic said in a televised address.

More than 30 people were injured in the raid, including several Serbs who were taken to the hospital in north Mitrovica, local officials said. Serb representatives in Kosovo's government announced they would quit the cabinet in protest.

Russia's Foreign Ministry condemned the arrest as a provocation and accused the Kosovo authorities of trying to sabotage the dialogue.

The EU's foreign policy chief, Federica Mogherini, called on both sides to show restraint and said the arrest must not undermine the normalization talks between Belgrade and Pristina. The U.S. Embassy in Pristina urged calm.

Kosovo declared independence from Serbia in 2008, a move Belgrade has refused to recognize. Both countries have been told they must normalize relations if they hope to join the EU.
""",
pub=("2018-03-26", "2018-03-27", "arrest on Monday 26 March 2018; no publication date given"),
people=[("Marko Djuric", "SRB", "head of the Serbian government's office for Kosovo"),
        ("Ramush Haradinaj", "XKX", "Prime Minister"),
        ("Aleksandar Vucic", "SRB", "President"),
        ("Federica Mogherini", "EUR", "EU foreign policy chief")],
events=[
 ("XKX|KSV", "SRB", "COERCE", 1, "detained a senior Serbian government official", 0),
 ("XKX|KSV", "SRB|XKX|KSV", "ASSAULT/COERCE", 1, "firing tear gas and stun grenades at people who tried to block them", 0),
 ("XKX|KSV", "SRB", "COERCE", 1, "before expelling him to Serbia", 0),
 ("XKX|KSV", "SRB", "ACCUSE", 1, "Djuric had entered the country illegally", 0),
 ("XKX|KSV", "SRB", "REJECT", 0, "after being refused permission to visit", 0),
 ("XKX|KSV", "SRB", "REQUEST/THREATEN", 0, "Serbian officials must respect Kosovo's rules", 0),
 ("SRB", "XKX|KSV", "ACCUSE", 1, "called the arrest \"terror\"", 0),
 ("SRB", "XKX|KSV", "ACCUSE", 1, "the Kosovo government had humiliated Serbia", 0),
 ("SRB", "EUR", "REQUEST", 1, "demanded that the European Union explain", 0),
 ("SRB", "XKX|KSV", "THREATEN", 0, "we will not forget this", 0),
 ("SRB|XKX|KSV", "XKX|KSV", "PROTEST", 1, "announced they would quit the cabinet in protest", 0),
 ("RUS", "XKX|KSV", "ACCUSE", 1, "Russia's Foreign Ministry condemned the arrest as a provocation", 0),
 ("RUS", "XKX|KSV", "ACCUSE", 1, "accused the Kosovo authorities of trying to sabotage the dialogue", 0),
 ("EUR", "SRB|XKX|KSV", "REQUEST", 1, "called on both sides to show restraint", 0),
 ("USA", "XKX|KSV|SRB", "REQUEST", 0, "The U.S. Embassy in Pristina urged calm", 0),
 ("SRB", "XKX|KSV", "REJECT", 0, "a move Belgrade has refused to recognize", 0),
 ("SRB", "XKX|KSV", "CONSULT", 0, "the normalization talks between Belgrade and Pristina", 1),
]))

ARTS.append(dict(
id="AC13", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="European parliament votes to pursue Hungary over rule of law",
body="""
The European parliament has voted to launch disciplinary proceedings against Hungary for what it called a systematic threat to democracy, the rule of law and fundamental rights under Viktor Orbán's government.

MEPs voted by 448 to 197 on Wednesday to trigger article 7 of the EU treaty, the first time the parliament has used the procedure against a member state. The motion passed the two-thirds threshold needed by a comfortable margin.

The report that prompted the vote, drafted by the Dutch Green MEP Judith Sargentini, accused Budapest of undermining the independence of the courts, curbing press freedom, harassing civil society groups and mistreating asylum seekers.

Hungary's foreign minister, Péter Szijjártó, called the decision "petty revenge" by pro-migration politicians and said the government would examine ways of challenging it in the courts. "Hungary will not give in to blackmail," he said.

Orbán had told the chamber on Tuesday that the report was an insult to the Hungarian nation. "You would condemn a country that has been a member of the family of Christian Europe for a thousand years," he said, and insisted Hungary would defend its borders and "stop illegal migrants" whatever Brussels decided.

The vote splits Orbán's own group. Manfred Weber, the German leader of the centre-right European People's party, which includes Orbán's Fidesz, voted in favour after talks with the Hungarian leader failed to produce assurances.

The procedure now passes to EU governments, which could in theory suspend Hungary's voting rights, though that would need the unanimous support of all other member states. Poland, which faces its own article 7 case, has said it would block any sanctions against Budapest.

Frans Timmermans, the first vice-president of the European commission, told MEPs the commission shared the parliament's concerns and urged Hungary to engage.

Sargentini welcomed the result. "The Hungarian people deserve the same rights as all other European citizens," she said.
""",
pub=("2018-09-12", "2018-09-12", "vote on Wednesday 12 September 2018; Orban speech Tuesday"),
people=[("Viktor Orbán", "HUN", "Prime Minister"),
        ("Judith Sargentini", "NLD", "Green MEP"),
        ("Péter Szijjártó", "HUN", "foreign minister"),
        ("Manfred Weber", "DEU", "leader of the European People's party"),
        ("Frans Timmermans", "EUR", "first vice-president of the European commission")],
events=[
 ("EUR", "HUN", "SANCTION/COERCE", 1, "voted to launch disciplinary proceedings against Hungary", 0),
 ("EUR", "HUN", "ACCUSE", 1, "a systematic threat to democracy, the rule of law and fundamental rights", 0),
 ("EUR|NLD", "HUN", "ACCUSE", 1, "accused Budapest of undermining the independence of the courts", 0),
 ("HUN", "EUR", "ACCUSE/REJECT", 1, "called the decision \"petty revenge\"", 0),
 ("HUN", "EUR", "THREATEN", 1, "would examine ways of challenging it in the courts", 0),
 ("HUN", "EUR", "REJECT", 1, "Hungary will not give in to blackmail", 0),
 ("HUN", "EUR", "ACCUSE", 1, "the report was an insult to the Hungarian nation", 0),
 ("HUN", "EUR", "REJECT", 0, "whatever Brussels decided", 0),
 ("EUR|DEU", "HUN", "CONSULT", 0, "after talks with the Hungarian leader failed", 1),
 ("EUR", "HUN", "THREATEN/SANCTION", 0, "could in theory suspend Hungary's voting rights", 0),
 ("POL", "HUN", "SUPPORT", 1, "Poland, which faces its own article 7 case, has said it would block any sanctions", 0),
 ("EUR", "POL", "SANCTION", 0, "faces its own article 7 case", 0),
 ("EUR", "HUN", "ACCUSE", 0, "the commission shared the parliament's concerns", 0),
 ("EUR", "HUN", "REQUEST", 1, "urged Hungary to engage", 0),
]))

ARTS.append(dict(
id="AC14", fmt="txt",
headline="Russian court jails Navalny, police detain hundreds of his supporters",
body="""
A Moscow court has sentenced Russian opposition leader Alexey Navalny to two years and eight months in prison, ruling that he violated the terms of a suspended sentence while he was recovering in Germany from a near-fatal nerve agent poisoning.

Judge Natalya Repnikova on Tuesday granted a request by the prison service to replace the suspended term in a 2014 fraud case with real jail time, minus the months Navalny had spent under house arrest.

Navalny, 44, who has accused President Vladimir Putin of ordering his poisoning, told the court the case was designed to intimidate millions of Russians. "This is how it works: jail one person to frighten millions," he said from a glass cage. He mocked Putin as "Vladimir the Poisoner of Underpants", a reference to a recording in which a security agent appeared to describe how the toxin was planted.

The Kremlin has denied any role in the poisoning and has dismissed Navalny's claims as fantasy.

Within hours of the verdict, hundreds of people gathered in central Moscow and in Saint Petersburg. Riot police in black helmets chased protesters through snowy streets and detained more than 1,000 people, according to the monitoring group OVD-Info.

Western governments condemned the ruling. US Secretary of State Antony Blinken called on Moscow to release Navalny immediately and unconditionally, and British Foreign Secretary Dominic Raab said the decision was "perverse". German Chancellor Angela Merkel's spokesman said the verdict was "far removed from any rule-of-law standards".

Russia's foreign ministry spokeswoman Maria Zakharova accused the West of interfering in Russia's internal affairs and told foreign diplomats who attended the hearing that their presence was an attempt to exert pressure on the court.

Navalny fell ill on a flight in Siberia in August and was airlifted to Berlin for treatment. Laboratories in Germany, France and Sweden found he had been poisoned with Novichok. He was arrested on January 17 at a Moscow airport as soon as he flew home.

His arrest prompted two weekends of nationwide protests, during which more than 10,000 people were detained. Navalny's team said it would call new rallies, while officials warned that unauthorised gatherings would be dispersed.
""",
pub=("2021-02-02", "2021-02-03", "verdict on Tuesday 2 February 2021; reported the same evening or next day"),
people=[("Alexey Navalny", "RUS", "opposition leader"),
        ("Natalya Repnikova", "RUS", "judge"),
        ("Vladimir Putin", "RUS", "President"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Dominic Raab", "GBR", "Foreign Secretary"),
        ("Angela Merkel", "DEU", "Chancellor"),
        ("Maria Zakharova", "RUS", "foreign ministry spokeswoman")],
events=[
 ("RUS", "RUS", "COERCE", 1, "has sentenced Russian opposition leader Alexey Navalny to two years and eight months in prison", 0),
 ("RUS", "RUS", "ACCUSE", 1, "has accused President Vladimir Putin of ordering his poisoning", 0),
 ("RUS", "RUS", "ACCUSE", 0, "the case was designed to intimidate millions of Russians", 0),
 ("RUS", "RUS", "REJECT", 1, "The Kremlin has denied any role in the poisoning", 0),
 ("RUS", "RUS", "PROTEST", 1, "hundreds of people gathered in central Moscow and in Saint Petersburg", 0),
 ("RUS", "RUS", "COERCE", 1, "detained more than 1,000 people", 0),
 ("WST", "RUS", "ACCUSE", 0, "Western governments condemned the ruling", 0),
 ("USA", "RUS", "REQUEST", 1, "called on Moscow to release Navalny immediately and unconditionally", 0),
 ("GBR", "RUS", "ACCUSE", 1, "the decision was \"perverse\"", 0),
 ("DEU", "RUS", "ACCUSE", 1, "far removed from any rule-of-law standards", 0),
 ("RUS", "WST", "ACCUSE", 1, "accused the West of interfering in Russia's internal affairs", 0),
 ("RUS", "WST|USA|GBR|DEU", "ACCUSE", 0, "their presence was an attempt to exert pressure on the court", 0),
 ("RUS", "RUS", "ASSAULT", 0, "found he had been poisoned with Novichok", 0),
 ("RUS", "RUS", "COERCE", 0, "He was arrested on January 17", 0),
 ("RUS", "RUS", "PROTEST", 0, "two weekends of nationwide protests", 0),
 ("RUS", "RUS", "THREATEN", 1, "unauthorised gatherings would be dispersed", 0),
]))
