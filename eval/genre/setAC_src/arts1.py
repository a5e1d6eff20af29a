# Articles AC1..AC7. Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" (list of acceptable codes); types "T1/T2".
ARTS = []
SU = "RUS|SUN"

ARTS.append(dict(
id="AC1", fmt="txt",
headline="KREMLIN REJECTS KARABAKH BID TO JOIN ARMENIA",
body="""
MOSCOW, July 18 - The Soviet leadership on Monday turned down a demand by the ethnic Armenian majority of Nagorno-Karabakh that the mountain enclave be transferred from Azerbaijan to Armenia, ruling that the region's borders would not be redrawn.

The Presidium of the Supreme Soviet, meeting in the Kremlin under President Mikhail Gorbachev, said a change in the status of the territory was impossible under the constitution and would damage relations between the peoples of the two southern republics.

Gorbachev told the session, which was shown at length on evening television, that the Armenian demand could not be met by "pressure from the street" and accused unnamed organisers in Yerevan of whipping up strikes and rallies that had paralysed the enclave for months.

"We will not allow the map to be carved up under the threat of strikes," he said. He promised instead an economic programme for the region and said a special representative of Moscow would be sent to oversee its administration.

The Karabakh regional soviet voted last week to secede from Azerbaijan, a move the Azerbaijani parliament in Baku promptly declared null and void. Armenia's own parliament had earlier backed the enclave's request.

Armenian deputies at the session pleaded for the transfer. Sergei Hambartsumian, president of the Armenian Academy of Sciences, told the Presidium that Karabakh Armenians had suffered discrimination under Baku's rule for decades.

Azerbaijani delegates rejected the charge, saying their republic had invested heavily in the region and that Armenian nationalists were to blame for the unrest.

Troops of the Interior Ministry have been deployed in Stepanakert, the enclave's capital, since a general strike began there in May. Witnesses said armoured personnel carriers patrolled the town on Monday and a curfew remained in force.

Thousands of people gathered in Yerevan's Opera Square after the decision was announced, and organisers called for the strikes to continue. Officials said the rallies were being watched but police did not intervene.

Reuter
""",
pub=("1988-07-18", "1988-07-18", "dateline 'July 18'; Presidium session on Monday 18 July 1988"),
people=[("Mikhail Gorbachev", "RUS", "President"),
        ("Sergei Hambartsumian", "ARM", "president of the Armenian Academy of Sciences")],
events=[
 (SU, "ARM", "REJECT", 1, "turned down a demand by the ethnic Armenian majority of Nagorno-Karabakh", 0),
 (SU, "ARM", "REJECT", 0, "ruling that the region's borders would not be redrawn", 0),
 (SU, "ARM", "ACCUSE", 1, "accused unnamed organisers in Yerevan of whipping up strikes", 0),
 (SU, "ARM", "THREATEN/REJECT", 1, "We will not allow the map to be carved up under the threat of strikes", 0),
 (SU, "AZE|ARM", "AID", 0, "He promised instead an economic programme for the region", 0),
 ("ARM", "AZE", "PROTEST/REJECT", 0, "The Karabakh regional soviet voted last week to secede from Azerbaijan", 0),
 ("AZE", "ARM", "REJECT", 1, "promptly declared null and void", 0),
 ("ARM", "ARM", "SUPPORT", 0, "Armenia's own parliament had earlier backed the enclave's request", 0),
 ("ARM", SU, "REQUEST", 1, "Armenian deputies at the session pleaded for the transfer", 0),
 ("ARM", "AZE", "ACCUSE", 1, "Karabakh Armenians had suffered discrimination under Baku's rule", 0),
 ("AZE", "ARM", "REJECT/ACCUSE", 1, "Azerbaijani delegates rejected the charge", 0),
 ("AZE", "ARM", "ACCUSE", 1, "Armenian nationalists were to blame for the unrest", 0),
 (SU, "ARM", "MOBILIZE/COERCE", 1, "Troops of the Interior Ministry have been deployed in Stepanakert", 0),
 (SU, "ARM", "COERCE", 0, "a curfew remained in force", 0),
 ("ARM", SU, "PROTEST", 1, "Thousands of people gathered in Yerevan's Opera Square", 0),
]))

ARTS.append(dict(
id="AC2", fmt="json",
headline="REAGAN AND GORBACHEV PUT INF TREATY INTO FORCE AT KREMLIN CEREMONY",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="U.S. and Soviet leaders exchange ratification documents for the treaty scrapping medium-range nuclear missiles."),
body="""
MOSCOW, June 1 - President Ronald Reagan and Soviet leader Mikhail Gorbachev on Wednesday exchanged the instruments of ratification of their treaty abolishing medium- and shorter-range nuclear missiles, bringing into force the first arms pact to eliminate a whole class of weapons.

The two leaders signed the documents in the gilded St Vladimir Hall of the Kremlin on the last full day of their fourth summit, then shook hands to applause from officials of both governments.

"We have made history," Gorbachev said. Reagan, who arrived in Moscow on Sunday, said the treaty showed that the two countries could work together and that verification would be its real test.

Under the accord, signed in Washington last December, the United States and the Soviet Union will destroy more than 2,600 missiles within three years, with inspectors from each side posted at the other's plants.

But the two sides failed to reach agreement on a treaty halving long-range strategic arsenals, which both leaders had hoped to complete this year. Soviet officials blamed Washington's insistence on its Star Wars space defence programme.

Gorbachev told a news conference that the Americans had been unwilling to bargain and said "a chance was missed" on conventional forces in Europe. He rejected a U.S. proposal on mobile missiles as unbalanced.

Reagan for his part pressed the Soviet leader on human rights throughout the visit. On Monday he met dissidents and refuseniks at the U.S. ambassador's residence, a meeting that Soviet officials called a provocation.

U.S. Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze signed two smaller agreements, one on advance notice of ballistic missile tests and one on cultural exchanges.

Gorbachev said he accepted that differences remained but that dialogue would go on. "We will continue our work," he said.

Reuter
""",
pub=("1988-06-01", "1988-06-01", "dateline 'June 1'; ratification exchange on Wednesday 1 June 1988"),
people=[("Ronald Reagan", "USA", "President"),
        ("Mikhail Gorbachev", "RUS", "Soviet leader"),
        ("George Shultz", "USA", "Secretary of State"),
        ("Eduard Shevardnadze", "RUS", "Foreign Minister")],
events=[
 ("USA", SU, "AGREE/COOPERATE", 1, "exchanged the instruments of ratification of their treaty", 1),
 ("USA", SU, "CONSULT", 1, "on the last full day of their fourth summit", 1),
 ("USA", SU, "CONSULT", 0, "Reagan, who arrived in Moscow on Sunday", 0),
 ("USA", SU, "AGREE", 0, "will destroy more than 2,600 missiles within three years", 1),
 ("USA", SU, "REJECT", 0, "the two sides failed to reach agreement on a treaty", 1),
 (SU, "USA", "ACCUSE", 1, "Soviet officials blamed Washington's insistence on its Star Wars", 0),
 (SU, "USA", "ACCUSE", 1, "the Americans had been unwilling to bargain", 0),
 (SU, "USA", "REJECT", 1, "He rejected a U.S. proposal on mobile missiles", 0),
 ("USA", SU, "REQUEST/ACCUSE", 1, "pressed the Soviet leader on human rights", 0),
 ("USA", SU, "CONSULT/SUPPORT", 0, "he met dissidents and refuseniks", 0),
 (SU, "USA", "ACCUSE", 1, "Soviet officials called a provocation", 0),
 ("USA", SU, "AGREE", 1, "signed two smaller agreements", 1),
 (SU, "USA", "AGREE/CONSULT", 0, "dialogue would go on", 0),
]))

ARTS.append(dict(
id="AC3", fmt="txt",
headline="GORBACHEV TELLS U.N. HE WILL CUT SOVIET ARMY BY HALF A MILLION",
body="""
UNITED NATIONS, Dec 7 - Soviet leader Mikhail Gorbachev told the U.N. General Assembly on Wednesday that Moscow would cut its armed forces by 500,000 men over the next two years, and would pull six tank divisions out of East Germany, Czechoslovakia and Hungary.

The unilateral reductions, announced in an hour-long address, were the largest since the 1950s and were not tied to any matching move by the NATO alliance, Gorbachev said.

He said 10,000 tanks, 8,500 artillery pieces and 800 combat aircraft would be withdrawn from Europe, and that Soviet forces remaining in the East bloc would be reorganised into a clearly defensive posture. A "substantial part" of Soviet troops in Mongolia would also go home.

"Force and the threat of force can no longer be instruments of foreign policy," he told the delegates, who rose to applaud him at the end of the speech.

Gorbachev also proposed a 100-year moratorium on the debts of the poorest developing countries and called on the United Nations to take a bigger role in settling regional conflicts, including Afghanistan, where he urged a ceasefire from January 1.

The White House welcomed the announcement. Spokesman Marlin Fitzwater said the cuts were a significant step, though he said the United States would study the details and that NATO still faced a big Soviet advantage in conventional arms.

Western diplomats at the United Nations said the move would put pressure on NATO governments, several of which face public calls to trim their own defence budgets.

Gorbachev later crossed to Governors Island in New York harbour for lunch with President Ronald Reagan and President-elect George Bush. Aides said the talks were friendly and that Bush expressed his wish to keep the momentum of improving relations.

In Bonn, the West German government said it was encouraged. But British officials said the Soviet Union would still keep a large numerical superiority in Europe even after the cuts.

Reuter
""",
pub=("1988-12-07", "1988-12-07", "dateline 'Dec 7'; U.N. address on Wednesday 7 December 1988"),
people=[("Mikhail Gorbachev", "RUS", "Soviet leader"),
        ("Marlin Fitzwater", "USA", "White House spokesman"),
        ("Ronald Reagan", "USA", "President"),
        ("George Bush", "USA", "President-elect")],
events=[
 (SU, "UNO", "CONSULT", 0, "told the U.N. General Assembly on Wednesday", 0),
 (SU, "IGO|DEU|CSK|CZE|HUN|WST", "RETREAT/CONCEDE", 1, "would cut its armed forces by 500,000 men", 0),
 (SU, "DDR|DEU|CSK|CZE|HUN", "RETREAT", 1, "would pull six tank divisions out of East Germany, Czechoslovakia and Hungary", 0),
 (SU, "MNG", "RETREAT", 1, "A \"substantial part\" of Soviet troops in Mongolia would also go home", 0),
 (SU, "UNO|AFG", "AID/REQUEST", 0, "proposed a 100-year moratorium on the debts", 0),
 (SU, "UNO", "REQUEST", 1, "called on the United Nations to take a bigger role", 0),
 (SU, "AFG", "REQUEST", 1, "he urged a ceasefire from January 1", 0),
 ("USA", SU, "SUPPORT", 1, "The White House welcomed the announcement", 0),
 ("USA", SU, "ACCUSE", 0, "NATO still faced a big Soviet advantage in conventional arms", 0),
 (SU, "USA", "CONSULT", 1, "for lunch with President Ronald Reagan and President-elect George Bush", 1),
 ("DEU", SU, "SUPPORT", 1, "the West German government said it was encouraged", 0),
 ("GBR", SU, "ACCUSE", 1, "the Soviet Union would still keep a large numerical superiority", 0),
]))

ARTS.append(dict(
id="AC4", fmt="json",
headline="CZECHOSLOVAK POLICE BREAK UP PALACH PROTEST, HAVEL DETAINED",
meta=dict(date_publish="1989-01-16 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="Riot police use water cannon and tear gas on crowds marking the anniversary of Jan Palach's death."),
body="""
PRAGUE, Jan 16 - Czechoslovak riot police used water cannon, tear gas and dogs for a second day on Monday to scatter thousands of people who gathered in Wenceslas Square to mark the 20th anniversary of the death of student Jan Palach.

Playwright Vaclav Havel, the country's best-known dissident, was among at least 90 people detained, fellow members of the Charter 77 human rights group said. He was seized on Sunday as he stood near the square, they said.

Palach set himself on fire in January 1969 in protest at the Soviet-led invasion that crushed the Prague Spring reforms the year before.

Witnesses said police in helmets charged into the crowd, beating people with truncheons, while others chanted "Freedom!" and "Gestapo!" Some demonstrators were dragged into police vans. The protests were the largest in Prague since last August.

The official news agency CTK said the gatherings were an "anti-socialist provocation" organised by illegal groups with help from Western radio stations. It said order had been restored and that the organisers would be held to account.

The authorities had warned before the anniversary that any unauthorised gathering would be broken up and that "ringleaders" would be punished.

The United States embassy in Prague protested against the use of force, and the State Department in Washington said the crackdown ran counter to promises Czechoslovakia made at the Vienna human rights conference, which ended only on Sunday.

Austria's foreign ministry also expressed concern. Dissidents said they would not abandon their plans to return to the square each day this week.

"They can arrest us, but they cannot arrest the memory of Palach," one Charter 77 signatory told Reuters by telephone.

Reuter
""",
pub=("1989-01-16", "1989-01-16", "dateline 'Jan 16'; second day of protests Monday 16 January 1989"),
people=[("Jan Palach", "CZE", "student"),
        ("Vaclav Havel", "CZE", "playwright, dissident")],
events=[
 ("CSK|CZE", "CSK|CZE", "COERCE/ASSAULT", 1, "used water cannon, tear gas and dogs for a second day", 0),
 ("CSK|CZE", "CSK|CZE", "PROTEST", 1, "thousands of people who gathered in Wenceslas Square", 0),
 ("CSK|CZE", "CSK|CZE", "COERCE", 1, "was among at least 90 people detained", 0),
 ("CSK|CZE", "CSK|CZE", "COERCE", 0, "He was seized on Sunday", 0),
 ("CSK|CZE", "CSK|CZE", "PROTEST", 0, "in protest at the Soviet-led invasion", 0),
 (SU, "CSK|CZE", "ASSAULT/COERCE", 0, "the Soviet-led invasion that crushed the Prague Spring", 0),
 ("CSK|CZE", "CSK|CZE", "ASSAULT/COERCE", 1, "beating people with truncheons", 0),
 ("CSK|CZE", "CSK|CZE", "ACCUSE", 1, "the gatherings were an \"anti-socialist provocation\"", 0),
 ("CSK|CZE", "WST|USA|DEU", "ACCUSE", 0, "with help from Western radio stations", 0),
 ("CSK|CZE", "CSK|CZE", "THREATEN", 1, "the organisers would be held to account", 0),
 ("CSK|CZE", "CSK|CZE", "THREATEN", 0, "any unauthorised gathering would be broken up", 0),
 ("USA", "CSK|CZE", "PROTEST/ACCUSE", 1, "The United States embassy in Prague protested against the use of force", 0),
 ("USA", "CSK|CZE", "ACCUSE", 1, "the crackdown ran counter to promises Czechoslovakia made", 0),
 ("AUT", "CSK|CZE", "ACCUSE/PROTEST", 1, "Austria's foreign ministry also expressed concern", 0),
]))

ARTS.append(dict(
id="AC5", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="MOSCOW EXPELS 11 BRITONS IN RETALIATION FOR LONDON SPY EXPULSIONS",
body="""
MOSCOW, May 21 - The Soviet Union on Sunday ordered 11 Britons, among them diplomats and journalists, to leave the country within two weeks, retaliating for Britain's expulsion of the same number of Soviet citizens accused of spying.

Foreign Ministry spokesman Gennady Gerasimov told a news conference that the British embassy had been informed of the decision and that the expelled had engaged in "activities incompatible with their status."

He called the London expulsions "an unfriendly act" without grounds and said Moscow had been forced to respond. "We did not start this," Gerasimov said.

Britain on Friday ordered out eight Soviet diplomats and three journalists, saying they had been involved in intelligence gathering. The Foreign Office said it had given Moscow evidence of the activities but had received no satisfactory reply.

British Foreign Secretary Sir Geoffrey Howe said in London that the Soviet move was "wholly unjustified" and that Britain reserved the right to take further steps. He said, however, that London did not want the row to harm the improvement in relations since President Mikhail Gorbachev's visit to Britain last month.

Prime Minister Margaret Thatcher, who has described Gorbachev as a man she can do business with, was said by aides to be angered by the Soviet reprisal but determined to keep up dialogue.

The British ambassador, Sir Rodric Braithwaite, was summoned to the Foreign Ministry on Sunday morning and handed a note listing the names of those to be expelled, Soviet officials said.

Western diplomats in Moscow said the Soviet reaction followed the pattern of tit-for-tat expulsions of the past, and would leave the British embassy badly short of staff.

The last large-scale expulsion between the two countries came in 1985, when each side sent home 31 of the other's nationals.

Reuter
""",
pub=("1989-05-21", "1989-05-21", "dateline 'May 21'; Soviet expulsions announced Sunday 21 May 1989"),
people=[("Gennady Gerasimov", "RUS", "Foreign Ministry spokesman"),
        ("Geoffrey Howe", "GBR", "Foreign Secretary"),
        ("Mikhail Gorbachev", "RUS", "President"),
        ("Margaret Thatcher", "GBR", "Prime Minister"),
        ("Rodric Braithwaite", "GBR", "ambassador")],
events=[
 (SU, "GBR", "COERCE", 1, "ordered 11 Britons, among them diplomats and journalists, to leave the country", 0),
 (SU, "GBR", "ACCUSE", 1, "the expelled had engaged in \"activities incompatible with their status.\"", 0),
 (SU, "GBR", "ACCUSE", 1, "He called the London expulsions \"an unfriendly act\"", 0),
 ("GBR", SU, "COERCE", 1, "Britain on Friday ordered out eight Soviet diplomats and three journalists", 0),
 ("GBR", SU, "ACCUSE", 1, "saying they had been involved in intelligence gathering", 0),
 ("GBR", SU, "ACCUSE/REJECT", 1, "the Soviet move was \"wholly unjustified\"", 0),
 ("GBR", SU, "THREATEN", 1, "Britain reserved the right to take further steps", 0),
 (SU, "GBR", "CONSULT", 0, "President Mikhail Gorbachev's visit to Britain last month", 0),
 ("GBR", SU, "CONSULT/AGREE", 0, "determined to keep up dialogue", 0),
 (SU, "GBR", "CONSULT/COERCE/PROTEST", 1, "was summoned to the Foreign Ministry on Sunday morning", 0),
 (SU, "GBR", "COERCE", 0, "each side sent home 31 of the other's nationals", 1),
]))

ARTS.append(dict(
id="AC6", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="VOJVODINA LEADERS QUIT AFTER SERB CROWDS BESIEGE PROVINCIAL HQ",
body="""
BELGRADE, Oct 6 - The entire leadership of Yugoslavia's northern province of Vojvodina resigned on Thursday after tens of thousands of Serbs laid siege to its headquarters in Novi Sad, pelting the building with yoghurt cartons and stones and demanding that they go.

The resignations were a major victory for Slobodan Milosevic, the Serbian Communist Party chief, whose supporters have staged mass rallies across Serbia for months calling for the autonomous provinces to be brought back under Belgrade's control.

Police in Novi Sad stood by and did not try to clear the crowds, which had grown through the night to an estimated 100,000. Provincial officials had earlier asked federal authorities to send in extra police, a request that was turned down.

"We are leaving so that blood is not spilled," provincial party leader Milovan Sogorov told reporters outside the building. He accused Milosevic's followers of organising the protest from Belgrade and busing in demonstrators from other parts of Serbia.

Milosevic denied any role in the protest, telling the Belgrade newspaper Politika that the people of Vojvodina had simply lost patience with "a bureaucracy deaf to their needs."

Leaders of Slovenia and Croatia voiced alarm at the events. The Slovenian party said in a statement that "street pressure" must not replace the institutions of the federation and urged the national leadership to act.

The federal Communist Party presidium is due to meet next week to discuss the crisis, which diplomats call the worst since Tito's death in 1980.

Albanian leaders in Kosovo, the other province, said they feared that they would be next. Several thousand ethnic Albanians have signed petitions supporting the province's current leaders.

Reuter
""",
pub=("1988-10-06", "1988-10-06", "dateline 'Oct 6'; resignations on Thursday 6 October 1988"),
people=[("Slobodan Milosevic", "SRB", "Serbian Communist Party chief"),
        ("Milovan Sogorov", "SRB", "provincial party leader"),
        ("Tito", "YUG", "late leader")],
events=[
 ("SRB|YUG", "SRB|YUG", "PROTEST", 1, "tens of thousands of Serbs laid siege to its headquarters in Novi Sad", 0),
 ("SRB|YUG", "SRB|YUG", "ASSAULT/PROTEST", 0, "pelting the building with yoghurt cartons and stones", 0),
 ("SRB|YUG", "SRB|YUG", "REQUEST/PROTEST", 1, "demanding that they go", 0),
 ("SRB|YUG", "SRB|YUG", "CONCEDE", 1, "The entire leadership of Yugoslavia's northern province of Vojvodina resigned", 0),
 ("SRB|YUG", "SRB|YUG", "PROTEST", 0, "have staged mass rallies across Serbia for months", 0),
 ("SRB|YUG", "YUG|SRB", "REQUEST", 1, "Provincial officials had earlier asked federal authorities to send in extra police", 0),
 ("YUG|SRB", "SRB|YUG", "REJECT", 1, "a request that was turned down", 0),
 ("SRB|YUG", "SRB|YUG", "ACCUSE", 1, "He accused Milosevic's followers of organising the protest", 0),
 ("SRB|YUG", "SRB|YUG", "REJECT", 1, "Milosevic denied any role in the protest", 0),
 ("SVN|YUG", "SRB|YUG", "ACCUSE/PROTEST", 1, "Leaders of Slovenia and Croatia voiced alarm at the events", 0),
 ("HRV|YUG", "SRB|YUG", "ACCUSE/PROTEST", 1, "Leaders of Slovenia and Croatia voiced alarm at the events", 0),
 ("SVN|YUG", "YUG", "REQUEST", 1, "urged the national leadership to act", 0),
 ("XKX|KSV|YUG|SRB", "SRB|YUG", "ACCUSE/THREATEN", 0, "said they feared that they would be next", 0),
 ("XKX|KSV|YUG|SRB", "XKX|KSV|YUG|SRB", "SUPPORT", 0, "signed petitions supporting the province's current leaders", 0),
]))

ARTS.append(dict(
id="AC7", fmt="txt",
headline="Azerbaijan announces unilateral halt to Karabakh fighting as death toll climbs",
body="""
Azerbaijan said Sunday it was unilaterally halting military operations against ethnic Armenian forces in Nagorno-Karabakh, a day after the heaviest fighting in more than two decades erupted along the line of contact around the breakaway region.

The Azerbaijani Defense Ministry said in a statement that it had decided to stop "retaliatory actions" out of respect for calls from international organizations, but warned that it would respond "with full force" if Armenian forces kept shelling its positions.

Armenian officials dismissed the announcement. Karabakh's separatist defense ministry said Azerbaijani troops were still firing artillery and rockets at villages, and Armenia's Defense Ministry accused Baku of using the truce offer to cover fresh attacks.

At least 30 soldiers have been killed on both sides since the clashes broke out early Saturday, according to figures released by the two governments, and a 12-year-old boy died when a shell hit his school in the Martuni district. An Azerbaijani helicopter was shot down and Baku admitted losing a tank.

Armenian President Serzh Sargsyan, speaking at an emergency session of his security council, said Azerbaijan had launched "large-scale offensive actions" and that Armenia would defend the people of Karabakh. He said Yerevan could move to formally recognize the region's independence if the attacks continued.

Azerbaijani President Ilham Aliyev, who was in Washington for a nuclear security summit last week, blamed Armenia for provoking the violence and said his forces had recaptured strategic heights that had been held by Armenian troops since the war of the early 1990s.

Russian President Vladimir Putin called on both sides to cease fire immediately, the Kremlin said, and Russian Defense Minister Sergei Shoigu spoke by phone with his counterparts in Baku and Yerevan. Moscow sells weapons to both countries.

The co-chairs of the OSCE Minsk Group, the United States, Russia and France, condemned the use of force and urged the parties to return to negotiations. Secretary of State John Kerry said Washington was "deeply concerned" by the reports of casualties.

Nagorno-Karabakh, a mostly Armenian-populated enclave inside Azerbaijan, has been run by separatists backed by Armenia since a 1994 truce ended a war that killed about 30,000 people. Negotiations have made little progress, and sniper fire is common along the front.
""",
pub=("2016-04-03", "2016-04-03", "fighting broke out Saturday 2 April 2016; Azerbaijan announced halt Sunday 3 April"),
people=[("Serzh Sargsyan", "ARM", "President"),
        ("Ilham Aliyev", "AZE", "President"),
        ("Vladimir Putin", "RUS", "President"),
        ("Sergei Shoigu", "RUS", "Defense Minister"),
        ("John Kerry", "USA", "Secretary of State")],
events=[
 ("AZE", "ARM", "RETREAT/CONCEDE", 1, "it was unilaterally halting military operations", 0),
 ("AZE", "ARM", "ASSAULT", 1, "the heaviest fighting in more than two decades erupted", 1),
 ("AZE", "ARM", "THREATEN", 1, "it would respond \"with full force\"", 0),
 ("ARM", "AZE", "REJECT", 1, "Armenian officials dismissed the announcement", 0),
 ("ARM", "AZE", "ACCUSE", 1, "Azerbaijani troops were still firing artillery and rockets at villages", 0),
 ("ARM", "AZE", "ACCUSE", 1, "accused Baku of using the truce offer to cover fresh attacks", 0),
 ("ARM", "AZE", "ASSAULT", 0, "An Azerbaijani helicopter was shot down", 0),
 ("ARM", "AZE", "ACCUSE", 1, "Azerbaijan had launched \"large-scale offensive actions\"", 0),
 ("ARM", "AZE", "THREATEN", 1, "Yerevan could move to formally recognize the region's independence", 0),
 ("AZE", "ARM", "ACCUSE", 1, "blamed Armenia for provoking the violence", 0),
 ("AZE", "ARM", "ASSAULT/COERCE", 0, "his forces had recaptured strategic heights", 0),
 ("RUS", "ARM", "REQUEST", 1, "called on both sides to cease fire immediately", 0),
 ("RUS", "AZE", "REQUEST", 1, "called on both sides to cease fire immediately", 0),
 ("RUS", "AZE|ARM", "CONSULT", 0, "spoke by phone with his counterparts in Baku and Yerevan", 0),
 ("IGO|USA|RUS|FRA", "AZE|ARM", "ACCUSE/REQUEST", 1, "condemned the use of force and urged the parties to return to negotiations", 0),
 ("USA", "AZE|ARM", "ACCUSE", 0, "Washington was \"deeply concerned\"", 0),
]))
