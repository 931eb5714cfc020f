import rule from '../../rules/confidential';
import { ruleTester } from '../rule-tester';
import { FENMOUTH_ORG as FENMOUTH } from '../fixtures/fenmouth';

ruleTester(rule, {
  valid: [
    'Cabinet will decide next month whether to close the Kirkby Baths. Read the report on our website.',
    "The sale of the Dock Street yard will be considered in private at Thursday's Cabinet meeting.",
    'Ahead of the decision next month, we want your views on the future of the leisure centre.',
    // Red-team 11 (Dunholme): a share button and a published timetable are not secrets.
    { text: "I can't share the link from my phone, search 'Fenmouth parking consultation' on the council site.", account: 'personal' },
    { text: 'Results will be made public on the council website once the count is verified.', account: 'council' },
    // Red-team 7 (Glenford): papers handed in to be destroyed are residents' own, not leaked ones.
    'Drop off your confidential documents at the library for free shredding during Scams Awareness Week.',
    { text: 'Old confidential reports can go in the secure disposal bins by reception.', account: 'personal' },
    { text: 'Councillors have seen the draft report and will debate it at the public meeting on 4 June.', account: 'council' },
    { text: 'Our new bin rota goes public next week: watch this space!', account: 'council' },
    // Red-team 6: a secret about a family matter with a cut in it is private life.
    { text: 'Keep it quiet, but our Dean finally got his hair cut. Mum will be thrilled.', account: 'personal' },
    // Red-team 4: a named friend's news outside work; a press release already out.
    { text: 'Kev from the pub has handed in his notice at the brewery, good luck mate!', account: 'personal' },
    'The press release is out now: the pool reopens on 3 May.',
    // Red-team 3 (Thornbury Fen): secrecy about a surprise, a confidential service offered, the word planning.
    { text: "Mum's the word, I'm planning a surprise trip to Whitby for my husband's birthday.", account: 'personal' },
    { text: 'Keep it quiet but we are expecting twins in the spring!', account: 'personal' },
    'You can talk to our welfare adviser in confidence about money worries.',
    'The cancellation of the ferry service was suspended by our colleague in the harbour office after the storm passed.',
    'The restructure report was published today and is on our website.',
    { text: 'Reading an unpublished novel by a friend, it is brilliant.', account: 'personal' },
    // Red-team 2: ordinary 'before they go out' and a private car park.
    'Put the bins out before they go out of reach of the crews.',
    { text: 'Get your tickets before they go out of stock!', account: 'personal' },
    // Red-team (Ashcombe): procedural notices about exempt items, privacy promises, ordinary "between".
    'Item 7 is an exempt item and will be considered in private.',
    'Full Council webcast. 00:00 Apologies. 1:20:00 Exempt report (webcast paused).',
    'Your details will not be shared outside the council or with third parties.',
    'There is a gap between these four walls and the roof, the surveyor says.',
    // Published information and openness about private items.
    'The agenda and reports for Cabinet on Wednesday 4 March are now published. Read them online at brightwater.gov.uk/meetings.',
    'Items include the regeneration update and the fees review. Item 9 contains exempt information and will be taken in private, so the stream will pause for that item.',
    'The press and public will be excluded for Part 2 items.',
    'Audit and Governance Committee: the internal audit progress report and the risk register update. Papers: brightwater.gov.uk/meetings',
    { text: 'Cabinet will consider the draft budget on 4 March. Papers available at fenmouth.gov.uk/meetings.', policy: FENMOUTH },
    // Other senses of the words.
    'Suspect benefit fraud? Report it confidentially at brightwater.gov.uk/fraud. You don\'t have to give your name.',
    'Our hate crime service offers free, confidential support. Call 0800 000 000.',
    'Reports of a leak on Station Road: it\'s a burst water main, not a council pipe. Please avoid the area.',
    'Our roof leaked again overnight so the library is closed today.',
    'Private hire and hackney carriage drivers: licence renewals are now fully online.',
    'The trade embargo has hit exports from our twin town.',
    'Confidential waste collections are changing from Monday.',
    'Book a private session with our personal trainers at Saltmarsh.',
    "Don't forward suspicious emails, report them to IT.",
    "Don't tell anyone your PIN, not even us.",
    'Please share this post with anyone who might need help.',
    // Teasers that disclose nothing.
    'The results of the best garden competition haven\'t been announced yet, watch this space!',
    'We can\'t say much yet, but something exciting is coming to Harbour Park this summer 🤫',
    // Secrecy between friends, not about work.
    { account: 'personal', text: 'Between us, I think the new Star Wars is rubbish.' },
    { account: 'personal', text: 'Between us and the sea there\'s nothing but sand dunes.' },
    { account: 'personal', text: 'Shh, surprise party for my wife on Saturday, mum\'s the word! Act surprised 🤫' },
    { account: 'personal', text: 'Took two seconds off the record at parkrun today!' },
    { account: 'personal', text: 'The difference between you and me is that I actually read the agenda.' },
    { account: 'personal', text: 'Spent all day in a restructure consultation meeting. Long day.' },
    { account: 'personal', text: 'My nan told me off the record that she prefers my cooking to mum\'s.' },
    // Red-team 4: a football club and a phone contract; being told not to discuss a surprise.
    { text: 'United are set to end his contract in the summer apparently', account: 'personal' },
    { text: 'thinking of ending my phone contract, the signal is useless', account: 'personal' },
  ],
  invalid: [
    // Content of a private item next to the notice that it is private; a decision announced before it is taken; gossip about a colleague's hearing.
    { text: 'The lease of the Harbour Road kiosk is an exempt item at next week\'s Cabinet. The highest bid so far is £85,000 from a local cafe chain.', errors: [{ messageId: 'source' }] },
    { text: 'Before it goes to committee, we can tell you the library in Eastgate is going to shut in the summer.', errors: [{ messageId: 'pending' }] },
    { text: "Guess who is up for a grievance hearing next week, not saying who but she sits by the window in Payroll", account: 'personal', errors: [{ messageId: 'staff' }] },
    // Red-team 11 (Dunholme): what was said in a private item, with the papers not shareable or not yet public.
    { text: "Long committee day. I can't share the papers, but the preferred bidder for the pool contract is Splashwell.", account: 'personal', errors: [{ match: "can't share the papers" }] },
    { text: "The depot sale won't be public until Cabinet in June, but the buyer is a housebuilder from Leeds. Busy week at the council.", account: 'personal', errors: [{ match: "won't be public until" }] },
    // Red-team 7 (Glenford): "won't be / not being announced till", "sworn to secrecy", two personnel actions about particular people.
    { text: "The new play area contractor won't be announced till next month, but the whole office knows.", account: 'personal', errors: [{ messageId: 'pending' }] },
    { text: 'Which pub gets the market licence is not being announced until Monday. Planning team are fuming.', account: 'personal', errors: [{ messageId: 'pending' }] },
    { text: 'The whole team is sworn to secrecy about the leisure centre closure date.', account: 'personal', errors: [{ messageId: 'secrecy', match: 'sworn to secrecy' }] },
    { text: 'Grim week in finance: one lad suspended, and the supervisor has been signed off sick since March.', account: 'personal', errors: [{ messageId: 'staff', match: 'suspended' }, { messageId: 'staff', match: 'signed off sick' }] },
    { text: 'Draft minutes from the private meeting say the depot site goes to the highest bidder.', account: 'personal', errors: [{ match: 'Draft minutes' }, { match: 'private meeting' }] },
    { text: 'The senior management team have agreed to close two branch libraries. Goes public next week.', account: 'personal', errors: [{ messageId: 'pending' }] },
    // Red-team 6 (Kingsmere): an unannounced cut to a council service told as a secret, in no office words.
    { text: 'Keep it under your hats, but the rural bus subsidy is being halved in the spring.', account: 'personal', errors: [{ messageId: 'secrecy' }] },
    // Red-team 4: a press release not out yet, "keep it zipped", a colleague named by team, "saying nothing officially".
    { text: "The news release isn't going out till Thursday, but the market is moving to the car park.", account: 'personal', errors: [{ messageId: 'pending' }] },
    { text: 'Result came back positive at work today. Keep it zipped till we announce, please.', account: 'personal', errors: [{ match: 'Keep it zipped' }] },
    { text: 'Priya in Licensing got a final written warning this morning. Awful.', account: 'personal', errors: [{ messageId: 'staff', match: 'final written warning' }] },
    { text: 'Depot rumour: the Lindell rounds are being merged. Management are saying nothing officially.', account: 'personal', errors: [{ messageId: 'pending', match: 'saying nothing officially' }] },
    // Red-team 3 (Thornbury Fen, Hollinsford): passed on in confidence, papers marked unpublished, a colleague's disciplinary, not public until.
    { text: 'The depot sale figures were shared with us in strict confidence at the away day. £2m, apparently.', errors: [{ messageId: 'secrecy', match: 'in strict confidence' }] },
    { text: 'The internal report (still unpublished) says the pool will shut in 2027.', errors: [{ messageId: 'source', match: 'internal report' }, { messageId: 'pending', match: 'unpublished' }] },
    { text: 'Feeling for my workmate in Parks who got a final written warning this week.', account: 'personal', errors: [{ messageId: 'staff', match: 'final written warning' }] },
    { text: 'Bin rounds are changing in May, not to be made public until the unions agree.', errors: [{ messageId: 'pending', match: 'not to be made public until' }] },
    // Red-team 2 (Pennmoor/Kestrel Vale): secret until a date, results seen before release, 'don't tell HR'.
    { text: 'The new chief executive (under wraps till Friday!) is a name you will know.', errors: [{ messageId: 'marking', match: 'under wraps till' }] },
    { text: 'Peeked at the pay review figures before they are published. Do not tell HR.', account: 'personal', errors: [{ messageId: 'pending', match: 'before they are published' }, { messageId: 'secrecy', match: 'Do not tell HR' }] },
    // Red-team (Ashcombe): exempt items and papers, more secrecy asides, staff told before the public.
    { text: 'Exempt appendix summary: the preferred bidder offered £4.2m for the old baths.', errors: [{ messageId: 'source', match: 'Exempt appendix' }] },
    { text: 'Between these four walls, the depot is being sold to a developer.', errors: [{ messageId: 'secrecy', match: 'Between these four walls' }] },
    { text: "Staff haven't been told officially yet, but the contact centre is moving to Leeds.", account: 'personal', errors: [{ messageId: 'pending', match: "Staff haven't been told officially" }] },
    { text: "Don't quote me, but the chief executive is leaving in the spring.", errors: [{ messageId: 'secrecy', match: "Don't quote me" }] },
    { text: 'These slides should not be circulated beyond the project board.', errors: [{ messageId: 'marking', match: 'should not be circulated beyond' }] },
    { text: "Big changes to the bin rounds and we're not allowed to yet 🙊 #BrightwaterCouncilLife", account: 'personal', errors: [{ messageId: 'secrecy', match: 'not allowed to yet' }] },
    {
      name: 'not public yet',
      account: 'personal',
      text: 'Personal views, but the restructure paper I saw today has Highways losing a third of its staff. Not public yet, so you didn\'t hear it from me.',
      errors: [{ messageId: 'source', match: 'restructure paper' }, { messageId: 'pending', match: 'Not public yet' }, { messageId: 'secrecy', match: "you didn't hear it from me" }],
    },
    { text: 'Staff briefing (internal): Parks and Street Cleansing will merge and 18 posts will be deleted.', errors: [{ match: 'Staff briefing' }, { messageId: 'marking', match: '(internal)' }] },
    { text: '[DRAFT – NOT FOR PUBLICATION – awaiting sign-off] The new leisure contract goes to Everfit.', errors: [{ messageId: 'marking', match: 'DRAFT – NOT FOR PUBLICATION' }] },
    { text: 'EMBARGOED until 00:01 Thursday: Cabinet will be recommended to close two libraries.', errors: [{ messageId: 'marking', match: 'EMBARGOED until' }] },
    { text: 'Confidential: the two shortlisted bidders are Castlegate and Norhaven.', errors: [{ messageId: 'marking', match: 'Confidential' }] },
    { text: 'INTERNAL – NOT FOR PUBLICATION\nDisciplinary hearing, 10am Tuesday, Committee Room 2.', errors: [{ messageId: 'marking', match: 'INTERNAL – NOT FOR PUBLICATION' }] },
    {
      name: 'between us, about work',
      account: 'personal',
      text: 'Between us, Gary from Highways got a final written warning today. HR are keeping it very quiet.',
      errors: [
        { messageId: 'secrecy', match: 'Between us' },
        { messageId: 'staff', match: 'final written warning' },
        { messageId: 'secrecy', match: 'keeping it very quiet' },
      ],
    },
    {
      name: 'off the record on a council account',
      policy: FENMOUTH,
      text: '@Resident We can\'t confirm it officially yet, but off the record the pay talks have collapsed.',
      errors: [{ messageId: 'pending', match: "can't confirm it officially" }, { messageId: 'secrecy', match: 'off the record' }],
    },
    {
      name: 'not announced, then given away',
      text: '@TheEcho Not announced yet, but yes, the new waste contractor is Urbaneco.',
      errors: [{ messageId: 'pending', match: 'Not announced yet' }],
    },
    {
      name: 'internal meeting and a hint',
      account: 'personal',
      text: "Can't say much yet but the leisure centre is definitely closing, heard it in the exec meeting today 🤐",
      errors: [{ messageId: 'pending', match: "Can't say much yet" }, { messageId: 'source', match: 'heard it in the exec meeting' }],
    },
    {
      name: 'exempt item disclosed',
      text: 'Part 2 (exempt) summary for the record: members agreed a £2.1m settlement with the developer.',
      errors: [{ messageId: 'source', match: 'Part 2 (exempt)' }],
    },
    {
      account: 'personal',
      text: 'So the restructure has been leaked to us before the unions even know.',
      errors: [{ messageId: 'leak', match: 'leaked' }],
    },
    {
      account: 'personal',
      text: 'Just seen the draft budget. Council tax up 4.99%. The official announcement isn\'t till next month, so act surprised.',
      errors: [{ messageId: 'source', match: 'seen the draft' }, { messageId: 'pending', match: "The official announcement isn't till" }, { messageId: 'secrecy', match: 'act surprised' }],
    },
    {
      text: 'Heads up before the official announcement: the pool will close in September.',
      errors: [{ messageId: 'pending', match: 'before the official announcement' }],
    },
    {
      name: 'a code name from the policy',
      account: 'personal',
      text: 'Project Heron is finally going ahead, the HQ move happens in spring!',
      policy: { confidentialTerms: ['Project Heron'] },
      errors: [{ messageId: 'codename', match: 'Project Heron' }],
    },
    {
      account: 'personal',
      policy: FENMOUTH,
      text: 'Just out of a briefing: they\'re closing the tip in April but we can\'t tell residents until the Cabinet papers are out.',
      errors: [{ messageId: 'pending', match: "can't tell residents until" }],
    },
    {
      account: 'personal',
      text: 'Strictly confidential, please do not circulate: the shortlist for the new depot site.',
      errors: [{ messageId: 'marking', match: 'Strictly confidential' }, { messageId: 'secrecy', match: 'please do not circulate' }],
    },
    // Red-team 4: a supplier's contract under review, told not to discuss a restructure, an aside in a post naming a team.
    { text: "@ray_h We're considering terminating the contract with the grounds firm after this summer.", errors: [{ messageId: 'pending', match: 'considering terminating the contract' }] },
    { account: 'personal', text: "Our section is being restructured and 8 posts are at risk. We've been told not to mention it yet.", errors: [{ messageId: 'secrecy' }] },
    { account: 'personal', text: 'strictly off the record, two of the civil enforcement team have disciplinaries coming', errors: [{ messageId: 'secrecy', match: 'off the record' }] },
  ],
});

// Red-team round 8 (Caldermoor): "do not publish" on a draft, and staff who will be told on a given day.
ruleTester(rule, {
  valid: [
    { text: 'Please do not publish your address or phone number in the comments. Send us a message instead.' },
    { text: "Don't publish photos of other people's children without their parents' permission." },
    { account: 'personal', text: "We'll be told on Friday whether the match goes ahead, fingers crossed for the weather." },
  ],
  invalid: [
    { text: 'Do not publish: the library opening hours will be cut from April. Staff will be briefed next month.', errors: [{ messageId: 'secrecy', match: 'Do not publish' }] },
    { account: 'personal', text: 'The Revenues restructure is done and staff will be told next week. 14 posts to go.', errors: [{ messageId: 'pending', match: 'staff will be told next week' }] },
  ],
});

// Red-team round 9 (Ferncastle): the Mayor's or the Town Hall's plans passed on as an aside are the employer's business.
ruleTester(rule, {
  valid: [
    { text: 'Off the record, my cousin is going to announce her engagement at Eid.', account: 'personal' },
  ],
  invalid: [
    { text: 'Off the record, the Mayor is picking the new crematorium site next week.', account: 'personal', errors: [{ messageId: 'secrecy', match: 'Off the record' }] },
    { text: 'Between us, the Town Hall is being sold off in the spring.', account: 'personal', errors: [{ messageId: 'secrecy', match: 'Between us' }] },
  ],
});

// Red-team round 10 (Northmoor): the exempt part of a set of papers, and "do not release until" on a draft about staff.
ruleTester(rule, {
  valid: [
    { text: 'The exempt part of your pension lump sum is explained in the guidance on our website.' },
    { text: 'Do not release your dog until it has had its jabs, says our animal welfare team.', account: 'personal' },
  ],
  invalid: [
    { account: 'personal', text: 'In the exempt section of the planning committee pack: the depot site valuation came in at £2.1m.', errors: [{ match: 'In the exempt section' }] },
    { text: 'Draft - the parks team is being restructured and 4 jobs are at risk. Do not release until the union has been consulted.', errors: [{ match: 'Do not release until' }] },
  ],
});

// Red-team round 10 (Bryncastell): "can't go into detail" about a closed session.
ruleTester(rule, {
  valid: [{ text: "Can't go into much detail about the op but the new hip is working a treat.", account: 'personal' }],
  invalid: [
    { account: 'personal', text: "Can't go into specifics because it was a private session, but the depot is moving to Ashfield.", errors: [{ match: "Can't go into specifics" }, { match: 'private session' }] },
  ],
});

// Red-team round 10 (Inverbrae): "don't share yet" on its own.
ruleTester(rule, {
  valid: [{ text: "Don't share your login with anyone, even us.", account: 'council' }],
  invalid: [{ text: 'First look at the new bus timetable! Goes live in June, please don\'t share yet.', errors: [{ match: "don't share yet" }] }],
});

// "Between you and us": the council's own secrecy aside.
ruleTester(rule, {
  valid: [{ text: 'Nothing between you and us but a few miles of coast path. Come and visit!', account: 'personal' }],
  invalid: [{ text: 'Between you and us, the Marsh Road depot is being sold off and the buyer is lined up.', account: 'council', errors: [{ messageId: 'secrecy', match: 'Between you and us' }] }],
});

// Red-team 12 (Lyndhurst Vale): what happened in the exempt part of a meeting, and the notice that an item will be taken there.
ruleTester(rule, {
  valid: [{ text: 'Agenda now online. Item 7, the depot lease, will be taken in the exempt part of the meeting.', account: 'council' }],
  invalid: [{ text: 'Stayed for the exempt part of licensing committee. The Red Lion is losing its licence, mark my words.', account: 'personal', errors: [{ match: 'exempt part of' }] }],
});

// Red-team 13 (Greyford): "not announced till Friday, but ..." gives the news away; "but we will keep you posted" does not.
ruleTester(rule, {
  valid: [
    { text: 'Not announced till next week, but we will keep you posted.', account: 'council' },
    { text: 'The winner will not be announced until Friday, so keep voting!', account: 'council' },
  ],
  invalid: [
    { text: "Sneak peek 👀 it's not officially announced till Friday, but this year's switch-on is by Big Kwame from Radio Fenmouth!", account: 'council', errors: [{ messageId: 'pending', match: 'not officially announced till Friday' }] },
  ],
});

// Red-team 13 (Greyford): telling what was said in the private part of a meeting.
ruleTester(rule, {
  valid: [{ text: 'Item 9 will be taken in private; the decision will be published in the minutes.', account: 'council' }],
  invalid: [
    { text: 'What was said in the Part 2 session last night would make your hair curl.', account: 'personal', errors: [{ match: 'What was said in the Part 2 session' }] },
  ],
});

// Red-team 13 (Tollbridge): a work decision that councillors "haven't been told yet"; a resident not told yet is asking.
ruleTester(rule, {
  valid: [{ text: "We haven't been told yet when the bins will be back to normal, any news?", account: 'personal' }],
  invalid: [
    { text: "First week in Revenues at Fenmouth Council done. Word is the new system go-live is pushed back to 2027 but members haven't been told yet 🤐", account: 'personal', errors: [{ match: "members haven't been told yet" }] },
  ],
});

// Red-team 14 (Tollbridge): a named or pointed-to member of staff's suspension; the news told before "but it won't be
// announced"; "can't say much but" then saying it; what was heard at a cabinet briefing; "just out of the confidential
// session:". A service suspended, a teaser, and a public briefing keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Garden waste collections are suspended until March. Thanks for bearing with us.', account: 'council' },
    { text: "Can't say much yet but watch this space!", account: 'council' },
    { text: 'Heard it at the public consultation event: most people want the bandstand kept.', account: 'council' },
  ],
  invalid: [
    { text: '@SandyB FYI the officer you complained about is already suspended pending a disciplinary.', account: 'council', errors: [{ match: 'suspended pending a disciplinary' }] },
    { text: "They're cutting 40 jobs in customer services but it won't be announced till March.", account: 'council', errors: [{ match: "won't be announced till March" }] },
    { text: "Can't say much but the leisure centre sale is already agreed.", account: 'council', errors: [{ match: "Can't say much" }] },
    { text: 'The waste contract is going to Veolia, heard it at the cabinet briefing this morning.', account: 'personal', errors: [{ match: 'heard it at the cabinet briefing' }] },
    { text: 'Just out of the confidential session: the council is buying the shopping centre for £42m.', account: 'personal', errors: [{ match: 'out of the confidential session:' }] },
    { text: 'Our head of housing is on a final written warning, not that you heard it from me.', account: 'personal', errors: [{ match: 'final written warning' }, { match: 'not that you heard it from me' }] },
  ],
});

// First sight 14 (Dunstow, Otterbury): "Off The Record" as a counselling service's name; "between us" in a joke about
// something already on the website.
ruleTester(rule, {
  valid: [
    { text: 'Off The Record Fenmouth offers free, confidential counselling for young people aged 11 to 25.', account: 'council' },
    { text: "Personal views, not Fenmouth Council's, but between us this year's bin calendar is the best yet. It's on the website now.", account: 'personal', policy: FENMOUTH },
  ],
  invalid: [
    { text: "Between us, Fenmouth Council is dropping the garden waste round from next year's calendar. Not on the website yet.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'Between us' }] },
  ],
});

// First sight 14 (Westhaven, Otterbury): "wont be public til", "nobody's told us officially", and news told just before
// "This won't be formally announced until"; a teaser that says nothing keeps clean.
ruleTester(rule, {
  valid: [{ text: "Big news coming! It won't be announced until Friday, so watch this space.", account: 'council' }],
  invalid: [
    { text: 'Options debrief all morning at Fenmouth Council. cabinet going with option C. wont be public til the 14th', account: 'personal', policy: FENMOUTH, errors: [{ match: 'wont be public til' }] },
    { text: "Word in the depot is they're merging rounds in the new year, nobody's told us officially mind", account: 'personal', policy: FENMOUTH, errors: [{ match: "nobody's told us officially" }] },
    { text: "Staff were told this morning that the Kelsham depot will close. This won't be formally announced until after Cabinet on the 18th.", account: 'council', errors: [{ match: 'Staff were told this morning' }, { match: "won't be formally announced until after" }] },
  ],
});

// First sight 15 (Stainby, Carrick): "not public til", an exempt marking in brackets, "between you and me" after an
// emoji in a post about work.
ruleTester(rule, {
  valid: [{ text: 'Our garden is not public, sorry, but the open gardens trail is on Sunday.', account: 'personal' }],
  invalid: [
    { text: "Draft budget papers (exempt, part 2) have 4 of the 6 children's centres shutting.", account: 'personal', errors: [{ match: 'Draft budget papers' }, { match: '(exempt, part 2)' }] },
    { text: 'Group was told last night the crossing patrols are in the cuts, not public til the papers go out Friday.', account: 'personal', errors: [{ match: 'Group was told last night' }, { match: 'not public til' }] },
    { text: 'Guess who gets to write the committee report 🙃 between you and me it is going in as a refusal.', account: 'personal', errors: [{ match: 'between you and me' }] },
  ],
});

// First sight 16 (Tidewell, Marchbury): a draft report seen and what it said passed on; "not official till Feb";
// "nobody's been told" at the end of internal news. A newspaper or an essay draft, and a resident's "nobody's been
// told why", keep clean.
ruleTester(rule, {
  valid: [
    { text: 'I read the paper on the bus and it said rain all weekend.', account: 'personal' },
    { text: 'Read the first draft of my essay back and it said nothing new, ugh.', account: 'personal' },
    { text: "Bins not done again on our street and nobody's been told why.", account: 'personal' },
  ],
  invalid: [
    { text: 'I saw the first draft of the committee report on the quarry and it recommended refusal.', account: 'personal', errors: [{ messageId: 'leak', match: 'saw the first draft' }] },
    { text: 'All I can say is the garden waste charge is going up more than you think. Not official till March.', account: 'personal', errors: [{ match: 'Not official till' }] },
    { text: "Sat in on DMT today, they want the call centre outsourced by April and nobody's been told.", account: 'personal', errors: [{ match: 'DMT' }, { match: "nobody's been told" }] },
  ],
});

// First sight 17 (Ashvale, Brackwater): "Between us" as all of us together ("Between us, our volunteers planted 600
// trees"), and "off the record" quoted to say there is no such thing, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'Between us, the Friends group and Year 6 cleared the whole pond on Saturday 💪', account: 'council' },
    { text: "Someone asked for the 'off the record' version of the consultation. There isn't one, it's all on the website.", account: 'personal' },
  ],
  invalid: [{ text: 'Between us, the depot is closing next year. Not announced yet.', account: 'personal', errors: [{ match: 'Between us' }, { match: 'Not announced yet' }] }],
});

// First sight 18 (Thistleby): an agenda line "9. EXEMPT ITEM – a property matter." with the notice that the public will
// be asked to leave in the next sentence, and training about what to do "if it says CONFIDENTIAL", keep clean. The
// same item with its content, and a paper said to be marked CONFIDENTIAL, do not.
ruleTester(rule, {
  valid: [
    {
      text: '8. Grants to community groups. 9. EXEMPT ITEM – a property matter. The press and public will be asked to leave for item 9.',
      account: 'council',
    },
    { text: "Training today. Main lesson: if it says CONFIDENTIAL on the front, don't photograph it for social media.", account: 'personal' },
  ],
  invalid: [
    { text: '9. EXEMPT ITEM – the sale of the depot to Harlow Homes for £1.2m.', account: 'personal', errors: [{ match: 'EXEMPT ITEM' }] },
    { text: 'Saw the report, it was marked CONFIDENTIAL and it says the depot is closing.', account: 'personal', errors: [{ match: 'CONFIDENTIAL' }] },
  ],
});

// First sight 17 second look (Brackwater, Kirkhope): "Sources inside the Port Health team tell this page ...", "as someone
// who actually works in that office I can tell you ...", a manager "being walked out" after a disciplinary, "Been telt no
// tae say anything", and a Part 2 agenda item with what it is about. The same item announced as private keeps clean,
// and so does a source of funding.
ruleTester(rule, {
  valid: [
    { text: '8. Staffing (Part 2) – the press and public will be excluded for this item.', account: 'council' },
    { text: 'Sources of funding for the new play park include the lottery and the town council.', account: 'council' },
  ],
  invalid: [
    { text: 'Sources inside the Port Health team tell this page it is going from 14 officers to 9.', account: 'personal', errors: [{ match: 'Sources inside the Port Health team tell' }] },
    {
      text: 'As someone who actually works in that office I can tell you the officer report was rewritten twice.',
      account: 'personal',
      errors: [{ match: 'someone who actually works in that office I can tell you' }],
    },
    { text: "Word is the housing team's manager is being walked out Monday after the disciplinary.", account: 'personal', errors: [{ match: 'being walked out' }, { match: 'disciplinary' }] },
    { text: "Been telt no tae say anything but the cooncil are merging the sexton and market jobs.", account: 'personal', errors: [{ match: 'telt no tae say' }] },
    { text: '41:00 Staffing (Part 2) – proposed merger of the sexton and market supervisor posts / 58:30 Close', account: 'council', errors: [{ match: '(Part 2) – proposed merger of the sexton and market supervisor posts' }] },
  ],
});

// First sight 22 (Hollowbrook): "nothing hush-hush about it" says the decision is public.
ruleTester(rule, {
  valid: [{ text: 'The decision and full report are on the council website – nothing hush-hush about it.', account: 'personal' }],
  invalid: [{ text: "It's all very hush-hush but the depot is closing.", account: 'personal', errors: [{ messageId: 'secrecy', match: 'hush-hush' }] }],
});
