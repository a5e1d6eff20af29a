A = []
def art(**k): A.append(k)

art(id="CI6", headline="West Virginia teachers end strike after governor signs 5 percent raise",
date="2018-03-06", pub=("2018-03-06","2018-03-06","signing 'on Tuesday' Mar. 6, 2018, ninth day of strike"), fmt="txt",
text="""CHARLESTON, W.Va. — West Virginia's public school teachers ended a nine-day strike on Tuesday after Gov. Jim Justice signed a bill giving them and other state employees a 5 percent pay raise, capping a walkout that shut every school in the state and drew national attention.

Thousands of teachers, many wearing red, packed the halls of the State Capitol and cheered as the Legislature passed the measure unanimously. Minutes later, Mr. Justice, a Republican, signed it in front of a crowd.

"We are going back to school," Dale Lee, the president of the West Virginia Education Association, told the crowd. "We stood together, and we won."

The strike began on Feb. 22, when teachers in all 55 counties walked off the job to protest some of the lowest salaries in the nation and rising health insurance costs.

It was not supposed to last this long. Last Tuesday, the governor announced an agreement with union leaders for a 5 percent raise for teachers, and the union told members to return. But the rank and file refused, saying they did not trust the State Senate to approve it.

Their doubts proved well founded. On Saturday, the Senate, led by Mitch Carmichael, a Republican, passed a version with only a 4 percent raise, prompting an angry reaction from teachers in the galleries, who chanted "Back to the table!"

Mr. Carmichael had argued that the state could not afford the larger increase. "We cannot spend money we do not have," he told reporters on Saturday. He accused the governor of making promises that the budget could not keep.

A conference committee met through the weekend. On Tuesday morning, negotiators announced that the full 5 percent would be paid for by cutting other spending, including Medicaid.

"I'm going to do everything I can to fix the health insurance problem," Mr. Justice said as he signed the bill. He has promised a task force to study the Public Employees Insurance Agency, which many teachers blame for rising premiums.

Not everyone was satisfied. Some teachers said the raise did nothing to address insurance costs. Christine Campbell, the president of the state chapter of the American Federation of Teachers, warned that teachers would return to the Capitol if the task force failed. "Our fight isn't over," she said.

The strike was notable because public employees in West Virginia have no legal right to collective bargaining, and strikes are considered illegal. Attorney General Patrick Morrisey had said earlier that the walkout was unlawful, but he took no action to stop it.

Parents largely supported the teachers, and churches and food banks fed children who depend on school meals.

The walkout has inspired teachers elsewhere. Educators in Oklahoma and Kentucky have begun discussing similar action, and union leaders in Arizona said they were watching closely.

Schools are expected to reopen on Wednesday.""",
people=[("Jim Justice","USA","Governor of West Virginia"),("Dale Lee","USA","president, West Virginia Education Association"),("Mitch Carmichael","USA","West Virginia Senate president"),("Christine Campbell","USA","president, American Federation of Teachers-West Virginia"),("Patrick Morrisey","USA","West Virginia Attorney General")],
events=[
("USA","USA",["PROTEST"],1,"ended a nine-day strike"),
("USA","USA",["CONCEDE","AGREE"],1,"Gov. Jim Justice signed a bill giving them and other state employees a 5 percent pay raise"),
("USA","USA",["PROTEST"],1,"walked off the job to protest some of the lowest salaries in the nation"),
("USA","USA",["AGREE"],1,"the governor announced an agreement with union leaders for a 5 percent raise for teachers",1),
("USA","USA",["REJECT"],1,"But the rank and file refused"),
("USA","USA",["PROTEST"],1,"who chanted \"Back to the table!\""),
("USA","USA",["ACCUSE"],1,"He accused the governor of making promises that the budget could not keep."),
("USA","USA",["THREATEN"],1,"warned that teachers would return to the Capitol if the task force failed"),
("USA","USA",["ACCUSE"],1,"had said earlier that the walkout was unlawful"),
("USA","USA",["SUPPORT"],0,"Parents largely supported the teachers"),
("USA","USA",["AGREE"],0,"I'm going to do everything I can to fix the health insurance problem"),
("USA","USA",["CONSULT"],0,"A conference committee met through the weekend.",1),
])

art(id="CI7", headline="Justice Department sues California over sanctuary laws as Sessions and Brown trade barbs",
date="2018-03-07", pub=("2018-03-07","2018-03-07","Sessions speech 'on Wednesday' Mar. 7, 2018; suit filed Tuesday night"), fmt="txt",
text="""SACRAMENTO — Attorney General Jeff Sessions came to California's capital on Wednesday to announce a lawsuit against the state over three laws that limit cooperation with federal immigration agents, escalating a bitter fight between the Trump administration and the nation's most populous state.

The suit, filed late Tuesday in federal court in Sacramento, argues that the laws obstruct the enforcement of federal immigration law and violate the Constitution's supremacy clause.

"California is using every power it has, and some it doesn't, to frustrate federal law enforcement," Mr. Sessions told a meeting of law enforcement officers. "We are going to fight these irrational, unfair and unconstitutional policies."

He singled out Libby Schaaf, the mayor of Oakland, who last month warned residents that immigration agents were preparing raids in the Bay Area. "How dare you," Mr. Sessions said. "How dare you needlessly endanger the lives of our law enforcement officers to promote a radical open borders agenda."

Ms. Schaaf was unapologetic. "I would do it again," she said in a statement, adding that she had a duty to protect her residents.

Gov. Jerry Brown, a Democrat, responded with unusual fury, calling the visit a political stunt and accusing Mr. Sessions of lying. "This is completely unprecedented for the chief law enforcement officer of the United States to come out here and engage in political stunts," Mr. Brown told reporters. "It is basically going to war against the State of California."

Mr. Brown added: "Jeff, these are political stunts. It is not going to work." He said the attorney general should apologize.

The three laws at issue bar employers from letting immigration agents into workplaces without a warrant, limit local police from sharing information about inmates' release dates, and give the state attorney general power to inspect detention centers.

Xavier Becerra, California's attorney general, who has sued the administration dozens of times, said the state would defend the laws. "We're in the business of public safety, not deportation," he said.

Republicans in the state welcomed the suit. Travis Allen, an assemblyman running for governor, said that California's leaders had "put criminals ahead of citizens."

The lawsuit follows months of threats. The administration has moved to withhold grants from cities that refuse to help immigration agents, and Thomas D. Homan, the acting director of Immigration and Customs Enforcement, has warned that his agents would make more arrests in California's neighborhoods and workplaces.

Mr. Homan last month accused Ms. Schaaf of helping hundreds of people escape arrest, and he said her office should be investigated.

A White House spokesman, Raj Shah, said the president supported the lawsuit. "Sanctuary policies put Americans at risk," he said.

Legal experts said the case could take months to resolve, and that the state had strong arguments that Washington cannot force local officers to enforce federal law.""",
people=[("Jeff Sessions","USA","Attorney General"),("Libby Schaaf","USA","Mayor of Oakland"),("Jerry Brown","USA","Governor of California"),("Xavier Becerra","USA","California attorney general"),("Travis Allen","USA","assemblyman, candidate for governor"),("Thomas D. Homan","USA","acting director, Immigration and Customs Enforcement"),("Raj Shah","USA","White House spokesman")],
events=[
("USA","USA",["ACCUSE"],1,"to announce a lawsuit against the state over three laws"),
("USA","USA",["ACCUSE"],1,"California is using every power it has, and some it doesn't, to frustrate federal law enforcement"),
("USA","USA",["THREATEN","ACCUSE"],0,"We are going to fight these irrational, unfair and unconstitutional policies."),
("USA","USA",["ACCUSE"],1,"How dare you needlessly endanger the lives of our law enforcement officers"),
("USA","USA",["REJECT"],1,"Ms. Schaaf was unapologetic. \"I would do it again,\""),
("USA","USA",["ACCUSE"],1,"accusing Mr. Sessions of lying"),
("USA","USA",["ACCUSE"],1,"It is basically going to war against the State of California."),
("USA","USA",["REQUEST"],1,"He said the attorney general should apologize."),
("USA","USA",["REJECT"],1,"the state would defend the laws"),
("USA","USA",["SUPPORT"],1,"Republicans in the state welcomed the suit."),
("USA","USA",["SANCTION"],0,"The administration has moved to withhold grants from cities"),
("USA","USA",["THREATEN"],1,"has warned that his agents would make more arrests in California's neighborhoods and workplaces"),
("USA","USA",["ACCUSE"],1,"accused Ms. Schaaf of helping hundreds of people escape arrest"),
("USA","USA",["SUPPORT"],0,"the president supported the lawsuit"),
])

art(id="CI8", headline="Students walk out of classes nationwide to demand action on guns",
date="2018-03-14", pub=("2018-03-14","2018-03-14","walkout 'on Wednesday' Mar. 14, 2018, one month after Parkland"), fmt="json",
authors=["Rachel Lindqvist"], url="https://www.npr.org/2018/03/14/students-walk-out-nationwide-guns", domain="www.npr.org",
desc="Tens of thousands of students left classrooms for 17 minutes to honor the Parkland victims and press Congress on gun laws.",
text="""Tens of thousands of students across the United States walked out of their classrooms on Wednesday morning, leaving for 17 minutes to honor the 17 people killed at a Florida high school a month ago and to press Congress to pass stricter gun laws.

The walkouts began at 10 a.m. on the East Coast and rolled west with the time zones. Students gathered on football fields, in parking lots and on the steps of state capitols, reading the names of the dead and holding signs that said "Enough" and "Am I Next?"

In Washington, thousands of students marched from their schools to the Capitol and then to the White House, where they sat with their backs to the building for 17 minutes of silence.

"We're not going to be quiet," said Jazmin Martinez, a junior from Montgomery Blair High School in Maryland. "If they won't protect us, we'll vote them out."

At Marjory Stoneman Douglas High School in Parkland, Fla., where the shooting took place on Feb. 14, students filed onto the football field in silence.

The walkout was organized by the youth wing of the Women's March, the group behind last year's protests in Washington. Organizers said more than 3,000 walkouts were registered.

School districts responded in different ways. Some principals joined students outside. Others threatened punishment. In Georgia, the Cobb County district warned that students who left class could face suspension, and a school in Texas said it would suspend any student who took part.

The House Democratic leader, Nancy Pelosi of California, joined students rallying on the Capitol lawn. "You are the leaders," she told them. "You have made a difference already."

Senator Bernie Sanders of Vermont also addressed the crowd, accusing Republican leaders of doing the bidding of the National Rifle Association.

The White House said President Trump supported the students' right to speak. "The president shares their concern," Raj Shah, a spokesman, told reporters. He said the administration was working to make schools safer.

Earlier in the week, the administration proposed a plan to help train some teachers to carry guns and backed a modest bill to improve background checks, but it dropped Mr. Trump's earlier call to raise the minimum age for buying rifles to 21.

The NRA responded with a defiant message. It posted on Twitter an image of a rifle with the words "I'll control my own guns, thank you."

On Capitol Hill, the House passed a bill on Wednesday providing money for school security training. Speaker Paul D. Ryan praised the students for "getting involved," but he said Congress should not rush to restrict the rights of gun owners.

Senator Chuck Schumer of New York, the Democratic leader, said Republican leaders were hiding behind the school security bill. "They are afraid of the NRA," he said.

Students said the walkout was only the beginning. A march in Washington is planned for March 24.""",
people=[("Jazmin Martinez","USA","junior, Montgomery Blair High School"),("Nancy Pelosi","USA","House Democratic leader"),("Bernie Sanders","USA","Senator, Vermont"),("Donald Trump","USA","President"),("Raj Shah","USA","White House spokesman"),("Paul D. Ryan","USA","Speaker of the House"),("Chuck Schumer","USA","Senate Democratic leader")],
events=[
("USA","USA",["PROTEST"],1,"walked out of their classrooms on Wednesday morning"),
("USA","USA",["REQUEST"],1,"to press Congress to pass stricter gun laws"),
("USA","USA",["PROTEST"],1,"they sat with their backs to the building for 17 minutes of silence"),
("USA","USA",["THREATEN"],1,"If they won't protect us, we'll vote them out."),
("USA","USA",["THREATEN"],1,"warned that students who left class could face suspension"),
("USA","USA",["SUPPORT"],1,"joined students rallying on the Capitol lawn"),
("USA","USA",["ACCUSE"],1,"accusing Republican leaders of doing the bidding of the National Rifle Association"),
("USA","USA",["SUPPORT"],1,"President Trump supported the students' right to speak"),
("USA","USA",["REJECT"],1,"The NRA responded with a defiant message."),
("USA","USA",["REJECT"],1,"Congress should not rush to restrict the rights of gun owners"),
("USA","USA",["ACCUSE"],1,"Republican leaders were hiding behind the school security bill"),
("USA","USA",["SUPPORT"],0,"praised the students for \"getting involved,\""),
("USA","USA",["RETREAT","CONCEDE"],0,"dropped Mr. Trump's earlier call to raise the minimum age"),
])
