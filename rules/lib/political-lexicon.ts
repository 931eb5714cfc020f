// The political rule's word lists (rules/data/political.json), validated once
// and compiled into matchers at module load. Policy-derived matchers (local
// parties, councillors, candidates) are built per policy and cached.
import { z } from 'zod';
import raw from '../data/political.json';
import type { Policy } from '../policy';
import { escapeRegExp, phrasePattern } from './organisation';

const words = z.array(z.string().min(1));
const headSchema = z.object({ bareCapital: z.boolean(), ordinaryAfter: words });
const schema = z.object({
  partyNamesAnyCase: words,
  partyNamesExactCase: words,
  partyAbbreviationsInBrackets: words,
  heads: z.record(z.string(), headSchema),
  roleNouns: words,
  roleNounsNotForGreen: words,
  roleNounsNotForIndependent: words,
  roleSuffixes: words,
  voteVerbs: words,
  rosetteColours: words,
  politicians: z.array(z.object({ names: words, role: z.string().min(1) })),
  slogans: z.array(z.object({ text: z.string().min(1), standalone: z.boolean() })),
  hashtagWords: words,
  hashtagSlogans: words,
  strongEvaluation: words,
  weakEvaluation: words,
  praise: words,
  noticeMarkers: words,
  causes: words,
  petitionHosts: words,
  campaignVerbs: words,
  causeFillers: words,
  placeWords: words,
});

export const LEXICON = schema.parse(raw);
export type Head = z.infer<typeof headSchema>;

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Alternation of phrases, longest first so "Labour Party" wins over "Labour". */
function alternation(phrases: string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
}

// Word boundaries that also work around apostrophes and accented letters.
const B_START = '(?<![\\p{L}\\p{N}_])';
const B_END = '(?![\\p{L}\\p{N}_])';

/** Every candidate party word or name; the rule decides which are parties. */
export const PARTY_CANDIDATE = new RegExp(
  `${B_START}(?:${alternation([
    ...LEXICON.partyNamesAnyCase,
    ...LEXICON.partyNamesExactCase,
    'Labour', 'Labor', 'Conservative', 'Conservitive', 'Green', 'Greens', 'Reform', 'Liberal', 'Liberals', 'Independent', 'Independents', 'Alliance', 'Plaid',
  ])})${B_END}`,
  'giu',
);

export const ANY_CASE_NAMES = lower(LEXICON.partyNamesAnyCase);
export const EXACT_CASE_NAMES = new Map(LEXICON.partyNamesExactCase.map((n) => [n.toLowerCase(), n]));
export const HEADS: Record<string, Head> = LEXICON.heads;
export const HEAD_PLURALS: Record<string, string> = { greens: 'green', liberals: 'liberal', independents: 'independent' };
/** Misspellings typed for a party word ("conservitive cuts", "vote labor"): read as the word they stand for. */
export const HEAD_SPELLINGS: Record<string, string> = { conservitive: 'conservative', labor: 'labour' };
export const ORDINARY_AFTER: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LEXICON.heads).map(([k, h]) => [k, lower(h.ordinaryAfter)]),
);
export const ROLE_NOUNS = lower(LEXICON.roleNouns);
export const ROLE_NOUNS_NOT_FOR: Record<string, Set<string>> = {
  green: lower(LEXICON.roleNounsNotForGreen),
  independent: lower(LEXICON.roleNounsNotForIndependent),
  alliance: lower(LEXICON.roleNounsNotForIndependent),
  plaid: lower(LEXICON.roleNounsNotForGreen),
};
/** Role nouns that make even a lower-case "labour" or "conservative" the party. */
export const LOWERCASE_ROLE_NOUNS = new Set([
  'party', 'parties', 'mp', 'mps', 'government', 'govt', 'councillor', 'councillors', 'candidate', 'candidates', 'voter', 'voters',
  'leader', 'leadership', 'manifesto', 'minister', 'ministers', 'administration', 'politician', 'politicians', 'activist', 'activists',
  'supporters', 'rosette', 'rosettes',
  // Partisan attacks typed in lower case: "labour cuts", "conservative lot", "tory sleaze".
  'cuts', 'lot', 'austerity', 'sleaze', 'chaos',
]);
export const ROLE_SUFFIXES = lower(LEXICON.roleSuffixes);
/** Street and building words: "Tory Lane", "Starmer Road" are places. */
export const PLACE_WORDS = lower(LEXICON.placeWords);
/** Place words that name a place even in lower case ("tory island ferry"); not "way", "rise" or "house" ("the tory way"). */
export const LOWER_PLACE_WORDS = new Set(['island', 'lane', 'road', 'street', 'hill', 'farm', 'bridge', 'terrace', 'avenue', 'crescent', 'cottages', 'gardens']);
export const VOTE_VERBS = lower(LEXICON.voteVerbs);
/** Verbs that make a capitalised "Reform" or "Green" the subject of party news ("Reform want you to believe"). */
export const PARTY_SUBJECT_VERBS = new Set(['want', 'wants', 'say', 'says', 'claim', 'claims', 'promised', 'pledged', 'won', 'gained', 'took']);

export const BRACKETED_PARTY = new RegExp(`\\((?:${alternation(LEXICON.partyAbbreviationsInBrackets)})\\)`, 'g');

const colours = alternation(LEXICON.rosetteColours);
/** "blue rosette", "red rosettes": parties by their colours. */
export const ROSETTE = new RegExp(`\\b(?:${colours})\\s+rosettes?\\b`, 'gi');
/** "our yellow friends", "the blue lot": a party by its colour, as its opponents call it. */
export const COLOUR_GANG = /\b(?:our|the|those|these|that|them)\s+(?:yellow|blue|red|orange|turquoise)\s+(?:friends|lot|team|brigade|mob|army|peril|rosettes)\b/gi;
/** "their Focus leaflets": the Liberal Democrats' own newsletter, capitalised as they print it. */
export const FOCUS_LEAFLET = /\bFocus\s+(?:leaflets?|newsletters?)\b/g;
/** "vote blue", "better off blue": a party by its colour. */
export const COLOUR_VOTE = /\b(?:vote|votes|voted|voting|better off|stay|keep it|turn it)\s+(?:blue|red|yellow|orange|turquoise|purple)\b(?!\s+(?:bins?|bags?|boxes|box|lids?|badges?|plaques?|cards?|zones?|routes?|lines?|lights?)\b)/gi;

export const POLITICIAN_ROLE = new Map<string, string>();
for (const p of LEXICON.politicians) for (const n of p.names) POLITICIAN_ROLE.set(n, p.role);
/** National politicians, as written (a capital letter tells "Truss" from "roof truss"). */
export const POLITICIAN = new RegExp(`${B_START}(?:${alternation([...POLITICIAN_ROLE.keys()])})(?:['’]s)?${B_END}`, 'gu');

export const SLOGAN = new RegExp(`${B_START}(?:${alternation(LEXICON.slogans.map((s) => s.text))})${B_END}`, 'giu');
export const STANDALONE_SLOGANS = lower(LEXICON.slogans.filter((s) => s.standalone).map((s) => s.text));

export const HASHTAG = /#[\p{L}\p{N}_]{2,80}/gu;
export const HASHTAG_WORDS = lower(LEXICON.hashtagWords);
export const HASHTAG_SLOGANS = lower(LEXICON.hashtagSlogans);

const evaluation = (list: string[]) => new RegExp(`${B_START}(?:${alternation(list)})${B_END}`, 'giu');
/** Words that turn a mention of a government or the opposition into an attack. */
export const STRONG_EVALUATION = evaluation(LEXICON.strongEvaluation);
/** Words that attack only next to a pointed form ("this government's cuts", not "government funding cuts"). */
export const WEAK_EVALUATION = evaluation(LEXICON.weakEvaluation);
/** Evaluation or praise anywhere in a post: it is no longer a neutral election notice. */
export const ANY_EVALUATION = evaluation([...LEXICON.strongEvaluation, ...LEXICON.praise]);
export const NOTICE_MARKER = evaluation(LEXICON.noticeMarkers);

/** A government as a political actor. "local government" is excluded by the rule. */
export const GOVERNMENT =
  /\b(?:(?:this|that|the|a|current|present|last|previous|tory|labour|conservative|coalition|national|central|uk|westminster)\s+)?(?:government|govt)(?:['’]s)?\b|\bWestminster(?:['’]s)?\b|\bministers(?:['’])?(?=\s)|\bDowning Street(?:['’]s)?\b|\bthe Treasury(?:['’]s)?\b|\bthe Chancellor(?:['’]s)?\b|\bthe (?:Prime Minister|PM)(?:['’]s)?\b/gi;
/** The council's own opposition benches, or "the other parties". */
export const OPPOSITION =
  /\b(?:the\s+)?opposition(?:\s+(?:group|groups|party|parties|councillors|members|benches|leader|leaders))?(?:['’]s|s['’])?|\bthe other (?:parties|party|lot|side)\b/gi;

/** Contested causes ("low-traffic neighbourhood", "ULEZ", "cuts"); the rule looks back for "stop the ...". */
export const CAUSE = new RegExp(`${B_START}(?:${alternation(LEXICON.causes)})${B_END}`, 'giu');
export const CAMPAIGN_VERBS = lower(LEXICON.campaignVerbs);
export const CAUSE_FILLERS = lower(LEXICON.causeFillers);
/** "Sign the petition", "sign our petition" (not "sign a petition to the council", the council's own scheme). */
export const SIGN_PETITION = /\b(?:sign|signed|signing|share)\s+(?:(?:and|&)\s+share\s+)?(?:the|our|this|my|their)\s+(?:online\s+|e-)?petition\b/gi;
/** "Please sign", "sign it here": a call to sign, when the post is about a petition. */
export const PLEASE_SIGN = /\b(?:please|pls|plz|go and|do)\s+sign\b|\bsign\s+(?:it|here|now|and share)\b/gi;
export const PETITION_WORD = /\bpetition\b/i;
export const PETITION_HOST = new RegExp(`\\b(?:${LEXICON.petitionHosts.map(escapeRegExp).join('|')})\\/\\S{1,200}`, 'gi');
/** A protest or picket (a "demo" or "march" only when it is against something: cookery demos and March are not). */
export const PROTEST_WORD = /\b(?:protest|protests|protesting|picket|picket line|(?:march|marching|rally|demo|demonstration|vigil)\s+against)\b/gi;
export const JOIN_CALL = /\b(?:join us|join the|join them|come along|come and|come down|stand with|show up|turn out|see you there|make some noise|make them)\b/i;
export const PROTEST_AGAINST = /\bprotest(?:ing|s)?\s+against\s+(?:the\s+|this\s+)?(?:government|ministers|cuts?|plans?|polic(?:y|ies)|tory|labour|conservative)/gi;

export interface VotePattern {
  re: RegExp;
  /** Only with another election word in the post (a park award also asks people to "vote for her"). */
  needsElection: boolean;
  kind: 'vote' | 'canvass';
}

/** Calls to vote for or against someone, and canvassing. */
export const VOTE_PATTERNS: VotePattern[] = [
  { re: /\b[Vv]ot(?:e|es|ed|ing)\s+(?:them|him|her|the\s+lot|[A-Z][a-z]{1,20})\s+out\b/g, needsElection: false, kind: 'vote' },
  { re: /\b[Vv]ote\s+out\s+(?:this|the|these|those|every|all|our)\b/g, needsElection: false, kind: 'vote' },
  { re: /\bwho\s+(?:not\s+)?to\s+vote\s+for\b/gi, needsElection: false, kind: 'vote' },
  // "Don't split the vote": tactical voting advice.
  { re: /\b(?:don['’]?t|do not|never|dont)\s+(?:vote\s+(?:for\s+)?(?:them|him|her|this lot|that lot)|split\s+the\s+vote)\b/gi, needsElection: false, kind: 'vote' },
  // "Vote for me on polling day": a candidate asking for votes.
  { re: /\bvote\s+(?:for|against)\s+(?:him|her|them|me|us)\b/gi, needsElection: true, kind: 'vote' },
  { re: /\b(?:she|he|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+got\s+(?:my|our)\s+(?:vote|votes|backing|support)\b/gi, needsElection: false, kind: 'vote' },
  { re: /\b(?:my|our)\s+(?:vote|votes|cross|x)\s+(?:goes|go|is going|will go|is)\s+to\s+(?:him|her|them|[A-Z][a-z]{1,20})\b/g, needsElection: false, kind: 'vote' },
  { re: /\b(?:put|putting|place|mark)\s+(?:a|your|my|the)\s+(?:cross|x)\s+(?:next to|by|against|beside|alongside)\s+(?:their|his|her|[A-Z][a-z]{1,20}['’]s)\s+name\b/gi, needsElection: false, kind: 'vote' },
  // "Only we can beat them here", "it's a two-horse race": the squeeze message of an election leaflet.
  { re: /\b(?:get\s+behind\s+[A-Z][a-z]{1,20}|[Oo]nly\s+(?:we|[A-Z][a-z]{1,20})\s+can\s+(?:beat|win)|two[-\s]horse\s+race)\b/g, needsElection: true, kind: 'vote' },
  // "On 6 May, vote Lal!", "Vote Okafor on Thursday": a bare surname after vote, in a post about an election.
  {
    re: /\b[Vv]ote\s+(?!(?:Now|Today|Here|Early|Online|Yes|No|Green|Labour|Reform|Conservative|Liberal|Independent|Blue|Red)\b)[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?(?=\s{0,2}(?:[!.,–—]|-\s|$)|\s{1,3}(?:on|this|next|in\s+the)\s)/g,
    needsElection: true,
    kind: 'vote',
  },
  // "Give Sue Pascoe your first preference", "give your second preference to Rowe".
  { re: /\b[Gg]ive\s+(?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?\s+your\s+(?:first\s+|second\s+)?(?:vote|preference|cross)|your\s+(?:first\s+|second\s+)?(?:vote|preference|cross)\s+to\s+[A-Z][a-z]{1,20})\b/g, needsElection: true, kind: 'vote' },
  // "Vote Jenna Rowe for Mayor", "vote Okafor for council": the office itself makes it an election.
  { re: /\b[Vv]ote\s+[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?\s{1,3}for\s+(?:[Mm]ayor|MP|PCC|[Pp]olice [Cc]ommissioner|[Cc]ouncil(?:lor)?(?! [A-Z])|[Pp]arliament|[Pp]rime [Mm]inister|PM)\b/g, needsElection: false, kind: 'vote' },
  { re: /\b(?:I['’]m|I am|we['’]re|we are|proud to be|proud to)\s+(?:backing|supporting|endorsing|campaigning for|support|back|endorse)\s+[A-Z][a-z]{1,20}\b/g, needsElection: true, kind: 'vote' },
  { re: /\b(?:[Rr]e-elect|RE-ELECT)\s+[A-Z][a-z]{1,20}\b/g, needsElection: false, kind: 'vote' },
  // "Marcia Campbell for Greyford North on 4 July", "Jo Dunn for Mayor!": a leaflet's slogan, opening its sentence
  // ("Join Sarah Jones for Storytime on 4 July" opens with the invitation, not the name, and "... on 4 July at the
  // library" runs on: the slogan ends its sentence).
  {
    re: /^[A-Z][a-z]{1,20}\s[A-Z][a-z]{1,20}\s+for\s+(?:(?:[Mm]ayor|MP|[Cc]ouncillor|PCC)\b|[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:May|June|July|April|March|November|December|September|October|February|January|August)|[Pp]olling\s+[Dd]ay|Thursday)\b(?=\s{0,3}(?:[!.#✊🌹🗳🔶🌳💚]|$)))/gu,
    needsElection: false,
    kind: 'vote',
  },
  { re: /\b(?:[Vv]ote|VOTE)\s+(?:Yes|YES|No|NO)\b(?!\s+(?:later|than|more|longer)\b)/g, needsElection: false, kind: 'vote' },
  // Rogue traders, scammers and carol singers knock on doors too: a bare "knocking on doors" is canvassing only in
  // a post about an election; "knocking on doors for <someone>" is canvassing anyway.
  { re: /\bknock(?:ing|ed)?\s+(?:on\s+)?(?:\d{1,5}\s+|hundreds\s+of\s+)?(?:doors|doorsteps)\s+for\b/gi, needsElection: false, kind: 'canvass' },
  { re: /\bknock(?:ing|ed)?\s+(?:on\s+)?(?:\d{1,5}\s+|hundreds\s+of\s+)?(?:doors|doorsteps)\b(?!\s+for\b)/gi, needsElection: true, kind: 'canvass' },
  { re: /\b(?:out|been|went|go|going)\s+canvassing\b/gi, needsElection: false, kind: 'canvass' },
  { re: /\bcanvassing\s+(?:for|with)\s+[A-Z]/g, needsElection: false, kind: 'canvass' },
  { re: /\bon\s+the\s+doorsteps?\s+for\b|\b(?:delivering|dropping|stuffing)\s+(?:leaflets|flyers)\s+for\b|\bout\s+leafleting\b|\bcampaign\s+trail\b|\bre-?election\s+(?:campaign|bid)\b/gi, needsElection: false, kind: 'canvass' },
];
/** Words that show a post is about an election, for the patterns that need one. */
export const ELECTION_WORD = /\b(?:elections?|by-election|polls|polling|ballot|candidates?|manifesto|hustings|council seat|rosettes?|(?:standing|running|vote|votes) for (?:mayor|MP|PCC|councillor))\b|🗳/i;
/** "Time for change at the ballot box", "kick them out on Thursday": a vote call without the word vote. */
export const BALLOT_CALL =
  /\b(?:time for (?:a )?change(?! of)|send (?:them )?a message|make them pay|kick (?:them|him|her|this lot|the lot) out|get rid of (?:them|him|her|this lot)|show them the door|won['’]t be fooled)\b/gi;
/** When BALLOT_CALL is about an election: the ballot box, polling day, or a polling date. */
export const BALLOT_TIME = /\b(?:at the ballot box|at the polls|on polling day|on election day|in the election|when you vote|on (?:Thursday|\d{1,2}(?:st|nd|rd|th)? May|May \d{1,2}(?:st|nd|rd|th)?))\b|🗳/i;
/** "Remember that when you vote": a weaker call that needs the vote itself in the same sentence. */
export const REMEMBER_CALL = /\b(?:remember (?:this|that|them|who)|won['’]t forget|don['’]t forget (?:this|that|who|what they))\b/gi;
export const VOTE_TIME = /\b(?:at the ballot box|at the polls|on polling day|on election day|in the election|when you (?:vote|go to the polls))\b|🗳/i;
/** "vote for", before a person's name; also the bare imperative "vote Jo Dunn" of a leaflet. */
// "back Sarah Holt", "backing Jo Dunn": the same call, in a post about an election, before a name.
export const VOTE_FOR = /\b(?:vote|voting|votes|back|backing)\s+(?:for\s+)?/gi;
/** "has got my vote" after a person's name. */
export const HAS_OUR_VOTE = /\b(?:has\s+got|has|gets|['’]s\s+got|got)\s+(?:my|our)\s+(?:vote|backing)\b/gi;

/** Signs that "knocking on doors" is the electoral register canvass, not a party's. */
export const REGISTER_CANVASS = /\b(?:register|registration|registered|canvass form|household enquiry|electoral|canvassers)\b/i;

export interface PolicyMatchers {
  localParties: RegExp | null;
  /** Local parties as hashtags, lower case with the spaces taken out: "#MarchburyIndependents". */
  localPartyTags: ReadonlySet<string>;
  councillors: RegExp | null;
  candidates: RegExp | null;
}

const cache = new WeakMap<Policy, PolicyMatchers>();

export function policyMatchers(policy: Policy): PolicyMatchers {
  let m = cache.get(policy);
  if (!m) {
    m = {
      // Local party names are matched as written: "Residents First" is a party, "residents first" a promise.
      // A national party listed again ("Labour", "Conservative") is left to the built-in reading, which knows a
      // "Labour shortage" and a "Conservative estimate" from the party.
      localParties: namesPattern(policy.parties.filter((p) => !knownNationally(p)), ''),
      localPartyTags: new Set(policy.parties.filter((p) => !knownNationally(p)).map((p) => p.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()).filter((p) => p.length >= 6)),
      councillors: namesPattern(policy.councillors.flatMap(nameForms), 'i'),
      candidates: namesPattern(policy.candidates.flatMap(nameForms), 'i'),
    };
    cache.set(policy, m);
  }
  return m;
}

function knownNationally(party: string): boolean {
  const l = party.trim().toLowerCase();
  return l in HEADS || l in HEAD_PLURALS || ANY_CASE_NAMES.has(l) || EXACT_CASE_NAMES.has(l);
}

const TITLE = /^(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd)\.?\s+/i;

/** A listed name, and the name without its title ("Dr. Ngozi Okafor" is also "Ngozi Okafor"). */
function nameForms(name: string): string[] {
  const trimmed = name.trim();
  const bare = trimmed.replace(TITLE, '');
  return bare && bare !== trimmed ? [trimmed, bare] : [trimmed];
}

function namesPattern(names: string[], flags: string): RegExp | null {
  const usable = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (!usable.length) return null;
  const alternatives = [...new Set(usable)]
    .sort((a, b) => b.length - a.length)
    .map((n) => {
      // Only put a boundary where the name starts or ends with a word character; "Dr." ends with a dot.
      const start = /^[\p{L}\p{N}]/u.test(n) ? B_START : '';
      const end = /[\p{L}\p{N}]$/u.test(n) ? B_END : '';
      return `${start}${phrasePattern(n)}${end}`;
    });
  return new RegExp(`(?:${alternatives.join('|')})`, `g${flags}u`);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}'’]/u.test(ch);
}

export interface Word {
  text: string;
  start: number;
  end: number;
  /** What separates it from the match: spaces, a hyphen, or other punctuation. */
  gap: string;
}

/** The word just before `at`, looking back over at most a few characters of spacing. */
export function wordBefore(text: string, at: number): Word | null {
  let i = at;
  while (i > 0 && at - i < 4 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const end = i;
  while (i > 0 && end - i < 40 && isWordChar(text[i - 1])) i--;
  if (i === end) return null;
  return { text: text.slice(i, end), start: i, end, gap: text.slice(end, at) };
}

/** The word just after `at`, joined by spaces or a hyphen. */
export function wordAfter(text: string, at: number): Word | null {
  let i = at;
  while (i < text.length && i - at < 4 && (text[i] === ' ' || text[i] === '\t' || (i === at && text[i] === '-'))) i++;
  const start = i;
  while (i < text.length && i - start < 40 && isWordChar(text[i])) i++;
  if (i === start) return null;
  return { text: text.slice(start, i), start, end: i, gap: text.slice(at, start) };
}

/** The nearest non-space character before `at`, or '' at the start of the text. */
export function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && at - i < 8 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 ? text[i] : '';
}

/** The nearest non-space character after `at`, or '' at the end of the text. */
export function charAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < 8 && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < text.length ? text[i] : '';
}

/** True when capitalisation at `at` says nothing: the start of a sentence, a line, a list item or a quote. */
export function atSentenceStart(text: string, at: number): boolean {
  const ch = charBefore(text, at);
  if (ch === '') return true;
  return !/[\p{L}\p{N},;&/)]/u.test(ch);
}

export const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
export const isUpper = (w: string) => /^\p{Lu}{2,}$/u.test(w);
