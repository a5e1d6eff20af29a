A = []
def art(**k): A.append(k)

art(id="CI9", headline="Sessions fires McCabe, former FBI deputy director, days before his retirement",
date="2018-03-17", pub=("2018-03-16","2018-03-17","firing late Friday Mar. 16, 2018; article may be dated Saturday"), fmt="json",
authors=["Daniel Okafor","Helen Marsh"], url="https://www.washingtonpost.com/world/national-security/sessions-fires-mccabe/2018/03/17/", domain="www.washingtonpost.com",
desc="Andrew McCabe, a frequent target of President Trump, was dismissed late Friday, less than two days before he could retire with full benefits.",
text="""Attorney General Jeff Sessions fired Andrew McCabe, the former deputy director of the FBI, late Friday, less than two days before he was set to retire and become eligible for his full pension.

In a statement released at about 10 p.m., Mr. Sessions said the bureau's Office of Professional Responsibility had recommended the dismissal after an internal investigation found that Mr. McCabe had "made an unauthorized disclosure to the news media and lacked candor" when questioned about it.

"The FBI expects every employee to adhere to the highest standards of honesty, integrity, and accountability," the attorney general said.

Mr. McCabe, a 21-year veteran of the bureau who briefly served as acting director after President Trump fired James B. Comey in May, responded within hours with a defiant statement accusing the administration of trying to destroy him.

"This attack on my credibility is one part of a larger effort not just to slander me personally, but to taint the FBI, law enforcement, and intelligence professionals more generally," he said. "It is part of this administration's ongoing war on the FBI and the efforts of the special counsel investigation."

He denied that he had misled investigators and said the findings were rushed to ensure he would be fired before Sunday.

Mr. Trump celebrated the news on Twitter shortly after midnight. "Andrew McCabe FIRED, a great day for the hard working men and women of the FBI - A great day for Democracy," he wrote, calling Mr. Comey "sanctimonious."

The president has attacked Mr. McCabe for months, in part because his wife, a Democrat, received campaign donations from a political group tied to a Clinton ally during a 2015 run for the Virginia State Senate.

Democrats condemned the firing. Senator Mark Warner of Virginia, the top Democrat on the Intelligence Committee, said the timing was "deeply troubling." Representative Adam B. Schiff of California called it "a disgrace."

Mr. Comey himself responded on Saturday. "Mr. President, the American people will hear my story very soon," he wrote on Twitter. "And they can judge for themselves who is honorable and who is not."

John O. Brennan, the former CIA director, was harsher. Addressing the president on Twitter, he wrote, "When the full extent of your venality, moral turpitude, and political corruption becomes known, you will take your rightful place as a disgraced demagogue in the dustbin of history."

Some Republicans defended the decision. Representative Trey Gowdy of South Carolina said the findings should be judged on their merits and that the inspector general was "not a partisan."

Mr. McCabe is expected to be a witness in the special counsel's inquiry into whether the president obstructed justice. Associates said he had kept memos of his conversations with Mr. Trump, similar to those written by Mr. Comey.

Lawyers for Mr. McCabe said they were considering legal action.

The inspector general, Michael E. Horowitz, is expected to release a broader report on the FBI's handling of the Hillary Clinton email investigation in the coming weeks.""",
people=[("Jeff Sessions","USA","Attorney General"),("Andrew McCabe","USA","former deputy director, FBI"),("Donald Trump","USA","President"),("James B. Comey","USA","former FBI director"),("Mark Warner","USA","Senator, Democrat of Virginia"),("Adam B. Schiff","USA","Representative, Democrat of California"),("John O. Brennan","USA","former CIA director"),("Trey Gowdy","USA","Representative, Republican of South Carolina"),("Michael E. Horowitz","USA","inspector general"),("Hillary Clinton","USA","former secretary of state")],
events=[
("USA","USA",["COERCE","SANCTION"],1,"Attorney General Jeff Sessions fired Andrew McCabe"),
("USA","USA",["ACCUSE"],1,"made an unauthorized disclosure to the news media and lacked candor"),
("USA","USA",["ACCUSE"],1,"accusing the administration of trying to destroy him"),
("USA","USA",["ACCUSE"],1,"It is part of this administration's ongoing war on the FBI"),
("USA","USA",["REJECT"],1,"He denied that he had misled investigators"),
("USA","USA",["ACCUSE"],1,"calling Mr. Comey \"sanctimonious.\""),
("USA","USA",["ACCUSE"],0,"The president has attacked Mr. McCabe for months"),
("USA","USA",["ACCUSE"],1,"Democrats condemned the firing."),
("USA","USA",["ACCUSE"],0,"And they can judge for themselves who is honorable and who is not."),
("USA","USA",["ACCUSE"],1,"you will take your rightful place as a disgraced demagogue"),
("USA","USA",["SUPPORT"],1,"Some Republicans defended the decision."),
("USA","USA",["THREATEN"],0,"Lawyers for Mr. McCabe said they were considering legal action."),
("USA","USA",["COERCE"],0,"after President Trump fired James B. Comey in May"),
])

art(id="CI10", headline="California sues Trump administration over citizenship question on 2020 census",
date="2018-03-27", pub=("2018-03-27","2018-03-27","suit filed 'late Monday' Mar. 26, 2018; article Tuesday"), fmt="json",
authors=["Marisol Vega"], url="https://www.theguardian.com/us-news/2018/mar/27/california-sues-census-citizenship-question", domain="www.theguardian.com",
desc="The state says asking about citizenship will scare immigrants away from the count and cost it seats and federal money.",
text="""California sued the Trump administration on Tuesday over its decision to add a question about citizenship to the 2020 census, opening what is expected to be a broad legal battle over a count that determines political power and federal funding for a decade.

The lawsuit, filed in federal court in San Francisco just hours after the Commerce Department announced the change late Monday, argues that the question will frighten immigrant households into not responding, leading to an undercount in states with large immigrant populations.

"Including a citizenship question on the 2020 census is not just a bad idea, it is illegal," Xavier Becerra, California's attorney general, said in a statement. He said the state had "too much to lose" to let the decision stand.

Commerce Secretary Wilbur Ross said he had approved the question at the request of the Justice Department, which has argued that better citizenship data would help it enforce the Voting Rights Act.

In a memo released by the department, Mr. Ross wrote that he had weighed concerns about lower response rates but concluded that "the value of more complete and accurate data derived from surveying the entire population outweighs such concerns."

Democrats in Congress accused the administration of trying to tilt the count for political gain. "This is a blatant attempt to suppress participation," Senator Dianne Feinstein of California said.

Eric T. Schneiderman, New York's attorney general, said he would lead a separate multistate lawsuit. "We will not allow the Trump administration to undermine our fair share of federal funds and representation," he wrote on Twitter.

The question has not appeared on the form sent to every household since 1950. Six former Census Bureau directors, who served under presidents of both parties, had written to Mr. Ross in January urging him not to add it without testing.

Republicans largely defended the move. Representative Kevin McCarthy of California, the House majority leader, said it was "common sense" to ask who is a citizen.

The Trump re-election campaign went further, sending an email to supporters on Monday night boasting that the president "wants the 2020 United States Census to ask people whether or not they are citizens."

Immigrant advocates said they feared the impact in places such as Los Angeles, where one in three residents is foreign-born. The Mexican American Legal Defense and Educational Fund said it was preparing its own suit.

Census officials said the bureau would follow the secretary's decision. A department spokesman, James Uthmeier, said in an email that Mr. Ross "carefully considered all facts and input" and that the question would be asked in a way that protected respondents' privacy.

The House Oversight Committee's top Democrat, Representative Elijah E. Cummings of Maryland, demanded that Mr. Ross provide all documents related to the decision and appear before the committee.

A final list of questions must be sent to Congress by Saturday.""",
people=[("Xavier Becerra","USA","California attorney general"),("Wilbur Ross","USA","Commerce Secretary"),("Dianne Feinstein","USA","Senator, California"),("Eric T. Schneiderman","USA","New York attorney general"),("Kevin McCarthy","USA","House majority leader"),("James Uthmeier","USA","Commerce Department spokesman"),("Elijah E. Cummings","USA","Representative, Maryland; top Democrat, House Oversight Committee"),("Donald Trump","USA","President")],
events=[
("USA","USA",["ACCUSE"],1,"California sued the Trump administration on Tuesday"),
("USA","USA",["ACCUSE"],1,"Including a citizenship question on the 2020 census is not just a bad idea, it is illegal"),
("USA","USA",["REQUEST"],1,"at the request of the Justice Department"),
("USA","USA",["ACCUSE"],1,"accused the administration of trying to tilt the count for political gain"),
("USA","USA",["ACCUSE"],1,"This is a blatant attempt to suppress participation"),
("USA","USA",["ACCUSE","THREATEN"],1,"he would lead a separate multistate lawsuit"),
("USA","USA",["REQUEST"],1,"urging him not to add it without testing"),
("USA","USA",["SUPPORT"],1,"Republicans largely defended the move."),
("USA","USA",["ACCUSE"],0,"The Mexican American Legal Defense and Educational Fund said it was preparing its own suit."),
("USA","USA",["REQUEST"],1,"demanded that Mr. Ross provide all documents related to the decision"),
("USA","USA",["REJECT"],0,"We will not allow the Trump administration to undermine our fair share"),
])

art(id="CI11", headline="FBI raids office of Trump's personal lawyer Michael Cohen",
date="2018-04-09", pub=("2018-04-09","2018-04-09","raid 'on Monday' Apr. 9, 2018"), fmt="json",
authors=["Jonah Feldstein"], url="https://www.cnn.com/2018/04/09/politics/michael-cohen-fbi-raid", domain="www.cnn.com",
desc="Agents seized records about payments to a pornographic film actress in a search referred by special counsel Robert Mueller.",
text="""FBI agents on Monday raided the Manhattan office, home and hotel room of Michael Cohen, President Donald Trump's longtime personal attorney, seizing business records, emails and documents related to several topics, including a payment to a pornographic film actress.

The search was carried out by the US attorney's office in Manhattan after a referral from special counsel Robert Mueller, according to Stephen Ryan, Cohen's lawyer.

"Today the US Attorney's Office for the Southern District of New York executed a series of search warrants and seized the privileged communications between my client, Michael Cohen, and his clients," Ryan said in a statement. He called the raid "completely inappropriate and unnecessary."

Trump erupted when asked about it at the start of a meeting with military leaders at the White House on Monday evening.

"It's a disgraceful situation. It's a total witch hunt," the president told reporters. "It's an attack on our country in a true sense. It's an attack on what we all stand for."

He said he had considered firing Mueller and complained about his attorney general, Jeff Sessions, who recused himself from the Russia investigation. "Many people have said, 'You should fire him,'" Trump said of Mueller. "We'll see what happens."

Obtaining a search warrant for a lawyer's office requires approval from senior Justice Department officials. According to a person familiar with the matter, the raid was approved by Geoffrey Berman, the interim US attorney in Manhattan, whom Trump appointed, and was signed off on by Deputy Attorney General Rod Rosenstein.

Among the documents agents sought were records of a $130,000 payment Cohen made in 2016 to Stephanie Clifford, the actress known as Stormy Daniels, who says she had a sexual encounter with Trump a decade earlier. Trump has denied the affair.

Michael Avenatti, Clifford's lawyer, said the raid showed the matter was serious. "This is a very big development," he told CNN.

Democrats warned the president against any move against Mueller. "If President Trump fires Mueller, it would be a red line for our democracy," Senator Mark Warner of Virginia wrote on Twitter.

Senate Judiciary Committee chairman Chuck Grassley, an Iowa Republican, said it would be "suicide" for the president to fire the special counsel.

Some Republicans also pushed back against the president's attack on his own Justice Department. Senator Thom Tillis of North Carolina said he would press for a vote on a bill protecting the special counsel from dismissal.

Cohen has not been charged with any crime. He told a reporter on Monday that the agents were "extremely professional, courteous and respectful."

The White House press secretary, Sarah Sanders, said the next day that the president believed he had the power to fire Mueller, but she did not say whether he would.

Mueller's team has already brought charges against Trump's former campaign chairman, Paul Manafort, and won guilty pleas from four others.""",
people=[("Michael Cohen","USA","personal attorney to President Trump"),("Donald Trump","USA","President"),("Robert Mueller","USA","special counsel"),("Stephen Ryan","USA","lawyer for Michael Cohen"),("Jeff Sessions","USA","Attorney General"),("Geoffrey Berman","USA","interim US attorney in Manhattan"),("Rod Rosenstein","USA","Deputy Attorney General"),("Stephanie Clifford","USA","actress known as Stormy Daniels"),("Michael Avenatti","USA","lawyer for Stephanie Clifford"),("Mark Warner","USA","Senator, Virginia"),("Chuck Grassley","USA","Senate Judiciary Committee chairman"),("Thom Tillis","USA","Senator, North Carolina"),("Sarah Sanders","USA","White House press secretary"),("Paul Manafort","USA","former Trump campaign chairman")],
events=[
("USA","USA",["COERCE","SANCTION"],1,"FBI agents on Monday raided the Manhattan office, home and hotel room of Michael Cohen"),
("USA","USA",["ACCUSE"],1,"He called the raid \"completely inappropriate and unnecessary.\""),
("USA","USA",["ACCUSE"],1,"It's a total witch hunt"),
("USA","USA",["THREATEN"],1,"He said he had considered firing Mueller"),
("USA","USA",["ACCUSE"],1,"complained about his attorney general, Jeff Sessions"),
("USA","USA",["REJECT"],0,"Trump has denied the affair."),
("USA","USA",["THREATEN","REQUEST"],1,"Democrats warned the president against any move against Mueller."),
("USA","USA",["THREATEN"],1,"If President Trump fires Mueller, it would be a red line for our democracy"),
("USA","USA",["ACCUSE"],1,"it would be \"suicide\" for the president to fire the special counsel"),
("USA","USA",["REJECT","PROTEST"],1,"Some Republicans also pushed back against the president's attack on his own Justice Department"),
("USA","USA",["ACCUSE"],0,"won guilty pleas from four others"),
("USA","USA",["ACCUSE"],0,"brought charges against Trump's former campaign chairman, Paul Manafort"),
])
