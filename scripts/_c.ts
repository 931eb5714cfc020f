// Compare per-sentence parse vs batch parse tags over the corpus.
import { readFileSync } from 'node:fs';
import { PostDocument, clearParseCache, splitSentences } from '../rules/document';
const posts = readFileSync('../shared/corpus/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
let diff = 0, total = 0;
for (const p of posts) {
  clearParseCache();
  const batch = new PostDocument(p);
  const single: string[] = [];
  for (const s of batch.sentences) { clearParseCache(); const d = new PostDocument(s.text); single.push(d.tokens.map(t => t.text + ':' + [...t.tags].sort().join('|')).join(' ')); }
  batch.sentences.forEach((s, i) => { total++; const b = s.tokens.map(t => t.text + ':' + [...t.tags].sort().join('|')).join(' '); if (b !== single[i]) { diff++; if (diff < 4) console.log('DIFF\n', b, '\n', single[i]); } });
}
console.log('sentences', total, 'different', diff);
