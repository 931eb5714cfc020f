// npm run bench [-- --quick]
// How much a check costs beside the one compromise parse it cannot avoid.
// Targets (the brief): a 280-character post costs at most 1.5x one bare
// parse; re-checking a 5,000-character post after a one-character edit costs
// at most 0.15x a full check; time grows linearly with length. Figures only:
// no assertion, so a slow machine never fails a build.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { check } from '../rules/engine';
import { clearParseCache } from '../rules/document';
import { RULES } from '../rules/index';
import { finishDeferredWork } from '../rules/lib/deferred-work';
import { resolvePolicy, type PolicyInput } from '../rules/policy';
import type { CheckContext } from '../rules/types';
import { mulberry32 } from './random';
import brightwater from '../tests/fixtures/brightwater-policy.json';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl') },
    quick: { type: 'boolean', default: false },
  },
});

const policy = resolvePolicy(brightwater as PolicyInput);
// A personal account runs every rule (the disclaimer is off on council accounts by default).
const context: CheckContext = { account: 'personal', platform: 'facebook', now: new Date('2026-06-01T12:00:00') };

// Built-in fallback: everyday council and staff posts, in case the corpus is not beside the project.
const FALLBACK = [
  'The household recycling centre on Station Road is open from 8am to 6pm every day except Christmas Day.',
  'Roadworks on the high street start on Monday and will last about three weeks; buses will divert via Park Avenue.',
  'Had a brilliant day volunteering at the beach clean with my colleagues. Forty bags of litter collected!',
  'Our libraries now lend laptops and wifi dongles free of charge. Ask at the counter or book online.',
  'Councillors will discuss the draft budget at the public meeting on Thursday at 7pm in the main chamber.',
  'Swim sessions at the leisure centre cost £4.50 for adults and £2.80 for juniors, with free swimming for under-fives.',
  'Great turnout at the community garden open day. Thanks to everyone who brought cakes and seedlings.',
  'Bin collections will be a day late after the bank holiday. Please put your bins out by 7am.',
];

function corpusTexts(path: string): string[] {
  if (!existsSync(path)) return FALLBACK;
  const texts = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .filter((t) => typeof t === 'string' && t.trim());
  return texts.length ? texts : FALLBACK;
}

/** Realistic text of about `length` characters: posts in a shuffled order, cut at a word boundary. */
function buildText(texts: string[], length: number, seed: number): string {
  const random = mulberry32(seed);
  let out = '';
  while (out.length < length + 200) {
    const t = texts[Math.floor(random() * texts.length)];
    out += (out ? '\n\n' : '') + t;
  }
  const cut = out.lastIndexOf(' ', length);
  return (cut > length * 0.9 ? out.slice(0, cut) : out.slice(0, length)).trimEnd();
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function fullCheck(text: string): number {
  clearParseCache();
  return time(() => check(text, context, policy));
}

function bareParse(text: string): number {
  return time(() => void nlp(text));
}

/** Alternates the two measurements so drift (GC, CPU clock) hits both alike. */
function measurePair(text: string, runs: number): { check: number; parse: number } {
  const checks: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < runs; i++) {
    checks.push(fullCheck(text));
    parses.push(bareParse(text));
  }
  return { check: median(checks), parse: median(parses) };
}

/** One-character edits in the middle of `text`, each at a new place so the edited sentence is never cached. */
function measureEdits(text: string, runs: number): number {
  clearParseCache();
  check(text, context, policy); // the post as it stood before the edit
  const samples: number[] = [];
  const letters = 'etaoinshrdlu';
  let at = Math.floor(text.length / 2);
  for (let i = 0; i < runs; i++) {
    while (at < text.length && !/\p{L}/u.test(text[at])) at++;
    if (at >= text.length) at = Math.floor(text.length / 4);
    const original = text[at];
    let replacement = letters[i % letters.length];
    if (replacement === original.toLowerCase()) replacement = 'x';
    const edited = text.slice(0, at) + replacement + text.slice(at + 1);
    samples.push(time(() => check(edited, context, policy)));
    at += 37; // the next edit lands in another word, often another sentence
  }
  return median(samples);
}

const texts = corpusTexts(values.corpus!);
const quick = values.quick;
const sizes = [
  { label: '280-char post', length: 280, runs: quick ? 30 : 200 },
  { label: '5,000-char post', length: 5000, runs: quick ? 7 : 30 },
  { label: '100,000-char paste', length: 100_000, runs: quick ? 2 : 5 },
].map((s, i) => ({ ...s, text: buildText(texts, s.length, 1000 + i) }));

// Warm the JIT (compromise's lexicon, the rules' regexes) before measuring anything.
for (let i = 0; i < (quick ? 10 : 40); i++) {
  const t = buildText(texts, 600, 7 + i);
  clearParseCache();
  check(t, context, policy);
  nlp(t);
}
fullCheck(sizes[1].text);
bareParse(sizes[1].text);
// The steady state: patterns factored (as the extension's background does in the first pause in typing).
finishDeferredWork();

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(1)).padStart(9);
const ratio = (r: number) => `${r.toFixed(2)}x`.padStart(7);
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

console.log(`Postcheck benchmark: node ${process.version}, ${RULES.length} rules, policy "${policy.organisation.name}", account ${context.account}`);
console.log(`Text from ${texts === FALLBACK ? 'built-in sentences' : values.corpus}; full checks are cold (sentence cache cleared); medians.\n`);
console.log(`${'text'.padEnd(20)} ${'chars'.padStart(7)} ${'bytes'.padStart(7)} ${'runs'.padStart(5)} ${'check ms'.padStart(9)} ${'parse ms'.padStart(9)} ${'ratio'.padStart(7)}  target`);

const results = sizes.map((s) => ({ ...s, ...measurePair(s.text, s.runs) }));
for (const r of results) {
  const rt = r.check / r.parse;
  const target = r.length === 280 ? `<= 1.50x  ${verdict(rt <= 1.5)}` : '';
  console.log(
    `${r.label.padEnd(20)} ${String(r.text.length).padStart(7)} ${String(Buffer.byteLength(r.text, 'utf8')).padStart(7)} ${String(r.runs).padStart(5)} ${fmt(r.check)} ${fmt(r.parse)} ${ratio(rt)}  ${target}`,
  );
}

// One post says little about posts in general: the same figure over 30 different 280-character
// posts (sentence count and content change what the rules do), each post's ratio a median of runs.
{
  const posts = Array.from({ length: 30 }, (_, i) => buildText(texts, 280, 2000 + i));
  const rounds = quick ? 5 : 15;
  const samples = posts.map(() => ({ checks: [] as number[], parses: [] as number[], documents: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    // Each round starts at another post and swaps which is timed first: rounds that repeat the same
    // allocations in the same order put each garbage collection on the same post's same measurement
    // every time, and no median can filter that out (it showed as a few posts at 2.3x and others at 0.6x).
    for (let k = 0; k < posts.length; k++) {
      const i = (k + r * 7) % posts.length;
      const post = posts[i];
      if (r % 2 === 0) {
        samples[i].checks.push(fullCheck(post));
        samples[i].parses.push(bareParse(post));
      } else {
        samples[i].parses.push(bareParse(post));
        samples[i].checks.push(fullCheck(post));
      }
      clearParseCache();
      samples[i].documents.push(time(() => check(post, context, policy, { rules: [] })));
    }
  }
  const quantiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  };
  const ratios = samples.map((s) => median(s.checks) / median(s.parses)).sort((a, b) => a - b);
  const at = quantiles(ratios);
  console.log(`\n${posts.length} different 280-char posts, check/parse ratio: median ${at(0.5).toFixed(2)}x, 90th percentile ${at(0.9).toFixed(2)}x, best ${ratios[0].toFixed(2)}x, worst ${ratios[ratios.length - 1].toFixed(2)}x  target <= 1.50x  ${verdict(at(0.5) <= 1.5)}`);
  // The split, so a faster parse cannot hide slower rules: the engine's own parse (compromise less its
  // chunker, with a faster pattern selection: rules/document.ts) and what the rules add on top.
  const own = quantiles(samples.map((s) => median(s.documents) / median(s.parses)));
  const rules = quantiles(samples.map((s) => (median(s.checks) - median(s.documents)) / median(s.parses)));
  console.log(`  of which the engine's own parse: median ${own(0.5).toFixed(2)}x of a bare parse; the rules: median ${rules(0.5).toFixed(2)}x, 90th percentile ${rules(0.9).toFixed(2)}x`);
}

const five = results[1];
const edit = measureEdits(five.text, quick ? 15 : 60);
const editRatio = edit / five.check;
console.log(`\nRe-check of the ${five.text.length}-char post after a one-character edit: ${edit.toFixed(3)} ms (full cold check ${five.check.toFixed(2)} ms)`);
console.log(`  ratio ${editRatio.toFixed(3)}x  target <= 0.15x  ${verdict(editRatio <= 0.15)}`);

const perK = (r: (typeof results)[number]) => (r.check / r.text.length) * 1000;
const growth = perK(results[2]) / perK(results[1]);
console.log(`\nLinear growth: ${perK(results[1]).toFixed(3)} ms per 1000 chars at 5,000; ${perK(results[2]).toFixed(3)} ms per 1000 chars at 100,000`);
console.log(`  growth ${growth.toFixed(2)}x per char from 5k to 100k (1.00x is linear)  ${verdict(growth <= 1.5)}`);
const parseGrowth = (results[2].parse / results[2].text.length) / (results[1].parse / results[1].text.length);
console.log(`  (bare parse for comparison: ${parseGrowth.toFixed(2)}x)`);

// Where the time goes: each rule alone, the sentence cache warm so the parse is not counted, less
// the cost of building the document with no rule at all. On the 5,000-character post this is
// what a re-check after an edit costs beyond the one re-parsed sentence.
for (const r of results.slice(0, 2)) {
  const text = r.text;
  check(text, context, policy);
  const runs = quick ? 15 : r.length === 280 ? 300 : 40;
  const timeRules = (rules: typeof RULES) => median(Array.from({ length: runs }, () => time(() => check(text, context, policy, { rules }))));
  const base = timeRules([]);
  console.log(`\nPer rule on the ${r.label} (warm sentence cache; document alone ${base.toFixed(3)} ms; bare parse ${r.parse.toFixed(3)} ms):`);
  const rows = RULES.map((rule) => ({ id: rule.meta.id, ms: Math.max(0, timeRules([rule]) - base) })).sort((a, b) => b.ms - a.ms);
  for (const { id, ms } of rows) console.log(`  ${id.padEnd(16)} ${ms.toFixed(3).padStart(8)} ms  ${((ms / r.parse) * 100).toFixed(0).padStart(4)}% of a parse`);
  const all = timeRules(RULES) - base;
  console.log(`  ${'all rules'.padEnd(16)} ${all.toFixed(3).padStart(8)} ms  ${((all / r.parse) * 100).toFixed(0).padStart(4)}% of a parse`);
}
