import { checkSync } from 'recheck';
import data from '/work/main/rules/data/defamation-targets.json' with { type: 'json' };
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (l: string[]) => [...new Set(l)].sort((a,b)=>b.length-a.length).map(w => esc(w).replace(/ /g, '\\s{1,3}')).join('|');
for (const [name, list] of [['job', data.jobRoles], ['person', data.personNouns], ['shop', data.shopNouns]] as const) {
  const src = `\\b(?:(${words(list as string[])}))\\s{1,3}(?:of|at|from|for|in|on|behind|running|near|to)\\s{1,3}`;
  const r = checkSync(src, 'iu', { timeout: 10000 });
  console.log(name, r.status, (r as any).attack?.pattern);
}
for (const w of data.shopNouns) { const r = checkSync(`\\b(?:${esc(w).replace(/ /g,'\\s{1,3}')})\\s{1,3}(?:of|at)\\s{1,3}`, 'iu', {timeout: 5000}); if (r.status!=='safe') console.log(w, r.status); }
