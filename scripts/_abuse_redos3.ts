import { checkSync } from 'recheck';
for (const [src, fl] of [
  ["\\b(?:would|wouldn't|wouldnt|wud) mind (?:a go on|a piece of|a bit of|a night with) (?:her|him|that|them)\\b", 'gi'],
  ["\\b(?:would|wouldn't|wouldnt|wud)\\s+mind\\s+(?:a\\s+go\\s+on|a\\s+piece\\s+of|a\\s+bit\\s+of|a\\s+night\\s+with)\\s+(?:her|him|that|them)\\b", 'g'],
]) { const t0 = Date.now(); const r = checkSync(src, fl); console.log(r.status, Date.now() - t0); }
