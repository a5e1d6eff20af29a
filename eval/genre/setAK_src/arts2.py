# Articles AK8-AK14 (same conventions as arts1.py).

ARTS = []

ARTS.append(dict(
    id="AK8", fmt="txt",
    published=("2017-03-23", "2017-03-24", "SBU ban announced Wednesday 22 March 2017; Channel One rejected the compromise 'on Thursday' (23 March)"),
    text='''Ukraine bars Russia's Eurovision entrant over Crimea concert

Ukraine's security service has banned Russia's Eurovision Song Contest entrant from entering the country for three years, all but ruling her out of the competition that Kiev is hosting in May and deepening a bitter cultural row between the two neighbours.

The SBU said on Wednesday that Yulia Samoilova, a 27-year-old singer who uses a wheelchair, had broken Ukrainian law by performing in Crimea in 2015 after travelling there directly from Russia. Kiev regards such trips as illegal entry into its territory, which Moscow annexed in 2014.

Russia's foreign ministry reacted with fury. Its spokeswoman, Maria Zakharova, described the decision as "yet another cynical and inhuman act" by the Ukrainian authorities and said the ban was meant to humiliate Russia.

The European Broadcasting Union (EBU), which organises the contest, said it was "deeply disappointed" and had asked the Ukrainian government to reconsider. In an offer without precedent in the contest's history, it proposed that Samoilova perform via a live satellite link from Russia during the semi-final.

But Russia's state broadcaster Channel One turned the compromise down on Thursday, saying the rules required every artist to appear on stage. Ukraine also refused the satellite option, with the deputy prime minister, Vyacheslav Kyrylenko, saying that any broadcast of the singer would itself break Ukrainian law.

Samoilova said she was not upset. "I will keep trying, and I believe that one day I will get to sing in Ukraine," she told Russian television.

Konstantin Kosachev, a senior member of Russia's upper house of parliament, accused Kiev of turning a music contest into politics and suggested that Russia might boycott future editions if the ban stood.

Ukrainian officials dismissed suggestions that the decision was political. "The law is the same for everyone, whether they are a singer or a tourist," an SBU spokeswoman said.

The row comes as relations between Moscow and Kiev remain frozen over the war in eastern Ukraine, where more than 10,000 people have been killed since fighting between government troops and Russian-backed separatists broke out in 2014. Ukraine won last year's contest with Jamala's song 1944, about the wartime deportation of Crimean Tatars, a victory that Russian officials complained had been politically motivated.''',
    people=[("Yulia Samoilova", "RUS", "singer, Eurovision entrant"),
            ("Maria Zakharova", "RUS", "foreign ministry spokeswoman"),
            ("Vyacheslav Kyrylenko", "UKR", "deputy prime minister"),
            ("Konstantin Kosachev", "RUS", "senior member of the upper house of parliament"),
            ("Jamala", "UKR", "singer, last year's winner")],
    events=[
        ("UKR", "RUS", "REJECT SANCTION COERCE", "r", "Ukraine's security service has banned Russia's Eurovision Song Contest entrant from entering the country for three years"),
        ("UKR", "RUS", "ACCUSE", "r", "had broken Ukrainian law by performing in Crimea"),
        ("RUS", "UKR", "ASSAULT COERCE", "o", "which Moscow annexed in 2014"),
        ("RUS", "UKR", "ACCUSE", "r", "described the decision as \"yet another cynical and inhuman act\""),
        ("RUS", "UKR", "ACCUSE", "o", "the ban was meant to humiliate Russia"),
        ("NGO/IGO", "UKR", "ACCUSE PROTEST", "o", "said it was \"deeply disappointed\""),
        ("NGO/IGO", "UKR", "REQUEST", "r", "had asked the Ukrainian government to reconsider"),
        ("NGO/IGO", "RUS/UKR", "AGREE CONSULT", "o", "it proposed that Samoilova perform via a live satellite link"),
        ("RUS", "NGO/IGO", "REJECT", "r", "Channel One turned the compromise down"),
        ("UKR", "NGO/IGO", "REJECT", "r", "Ukraine also refused the satellite option"),
        ("RUS", "UKR", "ACCUSE", "r", "accused Kiev of turning a music contest into politics"),
        ("RUS", "NGO/IGO/UKR", "THREATEN", "r", "suggested that Russia might boycott future editions if the ban stood"),
        ("UKR", "RUS", "REJECT", "o", "Ukrainian officials dismissed suggestions that the decision was political"),
        ("RUS", "UKR", "ASSAULT", "o", "fighting between government troops and Russian-backed separatists broke out"),
        ("RUS", "UKR", "ACCUSE", "o", "Russian officials complained had been politically motivated"),
    ]))

ARTS.append(dict(
    id="AK9", fmt="json",
    meta=dict(date_publish="2017-11-22 16:30:00", authors=["Mike Corder", "Dusan Stojanovic"],
              url="https://apnews.com/article/mladic-convicted-genocide-life-sentence-hague",
              source_domain="apnews.com",
              description="The UN Yugoslav tribunal convicts Ratko Mladic of genocide and crimes against humanity; Serbs and Bosnian Serbs reject the verdict."),
    published=("2017-11-22", "2017-11-22", "verdict read on Wednesday 22 November 2017"),
    text='''Mladic convicted of genocide, sentenced to life by UN court

THE HAGUE, Netherlands (AP) — The U.N. war crimes tribunal for the former Yugoslavia convicted former Bosnian Serb military chief Ratko Mladic of genocide and crimes against humanity on Wednesday and sentenced him to life in prison for atrocities committed during Bosnia's 1992-95 war.

Mladic, 74, was not in the courtroom when Presiding Judge Alphons Orie read out the verdicts. He had been ordered out minutes earlier after shouting "This is all lies!" at the judges, who had turned down his lawyers' request to halt the hearing because of his high blood pressure.

The judges found that Mladic bore responsibility for the killing of some 8,000 Muslim men and boys after his forces overran the U.N.-protected enclave of Srebrenica in July 1995, and for a campaign of shelling and sniping that terrorized Sarajevo during a siege of nearly four years.

U.N. human rights chief Zeid Ra'ad al-Hussein described Mladic as "the epitome of evil" and said the verdict was a momentous victory for justice. Women whose sons and husbands died in Srebrenica wept and applauded as they watched the proceedings on a screen outside the courthouse.

In Belgrade, Serbian President Aleksandar Vucic urged citizens to look to the future rather than "drown in the tears of the past," but said the tribunal had shown bias against Serbs throughout its existence.

Bosnian Serb leader Milorad Dodik said Mladic would remain a legend for Serbs and rejected the verdict as an insult to the Serb people.

The European Union said in a statement that it welcomed the judgment and called on all leaders in the region to work for reconciliation and to refrain from glorifying convicted war criminals.

Mladic's lawyers said they would appeal. "This is not over," one of his defense attorneys told reporters.

Mladic was arrested in northern Serbia in 2011 after 16 years on the run and handed over to the tribunal days later. His political counterpart during the war, Radovan Karadzic, was sentenced to 40 years in prison last year.''',
    people=[("Ratko Mladic", "BIH", "former Bosnian Serb military chief"),
            ("Alphons Orie", "UNO", "Presiding Judge"),
            ("Zeid Ra'ad al-Hussein", "UNO", "U.N. human rights chief"),
            ("Aleksandar Vucic", "SRB", "President"),
            ("Milorad Dodik", "BIH", "Bosnian Serb leader"),
            ("Radovan Karadzic", "BIH", "wartime Bosnian Serb political leader")],
    events=[
        ("UNO", "BIH/SRB", "COERCE SANCTION", "r", "convicted former Bosnian Serb military chief Ratko Mladic of genocide and crimes against humanity"),
        ("UNO", "BIH/SRB", "COERCE", "o", "He had been ordered out minutes earlier"),
        ("BIH/SRB", "UNO", "ACCUSE PROTEST REJECT", "r", "shouting \"This is all lies!\" at the judges"),
        ("BIH/SRB", "UNO", "REQUEST", "o", "his lawyers' request to halt the hearing"),
        ("UNO", "BIH/SRB", "REJECT", "r", "who had turned down his lawyers' request"),
        ("BIH/SRB", "BIH", "ASSAULT", "o", "after his forces overran the U.N.-protected enclave of Srebrenica"),
        ("UNO", "BIH/SRB", "ACCUSE", "r", "described Mladic as \"the epitome of evil\""),
        ("BIH", "UNO", "SUPPORT", "o", "wept and applauded as they watched the proceedings"),
        ("SRB", "UNO", "ACCUSE", "r", "the tribunal had shown bias against Serbs"),
        ("BIH/SRB", "UNO", "REJECT ACCUSE", "r", "rejected the verdict as an insult to the Serb people"),
        ("EUR", "UNO", "SUPPORT", "r", "it welcomed the judgment"),
        ("EUR", "BIH/SRB/HRV", "REQUEST", "r", "called on all leaders in the region to work for reconciliation"),
        ("BIH/SRB", "UNO", "REJECT", "o", "Mladic's lawyers said they would appeal"),
        ("SRB", "BIH/SRB", "COERCE", "o", "Mladic was arrested in northern Serbia in 2011"),
        ("SRB", "UNO", "COOPERATE", "o", "handed over to the tribunal days later"),
        ("UNO", "BIH/SRB", "COERCE", "o", "was sentenced to 40 years in prison last year"),
    ]))

ARTS.append(dict(
    id="AK10", fmt="dump", dump="dump-1.txt", nbsp=True,
    published=("2018-02-12", "2018-02-13", "'the Cypriot government said Monday' (12 February 2018); ship stopped on Friday 9 February"),
    text='''Turkish warships block Italian drill ship off Cyprus, Nicosia says

NICOSIA, Cyprus (AP) — Turkish warships have blocked a drill ship chartered by Italian energy company Eni from reaching a gas prospect off Cyprus, the Cypriot government said Monday, escalating a long-running dispute over who has the right to exploit the island's offshore resources.

Government spokesman Nikos Christodoulides said the Saipem 12000 was stopped by Turkish naval vessels on Friday some 15 nautical miles from its destination southeast of the island, and was told not to continue because of Turkish military exercises in the area.

President Nicos Anastasiades said Cyprus would not be intimidated and accused Ankara of violating international law. "We are taking the necessary steps, without creating problems that could lead to escalation," he told reporters.

Turkey's Foreign Ministry said in a statement that the Greek Cypriot side was acting unilaterally and ignoring the rights of Turkish Cypriots, whom it described as co-owners of the island's natural resources. It warned foreign energy companies not to rely on assurances from the Greek Cypriot government.

Turkish Cypriot leader Mustafa Akinci said drilling should wait until the island's two communities reach a settlement, and called on Nicosia to agree to share future revenues.

The European Union urged Turkey to refrain from any threats or actions against a member state. European Council President Donald Tusk said after a phone call with Anastasiades that the bloc stood in solidarity with Cyprus.

Eni chief executive Claudio Descalzi said the company would not get drawn into a conflict and that the vessel could be moved to another location if the standoff persisted. Italy's Foreign Ministry said it was in contact with Ankara about the situation.

Cyprus was split in 1974 when Turkey invaded following a coup by supporters of union with Greece. Turkey does not recognize the Cypriot government, and the latest round of reunification talks collapsed in Switzerland last July.''',
    people=[("Nikos Christodoulides", "CYP", "Government spokesman"),
            ("Nicos Anastasiades", "CYP", "President"),
            ("Mustafa Akinci", "CYP", "Turkish Cypriot leader"),
            ("Donald Tusk", "EUR", "European Council President"),
            ("Claudio Descalzi", "ITA", "Eni chief executive")],
    events=[
        ("TUR", "MNC/ITA/CYP", "COERCE", "r", "Turkish warships have blocked a drill ship chartered by Italian energy company Eni"),
        ("TUR", "MNC/ITA/CYP", "COERCE THREATEN", "o", "was told not to continue because of Turkish military exercises in the area"),
        ("CYP", "TUR", "REJECT", "r", "Cyprus would not be intimidated"),
        ("CYP", "TUR", "ACCUSE", "r", "accused Ankara of violating international law"),
        ("TUR", "CYP", "ACCUSE", "r", "the Greek Cypriot side was acting unilaterally"),
        ("TUR", "MNC/ITA", "THREATEN", "r", "It warned foreign energy companies not to rely on assurances"),
        ("CYP", "CYP", "REQUEST", "o", "called on Nicosia to agree to share future revenues"),
        ("EUR", "TUR", "REQUEST", "r", "urged Turkey to refrain from any threats or actions against a member state"),
        ("EUR", "CYP", "CONSULT", "os", "after a phone call with Anastasiades"),
        ("EUR", "CYP", "SUPPORT", "r", "the bloc stood in solidarity with Cyprus"),
        ("MNC/ITA", "TUR", "RETREAT CONCEDE", "o", "the vessel could be moved to another location"),
        ("ITA", "TUR", "CONSULT", "rs", "it was in contact with Ankara"),
        ("TUR", "CYP", "ASSAULT", "o", "Turkey invaded following a coup"),
        ("TUR", "CYP", "REJECT", "o", "Turkey does not recognize the Cypriot government"),
        ("CYP", "CYP", "CONSULT", "os", "the latest round of reunification talks collapsed"),
    ]))

ARTS.append(dict(
    id="AK11", fmt="txt",
    published=("2018-03-15", "2018-03-16", "Kiska accepted the resignation 'on Thursday' (15 March 2018); Kuciak killed 'last month'"),
    text='''Slovakian PM Robert Fico resigns amid outcry over journalist's murder

Slovakia's prime minister, Robert Fico, has resigned after weeks of street protests triggered by the murder of an investigative journalist who had been looking into alleged links between Italian organised crime and people close to the government.

President Andrej Kiska accepted the resignation on Thursday and asked Fico's deputy, Peter Pellegrini, to form a new government. Kiska had earlier called for either a sweeping reshuffle of the cabinet or early elections.

Jan Kuciak, 27, and his fiancee, Martina Kusnirova, were shot dead at their home in a village east of Bratislava last month. Kuciak's last, unfinished story, published after his death by the news site Aktuality.sk, described the business dealings of Italian entrepreneurs in eastern Slovakia with suspected ties to the 'Ndrangheta mafia.

Fico had resisted calls to step down for more than two weeks. He accused Kiska of trying to destabilise the country and suggested, without offering evidence, that the protests were being financed from abroad, a remark widely seen as a reference to the US financier George Soros.

Tens of thousands of people rallied in Bratislava and other cities last Friday in the largest demonstrations since the 1989 Velvet Revolution, chanting "Enough of Fico" and holding up candles and photographs of the murdered couple.

Fico, 53, said he was stepping down to prevent a political crisis, but made clear he would remain leader of his Smer-SD party. "I am ready to do this so that the crisis can be resolved," he told reporters. The interior minister, Robert Kalinak, who had also faced demands to quit, resigned on Monday.

A delegation from the European parliament travelled to Bratislava last week, and its members urged the Slovak authorities to carry out a thorough and independent investigation. Europol is assisting the Slovak police in the inquiry.

Slovak police detained seven Italian men linked to Kuciak's reporting shortly after the killings, but released them within 48 hours without charge.

The organisers of the protests said they would keep marching until early elections were called. "This is not enough. A change of faces is not a change of government," said Juraj Seliga, a student who helped organise the rallies.''',
    people=[("Robert Fico", "SVK", "prime minister"),
            ("Andrej Kiska", "SVK", "President"),
            ("Peter Pellegrini", "SVK", "deputy prime minister"),
            ("Jan Kuciak", "SVK", "investigative journalist"),
            ("Martina Kusnirova", "SVK", "fiancee of Jan Kuciak"),
            ("George Soros", "USA", "financier"),
            ("Robert Kalinak", "SVK", "interior minister"),
            ("Juraj Seliga", "SVK", "student protest organiser")],
    events=[
        ("SVK", "SVK", "CONCEDE RETREAT", "r", "Robert Fico, has resigned after weeks of street protests"),
        ("SVK", "SVK", "ASSAULT", "o", "were shot dead at their home"),
        ("SVK", "SVK", "REQUEST", "o", "asked Fico's deputy, Peter Pellegrini, to form a new government"),
        ("SVK", "SVK", "REQUEST", "r", "Kiska had earlier called for either a sweeping reshuffle of the cabinet or early elections"),
        ("SVK", "SVK", "REJECT", "o", "Fico had resisted calls to step down"),
        ("SVK", "SVK", "ACCUSE", "r", "He accused Kiska of trying to destabilise the country"),
        ("SVK", "USA", "ACCUSE", "o", "the protests were being financed from abroad"),
        ("SVK", "SVK", "PROTEST", "r", "Tens of thousands of people rallied in Bratislava and other cities"),
        ("SVK", "SVK", "CONCEDE RETREAT", "o", "resigned on Monday"),
        ("EUR", "SVK", "CONSULT", "r", "A delegation from the European parliament travelled to Bratislava"),
        ("EUR", "SVK", "REQUEST", "r", "urged the Slovak authorities to carry out a thorough and independent investigation"),
        ("EUR/IGO", "SVK", "AID COOPERATE", "r", "Europol is assisting the Slovak police"),
        ("SVK", "ITA", "COERCE", "r", "Slovak police detained seven Italian men"),
        ("SVK", "SVK", "PROTEST REQUEST", "r", "they would keep marching until early elections were called"),
    ]))

ARTS.append(dict(
    id="AK12", fmt="json",
    meta=dict(date_publish="2018-05-30 14:55:00", authors=["Anton Troianovski"],
              url="https://www.washingtonpost.com/world/europe/russian-journalist-reported-killed-in-kiev-appears-alive/2018/05/30/",
              source_domain="washingtonpost.com",
              description="Arkady Babchenko, reported shot dead in Kiev, appears at a news conference; Ukraine says the killing was staged to foil a Russian plot."),
    published=("2018-05-30", "2018-05-30", "announced 'on Tuesday' (29 May 2018), appeared alive 'Wednesday' (30 May)"),
    text='''Russian journalist reported murdered in Kiev turns up alive in staged sting

KIEV, Ukraine — Arkady Babchenko, a Russian journalist and Kremlin critic whose killing in Kiev was announced by Ukrainian police on Tuesday, walked into a news conference alive on Wednesday, as Ukraine's security service said his death had been faked to foil a Russian plot to assassinate him.

The head of the SBU security service, Vasyl Hrytsak, told reporters that the operation had uncovered a plan ordered by Russian intelligence and that a suspect, a Ukrainian citizen, had been detained after being offered $40,000 to arrange the killing. He said the list of intended targets in Ukraine ran to some 30 names.

Babchenko, 41, apologized to his wife and to colleagues who had mourned him. "I am sorry you had to go through this," he said. "There was no other way."

Ukraine's prime minister, Volodymyr Groysman, had blamed the "Russian totalitarian machine" for the reported murder on Tuesday. On Wednesday, President Petro Poroshenko received Babchenko at his office and said he would be given state protection.

Moscow derided the operation. Foreign Ministry spokeswoman Maria Zakharova called it a propaganda stunt and said Ukraine had staged the episode to smear Russia. Kremlin spokesman Dmitry Peskov said Russia had nothing to do with any plot and called Kiev's accusations "absurd."

The hoax also drew criticism from press freedom advocates. Reporters Without Borders said it was deeply regrettable that Ukrainian authorities had "played with the truth," and Harlem Desir, the media freedom representative of the Organization for Security and Cooperation in Europe, criticized the deception, saying it risked undermining trust in the press.

Babchenko left Russia in 2017 after receiving threats over his criticism of Russian military operations in Syria and Ukraine. He had worked since then for a Ukrainian television channel.

The episode came less than three months after the poisoning of former spy Sergei Skripal in England, which London blamed on Moscow. Several other Russian critics of the Kremlin have been killed in Kiev in recent years, including former lawmaker Denis Voronenkov, who was shot outside a hotel in 2017.''',
    people=[("Arkady Babchenko", "RUS", "journalist, Kremlin critic"),
            ("Vasyl Hrytsak", "UKR", "head of the SBU security service"),
            ("Volodymyr Groysman", "UKR", "prime minister"),
            ("Petro Poroshenko", "UKR", "President"),
            ("Maria Zakharova", "RUS", "Foreign Ministry spokeswoman"),
            ("Dmitry Peskov", "RUS", "Kremlin spokesman"),
            ("Harlem Desir", "IGO", "OSCE media freedom representative"),
            ("Sergei Skripal", "RUS", "former spy"),
            ("Denis Voronenkov", "RUS", "former lawmaker")],
    events=[
        ("UKR", "RUS", "ACCUSE", "r", "his death had been faked to foil a Russian plot to assassinate him"),
        ("UKR", "RUS", "ACCUSE", "o", "a plan ordered by Russian intelligence"),
        ("UKR", "UKR", "COERCE", "r", "a suspect, a Ukrainian citizen, had been detained"),
        ("RUS", "RUS/UKR", "ASSAULT", "o", "offered $40,000 to arrange the killing"),
        ("UKR", "RUS", "ACCUSE", "r", "blamed the \"Russian totalitarian machine\" for the reported murder"),
        ("UKR", "RUS", "CONSULT", "r", "received Babchenko at his office"),
        ("UKR", "RUS", "AID SUPPORT", "o", "he would be given state protection"),
        ("RUS", "UKR", "ACCUSE", "r", "Ukraine had staged the episode to smear Russia"),
        ("RUS", "UKR", "REJECT ACCUSE", "r", "called Kiev's accusations \"absurd.\""),
        ("NGO", "UKR", "ACCUSE", "r", "Reporters Without Borders said it was deeply regrettable that Ukrainian authorities had \"played with the truth,\""),
        ("IGO", "UKR", "ACCUSE", "r", "criticized the deception"),
        ("RUS", "RUS", "THREATEN", "o", "after receiving threats over his criticism of Russian military operations"),
        ("GBR", "RUS", "ACCUSE", "o", "which London blamed on Moscow"),
    ]))

ARTS.append(dict(
    id="AK13", fmt="dump", dump="dump-3.txt", nbsp=False,
    published=("2018-10-15", "2018-10-16", "'said Monday' after the synod in Minsk (Monday 15 October 2018)"),
    text='''Russian Orthodox Church Cuts Ties With Constantinople Over Ukraine

The Russian Orthodox Church said Monday it is breaking off relations with the Ecumenical Patriarchate of Constantinople, deepening the worst split in the Orthodox Christian world in centuries after Constantinople moved to recognize an independent church in Ukraine.

The Holy Synod of the Russian church, meeting in the Belarusian capital, Minsk, decided that its priests and faithful would no longer take part in services with clergy of the Istanbul-based patriarchate. Metropolitan Hilarion, who heads the Moscow Patriarchate's department for external church relations, told reporters after the meeting that the decision had been forced on Moscow by what he called Constantinople's "lawless" actions.

Last week the synod of Ecumenical Patriarch Bartholomew I agreed to grant autocephaly, or independence, to the Orthodox Church in Ukraine. It also lifted the excommunication of two Ukrainian churchmen who had broken away from Moscow, among them Filaret, who leads the rival Kiev Patriarchate.

Ukrainian President Petro Poroshenko hailed that decision as "a victory of good over evil." Poroshenko has personally lobbied Bartholomew to grant independence, arguing that the Moscow-linked church in Ukraine is used by the Kremlin to spread propaganda and to back the separatists fighting in the country's east. The Moscow Patriarchate denies that.

The Kremlin said Russia would protect the interests of Orthodox believers in Ukraine through "political and diplomatic" means if necessary. "Russia, like everywhere else, defends the interests of Russians and Russian speakers," Kremlin spokesman Dmitry Peskov told reporters, adding that there was no question of any military response.

In a brief statement, the Ecumenical Patriarchate expressed regret over the Russian move and urged Moscow to return to dialogue.

The church in Kiev has been under Moscow's authority since the late 17th century. Experts say the split could leave millions of Ukrainian believers having to choose between rival churches and could spark disputes over the ownership of monasteries and parishes.

"This is a schism on a scale we have not seen in a very long time," said a scholar of Orthodox Christianity at Fordham University in New York.''',
    people=[("Hilarion", "RUS", "Metropolitan, head of the Moscow Patriarchate's department for external church relations"),
            ("Bartholomew I", "TUR", "Ecumenical Patriarch"),
            ("Filaret", "UKR", "head of the Kiev Patriarchate"),
            ("Petro Poroshenko", "UKR", "President"),
            ("Dmitry Peskov", "RUS", "Kremlin spokesman")],
    events=[
        ("RUS", "TUR/NGO", "SANCTION REJECT", "r", "it is breaking off relations with the Ecumenical Patriarchate of Constantinople"),
        ("RUS", "TUR/NGO", "SANCTION REJECT", "o", "would no longer take part in services with clergy of the Istanbul-based patriarchate"),
        ("RUS", "TUR/NGO", "ACCUSE", "r", "Constantinople's \"lawless\" actions"),
        ("TUR/NGO", "UKR", "SUPPORT AGREE CONCEDE", "r", "agreed to grant autocephaly, or independence, to the Orthodox Church in Ukraine"),
        ("TUR/NGO", "UKR", "CONCEDE SUPPORT", "o", "lifted the excommunication of two Ukrainian churchmen"),
        ("UKR", "TUR/NGO", "SUPPORT", "r", "Poroshenko hailed that decision"),
        ("UKR", "TUR/NGO", "REQUEST", "r", "Poroshenko has personally lobbied Bartholomew to grant independence"),
        ("UKR", "RUS", "ACCUSE", "r", "the Moscow-linked church in Ukraine is used by the Kremlin to spread propaganda"),
        ("RUS", "UKR", "REJECT", "o", "The Moscow Patriarchate denies that."),
        ("RUS", "UKR", "THREATEN", "r", "Russia would protect the interests of Orthodox believers in Ukraine through \"political and diplomatic\" means"),
        ("TUR/NGO", "RUS", "ACCUSE PROTEST", "o", "expressed regret over the Russian move"),
        ("TUR/NGO", "RUS", "REQUEST", "r", "urged Moscow to return to dialogue"),
    ]))

ARTS.append(dict(
    id="AK14", fmt="json",
    meta=dict(date_publish=None, authors=["Al Jazeera and news agencies"],
              url="https://www.aljazeera.com/news/2021/8/2/belarus-sprinter-tsimanouskaya-polish-visa",
              source_domain="aljazeera.com",
              description="Krystsina Tsimanouskaya, who says her team tried to force her home from the Tokyo Olympics, is granted a humanitarian visa by Poland."),
    published=("2021-08-02", "2021-08-03", "refuge at the Polish embassy 'on Monday' (2 August 2021), a day after refusing the flight"),
    text='''Belarusian sprinter who refused to fly home gets Polish visa

A Belarusian Olympic sprinter who says her team tried to force her onto a plane home from the Tokyo Games after she criticised her coaches has been granted a humanitarian visa by Poland, Polish officials say.

Krystsina Tsimanouskaya, 24, took refuge at the Polish embassy in Tokyo on Monday, a day after she refused to board a flight at Haneda airport and asked Japanese police for protection.

"Poland will do whatever is necessary to help her continue her sporting career," deputy foreign minister Marcin Przydacz wrote on Twitter. The Czech Republic also offered her a visa.

The athlete said team officials had ordered her to pack her bags after she complained on Instagram that she had been entered in the 4x400m relay without being asked. She said she feared she would be punished, or even jailed, if she returned to Belarus, where President Alexander Lukashenko has waged a sweeping crackdown on dissent since a disputed election last August.

The Belarusian Olympic Committee, which was headed until this year by the president's son, Viktor Lukashenko, said in a statement that coaches had withdrawn her from the Games on the advice of doctors "due to her emotional and psychological state". Tsimanouskaya denied that she had been examined by any doctor.

The International Olympic Committee said it had spoken to Tsimanouskaya, who told them she felt safe, and that it had opened an investigation and was demanding a full written report from the Belarusian committee.

The European Union's foreign policy chief, Josep Borrell, condemned what he called an attempt by the Belarusian authorities to "forcibly repatriate" the athlete, saying it violated her rights.

Her husband, Arseni Zdanevich, told reporters he had left Belarus for Ukraine and hoped to join her in Poland.

Lukashenko, who has ruled Belarus since 1994, has faced Western sanctions since the August 2020 election, which the opposition and Western governments say was rigged. More than 35,000 people have been detained in the crackdown that followed, and most prominent opposition figures have been jailed or forced into exile.

The IOC had already barred Lukashenko and his son from attending the Tokyo Olympics over complaints that Belarusian athletes who took part in protests had faced reprisals.''',
    people=[("Krystsina Tsimanouskaya", "BLR", "Olympic sprinter"),
            ("Marcin Przydacz", "POL", "deputy foreign minister"),
            ("Alexander Lukashenko", "BLR", "President"),
            ("Viktor Lukashenko", "BLR", "former head of the Belarusian Olympic Committee"),
            ("Josep Borrell", "EUR", "EU foreign policy chief"),
            ("Arseni Zdanevich", "BLR", "husband of Krystsina Tsimanouskaya")],
    events=[
        ("BLR", "BLR", "COERCE", "r", "her team tried to force her onto a plane home"),
        ("POL", "BLR", "AID SUPPORT", "r", "has been granted a humanitarian visa by Poland"),
        ("BLR", "POL", "REQUEST", "o", "took refuge at the Polish embassy in Tokyo"),
        ("BLR", "BLR", "REJECT", "r", "she refused to board a flight at Haneda airport"),
        ("BLR", "JPN", "REQUEST", "r", "asked Japanese police for protection"),
        ("POL", "BLR", "SUPPORT AID", "o", "Poland will do whatever is necessary to help her continue her sporting career"),
        ("CZE", "BLR", "AID AGREE SUPPORT", "r", "The Czech Republic also offered her a visa"),
        ("BLR", "BLR", "ACCUSE", "o", "she complained on Instagram"),
        ("BLR", "BLR", "COERCE", "o", "has waged a sweeping crackdown on dissent"),
        ("BLR", "BLR", "REJECT", "o", "Tsimanouskaya denied that she had been examined by any doctor"),
        ("NGO/IGO", "BLR", "CONSULT", "o", "it had spoken to Tsimanouskaya"),
        ("NGO/IGO", "BLR", "REQUEST", "r", "was demanding a full written report from the Belarusian committee"),
        ("EUR", "BLR", "ACCUSE", "r", "condemned what he called an attempt by the Belarusian authorities to \"forcibly repatriate\" the athlete"),
        ("WST", "BLR", "SANCTION", "o", "has faced Western sanctions since the August 2020 election"),
        ("WST", "BLR", "ACCUSE", "o", "Western governments say was rigged"),
        ("BLR", "BLR", "COERCE", "o", "More than 35,000 people have been detained"),
        ("NGO/IGO", "BLR", "SANCTION REJECT", "o", "The IOC had already barred Lukashenko and his son"),
    ]))
