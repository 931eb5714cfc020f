import { checkSync } from 'recheck';
import { WORD_PATTERNS } from '../rules/lib/abuse-words';
import { PHRASE_PATTERNS } from '../rules/lib/abuse-phrases';
import { CONTEXT_PATTERNS } from '../rules/lib/abuse-context';
import { RULE_PATTERNS } from '../rules/abuse';
const T = Date.now();
for (const re of [...WORD_PATTERNS, ...PHRASE_PATTERNS, ...CONTEXT_PATTERNS, ...RULE_PATTERNS]) {
  const t0 = Date.now();
  const r = checkSync(re.source, re.flags);
  const dt = Date.now() - t0;
  if (dt > 1500 || r.status !== 'safe') console.log(r.status, dt, re.source.slice(0, 100), JSON.stringify((r as any).attack?.pattern ?? (r as any).error ?? "").slice(0,200));
}
console.log('total', Date.now() - T);
