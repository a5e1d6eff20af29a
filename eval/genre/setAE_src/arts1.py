# Articles AE1..AE6 (Reuters 1987-1989).
# Event tuple: (source, target, types, required, evidence, symmetric)
# source/target "AAA" or "AAA|BBB"; types "T1/T2".
ARTS = []

ARTS.append(dict(
id="AE1", fmt="txt",
headline="INDIA AND PAKISTAN AGREE TO PULL BACK TROOPS FROM PUNJAB BORDER",
published=("1987-02-04", "1987-02-04", "dateline NEW DELHI, Feb 4; Reuters wire 1987 (Brasstacks crisis)"),
body="""
NEW DELHI, Feb 4 - India and Pakistan agreed today to withdraw tens of thousands of troops from forward positions along their Punjab border, easing a confrontation that diplomats said had brought the two neighbours closer to war than at any time since 1971.

The agreement was signed after four days of talks in the Indian capital between Pakistani Foreign Secretary Abdul Sattar and his Indian counterpart Alfred Gonsalves.

Under the accord, each side will pull its forces back from the Ravi river sector within 15 days and return units to peacetime locations, an Indian External Affairs Ministry spokesman said. The two sides also agreed to exercise maximum restraint and to avoid all provocative actions along the frontier.

"Tension has been defused, but the process is not over," Sattar told reporters at the airport before flying home. He said further talks would be held in Islamabad to discuss the disengagement of forces in other sectors.

The crisis began when India massed armoured divisions in Rajasthan for a huge winter exercise code-named Brasstacks. Pakistan responded by moving its own strike formations close to the Punjab border last month, and India accused Islamabad of preparing an attack.

Pakistan denied any aggressive intent and said its troops had merely been returning from their own manoeuvres. Officials in Islamabad in turn charged that New Delhi was using the exercise as a cover to threaten Pakistan.

Prime Minister Rajiv Gandhi, who telephoned Pakistani President Mohammad Zia-ul-Haq last month to discuss the build-up, welcomed the agreement and told parliament India had no quarrel with the people of Pakistan.

India has also accused Pakistan of arming and training Sikh militants fighting for a separate homeland in Punjab. Islamabad has repeatedly rejected the charge, and the issue was not resolved at the talks, Indian officials said.

Western diplomats said the United States had quietly urged both governments to step back from the brink.

Reuter
""",
people=[
 ("Abdul Sattar","PAK","Foreign Secretary"),
 ("Alfred Gonsalves","IND","Foreign Secretary"),
 ("Rajiv Gandhi","IND","Prime Minister"),
 ("Mohammad Zia-ul-Haq","PAK","President"),
],
events=[
 ("IND","PAK","AGREE/RETREAT",True,"India and Pakistan agreed today to withdraw tens of thousands of troops",True),
 ("PAK","IND","CONSULT",True,"talks in the Indian capital between Pakistani Foreign Secretary Abdul Sattar and his Indian counterpart",False),
 ("IND","PAK","AGREE",True,"The agreement was signed",True),
 ("IND","PAK","AGREE",True,"The two sides also agreed to exercise maximum restraint",True),
 ("IND","PAK","AGREE/CONSULT",False,"further talks would be held in Islamabad",True),
 ("IND","PAK","MOBILIZE",False,"India massed armoured divisions in Rajasthan",False),
 ("PAK","IND","MOBILIZE",True,"Pakistan responded by moving its own strike formations close to the Punjab border",False),
 ("IND","PAK","ACCUSE",True,"India accused Islamabad of preparing an attack",False),
 ("PAK","IND","REJECT",True,"Pakistan denied any aggressive intent",False),
 ("PAK","IND","ACCUSE",True,"Officials in Islamabad in turn charged that New Delhi was using the exercise as a cover to threaten Pakistan",False),
 ("IND","PAK","CONSULT",False,"telephoned Pakistani President Mohammad Zia-ul-Haq",False),
 ("IND","PAK","SUPPORT",False,"welcomed the agreement",False),
 ("IND","PAK","ACCUSE",True,"India has also accused Pakistan of arming and training Sikh militants",False),
 ("PAK","IND","REJECT",True,"Islamabad has repeatedly rejected the charge",False),
 ("USA","IND|PAK","REQUEST",False,"the United States had quietly urged both governments to step back from the brink",False),
]))

ARTS.append(dict(
id="AE2", fmt="dump",
headline="ZIA SACKS JUNEJO GOVERNMENT AND DISSOLVES PARLIAMENT",
published=("1988-05-30", "1988-05-30", "dateline ISLAMABAD, May 30; dismissal 'last night' (May 29, 1988)"),
body="""
ISLAMABAD, May 30 - Pakistan's President Mohammad Zia-ul-Haq dismissed Prime Minister Mohammad Khan Junejo and his cabinet last night and dissolved the National Assembly, ending a three-year experiment in civilian rule that was never fully free of the army's shadow.

In a nationally televised address, Zia accused the government of corruption, of failing to maintain law and order and of neglecting the introduction of Islamic law. He said the assemblies had not lived up to the expectations of the people.

Zia, who is also army chief, promised that fresh elections would be held within 90 days as required by the constitution. He said a caretaker cabinet would be named shortly.

Troops were posted outside the Prime Minister's House and at the state broadcasting centre, but the capital was calm today, witnesses said. There were no reports of arrests.

Junejo, who learned of his dismissal on returning from a visit to China and South Korea, told reporters he accepted the President's decision but considered it unconstitutional. "I have done nothing for which I need to feel ashamed," he said.

Political sources said relations between the two men had been strained since Junejo insisted on signing the Geneva accords on Afghanistan last month despite Zia's misgivings. The prime minister had also promised to make public an inquiry into the April explosion at the Ojhri army ammunition dump near Rawalpindi, which killed more than 100 people.

Benazir Bhutto, leader of the opposition Pakistan People's Party, said the dismissal showed that Zia had never intended to share power. She demanded that the elections be held on a party basis and under a neutral administration.

In Washington, a State Department spokesman said the United States hoped the elections would go ahead as promised. Diplomats said Washington, which supplies Pakistan with more than four billion dollars in aid over six years, was anxious that the turmoil should not disrupt the flow of arms to Afghan guerrillas.

Reuter
""",
people=[
 ("Mohammad Zia-ul-Haq","PAK","President, army chief"),
 ("Mohammad Khan Junejo","PAK","Prime Minister"),
 ("Benazir Bhutto","PAK","leader, Pakistan People's Party"),
],
events=[
 ("PAK","PAK","COERCE/SANCTION",True,"dismissed Prime Minister Mohammad Khan Junejo and his cabinet",False),
 ("PAK","PAK","COERCE/SANCTION",True,"dissolved the National Assembly",False),
 ("PAK","PAK","ACCUSE",True,"Zia accused the government of corruption",False),
 ("PAK","PAK","AGREE",True,"promised that fresh elections would be held within 90 days",False),
 ("PAK","PAK","MOBILIZE",False,"Troops were posted outside the Prime Minister's House",False),
 ("PAK","CHN","CONSULT",False,"returning from a visit to China and South Korea",False),
 ("PAK","KOR","CONSULT",False,"returning from a visit to China and South Korea",False),
 ("PAK","PAK","CONCEDE",True,"he accepted the President's decision",False),
 ("PAK","PAK","ACCUSE",True,"considered it unconstitutional",False),
 ("PAK","AFG|RUS","AGREE",False,"signing the Geneva accords on Afghanistan",False),
 ("PAK","PAK","ACCUSE",True,"the dismissal showed that Zia had never intended to share power",False),
 ("PAK","PAK","REQUEST",True,"She demanded that the elections be held on a party basis",False),
 ("USA","PAK","REQUEST",True,"the United States hoped the elections would go ahead as promised",False),
 ("USA","PAK","AID",False,"supplies Pakistan with more than four billion dollars in aid",False),
 ("USA","AFG","AID",False,"the flow of arms to Afghan guerrillas",False),
]))

ARTS.append(dict(
id="AE3", fmt="txt",
headline="GANDHI AND DENG AGREE TO SEEK BORDER SETTLEMENT",
published=("1988-12-21", "1988-12-21", "dateline BEIJING, Dec 21; Gandhi's China visit December 1988"),
body="""
BEIJING, Dec 21 - India and China agreed today to set up a joint working group to seek a settlement of their long-running border dispute, as Prime Minister Rajiv Gandhi became the first Indian head of government to visit Beijing in 34 years.

Gandhi held 90 minutes of talks with China's senior leader Deng Xiaoping in the Great Hall of the People. Deng told him the two countries should "forget the unpleasant past" and look to the future, a Chinese Foreign Ministry spokesman said.

"We have wasted too many years," the spokesman quoted Deng as saying. "Asia cannot prosper if its two largest nations are quarrelling."

Earlier Gandhi met Premier Li Peng, and the two governments signed agreements on cooperation in science and technology, on civil aviation and on cultural exchanges. They agreed that the working group, led by vice foreign ministers, would meet regularly and would also propose measures to keep peace along the frontier until a settlement was reached.

The two neighbours fought a brief but bitter war in 1962 over their Himalayan boundary. China still holds about 38,000 sq km of territory claimed by India in the Aksai Chin region, while Beijing lays claim to most of India's northeastern state of Arunachal Pradesh.

In a joint press communique, India reaffirmed that it considered Tibet an autonomous region of China and said it would not allow Tibetan exiles on its soil to carry out anti-China political activities.

In New Delhi, about 200 Tibetans shouted slogans outside the Chinese embassy to protest against the visit. Police detained several of the demonstrators when they tried to climb over the gates, witnesses said.

Indian officials described the visit as a turning point but cautioned that no quick solution to the border problem was likely. Gandhi is due to travel to Shanghai and Xian before returning home on Friday.

Reuter
""",
people=[
 ("Rajiv Gandhi","IND","Prime Minister"),
 ("Deng Xiaoping","CHN","senior leader"),
 ("Li Peng","CHN","Premier"),
],
events=[
 ("IND","CHN","AGREE",True,"India and China agreed today to set up a joint working group",True),
 ("IND","CHN","CONSULT",True,"the first Indian head of government to visit Beijing in 34 years",False),
 ("IND","CHN","CONSULT",True,"Gandhi held 90 minutes of talks with China's senior leader Deng Xiaoping",True),
 ("CHN","IND","REQUEST|SUPPORT",False,"the two countries should \"forget the unpleasant past\"",False),
 ("IND","CHN","CONSULT",True,"Earlier Gandhi met Premier Li Peng",True),
 ("IND","CHN","AGREE/COOPERATE",True,"the two governments signed agreements on cooperation in science and technology",True),
 ("IND","CHN","AGREE",False,"They agreed that the working group",True),
 ("IND","CHN","ASSAULT",False,"fought a brief but bitter war in 1962",True),
 ("IND","CHN","SUPPORT/CONCEDE",True,"India reaffirmed that it considered Tibet an autonomous region of China",False),
 ("IND","CHN","AGREE/CONCEDE",False,"would not allow Tibetan exiles on its soil to carry out anti-China political activities",False),
 ("CHN|IND","CHN","PROTEST",True,"about 200 Tibetans shouted slogans outside the Chinese embassy",False),
 ("IND","CHN|IND","COERCE",True,"Police detained several of the demonstrators",False),
]))

ARTS.append(dict(
id="AE4", fmt="json",
headline="BENAZIR BHUTTO SWORN IN AS PAKISTAN'S PRIME MINISTER",
meta=dict(date="1988-12-02 14:10:00", authors=[], url=None, domain="reuters.com",
  description="Benazir Bhutto becomes the first woman to lead a Moslem nation after President Ghulam Ishaq Khan asks her to form a government."),
published=("1988-12-02", "1988-12-02", "dateline ISLAMABAD, Dec 2; date_publish 1988-12-02"),
body="""
ISLAMABAD, Dec 2 - Benazir Bhutto was sworn in today as Prime Minister of Pakistan, becoming the first woman to head the government of a modern Moslem nation, 11 years after the army overthrew and later hanged her father.

Acting President Ghulam Ishaq Khan administered the oath of office at a ceremony in the presidential palace, a day after he invited the 35-year-old leader of the Pakistan People's Party to form a government.

The PPP emerged as the largest party in the November 16 general election but fell short of a majority, and Bhutto had secured the backing of independents and a small party from Sind province, the Mohajir Qaumi Movement.

In her first address to the nation, Bhutto promised to release political prisoners, restore press freedoms and lift curbs on trade unions and student bodies. She pledged that Pakistan would continue to support the Afghan guerrillas until the Soviet-backed government in Kabul gave way to an administration chosen by the Afghan people.

"We will not seek revenge against anyone," she said. "The time has come for reconciliation."

Congratulations poured in from abroad. U.S. President Ronald Reagan sent a message praising what he called Pakistan's return to democracy, and Indian Prime Minister Rajiv Gandhi said in a message that he looked forward to working with her for peace. Gandhi is due in Islamabad later this month for a summit of the South Asian Association for Regional Cooperation.

The opposition Islamic Democratic Alliance, led by Punjab chief minister Nawaz Sharif, said it would sit on the opposition benches but warned it would resist any attempt to undermine the provinces.

Diplomats said the army, led by General Mirza Aslam Beg, had agreed to the transfer of power on the understanding that the military budget and Afghan policy would be left largely in its hands. Bhutto has not commented on those reports.

Her father, Zulfikar Ali Bhutto, was deposed in 1977 by General Mohammad Zia-ul-Haq, who died in a plane crash in August.

Reuter
""",
people=[
 ("Benazir Bhutto","PAK","Prime Minister; leader, Pakistan People's Party"),
 ("Ghulam Ishaq Khan","PAK","Acting President"),
 ("Ronald Reagan","USA","President"),
 ("Rajiv Gandhi","IND","Prime Minister"),
 ("Nawaz Sharif","PAK","Punjab chief minister; leader, Islamic Democratic Alliance"),
 ("Mirza Aslam Beg","PAK","General, army chief"),
 ("Zulfikar Ali Bhutto","PAK","former prime minister (father)"),
 ("Mohammad Zia-ul-Haq","PAK","General, former President"),
],
events=[
 ("PAK","PAK","REQUEST",False,"he invited the 35-year-old leader of the Pakistan People's Party to form a government",False),
 ("PAK","PAK","SUPPORT",False,"secured the backing of independents",False),
 ("PAK","PAK","AGREE/RETREAT",True,"Bhutto promised to release political prisoners",False),
 ("PAK","AFG","SUPPORT/AID",True,"Pakistan would continue to support the Afghan guerrillas",False),
 ("USA","PAK","SUPPORT",True,"sent a message praising what he called Pakistan's return to democracy",False),
 ("IND","PAK","SUPPORT",True,"he looked forward to working with her for peace",False),
 ("IND","PAK","CONSULT",False,"Gandhi is due in Islamabad later this month",False),
 ("PAK","PAK","THREATEN",True,"warned it would resist any attempt to undermine the provinces",False),
 ("PAK","PAK","AGREE/CONCEDE",False,"the army, led by General Mirza Aslam Beg, had agreed to the transfer of power",False),
 ("PAK","PAK","COERCE",False,"was deposed in 1977 by General Mohammad Zia-ul-Haq",False),
 ("PAK","PAK","COERCE",False,"the army overthrew and later hanged her father",False),
]))

ARTS.append(dict(
id="AE5", fmt="dump",
headline="AFGHAN REBELS LAUNCH ALL-OUT ASSAULT ON JALALABAD",
published=("1989-03-07", "1989-03-07", "dateline ISLAMABAD, March 7; Jalalabad offensive March 1989"),
body="""
ISLAMABAD, March 7 - Thousands of Moslem guerrillas attacked the eastern Afghan city of Jalalabad from three sides today in the biggest offensive of the war, three weeks after the last Soviet troops went home, rebel spokesmen said.

The guerrillas overran a government garrison at Samarkhel, about 10 km southeast of the city, and seized dozens of prisoners and several tanks, according to the rebel Hezb-i-Islami faction. There was no independent confirmation.

Kabul radio said government forces had repelled the attack and inflicted heavy losses on the "extremists". It said air force jets had bombed guerrilla positions along the highway leading to the Pakistani border at Torkham.

The Afghan government accused Pakistan of sending its own troops and officers to direct the assault and said Pakistani artillery was shelling Afghan territory. A Pakistani Foreign Ministry spokesman rejected the charge as "a fabrication to cover up the regime's desperation".

President Najibullah appealed to United Nations Secretary-General Javier Perez de Cuellar to send observers to the border to verify what he called Pakistan's violations of the Geneva accords.

The Soviet Union, which still supplies the Kabul government with arms and food, warned Islamabad that it bore responsibility for any bloodshed. A Soviet Foreign Ministry spokesman, Gennady Gerasimov, said Moscow reserved the right to take "appropriate measures" if outside interference continued.

Western diplomats said the rebel interim government, formed last month at a council in Rawalpindi, needed to capture a major city to win international recognition. The United States has said it will keep supplying arms to the guerrillas as long as Moscow arms Kabul.

Refugee officials said about 8,000 civilians had fled from the Jalalabad area into Pakistan in the past week.

Reuter
""",
people=[
 ("Najibullah","AFG","President"),
 ("Javier Perez de Cuellar","UNO","Secretary-General"),
 ("Gennady Gerasimov","RUS","Foreign Ministry spokesman"),
],
events=[
 ("AFG","AFG","ASSAULT",True,"Thousands of Moslem guerrillas attacked the eastern Afghan city of Jalalabad",False),
 ("AFG","AFG","ASSAULT",False,"The guerrillas overran a government garrison at Samarkhel",False),
 ("AFG","AFG","COERCE",False,"seized dozens of prisoners",False),
 ("AFG","AFG","ASSAULT",False,"government forces had repelled the attack",True),
 ("AFG","AFG","ASSAULT",True,"air force jets had bombed guerrilla positions",False),
 ("AFG","PAK","ACCUSE",True,"The Afghan government accused Pakistan of sending its own troops",False),
 ("PAK","AFG","REJECT",True,"A Pakistani Foreign Ministry spokesman rejected the charge",False),
 ("AFG","UNO","REQUEST",True,"Najibullah appealed to United Nations Secretary-General Javier Perez de Cuellar",False),
 ("AFG","PAK","ACCUSE",False,"what he called Pakistan's violations of the Geneva accords",False),
 ("RUS","AFG","AID",False,"still supplies the Kabul government with arms and food",False),
 ("RUS","PAK","ACCUSE/THREATEN",True,"warned Islamabad that it bore responsibility for any bloodshed",False),
 ("RUS","PAK","THREATEN",True,"Moscow reserved the right to take \"appropriate measures\"",False),
 ("USA","AFG","AID",True,"it will keep supplying arms to the guerrillas",False),
]))

ARTS.append(dict(
id="AE6", fmt="json",
headline="PREMADASA ASKS INDIA TO WITHDRAW TROOPS FROM SRI LANKA BY JULY",
meta=dict(date=None, authors=[], url=None, domain="reuters.com",
  description="Sri Lanka's president sets a July 29 deadline for the Indian peacekeeping force to leave the island."),
published=("1989-06-02", "1989-06-02", "dateline COLOMBO, June 2; Premadasa's withdrawal demand June 1989"),
body="""
COLOMBO, June 2 - Sri Lankan President Ranasinghe Premadasa has asked India to withdraw its 45,000-strong peacekeeping force from the island by July 29, the second anniversary of the accord that brought the troops in, government officials said today.

Premadasa made the request in a letter to Indian Prime Minister Rajiv Gandhi and repeated it in a speech at a Buddhist temple near Colombo, saying Sri Lankans were capable of solving their own problems.

"No self-respecting nation can allow foreign troops to remain on its soil indefinitely," he said.

India reacted coolly. An External Affairs Ministry spokesman in New Delhi said the Indian Peace Keeping Force would be pulled out only after the devolution of power to the Tamil-majority northeast promised in the 1987 accord had been carried out. He said the withdrawal could not be decided unilaterally.

The Liberation Tigers of Tamil Eelam, who have fought the Indian troops for nearly two years, welcomed Premadasa's demand. The guerrillas opened talks with the government in Colombo last month and agreed to a ceasefire with Sri Lankan forces, although they are still battling the Indians in the jungles of the north.

Political sources said Premadasa, who opposed the Indian presence while he was prime minister, also hoped the move would undercut the Sinhalese extremist People's Liberation Front, known as the JVP, which has waged a campaign of killings against supporters of the accord.

The JVP has called a series of strikes in the south and killed dozens of government officials this year. Police said suspected JVP gunmen shot dead a ruling party official in Matara district on Thursday.

Indian troops landed in Sri Lanka in July 1987 to disarm the Tamil rebels under the accord signed by Gandhi and former President Junius Jayewardene. More than 1,000 Indian soldiers have since been killed.

Reuter
""",
people=[
 ("Ranasinghe Premadasa","LKA","President"),
 ("Rajiv Gandhi","IND","Prime Minister"),
 ("Junius Jayewardene","LKA","former President"),
],
events=[
 ("LKA","IND","REQUEST",True,"has asked India to withdraw its 45,000-strong peacekeeping force",False),
 ("LKA","IND","REQUEST",False,"Premadasa made the request in a letter to Indian Prime Minister Rajiv Gandhi",False),
 ("LKA","IND","ACCUSE|REJECT",False,"No self-respecting nation can allow foreign troops to remain on its soil indefinitely",False),
 ("IND","LKA","REJECT",True,"India reacted coolly",False),
 ("IND","LKA","REJECT",False,"the withdrawal could not be decided unilaterally",False),
 ("LKA","IND","ASSAULT",True,"who have fought the Indian troops for nearly two years",True),
 ("LKA","LKA","SUPPORT",True,"welcomed Premadasa's demand",False),
 ("LKA","LKA","CONSULT",True,"The guerrillas opened talks with the government in Colombo last month",True),
 ("LKA","LKA","AGREE/CONCEDE",True,"agreed to a ceasefire with Sri Lankan forces",True),
 ("LKA","IND","ASSAULT",False,"they are still battling the Indians in the jungles of the north",True),
 ("LKA","LKA","ASSAULT",True,"waged a campaign of killings against supporters of the accord",False),
 ("LKA","LKA","PROTEST",False,"The JVP has called a series of strikes in the south",False),
 ("LKA","LKA","ASSAULT",True,"suspected JVP gunmen shot dead a ruling party official",False),
 ("IND","LKA","AGREE",False,"the accord signed by Gandhi and former President Junius Jayewardene",True),
 ("IND","LKA","MOBILIZE",False,"Indian troops landed in Sri Lanka in July 1987",False),
]))
