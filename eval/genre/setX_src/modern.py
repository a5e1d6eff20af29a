# 2016-2018 wire/broadsheet articles (own wording).
ARTS = []

ARTS.append(dict(
id="X7", fmt="txt", date=("2017-11-22", "2017-11-22", "true publication date (Nov 2017 reactions to Libya slave auctions)"),
headline="African anger grows over reports of migrants sold as slaves in Libya",
text="""Governments across Africa reacted with fury this week to footage that appeared to show young African men being auctioned as farm labourers near the Libyan capital, Tripoli, for as little as $400 each.

Niger's foreign minister summoned Libya's ambassador in Niamey on Friday to express the country's "indignation", and President Mahamadou Issoufou asked for the issue to be put on the agenda of the upcoming summit between the African Union and the European Union in Abidjan.

Burkina Faso went further, recalling its ambassador from Tripoli for consultations. In Dakar, President Macky Sall called the reports "a shame for humanity" and urged Libyan authorities to bring those responsible to justice.

Guinean President Alpha Conde, who chairs the African Union, said the bloc was "outraged" and called for an investigation and for the traffickers to be prosecuted. "These despicable practices belong to another age," he said in a statement.

The UN-backed Government of National Accord in Tripoli said it had opened an inquiry. Deputy Prime Minister Ahmed Maiteeq told reporters that anyone found guilty would be punished, but he insisted that Libya could not be blamed alone for a crisis fed by smugglers across the Sahel. "Libya is a transit country, not the source of this problem," he said.

In Paris, President Emmanuel Macron described the auctions as a crime against humanity and said France had asked for an emergency meeting of the UN Security Council. UN Secretary-General Antonio Guterres said he was "horrified" and urged all countries to adopt and apply the UN convention against human trafficking.

Rwanda offered to take in up to 30,000 African migrants stranded in Libya. "Rwanda's doors are open," Foreign Minister Louise Mushikiwabo wrote on Twitter.

Protesters gathered outside the Libyan embassy in Paris over the weekend, and in Bamako demonstrators burned a Libyan flag.

Libya has been torn by rival governments and militias since the 2011 uprising that toppled Moammar Gadhafi, and the International Organization for Migration estimates hundreds of thousands of migrants are held in detention centres or by smugglers there. The European Union has funded the Libyan coast guard to stop boats from reaching Italy, a policy that rights groups say has trapped migrants in abusive conditions.""",
people=[("Mahamadou Issoufou", "NER", "President"), ("Macky Sall", "SEN", "President"),
        ("Alpha Conde", "GIN", "President; African Union chair"), ("Ahmed Maiteeq", "LBY", "Deputy Prime Minister"),
        ("Emmanuel Macron", "FRA", "President"), ("Antonio Guterres", "UNO", "UN Secretary-General"),
        ("Louise Mushikiwabo", "RWA", "Foreign Minister"), ("Moammar Gadhafi", "LBY", "")],
events=[
("NER", "LBY", "ACCUSE/PROTEST/COERCE", 1, "summoned Libya's ambassador in Niamey"),
("NER", "IGO|EUR", "REQUEST", 0, "asked for the issue to be put on the agenda"),
("BFA", "LBY", "REJECT/SANCTION/PROTEST", 1, "recalling its ambassador from Tripoli for consultations"),
("SEN", "LBY", "ACCUSE", 1, 'called the reports "a shame for humanity"'),
("SEN", "LBY", "REQUEST", 1, "urged Libyan authorities to bring those responsible to justice"),
("IGO", "LBY", "ACCUSE", 1, 'said the bloc was "outraged"'),
("IGO", "LBY", "REQUEST", 1, "called for an investigation and for the traffickers to be prosecuted"),
("LBY", "LBY", "COERCE", 0, "anyone found guilty would be punished"),
("LBY", "LBY", "COOPERATE", 0, "said it had opened an inquiry"),
("LBY", "IGO", "REJECT", 0, "Libya could not be blamed alone"),
("FRA", "LBY", "ACCUSE", 1, "described the auctions as a crime against humanity"),
("FRA", "UNO", "REQUEST", 1, "France had asked for an emergency meeting of the UN Security Council"),
("UNO", "LBY", "ACCUSE", 0, 'said he was "horrified"'),
("UNO", "IGO", "REQUEST", 0, "urged all countries to adopt and apply the UN convention"),
("RWA", "LBY", "AID/COOPERATE/AGREE", 1, "Rwanda offered to take in up to 30,000 African migrants"),
("FRA", "LBY", "PROTEST", 1, "Protesters gathered outside the Libyan embassy in Paris"),
("MLI", "LBY", "PROTEST", 1, "in Bamako demonstrators burned a Libyan flag"),
("EUR", "LBY", "AID/COOPERATE", 0, "The European Union has funded the Libyan coast guard"),
("NGO", "EUR", "ACCUSE", 0, "rights groups say has trapped migrants"),
]))

ARTS.append(dict(
id="X8", fmt="json", date=("2016-12-15", "2016-12-15", "date_publish 2016-12-15"),
headline="Evacuation of east Aleppo begins after ceasefire deal is revived",
desc="Buses and ambulances leave rebel-held districts under a deal brokered by Russia and Turkey.",
authors=["Staff and agencies"], url="https://www.theguardian.com/world/2016/dec/15/aleppo-evacuation-begins",
domain="theguardian.com", date_publish="2016-12-15 14:20:00",
text="""The first convoy of ambulances and buses carrying wounded civilians and fighters left the last rebel-held districts of eastern Aleppo on Thursday, after a ceasefire deal brokered by Russia and Turkey was revived following a day of renewed shelling.

The International Committee of the Red Cross said about 950 people, including 200 wounded, had been taken out in the first hours, and that more convoys would follow. The evacuees were being driven to opposition-held areas in the western countryside of the city.

The agreement was first announced on Tuesday night by Russia's UN ambassador, Vitaly Churkin, who told the security council that Syrian military action in eastern Aleppo had ended and that rebels would be allowed to leave. But it collapsed on Wednesday morning when fighting resumed, with each side accusing the other of breaking the truce.

Opposition officials accused Iranian-backed militias of blocking the evacuation by demanding that wounded people also be brought out of Foua and Kefraya, two Shia villages besieged by rebels in Idlib province. Turkey's foreign minister, Mevlut Cavusoglu, said Iran and the Syrian government were obstructing the deal, a charge Tehran rejected.

After talks overnight between Turkish and Russian officials, the two governments said the ceasefire was back in place. "We have reached an understanding and the evacuation will start today," the Turkish president, Recep Tayyip Erdogan, told reporters in Ankara. He said he had discussed the deal by telephone with Vladimir Putin.

The Syrian government said in a statement that the army would retake all of the city once the gunmen had left. Syrian troops and allied militias have recaptured more than 90% of the former rebel enclave in a month-long offensive backed by Russian airstrikes.

The UN secretary general, Ban Ki-moon, urged all parties to allow the evacuation to proceed without interference and said UN monitors should be deployed to watch over it. France called an emergency meeting of the security council and said it would propose a resolution to send observers.

The US secretary of state, John Kerry, accused the Syrian government of carrying out "nothing short of a massacre" in the city and called on Russia to use its influence to stop it.""",
people=[("Vitaly Churkin", "RUS", "UN ambassador"), ("Mevlut Cavusoglu", "TUR", "foreign minister"),
        ("Recep Tayyip Erdogan", "TUR", "President"), ("Vladimir Putin", "RUS", "President"),
        ("Ban Ki-moon", "UNO", "UN secretary general"), ("John Kerry", "USA", "secretary of state")],
events=[
("RUS", "TUR", "AGREE/COOPERATE", 1, "a ceasefire deal brokered by Russia and Turkey", 's'),
("NGO", "SYR", "AID", 0, "had been taken out in the first hours"),
("SYR|RUS", "SYR", "CONCEDE/RETREAT/AGREE", 1, "rebels would be allowed to leave"),
("SYR", "SYR", "ASSAULT", 1, "it collapsed on Wednesday morning when fighting resumed", 's'),
("SYR", "SYR", "ACCUSE", 1, "each side accusing the other of breaking the truce", 's'),
("SYR", "IRN", "ACCUSE", 1, "Opposition officials accused Iranian-backed militias of blocking the evacuation"),
("IRN", "SYR", "COERCE/REJECT", 0, "blocking the evacuation"),
("TUR", "IRN", "ACCUSE", 1, "said Iran and the Syrian government were obstructing the deal"),
("TUR", "SYR", "ACCUSE", 1, "said Iran and the Syrian government were obstructing the deal"),
("IRN", "TUR", "REJECT", 1, "a charge Tehran rejected"),
("TUR", "RUS", "CONSULT", 1, "talks overnight between Turkish and Russian officials", 's'),
("TUR", "RUS", "CONSULT", 1, "discussed the deal by telephone with Vladimir Putin", 's'),
("SYR", "SYR", "THREATEN", 1, "the army would retake all of the city"),
("SYR", "SYR", "ASSAULT", 0, "have recaptured more than 90% of the former rebel enclave"),
("RUS", "SYR", "ASSAULT", 0, "backed by Russian airstrikes"),
("UNO", "SYR", "REQUEST", 1, "urged all parties to allow the evacuation to proceed"),
("FRA", "UNO", "REQUEST", 1, "France called an emergency meeting of the security council"),
("USA", "SYR", "ACCUSE", 1, "accused the Syrian government of carrying out"),
("USA", "RUS", "REQUEST", 1, "called on Russia to use its influence to stop it"),
]))

ARTS.append(dict(
id="X9", fmt="txt", date=("2017-12-04", "2017-12-04", "true publication date (Saleh killed Monday 4 Dec 2017)"),
headline="Yemen's former president Saleh killed as alliance with Houthis collapses",
text="""SANAA, Yemen — Ali Abdullah Saleh, the former Yemeni strongman who ruled the country for more than three decades, was killed on Monday by Houthi rebels, his erstwhile allies, days after he broke with them and offered to open a new page with the Saudi-led coalition.

The Houthis' interior ministry announced on its television channel, al-Masirah, that the "leader of the traitors" had been killed. Footage circulated online appeared to show Saleh's body being carried in a blanket by armed men. A senior official of Saleh's General People's Congress party confirmed his death to The Associated Press, saying he was shot when rebels stopped his convoy as he tried to flee south of the capital.

The killing followed five days of fierce street fighting in Sanaa between Houthi fighters and forces loyal to Saleh, in which dozens of people were killed. The International Committee of the Red Cross said hospitals were overwhelmed.

On Saturday Saleh had called on Yemenis to rise up against the Houthis and said he was ready to talk with Saudi Arabia and its partners if they stopped their attacks and lifted the blockade on Yemen. The coalition welcomed the offer, saying it would help Yemen be "liberated from the militias loyal to Iran", and its warplanes bombed Houthi positions in the capital over the weekend.

Houthi leader Abdul-Malik al-Houthi praised his fighters in a televised speech, calling Monday "a historic day" in which a "conspiracy" against Yemen had been defeated. He accused Saleh of treason.

Yemen's internationally recognized president, Abed Rabbo Mansour Hadi, who lives in exile in Riyadh, offered his condolences and urged Yemenis to "stand together" against the rebels.

Iran, which supports the Houthis politically and is accused by Saudi Arabia of arming them, welcomed what it described as the end of the "coup" plotted by Saleh. Tehran denies supplying weapons to the rebels.

The United Nations envoy for Yemen, Ismail Ould Cheikh Ahmed, appealed to all parties to stop the fighting in Sanaa and to allow civilians to leave their homes safely.

Saleh joined forces with the Houthis in 2014, helping them take over the capital and forcing Hadi's government to flee. The Saudi-led coalition intervened in March 2015 to restore Hadi. The war has killed more than 10,000 people and pushed the country to the edge of famine.""",
people=[("Ali Abdullah Saleh", "YEM", "former president"), ("Abdul-Malik al-Houthi", "YEM", "Houthi leader"),
        ("Abed Rabbo Mansour Hadi", "YEM", "President"), ("Ismail Ould Cheikh Ahmed", "UNO", "United Nations envoy for Yemen")],
events=[
("YEM", "YEM", "ASSAULT", 1, "was killed on Monday by Houthi rebels"),
("YEM", "SAU", "AGREE/CONSULT/CONCEDE", 0, "offered to open a new page with the Saudi-led coalition"),
("YEM", "YEM", "ASSAULT", 1, "he was shot when rebels stopped his convoy"),
("YEM", "YEM", "ASSAULT", 1, "fierce street fighting in Sanaa between Houthi fighters and forces loyal to Saleh", 's'),
("YEM", "YEM", "REQUEST/MOBILIZE", 1, "called on Yemenis to rise up against the Houthis"),
("YEM", "SAU", "CONSULT/AGREE", 1, "said he was ready to talk with Saudi Arabia"),
("YEM", "SAU", "REQUEST", 0, "if they stopped their attacks and lifted the blockade"),
("SAU", "YEM", "SUPPORT", 1, "The coalition welcomed the offer"),
("SAU", "IRN", "ACCUSE", 0, 'liberated from the militias loyal to Iran'),
("SAU", "YEM", "ASSAULT", 1, "its warplanes bombed Houthi positions in the capital"),
("YEM", "YEM", "ACCUSE", 1, "He accused Saleh of treason"),
("YEM", "YEM", "REQUEST", 1, 'urged Yemenis to "stand together" against the rebels'),
("IRN", "YEM", "SUPPORT", 0, "which supports the Houthis politically"),
("SAU", "IRN", "ACCUSE", 1, "is accused by Saudi Arabia of arming them"),
("IRN", "YEM", "SUPPORT", 1, "welcomed what it described as the end of the"),
("IRN", "SAU", "REJECT", 0, "Tehran denies supplying weapons to the rebels"),
("UNO", "YEM", "REQUEST", 1, "appealed to all parties to stop the fighting in Sanaa"),
("YEM", "YEM", "COOPERATE", 0, "Saleh joined forces with the Houthis in 2014", 's'),
("SAU", "YEM", "ASSAULT", 0, "The Saudi-led coalition intervened in March 2015"),
]))

ARTS.append(dict(
id="X10", fmt="json", date=("2016-12-25", "2016-12-25", "date_publish 2016-12-25"),
headline="Netanyahu summons ambassadors, cuts ties over UN settlement vote",
desc="Israel's prime minister lashes out at countries that backed Resolution 2334 and at the Obama administration.",
authors=["Ruth Eglash", "William Booth"], url="https://www.washingtonpost.com/world/middle_east/netanyahu-summons-ambassadors-un-vote/2016/12/25/",
domain="washingtonpost.com", date_publish="2016-12-25 16:05:00",
text="""JERUSALEM — Israeli Prime Minister Benjamin Netanyahu summoned the ambassadors of 10 countries on Sunday to reprimand them in person for voting in favor of a U.N. Security Council resolution that condemns Israeli settlement building in the occupied territories.
Envoys from Britain, France, Russia, China, Egypt, Japan, Ukraine, Uruguay, Spain and New Zealand were called to the Foreign Ministry in Jerusalem on Christmas Day, an unusual step that diplomats said reflected the depth of Israel's anger. The U.S. ambassador, Daniel Shapiro, was summoned separately to meet Netanyahu.
Resolution 2334 passed Friday by 14 votes to none after the United States, breaking with decades of practice, abstained rather than using its veto. The text says settlements have "no legal validity" and demands that Israel halt all construction in the West Bank and East Jerusalem.
Netanyahu accused the Obama administration of orchestrating the vote behind Israel's back. "From the information that we have, we have no doubt that the Obama administration initiated it, stood behind it, coordinated on the wording and demanded that it be passed," he told his cabinet. The White House denied the charge.
Israel has already recalled its ambassadors to New Zealand and Senegal, which co-sponsored the measure, and Netanyahu ordered an end to Israeli aid programs in Senegal. A planned visit to Israel by Ukraine's prime minister, Volodymyr Groysman, was called off, Israeli officials said.
"Israel is a country with national pride and we do not turn the other cheek," Netanyahu said. He instructed ministers not to travel to countries that voted for the resolution and said Israel would reconsider its contributions to U.N. agencies.
Palestinian President Mahmoud Abbas welcomed the vote as "a big blow to Israeli policy" and called on the international community to act on it. Saeb Erekat, the Palestinian chief negotiator, said the resolution showed the world had "rejected" the settlement project.
President-elect Donald Trump, who had urged Washington to veto the text, wrote on Twitter that "things will be different after Jan. 20th." Netanyahu said he looked forward to working with the incoming administration.
About 600,000 Israelis live in settlements in the West Bank and East Jerusalem, territory Israel captured in the 1967 war and which Palestinians want for a future state.""",
people=[("Benjamin Netanyahu", "ISR", "Prime Minister"), ("Daniel Shapiro", "USA", "ambassador"),
        ("Volodymyr Groysman", "UKR", "prime minister"), ("Mahmoud Abbas", "PSE", "President"),
        ("Saeb Erekat", "PSE", "chief negotiator"), ("Donald Trump", "USA", "President-elect")],
events=[
("ISR", "GBR|FRA|RUS|CHN|EGY|JPN|UKR|URY|ESP|NZL", "ACCUSE/PROTEST/COERCE", 1, "summoned the ambassadors of 10 countries on Sunday"),
("ISR", "USA", "ACCUSE/PROTEST/COERCE", 1, "was summoned separately to meet Netanyahu"),
("UNO", "ISR", "ACCUSE", 1, "condemns Israeli settlement building"),
("UNO", "ISR", "REQUEST", 1, "demands that Israel halt all construction"),
("USA", "ISR", "REJECT", 0, "abstained rather than using its veto"),
("ISR", "USA", "ACCUSE", 1, "Netanyahu accused the Obama administration of orchestrating the vote"),
("USA", "ISR", "REJECT", 1, "The White House denied the charge"),
("ISR", "NZL", "REJECT/SANCTION/PROTEST", 1, "recalled its ambassadors to New Zealand and Senegal"),
("ISR", "SEN", "REJECT/SANCTION/PROTEST", 1, "recalled its ambassadors to New Zealand and Senegal"),
("ISR", "SEN", "SANCTION", 1, "ordered an end to Israeli aid programs in Senegal"),
("ISR", "UKR", "REJECT/SANCTION", 1, "was called off"),
("ISR", "UNO", "THREATEN/SANCTION", 1, "would reconsider its contributions to U.N. agencies"),
("ISR", "GBR|FRA|RUS|CHN|EGY|JPN|UKR|URY|ESP|NZL|SEN", "SANCTION/REJECT", 0, "instructed ministers not to travel to countries"),
("PSE", "UNO", "SUPPORT", 1, "welcomed the vote"),
("PSE", "IGO|UNO", "REQUEST", 0, "called on the international community to act on it"),
("USA", "USA", "REQUEST", 0, "had urged Washington to veto the text"),
("ISR", "USA", "COOPERATE/AGREE", 0, "looked forward to working with the incoming administration"),
]))

ARTS.append(dict(
id="X11", fmt="dump", dump="dump-1.txt", nbsp=True, date=("2017-12-05", "2017-12-06", "IOC ruling 'on Tuesday' 5 Dec 2017; published that evening (US) / next day"),
headline="Russia barred from Winter Olympics over doping, but its clean athletes may compete",
text="""The International Olympic Committee on Tuesday banned Russia from the 2018 Winter Games in Pyeongchang, South Korea, punishing the country for what it called an "unprecedented attack on the integrity of the Olympic Games" through a state-backed doping program.

Russian athletes who can prove they are clean will be allowed to compete under a neutral flag as "Olympic Athletes from Russia", IOC President Thomas Bach told reporters in Lausanne, Switzerland. The Russian flag will not fly and the Russian anthem will not be played at any venue.

The committee also suspended the Russian Olympic Committee and barred Vitaly Mutko, the deputy prime minister who was sports minister during the 2014 Sochi Games, from any future Olympics for life. The Russian Olympic Committee was fined $15 million to cover the cost of the investigation.

"This should draw a line under this damaging episode," Bach said. "An Olympic boycott has never achieved anything."

The decision followed an inquiry led by former Swiss President Samuel Schmid, which concluded that Russia's sports ministry had been behind a scheme to swap tainted urine samples at the Sochi Games. The report did not find evidence that President Vladimir Putin knew of it.

The Kremlin said it would study the ruling before responding. Putin's spokesman, Dmitry Peskov, told reporters that Moscow rejected any suggestion that doping had been state-sponsored. Some Russian lawmakers demanded a full boycott, and state television described the decision as "a humiliation".

Grigory Rodchenkov, the former head of Russia's anti-doping laboratory who fled to the United States and became a key witness, welcomed the ban through his lawyer, saying it was "a victory for clean athletes".

The World Anti-Doping Agency said it supported the IOC's decision, while the U.S. Olympic Committee said it hoped the ruling would restore confidence.

Russia topped the medal table in Sochi, but several of its medals have since been stripped.""",
people=[("Thomas Bach", "DEU", "IOC President"), ("Vitaly Mutko", "RUS", "deputy prime minister"),
        ("Samuel Schmid", "CHE", "former Swiss President"), ("Vladimir Putin", "RUS", "President"),
        ("Dmitry Peskov", "RUS", "Putin's spokesman"), ("Grigory Rodchenkov", "RUS", "former head of Russia's anti-doping laboratory")],
events=[
("IGO|NGO", "RUS", "SANCTION", 1, "banned Russia from the 2018 Winter Games"),
("IGO|NGO", "RUS", "ACCUSE", 1, 'for what it called an "unprecedented attack on the integrity of the Olympic Games"'),
("IGO|NGO", "RUS", "CONCEDE/COOPERATE", 0, "will be allowed to compete under a neutral flag"),
("IGO|NGO", "RUS", "SANCTION", 1, "suspended the Russian Olympic Committee"),
("IGO|NGO", "RUS", "SANCTION", 1, "barred Vitaly Mutko"),
("IGO|NGO", "RUS", "SANCTION", 1, "was fined $15 million"),
("CHE|IGO|NGO", "RUS", "ACCUSE", 0, "concluded that Russia's sports ministry had been behind a scheme"),
("RUS", "IGO|NGO", "REJECT", 1, "Moscow rejected any suggestion that doping had been state-sponsored"),
("RUS", "IGO|NGO", "REQUEST/REJECT", 0, "Some Russian lawmakers demanded a full boycott"),
("RUS", "IGO|NGO", "ACCUSE", 0, 'described the decision as "a humiliation"'),
("RUS", "IGO|NGO", "SUPPORT", 1, "welcomed the ban through his lawyer"),
("IGO|NGO", "IGO|NGO", "SUPPORT", 1, "said it supported the IOC's decision"),
("USA", "IGO|NGO", "SUPPORT", 1, "said it hoped the ruling would restore confidence"),
("RUS", "USA", "RETREAT", 0, "fled to the United States"),
]))

ARTS.append(dict(
id="X12", fmt="dump", dump="dump-3.txt", nbsp=False, date=("2018-02-06", "2018-02-06", "true publication date; emergency declared Monday 5 Feb, arrests overnight"),
headline="Maldives declares state of emergency, arrests chief justice and ex-president",
text="""Security forces in the Maldives stormed the Supreme Court and arrested the country's chief justice early on Tuesday, hours after President Abdulla Yameen declared a 15-day state of emergency in a deepening standoff with the judiciary.

Chief Justice Abdulla Saeed and another Supreme Court judge, Ali Hameed, were taken into custody, police said, along with a court administrator. Police also arrested former president Maumoon Abdul Gayoom, Yameen's estranged half-brother, who had sided with the opposition.

The crisis began last Thursday, when the Supreme Court ordered the release of nine jailed opposition politicians, saying their trials had been politically motivated, and reinstated 12 lawmakers who had been expelled from Yameen's party. Yameen refused to comply, and his government said the ruling amounted to an attempted coup.

The emergency decree suspends several constitutional rights, gives security forces sweeping powers of arrest and strips the Supreme Court of the power to impeach the president. Soldiers surrounded the parliament building and the opposition said several of its lawmakers had been detained.

Mohamed Nasheed, the country's first democratically elected president, who lives in exile in Sri Lanka, called the declaration illegal and asked India to send an envoy, backed by its military, to free the detained judges and politicians. He also urged the United States to freeze the financial transactions of government leaders.

The U.S. State Department said it was "troubled and disappointed" and called on Yameen to respect the rule of law and restore constitutional freedoms. U.N. Secretary-General Antonio Guterres urged the government to lift the state of emergency "as soon as possible".

India said it was "disturbed" by the declaration and was watching developments closely. China, whose investments in the Maldives have grown rapidly under Yameen, said outsiders should not interfere and that the dispute was an internal matter.

Yameen, in a televised address, said he had declared the emergency to investigate what he described as a plot to overthrow his government, and he denied that the judges had been targeted for their ruling.

Several countries, including China, India and Britain, have warned their citizens against travel to the capital, Male.""",
people=[("Abdulla Yameen", "MDV", "President"), ("Abdulla Saeed", "MDV", "Chief Justice"),
        ("Ali Hameed", "MDV", "Supreme Court judge"), ("Maumoon Abdul Gayoom", "MDV", "former president"),
        ("Mohamed Nasheed", "MDV", "former president"), ("Antonio Guterres", "UNO", "U.N. Secretary-General")],
events=[
("MDV", "MDV", "COERCE", 1, "stormed the Supreme Court and arrested the country's chief justice"),
("MDV", "MDV", "COERCE", 1, "declared a 15-day state of emergency"),
("MDV", "MDV", "COERCE", 1, "Police also arrested former president Maumoon Abdul Gayoom"),
("MDV", "MDV", "REQUEST/COERCE", 0, "ordered the release of nine jailed opposition politicians"),
("MDV", "MDV", "REJECT", 1, "Yameen refused to comply"),
("MDV", "MDV", "ACCUSE", 1, "said the ruling amounted to an attempted coup"),
("MDV", "MDV", "MOBILIZE/COERCE", 0, "Soldiers surrounded the parliament building"),
("MDV", "MDV", "COERCE", 0, "several of its lawmakers had been detained"),
("MDV", "MDV", "ACCUSE", 1, "called the declaration illegal"),
("MDV", "IND", "REQUEST", 1, "asked India to send an envoy, backed by its military"),
("MDV", "USA", "REQUEST", 1, "urged the United States to freeze the financial transactions"),
("USA", "MDV", "ACCUSE", 1, 'was "troubled and disappointed"'),
("USA", "MDV", "REQUEST", 1, "called on Yameen to respect the rule of law"),
("UNO", "MDV", "REQUEST", 1, "urged the government to lift the state of emergency"),
("IND", "MDV", "ACCUSE", 1, 'India said it was "disturbed"'),
("CHN", "IND|USA|WST", "REQUEST/REJECT", 0, "said outsiders should not interfere"),
("CHN", "MDV", "SUPPORT", 0, "the dispute was an internal matter"),
("MDV", "MDV", "ACCUSE", 0, "a plot to overthrow his government"),
("CHN|IND|GBR", "MDV", "SANCTION/THREATEN", 0, "have warned their citizens against travel to the capital"),
]))

ARTS.append(dict(
id="X13", fmt="dump", dump="dump-3.txt", nbsp=True, date=("2017-06-13", "2017-06-13", "true publication date; announcement 'late Monday' 12 June (US time)"),
headline="Panama cuts ties with Taiwan and recognizes Beijing",
text="""Panama has established diplomatic relations with China and broken off its long-standing ties with Taiwan, dealing a fresh blow to the self-governing island that Beijing regards as a breakaway province.

President Juan Carlos Varela announced the switch in a televised address late Monday, saying he was convinced it was "the correct path for our country". He said Panama recognized that there was only one China and that Taiwan was an inseparable part of it.

Hours later, Chinese Foreign Minister Wang Yi and Panama's vice president and foreign minister, Isabel Saint Malo, signed a joint communique establishing relations at a ceremony in Beijing. Wang said China welcomed Panama's "right choice" and that the two countries would open embassies soon.

Taiwan reacted with anger. Foreign Minister David Lee told reporters in Taipei that the government "strongly protests and condemns" Beijing's actions and accused Panama of having been lured by China's money. He said Taiwan would end all cooperation projects with Panama and withdraw its diplomatic and technical staff, and that it would not compete with Beijing in "a contest of dollar diplomacy".

President Tsai Ing-wen said Taiwan would not bow to pressure. "We will not yield to threats," she said in a brief statement. Her office accused Beijing of trying to squeeze the island's international space.

Panama was one of Taiwan's oldest and most important allies, and the loss leaves Taipei with formal relations with just 20 countries, mostly small states in Latin America, the Caribbean and the Pacific. China is the second-largest user of the Panama Canal, and Chinese firms have invested heavily in ports at both ends of the waterway.

Relations between Beijing and Taipei have cooled since Tsai took office last year. Her Democratic Progressive Party has not accepted the principle that both sides belong to one China, and Beijing has suspended official communication channels with her government.

The U.S. State Department said it was reviewing the decision and noted Washington's own policy of maintaining unofficial relations with Taiwan.""",
people=[("Juan Carlos Varela", "PAN", "President"), ("Wang Yi", "CHN", "Foreign Minister"),
        ("Isabel Saint Malo", "PAN", "vice president and foreign minister"), ("David Lee", "TWN", "Foreign Minister"),
        ("Tsai Ing-wen", "TWN", "President")],
events=[
("PAN", "CHN", "AGREE/COOPERATE", 1, "Panama has established diplomatic relations with China", 's'),
("PAN", "TWN", "REJECT/SANCTION", 1, "broken off its long-standing ties with Taiwan"),
("PAN", "CHN", "AGREE/SUPPORT/CONCEDE", 1, "Panama recognized that there was only one China"),
("CHN", "PAN", "AGREE/COOPERATE", 1, "signed a joint communique establishing relations", 's'),
("PAN", "CHN", "CONSULT", 0, "at a ceremony in Beijing"),
("CHN", "PAN", "SUPPORT", 1, "China welcomed Panama's"),
("CHN", "PAN", "AGREE/COOPERATE", 0, "would open embassies soon", 's'),
("TWN", "CHN", "ACCUSE/PROTEST", 1, 'the government "strongly protests and condemns" Beijing'),
("TWN", "PAN", "ACCUSE", 1, "accused Panama of having been lured by China's money"),
("TWN", "PAN", "SANCTION/REJECT", 1, "would end all cooperation projects with Panama"),
("TWN", "PAN", "RETREAT/SANCTION", 1, "withdraw its diplomatic and technical staff"),
("TWN", "CHN", "REJECT", 1, "Taiwan would not bow to pressure"),
("TWN", "CHN", "ACCUSE", 1, "accused Beijing of trying to squeeze the island's international space"),
("TWN", "CHN", "REJECT", 0, "has not accepted the principle that both sides belong to one China"),
("CHN", "TWN", "SANCTION/REJECT", 0, "Beijing has suspended official communication channels with her government"),
("USA", "TWN", "COOPERATE", 0, "maintaining unofficial relations with Taiwan"),
]))
