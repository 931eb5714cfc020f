import rule from '../../rules/political';
import { isPartisanHashtag } from '../../rules/political';
import { describe, expect, it } from 'vitest';
import { ruleTester, type Case, type InvalidCase } from '../rule-tester';
import type { PolicyInput } from '../../rules/policy';
import { FENMOUTH_ORG_ALIASED as FENMOUTH } from '../fixtures/fenmouth';

const ELECTION: PolicyInput = {
  ...FENMOUTH,
  electionPeriods: [{ name: 'District elections', start: '2027-03-29', end: '2027-05-06' }],
  councillors: ['Priya Raman', "Sean O'Donnell", 'Mary-Beth Hale'],
  candidates: ['Tom Ashdown', 'Dr. Ngozi Okafor'],
  parties: ['Fenmouth Independents', 'Residents First'],
};
const IN_PERIOD = '2027-04-10';
const AFTER_PERIOD = '2027-06-10';

const valid: Array<Case | string> = [
  // Red-team 9 (Northmoor): the make-up of the council after an election, stated neutrally.
  { text: 'After the count, the Green Party holds 14 of the 60 seats on the council and Labour 21.', policy: FENMOUTH },
  { text: 'Fenmouth remains under no overall control: Conservatives 25, Liberal Democrats 19, Independents 16.', policy: FENMOUTH },
  // Red-team 9 (Northmoor): "back" as an adverb before a name; "vote for me" in a contest with no election.
  { text: 'Welcome back Dan Whitley to the gritting crew after the election count shifts!', account: 'personal', policy: FENMOUTH },
  { text: 'Vote for me as Best Dressed Scarecrow at the Fenmouth fete! 🎃', account: 'personal', policy: FENMOUTH },
  { text: 'Only Ellie can win the bake-off at this rate 😂', account: 'personal', policy: FENMOUTH },
  // Red-team (Kestrel Vale): a party name ending in an ordinary word keeps that word's ordinary senses;
  // "vote" before a capitalised word that is no candidate, or with no election in the post.
  { text: 'New Labour market data shows vacancies rising across Fenmouth.', policy: FENMOUTH },
  { text: 'Scottish Labour market statistics are out today.', policy: FENMOUTH },
  { text: 'Vote Now! Help us name the new gritter ❄️', policy: FENMOUTH },
  { text: 'Polling day reminder: vote Thursday 7am to 10pm at your polling station.', policy: FENMOUTH },
  { text: 'Bake-off final tonight, vote Jamie!', account: 'personal', policy: FENMOUTH },
  // Ordinary senses of party words (categories.md "No" list and more).
  'Real Christmas trees can go in your green waste bin. Cut them into pieces under 1m.',
  'Green bin collections are suspended over Christmas and restart on 2 January.',
  'Millbrook Green will host the summer fair on Saturday from 11am.',
  'Fenmouth Park has been awarded a Green Flag for the fifth year running.',
  'The draft Local Plan protects green spaces and the Green Belt around the town.',
  'Apply for a Green Homes grant to insulate your loft before the winter.',
  'The local labour market remains strong, with 500 new vacancies this quarter.',
  'Restoring the old mill was a labour of love for our volunteers.',
  'Labour market statistics for the district are published every quarter.',
  'Labour costs on the scheme rose by 4% last year.',
  'A conservative estimate puts attendance at 5,000 over the weekend.',
  'Conservative estimates suggest the repairs will cost around £40,000.',
  'The Old Town Conservation Area appraisal is out for consultation until 30 April.',
  "Conservation volunteers pulled three trailer-loads of balsam from the reserve today.",
  'We are consulting on reform of parking charges in the town centre.',
  'Reform of licensing fees will be discussed at Cabinet on Tuesday.',
  'The Welfare Reform Act changed how housing benefit is paid to tenants.',
  "Gritters will be spreading salt liberally on the hill roads tonight.",
  'Party in the Park is back on 12 July with live bands and food stalls.',
  'Planning a street party this summer? Apply for a free road closure six weeks before.',
  { text: 'Birthday party for my twins at the soft play this weekend. Wish me luck!', account: 'personal' },
  { text: 'Garden party for Mum\'s 80th on Sunday, four generations in one garden.', account: 'personal' },
  'Need a party wall agreement? Read our free guide before you build.',
  'This is a civil matter under the Party Wall etc. Act 1996, so we cannot advise on it.',
  "Vote for your favourite park in the People's Choice Award! Voting closes on Friday.",
  'Full Council will vote on the budget on 26 February. Papers are on our website.',
  'Tonight members will vote on the Riverside planning application.',
  'Our recycling campaign is back: crews will tag bins with the wrong items in.',
  "Love Where You Live: our anti-litter campaign starts today. Bin it or take it home.",
  'Support independent traders this Christmas: free parking every Saturday in December.',
  'Independent Living Service: call us for help with aids and adaptations at home.',
  'An independent review of the flooding will report in the spring.',
  "Harbour Park has got our vote in the People's Choice Awards! Have you voted yet?",
  // Neutral civic and election information.
  'Not registered to vote? The deadline for the 7 May elections is midnight on 20 April: gov.uk/register-to-vote',
  'Polling stations are open 7am to 10pm on Thursday 7 May. Remember to bring photo ID.',
  "Don't forget: polling day is Thursday. Polls are open 7am to 10pm and you need photo ID.",
  'Postal vote applications for the district elections must reach us by 5pm on 21 April.',
  'Your annual canvass letter is on its way. It shows who is registered to vote at your address.',
  "Our electoral canvassers will be knocking on doors in October if we haven't heard from you. Please reply to your household enquiry form.",
  {
    name: 'statement of persons nominated',
    text:
      'Statement of Persons Nominated: Riverside ward by-election, Thursday 19 June\n\nThe Returning Officer has published the list of candidates:\n• ASHDOWN, Tom – Conservative Party Candidate\n• BELL, Kerry – Labour Party\n• CHOWDHURY, Ali – Liberal Democrats\n• DAVIES, Ffion – Green Party\n• EVANS, Rob – Reform UK',
  },
  {
    name: 'election result stated neutrally',
    text: 'Riverside ward by-election result: BELL, Kerry (Labour) 1,402 – elected. ASHDOWN, Tom (Conservative) 1,005. DAVIES, Ffion (Green) 311. Turnout 29.8%.',
  },
  {
    name: 'result with abbreviations',
    text: 'Upper Fen result: Kerry Bell (Lab) 902, Tom Ashdown (Con) 850, Ali Chowdhury (LD) 301. Turnout 31%.',
  },
  {
    name: 'neutral notice in an election period',
    text: 'Notice of election: the Returning Officer has published the statement of persons nominated, including Tom Ashdown (Conservative) and Priya Raman (Labour). See fenmouth.gov.uk/elections.',
    policy: ELECTION,
    now: IN_PERIOD,
  },
  'The Conservative Club, High Street is a polling station on 7 May.',
  'Cllr Jane Doe, Cabinet Member for Housing, opened the new homes on Friday.',
  { text: 'Cllr Priya Raman opened the new library on Saturday.', policy: ELECTION, now: AFTER_PERIOD },
  { name: 'personal account in an election period', text: 'Cllr Priya Raman opened the new library on Saturday.', policy: ELECTION, now: IN_PERIOD, account: 'personal' },
  'Cabinet approved the 2027/28 budget on Tuesday, including £2m for road repairs.',
  'Annual Council: election of the Mayor and Deputy Mayor, and appointments to committees.',
  'The Government has confirmed £2m of funding for our new bus routes.',
  'Local government finance settlement: what it means for your council tax.',
  'Government cuts to public health grants mean some services will change from April.',
  'The Chancellor\'s Autumn Statement confirmed extra funding for social care.',
  'The Prime Minister visited Fenmouth Hospital today to open the new ward.',
  'Our finances remain strong and stable, the external auditor said.',
  'Take back control of your garden with our free composting workshop.',
  'Come along to our free cookery demo at the library on Saturday.',
  'Road closures for the Remembrance march on Sunday: see the map.',
  'Join us for the Pride march through the town centre on Saturday!',
  'You can start or sign a petition to the council at fenmouth.gov.uk/petitions.',
  'We received a petition to save Millbrook Library with 2,300 signatures. It will be debated at Full Council.',
  'Our 20mph scheme starts on Monday. Stop at the 20mph signs and check your speed.',
  'Stop the spread: wash your hands and stay home if you are unwell.',
  'Say no to fly-tipping: report it at fenmouth.gov.uk/flytipping.',
  "We're fighting for a fair funding deal for Fenmouth.",
  'EU citizens who lived here before Brexit can still apply to the EU Settlement Scheme.',
  'Check if you can get the Winter Fuel Payment this year.',
  { text: 'Voted for my favourite bake at the village show 🍰', account: 'personal' },
  { text: 'In labour with baby number two! Wish me luck 😅', account: 'personal' },
  { text: 'Polling day tomorrow. Whoever you back, just go and vote.', account: 'personal' },
  'Kick off is at 3pm on Saturday at the Riverside ground.',
  'Time for a change of scenery: the library reopens on Thursday after its refit.',
  '#LabourMarket update: 600 new jobs in Fenmouth this year. #GreenWaste #history',
  'Tory Lane car park is closed for resurfacing until Friday.',
  'Starmer Road bridge closes for inspection overnight.',
  'Reform Road will be closed from Monday for resurfacing.',
  'Reform is needed in how we fund adult social care, the report says.',
  'Independent candidate briefing: thinking of standing in May? Come to our session on 3 February.',
  'Labour and materials for the repairs are covered by the grant.',
  'Westminster Road will be closed overnight for gas works.',
  'Opposition councillors asked questions about the budget at Full Council.',
  "We welcome the Government's announcement of £5m for our roads.",
  'Councillors from all parties backed the motion on flood defences.',
  { text: 'Vote for Jamie in the bake-off final!', account: 'personal' },
  "Vote for Harbour Park in the Green Flag People's Choice Award! Voting closes on Friday.",
  'Thanks for your votes! Our candidates for Apprentice of the Year are Jo Dunn and Sam Ode.',
  'The ULEZ expansion comes into force on 29 August. Check your vehicle online.',
  'The two-child benefit cap: what it means for you and where to get advice.',
  'The protest on Market Street has ended and roads have reopened.',
  'Sign the book of condolence at the Town Hall from 9am.',
  { text: 'Went to the Liberal Club for my uncle\'s wake today. Lovely send-off.', account: 'personal' },
  'Our green team planted 400 trees this winter.',
  'Dementia Action Alliance members met today to plan the summer programme.',
];

const invalid: InvalidCase[] = [
  { text: 'What a night for the Greens: we now hold 14 of the seats on the council! 💚', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Greens' }] },
  // Red-team 9 (Northmoor): a candidate's own asks and the squeeze messages of an election leaflet.
  { text: 'Two days until the election: please vote for me and I will keep fighting for our buses.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'vote for me' }] },
  { text: 'Polling stations open at 7am. Make sure you back Harriet Coles in Eastmoor!', account: 'personal', policy: FENMOUTH, errors: [{ match: 'back Harriet Coles' }] },
  { text: "It's a two-horse race in this ward at the election, so don't split the vote.", account: 'personal', policy: FENMOUTH, errors: [{ match: 'two-horse race' }, { match: "don't split the vote" }] },
  { text: 'Polling day is Thursday and only we can beat them here.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'only we can beat' }] },
  { text: 'Huge thanks to everyone who stuffed envelopes for my re-election campaign this weekend.', account: 'personal', policy: FENMOUTH, errors: [{ match: 're-election campaign' }] },
  // Red-team (Kestrel Vale): "vote <Surname>" in a post about an election; corruption as a partisan attack.
  { text: 'Hustings tonight made it clear: vote Okafor on Thursday! #election', account: 'personal', policy: FENMOUTH, errors: [{ match: 'vote Okafor' }] },
  { text: 'The candidates all turned up, but only one made sense. Vote Marsh – she gets it.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Vote Marsh' }] },
  { text: 'Rotten to the core, this Westminster government.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'Rotten to the core, this Westminster government' }] },
  { text: 'New Labour gave us the minimum wage, say what you like.', account: 'personal', policy: FENMOUTH, errors: [{ match: 'New Labour' }] },
  // Parties and their nicknames.
  { text: 'Vote Labour on Thursday! 🌹', account: 'personal', errors: [{ messageId: 'votePersonal', match: 'Vote Labour' }] },
  { text: 'VOTE GREEN 💚', account: 'personal', errors: [{ messageId: 'votePersonal', match: 'VOTE GREEN' }] },
  { text: "I'll be voting SNP again.", account: 'personal', errors: [{ match: 'voting SNP' }] },
  { text: 'Proud to be standing as the Green candidate for Riverside ward.', account: 'personal', errors: [{ messageId: 'partyPersonal', match: 'Green' }] },
  { text: 'Only a Labour council would freeze your council tax.', errors: [{ messageId: 'party', match: 'Labour' }] },
  { text: 'Huge thanks to our Labour-run council for the new pool!', errors: [{ match: 'Labour' }] },
  { text: 'The Tories have wrecked this country.', account: 'personal', errors: [{ match: 'Tories' }] },
  { text: 'Lib Dem councillors voted against the plan again.', errors: [{ match: 'Lib Dem' }] },
  { text: 'Plaid Cymru are the only party standing up for Wales.', account: 'personal', errors: [{ match: 'Plaid Cymru' }] },
  { text: 'Reform want to scrap net zero. Do not let them.', account: 'personal', errors: [{ match: 'Reform' }] },
  { text: 'Greens gaining everywhere tonight 💚', account: 'personal', errors: [{ match: 'Greens' }] },
  { text: 'The DUP have blocked it again.', account: 'personal', errors: [{ match: 'DUP' }] },
  { text: "Labour's broken promises on housing are a disgrace.", account: 'personal', errors: [{ match: "Labour's" }] },
  { text: 'Conservative councillor Jo Bloggs says the scheme is a waste of money.', errors: [{ match: 'Conservative' }] },
  { text: 'Congratulations to Kerry Bell (Labour), our new councillor for Riverside!', errors: [{ match: 'Labour' }] },
  { text: 'Red rosettes everywhere in Riverside today 🌹', account: 'personal', errors: [{ match: 'Red rosettes' }] },
  { text: 'Fenmouth is better off blue 💙', errors: [{ messageId: 'vote', match: 'better off blue' }] },
  { text: 'I was a member of the Labour Party for twenty years.', account: 'personal', errors: [{ match: 'Labour Party' }] },
  {
    name: 'local party from the policy',
    text: 'Fenmouth Independents kept the lido open. Residents First would have shut it.',
    policy: ELECTION,
    now: AFTER_PERIOD,
    errors: [{ match: 'Fenmouth Independents' }, { match: 'Residents First' }],
  },
  { text: "Don't let Reform wreck our town.", account: 'personal', errors: [{ match: 'Reform' }] },
  { text: 'Keep Fenmouth Conservative!', account: 'personal', errors: [{ match: 'Conservative' }] },
  { text: 'Cllr Jo Dunn (Con) says the bus cuts are a disgrace.', errors: [{ match: 'Con' }] },
  { text: 'The Liberal Democrat-run council has wasted millions.', account: 'personal', errors: [{ match: 'Liberal Democrat' }] },
  { text: 'A vote for the Greens is a vote for cleaner rivers.', account: 'personal', errors: [{ match: 'vote for the Greens' }] },
  { text: 'Labour promised to fix social care. Still waiting.', account: 'personal', errors: [{ match: 'Labour' }] },
  // Politicians in their party role.
  { text: "Farage's lot want to close our library.", account: 'personal', errors: [{ messageId: 'politicianPersonal', match: "Farage's" }] },
  { text: 'Keir Starmer has let pensioners down.', account: 'personal', errors: [{ match: 'Keir Starmer' }] },
  { text: 'Kemi Badenoch was in town today.', errors: [{ messageId: 'politician', match: 'Kemi Badenoch' }] },
  // Hashtags and slogans.
  {
    text: 'Another week, another U-turn. #ToriesOut',
    account: 'personal',
    errors: [{ messageId: 'hashtagPersonal', match: '#ToriesOut', suggestions: [{ label: 'Remove', output: 'Another week, another U-turn.' }] }],
  },
  {
    text: 'Big night at the count #VoteReform',
    errors: [{ messageId: 'hashtag', match: '#VoteReform', suggestions: [{ label: 'Remove', output: 'Big night at the count' }] }],
  },
  { text: 'Enough. #gtto', account: 'personal', errors: [{ match: '#gtto' }] },
  { text: 'Strong and stable? More like chaos.', account: 'personal', errors: [{ messageId: 'sloganPersonal', match: 'Strong and stable' }] },
  { text: '"Take back control", they said.', account: 'personal', errors: [{ match: 'Take back control' }] },
  { text: 'Remember when they promised to get Brexit done?', account: 'personal', errors: [{ match: 'get Brexit done' }] },
  // Calls to vote, backing candidates, canvassing.
  { text: "Can't believe they are still pretending it worked. Vote them out.", account: 'personal', errors: [{ match: 'Vote them out' }] },
  { text: "Don't vote for them on 7 May.", account: 'personal', errors: [{ match: "Don't vote for them" }] },
  { text: 'Good luck to Sue Marsh, the independent candidate in Eastcliff. She has got our vote!', errors: [{ messageId: 'vote', match: 'She has got our vote' }] },
  { text: 'Kerry Bell has got my vote on Thursday.', account: 'personal', errors: [{ match: 'Kerry Bell has got my vote' }] },
  { text: 'Come on, get behind Ali Chowdhury, the candidate who actually lives here!', account: 'personal', errors: [{ match: 'get behind Ali' }] },
  { text: 'Out canvassing for Jo Smith in Riverside tonight!', account: 'personal', errors: [{ messageId: 'canvassPersonal', match: 'Out canvassing' }] },
  {
    text: 'Delivering leaflets for the Lib Dems in Upper Fen this weekend.',
    account: 'personal',
    errors: [{ messageId: 'canvassPersonal', match: 'Delivering leaflets for' }, { match: 'Lib Dems' }],
  },
  { text: 'Vote for Jo Dunn on 2 May!', account: 'personal', errors: [{ match: 'Vote for Jo Dunn' }] },
  { text: 'Re-elect Sam Ode for Riverside.', account: 'personal', errors: [{ match: 'Re-elect Sam' }] },
  { text: "I'm backing Jo Dunn for mayor. She's the best candidate.", account: 'personal', errors: [{ match: "I'm backing Jo" }] },
  { text: 'Vote Yes in the referendum!', account: 'personal', errors: [{ match: 'Vote Yes' }] },
  { text: "Don't forget who closed your library when you go to the polls.", account: 'personal', errors: [{ match: "Don't forget who" }] },
  { text: 'On 2 May, send them a message at the ballot box.', account: 'personal', errors: [{ match: 'send them a message' }] },
  { text: 'Time for change at the ballot box.', errors: [{ messageId: 'vote', match: 'Time for change' }] },
  { text: 'Only we kept the leisure centre open. Remember that when you vote!', errors: [{ match: 'Remember that' }] },
  // Partisan attacks without a party name.
  { text: "Ministers' heartless cuts have left us no choice but to close the centre.", errors: [{ messageId: 'attack', match: "Ministers' heartless" }] },
  { text: 'This useless government has abandoned towns like ours.', account: 'personal', errors: [{ messageId: 'attackPersonal', match: 'useless government' }] },
  { text: 'Another broken promise from this government.', account: 'personal', errors: [{ match: 'broken promise from this government' }] },
  { text: 'Westminster has abandoned coastal towns like ours.', errors: [{ match: 'Westminster has abandoned' }] },
  { text: "The opposition's uncosted plans would bankrupt the council.", errors: [{ messageId: 'attack', match: "The opposition's uncosted" }] },
  { text: "Thanks to this government's cuts, the library will close on Mondays.", errors: [{ match: "this government's cuts" }] },
  { text: 'This Tory government has starved councils of cash for a decade.', errors: [{ messageId: 'attack', match: 'Tory government has starved' }] },
  { text: "The Chancellor's austerity budget hits councils hardest.", errors: [{ match: "The Chancellor's austerity" }] },
  { text: "Sunak's Rwanda plan was a shambles.", account: 'personal', errors: [{ match: "Sunak's" }] },
  // Campaigning on contested causes.
  { text: 'Stop the cuts! Protect our services!', account: 'personal', errors: [{ match: 'Stop the cuts' }] },
  {
    text: 'Fight the cuts: join the march against austerity on Saturday.',
    account: 'personal',
    errors: [{ match: 'Fight the cuts' }, { match: 'march against' }],
  },
  { text: 'Come and join our rally against the closure of Oak Vale library on Saturday!', account: 'personal', errors: [{ match: 'rally against' }] },
  {
    text: 'Join us outside the Town Hall on Friday to protest the closure of Riverside Library.',
    account: 'personal',
    errors: [{ messageId: 'campaignPersonal', match: 'protest' }],
  },
  { text: 'Scrap ULEZ now!', account: 'personal', errors: [{ match: 'Scrap ULEZ' }] },
  { text: 'Say no to the Northgate low-traffic neighbourhood!', account: 'personal', errors: [{ match: 'Say no to the Northgate low-traffic neighbourhood' }] },
  {
    text: 'Please sign and share: change.org/p/save-riverside-library',
    account: 'personal',
    errors: [{ match: 'Please sign' }, { match: 'change.org/p/save-riverside-library' }],
  },
  {
    text: 'Sign our petition against the cap on council tax.',
    errors: [{ messageId: 'campaign', match: 'Sign our petition' }, { messageId: 'campaign', match: 'against the cap on council tax' }],
  },
  // Election period, council accounts (Publicity Code para 34).
  {
    name: 'councillor from the policy',
    text: 'Priya Raman will open the new library on Saturday.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCouncillor', match: 'Priya Raman' }],
  },
  {
    name: 'any Cllr',
    text: 'Cllr Jo Bloggs will open the new play area on Saturday.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCouncillor', match: 'Cllr Jo Bloggs' }],
  },
  {
    name: 'candidate from the policy, title dropped',
    text: 'Thanks to Ngozi Okafor and Tom Ashdown for visiting the food bank.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCandidate', match: 'Ngozi Okafor' }, { messageId: 'electionCandidate', match: 'Tom Ashdown' }],
  },
  {
    name: 'party in an election period',
    text: 'The Labour group has asked for a report on bus services.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionParty', match: 'Labour' }],
  },
  {
    name: 'title joins a listed name',
    text: 'Cllr. Sean O’Donnell and Mary-Beth Hale met the harbour trust.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCouncillor', match: 'Cllr. Sean O’Donnell' }, { messageId: 'electionCouncillor', match: 'Mary-Beth Hale' }],
  },
  {
    name: 'party and candidate in an election period',
    text: 'Tom Ashdown is the only candidate who cares. Vote for him on 6 May.',
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCandidate', match: 'Tom Ashdown' }, { messageId: 'vote', match: 'Vote for him' }],
  },
  {
    name: 'apostrophe in a listed name',
    text: "Sean O'Donnell met residents in Upper Fen.",
    policy: ELECTION,
    now: IN_PERIOD,
    errors: [{ messageId: 'electionCouncillor', match: "Sean O'Donnell" }],
  },
];

ruleTester(rule, { valid, invalid });

describe('political: hashtags', () => {
  it('tells partisan hashtags from ordinary ones', () => {
    for (const tag of ['ToriesOut', 'VoteLabour', 'LibDemFightback', 'StarmerOut', 'toriesout', 'GTTO', 'votegreen', 'ReformUK']) {
      expect(isPartisanHashtag(tag), tag).toBe(true);
    }
    for (const tag of ['LabourMarket', 'GreenWaste', 'history', 'storytime', 'ReformOfFees', 'FairFundingNow', 'borisbikes', 'PlaidShirt']) {
      expect(isPartisanHashtag(tag), tag).toBe(false);
    }
  });
});

describe('political: messages', () => {
  it('reminds a personal account that it reflects on the employer named in the policy', async () => {
    const { check } = await import('../../rules/engine');
    const { resolvePolicy } = await import('../../rules/policy');
    const policy = resolvePolicy(FENMOUTH);
    const [personal] = check('The Tories have wrecked this town.', { account: 'personal' }, policy, { rules: [rule] });
    expect(personal.message).toContain('Fenmouth District Council');
    const [council] = check('The Tories have wrecked this town.', { account: 'council' }, policy, { rules: [rule] });
    expect(council.message).toMatch(/^"Tories" names a political party\. Council accounts must not publish/);
    expect(council.policy.clause.length).toBeGreaterThan(0);
  });
});

describe('political: robustness', () => {
  it('never throws on odd input', async () => {
    const { check } = await import('../../rules/engine');
    const { BRIGHTWATER } = await import('../rule-tester');
    for (const text of ['🗳️🗳️', '\u202Eruobal etov', 'Labour'.repeat(5000), `${'vote for '.repeat(3000)}him`, '#'.repeat(500), "'s", '(', 'Green-']) {
      expect(() => check(text, { account: 'council' }, BRIGHTWATER, { rules: [rule] })).not.toThrow();
    }
  });
});

// Red-team round 2 (Hollinsford): a party named where it holds power; doorstep knocking that is not canvassing.
ruleTester(rule, {
  valid: [
    // Red-team 8 (Wyeford): a possessive makes the vote about an entry, not a candidate.
    { account: 'personal', text: "Vote Tilly's scarecrow in the village show, polls close at 6!" },
    { account: 'council', text: 'Beware of rogue traders knocking on doors in Penhallow offering cheap driveway repairs.' },
    { account: 'council', text: 'Trick or treaters will be knocking on doors tonight: put a pumpkin out if you are happy to have callers.' },
    { account: 'council', text: 'Labour in the care sector is in short supply across the county.' },
    // Kelderby: a party that is green, held somewhere or some time, at the start of a sentence.
    { account: 'personal', text: 'Green party at Jo\'s tonight for Earth Day, bring a plant and wear something green 🌱' },
    { account: 'personal', text: 'Green party in the garden next Saturday for Paddy\'s Day! Dress code: green 🍀' },
  ],
  invalid: [
    // Red-team 8 (Wyeford): the bare imperative of a leaflet ("vote <name>") and a counted canvass ("knocked on 350 doors").
    { account: 'personal', text: "Polling day is Thursday. Vote Gethin Morris for Bridge ward and let's get the bins sorted!", errors: [{ match: 'Vote Gethin Morris' }] },
    { account: 'personal', text: 'Knocked on 350 doors for the by-election this weekend, feet are killing me 🗳️', errors: [{ match: 'Knocked on 350 doors for' }] },
    { account: 'council', text: 'Conservatives in government have slashed our grant again.', errors: [{ match: 'Conservatives' }, { match: 'government have slashed' }] },
    { account: 'personal', text: 'Labour in Westminster have cut our funding yet again.', errors: [{ match: 'Labour' }] },
    { account: 'personal', text: 'Out knocking on doors for the by-election all weekend 🗳️', errors: [{}] },
    // The party, not a do: nothing says where or when it is held.
    { account: 'personal', text: 'Green party candidates did well in Hillside ward, and deserved to.', errors: [{ match: 'Green party' }] },
    { account: 'personal', text: 'Loved the Green party leaflet at ours this morning, they have my vote.', errors: [{}] },
  ],
});

// Red-team round 3 (Marlow Vale): a campaign against "the government's" policy, whatever the policy is called.
ruleTester(rule, {
  valid: [
    { account: 'council', text: "The government's new recycling rules start in April, so we will stop collecting glass separately." },
    { account: 'council', text: "Read the government's guidance on flood grants at gov.uk before you apply." },
  ],
  invalid: [
    { account: 'personal', text: 'Help us fight the Government’s plan to shut the Eastgate jobcentre. Rally at noon!', errors: [{ match: 'fight the Government’s' }] },
  ],
});

// Red-team round 4: "reform" in lower case is the party when its people follow, unless a noun makes it a kind of reform.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'planning reform supporters packed the hall last night' },
    { account: 'council', text: 'Welfare reform advisers are at the library every Tuesday.' },
    { account: 'personal', text: 'reform of the bus network is long overdue' },
  ],
  invalid: [
    { account: 'personal', text: 'reform councillors round here have done nowt since May', errors: [{ match: 'reform' }] },
    { account: 'personal', text: 'all the reform voters in my street are gutted', errors: [{ match: 'reform' }] },
  ],
});

// Red-team round 6 (coastal borough): a candidate backed by name and office, candidacy hashtags, preference votes.
ruleTester(rule, {
  valid: [
    { account: 'council', text: 'Nominations for the Carrick Bay mayoral election close at 4pm on 2 April.' },
    { account: 'personal', text: 'Vote Biscuit for Best in Show at the harbour dog show!' },
    { account: 'personal', text: 'Give Poppy your vote in the bonny baby contest, she would love it.' },
    { account: 'council', text: 'Vote for your favourite sandcastle by Sunday #SandcastleForTheWin' },
    { account: 'council', text: 'Ready to vote? #VoteForMayor explains how the count works.' },
  ],
  invalid: [
    { account: 'personal', text: 'Vote Mel Trewin for Mayor - proper Cornish, proper sense!', errors: [{ match: 'Vote Mel Trewin for Mayor' }] },
    { account: 'personal', text: 'On the 4th, vote Hardy for councillor in Quay ward.', errors: [{ match: 'vote Hardy for councillor' }] },
    { account: 'personal', text: 'Out on the seafront with the team today #TrewinForMayor', errors: [{ match: '#TrewinForMayor' }] },
    { account: 'personal', text: 'Polls open at 7. Give Ade Lusk your first preference!', errors: [{ match: 'Give Ade Lusk your first preference' }] },
    { account: 'personal', text: 'Election day: give your second preference to Nance, whatever you do.', errors: [{ match: 'give your second preference to Nance' }] },
    { account: 'personal', text: 'Sian Rowlands has my vote for mayor, no contest.', errors: [{ match: 'Sian Rowlands has my vote' }] },
  ],
});

// Red-team 10: Scottish independence campaigning by slogan and hashtag, and the words that only look like it.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'Indy cinema night at the town hall, Friday 7pm, bring a cushion.' },
    { account: 'council', text: 'The independent review of the ferry timetable is now published on our website.' },
    { account: 'council', text: "A banner saying 'Strong and stable' was hung from the footbridge overnight; our team has taken it down." },
  ],
  invalid: [
    { account: 'personal', text: 'Independence now. Enough said. 🏴󠁧󠁢󠁳󠁣󠁴󠁿', errors: [{ match: 'Independence now' }] },
    { account: 'personal', text: 'Another referendum? Naw. We said no in 2014. #SayNoToIndyref2', errors: [{ match: '#SayNoToIndyref2' }] },
    { account: 'personal', text: 'Chapping doors in the rain for the cause #IndyNow', errors: [{ match: '#IndyNow' }] },
  ],
});

// Red-team 11: comment-box typing: lower case, misspelt parties, bare surnames; and places named after a party word.
ruleTester(rule, {
  valid: [
    { account: 'personal', text: 'ferry over to tory island was choppy af 🌊' },
    { account: 'personal', text: 'Booked a week on Tory island, cant wait' },
    { account: 'personal', text: 'reform is badly needed in how we do school runs lol' },
    { account: 'personal', text: 'electoral reform are two words nobody at the pub wants to hear' },
    { account: 'personal', text: 'labor day bbq with the cousins in ohio 🇺🇸🍔' },
    { account: 'personal', text: 'we need to reform uk tax rules on tips, says my accountant' },
  ],
  invalid: [
    { account: 'personal', text: 'voting reform uk tmrw, sorted', errors: [{ match: 'voting reform uk' }] },
    { account: 'personal', text: 'cant stand the conservitive lot round here', errors: [{ match: 'conservitive' }] },
    { account: 'personal', text: 'more labor cuts to the buses, cheers keir', errors: [{ match: 'labor' }] },
    { account: 'personal', text: 'reform r gonna clean up at the locals', errors: [{ match: 'reform' }] },
    { account: 'personal', text: 'badenoch out 👋', errors: [{ match: 'badenoch' }] },
  ],
});

// Red-team 13 (Greyford): a leaflet's slogan naming a candidate, a ward and polling day; an event listing keeps clean.
ruleTester(rule, {
  valid: [
    { text: 'Join Sarah Jones for Storytime on 4 July at the library.', account: 'council' },
    { text: 'Sarah Jones for Storytime on 4 July at Fenmouth Library!', account: 'council' },
  ],
  invalid: [
    { text: 'Same thing on every doorstep: people want change. Marcia Campbell for Greyford North on 4 July ✊🏾🌹', account: 'personal', errors: [{ messageId: 'votePersonal', match: 'Marcia Campbell for Greyford North on 4 July' }] },
    { text: 'Jo Dunn for Mayor!', account: 'council', errors: [{ match: 'Jo Dunn for Mayor' }] },
  ],
});

// First sight 14 (Otterbury): a policy that lists the national parties again keeps their ordinary senses.
const NATIONAL_LISTED: PolicyInput = { organisation: { name: 'Fenmouth District Council' }, parties: ['Conservative', 'Labour', 'Liberal Democrats', 'Fenmouth Independents'] };
ruleTester(rule, {
  valid: [
    { text: 'Conservative estimate £3k before a single bit of glass goes in.', account: 'personal', policy: NATIONAL_LISTED },
    { text: 'Labour shortage on the farms is no joke this year.', account: 'personal', policy: NATIONAL_LISTED },
  ],
  invalid: [
    { text: 'Labour have let us down again.', account: 'personal', policy: NATIONAL_LISTED, errors: [{ match: 'Labour' }] },
    { text: 'Proud to stand with Fenmouth Independents this spring.', account: 'personal', policy: NATIONAL_LISTED, errors: [{ match: 'Fenmouth Independents' }] },
  ],
});

// First sight 16 (Tidewell, Marchbury): a party by its colour as opponents say it ("our yellow friends"), its
// newsletter ("Focus leaflets"), and a local party of the policy's as a hashtag. A bowls team in blue, and a "focus"
// that is no newsletter, keep clean.
ruleTester(rule, {
  valid: [
    { text: 'The blue lot at the bowls club won the league again.', account: 'personal', policy: NATIONAL_LISTED },
    { text: 'Our focus this spring is the leaflets for the library summer reading scheme.', account: 'council', policy: NATIONAL_LISTED },
  ],
  invalid: [
    { text: 'Funny how our yellow friends only care about potholes in May.', account: 'personal', policy: NATIONAL_LISTED, errors: [{ match: 'our yellow friends' }] },
    { text: 'Another Focus leaflet through the door, full of promises.', account: 'personal', policy: NATIONAL_LISTED, errors: [{ match: 'Focus leaflet' }] },
    { text: 'Remember who saved the library when you go to the polls. #FenmouthIndependents', account: 'personal', policy: NATIONAL_LISTED, errors: [{ match: 'Remember who' }, { match: '#FenmouthIndependents' }] },
  ],
});

// First sight 18 (Quarrington, Saltcote): a council account blaming "this Government's choices" for its cuts, and
// "Ministers may have given up on rural services – we haven't". A factual grant cut, and a resident's "choice", keep clean.
ruleTester(rule, {
  valid: [
    { text: 'The government has cut the bus grant by 10%, so route 7 will change from April.', account: 'council' },
    { text: 'Blue bin or brown bin, the choice is yours. Government guidance on recycling is on our website.', account: 'council' },
  ],
  invalid: [
    { text: "The reduced library hours are a direct result of this Government's choices, not ours.", account: 'council', errors: [{ match: "this Government's choices" }] },
    { text: 'Ministers may have given up on rural services – we haven’t.', account: 'council', errors: [{ match: 'Ministers may have given up on' }] },
  ],
});

// First sight 22 (Aberwen): Welsh party names ("Llafur", "Y Ceidwadwyr") and "#PleidleisiwchPlaid" (vote Plaid). A
// plaid shirt stays clean.
ruleTester(rule, {
  valid: [{ text: 'Loving my new shirt #PlaidShirt #plaid', account: 'personal' }],
  invalid: [
    { text: 'So Llafur voted against the second homes premium again. Cofiwch hyn ym mis Mai.', account: 'personal', errors: [{ match: 'Llafur' }] },
    { text: 'Only one party has fought for Welsh-medium schools round here. #PleidleisiwchPlaid', account: 'personal', errors: [{ match: '#PleidleisiwchPlaid' }] },
  ],
});
