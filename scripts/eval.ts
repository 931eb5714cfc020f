// npm run eval [-- --corpus FILE --policy FILE --errors [--category CATEGORY]]
// Scores the engine on the labelled dev corpus: precision, recall and F1 per
// category, and the share of clean posts that raise any finding.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readCorpus, readPolicy, score } from './corpus';
import { CATEGORIES } from '../rules/types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl') },
    policy: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus/policy.json') },
    errors: { type: 'boolean', default: false },
    category: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const posts = readCorpus(values.corpus!);
const result = score(posts, readPolicy(values.policy!));

if (values.json) {
  console.log(JSON.stringify({ categories: result.categories, falseAlarmRate: result.falseAlarmRate, clean: result.clean, falseAlarms: result.falseAlarms }, null, 2));
} else {
  const pct = (n: number) => n.toFixed(3);
  console.log(`Corpus: ${values.corpus} (${posts.length} posts, ${result.clean} clean)`);
  console.log('category        precision  recall  F1     tp  fp  fn');
  for (const c of CATEGORIES) {
    const s = result.categories[c];
    console.log(`${c.padEnd(15)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
  }
  const macro = CATEGORIES.reduce((sum, c) => sum + result.categories[c].f1, 0) / CATEGORIES.length;
  console.log(`macro F1 ${pct(macro)}; min F1 ${pct(Math.min(...CATEGORIES.map((c) => result.categories[c].f1)))}`);
  console.log(`false alarms on clean posts: ${result.falseAlarms}/${result.clean} = ${(100 * result.falseAlarmRate).toFixed(1)}%`);
}

if (values.errors || values.category) {
  const only = values.category ?? positionals[0];
  for (const { post, found, findings } of result.results) {
    for (const c of CATEGORIES) {
      if (only && c !== only) continue;
      const expected = post.expect.includes(c);
      const got = found.includes(c);
      if (expected === got) continue;
      const why = findings.filter((f) => f.category === c).map((f) => `${f.messageId}:"${f.match}"`).join(' ');
      console.log(`${expected ? 'MISS' : 'FALSE'} ${c} ${post.id} [${post.account}] ${why}\n    ${post.text.replace(/\n/g, ' / ').slice(0, 300)}`);
    }
  }
}
