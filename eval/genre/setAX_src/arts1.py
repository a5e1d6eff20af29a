# Reuters 1987-1989 articles AX1-AX6
def E(s, t, types, req, ev, sym=False):
    d = {"source": s, "target": t, "types": types.split(), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

ARTS = []
ARTS.append(dict(
id="AX1", fmt="txt",
headline="HAITI'S NAMPHY OUSTS MANIGAT, DISSOLVES PARLIAMENT",
paras=[
"PORT-AU-PRINCE, June 20 - Lieutenant-General Henri Namphy seized power in Haiti early today, ousting civilian President Leslie Manigat four months after the army installed him in office, and announced that parliament had been dissolved.",
"Manigat was put on a plane to the Dominican Republic with his wife and several aides, diplomats said. Troops surrounded the National Palace overnight after the president tried to dismiss Namphy as army commander and place him under house arrest.",
"In a brief radio address, Namphy said the armed forces had acted to save the nation from \"chaos\" and that he would rule by decree. \"The army will not allow one man to divide it,\" he said. He did not say when elections would be held.",
"Soldiers fired into the air in the capital's downtown streets, and witnesses said at least two people were wounded. Opposition leaders stayed in hiding.",
"The United States, which suspended most aid to Haiti after last November's aborted election, said it deplored the overthrow of an elected government. A State Department spokesman said Washington would not restore aid while the military ruled.",
"Manigat, speaking to reporters in Santo Domingo, accused Namphy of protecting drug traffickers inside the army and said he had been removed because he tried to clean up the officer corps. He called on Haitians to resist the \"military dictatorship\".",
"The Dominican government said it had granted Manigat temporary refuge on humanitarian grounds but would not allow him to engage in politics from its territory.",
"Manigat, a 57-year-old political scientist, won a January election boycotted by most opposition parties and marked by widespread fraud.",
"Reuter"],
published=("1988-06-20", "1988-06-20", "Reuters dateline 'June 20'; Namphy's coup against Manigat, June 1988"),
people=[("Henri Namphy", "HTI", "Lieutenant-General, army commander"), ("Leslie Manigat", "HTI", "President")],
events=[
E("HTI", "HTI", "COERCE", True, "Lieutenant-General Henri Namphy seized power in Haiti early today, ousting civilian President Leslie Manigat"),
E("HTI", "HTI", "COERCE", True, "announced that parliament had been dissolved"),
E("HTI", "HTI", "COERCE", True, "Manigat was put on a plane to the Dominican Republic"),
E("HTI", "HTI", "MOBILIZE COERCE", False, "Troops surrounded the National Palace overnight"),
E("HTI", "HTI", "COERCE", False, "the president tried to dismiss Namphy as army commander and place him under house arrest"),
E("HTI", "HTI", "ASSAULT COERCE", False, "Soldiers fired into the air in the capital's downtown streets"),
E("USA", "HTI", "PROTEST ACCUSE", True, "said it deplored the overthrow of an elected government"),
E("USA", "HTI", "SANCTION", True, "Washington would not restore aid while the military ruled"),
E("USA", "HTI", "SANCTION", False, "suspended most aid to Haiti after last November's aborted election"),
E("HTI", "HTI", "ACCUSE", True, "accused Namphy of protecting drug traffickers inside the army"),
E("HTI", "HTI", "REQUEST PROTEST", False, "He called on Haitians to resist the \"military dictatorship\""),
E("DOM", "HTI", "AID COOPERATE", True, "it had granted Manigat temporary refuge on humanitarian grounds"),
E("DOM", "HTI", "REJECT COERCE", False, "would not allow him to engage in politics from its territory"),
]))

ARTS.append(dict(
id="AX2", fmt="json",
meta=dict(date_publish="1988-12-05 00:00:00", authors=[], url=None, source_domain="reuters.com",
          description="Argentine rebel officers led by Colonel Mohamed Ali Seineldin surrender after a three-day barracks revolt near Buenos Aires."),
headline="ARGENTINE REBELS END VILLA MARTELLI REVOLT, SEINELDIN IN CUSTODY",
paras=[
"BUENOS AIRES, Dec 5 - Rebel army officers who had held a barracks outside Buenos Aires for three days gave themselves up today, and their leader, Colonel Mohamed Ali Seineldin, was taken into custody, the Defence Ministry said.",
"The surrender at the Villa Martelli base ended the third military uprising against President Raul Alfonsin in 20 months. The rebels, who wear camouflage paint and are known as \"carapintadas\", had demanded an amnesty for officers facing trial for human rights abuses under the 1976-1983 juntas and the dismissal of the army chief, General Jose Caridi.",
"Alfonsin said there had been no negotiations and no concessions. \"Democracy does not bargain with those who raise their weapons against it,\" he told a rally of supporters outside the Government House.",
"But military sources said Caridi had agreed to consider the rebels' grievances over pay and promotions, and that he was expected to step down within weeks. The government denied any deal had been struck.",
"Loyal troops had ringed the base with tanks, and a civilian was killed on Saturday when soldiers fired on a crowd of onlookers near the gates. Several thousand people marched in the capital in support of the elected government.",
"Seineldin, who flew in secretly from Panama, where he had served as a military adviser, told reporters before his arrest that his men had not tried to overthrow the government and sought only to restore the army's honour.",
"The Radical Party and the opposition Peronists issued a joint statement condemning the revolt. The United States and several Latin American governments sent messages of support to Alfonsin.",
"Reuter"],
published=("1988-12-05", "1988-12-05", "Reuters dateline 'Dec 5'; end of the Villa Martelli uprising, December 1988"),
people=[("Mohamed Ali Seineldin", "ARG", "Colonel, rebel leader"), ("Raul Alfonsin", "ARG", "President"), ("Jose Caridi", "ARG", "General, army chief")],
events=[
E("ARG", "ARG", "CONCEDE RETREAT", True, "gave themselves up today"),
E("ARG", "ARG", "COERCE", True, "their leader, Colonel Mohamed Ali Seineldin, was taken into custody"),
E("ARG", "ARG", "REQUEST", True, "had demanded an amnesty for officers facing trial for human rights abuses"),
E("ARG", "ARG", "REJECT", True, "Alfonsin said there had been no negotiations and no concessions"),
E("ARG", "ARG", "AGREE CONCEDE", False, "Caridi had agreed to consider the rebels' grievances"),
E("ARG", "ARG", "REJECT", False, "The government denied any deal had been struck"),
E("ARG", "ARG", "MOBILIZE COERCE", True, "Loyal troops had ringed the base with tanks"),
E("ARG", "ARG", "ASSAULT", True, "soldiers fired on a crowd of onlookers near the gates"),
E("ARG", "ARG", "PROTEST SUPPORT", False, "Several thousand people marched in the capital in support of the elected government"),
E("ARG", "ARG", "ACCUSE PROTEST", True, "issued a joint statement condemning the revolt"),
E(["USA"], "ARG", "SUPPORT", True, "The United States and several Latin American governments sent messages of support to Alfonsin"),
]))

ARTS.append(dict(
id="AX3", fmt="dump",
headline="ZHIVKOV STEPS DOWN AFTER 35 YEARS, MLADENOV TAKES OVER BULGARIAN PARTY",
paras=[
"SOFIA, Nov 10 - Todor Zhivkov, the East bloc's longest-serving leader, was removed today as head of Bulgaria's Communist Party after 35 years in power and replaced by Foreign Minister Petar Mladenov, the official BTA news agency said.",
"The party's Central Committee accepted Zhivkov's resignation at a closed session in Sofia. BTA said the 78-year-old leader had asked to be relieved of his posts because of his age, but diplomats said he had been forced out by reformers in the Politburo.",
"Mladenov, 53, promised to turn Bulgaria into \"a modern, democratic and law-governed state\" and said the party would listen to all social groups. He did not say whether Zhivkov would also give up the state presidency.",
"The change came a week after several thousand people marched to the National Assembly in the first large independent demonstration in four decades, organised by the environmental group Ecoglasnost. Police did not intervene, though activists had been beaten and detained at a smaller rally in October.",
"Mladenov had clashed with Zhivkov over the treatment of the country's ethnic Turks, more than 300,000 of whom fled to Turkey this year after a campaign to force them to take Slavic names. Ankara has accused Sofia of ethnic cleansing.",
"In Moscow, a Soviet Foreign Ministry spokesman said the Kremlin regarded the change as an internal affair of Bulgaria but welcomed \"the course of renewal\". Turkish officials said they hoped the new leadership would allow the refugees to return home.",
"Western diplomats said Mladenov had visited Moscow shortly before the vote and was believed to have the backing of Soviet President Mikhail Gorbachev.",
"Reuter"],
published=("1989-11-10", "1989-11-10", "Reuters dateline 'Nov 10'; Zhivkov's removal, 10 November 1989"),
people=[("Todor Zhivkov", "BGR", "Communist Party leader"), ("Petar Mladenov", "BGR", "Foreign Minister, new party leader"), ("Mikhail Gorbachev", "RUS", "Soviet President")],
events=[
E("BGR", "BGR", "COERCE", True, "was removed today as head of Bulgaria's Communist Party"),
E("BGR", "BGR", "CONCEDE", False, "accepted Zhivkov's resignation"),
E("BGR", "BGR", "COERCE", False, "he had been forced out by reformers in the Politburo"),
E("BGR", "BGR", "PROTEST", True, "several thousand people marched to the National Assembly"),
E("BGR", "BGR", "ASSAULT COERCE", True, "activists had been beaten and detained at a smaller rally in October"),
E("BGR", "BGR", "COERCE", False, "a campaign to force them to take Slavic names"),
E("TUR", "BGR", "ACCUSE", True, "Ankara has accused Sofia of ethnic cleansing"),
E("RUS", "BGR", "SUPPORT", True, "welcomed \"the course of renewal\""),
E("TUR", "BGR", "REQUEST", True, "they hoped the new leadership would allow the refugees to return home"),
E("BGR", "RUS", "CONSULT", False, "Mladenov had visited Moscow shortly before the vote"),
E("RUS", "BGR", "SUPPORT", False, "was believed to have the backing of Soviet President Mikhail Gorbachev"),
]))

ARTS.append(dict(
id="AX4", fmt="txt",
headline="JORDAN'S RIFAI RESIGNS AFTER PRICE RIOTS IN SOUTH",
paras=[
"AMMAN, April 24 - Jordanian Prime Minister Zaid al-Rifai resigned today after a week of rioting in southern towns over price increases, and King Hussein asked his cousin, Field Marshal Sharif Zaid Ibn Shaker, to form a new government.",
"The unrest began in the town of Maan on April 18 after the government raised prices of fuel, cigarettes and other goods under an austerity programme agreed with the International Monetary Fund. It spread to Karak, Tafileh and Salt. Officials said eight people were killed when police and troops opened fire on crowds.",
"Protesters burned government buildings and banks, and demanded Rifai's dismissal and an end to corruption. Tribal leaders in the south, traditionally among the monarchy's firmest supporters, sent the king a petition calling for parliamentary elections and a free press.",
"King Hussein, who cut short a visit to the United States to return home, said in a televised address that he understood the people's anger and promised that elections, the first since 1967, would be held. \"There will be no return to the mistakes of the past,\" he said.",
"Security forces arrested dozens of people in the south, and several leftist activists were detained in Amman, human rights sources said. The government blamed \"outside elements\" for stirring up the riots but did not name them.",
"Jordan has struggled with a foreign debt of about eight billion dollars and a collapse in the value of the dinar. The IMF agreed earlier this month to a standby credit, and Saudi Arabia and other Gulf states have been asked for fresh aid.",
"Reuter"],
published=("1989-04-24", "1989-04-24", "Reuters dateline 'April 24'; Rifai's resignation after the Maan riots, April 1989"),
people=[("Zaid al-Rifai", "JOR", "Prime Minister"), ("Hussein", "JOR", "King"), ("Sharif Zaid Ibn Shaker", "JOR", "Field Marshal, new Prime Minister")],
events=[
E("JOR", "JOR", "CONCEDE", False, "Jordanian Prime Minister Zaid al-Rifai resigned today"),
E("JOR", "JOR", "PROTEST", True, "a week of rioting in southern towns over price increases"),
E("JOR", "IGO", "AGREE COOPERATE", False, "an austerity programme agreed with the International Monetary Fund"),
E("JOR", "JOR", "ASSAULT", True, "police and troops opened fire on crowds"),
E("JOR", "JOR", "PROTEST", False, "Protesters burned government buildings and banks"),
E("JOR", "JOR", "REQUEST", True, "demanded Rifai's dismissal and an end to corruption"),
E("JOR", "JOR", "REQUEST", True, "sent the king a petition calling for parliamentary elections and a free press"),
E("JOR", "JOR", "CONCEDE", True, "promised that elections, the first since 1967, would be held"),
E("JOR", "JOR", "COERCE", True, "Security forces arrested dozens of people in the south"),
E("JOR", "JOR", "COERCE", False, "several leftist activists were detained in Amman"),
E("JOR", "JOR", "ACCUSE", False, "The government blamed \"outside elements\" for stirring up the riots"),
E("IGO", "JOR", "AID", True, "The IMF agreed earlier this month to a standby credit"),
E("JOR", ["SAU", "IGO"], "REQUEST", False, "Saudi Arabia and other Gulf states have been asked for fresh aid"),
E("JOR", "USA", "CONSULT", False, "cut short a visit to the United States"),
]))

ARTS.append(dict(
id="AX5", fmt="json",
meta=dict(date_publish=None, authors=[], url=None, source_domain="reuters.com",
          description="Sierra Leone's President Momoh says a coup plot has been crushed and dozens arrested."),
headline="SIERRA LEONE SAYS COUP PLOT CRUSHED, DOZENS HELD",
paras=[
"FREETOWN, March 24 - Sierra Leone's President Joseph Momoh said today that security forces had crushed an attempt to overthrow his government and that dozens of people, including police officers, had been arrested.",
"In a broadcast on state radio, Momoh said a group of plotters had tried to seize the armoury at police headquarters in Freetown late on Monday but were driven off after a brief exchange of fire. One guard was killed, officials said.",
"\"The traitors have failed, and they will face the full force of the law,\" Momoh said. He imposed a dusk-to-dawn curfew in the capital and ordered the closure of the airport and land borders for 48 hours.",
"Government sources said the alleged ringleader, a former police officer, was among those detained. Diplomats said the investigation was being widened to include senior politicians, and that First Vice-President Francis Minah had been questioned. Minah's aides denied he had any link to the plot.",
"Momoh, a former army commander who took office in 1985 when President Siaka Stevens stepped down, has faced growing discontent over shortages of rice and fuel and the collapse of the currency.",
"The army high command pledged its loyalty to Momoh in a statement read on the radio, and the ruling All People's Congress organised a rally in Freetown in support of the president. Exiled opponents in London accused Momoh of using the affair to silence his critics and demanded fair trials for those held.",
"Neighbouring Liberia and Guinea condemned the attempted coup, and Guinea said it was ready to help Freetown maintain order if asked. Britain, the former colonial power, said it was watching the situation closely.",
"Reuter"],
published=("1987-03-24", "1987-03-24", "Reuters dateline 'March 24'; Momoh announced the foiled coup attempt in March 1987"),
people=[("Joseph Momoh", "SLE", "President"), ("Francis Minah", "SLE", "First Vice-President"), ("Siaka Stevens", "SLE", "former President")],
events=[
E("SLE", "SLE", "COERCE ASSAULT", True, "security forces had crushed an attempt to overthrow his government"),
E("SLE", "SLE", "COERCE", True, "dozens of people, including police officers, had been arrested"),
E("SLE", "SLE", "ASSAULT", True, "had tried to seize the armoury at police headquarters in Freetown"),
E("SLE", "SLE", "THREATEN", True, "they will face the full force of the law"),
E("SLE", "SLE", "COERCE", True, "He imposed a dusk-to-dawn curfew in the capital"),
E("SLE", "SLE", "COERCE", False, "the alleged ringleader, a former police officer, was among those detained"),
E("SLE", "SLE", "COERCE", False, "First Vice-President Francis Minah had been questioned"),
E("SLE", "SLE", "REJECT", False, "Minah's aides denied he had any link to the plot"),
E("SLE", "SLE", "SUPPORT", True, "The army high command pledged its loyalty to Momoh"),
E("SLE", "SLE", "SUPPORT", False, "organised a rally in Freetown in support of the president"),
E("SLE", "SLE", "ACCUSE", True, "Exiled opponents in London accused Momoh of using the affair to silence his critics"),
E("SLE", "SLE", "REQUEST", False, "demanded fair trials for those held"),
E("LBR", "SLE", "SUPPORT", True, "Neighbouring Liberia and Guinea condemned the attempted coup"),
E("GIN", "SLE", "SUPPORT", True, "Neighbouring Liberia and Guinea condemned the attempted coup"),
E("GIN", "SLE", "AID COOPERATE SUPPORT", True, "Guinea said it was ready to help Freetown maintain order if asked"),
]))

ARTS.append(dict(
id="AX6", fmt="dump",
headline="HONECKER QUITS AS EAST GERMAN LEADER, KRENZ PROMISES DIALOGUE",
paras=[
"EAST BERLIN, Oct 18 - Erich Honecker, who led East Germany for 18 years, resigned today as Communist Party chief and was replaced by Egon Krenz, the Politburo's security chief, after weeks of mass protests and an exodus of citizens to the West.",
"The party Central Committee accepted Honecker's request to step down on health grounds, the official ADN news agency said. Two other Politburo members, economic secretary Guenter Mittag and propaganda chief Joachim Herrmann, were also dropped.",
"In a televised speech, Krenz, 52, said the party would open a \"serious political dialogue\" with citizens and review travel rules. But he rejected demands by the opposition group New Forum for free elections, saying socialism in East Germany was \"not up for negotiation\".",
"More than 100,000 people marched through Leipzig on Monday night chanting \"We are the people\". Unlike earlier this month, when police clubbed demonstrators in East Berlin and detained hundreds, security forces did not intervene.",
"In Bonn, Chancellor Helmut Kohl said a change of faces was not enough and urged the new leadership to grant East Germans real freedoms. \"The people there will judge Mr Krenz by his deeds,\" he told parliament.",
"A Soviet Foreign Ministry spokesman, Gennady Gerasimov, said Moscow respected the decision and expected good relations with the new leader. Krenz is widely seen as a protege of Honecker, and New Forum activists said they doubted he would bring real change.",
"About 50,000 East Germans have fled to West Germany via Hungary since the Budapest government opened its border with Austria in September.",
"Reuter"],
published=("1989-10-18", "1989-10-18", "Reuters dateline 'Oct 18'; Honecker resigned on 18 October 1989"),
people=[("Erich Honecker", "DDR", "Communist Party chief"), ("Egon Krenz", "DDR", "Politburo security chief, new party leader"),
        ("Guenter Mittag", "DDR", "economic secretary"), ("Joachim Herrmann", "DDR", "propaganda chief"),
        ("Helmut Kohl", "DEU", "Chancellor"), ("Gennady Gerasimov", "RUS", "Soviet Foreign Ministry spokesman")],
events=[
E("DDR", "DDR", "CONCEDE", False, "accepted Honecker's request to step down on health grounds"),
E("DDR", "DDR", "COERCE", False, "were also dropped"),
E("DDR", "DDR", "CONSULT CONCEDE", True, "the party would open a \"serious political dialogue\" with citizens"),
E("DDR", "DDR", "REJECT", True, "he rejected demands by the opposition group New Forum for free elections"),
E("DDR", "DDR", "REQUEST", False, "demands by the opposition group New Forum for free elections"),
E("DDR", "DDR", "PROTEST", True, "More than 100,000 people marched through Leipzig on Monday night"),
E("DDR", "DDR", "ASSAULT COERCE", True, "police clubbed demonstrators in East Berlin and detained hundreds"),
E("DEU", "DDR", "REQUEST", True, "urged the new leadership to grant East Germans real freedoms"),
E("DEU", "DDR", "ACCUSE", False, "a change of faces was not enough"),
E("RUS", "DDR", "SUPPORT", True, "Moscow respected the decision and expected good relations with the new leader"),
E("DDR", "DDR", "ACCUSE", False, "they doubted he would bring real change"),
E("HUN", "AUT", "COOPERATE", False, "opened its border with Austria"),
]))

GDR = ["DDR", "DEU"]
for _a in ARTS:
    if _a["id"] == "AX6":
        for _e in _a["events"]:
            for _k in ("source", "target"):
                if _e[_k] == "DDR":
                    _e[_k] = GDR
