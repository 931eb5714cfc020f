import { checkSync } from 'recheck';
import { WORD_PATTERNS } from '../rules/lib/abuse-words';
import { PHRASE_PATTERNS } from '../rules/lib/abuse-phrases';
const extra = [/[\p{L}\p{N}@$*!#|€]+(?:['-][\p{L}\p{N}@$*!#|€]+){0,3}|[=,;:&]/gu, /^\s*(?:[.!?…]|$|[^\p{L}\p{N}\s,;:'"(])/u, /^\s*(?:and|&|or)\s+[\p{L}\p{N}*@$!#-]+/u, /^ +(?=[\p{L}\p{N}])/u];
const t0 = Date.now();
for (const re of [...WORD_PATTERNS, ...PHRASE_PATTERNS, ...extra]) {
  const r = checkSync(re.source, re.flags);
  if (r.status !== 'safe') console.log(r.status, re.source.slice(0, 120), JSON.stringify((r as any).attack ?? (r as any).error ?? ''));
}
console.log('done', Date.now() - t0, 'ms');
