# Articles AB14..AB20 (Al Jazeera 2021-2022).
ARTS = []

AJ = ["Al Jazeera and news agencies"]

ARTS.append(dict(
id="AB14", fmt="txt",
headline="Hezbollah fires rockets at Israeli positions after rare air raids on Lebanon",
body="""
Hezbollah has fired a barrage of rockets at open ground near Israeli positions in the disputed Shebaa Farms area, in what the Lebanese armed group said was a response to Israeli air raids on southern Lebanon a day earlier.

The Israeli army said on Friday that 19 rockets were launched from Lebanon, three of which fell inside Lebanese territory, while most of the others were intercepted by its Iron Dome air defence system. It responded with artillery fire on the launch sites.

In a statement, Hezbollah said it had targeted "open areas" around Israeli positions with 122mm rockets in retaliation for the strikes on Thursday, which it said had hit farmland near the villages of Jarmaq and Mahmoudiyeh.

The Israeli air force had struck southern Lebanon early on Thursday for the first time in several years, after two rockets were fired into northern Israel on Wednesday. No group claimed that earlier attack, and Israeli officials said they suspected Palestinian factions based in Lebanon.

Israeli Prime Minister Naftali Bennett said the Lebanese state bore responsibility for attacks from its soil. "It does not matter whether it is a Palestinian organisation or independent rebels – the state of Israel will not accept fire on its territory," he said.

In an unusual incident, residents of the Druze village of Chouaya, near where the rockets were launched, stopped a pickup truck carrying a rocket launcher and briefly held the Hezbollah fighters inside, before the Lebanese army took custody of the vehicle.

Lebanese President Michel Aoun said Israel's use of its air force against Lebanese villages was an indication of "aggressive intentions", and instructed the foreign ministry to file a complaint with the UN Security Council.

The UN peacekeeping force in southern Lebanon, UNIFIL, said the situation was "very serious" and urged all sides to cease fire. Its Italian commander, Major General Stefano Del Col, was in contact with both parties.

The exchange comes at a delicate time for Lebanon, which is mired in one of the worst economic crises in modern history and has been without a fully functioning government for a year. Hezbollah and Israel fought a 34-day war in 2006 that killed about 1,200 people in Lebanon, most of them civilians, and 160 Israelis, most of them soldiers.
""",
pub=("2021-08-06", "2021-08-07", "Israeli army statement 'on Friday' 6 August 2021 after Thursday raids"),
people=[("Naftali Bennett", "ISR", "Prime Minister"),
        ("Michel Aoun", "LBN", "President"),
        ("Stefano Del Col", "ITA", "UNIFIL commander")],
events=[
 ("LBN", "ISR", "ASSAULT", 1, "Hezbollah has fired a barrage of rockets", 0),
 ("ISR", "LBN", "ASSAULT", 1, "It responded with artillery fire on the launch sites", 0),
 ("ISR", "LBN", "ASSAULT", 1, "The Israeli air force had struck southern Lebanon", 0),
 ("LBN|PSE", "ISR", "ASSAULT", 0, "two rockets were fired into northern Israel", 0),
 ("ISR", "PSE", "ACCUSE", 0, "they suspected Palestinian factions based in Lebanon", 0),
 ("ISR", "LBN", "ACCUSE", 1, "the Lebanese state bore responsibility", 0),
 ("ISR", "LBN", "THREATEN", 1, "will not accept fire on its territory", 0),
 ("LBN", "LBN", "COERCE/PROTEST", 1, "briefly held the Hezbollah fighters inside", 0),
 ("LBN", "LBN", "COERCE", 0, "the Lebanese army took custody of the vehicle", 0),
 ("LBN", "ISR", "ACCUSE", 1, "an indication of \"aggressive intentions\"", 0),
 ("LBN", "ISR|UNO", "ACCUSE/PROTEST/REQUEST", 1, "file a complaint with the UN Security Council", 0),
 ("UNO", "LBN|ISR", "REQUEST", 1, "urged all sides to cease fire", 0),
 ("UNO", "LBN|ISR", "REQUEST", 0, "urged all sides to cease fire", 0),
 ("UNO", "LBN|ISR", "CONSULT", 0, "was in contact with both parties", 0),
 ("LBN", "ISR", "ASSAULT", 0, "fought a 34-day war in 2006", 1),
]))

ARTS.append(dict(
id="AB15", fmt="txt",
headline="Baghdad summit brings regional rivals to one table as Iraq seeks mediator role",
body="""
Iraq has hosted leaders and senior officials from across the Middle East at a one-day summit in Baghdad, with Prime Minister Mustafa al-Kadhimi presenting his country as a bridge between rivals such as Saudi Arabia and Iran.

Egypt's President Abdel Fattah el-Sisi, Jordan's King Abdullah II and Qatar's Emir Sheikh Tamim bin Hamad Al Thani attended Saturday's meeting, along with the foreign ministers of Saudi Arabia, Iran and Turkey. French President Emmanuel Macron, who co-organised the gathering, was the only Western leader present.

In his opening speech, al-Kadhimi said Iraq rejected the use of its territory "as an arena for the settling of scores" and called on neighbours to support its stability and economic recovery. "We want Iraq to be a meeting point, not a battlefield," he said.

The final statement said participants backed Iraq's efforts to hold parliamentary elections in October and pledged cooperation against "terrorism", and it stressed respect for Iraq's sovereignty.

Saudi Foreign Minister Prince Faisal bin Farhan and Iran's new foreign minister, Hossein Amir-Abdollahian, sat in the same room, months after the two countries began direct talks in Baghdad. There was no public sign of a bilateral meeting between them, though Iraqi officials said the summit had created "a positive atmosphere".

Amir-Abdollahian used his speech to criticise the presence of US forces in Iraq and urged Washington to withdraw them. He also met el-Sisi briefly on the sidelines, Iranian media reported, a rare encounter between Tehran and Cairo.

Macron said France would keep its troops in Iraq as part of the fight against ISIL (ISIS) "whatever choices the Americans make". He is due to travel on Sunday to Mosul and to Erbil, capital of the semi-autonomous Kurdish region.

Iraq has for years been caught in the crossfire between Tehran and Washington. Last year a US drone strike near Baghdad airport killed Iranian general Qassem Soleimani, prompting Iran to fire missiles at bases hosting US troops.
""",
pub=("2021-08-28", "2021-08-28", "summit 'Saturday' 28 August 2021; Macron 'due to travel on Sunday'"),
people=[("Mustafa al-Kadhimi", "IRQ", "Prime Minister"),
        ("Abdel Fattah el-Sisi", "EGY", "President"),
        ("Abdullah II", "JOR", "King"),
        ("Tamim bin Hamad Al Thani", "QAT", "Emir"),
        ("Emmanuel Macron", "FRA", "President"),
        ("Faisal bin Farhan", "SAU", "Foreign Minister"),
        ("Hossein Amir-Abdollahian", "IRN", "Foreign Minister"),
        ("Qassem Soleimani", "IRN", "general")],
events=[
 ("EGY", "IRQ", "CONSULT", 1, "attended Saturday's meeting", 0),
 ("JOR", "IRQ", "CONSULT", 1, "attended Saturday's meeting", 0),
 ("QAT", "IRQ", "CONSULT", 1, "attended Saturday's meeting", 0),
 ("SAU", "IRQ", "CONSULT", 1, "along with the foreign ministers of Saudi Arabia, Iran and Turkey", 0),
 ("IRN", "IRQ", "CONSULT", 1, "along with the foreign ministers of Saudi Arabia, Iran and Turkey", 0),
 ("TUR", "IRQ", "CONSULT", 1, "along with the foreign ministers of Saudi Arabia, Iran and Turkey", 0),
 ("FRA", "IRQ", "CONSULT", 1, "who co-organised the gathering", 0),
 ("IRQ", "SAU|IRN|TUR|JOR|EGY|QAT|FRA", "REQUEST", 0, "called on neighbours to support its stability", 0),
 ("EGY|JOR|QAT|SAU|IRN|TUR|FRA", "IRQ", "SUPPORT", 0, "participants backed Iraq's efforts", 0),
 ("SAU", "IRN", "CONSULT", 0, "sat in the same room", 1),
 ("SAU", "IRN", "CONSULT", 0, "began direct talks in Baghdad", 1),
 ("IRN", "USA", "REQUEST/ACCUSE", 1, "urged Washington to withdraw them", 0),
 ("IRN", "EGY", "CONSULT", 1, "met el-Sisi briefly on the sidelines", 1),
 ("FRA", "IRQ", "COOPERATE/AID/SUPPORT", 1, "France would keep its troops in Iraq", 0),
 ("FRA", "IRQ", "CONSULT", 0, "due to travel on Sunday to Mosul", 0),
 ("USA", "IRN", "ASSAULT", 0, "a US drone strike near Baghdad airport killed Iranian general Qassem Soleimani", 0),
 ("IRN", "USA", "ASSAULT", 0, "prompting Iran to fire missiles at bases hosting US troops", 0),
]))

ARTS.append(dict(
id="AB16", fmt="json",
headline="Israel and Morocco sign first defence pact as Gantz visits Rabat",
meta=dict(date_publish="2021-11-24 16:05:00", authors=AJ,
          url="https://www.aljazeera.com/news/2021/11/24/israel-morocco-sign-defence-pact-gantz-rabat",
          source_domain="www.aljazeera.com",
          description="Memorandum of understanding on security cooperation signed during the first official visit by an Israeli defence minister to Morocco."),
body="""
Israel and Morocco have signed a memorandum of understanding on security cooperation during a visit to Rabat by Israeli Defence Minister Benny Gantz, formalising defence ties less than a year after the two countries normalised relations.

The agreement, signed on Wednesday by Gantz and Abdellatif Loudiyi, Morocco's minister in charge of national defence administration, provides for intelligence sharing, joint training and cooperation on arms purchases, according to Israeli officials.

"This is a very significant thing that will allow us to cooperate on joint projects and Israeli exports to Morocco," Gantz said before the signing. Israeli media described it as the first such defence pact between Israel and an Arab state.

Gantz also met Moroccan Foreign Minister Nasser Bourita and the army's inspector general, Belkhir El Farouk, during the two-day trip, the first official visit to Morocco by an Israeli defence minister.

Morocco was one of four Arab states, along with the United Arab Emirates, Bahrain and Sudan, to agree to normalise ties with Israel in 2020 under US-brokered deals known as the Abraham Accords. In exchange, Washington recognised Moroccan sovereignty over the disputed territory of Western Sahara, a move rejected by the Algeria-backed Polisario Front, which seeks independence for the territory.

Algeria, which cut diplomatic ties with Rabat in August accusing it of "hostile actions", condemned the visit. The head of Algeria's upper house of parliament, Salah Goudjil, said the pact targeted Algeria and that "the enemies of the nation are gathering at our borders."

In Rabat, dozens of protesters gathered outside parliament on Wednesday to denounce the visit, chanting slogans in support of the Palestinians. Police dispersed the rally, witnesses said. The Palestinian group Hamas also criticised the agreement, calling it "a sin" that rewarded the Israeli occupation.

The visit comes amid rising tension between Morocco and Algeria over Western Sahara, a former Spanish colony that Rabat considers its own. Algeria accused Morocco this month of killing three Algerian truck drivers in a strike in the territory, a charge Rabat has not addressed publicly.
""",
pub=("2021-11-24", "2021-11-24", "date_publish; agreement signed 'on Wednesday' 24 November 2021"),
people=[("Benny Gantz", "ISR", "Defence Minister"),
        ("Abdellatif Loudiyi", "MAR", "minister in charge of national defence administration"),
        ("Nasser Bourita", "MAR", "Foreign Minister"),
        ("Belkhir El Farouk", "MAR", "army inspector general"),
        ("Salah Goudjil", "DZA", "head of the upper house of parliament")],
events=[
 ("ISR", "MAR", "AGREE/COOPERATE", 1, "have signed a memorandum of understanding on security cooperation", 1),
 ("ISR", "MAR", "CONSULT", 1, "during a visit to Rabat by Israeli Defence Minister Benny Gantz", 0),
 ("ISR", "MAR", "CONSULT", 0, "Gantz also met Moroccan Foreign Minister Nasser Bourita", 1),
 ("ISR", "MAR", "AGREE/COOPERATE", 0, "to agree to normalise ties with Israel in 2020", 1),
 ("USA", "MAR", "SUPPORT", 0, "Washington recognised Moroccan sovereignty over the disputed territory", 0),
 ("ESH", "USA", "REJECT", 0, "a move rejected by the Algeria-backed Polisario Front", 0),
 ("DZA", "ESH", "SUPPORT", 0, "Algeria-backed Polisario Front", 0),
 ("DZA", "MAR", "SANCTION", 0, "cut diplomatic ties with Rabat in August", 0),
 ("DZA", "MAR", "ACCUSE", 0, "accusing it of \"hostile actions\"", 0),
 ("DZA", "ISR|MAR", "ACCUSE/PROTEST", 1, "condemned the visit", 0),
 ("DZA", "MAR|ISR", "ACCUSE/THREATEN", 1, "said the pact targeted Algeria", 0),
 ("MAR", "ISR|MAR", "PROTEST", 1, "dozens of protesters gathered outside parliament", 0),
 ("MAR", "MAR", "COERCE", 1, "Police dispersed the rally", 0),
 ("PSE", "MAR|ISR", "ACCUSE", 1, "Hamas also criticised the agreement", 0),
 ("DZA", "MAR", "ACCUSE", 1, "Algeria accused Morocco this month of killing three Algerian truck drivers", 0),
 ("MAR", "DZA", "ASSAULT", 0, "killing three Algerian truck drivers", 0),
]))

ARTS.append(dict(
id="AB17", fmt="json",
headline="Bennett meets UAE's Mohammed bin Zayed in first visit by an Israeli PM",
meta=dict(date_publish=None, authors=AJ,
          url="https://www.aljazeera.com/news/2021/12/13/bennett-meets-mohammed-bin-zayed-abu-dhabi",
          source_domain="www.aljazeera.com",
          description="Israeli Prime Minister Naftali Bennett holds talks with Abu Dhabi's crown prince a year after normalisation."),
body="""
Naftali Bennett has met Abu Dhabi's Crown Prince Sheikh Mohammed bin Zayed Al Nahyan in the first official visit by an Israeli prime minister to the United Arab Emirates, a year after the two countries established diplomatic relations.

The two leaders held talks for more than four hours at the crown prince's private palace on Monday, and issued a joint statement pledging to deepen cooperation in trade, technology, health and food security, Bennett's office said.

"We have a very good and a very practical relationship, and this is only the beginning," Bennett told reporters before flying home.

Bennett arrived in Abu Dhabi on Sunday evening and was received at the airport by UAE Foreign Minister Sheikh Abdullah bin Zayed. The state news agency WAM said the crown prince had reiterated the UAE's position in favour of efforts to achieve peace between Palestinians and Israelis.

The visit comes as talks in Vienna to revive the 2015 nuclear deal between Iran and world powers stall. Bennett has repeatedly warned that Israel will not be bound by any agreement in Vienna and will act against Iran's nuclear programme if necessary.

The UAE has taken a more cautious line. Days before Bennett's trip, the Emirati national security adviser, Sheikh Tahnoun bin Zayed, visited Tehran and met President Ebrahim Raisi, in a move analysts saw as an effort to lower tensions with its powerful neighbour.

Iran's foreign ministry spokesman Saeed Khatibzadeh said Tehran had warned its Gulf neighbours that opening the door to Israel would only bring insecurity to the region.

The Palestinian Authority did not comment, but Hamas spokesman Hazem Qassem condemned the visit as "a stab in the back" of the Palestinian people.

The UAE and Israel normalised relations in September 2020 under the US-brokered Abraham Accords, and trade between them has since passed $1bn.
""",
pub=("2021-12-13", "2021-12-14", "talks 'on Monday' 13 December 2021 after arrival 'on Sunday evening'"),
people=[("Naftali Bennett", "ISR", "Prime Minister"),
        ("Mohammed bin Zayed Al Nahyan", "ARE", "Crown Prince of Abu Dhabi"),
        ("Abdullah bin Zayed", "ARE", "Foreign Minister"),
        ("Tahnoun bin Zayed", "ARE", "national security adviser"),
        ("Ebrahim Raisi", "IRN", "President"),
        ("Saeed Khatibzadeh", "IRN", "foreign ministry spokesman"),
        ("Hazem Qassem", "PSE", "Hamas spokesman")],
events=[
 ("ISR", "ARE", "CONSULT", 1, "the first official visit by an Israeli prime minister to the United Arab Emirates", 0),
 ("ISR", "ARE", "CONSULT", 1, "held talks for more than four hours", 1),
 ("ISR", "ARE", "AGREE", 1, "pledging to deepen cooperation in trade, technology, health and food security", 1),
 ("ARE", "ISR", "CONSULT", 0, "was received at the airport by UAE Foreign Minister", 1),
 ("ARE", "PSE|ISR", "SUPPORT", 0, "in favour of efforts to achieve peace between Palestinians and Israelis", 0),
 ("ISR", "IRN", "THREATEN", 1, "will act against Iran's nuclear programme if necessary", 0),
 ("ISR", "IRN|WST|USA", "REJECT", 0, "Israel will not be bound by any agreement in Vienna", 0),
 ("ARE", "IRN", "CONSULT", 1, "visited Tehran and met President Ebrahim Raisi", 1),
 ("IRN", "ARE|ISR", "ACCUSE/THREATEN", 1, "opening the door to Israel would only bring insecurity", 0),
 ("PSE", "ARE|ISR", "ACCUSE", 1, "condemned the visit as \"a stab in the back\"", 0),
 ("ARE", "ISR", "AGREE/COOPERATE", 0, "normalised relations in September 2020", 1),
]))

ARTS.append(dict(
id="AB18", fmt="json",
headline="Houthis seize UAE-flagged ship off Yemen, say it carried military gear",
meta=dict(date_publish="2022-01-03 14:30:00", authors=AJ,
          url="https://www.aljazeera.com/news/2022/1/3/houthis-seize-uae-flagged-ship-off-yemen",
          source_domain="www.aljazeera.com",
          description="The Saudi-led coalition says the Rwabee was carrying field hospital equipment and calls the seizure armed piracy."),
body="""
Yemen's Houthi rebels have seized a United Arab Emirates-flagged cargo ship in the Red Sea, saying it was carrying military equipment into Yemeni waters "without any licence" – a claim rejected by the Saudi-led coalition, which said the vessel was transporting hospital supplies.

Houthi military spokesman Yahya Saree said on Monday that naval forces had captured the Rwabee off the western province of Hodeidah and were holding its crew, and the group's television channel aired footage it said showed military trucks and other equipment on board.

Coalition spokesman Brigadier General Turki al-Maliki said the ship had been carrying equipment for a field hospital from the Yemeni island of Socotra to the Saudi port of Jazan when it was "hijacked" late on Sunday. He called the seizure an act of "armed piracy" and warned that the coalition would take "all necessary measures" if the ship and its crew were not released.

The UAE's foreign ministry condemned the seizure and called on the United Nations to act, state news agency WAM reported.

The United States also denounced the act. "We call on the Houthis to immediately release the ship and its crew," State Department spokesman Ned Price wrote on Twitter.

Within hours, coalition warplanes carried out air raids on Sanaa, the Houthi-held capital, and on Hodeidah province, targeting what the coalition described as drone and missile sites.

The Houthis, who control most of northern Yemen, have stepped up cross-border drone and missile attacks on Saudi Arabia, while government forces backed by the UAE-trained Giants Brigades have pushed them back in the oil-rich Shabwa province in recent days.

The war began when the Houthis seized Sanaa in 2014 and escalated the following March, when the coalition intervened to restore the internationally recognised government. The UN estimates that it had killed 377,000 people by the end of 2021, directly or through hunger and disease.
""",
pub=("2022-01-03", "2022-01-03", "date_publish; Saree statement 'on Monday' 3 January 2022, ship taken late Sunday"),
people=[("Yahya Saree", "YEM", "Houthi military spokesman"),
        ("Turki al-Maliki", "SAU", "coalition spokesman"),
        ("Ned Price", "USA", "State Department spokesman")],
events=[
 ("YEM", "ARE", "COERCE", 1, "have seized a United Arab Emirates-flagged cargo ship", 0),
 ("YEM", "ARE", "ACCUSE", 1, "saying it was carrying military equipment into Yemeni waters", 0),
 ("SAU", "YEM", "REJECT", 1, "a claim rejected by the Saudi-led coalition", 0),
 ("YEM", "ARE", "COERCE", 0, "were holding its crew", 0),
 ("SAU", "YEM", "ACCUSE", 1, "an act of \"armed piracy\"", 0),
 ("SAU", "YEM", "THREATEN", 1, "would take \"all necessary measures\"", 0),
 ("ARE", "YEM", "ACCUSE/PROTEST", 1, "The UAE's foreign ministry condemned the seizure", 0),
 ("ARE", "UNO", "REQUEST", 1, "called on the United Nations to act", 0),
 ("USA", "YEM", "ACCUSE", 1, "The United States also denounced the act", 0),
 ("USA", "YEM", "REQUEST", 1, "We call on the Houthis to immediately release the ship and its crew", 0),
 ("SAU", "YEM", "ASSAULT", 1, "coalition warplanes carried out air raids on Sanaa", 0),
 ("YEM", "SAU", "ASSAULT", 0, "cross-border drone and missile attacks on Saudi Arabia", 0),
 ("YEM", "YEM", "ASSAULT", 0, "have pushed them back in the oil-rich Shabwa province", 1),
 ("ARE", "YEM", "SUPPORT/AID", 0, "UAE-trained Giants Brigades", 0),
 ("YEM", "YEM", "ASSAULT/COERCE", 0, "the Houthis seized Sanaa in 2014", 0),
 ("SAU", "YEM", "ASSAULT", 0, "the coalition intervened", 0),
]))

ARTS.append(dict(
id="AB19", fmt="dump", dump="dump-2.txt",
headline="Syria's Assad visits UAE in first trip to an Arab state since 2011",
body="""
Syrian President Bashar al-Assad has visited the United Arab Emirates, his first trip to an Arab country since the uprising against his rule erupted in 2011 and plunged Syria into war, in a further sign of his gradual return to the regional fold.

Assad met Dubai's ruler, Sheikh Mohammed bin Rashid Al Maktoum, who is also the UAE's vice president and prime minister, and then held talks with Abu Dhabi's Crown Prince Sheikh Mohammed bin Zayed Al Nahyan on Friday, the Syrian presidency and UAE state media said.

According to the UAE news agency WAM, Sheikh Mohammed bin Zayed said he hoped the visit would be "the beginning of peace and stability for Syria and the entire region", and stressed the UAE's support for Syria's territorial integrity and for the withdrawal of foreign forces from the country.

The two sides discussed expanding economic cooperation, the Syrian presidency said.

The United States said it was "profoundly disappointed and troubled" by the visit. "We will not express any support for efforts to rehabilitate or legitimise Bashar al-Assad, and we do not support others normalising relations," State Department spokesman Ned Price said, urging states in the region to weigh the atrocities committed by the Syrian government.

The UAE, which once backed rebels seeking to topple Assad, reopened its embassy in Damascus in late 2018, and Foreign Minister Sheikh Abdullah bin Zayed visited the Syrian capital in November last year.

Syria was suspended from the Arab League in 2011 over its deadly crackdown on protesters. Some members, including Algeria, have called for its readmission, while Qatar and Saudi Arabia have resisted.

The visit came as Russia, Assad's main military backer, presses its war in Ukraine. Assad has publicly backed the Russian invasion, describing it as a correction of history.

Syrian opposition figures condemned the trip. Salem al-Meslet, head of the Syrian National Coalition, said it was "a betrayal of the Syrian people" and of the UAE's past commitments.
""",
pub=("2022-03-18", "2022-03-19", "visit 'on Friday' 18 March 2022"),
people=[("Bashar al-Assad", "SYR", "President"),
        ("Mohammed bin Rashid Al Maktoum", "ARE", "ruler of Dubai, vice president and prime minister"),
        ("Mohammed bin Zayed Al Nahyan", "ARE", "Crown Prince of Abu Dhabi"),
        ("Ned Price", "USA", "State Department spokesman"),
        ("Abdullah bin Zayed", "ARE", "Foreign Minister"),
        ("Salem al-Meslet", "SYR", "head of the Syrian National Coalition")],
events=[
 ("SYR", "ARE", "CONSULT", 1, "has visited the United Arab Emirates", 0),
 ("SYR", "ARE", "CONSULT", 0, "Assad met Dubai's ruler", 1),
 ("SYR", "ARE", "CONSULT", 1, "held talks with Abu Dhabi's Crown Prince", 1),
 ("ARE", "SYR", "SUPPORT", 1, "stressed the UAE's support for Syria's territorial integrity", 0),
 ("SYR", "ARE", "CONSULT/COOPERATE", 0, "discussed expanding economic cooperation", 1),
 ("USA", "ARE|SYR", "PROTEST/ACCUSE", 1, "profoundly disappointed and troubled", 0),
 ("USA", "SYR", "REJECT", 1, "We will not express any support for efforts to rehabilitate", 0),
 ("USA", "SYR", "ACCUSE", 0, "the atrocities committed by the Syrian government", 0),
 ("ARE", "SYR", "SUPPORT/AID", 0, "once backed rebels seeking to topple Assad", 0),
 ("ARE", "SYR", "COOPERATE/AGREE", 0, "reopened its embassy in Damascus", 0),
 ("ARE", "SYR", "CONSULT", 0, "visited the Syrian capital in November last year", 0),
 ("IGO", "SYR", "SANCTION", 0, "suspended from the Arab League in 2011", 0),
 ("SYR", "SYR", "COERCE/ASSAULT", 0, "deadly crackdown on protesters", 0),
 ("DZA", "IGO|SYR", "REQUEST/SUPPORT", 0, "have called for its readmission", 0),
 ("QAT|SAU", "SYR", "REJECT", 0, "Qatar and Saudi Arabia have resisted", 0),
 ("RUS", "SYR", "SUPPORT/AID", 0, "Assad's main military backer", 0),
 ("RUS", "UKR", "ASSAULT", 0, "presses its war in Ukraine", 0),
 ("SYR", "RUS", "SUPPORT", 1, "Assad has publicly backed the Russian invasion", 0),
 ("SYR", "ARE", "ACCUSE", 1, "a betrayal of the Syrian people", 0),
]))

ARTS.append(dict(
id="AB20", fmt="dump", dump="dump-3.txt",
headline="Palestinian factions sign Algiers declaration pledging elections within a year",
body="""
Rival Palestinian factions, including Fatah and Hamas, have signed a reconciliation agreement in Algeria's capital, committing to hold presidential and legislative elections within a year in the latest attempt to end a 15-year split.

The "Algiers Declaration" was signed on Thursday by 14 factions at the end of two days of talks hosted by Algerian President Abdelmadjid Tebboune, who had invited the groups to Algiers ahead of an Arab League summit the country will host next month.

Hamas political bureau chief Ismail Haniyeh and senior Fatah official Azzam al-Ahmad signed the document at a ceremony in a conference centre on the western edge of the city. Tebboune called the agreement "a historic step" and said Algeria would follow up its implementation through a joint Arab-Algerian team.

The declaration also calls for elections to the Palestinian National Council, the legislature of the Palestine Liberation Organization, wherever possible. But it leaves out a national unity government. Fatah rejected Hamas's demand for such a government, officials said, because it would have required Hamas to accept the PLO's past agreements with Israel.

"We came to Algeria with open hearts, and we leave with a document that belongs to every Palestinian," Haniyeh said.

Palestinian President Mahmoud Abbas, who did not attend, thanked Tebboune in a phone call and said Fatah was committed to the text. Abbas met Haniyeh in Algiers in July, their first encounter in years.

The Arab League's secretary-general, Ahmed Aboul Gheit, welcomed the declaration. An Israeli official, speaking on condition of anonymity, told reporters that Israel would not negotiate with any Palestinian government in which Hamas takes part.

Analysts were sceptical. Earlier deals signed in Cairo and in Doha collapsed over control of security forces in Gaza, which Hamas seized from Fatah in 2007 after a brief civil war. No Palestinian election has been held since 2006, and Abbas called off a planned vote last year.
""",
pub=("2022-10-13", "2022-10-14", "declaration signed 'on Thursday' 13 October 2022"),
people=[("Abdelmadjid Tebboune", "DZA", "President"),
        ("Ismail Haniyeh", "PSE", "Hamas political bureau chief"),
        ("Azzam al-Ahmad", "PSE", "senior Fatah official"),
        ("Mahmoud Abbas", "PSE", "President"),
        ("Ahmed Aboul Gheit", "IGO", "Arab League secretary-general")],
events=[
 ("PSE", "PSE", "AGREE", 1, "have signed a reconciliation agreement in Algeria's capital", 1),
 ("PSE", "DZA", "CONSULT", 1, "two days of talks hosted by Algerian President Abdelmadjid Tebboune", 0),
 ("PSE", "PSE", "CONSULT", 0, "two days of talks hosted by Algerian President Abdelmadjid Tebboune", 1),
 ("DZA", "PSE", "CONSULT/REQUEST", 0, "had invited the groups to Algiers", 0),
 ("DZA", "PSE", "SUPPORT", 1, "called the agreement \"a historic step\"", 0),
 ("DZA", "PSE", "AID/COOPERATE/AGREE", 0, "Algeria would follow up its implementation", 0),
 ("PSE", "PSE", "REQUEST", 0, "Hamas's demand for such a government", 0),
 ("PSE", "PSE", "REJECT", 1, "Fatah rejected Hamas's demand", 0),
 ("PSE", "DZA", "SUPPORT", 1, "thanked Tebboune in a phone call", 0),
 ("PSE", "DZA", "CONSULT", 0, "thanked Tebboune in a phone call", 1),
 ("PSE", "PSE", "CONSULT", 0, "Abbas met Haniyeh in Algiers in July", 1),
 ("IGO", "PSE", "SUPPORT", 1, "welcomed the declaration", 0),
 ("ISR", "PSE", "REJECT", 1, "Israel would not negotiate with any Palestinian government", 0),
 ("PSE", "PSE", "ASSAULT/COERCE", 0, "which Hamas seized from Fatah in 2007", 0),
 ("PSE", "PSE", "REJECT", 0, "Abbas called off a planned vote last year", 0),
]))
