A = []
def art(**k): A.append(k)

art(id="CI3", headline="Pennsylvania Supreme Court strikes down congressional map as partisan gerrymander",
date="2018-01-22", pub=("2018-01-22","2018-01-22","ruling 'on Monday' Jan. 22, 2018"), fmt="txt",
text="""HARRISBURG, Pa. — Pennsylvania's highest court on Monday threw out the state's congressional map, ruling that Republican lawmakers had drawn the districts to entrench their party's power in violation of the state Constitution.

In a 4-to-3 order, the Pennsylvania Supreme Court gave the Republican-controlled General Assembly until Feb. 9 to pass a new map and Gov. Tom Wolf, a Democrat, until Feb. 15 to submit it to the court. If they fail, the justices said, the court itself will draw the lines in time for the May primaries.

The map, adopted in 2011, has produced a congressional delegation of 13 Republicans and five Democrats in a state where registered Democrats outnumber Republicans.

"The 2011 plan clearly, plainly and palpably violates the Constitution of the Commonwealth," the court's majority wrote.

The lawsuit was filed last year by the League of Women Voters of Pennsylvania and a group of Democratic voters, who argued that the districts were drawn to dilute their votes.

Republican leaders reacted with fury. Joseph B. Scarnati III, the president pro tempore of the State Senate, and Mike Turzai, the House speaker, said they would ask the United States Supreme Court to halt the order.

"The court has taken upon itself the job of legislating," Drew Crompton, a lawyer for Senate Republicans, told reporters. "This is a partisan decision by a partisan court."

Five of the seven justices were elected as Democrats. Justice Thomas Saylor, a Republican, dissented, warning that the timetable was too short.

Mr. Wolf welcomed the ruling. "I have long said that gerrymandering is wrong, and it undermines our democracy," the governor said in a statement. "I will work with the legislature to produce a fair map."

Democrats in Washington also cheered. Representative Brendan F. Boyle, a Philadelphia Democrat, wrote on Twitter that the decision was "a huge win for voters."

The National Republican Congressional Committee did not respond to a request for comment, but a spokesman for the state Republican Party, Jason Gottesman, accused the justices of trying to "hand seats to Democrats."

Election experts said the ruling could shift as many as three or four seats toward Democrats in November, at a time when the party needs to gain 24 seats to retake the House.

The decision comes as the United States Supreme Court considers partisan gerrymandering cases from Wisconsin and Maryland. Because the Pennsylvania court relied only on the state Constitution, legal scholars said, federal judges were unlikely to intervene.

"This was carefully written to stay out of federal court," said Michael Li, a redistricting expert at the Brennan Center for Justice at New York University.

Republican legislators filed their emergency application in Washington within days. The state court did not wait. It hired a Stanford University professor, Nathaniel Persily, to help draw a map should the lawmakers fail.

A spokesman for Mr. Turzai said the House would not comply with any demand to hand over its redistricting data to the court.""",
people=[("Tom Wolf","USA","Governor of Pennsylvania"),("Joseph B. Scarnati III","USA","president pro tempore, Pennsylvania State Senate"),("Mike Turzai","USA","Speaker, Pennsylvania House"),("Drew Crompton","USA","lawyer for Senate Republicans"),("Thomas Saylor","USA","Justice, Pennsylvania Supreme Court"),("Brendan F. Boyle","USA","Representative, Democrat of Pennsylvania"),("Jason Gottesman","USA","spokesman, Pennsylvania Republican Party"),("Michael Li","USA","redistricting expert, Brennan Center for Justice"),("Nathaniel Persily","USA","professor, Stanford University")],
events=[
("USA","USA",["COERCE","REJECT"],1,"threw out the state's congressional map"),
("USA","USA",["REQUEST","COERCE"],1,"gave the Republican-controlled General Assembly until Feb. 9 to pass a new map"),
("USA","USA",["THREATEN"],0,"the court itself will draw the lines in time for the May primaries"),
("USA","USA",["ACCUSE"],1,"The 2011 plan clearly, plainly and palpably violates the Constitution of the Commonwealth"),
("USA","USA",["ACCUSE"],0,"The lawsuit was filed last year by the League of Women Voters of Pennsylvania"),
("USA","USA",["REQUEST"],1,"said they would ask the United States Supreme Court to halt the order"),
("USA","USA",["ACCUSE"],1,"This is a partisan decision by a partisan court."),
("USA","USA",["SUPPORT"],1,"Mr. Wolf welcomed the ruling."),
("USA","USA",["AGREE","COOPERATE"],0,"I will work with the legislature to produce a fair map."),
("USA","USA",["SUPPORT"],1,"a huge win for voters."),
("USA","USA",["ACCUSE"],1,"accused the justices of trying to \"hand seats to Democrats.\""),
("USA","USA",["REQUEST"],0,"Republican legislators filed their emergency application in Washington"),
("USA","USA",["REJECT"],1,"the House would not comply with any demand to hand over its redistricting data"),
])

art(id="CI4", headline="Trump clears release of Nunes memo over FBI objections",
date="2018-02-02", pub=("2018-02-02","2018-02-02","memo released 'on Friday' Feb. 2, 2018"), fmt="txt",
text="""WASHINGTON — President Trump on Friday approved the release of a classified Republican memo accusing senior FBI and Justice Department officials of abusing their surveillance powers, overriding the objections of his own FBI director and deepening a rift between the White House and federal law enforcement.

The four-page document, written by aides to Representative Devin Nunes, the California Republican who leads the House Intelligence Committee, was made public by the committee shortly after noon.

It alleges that investigators who sought a warrant in 2016 to monitor Carter Page, a former Trump campaign adviser, relied on research funded by Democrats and failed to tell the court about it.

"I think it's a disgrace what's happening in our country," Mr. Trump told reporters at the White House. "A lot of people should be ashamed of themselves."

The release came two days after the FBI issued a rare public rebuke. In a statement on Wednesday, the bureau said it had "grave concerns about material omissions of fact that fundamentally impact the memo's accuracy."

Christopher A. Wray, the FBI director whom Mr. Trump appointed last year, had personally urged the White House not to publish the document. According to a senior administration official, Mr. Wray made his case to John F. Kelly, the chief of staff, earlier in the week. He was not expected to resign, the official said.

Democrats denounced the release as an effort to undermine the investigation led by the special counsel, Robert S. Mueller III.

"This is a shameful effort to discredit these institutions, undermine the special counsel's ongoing probe, and undercut the integrity of the Justice Department and the FBI," Representative Nancy Pelosi of California, the House minority leader, said in a statement.

Representative Adam B. Schiff of California, the committee's top Democrat, accused Mr. Nunes of secretly altering the memo after the panel voted to release it. Mr. Nunes's office denied that any substantive change had been made.

Republicans were not united. Senator John McCain of Arizona said in a statement that the "latest attacks against the FBI and Department of Justice serve no American interests — no party's, no president's, only Putin's."

Speaker Paul D. Ryan defended the release, but he cautioned that it should not be used to impugn the special counsel. "This memo is not an indictment of the FBI," he told reporters.

Mr. Nunes said the memo raised "serious concerns" and that his committee would continue its oversight.

The memo names Rod J. Rosenstein, the deputy attorney general who oversees the Mueller inquiry, as one of the officials who approved an application to extend the surveillance. Asked whether he still had confidence in Mr. Rosenstein, the president replied, "You figure that one out."

Democrats on the committee have written their own rebuttal, and the panel voted last week not to release it. Mr. Schiff said he would press for a vote to make it public next week.""",
people=[("Donald Trump","USA","President"),("Devin Nunes","USA","Representative, Republican of California; chairman, House Intelligence Committee"),("Carter Page","USA","former Trump campaign adviser"),("Christopher A. Wray","USA","FBI director"),("John F. Kelly","USA","White House chief of staff"),("Robert S. Mueller III","USA","special counsel"),("Nancy Pelosi","USA","House minority leader"),("Adam B. Schiff","USA","Representative, top Democrat on the House Intelligence Committee"),("John McCain","USA","Senator, Republican of Arizona"),("Paul D. Ryan","USA","Speaker of the House"),("Rod J. Rosenstein","USA","deputy attorney general")],
events=[
("USA","USA",["ACCUSE"],1,"accusing senior FBI and Justice Department officials of abusing their surveillance powers"),
("USA","USA",["REJECT"],1,"overriding the objections of his own FBI director"),
("USA","USA",["ACCUSE"],1,"I think it's a disgrace what's happening in our country"),
("USA","USA",["ACCUSE","PROTEST"],1,"grave concerns about material omissions of fact"),
("USA","USA",["REQUEST"],1,"had personally urged the White House not to publish the document"),
("USA","USA",["ACCUSE"],1,"Democrats denounced the release"),
("USA","USA",["ACCUSE"],1,"This is a shameful effort to discredit these institutions"),
("USA","USA",["ACCUSE"],1,"accused Mr. Nunes of secretly altering the memo"),
("USA","USA",["REJECT"],1,"Mr. Nunes's office denied that any substantive change had been made."),
("USA","USA",["ACCUSE"],1,"latest attacks against the FBI and Department of Justice serve no American interests"),
("USA","USA",["SUPPORT"],0,"Speaker Paul D. Ryan defended the release"),
("USA","USA",["ACCUSE"],0,"the officials who approved an application to extend the surveillance"),
("USA","USA",["REJECT"],0,"the panel voted last week not to release it"),
("USA","USA",["REQUEST"],0,"he would press for a vote to make it public next week"),
])

art(id="CI5", headline="Congress ends brief overnight shutdown with two-year budget deal",
date="2018-02-09", pub=("2018-02-09","2018-02-09","bill signed 'Friday morning', Feb. 9, 2018"), fmt="txt",
text="""WASHINGTON — President Trump signed a sweeping two-year budget agreement on Friday morning, ending a government shutdown that began at midnight after a lone Republican senator held up the bill for hours in protest over its cost.

The House passed the measure 240 to 186 at about 5:30 a.m., a few hours after the Senate approved it 71 to 28. Mr. Trump signed it before 9 a.m. "Just signed Bill," he wrote on Twitter. "Our Military will now be stronger than ever before."

The funding lapse was the second in less than three weeks, and it was caused almost entirely by one man. Senator Rand Paul of Kentucky refused to allow a quick vote, demanding a chance to offer an amendment restoring spending caps.

"I ran for office because I was critical of President Obama's trillion-dollar deficits," Mr. Paul said on the Senate floor. "Now we have Republicans hand in hand with Democrats offering us trillion-dollar deficits."

Senate leaders rejected his request, arguing that a vote on his amendment would open the door to others. Senator John Cornyn of Texas, the No. 2 Republican, said Mr. Paul was "wasting everybody's time."

The agreement, negotiated by Senator Mitch McConnell and Senator Chuck Schumer, raises spending limits by about $300 billion over two years, split between the military and domestic programs, and suspends the debt ceiling until March 2019.

"This bill is the product of extensive negotiations," Mr. McConnell said. Mr. Schumer called it "a genuine breakthrough."

In the House, the deal faced resistance from both flanks. Conservatives in the Freedom Caucus said it spent too much. Many Democrats opposed it because it did not protect the young immigrants known as Dreamers.

Representative Nancy Pelosi of California, the minority leader, held the floor for a record eight hours on Wednesday, reading stories of Dreamers and demanding a promise from Speaker Paul D. Ryan to bring an immigration bill to a vote.

Mr. Ryan would not give that commitment. He said only that he intended to take up a bill that the president would sign.

In the end, 73 Democrats voted for the measure and 67 Republicans voted against it.

Representative Mark Meadows of North Carolina, the Freedom Caucus chairman, said he would not support "a spending bill that grows government this fast." Mick Mulvaney, the White House budget director and a former Freedom Caucus member, acknowledged that he would not have voted for it as a congressman.

Federal agencies had sent shutdown notices overnight, but the Office of Personnel Management told employees to report to work as normal on Friday.

The deal gives lawmakers until March 23 to write detailed spending bills. Immigration remains unresolved.""",
people=[("Donald Trump","USA","President"),("Rand Paul","USA","Senator, Republican of Kentucky"),("Barack Obama","USA","former President"),("John Cornyn","USA","Senator, Republican of Texas"),("Mitch McConnell","USA","Senate majority leader"),("Chuck Schumer","USA","Senate minority leader"),("Nancy Pelosi","USA","House minority leader"),("Paul D. Ryan","USA","Speaker of the House"),("Mark Meadows","USA","Representative, chairman of the Freedom Caucus"),("Mick Mulvaney","USA","White House budget director")],
events=[
("USA","USA",["PROTEST","REJECT"],1,"a lone Republican senator held up the bill for hours in protest over its cost"),
("USA","USA",["REQUEST"],1,"demanding a chance to offer an amendment restoring spending caps"),
("USA","USA",["ACCUSE"],1,"Now we have Republicans hand in hand with Democrats offering us trillion-dollar deficits."),
("USA","USA",["REJECT"],1,"Senate leaders rejected his request"),
("USA","USA",["ACCUSE"],1,"was \"wasting everybody's time.\""),
("USA","USA",["AGREE"],1,"The agreement, negotiated by Senator Mitch McConnell and Senator Chuck Schumer",1),
("USA","USA",["REQUEST"],1,"demanding a promise from Speaker Paul D. Ryan to bring an immigration bill to a vote"),
("USA","USA",["REJECT"],1,"Mr. Ryan would not give that commitment."),
("USA","USA",["REJECT"],0,"Many Democrats opposed it because it did not protect the young immigrants"),
("USA","USA",["REJECT"],0,"said he would not support \"a spending bill that grows government this fast.\""),
("USA","USA",["PROTEST"],0,"held the floor for a record eight hours on Wednesday"),
])
