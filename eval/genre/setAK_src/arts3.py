# Articles AK15-AK20 (same conventions as arts1.py).

ARTS = []

ARTS.append(dict(
    id="AK15", fmt="txt",
    published=("2021-09-05", "2021-09-06", "enthronement and clashes 'on Sunday' (5 September 2021)"),
    text='''Montenegro police fire tear gas as protesters try to block church enthronement

Police in Montenegro have fired tear gas to disperse protesters trying to stop the enthronement of a new head of the Serbian Orthodox Church in the country, in clashes that left dozens of people injured in the old royal capital of Cetinje.

Metropolitan Joanikije was flown into Cetinje by military helicopter on Sunday together with Serbian Patriarch Porfirije, and the two clerics were escorted into the town's 15th-century monastery by armed police officers who shielded them with bulletproof blankets.

Thousands of protesters, who see the ceremony as a symbol of Serbian domination over Montenegro, had spent the night at barricades of tyres, rocks and rubbish bins on the roads into the town. Some threw stones and bottles at police, who responded with tear gas and stun grenades. Gunshots were heard near the barricades.

Police said 20 officers had been injured and 14 people were arrested. Hospital officials said more than 30 civilians were treated, most of them for the effects of tear gas.

President Milo Djukanovic, who had opposed holding the ceremony in Cetinje, arrived in the town on Saturday and addressed the crowds, accusing the government of provoking the unrest. Prime Minister Zdravko Krivokapic, whose pro-Serbian coalition took power last year, in turn accused Djukanovic of attempting to stage a coup by encouraging the protests.

In Belgrade, Serbian President Aleksandar Vucic praised Montenegrin police for protecting the ceremony and accused "those who hate everything Serbian" of trying to prevent it.

The European Union called on all sides to show restraint and to resolve their differences through dialogue, and the United States embassy in Podgorica urged political leaders to calm tensions and to refrain from inflammatory rhetoric.

Background

Montenegro, a NATO member of about 620,000 people, split from its union with Serbia in 2006, but close to a third of its population identify as Serbs, and the Serbian Orthodox Church remains the country's largest religious body.

A 2019 law on religious property, which the church said was designed to strip it of its monasteries, triggered months of church-led protests and helped bring down Djukanovic's Democratic Party of Socialists in an August 2020 election after three decades in power.

Djukanovic's supporters favour a separate Montenegrin Orthodox Church, which is not recognised by other Orthodox churches, and regard Cetinje as the cradle of Montenegrin statehood.''',
    people=[("Joanikije", "MNE", "Metropolitan, head of the Serbian Orthodox Church in Montenegro"),
            ("Porfirije", "SRB", "Serbian Patriarch"),
            ("Milo Djukanovic", "MNE", "President"),
            ("Zdravko Krivokapic", "MNE", "Prime Minister"),
            ("Aleksandar Vucic", "SRB", "President")],
    events=[
        ("MNE", "MNE", "COERCE ASSAULT", "r", "Police in Montenegro have fired tear gas to disperse protesters"),
        ("MNE", "SRB/MNE", "PROTEST", "r", "protesters trying to stop the enthronement of a new head of the Serbian Orthodox Church"),
        ("MNE", "SRB", "COOPERATE AID", "o", "escorted into the town's 15th-century monastery by armed police officers"),
        ("SRB", "MNE", "CONSULT", "o", "together with Serbian Patriarch Porfirije"),
        ("MNE", "SRB/MNE", "PROTEST", "o", "had spent the night at barricades of tyres, rocks and rubbish bins"),
        ("MNE", "MNE", "ASSAULT", "r", "Some threw stones and bottles at police"),
        ("MNE", "MNE", "COERCE ASSAULT", "o", "who responded with tear gas and stun grenades"),
        ("MNE", "MNE", "COERCE", "r", "14 people were arrested"),
        ("MNE", "MNE", "ACCUSE", "r", "accusing the government of provoking the unrest"),
        ("MNE", "MNE", "ACCUSE", "r", "accused Djukanovic of attempting to stage a coup"),
        ("SRB", "MNE", "SUPPORT", "r", "Vucic praised Montenegrin police for protecting the ceremony"),
        ("SRB", "MNE", "ACCUSE", "r", "accused \"those who hate everything Serbian\" of trying to prevent it"),
        ("EUR", "MNE", "REQUEST", "r", "The European Union called on all sides to show restraint"),
        ("USA", "MNE", "REQUEST", "r", "the United States embassy in Podgorica urged political leaders to calm tensions"),
        ("MNE", "MNE", "PROTEST", "o", "triggered months of church-led protests"),
    ]))

ARTS.append(dict(
    id="AK16", fmt="dump", dump="dump-2.txt", nbsp=False,
    published=("2021-10-01", "2021-10-02", "arrest announced 'on Friday' (1 October 2021) on the eve of 'Saturday's' local elections"),
    text='''Georgia's ex-president Saakashvili arrested after secret return, starts hunger strike

Georgian authorities have arrested former President Mikheil Saakashvili hours after he slipped back into the country from exile in Ukraine on the eve of local elections, and he has announced a hunger strike in protest.

Prime Minister Irakli Garibashvili announced the arrest on Friday, saying Saakashvili had been detained in Tbilisi and taken to a prison in the city of Rustavi to serve a six-year sentence handed down in absentia in 2018 for abuse of power. Saakashvili says the case was politically motivated.

"There is no question of a pardon," Garibashvili told reporters. "He will serve his sentence like any other citizen."

Saakashvili, who led Georgia from 2004 to 2013 and later took Ukrainian citizenship and served as governor of the Odesa region, had posted videos on Facebook urging supporters to vote for the opposition United National Movement (UNM) in Saturday's municipal elections and to gather in Tbilisi afterwards.

"I have refused food since the moment of my arrest," he said in a letter released by his lawyers, adding that he would not eat until he was freed.

Ukrainian President Volodymyr Zelenskyy said Kyiv would do everything it could to bring Saakashvili back to Ukraine, and the Ukrainian foreign ministry said it had asked Tbilisi for consular access to him.

Irakli Kobakhidze, chairman of the governing Georgian Dream party, accused Saakashvili of having returned to stir up unrest and to try to overturn the result of the vote.

Several hundred UNM supporters gathered outside the Rustavi prison on Friday evening, chanting Saakashvili's name and demanding his release.

The United States embassy in Tbilisi urged the government to ensure that Saakashvili is treated fairly and in line with Georgian and international law.

Georgia has been in political turmoil since parliamentary elections last October, which the opposition says were rigged. An agreement brokered by the European Union in April to end the crisis collapsed in July when Georgian Dream, founded by the billionaire Bidzina Ivanishvili, pulled out of it. The opposition and rights groups accuse the ruling party of using the courts against its rivals, a charge it rejects.''',
    people=[("Mikheil Saakashvili", "GEO", "former President"),
            ("Irakli Garibashvili", "GEO", "Prime Minister"),
            ("Volodymyr Zelenskyy", "UKR", "President"),
            ("Irakli Kobakhidze", "GEO", "chairman of the governing Georgian Dream party"),
            ("Bidzina Ivanishvili", "GEO", "billionaire, founder of Georgian Dream")],
    events=[
        ("GEO", "GEO", "COERCE", "r", "Georgian authorities have arrested former President Mikheil Saakashvili"),
        ("GEO", "GEO", "PROTEST", "r", "he has announced a hunger strike in protest"),
        ("GEO", "GEO", "COERCE", "o", "a six-year sentence handed down in absentia in 2018"),
        ("GEO", "GEO", "ACCUSE", "o", "Saakashvili says the case was politically motivated"),
        ("GEO", "GEO", "REJECT", "r", "There is no question of a pardon"),
        ("GEO", "GEO", "REQUEST", "o", "urging supporters to vote for the opposition United National Movement"),
        ("GEO", "GEO", "PROTEST REQUEST", "o", "he would not eat until he was freed"),
        ("UKR", "GEO", "REQUEST SUPPORT", "r", "Kyiv would do everything it could to bring Saakashvili back to Ukraine"),
        ("UKR", "GEO", "REQUEST", "r", "it had asked Tbilisi for consular access to him"),
        ("GEO", "GEO", "ACCUSE", "r", "accused Saakashvili of having returned to stir up unrest"),
        ("GEO", "GEO", "PROTEST REQUEST", "r", "Several hundred UNM supporters gathered outside the Rustavi prison"),
        ("USA", "GEO", "REQUEST", "r", "urged the government to ensure that Saakashvili is treated fairly"),
        ("GEO", "GEO", "ACCUSE", "o", "which the opposition says were rigged"),
        ("EUR", "GEO", "AGREE CONSULT", "o", "An agreement brokered by the European Union in April"),
        ("GEO", "EUR", "REJECT RETREAT", "o", "pulled out of it"),
        ("GEO", "GEO", "ACCUSE", "o", "accuse the ruling party of using the courts against its rivals"),
    ]))

ARTS.append(dict(
    id="AK17", fmt="json",
    meta=dict(date_publish="2021-12-17 17:20:00", authors=["Al Jazeera and news agencies"],
              url="https://www.aljazeera.com/news/2021/12/17/russia-publishes-security-demands-nato-eastern-europe",
              source_domain="aljazeera.com",
              description="Moscow makes public two draft treaties demanding NATO rule out Ukraine's membership and pull back forces; Washington says it will not compromise on core principles."),
    published=("2021-12-17", "2021-12-17", "Ryabkov 'told reporters on Friday' (17 December 2021), drafts handed over 'this week'"),
    text='''Russia publishes demands for NATO to roll back forces in Eastern Europe

Russia has published draft security agreements demanding that NATO rule out membership for Ukraine and other former Soviet states and roll back its military deployments in Central and Eastern Europe, as tensions over a Russian troop build-up near Ukraine's borders continue to rise.

Deputy Foreign Minister Sergei Ryabkov told reporters on Friday that Moscow wanted to start negotiations with Washington "immediately", possibly in Geneva, and warned that the West had so far failed to take Russia's security concerns seriously.

The two documents, one addressed to the United States and the other to the NATO alliance, were handed to US Assistant Secretary of State Karen Donfried during her visit to Moscow earlier this week.

Among other things, they would bar the deployment of troops and weapons in areas where they could be seen as a threat by the other side, forbid intermediate-range missiles within striking range of each other's territory, and stop NATO from holding military exercises in Ukraine, Eastern Europe, the South Caucasus and Central Asia.

White House Press Secretary Jen Psaki said the US was prepared to discuss the proposals but would not compromise on the principle that every country is free to choose its own alliances. "There will be no talks on European security without our European allies and partners," she said.

NATO Secretary-General Jens Stoltenberg said any dialogue with Moscow would also have to address NATO's concerns about Russia's actions. He said Ukraine's relationship with the alliance would be decided by Ukraine and NATO's 30 members "alone".

In Kyiv, Foreign Minister Dmytro Kuleba said Russia had no right to veto Ukraine's aspirations to join Western institutions.

Background

Western officials say Russia has gathered some 100,000 troops near its border with Ukraine and fear Moscow could be planning a new offensive. The Kremlin denies any plan to attack and accuses Ukraine and NATO of provocative behaviour in the region.

Earlier this month, US President Joe Biden warned Russian President Vladimir Putin in a video call that Moscow would face "severe" economic measures if it invaded Ukraine.

Russia annexed Crimea from Ukraine in 2014 and has backed separatist forces in the eastern Donbas region, where more than 13,000 people have been killed in fighting.''',
    people=[("Sergei Ryabkov", "RUS", "Deputy Foreign Minister"),
            ("Karen Donfried", "USA", "Assistant Secretary of State"),
            ("Jen Psaki", "USA", "White House Press Secretary"),
            ("Jens Stoltenberg", "IGO", "NATO Secretary-General"),
            ("Dmytro Kuleba", "UKR", "Foreign Minister"),
            ("Joe Biden", "USA", "President"),
            ("Vladimir Putin", "RUS", "President")],
    events=[
        ("RUS", "IGO", "REQUEST", "r", "demanding that NATO rule out membership for Ukraine"),
        ("RUS", "USA", "REQUEST CONSULT", "r", "Moscow wanted to start negotiations with Washington \"immediately\""),
        ("RUS", "WST", "ACCUSE", "r", "warned that the West had so far failed to take Russia's security concerns seriously"),
        ("RUS", "USA", "REQUEST", "r", "were handed to US Assistant Secretary of State Karen Donfried"),
        ("USA", "RUS", "CONSULT", "r", "during her visit to Moscow earlier this week"),
        ("USA", "RUS", "AGREE CONSULT", "r", "the US was prepared to discuss the proposals"),
        ("USA", "RUS", "REJECT", "r", "would not compromise on the principle that every country is free to choose its own alliances"),
        ("IGO", "RUS", "REQUEST", "r", "any dialogue with Moscow would also have to address NATO's concerns"),
        ("IGO", "RUS", "REJECT", "r", "would be decided by Ukraine and NATO's 30 members \"alone\""),
        ("UKR", "RUS", "REJECT ACCUSE", "r", "Russia had no right to veto Ukraine's aspirations"),
        ("RUS", "UKR", "MOBILIZE", "o", "Russia has gathered some 100,000 troops near its border with Ukraine"),
        ("RUS", "UKR", "REJECT", "o", "The Kremlin denies any plan to attack"),
        ("RUS", "UKR/IGO", "ACCUSE", "o", "accuses Ukraine and NATO of provocative behaviour"),
        ("USA", "RUS", "THREATEN", "o", "Moscow would face \"severe\" economic measures if it invaded Ukraine"),
        ("USA", "RUS", "CONSULT", "os", "in a video call"),
        ("RUS", "UKR", "ASSAULT COERCE", "o", "Russia annexed Crimea from Ukraine in 2014"),
        ("RUS", "UKR", "AID", "o", "has backed separatist forces in the eastern Donbas region"),
    ]))

ARTS.append(dict(
    id="AK18", fmt="dump", dump="dump-3.txt", nbsp=True,
    published=("2022-06-28", "2022-06-29", "expulsion announced 'on Tuesday' (28 June 2022), staff to leave 'by Sunday' 3 July"),
    text='''Bulgaria expels 70 Russian diplomats, Moscow threatens to shut embassy

Bulgaria has ordered 70 Russian diplomatic staff to leave the country over suspected spying, the largest expulsion in the Balkan nation's history, prompting Russia's ambassador to warn that Moscow could close its embassy in Sofia.

Outgoing Prime Minister Kiril Petkov said on Tuesday that the diplomats, whom he accused of working against Bulgaria's interests, must leave by Sunday, and that the size of Russia's mission would be capped at the level of Bulgaria's mission in Moscow.

Petkov also accused Russian ambassador Eleonora Mitrofanova of interfering in Bulgarian politics, days after his coalition government lost a no-confidence vote in parliament.

Mitrofanova called the expulsions "unprecedented" and said she would ask Moscow to close the embassy, a step that would force the closure of Bulgaria's embassy in Russia as well. "Such a decision cannot remain without consequences," she told reporters.

Kremlin spokesman Dmitry Peskov said Russia deeply regretted the decision and would respond, adding that Sofia's move would destroy what was left of relations between the two countries.

President Rumen Radev, who has opposed sending weapons to Ukraine, criticised the government, saying he had not been consulted and that a step of this scale should have been backed by solid evidence.

Background

Bulgaria, a member of the European Union and NATO, has historically had close cultural and economic ties with Russia, but relations have soured since Moscow launched its invasion of Ukraine on February 24.

In April, Russian state energy giant Gazprom cut off gas supplies to Bulgaria after Sofia refused to pay in roubles, as demanded by Moscow. Bulgaria has since joined EU sanctions against Russia and agreed to repair Ukrainian military equipment.

The foreign ministry in Sofia summoned Mitrofanova earlier this year over remarks in which she said many Bulgarians supported Russia's actions.''',
    people=[("Kiril Petkov", "BGR", "Prime Minister"),
            ("Eleonora Mitrofanova", "RUS", "ambassador to Bulgaria"),
            ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
            ("Rumen Radev", "BGR", "President")],
    events=[
        ("BGR", "RUS", "COERCE SANCTION", "r", "Bulgaria has ordered 70 Russian diplomatic staff to leave the country"),
        ("BGR", "RUS", "ACCUSE", "r", "whom he accused of working against Bulgaria's interests"),
        ("BGR", "RUS", "SANCTION COERCE", "o", "the size of Russia's mission would be capped"),
        ("RUS", "BGR", "THREATEN", "r", "warn that Moscow could close its embassy in Sofia"),
        ("BGR", "RUS", "ACCUSE", "r", "Petkov also accused Russian ambassador Eleonora Mitrofanova of interfering in Bulgarian politics"),
        ("RUS", "BGR", "ACCUSE PROTEST REJECT", "r", "Mitrofanova called the expulsions \"unprecedented\""),
        ("RUS", "BGR", "THREATEN", "o", "Such a decision cannot remain without consequences"),
        ("RUS", "BGR", "THREATEN", "r", "Russia deeply regretted the decision and would respond"),
        ("BGR", "BGR", "ACCUSE", "r", "criticised the government, saying he had not been consulted"),
        ("RUS", "UKR", "ASSAULT", "o", "Moscow launched its invasion of Ukraine"),
        ("MNC/RUS", "BGR", "SANCTION COERCE", "o", "Gazprom cut off gas supplies to Bulgaria"),
        ("BGR", "RUS", "REJECT", "o", "Sofia refused to pay in roubles"),
        ("BGR", "RUS", "SANCTION", "o", "Bulgaria has since joined EU sanctions against Russia"),
        ("BGR", "UKR", "AID AGREE", "o", "agreed to repair Ukrainian military equipment"),
        ("BGR", "RUS", "CONSULT ACCUSE", "o", "The foreign ministry in Sofia summoned Mitrofanova"),
    ]))

ARTS.append(dict(
    id="AK19", fmt="txt",
    published=("2022-08-22", "2022-08-23", "FSB statement 'on Monday' (22 August 2022) after the Saturday night bombing"),
    text='''Russia blames Ukrainian agent for car bomb that killed Darya Dugina

Russia's Federal Security Service (FSB) says Ukrainian special services were behind a car bombing near Moscow that killed Darya Dugina, the daughter of a prominent Russian nationalist ideologue, an accusation Kyiv has flatly denied.

The FSB said on Monday that the attack had been carried out by a Ukrainian woman, Natalya Vovk, who it said had entered Russia in July with her 12-year-old daughter, rented a flat in the same building as Dugina and fled to Estonia after the bombing.

Dugina, 29, a commentator for pro-Kremlin media outlets, was killed on Saturday night when the Toyota Land Cruiser she was driving blew up on a highway outside Moscow. She was returning from a cultural festival she had attended with her father, Alexander Dugin, whose writings champion the idea of a Russian-led Eurasian empire.

President Vladimir Putin called the killing a "vile, cruel crime" in a message of condolence to the family and posthumously awarded Dugina the Order of Courage.

Mykhailo Podolyak, an adviser to Ukrainian President Volodymyr Zelenskyy, said Ukraine "definitely" had nothing to do with the explosion. "We are not a criminal state like the Russian Federation, and certainly not a terrorist one," he said.

Russian foreign ministry spokeswoman Maria Zakharova said that if Ukrainian involvement were confirmed, it would amount to a policy of "state terrorism" by Kyiv. Several members of the Russian parliament demanded a harsh military response against Ukraine's leadership.

Moscow said it would ask Estonia to hand over the suspect. Estonian Foreign Minister Urmas Reinsalu dismissed the FSB's account as a provocation and said his country would not be drawn into Russia's information war.

Background

Russia invaded Ukraine on February 24 in what it calls a "special military operation". Moscow and Kyiv have since traded accusations over attacks far behind the front lines, including explosions at Russian air bases in Crimea earlier this month that Ukraine has not publicly claimed.

Dugin, who has no official post, is often described in Western media as an intellectual influence on Kremlin policy, although analysts say his real sway over Putin is limited. Investigators said they were examining whether he had been the intended target, as he had been due to travel in the car.''',
    people=[("Darya Dugina", "RUS", "commentator for pro-Kremlin media"),
            ("Natalya Vovk", "UKR", "suspect named by the FSB"),
            ("Alexander Dugin", "RUS", "nationalist ideologue"),
            ("Vladimir Putin", "RUS", "President"),
            ("Mykhailo Podolyak", "UKR", "adviser to the President"),
            ("Volodymyr Zelenskyy", "UKR", "President"),
            ("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
            ("Urmas Reinsalu", "EST", "Foreign Minister")],
    events=[
        ("RUS", "UKR", "ACCUSE", "r", "Ukrainian special services were behind a car bombing near Moscow"),
        ("UKR", "RUS", "ASSAULT", "o", "a car bombing near Moscow that killed Darya Dugina"),
        ("UKR", "RUS", "REJECT", "r", "an accusation Kyiv has flatly denied"),
        ("RUS", "UKR", "ACCUSE", "o", "the attack had been carried out by a Ukrainian woman"),
        ("UKR", "RUS", "REJECT", "o", "Ukraine \"definitely\" had nothing to do with the explosion"),
        ("UKR", "RUS", "ACCUSE", "r", "We are not a criminal state like the Russian Federation"),
        ("RUS", "UKR", "ACCUSE", "r", "it would amount to a policy of \"state terrorism\" by Kyiv"),
        ("RUS", "UKR", "THREATEN REQUEST", "r", "demanded a harsh military response against Ukraine's leadership"),
        ("RUS", "EST", "REQUEST", "r", "Moscow said it would ask Estonia to hand over the suspect"),
        ("EST", "RUS", "REJECT ACCUSE", "r", "dismissed the FSB's account as a provocation"),
        ("RUS", "UKR", "ASSAULT", "o", "Russia invaded Ukraine on February 24"),
        ("RUS", "UKR", "ACCUSE", "os", "Moscow and Kyiv have since traded accusations"),
        ("UKR", "RUS", "ASSAULT", "o", "explosions at Russian air bases in Crimea"),
    ]))

ARTS.append(dict(
    id="AK20", fmt="json",
    meta=dict(date_publish="2022-09-01 20:45:00", authors=["Al Jazeera Staff"],
              url="https://www.aljazeera.com/news/2022/9/1/iaea-inspectors-reach-zaporizhzhia-nuclear-plant",
              source_domain="aljazeera.com",
              description="A UN nuclear watchdog mission led by Rafael Grossi reaches the Russian-held Zaporizhzhia plant as Kyiv and Moscow trade blame for shelling."),
    published=("2022-09-01", "2022-09-01", "inspection 'on Thursday' (1 September 2022)"),
    text='''IAEA inspectors reach Zaporizhzhia nuclear plant despite shelling

A team of inspectors from the United Nations nuclear watchdog has reached Europe's largest nuclear power station in Russian-occupied southern Ukraine, after shelling near the facility held up their convoy for several hours.

Rafael Grossi, director general of the International Atomic Energy Agency (IAEA), who led the 14-member mission, said after touring the Zaporizhzhia plant on Thursday that its "physical integrity" had been violated several times, and that some of his experts would remain there to keep a continuous presence.

"We are not going anywhere," Grossi told reporters after returning to Ukrainian-controlled territory. "The IAEA is now there, and it is going to stay."

Ukraine's state nuclear company Energoatom said mortar fire had forced the shutdown of one of the plant's two working reactors on Thursday morning. Ukraine's military said Russian forces had shelled the road the convoy was due to take, while Russia's defence ministry said Ukrainian saboteurs had tried to seize the plant in an amphibious landing across the Dnieper reservoir, a claim Kyiv rejected.

Russian foreign ministry spokeswoman Maria Zakharova said Moscow welcomed the mission and expected the inspectors to produce an objective report.

Ukrainian President Volodymyr Zelenskyy said the most important task for the IAEA was to press for the demilitarisation of the station, and criticised the fact that journalists had not been allowed to accompany the inspectors.

UN Secretary-General Antonio Guterres had called for the creation of a demilitarised zone around the plant last month, a proposal Russia rejected.

Background

Russian troops took control of the plant in early March, shortly after launching their invasion of Ukraine. It has since been run by Ukrainian staff working under Russian military supervision.

In recent weeks Kyiv and Moscow have blamed each other for repeated shelling in and around the complex, which has damaged power lines and raised fears of a radiation disaster. Ukraine accuses Russia of using the plant as a shield for its troops and weapons, an accusation Moscow denies.''',
    people=[("Rafael Grossi", "UNO", "director general of the International Atomic Energy Agency"),
            ("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
            ("Volodymyr Zelenskyy", "UKR", "President"),
            ("Antonio Guterres", "UNO", "UN Secretary-General")],
    events=[
        ("UNO/IGO", "UKR/RUS", "CONSULT COOPERATE", "r", "A team of inspectors from the United Nations nuclear watchdog has reached Europe's largest nuclear power station"),
        ("UNO/IGO", "UKR/RUS", "ACCUSE", "o", "its \"physical integrity\" had been violated several times"),
        ("UNO/IGO", "UKR/RUS", "COOPERATE AID", "o", "some of his experts would remain there to keep a continuous presence"),
        ("UKR", "RUS", "ACCUSE", "r", "Ukraine's military said Russian forces had shelled the road the convoy was due to take"),
        ("RUS", "UKR", "ASSAULT", "o", "Russian forces had shelled the road"),
        ("RUS", "UKR", "ACCUSE", "r", "Ukrainian saboteurs had tried to seize the plant"),
        ("UKR", "RUS", "ASSAULT", "o", "tried to seize the plant in an amphibious landing"),
        ("UKR", "RUS", "REJECT", "r", "a claim Kyiv rejected"),
        ("RUS", "UNO/IGO", "SUPPORT", "r", "Moscow welcomed the mission"),
        ("UKR", "UNO/IGO", "REQUEST", "r", "the most important task for the IAEA was to press for the demilitarisation of the station"),
        ("UKR", "RUS/UNO/IGO", "ACCUSE", "o", "criticised the fact that journalists had not been allowed to accompany the inspectors"),
        ("UNO", "RUS/UKR", "REQUEST", "o", "had called for the creation of a demilitarised zone around the plant"),
        ("RUS", "UNO", "REJECT", "r", "a proposal Russia rejected"),
        ("RUS", "UKR", "ASSAULT COERCE", "o", "Russian troops took control of the plant in early March"),
        ("RUS", "UKR", "ACCUSE", "os", "Kyiv and Moscow have blamed each other for repeated shelling"),
        ("UKR", "RUS", "ACCUSE", "o", "Ukraine accuses Russia of using the plant as a shield"),
        ("RUS", "UKR", "REJECT", "o", "an accusation Moscow denies"),
    ]))
