// The prefilter (rules/lib/prefilter.ts) skips a pattern on a sentence when
// no word of the sentence starts the way every match must. Skipping a pattern
// that would have matched loses a finding, so: the word starts it derives, and
// on every rule pattern and every sentence we have, no skipped pattern matches.
import { describe, expect, it } from 'vitest';
import { finishDeferredWork } from '../rules/lib/deferred-work';
import { mayMatch, requiredPieces, startPositions, wordStarts } from '../rules/lib/prefilter';
import { matchesAt } from '../rules/lib/scan';
import { rulePatternsAndSentences } from './fixtures/rule-patterns';

describe('wordStarts', () => {
  const cases: Array<{ re: RegExp; starts: string[] | null }> = [
    { re: /\bfraudsters?\b/i, starts: ['fra'] },
    // Short words are starts of their own; what follows them is not a letter.
    { re: /\b(?:i|we)(?:'ll| will)/i, starts: ['i', 'we'] },
    { re: /(?<![\p{L}\p{N}_])(?:Labour|Tories|the\s+greens?)/u, starts: ['lab', 'tor', 'the'] },
    { re: /\b(?:kept|keeping|withh[eo]ld(?:ing|s)?)\s{1,3}/i, starts: ['kep', 'kee', 'wit'] },
    // An optional word: either it or the next one starts the match.
    { re: /\b(?:a\s)?big/, starts: ['a', 'big'] },
    // Digits after a boundary are word starts too.
    { re: /\b\d{3}/, starts: [...'0123456789'] },
    // A match that may start mid-word, with a space, or with any word character: always run.
    { re: /\d{3}/, starts: null },
    { re: /fraud/, starts: null },
    { re: /(?<![\w'-])(my|our|\w{1,30}'s)\s/, starts: null },
    { re: /(?:^|\s)call/, starts: null },
  ];
  it.each(cases)('$re', ({ re, starts }) => {
    const got = wordStarts(re);
    expect(got && [...got].sort()).toEqual(starts && [...starts].sort());
  });
});

describe('requiredPieces', () => {
  const cases: Array<{ re: RegExp; pieces: string[] | null }> = [
    { re: /\bPRIVATE\b/, pieces: ['private'] },
    { re: /(?<![\w.%+@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9]/g, pieces: ['@'] },
    { re: /#[\p{L}\p{N}_]{2,80}/gu, pieces: ['#'] },
    // Every alternative must give a piece: here the literal words.
    { re: /\b(?:affiliate|referral)\s{1,3}links?|\bcommission\b/gi, pieces: ['affiliate', 'referral', 'commission'] },
    // Only single letters or nothing telling: no piece.
    { re: /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g, pieces: null },
    { re: /\b(?:a|i)\b/g, pieces: null },
    // An optional part is not required.
    { re: /\b(?:strictly\s)?confidential/gi, pieces: ['confidential'] },
  ];
  it.each(cases)('$re', ({ re, pieces }) => {
    const got = requiredPieces(re);
    expect(got && [...got].sort()).toEqual(pieces && [...pieces].sort());
  });
});

describe('mayMatch', () => {
  it('skips a sentence without the word start, runs one with it', () => {
    finishDeferredWork();
    const re = /\bfly-?tipp(?:ed|ing|ers?)\b/gi;
    mayMatch(re, 'warm-up');
    finishDeferredWork();
    expect(mayMatch(re, 'Bins go out on Monday.')).toBe(false);
    expect(mayMatch(re, 'Fly-tipping on Mill Lane again!')).toBe(true);
    // Case and odd letters: the Kelvin sign matches k under /iu, so it indexes as k.
    const k = /\bkerb\b/giu;
    mayMatch(k, 'warm-up');
    finishDeferredWork();
    expect(mayMatch(k, '\u212Aerb collapsed')).toBe(true);
  });
});

describe('no rule pattern is skipped on a sentence it matches', async () => {
  const { patterns, sentences } = await rulePatternsAndSentences();
  for (const re of patterns) mayMatch(re, 'warm-up');
  finishDeferredWork();
  const filtered = patterns.filter((re) => wordStarts(re) !== null || requiredPieces(re) !== null);

  it('filters most of the rule patterns', () => {
    expect(filtered.length).toBeGreaterThan(patterns.length / 2);
  });

  it.each(filtered.map((re) => ({ re, name: re.source.slice(0, 60) })))('$name', ({ re }) => {
    const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    const missed = sentences.filter((s) => probe.test(s) && !mayMatch(re, s));
    expect(missed).toEqual([]);
  });
});

// Long patterns run only at the words where a match may start (rules/lib/scan.ts):
// on every rule pattern with word starts and every sentence, the same matches,
// at the same offsets with the same groups, as a scan of the whole sentence.
describe('running a pattern only where a match may start finds every match', async () => {
  const { patterns, sentences } = await rulePatternsAndSentences();
  for (const re of patterns) mayMatch(re, 'warm-up');
  finishDeferredWork();
  const anchored = patterns.filter((re) => startPositions(re, 'warm-up') !== null && !re.sticky);

  it('covers most rule patterns', () => {
    expect(anchored.length).toBeGreaterThan(patterns.length / 3);
  });

  it('skips the words where no match starts', () => {
    const re = /\b(?:fraud|scam)\w*/g;
    mayMatch(re, 'warm-up');
    finishDeferredWork();
    expect(startPositions(re, 'A scam, a fraudster and a scammer.')).toEqual([2, 10, 26]);
    expect(startPositions(re, 'Nothing here.')).toEqual([]);
    // An alternative that opens with a mark, not a word: the mark's offsets join the words'.
    const owned = /(?:\b(?:her|his)|['’]s)\sclaim/g;
    mayMatch(owned, 'warm-up');
    finishDeferredWork();
    expect(startPositions(owned, "His claim and Ann's claim")).toEqual([0, 17]);
    // One alternative may open anywhere: no positions.
    const loose = /\bclaim|\d{2}/g;
    mayMatch(loose, 'warm-up');
    finishDeferredWork();
    expect(startPositions(loose, 'claim 12')).toBeNull();
  });

  it.each(anchored.map((re) => ({ re, name: re.source.slice(0, 60) })))('$name', ({ re }) => {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, match: [...m], groups: m.groups }));
    const differing = sentences.filter((s) => {
      const at = startPositions(re, s);
      return at !== null && JSON.stringify(shape(matchesAt(global, s, at))) !== JSON.stringify(shape([...s.matchAll(global)]));
    });
    expect(differing).toEqual([]);
  });
});
