A = []
def art(**k): A.append(k)

art(id="CI19", headline="Texas judge strikes down Affordable Care Act; Democratic states vow appeal",
date="2018-12-15", pub=("2018-12-15","2018-12-15","ruling 'Friday night' Dec. 14, 2018; reactions Saturday"), fmt="dump", nbsp=False,
text="""A federal judge in Texas ruled Friday night that the Affordable Care Act is unconstitutional, throwing the future of the health care law into doubt and setting up a battle between Republican-led and Democratic-led states that is likely to end at the Supreme Court.

Judge Reed O'Connor of the United States District Court in Fort Worth agreed with 20 Republican state attorneys general, led by Texas, who argued that the entire law became invalid after Congress eliminated the tax penalty for not having insurance last year.

The individual mandate, the judge wrote, "can no longer be sustained as an exercise of Congress's tax power," and the rest of the law could not survive without it.

The ruling does not take effect immediately, and the law remains in place while the case is appealed. Seema Verma, the administrator of the Centers for Medicare and Medicaid Services, said on Twitter that "there is no impact to current coverage."

A coalition of 16 Democratic-led states and the District of Columbia, which had intervened to defend the law after the Justice Department declined to do so, said they would appeal immediately.

"Today's misguided ruling will not deter us," Xavier Becerra, California's attorney general, who leads the coalition, said in a statement. "The ACA has survived more than 70 unsuccessful repeal attempts and withstood scrutiny in the Supreme Court."

President Trump celebrated the decision. "As I predicted all along, Obamacare has been struck down as an UNCONSTITUTIONAL disaster!" he wrote on Twitter. He called on Senator Mitch McConnell and Representative Nancy Pelosi to "pass a STRONG law that provides GREAT healthcare."

Ms. Pelosi, who is expected to become speaker in January, said the House would move quickly to intervene in the appeal. "The ruling exposes the cruel endgame of Republicans' all-out assault on people with pre-existing conditions," she said in a statement.

Senator Chuck Schumer of New York called the ruling "a terrible decision" and predicted it would be overturned.

The Justice Department had taken the unusual step in June of refusing to defend major parts of the law, including its protections for people with pre-existing conditions. Attorney General Jeff Sessions said at the time that the department would not defend those provisions.

Several Republican lawmakers distanced themselves from the ruling. Senator Susan Collins of Maine said the decision was "far too sweeping" and that she expected it to be overturned. Senator Lamar Alexander of Tennessee said Congress would act to protect people with pre-existing conditions.

Ken Paxton, the Texas attorney general, welcomed the judgment. "Today's decision halts Washington's unconstitutional experiment," he said.

The ruling came on the last day of open enrollment for coverage in 2019 through HealthCare.gov. Health policy experts said the timing could confuse consumers.

About 20 million people have gained coverage under the law since it took effect.

Legal scholars across the political spectrum criticized the reasoning. Jonathan Adler, a conservative law professor at Case Western Reserve University who backed an earlier challenge to the law, said the argument was "a stretch." """)

art(id="CI20", headline="Government shuts down as Trump and Democrats deadlock over border wall",
date="2018-12-22", pub=("2018-12-22","2018-12-22","shutdown 'at 12:01 a.m. Saturday' Dec. 22, 2018"), fmt="dump", nbsp=True,
text="""WASHINGTON — Parts of the federal government shut down at 12:01 a.m. Saturday after President Trump and congressional Democrats failed to resolve a dispute over his demand for $5 billion to build a wall on the southern border.

The lapse affects about a quarter of the government, including the Departments of Homeland Security, Justice, Agriculture and the Interior. About 800,000 federal employees will be furloughed or forced to work without pay, many of them just days before Christmas.

The Senate adjourned on Friday night without a deal after Vice President Mike Pence, the incoming White House chief of staff Mick Mulvaney and Jared Kushner, the president's son-in-law and adviser, went to the Capitol to meet with Senator Chuck Schumer of New York, the Democratic leader.

"There's nothing to be nervous about," Mr. Trump said in a video posted on Twitter on Friday evening. "It's our country's security. This is about a wall."

Democrats said they would not give the president money for a wall. "President Trump has thrown a temper tantrum and forced a shutdown," Mr. Schumer said on the Senate floor. "Democrats will not support a wall, period."

The standoff began last week, when the president, in a televised Oval Office meeting with Mr. Schumer and Representative Nancy Pelosi, declared that he would be "proud to shut down the government for border security."

"I will take the mantle," he told them. "I'm not going to blame you for it."

The Senate had unanimously passed a bill on Wednesday to keep the government open into February without wall money. But the president, under fire from conservative commentators, said on Thursday that he would not sign it.

The House then approved a version that included $5.7 billion for the wall, largely along party lines. That measure had no chance in the Senate, where it needed 60 votes.

Senator Mitch McConnell of Kentucky, the majority leader, said the Senate would not take up any bill until the president and Democrats agreed. "When such an agreement is reached, it will receive a vote here on the floor," he said.

Representative Mark Meadows of North Carolina, the chairman of the Freedom Caucus, who urged Mr. Trump to hold firm, told reporters that the shutdown could last "well into the new year."

Some Republicans were frustrated. Senator Bob Corker of Tennessee called the fight "a juvenile exercise." Senator Lamar Alexander said shutdowns "should be as off-limits to budget negotiations as chemical weapons are to warfare."

Ms. Pelosi, who is expected to become speaker when Democrats take control of the House on Jan. 3, said Democrats would pass a bill to reopen the government as soon as they did.

The White House said it would keep negotiating over the weekend. "The president is fighting for the American people," Sarah Huckabee Sanders, the press secretary, said in a statement.

The shutdown is the third of the year.""")

A[0]["people"]=[("Reed O'Connor","USA","Judge, United States District Court in Fort Worth"),("Seema Verma","USA","administrator, Centers for Medicare and Medicaid Services"),("Xavier Becerra","USA","California attorney general"),("Donald Trump","USA","President"),("Mitch McConnell","USA","Senator"),("Nancy Pelosi","USA","Representative"),("Chuck Schumer","USA","Senator, New York"),("Jeff Sessions","USA","Attorney General"),("Susan Collins","USA","Senator, Maine"),("Lamar Alexander","USA","Senator, Tennessee"),("Ken Paxton","USA","Texas attorney general"),("Jonathan Adler","USA","law professor, Case Western Reserve University")]
A[0]["events"]=[
("USA","USA",["COERCE","REJECT"],1,"ruled Friday night that the Affordable Care Act is unconstitutional"),
("USA","USA",["ACCUSE"],1,"who argued that the entire law became invalid"),
("USA","USA",["REJECT"],1,"after the Justice Department declined to do so"),
("USA","USA",["REJECT","ACCUSE"],1,"said they would appeal immediately"),
("USA","USA",["REJECT","ACCUSE"],1,"Today's misguided ruling will not deter us"),
("USA","USA",["SUPPORT"],1,"President Trump celebrated the decision."),
("USA","USA",["REQUEST"],1,"He called on Senator Mitch McConnell and Representative Nancy Pelosi to \"pass a STRONG law"),
("USA","USA",["ACCUSE"],1,"The ruling exposes the cruel endgame of Republicans' all-out assault"),
("USA","USA",["ACCUSE"],1,"called the ruling \"a terrible decision\""),
("USA","USA",["REJECT"],0,"refusing to defend major parts of the law"),
("USA","USA",["ACCUSE","REJECT"],1,"Several Republican lawmakers distanced themselves from the ruling."),
("USA","USA",["SUPPORT"],1,"Ken Paxton, the Texas attorney general, welcomed the judgment."),
("USA","USA",["ACCUSE"],0,"Legal scholars across the political spectrum criticized the reasoning."),
]
A[1]["people"]=[("Donald Trump","USA","President"),("Mike Pence","USA","Vice President"),("Mick Mulvaney","USA","incoming White House chief of staff"),("Jared Kushner","USA","adviser to the president"),("Chuck Schumer","USA","Senate Democratic leader"),("Nancy Pelosi","USA","Representative"),("Mitch McConnell","USA","Senate majority leader"),("Mark Meadows","USA","Representative, chairman of the Freedom Caucus"),("Bob Corker","USA","Senator, Tennessee"),("Lamar Alexander","USA","Senator"),("Sarah Huckabee Sanders","USA","White House press secretary")]
A[1]["events"]=[
("USA","USA",["REQUEST"],1,"his demand for $5 billion to build a wall on the southern border"),
("USA","USA",["CONSULT"],1,"went to the Capitol to meet with Senator Chuck Schumer"),
("USA","USA",["REJECT"],1,"Democrats said they would not give the president money for a wall."),
("USA","USA",["ACCUSE"],1,"President Trump has thrown a temper tantrum and forced a shutdown"),
("USA","USA",["REJECT"],1,"Democrats will not support a wall, period."),
("USA","USA",["CONSULT"],1,"a televised Oval Office meeting with Mr. Schumer and Representative Nancy Pelosi",1),
("USA","USA",["THREATEN"],1,"proud to shut down the government for border security"),
("USA","USA",["REJECT"],1,"said on Thursday that he would not sign it"),
("USA","USA",["ACCUSE"],0,"under fire from conservative commentators"),
("USA","USA",["REJECT"],0,"the Senate would not take up any bill until the president and Democrats agreed"),
("USA","USA",["REQUEST","SUPPORT"],1,"who urged Mr. Trump to hold firm"),
("USA","USA",["ACCUSE"],1,"called the fight \"a juvenile exercise.\""),
("USA","USA",["SUPPORT"],0,"The president is fighting for the American people"),
]
