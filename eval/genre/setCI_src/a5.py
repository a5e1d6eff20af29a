A = []
def art(**k): A.append(k)

art(id="CI12", headline="Judge orders separated migrant families reunited within 30 days",
date="2018-06-27", pub=("2018-06-26","2018-06-27","ruling 'late Tuesday' June 26, 2018; reactions Wednesday"), fmt="json",
authors=["Ana Kowalczyk","Peter Lindahl"], url="https://www.nytimes.com/2018/06/26/us/family-separation-judge-order.html", domain="www.nytimes.com",
desc="A federal judge in San Diego issued a nationwide injunction against separating migrant parents from their children.",
text="""SAN DIEGO — A federal judge in California ordered the Trump administration late Tuesday to reunite migrant families separated at the border within 30 days, and to return children younger than 5 to their parents within 14 days.

Judge Dana M. Sabraw of the United States District Court in San Diego also issued a nationwide injunction barring border officials from separating parents from their children in most cases, and he ordered that parents be allowed to speak to their children by phone within 10 days.

The ruling was a sharp rebuke of an administration that had created what the judge called "a chaotic circumstance of the Government's own making." He wrote that the practice "shocks the conscience."

"The unfortunate reality is that under the present system, migrant children are not accounted for with the same efficiency and accuracy as property," Judge Sabraw wrote.

The case was brought by the American Civil Liberties Union on behalf of a Congolese woman who was separated from her 6-year-old daughter after seeking asylum, and later expanded to cover all separated parents.

"This is a tremendous victory for parents and children who were ripped apart," Lee Gelernt, the ACLU lawyer who argued the case, told reporters.

More than 2,000 children were taken from their parents after Attorney General Jeff Sessions announced in April a "zero tolerance" policy of prosecuting everyone who crossed the border illegally.

After weeks of public outrage, President Trump signed an executive order last Wednesday ending most separations, but the order said nothing about reuniting families already apart.

The Justice Department said it was reviewing the ruling. "We will continue to enforce the law," a department spokesman, Devin O'Malley, said in a statement, adding that the administration "will continue to work to reunite families."

On Wednesday, the White House signaled that it would not appeal the order for now. According to a senior administration official, agencies were working to meet the deadlines but privately warned that matching parents who had already been deported with their children would be difficult.

Also on Tuesday, 17 states and the District of Columbia, led by Washington State, sued the administration over the separations. "The president cannot use children as bargaining chips," Bob Ferguson, Washington's attorney general, said in a statement.

Republicans in Congress were divided. Senator Ted Cruz of Texas has proposed legislation to keep families together in detention. Speaker Paul D. Ryan said the House would vote this week on an immigration bill that would also end separations, though it appeared headed for defeat.

Democrats said the ruling did not go far enough. Senator Kamala Harris of California called for the resignation of Kirstjen Nielsen, the homeland security secretary, and accused her of lying to Congress about the policy.

Ms. Nielsen has rejected calls to step down. She said last week that the department would "not apologize" for enforcing the law.

Protesters gathered outside immigration offices in several cities, and a national day of protest is planned for Saturday.""",
people=[("Dana M. Sabraw","USA","Judge, United States District Court in San Diego"),("Lee Gelernt","USA","ACLU lawyer"),("Jeff Sessions","USA","Attorney General"),("Donald Trump","USA","President"),("Devin O'Malley","USA","Justice Department spokesman"),("Bob Ferguson","USA","Washington attorney general"),("Ted Cruz","USA","Senator, Texas"),("Paul D. Ryan","USA","Speaker of the House"),("Kamala Harris","USA","Senator, California"),("Kirstjen Nielsen","USA","homeland security secretary")],
events=[
("USA","USA",["COERCE","REQUEST"],1,"ordered the Trump administration late Tuesday to reunite migrant families"),
("USA","USA",["COERCE","SANCTION"],1,"issued a nationwide injunction barring border officials from separating parents"),
("USA","USA",["ACCUSE"],1,"The ruling was a sharp rebuke of an administration"),
("USA","USA",["ACCUSE"],1,"The unfortunate reality is that under the present system"),
("USA","USA",["ACCUSE"],0,"The case was brought by the American Civil Liberties Union"),
("USA","USA",["COERCE"],0,"More than 2,000 children were taken from their parents"),
("USA","USA",["RETREAT","CONCEDE"],1,"signed an executive order last Wednesday ending most separations"),
("USA","USA",["REJECT"],0,"We will continue to enforce the law"),
("USA","USA",["CONCEDE"],1,"the White House signaled that it would not appeal the order for now"),
("USA","USA",["ACCUSE"],1,"led by Washington State, sued the administration over the separations"),
("USA","USA",["ACCUSE"],1,"The president cannot use children as bargaining chips"),
("USA","USA",["REQUEST"],1,"called for the resignation of Kirstjen Nielsen"),
("USA","USA",["ACCUSE"],1,"accused her of lying to Congress about the policy"),
("USA","USA",["REJECT"],1,"Ms. Nielsen has rejected calls to step down."),
("USA","USA",["PROTEST"],1,"Protesters gathered outside immigration offices in several cities"),
])

art(id="CI13", headline="Scott Pruitt resigns as EPA chief amid ethics investigations",
date="2018-07-05", pub=("2018-07-05","2018-07-05","resignation announced 'on Thursday' July 5, 2018"), fmt="json",
authors=["Caroline Dube"], url="https://www.npr.org/2018/07/05/pruitt-resigns-epa", domain="www.npr.org",
desc="Pruitt, who faced more than a dozen inquiries, is replaced by his deputy, a former coal lobbyist.",
text="""Scott Pruitt resigned as administrator of the Environmental Protection Agency on Thursday, bowing to mounting pressure over a cascade of ethics scandals that had overshadowed his aggressive campaign to roll back environmental regulations.

President Trump announced the resignation on Twitter. "I have accepted the resignation of Scott Pruitt as the Administrator of the Environmental Protection Agency," he wrote. "Within the Agency Scott has done an outstanding job, and I will always be thankful to him for this."

Andrew Wheeler, the agency's deputy administrator and a former coal industry lobbyist, will take over as acting administrator on Monday.

In a resignation letter, Mr. Pruitt told the president that "the unrelenting attacks on me personally, my family, are unprecedented and have taken a sizable toll on all of us."

Mr. Pruitt faced at least 13 federal investigations, including inquiries by the EPA's inspector general and the Government Accountability Office, into his spending on travel and security, his rental of a condominium from the wife of an energy lobbyist and his use of aides to run personal errands.

According to a senior administration official, John F. Kelly, the White House chief of staff, had urged the president for months to remove Mr. Pruitt. The president had resisted, praising his deregulation record.

Democrats welcomed the departure but warned that little would change. "Pruitt's corruption was matched only by his hostility to public health," Senator Tom Carper of Delaware, the top Democrat on the Environment and Public Works Committee, said in a statement. He said Mr. Wheeler would "carry on the same agenda."

Senator Sheldon Whitehouse of Rhode Island wrote on Twitter that the resignation was "long overdue."

Some Republicans had also turned on Mr. Pruitt. Senator Joni Ernst of Iowa said last month that he was "as swampy as you get," after the agency moved to grant waivers to oil refineries that farm-state lawmakers said hurt ethanol producers.

Representative Trey Gowdy, the chairman of the House Oversight Committee, had opened his own inquiry into Mr. Pruitt's spending and had demanded documents from the agency.

Environmental groups said they would keep fighting the rollbacks in court. "Scott Pruitt's gone, but his dirty agenda is not," said Michael Brune, the executive director of the Sierra Club.

On Monday, a teacher confronted Mr. Pruitt at a Washington restaurant, urging him to resign. A video of the encounter circulated widely.

Mr. Pruitt, a former Oklahoma attorney general who sued the EPA more than a dozen times before running it, had moved to repeal the Clean Power Plan and to weaken vehicle emission standards.

The president told reporters aboard Air Force One that there was no final straw. "Scott felt that he was a distraction," Mr. Trump said. "He came to me and said, 'I don't want to be a distraction.'"

Mr. Wheeler said in an email to staff that he would focus on "providing regulatory certainty." """,
people=[("Scott Pruitt","USA","Administrator, Environmental Protection Agency"),("Donald Trump","USA","President"),("Andrew Wheeler","USA","deputy administrator, EPA; acting administrator"),("John F. Kelly","USA","White House chief of staff"),("Tom Carper","USA","Senator, Delaware"),("Sheldon Whitehouse","USA","Senator, Rhode Island"),("Joni Ernst","USA","Senator, Iowa"),("Trey Gowdy","USA","Representative, chairman of the House Oversight Committee"),("Michael Brune","USA","executive director, Sierra Club")],
events=[
("USA","USA",["CONCEDE","RETREAT"],1,"Scott Pruitt resigned as administrator of the Environmental Protection Agency on Thursday"),
("USA","USA",["SUPPORT"],1,"Within the Agency Scott has done an outstanding job"),
("USA","USA",["ACCUSE"],1,"the unrelenting attacks on me personally, my family, are unprecedented"),
("USA","USA",["ACCUSE","SANCTION"],0,"Mr. Pruitt faced at least 13 federal investigations"),
("USA","USA",["REQUEST"],1,"had urged the president for months to remove Mr. Pruitt"),
("USA","USA",["ACCUSE"],1,"Pruitt's corruption was matched only by his hostility to public health"),
("USA","USA",["ACCUSE"],1,"as swampy as you get"),
("USA","USA",["ACCUSE"],0,"had opened his own inquiry into Mr. Pruitt's spending"),
("USA","USA",["REQUEST"],1,"had demanded documents from the agency"),
("USA","USA",["THREATEN","ACCUSE"],0,"Environmental groups said they would keep fighting the rollbacks in court."),
("USA","USA",["PROTEST","REQUEST"],1,"a teacher confronted Mr. Pruitt at a Washington restaurant, urging him to resign"),
("USA","USA",["ACCUSE"],0,"sued the EPA more than a dozen times before running it"),
("USA","USA",["SUPPORT"],0,"praising his deregulation record"),
])

art(id="CI14", headline="Trump revokes security clearance of former CIA director John Brennan",
date=None, pub=("2018-08-16","2018-08-17","announcement 'on Wednesday' Aug. 15, 2018; reaction 'On Thursday'"), fmt="json",
authors=[], url="https://www.washingtonpost.com/politics/trump-revokes-brennan-security-clearance/2018/08/15/", domain="www.washingtonpost.com",
desc="The White House said it was also reviewing the clearances of other former officials who have criticized the president.",
text="""President Trump on Wednesday revoked the security clearance of John O. Brennan, the former CIA director and one of his fiercest critics, and threatened to strip several other former national security officials who have challenged him.

The decision was announced by the White House press secretary, Sarah Huckabee Sanders, who read a statement from the president at the start of her daily briefing. The statement accused Mr. Brennan of "erratic conduct and behavior" and of making "unfounded and outrageous allegations" about the administration.

"Mr. Brennan's lying and recent conduct, characterized by increasingly frenzied commentary, is wholly inappropriate for someone who claims to have been granted access to the nation's most closely held secrets," the statement said.

Ms. Sanders said the clearances of others were under review, including those of James B. Comey, the former FBI director; James R. Clapper Jr., the former director of national intelligence; Michael V. Hayden, a former CIA director; and Sally Yates, the former deputy attorney general.

Mr. Brennan, who has called the president's behavior at his summit with President Vladimir Putin of Russia in Helsinki "nothing short of treasonous," said he would not be silenced.

"This action is part of a broader effort by Mr. Trump to suppress freedom of speech and punish critics," he wrote on Twitter. "My principles are worth far more than clearances. I will not relent."

The statement was dated July 26, which raised questions about when the decision was actually made. In an interview with The Wall Street Journal later Wednesday, Mr. Trump linked the move directly to the Russia investigation, calling it a "rigged witch hunt" and saying, "I think it's something that had to be done."

Democrats accused the president of using his powers to retaliate against political opponents. "This is a stunning abuse of power," Senator Mark Warner of Virginia said in a statement. Senator Chuck Schumer called it an attempt to distract from damaging news.

Mr. Clapper told CNN that the move was "a very, very petty thing to do," but he added that he would not stop speaking out.

Some Republicans also expressed unease. Senator Bob Corker of Tennessee said the decision was "kind of a banana republic kind of thing." Senator Richard Burr of North Carolina, the chairman of the Intelligence Committee, said he saw no reason to remove clearances from officials who were not leaking classified information.

Others rallied behind the president. Senator Rand Paul of Kentucky, who had urged the White House to act against Mr. Brennan last month, wrote on Twitter that he applauded the decision.

On Thursday, 12 former senior intelligence officials signed a joint statement calling the revocation "ill-considered and unprecedented" and warning that it was an attempt "to stifle free speech."

Retired Adm. William H. McRaven, who oversaw the raid that killed Osama bin Laden, went further in an open letter, asking the president to revoke his clearance as well. "I would consider it an honor," he wrote.

Former officials often keep their clearances so that they can advise their successors.""",
people=[("Donald Trump","USA","President"),("John O. Brennan","USA","former CIA director"),("Sarah Huckabee Sanders","USA","White House press secretary"),("James B. Comey","USA","former FBI director"),("James R. Clapper Jr.","USA","former director of national intelligence"),("Michael V. Hayden","USA","former CIA director"),("Sally Yates","USA","former deputy attorney general"),("Vladimir Putin","RUS","President"),("Mark Warner","USA","Senator, Virginia"),("Chuck Schumer","USA","Senator"),("Bob Corker","USA","Senator, Tennessee"),("Richard Burr","USA","Senator, North Carolina; chairman, Intelligence Committee"),("Rand Paul","USA","Senator, Kentucky"),("William H. McRaven","USA","retired admiral")],
events=[
("USA","USA",["SANCTION"],1,"revoked the security clearance of John O. Brennan"),
("USA","USA",["THREATEN"],1,"threatened to strip several other former national security officials"),
("USA","USA",["ACCUSE"],1,"accused Mr. Brennan of \"erratic conduct and behavior\""),
("USA","USA",["ACCUSE"],0,"called the president's behavior at his summit with President Vladimir Putin"),
("USA","RUS",["CONSULT"],0,"his summit with President Vladimir Putin of Russia in Helsinki",1),
("USA","USA",["ACCUSE"],1,"This action is part of a broader effort by Mr. Trump to suppress freedom of speech"),
("USA","USA",["REJECT"],1,"I will not relent."),
("USA","USA",["ACCUSE"],1,"Democrats accused the president of using his powers to retaliate"),
("USA","USA",["ACCUSE"],1,"a very, very petty thing to do"),
("USA","USA",["ACCUSE"],1,"kind of a banana republic kind of thing"),
("USA","USA",["SUPPORT"],1,"wrote on Twitter that he applauded the decision"),
("USA","USA",["ACCUSE","PROTEST"],1,"signed a joint statement calling the revocation \"ill-considered and unprecedented\""),
("USA","USA",["PROTEST","REQUEST"],1,"asking the president to revoke his clearance as well"),
("USA","USA",["REQUEST"],0,"had urged the White House to act against Mr. Brennan last month"),
])
