import { readFileSync } from 'node:fs';
import { PostDocument, clearParseCache } from '../rules/document';
import { RULES } from '../rules/index';
import { BRIGHTWATER_POLICY } from './_abuse_policy';
const posts = readFileSync('/work/shared/corpus/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const ctx: any = { account: 'personal', now: new Date(), policy: BRIGHTWATER_POLICY, inElectionPeriod: false, report() {} };
for (const rule of RULES) {
  // warm
  for (const p of posts) rule.check(new PostDocument(p), ctx);
}
clearParseCache();
let tParse = 0; const docs: PostDocument[] = [];
for (let r = 0; r < 5; r++) { clearParseCache(); const t0 = performance.now(); for (const p of posts) docs.push(new PostDocument(p)); tParse += performance.now() - t0; }
console.log('parse per post ms', (tParse / (5 * posts.length)).toFixed(3));
for (const rule of RULES) {
  const t0 = performance.now();
  for (const d of docs) rule.check(new PostDocument(d.original), ctx);
  const t1 = performance.now();
  // subtract construction (cached parse)
  const t2 = performance.now(); for (const d of docs) new PostDocument(d.original); const t3 = performance.now();
  console.log(rule.meta.id.padEnd(15), (((t1 - t0) - (t3 - t2)) / docs.length).toFixed(3), 'ms/post');
}
