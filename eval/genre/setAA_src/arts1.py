# Articles AA1..AA7. Events: (source, target, types, required, evidence, symmetric)
# source/target: "AAA" or "AAA|BBB" for a list of acceptable codes; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="AA1", fmt="txt",
headline="MOZAMBIQUE SAYS REBELS MASSACRED 380 VILLAGERS IN HOMOINE",
body="""
MAPUTO, July 21 - Mozambique accused right-wing rebels on Tuesday of butchering at least 380 people, among them women, children and hospital patients, in a weekend raid on the southern town of Homoine.

The official news agency AIM said fighters of the Mozambique National Resistance (MNR), also known as Renamo, swept into the town in Inhambane province at dawn on Saturday, shooting and hacking residents and setting fire to houses, shops and the local clinic.

Government troops drove the attackers off after several hours of fighting and killed 40 of them, a military spokesman said. Survivors said the raiders had carried off dozens of young people to serve as porters.

President Joaquim Chissano, who visited the town on Monday, called the raid "an act of barbarism without equal" and said it had been planned by the rebels' backers in Pretoria.

"Those who train, arm and supply these bandits share the blood of Homoine," Chissano told residents.

South Africa denied the charge. A Foreign Ministry spokesman in Pretoria said the government had honoured the 1984 Nkomati non-aggression accord, under which both sides pledged not to support each other's enemies, and had no links with the MNR.

The rebels also rejected responsibility. A spokesman in Lisbon said the killings were carried out by government soldiers seeking to discredit the movement, a claim Western diplomats in Maputo dismissed as not credible.

Britain and the United States condemned the massacre. The British embassy said London would speed up deliveries of non-lethal aid, including trucks and radios, to the Mozambican army.

Zimbabwe, which has several thousand troops guarding the Beira corridor for Mozambique, said it would consider sending more soldiers to help its neighbour.

Reuter
""",
pub=("1987-07-21", "1987-07-21", "dateline 'July 21' (Tuesday); Homoine raid Saturday 18 July 1987"),
people=[("Joaquim Chissano", "MOZ", "President")],
events=[
 ("MOZ", "MOZ", "ACCUSE", 1, "Mozambique accused right-wing rebels on Tuesday of butchering at least 380 people", 0),
 ("MOZ", "MOZ", "ASSAULT", 1, "swept into the town in Inhambane province at dawn on Saturday, shooting and hacking residents", 0),
 ("MOZ", "MOZ", "ASSAULT", 1, "Government troops drove the attackers off", 1),
 ("MOZ", "MOZ", "COERCE/ASSAULT", 0, "the raiders had carried off dozens of young people", 0),
 ("MOZ", "MOZ", "CONSULT", 0, "who visited the town on Monday", 0),
 ("MOZ", "ZAF", "ACCUSE", 1, "said it had been planned by the rebels' backers in Pretoria", 0),
 ("ZAF", "MOZ", "REJECT", 1, "South Africa denied the charge", 0),
 ("ZAF", "MOZ", "AGREE", 0, "both sides pledged not to support each other's enemies", 1),
 ("MOZ", "MOZ", "ACCUSE/REJECT", 1, "the killings were carried out by government soldiers", 0),
 ("GBR", "MOZ", "ACCUSE", 1, "Britain and the United States condemned the massacre", 0),
 ("USA", "MOZ", "ACCUSE", 1, "Britain and the United States condemned the massacre", 0),
 ("GBR", "MOZ", "AID", 1, "London would speed up deliveries of non-lethal aid", 0),
 ("ZWE", "MOZ", "AID/COOPERATE", 0, "has several thousand troops guarding the Beira corridor for Mozambique", 0),
 ("ZWE", "MOZ", "AID/AGREE/SUPPORT", 1, "it would consider sending more soldiers to help its neighbour", 0),
]))

ARTS.append(dict(
id="AA2", fmt="txt",
headline="SOUTH AFRICAN TROOPS CRUSH COUP IN BOPHUTHATSWANA, RESTORE MANGOPE",
body="""
JOHANNESBURG, Feb 10 - South African troops stormed into the nominally independent homeland of Bophuthatswana on Wednesday and put down a coup, restoring President Lucas Mangope to power less than a day after he was overthrown.

Rebel soldiers had seized Mangope and several of his ministers before dawn and announced on the homeland's radio that the army had taken over. They named Rocky Malebane-Metsing, leader of the opposition People's Progressive Party, as head of a new government.

Foreign Minister Pik Botha said Pretoria had acted at the request of the homeland government and could not stand by while a legal administration was removed at gunpoint.

"We will not allow changes of government in the region by force of arms," Botha told a news conference. "Anyone who tries it must know that South Africa will act."

Military sources said paratroopers flown into the capital Mmabatho met little resistance. Mangope was found unharmed at the Independence Stadium, where the rebels had held him. At least three people were killed in a short exchange of fire at an army base.

Malebane-Metsing escaped and was being hunted by police, the homeland government said. Dozens of soldiers suspected of involvement were detained.

Bophuthatswana is one of four tribal homelands that South Africa has declared independent under its apartheid policy. No other country recognises them.

The African National Congress said in Lusaka that the intervention showed the homelands were "puppets of Pretoria" whose leaders survived only with South African guns. The United States said it did not recognise Bophuthatswana and called on all sides to avoid bloodshed.

Reuter
""",
pub=("1988-02-10", "1988-02-10", "dateline 'Feb 10' (Wednesday); coup and intervention 10 February 1988"),
people=[("Lucas Mangope", "ZAF", "President of Bophuthatswana"),
        ("Rocky Malebane-Metsing", "ZAF", "leader, People's Progressive Party"),
        ("Pik Botha", "ZAF", "Foreign Minister")],
events=[
 ("ZAF", "ZAF", "ASSAULT/MOBILIZE", 1, "South African troops stormed into the nominally independent homeland of Bophuthatswana", 0),
 ("ZAF", "ZAF", "COERCE", 1, "Rebel soldiers had seized Mangope and several of his ministers", 0),
 ("ZAF", "ZAF", "REQUEST", 0, "at the request of the homeland government", 0),
 ("ZAF", "ZAF", "THREATEN", 1, "Anyone who tries it must know that South Africa will act", 0),
 ("ZAF", "ZAF", "ASSAULT", 1, "a short exchange of fire at an army base", 1),
 ("ZAF", "ZAF", "COERCE", 1, "Dozens of soldiers suspected of involvement were detained", 0),
 ("ZAF", "ZAF", "COERCE", 0, "was being hunted by police", 0),
 ("ZAF", "ZAF", "ACCUSE", 1, "the homelands were \"puppets of Pretoria\"", 0),
 ("USA", "ZAF", "REJECT", 0, "it did not recognise Bophuthatswana", 0),
 ("USA", "ZAF", "REQUEST", 1, "called on all sides to avoid bloodshed", 0),
]))

ARTS.append(dict(
id="AA3", fmt="json",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="A Pretoria judge halts the hanging of the Sharpeville Six hours before it was due, after appeals from Western governments."),
headline="SOUTH AFRICAN COURT HALTS HANGING OF SHARPEVILLE SIX",
body="""
PRETORIA, March 17 - A South African judge on Thursday granted a last-minute stay of execution to six blacks condemned to hang on Friday for the mob killing of a township official, after a wave of appeals for clemency from Western governments.

The Pretoria Supreme Court postponed the hangings of the so-called Sharpeville Six, five men and a woman, to allow defence lawyers to argue that new evidence warranted reopening the trial.

The six were convicted in 1985 under the doctrine of "common purpose" of taking part in the murder of Kuzwayo Jacob Dlamini, deputy mayor of Sharpeville, who was burned and stoned to death by a crowd during a rent protest in 1984. None was found to have struck the fatal blow.

President P.W. Botha on Wednesday rejected calls to commute the sentences and said he would not bow to outside interference in the country's courts.

"South Africa is not a colony that takes orders from foreign capitals," Botha said in Cape Town.

British Prime Minister Margaret Thatcher, West German Chancellor Helmut Kohl and the U.S. State Department had all asked Pretoria to spare the six. The United Nations Security Council on Wednesday adopted a resolution urging South Africa to commute the death sentences, and the 12-nation European Community made a joint appeal.

Defence lawyer Prakash Diar said a key state witness had told him he was assaulted by police before giving evidence. "This is not the end, but it gives us time," Diar told reporters outside the court.

Relatives who had gathered outside Pretoria Central Prison wept when news of the reprieve reached them.

Anti-apartheid groups abroad said they would keep up their campaign until the sentences were set aside.

Reuter
""",
pub=("1988-03-17", "1988-03-17", "dateline 'March 17' (Thursday); stay granted 17 March 1988, hanging was due 18 March"),
people=[("Kuzwayo Jacob Dlamini", "ZAF", "deputy mayor of Sharpeville"),
        ("P.W. Botha", "ZAF", "President"),
        ("Margaret Thatcher", "GBR", "Prime Minister"),
        ("Helmut Kohl", "DEU", "Chancellor"),
        ("Prakash Diar", "ZAF", "defence lawyer")],
events=[
 ("ZAF", "ZAF", "CONCEDE/RETREAT", 1, "granted a last-minute stay of execution", 0),
 ("ZAF", "ZAF", "ASSAULT", 0, "was burned and stoned to death by a crowd", 0),
 ("ZAF", "ZAF", "PROTEST", 0, "during a rent protest in 1984", 0),
 ("ZAF", "GBR|DEU|USA|UNO|EUR|WST", "REJECT", 1, "rejected calls to commute the sentences", 0),
 ("ZAF", "WST|GBR|USA|DEU", "REJECT/ACCUSE", 1, "would not bow to outside interference", 0),
 ("GBR", "ZAF", "REQUEST", 1, "had all asked Pretoria to spare the six", 0),
 ("DEU", "ZAF", "REQUEST", 1, "had all asked Pretoria to spare the six", 0),
 ("USA", "ZAF", "REQUEST", 1, "had all asked Pretoria to spare the six", 0),
 ("UNO", "ZAF", "REQUEST", 1, "adopted a resolution urging South Africa to commute the death sentences", 0),
 ("EUR", "ZAF", "REQUEST", 1, "the 12-nation European Community made a joint appeal", 0),
 ("ZAF", "ZAF", "ACCUSE", 1, "he was assaulted by police before giving evidence", 0),
 ("ZAF", "ZAF", "ASSAULT", 0, "assaulted by police", 0),
 ("NGO", "ZAF", "PROTEST/REQUEST", 0, "would keep up their campaign", 0),
]))

ARTS.append(dict(
id="AA4", fmt="json",
meta=dict(date_publish="1988-04-06 00:00:00", authors=[], url="https://www.reuters.com/article/ethiopia-relief-19880406",
          source_domain="reuters.com",
          description="Ethiopia's government orders foreign relief workers out of Eritrea and Tigray as rebels advance; the UN appeals against the order."),
headline="ETHIOPIA ORDERS FOREIGN RELIEF WORKERS OUT OF REBEL NORTH",
body="""
ADDIS ABABA, April 6 - Ethiopia's military government has ordered all foreign relief workers to leave the northern provinces of Eritrea and Tigray, where up to two million people face famine, aid officials said on Wednesday.

The officials said the order, delivered to United Nations agencies and private charities at a meeting in the capital, gave expatriate staff a few days to pull out of the war zones. Food stocks would be handed over to the government's Relief and Rehabilitation Commission.

The government said foreigners could no longer be protected after what it called "armed bandits" stepped up attacks in the north. Eritrean guerrillas last month overran a major army garrison at Afabet, and Tigrayan rebels have since seized several towns.

Head of state Mengistu Haile Mariam declared a state of emergency in the two provinces last week and called on all Ethiopians to join a general mobilisation against the secessionists.

U.N. officials said the expulsion would put hundreds of thousands of lives at risk. The U.N. Secretary-General, Javier Perez de Cuellar, appealed to Addis Ababa to let international staff stay and said the relief operation must be kept apart from politics.

The United States, the largest food donor, said it was "deeply disturbed" and accused the government of using hunger as a weapon against the rebel areas. A State Department spokesman urged Ethiopia to reconsider.

The Eritrean People's Liberation Front, for its part, accused the government of clearing witnesses out of the north before launching a new offensive. It said it would guarantee the safety of any relief convoys entering areas it controls.

Diplomats said the government appeared to fear that relief workers would see the extent of its military setbacks.

Reuter
""",
pub=("1988-04-06", "1988-04-06", "dateline 'April 6' (Wednesday); expulsion order early April 1988"),
people=[("Mengistu Haile Mariam", "ETH", "head of state"),
        ("Javier Perez de Cuellar", "UNO", "U.N. Secretary-General")],
events=[
 ("ETH", "NGO|UNO", "COERCE", 1, "has ordered all foreign relief workers to leave", 0),
 ("ETH", "UNO|NGO", "COERCE", 0, "gave expatriate staff a few days to pull out of the war zones", 0),
 ("ETH", "ETH|ERI", "ACCUSE", 0, "what it called \"armed bandits\" stepped up attacks in the north", 0),
 ("ETH|ERI", "ETH", "ASSAULT", 1, "Eritrean guerrillas last month overran a major army garrison at Afabet", 0),
 ("ETH", "ETH", "ASSAULT", 1, "Tigrayan rebels have since seized several towns", 0),
 ("ETH", "ETH|ERI", "COERCE/MOBILIZE", 1, "declared a state of emergency in the two provinces", 0),
 ("ETH", "ETH|ERI", "MOBILIZE", 1, "join a general mobilisation against the secessionists", 0),
 ("UNO", "ETH", "ACCUSE", 0, "the expulsion would put hundreds of thousands of lives at risk", 0),
 ("UNO", "ETH", "REQUEST", 1, "appealed to Addis Ababa to let international staff stay", 0),
 ("USA", "ETH", "ACCUSE", 1, "accused the government of using hunger as a weapon", 0),
 ("USA", "ETH", "REQUEST", 1, "urged Ethiopia to reconsider", 0),
 ("ETH|ERI", "ETH", "ACCUSE", 1, "accused the government of clearing witnesses out of the north", 0),
 ("ETH|ERI", "NGO|UNO", "AGREE/SUPPORT", 0, "would guarantee the safety of any relief convoys", 0),
]))

ARTS.append(dict(
id="AA5", fmt="dump", dump="dump-1.txt", nbsp=False,
headline="ETHIOPIA SAYS ARMY COUP CRUSHED, MENGISTU CUTS SHORT EAST GERMAN VISIT",
body="""
NAIROBI, May 17 - Ethiopia's government said on Wednesday it had crushed an attempted coup by senior army officers who tried to seize power while head of state Mengistu Haile Mariam was on a visit to East Germany.

Radio Addis Ababa said a "handful of traitors" in the armed forces had tried to overthrow the revolutionary government on Tuesday but had been defeated by loyal units. It said Defence Minister Haile Giorgis Habte Mariam had been killed by the plotters when he refused to join them.

Diplomats reached by telephone from Nairobi said the rebels were led by the army chief of staff, General Merid Negussie, and the air force commander, General Amha Desta. There were unconfirmed reports that Merid had shot himself when loyalist troops surrounded the defence ministry.

Mengistu, who had arrived in East Berlin on Tuesday for talks with East German leader Erich Honecker, cut short his visit and flew home on Wednesday, the radio said.

Residents said tanks were deployed at key points in the capital and the airport was closed. Telephone and telex links with the outside world were cut for several hours.

The coup attempt came as the army suffers heavy losses against secessionist guerrillas in Eritrea and Tigray. Western diplomats said many officers blamed Mengistu for refusing to negotiate with the rebels.

The Eritrean People's Liberation Front said in a statement that the attempt showed the government was falling apart and called on soldiers to lay down their arms.

The Soviet Union, Ethiopia's main arms supplier, said it was following events closely and hoped for a swift return to normal.

Reuter
""",
pub=("1989-05-17", "1989-05-17", "dateline 'May 17' (Wednesday); coup attempt 16 May 1989"),
people=[("Mengistu Haile Mariam", "ETH", "head of state"),
        ("Haile Giorgis Habte Mariam", "ETH", "Defence Minister"),
        ("Merid Negussie", "ETH", "General, army chief of staff"),
        ("Amha Desta", "ETH", "General, air force commander"),
        ("Erich Honecker", "DDR", "East German leader")],
events=[
 ("ETH", "ETH", "ASSAULT/COERCE", 1, "it had crushed an attempted coup", 0),
 ("ETH", "ETH", "COERCE/ASSAULT", 1, "had tried to overthrow the revolutionary government on Tuesday", 0),
 ("ETH", "ETH", "ASSAULT", 1, "had been killed by the plotters", 0),
 ("ETH", "DDR|DEU", "CONSULT", 1, "arrived in East Berlin on Tuesday for talks with East German leader Erich Honecker", 0),
 ("ETH", "ETH", "MOBILIZE", 1, "tanks were deployed at key points in the capital", 0),
 ("ETH|ERI", "ETH", "ASSAULT", 0, "the army suffers heavy losses against secessionist guerrillas", 1),
 ("ETH", "ETH", "ACCUSE", 0, "many officers blamed Mengistu", 0),
 ("ETH", "ETH|ERI", "REJECT", 1, "refusing to negotiate with the rebels", 0),
 ("ETH|ERI", "ETH", "REQUEST", 1, "called on soldiers to lay down their arms", 0),
 ("RUS", "ETH", "AID", 0, "Ethiopia's main arms supplier", 0),
]))

ARTS.append(dict(
id="AA6", fmt="txt",
headline="ANGOLA'S DOS SANTOS AND SAVIMBI SHAKE HANDS, AGREE CEASEFIRE",
body="""
GBADOLITE, Zaire, June 22 - Angolan President Jose Eduardo dos Santos and rebel leader Jonas Savimbi shook hands on Thursday at a summit of African leaders in Zaire and agreed to end their 14-year civil war, officials said.

The ceasefire between the government and Savimbi's UNITA movement will take effect on Saturday, according to a declaration read out by Zairean President Mobutu Sese Seko, who brokered the meeting at his palace in his home town of Gbadolite.

It was the first time the two men had met face to face. Eighteen African heads of state, among them Zambia's Kenneth Kaunda and Zimbabwe's Robert Mugabe, looked on as they embraced.

"The Angolan family has decided to be reconciled," Mobutu declared. He said a commission under his chairmanship would oversee the truce and the talks on a political settlement that are to follow.

Officials at the summit said Savimbi had agreed to withdraw temporarily from Angolan politics and go abroad. But UNITA sources later denied that any such pledge had been made, and Savimbi himself left Gbadolite without speaking to reporters.

The United States, which arms UNITA, welcomed the accord. A State Department official said Washington would keep up its support for the rebels until a final settlement was reached.

Cuba, whose troops are leaving Angola under last year's accords, said through its embassy in Luanda that it backed the reconciliation effort.

Angolan officials said the government would offer an amnesty to rebels who laid down their arms and would allow them to take part in national life.

Fighting between government forces and UNITA has killed tens of thousands of people since independence from Portugal in 1975.

Reuter
""",
pub=("1989-06-22", "1989-06-22", "dateline 'June 22' (Thursday); Gbadolite summit 22 June 1989"),
people=[("Jose Eduardo dos Santos", "AGO", "President"),
        ("Jonas Savimbi", "AGO", "rebel leader, UNITA"),
        ("Mobutu Sese Seko", "COD", "President of Zaire"),
        ("Kenneth Kaunda", "ZMB", "head of state"),
        ("Robert Mugabe", "ZWE", "head of state")],
events=[
 ("AGO", "AGO", "CONSULT", 1, "shook hands on Thursday at a summit of African leaders in Zaire", 1),
 ("AGO", "AGO", "AGREE", 1, "agreed to end their 14-year civil war", 1),
 ("AGO", "AGO", "AGREE/RETREAT", 0, "The ceasefire between the government and Savimbi's UNITA movement will take effect on Saturday", 1),
 ("COD|ZAR", "AGO", "AID/COOPERATE/CONSULT", 1, "who brokered the meeting at his palace", 0),
 ("AGO", "COD|ZAR", "CONSULT", 0, "at a summit of African leaders in Zaire", 0),
 ("COD|ZAR", "AGO", "AGREE/COOPERATE", 0, "a commission under his chairmanship would oversee the truce", 0),
 ("AGO", "AGO", "AGREE/CONCEDE/RETREAT", 0, "Savimbi had agreed to withdraw temporarily from Angolan politics", 0),
 ("AGO", "AGO", "REJECT", 1, "UNITA sources later denied that any such pledge had been made", 0),
 ("USA", "AGO", "SUPPORT", 1, "The United States, which arms UNITA, welcomed the accord", 0),
 ("USA", "AGO", "AID", 1, "would keep up its support for the rebels", 0),
 ("CUB", "AGO", "RETREAT", 0, "whose troops are leaving Angola", 0),
 ("AGO", "AGO", "CONCEDE/AGREE", 0, "would offer an amnesty to rebels who laid down their arms", 0),
 ("CUB", "AGO", "SUPPORT", 1, "it backed the reconciliation effort", 0),
]))

ARTS.append(dict(
id="AA7", fmt="txt",
headline="Boko Haram frees 21 Chibok schoolgirls after talks brokered by Swiss, Red Cross",
body="""
ABUJA, Nigeria (AP) — Boko Haram extremists on Thursday freed 21 of the more than 200 schoolgirls they kidnapped from the northeastern town of Chibok two and a half years ago, the first negotiated release since the abduction drew outrage around the world.

The young women were handed over to the International Committee of the Red Cross near the town of Banki and flown by military helicopter to the northeastern city of Maiduguri, then on to the capital, Abuja.

Presidential spokesman Garba Shehu said in a statement that the release followed talks between the government and the militants that were brokered by the Swiss government and the Red Cross. He said the negotiations "will continue" in the hope of freeing the remaining girls.

Information Minister Lai Mohammed denied that the government had paid a ransom or released detained Boko Haram commanders in exchange. "This is not a swap," he told reporters. "It is the outcome of a lot of trust-building on both sides."

Vice President Yemi Osinbajo received the young women at the headquarters of the secret police. President Muhammadu Buhari, who was leaving for a state visit to Germany, said he was delighted and thanked the Swiss and the Red Cross.

The Bring Back Our Girls movement, which has held near-daily sit-ins in Abuja to press the government to act, welcomed the news but said the authorities must not relax. "There are still 197 of our daughters out there," said one of its leaders, Aisha Yesufu.

The girls were seized from their school dormitories in April 2014. Dozens escaped soon after, and one was found by a vigilante group in May.

The extremists have killed more than 20,000 people and driven 2.6 million from their homes in a seven-year insurgency. Nigeria's military says it has pushed them out of most of the territory they held, but suicide bombings continue.
""",
pub=("2016-10-13", "2016-10-13", "release Thursday 13 October 2016; AP dateline"),
people=[("Garba Shehu", "NGA", "Presidential spokesman"),
        ("Lai Mohammed", "NGA", "Information Minister"),
        ("Yemi Osinbajo", "NGA", "Vice President"),
        ("Muhammadu Buhari", "NGA", "President"),
        ("Aisha Yesufu", "NGA", "leader, Bring Back Our Girls movement")],
events=[
 ("NGA", "NGA", "RETREAT/CONCEDE", 1, "Boko Haram extremists on Thursday freed 21 of the more than 200 schoolgirls", 0),
 ("NGA", "NGA", "COERCE/ASSAULT", 0, "they kidnapped from the northeastern town of Chibok", 0),
 ("NGA", "NGO", "RETREAT/COOPERATE", 0, "were handed over to the International Committee of the Red Cross", 0),
 ("NGA", "NGA", "CONSULT", 1, "talks between the government and the militants", 1),
 ("CHE", "NGA", "COOPERATE/AID", 1, "brokered by the Swiss government and the Red Cross", 0),
 ("NGO", "NGA", "COOPERATE/AID", 1, "brokered by the Swiss government and the Red Cross", 0),
 ("NGA", "NGA", "REJECT", 1, "denied that the government had paid a ransom", 0),
 ("NGA", "DEU", "CONSULT", 1, "was leaving for a state visit to Germany", 0),
 ("NGA", "CHE", "SUPPORT", 0, "thanked the Swiss and the Red Cross", 0),
 ("NGA", "NGA", "PROTEST", 1, "has held near-daily sit-ins in Abuja", 0),
 ("NGA", "NGA", "REQUEST", 1, "the authorities must not relax", 0),
 ("NGA", "NGA", "ASSAULT", 0, "The extremists have killed more than 20,000 people", 0),
 ("NGA", "NGA", "ASSAULT", 1, "it has pushed them out of most of the territory they held", 0),
]))
