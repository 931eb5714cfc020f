// Finds rude words however they are written: f*ck, sh1t, a$$hole, w@nkers,
// Shiiiiite, "F U C K". Every candidate is a whole word of the post, decoded
// and then looked up in the lexicon (rules/data/abuse-lexicon.json): a word
// is never matched inside a longer word, which is what keeps Scunthorpe,
// Penistone, assess, cocktail, shiitake and Cockermouth clean. The one
// exception is a stem no English word contains ("fuck"), so compounds such as
// "fuckwittery" or "#fuckthis" are still caught.
import raw from '../data/abuse-lexicon.json';
import type { PostDocument } from '../document';

export type WordClass = 'profanity' | 'slur' | 'ambiguous-profanity' | 'ambiguous-slur' | 'pure' | 'weak' | 'dehumanising';

export interface WordHit {
  start: number;
  end: number;
  /** The decoded lexicon form ("fucking" for "f*cking"). */
  word: string;
  cls: WordClass;
  /** Written with symbols, digits, masks, spacing or stretched letters: the writer knew it was rude. */
  disguised: boolean;
  /** Part of a hyphenated compound ("idiot-proof"). */
  inCompound: boolean;
}

interface Lexicon {
  profanity: string[];
  intensifiers: string[];
  substringStems: string[];
  slurs: string[];
  ambiguous: { profanity: string[]; slur: string[] };
  insults: { pure: string[]; weak: string[]; dehumanising: string[] };
  modifiers: { emphatic: string[]; plain: string[] };
  addressees: string[];
  copulas: string[];
  selfReference: string[];
  nonPersonSubjects: string[];
  people: string[];
  collectiveTails: string[];
  innocentAfter: Record<string, string[]>;
  innocentBefore: Record<string, string[]>;
  mildIntensifiers: string[];
  mildInnocentAfter: string[];
}

export const LEXICON = raw as unknown as Lexicon;
const HYPHENS = /-/g;

const CLASS_OF = new Map<string, WordClass>();
// Later lists win: a word that is both profanity and an insult is reported as profanity.
for (const w of LEXICON.insults.dehumanising) CLASS_OF.set(w, 'dehumanising');
for (const w of LEXICON.insults.weak) CLASS_OF.set(w, 'weak');
for (const w of LEXICON.insults.pure) CLASS_OF.set(w, 'pure');
for (const w of LEXICON.ambiguous.slur) CLASS_OF.set(w, 'ambiguous-slur');
for (const w of LEXICON.ambiguous.profanity) CLASS_OF.set(w, 'ambiguous-profanity');
for (const w of LEXICON.slurs) CLASS_OF.set(w, 'slur');
for (const w of LEXICON.profanity) CLASS_OF.set(w, 'profanity');

export const INTENSIFIER_FORMS = new Set(LEXICON.intensifiers);
/** "bloody", "sodding": profanity only as an intensifier before a noun (see the lexicon's note). */
export const MILD_INTENSIFIERS = new Set(LEXICON.mildIntensifiers);
export const MILD_INNOCENT_AFTER = new Set(LEXICON.mildInnocentAfter);
export const MILD_WORD = new RegExp(`\\b(?:${LEXICON.mildIntensifiers.join('|')})\\b`, 'i');

/** Lexicon entries by length, for matching masked words (f*ck, r*tards) letter by letter. */
const BY_LENGTH = new Map<number, string[]>();
for (const w of CLASS_OF.keys()) {
  const key = w.replace(HYPHENS, '');
  const list = BY_LENGTH.get(key.length) ?? [];
  list.push(w);
  BY_LENGTH.set(key.length, list);
}

export function classOf(word: string): WordClass | undefined {
  return CLASS_OF.get(word);
}

// A word as written: letters and digits plus the symbols people use to
// disguise letters. Hyphenated compounds stay together so "a-hole" and
// "half-caste" can be looked up whole; their parts are looked up too.
const CHUNK = /[\p{L}\p{N}@$*!#|€]+(?:-[\p{L}\p{N}@$*!#|€]+){0,4}/gu;
// Single letters separated by a space, dot, hyphen or star: "F U C K", "s.h.i.t".
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*]\p{L}){2,14}(?![\p{L}\p{N}])/gu;
// Road numbers, postcodes, grid references: a code, not a disguised word (A55 is not "ass").
const CODE = /^\p{L}{1,3}\d+$/u;
const HAS_LETTER = /\p{L}/u;
const DIGIT = /\d/;
const SYMBOL = /[@$!|€]/;
const MASK = /[*#]/;
const STRETCH = /(\p{L})\1{2,}/u;

const STRETCHED = /(\p{L})\1{2,}/gu;
const MASKS = /[*#]/g;
const LETTERS = /\p{L}/gu;
const NON_LETTERS = /[^\p{L}]/gu;
const NOT_PLAIN = /[^\p{L}'-]/u;
const HANDLE_CHAR = /[\p{L}\p{N}_]/u;
const THREE_LETTERS = /\p{L}{3}/u;
const DISGUISE_CHAR = /[$*!]/;

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const HOMOGLYPHS: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ѕ': 's', 'ԁ': 'd', 'к': 'k', 'ј': 'j', 'һ': 'h', 'ԛ': 'q', 'ԝ': 'w',
  'α': 'a', 'ε': 'e', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'ι': 'i', 'κ': 'k', 'ν': 'v',
};

const LEET: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '3': ['e'], '4': ['a'], '5': ['s'], '7': ['t'], '8': ['b'], '9': ['g'],
  '@': ['a'], $: ['s'], '!': ['i'], '|': ['l', 'i'], '€': ['e'],
};

/** Every reading of a disguised word, capped so a string of ones stays cheap. */
function leetVariants(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const subs = LEET[ch];
    if (!subs) {
      out = out.map((o) => o + ch);
      continue;
    }
    const next: string[] = [];
    for (const o of out) for (const s of subs) if (next.length < 8) next.push(o + s);
    out = next;
  }
  return out;
}

/** Stretched letters back to one and to two ("shiiiiite" -> "shite", "fuuuck" -> "fuck"). */
function unstretch(word: string): string[] {
  if (!STRETCH.test(word)) return [word];
  const one = word.replace(STRETCHED, '$1');
  const two = word.replace(STRETCHED, '$1$1');
  return one === two ? [one] : [one, two];
}

function lookup(form: string): string | undefined {
  if (CLASS_OF.has(form)) return form;
  for (const stem of LEXICON.substringStems) if (form.includes(stem)) return stem;
  return undefined;
}

/** A masked word matches an entry of the same length whose letters agree wherever the writer showed one. */
function lookupMasked(masked: string): string | undefined {
  const shown = masked.replace(MASKS, '').length;
  if (shown < 1) return undefined;
  const candidates = BY_LENGTH.get(masked.length);
  if (!candidates) return undefined;
  let best: string | undefined;
  for (const entry of candidates) {
    const letters = entry.replace(HYPHENS, '');
    let ok = true;
    for (let i = 0; i < masked.length && ok; i++) {
      const ch = masked[i];
      if (ch !== '*' && ch !== '#' && ch !== letters[i]) ok = false;
    }
    if (!ok) continue;
    const cls = CLASS_OF.get(entry)!;
    // One shown letter ("f***") is enough only for an outright swear word; "a**" could be anything.
    if (shown < 2 && cls !== 'profanity') continue;
    // Prefer the rudest reading so "c*ck" is not taken for an insult of another class.
    if (!best || rank(cls) > rank(CLASS_OF.get(best)!)) best = entry;
  }
  return best;
}

function rank(cls: WordClass): number {
  return cls === 'profanity' || cls === 'slur' ? 3 : cls.startsWith('ambiguous') ? 2 : 1;
}

/**
 * Letters that look Latin but are not (Cyrillic "с" in "fuсk", fullwidth
 * "ｆｕｃｋ", accented "fück"): folded to plain Latin for the lookup only, so
 * offsets are untouched.
 */
function fold(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  let out = '';
  for (const ch of lower.normalize('NFKD').replace(MARKS, '')) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

function decode(chunk: string): { word: string; disguised: boolean } | undefined {
  const lower0 = chunk.toLowerCase();
  const lower = fold(lower0);
  const folded = lower !== lower0;
  const plain = lookupPlain(lower);
  if (plain) return { word: plain, disguised: folded || STRETCH.test(lower) };
  const hasDigit = DIGIT.test(lower);
  const hasSymbol = SYMBOL.test(lower);
  const hasMask = MASK.test(lower);
  if (!hasDigit && !hasSymbol && !hasMask) return undefined;
  const letters = (lower.match(LETTERS) ?? []).length;
  // Digits alone disguise a word only when the letters carry it ("sh1t", not "45s" or "A55").
  if (!hasSymbol && !hasMask && (letters < 2 || CODE.test(lower))) return undefined;
  for (const variant of leetVariants(lower)) {
    for (const form of unstretch(variant)) {
      if (MASK.test(form)) {
        const hit = lookupMasked(form);
        if (hit) return { word: hit, disguised: true };
      } else {
        const hit = lookup(form);
        if (hit) return { word: hit, disguised: true };
      }
    }
  }
  return undefined;
}

function lookupPlain(lower: string): string | undefined {
  if (NOT_PLAIN.test(lower)) return undefined;
  for (const form of unstretch(lower)) {
    const hit = lookup(form) ?? lookup(form.replace(HYPHENS, ''));
    if (hit) return hit;
  }
  return undefined;
}

function trimChunk(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  let ledByStar = false;
  // A hashtag, emphasis stars or an exclamation are not part of the word.
  while (s < e && '#*!|'.includes(text[s])) {
    if (text[s] === '*') ledByStar = true;
    s++;
  }
  while (e > s && (text[e - 1] === '!' || text[e - 1] === '|' || (ledByStar && text[e - 1] === '*'))) e--;
  if (s >= e || !HAS_LETTER.test(text.slice(s, e))) return null;
  return [s, e];
}

function hitFor(text: string, start: number, end: number, inCompound: boolean): WordHit | null {
  const decoded = decode(text.slice(start, end));
  if (!decoded) return null;
  const cls = CLASS_OF.get(decoded.word) ?? 'profanity';
  return { start, end, word: decoded.word, cls, disguised: decoded.disguised || NOT_PLAIN.test(text.slice(start, end)), inCompound };
}

/** Every lexicon word in the text, in text order. */
export function findWords(text: string): WordHit[] {
  const hits: WordHit[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const at = m.index;
    // An @handle names an account; its letters are not the writer's words.
    if (text[at] === '@' && HANDLE_CHAR.test(text[at + 1] ?? '') && THREE_LETTERS.test(m[0])) {
      if (!DISGUISE_CHAR.test(m[0])) continue;
    }
    const trimmed = trimChunk(text, at, at + m[0].length);
    if (!trimmed) continue;
    const [s, e] = trimmed;
    const whole = hitFor(text, s, e, false);
    if (whole) {
      hits.push(whole);
      continue;
    }
    if (!text.slice(s, e).includes('-')) continue;
    let partStart = s;
    for (const part of text.slice(s, e).split('-')) {
      const partEnd = partStart + part.length;
      const t = trimChunk(text, partStart, partEnd);
      const hit = t && hitFor(text, t[0], t[1], true);
      if (hit) hits.push(hit);
      partStart = partEnd + 1;
    }
  }
  for (const m of text.matchAll(SPACED)) {
    const at = m.index;
    const end = at + m[0].length;
    if (hits.some((h) => h.start < end && at < h.end)) continue;
    // Letters sit at every other character: offsets at, at + 2, ...
    const letters = m[0].replace(NON_LETTERS, '').toLowerCase();
    const n = letters.length;
    // Astral letters take two code units each; then only the whole run can be mapped back.
    const regular = m[0].length === 2 * n - 1;
    // "F U C K this" (and "I F U C K I N G hate"): try the run, then without a stray first or last letter.
    const tries: Array<[number, number]> = [[0, n], [1, n], [0, n - 1]];
    for (const [from, to] of tries) {
      if (to - from < 3 || (!regular && (from !== 0 || to !== n))) continue;
      const word = lookup(letters.slice(from, to));
      if (!word) continue;
      hits.push({ start: at + 2 * from, end: at + 2 * (to - 1) + 1, word, cls: CLASS_OF.get(word) ?? 'profanity', disguised: true, inCompound: false });
      break;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Every lexicon word of the post, in text order: found sentence by sentence
 * and cached by sentence text, so an edit re-reads only its own sentence. No
 * candidate spans a sentence break: a chunk has no spaces, and spaced
 * letters ("F U C K") are joined by a single space, dot or star, never by a
 * line break or by the ". " that ends a sentence.
 */
export function findWordsIn(doc: PostDocument): WordHit[] {
  const perSentence = doc.perSentence('abuse:words', findWords);
  const hits: WordHit[] = [];
  doc.sentences.forEach((sentence, i) => {
    for (const h of perSentence[i]) hits.push({ ...h, start: h.start + sentence.start, end: h.end + sentence.start });
  });
  return hits;
}

/** Regexes this module compiles, for the ReDoS check in the tests. */
export const WORD_PATTERNS: readonly RegExp[] = [MILD_WORD, CHUNK, SPACED, CODE, STRETCH, HAS_LETTER, DIGIT, SYMBOL, MASK, HYPHENS, STRETCHED, MASKS, LETTERS, NOT_PLAIN, NON_ASCII, MARKS, HANDLE_CHAR, THREE_LETTERS, DISGUISE_CHAR, NON_LETTERS];
