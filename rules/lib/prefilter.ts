// A cheap test that tells when a pattern cannot match a sentence, so the
// rules' ~250 patterns are not all run on every sentence of every post.
//
// Most patterns start at a word: `\bfraudsters?`, `(?<![\p{L}\p{N}_])(?:Labour|Tories)`.
// From the pattern's syntax tree we take the first (up to three) letters any
// match must start with ("fra"; "lab", "tor"). A sentence is indexed once by
// the first one to three letters of each of its words; a pattern none of whose
// word starts occurs in the sentence is skipped. The analysis is sound by
// construction: where a pattern's start cannot be pinned down (a match may
// begin mid-word, or with a space or any letter), it is always run.
//
// A second, independent test covers patterns with no fixed start: a piece of
// text every match must contain ("@" for an e-mail address, a digit for a
// phone number), checked with includes() on the lower-cased sentence.
//
// The look-up is inverted so a sentence costs one pass over its own words,
// not one pass over every pattern's list: each known pattern gets an id, each
// word start lists the ids of the patterns that may start with it, and a
// sentence keeps one flag per id.
import { classChars as listChars, parseRegex, type AST } from './regex-syntax';
import { registerCache } from '../document';
import { deferredAnalysis } from './deferred-work';

/** Longest word start kept, in characters: three letters already rule out most patterns. */
const PREFIX = 3;
/** Past this many starts a pattern's list is shortened (a shorter start of a word is still a start of it). */
const MAX_STARTS = 600;

const ALNUM = /^[a-z0-9]$/;

type Starts = Set<string> | null;

/**
 * The word starts (lower case, 1 to 3 letters or digits) one of which every
 * match of `re` begins with, at the start of a run of ASCII letters and
 * digits; null when no such list can be given. Exported for its tests.
 */
export function wordStarts(re: RegExp): string[] | null {
  const pattern = parseRegex(re);
  return pattern ? wordStartsOf(pattern) : null;
}

function wordStartsOf(pattern: AST.Pattern): string[] | null {
  const out = new Set<string>();
  for (const alternative of pattern.alternatives) {
    const starts = expand(alternative.elements, 0, '', false);
    if (!starts) return null;
    for (const s of starts) out.add(s);
  }
  return out.size ? [...out] : null;
}

// ------------------------------------------------------------ required pieces

/**
 * Pieces of text (lower case) one of which every match of `re` contains
 * somewhere: "@" for an e-mail address, a digit for a phone number, "private"
 * for `\bPRIVATE\b`. Null when no piece is telling enough to be worth a test
 * (single letters, common short words). Exported for its tests.
 */
export function requiredPieces(re: RegExp): string[] | null {
  const pattern = parseRegex(re);
  return pattern ? piecesOfAlternatives(pattern.alternatives) : null;
}

/** How telling a set of pieces is: longer pieces and punctuation or digits are rarer; more pieces, weaker. */
function strength(pieces: readonly string[]): number {
  let weakest = Infinity;
  for (const p of pieces) weakest = Math.min(weakest, p.length + (/[^a-z\s]/.test(p) ? 3 : 0));
  return weakest - 0.5 * Math.log2(pieces.length);
}
const TELLING = 2.3;
const NON_ASCII_LETTER = /[^\x00-\x7F](?<=\p{L})/u;
const MAX_PIECES = 40;

function piecesOfAlternatives(alternatives: readonly AST.Alternative[]): string[] | null {
  const out = new Set<string>();
  for (const a of alternatives) {
    const pieces = piecesOfSequence(a.elements);
    if (!pieces) return null;
    for (const p of pieces) out.add(p);
    if (out.size > MAX_PIECES) return null;
  }
  return out.size ? [...out] : null;
}

/** The most telling of the pieces a sequence must contain: a run of literal characters, or what a required part must contain. */
function piecesOfSequence(elements: readonly AST.Element[]): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const e of elements) {
    if (e.type === 'Character') {
      run += String.fromCodePoint(e.value).toLowerCase();
      continue;
    }
    // Assertions consume nothing: the characters either side are next to each other in the match.
    if (e.type === 'Assertion') continue;
    endRun();
    const pieces = e.type === 'Quantifier' ? (e.min >= 1 ? piecesOfElement(e.element) : null) : piecesOfElement(e);
    if (pieces) candidates.push(pieces);
  }
  endRun();
  let best: string[] | null = null;
  for (const c of candidates) {
    // A letter beyond ASCII may match another case-insensitively that lower-casing does not produce (ς, σ): not a safe piece.
    if (c.some((piece) => NON_ASCII_LETTER.test(piece))) continue;
    if (strength(c) >= TELLING && (!best || strength(c) > strength(best))) best = c;
  }
  return best;
}

function piecesOfElement(e: AST.Element): string[] | null {
  switch (e.type) {
    case 'Character':
      return [String.fromCodePoint(e.value).toLowerCase()];
    case 'Group':
    case 'CapturingGroup':
      return piecesOfAlternatives(e.alternatives);
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = classChars(e);
      return chars && chars.length <= 12 ? chars : null;
    }
    default:
      return null;
  }
}

/**
 * The starts of the matches of `elements[index..]`, given that `prefix` has
 * been read already. `anchored`: the match began where no letter or digit
 * precedes. Null when a match could start anywhere (unanchored, or with a
 * character that is not a letter or digit).
 */
function expand(elements: readonly AST.Element[], index: number, prefix: string, anchored: boolean): Starts {
  // A prefix that is complete, or that nothing more can lengthen, is a start in its own right.
  const done = (): Starts => (prefix ? new Set([prefix]) : null);
  if (prefix.length >= PREFIX || index >= elements.length) return done();
  const element = elements[index];
  const read = (chars: string[]): Starts => {
    const union = new Set<string>();
    for (const ch of chars) {
      if (!ALNUM.test(ch)) {
        // The word ends here: what was read so far is the start. Before any letter: unknown.
        if (!prefix) return null;
        union.add(prefix);
        continue;
      }
      if (!prefix && !anchored) return null;
      const next = expand(elements, index + 1, prefix + ch, anchored);
      if (!next) return null;
      for (const s of next) union.add(s);
    }
    return cap(union, prefix.length);
  };

  switch (element.type) {
    case 'Assertion':
      if (!prefix && isAnchor(element)) return expand(elements, index + 1, prefix, true);
      // Other assertions consume nothing: reading on past them only ever finds what a match starts with.
      return expand(elements, index + 1, prefix, anchored);
    case 'Character':
      // Upper and lower case both index as lower case, so case-sensitivity need not be modelled.
      return read([String.fromCodePoint(element.value).toLowerCase()]);
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = classChars(element);
      if (!chars) return prefix ? done() : null;
      return read(chars);
    }
    case 'Group':
    case 'CapturingGroup': {
      const union = new Set<string>();
      for (const alternative of element.alternatives) {
        const next = expand([...alternative.elements, ...elements.slice(index + 1)], 0, prefix, anchored);
        if (!next) return null;
        for (const s of next) union.add(s);
      }
      return cap(union, prefix.length);
    }
    case 'Quantifier': {
      const union = new Set<string>();
      // Taken once and followed by the rest only when it repeats at most once;
      // otherwise what follows the first repetition is not known, so stop there.
      const once = element.max === 1 ? [element.element, ...elements.slice(index + 1)] : [element.element];
      const taken = expand(once, 0, prefix, anchored);
      if (!taken) return null;
      for (const s of taken) union.add(s);
      if (element.min === 0) {
        const skipped = expand(elements, index + 1, prefix, anchored);
        if (!skipped) return null;
        for (const s of skipped) union.add(s);
      }
      return cap(union, prefix.length);
    }
    default:
      // Back-references and anything else: nothing more is known.
      return done();
  }
}

/** Too many starts: shorten them until few enough remain (never below what was already read). */
function cap(starts: Set<string>, read: number): Set<string> {
  for (let length = PREFIX - 1; starts.size > MAX_STARTS && length > read; length--) {
    starts = new Set([...starts].map((s) => s.slice(0, length)));
  }
  return starts;
}

/** The (lower-case) characters a class can match, when there are few enough to list; null otherwise. */
function classChars(element: AST.CharacterClass | AST.CharacterSet): string[] | null {
  return listChars(element, (c) => c.toLowerCase(), 40);
}

/** \b, ^, or a look-behind that rules out a letter or digit before the match: the match starts a word. */
function isAnchor(element: AST.Assertion): boolean {
  if (element.kind === 'word') return !element.negate;
  if (element.kind === 'start') return true;
  if (element.kind !== 'lookbehind' || !element.negate || element.alternatives.length !== 1) return false;
  // (?<![\p{L}\p{N}_]) or (?<![\w'-]): a negative look-behind of one class that holds every ASCII letter and digit.
  const only = element.alternatives[0].elements;
  if (only.length !== 1 || (only[0].type !== 'CharacterClass' && only[0].type !== 'CharacterSet')) return false;
  let probe: RegExp;
  try {
    probe = new RegExp(`^${only[0].raw}$`, 'u');
  } catch {
    return false;
  }
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') if (!probe.test(ch)) return false;
  return true;
}

// ------------------------------------------------------------------ the index

interface Known {
  id: number;
  /** Word starts one of which a match begins with; null: none known. */
  starts: string[] | null;
  /** anchors.words as a set, made when first needed. */
  anchorWordSet?: Set<string>;
  /**
   * Where a match may begin, for startPositions: word starts as above, and the
   * characters an alternative with no word start opens with ("'" of "'s").
   * Null when some alternative may open anywhere.
   */
  anchors: { words: string[]; chars: string[] } | null;
  /** Pieces one of which a match contains; null: none known. */
  pieces: string[] | null;
}

/** Pattern ids by word start, keyed by startKey: indexing a sentence then makes no strings. */
const byStartKey = new Map<number, number[]>();

/**
 * A word start (1 to 3 of a-z, 0-9) as a number: each character 1 to 36, base 37. Starts of different lengths never
 * share a number (one character is at most 36, two at least 38), so the number stands for the string.
 */
function charCode37(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : 0;
}
function startKey(start: string): number {
  let k = 0;
  for (let i = 0; i < start.length; i++) k = k * 37 + charCode37(start.charCodeAt(i));
  return k;
}
/** Word starts by pattern id (null: none known, the pattern is run). */
const startsById: Array<string[] | null> = [];

/** The pattern's analysis, or undefined while it waits its turn (lib/deferred-work.ts). */
const analyses = deferredAnalysis((re: RegExp): Known => {
  const pattern = parseRegex(re);
  const k: Known = {
    id: startsById.length,
    starts: pattern && wordStartsOf(pattern),
    pieces: pattern && piecesOfAlternatives(pattern.alternatives),
    anchors: pattern && anchorsOf(pattern),
  };
  startsById.push(k.starts);
  for (const s of k.starts ?? []) {
    const key = startKey(s);
    const byKey = byStartKey.get(key);
    if (byKey) byKey.push(k.id);
    else byStartKey.set(key, [k.id]);
  }
  return k;
});

/** A text's word starts and, for the patterns known when it was indexed, whether each may match. */
interface TextIndex {
  /** The text in lower case, for the pieces. */
  lower: string;
  /** The text's word starts as strings, made only when a pattern met after indexing asks (see fill). */
  starts: Set<string> | null;
  /** Where each word start occurs (offsets of the words), built when first asked for. */
  positions: Map<string, number[]> | null;
  /** Where each opening character asked for so far occurs. */
  charPositions: Map<string, number[]> | null;
  /** flags[id] = 1 when pattern `id` (one with word starts) may match; valid for ids below `upTo`. */
  flags: Uint8Array;
  upTo: number;
}

const WORD = /[a-z0-9]+/g;
const INDEX_LIMIT = 4000;
const indexes = new Map<string, TextIndex>();
registerCache(() => indexes.clear());

/** Calls `visit` with the first one, two and three characters of every word of `lower`, and the word's offset. */
function eachWordStart(lower: string, visit: (start: string, at: number) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = m[0];
    visit(word[0], m.index);
    if (word.length > 1) visit(word.slice(0, 2), m.index);
    if (word.length > 2) visit(word.slice(0, 3), m.index);
  }
}

function indexOf(text: string): TextIndex {
  let index = indexes.get(text);
  if (index) return index;
  // The two non-ASCII letters that match an ASCII letter case-insensitively (the Kelvin sign, long s).
  const lower = text.toLowerCase().replace(/\u212A/g, 'k').replace(/\u017F/g, 's');
  index = { lower, starts: null, positions: null, charPositions: null, flags: new Uint8Array(0), upTo: 0 };
  fill(index);
  if (indexes.size >= INDEX_LIMIT) indexes.clear();
  indexes.set(text, index);
  return index;
}

function wordStartSet(lower: string): Set<string> {
  const starts = new Set<string>();
  eachWordStart(lower, (start) => starts.add(start));
  return starts;
}

/** Brings a text's flags up to date with every pattern known now. */
function fill(index: TextIndex): void {
  const total = startsById.length;
  const flags = new Uint8Array(Math.max(total, 64));
  flags.set(index.flags.subarray(0, index.upTo));
  if (index.upTo === 0) {
    // A new text: one pass over its own words, the starts of each worked out as numbers (no strings made).
    const lower = index.lower;
    const mark = (key: number) => {
      const ids = byStartKey.get(key);
      if (ids) for (const id of ids) flags[id] = 1;
    };
    for (let i = 0; i < lower.length; ) {
      const c0 = charCode37(lower.charCodeAt(i));
      if (c0 === 0) {
        i++;
        continue;
      }
      mark(c0);
      const c1 = i + 1 < lower.length ? charCode37(lower.charCodeAt(i + 1)) : 0;
      if (c1 !== 0) {
        mark(c0 * 37 + c1);
        const c2 = i + 2 < lower.length ? charCode37(lower.charCodeAt(i + 2)) : 0;
        if (c2 !== 0) mark((c0 * 37 + c1) * 37 + c2);
      }
      // On to the next word: past the rest of this run of letters and digits.
      i++;
      while (i < lower.length && charCode37(lower.charCodeAt(i)) !== 0) i++;
    }
  } else {
    // Patterns met for the first time since (the first checks after start-up): test each against the text.
    const starts = (index.starts ??= wordStartSet(index.lower));
    for (let id = index.upTo; id < total; id++) {
      flags[id] = startsById[id]?.some((s) => starts.has(s)) ? 1 : 0;
    }
  }
  index.flags = flags;
  index.upTo = total;
}

/** A pattern's prefilter, if analysed (or analysed within the budget now); undefined while it waits its turn. */
export function prefilterIfReady(re: RegExp): PatternFilter | undefined {
  return analyses.whenReady(re);
}

/** What the prefilter knows of one pattern; scan.ts keeps it with the pattern so a scan looks it up once. */
export type PatternFilter = Known;
/** What the prefilter knows of one text; looked up once per scan of the text. */
export type IndexedText = TextIndex;
export const indexText: (text: string) => IndexedText = indexOf;

/** False when `re` certainly has no match in `text`; true when it may. */
export function mayMatch(re: RegExp, text: string): boolean {
  const k = analyses.whenReady(re);
  return !k || mayMatchIndexed(k, indexOf(text));
}

/** mayMatch with the pattern's analysis and the text's index in hand. */
export function mayMatchIndexed(k: PatternFilter, index: IndexedText): boolean {
  if (!k.starts && !k.pieces) return true;
  if (k.starts) {
    if (k.id >= index.upTo) fill(index);
    if (index.flags[k.id] !== 1) return false;
  }
  return !k.pieces || k.pieces.some((piece) => index.lower.includes(piece));
}

// ------------------------------------------------------- where a match may start

/**
 * The offsets in `text` where a match of `re` may begin, in order: the words
 * that start with one of its word starts. Every match begins at the start of
 * such a word (that is what a word start means, see `expand`), so running the
 * pattern only there, anchored, finds exactly what a scan of the whole text
 * finds. Null when the pattern has no word starts, or the lower-cased text is
 * not the same length (offsets would not line up): then scan the whole text.
 */
export function startPositions(re: RegExp, text: string): number[] | null {
  const k = analyses.whenReady(re);
  return k ? startPositionsIndexed(k, indexOf(text), text) : null;
}

/** startPositions with the pattern's analysis and the text's index in hand. */
export function startPositionsIndexed(k: PatternFilter, index: IndexedText, text: string): number[] | null {
  const anchors = k.anchors;
  if (!anchors) return null;
  if (index.lower.length !== text.length) return null;
  const positions = (index.positions ??= positionsOf(index.lower));
  const lists: number[][] = [];
  // Walk whichever list is shorter: the pattern's starts, or the starts the text has.
  if (anchors.words.length <= positions.size) {
    for (const start of anchors.words) {
      const at = positions.get(start);
      if (at) lists.push(at);
    }
  } else {
    const wanted = (k.anchorWordSet ??= new Set(anchors.words));
    for (const [start, at] of positions) if (wanted.has(start)) lists.push(at);
  }
  if (anchors.chars.length) {
    const chars = (index.charPositions ??= new Map());
    for (const ch of anchors.chars) {
      let at = chars.get(ch);
      if (!at) {
        at = [];
        for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + ch.length)) at.push(i);
        chars.set(ch, at);
      }
      if (at.length) lists.push(at);
    }
  }
  if (lists.length <= 1) return lists[0] ?? [];
  // A word can be listed under two of the pattern's starts ("f" and "fra"): merge and de-duplicate.
  return [...new Set<number>(lists.flat())].sort((a, b) => a - b);
}

/** Word starts, or else opening characters, for every way a match can begin; null when one has neither. */
function anchorsOf(pattern: AST.Pattern): Known['anchors'] {
  const found = merge(pattern.alternatives.map((alternative) => anchorsIn(alternative.elements, 0, false)));
  return found && { words: [...found.words], chars: [...found.chars] };
}

interface Anchors {
  words: Set<string>;
  chars: Set<string>;
}

function merge(all: Array<Anchors | null>): Anchors | null {
  const out: Anchors = { words: new Set(), chars: new Set() };
  for (const a of all) {
    if (!a) return null;
    for (const w of a.words) out.words.add(w);
    for (const c of a.chars) out.chars.add(c);
  }
  return out;
}

/**
 * Anchors of the sequence elements[index..]: its word starts when it has them
 * (`expand`); otherwise split at a group or an optional part so each branch can
 * give word starts or opening characters of its own: `(?:\b(?:her|his)|['’]s)`
 * opens with "her" or "his" as words, or with an apostrophe.
 */
function anchorsIn(elements: readonly AST.Element[], index: number, anchored: boolean): Anchors | null {
  const words = expand(elements, index, '', anchored);
  if (words) return { words, chars: new Set() };
  const element = elements[index];
  if (!element) return null;
  const rest = elements.slice(index + 1);
  switch (element.type) {
    case 'Assertion':
      return anchorsIn(elements, index + 1, anchored || isAnchor(element));
    case 'Group':
    case 'CapturingGroup':
      return merge(element.alternatives.map((alternative) => anchorsIn([...alternative.elements, ...rest], 0, anchored)));
    case 'Quantifier': {
      const once = element.max === 1 ? [element.element, ...rest] : [element.element];
      const taken = anchorsIn(once, 0, anchored);
      return element.min === 0 ? merge([taken, anchorsIn(elements, index + 1, anchored)]) : taken;
    }
    default: {
      const chars = openingChars(element);
      return chars ? { words: new Set(), chars: new Set(chars) } : null;
    }
  }
}

/** A character with no case and no place in a word start ("'", "@", "£"): found in the text as it is. */
function isPlainMark(ch: string): boolean {
  return !ALNUM.test(ch) && ch.toLowerCase() === ch && ch.toUpperCase() === ch;
}

/**
 * The characters a match consumes first when `element` opens it, if all are
 * plain marks (see isPlainMark) and few; otherwise null. Groups, optional
 * parts and assertions before it are already split off by anchorsIn.
 */
function openingChars(element: AST.Element): string[] | null {
  switch (element.type) {
    case 'Character': {
      const ch = String.fromCodePoint(element.value);
      return isPlainMark(ch) ? [ch] : null;
    }
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = listChars(element, (c) => c, 40);
      return chars && chars.every(isPlainMark) ? chars : null;
    }
    default:
      return null;
  }
}

function positionsOf(lower: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  const add = (start: string, at: number) => {
    const list = positions.get(start);
    if (list) list.push(at);
    else positions.set(start, [at]);
  };
  eachWordStart(lower, add);
  return positions;
}
