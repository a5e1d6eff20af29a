# Al Jazeera 2021-2022
from arts1 import E
ARTS = []
ARTS.append(dict(id="AS14", fmt="txt", pub=("2021-12-15", "2021-12-15", "Tiergarten verdict Wednesday 15 December 2021"),
headline="Germany expels Russian diplomats after court rules Moscow ordered Berlin killing",
body="""Germany has expelled two Russian diplomats after a Berlin court ruled that the Russian state ordered the 2019 murder of a Georgian citizen of Chechen origin in a city park, a verdict Moscow rejected as politically motivated.

The court on Wednesday sentenced a Russian man, identified as Vadim Krasikov, to life in prison for shooting Zelimkhan Khangoshvili in the head at close range in the Kleiner Tiergarten park in August 2019.

Presiding judge Olaf Arnoldi said the killing had been carried out on the orders of Russia's central government, which regarded Khangoshvili as an enemy because he had fought against Russian forces in Chechnya. Krasikov had entered the European Union on a false passport under another name, the court found.

Foreign Minister Annalena Baerbock said the verdict showed "a severe violation of German law and the sovereignty of the Federal Republic of Germany". She said the Russian ambassador, Sergei Nechayev, had been summoned to the foreign ministry and told that two members of his embassy staff were no longer welcome.

Nechayev called the verdict "biased and politically motivated" and warned that it would seriously damage bilateral relations. Russia's foreign ministry said the expulsions were "an unfriendly step" that would not be left without a response.

The Kremlin has consistently denied any role in the killing. Kremlin spokesman Dmitry Peskov said Moscow did not accept the court's findings.

Germany had already expelled two Russian diplomats in December 2019, after federal prosecutors said Moscow had failed to cooperate with the investigation. Russia responded at the time by ordering two German diplomats to leave.

The case is an early test for the new government of Chancellor Olaf Scholz, which took office last week. Scholz has said he wants a constructive relationship with Moscow but has also warned that any Russian attack on Ukraine would carry a heavy price.

Western governments are alarmed by a build-up of an estimated 100,000 Russian troops near Ukraine's borders. Moscow denies planning an invasion and accuses NATO of threatening its security.""",
people=[("Vadim Krasikov","RUS","convicted killer"),("Zelimkhan Khangoshvili","GEO","victim"),("Olaf Arnoldi","DEU","Presiding judge"),("Annalena Baerbock","DEU","Foreign Minister"),("Sergei Nechayev","RUS","ambassador"),("Dmitry Peskov","RUS","Kremlin spokesman"),("Olaf Scholz","DEU","Chancellor")],
events=[
E("DEU","RUS","COERCE SANCTION","Germany has expelled two Russian diplomats"),
E("DEU","RUS","ACCUSE","ruled that the Russian state ordered the 2019 murder"),
E("DEU","RUS","COERCE","sentenced a Russian man, identified as Vadim Krasikov, to life in prison"),
E("RUS",["GEO","DEU"],"ASSAULT","for shooting Zelimkhan Khangoshvili in the head"),
E("DEU","RUS","ACCUSE","a severe violation of German law and the sovereignty"),
E("DEU","RUS","PROTEST ACCUSE","had been summoned to the foreign ministry"),
E("RUS","DEU","ACCUSE REJECT","called the verdict \"biased and politically motivated\""),
E("RUS","DEU","THREATEN","would not be left without a response"),
E("RUS","DEU","ACCUSE","the expulsions were \"an unfriendly step\"",False),
E("RUS","DEU","REJECT","The Kremlin has consistently denied any role in the killing"),
E("RUS","DEU","REJECT","Moscow did not accept the court's findings",False),
E("DEU","RUS","COERCE SANCTION","Germany had already expelled two Russian diplomats in December 2019",False),
E("RUS","DEU","COERCE SANCTION","ordering two German diplomats to leave",False),
E("DEU","RUS","THREATEN","any Russian attack on Ukraine would carry a heavy price"),
E("RUS","UKR","MOBILIZE","a build-up of an estimated 100,000 Russian troops near Ukraine's borders",False),
E("RUS","IGO","ACCUSE","accuses NATO of threatening its security",False),
]))
ARTS.append(dict(id="AS15", fmt="txt", pub=("2021-05-26", "2021-05-27", "Swiss Federal Council decision Wednesday 26 May 2021"),
headline="Switzerland walks away from talks on EU treaty after seven years",
body="""Switzerland has abandoned seven years of negotiations with the European Union on a framework treaty meant to govern their close economic ties, a move that Brussels warned would erode the Alpine country's access to the bloc's single market.

The Swiss government, the Federal Council, said on Wednesday that "substantial differences" remained on wage protection, state aid and the rights of EU citizens to claim Swiss welfare benefits, and that it had decided not to sign the draft agreement.

"The Federal Council came to the conclusion that the conditions for signing the agreement are not met," President Guy Parmelin told reporters in Bern. Foreign Minister Ignazio Cassis said Switzerland still wanted to pursue "the bilateral path" and proposed a regular political dialogue with Brussels.

The government also said it would ask parliament to release 1.3 billion Swiss francs ($1.4bn) in cohesion funds for poorer EU member states, a payment that had been frozen during the row.

The European Commission said it "regrets" the decision. In a statement, it said the framework deal was "a precondition" for any new agreements giving Switzerland access to the single market, and that without it the existing web of more than 100 bilateral accords "will inevitably age".

"The Commission will now analyse the consequences carefully," spokesman Eric Mamer told journalists, adding that the EU had already made significant concessions during the negotiations.

The consequences became visible the same day, when an agreement on mutual recognition of medical devices lapsed, meaning Swiss manufacturers will face extra paperwork to sell in the EU.

The EU is Switzerland's largest trading partner, and about 1.4 million EU citizens live in the country of 8.6 million people. Brussels has pushed since 2014 for a single treaty that would require Switzerland to adopt changes to EU single market rules and settle disputes through an arbitration panel.

Swiss trade unions had fiercely opposed any weakening of rules protecting local wages, while the main business federation, economiesuisse, criticised the government's decision as a "leap into the unknown". Its director, Monika Rühl, said companies would pay the price.

The Swiss People's Party, the country's largest, welcomed the end of the talks, saying the treaty would have turned Switzerland into a colony of Brussels.""",
people=[("Guy Parmelin","CHE","President"),("Ignazio Cassis","CHE","Foreign Minister"),("Eric Mamer","EUR","spokesman"),("Monika Rühl","CHE","director of economiesuisse")],
events=[
E("CHE","EUR","REJECT RETREAT","Switzerland has abandoned seven years of negotiations with the European Union"),
E("EUR","CHE","THREATEN","Brussels warned would erode the Alpine country's access",False),
E("CHE","EUR","REJECT","it had decided not to sign the draft agreement"),
E("CHE","EUR","REJECT","the conditions for signing the agreement are not met",False),
E("CHE","EUR","REQUEST AGREE","proposed a regular political dialogue with Brussels"),
E("CHE","EUR","AID AGREE CONCEDE","release 1.3 billion Swiss francs ($1.4bn) in cohesion funds"),
E("EUR","CHE","PROTEST ACCUSE","The European Commission said it \"regrets\" the decision"),
E("EUR","CHE","THREATEN","will inevitably age"),
E("EUR","CHE","ACCUSE","the EU had already made significant concessions",False),
E("EUR","CHE","SANCTION","an agreement on mutual recognition of medical devices lapsed",False),
E("EUR","CHE","REQUEST","Brussels has pushed since 2014 for a single treaty",False),
E("CHE","CHE","ACCUSE","criticised the government's decision as a \"leap into the unknown\""),
E("CHE","EUR","ACCUSE","the treaty would have turned Switzerland into a colony of Brussels"),
E("CHE","CHE","SUPPORT","welcomed the end of the talks",False),
]))
ARTS.append(dict(id="AS16", fmt="txt", pub=("2021-09-20", "2021-09-21", "EU court fine order Monday 20 September 2021"),
headline="EU court orders Poland to pay 500,000 euros a day over Turow coal mine",
body="""The European Union's top court has ordered Poland to pay a fine of 500,000 euros ($586,000) a day for failing to halt operations at the Turow lignite mine near its borders with the Czech Republic and Germany, deepening a row between Warsaw and Brussels.

The Court of Justice of the EU said on Monday that Poland had ignored an interim order issued in May, when the court told it to stop extraction at the open-pit mine while it examined a complaint brought by the Czech Republic.

Prague took Poland to court in February, accusing it of extending the mine's licence without a proper environmental assessment. Czech officials say the mine, which feeds a power station supplying about 7 percent of Poland's electricity, is draining groundwater from villages across the border.

Polish government spokesman Piotr Muller said Warsaw would not shut down the mine and called the penalty "disproportionate" and "unjustified". "Turning off the power station would threaten the energy security of millions of Poles," he said.

Climate Minister Michal Kurtyka said Poland remained ready to sign an agreement with the Czech Republic that would end the dispute, and accused the EU court of interfering in a matter that the two neighbours could settle between themselves.

Talks between the two governments broke down last week after months of negotiations. Warsaw had offered Prague 45 million euros in compensation, but the Czech side said Poland would not accept legal guarantees that the measures would be carried out.

Czech Environment Minister Richard Brabec welcomed the ruling and said it confirmed that the Czech Republic had been right to take the case to Luxembourg. "We are still open to an agreement, but it must be enforceable," he said.

The fine adds to tensions between Poland's governing Law and Justice party and the European Commission over judicial reforms that Brussels says undermine the independence of the courts. The Commission has asked the same court to impose separate daily penalties over a disciplinary chamber for judges.

Prime Minister Mateusz Morawiecki has accused EU institutions of overstepping their powers, while insisting that Poland has no plans to leave the bloc.""",
people=[("Piotr Muller","POL","government spokesman"),("Michal Kurtyka","POL","Climate Minister"),("Richard Brabec","CZE","Environment Minister"),("Mateusz Morawiecki","POL","Prime Minister")],
events=[
E("EUR","POL","SANCTION","has ordered Poland to pay a fine of 500,000 euros"),
E("EUR","POL","ACCUSE","Poland had ignored an interim order issued in May"),
E("EUR","POL","REQUEST COERCE","the court told it to stop extraction",False),
E("CZE","POL","ACCUSE","Prague took Poland to court in February"),
E("CZE","POL","ACCUSE","is draining groundwater from villages across the border",False),
E("POL","EUR","REJECT","Warsaw would not shut down the mine"),
E("POL","EUR","ACCUSE","called the penalty \"disproportionate\""),
E("POL","CZE","AGREE","Poland remained ready to sign an agreement with the Czech Republic"),
E("POL","EUR","ACCUSE","accused the EU court of interfering"),
E("POL","CZE","CONSULT","Talks between the two governments broke down",False,sym=True),
E("POL","CZE","AID AGREE","Warsaw had offered Prague 45 million euros in compensation",False),
E("CZE","POL","ACCUSE REJECT","Poland would not accept legal guarantees",False),
E("CZE","EUR","SUPPORT","welcomed the ruling"),
E("CZE","POL","AGREE","We are still open to an agreement, but it must be enforceable"),
E("EUR","POL","ACCUSE","judicial reforms that Brussels says undermine the independence of the courts",False),
E("EUR","POL","REQUEST SANCTION","asked the same court to impose separate daily penalties",False),
E("POL","EUR","ACCUSE","has accused EU institutions of overstepping their powers"),
]))
ARTS.append(dict(id="AS17", fmt="json", pub=("2021-11-26", "2021-11-26", "Darmanin cancels Patel invitation Friday 26 November 2021"),
meta=dict(url="https://www.aljazeera.com/news/2021/11/26/france-cancels-uk-invitation-channel-migrant-talks", source_domain="aljazeera.com", authors=["Al Jazeera and news agencies"], date="2021-11-26 16:45:00", description="Paris withdraws its invitation to Priti Patel after Boris Johnson publishes a letter to Macron on Channel crossings."),
headline="France disinvites UK from migrant talks after Johnson letter",
body="""France has cancelled an invitation to British Home Secretary Priti Patel to attend talks on Channel migration, after Prime Minister Boris Johnson published a letter to President Emmanuel Macron setting out demands that Paris called unacceptable.

French Interior Minister Gerald Darmanin told Patel on Friday that she was no longer welcome at Sunday's meeting in Calais, which was called after 27 people died when their inflatable boat sank off the French coast on Wednesday, the deadliest such incident on record.

In his letter, which he posted on Twitter on Thursday evening, Johnson proposed joint patrols by British and French forces on the French coastline and asked France to agree to take back migrants who reach Britain by crossing the Channel.

Macron said he was "surprised by methods that are not serious". "We do not communicate from one leader to another on these issues by tweets and letters made public," he told reporters in Rome. "We are not whistleblowers."

Darmanin said in a letter to Patel that the public nature of Johnson's demands was "unacceptable" and "contrary to our discussions between counterparts".

The meeting in Calais will now go ahead with ministers from Belgium, the Netherlands and Germany, as well as officials from the European Commission.

British Transport Secretary Grant Shapps urged France to reconsider. "I would ask France to think again," he told the BBC, insisting that the letter had been written "in a spirit of partnership".

The row is the latest in a series of disputes between London and Paris since Britain left the EU, including clashes over fishing licences and the Northern Ireland protocol.

Britain agreed in July to pay France 54 million pounds ($72m) to help step up patrols on its northern beaches, and British officials have accused French police of not doing enough to stop boats leaving. French officials say London's lax labour market is what draws migrants to the UK.

More than 25,000 people have crossed the Channel in small boats so far this year, three times the total for 2020.""",
people=[("Priti Patel","GBR","Home Secretary"),("Boris Johnson","GBR","Prime Minister"),("Emmanuel Macron","FRA","President"),("Gerald Darmanin","FRA","Interior Minister"),("Grant Shapps","GBR","Transport Secretary")],
events=[
E("FRA","GBR","REJECT SANCTION","France has cancelled an invitation to British Home Secretary Priti Patel"),
E("FRA","GBR","REJECT SANCTION","she was no longer welcome at Sunday's meeting in Calais",False),
E("GBR","FRA","REQUEST","Johnson proposed joint patrols by British and French forces"),
E("GBR","FRA","REQUEST","asked France to agree to take back migrants"),
E("FRA","GBR","ACCUSE","surprised by methods that are not serious"),
E("FRA","GBR","ACCUSE","the public nature of Johnson's demands was \"unacceptable\""),
E("BEL","FRA","CONSULT","ministers from Belgium, the Netherlands and Germany",sym=True),
E("NLD","FRA","CONSULT","ministers from Belgium, the Netherlands and Germany",sym=True),
E("DEU","FRA","CONSULT","ministers from Belgium, the Netherlands and Germany",sym=True),
E("EUR","FRA","CONSULT","as well as officials from the European Commission",sym=True),
E("GBR","FRA","REQUEST","urged France to reconsider"),
E("GBR","FRA","AID","Britain agreed in July to pay France 54 million pounds",False),
E("GBR","FRA","ACCUSE","accused French police of not doing enough to stop boats leaving"),
E("FRA","GBR","ACCUSE","London's lax labour market is what draws migrants to the UK",False),
]))
ARTS.append(dict(id="AS18", fmt="json", pub=("2022-02-22", "2022-02-22", "Scholz halts Nord Stream 2 certification Tuesday 22 February 2022"),
meta=dict(url="https://www.aljazeera.com/news/2022/2/22/germany-halts-nord-stream-2-certification", source_domain="aljazeera.com", authors=["Al Jazeera Staff"], date="2022-02-22 17:30:00", description="Berlin freezes the Russian gas pipeline after Putin recognises two breakaway regions in eastern Ukraine."),
headline="Germany halts Nord Stream 2 pipeline after Russia recognises Ukraine rebel regions",
body="""Germany has halted the certification of the Nord Stream 2 gas pipeline from Russia, in the most significant Western step so far against Moscow after President Vladimir Putin recognised two separatist regions in eastern Ukraine as independent states.

Chancellor Olaf Scholz announced on Tuesday that he had asked the economy ministry to withdraw a key security assessment, without which the energy regulator cannot approve the $11bn pipeline. "The situation today is fundamentally different," Scholz told reporters in Berlin, calling Russia's move "a grave breach of international law".

Putin on Monday signed decrees recognising the self-proclaimed Donetsk and Luhansk "people's republics" and ordered Russian troops into the regions on what the Kremlin called a peacekeeping mission. Western governments said the move shredded the 2015 Minsk peace agreements.

Former Russian President Dmitry Medvedev, now deputy chairman of Russia's Security Council, responded to Scholz's decision on Twitter. "Welcome to the brave new world where Europeans are very soon going to pay 2,000 euros for 1,000 cubic metres of natural gas," he wrote.

Ukraine's Foreign Minister Dmytro Kuleba welcomed the German decision as "a morally, politically and practically correct step in the current circumstances".

The United States, which has long opposed the pipeline, praised Berlin and said it would announce its own sanctions on Russia later in the day. The European Union's foreign ministers agreed on a first package of measures targeting Russian lawmakers who voted for the recognition, as well as banks financing the Russian military.

Britain imposed sanctions on five Russian banks and three wealthy businessmen close to the Kremlin. Prime Minister Boris Johnson said it was "the first barrage" of measures.

Kremlin spokesman Dmitry Peskov said Moscow hoped the suspension of Nord Stream 2 would be temporary and insisted that Russia remained a reliable gas supplier to Europe.

The 1,230km pipeline under the Baltic Sea was completed in September but has not started operating. Critics, including Ukraine and Poland, have argued that it would increase Europe's dependence on Russian energy and deprive Kyiv of transit fees.

Russia has massed an estimated 150,000 troops on Ukraine's borders, though it has repeatedly denied plans to invade.""",
people=[("Vladimir Putin","RUS","President"),("Olaf Scholz","DEU","Chancellor"),("Dmitry Medvedev","RUS","deputy chairman of Russia's Security Council"),("Dmytro Kuleba","UKR","Foreign Minister"),("Boris Johnson","GBR","Prime Minister"),("Dmitry Peskov","RUS","Kremlin spokesman")],
events=[
E("DEU","RUS","SANCTION","Germany has halted the certification of the Nord Stream 2 gas pipeline"),
E("RUS","UKR","REJECT ASSAULT COERCE","recognised two separatist regions in eastern Ukraine as independent states",False),
E("DEU","RUS","ACCUSE","a grave breach of international law"),
E("RUS","UKR","MOBILIZE ASSAULT COERCE","ordered Russian troops into the regions"),
E("WST","RUS","ACCUSE","Western governments said the move shredded the 2015 Minsk peace agreements",False),
E("RUS",["DEU","EUR"],"THREATEN","Welcome to the brave new world"),
E("UKR","DEU","SUPPORT","welcomed the German decision"),
E("USA","DEU","SUPPORT","praised Berlin"),
E("USA","RUS","SANCTION THREATEN","would announce its own sanctions on Russia later in the day"),
E("EUR","RUS","SANCTION","agreed on a first package of measures targeting Russian lawmakers"),
E("GBR","RUS","SANCTION","Britain imposed sanctions on five Russian banks"),
E("RUS",["DEU","EUR"],"REQUEST","Moscow hoped the suspension of Nord Stream 2 would be temporary",False),
E("USA","RUS","REJECT","has long opposed the pipeline",False),
E(["UKR","POL"],"RUS","ACCUSE","Critics, including Ukraine and Poland, have argued",False),
E("RUS","UKR","MOBILIZE","Russia has massed an estimated 150,000 troops on Ukraine's borders"),
]))
ARTS.append(dict(id="AS19", fmt="dump", dump="dump-2.txt", nbsp=True, pub=("2022-02-16", "2022-02-17", "CJEU ruling Wednesday 16 February 2022"),
headline="EU top court rejects Hungary and Poland challenge to rule-of-law mechanism",
body="""The European Union's highest court has thrown out challenges by Hungary and Poland to a mechanism that allows the bloc to cut funding to member states that breach the rule of law, clearing the way for Brussels to use it against the two governments.

The Court of Justice of the EU in Luxembourg on Wednesday dismissed the actions brought by Budapest and Warsaw, ruling that the regulation had "an appropriate legal basis" and was compatible with the EU treaties.

The two countries had asked the court to annul the mechanism, arguing that it was an attempt to punish them politically for policies on the judiciary, media and LGBTQ rights that Brussels had failed to change through other means.

Hungarian Justice Minister Judit Varga called the ruling "a politically motivated decision" and said it was "living proof that Brussels abuses its power". She said Hungary would not bow to pressure over its child protection law, which critics say discriminates against gay people.

In Warsaw, Deputy Justice Minister Sebastian Kaleta described the verdict as "an attack on our sovereignty". Justice Minister Zbigniew Ziobro, a hardliner in the governing coalition, called on Prime Minister Mateusz Morawiecki to stop cooperating with the Commission on the issue.

European Commission President Ursula von der Leyen welcomed the judgment and said the Commission would adopt guidelines on how to apply the mechanism in the coming weeks. "We will act with determination," she said.

European Parliament President Roberta Metsola urged the Commission to move quickly. Lawmakers have accused von der Leyen of stalling to avoid interfering in Hungary's parliamentary election on April 3, in which Prime Minister Viktor Orban faces a united opposition for the first time.

The Commission has yet to approve Poland's 36 billion euro share of the EU's pandemic recovery fund and has not signed off Hungary's 7.2 billion euro plan, citing concerns about judicial independence and corruption.

Analysts say the mechanism is likely to be used first against Hungary, which consistently ranks as the EU member with the worst record on corruption.""",
people=[("Judit Varga","HUN","Justice Minister"),("Sebastian Kaleta","POL","Deputy Justice Minister"),("Zbigniew Ziobro","POL","Justice Minister"),("Mateusz Morawiecki","POL","Prime Minister"),("Ursula von der Leyen","EUR","European Commission President"),("Roberta Metsola","EUR","European Parliament President"),("Viktor Orban","HUN","Prime Minister")],
events=[
E("EUR","HUN","REJECT","dismissed the actions brought by Budapest and Warsaw"),
E("EUR","POL","REJECT","dismissed the actions brought by Budapest and Warsaw"),
E(["HUN","POL"],"EUR","REQUEST","The two countries had asked the court to annul the mechanism",False),
E(["HUN","POL"],"EUR","ACCUSE","an attempt to punish them politically",False),
E("HUN","EUR","ACCUSE","a politically motivated decision"),
E("HUN","EUR","ACCUSE","Brussels abuses its power",False),
E("HUN","EUR","REJECT","Hungary would not bow to pressure"),
E("POL","EUR","ACCUSE","an attack on our sovereignty"),
E("POL","POL","REQUEST","called on Prime Minister Mateusz Morawiecki to stop cooperating",False),
E("EUR",["HUN","POL"],"THREATEN","We will act with determination"),
E("EUR","EUR","REQUEST","urged the Commission to move quickly",False),
E("EUR","POL","SANCTION REJECT","has yet to approve Poland's 36 billion euro share"),
E("EUR","HUN","SANCTION REJECT","has not signed off Hungary's 7.2 billion euro plan"),
]))
ARTS.append(dict(id="AS20", fmt="dump", dump="dump-3.txt", nbsp=True, pub=("2022-03-09", "2022-03-09", "Polish MiG-29 offer Tuesday 8 March 2022, Pentagon rejection same evening; article says 'on Wednesday'"),
headline="US rejects Poland's offer to send MiG-29 fighter jets for Ukraine",
body="""The United States has rejected a surprise offer from Poland to hand over its fleet of Soviet-designed MiG-29 fighter jets so that they could be passed on to Ukraine, saying the plan raised "serious concerns" for the NATO alliance.

Poland's foreign ministry said in a statement on Tuesday that Warsaw was "ready to deploy all its MiG-29 jets to the Ramstein air base" in Germany "free of charge" and place them at the disposal of the US government. It asked Washington in return to supply Poland with used aircraft of comparable capabilities.

The announcement appeared to catch US officials off guard. Hours later, Pentagon spokesman John Kirby said the prospect of jets departing from a US and NATO base to fly into airspace contested by Russia "does not appear to us to be a tenable one".

"We will continue to consult with Poland and our other NATO allies about this issue and the difficult logistical challenges it presents," Kirby said. On Wednesday, US Secretary of Defense Lloyd Austin spoke by telephone with his Polish counterpart Mariusz Blaszczak.

Polish Foreign Minister Zbigniew Rau told reporters that Poland would not act on its own. "The decision on sending jets to Ukraine must be taken by NATO as a whole," he said.

Ukrainian President Volodymyr Zelenskyy has repeatedly appealed to Western countries for more combat aircraft and for a no-fly zone over his country, which NATO has ruled out for fear of a direct clash with Russia.

Moscow has warned that any country allowing its airfields to be used by Ukrainian warplanes could be considered a party to the conflict. Russia's defence ministry said on Sunday that such use "may be regarded as involvement in an armed conflict".

Russian forces have continued to pound Ukrainian cities nearly two weeks into the invasion, with heavy shelling reported around Kharkiv, Mykolaiv and the suburbs of Kyiv.

Poland, which has taken in more than 1.2 million refugees from Ukraine since February 24, has also been a hub for Western weapons deliveries to the Ukrainian army.""",
people=[("John Kirby","USA","Pentagon spokesman"),("Lloyd Austin","USA","Secretary of Defense"),("Mariusz Blaszczak","POL","Defence Minister"),("Zbigniew Rau","POL","Foreign Minister"),("Volodymyr Zelenskyy","UKR","President")],
events=[
E("USA","POL","REJECT","The United States has rejected a surprise offer from Poland"),
E("POL","USA","AGREE AID COOPERATE","ready to deploy all its MiG-29 jets to the Ramstein air base"),
E("POL","USA","REQUEST","asked Washington in return to supply Poland with used aircraft"),
E("USA","POL","REJECT","does not appear to us to be a tenable one"),
E("USA","POL","CONSULT AGREE","We will continue to consult with Poland"),
E("USA","POL","CONSULT","spoke by telephone with his Polish counterpart Mariusz Blaszczak",sym=True),
E("POL","IGO","REQUEST","must be taken by NATO as a whole",False),
E("UKR",["WST","IGO","USA"],"REQUEST","has repeatedly appealed to Western countries for more combat aircraft"),
E("IGO","UKR","REJECT","which NATO has ruled out"),
E("RUS",["WST","POL","IGO"],"THREATEN","could be considered a party to the conflict"),
E("RUS",["WST","POL","IGO"],"THREATEN","may be regarded as involvement in an armed conflict",False),
E("RUS","UKR","ASSAULT","Russian forces have continued to pound Ukrainian cities"),
E("POL","UKR","AID","has taken in more than 1.2 million refugees from Ukraine",False),
E(["POL","WST"],"UKR","AID","a hub for Western weapons deliveries to the Ukrainian army",False),
]))
