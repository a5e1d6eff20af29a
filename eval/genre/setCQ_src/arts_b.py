from common import A, E

A("CQ4", "Ryan pulls health care bill as conservatives revolt, handing Trump a defeat", """
WASHINGTON — House Republican leaders abruptly pulled their bill to repeal and replace the Affordable Care Act on Friday afternoon, minutes before a scheduled vote, after it became clear that they could not overcome opposition from both the party's hard-line conservatives and its moderates.

The retreat was a stunning setback for President Trump, who had made repealing President Barack Obama's signature health law a central promise of his campaign, and for House Speaker Paul D. Ryan, who wrote much of the bill.

"We came really close today, but we came up short," Ryan told reporters at the Capitol. "Obamacare is the law of the land. It's going to remain the law of the land until it's replaced. We're going to be living with Obamacare for the foreseeable future."

Ryan had rushed to the White House earlier in the day to tell the president in person that he did not have the 215 votes needed for passage. According to a senior administration official, Trump then asked the speaker to withdraw the bill rather than see it fail on the House floor.

Members of the conservative House Freedom Caucus had refused to back the measure, saying it left too much of the existing law in place. Its chairman, Rep. Mark Meadows of North Carolina, met repeatedly with White House officials during the week but did not budge.

"We're not going to vote for something that doesn't lower premiums for the American people," Meadows said on Thursday.

At the same time, a number of moderate Republicans, worried by a Congressional Budget Office estimate that 24 million more people would be uninsured within a decade, announced that they would vote no.

The White House had tried to force the issue. On Thursday night, Trump's budget director, Mick Mulvaney, told Republicans at a closed-door meeting that the president wanted a vote on Friday and that, if the bill failed, he would move on to other issues and leave the health law in place.

That ultimatum did not work. By Friday morning the list of Republican holdouts had grown, and party leaders concluded that the bill was doomed.

Trump, speaking to reporters in the Oval Office after the vote was canceled, put the blame on Democrats. "We had no Democrat support," he said. "They weren't going to give us a single vote." He predicted that the health law would "explode" and that Democrats would then come to him asking for a deal.

Democrats, who had opposed the bill as a group, celebrated. House Minority Leader Nancy Pelosi called the outcome "a great day for our country" and "a victory for the American people."

Senate Minority Leader Charles E. Schumer said Democrats were ready to work with Republicans to improve the law "if they drop their efforts to repeal it."

The president did not criticize Ryan directly. "I like Speaker Ryan," he said. "I think he worked very hard." But some of Trump's allies outside Congress openly questioned the speaker's strategy.

The collapse raised doubts about the Republicans' ability to govern even with control of the White House and both chambers of Congress. Party leaders had hoped to use the savings from the health bill to help pay for an overhaul of the tax code.

Rep. Charlie Dent of Pennsylvania, a moderate who had announced his opposition earlier in the week, said the bill had been put together too quickly. "This was not a process designed to produce a good result," he said.

It was not clear on Friday whether the party would try again. Ryan said only that Republicans would now "move on" to other parts of their agenda.
""", ("2017-03-24", "2017-03-24", "the AHCA was pulled Friday March 24, 2017"),
[("Donald Trump", "USA", "President"), ("Barack Obama", "USA", "former President"), ("Paul D. Ryan", "USA", "House Speaker"),
 ("Mark Meadows", "USA", "Representative, chairman of the House Freedom Caucus"), ("Mick Mulvaney", "USA", "budget director"),
 ("Nancy Pelosi", "USA", "House Minority Leader"), ("Charles E. Schumer", "USA", "Senate Minority Leader"),
 ("Charlie Dent", "USA", "Representative of Pennsylvania")],
[E("USA", "USA", "RETREAT CONCEDE", 1, "House Republican leaders abruptly pulled their bill"),
 E("USA", "USA", "CONSULT", 1, "Ryan had rushed to the White House earlier in the day to tell the president"),
 E("USA", "USA", "REQUEST", 1, "Trump then asked the speaker to withdraw the bill"),
 E("USA", "USA", "REJECT", 1, "had refused to back the measure"),
 E("USA", "USA", "CONSULT", 1, "met repeatedly with White House officials", sym=True),
 E("USA", "USA", "REJECT", 1, "announced that they would vote no"),
 E("USA", "USA", "THREATEN COERCE", 1, "if the bill failed, he would move on to other issues"),
 E("USA", "USA", "ACCUSE", 1, "put the blame on Democrats"),
 E("USA", "USA", "REJECT", 0, "Democrats, who had opposed the bill as a group"),
 E("USA", "USA", "AGREE COOPERATE", 0, "Democrats were ready to work with Republicans to improve the law"),
 E("USA", "USA", "SUPPORT", 0, "\"I like Speaker Ryan,\""),
 E("USA", "USA", "ACCUSE", 0, "openly questioned the speaker's strategy"),
 E("USA", "USA", "REJECT", 0, "had announced his opposition earlier in the week"),
])

A("CQ5", "House Republicans narrowly pass bill to repeal Obamacare, 217 to 213", """
WASHINGTON — House Republicans on Thursday narrowly passed legislation to repeal and replace major parts of the Affordable Care Act, reviving a promise that had appeared dead six weeks ago and sending the fight over the nation's health care system to an uncertain future in the Senate.

The vote was 217 to 213. No Democrats voted for the bill, and 20 Republicans joined them in opposing it.

Minutes after the vote, dozens of House Republicans boarded buses to the White House, where President Trump hosted a celebration in the Rose Garden.

"Make no mistake, this is a repeal and replace of Obamacare," Trump said, flanked by Speaker Paul D. Ryan and other party leaders. "We're going to get this passed through the Senate. I feel so confident."

The bill's revival was made possible by a deal struck Wednesday with two Republicans who had wavered over how the measure would treat people with pre-existing conditions. Rep. Fred Upton of Michigan and Rep. Billy Long of Missouri agreed to support it after meeting with Trump at the White House, in exchange for an additional $8 billion to help cover such patients.

"I told the president I would be a yes," Upton told reporters outside the West Wing.

Earlier, the conservative Freedom Caucus had endorsed a revised version that would let states seek waivers from some of the law's requirements, ending the standoff that sank the first attempt in March.

Democrats denounced the measure on the House floor and accused Republicans of voting on a bill that had not been scored by the Congressional Budget Office. As the tally reached 216, some Democrats began to sing "Na na na na, hey hey, goodbye," suggesting that the vote would cost Republicans their seats.

"They have this vote tattooed on their foreheads," House Minority Leader Nancy Pelosi said. "They will glow in the dark."

The American Medical Association, the AARP and the American Hospital Association all opposed the bill. The AMA's president, Andrew Gurman, said in a statement that it would leave millions of Americans without affordable coverage.

Senate Republicans made clear that they would not simply take up the House bill. Several said they would write their own legislation, a process that could take months.

"We're starting from scratch," Sen. Lamar Alexander of Tennessee, chairman of the Senate health committee, told reporters. Sen. Susan Collins of Maine said she had serious concerns about the House measure.

Senate Majority Leader Mitch McConnell welcomed the House vote but offered no timeline.

Ryan, speaking before the vote, said the current law was "collapsing" and that Republicans had a duty to act. "A lot of us have been waiting seven years to cast this vote," he said.

Democrats promised to make the vote a central issue in the 2018 midterm elections. The Democratic Congressional Campaign Committee began running online ads against vulnerable Republicans within hours.

Protesters gathered outside the Capitol and at several Republican district offices in the afternoon, chanting against the bill.

Rep. Charlie Dent of Pennsylvania, one of the 20 Republicans who voted no, said he still could not support the measure. "I do not believe this bill will make health care better for the people I represent," he said.
""", ("2017-05-04", "2017-05-04", "the House passed the AHCA Thursday May 4, 2017"),
[("Donald Trump", "USA", "President"), ("Paul D. Ryan", "USA", "House Speaker"), ("Fred Upton", "USA", "Representative of Michigan"),
 ("Billy Long", "USA", "Representative of Missouri"), ("Nancy Pelosi", "USA", "House Minority Leader"),
 ("Andrew Gurman", "USA", "president, American Medical Association"), ("Lamar Alexander", "USA", "Senator of Tennessee, chairman of the Senate health committee"),
 ("Susan Collins", "USA", "Senator of Maine"), ("Mitch McConnell", "USA", "Senate Majority Leader"), ("Charlie Dent", "USA", "Representative of Pennsylvania")],
[E("USA", "USA", "REJECT", 0, "20 Republicans joined them in opposing it"),
 E("USA", "USA", "CONSULT SUPPORT", 1, "President Trump hosted a celebration in the Rose Garden"),
 E("USA", "USA", "AGREE", 1, "a deal struck Wednesday with two Republicans", sym=True),
 E("USA", "USA", "AGREE SUPPORT", 1, "agreed to support it after meeting with Trump"),
 E("USA", "USA", "CONSULT", 1, "after meeting with Trump at the White House", sym=True),
 E("USA", "USA", "SUPPORT", 0, "the conservative Freedom Caucus had endorsed a revised version"),
 E("USA", "USA", "ACCUSE", 1, "accused Republicans of voting on a bill"),
 E("USA", "USA", "THREATEN ACCUSE", 1, "\"They will glow in the dark.\""),
 E("USA", "USA", "REJECT ACCUSE", 1, "it would leave millions of Americans without affordable coverage"),
 E("USA", "USA", "REJECT", 1, "they would not simply take up the House bill"),
 E("USA", "USA", "SUPPORT", 0, "welcomed the House vote"),
 E("USA", "USA", "PROTEST", 1, "Protesters gathered outside the Capitol"),
 E("USA", "USA", "THREATEN", 0, "Democrats promised to make the vote a central issue"),
])

A("CQ6", "McCain casts decisive vote as Senate rejects 'skinny' Obamacare repeal", """
WASHINGTON — The Senate early Friday rejected a stripped-down bill to repeal parts of the Affordable Care Act, as Sen. John McCain of Arizona joined two other Republicans and every Democrat in voting no and dealt what may be a fatal blow to his party's seven-year campaign against the law.

The vote was 51 to 49. McCain, who returned to Washington this week after being diagnosed with brain cancer, walked to the well of the chamber shortly before 1:30 a.m. and signaled his vote with a downturned thumb. Gasps could be heard in the chamber.

Sens. Susan Collins of Maine and Lisa Murkowski of Alaska also voted against the measure, as they had on earlier repeal votes this week.

The so-called skinny repeal would have eliminated the law's requirement that most Americans have insurance and suspended its mandate on large employers. The Congressional Budget Office estimated that 16 million more people would be uninsured by 2026.

Senate Majority Leader Mitch McConnell, who had spent weeks trying to hold his conference together, called it "a disappointment, a disappointment indeed." He told colleagues that it was "time to move on."

In a statement after the vote, McCain said the bill "offered no replacement" and urged both parties to return to "regular order," with hearings and amendments from both sides. "We must now return to the correct way of legislating," he said.

Hours before the vote, McCain, along with Sens. Lindsey Graham of South Carolina and Ron Johnson of Wisconsin, had demanded a guarantee from House Speaker Paul D. Ryan that the House would not simply pass the Senate bill and send it to the president. Graham called the measure "a disaster" and "a fraud."

Ryan issued a statement saying the House was willing to go to a conference committee, but the three senators said it was not enough. Graham and Johnson ultimately voted yes.

Vice President Mike Pence, who had come to the Capitol in case his tie-breaking vote was needed, spoke with McCain on the Senate floor for several minutes before the vote. He could not change his mind.

President Trump lashed out hours later. "3 Republicans and 48 Democrats let the American people down," he wrote on Twitter. "As I said from the beginning, let ObamaCare implode, then deal. Watch!"

Democrats, who had unanimously opposed the measure, said they were ready to work with Republicans on bipartisan changes to stabilize insurance markets.

"We are not celebrating. We are relieved," Senate Minority Leader Charles E. Schumer said on the floor. He praised McCain, Collins and Murkowski for their "courage."

Outside the Capitol, hundreds of protesters who had held a vigil late into the night cheered when news of the vote spread.

Murkowski had faced pressure from the administration before the vote. Interior Secretary Ryan Zinke called Alaska's two senators this week to warn that her opposition could put administration support for projects in the state at risk, according to the Alaska Dispatch News.

The outcome left Republican leaders with no clear path forward on health care. Several senators said they expected to turn to a tax overhaul after the August recess.

Collins said she hoped the vote would lead to a fresh start. "We need to work together," she said, "Republicans and Democrats alike."
""", ("2017-07-28", "2017-07-28", "the skinny-repeal vote took place early Friday July 28, 2017"),
[("John McCain", "USA", "Senator of Arizona"), ("Susan Collins", "USA", "Senator of Maine"), ("Lisa Murkowski", "USA", "Senator of Alaska"),
 ("Mitch McConnell", "USA", "Senate Majority Leader"), ("Lindsey Graham", "USA", "Senator of South Carolina"), ("Ron Johnson", "USA", "Senator of Wisconsin"),
 ("Paul D. Ryan", "USA", "House Speaker"), ("Mike Pence", "USA", "Vice President"), ("Donald Trump", "USA", "President"),
 ("Charles E. Schumer", "USA", "Senate Minority Leader"), ("Ryan Zinke", "USA", "Interior Secretary")],
[E("USA", "USA", "REJECT", 1, "joined two other Republicans and every Democrat in voting no"),
 E("USA", "USA", "REJECT", 0, "also voted against the measure"),
 E("USA", "USA", "REQUEST", 1, "urged both parties to return to \"regular order,\""),
 E("USA", "USA", "REQUEST", 1, "had demanded a guarantee from House Speaker Paul D. Ryan"),
 E("USA", "USA", "ACCUSE", 0, "Graham called the measure \"a disaster\" and \"a fraud.\""),
 E("USA", "USA", "AGREE CONCEDE", 1, "the House was willing to go to a conference committee"),
 E("USA", "USA", "REJECT", 0, "the three senators said it was not enough"),
 E("USA", "USA", "CONSULT", 1, "spoke with McCain on the Senate floor", sym=True),
 E("USA", "USA", "ACCUSE", 1, "\"3 Republicans and 48 Democrats let the American people down,\""),
 E("USA", "USA", "THREATEN", 0, "let ObamaCare implode, then deal"),
 E("USA", "USA", "AGREE COOPERATE", 0, "they were ready to work with Republicans"),
 E("USA", "USA", "SUPPORT", 1, "He praised McCain, Collins and Murkowski"),
 E("USA", "USA", "PROTEST", 0, "hundreds of protesters who had held a vigil"),
 E("USA", "USA", "THREATEN", 1, "to warn that her opposition could put administration support for projects"),
 E("USA", "USA", "REQUEST", 0, "\"We need to work together,\""),
])
