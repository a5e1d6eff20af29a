# Articles CA11-CA15
ARTS = []
ARTS.append(dict(id="CA11", fmt="json", date="2017-06-30",
headline="U.S. blacklists Chinese bank over North Korea and approves Taiwan arms sale, irking Beijing",
why="Treasury action and arms notice Thursday June 29, 2017; Chinese response 'on Friday' (June 30)",
authors=["Staff"], domain="www.theguardian.com", url="https://www.theguardian.com/world/2017/jun/30/ca11-us-china-bank-taiwan-arms",
desc="Two moves in one day signal a harder line on China after months of courtship over North Korea.",
body="""The Trump administration moved on two fronts against China on Thursday, cutting off a small Chinese bank from the American financial system over its dealings with North Korea and approving a $1.4bn package of arms sales to Taiwan.

The Treasury Department said the Bank of Dandong, based in the Chinese border city of the same name, had acted as "a gateway for North Korea to access the US and international financial systems," helping Pyongyang's weapons programmes.

It also imposed sanctions on two Chinese citizens and a Chinese shipping company accused of helping North Korea evade restrictions.

"We are in no way targeting China with these actions," Treasury Secretary Steven Mnuchin told reporters at the White House. "This is targeting individuals, entities and the bank that are clearly involved in money laundering."

Hours later, the State Department notified Congress of seven proposed arms sales to Taiwan, including technical support for early-warning radar, torpedoes and missile components.

"This package shows our support for Taiwan's ability to maintain a sufficient self-defence capability," a State Department spokeswoman, Heather Nauert, said.

Beijing reacted with fury. China's foreign ministry spokesman, Lu Kang, said on Friday that Beijing "firmly opposes" the sanctions and urged Washington to "immediately correct its wrong actions" to avoid harming co-operation between the two countries.

China's ambassador in Washington, Cui Tiankai, said the arms sale "sent a very wrong message" and had undermined the trust built up at the summit between Donald Trump and Xi Jinping in Florida in April.

Taiwan's presidential office welcomed the arms package and thanked the US for honouring its commitments. "It increases our confidence and capability in maintaining peace in the Taiwan Strait," a spokesman said in a statement.

The moves came a week after Trump wrote on Twitter that China's efforts to rein in North Korea "had not worked out", a sign of his growing frustration with Xi.

Since the Florida summit, Trump had repeatedly praised the Chinese leader and had held off on trade measures in the hope that Beijing would pressure Kim Jong-un's government.

China accounts for about 90% of North Korea's trade. Beijing says it is fully enforcing UN sanctions, but US officials have grown impatient with what they see as lax enforcement along the border.

The Treasury also put Chinese companies on notice. "We will follow the money," Mnuchin said, warning that further actions could follow against any bank that helped Pyongyang.

South Korea's new president, Moon Jae-in, was in Washington this week for his first summit with Trump, where North Korea dominated the talks.
"""
,people=[("Steven Mnuchin","USA","Treasury Secretary"),("Heather Nauert","USA","State Department spokeswoman"),("Lu Kang","CHN","foreign ministry spokesman"),("Cui Tiankai","CHN","ambassador in Washington"),("Donald Trump","USA","President"),("Xi Jinping","CHN","President"),("Kim Jong-un","PRK","leader"),("Moon Jae-in","KOR","President")],
events=[
("USA","CHN","SANCTION",1,"cutting off a small Chinese bank from the American financial system"),
("USA","TWN","AID|COOPERATE",1,"approving a $1.4bn package of arms sales to Taiwan"),
("USA","CHN","ACCUSE",1,"a gateway for North Korea to access the US and international financial systems"),
("USA","CHN","SANCTION",1,"imposed sanctions on two Chinese citizens and a Chinese shipping company"),
("USA","TWN","AID",0,"notified Congress of seven proposed arms sales to Taiwan"),
("USA","TWN","SUPPORT",1,"This package shows our support for Taiwan"),
("CHN","USA","REJECT|PROTEST",1,"Beijing \"firmly opposes\" the sanctions"),
("CHN","USA","REQUEST",1,"urged Washington to \"immediately correct its wrong actions\""),
("CHN","USA","ACCUSE|PROTEST",1,"the arms sale \"sent a very wrong message\""),
("USA","CHN","CONSULT",0,"the summit between Donald Trump and Xi Jinping in Florida",1),
("TWN","USA","SUPPORT",1,"Taiwan's presidential office welcomed the arms package"),
("USA","CHN","ACCUSE",1,"China's efforts to rein in North Korea \"had not worked out\""),
("USA","CHN","SUPPORT",0,"Trump had repeatedly praised the Chinese leader"),
("USA","CHN","THREATEN",1,"warning that further actions could follow"),
("KOR","USA","CONSULT",1,"was in Washington this week for his first summit with Trump"),
]))

ARTS.append(dict(id="CA12", fmt="json", date="2017-02-04",
headline="Mattis reassures Japan on defense pact and warns North Korea of 'overwhelming' response",
why="Mattis in Tokyo; text says 'on Saturday' (February 4, 2017)",
authors=["Staff"], domain="www.nytimes.com", url="https://www.nytimes.com/2017/02/04/world/asia/ca12-mattis-japan-korea.html",
desc="On his first trip abroad as defense secretary, Jim Mattis sought to calm allies unsettled by President Trump's campaign remarks.",
body="""TOKYO — Defense Secretary Jim Mattis sought on Saturday to calm Japan's worries about American commitment to its security, telling his Japanese counterpart that the United States would stand "shoulder to shoulder" with Tokyo, including over islands disputed with China.

Mr. Mattis, on his first foreign trip since taking office, said after talks with Defense Minister Tomomi Inada that the mutual defense treaty applied to the Senkaku Islands, which Japan administers and China claims as the Diaoyu.

"I made clear that our long-standing policy on the Senkaku Islands stands," he told reporters. "The United States will continue to recognize Japanese administration of the islands."

Beijing rejected the remarks within hours. A Chinese Foreign Ministry spokesman, Lu Kang, said the islands were "China's inherent territory" and urged Washington to "stop making wrong remarks" that could complicate the situation.

The visit to Tokyo followed two days in Seoul, where Mr. Mattis met the acting president, Hwang Kyo-ahn, and Defense Minister Han Min-koo, and reaffirmed plans to deploy an American missile defense system in South Korea later this year.

In Seoul, Mr. Mattis delivered a stark warning to North Korea. "Any attack on the United States or our allies will be defeated, and any use of nuclear weapons would be met with a response that would be effective and overwhelming," he said.

North Korea has conducted two nuclear tests and dozens of missile launches in the past year, and its leader, Kim Jong-un, said on New Year's Day that his country was close to testing an intercontinental ballistic missile.

China has strongly objected to the missile defense system, known as THAAD, saying its radar can see deep into Chinese territory. Mr. Mattis said the system was aimed only at the North.

During the presidential campaign, Donald Trump suggested that Japan and South Korea were not paying enough for the American troops stationed on their soil, and that they might need nuclear weapons of their own.

Mr. Mattis did not repeat those complaints. Instead he praised Japan as "a model of cost-sharing" and said the two countries should not get distracted by arguments over money.

Prime Minister Shinzo Abe, who received Mr. Mattis on Friday, told him that the alliance was "unwavering" and that Japan would take on a larger role in its own defense. Mr. Abe is due to meet Mr. Trump in Washington next week.

Ms. Inada said she and Mr. Mattis had agreed to strengthen cooperation on missile defense and in the East and South China Seas.

Analysts said the choice of Asia for the defense secretary's first trip was meant to send a message. "It says the alliances are not on the bargaining table," said a former Pentagon official.
"""
,people=[("Jim Mattis","USA","Defense Secretary"),("Tomomi Inada","JPN","Defense Minister"),("Lu Kang","CHN","Foreign Ministry spokesman"),("Hwang Kyo-ahn","KOR","acting president"),("Han Min-koo","KOR","Defense Minister"),("Kim Jong-un","PRK","leader"),("Donald Trump","USA","President"),("Shinzo Abe","JPN","Prime Minister")],
events=[
("USA","JPN","SUPPORT",1,"would stand \"shoulder to shoulder\" with Tokyo"),
("USA","JPN","CONSULT",1,"after talks with Defense Minister Tomomi Inada",1),
("USA","JPN","SUPPORT",1,"The United States will continue to recognize Japanese administration of the islands"),
("CHN","USA","REJECT",1,"Beijing rejected the remarks within hours"),
("CHN","USA","REQUEST",1,"urged Washington to \"stop making wrong remarks\""),
("USA","KOR","CONSULT",1,"Mr. Mattis met the acting president, Hwang Kyo-ahn",1),
("USA","KOR","MOBILIZE|AID|COOPERATE",1,"reaffirmed plans to deploy an American missile defense system in South Korea"),
("USA","PRK","THREATEN",1,"would be met with a response that would be effective and overwhelming"),
("CHN",["USA","KOR"],"PROTEST|REJECT",1,"China has strongly objected to the missile defense system"),
("USA",["JPN","KOR"],"ACCUSE",0,"were not paying enough for the American troops"),
("USA","JPN","SUPPORT",1,"praised Japan as \"a model of cost-sharing\""),
("JPN","USA","CONSULT",0,"who received Mr. Mattis on Friday"),
("JPN","USA","SUPPORT",1,"the alliance was \"unwavering\""),
("JPN","USA","CONSULT",1,"Mr. Abe is due to meet Mr. Trump in Washington next week",1),
("USA","JPN","AGREE|COOPERATE",1,"agreed to strengthen cooperation on missile defense",1),
]))

ARTS.append(dict(id="CA13", fmt="json", date="2017-10-03",
headline="U.S. expels 15 Cuban diplomats over mysterious attacks on embassy staff",
why="Tuesday October 3, 2017 expulsion order",
authors=["Staff"], domain="www.npr.org", url="https://www.npr.org/2017/10/03/ca13-us-expels-cuban-diplomats",
desc="The State Department ordered the diplomats out after Havana failed to protect U.S. personnel, officials said.",
body="""The State Department on Tuesday ordered 15 Cuban diplomats to leave the United States within seven days, saying Havana had failed to protect American embassy workers who suffered hearing loss, dizziness and other injuries in a string of unexplained incidents.

The expulsions roughly match the cut in American staff announced last week, when Washington withdrew more than half of its personnel from the embassy in Havana and warned Americans not to travel to the island.

"The decision was made due to Cuba's failure to take appropriate steps to protect our diplomats in accordance with its obligations under the Vienna Convention," Secretary of State Rex Tillerson said in a statement.

Officials stressed that Washington was not accusing the Cuban government of carrying out the attacks. At least 22 Americans have been affected since late last year, some of them after hearing strange sounds in their homes or hotel rooms.

"We continue to maintain diplomatic relations with Cuba," Mr. Tillerson said, adding that cooperation with Havana on the investigation would continue.

Cuba's foreign minister, Bruno Rodriguez, called the expulsions "unfounded and unacceptable" and accused Washington of acting for political reasons.

"Cuba has never perpetrated nor will it ever perpetrate attacks of any sort against diplomats," Mr. Rodriguez told a news conference in Havana. He urged the United States not to "politicize" the matter and demanded that it share the evidence it had collected.

Mr. Rodriguez said that Cuba had allowed agents of the F.B.I. to work on the island for the first time as part of the inquiry, and that Cuban investigators had found no proof that any attack took place.

The Cuban diplomats must leave by next Tuesday. The State Department said the embassy in Washington would keep only essential staff and would stop processing visas.

President Trump, who has rolled back parts of his predecessor's opening to Cuba, told reporters last month that the Cubans "did some very bad things." He did not elaborate.

Senator Marco Rubio of Florida, a critic of the thaw, praised the expulsions and said Havana "knows who did this."

But Senator Patrick Leahy, a Vermont Democrat who has championed closer ties, said the move "plays into the hands of those who want to turn back the clock" and urged the administration to keep the embassy fully staffed.

Diplomats in Havana said Canadian embassy staff had also reported symptoms, and that Canada was investigating but had no plans to reduce its presence.

Relations were restored in 2015 after more than five decades of hostility, and embassies reopened in both capitals that summer.
"""
,people=[("Rex Tillerson","USA","Secretary of State"),("Bruno Rodriguez","CUB","foreign minister"),("Donald Trump","USA","President"),("Marco Rubio","USA","Senator, Florida"),("Patrick Leahy","USA","Senator, Vermont Democrat")],
events=[
("USA","CUB","SANCTION|COERCE",1,"ordered 15 Cuban diplomats to leave the United States"),
("USA","CUB","ACCUSE",1,"saying Havana had failed to protect American embassy workers"),
("USA","CUB","RETREAT|SANCTION",1,"withdrew more than half of its personnel from the embassy in Havana"),
("USA","CUB","THREATEN|SANCTION",0,"warned Americans not to travel to the island"),
("USA","CUB","ACCUSE",1,"Cuba's failure to take appropriate steps to protect our diplomats"),
("USA","CUB","COOPERATE",1,"cooperation with Havana on the investigation would continue"),
("CUB","USA","REJECT|PROTEST",1,"called the expulsions \"unfounded and unacceptable\""),
("CUB","USA","ACCUSE",1,"accused Washington of acting for political reasons"),
("CUB","USA","REJECT",0,"Cuba has never perpetrated nor will it ever perpetrate attacks"),
("CUB","USA","REQUEST",1,"demanded that it share the evidence it had collected"),
("CUB","USA","COOPERATE",1,"Cuba had allowed agents of the F.B.I. to work on the island"),
("USA","CUB","SANCTION",0,"would stop processing visas"),
("USA","CUB","ACCUSE",1,"did some very bad things"),
("USA","CUB","ACCUSE",0,"knows who did this"),
("USA","CUB","AGREE",0,"Relations were restored in 2015",1),
]))

ARTS.append(dict(id="CA14", fmt="json", date=None,
headline="Haley presses South Sudan's Kiir to end war after meeting displaced families",
why="Haley in Juba Wednesday October 25, 2017; no date in metadata",
earliest="2017-10-25", latest="2017-10-27",
authors=[], domain="www.washingtonpost.com", url="https://www.washingtonpost.com/world/africa/ca14-haley-south-sudan-kiir",
desc="The U.S. ambassador to the United Nations said Washington was losing patience with Juba.",
body="""JUBA, South Sudan — The U.S. ambassador to the United Nations, Nikki Haley, told South Sudan's president, Salva Kiir, on Wednesday that the United States was losing patience with his government and would reconsider its support unless he moved quickly to end the country's four-year civil war.

Ms. Haley, the most senior member of the Trump administration to visit the country, met Mr. Kiir for about an hour at the presidential compound after touring a camp for displaced people guarded by U.N. peacekeepers.

"I told the president that the United States is at a crossroads with South Sudan," she told reporters afterward. "We have invested billions of dollars in this country, and we need to see that the violence stops."

She said she had delivered a message from President Trump, who she said was "disappointed" with Mr. Kiir's leadership, and asked the government to stop obstructing aid deliveries.

Mr. Kiir's office said in a statement that the president had assured Ms. Haley that his government was committed to peace and to the revitalization of a 2015 peace agreement. His spokesman, Ateny Wek Ateny, told reporters that Juba would "do everything possible" to allow humanitarian access.

But the spokesman also rejected accusations that government troops were targeting civilians. "These are allegations without evidence," he said.

The United States was the main backer of South Sudan's independence from Sudan in 2011 and remains its largest donor, providing more than $3 billion in humanitarian aid since the fighting began.

Civil war broke out in December 2013 after Mr. Kiir accused his former deputy, Riek Machar, of plotting a coup. Mr. Machar, who denies the charge, is now under house arrest in South Africa.

At the Protection of Civilians site, women told Ms. Haley that soldiers had raped and killed people in their villages. Ms. Haley said she was moved by their stories. "What I saw today was heartbreaking," she said.

Earlier in the day, a protest by displaced people demanding Mr. Kiir's resignation forced the ambassador's convoy to turn back from a second camp. U.N. peacekeepers cleared the road, and there were no injuries.

Aid agencies say the government has used bureaucratic obstacles and fees to block food deliveries, and at least 85 aid workers have been killed since 2013.

Ms. Haley's trip to Africa, which began in Ethiopia, where she met Prime Minister Hailemariam Desalegn, will continue in the Democratic Republic of Congo, where she is expected to urge President Joseph Kabila to hold elections.

The Security Council is weighing an arms embargo on South Sudan, which the United States has supported but Russia and China have opposed.
"""
,people=[("Nikki Haley","USA","ambassador to the United Nations"),("Salva Kiir","SSD","President"),("Donald Trump","USA","President"),("Ateny Wek Ateny","SSD","presidential spokesman"),("Riek Machar","SSD","former deputy president"),("Hailemariam Desalegn","ETH","Prime Minister"),("Joseph Kabila","COD","President")],
events=[
("USA","SSD","THREATEN",1,"would reconsider its support unless he moved quickly"),
("USA","SSD","CONSULT",1,"met Mr. Kiir for about an hour",1),
("USA","SSD","REQUEST",1,"we need to see that the violence stops"),
("USA","SSD","ACCUSE|PROTEST",1,"was \"disappointed\" with Mr. Kiir's leadership"),
("USA","SSD","REQUEST",1,"asked the government to stop obstructing aid deliveries"),
("SSD","USA","AGREE|CONCEDE",1,"his government was committed to peace"),
("SSD","USA","AGREE|CONCEDE",1,"would \"do everything possible\" to allow humanitarian access"),
("SSD","USA","REJECT",1,"rejected accusations that government troops were targeting civilians"),
("USA","SSD","AID",0,"providing more than $3 billion in humanitarian aid"),
("SSD","SSD","ACCUSE",0,"Mr. Kiir accused his former deputy, Riek Machar, of plotting a coup"),
("SSD","SSD","ASSAULT",0,"soldiers had raped and killed people in their villages"),
("SSD","SSD","PROTEST",1,"a protest by displaced people demanding Mr. Kiir's resignation"),
("NGO","SSD","ACCUSE",1,"Aid agencies say the government has used bureaucratic obstacles"),
("USA","ETH","CONSULT",1,"she met Prime Minister Hailemariam Desalegn"),
("USA","COD","REQUEST",0,"expected to urge President Joseph Kabila to hold elections"),
("RUS","USA","REJECT",0,"Russia and China have opposed"),
("CHN","USA","REJECT",0,"Russia and China have opposed"),
]))

ARTS.append(dict(id="CA15", fmt="dump", dump="dump-1.txt", nbsp=True, date="2016-03-23",
headline="Obama hails 'new era' with Argentina as Macri courts Washington",
why="Obama in Buenos Aires Wednesday March 23, 2016, day after Brussels attacks",
body="""BUENOS AIRES — President Obama began his visit to Argentina on Wednesday and praised its new president, Mauricio Macri, for moving quickly to repair relations with the United States after more than a decade of friction under his leftist predecessors.

"I'm impressed because he has moved so rapidly on so many of the reforms that he promised," Mr. Obama said at a joint news conference at the Casa Rosada, the presidential palace.

Mr. Macri, a center-right businessman who took office in December, called the visit "a sign of a new era" and said Argentina wanted to be a reliable partner again. "We want to have a mature and intelligent relationship with the United States," he said.

The two leaders signed agreements on trade, energy and security, including cooperation against drug trafficking and money laundering, and announced a dialogue on investment.

Mr. Obama also announced that the United States would declassify military and intelligence records from Argentina's "dirty war" of the 1970s and early 1980s, when the military government killed or disappeared tens of thousands of people.

Human rights groups in Argentina have long accused Washington of backing the junta, which seized power in a 1976 coup. The visit coincides with the 40th anniversary of that coup, and some groups had objected to its timing.

On Thursday, Mr. Obama is to visit a memorial to the victims. Several human rights leaders, including Estela de Carlotto of the Grandmothers of the Plaza de Mayo, said they would not attend events with him.

The president opened his remarks with a message of solidarity with Belgium, a day after bombings at the Brussels airport and a subway station killed at least 31 people. The Islamic State has claimed responsibility.

"We can and we will defeat those who threaten the safety and security of people all around the world," Mr. Obama said.

He faced questions at home from Republicans who said he should have cut short his trip. Senator Ted Cruz, a presidential candidate, said the president should "come home" and lead the fight against terrorism.

Relations between Washington and Buenos Aires were strained under Cristina Fernandez de Kirchner, who accused the United States of siding with hedge funds in Argentina's long battle over defaulted debt.

Mr. Macri has moved to settle with those creditors, and the Obama administration dropped its opposition to new loans for Argentina at multilateral lenders like the World Bank.

The visit follows Mr. Obama's historic trip to Cuba, where he met President Raul Castro.
"""
,people=[("Barack Obama","USA","President"),("Mauricio Macri","ARG","President"),("Estela de Carlotto","ARG","Grandmothers of the Plaza de Mayo"),("Ted Cruz","USA","Senator, presidential candidate"),("Cristina Fernandez de Kirchner","ARG","former President"),("Raul Castro","CUB","President")],
events=[
("USA","ARG","CONSULT",1,"President Obama began his visit to Argentina on Wednesday"),
("USA","ARG","SUPPORT",1,"praised its new president, Mauricio Macri"),
("ARG","USA","SUPPORT|COOPERATE",1,"Argentina wanted to be a reliable partner again"),
("USA","ARG","AGREE|COOPERATE",1,"The two leaders signed agreements on trade, energy and security",1),
("USA","ARG","AGREE|CONSULT",1,"announced a dialogue on investment",1),
("USA","ARG","CONCEDE|COOPERATE",1,"would declassify military and intelligence records"),
("ARG","ARG","ASSAULT",0,"the military government killed or disappeared tens of thousands of people"),
("ARG","USA","ACCUSE",1,"have long accused Washington of backing the junta"),
("ARG","USA","REJECT|PROTEST",1,"they would not attend events with him"),
("USA","BEL","SUPPORT",1,"a message of solidarity with Belgium"),
("USA","USA","REQUEST",0,"the president should \"come home\""),
("ARG","USA","ACCUSE",1,"accused the United States of siding with hedge funds"),
("USA","ARG","CONCEDE|SUPPORT",1,"dropped its opposition to new loans for Argentina"),
("USA","CUB","CONSULT",0,"where he met President Raul Castro"),
]))
