// Quality floors on labelled corpora: the dev corpus from ../shared and the
// red-team corpora in tests/corpus (other councils, other writers). A rule
// change that floods users with false alarms, or stops catching a category,
// fails here before it ships.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, readPolicy, score } from '../scripts/corpus';
import { CATEGORIES } from '../rules/types';

const DEV = resolve(import.meta.dirname, '../../shared/corpus');
const OWN = resolve(import.meta.dirname, 'corpus');

const corpora: Array<{ name: string; posts: string; policy: string; minF1: number }> = [];
if (existsSync(join(DEV, 'dev.jsonl'))) corpora.push({ name: 'dev', posts: join(DEV, 'dev.jsonl'), policy: join(DEV, 'policy.json'), minF1: 0.9 });
for (const file of readdirSync(OWN).filter((f) => f.endsWith('.jsonl'))) {
  const name = file.replace(/\.jsonl$/, '');
  corpora.push({ name, posts: join(OWN, file), policy: join(OWN, `${name}-policy.json`), minF1: 0.8 });
}

describe.each(corpora)('corpus $name', ({ posts, policy, minF1 }) => {
  const result = score(readCorpus(posts), readPolicy(policy));
  it('raises a finding on at most 3% of clean posts', () => {
    expect(result.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
  it.each([...CATEGORIES])('%s: precision at least 0.9 and F1 at least the floor', (category) => {
    const s = result.categories[category];
    expect(s.precision, `precision (tp ${s.tp}, fp ${s.fp})`).toBeGreaterThanOrEqual(0.9);
    expect(s.f1, `F1 (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`).toBeGreaterThanOrEqual(minF1);
  });
});
