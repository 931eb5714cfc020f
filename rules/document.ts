// One analysed post, shared by every rule of a check: rules never re-parse.
//
// - `text` is the post normalised for matching: zero-width characters and
//   soft hyphens removed (they hide words from patterns), curly quotes and
//   odd spaces made plain, lone surrogates replaced. Rules report offsets
//   into `text`; `toOriginal` maps them back to the text the editor holds.
// - `sentences` carry compromise's tokens and tags. A sentence's analysis is
//   cached by its text, so re-checking after a one-character edit re-parses
//   only the sentence that changed.
import nlp from 'compromise';
import { fastBulkMatch } from './lib/fast-sweep';

export interface Token {
  /** The word as written, without surrounding punctuation or spaces. */
  text: string;
  /** Lower-cased, as compromise normalises it. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word. */
  pre: string;
  post: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface ParsedSentence {
  /** The sentence's text: one string object per cached sentence, so cache look-ups by it compare by identity. */
  text: string;
  tokens: Token[]; // offsets relative to the sentence
}

/** Characters that render as nothing and can hide a word from a pattern. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** One-for-one substitutions that keep length and make matching simpler. */
const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\uFF20': '@',
};

export interface Normalised {
  text: string;
  /** toOriginal[i] is the offset in the original of normalised offset i; length is text.length + 1. */
  toOriginal: Int32Array | null;
}

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const SAME_LENGTH_ALL = new RegExp(`[${Object.keys(SAME_LENGTH).join('')}]`, 'g');

export function normalise(original: string): Normalised {
  // Same-length changes first: they need no offset map. Lone surrogates become
  // U+FFFD so no rule or span can split a pair.
  const sameLength = original.toWellFormed().replace(SAME_LENGTH_ALL, (ch) => SAME_LENGTH[ch]);
  INVISIBLE_ALL.lastIndex = 0;
  if (!INVISIBLE_ALL.test(sameLength)) return { text: sameLength, toOriginal: null };
  // Invisible characters are removed, so keep a map from each kept character to its original offset.
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < sameLength.length; i++) {
    const ch = sameLength[i];
    if (INVISIBLE.test(ch)) continue;
    out += ch;
    map.push(i);
  }
  map.push(original.length);
  return { text: out, toOriginal: Int32Array.from(map) };
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|miss|dr|st|cllr|prof|rev|no|nos|vs|etc|e\.g|i\.e|approx|dept|tel|ref|ltd|co|inc)\.$/i;

/** Sentence spans of `text`: ends at . ! ? … followed by space, or at a line break. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    // Trim spaces so that a sentence's cache key does not depend on its neighbours.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') && /\s/.test(text[i + 1] ?? '')) {
      if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
      push(i + 1);
      continue;
    }
    // Bound a sentence's length so one huge unpunctuated paste stays linear and cacheable.
    if (i - start >= 600 && /\s/.test(ch)) push(i);
  }
  push(text.length);
  return spans;
}

const PARSE_CACHE_LIMIT = 4000;
const parseCache = new Map<string, ParsedSentence>();

/**
 * Returns the analysis of each sentence, from the cache where it can. All the
 * sentences not yet cached are parsed in ONE compromise call: a cold check
 * then costs about one parse of the whole text, not one parse per sentence
 * with compromise's fixed cost each time. They are joined with blank lines,
 * where compromise always ends a sentence, so a sentence is tagged the same
 * whichever neighbours it was parsed with.
 */
function parseSentences(texts: string[]): ParsedSentence[] {
  const missing: string[] = [];
  const queued = new Set<string>();
  for (const text of texts) {
    if (!parseCache.has(text) && !queued.has(text)) {
      queued.add(text);
      missing.push(text);
    }
  }
  if (missing.length) {
    const parsed = tokeniseBatch(missing);
    missing.forEach((text, i) => remember(text, { text, tokens: parsed[i] }));
  }
  return texts.map((text) => {
    const cached = parseCache.get(text)!;
    // Refresh its place so the least recently used entry is evicted first.
    parseCache.delete(text);
    parseCache.set(text, cached);
    return cached;
  });
}

function remember(text: string, parsed: ParsedSentence): void {
  parseCache.set(text, parsed);
  if (parseCache.size > PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value as string);
}

const SEPARATOR = '\n\n';

function tokeniseBatch(texts: string[]): Token[][] {
  if (texts.length === 1) return [tokenise(texts[0])];
  const joined = texts.join(SEPARATOR);
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + SEPARATOR.length;
  }
  const all = tokenise(joined);
  const out: Token[][] = texts.map(() => []);
  let chunk = 0;
  for (const token of all) {
    while (chunk + 1 < texts.length && token.start >= starts[chunk + 1]) chunk++;
    const base = starts[chunk];
    const length = texts[chunk].length;
    // The tokens are fresh objects of our own: shift them to the sentence in place rather than copy each.
    const t = token;
    const joinedEnd = t.end;
    t.start -= base;
    t.end -= base;
    if (t.end > length) {
      // compromise glues the separator onto a sentence-final emoji or symbol ("🎉\n\n"); it still ends
      // the sentence there, so cut the token back to the sentence. Anything else: parse one by one.
      if (t.end > length + SEPARATOR.length || t.start >= length || joined.slice(base + length, joinedEnd).trim()) return texts.map(tokenise);
      t.text = t.text.slice(0, length - t.start);
      t.end = length;
    }
    // The separator is not the sentence's own punctuation: a sentence is tokenised the same alone or in a batch.
    if (t.end + t.post.length > length) t.post = t.post.slice(0, Math.max(0, length - t.end));
    out[chunk].push(t);
  }
  return out;
}

// compromise's analysis steps, less the last one: 'chunks' groups words into
// noun and verb phrases, which no rule reads, and costs about a tenth of a
// parse. Tags are identical with or without it.
const world = (nlp as unknown as { world(): CompromiseWorld }).world();
const HOOKS_WITHOUT_CHUNKS = world.hooks.filter((hook) => hook !== 'chunks');
const stockBulkMatch = world.methods.one.bulkMatch;

interface CompromiseWorld {
  hooks: string[];
  methods: { one: { bulkMatch: unknown } };
}

/**
 * nlp(text) without the chunker and with a faster selection of tagging
 * patterns (rules/lib/fast-sweep.ts; same tags). compromise reads both from
 * its world on each call, so swap them for this call only: anyone else's
 * nlp() stays stock.
 */
function parse(text: string): { document: CompromiseTerm[][] } {
  const hooks = world.hooks;
  world.hooks = HOOKS_WITHOUT_CHUNKS;
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    return nlp(text) as unknown as { document: CompromiseTerm[][] };
  } finally {
    world.hooks = hooks;
    world.methods.one.bulkMatch = stockBulkMatch;
  }
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let terms: CompromiseTerm[][];
  try {
    terms = parse(text).document;
  } catch {
    terms = [];
  }
  let offset = 0;
  for (const sentence of terms) {
    for (const term of sentence) {
      const start = offset + term.pre.length;
      const end = start + term.text.length;
      offset = end + term.post.length;
      // compromise is lossless; if it ever is not, stop trusting its offsets.
      if (text.slice(start, end) !== term.text) return fallbackTokens(text);
      if (!term.text) continue; // an implicit word of a contraction
      tokens.push({
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        start,
        end,
        // compromise is done with the term once parsed, so its tag set is shared, not copied.
        tags: term.tags,
        pre: term.pre,
        post: term.post,
      });
    }
  }
  return tokens;
}

function fallbackTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const start = m.index;
    tokens.push({ text: m[0], normal: m[0].toLowerCase(), start, end: start + m[0].length, tags: new Set(), pre: '', post: '' });
  }
  return tokens;
}

export class PostDocument {
  /** The normalised text rules match against. */
  readonly text: string;
  readonly original: string;
  readonly sentences: Sentence[];
  readonly tokens: Token[];
  private readonly toOriginal: Int32Array | null;
  private readonly memo = new Map<string, unknown>();

  constructor(original: string) {
    this.original = original;
    const normalised = normalise(original);
    this.text = normalised.text;
    this.toOriginal = normalised.toOriginal;
    this.sentences = [];
    this.tokens = [];
    const spans = splitSentences(this.text);
    const texts = spans.map(([start, end]) => this.text.slice(start, end));
    const parsed = parseSentences(texts);
    spans.forEach(([start, end], i) => {
      // An explicit copy: object spread is several times slower, and this runs for every token of every check.
      const tokens = parsed[i].tokens.map((t) => ({ text: t.text, normal: t.normal, start: t.start + start, end: t.end + start, tags: t.tags, pre: t.pre, post: t.post }));
      this.sentences.push({ start, end, text: parsed[i].text, tokens });
      for (const t of tokens) this.tokens.push(t);
    });
  }

  /** Maps a span of `text` to the original text, never splitting a surrogate pair. */
  originalSpan(start: number, end: number): [number, number] {
    const clamp = (n: number) => Math.max(0, Math.min(this.text.length, Math.floor(n)));
    let s = clamp(start);
    let e = Math.max(s, clamp(end));
    if (this.toOriginal) {
      const map = this.toOriginal;
      s = map[s];
      e = e === 0 ? 0 : map[e - 1] + 1;
      if (e < s) e = s;
    }
    const o = this.original;
    const isLow = (i: number) => i > 0 && i < o.length && /[\uDC00-\uDFFF]/.test(o[i]) && /[\uD800-\uDBFF]/.test(o[i - 1]);
    if (isLow(s)) s--;
    if (isLow(e)) e++;
    return [s, e];
  }

  /** The sentence holding offset `at`. */
  sentenceAt(at: number): Sentence | undefined {
    const i = this.sentenceIndexAt(at);
    return i === -1 ? undefined : this.sentences[i];
  }

  /** The index in `sentences` of the sentence holding offset `at`, or -1 (binary search: rules call it per match). */
  sentenceIndexAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Tokens overlapping [start, end). */
  tokensIn(start: number, end: number): Token[] {
    // Binary search for the first token ending after `start`: rules call this per match.
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let i = lo; i < this.tokens.length && this.tokens[i].start < end; i++) out.push(this.tokens[i]);
    return out;
  }

  /**
   * `compute(sentence text)` for each sentence, cached by (key, sentence text)
   * across checks. For per-sentence analysis that depends only on the
   * sentence's own text; results must be treated as read-only.
   */
  perSentence<T>(key: string, compute: (text: string) => T): T[] {
    return this.perSentenceWith(key, (sentence) => compute(sentence.text));
  }

  /**
   * As perSentence, for analyses that walk a sentence's tokens. `compute`
   * gets the sentence (absolute offsets) but its result is cached by sentence
   * text and reused wherever that sentence appears later, so the result must
   * hold offsets relative to `sentence.start` and refer to tokens by index.
   */
  perSentenceWith<T>(key: string, compute: (sentence: Sentence) => T): T[] {
    const store = storeFor(key);
    return this.sentences.map((sentence) => cached(store, sentence, compute));
  }

  /**
   * As perSentence, for the one sentence at `index`: for analyses only some
   * sentences need (a rule that looks for facts only near a named person).
   */
  inSentence<T>(key: string, index: number, compute: (text: string) => T): T {
    return cached(storeFor(key), this.sentences[index], (sentence) => compute(sentence.text));
  }

  /** Computes a derived value once per document (e.g. person names shared by several rules). */
  derive<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}

// Per-sentence results of rule analyses and pattern scans (rules/lib/scan.ts),
// keyed by a rule's key. Bounded: a full store is emptied rather than tracked
// entry by entry.
const PER_KEY_LIMIT = 2000;
const sentenceResults = new Map<string, Map<string, unknown>>();

function storeFor(key: string): Map<string, unknown> {
  let store = sentenceResults.get(key);
  if (!store) sentenceResults.set(key, (store = new Map()));
  return store;
}

function cached<T>(store: Map<string, unknown>, sentence: Sentence, compute: (sentence: Sentence) => T): T {
  if (store.has(sentence.text)) return store.get(sentence.text) as T;
  const value = compute(sentence);
  if (store.size >= PER_KEY_LIMIT) store.clear();
  store.set(sentence.text, value);
  return value;
}

const otherCaches: Array<() => void> = [];

/** Lets a module with caches of its own (rules/lib/scan.ts) be emptied by clearParseCache. */
export function registerCache(clear: () => void): void {
  otherCaches.push(clear);
}

/** Empties every cache (tests and benchmarks measure cold checks with it). */
export function clearParseCache(): void {
  for (const clear of otherCaches) clear();
  parseCache.clear();
  sentenceResults.clear();
}
