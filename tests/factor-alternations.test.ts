// The rules' long phrase alternations are run in a factored form
// (rules/lib/factor-alternations.ts) for speed. A factored pattern must find
// exactly what the original finds: same places, same text, same groups.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factorAlternations } from '../rules/lib/factor-alternations';
import { normalise, splitSentences } from '../rules/document';
import type { PolicyInput } from '../rules/policy';
import brightwater from './fixtures/brightwater-policy.json';
import { RICH_POLICY, SAMPLE_POSTS } from './fixtures/samples';

const ROOT = resolve(import.meta.dirname, '..');

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
    { re: /ab|(?:x|a)c|ad/g, factored: 'ab|(?:x|a)c|ad', texts: ['ab ac xc ad'] },
    // A class or group first: left where it is.
    { re: /[ab]x|ay|az/g, factored: '[ab]x|a(?:y|z)', texts: ['ax ay az bx'] },
    // Word boundaries before the phrases: grouped by the first letter, sharing the boundary where all have it.
    { re: /\b\d{1,2}% off\b|\bdiscount(?:ed)?\b|\bdiscounts\b|free (?:coffee|cake)/gi, factored: '\\b\\d{1,2}% off\\b|\\bdiscount(?:(?:ed)?\\b|s\\b)|free (?:c(?:offee|ake))', texts: ['20% off, discounted and free cake', 'discounts galore'] },
    // Same first letter but one without the boundary: kept apart, in order.
    { re: /\bfoo|foo2|\bfab/g, factored: '\\bfoo|foo2|\\bfab', texts: ['foo2 xfoo2 fab'] },
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
  const built: RegExp[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => {
      const re = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      if (/[\\/]rules[\\/](?!lib[\\/]factor-alternations)/.test(new Error().stack?.split('\n').slice(2, 4).join('\n') ?? '')) built.push(re);
      return re;
    },
  });
  const texts: string[] = SAMPLE_POSTS.map((p) => p.text);
  const corpora = [resolve(ROOT, '../shared/corpus/dev.jsonl'), ...readdirSync(join(ROOT, 'tests/corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'tests/corpus', f))];
  for (const file of corpora.filter(existsSync)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  try {
    const { check } = await import('../rules/engine');
    const { resolvePolicy } = await import('../rules/policy');
    const policy = resolvePolicy(brightwater as PolicyInput, RICH_POLICY);
    for (const text of texts) check(text, { account: 'personal', platform: 'x', now: new Date('2027-04-20T12:00:00') }, policy);
  } finally {
    globalThis.RegExp = Original;
  }
  const sentences = texts.flatMap((t) => {
    const text = normalise(t).text;
    return splitSentences(text).map(([s, e]) => text.slice(s, e));
  });
  const patterns = [...new Map(built.map((re) => [`${re.source}/${re.flags}`, re])).values()];
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
    const { fastForm, factorPending } = await import('../rules/lib/factor-alternations');
    const re = /\b(?:dog walker|dog warden|door knocker)\b/gi;
    const first = fastForm(re);
    expect([re, factorAlternations(re)]).toContain(first);
    factorPending();
    expect(fastForm(re).source).toBe('\\b(?:do(?:g wa(?:lker|rden)|or knocker))\\b');
    expect(matches(fastForm(re), 'The Dog Warden met a door knocker.')).toEqual(matches(re, 'The Dog Warden met a door knocker.'));
  });
});
