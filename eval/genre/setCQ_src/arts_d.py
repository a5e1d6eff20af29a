from common import A, E

A("CQ10", "Trump fires FBI Director James Comey, citing handling of Clinton email probe", """
President Trump on Tuesday abruptly fired FBI Director James B. Comey, saying the nation's top law enforcement official had lost the confidence of the Justice Department over his handling of the investigation into Hillary Clinton's emails.

The dismissal stunned Washington. Comey was leading an investigation into whether members of the Trump campaign coordinated with Russia to influence last year's presidential election, and Democrats immediately charged that the president was trying to derail that inquiry.

In a letter delivered to FBI headquarters by Keith Schiller, Trump's longtime bodyguard, the president told Comey that he was "hereby terminated and removed from office, effective immediately."

"While I greatly appreciate you informing me, on three separate occasions, that I am not under investigation, I nevertheless concur with the judgment of the Department of Justice that you are not able to effectively lead the Bureau," Trump wrote.

Comey learned of his firing from television reports while speaking to FBI employees in Los Angeles, according to people familiar with the matter. At first he thought it was a prank.

The White House released a memo by Deputy Attorney General Rod J. Rosenstein that sharply criticized Comey's decision to announce in July that he would not recommend charges against Clinton, and his later letter to Congress about the case, days before the election. Rosenstein wrote that the FBI's reputation had "suffered substantial damage."

Attorney General Jeff Sessions, who recused himself in March from investigations related to the campaign, recommended the dismissal in a separate letter.

Senate Minority Leader Charles E. Schumer said he told Trump in a phone call that he was "making a big mistake." Schumer called for a special prosecutor to take over the Russia investigation. "If the administration does not appoint one, every American will rightly suspect that the decision to fire Director Comey was part of a cover-up," he said.

Several Republicans also expressed unease. Sen. Richard Burr of North Carolina, chairman of the Senate Intelligence Committee, said he was "troubled by the timing and reasoning" of the firing. Sen. John McCain of Arizona renewed his call for a special congressional committee to investigate Russia's interference.

Others defended the president. Senate Majority Leader Mitch McConnell said Comey's firing would not affect the congressional inquiries, and Sen. Lindsey Graham of South Carolina said "a fresh start will serve the FBI and the nation well."

White House press secretary Sean Spicer declined to answer questions from reporters and instead spoke briefly on a darkened White House driveway, where he insisted that the decision was unrelated to the Russia probe. Kellyanne Conway, a counselor to the president, told CNN that the firing "has nothing to do with Russia."

Democrats noted that Trump had praised Comey during the campaign, after the director reopened the Clinton inquiry in October. "I think it took a lot of guts," Trump said at the time.

Comey, who was appointed by President Barack Obama in 2013, had six years left in his 10-year term. Only one FBI director had been fired before: William Sessions, who was dismissed by President Bill Clinton in 1993 over ethics violations.

Deputy Director Andrew McCabe will serve as acting director until a replacement is confirmed.

Rep. Adam Schiff of California, the top Democrat on the House Intelligence Committee, said the firing was "an attack on the rule of law." He demanded that Comey be allowed to testify in public about the circumstances of his dismissal.
""", ("2017-05-09", "2017-05-10", "Comey was fired Tuesday May 9, 2017; coverage ran that evening and overnight"),
[("Donald Trump", "USA", "President"), ("James B. Comey", "USA", "FBI Director"), ("Hillary Clinton", "USA", "former presidential candidate"),
 ("Keith Schiller", "USA", "Trump's longtime bodyguard"), ("Rod J. Rosenstein", "USA", "Deputy Attorney General"), ("Jeff Sessions", "USA", "Attorney General"),
 ("Charles E. Schumer", "USA", "Senate Minority Leader"), ("Richard Burr", "USA", "Senator of North Carolina, chairman of the Senate Intelligence Committee"),
 ("John McCain", "USA", "Senator of Arizona"), ("Mitch McConnell", "USA", "Senate Majority Leader"), ("Lindsey Graham", "USA", "Senator of South Carolina"),
 ("Sean Spicer", "USA", "White House press secretary"), ("Kellyanne Conway", "USA", "counselor to the president"), ("Barack Obama", "USA", "former President"),
 ("William Sessions", "USA", "former FBI director"), ("Bill Clinton", "USA", "former President"), ("Andrew McCabe", "USA", "FBI Deputy Director"),
 ("Adam Schiff", "USA", "Representative of California, top Democrat on the House Intelligence Committee")],
[E("USA", "USA", "COERCE SANCTION", 1, "abruptly fired FBI Director James B. Comey"),
 E("USA", "USA", "ACCUSE", 1, "Democrats immediately charged that the president was trying to derail that inquiry"),
 E(["USA", "RUS"], ["RUS", "USA"], "COOPERATE", 0, "coordinated with Russia to influence last year's presidential election"),
 E("USA", "USA", "ACCUSE", 1, "sharply criticized Comey's decision"),
 E("USA", "USA", "REQUEST", 0, "recommended the dismissal in a separate letter"),
 E("USA", "USA", "ACCUSE", 1, "he told Trump in a phone call that he was \"making a big mistake.\""),
 E("USA", "USA", "REQUEST", 1, "Schumer called for a special prosecutor"),
 E("USA", "USA", "ACCUSE", 1, "he was \"troubled by the timing and reasoning\" of the firing"),
 E("USA", "USA", "REQUEST", 1, "renewed his call for a special congressional committee"),
 E("RUS", "USA", "ASSAULT COERCE", 0, "Russia's interference"),
 E("USA", "USA", "SUPPORT", 1, "Others defended the president"),
 E("USA", "USA", "REJECT", 0, "insisted that the decision was unrelated to the Russia probe"),
 E("USA", "USA", "SUPPORT", 0, "Trump had praised Comey during the campaign"),
 E("USA", "USA", "ACCUSE", 1, "the firing was \"an attack on the rule of law.\""),
 E("USA", "USA", "REQUEST", 1, "He demanded that Comey be allowed to testify in public"),
], dict(date="2017-05-09 21:48:00", authors=["Philip Rucker", "Ashley Parker", "Devlin Barrett"], domain="www.washingtonpost.com",
        url="https://www.washingtonpost.com/politics/trump-fires-fbi-director-james-comey/2017/05/09/",
        desc="The president said Comey could no longer lead the bureau; Democrats said the firing was meant to stop the Russia investigation."))

A("CQ11", "Justice Department appoints Robert Mueller as special counsel to lead Russia investigation", """
WASHINGTON (AP) — The Justice Department on Wednesday appointed former FBI Director Robert Mueller as a special counsel to oversee the federal investigation into Russian interference in the 2016 election and possible coordination between Russian officials and associates of President Donald Trump.

The announcement by Deputy Attorney General Rod Rosenstein came eight days after Trump fired FBI Director James Comey and amid mounting pressure from Democrats and some Republicans for an independent investigation.

"My decision is not a finding that crimes have been committed or that any prosecution is warranted," Rosenstein said in a statement. "I have made no such determination. What I have determined is that based upon the unique circumstances, the public interest requires me to place this investigation under the authority of a person who exercises a degree of independence from the normal chain of command."

Rosenstein has been overseeing the Russia investigation because Attorney General Jeff Sessions recused himself in March after it was revealed that he had not disclosed meetings with the Russian ambassador during the campaign.

The White House was given less than an hour's notice. White House counsel Don McGahn was informed only after Rosenstein had signed the order, according to a senior administration official.

Trump said in a statement that a thorough investigation "will confirm what we already know — there was no collusion between my campaign and any foreign entity." He added: "I look forward to this matter concluding quickly."

By Thursday morning his tone had changed. "This is the single greatest witch hunt of a politician in American history!" he wrote on Twitter.

Mueller, 72, led the FBI for 12 years under Presidents George W. Bush and Barack Obama, taking over one week before the Sept. 11 attacks. He is widely respected in both parties. He said in a brief statement that he accepted the responsibility and would "discharge it to the best of my ability."

Democrats, who had demanded a special prosecutor since Comey's firing, welcomed the choice but said it was not enough. Senate Minority Leader Chuck Schumer said Mueller was "exactly the right kind of individual" for the job but said Congress should still pursue its own investigations.

House Speaker Paul Ryan said the appointment was consistent with the goal of ensuring that the investigations "are able to proceed thoroughly and independently."

Some Republicans had been uneasy about calling in an outside prosecutor. But Sen. Richard Burr of North Carolina, who leads the Senate Intelligence Committee, said Mueller was "a great choice."

The appointment came as the White House struggled to respond to a report that Trump had asked Comey in February to drop an FBI investigation into former national security adviser Michael Flynn. The White House has denied that the president made such a request.

Comey wrote a memo about the conversation shortly after it happened, according to two people who have seen it. Congressional committees have asked the FBI to turn over the memo and any other records of Comey's conversations with the president.

Mueller will have the authority to prosecute any federal crimes he uncovers. He can be removed only by the attorney general, or in this case by Rosenstein, and only for misconduct or other good cause.

Russia has denied meddling in the election. Kremlin spokesman Dmitry Peskov has called the allegations "absolutely unfounded."

Mueller was leaving his job at a private law firm, WilmerHale, to take the post. Two other lawyers from the firm are expected to join him.
""", ("2017-05-17", "2017-05-18", "Mueller was appointed Wednesday May 17, 2017; the text quotes Trump's Thursday morning tweet (May 18)"),
[("Robert Mueller", "USA", "special counsel, former FBI Director"), ("Donald Trump", "USA", "President"), ("Rod Rosenstein", "USA", "Deputy Attorney General"),
 ("James Comey", "USA", "former FBI Director"), ("Jeff Sessions", "USA", "Attorney General"), ("Don McGahn", "USA", "White House counsel"),
 ("George W. Bush", "USA", "former President"), ("Barack Obama", "USA", "former President"), ("Chuck Schumer", "USA", "Senate Minority Leader"),
 ("Paul Ryan", "USA", "House Speaker"), ("Richard Burr", "USA", "Senator of North Carolina, chairman of the Senate Intelligence Committee"),
 ("Michael Flynn", "USA", "former national security adviser"), ("Dmitry Peskov", "RUS", "Kremlin spokesman")],
[E("USA", "RUS", "ACCUSE", 0, "oversee the federal investigation into Russian interference"),
 E("USA", "USA", "ACCUSE", 0, "possible coordination between Russian officials and associates of President Donald Trump"),
 E("USA", "USA", "REQUEST", 0, "amid mounting pressure from Democrats and some Republicans for an independent investigation"),
 E("USA", "RUS", "CONSULT", 0, "meetings with the Russian ambassador", sym=True),
 E("USA", "USA", "REJECT", 1, "there was no collusion between my campaign and any foreign entity"),
 E("USA", "USA", "ACCUSE", 1, "\"This is the single greatest witch hunt"),
 E("USA", "USA", "AGREE", 0, "he accepted the responsibility"),
 E("USA", "USA", "SUPPORT", 1, "Mueller was \"exactly the right kind of individual\""),
 E("USA", "USA", "SUPPORT", 1, "House Speaker Paul Ryan said the appointment was consistent"),
 E("USA", "USA", "SUPPORT", 1, "said Mueller was \"a great choice.\""),
 E("USA", "USA", "REQUEST", 0, "Trump had asked Comey in February to drop an FBI investigation"),
 E("USA", "USA", "REJECT", 1, "The White House has denied that the president made such a request"),
 E("USA", "USA", "REQUEST", 1, "Congressional committees have asked the FBI to turn over the memo"),
 E("RUS", "USA", "REJECT", 1, "Russia has denied meddling in the election"),
 E("RUS", "USA", "REJECT ACCUSE", 0, "called the allegations \"absolutely unfounded.\""),
], dict(date=None, authors=["Eric Tucker", "Sadie Gurman"], domain="apnews.com",
        url="https://apnews.com/article/mueller-named-special-counsel-russia-probe",
        desc="Former FBI Director Robert Mueller will oversee the investigation into Russian election interference and possible ties to the Trump campaign."))

A("CQ12", "Comey accuses White House of 'lies' and says he was fired over Russia inquiry", """
Former FBI director James Comey told senators on Thursday that he believed he was fired because of the bureau's investigation into Russian interference in the election, and accused the Trump administration of spreading "lies, plain and simple" about him and the agency he led.

In more than two and a half hours of testimony before the Senate intelligence committee, Comey described a series of private encounters in which he said Donald Trump had pressed him for loyalty and asked him to let go of an investigation into the former national security adviser Michael Flynn.

"I was fired because of the Russia investigation," Comey said. "I was fired in some way to change, or the endeavor was to change, the way the Russia investigation was being conducted."

He said he had taken the president's words — "I hope you can see your way clear to letting this go, to letting Flynn go" — as a direction, not a request. He declined to say whether the conversation amounted to obstruction of justice, saying that was a question for the special counsel, Robert Mueller.

Comey also disclosed that after his dismissal he had asked a friend, a law professor at Columbia University, to share the contents of one of his memos with a reporter, in the hope that it would prompt the appointment of a special counsel.

The president's personal lawyer, Marc Kasowitz, responded within hours. He told reporters that Comey's testimony showed the president had "never, in form or substance" directed him to stop the Flynn investigation, and he accused the former director of making "unauthorized disclosures" of privileged conversations.

"The president also never told Mr Comey, 'I need loyalty, I expect loyalty,'" Kasowitz said.

White House press secretary Sarah Huckabee Sanders said flatly: "I can definitively say the president is not a liar."

Trump himself stayed quiet on Twitter during the hearing. On Friday morning he wrote that despite "so many false statements and lies," he felt "total and complete vindication," and called Comey a "leaker."

Comey made clear that he did not trust the president. He said he began writing memos after their first meeting in January because he was "honestly concerned that he might lie about the nature of our meeting."

The committee's chairman, Richard Burr, a Republican, and its top Democrat, Mark Warner, have run a largely bipartisan inquiry. Warner said the testimony raised "serious questions" about whether the president had tried to interfere with the investigation.

Several Republicans on the panel focused instead on Comey's own conduct. Senator Marco Rubio asked why Comey had not told the president directly that his requests were inappropriate, and Senator Jim Risch noted that Trump had used the word "hope" rather than giving an order.

Comey also criticized former attorney general Loretta Lynch, saying she had once asked him to describe the Clinton email investigation as a "matter" rather than an investigation. He said the request left him "queasy."

On Russia, Comey was blunt. "There should be no fuzz on this whatsoever," he said. "The Russians interfered in our election during the 2016 cycle. They did it with purpose. They did it with sophistication."

House Speaker Paul Ryan, speaking to reporters, defended the president by saying he was "new at this" and unfamiliar with the norms that separate the White House from the FBI.

Democrats seized on the testimony. Senate minority leader Chuck Schumer said Comey's account was "deeply troubling" and called on the White House to release any recordings of the conversations, if they exist.
""", ("2017-06-08", "2017-06-09", "Comey testified Thursday June 8, 2017; the text quotes Trump's Friday morning tweet of June 9"),
[("James Comey", "USA", "former FBI director"), ("Donald Trump", "USA", "President"), ("Michael Flynn", "USA", "former national security adviser"),
 ("Robert Mueller", "USA", "special counsel"), ("Marc Kasowitz", "USA", "the president's personal lawyer"),
 ("Sarah Huckabee Sanders", "USA", "White House press secretary"), ("Richard Burr", "USA", "chairman, Senate intelligence committee"),
 ("Mark Warner", "USA", "top Democrat, Senate intelligence committee"), ("Marco Rubio", "USA", "Senator"), ("Jim Risch", "USA", "Senator"),
 ("Loretta Lynch", "USA", "former attorney general"), ("Paul Ryan", "USA", "House Speaker"), ("Chuck Schumer", "USA", "Senate minority leader")],
[E("USA", "USA", "ACCUSE", 1, "accused the Trump administration of spreading \"lies, plain and simple\""),
 E("USA", "USA", "REQUEST COERCE", 1, "had pressed him for loyalty"),
 E("USA", "USA", "REQUEST", 1, "asked him to let go of an investigation"),
 E("USA", "USA", "ACCUSE", 0, "\"I was fired because of the Russia investigation,\""),
 E("USA", "USA", "REJECT", 1, "the president had \"never, in form or substance\" directed him"),
 E("USA", "USA", "ACCUSE", 1, "he accused the former director of making \"unauthorized disclosures\""),
 E("USA", "USA", "REJECT", 1, "\"I can definitively say the president is not a liar.\""),
 E("USA", "USA", "ACCUSE", 1, "called Comey a \"leaker.\""),
 E("USA", "USA", "ACCUSE", 0, "\"honestly concerned that he might lie about the nature of our meeting.\""),
 E("USA", "USA", "ACCUSE", 0, "the testimony raised \"serious questions\""),
 E("USA", "USA", "ACCUSE", 1, "criticized former attorney general Loretta Lynch"),
 E("USA", "USA", "REQUEST", 0, "she had once asked him to describe the Clinton email investigation"),
 E("RUS", "USA", "ASSAULT COERCE ACCUSE", 0, "The Russians interfered in our election"),
 E("USA", "RUS", "ACCUSE", 1, "\"The Russians interfered in our election during the 2016 cycle."),
 E("USA", "USA", "SUPPORT", 1, "defended the president"),
 E("USA", "USA", "REQUEST", 1, "called on the White House to release any recordings"),
], dict(date="2017-06-08 19:20:00", authors=["David Smith", "Sabrina Siddiqui"], domain="www.theguardian.com",
        url="https://www.theguardian.com/us-news/2017/jun/08/james-comey-testimony-senate-intelligence-committee-trump",
        desc="The former FBI director told the Senate intelligence committee he was fired over the Russia inquiry and that Trump asked him to drop the Flynn case."))

A("CQ13", "Trump administration moves to end DACA, giving Congress six months to act", """
The Trump administration announced Tuesday that it will end the Deferred Action for Childhood Arrivals program, which has shielded about 800,000 young immigrants brought to the U.S. illegally as children from deportation, but will delay the shutdown for six months to give Congress time to come up with a replacement.

Attorney General Jeff Sessions made the announcement at the Justice Department, calling the Obama-era program "an unconstitutional exercise of authority by the executive branch." He did not take questions.

"The compassionate thing is to end the lawless policies of the past," Sessions said. He argued that the program had encouraged a surge of unaccompanied minors at the southern border and "denied jobs to hundreds of thousands of Americans."

Under the plan, the Department of Homeland Security will stop accepting new applications immediately. People whose permits expire before March 5 will be allowed to apply for a two-year renewal by Oct. 5. After that, recipients will begin to lose their protection as their permits run out.

President Trump, who had promised during the campaign to end the program on his first day in office, said in a written statement that he did not favor "punishing children," but that the country could not admit everyone who wants to come. Later Tuesday, he wrote on Twitter that Congress now had six months to "legalize DACA," adding that if it did not, he would "revisit this issue."

The decision followed a threat by Texas and nine other Republican-led states to sue the administration if it did not begin to wind down the program by Sept. 5.

Former President Barack Obama, who created DACA by executive action in 2012, broke his usual silence on his successor's decisions. In a long Facebook post, he called the move "wrong," "self-defeating" and "cruel."

"These Dreamers are Americans in their hearts, in their minds, in every single way but one: on paper," Obama wrote.

Democratic leaders in Congress pledged to fight. House Minority Leader Nancy Pelosi called the decision "a despicable act of political cowardice," and Senate Minority Leader Chuck Schumer said Democrats would try to attach protections for the young immigrants to must-pass spending legislation.

Some Republicans also criticized the move. Sen. John McCain of Arizona said rescinding DACA was "the wrong approach." House Speaker Paul Ryan, who had urged the president not to end the program, said he hoped the House and Senate would find "a permanent legislative solution."

Protesters gathered outside the White House and in front of Trump Tower in New York within hours of the announcement. In Denver and Phoenix, hundreds of students walked out of class. Police in New York arrested several demonstrators who sat down in the street.

The heads of several major companies, including Apple's Tim Cook and Microsoft's Brad Smith, condemned the decision. Smith said Microsoft would provide legal help to any employee affected and urged Congress to act.

Microsoft said in a statement that it would "do everything we can" to protect its employees, and Cook wrote to Apple staff that the company would work with lawmakers of both parties.

Democratic attorneys general in several states said they would sue to block the move. New York Attorney General Eric Schneiderman said the decision was "cruel and heartless" and that a lawsuit would be filed within days.

Recipients of the program, many of whom are now in their 20s, described a mix of fear and anger. "We did everything they asked of us," said one, a teacher in Los Angeles. "Now they are telling us to go back to the shadows."
""", ("2017-09-05", "2017-09-05", "Sessions announced the DACA rescission on Tuesday Sept. 5, 2017"),
[("Jeff Sessions", "USA", "Attorney General"), ("Donald Trump", "USA", "President"), ("Barack Obama", "USA", "former President"),
 ("Nancy Pelosi", "USA", "House Minority Leader"), ("Chuck Schumer", "USA", "Senate Minority Leader"), ("John McCain", "USA", "Senator of Arizona"),
 ("Paul Ryan", "USA", "House Speaker"), ("Tim Cook", "USA", "Apple chief executive"), ("Brad Smith", "USA", "Microsoft president"),
 ("Eric Schneiderman", "USA", "New York Attorney General")],
[E("USA", "USA", "ACCUSE", 0, "calling the Obama-era program \"an unconstitutional exercise of authority"),
 E("USA", "USA", "REQUEST", 1, "Congress now had six months to \"legalize DACA,\""),
 E("USA", "USA", "THREATEN", 1, "he would \"revisit this issue.\""),
 E("USA", "USA", "THREATEN", 1, "a threat by Texas and nine other Republican-led states to sue the administration"),
 E("USA", "USA", "ACCUSE", 1, "he called the move \"wrong,\" \"self-defeating\" and \"cruel.\""),
 E("USA", "USA", "ACCUSE", 1, "called the decision \"a despicable act of political cowardice,\""),
 E("USA", "USA", "ACCUSE", 1, "rescinding DACA was \"the wrong approach.\""),
 E("USA", "USA", "REQUEST", 0, "who had urged the president not to end the program"),
 E("USA", "USA", "PROTEST", 1, "Protesters gathered outside the White House"),
 E("USA", "USA", "COERCE", 1, "Police in New York arrested several demonstrators"),
 E(["USA", "MNC"], "USA", "ACCUSE", 1, "condemned the decision"),
 E(["USA", "MNC"], "USA", "REQUEST", 0, "urged Congress to act"),
 E("USA", "USA", "THREATEN ACCUSE", 1, "said they would sue to block the move"),
 E("USA", "USA", "ACCUSE", 0, "the decision was \"cruel and heartless\""),
], dict(date="2017-09-05 16:10:00", authors=["Joel Rose", "Scott Horsley"], domain="www.npr.org",
        url="https://www.npr.org/2017/09/05/548754723/trump-administration-ends-daca-program",
        desc="Attorney General Jeff Sessions said the program for young immigrants will be phased out; Congress has six months to act."))

A("CQ14", "Fifteen states and D.C. sue Trump administration over decision to end DACA", """
NEW YORK (AP) — Fifteen states and the District of Columbia sued the Trump administration on Wednesday to block its plan to end a program that protects young immigrants from deportation, arguing that the decision was driven by the president's hostility toward Mexicans.

The lawsuit, filed in federal court in Brooklyn, was led by New York, Massachusetts and Washington state. All of the plaintiffs have Democratic attorneys general.

"Ending DACA is cruel, it's unlawful, and it's un-American," New York Attorney General Eric Schneiderman said at a news conference in Manhattan. "We will not stand by and let 800,000 young people be thrown into the shadows."

The suit argues that ending the Deferred Action for Childhood Arrivals program violates the equal protection rights of the immigrants, most of whom are of Mexican origin. It cites a string of Trump's statements, including his description of Mexican immigrants as criminals and "rapists" when he launched his campaign in 2015.

The states also say the administration failed to follow the proper process for changing federal policy, and that information the immigrants gave the government when they applied could now be used to find and deport them.

Washington Attorney General Bob Ferguson, who successfully sued to block the first version of the travel ban earlier this year, said the states had "a very strong case." "We have beaten this president in court before," he said.

New York Gov. Andrew Cuomo said in a statement that the state would "fight this unconscionable decision with every tool we have."

The Justice Department said it would defend the decision. "While the plaintiffs may disagree with the policy, they cannot credibly argue that the Constitution requires the executive branch to continue a program that it has concluded is unlawful," spokesman Devin O'Malley said in a statement.

The White House pointed to comments by President Donald Trump, who said on Tuesday night that he had "a great heart" for the young immigrants and hoped that Congress would act. Trump has also suggested that any deal to protect them should include money for border security.

California, the state with the largest number of DACA recipients, did not join the suit. Attorney General Xavier Becerra said California would file its own lawsuit within days.

Mexico's government also weighed in. In a statement issued on Tuesday, the Foreign Ministry in Mexico City expressed "deep regret" over the decision and said its consulates in the U.S. would give legal help to any Mexican affected.

Dreamers and their supporters continued to protest on Wednesday. Hundreds marched through downtown Los Angeles, and dozens rallied outside the federal courthouse in Brooklyn as the lawsuit was filed.

In Congress, a bipartisan group of senators began discussing a bill that would give DACA recipients legal status. Sen. Dick Durbin, an Illinois Democrat, and Sen. Lindsey Graham, a South Carolina Republican, have long pushed such a measure, known as the Dream Act.

"It is time for Congress to do its job," Durbin said. "The president has given us six months. We should not need them."

The administration's plan allows current recipients to keep their permits until they expire. Those whose protections run out by March 5 can apply for one more two-year renewal.

Legal experts said the states faced a difficult fight, since courts generally give presidents wide latitude to set immigration enforcement priorities. But they said the president's own words could again complicate his lawyers' task, as they did in the travel ban cases.
""", ("2017-09-06", "2017-09-06", "the multistate DACA lawsuit was filed Wednesday Sept. 6, 2017, a day after the Tuesday announcement"),
[("Eric Schneiderman", "USA", "New York Attorney General"), ("Donald Trump", "USA", "President"), ("Bob Ferguson", "USA", "Washington Attorney General"),
 ("Andrew Cuomo", "USA", "Governor of New York"), ("Devin O'Malley", "USA", "Justice Department spokesman"),
 ("Xavier Becerra", "USA", "California Attorney General"), ("Dick Durbin", "USA", "Senator, Illinois Democrat"),
 ("Lindsey Graham", "USA", "Senator, South Carolina Republican")],
[E("USA", "USA", "ACCUSE", 1, "Fifteen states and the District of Columbia sued the Trump administration"),
 E("USA", "USA", "ACCUSE", 1, "\"Ending DACA is cruel, it's unlawful, and it's un-American,\""),
 E("USA", "MEX", "ACCUSE", 0, "his description of Mexican immigrants as criminals and \"rapists\""),
 E("USA", "USA", "ACCUSE", 0, "the administration failed to follow the proper process"),
 E("USA", "USA", "THREATEN", 1, "\"fight this unconscionable decision with every tool we have.\""),
 E("USA", "USA", "REJECT", 1, "The Justice Department said it would defend the decision"),
 E("USA", "USA", "REQUEST", 0, "hoped that Congress would act"),
 E("USA", "USA", "THREATEN ACCUSE", 1, "California would file its own lawsuit within days"),
 E("MEX", "USA", "ACCUSE PROTEST", 1, "expressed \"deep regret\" over the decision"),
 E("MEX", "MEX", "AID", 0, "its consulates in the U.S. would give legal help to any Mexican affected"),
 E("USA", "USA", "PROTEST", 1, "Hundreds marched through downtown Los Angeles"),
 E("USA", "USA", "CONSULT", 0, "a bipartisan group of senators began discussing a bill", sym=True),
 E("USA", "USA", "REQUEST", 1, "\"It is time for Congress to do its job,\""),
], dict(date=None, authors=["Larry Neumeister", "Jennifer Peltz"], domain="apnews.com",
        url="https://apnews.com/article/states-sue-trump-over-daca-decision",
        desc="New York, Massachusetts and Washington led a group of Democratic attorneys general in challenging the end of DACA."))
