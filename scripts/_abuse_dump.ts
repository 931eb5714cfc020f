import { readFileSync } from 'node:fs';
import { check } from '/work/main/rules/engine';
import { readPolicy } from '/work/main/scripts/corpus';
import abuse from '/work/main/rules/abuse';
const policy = readPolicy('/work/shared/corpus/policy.json');
const lines = process.argv[2] ? readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean) : [];
for (const line of lines) {
  const post = line.startsWith('{') ? JSON.parse(line) : { id: '-', account: 'personal', text: line, expect: [] };
  const f = check(post.text, { account: post.account }, policy, { rules: [abuse] });
  if (process.argv[3] === 'all' || f.length || post.expect.includes('abuse'))
    console.log(`${post.id} ${post.expect.includes('abuse') ? 'A' : '-'} ${f.map((x) => `${x.messageId}:"${x.match}"${x.suggestions.length ? '[S]' : ''}`).join(' ')} || ${post.text.slice(0, 90).replace(/\n/g, ' ')}`);
}
