// Pattern scans shared by the rules, sentence by sentence through the
// document's caches: after a one-character edit only the edited sentence is
// scanned again. A match never crosses a sentence boundary (a sentence ends
// at . ! ? followed by space, or at a line break), which suits every pattern
// scanned this way: a phrase, a number, a name, an address.
import { registerCache, type PostDocument } from '../document';
import { fastFormIfReady } from './factor-alternations';
import { indexText, mayMatchIndexed, prefilterIfReady, startPositionsIndexed, type IndexedText, type PatternFilter } from './prefilter';

/** A match with its absolute offset into `doc.text`. */
export type Match = RegExpMatchArray & { index: number };

/**
 * Every match of a global regex, absolute offsets, found and cached sentence
 * by sentence. The cache is one table per sentence text
 * keyed by the regex object, so a check looks each sentence up once rather
 * than once per pattern: with a hundred patterns that look-up was most of the
 * cost of a re-check.
 */
export function scan(doc: PostDocument, re: RegExp): Match[] {
  if (!re.global) throw new Error(`scan needs a global regex: /${re.source}/${re.flags}`);
  const tables = doc.derive('scan:tables', () => doc.perSentence('scan:tables', () => new Map<RegExp, RegExpMatchArray[]>()));
  const plan = planOf(re);
  // Each sentence's prefilter index, looked up once per check rather than once per scan of it.
  const indexes = plan.filter ? doc.derive('scan:indexes', () => doc.sentences.map((sentence) => indexText(sentence.text))) : null;
  const out: Match[] = [];
  doc.sentences.forEach((sentence, i) => {
    // Most patterns are ruled out by the prefilter in most sentences (some
    // 780 of 900 pattern-sentence pairs in a 280-character post): rule them
    // out before the table look-up, and leave the table for real runs.
    if (indexes && ruledOut(plan, re, sentence.text, indexes[i])) return;
    const table = tables[i];
    let found = table.get(re);
    if (!found) table.set(re, (found = matchesIn(re, sentence.text)));
    for (const rel of found) {
      const m = [...rel] as unknown as Match;
      m.index = rel.index! + sentence.start;
      m.input = doc.text;
      m.groups = rel.groups;
      out.push(m);
    }
  });
  return out;
}

/**
 * `[...text.matchAll(re)]` without matchAll's copy of the regex per call
 * (a check runs every pattern once per sentence, so the copies add up).
 */
function matchesIn(pattern: RegExp, text: string, anchorAlways = false): RegExpMatchArray[] {
  const found = fastMatches(planOf(pattern), text, anchorAlways);
  if (VERIFY) verifyMatches(pattern, text, found);
  return found;
}

/**
 * How one pattern is run, looked up once per scan rather than piece by piece
 * (a check makes some 800 scans of a sentence, so each look-up saved counts):
 * its prefilter, its factored form, whether to run it anchored, and the
 * sticky copy for that. Until both analyses are ready (lib/deferred-work.ts)
 * the plan is remade on each use, so it picks them up when they are.
 */
interface Plan {
  filter: PatternFilter | undefined;
  /** The pattern to execute: factored, or the pattern itself. */
  re: RegExp;
  /** It opens with a look-behind: run it only where a match may start (see anchoredRun). */
  anchored: boolean;
  /** The sticky copy of `re`, once an anchored run has needed it. */
  sticky: RegExp | undefined;
  complete: boolean;
}

const plans = new WeakMap<RegExp, Plan>();

function planOf(pattern: RegExp): Plan {
  const known = plans.get(pattern);
  if (known?.complete) return known;
  const filter = prefilterIfReady(pattern);
  const factored = fastFormIfReady(pattern);
  const plan: Plan = { filter, re: factored ?? pattern, anchored: anchoredRun(pattern), sticky: undefined, complete: filter !== undefined && factored !== undefined };
  plans.set(pattern, plan);
  return plan;
}

function stickyOf(plan: Plan): RegExp {
  return (plan.sticky ??= stickyCopy(plan.re));
}

/** The offsets where a match may start, when the plan says to run anchored and the prefilter can tell; else null. */
function anchors(plan: Plan, index: IndexedText | undefined, text: string, anchorAlways: boolean): number[] | null {
  if (plan.re.sticky || !(plan.anchored || anchorAlways) || !plan.filter) return null;
  return startPositionsIndexed(plan.filter, index ?? indexText(text), text);
}

/** The prefilter says `re` cannot match `text` (checked against the plain regex under POSTCHECK_VERIFY_SCANS). */
function ruledOut(plan: Plan, re: RegExp, text: string, index?: IndexedText): boolean {
  if (!plan.filter || mayMatchIndexed(plan.filter, index ?? indexText(text))) return false;
  if (VERIFY) verifyMatches(re, text, []);
  return true;
}

function fastMatches(plan: Plan, text: string, anchorAlways: boolean): RegExpMatchArray[] {
  const index = plan.filter ? indexText(text) : undefined;
  if (index && !mayMatchIndexed(plan.filter!, index)) return [];
  // The same pattern with its phrase lists factored: identical matches, found faster.
  const re = plan.re;
  if (re.sticky) return [...text.matchAll(re)];
  const at = anchors(plan, index, text, anchorAlways);
  if (at) return runAt(stickyOf(plan), text, at);
  const out: RegExpMatchArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match: step over one character (a whole surrogate pair in unicode mode), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

/**
 * `[...text.matchAll(re)]` for a rule that runs a long phrase list on text of
 * its own (not a sentence of the document): prefiltered, factored, and run
 * only at the words and marks where a match may start. Same matches.
 */
export function matchesWhereTheyMayStart(re: RegExp, text: string): RegExpMatchArray[] {
  return matchesIn(re, text, true);
}

function testIn(pattern: RegExp, text: string): boolean {
  const hit = fastTest(planOf(pattern), text);
  if (VERIFY) verifyTest(pattern, text, hit);
  return hit;
}

function fastTest(plan: Plan, text: string): boolean {
  const index = plan.filter ? indexText(text) : undefined;
  if (index && !mayMatchIndexed(plan.filter!, index)) return false;
  const re = plan.re;
  const at = anchors(plan, index, text, false);
  if (at) return runAt(stickyOf(plan), text, at, true).length > 0;
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/**
 * A pattern that opens with a look-behind (`(?<![\p{L}\p{N}_])Labour|...`)
 * makes the regex engine test the look-behind at every offset of the text
 * before it can try a first letter: several microseconds a sentence for the
 * long phrase lists. Run such patterns anchored at the words where a match may
 * start instead (prefilter's startPositions): the same matches, since no match
 * can start anywhere else, three to five times faster. Patterns that open with
 * a letter or `\b` are left to the engine, whose own search for the first
 * letter is as quick or quicker.
 */
function anchoredRun(re: RegExp): boolean {
  return re.source.startsWith('(?<!') || re.source.startsWith('(?<=');
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** `re` as a sticky, non-global regex (cached), to try a match at one offset. */
function stickyCopy(re: RegExp): RegExp {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  return sticky;
}

/** The matches of `re` that start at one of the offsets `at` (ascending), as a global scan finds them. Exported for its tests. */
export function matchesAt(re: RegExp, text: string, at: readonly number[], firstOnly = false): RegExpMatchArray[] {
  return runAt(stickyCopy(re), text, at, firstOnly);
}

/** matchesAt with the sticky copy in hand. */
function runAt(sticky: RegExp, text: string, at: readonly number[], firstOnly = false): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  let from = 0;
  for (const p of at) {
    // A global scan resumes after the previous match: a start inside it is not tried.
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    if (firstOnly) break;
    from = m[0] === '' ? p + 1 : p + m[0].length;
  }
  sticky.lastIndex = 0;
  return out;
}

// The test suite sets POSTCHECK_VERIFY_SCANS=1 (vitest.config.ts): then every scan is also run as the
// plain regex and any difference throws. The prefilter, the factoring and the anchored runs are each
// proven on the corpus sentences in their own tests; this extends the proof to every text any test
// checks, whichever of them had its analysis ready at that moment (lib/deferred-work.ts).
const VERIFY = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.POSTCHECK_VERIFY_SCANS === '1';

function plainCopy(pattern: RegExp, global: boolean): RegExp {
  const flags = pattern.flags.replace('g', '');
  return new RegExp(pattern.source, global ? `${flags}g` : flags);
}

function shapeOf(matches: RegExpMatchArray[]): string {
  return JSON.stringify(matches.map((m) => [m.index, [...m], m.groups]));
}

function verifyMatches(pattern: RegExp, text: string, found: RegExpMatchArray[]): void {
  const expected = [...text.matchAll(plainCopy(pattern, true))];
  if (shapeOf(found) !== shapeOf(expected)) {
    // The engine skips a rule that throws; say it out loud too, so a test shows why findings went missing.
    console.error(`scan differs from the plain regex /${pattern.source.slice(0, 200)}/${pattern.flags} on ${JSON.stringify(text)}`);
    throw new Error(`scan differs from the plain regex /${pattern.source.slice(0, 200)}/${pattern.flags} on ${JSON.stringify(text)}`);
  }
}

function verifyTest(pattern: RegExp, text: string, hit: boolean): void {
  if (hit !== plainCopy(pattern, false).test(text)) {
    console.error(`scan test differs from the plain regex /${pattern.source.slice(0, 200)}/${pattern.flags} on ${JSON.stringify(text)}`);
    throw new Error(`scan test differs from the plain regex /${pattern.source.slice(0, 200)}/${pattern.flags} on ${JSON.stringify(text)}`);
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

const ids = new WeakMap<RegExp, string>();
let nextId = 0;

/** A cache key for a regex object (policy-derived regexes are separate objects per policy). */
function keyOf(re: RegExp): string {
  let id = ids.get(re);
  if (id === undefined) ids.set(re, (id = `scan:test:${nextId++}`));
  return id;
}

/** Whether any sentence of the post matches `re` (cached per sentence). */
export function anySentence(doc: PostDocument, re: RegExp): boolean {
  return doc
    .perSentence(keyOf(re), (text) => testIn(re, text))
    .includes(true);
}

/**
 * Blocks of a text that no phrase pattern runs across: the text is cut after
 * sentence-final punctuation followed by a space. Used where a rule scans a
 * reshaped copy of the text (abuse joins line breaks on purpose, so its
 * phrases may span lines, but never a full stop). Each block carries a table
 * of results per regex, shared by every check that meets the same block text,
 * so after an edit only the edited block is scanned again.
 */
export interface Block {
  start: number;
  text: string;
  matches: Map<RegExp, Array<[number, number]>>;
  tests: Map<RegExp, boolean>;
}

const BLOCK_LIMIT = 4000;
const blockTables = new Map<string, Block>();
registerCache(() => blockTables.clear());

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const push = (start: number, end: number) => {
    const body = text.slice(start, end);
    let table = blockTables.get(body);
    if (!table) {
      if (blockTables.size >= BLOCK_LIMIT) blockTables.clear();
      blockTables.set(body, (table = { start: 0, text: body, matches: new Map(), tests: new Map() }));
    }
    blocks.push({ ...table, start });
  };
  let start = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const ch = text[i];
    if ((ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') && text[i + 1] === ' ') {
      push(start, i + 1);
      start = i + 2;
      i++;
    }
  }
  if (start < text.length || !blocks.length) push(start, text.length);
  return blocks;
}

/** [index, length] of every match of a global regex, block by block, cached by block text across checks. */
export function blockMatches(blocks: Block[], re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const plan = planOf(re);
  for (const block of blocks) {
    if (ruledOut(plan, re, block.text)) continue;
    let found = block.matches.get(re);
    if (!found) block.matches.set(re, (found = matchesIn(re, block.text).map((m) => [m.index!, m[0].length] as [number, number])));
    for (const [index, length] of found) out.push([block.start + index, length]);
  }
  return out;
}

/** Whether `re` matches inside any block (cached per block text). */
export function blockTest(blocks: Block[], re: RegExp): boolean {
  return blocks.some((block) => {
    let hit = block.tests.get(re);
    if (hit === undefined) block.tests.set(re, (hit = testIn(re, block.text)));
    return hit;
  });
}
