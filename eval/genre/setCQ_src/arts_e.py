from common import A, E

A("CQ15", "Millions join women's marches across the country a day after Trump's inauguration", """
WASHINGTON — Hundreds of thousands of people filled the streets of the nation's capital on Saturday, and millions more marched in cities across the country and around the world, in a sweeping show of opposition to President Trump on his first full day in office.

The Women's March on Washington, which began as a Facebook post after the election, drew a crowd that city officials estimated at about half a million people, far larger than organizers had planned for. The crowd was so big that the planned route to the Ellipse near the White House could not be used, and marchers spilled into side streets.

Many wore knitted pink hats and carried handmade signs about women's rights, immigration, health care and climate change. The day was largely peaceful; police in Washington, New York, Chicago and Los Angeles reported no arrests connected to the marches.

"We are here to say that we will not be silent," Linda Sarsour, one of the march's national co-chairs, told the crowd. "We will not be divided and we will not be quiet."

The speakers included activists, artists and politicians. Former Secretary of State John Kerry walked with the crowd. Sen. Kamala Harris of California, sworn in only weeks earlier, told marchers that "women's issues are economic issues" and urged them to stay engaged.

Gloria Steinem, the feminist writer, accused the new administration of trying to "divide us," and called the march "the upside of the downside."

Large crowds also turned out in Boston, Denver, Seattle and St. Paul. In Chicago, organizers canceled the formal march because the crowd, estimated at 250,000, was too large to move safely. Sister marches took place in London, Paris, Sydney and dozens of other cities abroad.

The new president spent the day at the CIA headquarters in Langley, Va., and at an interfaith prayer service at the National Cathedral. He did not mention the marches in public on Saturday.

On Sunday morning, he wrote on Twitter: "Watched protests yesterday but was under the impression that we just had an election! Why didn't these people vote?" About two hours later, he struck a different tone: "Peaceful protests are a hallmark of our democracy. Even if I don't always agree, I recognize the rights of people to express their views."

White House press secretary Sean Spicer used his first appearance in the briefing room on Saturday evening to accuse the news media of deliberately understating the size of the inauguration crowd, a claim that photographs did not support. He did not take questions.

Republican leaders in Congress played down the marches. A spokesman for House Speaker Paul Ryan said the speaker respected the right to protest but that the party was focused on its agenda.

Democrats sought to turn the energy into political organizing. Senate Minority Leader Charles E. Schumer said the crowds were a sign that Americans would "hold this administration accountable."

Organizers announced a campaign of "10 actions in 100 days," beginning with postcards to members of Congress.

The march was not without tension. Some anti-abortion groups said they had been excluded from the list of partners, and several women of color said they had felt overlooked during the planning. Organizers acknowledged the criticism and said they had tried to build a broad coalition.

Mary Ellen Oxnard, 67, who traveled from Ohio by bus overnight, said she had never taken part in a protest before. "I didn't think I would need to," she said. "Now I think I will need to again."
""", ("2017-01-21", "2017-01-22", "the Women's March was Saturday Jan. 21, 2017; the text quotes Trump's Sunday Jan. 22 tweets"),
[("Donald Trump", "USA", "President"), ("Linda Sarsour", "USA", "national co-chair, Women's March"), ("John Kerry", "USA", "former Secretary of State"),
 ("Kamala Harris", "USA", "Senator of California"), ("Gloria Steinem", "USA", "feminist writer"), ("Sean Spicer", "USA", "White House press secretary"),
 ("Paul Ryan", "USA", "House Speaker"), ("Charles E. Schumer", "USA", "Senate Minority Leader"), ("Mary Ellen Oxnard", "USA", "marcher from Ohio")],
[E("USA", "USA", "PROTEST", 1, "in a sweeping show of opposition to President Trump"),
 E("USA", "USA", "PROTEST", 0, "millions more marched in cities across the country"),
 E("USA", "USA", "PROTEST REJECT", 0, "\"We are here to say that we will not be silent,\""),
 E("USA", "USA", "REQUEST", 0, "urged them to stay engaged"),
 E("USA", "USA", "ACCUSE", 1, "accused the new administration of trying to \"divide us,\""),
 E(["GBR", "FRA", "AUS"], "USA", "PROTEST", 0, "Sister marches took place in London, Paris, Sydney"),
 E("USA", "USA", "ACCUSE", 1, "\"Watched protests yesterday but was under the impression that we just had an election! Why didn't these people vote?\""),
 E("USA", "USA", "CONCEDE SUPPORT", 1, "\"Peaceful protests are a hallmark of our democracy."),
 E("USA", "USA", "ACCUSE", 1, "to accuse the news media of deliberately understating the size of the inauguration crowd"),
 E("USA", "USA", "REJECT", 1, "Republican leaders in Congress played down the marches"),
 E("USA", "USA", "THREATEN ACCUSE", 1, "would \"hold this administration accountable.\""),
 E("USA", "USA", "PROTEST REQUEST", 0, "beginning with postcards to members of Congress"),
 E("USA", "USA", "ACCUSE", 1, "Some anti-abortion groups said they had been excluded"),
 E("USA", "USA", "CONCEDE", 0, "Organizers acknowledged the criticism"),
])

A("CQ16", "Republican senators rally behind Sessions as Trump steps up attacks", """
WASHINGTON — Republican senators closed ranks around Attorney General Jeff Sessions on Wednesday, warning President Trump against firing their former colleague as the president kept up a days-long public campaign to humiliate him.

In a string of posts on Twitter and in remarks to reporters, Trump has called Sessions "beleaguered" and "VERY weak," criticized him for failing to investigate Hillary Clinton and complained about his decision in March to recuse himself from the Russia investigation.

"Attorney General Jeff Sessions has taken a VERY weak position on Hillary Clinton crimes," Trump wrote on Tuesday. In an interview with The Wall Street Journal, he said of Sessions's early endorsement of his campaign: "It's not like a great loyal thing."

The attacks drew an unusually blunt response from Capitol Hill, where Sessions served for two decades as a senator from Alabama.

Sen. Lindsey Graham of South Carolina warned that firing Sessions to clear the way for ending the special counsel's inquiry would be "the beginning of the end of the Trump presidency." He said he would introduce legislation to prevent a president from firing a special counsel without review by a panel of judges.

"If Jeff Sessions is fired, there will be holy hell to pay," Graham told reporters.

Sen. Charles E. Grassley of Iowa, chairman of the Judiciary Committee, said on Twitter that his panel's schedule was full for the rest of the year and that it would not hold hearings on a new attorney general in 2017, a pointed message to the White House.

Senate Majority Leader Mitch McConnell said he had "total confidence" in Sessions. Sen. Richard Shelby of Alabama said Sessions had been "a loyal supporter of the president" from the start.

Sessions himself has shown no sign of leaving. In an interview with Fox News on Thursday, he said the president's criticism was "kind of hurtful," but said he intended to stay in the job "as long as that is appropriate."

The White House did not say whether the president intended to fire him. Anthony Scaramucci, the newly named White House communications director, told reporters that the two men needed to "sit down and reconcile."

Several conservative groups and commentators who had long championed Sessions's hard line on immigration also came to his defense. Breitbart News, which is close to the president's former chief strategist, ran a series of articles critical of the attacks.

Democrats said the feud showed that Trump was trying to interfere with Robert Mueller's investigation. Senate Minority Leader Charles E. Schumer said Republicans should make clear that any attempt to remove Mueller "would not be tolerated."

Trump has also used the recent days to revive complaints about Andrew McCabe, the acting FBI director, whose wife received donations from a political group tied to a Clinton ally when she ran for the Virginia state Senate. He asked on Twitter why Sessions had not replaced McCabe.

Sen. Ben Sasse, a Nebraska Republican, was among several lawmakers who criticized the president directly. "Mr. President, the Attorney General is not your personal lawyer," he said.

The tension comes as the Senate is trying to pass health care legislation, and some Republicans said privately that the feud was an unwelcome distraction. Others said they believed it would pass without Sessions losing his job.

"I think the attorney general is doing a fine job," Sen. Orrin Hatch of Utah said. "I hope the president sees that."
""", ("2017-07-26", "2017-07-28", "the Republican defense of Sessions (Graham, Grassley, McConnell) came Wednesday July 26, 2017; the text cites Sessions's Fox News interview of Thursday July 27"),
[("Jeff Sessions", "USA", "Attorney General"), ("Donald Trump", "USA", "President"), ("Hillary Clinton", "USA", "former presidential candidate"),
 ("Lindsey Graham", "USA", "Senator of South Carolina"), ("Charles E. Grassley", "USA", "Senator of Iowa, chairman of the Judiciary Committee"),
 ("Mitch McConnell", "USA", "Senate Majority Leader"), ("Richard Shelby", "USA", "Senator of Alabama"),
 ("Anthony Scaramucci", "USA", "White House communications director"), ("Robert Mueller", "USA", "special counsel"),
 ("Charles E. Schumer", "USA", "Senate Minority Leader"), ("Andrew McCabe", "USA", "acting FBI director"), ("Ben Sasse", "USA", "Senator, Nebraska Republican"),
 ("Orrin Hatch", "USA", "Senator of Utah")],
[E("USA", "USA", "SUPPORT", 1, "Republican senators closed ranks around Attorney General Jeff Sessions"),
 E("USA", "USA", "THREATEN", 1, "warning President Trump against firing their former colleague"),
 E("USA", "USA", "ACCUSE", 1, "Trump has called Sessions \"beleaguered\" and \"VERY weak,\""),
 E("USA", "USA", "ACCUSE", 0, "complained about his decision in March to recuse himself"),
 E("USA", "USA", "THREATEN", 1, "\"If Jeff Sessions is fired, there will be holy hell to pay,\""),
 E("USA", "USA", "REJECT THREATEN", 1, "it would not hold hearings on a new attorney general in 2017"),
 E("USA", "USA", "SUPPORT", 1, "he had \"total confidence\" in Sessions"),
 E("USA", "USA", "ACCUSE", 0, "the president's criticism was \"kind of hurtful,\""),
 E("USA", "USA", "REQUEST", 0, "the two men needed to \"sit down and reconcile.\""),
 E("USA", "USA", "SUPPORT", 0, "also came to his defense"),
 E("USA", "USA", "ACCUSE", 1, "Trump was trying to interfere with Robert Mueller's investigation"),
 E("USA", "USA", "ACCUSE", 0, "revive complaints about Andrew McCabe"),
 E("USA", "USA", "ACCUSE", 1, "\"Mr. President, the Attorney General is not your personal lawyer,\""),
 E("USA", "USA", "SUPPORT", 0, "\"I think the attorney general is doing a fine job,\""),
])

A("CQ17", "Republicans rebuke Trump after he again blames 'both sides' for Charlottesville violence", """
President Trump on Tuesday insisted that "both sides" were to blame for the deadly violence at a white nationalist rally in Charlottesville, Va., reversing the more measured tone he had taken a day earlier and setting off a wave of criticism from Republican leaders, business executives and military chiefs.

In a combative exchange with reporters in the lobby of Trump Tower in New York, the president defended his initial response to Saturday's clashes and said there were "very fine people on both sides" of the confrontation.

"You had a group on one side that was bad, and you had a group on the other side that was also very violent," Trump said. "Nobody wants to say that. I'll say it right now."

He also criticized the "alt-left" counterprotesters, saying they had come "charging with clubs in their hands," and questioned whether statues of Confederate generals should be removed. "This week it's Robert E. Lee. I notice that Stonewall Jackson is coming down. I wonder, is it George Washington next week?"

The remarks came one day after Trump, under heavy pressure, read a statement at the White House condemning the Ku Klux Klan, neo-Nazis and white supremacists "as repugnant to everything we hold dear as Americans."

House Speaker Paul Ryan responded within hours. "We must be clear. White supremacy is repulsive," he wrote on Twitter. "There can be no moral ambiguity."

Senate Majority Leader Mitch McConnell said in a statement that there were "no good neo-Nazis," although he did not mention the president by name. Sen. Marco Rubio of Florida said the white supremacist groups were "100% to blame" and that the president could not allow them to claim even a piece of the moral high ground.

Former Presidents George H.W. Bush and George W. Bush issued a joint statement saying America "must always reject racial bigotry, anti-Semitism, and hatred in all forms."

The backlash extended to the business world. Within a day, two of the president's advisory councils of chief executives were falling apart. Kenneth Frazier, the chief executive of Merck, had resigned from the manufacturing council on Monday, saying he felt "a responsibility to take a stand against intolerance and extremism." Trump attacked him on Twitter within an hour.

The chiefs of the Army, Navy, Air Force and Marine Corps each posted statements condemning racism and extremism, an unusual step that was widely seen as a rebuke.

David Duke, the former Ku Klux Klan leader, praised the president's comments. "Thank you President Trump for your honesty & courage to tell the truth about #Charlottesville," he wrote on Twitter.

The violence on Saturday left a 32-year-old woman, Heather Heyer, dead after a man drove a car into a crowd of counterprotesters. The driver, James Alex Fields Jr., has been charged with second-degree murder. Two Virginia state troopers also died when their helicopter crashed while monitoring the events.

Virginia Gov. Terry McAuliffe, a Democrat, said the president's remarks were "dangerous." He had told white nationalists on Saturday to "go home" and said they were not wanted in the state.

Charlottesville Mayor Mike Signer, who has called for the removal of a statue of Lee from a city park, accused Trump of giving comfort to racists.

Inside the White House, several aides said privately that they had been caught off guard by the president's remarks, according to a senior administration official. Chief of staff John F. Kelly stood to the side with his arms folded as the president spoke.
""", ("2017-08-15", "2017-08-16", "Trump's 'both sides' news conference at Trump Tower was Tuesday Aug. 15, 2017"),
[("Donald Trump", "USA", "President"), ("Robert E. Lee", "USA", "Confederate general"), ("Stonewall Jackson", "USA", "Confederate general"),
 ("George Washington", "USA", "first President"), ("Paul Ryan", "USA", "House Speaker"), ("Mitch McConnell", "USA", "Senate Majority Leader"),
 ("Marco Rubio", "USA", "Senator of Florida"), ("George H.W. Bush", "USA", "former President"), ("George W. Bush", "USA", "former President"),
 ("Kenneth Frazier", "USA", "chief executive of Merck"), ("David Duke", "USA", "former Ku Klux Klan leader"), ("Heather Heyer", "USA", "counterprotester killed"),
 ("James Alex Fields Jr.", "USA", "driver charged with murder"), ("Terry McAuliffe", "USA", "Governor of Virginia"),
 ("Mike Signer", "USA", "Mayor of Charlottesville"), ("John F. Kelly", "USA", "White House chief of staff")],
[E("USA", "USA", "ACCUSE", 1, "insisted that \"both sides\" were to blame"),
 E("USA", "USA", "ACCUSE", 1, "He also criticized the \"alt-left\" counterprotesters"),
 E("USA", "USA", "ACCUSE", 0, "condemning the Ku Klux Klan, neo-Nazis and white supremacists"),
 E("USA", "USA", "ACCUSE", 1, "\"There can be no moral ambiguity.\""),
 E("USA", "USA", "ACCUSE", 0, "there were \"no good neo-Nazis,\""),
 E("USA", "USA", "ACCUSE", 1, "the white supremacist groups were \"100% to blame\""),
 E("USA", "USA", "REJECT ACCUSE", 0, "America \"must always reject racial bigotry, anti-Semitism, and hatred in all forms.\""),
 E(["USA", "MNC"], "USA", "PROTEST RETREAT", 1, "had resigned from the manufacturing council on Monday"),
 E("USA", ["USA", "MNC"], "ACCUSE", 1, "Trump attacked him on Twitter within an hour"),
 E("USA", "USA", "ACCUSE", 1, "each posted statements condemning racism and extremism"),
 E("USA", "USA", "SUPPORT", 1, "David Duke, the former Ku Klux Klan leader, praised the president's comments"),
 E("USA", "USA", "ASSAULT", 1, "after a man drove a car into a crowd of counterprotesters"),
 E("USA", "USA", "COERCE ACCUSE", 1, "has been charged with second-degree murder"),
 E("USA", "USA", "ACCUSE", 1, "the president's remarks were \"dangerous.\""),
 E("USA", "USA", "REQUEST COERCE", 0, "He had told white nationalists on Saturday to \"go home\""),
 E("USA", "USA", "ACCUSE", 1, "accused Trump of giving comfort to racists"),
])

A("CQ18", "Corker says White House has become 'adult day care center' as feud with Trump erupts", """
WASHINGTON — Sen. Bob Corker of Tennessee, the Republican chairman of the Senate Foreign Relations Committee, warned on Sunday that President Trump's reckless threats toward other countries could set the nation "on the path to World War III," escalating an extraordinary public feud between the president and a senior member of his own party.

In a telephone interview, Corker said the president treated his office like "a reality show" and that he was worried about the consequences. "He concerns me," Corker said. "He would have to concern anyone who cares about our nation."

Hours earlier, the two men had traded insults on Twitter. Trump accused Corker of having "begged" for his endorsement for re-election and then deciding not to run after the president said no. "He also wanted to be Secretary of State, I said 'NO THANKS,'" Trump wrote. "He didn't have the guts to run!"

Corker replied within an hour. "It's a shame the White House has become an adult day care center," he wrote. "Someone obviously missed their shift this morning."

Corker's aides disputed the president's account. They said Trump had called the senator last month and urged him to run again, promising to endorse him. Corker announced in September that he would not seek a third term.

The feud has its roots in comments Corker made in August, after the violence in Charlottesville, Va., when he said the president had not yet shown "the stability nor some of the competence" needed to succeed. Last week, Corker also said that Secretary of State Rex Tillerson, Defense Secretary Jim Mattis and White House chief of staff John F. Kelly were among the people who "help separate our country from chaos."

Tillerson has been at odds with the president over diplomacy with North Korea. A week ago, Trump wrote that Tillerson was "wasting his time trying to negotiate with Little Rocket Man," undercutting his top diplomat just as he returned from talks in Beijing.

Corker said the president's public taunting of North Korea's leader, Kim Jong Un, was undermining efforts by Tillerson to find a diplomatic solution to the nuclear standoff.

The White House did not respond directly to Corker's remarks on Sunday. A senior administration official said the president was "not going to be lectured by someone who chose to quit."

Most Republican senators stayed silent. Senate Majority Leader Mitch McConnell's office declined to comment. But some privately said Corker was voicing concerns that were widely shared in the party's conference.

The dispute could complicate the president's legislative agenda. Republicans hold 52 seats in the Senate, and Corker's vote could be decisive on a tax overhaul. Corker, a deficit hawk, has said he will not support any tax bill that adds to the federal deficit.

As chairman of the Foreign Relations Committee, Corker also plays a central role in the debate over the Iran nuclear deal. Trump is expected to announce this week that he will not certify that Iran is complying with the agreement, sending the matter to Congress.

Democrats seized on the senator's comments. Senate Minority Leader Charles E. Schumer said Corker had "said out loud what many Republicans believe."

Corker said he had no regrets. "I know for a fact that every single day at the White House, it's a situation of trying to contain him," he said.
""", ("2017-10-08", "2017-10-09", "the Corker-Trump exchange of tweets and Corker's interview came on Sunday Oct. 8, 2017"),
[("Bob Corker", "USA", "Senator of Tennessee, chairman of the Senate Foreign Relations Committee"), ("Donald Trump", "USA", "President"),
 ("Rex Tillerson", "USA", "Secretary of State"), ("Jim Mattis", "USA", "Defense Secretary"), ("John F. Kelly", "USA", "White House chief of staff"),
 ("Kim Jong Un", "PRK", "North Korea's leader"), ("Mitch McConnell", "USA", "Senate Majority Leader"), ("Charles E. Schumer", "USA", "Senate Minority Leader")],
[E("USA", "USA", "ACCUSE", 1, "warned on Sunday that President Trump's reckless threats"),
 E("USA", "USA", "ACCUSE", 1, "Trump accused Corker of having \"begged\" for his endorsement"),
 E("USA", "USA", "REJECT", 0, "I said 'NO THANKS,'"),
 E("USA", "USA", "ACCUSE", 1, "\"It's a shame the White House has become an adult day care center,\""),
 E("USA", "USA", "REJECT", 1, "Corker's aides disputed the president's account"),
 E("USA", "USA", "REQUEST", 0, "urged him to run again"),
 E("USA", "USA", "ACCUSE", 0, "the president had not yet shown \"the stability nor some of the competence\""),
 E("USA", "USA", "ACCUSE", 1, "Trump wrote that Tillerson was \"wasting his time"),
 E("USA", "PRK", "CONSULT", 0, "trying to negotiate with Little Rocket Man"),
 E("USA", "CHN", "CONSULT", 0, "talks in Beijing", sym=True),
 E("USA", "PRK", "THREATEN ACCUSE", 1, "the president's public taunting of North Korea's leader"),
 E("USA", "USA", "ACCUSE", 1, "\"not going to be lectured by someone who chose to quit.\""),
 E("USA", "USA", "THREATEN REJECT", 1, "he will not support any tax bill that adds to the federal deficit"),
 E("USA", "IRN", "ACCUSE REJECT", 0, "he will not certify that Iran is complying with the agreement"),
 E("USA", "USA", "SUPPORT", 0, "Corker had \"said out loud what many Republicans believe.\""),
])

A("CQ19", "States sue to stop Trump from cutting off health insurance subsidies", """
A coalition of 18 states and the District of Columbia sued the Trump administration on Friday to stop it from cutting off billions of dollars in payments to health insurers, a day after the White House announced that it would end the subsidies, which help millions of low-income Americans pay for care.

The lawsuit, filed in federal court in San Francisco, was led by California Attorney General Xavier Becerra and New York Attorney General Eric Schneiderman. It asks a judge to order the administration to keep making the payments, known as cost-sharing reductions, while the case proceeds.

"The president is doing everything he can to sabotage the health care of the American people," Becerra said at a news conference in Sacramento. "We will not stand by while he uses the lives of families as bargaining chips."

The White House said late Thursday that it could no longer legally make the payments because Congress had never specifically approved the money. A federal judge ruled in 2016, in a lawsuit filed by House Republicans, that the payments were unconstitutional, but the ruling was put on hold while the Obama administration appealed.

Trump defended the move on Friday and said it would force Democrats to negotiate. "Obamacare is a broken mess," he told reporters before leaving for a trip to Virginia. "The Democrats should call me, and we will get something done."

He also predicted that the health law's insurance markets would "implode" and wrote on Twitter that the payments were "a windfall to the insurance companies."

Democratic leaders in Congress called the decision an act of sabotage. In a joint statement, Senate Minority Leader Chuck Schumer and House Minority Leader Nancy Pelosi said Trump was trying to "punish" Americans for his failure to repeal the law. "It is a spiteful act of vast, pointless sabotage," they wrote.

Some Republicans also expressed concern. Sen. Susan Collins of Maine said the decision would cause premiums to rise, and Rep. Ileana Ros-Lehtinen of Florida wrote on Twitter that it was "not a solution."

Insurance industry groups warned that prices would go up. America's Health Insurance Plans and the Blue Cross Blue Shield Association said in a joint statement that the move would "make it harder for patients to access the coverage and care they need."

The administration's decision came on the same day that Trump signed an executive order directing agencies to expand the availability of cheaper, less comprehensive health plans.

Sen. Lamar Alexander of Tennessee and Sen. Patty Murray of Washington, the leaders of the Senate health committee, said they were close to a bipartisan deal that would restore the payments for two years in exchange for giving states more flexibility.

"I'm hopeful that we can reach an agreement next week," Alexander said in a statement.

Health care analysts said insurers in most states had already raised their 2018 rates in anticipation of losing the subsidies. Because of how the health law works, those increases will also raise federal spending on premium tax credits, which could make many people's coverage cheaper, not more expensive.

Schneiderman said the states were prepared to take the case "as far as necessary."

The states that joined the suit include Connecticut, Illinois, Kentucky, Massachusetts, Pennsylvania and Virginia. Kentucky joined through its Democratic attorney general, Andy Beshear, although its Republican governor supports the repeal effort.
""", ("2017-10-13", "2017-10-13", "the states sued on Friday Oct. 13, 2017, a day after the Thursday Oct. 12 announcement"),
[("Donald Trump", "USA", "President"), ("Xavier Becerra", "USA", "California Attorney General"), ("Eric Schneiderman", "USA", "New York Attorney General"),
 ("Chuck Schumer", "USA", "Senate Minority Leader"), ("Nancy Pelosi", "USA", "House Minority Leader"), ("Susan Collins", "USA", "Senator of Maine"),
 ("Ileana Ros-Lehtinen", "USA", "Representative of Florida"), ("Lamar Alexander", "USA", "Senator of Tennessee"),
 ("Patty Murray", "USA", "Senator of Washington"), ("Andy Beshear", "USA", "Kentucky Attorney General")],
[E("USA", "USA", "ACCUSE", 1, "sued the Trump administration on Friday"),
 E("USA", "USA", "REQUEST", 1, "asks a judge to order the administration to keep making the payments"),
 E("USA", "USA", "ACCUSE", 1, "\"The president is doing everything he can to sabotage"),
 E("USA", "USA", "SANCTION RETREAT", 0, "it would end the subsidies"),
 E("USA", "USA", "ACCUSE", 0, "in a lawsuit filed by House Republicans"),
 E("USA", "USA", "COERCE REQUEST", 1, "it would force Democrats to negotiate"),
 E("USA", "USA", "REQUEST", 1, "\"The Democrats should call me, and we will get something done.\""),
 E("USA", "USA", "ACCUSE", 1, "called the decision an act of sabotage"),
 E("USA", "USA", "ACCUSE", 1, "the decision would cause premiums to rise"),
 E("USA", "USA", "ACCUSE", 0, "it was \"not a solution.\""),
 E(["USA", "MNC"], "USA", "ACCUSE", 1, "Insurance industry groups warned that prices would go up"),
 E("USA", "USA", "AGREE CONSULT", 1, "they were close to a bipartisan deal", sym=True),
 E("USA", "USA", "THREATEN", 0, "take the case \"as far as necessary.\""),
])

A("CQ20", "Flynn pleads guilty to lying to FBI, agrees to cooperate with Mueller", """
Michael Flynn, President Trump's former national security adviser, pleaded guilty on Friday to lying to the FBI about his conversations with Russia's ambassador and agreed to cooperate with the special counsel's investigation, making him the most senior Trump associate so far to admit to a crime.

Flynn, a retired Army lieutenant general, entered his plea in federal court in Washington. He admitted that he had made false statements to FBI agents in January about his contacts with Ambassador Sergey Kislyak during the presidential transition.

According to court papers filed by the special counsel, Robert Mueller, Flynn asked Kislyak in late December to refrain from escalating the situation after the Obama administration imposed sanctions on Russia and expelled 35 Russian diplomats in retaliation for Moscow's interference in the election.

The next day, President Vladimir Putin announced that Russia would not retaliate. Kislyak later called Flynn to tell him that Moscow had chosen to moderate its response because of his request, the documents said.

Prosecutors also said that Flynn had asked Kislyak to delay or defeat a United Nations Security Council vote on a resolution condemning Israeli settlements. Russia did not go along with that request, and the resolution passed after the Obama administration abstained.

The filing said that Flynn had acted on instructions from a "very senior member" of the transition team, whom people familiar with the case identified as Jared Kushner, the president's son-in-law and senior adviser.

"I recognize that the actions I acknowledged in court today were wrong," Flynn said in a statement after the hearing. "My guilty plea and agreement to cooperate with the special counsel's office reflect a decision I made in the best interests of my family and of our country."

The White House sought to distance the president from his former aide. "Nothing about the guilty plea or the charge implicates anyone other than Mr. Flynn," Ty Cobb, a White House lawyer, said in a statement. Cobb noted that Flynn had served in the administration for only 25 days.

Flynn was forced to resign in February after it emerged that he had misled Vice President Mike Pence about the substance of his calls with Kislyak.

Trump did not comment on Friday. On Saturday he wrote on Twitter that he had fired Flynn "because he lied to the Vice President and the FBI," a statement that critics said suggested the president knew about the lies when he later asked the FBI director to drop the case.

Democrats said the plea showed that the Russia investigation was far from over. Sen. Mark Warner of Virginia, the top Democrat on the Senate Intelligence Committee, said it was "further evidence" that the campaign had close contacts with Russian officials. Sen. Richard Blumenthal of Connecticut warned the president against any attempt to pardon Flynn.

The Kremlin dismissed the case. Dmitry Peskov, Putin's spokesman, told reporters in Moscow that the contacts between Kislyak and Flynn had been "normal diplomatic work."

Flynn faces up to five years in prison, but prosecutors are expected to seek a lighter sentence in light of his cooperation. Sentencing has not been scheduled.

Flynn's lawyer, Robert Kelner, did not take questions outside the courthouse, where a small group of protesters chanted "Lock him up," a twist on the chant Flynn once led against Hillary Clinton at the Republican convention.
""", ("2017-12-01", "2017-12-02", "Flynn pleaded guilty on Friday Dec. 1, 2017; the text quotes Trump's Saturday Dec. 2 tweet"),
[("Michael Flynn", "USA", "former national security adviser"), ("Donald Trump", "USA", "President"), ("Sergey Kislyak", "RUS", "Russia's ambassador"),
 ("Robert Mueller", "USA", "special counsel"), ("Vladimir Putin", "RUS", "President"), ("Jared Kushner", "USA", "the president's son-in-law and senior adviser"),
 ("Ty Cobb", "USA", "White House lawyer"), ("Mike Pence", "USA", "Vice President"), ("Mark Warner", "USA", "Senator of Virginia, top Democrat on the Senate Intelligence Committee"),
 ("Richard Blumenthal", "USA", "Senator of Connecticut"), ("Dmitry Peskov", "RUS", "Kremlin spokesman"), ("Robert Kelner", "USA", "Flynn's lawyer"),
 ("Hillary Clinton", "USA", "former presidential candidate")],
[E("USA", "USA", "CONCEDE", 1, "pleaded guilty on Friday to lying to the FBI"),
 E("USA", "USA", "COOPERATE AGREE", 1, "agreed to cooperate with the special counsel's investigation"),
 E("USA", "RUS", "CONSULT", 0, "his contacts with Ambassador Sergey Kislyak", sym=True),
 E("USA", "RUS", "REQUEST", 1, "Flynn asked Kislyak in late December to refrain from escalating the situation"),
 E("USA", "RUS", "SANCTION", 1, "the Obama administration imposed sanctions on Russia"),
 E("USA", "RUS", "SANCTION COERCE", 1, "expelled 35 Russian diplomats"),
 E("RUS", "USA", "ASSAULT COERCE", 0, "Moscow's interference in the election"),
 E("RUS", "USA", "RETREAT CONCEDE", 1, "Russia would not retaliate"),
 E("RUS", "USA", "CONSULT", 0, "Kislyak later called Flynn", sym=True),
 E("USA", "RUS", "REQUEST", 1, "Flynn had asked Kislyak to delay or defeat a United Nations Security Council vote"),
 E(["UNO", "USA"], "ISR", "ACCUSE", 0, "a resolution condemning Israeli settlements"),
 E("RUS", "USA", "REJECT", 1, "Russia did not go along with that request"),
 E("USA", "USA", "REJECT", 1, "\"Nothing about the guilty plea or the charge implicates anyone other than Mr. Flynn,\""),
 E("USA", "USA", "COERCE", 0, "Flynn was forced to resign in February"),
 E("USA", "USA", "ACCUSE", 1, "he had fired Flynn \"because he lied to the Vice President and the FBI,\""),
 E("USA", "USA", "ACCUSE", 1, "it was \"further evidence\" that the campaign had close contacts with Russian officials"),
 E("USA", "USA", "THREATEN", 1, "warned the president against any attempt to pardon Flynn"),
 E("RUS", "USA", "REJECT", 1, "The Kremlin dismissed the case"),
 E("USA", "USA", "PROTEST", 0, "a small group of protesters chanted \"Lock him up,\""),
])
