A = []
def art(**k): A.append(k)

art(id="CI15", headline="Manafort found guilty on eight counts in first trial from Mueller inquiry",
date="2018-08-21", pub=("2018-08-21","2018-08-21","verdict 'on Tuesday' Aug. 21, 2018"), fmt="dump", nbsp=False,
text="""ALEXANDRIA, Va. — Paul Manafort, President Trump's former campaign chairman, was convicted on Tuesday of eight counts of financial fraud, handing the special counsel, Robert S. Mueller III, his first trial victory and deepening the legal peril surrounding the president.

The jury of six men and six women found Mr. Manafort guilty of five counts of filing false tax returns, two counts of bank fraud and one count of failing to report a foreign bank account. Jurors could not agree on 10 other counts, and Judge T. S. Ellis III declared a mistrial on those.

Mr. Manafort, 69, showed little emotion as the verdict was read. He faces a maximum of 80 years in prison, though he is likely to receive far less.

Prosecutors had argued that Mr. Manafort hid millions of dollars he earned as a political consultant in Ukraine in offshore accounts, then lied to banks to obtain loans when the money dried up.

Minutes after the verdict was announced, in a courthouse in New York, Michael D. Cohen, the president's former personal lawyer, pleaded guilty to eight charges, including campaign finance violations. He told the judge that he had arranged payments to silence two women "at the direction of a candidate for federal office," a clear reference to Mr. Trump.

The president, arriving in West Virginia for a rally, said he felt "very badly" for Mr. Manafort. "This has nothing to do with Russian collusion," Mr. Trump told reporters. "It's a witch hunt and it's a disgrace."

He did not comment on Mr. Cohen.

Kevin Downing, Mr. Manafort's lawyer, said his client was "evaluating all of his options." Mr. Manafort still faces a second trial in Washington next month on charges of money laundering and acting as an unregistered agent of a foreign government.

Rudolph W. Giuliani, the president's lawyer, said the verdict had "nothing to do with the president" and renewed his demand that Mr. Mueller end the investigation.

Democrats said the convictions showed the inquiry was anything but a hoax. "The president's lawyer has implicated him in a crime," Senator Chuck Schumer of New York said on the Senate floor. Representative Nancy Pelosi of California said the day's events exposed "the culture of corruption" in the Trump administration.

Some Republicans urged the president not to intervene. Senator Susan Collins of Maine said pardoning Mr. Manafort would be "a big mistake." Senator Orrin G. Hatch of Utah said the investigation should be allowed to finish.

Judge Ellis, a Reagan appointee, had frequently scolded prosecutors during the three-week trial, at one point apologizing to them after a rebuke in front of the jury.

One juror later said that a single holdout had prevented convictions on all 18 counts.

The White House referred questions to the president's lawyers. Sarah Huckabee Sanders, the press secretary, told reporters that the president had done "nothing wrong." """)

art(id="CI16", headline="Senate confirms Kavanaugh as protesters are arrested at the Capitol",
date="2018-10-06", pub=("2018-10-06","2018-10-06","vote 'on Saturday' Oct. 6, 2018"), fmt="dump", nbsp=True,
text="""WASHINGTON — The Senate voted 50 to 48 on Saturday to confirm Judge Brett M. Kavanaugh to the Supreme Court, ending a bruising fight over allegations of sexual assault while protesters shouted from the gallery and filled the Capitol plaza.

The vote, among the closest for a justice in the nation's history, fell almost entirely along party lines. Senator Joe Manchin III of West Virginia was the only Democrat to vote yes. Senator Lisa Murkowski of Alaska, the only Republican opposed, voted "present" as a courtesy to an absent colleague.

Vice President Mike Pence, presiding, repeatedly called for order as protesters interrupted the roll call. "Shame!" one woman shouted before officers removed her.

The Capitol Police said that 164 people were arrested on Saturday, most for demonstrating on the steps of the Capitol. Hundreds more had been arrested earlier in the week in the Hart Senate Office Building.

The confirmation followed the testimony last week of Christine Blasey Ford, a California professor who accused Judge Kavanaugh of assaulting her at a party when they were teenagers. He has denied the accusation.

At the insistence of Senator Jeff Flake of Arizona, the Senate delayed the vote by a week so that the FBI could conduct a supplemental background investigation. Democrats called that inquiry a sham because agents did not interview Dr. Blasey or Judge Kavanaugh.

"This is a sad day for the Senate and for the country," Senator Chuck Schumer of New York, the minority leader, said. He urged voters to register their anger at the polls.

Senator Susan Collins of Maine, whose decision on Friday sealed the outcome, said she did not believe the allegations had been proved. Her speech drew fierce criticism from activists, who vowed to fund an opponent.

President Trump praised the vote. "I applaud and congratulate the U.S. Senate for confirming our GREAT NOMINEE," he wrote on Twitter. Speaking to reporters aboard Air Force One, he said the protesters were "paid professionals."

Senator Mitch McConnell of Kentucky, the majority leader, accused Democrats and their allies of waging "a campaign of character assassination." He told reporters that the "mob" outside had energized Republican voters.

Justice Kavanaugh was sworn in privately on Saturday evening by Chief Justice John G. Roberts Jr. and by Justice Anthony M. Kennedy, whom he replaces.

Protesters marched to the Supreme Court, where some pounded on its bronze doors. Organizers said they would turn to November's midterm elections.

The American Bar Association said on Friday that it was reopening its evaluation of Judge Kavanaugh because of his angry testimony, in which he accused Democrats of "a calculated and orchestrated political hit."

Dr. Blasey's lawyers said in a statement that she had come forward out of civic duty and did not regret it.""")

A[0]["people"]=[("Paul Manafort","USA","former Trump campaign chairman"),("Donald Trump","USA","President"),("Robert S. Mueller III","USA","special counsel"),("T. S. Ellis III","USA","Judge"),("Michael D. Cohen","USA","former personal lawyer to the president"),("Kevin Downing","USA","lawyer for Paul Manafort"),("Rudolph W. Giuliani","USA","lawyer for the president"),("Chuck Schumer","USA","Senator, New York"),("Nancy Pelosi","USA","Representative, California"),("Susan Collins","USA","Senator, Maine"),("Orrin G. Hatch","USA","Senator, Utah"),("Sarah Huckabee Sanders","USA","White House press secretary")]
A[0]["events"]=[
("USA","USA",["SANCTION","COERCE"],1,"was convicted on Tuesday of eight counts of financial fraud"),
("USA","USA",["ACCUSE"],1,"Prosecutors had argued that Mr. Manafort hid millions of dollars"),
("USA","USA",["CONCEDE"],0,"pleaded guilty to eight charges"),
("USA","USA",["ACCUSE"],1,"at the direction of a candidate for federal office"),
("USA","USA",["SUPPORT"],0,"said he felt \"very badly\" for Mr. Manafort"),
("USA","USA",["ACCUSE"],1,"It's a witch hunt and it's a disgrace."),
("USA","USA",["ACCUSE"],0,"Mr. Manafort still faces a second trial in Washington next month"),
("USA","USA",["REQUEST"],1,"renewed his demand that Mr. Mueller end the investigation"),
("USA","USA",["ACCUSE"],1,"The president's lawyer has implicated him in a crime"),
("USA","USA",["ACCUSE"],1,"the culture of corruption"),
("USA","USA",["REQUEST"],1,"Some Republicans urged the president not to intervene."),
("USA","USA",["THREATEN","ACCUSE"],0,"pardoning Mr. Manafort would be \"a big mistake.\""),
("USA","USA",["ACCUSE"],0,"had frequently scolded prosecutors during the three-week trial"),
("USA","USA",["REJECT"],0,"the president had done \"nothing wrong.\""),
]
A[1]["people"]=[("Brett M. Kavanaugh","USA","Judge; Supreme Court nominee"),("Joe Manchin III","USA","Senator, West Virginia"),("Lisa Murkowski","USA","Senator, Alaska"),("Mike Pence","USA","Vice President"),("Christine Blasey Ford","USA","California professor"),("Jeff Flake","USA","Senator, Arizona"),("Chuck Schumer","USA","Senate minority leader"),("Susan Collins","USA","Senator, Maine"),("Donald Trump","USA","President"),("Mitch McConnell","USA","Senate majority leader"),("John G. Roberts Jr.","USA","Chief Justice"),("Anthony M. Kennedy","USA","Justice")]
A[1]["events"]=[
("USA","USA",["SUPPORT","AGREE"],1,"The Senate voted 50 to 48 on Saturday to confirm Judge Brett M. Kavanaugh"),
("USA","USA",["PROTEST"],1,"protesters shouted from the gallery and filled the Capitol plaza"),
("USA","USA",["PROTEST"],1,"protesters interrupted the roll call"),
("USA","USA",["COERCE"],1,"164 people were arrested on Saturday"),
("USA","USA",["COERCE"],0,"Hundreds more had been arrested earlier in the week"),
("USA","USA",["ACCUSE"],1,"who accused Judge Kavanaugh of assaulting her"),
("USA","USA",["REJECT"],1,"He has denied the accusation."),
("USA","USA",["REQUEST"],0,"At the insistence of Senator Jeff Flake of Arizona"),
("USA","USA",["ACCUSE"],1,"Democrats called that inquiry a sham"),
("USA","USA",["ACCUSE"],0,"This is a sad day for the Senate and for the country"),
("USA","USA",["THREATEN","ACCUSE"],1,"drew fierce criticism from activists, who vowed to fund an opponent"),
("USA","USA",["SUPPORT"],1,"I applaud and congratulate the U.S. Senate for confirming our GREAT NOMINEE"),
("USA","USA",["ACCUSE"],1,"he said the protesters were \"paid professionals.\""),
("USA","USA",["ACCUSE"],1,"accused Democrats and their allies of waging \"a campaign of character assassination.\""),
("USA","USA",["PROTEST"],1,"Protesters marched to the Supreme Court"),
("USA","USA",["ACCUSE"],0,"he accused Democrats of \"a calculated and orchestrated political hit.\""),
]
