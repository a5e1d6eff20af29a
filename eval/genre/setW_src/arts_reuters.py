from common import A, T, F

A("W1", "txt", "LIBERIA SAYS REBELS FROM IVORY COAST ATTACK NORTHEAST BORDER TOWNS", """
MONROVIA, Dec 29 - Liberian troops are fighting an armed band of rebels who crossed into the northeastern county of Nimba from neighbouring Ivory Coast on Christmas Eve, the government said on Friday.

An Information Ministry statement said the insurgents attacked the border town of Butuo and the mining settlement of Karnplay, killing soldiers, immigration officers and several civilians before they were driven into the bush.

"The armed forces are in full control and the invaders are being hunted down," the statement said. It gave no casualty figures for the rebels.

Diplomats in Monrovia said the attackers appeared to belong to a group led by Charles Taylor, a former senior official in President Samuel Doe's government who fled Liberia in 1983 after being accused of embezzling nearly one million dollars.

Taylor, speaking to the British Broadcasting Corporation by telephone from an undisclosed location, said his National Patriotic Front of Liberia intended to overthrow Doe. "We will not stop until this government is removed," he said.

The government accused Libya and Burkina Faso of training and arming the rebels. Western diplomats said some of the fighters were believed to have received training in Libya, but there was no independent confirmation.

Ivory Coast denied that its territory had been used as a launching pad for the raid. A government spokesman in Abidjan said President Felix Houphouet-Boigny would not allow any group to use Ivorian soil to attack a neighbour.

Doe ordered reinforcements to Nimba and imposed a dusk-to-dawn curfew on the county, residents said. Several hundred soldiers were flown north from the capital on Thursday.

Relief officials said thousands of villagers had fled across the border into Ivory Coast and Guinea to escape the fighting, and witnesses reported that troops had burned houses in villages suspected of sheltering the insurgents.

Members of the Gio and Mano ethnic groups, who dominate Nimba, have complained of persecution since a failed coup attempt led by a Nimba native in 1985.

A U.S. embassy spokesman said Washington was following events closely but had received no request for military assistance.

Reuter
""", {"earliest": "1989-12-29", "latest": "1989-12-29", "why": "dateline 'Dec 29' (1989; invasion on Christmas Eve 1989); 'on Friday' = 29 Dec 1989"},
[("Charles Taylor", "LBR", "rebel leader, National Patriotic Front of Liberia; former government official"),
 ("Samuel Doe", "LBR", "President"),
 ("Felix Houphouet-Boigny", "CIV", "President")],
[
 ("LBR", "LBR", "ASSAULT", T, "Liberian troops are fighting an armed band of rebels", T),
 ("LBR", "LBR", "ASSAULT", T, "the insurgents attacked the border town of Butuo"),
 ("LBR", "LBR", "THREATEN", T, "We will not stop until this government is removed"),
 ("LBR", "LBY", "ACCUSE", T, "accused Libya and Burkina Faso"),
 ("LBR", "BFA", "ACCUSE", T, "accused Libya and Burkina Faso"),
 ("LBY", "LBR", "AID", F, "received training in Libya"),
 ("CIV", "LBR", "REJECT", T, "Ivory Coast denied that its territory had been used as a launching pad for the raid"),
 ("CIV", "LBR", "REJECT SUPPORT", F, "would not allow any group to use Ivorian soil to attack a neighbour"),
 ("LBR", "LBR", "MOBILIZE", T, "Doe ordered reinforcements to Nimba"),
 ("LBR", "LBR", "COERCE", T, "imposed a dusk-to-dawn curfew on the county"),
 ("LBR", "LBR", "ASSAULT COERCE", T, "troops had burned houses in villages suspected of sheltering the insurgents"),
 ("LBR", "LBR", "ACCUSE", F, "accused of embezzling nearly one million dollars"),
 ("LBR", "LBR", "PROTEST ACCUSE", F, "have complained of persecution"),
 ("USA", "LBR", "AID REJECT", F, "had received no request for military assistance"),
])

A("W2", "json", "KASHMIR MILITANTS FREE MINISTER'S DAUGHTER AFTER FIVE PRISONERS RELEASED", """
SRINAGAR, India, Dec 13 - Muslim separatists in Kashmir on Wednesday freed the kidnapped daughter of India's Home Minister, hours after the government bowed to their demand and released five jailed militants.

Rubaiya Sayeed, 23, a medical intern, was handed over to a retired judge in Srinagar and taken to the home of a relative, officials said. She had been abducted at gunpoint from a minibus near her hospital on Friday.

The Jammu and Kashmir Liberation Front, which wants the Muslim-majority state to break away from India, had threatened to kill her unless the five were set free.

Her father, Mufti Mohammad Sayeed, became India's first Muslim Home Minister when Prime Minister V.P. Singh formed his government earlier this month.

The five men, who had been held on charges of sedition and bombing, were released from a Srinagar jail in the afternoon and driven through streets packed with cheering supporters, witnesses said.

Officials said the deal was worked out during five days of talks conducted through intermediaries, including a judge and a local journalist. Two federal ministers flew to Srinagar on Monday to oversee the negotiations.

Kashmir's Chief Minister Farooq Abdullah was reported to have argued against the exchange, warning that giving in would encourage further kidnappings, but he was overruled by New Delhi.

"The government had no choice. A life was at stake," a senior Home Ministry official told Reuters. Opposition politicians criticised the decision as a surrender to terrorism.

Thousands of people poured into the streets of Srinagar after the release, chanting pro-independence slogans. Police did not intervene.

New Delhi has accused Pakistan of arming and training the Kashmiri militants, a charge Islamabad has repeatedly denied. The two countries have fought two of their three wars over the Himalayan region.

Police said security had been tightened across the Kashmir valley and a search was under way for the kidnappers.

Reuter
""", {"earliest": "1989-12-13", "latest": "1989-12-13", "why": "dateline 'Dec 13' 1989 (Rubaiya Sayeed released 13 Dec 1989); date_publish given"},
[("Rubaiya Sayeed", "IND", "medical intern, daughter of Home Minister"),
 ("Mufti Mohammad Sayeed", "IND", "Home Minister"),
 ("V.P. Singh", "IND", "Prime Minister"),
 ("Farooq Abdullah", "IND", "Chief Minister of Kashmir")],
[
 ("IND", "IND", "CONCEDE", T, "freed the kidnapped daughter of India's Home Minister"),
 ("IND", "IND", "CONCEDE", T, "the government bowed to their demand and released five jailed militants"),
 ("IND", "IND", "COERCE ASSAULT", T, "She had been abducted at gunpoint from a minibus near her hospital"),
 ("IND", "IND", "THREATEN", T, "had threatened to kill her unless the five were set free"),
 ("IND", "IND", "CONSULT", T, "the deal was worked out during five days of talks conducted through intermediaries", T),
 ("IND", "IND", "CONSULT", F, "Two federal ministers flew to Srinagar on Monday to oversee the negotiations"),
 ("IND", "IND", "REJECT", F, "was reported to have argued against the exchange"),
 ("IND", "IND", "ACCUSE", T, "Opposition politicians criticised the decision as a surrender to terrorism"),
 ("IND", "IND", "PROTEST", T, "chanting pro-independence slogans"),
 ("IND", "PAK", "ACCUSE", T, "New Delhi has accused Pakistan of arming and training the Kashmiri militants"),
 ("PAK", "IND", "REJECT", T, "a charge Islamabad has repeatedly denied"),
 ("PAK", "IND", "AID", F, "arming and training the Kashmiri militants"),
 ("IND", "PAK", "ASSAULT", F, "The two countries have fought two of their three wars over the Himalayan region", T),
 ("IND", "IND", "MOBILIZE COERCE", F, "security had been tightened across the Kashmir valley"),
 ("IND", "IND", "COERCE", F, "a search was under way for the kidnappers"),
], meta={"date_publish": "1989-12-13 14:52:00", "authors": [], "url": None, "source_domain": "reuters.com",
         "description": "Kashmiri separatists release the Home Minister's kidnapped daughter after five militants are freed."})

A("W3", "txt", "PLO PROCLAIMS INDEPENDENT PALESTINIAN STATE, ISRAEL REJECTS MOVE", """
ALGIERS, Nov 15 - The Palestine Liberation Organisation proclaimed an independent Palestinian state early on Tuesday and, for the first time, implicitly accepted United Nations resolutions that recognise Israel's right to exist.

PLO chairman Yasser Arafat read the declaration of independence to a packed hall of the Palestine National Council, the movement's parliament-in-exile, which had debated for three days behind closed doors. Delegates rose to their feet, weeping and embracing.

The council endorsed U.N. Security Council resolutions 242 and 338 as the basis for an international peace conference, a step that moderates said was aimed at winning over Washington. Hardline factions voted against the resolution but said they would not quit the PLO.

The declaration names Jerusalem as the capital of the new state but does not define its borders.

Algeria, the host, immediately recognised the state, and several Arab and Islamic countries followed within hours. Algerian President Chadli Bendjedid congratulated Arafat in a message read out on state radio.

Israel dismissed the declaration as a propaganda exercise. Prime Minister Yitzhak Shamir said in Jerusalem that it was "a deceptive manoeuvre" and accused the PLO of continuing to preach terrorism behind a moderate facade.

"It changes nothing. We will not negotiate with the PLO," an aide to Shamir said.

Israeli troops imposed curfews on large parts of the occupied West Bank and Gaza Strip to prevent celebrations, and army radio said soldiers shot and wounded several youths who threw stones at patrols in Nablus.

In Washington, a State Department spokesman said the United States did not recognise the declaration and that the PLO had still not met U.S. conditions for a dialogue, which include renouncing terrorism.

Egypt welcomed the council's decisions as a positive step and urged Israel to respond.

The declaration comes 11 months into a Palestinian uprising against Israeli rule in the occupied territories.

Reuter
""", {"earliest": "1988-11-15", "latest": "1988-11-15", "why": "dateline 'Nov 15' (1988, Algiers declaration); 'early on Tuesday' = 15 Nov 1988"},
[("Yasser Arafat", "PSE", "PLO chairman"),
 ("Chadli Bendjedid", "DZA", "President"),
 ("Yitzhak Shamir", "ISR", "Prime Minister")],
[
 ("PSE", ["ISR", "UNO"], "CONCEDE AGREE", T, "implicitly accepted United Nations resolutions that recognise Israel's right to exist"),
 ("PSE", ["UNO", "ISR"], "AGREE CONCEDE", F, "The council endorsed U.N. Security Council resolutions 242 and 338"),
 ("PSE", "PSE", "REJECT", F, "Hardline factions voted against the resolution"),
 ("DZA", "PSE", "SUPPORT", T, "Algeria, the host, immediately recognised the state"),
 ("DZA", "PSE", "SUPPORT", F, "Chadli Bendjedid congratulated Arafat"),
 ("ISR", "PSE", "REJECT", T, "Israel dismissed the declaration as a propaganda exercise"),
 ("ISR", "PSE", "ACCUSE", T, "accused the PLO of continuing to preach terrorism"),
 ("ISR", "PSE", "REJECT", T, "We will not negotiate with the PLO"),
 ("ISR", "PSE", "COERCE", T, "Israeli troops imposed curfews on large parts of the occupied West Bank and Gaza Strip"),
 ("ISR", "PSE", "ASSAULT", T, "soldiers shot and wounded several youths"),
 ("PSE", "ISR", "ASSAULT PROTEST", T, "threw stones at patrols in Nablus"),
 ("USA", "PSE", "REJECT", T, "the United States did not recognise the declaration"),
 ("USA", "PSE", "REQUEST", F, "U.S. conditions for a dialogue, which include renouncing terrorism"),
 ("EGY", "PSE", "SUPPORT", T, "Egypt welcomed the council's decisions as a positive step"),
 ("EGY", "ISR", "REQUEST", T, "urged Israel to respond"),
 ("PSE", "ISR", "PROTEST", F, "a Palestinian uprising against Israeli rule"),
])

A("W4", "json", "FRENCH TROOPS STORM NEW CALEDONIA CAVE, FREE HOSTAGES", """
NOUMEA, New Caledonia, May 5 - French troops and gendarmes stormed a cave on the island of Ouvea at dawn on Thursday, freeing 23 hostages held by Melanesian separatists for nearly two weeks, officials said.

Fifteen kidnappers and two soldiers were killed in the assault, the French High Commission in Noumea said. All the hostages, most of them gendarmes, were freed unharmed.

The hostages had been seized on April 22 when a group of Kanak militants raided a gendarmerie post on Ouvea, killing four gendarmes, and took them to a cave in the forest near the village of Gossanah.

The kidnappers had demanded the withdrawal of French security forces from the island and the cancellation of regional elections held under a statute that separatists say denies them independence.

Prime Minister Jacques Chirac, who ordered the operation after talks with the captors broke down, told reporters in Paris that the state "could not allow its authority to be defied by murderers".

"Everything was done to reach a peaceful solution, but the hostage-takers refused every offer," Overseas Territories Minister Bernard Pons said.

The Kanak Socialist National Liberation Front (FLNKS), the main pro-independence movement, accused the government of staging a massacre to win votes three days before the second round of the presidential election, in which Chirac faces President Francois Mitterrand.

FLNKS leader Jean-Marie Tjibaou said the movement would not accept the official account and called for an independent inquiry into how the militants died.

Mitterrand, who as head of state had to approve the use of the army, made no immediate comment.

A magistrate who had acted as a go-between was among those released. Some of the freed gendarmes were flown to hospital in Noumea for checks.

Several hundred troops remained on Ouvea, where access has been barred to journalists since the kidnapping. Local people said dozens of villagers had been rounded up and questioned by soldiers during the search for the hostages.

Reuter
""", {"earliest": "1988-05-05", "latest": "1988-05-05", "why": "dateline 'May 5' (1988, Ouvea assault); 'at dawn on Thursday' = 5 May 1988; no date_publish"},
[("Jacques Chirac", "FRA", "Prime Minister"),
 ("Bernard Pons", "FRA", "Overseas Territories Minister"),
 ("Francois Mitterrand", "FRA", "President"),
 ("Jean-Marie Tjibaou", "NCL", "FLNKS leader")],
[
 ("FRA", ["NCL", "FRA"], "ASSAULT", T, "French troops and gendarmes stormed a cave on the island of Ouvea"),
 ("FRA", ["NCL", "FRA"], "ASSAULT", F, "Fifteen kidnappers and two soldiers were killed in the assault"),
 (["NCL", "FRA"], "FRA", "COERCE", T, "23 hostages held by Melanesian separatists"),
 (["NCL", "FRA"], "FRA", "ASSAULT", T, "raided a gendarmerie post on Ouvea, killing four gendarmes"),
 (["NCL", "FRA"], "FRA", "REQUEST", T, "The kidnappers had demanded the withdrawal of French security forces from the island"),
 ("FRA", ["NCL", "FRA"], "CONSULT", F, "talks with the captors broke down", T),
 (["NCL", "FRA"], "FRA", "REJECT", T, "the hostage-takers refused every offer"),
 ("FRA", ["NCL", "FRA"], "ACCUSE", F, "could not allow its authority to be defied by murderers"),
 (["NCL", "FRA"], "FRA", "ACCUSE", T, "accused the government of staging a massacre"),
 (["NCL", "FRA"], "FRA", "REJECT", T, "the movement would not accept the official account"),
 (["NCL", "FRA"], "FRA", "REQUEST", T, "called for an independent inquiry"),
 ("FRA", ["NCL", "FRA"], "COERCE", T, "dozens of villagers had been rounded up and questioned by soldiers"),
 ("FRA", "FRA", "COERCE", F, "access has been barred to journalists"),
], meta={"date_publish": None, "authors": [], "url": None, "source_domain": "reuters.com",
         "description": "French forces storm a cave on Ouvea, freeing hostages held by Kanak separatists."})

A("W5", "txt", "PAPUA NEW GUINEA DECLARES EMERGENCY ON BOUGAINVILLE", """
PORT MORESBY, June 26 - Papua New Guinea declared a state of emergency on the island of Bougainville on Monday after months of sabotage by landowners that has shut the giant Panguna copper mine.

Prime Minister Rabbie Namaliu told parliament that police and soldiers would be given sweeping powers to search, arrest and impose curfews in the province. "Law and order must be restored. The government will not be held to ransom," he said.

The mine, run by Bougainville Copper Ltd, a subsidiary of Australia's CRA Ltd, has been closed since mid-May after militants repeatedly blew up power pylons and fired on workers' buses. The company accounts for a large share of the country's export earnings.

The militants, led by former mine surveyor Francis Ona, are demanding 10 billion kina in compensation for environmental damage caused by the mine, the closure of the operation and secession of Bougainville from Papua New Guinea.

Namaliu said the government had offered a package of development grants and a larger share of mine revenue to the province, but Ona's group had rejected it and refused to come to talks.

A police commander will head the emergency administration. Several hundred extra troops and riot police are to be flown to the island this week, officials said, joining units that have been hunting the rebels in mountainous jungle since April.

Church leaders and provincial politicians have accused the security forces of burning villages and beating civilians during earlier operations. The government denies the charges.

Australia, the former colonial power and Papua New Guinea's main aid donor, has supplied helicopters to the defence force. An Australian government spokesman in Canberra said Australia would consider further requests for logistic support but would not send combat troops.

CRA said in a statement that it welcomed the government's move and hoped the mine could reopen once security was restored.

Reuter
""", {"earliest": "1989-06-26", "latest": "1989-06-26", "why": "dateline 'June 26' (1989, Bougainville emergency); 'on Monday' = 26 June 1989"},
[("Rabbie Namaliu", "PNG", "Prime Minister"),
 ("Francis Ona", "PNG", "militant leader, former mine surveyor")],
[
 ("PNG", "PNG", "COERCE", T, "Papua New Guinea declared a state of emergency on the island of Bougainville"),
 ("PNG", ["PNG", "MNC"], "ASSAULT", T, "militants repeatedly blew up power pylons and fired on workers' buses"),
 ("PNG", "PNG", "THREATEN COERCE", F, "police and soldiers would be given sweeping powers to search, arrest and impose curfews"),
 ("PNG", "PNG", "REJECT", F, "The government will not be held to ransom"),
 ("PNG", ["MNC", "PNG"], "REQUEST", T, "are demanding 10 billion kina in compensation"),
 ("PNG", "PNG", "AID AGREE CONCEDE", T, "the government had offered a package of development grants"),
 ("PNG", "PNG", "REJECT", T, "Ona's group had rejected it and refused to come to talks"),
 ("PNG", "PNG", "MOBILIZE", T, "Several hundred extra troops and riot police are to be flown to the island"),
 ("PNG", "PNG", "ASSAULT", F, "hunting the rebels in mountainous jungle since April"),
 ("PNG", "PNG", "ACCUSE", T, "have accused the security forces of burning villages and beating civilians"),
 ("PNG", "PNG", "ASSAULT", F, "burning villages and beating civilians"),
 ("PNG", "PNG", "REJECT", T, "The government denies the charges"),
 ("AUS", "PNG", "AID", T, "has supplied helicopters to the defence force"),
 ("AUS", "PNG", "REJECT", T, "would not send combat troops"),
 ("AUS", "PNG", "AID", F, "Papua New Guinea's main aid donor"),
 ("MNC", "PNG", "SUPPORT", T, "it welcomed the government's move"),
])

A("W6", "dump-1", "HUNGARY REBURIES IMRE NAGY AS CROWDS DEMAND SOVIET WITHDRAWAL", """
BUDAPEST, June 16 - Hundreds of thousands of Hungarians filled Budapest's Heroes' Square on Friday to give a hero's burial to Imre Nagy, the prime minister of the 1956 uprising who was hanged by the communist authorities 31 years ago.

Nagy and four associates executed with him were reburied in a ceremony that amounted to a public rehabilitation of the revolt crushed by Soviet tanks in November 1956.

The coffins lay in state on the steps of the Art Gallery, draped in black, beside a sixth empty coffin symbolising the hundreds of others killed in the reprisals that followed.

Prime Minister Miklos Nemeth and Minister of State Imre Pozsgay stood briefly as honour guards beside the coffins, a gesture unthinkable a year ago, although the ruling party did not formally take part in organising the ceremony.

Viktor Orban, a 26-year-old leader of the Alliance of Young Democrats, drew the loudest applause when he demanded that Soviet troops leave Hungary and that free elections be held. "If we trust our own strength, we can put an end to the communist dictatorship," he said.

Other speakers called on the authorities to punish those responsible for the executions.

The opposition groups that organised the funeral are currently holding round-table talks with the communist party on a transition to multi-party democracy.

Moscow began pulling some of its estimated 60,000 troops out of Hungary in April, under unilateral cuts announced by Soviet leader Mikhail Gorbachev last December, but opposition groups want all of them gone.

The party had for decades branded the uprising a counter-revolution, but a party commission this year re-described it as a popular uprising. The Supreme Court is expected to annul Nagy's conviction later this summer.

In Moscow, Soviet Foreign Ministry spokesman Gennady Gerasimov said the reburial was an internal Hungarian matter and that Moscow would not comment on it.

Western ambassadors attended the ceremony, which was broadcast live on state television. Police kept a low profile and no incidents were reported.

Janos Kadar, who was installed as party leader by Moscow after the uprising was crushed and who led Hungary for more than three decades, did not attend.

Reuter
""", {"earliest": "1989-06-16", "latest": "1989-06-16", "why": "dateline 'June 16' (1989, Nagy reburial); 'on Friday' = 16 June 1989"},
[("Imre Nagy", "HUN", "prime minister of the 1956 uprising"),
 ("Miklos Nemeth", "HUN", "Prime Minister"),
 ("Imre Pozsgay", "HUN", "Minister of State"),
 ("Viktor Orban", "HUN", "leader, Alliance of Young Democrats"),
 ("Mikhail Gorbachev", "RUS", "Soviet leader"),
 ("Gennady Gerasimov", "RUS", "Soviet Foreign Ministry spokesman"),
 ("Janos Kadar", "HUN", "former party leader")],
[
 ("HUN", "HUN", "PROTEST", F, "Hundreds of thousands of Hungarians filled Budapest's Heroes' Square"),
 ("HUN", "HUN", "ASSAULT", F, "who was hanged by the communist authorities 31 years ago"),
 ("RUS", "HUN", "ASSAULT", T, "the revolt crushed by Soviet tanks in November 1956"),
 ("HUN", "RUS", "REQUEST", T, "he demanded that Soviet troops leave Hungary"),
 ("HUN", "HUN", "REQUEST", T, "that free elections be held"),
 ("HUN", "HUN", "THREATEN ACCUSE", F, "we can put an end to the communist dictatorship"),
 ("HUN", "HUN", "REQUEST", T, "called on the authorities to punish those responsible for the executions"),
 ("HUN", "HUN", "CONSULT", T, "are currently holding round-table talks with the communist party", T),
 ("RUS", "HUN", "RETREAT", T, "Moscow began pulling some of its estimated 60,000 troops out of Hungary in April"),
 ("HUN", "RUS", "REQUEST", F, "opposition groups want all of them gone"),
 ("HUN", "HUN", "CONCEDE", F, "re-described it as a popular uprising"),
 ("HUN", "HUN", "CONCEDE", F, "The Supreme Court is expected to annul Nagy's conviction"),
 ("RUS", "HUN", "REJECT", F, "Moscow would not comment on it"),
 ("RUS", "HUN", "SUPPORT CONCEDE", F, "the reburial was an internal Hungarian matter"),
 ("RUS", "HUN", "COERCE", F, "who was installed as party leader by Moscow"),
])
