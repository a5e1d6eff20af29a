from common import A, E, P

A("V7", "json", "US officials enter Russia's shuttered San Francisco consulate as Moscow cries foul", """
US officials on Saturday entered Russia's consulate in San Francisco, hours after the diplomatic mission was closed on orders from Washington, in the latest round of tit-for-tat measures that have pushed relations between the two countries to a post-Cold War low.

The State Department announced on Thursday that Russia had until Saturday to shut the consulate and two smaller trade annexes in Washington and New York. The move, a department official said, was taken "in the spirit of parity" after Moscow ordered the US to cut its diplomatic staff in Russia by 755 people.

"We have fully implemented the Russian government's decision to reduce the size of our mission," State Department spokeswoman Heather Nauert said in a statement. "We hope that, having moved toward the principle of parity invoked by the Russians, we can avoid further retaliatory actions."

Moscow responded angrily. Russia's Foreign Ministry said it had handed a note of protest to the US Embassy and called the planned search of the building "an unprecedented aggressive action" that violated international law.

"We regard this as a hostile act and a blatant violation of international law by the US authorities," Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook, adding that Russia reserved the right to respond.

US officials insisted that no one would be forced out of their homes and that consular staff were not being expelled. A senior administration official told reporters the inspection was needed to "confirm the closure" and to secure the facility.

Black smoke was seen rising from the consulate's chimney on Friday, a day before the deadline. Firefighters who responded were turned away, according to local media.

Secretary of State Rex Tillerson informed Russian Foreign Minister Sergei Lavrov of the decision in a phone call on Thursday. Lavrov expressed "regret" over the escalation and said Moscow would study the measures before deciding how to react, according to a Russian readout.

Kremlin spokesman Dmitry Peskov called the US decision "boorish" and said Russia would consider going to court over the seizure of its property. President Vladimir Putin would decide on a response after studying the situation, he added, saying relations with Washington could not remain "hostage to domestic US politics."

The round of expulsions began in December, when then-President Barack Obama ordered 35 Russian diplomats out of the country and seized two compounds over Moscow's alleged interference in the 2016 presidential election. Congress in July passed a new package of sanctions on Russia, which President Donald Trump reluctantly signed.
""", ("2017-09-02", "2017-09-03", "consulate closed and entered on Saturday 2 September 2017"),
[P("Heather Nauert", "USA", "State Department spokeswoman"),
 P("Maria Zakharova", "RUS", "Foreign Ministry spokeswoman"),
 P("Rex Tillerson", "USA", "Secretary of State"),
 P("Sergei Lavrov", "RUS", "Foreign Minister"),
 P("Dmitry Peskov", "RUS", "Kremlin spokesman"),
 P("Vladimir Putin", "RUS", "President"),
 P("Barack Obama", "USA", "former President"),
 P("Donald Trump", "USA", "President")],
[E("USA", "RUS", "COERCE", True, "US officials on Saturday entered Russia's consulate in San Francisco"),
 E("USA", "RUS", "COERCE SANCTION", True, "Russia had until Saturday to shut the consulate and two smaller trade annexes"),
 E("RUS", "USA", "COERCE SANCTION", True, "Moscow ordered the US to cut its diplomatic staff in Russia by 755 people"),
 E("USA", "RUS", "REQUEST", False, "we can avoid further retaliatory actions"),
 E("RUS", "USA", "PROTEST", True, "it had handed a note of protest to the US Embassy"),
 E("RUS", "USA", "ACCUSE", False, "\"an unprecedented aggressive action\" that violated international law"),
 E("RUS", "USA", "ACCUSE", True, "\"We regard this as a hostile act and a blatant violation of international law by the US authorities,\""),
 E("RUS", "USA", "THREATEN", True, "Russia reserved the right to respond"),
 E("USA", "RUS", "REJECT", False, "consular staff were not being expelled"),
 E("RUS", "USA", "REJECT", False, "Firefighters who responded were turned away"),
 E("USA", "RUS", "CONSULT", True, "informed Russian Foreign Minister Sergei Lavrov of the decision in a phone call", sym=True),
 E("RUS", "USA", "ACCUSE", True, "Peskov called the US decision \"boorish\""),
 E("RUS", "USA", "THREATEN ACCUSE", False, "Russia would consider going to court over the seizure of its property"),
 E("USA", "RUS", "COERCE", False, "ordered 35 Russian diplomats out of the country"),
 E("USA", "RUS", "ACCUSE", False, "Moscow's alleged interference in the 2016 presidential election"),
 E("USA", "RUS", "SANCTION", False, "Congress in July passed a new package of sanctions on Russia")],
meta=dict(date_publish="2017-09-02 22:15:00", authors=["CNN Staff"], url="https://edition.cnn.com/2017/09/02/politics/russia-consulate-san-francisco-search/index.html",
          source_domain="edition.cnn.com", description="US officials entered Russia's San Francisco consulate after ordering it closed; Moscow called it a hostile act."))

A("V8", "txt", "Mexico's president calls off White House visit as Trump presses on with border wall", """
MEXICO CITY - Mexican President Enrique Pena Nieto on Thursday canceled a meeting with President Donald Trump scheduled for next week, deepening the most serious rift between the neighbors in decades over Trump's insistence that Mexico pay for a wall along the border.

"This morning we informed the White House that I will not attend the working meeting planned for next Tuesday with" the US president, Pena Nieto wrote on Twitter. He added that Mexico remained willing to work with the United States on agreements that benefited both nations.

The announcement came hours after Trump wrote on Twitter that if Mexico was "unwilling to pay for the badly needed wall, then it would be better to cancel the upcoming meeting."

On Wednesday, Trump signed an executive order directing federal agencies to begin planning and building the wall, fulfilling a central campaign promise. He has repeatedly said Mexico would reimburse the United States "one way or the other."

Pena Nieto said in a video message Wednesday night that Mexico "does not believe in walls" and "will not pay for any wall." Politicians across the Mexican spectrum had urged him to scrap the trip, calling the executive order a humiliation.

Later Thursday, White House press secretary Sean Spicer told reporters aboard Air Force One that the administration was considering a 20 percent tax on imports from Mexico to fund the wall, a proposal that sent the peso lower before aides said it was only one option.

Speaking to Republican lawmakers in Philadelphia, Trump said he and Pena Nieto had "agreed to cancel" the meeting and that it would have been "fruitless" unless Mexico treated the United States fairly.

Mexican Foreign Minister Luis Videgaray, who was in Washington for talks with senior White House officials when the executive order was signed, cut his visit short and flew home.

Former Mexican president Vicente Fox, an outspoken critic of Trump, said on Twitter that Pena Nieto had done the right thing and accused the US leader of treating Mexico with contempt.

The two countries trade more than $500 billion in goods a year. Trump has also threatened to pull out of the North American Free Trade Agreement unless it is renegotiated in favor of US workers.
""", ("2017-01-26", "2017-01-27", "'on Thursday' the cancellation of 26 January 2017"),
[P("Enrique Pena Nieto", "MEX", "President"),
 P("Donald Trump", "USA", "President"),
 P("Sean Spicer", "USA", "White House press secretary"),
 P("Luis Videgaray", "MEX", "Foreign Minister"),
 P("Vicente Fox", "MEX", "former president")],
[E("MEX", "USA", "REJECT", True, "canceled a meeting with President Donald Trump scheduled for next week"),
 E("MEX", "USA", "REJECT", False, "I will not attend the working meeting planned for next Tuesday"),
 E("MEX", "USA", "COOPERATE AGREE", False, "Mexico remained willing to work with the United States"),
 E("USA", "MEX", "THREATEN REQUEST", True, "\"unwilling to pay for the badly needed wall, then it would be better to cancel the upcoming meeting.\""),
 E("USA", "MEX", "COERCE MOBILIZE", False, "signed an executive order directing federal agencies to begin planning and building the wall"),
 E("USA", "MEX", "REQUEST THREATEN", True, "Mexico would reimburse the United States \"one way or the other.\""),
 E("MEX", "USA", "REJECT", True, "\"will not pay for any wall.\""),
 E("MEX", "MEX", "REQUEST", False, "had urged him to scrap the trip"),
 E("USA", "MEX", "THREATEN SANCTION", True, "the administration was considering a 20 percent tax on imports from Mexico"),
 E("USA", "MEX", "REJECT ACCUSE", False, "it would have been \"fruitless\""),
 E("MEX", "USA", "CONSULT", True, "who was in Washington for talks with senior White House officials"),
 E("MEX", "USA", "ACCUSE", True, "accused the US leader of treating Mexico with contempt"),
 E("USA", "MEX", "THREATEN", True, "Trump has also threatened to pull out of the North American Free Trade Agreement")],
)

A("V9", "dump", "Macedonian nationalists storm parliament and attack MPs after Albanian elected speaker", """
Protesters stormed Macedonia's parliament in Skopje on Thursday night and beat opposition lawmakers, leaving dozens of people injured, in an explosion of violence after the election of an ethnic Albanian as the chamber's speaker.

Around 200 supporters of the nationalist VMRO-DPMNE party, some wearing masks, forced their way into the building after the opposition Social Democrats and Albanian parties voted to install Talat Xhaferi as speaker. Television footage showed men hitting lawmakers with fists and chairs.

Zoran Zaev, leader of the Social Democrats, was seen with blood streaming down his face as he was led out. Ziadin Sela, head of the Alliance for Albanians, was taken to hospital with serious head injuries.

Police, who initially appeared to stand by, later fired stun grenades to clear the building and evacuate lawmakers trapped inside. The interior ministry said 102 people were hurt, including 22 MPs and several police officers.

President Gjorge Ivanov appealed for calm and asked party leaders to meet him on Friday. Ivanov has refused to give Zaev a mandate to form a government, arguing that his coalition's demands on the Albanian language threatened the country's sovereignty.

Zaev accused former prime minister Nikola Gruevski, the VMRO-DPMNE leader, of orchestrating the attack. "This was an attempt at murder," he told reporters at the hospital. Gruevski's party condemned the violence but said the vote for the speaker had been illegal.

The European Union's foreign policy chief Federica Mogherini and enlargement commissioner Johannes Hahn said in a joint statement that they "strongly condemn the attacks on members of parliament". Nato's secretary general Jens Stoltenberg said he was shocked and called on all parties to respect the democratic process.

The US embassy in Skopje condemned the violence and urged Macedonians to reject it.

Moscow took a different line. Russia's foreign ministry said the unrest was the result of "brazen interference" by Brussels and Washington in Macedonia's internal affairs.

The crisis began with parliamentary elections in December that left Gruevski's party short of a majority.
""", ("2017-04-27", "2017-04-28", "storming on Thursday 27 April 2017"),
[P("Talat Xhaferi", "MKD", "speaker"),
 P("Zoran Zaev", "MKD", "leader of the Social Democrats"),
 P("Ziadin Sela", "MKD", "head of the Alliance for Albanians"),
 P("Gjorge Ivanov", "MKD", "President"),
 P("Nikola Gruevski", "MKD", "former prime minister, VMRO-DPMNE leader"),
 P("Federica Mogherini", "EUR", "EU foreign policy chief"),
 P("Johannes Hahn", "EUR", "enlargement commissioner"),
 P("Jens Stoltenberg", "IGO", "Nato secretary general")],
[E("MKD", "MKD", "PROTEST", True, "Protesters stormed Macedonia's parliament in Skopje on Thursday night"),
 E("MKD", "MKD", "ASSAULT", True, "beat opposition lawmakers"),
 E("MKD", "MKD", "ASSAULT", False, "men hitting lawmakers with fists and chairs"),
 E("MKD", "MKD", "COERCE", True, "later fired stun grenades to clear the building"),
 E("MKD", "MKD", "REQUEST", True, "President Gjorge Ivanov appealed for calm"),
 E("MKD", "MKD", "CONSULT", False, "asked party leaders to meet him on Friday"),
 E("MKD", "MKD", "REJECT", True, "Ivanov has refused to give Zaev a mandate to form a government"),
 E("MKD", "MKD", "ACCUSE", True, "Zaev accused former prime minister Nikola Gruevski"),
 E("MKD", "MKD", "ACCUSE", False, "the vote for the speaker had been illegal"),
 E("EUR", "MKD", "ACCUSE", True, "\"strongly condemn the attacks on members of parliament\""),
 E("IGO", "MKD", "REQUEST", True, "called on all parties to respect the democratic process"),
 E("USA", "MKD", "ACCUSE", True, "The US embassy in Skopje condemned the violence"),
 E("USA", "MKD", "REQUEST", False, "urged Macedonians to reject it"),
 E("RUS", "EUR", "ACCUSE", True, "the unrest was the result of \"brazen interference\" by Brussels and Washington"),
 E("RUS", "USA", "ACCUSE", True, "\"brazen interference\" by Brussels and Washington in Macedonia's internal affairs")],
nbsp=True)

A("V10", "json", "EU launches unprecedented Article 7 procedure against Poland over courts", """
BRUSSELS - The European Union on Wednesday launched a never-before-used procedure that could eventually strip Poland of its voting rights in the bloc, saying the country's overhaul of its judiciary posed a "clear risk of a serious breach" of the rule of law.

The European Commission's first vice president, Frans Timmermans, told reporters that the Polish government had passed 13 laws in two years that put the judiciary under the political control of the ruling majority. "With a heavy heart we have decided to initiate Article 7," he said. "But the facts leave us no choice."

The commission gave Warsaw three months to address its concerns, including by changing the laws on the Supreme Court and the national council of the judiciary. If Poland does so, Timmermans said, the commission could reconsider.

Within hours, Polish President Andrzej Duda signed the two disputed laws, brushing aside the warning. Duda said in a televised address that the reforms were necessary to clean up a judiciary that still carried the legacy of communism.

Poland's foreign ministry said in a statement that the decision was "essentially political" and that the government regretted it. Prime Minister Mateusz Morawiecki said on Twitter that Poland was "as committed to the rule of law as the rest of the EU" and would not back down on reforms.

Triggering Article 7 asks the other 27 member governments to declare that the rule of law is at risk in Poland. Sanctions such as losing voting rights would require unanimity, and Hungary has said it would block them.

Hungarian Prime Minister Viktor Orban, a close ally of Poland's governing Law and Justice party, said Budapest would "stand by Poland" and veto any punishment. His government called the commission's move an attack on national sovereignty.

Morawiecki is due to meet Commission President Jean-Claude Juncker in Brussels on January 9, in what both sides described as an attempt to find a way out of the standoff.

Opposition parties in Warsaw welcomed the EU move. Thousands of Poles have protested in the streets against the judicial changes over the past year.
""", ("2017-12-20", "2017-12-21", "'on Wednesday' Article 7 launched 20 December 2017"),
[P("Frans Timmermans", "EUR", "European Commission first vice president"),
 P("Andrzej Duda", "POL", "President"),
 P("Mateusz Morawiecki", "POL", "Prime Minister"),
 P("Viktor Orban", "HUN", "Prime Minister"),
 P("Jean-Claude Juncker", "EUR", "Commission President")],
[E("EUR", "POL", "SANCTION ACCUSE", True, "launched a never-before-used procedure that could eventually strip Poland of its voting rights"),
 E("EUR", "POL", "ACCUSE", True, "put the judiciary under the political control of the ruling majority"),
 E("EUR", "POL", "SANCTION", False, "\"With a heavy heart we have decided to initiate Article 7,\""),
 E("EUR", "POL", "REQUEST", True, "The commission gave Warsaw three months to address its concerns"),
 E("POL", "EUR", "REJECT", True, "brushing aside the warning"),
 E("POL", "EUR", "ACCUSE REJECT", True, "the decision was \"essentially political\""),
 E("POL", "EUR", "REJECT", True, "would not back down on reforms"),
 E("HUN", "POL", "SUPPORT", True, "Budapest would \"stand by Poland\""),
 E("HUN", "EUR", "THREATEN REJECT", True, "veto any punishment"),
 E("HUN", "EUR", "THREATEN REJECT", False, "Hungary has said it would block them"),
 E("HUN", "EUR", "ACCUSE", True, "called the commission's move an attack on national sovereignty"),
 E("POL", "EUR", "CONSULT AGREE", True, "Morawiecki is due to meet Commission President Jean-Claude Juncker in Brussels", sym=True),
 E("POL", "EUR", "SUPPORT", False, "Opposition parties in Warsaw welcomed the EU move"),
 E("POL", "POL", "PROTEST", False, "Thousands of Poles have protested in the streets against the judicial changes")],
meta=dict(date_publish="2017-12-20 13:05:00", authors=["Associated Press"], url="https://apnews.com/article/eu-poland-article-7-rule-of-law",
          source_domain="apnews.com", description="The EU triggered Article 7 against Poland over its judicial overhaul, a first in the bloc's history."))

A("V11", "txt", "Egypt bombs militant camps in Libya after gunmen kill Coptic Christians", """
CAIRO - Egyptian warplanes struck militant camps in eastern Libya on Friday, hours after masked gunmen opened fire on a bus carrying Coptic Christians to a monastery south of Cairo, killing at least 28 people, including children.

President Abdel Fattah el-Sissi announced the strikes in a televised address, saying the camps near the city of Derna had trained the attackers. "Egypt will not hesitate to strike the bases of terror anywhere, inside or outside the country," he said.

The military released video of jets taking off at dusk and said the raids, which continued into Saturday, had destroyed their targets. It did not say how many people were killed.

The Islamic State claimed responsibility for the bus attack in Minya province on Saturday through its Amaq news agency. The group has carried out a string of bombings against Egypt's Christian minority since December, including twin church blasts on Palm Sunday that killed 45 people.

An alliance of Islamist militias that controls Derna, the Mujahideen Shura Council, denied any link to the Minya attack and said the Egyptian strikes had hit civilian areas. The group has itself fought the Islamic State and expelled it from the city in 2015.

The strikes were carried out in coordination with the Libyan National Army of Khalifa Hifter, an eastern commander backed by Cairo, a spokesman for Hifter's forces said. Hifter's aircraft also bombed targets around Derna on Friday night.

President Donald Trump called Sissi to offer condolences and said in a statement that the United States "stands with" Egypt against terrorism. "This merciless slaughter of Christians in Egypt tears at our hearts," he said.

Pope Francis, who visited Cairo last month, condemned the "barbaric act of hatred."

In Minya, hundreds of angry mourners chanted against the government at the funerals, accusing security forces of failing to protect Copts despite repeated warnings.

Sissi, who has also declared a three-month state of emergency, urged world leaders to confront countries that finance and arm militants, without naming them.
""", ("2017-05-27", "2017-05-27", "strikes 'on Friday' 26 May 2017; claim 'on Saturday' 27 May"),
[P("Abdel Fattah el-Sissi", "EGY", "President"),
 P("Khalifa Hifter", "LBY", "eastern commander, Libyan National Army"),
 P("Donald Trump", "USA", "President"),
 P("Pope Francis", "VAT", "Pope")],
[E("EGY", "LBY", "ASSAULT", True, "Egyptian warplanes struck militant camps in eastern Libya on Friday"),
 E("EGY", "EGY", "ASSAULT", True, "masked gunmen opened fire on a bus carrying Coptic Christians"),
 E("EGY", "LBY", "ACCUSE", True, "the camps near the city of Derna had trained the attackers"),
 E("EGY", "LBY", "THREATEN", False, "\"Egypt will not hesitate to strike the bases of terror anywhere, inside or outside the country,\""),
 E("EGY", "LBY", "ASSAULT", False, "the raids, which continued into Saturday, had destroyed their targets"),
 E("EGY", "EGY", "ASSAULT", False, "carried out a string of bombings against Egypt's Christian minority"),
 E("LBY", "EGY", "REJECT", True, "denied any link to the Minya attack"),
 E("LBY", "EGY", "ACCUSE", True, "the Egyptian strikes had hit civilian areas"),
 E("LBY", "LBY", "ASSAULT COERCE", False, "The group has itself fought the Islamic State and expelled it from the city in 2015"),
 E("EGY", "LBY", "COOPERATE", True, "in coordination with the Libyan National Army of Khalifa Hifter", sym=True),
 E("EGY", "LBY", "SUPPORT AID", False, "an eastern commander backed by Cairo"),
 E("LBY", "LBY", "ASSAULT", True, "Hifter's aircraft also bombed targets around Derna"),
 E("USA", "EGY", "SUPPORT", True, "the United States \"stands with\" Egypt against terrorism"),
 E("USA", "EGY", "CONSULT SUPPORT", False, "President Donald Trump called Sissi to offer condolences"),
 E("VAT", "EGY", "ACCUSE", False, "condemned the \"barbaric act of hatred.\""),
 E("VAT", "EGY", "CONSULT", False, "Pope Francis, who visited Cairo last month"),
 E("EGY", "EGY", "PROTEST ACCUSE", True, "mourners chanted against the government at the funerals"),
 E("EGY", "EGY", "COERCE", False, "declared a three-month state of emergency"),
 E("EGY", "UNO|WST", "REQUEST", False, "urged world leaders to confront countries that finance and arm militants")],
)

A("V12", "dump", "Lebanon vows to resist Israeli border wall as row over offshore gas escalates", """
Lebanon's top leaders have vowed to stop Israel from building a wall along their shared frontier, saying the barrier would encroach on Lebanese land, as a dispute over the border and lucrative offshore gas fields threatened to boil over.

Lebanon's Higher Defence Council, chaired by President Michel Aoun, said in a statement after an emergency meeting last week that the army had been instructed to confront "any Israeli aggression on land or at sea" and that Lebanon would take its case to the United Nations and other international bodies.

Israel began work on the concrete wall in recent days. Israeli officials say it runs entirely inside Israel and is meant to block militant infiltration, but Beirut says it crosses at 13 points along the so-called Blue Line, the UN-drawn boundary that Lebanon has never accepted as the final border.

The row was inflamed late last month when Israel's defence minister, Avigdor Lieberman, described Lebanon's tender for offshore gas exploration as "very provocative" and said one of the licensed areas, Block 9, "belongs to Israel". Lebanese officials said his remarks were a threat.

Lebanon pressed ahead regardless. Last Friday it signed its first exploration and production agreements with a consortium of France's Total, Italy's Eni and Russia's Novatek, a milestone for a country mired in debt.

Hezbollah's leader, Hassan Nasrallah, warned in a televised speech on Friday that his group could put Israel's own offshore rigs out of action "within hours" if the Lebanese government asked it to.

The United States has stepped in to mediate. David Satterfield, a senior State Department envoy, shuttled between Beirut and Jerusalem this month, and Secretary of State Rex Tillerson met Aoun, Prime Minister Saad Hariri and parliament speaker Nabih Berri in Beirut on Thursday.

Tillerson told reporters that Washington was urging both sides to resolve the dispute through talks and warned that Hezbollah's arsenal put Lebanon at risk. Hariri said Lebanon had a right to its gas and would not give up "a single drop".

Israeli and Lebanese officers also held talks under the auspices of the UN peacekeeping force, Unifil, at its base in Naqoura, the force said.
""", ("2018-02-16", "2018-02-17", "Tillerson in Beirut on Thursday 15 Feb 2018; Nasrallah speech on Friday 16 Feb"),
[P("Michel Aoun", "LBN", "President"),
 P("Avigdor Lieberman", "ISR", "defence minister"),
 P("Hassan Nasrallah", "LBN", "Hezbollah leader"),
 P("David Satterfield", "USA", "senior State Department envoy"),
 P("Rex Tillerson", "USA", "Secretary of State"),
 P("Saad Hariri", "LBN", "Prime Minister"),
 P("Nabih Berri", "LBN", "parliament speaker")],
[E("LBN", "ISR", "THREATEN REJECT", True, "vowed to stop Israel from building a wall along their shared frontier"),
 E("LBN", "ISR", "THREATEN", False, "the army had been instructed to confront \"any Israeli aggression on land or at sea\""),
 E("LBN", "UNO", "REQUEST", False, "Lebanon would take its case to the United Nations"),
 E("ISR", "LBN", "MOBILIZE COERCE", False, "Israel began work on the concrete wall in recent days"),
 E("ISR", "LBN", "REJECT", False, "Israeli officials say it runs entirely inside Israel"),
 E("LBN", "ISR", "ACCUSE", True, "Beirut says it crosses at 13 points along the so-called Blue Line"),
 E("ISR", "LBN", "ACCUSE THREATEN", True, "described Lebanon's tender for offshore gas exploration as \"very provocative\""),
 E("ISR", "LBN", "REJECT ACCUSE", False, "\"belongs to Israel\""),
 E("LBN", "ISR", "ACCUSE", True, "Lebanese officials said his remarks were a threat"),
 E("LBN", "MNC|FRA|ITA|RUS", "AGREE COOPERATE", True, "it signed its first exploration and production agreements with a consortium", sym=True),
 E("LBN", "ISR", "THREATEN", True, "his group could put Israel's own offshore rigs out of action"),
 E("USA", "LBN", "CONSULT", False, "shuttled between Beirut and Jerusalem"),
 E("USA", "ISR", "CONSULT", True, "shuttled between Beirut and Jerusalem"),
 E("USA", "LBN", "CONSULT", True, "met Aoun, Prime Minister Saad Hariri and parliament speaker Nabih Berri in Beirut"),
 E("USA", "LBN|ISR", "REQUEST", True, "urging both sides to resolve the dispute through talks"),
 E("USA", "LBN", "THREATEN ACCUSE", False, "Hezbollah's arsenal put Lebanon at risk"),
 E("LBN", "ISR", "REJECT", False, "would not give up \"a single drop\""),
 E("ISR", "LBN", "CONSULT", True, "Israeli and Lebanese officers also held talks", sym=True)])

A("V13", "json", "Otto Warmbier dies days after release from North Korea; Trump condemns 'brutality'", """
Otto Warmbier, the University of Virginia student who was released by North Korea last week in a coma after more than 17 months in detention, died Monday afternoon in Cincinnati, his family said. He was 22.

"Unfortunately, the awful torturous mistreatment our son received at the hands of the North Koreans ensured that no other outcome was possible beyond the sad one we experienced today," Fred and Cindy Warmbier said in a statement.

President Donald Trump, speaking at the White House, called it "a total disgrace" and condemned what he called "the brutality of the North Korean regime." He said the United States was "more determined than ever" to prevent such tragedies at the hands of regimes that do not respect human life.

Secretary of State Rex Tillerson said in a statement that the United States holds North Korea accountable for Warmbier's unjust imprisonment and called for the release of three other Americans being held there.

Warmbier was arrested at Pyongyang's airport in January 2016 as he was leaving the country after a tourist trip. He was sentenced to 15 years of hard labor for allegedly trying to steal a propaganda poster from his hotel, a charge he tearfully confessed to at a televised news conference.

North Korea freed him on "humanitarian grounds" last Tuesday after a State Department envoy, Joseph Yun, traveled to Pyongyang and demanded his release. Doctors in Cincinnati said he had suffered severe brain damage, and rejected the North Korean explanation that he had fallen into a coma after contracting botulism.

Sen. John McCain of Arizona said bluntly that Warmbier "was murdered by the Kim Jong Un regime."

North Korea has not commented on his death. Pyongyang has previously accused Washington of using detained Americans to smear its image.

The administration is weighing a ban on Americans traveling to North Korea, officials said. Tillerson and Defense Secretary Jim Mattis are due to host top Chinese officials in Washington on Wednesday for talks expected to focus on the North's nuclear and missile programs.
""", ("2017-06-19", "2017-06-20", "Warmbier died 'Monday afternoon' 19 June 2017"),
[P("Otto Warmbier", "USA", "University of Virginia student"),
 P("Fred Warmbier", "USA", "father"),
 P("Cindy Warmbier", "USA", "mother"),
 P("Donald Trump", "USA", "President"),
 P("Rex Tillerson", "USA", "Secretary of State"),
 P("Joseph Yun", "USA", "State Department envoy"),
 P("John McCain", "USA", "Senator, Arizona"),
 P("Kim Jong Un", "PRK", "leader"),
 P("Jim Mattis", "USA", "Defense Secretary")],
[E("USA", "PRK", "ACCUSE", False, "the awful torturous mistreatment our son received at the hands of the North Koreans"),
 E("USA", "PRK", "ACCUSE", True, "condemned what he called \"the brutality of the North Korean regime.\""),
 E("USA", "PRK", "ACCUSE", True, "the United States holds North Korea accountable for Warmbier's unjust imprisonment"),
 E("USA", "PRK", "REQUEST", True, "called for the release of three other Americans being held there"),
 E("PRK", "USA", "COERCE", True, "Warmbier was arrested at Pyongyang's airport in January 2016"),
 E("PRK", "USA", "COERCE", False, "He was sentenced to 15 years of hard labor"),
 E("PRK", "USA", "ACCUSE", False, "for allegedly trying to steal a propaganda poster"),
 E("PRK", "USA", "CONCEDE RETREAT", True, "North Korea freed him on \"humanitarian grounds\""),
 E("USA", "PRK", "CONSULT", True, "Joseph Yun, traveled to Pyongyang"),
 E("USA", "PRK", "REQUEST", True, "demanded his release"),
 E("USA", "PRK", "REJECT", False, "rejected the North Korean explanation"),
 E("USA", "PRK", "ACCUSE", True, "\"was murdered by the Kim Jong Un regime.\""),
 E("PRK", "USA", "ACCUSE", False, "Pyongyang has previously accused Washington of using detained Americans to smear its image"),
 E("USA", "PRK", "SANCTION THREATEN", False, "weighing a ban on Americans traveling to North Korea"),
 E("USA", "CHN", "CONSULT", True, "due to host top Chinese officials in Washington on Wednesday for talks", sym=True)],
meta=dict(date_publish="2017-06-19 19:48:00", authors=["NPR Staff"], url="https://www.npr.org/sections/thetwo-way/2017/06/19/otto-warmbier-dies",
          source_domain="www.npr.org", description="Otto Warmbier, released from North Korean detention in a coma, has died; President Trump condemned the regime's brutality."))
