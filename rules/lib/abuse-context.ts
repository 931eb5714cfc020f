// How an insult word is used: the words in front of it decide whether it is
// aimed at someone ("you absolute clown", "landlords are parasites"), said
// of the writer ("I felt like an idiot") or not an insult at all ("the clown
// at the party"). Pure string work on a bounded window around the word.
import { LEXICON, type WordHit } from './abuse-words';

export const EMPHATIC = new Set(LEXICON.modifiers.emphatic);
export const PLAIN = new Set(LEXICON.modifiers.plain);
const ADDRESSEES = new Set(LEXICON.addressees);
const COPULAS = new Set(LEXICON.copulas);
export const SELF = new Set(LEXICON.selfReference);
export const NON_PERSON = new Set(LEXICON.nonPersonSubjects);
export const PEOPLE = new Set(LEXICON.people);
const PERSON_CONTRACTIONS = new Set(["you're", "youre", "they're", "theyre", "he's", "hes", "she's", "shes", "ur"]);
const OTHER_CONTRACTIONS = new Set(["it's", "its", "that's", "thats", "who's", "what's", "there's", "i'm", "im", "we're"]);
const ARTICLES = new Set(['a', 'an']);
const OBJECT_SELF = new Set(['me', 'us', 'myself']);
export const COLLECTIVE_TAIL = new RegExp(
  `^[\\s,]{0,3}(?:${LEXICON.collectiveTails.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\b`,
  'iu',
);
export const INNOCENT_AFTER = new Map(Object.entries(LEXICON.innocentAfter).map(([k, v]) => [k, new Set(v)]));
export const INNOCENT_BEFORE = new Map(Object.entries(LEXICON.innocentBefore).map(([k, v]) => [k, new Set(v)]));
// A word of the sentence around a finding: words with their apostrophes, and the punctuation that decides address and lists.
const CONTEXT_WORD = /[\p{L}\p{N}@$*!#|€]+(?:['-][\p{L}\p{N}@$*!#|€]+){0,3}|[=,;:&]/gu;
export const ONLY_SPACE = /^[ \t]*$/;
export const SENTENCE_END = /^\s*(?:[.!?…]|$|[^\p{L}\p{N}\s,;:'"(])/u;

// "Dave's an idiot", "they're clowns".
const CONTRACTED_COPULA = /^\p{L}+'(?:s|re)$/u;
const COPULA_SUFFIX = /'(?:s|re)$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

export interface Word {
  lower: string;
  text: string;
  start: number;
  end: number;
}

function trimBangs(word: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1] === '!') end--;
  return word.slice(0, end);
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  if (to <= from) return out;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(CONTEXT_WORD)) {
    const lower = trimBangs(m[0].toLowerCase());
    out.push({ lower, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export interface Context {
  trigger: Word | null;
  /** The word before the trigger (the subject of a copula). */
  subject: Word | null;
  emphatic: boolean;
  article: boolean;
  /** Modifiers and trigger, nearest last. */
  span: Word[];
}

/** Walks back from an insult over its modifiers to the word that governs it ("you", "are", "what"). */
export function contextBefore(words: Word[], hitsByStart: Map<number, WordHit>): Context {
  let i = words.length - 1;
  let emphatic = false;
  let article = false;
  for (let steps = 0; i >= 0 && steps < 6; steps++, i--) {
    const w = words[i];
    const hit = hitsByStart.get(w.start);
    if (hit && (hit.cls === 'profanity' || hit.cls === 'slur')) {
      // "you f*cking idiot": a swear word in front is emphasis.
      emphatic = true;
      continue;
    }
    if (EMPHATIC.has(w.lower)) {
      emphatic = true;
      continue;
    }
    if (ARTICLES.has(w.lower)) {
      article = true;
      continue;
    }
    if (PLAIN.has(w.lower)) continue;
    break;
  }
  const trigger = i >= 0 ? words[i] : null;
  const subject = i >= 1 ? words[i - 1] : null;
  return { trigger, subject, emphatic, article, span: words.slice(Math.max(0, i)) };
}

export type Governor = 'address' | 'copula' | 'what' | 'start' | 'like' | 'other';

export function governor(ctx: Context): { kind: Governor; self: boolean; nonPerson: boolean; person: boolean } {
  const t = ctx.trigger;
  if (!t) return { kind: 'start', self: false, nonPerson: false, person: false };
  const w = t.lower;
  const subject = ctx.subject?.lower ?? '';
  if (ADDRESSEES.has(w)) {
    // "thank you" is not address; "I told you idiots" still is.
    return { kind: subject === 'thank' ? 'other' : 'address', self: false, nonPerson: false, person: true };
  }
  if (PERSON_CONTRACTIONS.has(w)) return { kind: 'copula', self: false, nonPerson: false, person: true };
  if (OTHER_CONTRACTIONS.has(w)) return { kind: 'copula', self: w === "i'm" || w === 'im' || w === "we're", nonPerson: !(w === "i'm" || w === 'im' || w === "we're"), person: false };
  if (COPULAS.has(w) || CONTRACTED_COPULA.test(w)) {
    // "the warden who ticketed me is a jobsworth": an object pronoun before a copula ends a relative clause, it is not the subject.
    const self = SELF.has(subject) && !OBJECT_SELF.has(subject);
    const person = ['he', 'she', 'you', 'they', 'u'].includes(subject) || (!!ctx.subject && TITLE_CASE.test(ctx.subject.text));
    return { kind: 'copula', self, nonPerson: NON_PERSON.has(subject) || NON_PERSON.has(w.replace(COPULA_SUFFIX, '')), person };
  }
  if (w === 'what') return { kind: 'what', self: false, nonPerson: false, person: false };
  if (w === 'like') return { kind: 'like', self: false, nonPerson: false, person: false };
  return { kind: 'other', self: SELF.has(w), nonPerson: false, person: false };
}

/** Every regex compiled here, for the ReDoS check in the tests. */
export const CONTEXT_PATTERNS: readonly RegExp[] = [COLLECTIVE_TAIL, CONTEXT_WORD, ONLY_SPACE, SENTENCE_END, CONTRACTED_COPULA, TITLE_CASE, COPULA_SUFFIX];
