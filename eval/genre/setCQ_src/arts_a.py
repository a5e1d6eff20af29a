from common import A, E

A("CQ1", "Federal judge in Seattle halts Trump's travel ban nationwide", """
SEATTLE — A federal judge in Seattle on Friday temporarily blocked President Trump's executive order barring travelers from seven predominantly Muslim countries, a sweeping ruling that applies across the country and throws the week-old policy into doubt.

U.S. District Judge James Robart granted a temporary restraining order sought by the state of Washington, which argued that the order was unconstitutional and was causing immediate harm to its residents, universities and businesses.

"The state has met its burden," Robart said from the bench, adding that the court's job was a narrow one: to decide whether the order should be paused while the lawsuit moves forward.

The ruling was a major setback for the administration, which had insisted that the order was lawful and necessary to keep the country safe.

Late Friday, White House press secretary Sean Spicer said the Justice Department would seek an emergency stay "at the earliest possible time" to defend an order that he said was "lawful and appropriate." An initial version of the statement called the judge's order "outrageous," but that word was dropped minutes later.

Washington Attorney General Bob Ferguson, a Democrat, filed the lawsuit on Monday, just three days after the order was signed. Minnesota later joined the case.

"The Constitution prevailed today," Ferguson told reporters outside the courthouse. "No one is above the law, not even the president."

Gov. Jay Inslee called the decision "a tremendous victory" for the state and said Washington would not back down.

The order, signed Jan. 27, suspended the entry of citizens of Iran, Iraq, Libya, Somalia, Sudan, Syria and Yemen for 90 days and halted the refugee program for 120 days. It set off chaos at airports, where travelers with valid visas were detained or sent back, and drew thousands of protesters to terminals from New York to Los Angeles.

Several large companies based in Washington, including Amazon and Expedia, had backed the lawsuit, saying the ban hurt their employees and their business.

In court, a lawyer for the Justice Department, Michelle Bennett, argued that the state had no standing to sue and that the president had broad authority over who may enter the country. Robart pressed her on how many arrests of people from the seven countries had followed attacks on U.S. soil since 2001. She said she did not know.

By Saturday, a Homeland Security spokesman said the department had suspended all actions to carry out the order and would resume standard screening of travelers. The State Department said it was reversing the cancellation of tens of thousands of visas.

Trump did not take the ruling quietly. "The opinion of this so-called judge, which essentially takes law-enforcement away from our country, is ridiculous and will be overturned!" he wrote on Twitter on Saturday morning.

The comment drew rebukes from Democrats and some legal scholars, who said it was rare for a sitting president to attack a federal judge by name. Senate Minority Leader Charles E. Schumer said the president "seems intent on precipitating a constitutional crisis."

Robart, who was appointed by President George W. Bush, is known in Seattle as a careful and moderate jurist. He was confirmed by the Senate in 2004 by a vote of 99 to 0.

The case is likely to move quickly to the U.S. Court of Appeals for the 9th Circuit, which could rule within days. Legal experts said the dispute could eventually land before the Supreme Court.
""", ("2017-02-03", "2017-02-04", "Robart's TRO was issued Friday Feb. 3, 2017; Trump's 'so-called judge' tweet came Saturday Feb. 4"),
[("Donald Trump", "USA", "President"), ("James Robart", "USA", "U.S. District Judge"), ("Sean Spicer", "USA", "White House press secretary"),
 ("Bob Ferguson", "USA", "Washington Attorney General"), ("Jay Inslee", "USA", "Governor of Washington"),
 ("Michelle Bennett", "USA", "Justice Department lawyer"), ("Charles E. Schumer", "USA", "Senate Minority Leader"),
 ("George W. Bush", "USA", "former President")],
[E("USA", "USA", "REJECT COERCE", 1, "temporarily blocked President Trump's executive order"),
 E("USA", "USA", "ACCUSE PROTEST", 1, "the state of Washington, which argued that the order was unconstitutional"),
 E("USA", "USA", "REJECT REQUEST", 1, "the Justice Department would seek an emergency stay"),
 E("USA", "USA", "ACCUSE", 0, "An initial version of the statement called the judge's order \"outrageous,\""),
 E("USA", "USA", "ACCUSE", 1, "\"No one is above the law, not even the president.\""),
 E("USA", "USA", "ACCUSE", 0, "Minnesota later joined the case"),
 E("USA", ["IRN", "IRQ", "LBY", "SOM", "SDN", "SYR", "YEM"], "SANCTION COERCE", 0, "suspended the entry of citizens of Iran, Iraq, Libya, Somalia, Sudan, Syria and Yemen"),
 E("USA", "USA", "PROTEST", 0, "drew thousands of protesters to terminals"),
 E(["MNC", "USA"], "USA", "SUPPORT", 0, "including Amazon and Expedia, had backed the lawsuit"),
 E("USA", "USA", "REJECT", 0, "argued that the state had no standing to sue"),
 E("USA", "USA", "CONCEDE RETREAT", 1, "the department had suspended all actions to carry out the order"),
 E("USA", "USA", "CONCEDE RETREAT", 0, "reversing the cancellation of tens of thousands of visas"),
 E("USA", "USA", "ACCUSE", 1, "\"The opinion of this so-called judge"),
 E("USA", "USA", "ACCUSE", 1, "the president \"seems intent on precipitating a constitutional crisis.\""),
])

A("CQ2", "Hawaii judge blocks Trump's revised travel ban hours before it takes effect", """
HONOLULU — A federal judge in Hawaii on Wednesday blocked President Trump's revised travel ban from taking effect, ruling that the new order was likely to violate the Constitution's ban on religious discrimination despite the administration's efforts to narrow it.

U.S. District Judge Derrick K. Watson issued a nationwide temporary restraining order less than a day before the order was set to go into force at 12:01 a.m. Thursday.

The revised order would have suspended the entry of new visa holders from Iran, Libya, Somalia, Sudan, Syria and Yemen for 90 days and shut down the refugee program for 120 days. Iraq, which was on the first list, was removed after lobbying by officials in Baghdad.

In a 43-page opinion, Watson wrote that a "reasonable, objective observer" would conclude that the order was issued "with a purpose to disfavor a particular religion." He pointed to statements Trump made during the campaign, when he called for "a total and complete shutdown of Muslims entering the United States."

The state of Hawaii sued the administration last week, arguing that the order would hurt its tourism industry and its universities. It was joined by Ismail Elshikh, the imam of the Muslim Association of Hawaii, whose Syrian mother-in-law had applied for a visa to visit.

"This is a victory for all of us," Hawaii Attorney General Douglas Chin said in a statement. "Our state has a long history of welcoming people of every faith, and the law does not allow the government to single some of them out."

Trump learned of the ruling shortly before he took the stage at a rally in Nashville, and he made his anger plain.

"This ruling makes us look weak," the president told the crowd, calling the decision "an unprecedented judicial overreach." He said he would fight the case "as far as it needs to go, including all the way up to the Supreme Court."

Trump also suggested that the administration should return to the original order, which he said had been "watered down" by his own lawyers.

The Justice Department said in a statement that it "strongly disagrees" with the ruling and would continue to defend the order in the courts. "The president's executive order falls squarely within his lawful authority," the department said.

Watson, who was appointed by President Barack Obama, rejected the government's argument that courts should not look behind the text of an order that does not mention any religion. "The court will not crawl into a corner, pull the shutters closed, and pretend it has not seen what it has," he wrote.

Immigrant rights groups, which had planned demonstrations outside courthouses, cheered the decision. The American Civil Liberties Union called it "a stinging rebuke" of the administration.

The ruling came as judges in Maryland and Washington state were weighing separate challenges to the revised order. In Greenbelt, Md., U.S. District Judge Theodore Chuang heard arguments Wednesday in a case brought by refugee aid groups and had not yet ruled.

White House officials had hoped the rewritten order, which exempted green-card holders and people who already had visas, would survive court challenges that doomed the first version in February.

Republican leaders in Congress were largely silent on Wednesday night. But Sen. Mazie Hirono, a Democrat from Hawaii, said the ruling showed "that no president is above the Constitution."
""", ("2017-03-15", "2017-03-16", "Watson's TRO was issued Wednesday March 15, 2017, the eve of the order's March 16 effective date"),
[("Donald Trump", "USA", "President"), ("Derrick K. Watson", "USA", "U.S. District Judge"), ("Ismail Elshikh", "USA", "imam, Muslim Association of Hawaii"),
 ("Douglas Chin", "USA", "Hawaii Attorney General"), ("Barack Obama", "USA", "former President"), ("Theodore Chuang", "USA", "U.S. District Judge"),
 ("Mazie Hirono", "USA", "Senator, Democrat of Hawaii")],
[E("USA", "USA", "REJECT COERCE", 1, "blocked President Trump's revised travel ban from taking effect"),
 E("USA", ["IRN", "LBY", "SOM", "SDN", "SYR", "YEM"], "SANCTION COERCE", 0, "suspended the entry of new visa holders from Iran, Libya, Somalia, Sudan, Syria and Yemen"),
 E("IRQ", "USA", "REQUEST", 0, "after lobbying by officials in Baghdad"),
 E("USA", "USA", "ACCUSE", 1, "The state of Hawaii sued the administration"),
 E("USA", "USA", "ACCUSE", 0, "\"with a purpose to disfavor a particular religion.\""),
 E("USA", "USA", "ACCUSE", 1, "calling the decision \"an unprecedented judicial overreach.\""),
 E("USA", "USA", "THREATEN REJECT", 1, "He said he would fight the case"),
 E("USA", "USA", "REJECT", 1, "it \"strongly disagrees\" with the ruling"),
 E("USA", "USA", "REJECT", 1, "rejected the government's argument"),
 E(["USA", "NGO"], "USA", "ACCUSE", 1, "called it \"a stinging rebuke\" of the administration"),
 E("USA", "USA", "ACCUSE", 0, "a case brought by refugee aid groups"),
 E("USA", "USA", "ACCUSE", 0, "the ruling showed \"that no president is above the Constitution.\""),
])

A("CQ3", "Supreme Court lets parts of travel ban take effect, agrees to hear case in fall", """
WASHINGTON — The Supreme Court on Monday allowed President Trump to enforce a limited version of his travel ban and agreed to decide in the fall whether the policy is lawful, handing the administration a partial victory after months of defeats in the lower courts.

In an unsigned opinion issued on the last day of its term, the court said the government could bar travelers from six mostly Muslim countries who lack "a credible claim of a bona fide relationship with a person or entity in the United States."

That means that people with close family members in the country, students admitted to American universities and workers who have accepted jobs from American companies may still enter. Those with no such ties may be turned away.

The justices agreed to hear the government's appeals of rulings by two federal appeals courts, in Richmond, Va., and San Francisco, which had both blocked the order. Arguments are expected in October.

Trump hailed the decision as "a clear victory for our national security" in a statement released by the White House. "As President, I cannot allow people into our country who want to do us harm," he said.

Three conservative justices — Clarence Thomas, Samuel A. Alito Jr. and Neil M. Gorsuch — said they would have let the entire order take effect. Writing for the three, Thomas warned that the compromise would invite "a flood of litigation" over who has a bona fide relationship.

The administration had asked the court to lift the injunctions entirely, arguing that the lower courts had wrongly second-guessed the president's judgment on national security.

Challengers to the ban said they were disappointed but noted that the court had left in place protection for many of the people they represent.

"The court's ruling today means that the vast majority of people harmed by this order will still be able to come," said Omar Jadwat, who directs the American Civil Liberties Union's Immigrants' Rights Project. He said the ACLU would keep fighting to have the ban struck down.

Hawaii Attorney General Douglas Chin, whose state brought one of the two cases, said in a statement that the ruling "does not address the merits" and that Hawaii looked forward to arguing the case.

A senior administration official said the State Department and the Department of Homeland Security would begin enforcing the narrowed ban within 72 hours, and that guidance would be sent to embassies and consulates.

Democrats in Congress criticized the decision. House Minority Leader Nancy Pelosi said the ban "remains a shameful and dangerous attack" on Muslims and refugees.

The order, which Trump signed in March after his first attempt was blocked in February, would suspend the entry of citizens of Iran, Libya, Somalia, Sudan, Syria and Yemen for 90 days and pause the refugee program for 120 days.

The 90-day clock could run out before the justices hear the case, raising the possibility that the dispute would become moot. The court asked the parties to address that question in their briefs.

Refugee resettlement agencies said they were unsure how the new standard would be applied to refugees, many of whom have been matched with aid groups in the United States but have no relatives here.

"We are going to be looking very closely at how the administration interprets this," said an official with one of the agencies, who asked not to be named because the guidance had not yet been released.
""", ("2017-06-26", "2017-06-26", "The Supreme Court's order on the travel ban was issued Monday June 26, 2017, the last day of the term"),
[("Donald Trump", "USA", "President"), ("Clarence Thomas", "USA", "Supreme Court justice"), ("Samuel A. Alito Jr.", "USA", "Supreme Court justice"),
 ("Neil M. Gorsuch", "USA", "Supreme Court justice"), ("Omar Jadwat", "USA", "director, ACLU Immigrants' Rights Project"),
 ("Douglas Chin", "USA", "Hawaii Attorney General"), ("Nancy Pelosi", "USA", "House Minority Leader")],
[E("USA", "USA", "CONCEDE AGREE", 1, "allowed President Trump to enforce a limited version of his travel ban"),
 E("USA", "USA", "AGREE", 1, "The justices agreed to hear the government's appeals"),
 E("USA", "USA", "REJECT COERCE", 0, "which had both blocked the order"),
 E("USA", ["IRN", "LBY", "SOM", "SDN", "SYR", "YEM"], "SANCTION COERCE", 0, "the government could bar travelers from six mostly Muslim countries"),
 E("USA", "USA", "SUPPORT", 1, "hailed the decision as \"a clear victory for our national security\""),
 E("USA", "USA", "REQUEST", 1, "The administration had asked the court to lift the injunctions entirely"),
 E("USA", "USA", "ACCUSE", 1, "the lower courts had wrongly second-guessed the president's judgment"),
 E(["USA", "NGO"], "USA", "PROTEST ACCUSE", 1, "the ACLU would keep fighting to have the ban struck down"),
 E("USA", "USA", "ACCUSE", 0, "whose state brought one of the two cases"),
 E("USA", "USA", "ACCUSE", 1, "the ban \"remains a shameful and dangerous attack\""),
 E("USA", ["IRN", "LBY", "SOM", "SDN", "SYR", "YEM"], "SANCTION", 0, "would suspend the entry of citizens of Iran, Libya, Somalia, Sudan, Syria and Yemen"),
 E("USA", "USA", "REQUEST", 0, "The court asked the parties to address that question"),
])
