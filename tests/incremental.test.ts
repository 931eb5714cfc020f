// Re-checking after an edit reuses the analysis of unchanged sentences
// (compromise's tags, pattern matches, per-sentence rule work). Whatever is
// reused, the findings must be exactly those of a check from scratch: this
// compares check() with every cache cleared against check() right after a
// check of a different edit of the same post, which leaves the caches warm
// with all the sentences the two share.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../rules/engine';
import { clearParseCache } from '../rules/document';
import { resolvePolicy, type Policy, type PolicyInput } from '../rules/policy';
import type { CheckContext, Finding } from '../rules/types';
import brightwater from './fixtures/brightwater-policy.json';
import { RICH_POLICY, SAMPLE_TEXTS } from './fixtures/samples';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');
const BRIGHTWATER = resolvePolicy(brightwater as PolicyInput);
const RICH = resolvePolicy(RICH_POLICY);

function posts(): string[] {
  if (!existsSync(CORPUS)) return [...SAMPLE_TEXTS];
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** One-character edits spread over the post: an insertion and a deletion at each of a few places. */
function edits(text: string): string[] {
  const out: string[] = [];
  const places = [0.05, 0.5, 0.95].map((f) => Math.min(text.length - 1, Math.floor(text.length * f)));
  for (const [k, at] of places.entries()) {
    // Never split a surrogate pair: that would be a different kind of edit (the document repairs it).
    const i = /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at;
    // A letter changes a word; a space or a full stop and line break move sentence boundaries.
    out.push(text.slice(0, i) + ['x', ' ', '.\n'][k] + text.slice(i));
    if (k !== 1) out.push(text.slice(0, i) + text.slice(i + 1));
  }
  return [...new Set(out)].filter((t) => t !== text);
}

const cold = (text: string, context: CheckContext, policy: Policy): Finding[] => {
  clearParseCache();
  return check(text, context, policy);
};

/** A check with the caches warm from `before` (another edit of the same post). */
const warm = (before: string, text: string, context: CheckContext, policy: Policy): Finding[] => {
  clearParseCache();
  check(before, context, policy);
  return check(text, context, policy);
};

const SETTINGS: Array<{ name: string; context: CheckContext; policy: Policy }> = [
  { name: 'personal account, Brightwater', context: { account: 'personal', platform: 'facebook', now: new Date('2026-06-01T12:00:00') }, policy: BRIGHTWATER },
  // Inside RICH's election period, so the election-time findings (councillors, candidates) are compared too.
  { name: 'council account, election period', context: { account: 'council', platform: 'x', now: new Date('2027-04-20T12:00:00') }, policy: RICH },
];

describe('incremental re-checks give the same findings as a check from scratch', () => {
  const all = posts();

  // One test per post: a busy machine then slows each test a little instead of timing out one big one.
  for (const { name, context, policy } of SETTINGS) {
    describe(name, () => {
      for (const [n, text] of all.entries()) {
        it(`post ${n + 1} and its one-character edits: ${text.slice(0, 50)}`, () => {
          const variants = edits(text);
          expect(variants.length, 'edits made').toBeGreaterThan(0);
          // The post itself, warm from its first edit; each edit, warm from the post or the edit before it.
          expect(warm(variants[0], text, context, policy), text).toEqual(cold(text, context, policy));
          variants.forEach((variant, i) => {
            const before = i === 0 ? text : variants[i - 1];
            expect(warm(before, variant, context, policy), variant).toEqual(cold(variant, context, policy));
          });
        });
      }
    });
  }

  it('a long post made of many posts, edited in the middle', () => {
    const { context, policy } = SETTINGS[0];
    const long = all.slice(0, 60).join('\n\n');
    const mid = Math.floor(long.length / 2);
    const variants = [long.slice(0, mid) + 'q' + long.slice(mid), long.slice(0, mid) + long.slice(mid + 1), long.slice(0, mid) + '.\n' + long.slice(mid)];
    for (const variant of variants) expect(warm(long, variant, context, policy)).toEqual(cold(variant, context, policy));
    // Caches warm from other posts too: check every post, then the long one again.
    clearParseCache();
    for (const text of all.slice(0, 60)) check(text, context, policy);
    const fromPosts = check(long, context, policy);
    expect(fromPosts).toEqual(cold(long, context, policy));
  });
});
