from common import A, E

A("CQ7", "Senate Republicans abandon last-ditch repeal bill after Collins says no", """
WASHINGTON — Senate Republican leaders on Tuesday gave up on their latest attempt to repeal the Affordable Care Act, conceding that they did not have the votes to pass a bill written by Sens. Lindsey Graham and Bill Cassidy before a Saturday deadline.

The decision came a day after Sen. Susan Collins of Maine announced that she would oppose the measure, becoming the third Republican to publicly reject it. With Democrats united against the bill, Republicans could afford to lose only two votes in the 52-48 chamber.

"We haven't given up on changing the American health care system," Senate Majority Leader Mitch McConnell told reporters after a private lunch with Republican senators. "We are not going to be voting on the proposal this week."

The bill would have converted much of the money spent under the current law into block grants to the states and allowed states to loosen rules that protect people with pre-existing conditions.

Collins said in a statement on Monday that the bill would make "wholesale changes" to Medicaid and would weaken protections for sick patients. "Health care is a deeply personal, complex issue that affects every single one of us," she said.

Sen. John McCain of Arizona had announced his opposition on Friday, saying he could not "in good conscience" vote for a bill that had not gone through hearings and a full debate. Sen. Rand Paul of Kentucky had said for weeks that he would vote no because the bill left too much of the existing law in place.

President Trump, who had pushed senators to pass the bill, lashed out at the holdouts. He called Paul "a negative force when it comes to fixing healthcare" and said McCain had "let Arizona down." At a rally in Alabama on Friday, he said the vote against the earlier repeal bill had been "a horrible thing."

On Tuesday, the president blamed "certain so-called Republicans" for the failure and said the party would return to health care after it finished work on taxes.

Cassidy, a doctor from Louisiana, said he would keep working. "We are going to get this done, just not this week," he said.

The bill had also drawn criticism from outside Congress. The late-night host Jimmy Kimmel accused Cassidy of lying to him after the senator promised on his show in May that any bill he supported would protect children like Kimmel's son, who was born with a heart defect. Cassidy denied that he had broken his word.

A bipartisan group of governors, including Republicans John Kasich of Ohio and Brian Sandoval of Nevada, sent a letter to Senate leaders urging them to reject the bill and return to talks between the parties.

On Monday, the Senate Finance Committee held the only hearing on the measure. It was repeatedly interrupted by protesters, many of them in wheelchairs, who chanted "No cuts to Medicaid!" Capitol Police removed dozens of them from the room, and at least 15 were arrested.

Democrats welcomed the news but warned that the fight was not over. "Our work isn't done," Senate Minority Leader Charles E. Schumer said. He called on Republicans to resume bipartisan talks led by Sens. Lamar Alexander and Patty Murray on shoring up insurance markets.

Alexander, a Tennessee Republican, had broken off those talks last week under pressure from party leaders who wanted to focus on the repeal bill. He said on Tuesday that he was willing to return to the table.

Saturday marks the end of the special budget process that would have allowed Republicans to pass the bill with a simple majority.
""", ("2017-09-26", "2017-09-26", "McConnell shelved the Graham-Cassidy bill Tuesday Sept. 26, 2017, before the Sept. 30 deadline"),
[("Lindsey Graham", "USA", "Senator"), ("Bill Cassidy", "USA", "Senator of Louisiana"), ("Susan Collins", "USA", "Senator of Maine"),
 ("Mitch McConnell", "USA", "Senate Majority Leader"), ("John McCain", "USA", "Senator of Arizona"), ("Rand Paul", "USA", "Senator of Kentucky"),
 ("Donald Trump", "USA", "President"), ("Jimmy Kimmel", "USA", "late-night host"), ("John Kasich", "USA", "Governor of Ohio"),
 ("Brian Sandoval", "USA", "Governor of Nevada"), ("Charles E. Schumer", "USA", "Senate Minority Leader"), ("Lamar Alexander", "USA", "Senator of Tennessee"),
 ("Patty Murray", "USA", "Senator")],
[E("USA", "USA", "RETREAT CONCEDE", 1, "gave up on their latest attempt to repeal the Affordable Care Act"),
 E("USA", "USA", "REJECT", 1, "announced that she would oppose the measure"),
 E("USA", "USA", "REJECT", 0, "With Democrats united against the bill"),
 E("USA", "USA", "REJECT", 1, "had announced his opposition on Friday"),
 E("USA", "USA", "REJECT", 1, "he would vote no because the bill left too much"),
 E("USA", "USA", "REQUEST COERCE", 0, "who had pushed senators to pass the bill"),
 E("USA", "USA", "ACCUSE", 1, "He called Paul \"a negative force"),
 E("USA", "USA", "ACCUSE", 1, "blamed \"certain so-called Republicans\" for the failure"),
 E("USA", "USA", "ACCUSE", 1, "accused Cassidy of lying to him"),
 E("USA", "USA", "REJECT", 0, "Cassidy denied that he had broken his word"),
 E("USA", "USA", "REQUEST", 1, "sent a letter to Senate leaders urging them to reject the bill"),
 E("USA", "USA", "PROTEST", 1, "repeatedly interrupted by protesters"),
 E("USA", "USA", "COERCE", 1, "Capitol Police removed dozens of them from the room"),
 E("USA", "USA", "REQUEST", 1, "He called on Republicans to resume bipartisan talks"),
 E("USA", "USA", "RETREAT", 0, "had broken off those talks last week"),
 E("USA", "USA", "AGREE CONSULT", 0, "he was willing to return to the table"),
])

A("CQ8", "Justice Department threatens nine sanctuary jurisdictions with loss of police grants", """
The Justice Department on Friday warned nine cities, counties and states that they could lose federal law enforcement grants unless they prove that they are cooperating with immigration authorities, escalating the Trump administration's confrontation with so-called sanctuary jurisdictions.

In letters sent to officials in California, Chicago, New York City, Philadelphia, New Orleans, Milwaukee, Las Vegas' Clark County, Miami-Dade County and Cook County, Ill., the department gave the jurisdictions until June 30 to show that they comply with a federal law that bars local governments from restricting the sharing of information about a person's immigration status.

"Failure to comply with this law may result in withholding of grant funds," Alan Hanson, the acting head of the department's Office of Justice Programs, wrote in the letters.

The jurisdictions together received millions of dollars last year through the Edward Byrne Memorial Justice Assistance Grant program, which pays for police equipment, overtime and training.

Attorney General Jeff Sessions, who has made the crackdown a priority, accused the cities of putting their residents at risk. "Many of these jurisdictions are also crumbling under the weight of illegal immigration and violent crime," the department said in a statement, citing gang violence in Chicago and New York.

The statement drew immediate pushback. New York City Mayor Bill de Blasio's office called it "propaganda" and noted that crime in the city was at record lows.

"The Trump administration's threats will not make us less safe, and they will not make us do their bidding," said a spokesman for the mayor.

Chicago Mayor Rahm Emanuel said the city would not change its policies. "Chicago will remain a welcoming city," he told reporters at an event on the city's South Side. "We're not going to be bullied."

The warning came three days after a federal judge in San Francisco heard arguments in a lawsuit brought by San Francisco and Santa Clara County against President Trump's January executive order on sanctuary cities. The order directed the government to cut off federal funds to jurisdictions that refuse to comply with immigration law.

Sessions first raised the grant threat in March, when he appeared in the White House briefing room and urged cities to "consider carefully" the harm they were doing by refusing to hold people for immigration agents.

Some jurisdictions have already moved to avoid a confrontation. In January, Miami-Dade Mayor Carlos Gimenez ordered county jails to honor requests from federal immigration authorities to detain people, citing the risk to federal money.

California officials said they had no intention of following that example. State Senate leader Kevin de León, who wrote a bill that would make California a sanctuary state, accused the administration of trying to "blackmail" local governments.

"The state of California is not going to be bullied by the Justice Department," de León said in a statement.

Philadelphia Mayor Jim Kenney said his city was reviewing the letter but believed it was already in compliance with federal law.

Immigration advocates said the letters were an attempt to intimidate local officials. Law enforcement leaders in several of the jurisdictions have argued that cooperating with immigration agents makes immigrants less likely to report crimes.

The department's move came a day after Sessions drew criticism for dismissing a federal judge in Hawaii who had blocked the administration's travel ban as a judge sitting "on an island in the Pacific."

Sen. Mazie Hirono, a Hawaii Democrat, called those remarks "dangerous and ignorant" and demanded an apology.
""", ("2017-04-21", "2017-04-21", "the Justice Department letters to nine jurisdictions were sent Friday April 21, 2017"),
[("Alan Hanson", "USA", "acting head, Office of Justice Programs"), ("Jeff Sessions", "USA", "Attorney General"),
 ("Bill de Blasio", "USA", "Mayor of New York City"), ("Rahm Emanuel", "USA", "Mayor of Chicago"), ("Donald Trump", "USA", "President"),
 ("Carlos Gimenez", "USA", "Mayor of Miami-Dade"), ("Kevin de León", "USA", "California State Senate leader"),
 ("Jim Kenney", "USA", "Mayor of Philadelphia"), ("Mazie Hirono", "USA", "Senator, Hawaii Democrat")],
[E("USA", "USA", "THREATEN", 1, "warned nine cities, counties and states that they could lose federal law enforcement grants"),
 E("USA", "USA", "REQUEST", 1, "gave the jurisdictions until June 30 to show that they comply"),
 E("USA", "USA", "THREATEN", 0, "\"Failure to comply with this law may result in withholding of grant funds,\""),
 E("USA", "USA", "ACCUSE", 1, "accused the cities of putting their residents at risk"),
 E("USA", "USA", "ACCUSE", 1, "called it \"propaganda\""),
 E("USA", "USA", "REJECT", 1, "Chicago Mayor Rahm Emanuel said the city would not change its policies"),
 E("USA", "USA", "ACCUSE", 0, "a lawsuit brought by San Francisco and Santa Clara County"),
 E("USA", "USA", "REQUEST THREATEN", 0, "urged cities to \"consider carefully\""),
 E("USA", "USA", "CONCEDE", 1, "ordered county jails to honor requests from federal immigration authorities"),
 E("USA", "USA", "ACCUSE", 1, "accused the administration of trying to \"blackmail\" local governments"),
 E("USA", "USA", "REJECT", 0, "\"The state of California is not going to be bullied by the Justice Department,\""),
 E("USA", "USA", "ACCUSE", 0, "Immigration advocates said the letters were an attempt to intimidate"),
 E("USA", "USA", "ACCUSE", 0, "dismissing a federal judge in Hawaii"),
 E("USA", "USA", "ACCUSE", 1, "called those remarks \"dangerous and ignorant\""),
 E("USA", "USA", "REQUEST", 1, "demanded an apology"),
], dict(date="2017-04-21 14:32:00", authors=["Laura Jarrett", "Tal Kopan"], domain="www.cnn.com",
        url="https://www.cnn.com/2017/04/21/politics/justice-department-sanctuary-cities-letters/index.html",
        desc="The Justice Department gave nine jurisdictions until June 30 to prove they cooperate with immigration authorities or risk losing police grants."))

A("CQ9", "Chicago sues Justice Department over conditions on policing grants", """
CHICAGO — The city of Chicago sued the Justice Department on Monday, accusing Attorney General Jeff Sessions of illegally trying to force local police to help enforce federal immigration law by attaching new conditions to a grant program that pays for police equipment.

The lawsuit, filed in federal court in Chicago, challenges rules announced last month that would deny Byrne Justice Assistance Grants to cities that do not give federal immigration agents access to local jails and 48 hours' notice before releasing people they want to deport.

"Chicago will not let our police officers become political pawns in a debate," Mayor Rahm Emanuel said at a news conference on Sunday, when he announced the suit. "Chicago's values and our police department's cooperation with our residents are not for sale."

The city argues that the conditions were never approved by Congress and that the executive branch cannot rewrite a spending program on its own. It also says the rules would damage trust between police and immigrant communities and make the city less safe.

Chicago received about $2.3 million under the program last year, a small share of its police budget. But Emanuel, a former chief of staff to President Barack Obama, said the principle was at stake.

The Justice Department responded sharply. "It's astounding that the mayor is more concerned with protecting criminal aliens than with the safety of the people of Chicago," Sessions said in a statement, pointing to the city's rising number of homicides last year.

Sessions said the administration "will not simply give away grant dollars to city governments that proudly violate the rule of law."

A spokesman for the department, Devin O'Malley, said the city had "demonstrated a pattern of open hostility to enforcing laws designed to protect law enforcement."

The suit is the latest in a series of legal fights between the administration and cities that limit cooperation with immigration agents. In April, a federal judge in San Francisco blocked part of President Trump's executive order that threatened to cut off funds to sanctuary jurisdictions.

Other officials rallied behind Chicago. Cook County Board President Toni Preckwinkle said the county supported the city's position, and several police chiefs from around the country have said that local officers should not act as immigration agents.

Illinois Gov. Bruce Rauner, a Republican, did not comment on the lawsuit. He is weighing whether to sign a state bill that would limit cooperation between local police and federal immigration authorities.

Republicans in the state legislature criticized the mayor. "The mayor should be focused on stopping the shootings in his own city instead of picking a fight with Washington," said one Republican lawmaker from the suburbs.

Immigrant advocacy groups praised the suit. The Illinois Coalition for Immigrant and Refugee Rights said the city was standing up for families who fear deportation.

Legal experts said Chicago had a strong argument, because courts have long held that the federal government cannot force states and cities to carry out federal programs. "The conditions are an attempt to commandeer local police," said one constitutional law professor at the University of Chicago.

The city is asking a judge to issue a nationwide injunction blocking the new conditions before the grant application deadline in early September.

The Justice Department did not say whether it would ask the court to move the case to Washington. Other cities, including San Francisco and Philadelphia, have said they are considering similar lawsuits.
""", ("2017-08-07", "2017-08-07", "Chicago filed its lawsuit on Monday Aug. 7, 2017, after Emanuel announced it on Sunday Aug. 6"),
[("Jeff Sessions", "USA", "Attorney General"), ("Rahm Emanuel", "USA", "Mayor of Chicago"), ("Barack Obama", "USA", "former President"),
 ("Devin O'Malley", "USA", "Justice Department spokesman"), ("Donald Trump", "USA", "President"), ("Toni Preckwinkle", "USA", "Cook County Board President"),
 ("Bruce Rauner", "USA", "Governor of Illinois")],
[E("USA", "USA", "ACCUSE", 1, "The city of Chicago sued the Justice Department on Monday"),
 E("USA", "USA", "ACCUSE", 0, "accusing Attorney General Jeff Sessions of illegally trying to force local police"),
 E("USA", "USA", "COERCE THREATEN SANCTION", 1, "would deny Byrne Justice Assistance Grants to cities"),
 E("USA", "USA", "REJECT", 1, "\"Chicago's values and our police department's cooperation with our residents are not for sale.\""),
 E("USA", "USA", "ACCUSE", 1, "\"It's astounding that the mayor is more concerned with protecting criminal aliens"),
 E("USA", "USA", "THREATEN SANCTION", 1, "\"will not simply give away grant dollars"),
 E("USA", "USA", "ACCUSE", 1, "\"demonstrated a pattern of open hostility"),
 E("USA", "USA", "REJECT COERCE", 0, "a federal judge in San Francisco blocked part of President Trump's executive order"),
 E("USA", "USA", "SUPPORT", 1, "Other officials rallied behind Chicago"),
 E("USA", "USA", "ACCUSE", 1, "Republicans in the state legislature criticized the mayor"),
 E("USA", "USA", "SUPPORT", 1, "Immigrant advocacy groups praised the suit"),
 E("USA", "USA", "REQUEST", 0, "The city is asking a judge to issue a nationwide injunction"),
 E("USA", "USA", "ACCUSE THREATEN", 0, "have said they are considering similar lawsuits"),
], dict(date="2017-08-07 18:05:00", authors=["Mitch Smith", "Julie Bosman"], domain="www.nytimes.com",
        url="https://www.nytimes.com/2017/08/07/us/chicago-sues-justice-department-sanctuary-grants.html",
        desc="The city says new rules tying police grants to immigration enforcement are unconstitutional; Attorney General Jeff Sessions hit back."))
