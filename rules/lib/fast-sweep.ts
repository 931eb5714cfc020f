// A faster stand-in for compromise's `bulkMatch`, the step of its post-tagger
// that picks which of its ~570 tagging patterns to try on each sentence.
//
// Stock compromise walks every key of its pattern index (thousands of words
// and tags) for every sentence, concatenating arrays as it goes, and then
// filters the result three times. On a 280-character post that selection
// costs about a quarter of the whole parse, more than running the patterns.
// This version walks the sentence's own words and tags instead (a few dozen),
// then puts the hits back in the index's key order, so the patterns are tried
// in exactly the order compromise would try them and the tags come out the
// same (tests/fast-sweep.test.ts compares every corpus post against stock).

/** One compiled tagging pattern, as compromise's buildNet leaves it. */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant?: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface MatchResult {
  ptrs: number[][];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], match: NetMatch): MatchResult;
  };
}

/**
 * The pattern index turned into numbers once: every word or tag a pattern
 * asks about gets a number (the index's own keys first, in Object.keys
 * order), so that checking a sentence is array look-ups, not string hashing.
 */
interface Compiled {
  numberOf: Map<string, number>;
  keyCount: number;
  byKey: Candidate[][];
  always: Candidate[];
  /** Per number, the sentence ("stamp") that last had it; saves clearing between sentences. */
  presentIn: Int32Array;
  /** Per pattern text, the sentence that last tried it: compromise de-duplicates by the text. */
  triedIn: Int32Array;
  stamp: number;
}

interface Candidate {
  original: NetMatch;
  textId: number;
  needs: number[];
  wants: number[];
  ifNo: number[];
}

const compiledNets = new WeakMap<Net, Compiled>();

function compile(net: Net): Compiled {
  const numberOf = new Map<string, number>();
  const numberFor = (item: string) => {
    let n = numberOf.get(item);
    if (n === undefined) numberOf.set(item, (n = numberOf.size));
    return n;
  };
  const keys = Object.keys(net.hooks);
  keys.forEach(numberFor);
  const textIds = new Map<string, number>();
  const candidate = (original: NetMatch): Candidate => {
    let textId = textIds.get(original.match);
    if (textId === undefined) textIds.set(original.match, (textId = textIds.size));
    return { original, textId, needs: original.needs.map(numberFor), wants: original.wants.map(numberFor), ifNo: (original.ifNo ?? []).map(numberFor) };
  };
  const byKey = keys.map((key) => net.hooks[key].map(candidate));
  const always = net.always.map(candidate);
  return { numberOf, keyCount: keys.length, byKey, always, presentIn: new Int32Array(numberOf.size), triedIn: new Int32Array(textIds.size), stamp: 0 };
}

/** The patterns stock compromise would try on one sentence, in its order. */
function candidates(net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  let compiled = compiledNets.get(net);
  if (!compiled) compiledNets.set(net, (compiled = compile(net)));
  const { numberOf, keyCount, byKey, presentIn, triedIn } = compiled;
  if (compiled.stamp === 0x3fffffff) {
    compiled.presentIn.fill(0);
    compiled.triedIn.fill(0);
    compiled.stamp = 0;
  }
  const stamp = (compiled.stamp += 1);
  const presentKeys: number[] = [];
  for (const item of haves) {
    const n = numberOf.get(item);
    if (n === undefined) continue;
    presentIn[n] = stamp;
    if (n < keyCount) presentKeys.push(n);
  }
  presentKeys.sort((a, b) => a - b);
  const out: NetMatch[] = [];
  for (const key of presentKeys) {
    for (const candidate of byKey[key]) {
      // Stock compromise de-duplicates by the pattern's text, keeping the first.
      if (triedIn[candidate.textId] === stamp) continue;
      triedIn[candidate.textId] = stamp;
      if (fits(candidate, presentIn, stamp, termCount)) out.push(candidate.original);
    }
  }
  for (const candidate of compiled.always) if (termCount >= candidate.original.minWords) out.push(candidate.original);
  return out;
}

/** compromise's trim-down and too-small filters, in one pass. */
function fits(candidate: Candidate, presentIn: Int32Array, stamp: number, termCount: number): boolean {
  for (const need of candidate.needs) if (presentIn[need] !== stamp) return false;
  for (const no of candidate.ifNo) if (presentIn[no] === stamp) return false;
  if (candidate.wants.length > 0) {
    let found = 0;
    for (const want of candidate.wants) if (presentIn[want] === stamp) found += 1;
    // Written as stock compromise compares, so a missing minWant rejects the same way.
    if (!(found >= (candidate.original.minWant as number))) return false;
  }
  return termCount >= candidate.original.minWords;
}

/** Same signature and result as compromise's methods.one.bulkMatch. */
export function fastBulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}) {
  const docCache = methods.one.cacheDoc(document);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n += 1) {
    for (const candidate of candidates(net, docCache[n], document[n].length)) {
      const res = methods.one.match([document[n]], candidate);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Record<string, unknown> = { ...candidate, pointer: ptr };
        if (candidate.unTag !== undefined) todo.unTag = candidate.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
