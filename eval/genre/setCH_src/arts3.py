ARTS = []
def A(**k): ARTS.append(k)

A(id="CH11", headline="Trump scraps Pompeo's trip to North Korea, citing lack of progress on nuclear talks",
date="2018-08-25", why="Trump tweets Friday Aug. 24, 2018; Chinese statement 'on Saturday' (Aug. 25)",
text="""Trump scraps Pompeo's trip to North Korea, citing lack of progress on nuclear talks

President Trump on Friday abruptly called off a planned trip to North Korea by Secretary of State Mike Pompeo, saying there had not been enough progress toward ridding the North of its nuclear weapons.

The announcement, made in a series of messages on Twitter, came only a day after Mr. Pompeo had named a new special envoy for North Korea, Stephen Biegun, a Ford Motor Company executive, who was to accompany him to Pyongyang next week.

"I have asked Secretary of State Mike Pompeo not to go to North Korea, at this time, because I feel we are not making sufficient progress with respect to the denuclearization of the Korean Peninsula," Mr. Trump wrote.

The president also pointed a finger at Beijing, suggesting that China was no longer helping with the denuclearization process "because of our much tougher Trading stance." He said he did not believe China was "helping with the process of denuclearization as they once were."

Mr. Trump closed on a warmer note, sending his "warmest regards and respect" to Kim Jong-un and saying he looked forward to meeting him again soon.

The trip would have been Mr. Pompeo's fourth to Pyongyang this year. His last visit, in July, ended badly, with North Korea accusing him of making "gangster-like" demands.

According to a senior administration official, the decision followed a letter from a senior North Korean official, Kim Yong-chol, that Mr. Pompeo received on Thursday and that was described as sufficiently hostile to make a visit pointless.

China rejected the president's accusation. "The U.S. statement is contrary to basic facts and irresponsible," Lu Kang, a Foreign Ministry spokesman, said in a statement on Saturday, adding that Beijing had "seriously expressed its concerns" to Washington.

He said China had fully implemented United Nations sanctions against the North.

South Korea tried to keep the diplomacy alive. President Moon Jae-in's spokesman, Kim Eui-kyeom, said Seoul would play a role in breaking the impasse and that Mr. Moon still planned to visit Pyongyang next month for his third summit with Mr. Kim.

Pyongyang did not immediately comment. In recent weeks, North Korean state media have demanded that Washington agree to a formal declaration ending the Korean War before the North takes further steps.

American officials have refused to do so until the North takes concrete steps toward giving up its weapons, such as providing an inventory of its nuclear sites.

A United Nations report this month found that North Korea had not stopped its nuclear and missile programs and was evading sanctions through illicit ship-to-ship transfers of oil.

Some lawmakers welcomed the decision. Senator Cory Gardner of Colorado said the administration was right to "hold the line," and urged the Treasury to step up enforcement of sanctions.
""",
people=[("Donald Trump","USA","President"),("Mike Pompeo","USA","Secretary of State"),("Stephen Biegun","USA","special envoy for North Korea"),
("Kim Jong-un","PRK","leader of North Korea"),("Kim Yong-chol","PRK","senior North Korean official"),("Lu Kang","CHN","Foreign Ministry spokesman"),
("Moon Jae-in","KOR","President"),("Kim Eui-kyeom","KOR","spokesman for President Moon"),("Cory Gardner","USA","Senator, Colorado")],
events=[
("USA","PRK","REJECT",True,"abruptly called off a planned trip to North Korea by Secretary of State Mike Pompeo",0),
("USA","PRK","ACCUSE",True,"we are not making sufficient progress with respect to the denuclearization",0),
("USA","CHN","ACCUSE",True,"suggesting that China was no longer helping with the denuclearization process",0),
("USA","PRK","SUPPORT",False,"sending his \"warmest regards and respect\" to Kim Jong-un",0),
("USA","PRK","CONSULT",False,"looked forward to meeting him again soon",0),
("PRK","USA","ACCUSE",True,"North Korea accusing him of making \"gangster-like\" demands",0),
("PRK","USA","THREATEN PROTEST",False,"described as sufficiently hostile to make a visit pointless",0),
("CHN","USA","REJECT",True,"China rejected the president's accusation",0),
("CHN","USA","ACCUSE",True,"The U.S. statement is contrary to basic facts and irresponsible",0),
("CHN","USA","PROTEST",False,"had \"seriously expressed its concerns\" to Washington",0),
("KOR","PRK","CONSULT",True,"Mr. Moon still planned to visit Pyongyang next month",0),
("PRK","USA","REQUEST",True,"demanded that Washington agree to a formal declaration ending the Korean War",0),
("USA","PRK","REJECT",True,"American officials have refused to do so",0),
("UNO","PRK","ACCUSE",True,"found that North Korea had not stopped its nuclear and missile programs",0),
])

A(id="CH12", headline="Kim agrees to dismantle missile site during Moon's visit to Pyongyang",
date="2018-09-19", why="Pyongyang Declaration signed Wednesday, Sept. 19, 2018",
text="""Kim agrees to dismantle missile site during Moon's visit to Pyongyang

North Korea's leader, Kim Jong-un, agreed on Wednesday to permanently dismantle a key missile engine test site in the presence of international experts, and offered to close his main nuclear complex if the United States took "corresponding measures."

The pledges were contained in a joint declaration signed by Mr. Kim and President Moon Jae-in of South Korea in Pyongyang on the second day of their third summit meeting this year.

"We have agreed to make the Korean Peninsula a land of peace, free from nuclear weapons and nuclear threats," Mr. Kim said at a news conference with Mr. Moon, the first time he has spoken of denuclearization in front of international media.

Under the agreement, the North will close the Sohae engine test site and launch pad at Tongchang-ri. It said it could also shut down its Yongbyon nuclear facility, but only if Washington made concessions, which officials in Seoul suggested meant a declaration formally ending the Korean War.

The two Koreas also signed a separate military accord to reduce tensions along their heavily armed border. They agreed to halt military drills near the frontier, to set up a no-fly zone and to remove some guard posts in the Demilitarized Zone.

Mr. Kim accepted an invitation to visit Seoul, which would make him the first North Korean leader to set foot in the South's capital. Mr. Moon said the visit could come "in the near future."

The two governments also agreed to reconnect railways and roads, and to seek a joint bid to host the 2032 Summer Olympics.

President Trump welcomed the outcome. "Kim Jong Un has agreed to allow Nuclear inspections, subject to final negotiations, and to permanently dismantle a test site & launch pad in the presence of international experts," he wrote on Twitter. "Very exciting!"

Secretary of State Mike Pompeo said in a statement that the United States was prepared to engage "immediately" in negotiations, and invited North Korea's foreign minister, Ri Yong-ho, to meet him in New York next week.

Some American officials were more cautious. A senior administration official noted that the North had made no commitment to hand over a list of its nuclear weapons, a key American demand.

Japan's chief cabinet secretary, Yoshihide Suga, said Tokyo would coordinate closely with Washington and Seoul and insisted that sanctions must remain until North Korea's weapons programs were fully dismantled.

Mr. Moon was greeted at Pyongyang's airport by Mr. Kim and his wife, Ri Sol-ju, and by cheering crowds waving flowers. He is scheduled to climb Mount Paektu with Mr. Kim on Thursday before flying home.

Critics in South Korea's conservative opposition accused the government of trading away security for symbolic gestures.
""",
people=[("Kim Jong-un","PRK","leader of North Korea"),("Moon Jae-in","KOR","President"),("Donald Trump","USA","President"),
("Mike Pompeo","USA","Secretary of State"),("Ri Yong-ho","PRK","Foreign Minister"),("Yoshihide Suga","JPN","chief cabinet secretary"),("Ri Sol-ju","PRK","wife of Kim Jong-un")],
events=[
("PRK","KOR","AGREE",True,"agreed on Wednesday to permanently dismantle a key missile engine test site",0),
("PRK","USA","AGREE",False,"offered to close his main nuclear complex if the United States took \"corresponding measures.\"",0),
("PRK","KOR","AGREE",True,"a joint declaration signed by Mr. Kim and President Moon Jae-in",1),
("KOR","PRK","CONSULT",True,"in Pyongyang on the second day of their third summit meeting this year",0),
("PRK","USA","REQUEST",False,"but only if Washington made concessions",0),
("PRK","KOR","AGREE",True,"signed a separate military accord to reduce tensions",1),
("PRK","KOR","AGREE",False,"agreed to halt military drills near the frontier",1),
("PRK","KOR","AGREE",True,"Mr. Kim accepted an invitation to visit Seoul",0),
("PRK","KOR","COOPERATE",True,"agreed to reconnect railways and roads",1),
("USA","PRK","SUPPORT",True,"President Trump welcomed the outcome",0),
("USA","PRK","AGREE",True,"prepared to engage \"immediately\" in negotiations",0),
("USA","PRK","CONSULT",True,"invited North Korea's foreign minister, Ri Yong-ho, to meet him in New York next week",0),
("JPN","USA","COOPERATE",False,"Tokyo would coordinate closely with Washington and Seoul",0),
("JPN","PRK","SANCTION",True,"sanctions must remain until North Korea's weapons programs were fully dismantled",0),
("PRK","KOR","CONSULT",False,"Mr. Moon was greeted at Pyongyang's airport by Mr. Kim",1),
])

A(id="CH13", headline="E.U. activates 'blocking statute' to shield companies as U.S. sanctions on Iran return",
date="2018-08-07", why="blocking statute in force Monday Aug. 6, 2018; Trump tweet and Daimler 'on Tuesday' (Aug. 7)",
text="""E.U. activates 'blocking statute' to shield companies as U.S. sanctions on Iran return

The European Union on Monday put into force a law meant to protect European companies from American sanctions on Iran, hours before the first batch of those penalties took effect following President Trump's withdrawal from the 2015 nuclear deal.

The so-called blocking statute forbids European companies from complying with the American sanctions unless they receive permission from the European Commission, and allows them to sue for damages caused by the measures.

"We are determined to protect European economic operators engaged in legitimate business with Iran," Federica Mogherini, the bloc's foreign policy chief, said in a joint statement with the foreign ministers of France, Germany and Britain.

The statement said the three countries and the European Union "deeply regret" the reimposition of sanctions and remained committed to the nuclear agreement as long as Iran continued to honor it.

The first round of American sanctions, which took effect at 12:01 a.m. Tuesday, targets Iran's purchases of American dollars, its trade in gold and precious metals, and its automotive sector. A second, tougher round aimed at Iran's oil exports is due in November.

Mr. Trump signed an executive order reinstating the penalties on Monday. In a statement, he called on "all nations" to take steps to pressure Tehran and said Iran faced "a choice": change its "threatening, destabilizing behavior" or remain isolated.

"Anyone doing business with Iran will NOT be doing business with the United States," he wrote on Twitter on Tuesday. "I am asking for WORLD PEACE, nothing less!"

In Tehran, President Hassan Rouhani dismissed an offer of talks from Mr. Trump. "If you stab someone with a knife and then say you want talks, the first thing is to remove the knife," he said in a televised interview.

He accused Washington of waging "psychological warfare" against Iranians, who have staged sporadic protests over the falling value of the rial and rising prices.

Many large European companies have already left Iran, regardless of the blocking statute. The German carmaker Daimler said on Tuesday that it was halting its plans to expand in the country.

Administration officials said they were unconcerned by the European measure. A senior administration official told reporters that the United States would enforce its sanctions fully and that companies would have to choose.

The Iranian foreign minister, Mohammad Javad Zarif, welcomed Europe's step but said it was not enough. He urged the Europeans to put in place a mechanism that would allow Iran to keep selling oil.

Russia and China, the other signatories to the accord, have also said they will keep trading with Iran. The Russian Foreign Ministry said it was "deeply disappointed" by the American move.
""",
people=[("Donald Trump","USA","President"),("Federica Mogherini","EUR","EU foreign policy chief"),("Hassan Rouhani","IRN","President"),
("Mohammad Javad Zarif","IRN","Foreign Minister")],
events=[
("EUR","USA","REJECT PROTEST",True,"put into force a law meant to protect European companies from American sanctions on Iran",0),
("USA","IRN","SANCTION",True,"the first batch of those penalties took effect",0),
("USA","IRN","RETREAT REJECT",False,"President Trump's withdrawal from the 2015 nuclear deal",0),
("EUR","IRN","SUPPORT",False,"legitimate business with Iran",0),
("FRA","USA","PROTEST",True,"\"deeply regret\" the reimposition of sanctions",0),
("DEU","USA","PROTEST",True,"\"deeply regret\" the reimposition of sanctions",0),
("GBR","USA","PROTEST",True,"\"deeply regret\" the reimposition of sanctions",0),
("EUR","USA","PROTEST",True,"the three countries and the European Union \"deeply regret\"",0),
("USA","IRN","SANCTION",False,"Mr. Trump signed an executive order reinstating the penalties",0),
("USA","IRN","ACCUSE",True,"threatening, destabilizing behavior",0),
("USA","IRN","THREATEN",True,"Anyone doing business with Iran will NOT be doing business with the United States",0),
("IRN","USA","REJECT",True,"dismissed an offer of talks from Mr. Trump",0),
("USA","IRN","CONSULT",False,"an offer of talks from Mr. Trump",0),
("IRN","USA","ACCUSE",True,"accused Washington of waging \"psychological warfare\" against Iranians",0),
("IRN","EUR","SUPPORT",True,"welcomed Europe's step but said it was not enough",0),
("IRN","EUR","REQUEST",True,"He urged the Europeans to put in place a mechanism",0),
("RUS","IRN","COOPERATE",True,"they will keep trading with Iran",0),
("CHN","IRN","COOPERATE",True,"they will keep trading with Iran",0),
("RUS","USA","PROTEST",True,"it was \"deeply disappointed\" by the American move",0),
])

A(id="CH14", headline="Trump warns Rouhani in all-caps tweet: 'NEVER, EVER THREATEN THE UNITED STATES AGAIN'",
date="2018-07-23", why="Trump tweet late Sunday July 22, 2018; Iranian reply 'on Monday' (July 23)",
text="""Trump warns Rouhani in all-caps tweet: 'NEVER, EVER THREATEN THE UNITED STATES AGAIN'

President Trump issued a stark warning to Iran's president late Sunday, writing in a message typed entirely in capital letters that Tehran would "SUFFER CONSEQUENCES THE LIKES OF WHICH FEW THROUGHOUT HISTORY HAVE EVER SUFFERED BEFORE" if it threatened the United States.

The tweet, addressed directly to President Hassan Rouhani, came hours after Mr. Rouhani told a gathering of Iranian diplomats that hostility toward Iran would lead to "the mother of all wars."

"America should know that peace with Iran is the mother of all peace, and war with Iran is the mother of all wars," Mr. Rouhani said, according to the official IRNA news agency. He also warned Mr. Trump not to "play with the lion's tail."

Mr. Trump's response was unusually blunt, even for him. "WE ARE NO LONGER A COUNTRY THAT WILL STAND FOR YOUR DEMENTED WORDS OF VIOLENCE & DEATH. BE CAUTIOUS!" he wrote.

On the same day, Secretary of State Mike Pompeo delivered a speech in California to an audience of Iranian-Americans in which he described Iran's leaders as "hypocritical holy men" and likened the government to "the mafia."

Mr. Pompeo said the United States would seek to cut Iran's oil exports "as close to zero as possible" by November, and urged other countries to stop buying Iranian crude.

Iran brushed off the president's words. Foreign Ministry spokesman Bahram Qassemi said on Monday that the tweet was "psychological warfare" and that Tehran would not be intimidated.

The head of the Basij militia, Gholamhossein Gheibparvar, said Iran's supreme leader would never allow negotiations with "the Great Satan." Earlier this month, Mr. Rouhani had suggested that Iran could block oil shipments through the Strait of Hormuz if its own exports were halted.

At the White House, national security adviser John Bolton backed up the president. "President Trump told me that if Iran does anything at all to the negative, they will pay a price like few countries have ever paid before," Mr. Bolton said in a statement.

Asked about the tweet on Monday, press secretary Sarah Huckabee Sanders told reporters the president would not allow Iran to threaten Americans.

Democrats accused Mr. Trump of trying to distract from criticism of his meeting in Helsinki last week with President Vladimir Putin of Russia.

European diplomats expressed alarm. A spokeswoman for the European Union urged both sides to avoid inflammatory rhetoric and said the bloc remained committed to the nuclear deal, which Mr. Trump abandoned in May.

Saudi Arabia, Iran's regional rival, praised the administration's firm stance, according to the Saudi Press Agency.
""",
people=[("Donald Trump","USA","President"),("Hassan Rouhani","IRN","President"),("Mike Pompeo","USA","Secretary of State"),
("Bahram Qassemi","IRN","Foreign Ministry spokesman"),("Gholamhossein Gheibparvar","IRN","head of the Basij militia"),
("John Bolton","USA","national security adviser"),("Sarah Huckabee Sanders","USA","White House press secretary"),("Vladimir Putin","RUS","President")],
events=[
("USA","IRN","THREATEN",True,"SUFFER CONSEQUENCES THE LIKES OF WHICH FEW THROUGHOUT HISTORY HAVE EVER SUFFERED BEFORE",0),
("IRN","USA","THREATEN",True,"hostility toward Iran would lead to \"the mother of all wars.\"",0),
("IRN","USA","THREATEN",False,"warned Mr. Trump not to \"play with the lion's tail.\"",0),
("USA","IRN","ACCUSE",True,"YOUR DEMENTED WORDS OF VIOLENCE & DEATH",0),
("USA","IRN","ACCUSE",True,"described Iran's leaders as \"hypocritical holy men\"",0),
("USA","IRN","SANCTION THREATEN",True,"would seek to cut Iran's oil exports \"as close to zero as possible\"",0),
("IRN","USA","REJECT",True,"Iran brushed off the president's words",0),
("IRN","USA","ACCUSE",True,"the tweet was \"psychological warfare\"",0),
("IRN","USA","REJECT",True,"would never allow negotiations with \"the Great Satan.\"",0),
("IRN","USA","THREATEN",True,"Iran could block oil shipments through the Strait of Hormuz",0),
("USA","IRN","THREATEN",True,"they will pay a price like few countries have ever paid before",0),
("USA","RUS","CONSULT",False,"his meeting in Helsinki last week with President Vladimir Putin of Russia",1),
("EUR","USA","REQUEST",True,"urged both sides to avoid inflammatory rhetoric",0),
("EUR","IRN","REQUEST",True,"urged both sides to avoid inflammatory rhetoric",0),
("SAU","USA","SUPPORT",True,"praised the administration's firm stance",0),
])
