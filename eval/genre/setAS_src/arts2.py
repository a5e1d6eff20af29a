# 2016-2018 wire / broadsheet
from arts1 import E
ARTS = []
ARTS.append(dict(id="AS7", fmt="txt", pub=("2018-06-13", "2018-06-13", "Aquarius stand-off June 2018; Italy summons French ambassador 'on Wednesday' (13 June)"),
headline="Italy summons French envoy as Spain takes in migrant ship turned away from Italian ports",
body="""Italy summoned France's ambassador on Wednesday in an escalating row over a rescue ship carrying 629 migrants, two days after Spain stepped in to offer the vessel a safe port that Italy and Malta had refused to provide.

The Aquarius, run by the charities SOS Méditerranée and Médecins Sans Frontières, had been stuck between Malta and Sicily since Sunday, when Italy's new interior minister, Matteo Salvini, announced that Italian ports were closed to it. Malta also said it would not let the ship dock.

On Monday, Spain's prime minister, Pedro Sánchez, said in a statement that he had instructed authorities to receive the Aquarius in Valencia, citing "our obligation to help avoid a humanitarian catastrophe". It was one of the first decisions of his government, which took office barely a week ago.

Salvini, whose anti-immigration League joined a coalition government this month, hailed the outcome as a victory. "Saving lives is a duty, turning Italy into an enormous refugee camp is not," he wrote on Facebook. He accused Malta of never accepting anyone and warned that other charity ships would face the same treatment.

Malta's prime minister, Joseph Muscat, rejected Italian demands that the island take the ship, saying the rescue had been coordinated from Rome and that Malta was acting in full compliance with international law.

The European Commission urged both governments to find a quick solution and said the priority was the wellbeing of the people on board, who included pregnant women and more than 100 unaccompanied minors.

The dispute took a sharper turn on Tuesday when President Emmanuel Macron criticised what he called the "cynicism and irresponsibility" of the Italian government. Rome reacted angrily. The foreign ministry summoned the French ambassador, Christian Masset, and Salvini demanded an official apology from Paris.

"Italy does not need lessons from anyone," said the prime minister, Giuseppe Conte, who hinted he might not attend a planned meeting with Macron in Paris on Friday unless the remarks were withdrawn.

Italian coastguard and navy vessels have agreed to carry some of the migrants from the Aquarius to Spain, charity officials said, because the overcrowded ship was not fit to make the four-day voyage on its own.

Italy has received more than 600,000 migrants arriving by sea since 2014 and has long complained that other European Union countries have not shared the burden.""",
people=[("Matteo Salvini","ITA","interior minister"),("Pedro Sánchez","ESP","prime minister"),("Joseph Muscat","MLT","prime minister"),("Emmanuel Macron","FRA","President"),("Christian Masset","FRA","ambassador"),("Giuseppe Conte","ITA","prime minister")],
events=[
E("ITA","FRA","PROTEST ACCUSE","Italy summoned France's ambassador on Wednesday"),
E("ESP","NGO","AID AGREE","Spain stepped in to offer the vessel a safe port",False),
E("ITA","NGO","REJECT SANCTION","announced that Italian ports were closed to it"),
E("MLT","NGO","REJECT","Malta also said it would not let the ship dock"),
E("ESP","NGO","AID AGREE","he had instructed authorities to receive the Aquarius in Valencia"),
E("ITA","MLT","ACCUSE","He accused Malta of never accepting anyone"),
E("ITA","NGO","THREATEN","warned that other charity ships would face the same treatment"),
E("MLT","ITA","REJECT","rejected Italian demands that the island take the ship"),
E("ITA","MLT","REQUEST","Italian demands that the island take the ship",False),
E("EUR","ITA","REQUEST","urged both governments to find a quick solution"),
E("EUR","MLT","REQUEST","urged both governments to find a quick solution"),
E("FRA","ITA","ACCUSE","criticised what he called the \"cynicism and irresponsibility\""),
E("ITA","FRA","PROTEST ACCUSE","The foreign ministry summoned the French ambassador, Christian Masset"),
E("ITA","FRA","REQUEST","Salvini demanded an official apology from Paris"),
E("ITA","FRA","REJECT ACCUSE","Italy does not need lessons from anyone",False),
E("ITA","FRA","THREATEN","might not attend a planned meeting with Macron",False),
E("ITA","ESP","AID COOPERATE AGREE","have agreed to carry some of the migrants from the Aquarius to Spain",False),
E("ITA","EUR","ACCUSE","has long complained that other European Union countries have not shared the burden",False),
]))
ARTS.append(dict(id="AS8", fmt="txt", pub=("2018-06-09", "2018-06-10", "announcement Friday 8 June 2018; article reports Erdogan remarks 'on Saturday' (9 June)"),
headline="Austria to close seven mosques and expel Turkish-funded imams",
body="""Austria's government said on Friday it would shut down seven mosques and could expel as many as 40 imams paid by Turkey, in a crackdown on what Chancellor Sebastian Kurz called "political Islam" that drew a furious response from Ankara.

Kurz, whose conservatives govern with the far-right Freedom Party, told a news conference in Vienna that "parallel societies, political Islam and radicalisation have no place in our country".

The measures target a Turkish nationalist mosque in Vienna that officials say is linked to the Grey Wolves movement, as well as six mosques run by a group called the Arab Religious Community, which the government said it would dissolve.

Interior Minister Herbert Kickl said the residence permits of about 40 imams belonging to ATIB, an organisation that is financed by Turkey's religious affairs authority, were under review. Eleven cases were already being examined and two imams had already had their permits revoked, he said. Officials suspect ATIB of breaching a 2015 law that bans foreign funding of religious groups.

The decision followed reports in April that children at an ATIB mosque in Vienna had been made to re-enact the First World War battle of Gallipoli, dressed in military uniforms.

Turkey reacted within hours. Ibrahim Kalin, the spokesman for President Recep Tayyip Erdogan, wrote on Twitter that the move was "a reflection of the Islamophobic, racist and discriminatory wave in this country".

Erdogan himself went further on Saturday, saying the steps were leading the world towards "a war between the cross and the crescent". "We will have to do something," he told supporters in Istanbul, without elaborating.

An ATIB spokesman said the organisation was being targeted for political reasons and denied that it took orders from Ankara. Austria's official Islamic Religious Community said it had been given no warning about the closures and criticised the government for acting without consultation.

Vice-Chancellor Heinz-Christian Strache, leader of the Freedom Party, said on Facebook that the crackdown was "only the beginning".

Relations between Vienna and Ankara have been tense for years. Austria barred Turkish politicians from campaigning on its soil before last year's referendum on expanding Erdogan's powers, and Kurz has called for Turkey's EU membership talks to be formally ended.""",
people=[("Sebastian Kurz","AUT","Chancellor"),("Herbert Kickl","AUT","Interior Minister"),("Ibrahim Kalin","TUR","spokesman for President Recep Tayyip Erdogan"),("Recep Tayyip Erdogan","TUR","President"),("Heinz-Christian Strache","AUT","Vice-Chancellor")],
events=[
E("AUT","AUT","COERCE SANCTION","it would shut down seven mosques"),
E("AUT","TUR","COERCE SANCTION","could expel as many as 40 imams paid by Turkey"),
E("AUT",["AUT","TUR"],"ACCUSE","parallel societies, political Islam and radicalisation have no place in our country",False),
E("AUT","AUT","COERCE SANCTION","which the government said it would dissolve"),
E("AUT",["AUT","TUR"],"COERCE SANCTION","two imams had already had their permits revoked"),
E("AUT",["AUT","TUR"],"ACCUSE","Officials suspect ATIB of breaching a 2015 law",False),
E("TUR","AUT","ACCUSE","Islamophobic, racist and discriminatory wave in this country"),
E("TUR","AUT","ACCUSE THREATEN","a war between the cross and the crescent"),
E("TUR","AUT","THREATEN","We will have to do something"),
E(["AUT","TUR"],"AUT","ACCUSE","the organisation was being targeted for political reasons"),
E(["AUT","TUR"],"AUT","REJECT","denied that it took orders from Ankara",False),
E("AUT","AUT","ACCUSE","criticised the government for acting without consultation"),
E("AUT","TUR","REJECT","Austria barred Turkish politicians from campaigning on its soil",False),
E("AUT",["TUR","EUR"],"REQUEST","Kurz has called for Turkey's EU membership talks to be formally ended",False),
]))
ARTS.append(dict(id="AS9", fmt="json", pub=("2017-06-29", "2017-06-29", "arbitration award 29 June 2017, 'on Thursday'"),
meta=dict(url="https://apnews.com/article/croatia-slovenia-border-ruling-piran-bay", source_domain="apnews.com", authors=["Associated Press"], date="2017-06-29 17:22:00", description="An international tribunal awards Slovenia a corridor to open sea; Croatia says it will not implement the ruling."),
headline="Croatia rejects border ruling that gives Slovenia access to open sea",
body="""THE HAGUE, Netherlands (AP) — An international arbitration court on Thursday awarded Slovenia most of a disputed bay on the northern Adriatic and a corridor linking its waters to the open sea, but Croatia immediately said it would not implement the ruling.

The Permanent Court of Arbitration in The Hague drew the maritime border in Piran Bay and settled several stretches of the land frontier that have divided the two former Yugoslav republics since they declared independence in 1991.

Croatia's prime minister, Andrej Plenkovic, told reporters in Zagreb that his country does not consider itself bound by the decision. "The process was compromised, and Croatia will not implement this award," he said. "We remain open to dialogue with Slovenia on the border."

Croatia pulled out of the arbitration in 2015 after Croatian media published recordings of a Slovenian judge on the panel discussing the case with an official of the Slovenian government. The judge resigned, but Zagreb argued the whole process had been tainted.

Slovenian Prime Minister Miro Cerar hailed the award as historic and called on Zagreb to respect it. He said he had spoken with Plenkovic by phone on Thursday morning but ruled out reopening negotiations. "There is nothing left to negotiate. The border is now defined," Cerar said.

Slovenian officials have suggested that Ljubljana could block Croatia's bid to join the Organization for Economic Cooperation and Development if the ruling is ignored. Slovenia joined the European Union in 2004 and Croatia in 2013.

The European Commission said in a statement that it expected both countries to carry out the award and offered to help them do so.

Slovenian Foreign Minister Karl Erjavec said Croatia was "acting like a country that does not respect the rule of law". His Croatian counterpart, Davor Ivo Stier, rejected that charge, saying Zagreb had acted within international law when it quit the proceedings.

Fishermen in the Croatian town of Savudrija said they would keep fishing in the bay as they always had.""",
people=[("Andrej Plenkovic","HRV","prime minister"),("Miro Cerar","SVN","Prime Minister"),("Karl Erjavec","SVN","Foreign Minister"),("Davor Ivo Stier","HRV","Foreign Minister")],
events=[
E("IGO","SVN","SUPPORT","awarded Slovenia most of a disputed bay",False),
E("HRV",["IGO","SVN"],"REJECT","Croatia immediately said it would not implement the ruling"),
E("HRV",["IGO","SVN"],"REJECT","does not consider itself bound by the decision",False),
E("HRV",["IGO","SVN"],"ACCUSE","The process was compromised"),
E("HRV","SVN","AGREE CONSULT","We remain open to dialogue with Slovenia on the border"),
E("HRV","IGO","RETREAT REJECT","Croatia pulled out of the arbitration in 2015",False),
E("HRV","SVN","ACCUSE","Zagreb argued the whole process had been tainted",False),
E("SVN","HRV","REQUEST","called on Zagreb to respect it"),
E("SVN","HRV","CONSULT","he had spoken with Plenkovic by phone on Thursday morning",sym=True),
E("SVN","HRV","REJECT","ruled out reopening negotiations"),
E("SVN","HRV","THREATEN","Ljubljana could block Croatia's bid to join"),
E("EUR",["HRV","SVN"],"REQUEST","it expected both countries to carry out the award"),
E("EUR",["HRV","SVN"],"AID AGREE","offered to help them do so",False),
E("SVN","HRV","ACCUSE","acting like a country that does not respect the rule of law"),
E("HRV","SVN","REJECT","rejected that charge"),
]))
ARTS.append(dict(id="AS10", fmt="json", pub=("2017-07-20", "2017-07-20", "Gabriel announcement 20 July 2017 ('on Thursday')"),
meta=dict(url="https://www.washingtonpost.com/world/europe/germany-toughens-turkey-policy-after-activist-arrest/2017/07/20/", source_domain="washingtonpost.com", authors=["Griff Witte"], date="2017-07-20 14:10:00", description="Berlin warns citizens and companies over Turkey after a German human rights trainer is jailed."),
headline="Germany toughens stance on Turkey after arrest of German rights activist",
body="""BERLIN — Germany said Thursday it would review state guarantees for companies investing in Turkey and warned its citizens about traveling there, in a sharp escalation of a dispute triggered by the jailing of a German human rights trainer.

Foreign Minister Sigmar Gabriel cut short his vacation to announce what he called a "reorientation" of Germany's policy toward Ankara. "We cannot carry on as before," he told reporters in Berlin. "Anyone can now be arrested in Turkey, even German citizens who have done nothing wrong."

A court in Istanbul on Tuesday ordered Peter Steudtner, a Berlin-based trainer, held in custody pending trial along with five other activists, among them Idil Eser, the director of Amnesty International in Turkey. They were accused of aiding a terrorist organization after police raided a workshop on digital security on an island off Istanbul.

The German Foreign Ministry summoned Turkey's ambassador on Wednesday and demanded Steudtner's immediate release. Government spokesman Steffen Seibert said Chancellor Angela Merkel considered the accusations "absurd" and fully backed Gabriel's steps.

Gabriel said Berlin could no longer advise German firms to invest in a country that offered them no legal security, and that the government would review the export credit guarantees it provides. He said Germany would also raise with its E.U. partners the billions of euros in pre-accession aid that the bloc pays to Turkey.

Turkey rejected the criticism. In a statement, the Turkish Foreign Ministry said Germany had no right to interfere with the work of independent Turkish courts and accused Berlin of sheltering members of groups that Ankara regards as terrorists.

Amnesty International said the charges against its staff were baseless and called on Turkish authorities to free them without delay.

Steudtner is one of nine German citizens held in Turkey on political charges, including Deniz Yücel, a correspondent for Die Welt who has been in jail since February.

Relations between the two NATO allies have deteriorated since last year's failed coup in Turkey, which President Recep Tayyip Erdogan blames on followers of a U.S.-based cleric. German lawmakers were barred from visiting their troops at Turkey's Incirlik air base this year, prompting Berlin to move the soldiers to Jordan.""",
people=[("Sigmar Gabriel","DEU","Foreign Minister"),("Peter Steudtner","DEU","human rights trainer"),("Idil Eser","TUR","director of Amnesty International in Turkey"),("Steffen Seibert","DEU","Government spokesman"),("Angela Merkel","DEU","Chancellor"),("Deniz Yücel","DEU","correspondent for Die Welt"),("Recep Tayyip Erdogan","TUR","President")],
events=[
E("DEU","TUR","SANCTION THREATEN","it would review state guarantees for companies investing in Turkey"),
E("DEU","TUR","ACCUSE SANCTION","warned its citizens about traveling there",False),
E("DEU","TUR","ACCUSE","Anyone can now be arrested in Turkey"),
E("TUR",["DEU","NGO"],"COERCE","ordered Peter Steudtner, a Berlin-based trainer, held in custody pending trial"),
E("TUR",["DEU","NGO","TUR"],"ACCUSE","They were accused of aiding a terrorist organization"),
E("TUR",["NGO","DEU"],"COERCE","police raided a workshop on digital security",False),
E("DEU","TUR","PROTEST ACCUSE","summoned Turkey's ambassador on Wednesday"),
E("DEU","TUR","REQUEST","demanded Steudtner's immediate release"),
E("DEU","TUR","ACCUSE REJECT","considered the accusations \"absurd\""),
E("DEU","TUR","SANCTION THREATEN","could no longer advise German firms to invest",False),
E("DEU","EUR","CONSULT REQUEST","would also raise with its E.U. partners",False),
E("TUR","DEU","REJECT","Turkey rejected the criticism"),
E("TUR","DEU","ACCUSE","accused Berlin of sheltering members of groups"),
E("NGO","TUR","ACCUSE","the charges against its staff were baseless"),
E("NGO","TUR","REQUEST","called on Turkish authorities to free them"),
E("TUR","DEU","COERCE","nine German citizens held in Turkey on political charges",False),
E("TUR","DEU","REJECT","German lawmakers were barred from visiting their troops",False),
E("DEU","TUR","RETREAT","prompting Berlin to move the soldiers to Jordan",False),
]))
ARTS.append(dict(id="AS11", fmt="json", pub=("2018-10-04", "2018-10-05", "Dutch announcement of OPCW hacking attempt, Thursday 4 Oct 2018"),
meta=dict(url="https://www.theguardian.com/world/2018/oct/04/dutch-expel-russian-agents-opcw-hack", source_domain="theguardian.com", authors=["Guardian staff and agencies"], date=None, description="Dutch military intelligence says it caught four GRU officers with hacking kit outside the OPCW."),
headline="Netherlands expels four Russian agents over plot to hack chemical weapons watchdog",
body="""The Netherlands has expelled four Russian intelligence officers who it says tried to break into the computer network of the Organisation for the Prohibition of Chemical Weapons in The Hague, in an operation foiled by Dutch military intelligence with British help.

The Dutch defence minister, Ank Bijleveld, took the unusual step on Thursday of naming the men and showing photographs of the equipment found in the boot of their hire car, which had been parked outside the watchdog's headquarters with an antenna pointed at its building.

"The Netherlands is deeply concerned about the involvement of these intelligence officers," Bijleveld told a news conference, accusing Russia's military intelligence agency, the GRU, of running the operation. The men, who had arrived on diplomatic passports, were escorted to a flight to Moscow in April.

The Dutch foreign ministry said it had summoned the Russian ambassador to explain the attempt. At the time the OPCW was investigating the nerve agent attack on the former spy Sergei Skripal in Salisbury and a suspected chemical attack in Syria.

In a joint statement, the British prime minister, Theresa May, and her Dutch counterpart, Mark Rutte, said the GRU had shown "disregard for the global values and rules that keep us all safe". British officials said the UK's National Cyber Security Centre had worked closely with the Dutch on the case.

Hours later the US justice department charged seven GRU officers, including the four expelled by the Netherlands, with hacking and wire fraud connected to anti-doping agencies and other organisations.

Moscow dismissed the allegations. The Russian foreign ministry spokeswoman, Maria Zakharova, said the west was gripped by "spy mania" and that the accusations were part of a planned propaganda campaign against Russia.

A NATO spokeswoman said allies stood in solidarity with the Netherlands and Britain and would strengthen their cyber defences.""",
people=[("Ank Bijleveld","NLD","defence minister"),("Sergei Skripal","RUS","former spy"),("Theresa May","GBR","prime minister"),("Mark Rutte","NLD","prime minister"),("Maria Zakharova","RUS","foreign ministry spokeswoman")],
events=[
E("NLD","RUS","COERCE SANCTION","The Netherlands has expelled four Russian intelligence officers"),
E("RUS","IGO","ASSAULT COERCE","tried to break into the computer network of the Organisation for the Prohibition of Chemical Weapons",False),
E("GBR","NLD","COOPERATE AID","foiled by Dutch military intelligence with British help"),
E("NLD","RUS","ACCUSE","accusing Russia's military intelligence agency, the GRU, of running the operation"),
E("NLD","RUS","ACCUSE PROTEST","The Netherlands is deeply concerned about the involvement",False),
E("NLD","RUS","COERCE","were escorted to a flight to Moscow in April",False),
E("NLD","RUS","PROTEST ACCUSE","it had summoned the Russian ambassador to explain the attempt"),
E("IGO",["RUS","GBR","SYR"],"ACCUSE","the OPCW was investigating the nerve agent attack",False),
E("GBR","RUS","ACCUSE","the GRU had shown \"disregard for the global values and rules that keep us all safe\""),
E("NLD","RUS","ACCUSE","the GRU had shown \"disregard for the global values and rules that keep us all safe\""),
E("GBR","NLD","COOPERATE","had worked closely with the Dutch on the case"),
E("USA","RUS","ACCUSE SANCTION","the US justice department charged seven GRU officers"),
E("RUS",["NLD","GBR","USA","WST"],"REJECT","Moscow dismissed the allegations"),
E("RUS",["WST","NLD","GBR"],"ACCUSE","the west was gripped by \"spy mania\""),
E("IGO",["NLD","GBR"],"SUPPORT","allies stood in solidarity with the Netherlands and Britain"),
]))
ARTS.append(dict(id="AS12", fmt="dump", dump="dump-1.txt", nbsp=True, pub=("2017-06-13", "2017-06-14", "infringement procedures opened Tuesday 13 June 2017"),
headline="EU launches legal action against Poland, Hungary and Czech Republic over refugees",
body="""The European Commission on Tuesday opened legal proceedings against Poland, Hungary and the Czech Republic for refusing to take in asylum seekers under a 2015 plan to share out refugees who arrived in Italy and Greece.

Migration Commissioner Dimitris Avramopoulos told the European Parliament in Strasbourg that the three countries had ignored repeated warnings and had "not taken the necessary action" to relocate anyone, or in the Czech case had stopped doing so a year ago.

"I regret to say that despite our repeated calls, these three member states have not taken any action," he said. He urged them to start relocating people without delay and warned that the cases could eventually go to the European Court of Justice, which has the power to impose fines.

Under the scheme, EU governments agreed two years ago to move up to 160,000 people out of the two frontline states. Fewer than 21,000 have been relocated so far.

The response from the three capitals was swift and defiant. Polish Interior Minister Mariusz Blaszczak said Poland would not accept migrants from the Middle East and Africa, arguing that doing so would put the country's security at risk.

Hungary's foreign minister, Peter Szijjarto, called the procedure "blackmail" and said his government would not give in to pressure from Brussels. "We do not accept that the European Commission decides who may live in Hungary," he said.

In Prague, Interior Minister Milan Chovanec said the Czech Republic was prepared to fight the case in court, while Prime Minister Bohuslav Sobotka said the quota system was dysfunctional and should be scrapped.

Slovakia, which took a handful of refugees, and Austria, which has promised to start relocating soon, were spared the action for now.

The infringement letters give the governments two months to respond before the commission can move to the next stage.""",
people=[("Dimitris Avramopoulos","EUR","Migration Commissioner"),("Mariusz Blaszczak","POL","Interior Minister"),("Peter Szijjarto","HUN","foreign minister"),("Milan Chovanec","CZE","Interior Minister"),("Bohuslav Sobotka","CZE","Prime Minister")],
events=[
E("EUR","POL","SANCTION COERCE ACCUSE","opened legal proceedings against Poland, Hungary and the Czech Republic"),
E("EUR","HUN","SANCTION COERCE ACCUSE","opened legal proceedings against Poland, Hungary and the Czech Republic"),
E("EUR","CZE","SANCTION COERCE ACCUSE","opened legal proceedings against Poland, Hungary and the Czech Republic"),
E("EUR",["POL","HUN","CZE"],"ACCUSE","the three countries had ignored repeated warnings"),
E("EUR",["POL","HUN","CZE"],"REQUEST","He urged them to start relocating people without delay"),
E("EUR",["POL","HUN","CZE"],"THREATEN","warned that the cases could eventually go to the European Court of Justice"),
E("POL","EUR","REJECT","Poland would not accept migrants from the Middle East and Africa"),
E("HUN","EUR","ACCUSE","called the procedure \"blackmail\""),
E("HUN","EUR","REJECT","his government would not give in to pressure from Brussels"),
E("CZE","EUR","REJECT","the Czech Republic was prepared to fight the case in court"),
E("CZE","EUR","REJECT ACCUSE REQUEST","the quota system was dysfunctional and should be scrapped",False),
]))
ARTS.append(dict(id="AS13", fmt="dump", dump="dump-3.txt", nbsp=False, pub=("2017-04-04", "2017-04-05", "law passed Tuesday 4 April 2017"),
headline="Hungary passes law that could force out Soros-founded university",
body="""BUDAPEST, Hungary — Hungary's parliament on Tuesday approved legislation that could force the Central European University, founded by the billionaire George Soros, to close or leave the country, brushing aside objections from the United States and academics around the world.

The bill, rushed through in less than a week, requires foreign-accredited universities to operate a campus in their home country and to be covered by an agreement between Budapest and that country's national government. CEU, which is registered in New York but teaches only in Budapest, says it cannot meet the conditions.

Lawmakers from Prime Minister Viktor Orban's Fidesz party voted 123 to 38 in favor. Orban has accused the university of "cheating" by issuing degrees that give it an unfair advantage over Hungarian schools, and his government has long cast Soros as the hidden hand behind groups critical of its migration policies.

Michael Ignatieff, the university's rector and a former leader of Canada's Liberal Party, called the law "an attack on academic freedom" and said CEU would challenge it in court. "We are not leaving. We are going to fight this," he told reporters outside the parliament building.

He urged President Janos Ader not to sign the bill into law.

On Sunday, thousands of people marched through central Budapest in support of the university, chanting "Free country, free university". Another protest was planned for Tuesday evening.

The State Department said Washington was disappointed by the vote and urged the Hungarian government to suspend the legislation. "We will continue to advocate for CEU's independence," spokesman Mark Toner said.

Zoltan Kovacs, a government spokesman, rejected the criticism, saying the law applied equally to all foreign universities and was not aimed at Soros. "This is not about closing anything. It is about ending privileges," he said.

More than a dozen Nobel laureates signed a letter backing the university, and several European universities said they would offer help to CEU's faculty and students.""",
people=[("George Soros","USA","billionaire"),("Viktor Orban","HUN","Prime Minister"),("Michael Ignatieff","CAN","rector"),("Janos Ader","HUN","President"),("Mark Toner","USA","State Department spokesman"),("Zoltan Kovacs","HUN","government spokesman")],
events=[
E("HUN",["HUN","USA","NGO"],"COERCE SANCTION","approved legislation that could force the Central European University"),
E("HUN","USA","REJECT","brushing aside objections from the United States",False),
E("HUN",["HUN","USA","NGO"],"ACCUSE","Orban has accused the university of \"cheating\""),
E("HUN",["USA","NGO"],"ACCUSE","his government has long cast Soros as the hidden hand",False),
E(["HUN","USA","NGO"],"HUN","ACCUSE","called the law \"an attack on academic freedom\""),
E(["HUN","USA","NGO"],"HUN","REJECT","We are not leaving"),
E(["HUN","USA","NGO"],"HUN","REQUEST","He urged President Janos Ader not to sign the bill into law"),
E("HUN","HUN","PROTEST","thousands of people marched through central Budapest"),
E("USA","HUN","ACCUSE PROTEST","Washington was disappointed by the vote"),
E("USA","HUN","REQUEST","urged the Hungarian government to suspend the legislation"),
E("USA",["HUN","NGO"],"SUPPORT","We will continue to advocate for CEU's independence",False),
E("HUN","USA","REJECT","rejected the criticism"),
E("NGO",["HUN","NGO"],"SUPPORT","signed a letter backing the university",False),
]))
