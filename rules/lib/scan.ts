// Pattern scans shared by the rules, sentence by sentence through the
// document's caches: after a one-character edit only the edited sentence is
// scanned again. A match never crosses a sentence boundary (a sentence ends
// at . ! ? followed by space, or at a line break), which suits every pattern
// scanned this way: a phrase, a number, a name, an address.
import type { PostDocument } from '../document';

/** A match with its absolute offset into `doc.text`. */
export type Match = RegExpMatchArray & { index: number };

/**
 * Every match of a global regex, absolute offsets, found and cached sentence
 * by sentence (as `doc.matchAll`). The cache is one table per sentence text
 * keyed by the regex object, so a check looks each sentence up once rather
 * than once per pattern: with a hundred patterns that look-up was most of the
 * cost of a re-check.
 */
export function scan(doc: PostDocument, re: RegExp): Match[] {
  if (!re.global) throw new Error(`scan needs a global regex: /${re.source}/${re.flags}`);
  const tables = doc.derive('scan:tables', () => doc.perSentence('scan:tables', () => new Map<RegExp, RegExpMatchArray[]>()));
  const out: Match[] = [];
  doc.sentences.forEach((sentence, i) => {
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
function matchesIn(re: RegExp, text: string): RegExpMatchArray[] {
  if (re.sticky) return [...text.matchAll(re)];
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
    .perSentence(keyOf(re), (text) => {
      re.lastIndex = 0;
      const hit = re.test(text);
      re.lastIndex = 0;
      return hit;
    })
    .includes(true);
}
