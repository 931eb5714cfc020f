// Private people named in a post, and the sensitive facts told about them.
//
// The policy's line: "do not disclose ... the personal information of others".
// A name on its own is not the problem, nor is a health word on its own; the
// finding is a private person's name tied to a fact about their health,
// benefits, debts, complaints, case, employment discipline or family
// circumstances. Public figures in their public role are left alone.
import type { PostDocument, Token } from '../document';
import type { Policy } from '../policy';
import { personNames } from './names';
import { phraseAlternation, tokensBefore, word, wordSet } from './personal-data-text';
import data from '../data/personal-data.json';
import facts from '../data/personal-data-facts.json';
import { matchesWhereTheyMayStart, scan } from './scan';

export interface Person {
  start: number;
  end: number;
  text: string;
  /** False for councillors, the Mayor, candidates and other public figures. */
  private: boolean;
  /** Written "Miss Carter's": the name qualifies something else ("Miss Carter's class"). */
  possessive: boolean;
}

const PUBLIC_ROLE = wordSet(data.publicRoleCues);
const PUBLIC_HONORIFICS = wordSet(['cllr', 'councillor', 'cllr.']);
const POST_NOMINALS = new Set(['MP', 'MPs', 'MSP', 'MS', 'MEP', 'MLA', 'AM']);
const SAINT = wordSet(['st', 'saint', 'st.']);
const JOB_TITLES = wordSet(data.jobTitles);
const PRIVATE_HONORIFICS = wordSet(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
// Contractions are not possessives: "it's a case of", "that's her claim".
const NOT_POSSESSORS = wordSet(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'let', 'where', 'how', 'this']);

const HONORIFIC_NAME = /^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s/;
// "Ms Rahman from Citizens Advice": someone there in a role, not the person the fact is about.
const AFFILIATION = /^\s(?:from|at|of|with|in)\b/;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

function isCapitalisedWord(t: Token | undefined): t is Token {
  return !!t && CAPITALISED_WORD.test(t.text) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay');
}

const PERSON_NOUNS = wordSet(data.personNouns);
const HOUSEHOLD = wordSet(['family', 'household', 'kids', 'children', 'boys', 'girls', 'twins', 'lads']);

function isPlainName(t: Token | undefined): t is Token {
  return isCapitalisedWord(t) && !t.tags.has('Place') && !t.tags.has('Organization') && !JOB_TITLES.has(word(t));
}

/**
 * Names compromise misses but the post marks as people: "Tyler (13)",
 * "Zara, 8," (a first name with an age) and "Jon Marsh (Parks Operative)"
 * (two capitalised words with a job title in brackets).
 */
// The address finder's street suffixes ("Drove" too, a fen road).
const STREET_ENDINGS: ReadonlySet<string> = new Set([...data.streetSuffixes, 'Drove'].map((w) => w.toLowerCase()));

function markedNames(doc: PostDocument): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // "Mrs Patricia Wood", "Mr Ahmed": an honorific always introduces a person, whatever the surname means.
      if (PRIVATE_HONORIFICS.has(word(t)) && /^\p{Lu}/u.test(t.text) && isCapitalisedWord(tokens[i + 1])) {
        let last = i + 1;
        while (last < i + 3 && !/[,.;:!?()]/.test(tokens[last].post) && !/['’]s$/.test(tokens[last].text) && isCapitalisedWord(tokens[last + 1])) last++;
        out.push({ start: t.start, end: tokens[last].end });
        i = last;
        continue;
      }
      // "a lovely old gent, Tam Gillespie", "our neighbour Shona Baird": a person noun introduces the name that follows,
      // whatever first names the name list knows.
      if (PERSON_NOUNS.has(t.normal) && /^,?\s$/.test(t.post) && isPlainName(tokens[i + 1]) && isPlainName(tokens[i + 2]) && tokens[i + 1].post === ' ') {
        out.push({ start: tokens[i + 1].start, end: tokens[i + 2].end });
        i += 2;
        continue;
      }
      // "the Kerrow family on Fore Street", "the Dempsey kids": a household named by its surname.
      if (t.normal === 'the' && isPlainName(tokens[i + 1]) && tokens[i + 1].post === ' ' && HOUSEHOLD.has(tokens[i + 2]?.normal ?? '') && !/['’]s$/.test(tokens[i + 1].text)) {
        out.push({ start: tokens[i + 1].start, end: tokens[i + 2].end });
        i += 2;
        continue;
      }
      if (!isCapitalisedWord(t) || t.tags.has('Organization')) continue;
      const next = tokens[i + 1];
      // compromise writes the age either as its own token "(4)" or as "4" between bracket punctuation.
      const ageAfter =
        !!next &&
        ((/^\(\d{1,2}\)$/.test(next.text) && t.post === ' ') ||
          (/^\d{1,2}$/.test(next.text) &&
            ((t.post.endsWith('(') && next.post.startsWith(')')) || (/^,\s?$/.test(t.post) && next.post.startsWith(',')))));
      // "4 Mill Lane, 89,": a street after a house number, and the age is the person's told before it.
      const street = /^\d/.test(tokens[i - 2]?.text ?? '') && STREET_ENDINGS.has(t.normal);
      if (ageAfter && !street) {
        // "Noah Green, 5,": take in a first name before the surname.
        const prev = tokens[i - 1];
        const withFirst = prev && prev.post === ' ' && isCapitalisedWord(prev) && (prev.tags.has('FirstName') || prev.tags.has('Person'));
        out.push({ start: withFirst ? prev.start : t.start, end: t.end });
        continue;
      }
      if (isCapitalisedWord(next) && t.post === ' ' && next.post.endsWith('(')) {
        // The bracket must close on a job title, or "Harbour Park (Eastcliff)" would be a person.
        for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
          if (!tokens[k].post.startsWith(')')) continue;
          if (JOB_TITLES.has(word(tokens[k]))) {
            out.push({ start: t.start, end: next.end });
            i++;
          }
          break;
        }
      }
    }
  }
  return out;
}

function isPublic(doc: PostDocument, start: number, text: string, policy: Policy): boolean {
  const lower = text.toLowerCase();
  const first = lower.split(/\s+/)[0].replace(/\.$/, '');
  if (PUBLIC_HONORIFICS.has(first)) return true;
  const before = tokensBefore(doc, start, 3);
  if (before.some((t) => PUBLIC_ROLE.has(word(t)))) return true;
  // "Gethin Morgan MS", "Jo Reid MSP": a post-nominal in capitals names an elected member in their public role.
  const next = doc.tokensIn(start + text.length, start + text.length + 6)[0];
  if (next && POST_NOMINALS.has(next.text.replace(/[^A-Za-z]/g, '')) && next.start - (start + text.length) <= 2) return true;
  const listed = [...policy.councillors, ...policy.candidates].map((n) => n.toLowerCase());
  const bare = lower.replace(/^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/, '');
  return listed.some((n) => n === bare || n.endsWith(` ${bare}`) || bare.endsWith(` ${n}`));
}

export function people(doc: PostDocument, policy: Policy): Person[] {
  return doc.derive('personal-data:people', () => {
    const spans = new Map<number, { start: number; end: number }>();
    for (const n of personNames(doc)) {
      const before = tokensBefore(doc, n.start, 1)[0];
      // "St Anne's" is a school or a church, not a person.
      if (before && SAINT.has(word(before)) && before.end >= n.start - 1) continue;
      if (!/^\p{Lu}/u.test(n.text)) continue;
      // "Daisy Daisy", "New York New York": a refrain or a title sung or quoted, not a person's first name and surname.
      if (n.tokens.length >= 2 && n.tokens.every((t) => t.normal === n.tokens[0].normal)) continue;
      // "(Waste Operative)" after a name is a job title.
      if (doc.text[n.start - 1] === '(') continue;
      spans.set(n.start, { start: n.start, end: n.end });
    }
    for (const n of markedNames(doc)) {
      const overlapping = [...spans.values()].filter((s) => s.start < n.end && n.start < s.end);
      if (overlapping.some((s) => s.end - s.start >= n.end - n.start)) continue;
      for (const s of overlapping) spans.delete(s.start);
      spans.set(n.start, n);
    }
    return [...spans.values()]
      .sort((a, b) => a.start - b.start)
      .map((s) => {
        const text = doc.text.slice(s.start, s.end).replace(/['’]s$/, '');
        const end = s.start + text.length;
        const possessive = /^['’]s\b/.test(doc.text.slice(end, end + 3));
        return { start: s.start, end, text, possessive, private: !isPublic(doc, s.start, text, policy) };
      });
  });
}

// ---------------------------------------------------------------- facts

export type FactKind = 'health' | 'benefits' | 'debts' | 'complaint' | 'case' | 'employment' | 'family';

const alt = phraseAlternation;
const NOT_WORD_AFTER = "(?![a-z'’-])";
// One pass over the post, matched against its ASCII-lower-cased copy (same
// length, so offsets hold) without the i and u flags: a big alternation runs
// much faster that way. Each kind is a named group.
const FACTS_RE = new RegExp(
  [
    `(?<health>\\b(?:(?:${alt(facts.healthHolders)})\\s(?:(?:${alt(facts.healthModifiers)})\\s){0,2}(?:${alt(facts.healthConditions)})|${alt(facts.healthPhrases)})${NOT_WORD_AFTER})`,
    `(?<benefits>\\b(?:${alt([...facts.benefitNames, ...facts.benefitPhrases])})${NOT_WORD_AFTER})`,
    // "owes" alone is also "owes her long life to sea air": a debt owes money.
    `(?<debts>\\b(?:owe[sd]?\\s(?:us\\s|the\\scouncil\\s|them\\s|me\\s|him\\s|her\\s)?(?:£|\\d|money|rent|council\\stax|thousands|hundreds|arrears)|${alt(facts.debtPhrases)})${NOT_WORD_AFTER})`,
    `(?<complaint>\\b(?:${alt(facts.complaintPhrases)})${NOT_WORD_AFTER})`,
    `(?<case>\\b(?:${alt(facts.casePhrases)})${NOT_WORD_AFTER})`,
    `(?<employment>\\b(?:${alt(facts.employmentPhrases)})${NOT_WORD_AFTER})`,
    `(?<family>\\b(?:${alt(facts.familyPhrases)})${NOT_WORD_AFTER})`,
    // "Mrs Okafor's housing complaint", "her benefit claim": the fact belongs to the person.
    // "his dementia's getting worse": the 's is "is" or "has" before a verb, not a possessive.
    `(?<possessed>(?:\\b(?:her|his|their|your)|['’]s)\\s(?:[a-z-]{1,20}\\s){0,2}(?:${alt(facts.possessed)})(?:['’]s(?=\\s(?:getting|got|been|gone|come|back|worse|bad|no|not)\\b))?${NOT_WORD_AFTER})`,
  ].join('|'),
  'g',
);
// Acronyms only in capitals: "PIP" is a benefit, "pip" is a seed.
const BENEFIT_ACRONYMS_RE = new RegExp(`\\b(?:${alt(facts.benefitAcronyms)})\\b`, 'g');
const FACT_KINDS: readonly FactKind[] = ['health', 'benefits', 'debts', 'complaint', 'case', 'employment', 'family'];

const SERVICE_FOLLOWER_RE = new RegExp(`^[\\s-]{1,2}(?:${alt(facts.serviceFollowers)})\\b`, 'i');
// "your housing benefit appeal", "her PIP assessment": a process about the person's own circumstances, not a service.
const OWN_PROCESS_RE = /^[\s-]{1,2}(?:appeal|appeals|assessment|assessments|review|reviews|panel|check|checks|appointment|appointments|test|tests|screening|hearing|decision|application|claim|payments?|award|sanction)\b/i;
const OWNER_BEFORE_RE = /(?:\b(?:your|his|her|their)|['’]s)\s(?:[\p{L}-]{1,20}\s)?$/iu;
const TOPIC_RE = new RegExp(`(?:^|\\s)(?:${alt(facts.topicCues)})(?:\\s|$)`, 'i');
const CARER_ROLES = wordSet(facts.carerRoles);
const CARER_ROLE_LEADS = wordSet(facts.carerRoleLeads);
const POSSESSIVES = wordSet(['his', 'her', 'their', 'your']);
const THIRD_OWNERS = wordSet(['his', 'her']);
const FIRST_PERSON = wordSet(['i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'me', 'my', 'myself', 'mine']);
const THIRD_PERSON = wordSet(['he', 'she', 'his', 'her', 'him', "he's", "she's", 'he’s', 'she’s']);

export interface Fact {
  kind: FactKind;
  start: number;
  end: number;
}

const POSSESSED_KIND: Record<string, FactKind> = {
  complaint: 'complaint', case: 'case', claim: 'benefits', benefits: 'benefits', benefit: 'benefits', debts: 'debts', debt: 'debts',
  arrears: 'debts', overdraft: 'debts', bankruptcy: 'debts', tenancy: 'case', eviction: 'debts', disciplinary: 'employment',
  dismissal: 'employment', suspension: 'employment', 'sick leave': 'health', absence: 'employment', adoption: 'family',
  placement: 'family', divorce: 'family', 'social worker': 'case', caseworker: 'case',
};

interface FactMatch {
  index: number;
  text: string;
  groups: Record<string, string> | undefined;
}

/** FACTS_RE's matches in one sentence, on its ASCII-lower-cased copy (same length, so offsets hold). */
function factMatches(sentence: string): FactMatch[] {
  const lower = sentence.replace(/[A-Z]+/g, (c) => c.toLowerCase());
  // Factored (lib/factor-alternations.ts) and run only where a match may start: the same matches, several times faster on these long phrase lists.
  return matchesWhereTheyMayStart(FACTS_RE, lower).map((m) => ({ index: m.index!, text: m[0], groups: m.groups }));
}

/**
 * Facts in the sentences where one can be tied to a person (see personFacts):
 * a sentence naming a private person or one of the two after it, or every
 * sentence of a reply to a handle. The facts pattern is the costliest of the
 * rule, so other sentences are not scanned.
 */
function factsIn(doc: PostDocument, persons: readonly Person[], reply: boolean): Fact[] {
  const out: Fact[] = [];
  const text = doc.text;
  const push = (kind: FactKind, start: number, end: number, owned = false) => {
    // "dementia café", "the complaints team", "debt advice": a service, not a circumstance.
    const follower = text.slice(end, end + 24);
    const own = owned || OWNER_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start));
    if (SERVICE_FOLLOWER_RE.test(follower) && !(own && OWN_PROCESS_RE.test(follower))) return;
    // "help with Universal Credit", "a talk on living with dementia": a topic, not a fact about someone.
    // "got in touch about his housing benefit overpayment": a third person's own circumstance, whatever the lead word.
    const near = tokensBefore(doc, start, 1)[0];
    // Not "her research on dementia": a topic word inside the phrase makes it a subject again.
    const third =
      ((!!near && THIRD_OWNERS.has(near.normal)) || /^(?:his|her)\s/i.test(text.slice(start, start + 4))) && !TOPIC_RE.test(text.slice(start, end).toLowerCase());
    const before = tokensBefore(doc, start, 5).map((t) => t.normal).join(' ');
    if (!third && TOPIC_RE.test(before)) return;
    // "Hi Sarah, if you're in arrears please call us": a council reply saying what to do in a case, not that it is one.
    if (HYPOTHETICAL_RE.test(clauseBefore(text, start))) return;
    // "Jess, one of our foster carers", "became an adopter": the person's role, not their family circumstances.
    if (kind === 'family' && CARER_ROLES.has(text.slice(start, end).toLowerCase())) {
      const lead = tokensBefore(doc, start, 1)[0];
      // "Tom and Ria, foster parents for ten years": an apposition gives the named people's role.
      // "his new foster family" is his family, not a role: a possessive before the lead word.
      const owner = lead ? tokensBefore(doc, lead.start, 1)[0] : undefined;
      const owned = !!owner && POSSESSIVES.has(word(owner)) && !CARER_ROLES.has(word(lead));
      if (lead && !owned && (CARER_ROLE_LEADS.has(word(lead)) || /,\s?$/.test(lead.post))) return;
      // "Foster carers Anna and Rhys Morgan share ...": the role opens the sentence as a title for the names.
      if (!lead) return;
    }
    out.push({ kind, start, end });
  };
  const near = new Set<number>();
  for (const p of persons) {
    const i = doc.sentenceIndexAt(p.start);
    // The sentence before too: "... her housing benefit's been stopped. Mrs Nowak, lovely woman, ..." names her after the fact.
    if (i !== -1) for (let k = Math.max(0, i - 1); k <= i + 2 && k < doc.sentences.length; k++) near.add(k);
  }
  for (const [i, sentence] of doc.sentences.entries()) {
    if (!reply && !near.has(i)) continue;
    for (const m of doc.inSentence('personal-data:facts', i, factMatches)) {
      const start = sentence.start + m.index;
      const end = start + m.text.length;
      const groups = m.groups ?? {};
      const kind = FACT_KINDS.find((k) => groups[k] !== undefined);
      if (kind) {
        push(kind, start, end);
        continue;
      }
      if (/^['’]/.test(m.text)) {
        let from = start;
        while (from > 0 && start - from < 30 && /[\p{L}-]/u.test(text[from - 1])) from--;
        const owner = text.slice(from, start);
        if (!owner || !/^\p{Lu}/u.test(owner) || NOT_POSSESSORS.has(owner.toLowerCase())) continue;
      }
      const last = m.text.split(/\s+/).slice(-2);
      push(POSSESSED_KIND[last.join(' ')] ?? POSSESSED_KIND[last[1]] ?? 'health', start, end, true);
    }
  }
  for (const m of scan(doc, BENEFIT_ACRONYMS_RE)) push('benefits', m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

const HYPOTHETICAL_RE = /\b(?:if|whether|unless|in\s{1,3}case|anyone|anybody|those\s{1,3}who|people\s{1,3}who|residents\s{1,3}who|tenants\s{1,3}who)\b/i;

/** The text of the clause before `start`: back to the last comma, stop or line break, at most 60 characters. */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - 60);
  const piece = text.slice(from, start);
  const cut = Math.max(piece.lastIndexOf(','), piece.lastIndexOf('.'), piece.lastIndexOf(';'), piece.lastIndexOf(':'), piece.lastIndexOf('!'), piece.lastIndexOf('?'), piece.lastIndexOf('\n'));
  return piece.slice(cut + 1);
}

const NOT_IN_NOUN_PHRASE = wordSet(['and', 'or', 'but', 'is', 'was', 'has', 'had', 'in', 'at', 'with', 'on', 'for', 'to', 'of', 'who']);

// "Sheila Bottomley's just been diagnosed", "Ken's got dementia": the 's is "has" or "is", and the name is the subject.
const CONTRACTION = /^['’]s\s(?:(?:just|only|recently|now|finally|already|also|since|not|never|really|still)\s)?(?:been|got|gone|had|started|going|having|getting|being|lost|fallen|died|passed|moved|left|in|on|off|back)\b/i;

/** The fact is the possessed noun phrase itself: "Okafor's housing complaint", "Cole's Universal Credit". */
function ownsFact(between: string): boolean {
  const m = /^(?:['’]s\s?(?:([\p{L}-]{1,20})\s)?)?$/u.exec(between);
  return !!m && !(m[1] && NOT_IN_NOUN_PHRASE.has(m[1].toLowerCase()));
}

// A reply: the post opens with the handle(s) it answers.
const LEADING_HANDLE = /^\s{0,3}@(\w{1,30})/;
// Also as typed in replies: "ur son", "u still owe".
const SECOND_PERSON = wordSet(['you', 'your', "you're", 'you’re', "you've", 'you’ve', 'yours', 'u', 'ur', 'yr', 'yer', 'youre', 'youve']);

/** The handle a reply opens with, when the fact's sentence speaks to "you"; never one of the council's own. */
function addressedHandle(doc: PostDocument, policy: Policy, sentence: { start: number; end: number }): Person | undefined {
  const m = LEADING_HANDLE.exec(doc.text);
  if (!m) return undefined;
  const handle = m[1].toLowerCase();
  const own = [...policy.organisation.officialHandles, ...policy.councilAccounts.x, ...policy.councilAccounts.facebook, ...policy.councilAccounts.youtube];
  if (own.some((h) => h.trim().replace(/^@/, '').toLowerCase() === handle)) return undefined;
  if (!doc.tokensIn(sentence.start, sentence.end).some((t) => SECOND_PERSON.has(t.normal))) return undefined;
  const start = m.index + m[0].length - m[1].length - 1;
  return { start, end: start + m[1].length + 1, text: `@${m[1]}`, private: true, possessive: false };
}

// Words that open a post by speaking to someone: "Hi Jean", "Dear Mr Pelham", "Thanks Sue".
const GREETINGS = wordSet(['hi', 'hello', 'hey', 'hiya', 'dear', 'morning', 'afternoon', 'evening', 'thanks', 'cheers']);

/**
 * The private person a post greets at its start, when the fact's sentence
 * speaks to "you": the sentences after a greeting address that person.
 */
function greetedPerson(doc: PostDocument, persons: readonly Person[], index: number): Person | undefined {
  const first = persons[0];
  if (!first || first.possessive || doc.sentenceIndexAt(first.start) > Math.min(index, 1)) return undefined;
  const sentence = doc.sentences[index];
  if (!doc.tokensIn(sentence.start, sentence.end).some((t) => SECOND_PERSON.has(t.normal))) return undefined;
  const lead = doc.tokensIn(doc.sentences[0].start, first.start).filter((t) => t.end <= first.start);
  // The greeting opens the post; "Jean, your ..." (the name first, then a comma) is a greeting too.
  if (lead.length === 1 && GREETINGS.has(word(lead[0]))) return first;
  if (lead.length === 0 && /^\s?,/.test(doc.text.slice(first.end, first.end + 2))) return first;
  return undefined;
}

// "RIP Doreen Haigh", "Rest in peace Ken", "Bill Hirst, who passed away on Friday": a tribute to someone who has died.
// The policy protects the personal information of the living, so their illness in a tribute is not reported.
const MOURNING_BEFORE = wordSet(['rip', 'r.i.p', 'r.i.p.', 'peace', 'late', 'remembering', 'tribute']);
const DIED_AFTER = /^[\s,]{1,3}(?:who\s{1,3})?(?:(?:has|had|have|sadly|peacefully)\s{1,3}){0,2}(?:passed\s{1,3}away|died|passed)\b/i;

export function mourned(doc: PostDocument, p: { start: number; end: number }): boolean {
  const before = tokensBefore(doc, p.start, 2);
  if (before.some((t) => MOURNING_BEFORE.has(word(t)))) return true;
  return DIED_AFTER.test(doc.text.slice(p.end, p.end + 40));
}

export interface PersonFact {
  person: Person;
  fact: Fact;
}

/**
 * Ties each fact to a private person: the nearest one in the same sentence
 * (unless "I"/"me" stands between them: "thanks Jane, who helped me when I
 * had cancer"), or one named in the two sentences before when the fact's
 * sentence speaks of "he"/"she" ("Mr Hoyle (82) ... He has dementia").
 */
export function personFacts(doc: PostDocument, policy: Policy): PersonFact[] {
  const persons = people(doc, policy).filter((p) => p.private && !mourned(doc, p));
  const reply = LEADING_HANDLE.test(doc.text);
  if (!persons.length && !reply) return [];
  const out: PersonFact[] = [];
  const reported = new Set<number>();
  for (const fact of factsIn(doc, persons, reply)) {
    const index = doc.sentenceIndexAt(fact.start);
    if (index === -1) continue;
    const sentence = doc.sentences[index];
    let best: Person | undefined;
    let bestScore = Infinity;
    for (const p of persons) {
      if (p.start < sentence.start || p.start >= sentence.end) continue;
      // "Foster carers Anna and Rhys": a capitalised first word of the fact is not a name beside it.
      if (p.start <= fact.start && p.end > fact.start) continue;
      const before = p.end <= fact.start;
      // "Miss Carter's class" names the teacher to place the child; "Mrs Okafor's housing complaint" is hers.
      if (p.possessive && !(before && (ownsFact(doc.text.slice(p.end, fact.start)) || CONTRACTION.test(doc.text.slice(p.end, p.end + 40))))) continue;
      const between = before ? doc.tokensIn(p.end, fact.start) : doc.tokensIn(fact.end, p.start);
      if (between.some((t) => FIRST_PERSON.has(t.normal))) continue;
      // A fact before the name must be right beside it: "Disciplinary hearing: Jon Marsh", "foster son Tyler".
      if (!before && between.length > 4) continue;
      // The subject usually comes first ("Jayden (9) has lived with foster carers Sue and Mark"): prefer a name before the fact.
      const score = before ? fact.start - p.end : 10_000 + p.start - fact.end;
      if (score < bestScore) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) {
      const pronoun = doc.tokensIn(sentence.start, fact.end).some((t) => THIRD_PERSON.has(t.normal));
      if (pronoun) {
        for (let k = index - 1; k >= Math.max(0, index - 2) && !best; k--) {
          const s = doc.sentences[k];
          // The subject of that sentence, which "he"/"she" usually continues, comes first.
          best = persons.find((p) => p.start >= s.start && p.start < s.end && !p.possessive);
        }
      }
    }
    // "Told a lady today her housing benefit's been stopped. Mrs Agnieszka Nowak, lovely woman, ...": the next sentence
    // opens by naming whom "her" stands for, a full name set off by a comma (a lone first name there is someone addressed).
    if (!best && index + 1 < doc.sentences.length && doc.tokensIn(sentence.start, fact.end).some((t) => THIRD_PERSON.has(t.normal))) {
      const next = doc.sentences[index + 1];
      best = persons.find(
        (p) => !p.possessive && p.start >= next.start && /^\s*$/.test(doc.text.slice(next.start, p.start)) && /\s/.test(p.text) &&
          // "Mrs Halloran if you're reading this, ...": a name with an honorific needs no comma to be the one meant.
          (/^\s?[,–—-]/.test(doc.text.slice(p.end, p.end + 2)) || (HONORIFIC_NAME.test(p.text) && !AFFILIATION.test(doc.text.slice(p.end, p.end + 8)))) &&
          // "Jane Smith, Revenues Manager, will explain": a member of staff introduced by role, not the person the fact is about.
          !doc.tokensIn(p.end, p.end + 40).slice(0, 3).some((t) => JOB_TITLES.has(word(t)) || PUBLIC_ROLE.has(word(t))),
      );
    }
    // "@jo_b Your housing benefit claim was suspended": a reply tells the handle's owner their own circumstances.
    if (!best && fact.kind !== 'complaint') best = addressedHandle(doc, policy, sentence);
    // "Hi Jean Arkwright, we've checked. Your PIP award ended in March": the post speaks to the person it greets.
    if (!best && fact.kind !== 'complaint') best = greetedPerson(doc, persons, index);
    if (!best || reported.has(best.start)) continue;
    reported.add(best.start);
    out.push({ person: best, fact });
  }
  return out;
}

/** Every pattern of this module, for the ReDoS test. */
export const PEOPLE_PATTERNS: readonly RegExp[] = [HONORIFIC_NAME, AFFILIATION, DIED_AFTER, CONTRACTION, LEADING_HANDLE, OWN_PROCESS_RE, OWNER_BEFORE_RE, FACTS_RE, BENEFIT_ACRONYMS_RE, SERVICE_FOLLOWER_RE, TOPIC_RE];
