A = []
def art(**k): A.append(k)

art(id="CI17", headline="Trump ousts Sessions and names loyalist Whitaker to oversee Mueller inquiry",
date="2018-11-07", pub=("2018-11-07","2018-11-07","ouster 'on Wednesday' Nov. 7, 2018, day after midterms"), fmt="dump", nbsp=False,
text="""WASHINGTON — President Trump forced out Attorney General Jeff Sessions on Wednesday, a day after the midterm elections, and installed a loyalist who has openly criticized the special counsel's investigation to oversee it.

Mr. Sessions submitted his resignation in a one-page letter that made clear it was not his idea. "At your request, I am submitting my resignation," he wrote, in a letter that was undated.

According to a senior administration official, John F. Kelly, the White House chief of staff, called Mr. Sessions on Wednesday morning and told him the president wanted him to step down.

Mr. Trump announced on Twitter that Matthew G. Whitaker, Mr. Sessions's chief of staff, would serve as acting attorney general. "We thank Attorney General Jeff Sessions for his service, and wish him well!" the president wrote.

The move means that Mr. Whitaker, rather than Deputy Attorney General Rod J. Rosenstein, will now supervise the inquiry led by Robert S. Mueller III into Russian interference in the 2016 election.

Before joining the Justice Department last year, Mr. Whitaker wrote an opinion column arguing that Mr. Mueller was "dangerously close to crossing" a red line by looking into the Trump family's finances. He also suggested in a television interview that an attorney general could starve the inquiry of money.

Democrats immediately demanded that Mr. Whitaker step aside from any role in the investigation. "Given his previous comments advocating defunding and imposing limitations on the Mueller investigation, Mr. Whitaker should recuse himself," Senator Chuck Schumer of New York said in a statement.

Representative Nancy Pelosi of California, who is expected to become speaker when Democrats take control of the House in January, called the firing "a blatant attempt to undermine and end" the investigation.

Representative Jerrold Nadler of New York, the likely next chairman of the Judiciary Committee, wrote on Twitter: "Why is the president making this change and who has control over the Special Counsel investigation? We will be holding people accountable."

The Justice Department said Mr. Whitaker would follow normal procedures on any recusal question. A spokeswoman, Sarah Isgur Flores, declined to say whether he would consult ethics officials.

Some Republicans also voiced concern. Senator Susan Collins of Maine said it was "imperative" that the special counsel be allowed to complete his work. Senator Jeff Flake of Arizona said he would try to force a vote on legislation to protect Mr. Mueller.

Mr. Trump had attacked Mr. Sessions for more than a year for recusing himself from the Russia inquiry, calling him "beleaguered" and "very weak."

At a news conference earlier on Wednesday, the president had declined to say whether Mr. Sessions would keep his job, and he brushed off a question about Mr. Mueller. "I could fire everybody right now, but I don't want to stop it," he said.

By evening, demonstrators were planning rallies in dozens of cities for Thursday to protest the move, organized by a coalition of liberal groups.""")

art(id="CI18", headline="Chief Justice Roberts rebukes Trump over attack on 'Obama judge'",
date="2018-11-21", pub=("2018-11-21","2018-11-21","statement 'on Wednesday' Nov. 21, 2018; Thanksgiving eve"), fmt="dump", nbsp=True,
text="""WASHINGTON — Chief Justice John G. Roberts Jr. on Wednesday rebuked President Trump for calling a judge who ruled against his asylum policy an "Obama judge," an extraordinary public rebuke from the head of the federal judiciary.

"We do not have Obama judges or Trump judges, Bush judges or Clinton judges," the chief justice said in a statement released by the Supreme Court. "What we have is an extraordinary group of dedicated judges doing their level best to do equal right to those appearing before them."

The statement came in response to a question from The Associated Press.

Mr. Trump had lashed out on Tuesday at Judge Jon S. Tigar of the United States District Court in San Francisco, who temporarily blocked the administration from enforcing a new rule that denied asylum to migrants who cross the southern border between official ports of entry.

"This was an Obama judge," Mr. Trump told reporters outside the White House. "And I'll tell you what, it's not going to happen like this anymore."

The president did not back down on Wednesday. "Sorry Chief Justice John Roberts, but you do indeed have 'Obama judges,'" he wrote on Twitter, adding that the Ninth Circuit was "a terrible, costly and dangerous disgrace."

Judge Tigar ruled late Monday that the rule, announced by presidential proclamation on Nov. 9, conflicted with federal law, which allows anyone who arrives in the United States to seek asylum, whether or not at a designated crossing.

"Whatever the scope of the President's authority, he may not rewrite the immigration laws to impose a condition that Congress has expressly forbidden," the judge wrote.

The lawsuit was filed by the American Civil Liberties Union and other groups. "The court's order was clear, and the administration must follow it," said Lee Gelernt, an ACLU lawyer.

The Justice Department said it would appeal. "It is absurd that a left-wing advocacy group can handpick a single judge to impose a nationwide injunction," the department and the Department of Homeland Security said in a joint statement.

The chief justice's remarks drew praise from members of both parties. Senator Jeff Flake of Arizona wrote on Twitter that "an independent judiciary is essential to our constitutional system."

Representative Nancy Pelosi of California said the president's comments were "an attack on the rule of law."

But some conservatives defended Mr. Trump. Mike Davis, who runs a group that supports conservative judicial nominees, said the president had every right to criticize rulings.

The rule was issued as thousands of Central American migrants traveling in caravans arrived in Tijuana, Mexico. The administration has deployed troops to the border and has threatened to close it entirely.

Chief Justice Roberts, an appointee of President George W. Bush, has rarely commented on politics. He has been criticized by Mr. Trump before, notably during the 2016 campaign over a ruling upholding the Affordable Care Act.

The dispute is likely to reach the Supreme Court.""")

A[0]["people"]=[("Donald Trump","USA","President"),("Jeff Sessions","USA","Attorney General"),("John F. Kelly","USA","White House chief of staff"),("Matthew G. Whitaker","USA","acting attorney general; chief of staff to Sessions"),("Rod J. Rosenstein","USA","Deputy Attorney General"),("Robert S. Mueller III","USA","special counsel"),("Chuck Schumer","USA","Senator, New York"),("Nancy Pelosi","USA","Representative, California"),("Jerrold Nadler","USA","Representative, New York"),("Sarah Isgur Flores","USA","Justice Department spokeswoman"),("Susan Collins","USA","Senator, Maine"),("Jeff Flake","USA","Senator, Arizona")]
A[0]["events"]=[
("USA","USA",["COERCE"],1,"President Trump forced out Attorney General Jeff Sessions on Wednesday"),
("USA","USA",["CONCEDE","RETREAT"],1,"Mr. Sessions submitted his resignation"),
("USA","USA",["REQUEST"],1,"told him the president wanted him to step down"),
("USA","USA",["SUPPORT"],0,"We thank Attorney General Jeff Sessions for his service"),
("USA","USA",["ACCUSE"],0,"arguing that Mr. Mueller was \"dangerously close to crossing\" a red line"),
("USA","USA",["REQUEST"],1,"Democrats immediately demanded that Mr. Whitaker step aside"),
("USA","USA",["REQUEST"],1,"Mr. Whitaker should recuse himself"),
("USA","USA",["ACCUSE"],1,"a blatant attempt to undermine and end"),
("USA","USA",["THREATEN"],1,"We will be holding people accountable."),
("USA","USA",["REQUEST"],1,"it was \"imperative\" that the special counsel be allowed to complete his work"),
("USA","USA",["SUPPORT"],0,"he would try to force a vote on legislation to protect Mr. Mueller"),
("USA","USA",["ACCUSE"],1,"Mr. Trump had attacked Mr. Sessions for more than a year"),
("USA","USA",["PROTEST"],1,"demonstrators were planning rallies in dozens of cities for Thursday to protest the move"),
("USA","USA",["REJECT"],0,"declined to say whether he would consult ethics officials"),
]
A[1]["people"]=[("John G. Roberts Jr.","USA","Chief Justice"),("Donald Trump","USA","President"),("Jon S. Tigar","USA","Judge, United States District Court in San Francisco"),("Lee Gelernt","USA","ACLU lawyer"),("Jeff Flake","USA","Senator, Arizona"),("Nancy Pelosi","USA","Representative, California"),("Mike Davis","USA","head of a group supporting conservative judicial nominees"),("George W. Bush","USA","former President")]
A[1]["events"]=[
("USA","USA",["ACCUSE"],1,"rebuked President Trump for calling a judge who ruled against his asylum policy"),
("USA","USA",["ACCUSE","REJECT"],1,"We do not have Obama judges or Trump judges"),
("USA","USA",["ACCUSE"],1,"Mr. Trump had lashed out on Tuesday at Judge Jon S. Tigar"),
("USA","USA",["COERCE","REJECT"],1,"temporarily blocked the administration from enforcing a new rule"),
("USA","USA",["THREATEN"],0,"it's not going to happen like this anymore"),
("USA","USA",["REJECT"],1,"The president did not back down on Wednesday."),
("USA","USA",["ACCUSE"],1,"a terrible, costly and dangerous disgrace"),
("USA","USA",["ACCUSE"],1,"he may not rewrite the immigration laws to impose a condition that Congress has expressly forbidden"),
("USA","USA",["REQUEST"],1,"the administration must follow it"),
("USA","USA",["REJECT","ACCUSE"],1,"The Justice Department said it would appeal."),
("USA","USA",["ACCUSE"],1,"It is absurd that a left-wing advocacy group can handpick a single judge"),
("USA","USA",["SUPPORT"],1,"The chief justice's remarks drew praise from members of both parties."),
("USA","USA",["ACCUSE"],1,"an attack on the rule of law"),
("USA","USA",["SUPPORT"],1,"But some conservatives defended Mr. Trump."),
("USA",["MEX","USA"],["MOBILIZE"],0,"The administration has deployed troops to the border"),
("USA","MEX",["THREATEN"],0,"has threatened to close it entirely"),
("USA","USA",["ACCUSE"],0,"He has been criticized by Mr. Trump before"),
]
