import { readFileSync } from 'node:fs';
import { PostDocument } from '../rules/document';
import abuse from '../rules/abuse';
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
for (const line of lines) {
  const post = line.startsWith('{') ? JSON.parse(line) : { id: '-', account: 'personal', text: line, expect: [] };
  const doc = new PostDocument(post.text);
  const f: any[] = [];
  abuse.check(doc, { account: post.account, now: new Date(), policy: {} as any, inElectionPeriod: false, report: (r) => f.push({ ...r, match: doc.text.slice(r.start, r.end) }) });
  if (process.argv[3] === 'all' || f.length || post.expect.includes('abuse'))
    console.log(`${post.id} ${post.expect.includes('abuse') ? 'A' : '-'} ${f.map((x) => `${x.messageId}:"${x.match}"${x.suggest?.length ? '[S]' : ''}`).join(' ')} || ${post.text.slice(0, 90).replace(/\n/g, ' ')}`);
}
