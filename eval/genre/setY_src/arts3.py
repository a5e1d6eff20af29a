# Articles Y15..Y20
ARTS = []

ARTS.append(dict(
id="Y15", fmt="txt",
headline="US and China trade barbs in tense first talks of Biden era",
body="""
Top diplomats from the United States and China have wrapped up two days of talks in Alaska, the first high-level meeting between the rivals since US President Joe Biden took office, after an opening session that turned into a public exchange of rebukes.

US Secretary of State Antony Blinken and National Security Adviser Jake Sullivan met China's top diplomat Yang Jiechi and Foreign Minister Wang Yi in Anchorage on Thursday and Friday.

In front of the cameras, Blinken said Washington would raise "deep concerns" about China's actions in Xinjiang, Hong Kong and Taiwan, cyberattacks on the United States and economic coercion of its allies. "Each of these actions threaten the rules-based order that maintains global stability," he said.

Yang responded with a 16-minute speech accusing the US of hypocrisy on human rights and of using its military might and financial hegemony to suppress other countries. "The United States does not have the qualification to say that it wants to speak to China from a position of strength," he said, and urged Washington to stop interfering in China's internal affairs.

Wang complained that new US sanctions on Chinese officials over Hong Kong, announced a day before the delegation left Beijing, were no way to welcome guests.

A senior US administration official told reporters the Chinese side had "arrived intent on grandstanding".

After the closed-door sessions, Blinken told reporters the US had expected tough and direct talks and got them. He said the two sides' interests intersected on Iran, North Korea, Afghanistan and climate change, and that Washington had asked Beijing to use its influence to curb North Korea's nuclear programme.

Yang described the discussions as "candid, constructive and helpful" but said China would not compromise on its sovereignty. Chinese state media said both sides had agreed to set up a joint working group on climate change.

Relations sank to their lowest point in decades under former President Donald Trump, who launched a trade war with Beijing. Biden has kept Trump's tariffs in place and has vowed to work with allies to push back against China.

Days before the meeting, Blinken and Defence Secretary Lloyd Austin visited Japan and South Korea, where they accused China of coercion and aggression.
""",
pub=("2021-03-19", "2021-03-20", "talks Thursday-Friday 18-19 March 2021 'wrapped up'"),
people=[("Joe Biden", "USA", "President"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Jake Sullivan", "USA", "National Security Adviser"),
        ("Yang Jiechi", "CHN", "top diplomat"),
        ("Wang Yi", "CHN", "Foreign Minister"),
        ("Donald Trump", "USA", "former President"),
        ("Lloyd Austin", "USA", "Defence Secretary")],
events=[
 ("USA", "CHN", "CONSULT", 1, "two days of talks in Alaska", 1),
 ("USA", "CHN", "CONSULT", 0, "met China's top diplomat Yang Jiechi and Foreign Minister Wang Yi in Anchorage", 1),
 ("USA", "CHN", "ACCUSE", 1, "Washington would raise \"deep concerns\" about China's actions", 0),
 ("USA", "CHN", "ACCUSE", 0, "Each of these actions threaten the rules-based order", 0),
 ("CHN", "USA", "ACCUSE", 1, "accusing the US of hypocrisy on human rights", 0),
 ("CHN", "USA", "REQUEST", 1, "urged Washington to stop interfering in China's internal affairs", 0),
 ("CHN", "USA", "ACCUSE", 1, "Wang complained that new US sanctions on Chinese officials", 0),
 ("USA", "CHN", "SANCTION", 0, "new US sanctions on Chinese officials over Hong Kong", 0),
 ("USA", "CHN", "ACCUSE", 0, "arrived intent on grandstanding", 0),
 ("USA", "CHN", "REQUEST", 1, "Washington had asked Beijing to use its influence to curb North Korea's nuclear programme", 0),
 ("USA", "CHN", "COOPERATE/AGREE", 0, "the two sides' interests intersected", 1),
 ("CHN", "USA", "REJECT", 1, "China would not compromise on its sovereignty", 0),
 ("USA", "CHN", "AGREE", 1, "both sides had agreed to set up a joint working group on climate change", 1),
 ("USA", "CHN", "SANCTION", 0, "who launched a trade war with Beijing", 0),
 ("USA", "CHN", "SANCTION/THREATEN", 0, "Biden has kept Trump's tariffs in place", 0),
 ("USA", "JPN|KOR", "CONSULT", 0, "visited Japan and South Korea", 0),
 ("USA", "CHN", "ACCUSE", 0, "they accused China of coercion and aggression", 0),
]))

ARTS.append(dict(
id="Y16", fmt="json",
headline="Hong Kong's Apple Daily to close after police raid and asset freeze",
body="""
Apple Daily, Hong Kong's biggest pro-democracy newspaper, says it will print its final edition on Thursday, days after police froze its assets and arrested senior executives under a national security law imposed by Beijing.

The board of Next Digital, the paper's parent company, said in a statement on Wednesday that the decision was made "in view of the current circumstances prevailing in Hong Kong". Its website and social media accounts will go offline at midnight.

Last Thursday, about 500 police officers raided the paper's newsroom and arrested five directors, including editor-in-chief Ryan Law and chief executive Cheung Kim-hung, accusing them of conspiring to collude with foreign forces by publishing articles that called for sanctions against Hong Kong and China.

Law and Cheung were charged and denied bail. Authorities also froze 18 million Hong Kong dollars ($2.3m) in assets belonging to three companies linked to the paper, leaving it unable to pay staff or suppliers.

On Wednesday, police arrested a lead opinion writer who writes under the pen name Li Ping on suspicion of the same offence.

The paper's founder, Jimmy Lai, is already in prison for taking part in unauthorised protests in 2019.

Hong Kong's leader, Carrie Lam, dismissed criticism that the raid was an attack on press freedom, saying journalists should not "beautify" acts that endanger national security.

British Foreign Secretary Dominic Raab said the forced closure was "a chilling blow to freedom of expression", while US President Joe Biden called it "a sad day for media freedom" and said Beijing was intensifying its repression. The European Union said the closure showed that the security law was being used to stifle free media.

China's foreign ministry rejected the criticism and told Western governments to stop meddling in Hong Kong's affairs.

Beijing imposed the national security law in June 2020 after months of anti-government protests in the city, and hundreds of activists and opposition politicians have since been arrested.
""",
meta=dict(date_publish="2021-06-23 14:20:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/6/23/hong-kongs-apple-daily-to-close",
          source_domain="aljazeera.com",
          description="The pro-democracy tabloid will print its last edition after authorities froze its assets under the national security law."),
pub=("2021-06-23", "2021-06-23", "closure announced Wednesday 23 June 2021; date_publish"),
people=[("Ryan Law", "HKG", "editor-in-chief, Apple Daily"),
        ("Cheung Kim-hung", "HKG", "chief executive, Next Digital"),
        ("Li Ping", "HKG", "lead opinion writer (pen name)"),
        ("Jimmy Lai", "HKG", "founder, Apple Daily"),
        ("Carrie Lam", "HKG", "Chief Executive of Hong Kong"),
        ("Dominic Raab", "GBR", "Foreign Secretary"),
        ("Joe Biden", "USA", "President")],
events=[
 ("HKG|CHN", "HKG|CHN", "COERCE/SANCTION", 1, "police froze its assets", 0),
 ("HKG|CHN", "HKG|CHN", "CONCEDE/RETREAT", 0, "it will print its final edition on Thursday", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE", 1, "about 500 police officers raided the paper's newsroom and arrested five directors", 0),
 ("HKG|CHN", "HKG|CHN", "ACCUSE", 0, "accusing them of conspiring to collude with foreign forces", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE/ACCUSE", 1, "Law and Cheung were charged and denied bail", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE/SANCTION", 0, "Authorities also froze 18 million Hong Kong dollars", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE", 1, "police arrested a lead opinion writer", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE", 0, "is already in prison for taking part in unauthorised protests", 0),
 ("HKG|CHN", "HKG|CHN|GBR|USA|WST", "REJECT", 0, "Carrie Lam, dismissed criticism", 0),
 ("GBR", "CHN|HKG", "ACCUSE", 1, "a chilling blow to freedom of expression", 0),
 ("USA", "CHN|HKG", "ACCUSE", 1, "Beijing was intensifying its repression", 0),
 ("EUR", "CHN|HKG", "ACCUSE", 1, "the security law was being used to stifle free media", 0),
 ("CHN", "WST|GBR|USA|EUR", "REJECT/ACCUSE", 1, "China's foreign ministry rejected the criticism", 0),
 ("CHN", "WST|GBR|USA|EUR", "REQUEST", 1, "told Western governments to stop meddling in Hong Kong's affairs", 0),
 ("CHN", "HKG|CHN", "COERCE", 0, "Beijing imposed the national security law in June 2020", 0),
 ("HKG|CHN", "HKG|CHN", "PROTEST", 0, "months of anti-government protests in the city", 0),
 ("HKG|CHN", "HKG|CHN", "COERCE", 0, "hundreds of activists and opposition politicians have since been arrested", 0),
]))

ARTS.append(dict(
id="Y17", fmt="json",
headline="India and Pakistan agree to strictly observe Kashmir ceasefire",
body="""
India and Pakistan have agreed to strictly observe all ceasefire agreements along the Line of Control that divides disputed Kashmir, in a rare joint statement issued by the nuclear-armed rivals' militaries on Thursday.

The statement said the directors general of military operations of both armies had held discussions over the established hotline and agreed to address each other's "core issues and concerns" that could disturb peace, with effect from midnight.

The two sides reiterated that existing mechanisms of hotline contact and border flag meetings would be used to resolve any unforeseen situation or misunderstanding.

The announcement surprised many observers. Cross-border firing has killed dozens of soldiers and civilians on both sides in recent years, and each side routinely accuses the other of starting it. India recorded more than 5,000 ceasefire violations last year, the highest number in nearly two decades.

Pakistan's military spokesman, Major General Babar Iftikhar, told reporters in Rawalpindi that the agreement was a positive development and that Pakistan had always wanted peace. "We hope India will stand by its word," he said. Prime Minister Imran Khan wrote on Twitter that Pakistan was ready to resolve all outstanding issues with India through dialogue.

In New Delhi, the foreign ministry said India desired normal neighbourly relations with Pakistan but insisted the onus was on Islamabad to create an environment free of "terror, hostility and violence".

United Nations Secretary-General Antonio Guterres welcomed the agreement and hoped it would pave the way for further dialogue, his spokesman said. The United States also welcomed the move, with White House press secretary Jen Psaki calling it a positive step towards greater peace and stability in South Asia.

Relations plunged in 2019 after a suicide bombing killed 40 Indian paramilitary police in Pulwama and India launched air strikes on what it said was a fighters' training camp inside Pakistan. Months later, New Delhi revoked the special status of Indian-administered Kashmir, prompting Pakistan to downgrade diplomatic ties and suspend trade.
""",
meta=dict(date_publish="2021-02-25 11:05:00", authors=["Al Jazeera Staff"], url="https://www.aljazeera.com/news/2021/2/25/india-pakistan-agree-to-strictly-observe-kashmir-ceasefire",
          source_domain="aljazeera.com",
          description="Rare joint statement by the two militaries commits them to the ceasefire along the Line of Control."),
pub=("2021-02-25", "2021-02-25", "joint statement Thursday 25 February 2021; date_publish"),
people=[("Babar Iftikhar", "PAK", "military spokesman, Major General"),
        ("Imran Khan", "PAK", "Prime Minister"),
        ("Antonio Guterres", "UNO", "United Nations Secretary-General"),
        ("Jen Psaki", "USA", "White House press secretary")],
events=[
 ("IND", "PAK", "AGREE", 1, "India and Pakistan have agreed to strictly observe all ceasefire agreements", 1),
 ("IND", "PAK", "CONSULT", 1, "had held discussions over the established hotline", 1),
 ("IND", "PAK", "AGREE", 0, "agreed to address each other's \"core issues and concerns\"", 1),
 ("IND", "PAK", "AGREE/COOPERATE", 0, "existing mechanisms of hotline contact and border flag meetings would be used", 1),
 ("IND", "PAK", "ASSAULT", 0, "Cross-border firing has killed dozens of soldiers and civilians on both sides", 1),
 ("IND", "PAK", "ACCUSE", 0, "each side routinely accuses the other of starting it", 1),
 ("PAK", "IND", "ASSAULT", 0, "more than 5,000 ceasefire violations last year", 0),
 ("PAK", "IND", "SUPPORT", 0, "the agreement was a positive development", 0),
 ("PAK", "IND", "REQUEST", 0, "We hope India will stand by its word", 0),
 ("PAK", "IND", "AGREE", 1, "Pakistan was ready to resolve all outstanding issues with India through dialogue", 0),
 ("IND", "PAK", "REQUEST/ACCUSE", 1, "the onus was on Islamabad to create an environment free of", 0),
 ("UNO", "IND", "SUPPORT", 1, "Guterres welcomed the agreement", 0),
 ("UNO", "PAK", "SUPPORT", 1, "Guterres welcomed the agreement", 0),
 ("USA", "IND", "SUPPORT", 1, "The United States also welcomed the move", 0),
 ("USA", "PAK", "SUPPORT", 1, "The United States also welcomed the move", 0),
 ("PAK", "IND", "ASSAULT", 0, "a suicide bombing killed 40 Indian paramilitary police in Pulwama", 0),
 ("IND", "PAK", "ASSAULT", 0, "India launched air strikes", 0),
 ("IND", "IND", "COERCE", 0, "revoked the special status of Indian-administered Kashmir", 0),
 ("PAK", "IND", "SANCTION", 0, "prompting Pakistan to downgrade diplomatic ties and suspend trade", 0),
]))

ARTS.append(dict(
id="Y18", fmt="json",
headline="Russia says troop build-up near Ukraine is no threat as West voices alarm",
body="""
Russia has said the deployment of tens of thousands of troops near its border with Ukraine is a response to threatening moves by NATO and poses no danger to anyone, as Western leaders voiced growing alarm over the largest build-up since 2014.

Defence Minister Sergei Shoigu said on Tuesday that two armies and three airborne units had been moved to the western borders over the past three weeks as part of combat readiness checks, and accused the United States and its allies of massing forces near Russia's frontiers.

Ukrainian President Volodymyr Zelensky visited front-line positions in the eastern Donbas region, where he said Russia was trying to intimidate Kyiv. He has urged NATO to speed up Ukraine's path to membership, a step the Kremlin has warned would only worsen the conflict.

US President Joe Biden spoke by phone with Vladimir Putin on Tuesday, calling on Russia to de-escalate tensions and proposing a summit in a third country in the coming months, the White House said in a statement.

NATO Secretary-General Jens Stoltenberg, after meeting Ukrainian Foreign Minister Dmytro Kuleba in Brussels, said the alliance stood with Ukraine and called on Moscow to end its "unjustified, unexplained and deeply concerning" military build-up.

Kremlin spokesman Dmitry Peskov said Russia moved troops within its own territory as it saw fit and that this should not concern anyone. "Russia has never threatened anyone," he said.

Fighting between Ukrainian government forces and Russian-backed separatists in Donbas has intensified since the start of the year, killing more than 20 Ukrainian soldiers. A ceasefire agreed in July has all but collapsed.

Russia annexed Crimea from Ukraine in 2014, and the conflict in the east has killed about 14,000 people since then.
""",
meta=dict(date_publish="2021-04-13 18:30:00", authors=["Al Jazeera and news agencies"], url="https://www.aljazeera.com/news/2021/4/13/russia-says-troop-build-up-near-ukraine-no-threat",
          source_domain="aljazeera.com",
          description="Moscow blames NATO for tensions as Biden calls Putin and proposes a summit."),
pub=("2021-04-13", "2021-04-13", "Shoigu remarks and Biden-Putin call Tuesday 13 April 2021; date_publish"),
people=[("Sergei Shoigu", "RUS", "Defence Minister"),
        ("Volodymyr Zelensky", "UKR", "President"),
        ("Joe Biden", "USA", "President"),
        ("Vladimir Putin", "RUS", "President"),
        ("Jens Stoltenberg", "IGO", "NATO Secretary-General"),
        ("Dmytro Kuleba", "UKR", "Foreign Minister"),
        ("Dmitry Peskov", "RUS", "Kremlin spokesman")],
events=[
 ("RUS", "UKR", "MOBILIZE", 1, "the deployment of tens of thousands of troops near its border with Ukraine", 0),
 ("RUS", "IGO", "ACCUSE", 1, "a response to threatening moves by NATO", 0),
 ("WST", "RUS", "ACCUSE", 0, "Western leaders voiced growing alarm", 0),
 ("RUS", "UKR", "MOBILIZE", 0, "two armies and three airborne units had been moved to the western borders", 0),
 ("RUS", "USA", "ACCUSE", 1, "accused the United States and its allies of massing forces", 0),
 ("UKR", "RUS", "ACCUSE", 1, "Russia was trying to intimidate Kyiv", 0),
 ("UKR", "IGO", "REQUEST", 1, "He has urged NATO to speed up Ukraine's path to membership", 0),
 ("RUS", "UKR|IGO", "THREATEN", 0, "the Kremlin has warned would only worsen the conflict", 0),
 ("USA", "RUS", "CONSULT", 1, "Joe Biden spoke by phone with Vladimir Putin", 1),
 ("USA", "RUS", "REQUEST", 1, "calling on Russia to de-escalate tensions", 0),
 ("USA", "RUS", "REQUEST/AGREE/CONSULT", 1, "proposing a summit in a third country", 0),
 ("UKR", "IGO", "CONSULT", 1, "after meeting Ukrainian Foreign Minister Dmytro Kuleba in Brussels", 1),
 ("IGO", "UKR", "SUPPORT", 1, "the alliance stood with Ukraine", 0),
 ("IGO", "RUS", "REQUEST/ACCUSE", 1, "called on Moscow to end its", 0),
 ("RUS", "WST|IGO|USA", "REJECT", 0, "this should not concern anyone", 0),
 ("UKR", "UKR|RUS", "ASSAULT", 1, "Fighting between Ukrainian government forces and Russian-backed separatists", 1),
 ("RUS", "UKR", "SUPPORT/AID", 0, "Russian-backed separatists", 0),
 ("UKR", "UKR|RUS", "AGREE", 0, "A ceasefire agreed in July", 1),
 ("RUS", "UKR", "COERCE/ASSAULT", 0, "Russia annexed Crimea from Ukraine in 2014", 0),
]))

ARTS.append(dict(
id="Y19", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="Ebrahim Raisi wins Iran presidential election amid record low turnout",
body="""
Ebrahim Raisi, Iran's ultraconservative judiciary chief, has won the country's presidential election with almost 62 percent of the vote, in a poll marked by the lowest turnout in the history of the Islamic Republic.

Interior Minister Abdolreza Rahmani Fazli said on Saturday that Raisi received about 17.9 million of the 28.9 million votes cast. Turnout was 48.8 percent, after many reformist and moderate hopefuls were disqualified by the Guardian Council, the unelected body that vets candidates.

Outgoing President Hassan Rouhani and the two remaining rival candidates congratulated Raisi even before the official results were announced.

Russian President Vladimir Putin was among the first foreign leaders to send congratulations, expressing hope for further development of "traditionally friendly" ties. Turkey's President Recep Tayyip Erdogan, Syria's Bashar al-Assad and Iraq's President Barham Salih also sent messages of support, as did the leaders of Hamas and Lebanon's Hezbollah.

Israel's Prime Minister Naftali Bennett said Raisi's election was the last chance for world powers to "wake up" before returning to the nuclear deal, calling the president-elect "the hangman of Tehran".

Amnesty International called for Raisi to be investigated for crimes against humanity over his role in the mass executions of political prisoners in 1988, when he sat on a so-called "death committee".

The US State Department said Iranians had been denied their right to a free and fair electoral process, but said indirect talks in Vienna on reviving the 2015 nuclear agreement would continue.

Raisi, who is under US sanctions over alleged human rights abuses, will take office in August. He has said he supports the Vienna talks but will not allow them to drag on.
""",
pub=("2021-06-19", "2021-06-20", "results announced Saturday 19 June 2021"),
people=[("Ebrahim Raisi", "IRN", "judiciary chief, president-elect"),
        ("Abdolreza Rahmani Fazli", "IRN", "Interior Minister"),
        ("Hassan Rouhani", "IRN", "Outgoing President"),
        ("Vladimir Putin", "RUS", "President"),
        ("Recep Tayyip Erdogan", "TUR", "President"),
        ("Bashar al-Assad", "SYR", "President"),
        ("Barham Salih", "IRQ", "President"),
        ("Naftali Bennett", "ISR", "Prime Minister")],
events=[
 ("IRN", "IRN", "REJECT/COERCE", 0, "were disqualified by the Guardian Council", 0),
 ("IRN", "IRN", "SUPPORT", 1, "congratulated Raisi even before the official results were announced", 0),
 ("RUS", "IRN", "SUPPORT", 1, "Putin was among the first foreign leaders to send congratulations", 0),
 ("TUR", "IRN", "SUPPORT", 1, "also sent messages of support", 0),
 ("SYR", "IRN", "SUPPORT", 1, "also sent messages of support", 0),
 ("IRQ", "IRN", "SUPPORT", 1, "also sent messages of support", 0),
 ("PSE", "IRN", "SUPPORT", 1, "as did the leaders of Hamas and Lebanon's Hezbollah", 0),
 ("LBN", "IRN", "SUPPORT", 1, "as did the leaders of Hamas and Lebanon's Hezbollah", 0),
 ("ISR", "IRN", "ACCUSE", 1, "calling the president-elect \"the hangman of Tehran\"", 0),
 ("ISR", "USA|WST|IGO", "REQUEST", 0, "the last chance for world powers to \"wake up\"", 0),
 ("NGO", "IRN", "REQUEST/ACCUSE", 1, "Amnesty International called for Raisi to be investigated", 0),
 ("IRN", "IRN", "ASSAULT/COERCE", 0, "the mass executions of political prisoners in 1988", 0),
 ("USA", "IRN", "ACCUSE", 1, "Iranians had been denied their right to a free and fair electoral process", 0),
 ("USA", "IRN", "CONSULT/AGREE", 0, "indirect talks in Vienna on reviving the 2015 nuclear agreement would continue", 1),
 ("USA", "IRN", "SANCTION", 0, "who is under US sanctions", 0),
 ("IRN", "USA", "SUPPORT/AGREE", 0, "he supports the Vienna talks", 0),
]))

ARTS.append(dict(
id="Y20", fmt="dump", dump="dump-3.txt", nbsp=False,
headline="Indian farmers storm Delhi's Red Fort as tractor rally turns violent",
body="""
Thousands of farmers protesting against new agricultural laws broke through police barricades and stormed the historic Red Fort in New Delhi on Tuesday, as India marked Republic Day with a military parade a few kilometres away.

Police fired tear gas and charged with batons to push back protesters who had driven tractors into the capital ahead of the agreed time and along routes not approved by the authorities. Some protesters climbed the ramparts of the 17th-century fort and hoisted religious and farm union flags.

One protester died when his tractor overturned, police said. Farmers' leaders said he had been shot, which police denied. More than 80 police officers were injured, according to the Delhi police.

The government suspended mobile internet services in several areas on the edges of the capital and deployed thousands of additional paramilitary troops.

Samyukt Kisan Morcha, an alliance of about 40 farm unions, distanced itself from the violence and blamed "anti-social elements" for infiltrating an otherwise peaceful march. "We condemn and regret these undesirable and unacceptable events," the alliance said in a statement.

Home Minister Amit Shah met senior security officials to review the situation. The governing Bharatiya Janata Party accused the opposition Congress party of inciting the farmers, while Congress leader Rahul Gandhi said violence was no solution but urged the government to withdraw the "anti-farmer laws".

Tens of thousands of farmers have camped on the outskirts of Delhi since November, demanding the repeal of three laws they say will leave them at the mercy of large corporations. Eleven rounds of talks with the government have failed to break the deadlock. Prime Minister Narendra Modi's government has offered to suspend the laws for 18 months, but the unions have rejected the offer.

The protests have drawn support abroad, particularly from the Sikh diaspora in Canada and Britain, and remarks by Canadian Prime Minister Justin Trudeau backing the farmers' right to protest angered New Delhi in December.
""",
pub=("2021-01-26", "2021-01-27", "Republic Day rally Tuesday 26 January 2021"),
people=[("Amit Shah", "IND", "Home Minister"),
        ("Rahul Gandhi", "IND", "Congress leader"),
        ("Narendra Modi", "IND", "Prime Minister"),
        ("Justin Trudeau", "CAN", "Prime Minister")],
events=[
 ("IND", "IND", "PROTEST", 1, "Thousands of farmers protesting against new agricultural laws", 0),
 ("IND", "IND", "PROTEST/ASSAULT/COERCE", 1, "broke through police barricades and stormed the historic Red Fort", 0),
 ("IND", "IND", "ASSAULT/COERCE", 1, "Police fired tear gas and charged with batons", 0),
 ("IND", "IND", "ACCUSE", 0, "Farmers' leaders said he had been shot", 0),
 ("IND", "IND", "REJECT", 0, "which police denied", 0),
 ("IND", "IND", "ASSAULT", 0, "More than 80 police officers were injured", 0),
 ("IND", "IND", "COERCE/SANCTION", 1, "The government suspended mobile internet services", 0),
 ("IND", "IND", "MOBILIZE", 1, "deployed thousands of additional paramilitary troops", 0),
 ("IND", "IND", "ACCUSE", 0, "blamed \"anti-social elements\"", 0),
 ("IND", "IND", "ACCUSE", 1, "accused the opposition Congress party of inciting the farmers", 0),
 ("IND", "IND", "REQUEST", 1, "urged the government to withdraw the \"anti-farmer laws\"", 0),
 ("IND", "IND", "REQUEST/PROTEST", 0, "demanding the repeal of three laws", 0),
 ("IND", "IND", "CONSULT", 0, "Eleven rounds of talks with the government", 1),
 ("IND", "IND", "CONCEDE/AGREE", 0, "has offered to suspend the laws for 18 months", 0),
 ("IND", "IND", "REJECT", 0, "the unions have rejected the offer", 0),
 ("CAN", "IND", "SUPPORT", 0, "backing the farmers' right to protest", 0),
 ("IND", "CAN", "ACCUSE", 0, "angered New Delhi in December", 0),
]))
