// The rules' long phrase alternations are run in a factored form
// (rules/lib/factor-alternations.ts) for speed. A factored pattern must find
// exactly what the original finds: same places, same text, same groups.
import { describe, expect, it } from 'vitest';
import { factorAlternations } from '../rules/lib/factor-alternations';
import { rulePatternsAndSentences } from './fixtures/rule-patterns';

/** Every match as [index, groups...], the named groups included. */
function matches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (const m of text.matchAll(g)) out.push(JSON.stringify([m.index, ...m, m.groups ?? null]));
  return out;
}

describe('factorAlternations', () => {
  const cases: Array<{ re: RegExp; factored: string; texts: string[] }> = [
    { re: /\b(?:rough sleepers|rotten to the core|rough justice)\b/g, factored: '\\b(?:ro(?:ugh (?:sleepers|justice)|tten to the core))\\b', texts: ['rough justice and rough sleepers', 'rotten to the core'] },
    // Under /i "Labour" and "labour" share a branch; the first spelling is kept (both match either way).
    { re: /(?:Labour|lib dems|labour party)/gi, factored: '(?:L(?:abour(?:| party)|ib dems))', texts: ['LABOUR PARTY and Lib Dems', 'labour'] },
    // A shorter phrase listed first still wins where both match: order within a branch is kept.
    { re: /ab|abc/g, factored: 'ab(?:|c)', texts: ['abc ab'] },
    // A capturing group is never moved; "ad" may pass "(b)c" (they cannot start at one place), so group numbers hold.
    { re: /ab|(b)c|ad/g, factored: 'a(?:b|d)|(b)c', texts: ['ab bc ad'] },
    // But not past an alternative that could start where it does: "[ab]c" may start with "a".
    { re: /ab|[ab]c|ad/g, factored: 'ab|[ab]c|ad', texts: ['ab ac bc ad'] },
    // A leading group is spread over its alternatives first: (?:x|a)c is tried exactly as xc|ac.
    { re: /ab|(?:x|a)c|ad/g, factored: 'a(?:b|c|d)|xc', texts: ['ab ac xc ad'] },
    // An optional one as both ways, taken first: (?:child )?abusers? as child abusers?|abusers?.
    { re: /\b(?:(?:child )?abusers?|a fraud)\b/g, factored: '\\b(?:child abusers?|a(?:busers?| fraud))\\b', texts: ['child abuser, abusers and a fraud'] },
    // Not when what follows the group holds a capture: each copy would be a new group and renumber the rest.
    { re: /\b(?:(?:dm|pm)(?: (me|her))?|(?:give|drop) (me|her) a shout) for/gi, factored: '\\b(?:(?:dm|pm)(?: (me|her))?|(?:give|drop) (me|her) a shout) for', texts: ['DM me for a quote, give her a shout for prices, pm for dates'] },
    // A class or group first: left where it is.
    { re: /[ab]x|ay|az/g, factored: '[ab]x|a(?:y|z)', texts: ['ax ay az bx'] },
    // Word boundaries before the phrases: grouped by the first letter, sharing the boundary where all have it.
    { re: /\b\d{1,2}% off\b|\bdiscount(?:ed)?\b|\bdiscounts\b|free (?:coffee|cake)/gi, factored: '\\b\\d{1,2}% off\\b|\\bdiscount(?:ed\\b|\\b|s\\b)|free (?:c(?:offee|ake))', texts: ['20% off, discounted and free cake', 'discounts galore'] },
    // Same first letter but one without the boundary: kept apart, in order.
    { re: /\bfoo|foo2|\bfab/g, factored: '\\bfoo|foo2|\\bfab', texts: ['foo2 xfoo2 fab'] },
    // Under i and u together, a \b next to a certain word character becomes a look-around (ten times faster in V8).
    { re: /\b(?:fraud|theft)s?\b|\b\d{2}\b|\b(?:a|\$)/giu, factored: '(?<!\\w)frauds?(?!\\w)|(?<!\\w)thefts?(?!\\w)|(?<!\\w)\\d{2}(?!\\w)|(?<!\\w)a|\\b\\$', texts: ['Fraud, thefts, 12 and $5 or a ſ-fraud fraudſ \u212Aills'] },
    // Nested groups are factored inside, quantifiers kept.
    { re: /x(?:cat|car|dog){1,2}/g, factored: 'x(?:ca(?:t|r)|dog){1,2}', texts: ['xcatdog xcar xdogcat'] },
    // Named groups keep their names; astral characters survive in unicode mode.
    { re: /(?<kind>fraud|fraudster)|🎉|🎊/gu, factored: '(?<kind>fraud(?:|ster))|🎉|🎊', texts: ['fraudster 🎉🎊 fraud'] },
  ];
  it.each(cases)('$re', ({ re, factored, texts }) => {
    const out = factorAlternations(re);
    expect(out.source).toBe(factored);
    expect(out.flags).toBe(re.flags);
    for (const text of texts) expect(matches(out, text)).toEqual(matches(re, text));
  });

  it('returns the pattern itself when there is nothing to factor, and caches', () => {
    const re = /\bplain\b/g;
    expect(factorAlternations(re)).toBe(re);
    const long = /cat|car/g;
    expect(factorAlternations(long)).toBe(factorAlternations(long));
  });
});

// Every pattern the rules build, caught as it is constructed, against every sentence we have.
describe('every rule pattern, factored, finds what it found before', async () => {
  const { patterns, sentences } = await rulePatternsAndSentences();
  const factored = patterns.filter((re) => factorAlternations(re) !== re);

  it('factors the long phrase lists', () => {
    expect(factored.length).toBeGreaterThan(50);
  });

  it.each(factored.map((re) => ({ re, name: re.source.slice(0, 60) })))('$name', ({ re }) => {
    const out = factorAlternations(re);
    for (const sentence of sentences) {
      const before = matches(re, sentence);
      const after = matches(out, sentence);
      if (before.join() !== after.join()) expect({ sentence, after }).toEqual({ sentence, after: before });
    }
  });
});

describe('fastForm', () => {
  it('gives the factored form once made, and the pattern itself never changes what is found', async () => {
    const { fastForm } = await import('../rules/lib/factor-alternations');
    const { finishDeferredWork } = await import('../rules/lib/deferred-work');
    const re = /\b(?:dog walker|dog warden|door knocker)\b/gi;
    const first = fastForm(re);
    expect([re, factorAlternations(re)]).toContain(first);
    finishDeferredWork();
    expect(fastForm(re).source).toBe('\\b(?:do(?:g wa(?:lker|rden)|or knocker))\\b');
    expect(matches(fastForm(re), 'The Dog Warden met a door knocker.')).toEqual(matches(re, 'The Dog Warden met a door knocker.'));
  });
});
