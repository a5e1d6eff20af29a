# 2016-2018 broadsheet/wire articles
from arts1 import e
ARTS = []

ARTS.append(dict(id="AZ7", fmt="txt", headline="Modi becomes first Indian prime minister to visit Israel, skips Ramallah",
published=("2017-07-04", "2017-07-04", "Modi arrived in Israel on Tuesday 4 July 2017"),
text="""Narendra Modi arrived in Israel on Tuesday, the first visit by a serving Indian prime minister, and was greeted on the tarmac by Benjamin Netanyahu in a display of warmth that both leaders said marked a new era between their countries.

"We have been waiting for you for 70 years," Netanyahu told Modi at Ben Gurion airport, calling him "a great leader of India and a great world leader". Modi replied in Hebrew before switching to English, saying India saw Israel as "an important partner".

The three-day trip is heavy on symbolism. Unlike previous Indian ministers who travelled to the region, Modi will not visit Ramallah or meet Palestinian President Mahmoud Abbas, a break with decades of Indian diplomacy that carefully balanced the two sides. Abbas visited New Delhi in May, and Indian officials said support for a Palestinian state remained unchanged.

The two prime ministers are expected to sign agreements on water, agriculture and space cooperation on Wednesday, Israeli officials told reporters. India is already one of the largest buyers of Israeli weapons, purchasing drones, missile systems and radars worth about $1bn a year.

"This is a visit that will change relations between our two countries," Netanyahu said in a statement. He described India and Israel as democracies facing the same threat of terrorism.

India established full diplomatic relations with Israel only in 1992, having long aligned itself with the Arab world and the Non-Aligned Movement. It still votes regularly against Israel at the United Nations.

Palestinian officials voiced disappointment. "We hope India will not sacrifice its principled positions for arms deals," a senior official of the Palestine Liberation Organization told reporters in Ramallah.

Modi is due to visit a memorial to the victims of the Holocaust and meet Moshe Holtzberg, an Israeli boy whose parents were killed in the 2008 Mumbai attacks.

From Israel, Modi will fly to Germany for the G20 summit in Hamburg.""",
people=[("Narendra Modi", "IND", "Prime Minister"), ("Benjamin Netanyahu", "ISR", "Prime Minister"), ("Mahmoud Abbas", "PSE", "Palestinian President"), ("Moshe Holtzberg", "ISR", "boy whose parents were killed in the 2008 Mumbai attacks")],
events=[
 e("IND","ISR","CONSULT","Narendra Modi arrived in Israel on Tuesday"),
 e("ISR","IND","SUPPORT","\"We have been waiting for you for 70 years,\""),
 e("IND","ISR","SUPPORT","India saw Israel as \"an important partner\""),
 e("IND","PSE","REJECT","Modi will not visit Ramallah or meet Palestinian President Mahmoud Abbas", req=False),
 e("PSE","IND","CONSULT","Abbas visited New Delhi in May", req=False),
 e("IND","PSE","SUPPORT","support for a Palestinian state remained unchanged"),
 e("IND","ISR","AGREE COOPERATE","expected to sign agreements on water, agriculture and space cooperation", sym=True),
 e("IND","ISR","COOPERATE","India is already one of the largest buyers of Israeli weapons", sym=True),
 e("ISR","IND","SUPPORT","\"This is a visit that will change relations between our two countries,\"", req=False),
 e("IND","ISR","COOPERATE","India established full diplomatic relations with Israel only in 1992", req=False, sym=True),
 e("IND","ISR","PROTEST REJECT","It still votes regularly against Israel at the United Nations", req=False),
 e("PSE","IND","PROTEST","Palestinian officials voiced disappointment"),
 e("PSE","IND","REQUEST","\"We hope India will not sacrifice its principled positions for arms deals,\""),
 e("IND","ISR","CONSULT","meet Moshe Holtzberg", req=False),
]))

ARTS.append(dict(id="AZ8", fmt="txt", headline="Abe and Obama at Pearl Harbor: 'We must never repeat the horrors of war'",
published=("2016-12-27", "2016-12-28", "Abe visit to Pearl Harbor, Tuesday 27 December 2016 (Hawaii time)"),
text="""HONOLULU - Japanese Prime Minister Shinzo Abe stood beside President Barack Obama at Pearl Harbor on Tuesday and offered his "sincere and everlasting condolences" to the more than 2,400 Americans killed in the 1941 attack, but he stopped short of an apology.

The two leaders laid wreaths at the USS Arizona Memorial, which sits above the sunken battleship where more than 1,000 sailors remain entombed. It was the first time a sitting Japanese leader had visited the memorial.

"We must never repeat the horrors of war again," Abe said in a speech at the nearby naval base. "This is the solemn vow we, the people of Japan, have taken." He praised the United States for extending "a hand of reconciliation" to Japan after its defeat.

Obama, who last May became the first sitting American president to visit Hiroshima, said the visit was "a historic gesture" that showed that "even the deepest wounds of war can give way to friendship". He called the alliance between the two countries "the cornerstone of peace and stability in the Asia Pacific".

Abe and Obama also held a brief meeting at a Marine base, their last as leaders, White House officials told reporters. President-elect Donald Trump, who during his campaign questioned the cost of defending Japan, will take office next month. Abe met Trump in New York in November, becoming the first foreign leader to do so.

China criticised the visit. Foreign Ministry spokeswoman Hua Chunying said on Tuesday that Abe should instead visit the site of the Nanjing massacre and apologise to Asian victims of Japanese wartime aggression.

Some veterans welcomed the gesture. "It is about time," said one 94-year-old survivor, who attended the ceremony. Others said they had not been consulted.

South Korea's foreign ministry said it hoped the visit would lead Tokyo to face up to its wartime past, including the use of Korean women as sex slaves by the Japanese army.""",
people=[("Shinzo Abe", "JPN", "Prime Minister"), ("Barack Obama", "USA", "President"), ("Donald Trump", "USA", "President-elect"), ("Hua Chunying", "CHN", "Foreign Ministry spokeswoman")],
events=[
 e("JPN","USA","CONSULT","Japanese Prime Minister Shinzo Abe stood beside President Barack Obama at Pearl Harbor"),
 e("JPN","USA","SUPPORT CONCEDE","offered his \"sincere and everlasting condolences\""),
 e("JPN","USA","ASSAULT","the more than 2,400 Americans killed in the 1941 attack", req=False),
 e("JPN","USA","SUPPORT","He praised the United States for extending \"a hand of reconciliation\""),
 e("USA","JPN","CONSULT","became the first sitting American president to visit Hiroshima", req=False),
 e("USA","JPN","SUPPORT","the visit was \"a historic gesture\""),
 e("USA","JPN","SUPPORT COOPERATE","called the alliance between the two countries \"the cornerstone of peace and stability in the Asia Pacific\""),
 e("JPN","USA","CONSULT","Abe and Obama also held a brief meeting at a Marine base", sym=True),
 e("USA","JPN","ACCUSE REJECT","questioned the cost of defending Japan", req=False),
 e("JPN","USA","CONSULT","Abe met Trump in New York in November", req=False),
 e("CHN","JPN","PROTEST ACCUSE","China criticised the visit"),
 e("CHN","JPN","REQUEST","Abe should instead visit the site of the Nanjing massacre and apologise"),
 e("KOR","JPN","REQUEST","it hoped the visit would lead Tokyo to face up to its wartime past"),
]))

ARTS.append(dict(id="AZ9", fmt="json", headline="Putin and Abe agree on joint economic activity on disputed islands, but no peace treaty",
published=("2016-12-16", "2016-12-16", "Putin-Abe talks in Tokyo on Friday 16 December 2016"),
meta=dict(date="2016-12-16 14:32:00", authors=["Staff and agencies"], url="https://www.theguardian.com/world/2016/dec/16/putin-abe-kuril-islands-joint-economic-activity", domain="www.theguardian.com", desc="Russia and Japan agree to talks on joint projects on the Kuril islands after a two-day summit."),
text="""Russia and Japan agreed on Friday to begin talks on joint economic activities on four disputed Pacific islands, but a two-day summit between Vladimir Putin and Shinzo Abe produced no breakthrough on the territorial row that has kept the two countries from signing a peace treaty since the second world war.

Abe hosted the Russian president at a hot-spring resort in his home town of Nagato on Thursday before the two moved to Tokyo for further talks on Friday. Putin arrived nearly three hours late, a habit that has irritated other hosts.

At a joint press conference, Abe said a "special framework" for cooperation on the islands, known in Russia as the southern Kurils and in Japan as the Northern Territories, would be "an important step towards concluding a peace treaty". He did not say whether Moscow had agreed to discuss their sovereignty.

Putin said the islands were Russian territory under international law, and cautioned that he would not accept any arrangement that allowed US forces to be deployed there under Japan's security treaty with Washington. "We must think about the interests of our allies, and Japan must think about ours," he said.

Businesses from the two countries signed dozens of commercial deals worth about 300bn yen, Japanese officials told reporters. Moscow also agreed to ease travel rules for former Japanese residents who wish to visit family graves on the islands.

Soviet troops seized the islands in the final days of the war in 1945 and expelled some 17,000 Japanese residents.

Abe has invested heavily in his personal ties with Putin, meeting him more than a dozen times, despite western sanctions imposed on Russia over its annexation of Crimea. Japan joined those sanctions in 2014 but has not extended them.

Opposition politicians in Tokyo accused Abe of giving away economic concessions for nothing. "The prime minister wanted two islands and came home with a fishing permit," one opposition lawmaker said.""",
people=[("Vladimir Putin", "RUS", "President"), ("Shinzo Abe", "JPN", "Prime Minister")],
events=[
 e("RUS","JPN","AGREE","Russia and Japan agreed on Friday to begin talks on joint economic activities", sym=True),
 e("RUS","JPN","CONSULT","a two-day summit between Vladimir Putin and Shinzo Abe", sym=True),
 e("RUS","JPN","CONSULT","Abe hosted the Russian president at a hot-spring resort", req=False),
 e("JPN","RUS","SUPPORT AGREE","\"an important step towards concluding a peace treaty\"", req=False),
 e("RUS","JPN","REJECT","Putin said the islands were Russian territory under international law"),
 e("RUS","JPN","THREATEN REJECT","he would not accept any arrangement that allowed US forces to be deployed there"),
 e("RUS","JPN","REQUEST","\"We must think about the interests of our allies, and Japan must think about ours,\"", req=False),
 e("RUS","JPN","COOPERATE AGREE","Businesses from the two countries signed dozens of commercial deals", sym=True),
 e("RUS","JPN","CONCEDE AGREE","Moscow also agreed to ease travel rules for former Japanese residents"),
 e("RUS","JPN","ASSAULT COERCE","Soviet troops seized the islands in the final days of the war", req=False),
 e("RUS","JPN","COERCE","expelled some 17,000 Japanese residents", req=False),
 e("WST","RUS","SANCTION","western sanctions imposed on Russia over its annexation of Crimea", req=False),
 e("JPN","RUS","SANCTION","Japan joined those sanctions in 2014", req=False),
 e("RUS","UKR","ASSAULT COERCE","its annexation of Crimea", req=False),
 e("JPN","JPN","ACCUSE","Opposition politicians in Tokyo accused Abe of giving away economic concessions"),
]))

ARTS.append(dict(id="AZ10", fmt="json", headline="Dominican Republic cuts ties with Taiwan, establishes relations with China",
published=("2018-05-01", "2018-05-01", "announcement Monday 30 April 2018 (evening, Santo Domingo), reported 1 May"),
meta=dict(date="2018-05-01 09:15:00", authors=["Steven Jiang", "Ben Westcott"], url="https://edition.cnn.com/2018/05/01/asia/dominican-republic-taiwan-china-intl/index.html", domain="edition.cnn.com", desc="Taiwan is left with 19 diplomatic allies after the Caribbean nation switches recognition to Beijing."),
text="""The Dominican Republic has severed its diplomatic relations with Taiwan and established formal ties with China, leaving the self-ruled island with just 19 allies worldwide.

Dominican Foreign Minister Miguel Vargas and Chinese Foreign Minister Wang Yi signed a joint communique in Beijing on Tuesday. Hours earlier, Flavio Dario Espinal, a legal adviser to President Danilo Medina, told a news conference in Santo Domingo that the decision was "in the best interests of the country and its future".

"We are convinced this will be extraordinarily positive," Espinal said, adding that the Dominican Republic recognized there was "only one China in the world" and that Taiwan was "an inalienable part of Chinese territory".

Wang welcomed the move. "History will prove that this is the right decision," he told reporters, adding that China was ready to offer cooperation in trade, infrastructure and tourism.

Taipei reacted angrily. Taiwanese Foreign Minister Joseph Wu said the government "strongly condemns" the decision and accused Beijing of luring away its allies with "false promises of investment and aid". Taiwan would not "compete with China in dollar diplomacy," he said, announcing that it was ending all cooperation projects and recalling its ambassador.

Wu said the Dominican government had asked Taiwan for financing for several projects, and that Taipei had refused to make "unreasonable" commitments. Chinese state media said Beijing had promised about $3bn in loans and investment, a figure the Chinese foreign ministry did not confirm.

Panama switched recognition to Beijing last June, and Sao Tome and Principe did the same in late 2016. Beijing has stepped up pressure on Taiwan since the election of President Tsai Ing-wen, whose party refuses to endorse the idea that Taiwan is part of China.

The US State Department said it was "disappointed" and that it was reviewing its relationship with the Caribbean nation.""",
people=[("Miguel Vargas", "DOM", "Foreign Minister"), ("Wang Yi", "CHN", "Foreign Minister"), ("Flavio Dario Espinal", "DOM", "legal adviser to the President"), ("Danilo Medina", "DOM", "President"), ("Joseph Wu", "TWN", "Foreign Minister"), ("Tsai Ing-wen", "TWN", "President")],
events=[
 e("DOM","TWN","SANCTION REJECT","The Dominican Republic has severed its diplomatic relations with Taiwan"),
 e("DOM","CHN","AGREE COOPERATE","established formal ties with China", sym=True),
 e("DOM","CHN","AGREE","signed a joint communique in Beijing", sym=True, req=False),
 e("DOM","CHN","SUPPORT AGREE","recognized there was \"only one China in the world\""),
 e("CHN","DOM","SUPPORT","Wang welcomed the move"),
 e("CHN","DOM","AGREE COOPERATE AID","China was ready to offer cooperation in trade, infrastructure and tourism"),
 e("TWN","DOM","PROTEST","the government \"strongly condemns\" the decision"),
 e("TWN","CHN","ACCUSE","accused Beijing of luring away its allies"),
 e("TWN","DOM","SANCTION","ending all cooperation projects and recalling its ambassador"),
 e("DOM","TWN","REQUEST","the Dominican government had asked Taiwan for financing", req=False),
 e("TWN","DOM","REJECT","Taipei had refused to make \"unreasonable\" commitments"),
 e("CHN","DOM","AID AGREE","Beijing had promised about $3bn in loans and investment", req=False),
 e("PAN","TWN","SANCTION","Panama switched recognition to Beijing last June", req=False),
 e("STP","TWN","SANCTION","Sao Tome and Principe did the same in late 2016", req=False),
 e("CHN","TWN","COERCE THREATEN","Beijing has stepped up pressure on Taiwan", req=False),
 e("USA","DOM","PROTEST","it was \"disappointed\""),
]))

ARTS.append(dict(id="AZ11", fmt="dump", headline="Chad's Deby makes first visit to Israel as Netanyahu courts Africa",
published=("2018-11-25", "2018-11-25", "Deby visit Sunday 25 November 2018"),
text="""Chadian President Idriss Deby arrived in Israel on Sunday for the first visit by a leader of the Muslim-majority country, 46 years after Chad cut diplomatic relations with the Jewish state.

Deby was received by Prime Minister Benjamin Netanyahu in Jerusalem, where the two men held talks on security, agriculture and the fight against jihadist militants in the Sahel.

"This is a historic visit," Netanyahu told reporters at a joint appearance. "Israel is returning to Africa, and Africa is returning to Israel." He said the visit was a sign of growing ties with Arab and Muslim countries, and promised Israeli help with water and farming technology.

Deby said he wanted to open "a new era of cooperation" and expressed hope that the two countries could restore full diplomatic relations. He added that Chad's engagement with Israel did not mean it would abandon the Palestinian cause, and called for a solution based on two states.

The Chadian leader also met President Reuven Rivlin and was due to visit the Yad Vashem Holocaust memorial on Monday.

Israeli media reported that Chad, whose army is fighting Boko Haram around Lake Chad and rebels on its northern border with Libya, has sought Israeli weapons and intelligence equipment. Officials in both countries declined to comment on those reports.

Chad broke off relations with Israel in 1972 under pressure from Libya's Muammar Gaddafi, who offered aid in return.

The Palestinian Authority did not comment on the visit. But Hamas, which rules Gaza, condemned it as "a stab in the back" of the Palestinian people and urged Arab and Muslim states to shun normalisation with Israel.

Netanyahu said he hoped to visit Chad soon and hinted that other Muslim-majority countries would follow. He made a surprise trip to Oman last month.""",
people=[("Idriss Deby", "TCD", "President"), ("Benjamin Netanyahu", "ISR", "Prime Minister"), ("Reuven Rivlin", "ISR", "President"), ("Muammar Gaddafi", "LBY", "Libyan leader")],
events=[
 e("TCD","ISR","CONSULT","Chadian President Idriss Deby arrived in Israel on Sunday"),
 e("TCD","ISR","CONSULT","Deby was received by Prime Minister Benjamin Netanyahu in Jerusalem", req=False),
 e("TCD","ISR","SANCTION","Chad cut diplomatic relations with the Jewish state", req=False),
 e("ISR","TCD","SUPPORT","\"This is a historic visit,\""),
 e("ISR","TCD","AID AGREE","promised Israeli help with water and farming technology"),
 e("TCD","ISR","SUPPORT AGREE","Deby said he wanted to open \"a new era of cooperation\""),
 e("TCD","ISR","REQUEST AGREE","expressed hope that the two countries could restore full diplomatic relations", req=False),
 e("TCD","PSE","SUPPORT","did not mean it would abandon the Palestinian cause"),
 e("TCD","ISR","CONSULT","The Chadian leader also met President Reuven Rivlin"),
 e("TCD","NGA","ASSAULT","whose army is fighting Boko Haram around Lake Chad", req=False),
 e("TCD","ISR","REQUEST","has sought Israeli weapons and intelligence equipment", req=False),
 e("LBY","TCD","COERCE REQUEST","under pressure from Libya's Muammar Gaddafi", req=False),
 e("LBY","TCD","AID","who offered aid in return", req=False),
 e("PSE","TCD","PROTEST ACCUSE","Hamas, which rules Gaza, condemned it as \"a stab in the back\""),
 e("PSE","SAU ARE EGY IGO","REQUEST","urged Arab and Muslim states to shun normalisation with Israel", req=False),
 e("ISR","TCD","CONSULT","Netanyahu said he hoped to visit Chad soon", req=False),
 e("ISR","OMN","CONSULT","He made a surprise trip to Oman last month", req=False),
]))

ARTS.append(dict(id="AZ12", fmt="dump", headline="Israel shuts Paraguay embassy after Asuncion moves its mission back to Tel Aviv",
published=("2018-09-05", "2018-09-05", "Paraguay announcement and Israeli response Wednesday 5 September 2018"),
text="""Israel said on Wednesday it would close its embassy in Paraguay after the South American country announced it was moving its own embassy back to Tel Aviv from Jerusalem, just four months after it was relocated.

"Israel views with great severity the extraordinary decision of Paraguay, which will cloud relations between the two countries," Prime Minister Benjamin Netanyahu's office said in a statement, adding that he had ordered the immediate closure of the mission in Asuncion.

Paraguayan Foreign Minister Luis Alberto Castiglioni told reporters that his country wanted to contribute to "broad, lasting and just" peace efforts in the Middle East and that the status of Jerusalem should be settled in negotiations. He denied that the decision was intended to offend Israel.

The move reverses a decision taken by former President Horacio Cartes, who opened the embassy in Jerusalem in May, days after the United States moved its own mission there. His successor, Mario Abdo Benitez, who took office last month, said he had not been consulted.

The Palestinian Authority welcomed the reversal. Foreign Minister Riyad al-Maliki said in a statement that Paraguay had "chosen to stand with international law", and announced that the Palestinians would open an embassy in Asuncion.

Turkey also praised the decision. Guatemala, which moved its embassy in May, said it had no plans to follow Paraguay's example.

The United States, which recognised Jerusalem as Israel's capital in December, said it was disappointed. The Trump administration has urged other countries to move their embassies to the city.

Israel's Ambassador to Paraguay, Zeev Harel, will return home, officials said. Paraguay will keep its ambassador in Israel, the foreign ministry in Asuncion said.

Israel annexed East Jerusalem after the 1967 war in a move not recognised internationally. Palestinians want it as the capital of a future state.""",
people=[("Benjamin Netanyahu", "ISR", "Prime Minister"), ("Luis Alberto Castiglioni", "PRY", "Foreign Minister"), ("Horacio Cartes", "PRY", "former President"), ("Mario Abdo Benitez", "PRY", "President"), ("Riyad al-Maliki", "PSE", "Foreign Minister"), ("Zeev Harel", "ISR", "Ambassador to Paraguay")],
events=[
 e("ISR","PRY","SANCTION","Israel said on Wednesday it would close its embassy in Paraguay"),
 e("PRY","ISR","REJECT RETREAT","moving its own embassy back to Tel Aviv from Jerusalem"),
 e("ISR","PRY","PROTEST","\"Israel views with great severity the extraordinary decision of Paraguay"),
 e("ISR","PRY","SANCTION","ordered the immediate closure of the mission in Asuncion", req=False),
 e("PRY","ISR","REJECT","He denied that the decision was intended to offend Israel"),
 e("PRY","ISR","SUPPORT COOPERATE","opened the embassy in Jerusalem in May", req=False),
 e("USA","ISR","SUPPORT","the United States moved its own mission there", req=False),
 e("PSE","PRY","SUPPORT","The Palestinian Authority welcomed the reversal"),
 e("PSE","PRY","COOPERATE AGREE","the Palestinians would open an embassy in Asuncion"),
 e("TUR","PRY","SUPPORT","Turkey also praised the decision"),
 e("USA","PRY","PROTEST","said it was disappointed"),
 e("USA","ISR","SUPPORT","recognised Jerusalem as Israel's capital in December", req=False),
 e("USA","PRY GTM","REQUEST","has urged other countries to move their embassies to the city", req=False),
 e("ISR","PRY","SANCTION RETREAT","Zeev Harel, will return home", req=False),
 e("ISR","PSE","COERCE ASSAULT","Israel annexed East Jerusalem after the 1967 war", req=False),
]))

ARTS.append(dict(id="AZ13", fmt="dump", headline="Macron urges Trump to stay in Iran deal as state visit opens with pomp",
published=("2018-04-24", "2018-04-24", "state visit talks Tuesday 24 April 2018"),
text="""WASHINGTON - French President Emmanuel Macron pressed Donald Trump on Tuesday to keep the United States in the Iran nuclear deal, proposing a "new deal" that would address Washington's concerns, as the first state visit of Trump's presidency got under way at the White House.

Trump, who has threatened to walk away from the 2015 agreement by May 12, called it "insane" and "ridiculous" at a joint news conference in the East Room. But he said he was open to "doing something" new with Macron, and warned Iran that if it restarted its nuclear programme "they will have bigger problems than they have ever had before".

Macron said the two leaders had agreed to work on a broader framework that would cover Iran's ballistic missiles and its influence in Syria and Yemen, while keeping the existing accord. "We have a disagreement," Macron told reporters, "but we share the same objective: Iran must never have nuclear weapons."

Iran's President Hassan Rouhani rejected any renegotiation. "What gives a French leader and an American leader the right to decide for 80 million Iranians?" he said in a televised speech in Tabriz.

The visit was marked by conspicuous displays of friendship. The two presidents planted an oak sapling on the South Lawn on Monday, and Trump brushed what he called dandruff from Macron's jacket in front of cameras. Trump hosted a state dinner for Macron on Tuesday night.

The leaders also discussed Syria, where the United States, France and Britain launched missile strikes this month in response to a suspected chemical attack by Syrian forces. Macron said he had persuaded Trump to keep US troops in Syria for the time being. The White House did not confirm that.

Macron is due to address a joint meeting of Congress on Wednesday. Trade was also on the agenda: Macron asked for a permanent exemption for European steel from US tariffs, but Trump made no commitment, French officials said.""",
people=[("Emmanuel Macron", "FRA", "President"), ("Donald Trump", "USA", "President"), ("Hassan Rouhani", "IRN", "President")],
events=[
 e("FRA","USA","REQUEST","Macron pressed Donald Trump on Tuesday to keep the United States in the Iran nuclear deal"),
 e("FRA","USA","CONSULT","the first state visit of Trump's presidency got under way at the White House"),
 e("USA","IRN","THREATEN","has threatened to walk away from the 2015 agreement", req=False),
 e("USA","IRN","ACCUSE","called it \"insane\" and \"ridiculous\"", req=False),
 e("USA","FRA","AGREE","he was open to \"doing something\" new with Macron"),
 e("USA","IRN","THREATEN","\"they will have bigger problems than they have ever had before\""),
 e("FRA","USA","AGREE","the two leaders had agreed to work on a broader framework", sym=True),
 e("IRN","FRA","REJECT","Iran's President Hassan Rouhani rejected any renegotiation"),
 e("IRN","USA","REJECT","Iran's President Hassan Rouhani rejected any renegotiation"),
 e("USA","FRA","CONSULT","Trump hosted a state dinner for Macron on Tuesday night", req=False),
 e("USA","SYR","ASSAULT","launched missile strikes this month", req=False),
 e("FRA","SYR","ASSAULT","launched missile strikes this month", req=False),
 e("GBR","SYR","ASSAULT","launched missile strikes this month", req=False),
 e("SYR","SYR","ASSAULT","a suspected chemical attack by Syrian forces", req=False),
 e("FRA","USA","REQUEST","Macron said he had persuaded Trump to keep US troops in Syria", req=False),
 e("FRA","USA","REQUEST","Macron asked for a permanent exemption for European steel from US tariffs"),
 e("USA","FRA","REJECT","Trump made no commitment", req=False),
 e("USA","FRA EUR","SANCTION","US tariffs", req=False),
]))
