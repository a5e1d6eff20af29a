from common import A, E, P

ARTS = []

ARTS.append(A(
id='CP6', headline="Turkey detains leaders of pro-Kurdish party in overnight raids",
published={"earliest": "2016-11-04", "latest": "2016-11-04", "why": "HDP co-chairs detained overnight into Friday 4 November 2016; Diyarbakir bombing the same morning"},
body="""
ISTANBUL — Turkish police detained the two leaders of the country's main pro-Kurdish political party and at least nine of its lawmakers in raids overnight, the latest move in a crackdown that has widened far beyond those accused of plotting July's failed coup.

Selahattin Demirtas and Figen Yuksekdag, co-chairs of the Peoples' Democratic Party, or HDP, were taken from their homes in Diyarbakir and Ankara early Friday after they refused to give testimony in terrorism investigations, according to prosecutors.

The government accuses the party of acting as the political wing of the Kurdistan Workers' Party, or PKK, which has fought the Turkish state for more than three decades. The HDP denies the charge and says it is being punished for opposing President Recep Tayyip Erdogan.

"This is a coup against the will of the people," the party said in a statement, calling on its supporters to resist through democratic means.

Hours after the arrests, a car bomb exploded near a police building in Diyarbakir, the largest city in the mainly Kurdish southeast, killing at least eight people and wounding more than 100. Prime Minister Binali Yildirim blamed the PKK for the attack.

Authorities also restricted access to Facebook, Twitter and WhatsApp across the country, a monitoring group said, a step the government has taken in the past after major security incidents.

Mr. Yildirim defended the detentions. "Politics cannot be a shield for committing crimes," he told reporters in Ankara. "Nobody is above the law."

Mr. Erdogan had said for months that the immunity of HDP lawmakers should be lifted so that they could be prosecuted. Parliament voted in May to strip the immunity of dozens of deputies, most of them from the HDP.

The European Union expressed alarm. Federica Mogherini, the bloc's foreign policy chief, said she was "extremely worried" and had called a meeting of EU ambassadors in Ankara.

Germany summoned the Turkish charge d'affaires in Berlin, and Foreign Minister Frank-Walter Steinmeier said the arrests "confirm our worst fears."

The United States, a NATO ally of Turkey, was more measured. A State Department spokesman, Mark Toner, said Washington was "deeply concerned" and urged Ankara to respect the rights of elected officials.

Since the coup attempt on July 15, which the government blames on followers of the U.S.-based cleric Fethullah Gulen, more than 110,000 people have been detained or suspended from their jobs. Dozens of mayors in the southeast have been removed and replaced with state-appointed trustees.

Kurdish politicians said the arrests would push more young people toward armed struggle. "They are closing all the doors of politics," said Sirri Sureyya Onder, an HDP lawmaker who was not detained.

Mr. Demirtas, a charismatic 43-year-old lawyer, led his party past the 10 percent threshold for entering parliament in 2015, a first for a pro-Kurdish party.
""",
people=[P("Selahattin Demirtas", "TUR", "co-chair, Peoples' Democratic Party"),
        P("Figen Yuksekdag", "TUR", "co-chair, Peoples' Democratic Party"),
        P("Recep Tayyip Erdogan", "TUR", "President"),
        P("Binali Yildirim", "TUR", "Prime Minister"),
        P("Federica Mogherini", "EUR", "foreign policy chief"),
        P("Frank-Walter Steinmeier", "DEU", "Foreign Minister"),
        P("Mark Toner", "USA", "State Department spokesman"),
        P("Fethullah Gulen", "TUR", "U.S.-based cleric"),
        P("Sirri Sureyya Onder", "TUR", "HDP lawmaker")],
events=[
 E("TUR", "TUR", "COERCE", True, "Turkish police detained the two leaders of the country's main pro-Kurdish political party"),
 E("TUR", "TUR", "ACCUSE", True, "The government accuses the party of acting as the political wing"),
 E("TUR", "TUR", "REJECT", True, "The HDP denies the charge"),
 E("TUR", "TUR", "ACCUSE", True, "This is a coup against the will of the people"),
 E("TUR", "TUR", "ASSAULT", True, "a car bomb exploded near a police building in Diyarbakir"),
 E("TUR", "TUR", "ACCUSE", True, "blamed the PKK for the attack"),
 E("TUR", "TUR", "COERCE", False, "restricted access to Facebook, Twitter and WhatsApp"),
 E("TUR", "TUR", "SANCTION/COERCE", False, "Parliament voted in May to strip the immunity"),
 E("EUR", "TUR", "PROTEST", True, "was \"extremely worried\""),
 E("DEU", "TUR", "PROTEST", True, "Germany summoned the Turkish charge d'affaires in Berlin"),
 E("DEU", "TUR", "ACCUSE/PROTEST", False, "the arrests \"confirm our worst fears.\""),
 E("USA", "TUR", "REQUEST", True, "urged Ankara to respect the rights of elected officials"),
 E("TUR", "TUR", "ACCUSE", False, "the government blames on followers of the U.S.-based cleric Fethullah Gulen"),
 E("TUR", "TUR", "COERCE", False, "Dozens of mayors in the southeast have been removed"),
]))

ARTS.append(A(
id='CP7', headline="Greek court blocks extradition of Turkish officers; Ankara cries foul",
published={"earliest": "2017-01-26", "latest": "2017-01-26", "why": "Greek Supreme Court ruling of Thursday 26 January 2017 and Turkish reaction the same day"},
body="""
ATHENS — Greece's Supreme Court on Thursday ruled against extraditing eight Turkish military officers who fled to the country by helicopter the day after last July's failed coup, prompting an angry response from Ankara and raising fears of a new rift between the two NATO neighbors.

The court said the servicemen, who are accused by Turkey of taking part in the putsch, could not be guaranteed a fair trial and might face torture or the death penalty if they were sent back.

The ruling is final. The eight men, three majors, three captains and two sergeant-majors, have denied involvement in the coup attempt and say they fled in fear for their lives when their unit came under suspicion.

Turkey's Foreign Ministry said in a statement that the decision was "political" and that Greece had failed to show solidarity in the fight against terrorism. "We strongly protest this decision," the ministry said.

Within hours, an Istanbul court issued new arrest warrants for the eight men, and Turkish officials said they would seek their return through other channels.

Foreign Minister Mevlut Cavusoglu went further, saying Turkey would re-evaluate its cooperation with Greece, including a bilateral agreement on returning migrants. "We will take the necessary steps," he told the state-run Anadolu news agency.

Justice Minister Bekir Bozdag accused Greece of protecting "putschists" and said the ruling showed that Europe was giving shelter to enemies of Turkish democracy.

The Greek government, which had been careful not to comment on the case, said it respected the independence of its judiciary. Prime Minister Alexis Tsipras told reporters that coup plotters were "not welcome" in Greece, but that the courts had the final word.

A government spokesman, Dimitris Tzanakopoulos, said Athens wanted good relations with Ankara and would not let the ruling damage cooperation on refugees. He said the officers would still have to go through the asylum process.

The men landed a Black Hawk helicopter in the northern Greek city of Alexandroupolis on July 16 and immediately asked for asylum. Greece returned the helicopter to Turkey within days.

Their lawyer, Christos Mylonopoulos, welcomed the ruling. "Justice was done today. These men are soldiers, not terrorists," he said outside the court.

The case comes at a delicate time. Talks on reunifying Cyprus, in which Greece and Turkey are both guarantor powers, were held in Geneva this month, and Greek officials have complained of frequent Turkish violations of their airspace over the Aegean Sea.

Since the coup attempt, Turkey has detained or dismissed tens of thousands of soldiers, police officers, judges and teachers. It has also asked several European countries, including Germany, to hand over officers who requested asylum there.
""",
people=[P("Mevlut Cavusoglu", "TUR", "Foreign Minister"),
        P("Bekir Bozdag", "TUR", "Justice Minister"),
        P("Alexis Tsipras", "GRC", "Prime Minister"),
        P("Dimitris Tzanakopoulos", "GRC", "government spokesman"),
        P("Christos Mylonopoulos", "GRC", "lawyer")],
events=[
 E("GRC", "TUR", "REJECT", True, "ruled against extraditing eight Turkish military officers"),
 E("TUR", "TUR", "ACCUSE", True, "who are accused by Turkey of taking part in the putsch"),
 E("TUR", "TUR", "REJECT", False, "have denied involvement in the coup attempt"),
 E("TUR", "GRC", "ACCUSE", True, "the decision was \"political\""),
 E("TUR", "GRC", "PROTEST", True, "We strongly protest this decision"),
 E("TUR", "TUR", "COERCE", True, "an Istanbul court issued new arrest warrants for the eight men"),
 E("TUR", "GRC", "THREATEN", True, "Turkey would re-evaluate its cooperation with Greece"),
 E("TUR", "GRC", "ACCUSE", True, "accused Greece of protecting \"putschists\""),
 E("TUR", "EUR", "ACCUSE", False, "Europe was giving shelter to enemies of Turkish democracy"),
 E("GRC", "TUR", "REJECT", False, "coup plotters were \"not welcome\" in Greece"),
 E("GRC", "TUR", "COOPERATE", False, "would not let the ruling damage cooperation on refugees"),
 E("TUR", "GRC", "REQUEST", False, "asked for asylum"),
 E("GRC", "TUR", "RETREAT/COOPERATE", False, "Greece returned the helicopter to Turkey within days"),
 E("GRC", "TUR", "ACCUSE", True, "Greek officials have complained of frequent Turkish violations of their airspace"),
 E("TUR", "DEU", "REQUEST", True, "asked several European countries, including Germany, to hand over officers"),
]))

ARTS.append(A(
id='CP8', headline="U.N. suspends Syria aid convoys after deadly attack near Aleppo",
date="2016-09-20 16:42:00", authors=["Anne Barnard", "Somini Sengupta"],
url="https://www.nytimes.com/2016/09/21/world/middleeast/syria-aid-convoy-attack-aleppo.html", domain="www.nytimes.com",
desc="The United Nations halted all aid convoys in Syria after a strike on trucks west of Aleppo killed about 20 people, and American officials said Russian aircraft were likely to blame.",
published={"earliest": "2016-09-20", "latest": "2016-09-20", "why": "attack on the convoy on Monday evening 19 September 2016; UN suspension announced Tuesday 20 September"},
body="""
BEIRUT, Lebanon — The United Nations suspended all aid convoys in Syria on Tuesday after an attack on a humanitarian convoy near Aleppo killed about 20 people, dealing a possibly fatal blow to a weeklong cease-fire brokered by the United States and Russia.

The convoy of 31 trucks, carrying flour, medicine and winter clothing for 78,000 people, was hit on Monday evening as it was being unloaded at a warehouse of the Syrian Arab Red Crescent in the town of Urum al-Kubra, west of Aleppo.

Aid workers said the strikes lasted for about two hours. Omar Barakat, the head of the local Red Crescent office, was among those killed, the organization said.

"As a precautionary security measure, other convoy movements in Syria have been suspended for the time being," Jens Laerke, a spokesman for the United Nations humanitarian office, told reporters in Geneva.

Stephen O'Brien, the United Nations humanitarian chief, said that if the attack was found to be deliberate, it would amount to a war crime. "Let me be clear: the perpetrators should know they will one day be held accountable," he said in a statement.

Two American officials said Tuesday that the United States believed that Russian aircraft were most likely responsible. The officials, who spoke on the condition of anonymity, said two Russian Su-24 warplanes had been over the area at the time.

Russia denied any role. Maj. Gen. Igor Konashenkov, a spokesman for the Russian Defense Ministry, said neither Russian nor Syrian aircraft had carried out strikes on the convoy, and he suggested that the trucks had caught fire.

The Syrian military also denied targeting the convoy and said reports of an airstrike were false.

Secretary of State John Kerry, who had negotiated the truce with Foreign Minister Sergey Lavrov of Russia, met his counterpart and other foreign ministers in New York on Tuesday in an effort to save it. Mr. Kerry said afterward that the cease-fire was "not dead."

But the Syrian military had declared on Monday that the truce was over, blaming rebels for hundreds of violations. Rebel groups, in turn, accused government forces of bombarding opposition areas throughout the week.

President Obama, addressing the United Nations General Assembly, did not mention the convoy by name but said there could be no military victory in Syria. "We have to pursue the hard work of diplomacy," he said.

The International Committee of the Red Cross called the attack "a flagrant violation of international humanitarian law" and urged all sides to respect aid workers.

Aleppo's eastern districts, held by rebels, have been under siege by government forces for most of the summer. About 250,000 people are believed to be trapped there, and no aid has reached them since July.

Turkey, which backs some of the rebel groups, said the attack showed that the Syrian government could not be trusted to respect any agreement.
""",
people=[P("Omar Barakat", "SYR", "head of local Syrian Arab Red Crescent office"),
        P("Jens Laerke", "UNO", "spokesman, UN humanitarian office"),
        P("Stephen O'Brien", "UNO", "UN humanitarian chief"),
        P("Igor Konashenkov", "RUS", "spokesman, Russian Defense Ministry"),
        P("John Kerry", "USA", "Secretary of State"),
        P("Sergey Lavrov", "RUS", "Foreign Minister"),
        P("Barack Obama", "USA", "President")],
events=[
 E("UNO", "SYR", "SANCTION/RETREAT", True, "The United Nations suspended all aid convoys in Syria"),
 E(["RUS", "SYR"], "SYR", "ASSAULT", True, "an attack on a humanitarian convoy near Aleppo killed about 20 people"),
 E("UNO", ["RUS", "SYR"], "THREATEN/ACCUSE", True, "they will one day be held accountable"),
 E("USA", "RUS", "ACCUSE", True, "Russian aircraft were most likely responsible"),
 E("RUS", "USA", "REJECT", True, "Russia denied any role"),
 E("SYR", "USA", "REJECT", False, "The Syrian military also denied targeting the convoy"),
 E("USA", "RUS", "CONSULT", True, "met his counterpart and other foreign ministers in New York", True),
 E("SYR", "SYR", "REJECT/ACCUSE", True, "blaming rebels for hundreds of violations"),
 E("SYR", "SYR", "ACCUSE", True, "accused government forces of bombarding opposition areas"),
 E("NGO", ["RUS", "SYR"], "ACCUSE", True, "a flagrant violation of international humanitarian law"),
 E("SYR", "SYR", "COERCE/ASSAULT", False, "under siege by government forces"),
 E("TUR", "SYR", "ACCUSE", True, "the Syrian government could not be trusted"),
 E("USA", "RUS", "AGREE", False, "a weeklong cease-fire brokered by the United States and Russia", True),
 E("UNO", "SYR", "AID", False, "carrying flour, medicine and winter clothing"),
]))

ARTS.append(A(
id='CP9', headline="Russia demands U.N. meeting after U.S.-led strikes kill Syrian soldiers",
date="2016-09-18 01:15:00", authors=["Associated Press"],
url="https://apnews.com/article/2016/09/17/us-led-coalition-strikes-syrian-troops-deir-ezzor", domain="apnews.com",
desc="Airstrikes by the U.S.-led coalition killed dozens of Syrian soldiers near Deir el-Zour, and Russia called an emergency session of the Security Council.",
published={"earliest": "2016-09-17", "latest": "2016-09-18", "why": "strikes near Deir ez-Zor on Saturday 17 September 2016; emergency Security Council session that evening"},
body="""
BEIRUT (AP) — Airstrikes by the U.S.-led coalition killed dozens of Syrian soldiers near the eastern city of Deir el-Zour on Saturday, threatening a fragile cease-fire and sending tensions between Washington and Moscow soaring.

Russia's military said 62 Syrian soldiers were killed and about 100 wounded when coalition jets struck positions on a hill overlooking the city's airport, which has been besieged for months by the Islamic State group.

The U.S. Central Command said in a statement that the coalition had believed it was hitting Islamic State fighters and had stopped the strikes immediately after Russian officials informed it that the targets might be Syrian troops.

"The coalition would not intentionally strike a known Syrian military unit," the statement said. "We regret the unintentional loss of life."

Soon after the raid, Islamic State militants attacked the hill and briefly seized it, according to Syrian state media. The Syrian army said it later retook the position with the help of Russian airstrikes.

Syria's military command called the strike "a serious and flagrant aggression" and said it was proof that the United States supported the militants. Damascus offered no evidence for that claim.

Russia asked for an emergency meeting of the U.N. Security Council, which convened in New York on Saturday night. Russia's ambassador, Vitaly Churkin, said the strike was "not an accident" and questioned whether Washington could be a partner in Syria.

The U.S. ambassador, Samantha Power, accused Moscow of staging "a stunt replete with moralism and grandstanding." She said Russia had never called an emergency meeting over the Syrian government's barrel bombs and chemical attacks.

Ms. Power also said the United States would investigate what had happened and, if it found it had made a mistake, would take responsibility. Mr. Churkin walked out of the chamber while she was speaking, telling reporters he had never seen such an "extraordinary" display.

Maria Zakharova, a spokeswoman for Russia's Foreign Ministry, said that after the strike, "we come to a terrifying conclusion that the White House is defending the Islamic State."

The strike came on the sixth day of a cease-fire negotiated by Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov. Under the deal, the two countries were to set up a joint center to coordinate strikes against extremist groups if the truce held for a week.

Opposition activists said that government aircraft kept bombing rebel-held districts of Aleppo and Idlib province on Saturday despite the truce, and that aid trucks waiting at the Turkish border still had not been allowed in.

Denmark and Australia said their planes had taken part in the coalition raid. Australia's Defense Ministry said it would cooperate fully with any U.S. review.

The Syrian government and its allies have long accused the coalition of striking infrastructure and civilians. The coalition says it takes great care to avoid civilian deaths.
""",
people=[P("Vitaly Churkin", "RUS", "ambassador to the U.N."),
        P("Samantha Power", "USA", "ambassador to the U.N."),
        P("Maria Zakharova", "RUS", "spokeswoman, Foreign Ministry"),
        P("John Kerry", "USA", "Secretary of State"),
        P("Sergey Lavrov", "RUS", "Foreign Minister")],
events=[
 E("USA", "SYR", "ASSAULT", True, "Airstrikes by the U.S.-led coalition killed dozens of Syrian soldiers"),
 E("USA", "SYR", "CONCEDE", True, "We regret the unintentional loss of life"),
 E("SYR", "SYR", "ASSAULT", True, "Islamic State militants attacked the hill and briefly seized it"),
 E("RUS", "SYR", "ASSAULT", False, "with the help of Russian airstrikes"),
 E("SYR", "USA", "ACCUSE", True, "called the strike \"a serious and flagrant aggression\""),
 E("RUS", "UNO", "REQUEST", True, "Russia asked for an emergency meeting of the U.N. Security Council"),
 E("RUS", "USA", "ACCUSE", True, "said the strike was \"not an accident\""),
 E("USA", "RUS", "ACCUSE", True, "accused Moscow of staging \"a stunt replete with moralism and grandstanding.\""),
 E("RUS", "USA", "PROTEST", True, "walked out of the chamber while she was speaking"),
 E("RUS", "USA", "ACCUSE", True, "the White House is defending the Islamic State"),
 E("SYR", "SYR", "ASSAULT", True, "government aircraft kept bombing rebel-held districts of Aleppo"),
 E("USA", "RUS", "AGREE", False, "a cease-fire negotiated by Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov", True),
 E(("DNK", "AUS"), "SYR", "ASSAULT", True, "Denmark and Australia said their planes had taken part in the coalition raid"),
 E("SYR", "USA", "ACCUSE", False, "have long accused the coalition of striking infrastructure and civilians"),
]))

ARTS.append(A(
id='CP10', headline="Turkish-backed rebels push ISIS out of Syrian town of al-Bab",
date="2017-02-23 19:05:00", authors=["Kareem Shaheen"],
url="https://www.theguardian.com/world/2017/feb/23/turkish-backed-rebels-isis-al-bab-syria", domain="www.theguardian.com",
desc="Turkey's defence minister says the town is almost entirely under control after a siege that cost dozens of Turkish soldiers' lives.",
published={"earliest": "2017-02-23", "latest": "2017-02-23", "why": "Turkish defence minister's announcement on Thursday 23 February 2017"},
body="""
Syrian rebels backed by Turkish tanks and warplanes have driven Islamic State fighters out of the town of al-Bab, Turkey's defence minister said on Thursday, ending a costly siege that had become the biggest test of Ankara's military campaign in northern Syria.

"Al-Bab is now almost completely under control," Fikri Isik told reporters in Ankara. He said troops were clearing mines and booby traps left behind by the militants in residential areas.

Rebel commanders from the Free Syrian Army said they had taken the town centre and its main hospital overnight after heavy street fighting, and that the remaining jihadists had fled south and east.

The battle for al-Bab, the last major Isis stronghold in Aleppo province, lasted more than two months. At least 69 Turkish soldiers have been killed since Ankara sent troops across the border last August in an operation it calls Euphrates Shield.

Turkey says the operation aims to clear the border of both Isis and the Kurdish militia known as the YPG, which Ankara regards as an extension of the PKK, the Kurdish group that has waged an insurgency inside Turkey.

President Recep Tayyip Erdogan said the next target would be Manbij, a town held by the US-backed Syrian Democratic Forces, which are dominated by the YPG. "We will go to Manbij and then to Raqqa," Erdogan said in a speech, adding that the Kurdish fighters must withdraw east of the Euphrates.

US officials have warned Turkey against attacking the Kurdish-led forces, who are Washington's main ground partner against Isis. A Pentagon spokesman, Capt Jeff Davis, said the coalition was "encouraging all parties to focus on Isis".

Syrian government troops, who have advanced to within a few miles of al-Bab from the south with Russian air support, have not clashed with the Turkish-backed rebels, but there are fears of a confrontation.

Damascus has described the Turkish presence as an invasion. The foreign ministry said in a letter to the UN that Turkish troops were "a blatant violation of Syrian sovereignty" and demanded their withdrawal.

Earlier this month, three Turkish soldiers were killed near al-Bab by a Russian airstrike that Moscow said was a mistake. Vladimir Putin telephoned Erdogan to express his condolences, and the two sides agreed to improve coordination.

Residents who fled the fighting described a town in ruins. "There is no house left untouched," said Abu Mohammed, who escaped to the border town of Azaz last week with his family. Monitoring groups say more than 100 civilians were killed in Turkish and rebel shelling.

The Syrian Observatory for Human Rights, a UK-based monitoring group, accused Turkish forces of killing civilians in airstrikes, a charge Ankara denies.

The capture of al-Bab comes as peace talks between the Syrian government and opposition resumed in Geneva on Thursday under the auspices of the UN envoy, Staffan de Mistura.
""",
people=[P("Fikri Isik", "TUR", "defence minister"),
        P("Recep Tayyip Erdogan", "TUR", "President"),
        P("Jeff Davis", "USA", "Pentagon spokesman"),
        P("Vladimir Putin", "RUS", "President"),
        P("Abu Mohammed", "SYR", "resident"),
        P("Staffan de Mistura", "UNO", "UN envoy")],
events=[
 E("SYR", "SYR", "ASSAULT", True, "have driven Islamic State fighters out of the town of al-Bab"),
 E("TUR", "SYR", "ASSAULT", True, "backed by Turkish tanks and warplanes"),
 E("TUR", "SYR", "SUPPORT/AID", False, "Syrian rebels backed by Turkish tanks"),
 E("TUR", "SYR", "THREATEN", True, "We will go to Manbij and then to Raqqa"),
 E("TUR", "SYR", "REQUEST", False, "the Kurdish fighters must withdraw east of the Euphrates"),
 E("USA", "TUR", "THREATEN/REQUEST", True, "US officials have warned Turkey against attacking the Kurdish-led forces"),
 E("SYR", "TUR", "ACCUSE", True, "Damascus has described the Turkish presence as an invasion"),
 E("SYR", "TUR", "REQUEST", True, "demanded their withdrawal"),
 E("RUS", "TUR", "ASSAULT", True, "three Turkish soldiers were killed near al-Bab by a Russian airstrike"),
 E("RUS", "TUR", "CONSULT", True, "Vladimir Putin telephoned Erdogan"),
 E("RUS", "TUR", "AGREE", True, "the two sides agreed to improve coordination", True),
 E("NGO", "TUR", "ACCUSE", True, "accused Turkish forces of killing civilians in airstrikes"),
 E("TUR", "NGO", "REJECT", False, "a charge Ankara denies"),
 E("SYR", "SYR", "CONSULT", True, "peace talks between the Syrian government and opposition resumed in Geneva", True),
 E("SYR", "SYR", "ASSAULT", False, "Syrian government troops, who have advanced to within a few miles of al-Bab"),
]))
