// Party-political content: parties and their nicknames, national party
// politicians, calls to vote, party slogans, partisan attacks on a government
// or the opposition, and campaigning on contested causes. During a policy's
// election period a council account is also warned about naming councillors,
// candidates and parties at all (Publicity Code para 34).
//
// The ordinary senses of party words are the false-positive trap: "green
// waste", "labour market", "conservative estimate", "reform of fees",
// "street party", "vote for your favourite park". Words that are ordinary
// English count as a party only with a party cue next to them (a role noun,
// a vote verb, a possessive, brackets in a results list, or a capital letter
// where English would not use one). Neutral election notices (returning
// officer's lists, results) name parties without taking sides and stay clean.
import { defineRule, type RuleContext } from './types';
import type { PostDocument } from './document';
import { personNames } from './lib/names';
import { anySentence, scan } from './lib/scan';
import {
  ANY_CASE_NAMES,
  ANY_EVALUATION,
  BALLOT_CALL,
  BALLOT_TIME,
  BRACKETED_PARTY,
  COLOUR_GANG,
  COLOUR_VOTE,
  FOCUS_LEAFLET,
  ELECTION_WORD,
  EXACT_CASE_NAMES,
  GOVERNMENT,
  HASHTAG,
  HASHTAG_SLOGANS,
  HASHTAG_WORDS,
  HEAD_PLURALS,
  HEAD_SPELLINGS,
  HEADS,
  JOIN_CALL,
  LOWERCASE_ROLE_NOUNS,
  LOWER_PLACE_WORDS,
  NOTICE_MARKER,
  OPPOSITION,
  ORDINARY_AFTER,
  PARTY_CANDIDATE,
  PARTY_SUBJECT_VERBS,
  PLACE_WORDS,
  CAMPAIGN_VERBS,
  CAUSE,
  CAUSE_FILLERS,
  HAS_OUR_VOTE,
  VOTE_FOR,
  PETITION_HOST,
  PETITION_WORD,
  PLEASE_SIGN,
  REMEMBER_CALL,
  VOTE_TIME,
  POLITICIAN,
  POLITICIAN_ROLE,
  PROTEST_AGAINST,
  PROTEST_WORD,
  REGISTER_CANVASS,
  ROLE_NOUNS,
  ROLE_NOUNS_NOT_FOR,
  ROLE_SUFFIXES,
  ROSETTE,
  SIGN_PETITION,
  SLOGAN,
  STANDALONE_SLOGANS,
  STRONG_EVALUATION,
  VOTE_PATTERNS,
  VOTE_VERBS,
  WEAK_EVALUATION,
  atSentenceStart,
  charAfter,
  charBefore,
  isCapitalised,
  isUpper,
  policyMatchers,
  wordAfter,
  wordBefore,
} from './lib/political-lexicon';

type Kind = 'party' | 'politician' | 'vote' | 'attack' | 'slogan' | 'campaign' | 'canvass' | 'hashtag';
type ElectionKind = 'electionCouncillor' | 'electionCandidate';

interface Candidate {
  kind: Kind | ElectionKind;
  start: number;
  end: number;
  /** Canonical party, to count distinct parties in a list. */
  party?: string;
  data?: Record<string, string>;
  removable?: boolean;
}

// Which finding wins where two overlap: the most specific reading first.
const PRIORITY: Record<Candidate['kind'], number> = {
  hashtag: 0,
  slogan: 1,
  vote: 2,
  campaign: 3,
  canvass: 4,
  attack: 5,
  politician: 6,
  party: 7,
  electionCandidate: 8,
  electionCouncillor: 9,
};

const EMPLOYER_NOTE = 'On a personal account it can still reflect on {{employer}}';

export default defineRule({
  meta: {
    id: 'political',
    category: 'political',
    description:
      'Flags party names and nicknames, national party politicians, calls to vote, party slogans, partisan attacks and political campaigning; in an election period also councillors, candidates and parties on council accounts.',
    policy: {
      clause:
        "Must not be used for party political purposes or specific campaigning purposes as the Council is not permitted to publish material which 'in whole or part appears to affect public support for a political party' (LGA 1986).",
      source: 'Warwickshire 2009, 6.3 Terms of Use',
    },
    messages: {
      party:
        '"{{match}}" names a political party. Council accounts must not publish material that appears to affect support for a political party: remove the party reference or keep to neutral facts.',
      partyPersonal: `"{{match}}" names a political party. ${EMPLOYER_NOTE}: keep party politics off posts that mention your work, or remove it.`,
      politician:
        '"{{match}}" names {{role}}. Council accounts must stay politically neutral: remove the reference or keep to neutral facts.',
      politicianPersonal: `"{{match}}" names {{role}}. ${EMPLOYER_NOTE}: keep party politics off posts that mention your work, or remove it.`,
      vote: '"{{match}}" tells people how to vote. Council accounts must not publish material that could affect support for a party or candidate: remove it.',
      votePersonal: `"{{match}}" tells people how to vote. ${EMPLOYER_NOTE}: make sure it is clearly your own view, or remove it.`,
      attack:
        '"{{match}}" reads as a partisan attack. Council accounts must not publish material that appears to affect support for a political party: state the facts neutrally instead.',
      attackPersonal: `"{{match}}" reads as a partisan attack. ${EMPLOYER_NOTE}: make sure it is clearly your own view, or tone it down.`,
      slogan: '"{{match}}" is a party-political slogan. Council accounts must stay politically neutral: remove it.',
      sloganPersonal: `"{{match}}" is a party-political slogan. ${EMPLOYER_NOTE}: make sure it is clearly your own view, or remove it.`,
      campaign:
        '"{{match}}" campaigns on a political issue. Council accounts must not be used for party political or campaigning purposes: remove the call to action or keep to neutral facts.',
      campaignPersonal: `"{{match}}" campaigns on a political issue. ${EMPLOYER_NOTE}: make sure it is clearly your own view, or remove it.`,
      canvass: '"{{match}}" is election campaigning. Council accounts must not be used for party political purposes: remove it.',
      canvassPersonal: `"{{match}}" is election campaigning. ${EMPLOYER_NOTE}: keep it off posts that mention your work, or remove it.`,
      hashtag: '"{{match}}" is a party-political hashtag. Council accounts must stay politically neutral: remove it.',
      hashtagPersonal: `"{{match}}" is a party-political hashtag. ${EMPLOYER_NOTE}: make sure it is clearly your own view, or remove it.`,
      electionParty:
        '"{{match}}" names a political party during the pre-election period. Council accounts must not publish anything that could affect support for a party now (Publicity Code para 34): remove it or keep to neutral election information.',
      electionCouncillor:
        '"{{match}}" names a councillor during the pre-election period. Council publicity must not feature councillors now (Publicity Code para 34): remove the name or credit the council instead.',
      electionCandidate:
        '"{{match}}" names an election candidate during the pre-election period. Council accounts must not publicise candidates now (Publicity Code para 34): remove the name.',
    },
  },
  check(doc, ctx) {
    const text = doc.text;
    const found: Candidate[] = [];
    findParties(text, doc, ctx, found);
    findPoliticians(doc, found);
    findHashtags(doc, found, ctx);
    findSlogans(doc, found);
    findVoteCalls(doc, found);
    findAttacks(doc, found);
    findCampaigns(doc, found);

    const campaigning = found.some((c) => c.kind !== 'party');
    const mentions = resolveOverlaps(found.filter((c) => c.kind === 'party'));
    // A returning officer's notice, or a list of candidates with their parties ("KHALID, Amira (Liberal Democrats)"),
    // names parties without taking sides: it is civic information as long as nothing in it praises or attacks.
    const listed = mentions.every((c) => isListLabel(text, c.start, c.end));
    const listedParties = new Set(mentions.map((c) => c.party)).size;
    const neutralNotice =
      !campaigning && !anySentence(doc, ANY_EVALUATION) && (anySentence(doc, NOTICE_MARKER) || (listed && listedParties >= 2));

    const election = ctx.inElectionPeriod && ctx.account === 'council';
    if (election && !neutralNotice) findElectionNames(doc, ctx, found);

    const accepted = resolveOverlaps(found.filter((c) => !(neutralNotice && c.kind === 'party')));
    const personal = ctx.account === 'personal';
    for (const c of accepted) {
      let messageId: string = c.kind;
      if (c.kind === 'party' && election) messageId = 'electionParty';
      else if (personal && !c.kind.startsWith('election')) messageId = `${c.kind}Personal`;
      ctx.report({
        messageId,
        start: c.start,
        end: c.end,
        data: { employer: ctx.policy.organisation.name, ...c.data },
        suggest: c.removable ? [{ label: 'Remove', edit: removal(text, c.start, c.end) }] : undefined,
      });
    }
  },
});

/** A party written as a label in a list: in brackets, or after a dash, colon, comma or bullet. */
function isListLabel(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  return before === '' || before === '\n' || /[(\-–:,•*|]/.test(before) || charAfter(text, end) === ')';
}

function resolveOverlaps(found: Candidate[]): Candidate[] {
  const ordered = [...found].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  // Accepted spans kept sorted by start and disjoint, so an overlap test is a binary search (long pastes stay fast).
  const accepted: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (accepted[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = accepted[lo - 1];
    const next = accepted[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    accepted.splice(lo, 0, c);
  }
  return accepted;
}

/** Removes a hashtag with the space before it, so no double space is left. */
function removal(text: string, start: number, end: number) {
  let s = start;
  if (s > 0 && text[s - 1] === ' ') s--;
  return { kind: 'replace' as const, start: s, end, text: '' };
}

function canonicalParty(name: string): string {
  const n = name.toLowerCase();
  if (/tor(?:y|ies)|conserv|\bcon\b/.test(n)) return 'conservative';
  if (/labou?r|\blab\b/.test(n)) return 'labour';
  if (/lib|\bld\b/.test(n)) return 'libdem';
  if (/green|grn/.test(n)) return 'green';
  if (/reform|\bref\b/.test(n)) return 'reform';
  if (/independ|\bind\b/.test(n)) return 'independent';
  return n.replace(/['’]s$/, '');
}

// ---------------------------------------------------------------- parties

function findParties(text: string, doc: PostDocument, ctx: RuleContext, out: Candidate[]): void {
  for (const m of scan(doc, PARTY_CANDIDATE)) {
    const start = m.index;
    const end = start + m[0].length;
    const verdict = classifyParty(text, doc, m[0], start, end);
    if (!verdict) continue;
    out.push({ kind: verdict.vote ? 'vote' : 'party', start: verdict.start, end: verdict.end, party: canonicalParty(m[0]) });
  }
  for (const m of scan(doc, BRACKETED_PARTY)) {
    // "(Lab)" and "(Green)" label a person's party in a list or a byline.
    out.push({ kind: 'party', start: m.index + 1, end: m.index + m[0].length - 1, party: canonicalParty(m[0].slice(1, -1)) });
  }
  for (const m of scan(doc, ROSETTE)) out.push({ kind: 'party', start: m.index, end: m.index + m[0].length, party: m[0].toLowerCase() });
  for (const m of scan(doc, COLOUR_VOTE)) out.push({ kind: 'vote', start: m.index, end: m.index + m[0].length });
  for (const m of scan(doc, COLOUR_GANG)) {
    // "our yellow friends" is a party whatever the post; "the blue lot" only in a post about politics, not the bowls club.
    if (!/(?:friends|brigade|peril|rosettes)$/i.test(m[0]) && !POLITICS_NEAR.test(doc.sentenceAt(m.index)?.text ?? '')) continue;
    out.push({ kind: 'party', start: m.index, end: m.index + m[0].length, party: m[0].toLowerCase().split(/\s+/)[1] });
  }
  for (const m of scan(doc, FOCUS_LEAFLET)) out.push({ kind: 'party', start: m.index, end: m.index + m[0].length, party: 'liberal democrat' });
  const local = policyMatchers(ctx.policy).localParties;
  if (local) {
    for (const m of scan(doc, local)) out.push({ kind: 'party', start: m.index, end: m.index + m[0].length, party: m[0].toLowerCase() });
  }
}

interface PartyVerdict {
  start: number;
  end: number;
  vote: boolean;
}

const VOTE_WORDS = new Set(['vote', 'votes', 'voted', 'voting', 'back', 'backs', 'backing', 'backed', 'support', 'supports', 'supporting', 'elect', 'electing']);

function classifyParty(text: string, doc: PostDocument, word: string, start: number, end: number): PartyVerdict | null {
  const lowerWord = word.toLowerCase();
  const vote = voteBefore(text, start);
  const after = wordAfter(text, end);
  const spaced = after !== null && /^\s+$/.test(after.gap);
  // "Tory Lane", "Reform Road": a street or a building, not the party.
  if (spaced && (isCapitalised(after.text) ? PLACE_WORDS.has(after.text.toLowerCase()) : LOWER_PLACE_WORDS.has(after.text))) return null;
  // "New Labour market data", "Scottish Labour market": a name ending in an ordinary word keeps that word's ordinary senses.
  const lastWord = lowerWord.slice(lowerWord.lastIndexOf(' ') + 1);
  if (lastWord !== lowerWord && spaced && ORDINARY_AFTER[lastWord]?.has(after.text.toLowerCase().replace(/['’]s$/, ''))) return null;
  const exact = EXACT_CASE_NAMES.get(lowerWord);
  if (exact !== undefined) {
    // "SNP" and "Britain First" as written (or shouted); "snp" and "put Britain first" are not the party.
    const asWritten = word === exact || word.replace(/['’]s$/i, '') === word.replace(/['’]s$/i, '').toUpperCase();
    return asWritten ? { start: vote ?? start, end, vote: vote !== null } : null;
  }
  // "Green party at ours on Saturday": the sentence start explains the capital, and a party held somewhere
  // or some time is a do. The party is "the Green Party" or "the Greens" mid-sentence.
  if (/^Green\s{1,3}party$/.test(word) && vote === null && atSentenceStart(text, start) && PARTY_AS_EVENT.test(text.slice(end, end + 24))) return null;
  if (ANY_CASE_NAMES.has(lowerWord) && !(lowerWord in HEADS)) {
    // "Reform's" is in the list only capitalised; "the reform's impact" is not a party.
    // "vote reform uk", "reform uk lot": lower case all through is how the name gets typed; "reform UK tax law" is the verb.
    const typedName =
      /^reform\s{1,3}uk$/i.test(word) &&
      (vote !== null || !spaced || ROLE_NOUNS.has(after.text.toLowerCase()) || REFORM_UK_VERBS.has(after.text.toLowerCase()));
    if (/^reform/.test(lowerWord) && !isCapitalised(word) && !isUpper(word.replace(/['’]s$/i, '')) && !typedName) return null;
    return { start: vote ?? start, end, vote: vote !== null };
  }
  const spelled = HEAD_SPELLINGS[lowerWord] ?? lowerWord;
  const head = HEAD_PLURALS[spelled] ?? spelled;
  const spec = HEADS[head];
  if (!spec) return null;
  const before = wordBefore(text, start);
  const plural = spelled !== head;
  const lowerCase = !isCapitalised(word) && !isUpper(word);
  const afterLower = after?.text.toLowerCase().replace(/['’]s$/, '') ?? '';
  const hyphenated = after !== null && after.gap === '-';
  const bigParty = head === 'labour' || head === 'conservative';
  const verdict = (v: number | null): PartyVerdict => ({ start: v ?? start, end, vote: v !== null });

  // "(Labour)" after a name is a party label, found with the bracketed abbreviations.
  if (charBefore(text, start) === '(' && charAfter(text, end) === ')') return null;

  if (hyphenated && ROLE_SUFFIXES.has(afterLower)) return lowerCase && !bigParty ? null : verdict(null);
  if (spaced && ORDINARY_AFTER[head]?.has(afterLower)) return null;

  // Part of a proper name: "Millbrook Green", "Planning Reform Group", "Labour Market Review".
  const titleBefore = before !== null && /^\s+$/.test(before.gap) && isCapitalised(before.text) && !atSentenceStart(text, before.start);
  const titleAfter = spaced && isCapitalised(after.text) && !ROLE_NOUNS.has(afterLower);
  if (titleAfter) return null;
  if (titleBefore && !bigParty && vote === null) return null;

  if (lowerCase) {
    // "reform voters round here", "the reform councillors": people of the party, unless a noun makes it a kind of
    // reform ("planning reform supporters", "electoral reform campaigners").
    // "reform r the only ones", "reform have my vote": a plural verb makes it the party, not a change ("reform is needed").
    if (head === 'reform' && !plural && spaced && (REFORM_PEOPLE.has(afterLower) || REFORM_PLURAL_VERBS.has(afterLower))) {
      const prev = before && /^\s+$/.test(before.gap) ? doc.tokensIn(before.start, before.end)[0] : undefined;
      return prev && (prev.tags.has('Noun') || prev.tags.has('Adjective')) ? null : verdict(null);
    }
    if (!bigParty) return null;
    if (spaced && LOWERCASE_ROLE_NOUNS.has(afterLower)) return verdict(null);
    // "vote labour"; not "back labour" or "for labour", which are ordinary English too.
    return head === 'labour' && vote !== null && before !== null && /^vot/i.test(before.text) ? verdict(vote) : null;
  }

  const sentenceStart = atSentenceStart(text, start);
  // "Independent candidate briefing" at the start of a council notice is about standing for election, not a group.
  if (head === 'independent' && !plural && sentenceStart && vote === null) return null;
  if (spaced && ROLE_NOUNS.has(afterLower) && !ROLE_NOUNS_NOT_FOR[head]?.has(afterLower)) return verdict(vote);
  if (vote !== null) return verdict(vote);
  // "Keep Oakshire Conservative!" ends the clause; "Old Town Conservative Club" goes on.
  if (titleBefore) return bigParty && after === null && /^[!.]/.test(text.slice(end, end + 1)) ? verdict(null) : null;
  if (before && /^\s+$/.test(before.gap) && FOR_PARTY.has(before.text.toLowerCase())) return verdict(null);
  // "Reform's candidate", "Conservative's".
  if (/^['’]s\b/.test(text.slice(end, end + 3)) && (bigParty || head === 'reform')) return { start, end: end + 2, vote: false };
  // "the Greens", "Independents", "Liberals": the plural is capitalised only for the party.
  if (plural) return verdict(null);
  if ((head === 'reform' || head === 'green') && spaced && PARTY_SUBJECT_VERBS.has(afterLower)) return verdict(null);
  if (head === 'reform' && spaced && REFORM_PLURAL_VERBS.has(afterLower)) return verdict(null);
  if (!spec.bareCapital) return null;
  // A capitalised "Labour" or "Conservative" mid-sentence is the party ("the promises Labour made").
  if (!sentenceStart) return verdict(null);
  // At the start of a sentence capitalisation says nothing: the party when a verb follows ("Labour want ..."),
  // but "Reform is needed" is ordinary English.
  if (head === 'reform') return null;
  if (after && spaced) {
    // "Labour in Westminster have cut our grant": the party where it holds power.
    if (/^(?:in|at)$/i.test(after.text) && PARTY_SEAT.test(text.slice(after.end, after.end + 24))) return verdict(null);
    const next = doc.tokensIn(after.start, after.end)[0];
    return next && next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Gerund') ? verdict(null) : null;
  }
  // "Labour, the Tories and Reform ..." opens a list of parties.
  return after === null && /^\s{0,3}[,;:]/.test(text.slice(end, end + 5)) ? verdict(null) : null;
}

// "reform uk are finished", "reform uk r a joke": the party as the subject of a verb, not "reform uk tax law".
const REFORM_UK_VERBS = new Set(['are', 'r', 'is', 'will', 'would', 'have', 'has', 'got', 'won', 'win', 'say', 'says', 'want', 'wants', 'lot', 'all']);
const REFORM_PLURAL_VERBS = new Set(['are', 'r', 'were', 'have', 'arent', "aren't", 'havent', "haven't"]);
const REFORM_PEOPLE = new Set(['voters', 'voter', 'councillors', 'councillor', 'cllrs', 'candidate', 'candidates', 'mp', 'mps', 'supporters', 'activists', 'lot', 'leader', 'party']);
// What follows a party that is a do rather than the party: a place or a time.
const PARTY_AS_EVENT = /^\s{0,3}(?:at\s{1,3}(?:ours|mine|my|our|the|[A-Z]\w{0,20}['’]s)|tonight|tomorrow|this\s{1,3}(?:weekend|evening|afternoon|saturday|sunday|friday)|next\s{1,3}(?:week|weekend|saturday|sunday|friday)|on\s{1,3}(?:saturday|sunday|friday|the\s{1,3}\d)|in\s{1,3}the\s{1,3}(?:garden|park|hall|pub)|for\s{1,3}(?:paddy|st|earth|my|our|the\s{1,3}kids)|!)/i;
const PARTY_SEAT = /^\s{1,3}(?:Westminster|government|power|office|opposition|charge|control|Parliament|Whitehall|Downing\s{1,3}Street|Holyrood|the\s{1,3}Senedd|Number\s{1,3}10|No\.?\s{0,2}10)\b/i;
const FOR_PARTY = new Set(['for', 'join', 'joined', 'joining', 'defected', 'against']);

/** Offset of a vote verb right before a party ("voting Green"), or null. */
function voteBefore(text: string, start: number): number | null {
  const before = wordBefore(text, start);
  if (!before || !/^\s+$/.test(before.gap)) return null;
  const w = before.text.toLowerCase();
  if (VOTE_WORDS.has(w) && VOTE_VERBS.has(w)) return before.start;
  // "vote for the Greens", "voting for Reform".
  if (w === 'for' || w === 'the') {
    const prev = wordBefore(text, before.start);
    if (prev && /^\s+$/.test(prev.gap)) {
      const p = prev.text.toLowerCase();
      if (/^vot/.test(p)) return prev.start;
      if (p === 'for') {
        const third = wordBefore(text, prev.start);
        if (third && /^vot/i.test(third.text) && /^\s+$/.test(third.gap)) return third.start;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------- politicians, hashtags, slogans

function findPoliticians(doc: PostDocument, out: Candidate[]): void {
  const text = doc.text;
  for (const m of scan(doc, POLITICIAN)) {
    const name = m[0].replace(/['’]s$/, '');
    const after = wordAfter(text, m.index + m[0].length);
    if (after && /^\s+$/.test(after.gap) && (isCapitalised(after.text) ? PLACE_WORDS.has(after.text.toLowerCase()) : LOWER_PLACE_WORDS.has(after.text))) continue;
    out.push({ kind: 'politician', start: m.index, end: m.index + m[0].length, data: { role: POLITICIAN_ROLE.get(name) ?? 'a party politician' } });
  }
}

const POLITICS_NEAR = /\b(?:council|councillors?|cllrs?|vote|voted|voting|election|leaflets?|cuts|cabinet|manifesto|campaign\w*|canvass\w*|ward|candidates?|government|in\s+charge|in\s+power|administration)\b/i;

function findHashtags(doc: PostDocument, out: Candidate[], ctx: RuleContext): void {
  const text = doc.text;
  const localTags = policyMatchers(ctx.policy).localPartyTags;
  for (const m of scan(doc, HASHTAG)) {
    if (m.index > 0 && /[\p{L}\p{N}_&]/u.test(text[m.index - 1])) continue; // "C#", "&#39;"
    // "#MarchburyIndependents", "#VoteResidentsFirst": a local party of the policy's as a hashtag.
    const local = localTags.size > 0 && localTags.has(m[0].slice(1).toLowerCase().replace(/_/g, '').replace(/^vote/, ''));
    if (local || isPartisanHashtag(m[0].slice(1))) out.push({ kind: 'hashtag', start: m.index, end: m.index + m[0].length, removable: true });
  }
}

const CANDIDACY_OFFICES = new Set(['mayor', 'mp', 'pcc', 'councillor', 'cllr', 'parliament', 'pm']);

export function isPartisanHashtag(body: string): boolean {
  const lower = body.toLowerCase();
  if (HASHTAG_SLOGANS.has(lower)) return true;
  if (HASHTAG_WORDS.has(lower) && lower !== 'reform' && lower !== 'greens' && lower !== 'plaid') return true;
  // Camel case splits it into words: #ToriesOut, #VoteLabour, #LabourFailure (but #LabourMarketUpdate is not).
  const parts = body.match(/\p{Lu}+(?![\p{Ll}])|\p{Lu}?\p{Ll}+|\p{N}+/gu);
  if (parts && parts.length > 1) {
    const ws = parts.map((p) => p.toLowerCase());
    // "#RoweForMayor", "#OkaforForMP": a candidacy tag (not "#VoteForMayor", which only says how).
    if (ws.length >= 3 && ws[ws.length - 2] === 'for' && CANDIDACY_OFFICES.has(ws[ws.length - 1]) && !/^(?:vote|votes|register|ready|time|who)$/.test(ws[0])) return true;
    for (let i = 0; i < ws.length; i++) {
      // "#LibDemFightback" splits into Lib + Dem.
      const joined = i + 1 < ws.length && HASHTAG_WORDS.has(ws[i] + ws[i + 1]);
      const w = joined ? ws[i] + ws[i + 1] : ws[i];
      if (!HASHTAG_WORDS.has(w)) continue;
      const next = ws[i + 1];
      const prev = ws[i - 1];
      if (w === 'labour' || w === 'reform' || w === 'greens' || w === 'conservative' || w === 'plaid') {
        // Ambiguous words count only with a partisan frame: Vote..., ...Out, ...Party, ...Failure ("Pleidleisiwch" is
        // Welsh for "vote", and "plaid" is also a shirt).
        if (prev === 'vote' || prev === 'pleidleisiwch' || next === 'cymru' || next === 'out' || next === 'party' || next === 'uk' || next === 'failure' || next === 'cuts' || next === 'lies') return true;
        continue;
      }
      return true;
    }
    return false;
  }
  // Lower-case run-together tags: the party at the start (#toriesout), not inside a word (#history).
  for (const w of HASHTAG_WORDS) {
    if (w.length < 4 || w === 'labour' || w === 'reform' || w === 'greens' || w === 'conservative' || w === 'boris' || w === 'plaid') continue;
    if (lower.startsWith(w) && lower.length <= w.length + 6) return true;
  }
  return /^vote(?:labour|tory|tories|green|reform|libdem|conservative|snp|plaid)$/.test(lower);
}

// "Graffiti reading 'Take Back Control' was sprayed on the underpass": a slogan quoted to report what was written or
// chanted is a mention, not the poster's campaigning.
const QUOTED_MENTION = /\b(?:graffiti|reading|read|saying|said|daubed|sprayed|painted|scrawled|banners?|placards?|signs?|stickers?|chanted|chanting|slogans?|tagged)\b[^.!?]{0,40}$/i;
const QUOTE_MARK = /["'‘“]/;

function findSlogans(doc: PostDocument, out: Candidate[]): void {
  const text = doc.text;
  for (const m of scan(doc, SLOGAN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (QUOTE_MARK.test(charBefore(text, start)) && QUOTED_MENTION.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (STANDALONE_SLOGANS.has(m[0].toLowerCase().replace(/\s+/g, ' '))) {
      // "Strong and stable?" is the slogan; "a strong and stable budget" is ordinary English.
      const opens = atSentenceStart(text, start) || /["'‘“]/.test(charBefore(text, start));
      const closes = !/[\p{L}\p{N}]/u.test(charAfter(text, end) || '.');
      if (!opens || !closes) continue;
    }
    out.push({ kind: 'slogan', start, end });
  }
}

// ---------------------------------------------------------------- calls to vote, canvassing

function findVoteCalls(doc: PostDocument, out: Candidate[]): void {
  const text = doc.text;
  const electionWords = anySentence(doc, ELECTION_WORD);
  const registerCanvass = anySentence(doc, REGISTER_CANVASS);
  for (const p of VOTE_PATTERNS) {
    if (p.needsElection && !electionWords) continue;
    if (p.kind === 'canvass' && registerCanvass) continue;
    for (const m of scan(doc, p.re)) out.push({ kind: p.kind, start: m.index, end: m.index + m[0].length });
  }
  // "Time for change at the ballot box", "Kick them out on Thursday", "Remember that when you vote".
  for (const [re, time] of [
    [BALLOT_CALL, BALLOT_TIME],
    [REMEMBER_CALL, VOTE_TIME],
  ] as const) {
    for (const m of scan(doc, re)) {
      if (time.test(text.slice(prevSentenceStart(text, m.index), nextSentenceEnd(text, m.index)))) {
        out.push({ kind: 'vote', start: m.index, end: m.index + m[0].length });
      }
    }
  }
  // "Sue Marsh has got my vote", "vote for Jo Dunn": backing a named person in an election (a park that
  // "has got our vote" in an award is no one, and "vote for Jamie" in a bake-off is no election).
  if (!electionWords && !anySentence(doc, BALLOT_TIME)) return;
  const names = personNames(doc);
  const nameAt = new Map(names.map((n) => [n.start, n]));
  for (const m of scan(doc, VOTE_FOR)) {
    // "welcome back Sarah Holt", "get back to Jo": "back" as an adverb backs no one.
    if (/^b/i.test(m[0]) && NOT_BACKING.has(wordBefore(text, m.index)?.text.toLowerCase() ?? '')) continue;
    const name = nameAt.get(m.index + m[0].length);
    // "vote Tilly's scarecrow": a possessive makes the entry, not the person, what is voted for.
    if (name && !/^['’]s\b/.test(text.slice(name.end, name.end + 3))) out.push({ kind: 'vote', start: m.index, end: name.end });
  }
  HAS_OUR_VOTE.lastIndex = 0;
  const hits = scan(doc, HAS_OUR_VOTE);
  if (hits.length) {
    let k = 0;
    for (const m of hits) {
      while (k < names.length && names[k].end + 2 < m.index) k++;
      const name = names[k];
      if (name && name.end <= m.index) out.push({ kind: 'vote', start: name.start, end: m.index + m[0].length });
    }
  }
}

const NOT_BACKING = new Set([
  'welcome', 'welcomed', 'welcoming', 'come', 'comes', 'came', 'coming', 'get', 'gets', 'got', 'bring', 'brings', 'brought',
  'is', 'are', 'was', 'were', 'be', 'been', "he's", "she's", "it's", 'go', 'goes', 'went', 'going', 'way', 'wave', 'waved',
  'call', 'called', 'write', 'wrote', 'pay', 'paid', 'give', 'gave', 'hold', 'held', 'step', 'stepped', 'head', 'headed',
  'look', 'looked', 'send', 'sent', 'put', 'hand', 'handed', 'report', 'reporting', 'reported', 'feed', 'feedback', 'fed',
]);

function nextSentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 200);
  for (let i = from; i < limit; i++) if (text[i] === '\n' || ((text[i] === '.' || text[i] === '!' || text[i] === '?') && i > from)) return i + 1;
  return limit;
}

function prevSentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - 200);
  for (let i = from - 1; i >= limit; i--) if (text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?') return i + 1;
  return limit;
}

// ---------------------------------------------------------------- partisan attacks

function findAttacks(doc: PostDocument, out: Candidate[]): void {
  // Judged within one sentence, so cached by the sentence's text.
  const found = doc.perSentence('political:attacks', attacksIn);
  doc.sentences.forEach((sentence, i) => {
    for (const a of found[i]) out.push({ kind: 'attack', start: sentence.start + a.start, end: sentence.start + a.end });
  });
}

/** Partisan attacks in one sentence, offsets relative to it. */
function attacksIn(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (s.length > 2000) return out;
  const targets: Array<{ start: number; end: number; pointed: boolean }> = [];
  GOVERNMENT.lastIndex = 0;
  for (const m of s.matchAll(GOVERNMENT)) {
    const w = m[0].toLowerCase();
    const before = wordBefore(s, m.index);
    // "local government" is the sector councils belong to, not a political opponent.
    if (/^(?:government|govt)/.test(w) && before && /^local$/i.test(before.text)) continue;
    // "this government's", "Westminster's", "Tory government": pointed forms that carry blame.
    const pointed = /['’]s$|^(?:this|that|tory|labour|conservative)\s/.test(w) || /^westminster/.test(w);
    targets.push({ start: m.index, end: m.index + m[0].length, pointed });
  }
  OPPOSITION.lastIndex = 0;
  for (const m of s.matchAll(OPPOSITION)) {
    const w = m[0].toLowerCase().trim();
    // "the opposition to the scheme" is disagreement, not a party group.
    if (/^(?:the\s+)?opposition$/.test(w) && !/^\p{Lu}/u.test(m[0].replace(/^the\s+/i, ''))) continue;
    targets.push({ start: m.index, end: m.index + m[0].length, pointed: true });
  }
  if (!targets.length) return out;
  const evals: Array<{ start: number; end: number }> = [];
  STRONG_EVALUATION.lastIndex = 0;
  for (const m of s.matchAll(STRONG_EVALUATION)) evals.push({ start: m.index, end: m.index + m[0].length });
  const weak: Array<{ start: number; end: number }> = [];
  WEAK_EVALUATION.lastIndex = 0;
  for (const m of s.matchAll(WEAK_EVALUATION)) weak.push({ start: m.index, end: m.index + m[0].length });
  for (const t of targets) {
    const usable = t.pointed ? [...evals, ...weak] : evals;
    if (!usable.length) continue;
    // Span the target and its nearest evaluation when they are close ("this government's cruel cuts").
    let best = usable[0];
    for (const e of usable) if (Math.abs(e.start - t.start) < Math.abs(best.start - t.start)) best = e;
    const near = Math.abs(best.start - t.end) <= 40 || Math.abs(t.start - best.end) <= 40;
    const start = near ? Math.min(t.start, best.start) : t.start;
    const end = near ? Math.max(t.end, best.end) : t.end;
    out.push({ start, end });
  }
  return out;
}

// ---------------------------------------------------------------- campaigning

function findCampaigns(doc: PostDocument, out: Candidate[]): void {
  const text = doc.text;
  const regexes = [SIGN_PETITION, PETITION_HOST, PROTEST_AGAINST];
  if (anySentence(doc, PETITION_WORD) || anySentence(doc, PETITION_HOST)) regexes.push(PLEASE_SIGN);
  for (const re of regexes) {
    for (const m of scan(doc, re)) out.push({ kind: 'campaign', start: m.index, end: m.index + m[0].length });
  }
  const protests = doc.perSentence('political:protest', protestIn);
  doc.sentences.forEach((sentence, i) => {
    const p = protests[i];
    if (p) out.push({ kind: 'campaign', start: sentence.start + p.start, end: sentence.start + p.end });
  });
  // "Stop the Westgate low-traffic neighbourhood", "scrap ULEZ", "fight the cuts": a campaign verb before a contested cause,
  // with at most a few words between that are determiners, loaded adjectives or a proper name.
  for (const m of scan(doc, CAUSE)) {
    let at = m.index;
    for (let step = 0; step < 5; step++) {
      const w = wordBefore(text, at);
      if (!w || !/^\s+$/.test(w.gap)) break;
      const lw = w.text.toLowerCase();
      const prev = wordBefore(text, w.start);
      const sayNo = lw === 'to' && prev !== null && prev.text.toLowerCase() === 'no';
      if (CAMPAIGN_VERBS.has(lw) || sayNo) {
        const start = sayNo ? (wordBefore(text, prev.start)?.text.toLowerCase() === 'say' ? wordBefore(text, prev.start)!.start : prev.start) : w.start;
        out.push({ kind: 'campaign', start, end: m.index + m[0].length });
        break;
      }
      if (!CAUSE_FILLERS.has(lw) && !(isCapitalised(w.text) && !atSentenceStart(text, w.start))) break;
      at = w.start;
    }
  }
}

/** A protest with a call to join it, in one sentence: the protest's span relative to the sentence. */
function protestIn(s: string): { start: number; end: number } | null {
  if (s.length > 2000) return null;
  PROTEST_WORD.lastIndex = 0;
  const protest = PROTEST_WORD.exec(s);
  PROTEST_WORD.lastIndex = 0;
  if (!protest || !JOIN_CALL.test(s)) return null;
  return { start: protest.index, end: protest.index + protest[0].length };
}

// ---------------------------------------------------------------- election period (council accounts)

const CIVIC_HONORIFICS = new Set(['cllr', 'cllr.', 'councillor']);

function findElectionNames(doc: PostDocument, ctx: RuleContext, out: Candidate[]): void {
  const { councillors, candidates } = policyMatchers(ctx.policy);
  for (const [re, kind] of [
    [candidates, 'electionCandidate'],
    [councillors, 'electionCouncillor'],
  ] as const) {
    if (!re) continue;
    for (const m of scan(doc, re)) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  const listed = out.filter((c) => c.kind === 'electionCouncillor' || c.kind === 'electionCandidate');
  for (const name of personNames(doc)) {
    if (!name.honorific || !CIVIC_HONORIFICS.has(name.honorific.toLowerCase())) continue;
    // "Cllr. Sean O'Donnell": the title joins the listed name rather than making a second finding.
    const overlap = listed.find((c) => c.start < name.end && name.start < c.end);
    if (overlap) {
      overlap.start = Math.min(overlap.start, name.start);
      overlap.end = Math.max(overlap.end, name.end);
    } else {
      out.push({ kind: 'electionCouncillor', start: name.start, end: name.end });
    }
  }
}
