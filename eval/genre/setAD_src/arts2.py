# Articles AD8..AD14
ARTS = []

ARTS.append(dict(
id="AD8", fmt="txt",
headline="China seizes US Navy underwater drone in South China Sea, Pentagon demands its return",
body="""
Washington (CNN) — A Chinese navy ship seized an unmanned US underwater drone in international waters of the South China Sea, the Pentagon said, and the United States has formally demanded that Beijing give it back.

The incident took place Thursday about 50 nautical miles northwest of Subic Bay in the Philippines, as the USNS Bowditch, an oceanographic survey ship, was recovering two of the gliders, a US defense official told CNN.

A small boat launched from a Chinese submarine rescue vessel came within 500 yards of the Bowditch and its crew took one of the drones, the official said. The Bowditch radioed the Chinese vessel demanding the return of the device, but the message was ignored and the Chinese ship sailed away.

"The UUV was a sovereign immune vessel, clearly marked in English not to be removed from the water," Pentagon spokesman Peter Cook said in a statement. "Through appropriate government-to-government channels, the Department of Defense has called upon China to immediately return our UUV, and to comply with its obligations under international law."

Cook said the drone was part of an unclassified program that collects data on water temperature, salinity and clarity.

A US official said the State Department had also lodged a formal protest with Beijing.

The seizure drew an angry response from President-elect Donald Trump, who wrote on Twitter on Saturday morning that China had "stolen" the research drone in an "unprecedented act."

Hours later, China's Defense Ministry said it would hand the drone back "in an appropriate manner," but accused the US of "hyping up" the incident. Spokesman Yang Yujun said Chinese sailors had picked up the device to identify it and to prevent it from endangering passing ships, and urged Washington to stop its close-in reconnaissance and military surveys in waters near China.

"China has always resolutely opposed such activity and demands that the US side cease it," Yang said.

The incident comes amid rising tension over Beijing's construction of military facilities on artificial islands in the South China Sea. A Washington think tank reported this week that China appeared to have installed anti-aircraft guns and close-in weapons systems on all seven of the reefs it has built up in the Spratly chain.

Beijing has also bristled at Trump's phone call with Taiwan's leader earlier this month and his questioning of the "one China" policy.
""",
pub=("2016-12-17", "2016-12-17", "seizure Thursday 15 December 2016; Trump tweet and Chinese reply 'on Saturday' 17 December"),
people=[("Peter Cook", "USA", "Pentagon spokesman"),
        ("Donald Trump", "USA", "President-elect"),
        ("Yang Yujun", "CHN", "Defense Ministry spokesman")],
events=[
 ("CHN", "USA", "COERCE", 1, "A Chinese navy ship seized an unmanned US underwater drone", 0),
 ("USA", "CHN", "REQUEST", 1, "has formally demanded that Beijing give it back", 0),
 ("USA", "CHN", "REQUEST", 1, "The Bowditch radioed the Chinese vessel demanding the return of the device", 0),
 ("CHN", "USA", "REJECT", 0, "the message was ignored", 0),
 ("USA", "CHN", "REQUEST", 0, "has called upon China to immediately return our UUV", 0),
 ("USA", "CHN", "PROTEST", 1, "had also lodged a formal protest with Beijing", 0),
 ("USA", "CHN", "ACCUSE", 1, "China had \"stolen\" the research drone", 0),
 ("CHN", "USA", "AGREE/CONCEDE/RETREAT", 1, "it would hand the drone back", 0),
 ("CHN", "USA", "ACCUSE", 1, "accused the US of \"hyping up\" the incident", 0),
 ("CHN", "USA", "REQUEST", 1, "urged Washington to stop its close-in reconnaissance", 0),
 ("CHN", "USA", "PROTEST/REQUEST", 0, "resolutely opposed such activity and demands that the US side cease it", 0),
 ("CHN", "PHL|VNM|USA", "MOBILIZE", 0, "installed anti-aircraft guns and close-in weapons systems", 0),
 ("CHN", "USA", "PROTEST", 0, "bristled at Trump's phone call", 0),
 ("USA", "TWN", "CONSULT", 0, "Trump's phone call with Taiwan's leader", 1),
]))

ARTS.append(dict(
id="AD9", fmt="txt",
headline="South Korea's court removes President Park from office; 2 die in protests",
body="""
SEOUL, South Korea (AP) — South Korea's Constitutional Court on Friday formally removed President Park Geun-hye from office over a corruption scandal that has paralyzed the country's politics for months, and two people died as her supporters clashed with police outside the court.

In a unanimous ruling broadcast live, acting Chief Justice Lee Jung-mi said Park had violated the constitution and laws by allowing her longtime confidante, Choi Soon-sil, to meddle in state affairs and by helping her extort money from the country's biggest businesses. "The negative effects of the president's violations of the law are grave," Lee said.

Park, the country's first female president and the daughter of military dictator Park Chung-hee, became the first democratically elected leader in South Korea's history to be forced from office. She loses her immunity from prosecution, and prosecutors are expected to summon her for questioning on bribery and abuse of power allegations.

Park did not appear in public and made no statement Friday. One of her lawyers, Seo Seok-gu, called the verdict "a tragic decision" made under pressure from the streets and said the legal team could not accept it.

Thousands of Park's supporters, many waving South Korean and American flags, tried to break through police buses blocking the way to the court after the verdict. Police said two protesters in their 60s and 70s died and dozens of people, including officers, were hurt. Some demonstrators beat reporters and climbed onto the buses, and police detained several of them.

Across town, tens of thousands of people who had rallied for months demanding Park's ouster celebrated in the streets near the presidential Blue House.

Acting President and Prime Minister Hwang Kyo-ahn urged the public to accept the ruling and to refrain from "conflict and confrontation." He ordered the military to stay on alert for possible provocations by North Korea.

An election must be held within 60 days. The front-runner, liberal Moon Jae-in, favors engagement with North Korea and has said the deployment of a U.S. missile defense system, which China has fiercely opposed, should be reconsidered.

In Washington, the State Department said the U.S. alliance with South Korea remained "ironclad" and that it would continue to work closely with the acting government.

Choi is on trial on abuse of power and fraud charges. Samsung heir Lee Jae-yong was arrested last month on allegations he bribed Park and Choi to win government favors.
""",
pub=("2017-03-10", "2017-03-10", "court ruling 'on Friday' 10 March 2017"),
people=[("Park Geun-hye", "KOR", "President"),
        ("Lee Jung-mi", "KOR", "acting Chief Justice, Constitutional Court"),
        ("Choi Soon-sil", "KOR", "confidante of Park"),
        ("Park Chung-hee", "KOR", "former military dictator"),
        ("Seo Seok-gu", "KOR", "lawyer for Park"),
        ("Hwang Kyo-ahn", "KOR", "Acting President and Prime Minister"),
        ("Moon Jae-in", "KOR", "liberal presidential front-runner"),
        ("Lee Jae-yong", "KOR", "Samsung heir")],
events=[
 ("KOR", "KOR", "SANCTION/COERCE", 1, "formally removed President Park Geun-hye from office", 0),
 ("KOR", "KOR", "ACCUSE", 1, "Park had violated the constitution and laws", 0),
 ("KOR", "KOR", "ACCUSE", 0, "called the verdict \"a tragic decision\"", 0),
 ("KOR", "KOR", "REJECT", 1, "the legal team could not accept it", 0),
 ("KOR", "KOR", "PROTEST", 1, "tried to break through police buses blocking the way to the court", 0),
 ("KOR", "KOR", "ASSAULT", 1, "Some demonstrators beat reporters", 0),
 ("KOR", "KOR", "COERCE", 1, "police detained several of them", 0),
 ("KOR", "KOR", "PROTEST", 0, "rallied for months demanding Park's ouster", 0),
 ("KOR", "KOR", "REQUEST", 1, "urged the public to accept the ruling", 0),
 ("KOR", "PRK", "MOBILIZE", 0, "ordered the military to stay on alert", 0),
 ("CHN", "USA|KOR", "PROTEST/REJECT", 0, "which China has fiercely opposed", 0),
 ("USA", "KOR", "SUPPORT", 1, "remained \"ironclad\"", 0),
 ("USA", "KOR", "COOPERATE", 0, "would continue to work closely with the acting government", 0),
 ("KOR", "KOR", "COERCE", 0, "was arrested last month", 0),
]))

ARTS.append(dict(
id="AD10", fmt="json",
headline="Manus Island: PNG police storm detention centre to force out refugees",
body="""
Papua New Guinean police and immigration officials have entered the decommissioned detention centre on Manus Island and begun forcibly removing the hundreds of refugees and asylum seekers who have refused to leave it for more than three weeks.

Witnesses inside the centre said officers armed with batons and metal poles moved through the compounds on Thursday morning, destroying shelters, tipping over water tanks and seizing phones. Several men were beaten, they said, and at least one was taken to hospital.

Behrouz Boochani, a Kurdish-Iranian journalist held on the island since 2013, was arrested during the operation and handcuffed for several hours before being released, according to fellow detainees.

About 420 men have barricaded themselves inside the centre since Australia closed it on 31 October, cutting off food, water and electricity. They say they fear for their safety at three new accommodation sites in the town of Lorengau, where refugees have previously been attacked by locals.

The Manus provincial police commander, David Yapu, said officers had gone in to "persuade" the men to move and denied that force had been used. "No one has been assaulted," he told the Guardian.

The Australian immigration minister, Peter Dutton, said the men should "get onto the buses" and accused refugee advocates of encouraging them to stay at a site that was no longer fit for use. "It's outrageous behaviour," Dutton told reporters in Canberra.

The UN refugee agency condemned the operation. UNHCR's regional representative, Thomas Albrecht, said the new facilities were not ready and called on Australia to take responsibility for the men, whom it sent to PNG under its offshore processing policy.

Amnesty International accused both governments of "cruel and unlawful" conduct and demanded that journalists and independent monitors be allowed into the centre.

New Zealand's prime minister, Jacinda Ardern, has repeated an offer to resettle 150 of the refugees, but the Australian prime minister, Malcolm Turnbull, has again declined it, saying Canberra would prioritise its resettlement deal with the United States.

Under that agreement, struck with the Obama administration last year, the US has agreed to consider up to 1,250 people from Manus and Nauru. Only 54 have so far been resettled.

PNG's supreme court ruled in April 2016 that holding asylum seekers on Manus Island was illegal under the country's constitution, prompting Australia and PNG to agree to shut the facility.
""",
meta=dict(date_publish="2017-11-23 05:12:00", authors=["Helen Davidson"], url="https://www.theguardian.com/australia-news/2017/nov/23/manus-island-png-police-storm-detention-centre",
          source_domain="theguardian.com",
          description="Officers with batons move through the compounds as UNHCR condemns the operation and Australia rejects New Zealand's offer."),
pub=("2017-11-23", "2017-11-23", "operation 'on Thursday' 23 November 2017; date_publish"),
people=[("Behrouz Boochani", "IRN", "Kurdish-Iranian journalist, detainee"),
        ("David Yapu", "PNG", "Manus provincial police commander"),
        ("Peter Dutton", "AUS", "immigration minister"),
        ("Thomas Albrecht", "UNO", "UNHCR regional representative"),
        ("Jacinda Ardern", "NZL", "Prime Minister"),
        ("Malcolm Turnbull", "AUS", "Prime Minister")],
events=[
 ("PNG", "PNG|AUS", "COERCE", 1, "begun forcibly removing the hundreds of refugees and asylum seekers", 0),
 ("PNG", "PNG|AUS", "ASSAULT/COERCE", 1, "Several men were beaten", 0),
 ("PNG", "IRN|PNG", "COERCE", 1, "was arrested during the operation", 0),
 ("AUS", "PNG|AUS", "COERCE", 0, "cutting off food, water and electricity", 0),
 ("PNG|AUS", "AUS|PNG", "PROTEST", 0, "have barricaded themselves inside the centre", 0),
 ("PNG", "PNG", "ASSAULT", 0, "refugees have previously been attacked by locals", 0),
 ("AUS", "PNG|AUS", "REQUEST", 1, "the men should \"get onto the buses\"", 0),
 ("AUS", "AUS|NGO", "ACCUSE", 1, "accused refugee advocates of encouraging them", 0),
 ("UNO", "PNG|AUS", "ACCUSE", 1, "The UN refugee agency condemned the operation", 0),
 ("UNO", "AUS", "REQUEST", 1, "called on Australia to take responsibility for the men", 0),
 ("NGO", "AUS", "ACCUSE", 1, "Amnesty International accused both governments", 0),
 ("NGO", "PNG", "ACCUSE", 1, "Amnesty International accused both governments", 0),
 ("NGO", "AUS|PNG", "REQUEST", 0, "demanded that journalists and independent monitors be allowed into the centre", 0),
 ("NZL", "AUS", "AID/AGREE/COOPERATE", 1, "repeated an offer to resettle 150 of the refugees", 0),
 ("AUS", "NZL", "REJECT", 1, "has again declined it", 0),
 ("USA", "AUS", "AGREE/AID", 0, "the US has agreed to consider up to 1,250 people", 0),
 ("AUS", "PNG", "AGREE", 0, "prompting Australia and PNG to agree to shut the facility", 1),
]))

ARTS.append(dict(
id="AD11", fmt="json",
headline="Cambodia's Supreme Court Dissolves Main Opposition Party, Clearing Hun Sen's Path",
body="""
Cambodia's Supreme Court on Thursday ordered the dissolution of the country's main opposition party, the Cambodia National Rescue Party, and banned 118 of its senior members from politics for five years, a ruling critics say turns the Southeast Asian nation into a de facto one-party state ahead of elections next year.

Chief Justice Dith Munty, who also sits on the ruling Cambodian People's Party's permanent committee, read out the verdict after a one-day hearing that the opposition boycotted. The case was brought by the Interior Ministry, which accused the CNRP of plotting with foreign powers to topple the government.

The party's leader, Kem Sokha, was arrested in a late-night raid on his home in September and charged with treason. The government has aired a video of a 2013 speech in which he described receiving advice from Americans, which it says proves a U.S.-backed conspiracy.

Prime Minister Hun Sen, who has ruled Cambodia for more than three decades, welcomed the decision and invited opposition officials who had not fled the country to join other parties.

"This is the death of democracy in Cambodia," said Mu Sochua, a CNRP vice president who left for Thailand last month after being warned she faced arrest. She called on foreign governments to impose targeted sanctions on Cambodian officials.

The White House said in a statement that the ruling, along with other recent setbacks for democracy, called into question the legitimacy of next year's vote, and announced that the United States would immediately end its support for Cambodia's National Election Committee. "We call on the Cambodian government to reverse course," the statement said.

The European Union said it was considering all options, including a review of the duty-free access to its market on which Cambodia's garment industry depends.

Hun Sen has brushed off Western criticism, saying Cambodia can rely on China. Beijing, Cambodia's biggest investor and aid donor, said it supported the government's efforts to protect political stability.

The crackdown has also targeted independent media. The English-language Cambodia Daily closed in September after authorities demanded payment of a $6.3 million tax bill, and more than a dozen radio stations that aired Voice of America and Radio Free Asia programs were forced off the air.

Human Rights Watch said foreign donors should stop pretending that the 2018 election could be credible and should suspend assistance to the electoral process.
""",
meta=dict(date_publish="2017-11-16 14:05:00", authors=["Michael Sullivan"], url="https://www.npr.org/sections/parallels/2017/11/16/cambodia-supreme-court-dissolves-opposition-party",
          source_domain="npr.org",
          description="The ruling bans 118 opposition figures from politics; the US ends support for Cambodia's election body."),
pub=("2017-11-16", "2017-11-16", "ruling 'on Thursday' 16 November 2017; date_publish"),
people=[("Dith Munty", "KHM", "Chief Justice, Supreme Court"),
        ("Kem Sokha", "KHM", "leader, Cambodia National Rescue Party"),
        ("Hun Sen", "KHM", "Prime Minister"),
        ("Mu Sochua", "KHM", "vice president, Cambodia National Rescue Party")],
events=[
 ("KHM", "KHM", "SANCTION/COERCE", 1, "ordered the dissolution of the country's main opposition party", 0),
 ("KHM", "KHM", "SANCTION", 1, "banned 118 of its senior members from politics", 0),
 ("KHM", "KHM", "REJECT/PROTEST", 0, "the opposition boycotted", 0),
 ("KHM", "KHM", "ACCUSE", 1, "accused the CNRP of plotting with foreign powers", 0),
 ("KHM", "KHM", "COERCE", 1, "was arrested in a late-night raid on his home", 0),
 ("KHM", "KHM", "ACCUSE", 0, "charged with treason", 0),
 ("KHM", "USA", "ACCUSE", 1, "proves a U.S.-backed conspiracy", 0),
 ("KHM", "KHM", "SUPPORT", 0, "welcomed the decision", 0),
 ("KHM", "KHM", "ACCUSE", 1, "This is the death of democracy in Cambodia", 0),
 ("KHM", "WST|USA|EUR", "REQUEST", 1, "called on foreign governments to impose targeted sanctions", 0),
 ("USA", "KHM", "ACCUSE", 1, "called into question the legitimacy of next year's vote", 0),
 ("USA", "KHM", "SANCTION", 1, "would immediately end its support for Cambodia's National Election Committee", 0),
 ("USA", "KHM", "REQUEST", 1, "We call on the Cambodian government to reverse course", 0),
 ("EUR", "KHM", "THREATEN", 1, "including a review of the duty-free access", 0),
 ("KHM", "WST", "REJECT", 0, "has brushed off Western criticism", 0),
 ("CHN", "KHM", "SUPPORT", 1, "it supported the government's efforts to protect political stability", 0),
 ("CHN", "KHM", "AID", 0, "Cambodia's biggest investor and aid donor", 0),
 ("KHM", "KHM", "COERCE", 0, "were forced off the air", 0),
 ("NGO", "WST|KHM", "REQUEST/ACCUSE", 0, "should suspend assistance to the electoral process", 0),
]))

ARTS.append(dict(
id="AD12", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="North Korea agrees to send athletes to Olympics in first talks with South in two years",
body="""
PANMUNJOM, Korea (AP) — North Korea agreed Tuesday to send a delegation of athletes, cheerleaders and officials to next month's Winter Olympics in South Korea, as the rivals held their first formal talks in more than two years at a border village.

After a day of negotiations at the "truce village" of Panmunjom, the two Koreas also agreed in a joint statement to hold military talks aimed at easing tensions along their heavily fortified border and to resume high-level discussions on other issues.

North Korea said it was restoring a military hotline with the South that had been dormant since 2016, according to South Korean officials.

South Korean Unification Minister Cho Myoung-gyon, who led Seoul's five-member delegation, proposed that the two sides march together under a single flag at the opening ceremony and that reunions of families separated by the 1950-53 Korean War be held during the Lunar New Year holiday. The North did not immediately accept the proposals.

The talks turned testy when the South raised the North's nuclear program. Ri Son Gwon, the North's chief delegate, said in a closing statement that his country's atomic bombs, hydrogen bombs and intercontinental ballistic missiles were aimed only at the United States, not at "our brethren," and accused Seoul of spoiling the mood by bringing up "groundless" issues. "This is not an issue between North and South Korea," he said.

The meeting followed a New Year's Day speech in which North Korean leader Kim Jong Un said he was open to sending a team to Pyeongchang, while warning that a "nuclear button" was always on his desk.

Washington and Seoul agreed last week to delay their annual springtime military exercises until after the Games, a move that may have smoothed the way for the talks.

The U.S. State Department welcomed the outcome but said it would be watching to see whether the contacts led to steps toward denuclearization. President Donald Trump, who has threatened North Korea with "fire and fury," has claimed credit for the talks, saying his tough stance pushed Kim to engage.

Japan's chief Cabinet secretary, Yoshihide Suga, said Tokyo would not relax its pressure campaign against the North. "Dialogue for the sake of dialogue is meaningless," he told reporters.
""",
pub=("2018-01-09", "2018-01-09", "talks 'Tuesday' 9 January 2018"),
people=[("Cho Myoung-gyon", "KOR", "Unification Minister"),
        ("Ri Son Gwon", "PRK", "chief delegate"),
        ("Kim Jong Un", "PRK", "leader"),
        ("Donald Trump", "USA", "President"),
        ("Yoshihide Suga", "JPN", "chief Cabinet secretary")],
events=[
 ("PRK", "KOR", "AGREE/COOPERATE", 1, "North Korea agreed Tuesday to send a delegation of athletes", 0),
 ("PRK", "KOR", "CONSULT", 1, "held their first formal talks in more than two years", 1),
 ("PRK", "KOR", "AGREE", 1, "agreed in a joint statement to hold military talks", 1),
 ("PRK", "KOR", "COOPERATE/AGREE", 1, "restoring a military hotline with the South", 0),
 ("KOR", "PRK", "REQUEST/AGREE", 1, "proposed that the two sides march together under a single flag", 0),
 ("PRK", "KOR", "REJECT", 0, "The North did not immediately accept the proposals", 0),
 ("KOR", "PRK", "REQUEST", 0, "the South raised the North's nuclear program", 0),
 ("PRK", "USA", "THREATEN", 1, "were aimed only at the United States", 0),
 ("PRK", "KOR", "ACCUSE", 1, "accused Seoul of spoiling the mood", 0),
 ("PRK", "KOR", "AGREE", 0, "he was open to sending a team to Pyeongchang", 0),
 ("PRK", "USA|KOR", "THREATEN", 0, "a \"nuclear button\" was always on his desk", 0),
 ("USA", "KOR", "AGREE", 0, "Washington and Seoul agreed last week to delay their annual springtime military exercises", 1),
 ("USA", "PRK|KOR", "SUPPORT", 1, "The U.S. State Department welcomed the outcome", 0),
 ("USA", "PRK", "THREATEN", 0, "has threatened North Korea with \"fire and fury,\"", 0),
 ("JPN", "PRK", "THREATEN/SANCTION/REJECT", 0, "Tokyo would not relax its pressure campaign against the North", 0),
 ("JPN", "PRK|KOR", "REJECT/ACCUSE", 0, "Dialogue for the sake of dialogue is meaningless", 0),
]))

ARTS.append(dict(
id="AD13", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Duterte pulls Philippines out of international criminal court over drug war inquiry",
body="""
The Philippine president, Rodrigo Duterte, has announced that his country will withdraw from the international criminal court, a month after the tribunal began a preliminary examination of allegations that thousands of people were unlawfully killed in his war on drugs.

In a 15-page statement released on Wednesday, Duterte said the withdrawal would take effect immediately, accusing the court and UN officials of "baseless, unprecedented and outrageous attacks" on him and his administration. He said the ICC was being "utilised as a political tool" against the Philippines.

Under the Rome statute, which founded the court, a withdrawal only comes into force a year after the UN secretary-general is formally notified.

The ICC prosecutor, Fatou Bensouda, said in February that her office would examine whether crimes against humanity had been committed since Duterte took office in mid-2016. Police say about 4,000 suspected drug users and dealers have been killed in anti-narcotics operations; rights groups put the figure at more than 12,000.

The court's spokesman said a withdrawal would have no effect on the examination already under way. "The court retains jurisdiction over crimes committed while a state was a party," he said.

Duterte has repeatedly said he would never allow foreign investigators into the country, and last year threatened to slap the UN special rapporteur on extrajudicial executions, Agnes Callamard, if she came to investigate. Last week the UN human rights chief, Zeid Ra'ad al-Hussein, said the president should undergo a psychiatric examination. Duterte's spokesman, Harry Roque, hit back, calling Zeid's remarks "irresponsible" and "disrespectful".

Human rights groups condemned the decision. Human Rights Watch called it a cynical attempt to escape accountability and urged other members of the court to press Manila to reverse it.

The opposition senator Risa Hontiveros said the move showed the president was afraid of the investigation, and several senators said they would ask the supreme court to rule on whether the president could leave the treaty without the consent of the senate, which ratified it in 2011.

Burundi became the first country to leave the court last year, after the tribunal opened an inquiry into political violence there.
""",
pub=("2018-03-14", "2018-03-14", "statement released 'on Wednesday' 14 March 2018"),
people=[("Rodrigo Duterte", "PHL", "President"),
        ("Fatou Bensouda", "IGO", "ICC prosecutor"),
        ("Agnes Callamard", "UNO", "UN special rapporteur on extrajudicial executions"),
        ("Zeid Ra'ad al-Hussein", "UNO", "UN human rights chief"),
        ("Harry Roque", "PHL", "presidential spokesman"),
        ("Risa Hontiveros", "PHL", "opposition senator")],
events=[
 ("PHL", "IGO", "RETREAT/REJECT", 1, "his country will withdraw from the international criminal court", 0),
 ("IGO", "PHL", "ACCUSE", 0, "the tribunal began a preliminary examination", 0),
 ("PHL", "IGO", "ACCUSE", 1, "accusing the court and UN officials", 0),
 ("PHL", "UNO", "ACCUSE", 1, "accusing the court and UN officials", 0),
 ("PHL", "IGO", "ACCUSE", 0, "the ICC was being \"utilised as a political tool\"", 0),
 ("IGO", "PHL", "ACCUSE", 0, "her office would examine whether crimes against humanity had been committed", 0),
 ("PHL", "PHL", "ASSAULT", 0, "have been killed in anti-narcotics operations", 0),
 ("IGO", "PHL", "REJECT", 1, "a withdrawal would have no effect on the examination already under way", 0),
 ("PHL", "IGO|UNO", "REJECT", 0, "he would never allow foreign investigators into the country", 0),
 ("PHL", "UNO", "THREATEN", 0, "threatened to slap the UN special rapporteur", 0),
 ("UNO", "PHL", "ACCUSE", 1, "the president should undergo a psychiatric examination", 0),
 ("PHL", "UNO", "ACCUSE", 1, "calling Zeid's remarks \"irresponsible\"", 0),
 ("NGO", "PHL", "ACCUSE", 1, "Human rights groups condemned the decision", 0),
 ("NGO", "PHL", "ACCUSE", 0, "called it a cynical attempt to escape accountability", 0),
 ("NGO", "IGO", "REQUEST", 0, "urged other members of the court to press Manila to reverse it", 0),
 ("PHL", "PHL", "ACCUSE", 1, "the president was afraid of the investigation", 0),
 ("PHL", "PHL", "REQUEST", 0, "would ask the supreme court to rule", 0),
 ("BDI", "IGO", "RETREAT/REJECT", 0, "Burundi became the first country to leave the court", 0),
]))

ARTS.append(dict(
id="AD14", fmt="txt",
headline="France recalls ambassadors to US and Australia over AUKUS submarine row",
body="""
France has recalled its ambassadors to the United States and Australia for consultations, in an unprecedented show of anger after Canberra scrapped a multibillion-dollar deal to buy French submarines in favour of nuclear-powered vessels built with US and British technology.

French Foreign Minister Jean-Yves Le Drian said in a statement on Friday that the decision, taken at the request of President Emmanuel Macron, was justified by "the exceptional seriousness" of the announcements made by Australia and the United States.

It is the first time France has recalled its envoy to Washington, its oldest ally. Paris did not recall its ambassador to the United Kingdom, the third member of the new alliance.

The row erupted on Wednesday when US President Joe Biden, Australian Prime Minister Scott Morrison and British Prime Minister Boris Johnson announced a security partnership, dubbed AUKUS, under which Australia will acquire at least eight nuclear-powered submarines. Australia said it would cancel its 2016 contract with France's Naval Group for 12 conventional submarines, worth about 90 billion Australian dollars ($66bn).

Le Drian had earlier described the move as "a stab in the back". "We built a relationship of trust with Australia, and this trust has been betrayed," he told France Info radio.

Morrison said he understood France's disappointment but that Australia had to act in its national interest. He said he had raised concerns about the French submarines with Macron in June.

A White House official said Washington regretted the French decision and would stay engaged in the coming days to resolve the differences. The State Department called France "a vital ally".

China, which the pact is widely seen as aimed at countering, accused the three countries of "seriously undermining regional peace and stability" and fuelling an arms race. Foreign ministry spokesman Zhao Lijian said the deal reflected an outdated "Cold War mentality".

New Zealand's Prime Minister Jacinda Ardern said the new Australian submarines would not be allowed in her country's waters under its decades-old nuclear-free policy.

The European Union's foreign policy chief, Josep Borrell, complained that the bloc had not been consulted and expressed solidarity with France.

Relations between Australia and China have deteriorated sharply since 2020, when Canberra called for an independent inquiry into the origins of COVID-19. Beijing responded with tariffs and restrictions on Australian barley, wine, beef and coal.
""",
pub=("2021-09-17", "2021-09-18", "recall statement 'on Friday' 17 September 2021; AUKUS announced Wednesday 15 September"),
people=[("Jean-Yves Le Drian", "FRA", "Foreign Minister"),
        ("Emmanuel Macron", "FRA", "President"),
        ("Joe Biden", "USA", "President"),
        ("Scott Morrison", "AUS", "Prime Minister"),
        ("Boris Johnson", "GBR", "Prime Minister"),
        ("Zhao Lijian", "CHN", "foreign ministry spokesman"),
        ("Jacinda Ardern", "NZL", "Prime Minister"),
        ("Josep Borrell", "EUR", "EU foreign policy chief")],
events=[
 ("FRA", "USA", "SANCTION/PROTEST", 1, "France has recalled its ambassadors to the United States and Australia", 0),
 ("FRA", "AUS", "SANCTION/PROTEST", 1, "France has recalled its ambassadors to the United States and Australia", 0),
 ("AUS", "FRA", "REJECT/SANCTION/RETREAT", 1, "Canberra scrapped a multibillion-dollar deal to buy French submarines", 0),
 ("USA", "AUS", "AGREE/COOPERATE", 1, "announced a security partnership, dubbed AUKUS", 1),
 ("GBR", "AUS", "AGREE/COOPERATE", 1, "announced a security partnership, dubbed AUKUS", 1),
 ("USA", "GBR", "AGREE/COOPERATE", 1, "announced a security partnership, dubbed AUKUS", 1),
 ("AUS", "FRA", "REJECT/SANCTION", 0, "Australia said it would cancel its 2016 contract with France's Naval Group", 0),
 ("FRA", "AUS", "ACCUSE", 1, "described the move as \"a stab in the back\"", 0),
 ("FRA", "AUS", "ACCUSE", 0, "this trust has been betrayed", 0),
 ("AUS", "FRA", "CONSULT", 0, "he had raised concerns about the French submarines with Macron in June", 0),
 ("USA", "FRA", "PROTEST", 0, "Washington regretted the French decision", 0),
 ("USA", "FRA", "CONSULT/AGREE", 0, "would stay engaged in the coming days to resolve the differences", 0),
 ("USA", "FRA", "SUPPORT", 1, "called France \"a vital ally\"", 0),
 ("CHN", "USA", "ACCUSE", 1, "accused the three countries of \"seriously undermining regional peace and stability\"", 0),
 ("CHN", "AUS", "ACCUSE", 1, "accused the three countries of \"seriously undermining regional peace and stability\"", 0),
 ("CHN", "GBR", "ACCUSE", 1, "accused the three countries of \"seriously undermining regional peace and stability\"", 0),
 ("NZL", "AUS", "REJECT", 1, "would not be allowed in her country's waters", 0),
 ("EUR", "USA|AUS", "PROTEST/ACCUSE", 0, "complained that the bloc had not been consulted", 0),
 ("EUR", "FRA", "SUPPORT", 1, "expressed solidarity with France", 0),
 ("AUS", "CHN", "REQUEST", 0, "Canberra called for an independent inquiry into the origins of COVID-19", 0),
 ("CHN", "AUS", "SANCTION", 0, "Beijing responded with tariffs and restrictions on Australian barley", 0),
]))
