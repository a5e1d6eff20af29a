# Articles AA8..AA13. Events: (source, target, types, required, evidence, symmetric)
ARTS = []

ARTS.append(dict(
id="AA8", fmt="json",
meta=dict(date_publish="2017-03-28 19:40:00", authors=["Jason Burke"],
          url="https://www.theguardian.com/world/2017/mar/28/un-investigators-bodies-found-congo-kasai",
          source_domain="www.theguardian.com",
          description="The UN confirms that two of its experts missing in the DRC's Kasai region have been found dead; the Congolese government blames a local militia."),
headline="Bodies of two missing UN investigators found in DR Congo's Kasai region",
body="""
The bodies of two United Nations investigators who vanished while looking into mass killings in central Democratic Republic of the Congo have been found in a shallow grave, the UN has confirmed.
Michael Sharp, an American, and Zaida Catalán, a Swede, were members of a UN panel of experts monitoring sanctions on Congo. They disappeared on 12 March with their Congolese interpreter and three motorbike drivers near the village of Bunkonde in Kasai-Central province, where government forces have been fighting the Kamuina Nsapu militia since last summer.
UN secretary general António Guterres said he was "deeply saddened" and demanded that Congolese authorities carry out a thorough investigation. "The United Nations will do everything possible to ensure that justice is done," he said in a statement.
The Congolese government spokesman, Lambert Mende, blamed the militia for the killings and told reporters that the experts had travelled into the area without informing the security services. He denied any involvement by the army.
Sweden's foreign minister, Margot Wallström, said Stockholm expected a full and independent inquiry and that those responsible must be held to account. The US ambassador to the UN, Nikki Haley, said the deaths would not deter Washington from supporting the panel's work.
The violence in Kasai erupted after security forces killed the militia's leader, a traditional chief who had challenged the authority of President Joseph Kabila's government, in August. More than 400 people have since died and 200,000 have fled.
UN investigators have reported finding at least 17 mass graves in the region. Last month a video circulated that appeared to show soldiers shooting unarmed men and women, and the UN human rights office accused the army of using excessive force. Kinshasa at first dismissed the footage as fake, before announcing that several soldiers had been arrested.
Human rights groups have called on the UN to set up an international commission of inquiry, a step Kinshasa has resisted.
""",
pub=("2017-03-28", "2017-03-28", "date_publish; UN confirmed deaths 28 March 2017"),
people=[("Michael Sharp", "USA", "UN expert"),
        ("Zaida Catalán", "SWE", "UN expert"),
        ("António Guterres", "UNO", "UN secretary general"),
        ("Lambert Mende", "COD", "government spokesman"),
        ("Margot Wallström", "SWE", "foreign minister"),
        ("Nikki Haley", "USA", "US ambassador to the UN"),
        ("Joseph Kabila", "COD", "President")],
events=[
 ("COD", "UNO", "ASSAULT", 0, "The bodies of two United Nations investigators", 0),
 ("COD", "COD", "ASSAULT", 1, "government forces have been fighting the Kamuina Nsapu militia", 1),
 ("UNO", "COD", "REQUEST", 1, "demanded that Congolese authorities carry out a thorough investigation", 0),
 ("COD", "COD", "ACCUSE", 1, "blamed the militia for the killings", 0),
 ("COD", "UNO", "ACCUSE", 0, "the experts had travelled into the area without informing the security services", 0),
 ("COD", "UNO", "REJECT", 0, "He denied any involvement by the army", 0),
 ("SWE", "COD", "REQUEST", 1, "Stockholm expected a full and independent inquiry", 0),
 ("USA", "UNO", "SUPPORT", 1, "would not deter Washington from supporting the panel's work", 0),
 ("COD", "COD", "ASSAULT", 1, "security forces killed the militia's leader", 0),
 ("COD", "COD", "ASSAULT", 0, "soldiers shooting unarmed men and women", 0),
 ("UNO", "COD", "ACCUSE", 1, "accused the army of using excessive force", 0),
 ("COD", "UNO", "REJECT", 1, "dismissed the footage as fake", 0),
 ("COD", "COD", "COERCE", 1, "several soldiers had been arrested", 0),
 ("NGO", "UNO", "REQUEST", 1, "called on the UN to set up an international commission of inquiry", 0),
 ("COD", "UNO", "REJECT", 0, "a step Kinshasa has resisted", 0),
]))

ARTS.append(dict(
id="AA9", fmt="json",
meta=dict(date_publish="2017-10-05 14:12:00", authors=["Ryan Browne", "Barbara Starr"],
          url="https://edition.cnn.com/2017/10/05/politics/niger-us-troops-killed-ambush/index.html",
          source_domain="edition.cnn.com",
          description="Three US Army Green Berets were killed and two wounded when militants ambushed a joint US-Nigerien patrol near the Mali border."),
headline="Three US Green Berets killed in ambush in Niger, officials say",
body="""
Three US Army Special Forces soldiers were killed and two others wounded when their joint patrol with Nigerien troops was ambushed in southwest Niger on Wednesday, US officials said.
The attack took place near the village of Tongo Tongo, about 120 miles north of the capital Niamey and close to the border with Mali, US Africa Command said in a statement. At least four Nigerien soldiers were also killed.
A US defense official told CNN that the patrol was attacked by about 50 militants believed to belong to a local affiliate of ISIS, armed with small arms, rocket-propelled grenades and machine guns mounted on trucks.
The US troops had been on a "train, advise and assist" mission, working alongside Nigerien forces in their fight against extremist groups in the region, the command said. Roughly 800 US service members are deployed in Niger.
French Mirage jets and attack helicopters flew in from neighboring Mali after the Nigerien and American soldiers came under fire, and the wounded were evacuated to a French military hospital, officials said. France keeps about 4,000 troops in the Sahel as part of its Operation Barkhane.
"We are grateful to our French partners for their rapid response," a Pentagon spokeswoman said.
Niger's Defense Minister Kalla Moutari told state television the attackers had fled toward Mali and that Nigerien forces were pursuing them. He said Niger would not be intimidated by terrorists.
The deaths were the first of US troops in combat in Niger, and several lawmakers said they had not known that so many Americans were serving there. Sen. Lindsey Graham told reporters the Pentagon must explain the mission to Congress.
The White House said President Donald Trump had been briefed on the attack.
""",
pub=("2017-10-05", "2017-10-05", "date_publish; ambush Wednesday 4 October 2017"),
people=[("Kalla Moutari", "NER", "Defense Minister"),
        ("Lindsey Graham", "USA", "Senator"),
        ("Donald Trump", "USA", "President")],
events=[
 ("NER", "USA", "ASSAULT", 1, "their joint patrol with Nigerien troops was ambushed", 0),
 ("NER", "NER", "ASSAULT", 1, "At least four Nigerien soldiers were also killed", 0),
 ("USA", "NER", "COOPERATE", 1, "their joint patrol with Nigerien troops", 1),
 ("USA", "NER", "AID/COOPERATE", 1, "working alongside Nigerien forces in their fight against extremist groups", 0),
 ("USA", "NER", "MOBILIZE/AID", 0, "Roughly 800 US service members are deployed in Niger", 0),
 ("FRA", "USA|NER", "AID", 1, "French Mirage jets and attack helicopters flew in from neighboring Mali", 0),
 ("FRA", "USA", "AID", 0, "the wounded were evacuated to a French military hospital", 0),
 ("USA", "FRA", "SUPPORT", 1, "We are grateful to our French partners", 0),
 ("NER", "NER", "ASSAULT/COERCE", 1, "Nigerien forces were pursuing them", 0),
 ("NER", "NER", "REJECT/THREATEN", 0, "Niger would not be intimidated by terrorists", 0),
 ("USA", "USA", "REQUEST", 0, "the Pentagon must explain the mission to Congress", 0),
]))

ARTS.append(dict(
id="AA10", fmt="dump", dump="dump-2.txt", nbsp=True,
headline="Kenya pulls TV stations off air as Odinga is sworn in as 'people's president'",
body="""
NAIROBI — Kenya's government switched off the country's three largest private television stations on Tuesday to stop them broadcasting a mock inauguration of opposition leader Raila Odinga, who declared himself the "people's president" before tens of thousands of supporters in the capital.

Odinga, who boycotted the October rerun of last year's presidential election, took an oath on a Bible in Uhuru Park, saying President Uhuru Kenyatta had stolen the vote and had no mandate to rule. "We will not recognize an illegitimate government," he told the crowd.

Police, who had been ordered to block the gathering, stayed away, and the event passed without major violence.

Hours later, Interior Minister Fred Matiang'i declared Odinga's National Resistance Movement an "organized criminal group," a designation that allows the authorities to arrest its members and freeze their assets. The attorney general, Githu Muigai, had warned that anyone taking part in swearing in Odinga would be committing treason, an offense that carries the death penalty in Kenya.

The stations — Citizen TV, NTV and KTN — remained off air on Wednesday despite a High Court order that the shutdown be lifted. The Media Council of Kenya called the move an attack on press freedom, and journalists marched to the Interior Ministry to demand their channels be restored.

Opposition lawmaker T.J. Kajwang, who witnessed the oath, was arrested at his home, his lawyers said.

The U.S. Embassy in Nairobi, which along with other Western missions had urged Odinga to call off the ceremony, said in a statement that it was "deeply concerned" by the media shutdown and asked the government to respect court orders.

Kenya has been deeply divided since the Supreme Court annulled the original August vote. More than 90 people have been killed, mostly by police, in election-related violence, according to rights groups.
""",
pub=("2018-01-31", "2018-01-31", "swearing-in Tuesday 30 January 2018; stations 'remained off air on Wednesday' (31 January)"),
people=[("Raila Odinga", "KEN", "opposition leader"),
        ("Uhuru Kenyatta", "KEN", "President"),
        ("Fred Matiang'i", "KEN", "Interior Minister"),
        ("Githu Muigai", "KEN", "attorney general"),
        ("T.J. Kajwang", "KEN", "opposition lawmaker")],
events=[
 ("KEN", "KEN", "COERCE/SANCTION", 1, "switched off the country's three largest private television stations", 0),
 ("KEN", "KEN", "ACCUSE", 1, "President Uhuru Kenyatta had stolen the vote", 0),
 ("KEN", "KEN", "REJECT", 1, "We will not recognize an illegitimate government", 0),
 ("KEN", "KEN", "REJECT/PROTEST", 0, "who boycotted the October rerun", 0),
 ("KEN", "KEN", "SANCTION/ACCUSE", 1, "declared Odinga's National Resistance Movement an \"organized criminal group,\"", 0),
 ("KEN", "KEN", "THREATEN", 1, "would be committing treason", 0),
 ("KEN", "KEN", "REQUEST", 0, "a High Court order that the shutdown be lifted", 0),
 ("KEN", "KEN", "ACCUSE", 1, "called the move an attack on press freedom", 0),
 ("KEN", "KEN", "PROTEST", 1, "journalists marched to the Interior Ministry", 0),
 ("KEN", "KEN", "COERCE", 1, "was arrested at his home", 0),
 ("USA|WST", "KEN", "REQUEST", 0, "had urged Odinga to call off the ceremony", 0),
 ("USA", "KEN", "ACCUSE", 1, "it was \"deeply concerned\" by the media shutdown", 0),
 ("USA", "KEN", "REQUEST", 1, "asked the government to respect court orders", 0),
 ("KEN", "KEN", "ASSAULT", 0, "More than 90 people have been killed, mostly by police", 0),
]))

ARTS.append(dict(
id="AA11", fmt="txt",
headline="South Africa rebukes Trump over tweet on land seizures and farm killings",
body="""
South Africa's government on Thursday rejected President Trump's claim that it was seizing land from white farmers, accusing him of spreading a "narrow perception" of the country and saying it would raise the matter with Washington through diplomatic channels.

In a late-night tweet on Wednesday, Trump said he had asked Secretary of State Mike Pompeo to "closely study the South Africa land and farm seizures and expropriations and the large scale killing of farmers." The president appeared to be responding to a segment on Fox News that evening.

"South Africa totally rejects this narrow perception which only seeks to divide our nation and reminds us of our colonial past," the government said in a statement on its official Twitter account. "South Africa will speed up the pace of land reform in a careful and inclusive manner that does not divide our nation."

The foreign ministry said Minister Lindiwe Sisulu would seek an explanation from the U.S. chargé d'affaires in Pretoria. "We will not be drawn into a war of words," a ministry spokesman told reporters.

President Cyril Ramaphosa's governing African National Congress has backed a plan to amend the constitution to allow the expropriation of land without compensation, arguing that it is needed to redress dispossession under colonial and apartheid rule. No farms have yet been taken under the proposal.

Police figures show that farm murders are at their lowest level in nearly two decades, and analysts said there was no evidence that white farmers were being singled out.

The State Department spokeswoman, Heather Nauert, said the United States would continue to engage with the South African government and that "expropriation without compensation would send the wrong signal." She did not say whether Pompeo had begun the review Trump ordered.

AfriForum, a group that lobbies on behalf of Afrikaners, had visited Washington this year to press its case with officials and conservative commentators. It welcomed the president's intervention.
""",
pub=("2018-08-23", "2018-08-23", "tweet Wednesday 22 August 2018; government response 'on Thursday' (23 August)"),
people=[("Mike Pompeo", "USA", "Secretary of State"),
        ("Lindiwe Sisulu", "ZAF", "Minister (foreign affairs)"),
        ("Cyril Ramaphosa", "ZAF", "President"),
        ("Heather Nauert", "USA", "State Department spokeswoman"),
        ("Trump", "USA", "President")],
events=[
 ("ZAF", "USA", "REJECT", 1, "rejected President Trump's claim", 0),
 ("ZAF", "USA", "ACCUSE", 1, "accusing him of spreading a \"narrow perception\" of the country", 0),
 ("ZAF", "USA", "CONSULT", 0, "raise the matter with Washington through diplomatic channels", 0),
 ("USA", "ZAF", "ACCUSE", 1, "the large scale killing of farmers", 0),
 ("ZAF", "USA", "REJECT", 0, "South Africa totally rejects this narrow perception", 0),
 ("ZAF", "USA", "REQUEST/CONSULT", 1, "would seek an explanation from the U.S. chargé d'affaires in Pretoria", 0),
 ("ZAF", "USA", "REJECT", 0, "We will not be drawn into a war of words", 0),
 ("ZAF", "ZAF", "SANCTION/COERCE", 0, "expropriation of land without compensation", 0),
 ("USA", "ZAF", "CONSULT/COOPERATE", 1, "would continue to engage with the South African government", 0),
 ("USA", "ZAF", "ACCUSE/REJECT", 1, "expropriation without compensation would send the wrong signal", 0),
 ("ZAF", "USA", "CONSULT/REQUEST", 1, "had visited Washington this year to press its case", 0),
 ("ZAF", "USA", "SUPPORT", 0, "It welcomed the president's intervention", 0),
]))

ARTS.append(dict(
id="AA12", fmt="json",
meta=dict(date_publish="2018-08-02 09:30:00", authors=["Farai Mutsaka"],
          url="https://apnews.com/article/zimbabwe-election-soldiers-fire-protesters-harare",
          source_domain="apnews.com",
          description="Three people were killed when soldiers opened fire on opposition protesters in Harare; the government blamed the opposition for the unrest."),
headline="Zimbabwe soldiers open fire on election protesters, killing 3",
body="""
HARARE, Zimbabwe (AP) — Soldiers opened fire on opposition supporters in Zimbabwe's capital on Wednesday, killing three people, as anger over delays in announcing the results of the first election since Robert Mugabe's fall boiled over into the streets.
Hundreds of supporters of the Movement for Democratic Change burned cars and threw stones near the electoral commission's offices in central Harare, accusing the ruling ZANU-PF party of rigging Monday's vote. Police fired tear gas and water cannon before army trucks arrived and soldiers fired live rounds into the crowds.
President Emmerson Mnangagwa, who took over after the military forced Mugabe out in November, appealed for calm on Twitter and said the opposition must be held responsible for disturbing the peace.
Home Affairs Minister Obert Mpofu said the government would not tolerate "any acts of lawlessness" and accused the MDC of inciting violence. Police raided the opposition party's headquarters on Thursday and arrested several people.
The MDC's presidential candidate, Nelson Chamisa, rejected the ruling party's parliamentary victory and claimed he had won the presidential race. "The army has been turned against the people," Chamisa said. "We will not accept a fake result."
The European Union's observer mission criticized the "excessive force" used by security forces and said the vote had been marred by an uneven playing field. Britain urged the country's political leaders to show restraint. UN Secretary-General António Guterres called on all sides to reject violence and urged Zimbabwe's authorities to respect the right to protest.
The United States embassy said it was "deeply concerned" about the military's presence in the streets.
The election had been seen as a test of whether Zimbabwe could move on from nearly four decades of Mugabe's rule and win back Western investors.
""",
pub=("2018-08-02", "2018-08-02", "date_publish; shootings Wednesday 1 August 2018; raid 'on Thursday' (2 August)"),
people=[("Robert Mugabe", "ZWE", "former President"),
        ("Emmerson Mnangagwa", "ZWE", "President"),
        ("Obert Mpofu", "ZWE", "Home Affairs Minister"),
        ("Nelson Chamisa", "ZWE", "MDC presidential candidate"),
        ("António Guterres", "UNO", "UN Secretary-General")],
events=[
 ("ZWE", "ZWE", "ASSAULT", 1, "Soldiers opened fire on opposition supporters", 0),
 ("ZWE", "ZWE", "PROTEST", 1, "burned cars and threw stones near the electoral commission's offices", 0),
 ("ZWE", "ZWE", "ACCUSE", 1, "accusing the ruling ZANU-PF party of rigging Monday's vote", 0),
 ("ZWE", "ZWE", "COERCE/ASSAULT", 1, "Police fired tear gas and water cannon", 0),
 ("ZWE", "ZWE", "COERCE", 0, "the military forced Mugabe out in November", 0),
 ("ZWE", "ZWE", "ACCUSE", 1, "the opposition must be held responsible for disturbing the peace", 0),
 ("ZWE", "ZWE", "THREATEN", 0, "would not tolerate \"any acts of lawlessness\"", 0),
 ("ZWE", "ZWE", "ACCUSE", 0, "accused the MDC of inciting violence", 0),
 ("ZWE", "ZWE", "COERCE", 1, "Police raided the opposition party's headquarters on Thursday and arrested several people", 0),
 ("ZWE", "ZWE", "REJECT", 1, "rejected the ruling party's parliamentary victory", 0),
 ("ZWE", "ZWE", "ACCUSE", 0, "The army has been turned against the people", 0),
 ("EUR", "ZWE", "ACCUSE", 1, "criticized the \"excessive force\" used by security forces", 0),
 ("GBR", "ZWE", "REQUEST", 1, "Britain urged the country's political leaders to show restraint", 0),
 ("UNO", "ZWE", "REQUEST", 1, "urged Zimbabwe's authorities to respect the right to protest", 0),
 ("USA", "ZWE", "ACCUSE", 1, "it was \"deeply concerned\" about the military's presence", 0),
]))

ARTS.append(dict(
id="AA13", fmt="dump", dump="dump-1.txt", nbsp=True,
headline="South Sudan's Kiir and Machar sign peace deal to end five-year civil war",
body="""
ADDIS ABABA, Ethiopia — South Sudan's President Salva Kiir and rebel leader Riek Machar signed a power-sharing agreement on Wednesday meant to end a civil war that has killed tens of thousands of people and forced a third of the population from their homes.

Under the deal, signed at a summit of the regional bloc IGAD in the Ethiopian capital, Machar will return to the government as one of five vice presidents, a post he held before fighting broke out in December 2013.

The two men shook hands and embraced before a gathering of East African heads of state. "This agreement shall be the final one," Kiir told the summit. "There will be no going back to war."

The accord was brokered by Sudan's President Omar al-Bashir and Uganda's President Yoweri Museveni, whose governments have backed opposing sides in the conflict. Talks were held in Khartoum over the summer, where the rivals agreed a permanent cease-fire in June.

Machar, who has lived in exile in South Africa since fleeing Juba in 2016, said his movement was committed to implementing the deal. But he warned that the government must release political prisoners and withdraw troops from civilian areas.

The United States, Britain and Norway, the so-called troika that helped South Sudan gain independence, said in a statement that they remained "concerned about the level of commitment" of the parties and urged them to show they were serious. Washington imposed an arms embargo on the country through the U.N. Security Council in July.

Several smaller opposition groups refused to sign, saying the deal merely shared out posts between the two leaders.

A previous agreement, signed in 2015, collapsed the following year when fighting erupted in Juba and Machar fled the country.
""",
pub=("2018-09-12", "2018-09-13", "signing 'on Wednesday' 12 September 2018; published same or next day"),
people=[("Salva Kiir", "SSD", "President"),
        ("Riek Machar", "SSD", "rebel leader"),
        ("Omar al-Bashir", "SDN", "President"),
        ("Yoweri Museveni", "UGA", "President")],
events=[
 ("SSD", "SSD", "AGREE", 1, "signed a power-sharing agreement on Wednesday", 1),
 ("SSD", "ETH|IGO", "CONSULT", 0, "signed at a summit of the regional bloc IGAD in the Ethiopian capital", 0),
 ("SSD", "SSD", "CONCEDE/AGREE", 0, "Machar will return to the government as one of five vice presidents", 0),
 ("SSD", "SSD", "CONSULT", 0, "The two men shook hands and embraced", 1),
 ("SSD", "SSD", "AGREE", 1, "There will be no going back to war", 1),
 ("SDN", "SSD", "COOPERATE/AID", 1, "The accord was brokered by Sudan's President Omar al-Bashir", 0),
 ("UGA", "SSD", "COOPERATE/AID", 1, "and Uganda's President Yoweri Museveni", 0),
 ("SSD", "SSD", "AGREE", 1, "the rivals agreed a permanent cease-fire in June", 1),
 ("SSD", "SSD", "REQUEST", 1, "the government must release political prisoners", 0),
 ("USA", "SSD", "ACCUSE", 1, "concerned about the level of commitment", 0),
 ("GBR", "SSD", "ACCUSE", 1, "concerned about the level of commitment", 0),
 ("NOR", "SSD", "ACCUSE", 1, "concerned about the level of commitment", 0),
 ("USA|GBR|NOR", "SSD", "REQUEST", 0, "urged them to show they were serious", 0),
 ("USA|UNO", "SSD", "SANCTION", 1, "Washington imposed an arms embargo on the country", 0),
 ("SSD", "SSD", "REJECT", 1, "Several smaller opposition groups refused to sign", 0),
]))
