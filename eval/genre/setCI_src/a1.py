A = []
def art(**k): A.append(k)

art(id="CI1", headline="Government shuts down after Senate Democrats block stopgap over immigration",
date="2018-01-20", pub=("2018-01-20","2018-01-20","'early Saturday' shutdown, Jan. 20, 2018"), fmt="txt",
text="""WASHINGTON — The federal government ran out of money early Saturday after Senate Democrats blocked a short-term spending bill, leaving hundreds of thousands of federal workers uncertain whether to report to work on Monday and handing President Trump a shutdown on the first anniversary of his inauguration.

The House-passed measure, which would have funded agencies for four weeks, fell well short of the 60 votes it needed. The vote was 50 to 49. Five Democrats from states Mr. Trump carried crossed over to support it, while four Republicans opposed it.

Democrats had insisted that any spending bill carry protections for the roughly 700,000 young immigrants known as Dreamers, whose deportation shield Mr. Trump moved to end last fall.

"The Trump shutdown is the direct result of the president's inability to close a deal," Senator Chuck Schumer of New York, the minority leader, said on the Senate floor shortly after midnight.

Republicans cast the blame squarely on the other side. Senator Mitch McConnell of Kentucky, the majority leader, accused Democrats of taking "hostages" and said they had chosen to shut down the government over "the issue of illegal immigration."

"Democrats are far more concerned with illegal immigrants than they are with our great military," Mr. Trump wrote on Twitter on Saturday morning.

The White House said it would not negotiate on immigration until the government reopened. "We will not negotiate the status of unlawful immigrants while Democrats hold our lawful citizens hostage," Sarah Huckabee Sanders, the press secretary, said in a statement.

The collapse followed a chaotic week. On Friday afternoon Mr. Schumer went to the White House for a private lunch with the president, and he later said the two had come close to an agreement that would have traded money for a border wall for legal status for the Dreamers.

That deal fell apart within hours. According to a senior administration official, John F. Kelly, the White House chief of staff, called Mr. Schumer that evening to tell him the outline was too liberal.

"Negotiating with this White House is like negotiating with Jell-O," Mr. Schumer said.

Among the Republicans who voted no was Senator Lindsey Graham of South Carolina, who has worked with Democrats on an immigration compromise and who blamed White House aides for scuttling it. "Every time we have a proposal, it is only yanked back by staff members," he told reporters.

Senator Rand Paul of Kentucky, another Republican opponent, said he could not back yet another temporary measure that added to the deficit.

The House approved the stopgap on Thursday night, largely along party lines. Speaker Paul D. Ryan called the Senate vote "utter madness" and urged Democrats to reconsider.

Under contingency plans, troops, border agents and air traffic controllers will stay on the job, but many will not be paid until the shutdown ends. National parks were expected to stay partly open.

The last shutdown, in October 2013, lasted 16 days, when Republicans tried to force the defunding of the Affordable Care Act.

Mr. McConnell scheduled another vote for 1 a.m. Monday on a measure lasting until Feb. 8, and a bipartisan group of about 20 senators met in the office of Senator Susan Collins of Maine on Saturday to search for a way out.

Mr. Trump canceled a planned weekend trip to his Mar-a-Lago resort in Florida.""",
people=[("Donald Trump","USA","President"),("Chuck Schumer","USA","Senate minority leader, Democrat of New York"),("Mitch McConnell","USA","Senate majority leader, Republican of Kentucky"),("Sarah Huckabee Sanders","USA","White House press secretary"),("John F. Kelly","USA","White House chief of staff"),("Lindsey Graham","USA","Senator, Republican of South Carolina"),("Rand Paul","USA","Senator, Republican of Kentucky"),("Paul D. Ryan","USA","Speaker of the House"),("Susan Collins","USA","Senator, Republican of Maine")],
events=[
("USA","USA",["REJECT"],1,"Senate Democrats blocked a short-term spending bill"),
("USA","USA",["ACCUSE"],1,"The Trump shutdown is the direct result of the president's inability to close a deal"),
("USA","USA",["ACCUSE"],1,"accused Democrats of taking \"hostages\""),
("USA","USA",["ACCUSE"],1,"Democrats are far more concerned with illegal immigrants than they are with our great military"),
("USA","USA",["REJECT"],1,"The White House said it would not negotiate on immigration until the government reopened"),
("USA","USA",["CONSULT"],1,"Mr. Schumer went to the White House for a private lunch with the president",0,1),
("USA","USA",["REJECT"],1,"called Mr. Schumer that evening to tell him the outline was too liberal"),
("USA","USA",["ACCUSE"],1,"Negotiating with this White House is like negotiating with Jell-O"),
("USA","USA",["ACCUSE"],1,"blamed White House aides for scuttling it"),
("USA","USA",["ACCUSE"],0,"called the Senate vote \"utter madness\""),
("USA","USA",["REQUEST"],1,"urged Democrats to reconsider"),
("USA","USA",["CONSULT"],0,"a bipartisan group of about 20 senators met in the office of Senator Susan Collins",1),
("USA","USA",["REQUEST"],0,"Democrats had insisted that any spending bill carry protections"),
])

art(id="CI2", headline="Federal judge orders Trump administration to keep DACA protections in place",
date="2018-01-10", pub=("2018-01-10","2018-01-10","ruling 'late Tuesday' (Jan. 9, 2018); reactions Wednesday"), fmt="txt",
text="""SAN FRANCISCO — A federal judge on Tuesday night temporarily blocked the Trump administration from ending a program that protects young undocumented immigrants from deportation, ordering the government to resume accepting renewal applications from hundreds of thousands of people.

Judge William Alsup of the United States District Court in San Francisco ruled that the plaintiffs, led by the University of California, were likely to succeed in showing that the decision to wind down the Deferred Action for Childhood Arrivals program was based on a flawed legal premise.

The program, created by President Barack Obama in 2012, shields about 690,000 people who were brought to the United States as children.

In September, Attorney General Jeff Sessions announced that the program would be phased out, calling it an unconstitutional exercise of executive power. The administration gave Congress six months to find a legislative fix.

Judge Alsup disagreed with that reasoning. In a 49-page order, he wrote that the decision "was based on a flawed legal premise" and that ending the program would cause serious harm to recipients, who would lose their work permits and face removal.

The order does not require the government to accept new applications, and it does not stop officials from deporting people who pose security risks.

The lawsuit was brought by the University of California system, whose president, Janet Napolitano, was the homeland security secretary who created the program. The states of California, Maine, Maryland and Minnesota joined the case, along with several individual recipients.

"This is a victory for the rule of law and for hundreds of thousands of young people," Xavier Becerra, California's attorney general, said in a statement. "The president cannot simply pull the rug out from under them."

The Justice Department said it would fight the ruling. "Today's order doesn't change the Department of Justice's position on the facts," Devin O'Malley, a department spokesman, said in a statement. He said the department would "continue to vigorously defend this position."

President Trump attacked the decision on Wednesday morning. "It just shows everyone how broken and unfair our Court System is when the opposing side in a case (such as DACA) always runs to the 9th Circuit," he wrote on Twitter.

The ruling landed hours after an unusual televised meeting at the White House, where Mr. Trump sat with lawmakers from both parties and said he would sign whatever immigration bill they sent him. Republicans in the room quickly pushed back, saying any deal must include money for border security.

Senator Dick Durbin of Illinois, the second-ranking Democrat, said the ruling did not reduce the urgency. "Court orders come and go," he told reporters. "Only Congress can give these young people a permanent home."

Immigrant advocates urged recipients whose status had lapsed to file renewals immediately but warned that the order could be overturned on appeal.

The administration has signaled that it may seek to bypass the appeals court and go directly to the Supreme Court.""",
people=[("William Alsup","USA","Judge, United States District Court in San Francisco"),("Barack Obama","USA","former President"),("Jeff Sessions","USA","Attorney General"),("Janet Napolitano","USA","President, University of California; former homeland security secretary"),("Xavier Becerra","USA","California attorney general"),("Devin O'Malley","USA","Justice Department spokesman"),("Donald Trump","USA","President"),("Dick Durbin","USA","Senator, Democrat of Illinois")],
events=[
("USA","USA",["COERCE","REJECT"],1,"temporarily blocked the Trump administration from ending a program"),
("USA","USA",["REQUEST","COERCE"],0,"ordering the government to resume accepting renewal applications"),
("USA","USA",["RETREAT","SANCTION"],0,"announced that the program would be phased out"),
("USA","USA",["ACCUSE"],1,"was based on a flawed legal premise\" and that ending the program"),
("USA","USA",["ACCUSE"],0,"The lawsuit was brought by the University of California system"),
("USA","USA",["ACCUSE"],1,"The president cannot simply pull the rug out from under them."),
("USA","USA",["REJECT"],1,"The Justice Department said it would fight the ruling."),
("USA","USA",["ACCUSE"],1,"It just shows everyone how broken and unfair our Court System is"),
("USA","USA",["CONSULT"],1,"Mr. Trump sat with lawmakers from both parties",1),
("USA","USA",["AGREE"],0,"said he would sign whatever immigration bill they sent him"),
("USA","USA",["REJECT"],1,"Republicans in the room quickly pushed back"),
("USA","USA",["REQUEST"],0,"Only Congress can give these young people a permanent home."),
])
