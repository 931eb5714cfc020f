// Every regular expression the engine runs is checked by the `recheck` ReDoS
// analyser: a post is untrusted input typed into a live editor, and one
// catastrophic backtrack freezes the page the user is writing in.
//
// Regexes are found two ways:
// - statically: every regex literal (and `new RegExp('literal')`) in the
//   TypeScript under rules/, found with the TypeScript compiler's parser;
// - dynamically: patterns built at run time from a policy's lists (names,
//   parties, code words) by `new RegExp(...)`, caught by wrapping the global
//   RegExp constructor while the rules check the dev corpus and our own posts
//   under policies that fill every list.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';
import type { PolicyInput } from '../rules/policy';
import type { AccountKind, Platform } from '../rules/types';
import brightwater from './fixtures/brightwater-policy.json';
import { RICH_POLICY, SAMPLE_POSTS } from './fixtures/samples';
import { recordRegExps } from './fixtures/record-regexps';

const ROOT = resolve(import.meta.dirname, '..');
const RULES_DIR = join(ROOT, 'rules');
const CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');

interface FoundRegex {
  source: string;
  flags: string;
  /** file:line where it is written, or the rule file that built it at run time. */
  origin: string;
  how: 'literal' | 'runtime';
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Regex literals and RegExp calls with literal arguments; also counts RegExp calls whose pattern is computed. */
function staticRegexes(): { found: FoundRegex[]; computedCalls: string[] } {
  const found: FoundRegex[] = [];
  const computedCalls: string[] = [];
  for (const file of tsFiles(RULES_DIR)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const literalText = (node: ts.Expression | undefined): string | undefined =>
      node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = (node as ts.RegularExpressionLiteral).text;
        const slash = literal.lastIndexOf('/');
        found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), origin: where(node), how: 'literal' });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const args = node.arguments ?? ts.factory.createNodeArray();
        const pattern = literalText(args[0]);
        const flags = args.length > 1 ? literalText(args[1]) : '';
        if (pattern !== undefined && flags !== undefined) found.push({ source: pattern, flags, origin: where(node), how: 'literal' });
        else computedCalls.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, computedCalls };
}

/** The project file that called the RegExp constructor, or null when a library did. */
function callerInRules(callers: readonly string[]): string | null {
  for (const line of callers) {
    if (line.includes('node_modules')) return null;
    const m = /((?:\/|[A-Za-z]:\\)[^\s():]*[\\/]rules[\\/][^\s():]+\.ts)(?::(\d+))?/.exec(line);
    if (m) return `${relative(ROOT, m[1].replace(/\?.*$/, ''))}${m[2] ? `:${m[2]}` : ''}`;
    if (/redos\.test\.ts/.test(line)) continue;
  }
  return null;
}

async function runtimeRegexes(): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const record = (re: RegExp, callers: string[]) => {
    const origin = callerInRules(callers);
    if (origin) found.push({ source: re.source, flags: re.flags, origin, how: 'runtime' });
  };
  await recordRegExps(record, async () => {
    // Imported only now, so regexes compiled when the rule modules load are seen too.
    const { check } = await import('../rules/engine');
    const { resolvePolicy } = await import('../rules/policy');
    const { PRESET_IDS } = await import('../rules/presets');
    const posts: Array<{ text: string; account: AccountKind; platform?: Platform }> = [...SAMPLE_POSTS];
    if (existsSync(CORPUS)) {
      for (const line of readFileSync(CORPUS, 'utf8').split('\n')) if (line.trim()) posts.push(JSON.parse(line));
    }
    const policies = [
      resolvePolicy(brightwater as PolicyInput),
      resolvePolicy(brightwater as PolicyInput, RICH_POLICY),
      ...PRESET_IDS.map((preset) => resolvePolicy({ preset, ...RICH_POLICY, organisation: undefined })),
    ];
    // Shared helpers may build regexes that no rule uses yet: call each export with the argument shapes helpers take.
    const { PostDocument } = await import('../rules/document');
    const helpers = tsFiles(join(RULES_DIR, 'lib'));
    for (const file of helpers) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const fn of Object.values(mod)) {
        if (typeof fn !== 'function') continue;
        for (const policy of policies.slice(0, 2)) {
          for (const text of SAMPLE_POSTS.slice(0, 12).map((p) => p.text)) {
            const doc = new PostDocument(text);
            for (const args of [[policy], [text, policy], [policy, text], [doc], [doc, policy], [text]]) {
              try {
                (fn as (...a: unknown[]) => unknown)(...args);
              } catch {
                // A helper called with the wrong shape of arguments: irrelevant here.
              }
            }
          }
        }
      }
    }
    const inElection = new Date('2027-04-20T12:00:00');
    const outside = new Date('2027-08-20T12:00:00');
    for (const policy of policies) {
      for (const post of posts) {
        for (const account of ['council', 'personal'] as const) {
          check(post.text, { account, platform: post.platform, now: policy === policies[1] ? inElection : outside }, policy);
        }
      }
    }
  });
  return found;
}

// ReDoS depends on the pattern and the flags that change matching, not on g/y/d.
const matchingFlags = (flags: string) => flags.replace(/[gyd]/g, '').split('').sort().join('');

const statics = staticRegexes();
const runtime = await runtimeRegexes();
// Patterns built on one line differ only by the policy words spliced in: check the longest and the
// shortest built there (the longest carries the regex-special names of the rich policy), not every copy.
const runtimeSample: FoundRegex[] = [];
for (const origin of new Set(runtime.map((r) => r.origin))) {
  const built = runtime.filter((r) => r.origin === origin).sort((a, b) => b.source.length - a.source.length);
  runtimeSample.push(built[0]);
  if (built.length > 1) runtimeSample.push(built[built.length - 1]);
}
const unique = new Map<string, FoundRegex & { origins: Set<string> }>();
for (const r of [...statics.found, ...runtimeSample]) {
  const key = `/${r.source}/${matchingFlags(r.flags)}`;
  const seen = unique.get(key);
  if (seen) seen.origins.add(r.origin);
  else unique.set(key, { ...r, flags: matchingFlags(r.flags), origins: new Set([r.origin]) });
}
const unsafe: string[] = [];

// recheck's verdict depends only on the pattern, the flags, the parameters and its version, so
// definite verdicts are kept between runs: a first run takes minutes, later ones only check
// what changed. Delete node_modules/.cache/postcheck-redos.json to start afresh.
const CACHE_FILE = join(ROOT, 'node_modules/.cache/postcheck-redos.json');
const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
// The exact automaton check comes first: recheck's default 'auto' mode hands a long pattern to
// the fuzzer, which needs seconds and, on a busy machine, can run out of time on a pattern the
// automaton proves safe in milliseconds (the defamation labels: 7 ms against 13 s).
const PARAMS = {
  automaton: { checker: 'automaton', timeout: 2_000 },
  fuzz: { checker: 'fuzz', timeout: 30_000 },
  patientAutomaton: { checker: 'automaton', timeout: 60_000 },
} as const;
const cacheKey = (source: string, flags: string) => JSON.stringify([RECHECK_VERSION, PARAMS, source, flags]);
let cache: Record<string, Diagnostics> = {};
try {
  if (existsSync(CACHE_FILE)) cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
} catch {
  cache = {};
}

function analyse(source: string, flags: string): Diagnostics {
  const key = cacheKey(source, flags);
  if (cache[key]) return cache[key];
  let result = checkSync(source, flags, PARAMS.automaton);
  // The automaton can blow up on some patterns that are plainly linear (its states multiply):
  // then recheck's fuzzer decides, as its own 'auto' mode does for large patterns.
  if (result.status === 'unknown') {
    const fuzzed = checkSync(source, flags, PARAMS.fuzz);
    if (fuzzed.status !== 'unknown') result = fuzzed;
    // A slow machine can run the fuzzer out of time too: give the exact check the time it needs.
    else result = checkSync(source, flags, PARAMS.patientAutomaton);
  }
  // Only safe verdicts are kept: a vulnerable one is checked afresh next time.
  if (result.status === 'safe') {
    cache[key] = result;
    try {
      mkdirSync(dirname(CACHE_FILE), { recursive: true });
      writeFileSync(CACHE_FILE, JSON.stringify(cache));
    } catch {
      // A read-only checkout only loses the cache.
    }
  }
  return result;
}

describe('ReDoS: every regular expression in rules/ is safe', () => {
  it('finds the regexes it is meant to check', () => {
    expect(statics.found.length, 'regex literals found under rules/').toBeGreaterThan(0);
    // A RegExp built from a computed pattern must have been seen at run time; otherwise the wrapper missed it.
    if (statics.computedCalls.length) expect(runtime.length, `RegExp calls at ${statics.computedCalls.join(', ')}`).toBeGreaterThan(0);
  });

  const byFile = new Map<string, Array<FoundRegex & { origins: Set<string> }>>();
  for (const r of unique.values()) {
    const file = r.origin.replace(/:\d+$/, '');
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(r);
  }
  for (const [file, regexes] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    describe(file, () => {
      for (const r of regexes) {
        const label = `${r.how === 'runtime' ? 'built at run time' : 'literal'} at ${[...r.origins].slice(0, 3).join(', ')}: /${r.source.length > 120 ? `${r.source.slice(0, 117)}...` : r.source}/${r.flags}`;
        it(label, () => {
          const result = analyse(r.source, r.flags);
          if (result.status !== 'safe') {
            const detail =
              result.status === 'vulnerable'
                ? `vulnerable (${result.complexity.summary}), attack: ${JSON.stringify(result.attack.pattern)}`
                : `not proven safe: ${result.error.kind}${'message' in result.error ? ` (${result.error.message})` : ''}`;
            unsafe.push(`${[...r.origins].join(', ')}: /${r.source}/${r.flags}: ${detail}`);
            const tips = [
              'Rewrite it without nested or overlapping quantifiers (bounded {0,n} repetition with unambiguous separators)',
              /[+*]\)?\$$/.test(r.source)
                ? 'a run anchored at the end (/[.,]+$/) rescans from every start on text that does not end that way: trim with a loop instead (while (/[.,]/.test(s.at(-1) ?? \'\')) s = s.slice(0, -1))'
                : '',
              result.status === 'unknown' && r.flags.includes('v') ? 'recheck cannot read the v flag, use u' : '',
            ];
            expect.fail(`/${r.source}/${r.flags} in ${[...r.origins].join(', ')} is ${detail}. ${tips.filter(Boolean).join('; ')}.`);
          }
        }, 150_000);
      }
    });
  }

  afterAll(() => {
    if (unsafe.length) console.error(`Unsafe regular expressions:\n${unsafe.map((u) => `  ${u}`).join('\n')}`);
  });
});
