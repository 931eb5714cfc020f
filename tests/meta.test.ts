// The rule set as a whole, in the manner of ESLint's own meta tests: every
// rule is registered, named after its file, tested, cites a clause of a real
// policy, and speaks in full sentences; every preset cites its own policy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { PRESETS, PRESET_IDS } from '../rules/presets';
import { CATEGORIES, type Rule } from '../rules/types';

const ROOT = resolve(import.meta.dirname, '..');
const POLICIES_DIR = resolve(ROOT, '../shared/policies');

/** The five source policies, and the laws and codes the policies themselves rest on. */
const SOURCES = /Warwickshire|North Lincolnshire|Dudley|Derby|Wouldham|Act \d{4}|Code of (?:Recommended )?Practice|GDPR/;

const isRule = (value: unknown): value is Rule =>
  !!value && typeof value === 'object' && 'meta' in value && 'check' in value && typeof (value as Rule).check === 'function';

const ruleFiles: Array<{ file: string; rule: Rule }> = [];
for (const name of readdirSync(join(ROOT, 'rules')).sort()) {
  if (!/\.ts$/.test(name) || /\.d\.ts$/.test(name)) continue;
  const mod = (await import(/* @vite-ignore */ join(ROOT, 'rules', name))) as { default?: unknown };
  if (isRule(mod.default)) ruleFiles.push({ file: basename(name, '.ts'), rule: mod.default });
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
const policyText = existsSync(POLICIES_DIR)
  ? ` ${readdirSync(POLICIES_DIR)
      .filter((f) => f.endsWith('.md'))
      .map((f) => words(readFileSync(join(POLICIES_DIR, f), 'utf8')))
      .join(' | ')} `
  : null;

/** The longest run of consecutive words of `clause` found verbatim in the source policies. */
function longestQuotedRun(clause: string): number {
  const w = words(clause).split(' ');
  let best = 0;
  for (let i = 0; i < w.length; i++) {
    for (let j = i + best + 1; j <= w.length; j++) {
      if (policyText!.includes(` ${w.slice(i, j).join(' ')} `)) best = j - i;
      else break;
    }
  }
  return best;
}

const FULL_SENTENCE = /^[A-Z'"‘“(].*[.!?]["'”’)]?$/s;

describe('rule registry', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(CATEGORIES.length);
  });

  it('registers every rule file in rules/index.ts', () => {
    const registered = new Set(RULES);
    const missing = ruleFiles.filter(({ rule }) => !registered.has(rule)).map(({ file }) => file);
    expect(missing, 'rule files not in RULES').toEqual([]);
  });

  it('registers nothing that is not a rule file, and nothing twice', () => {
    const fromFiles = new Set(ruleFiles.map(({ rule }) => rule));
    expect(RULES.filter((r) => !fromFiles.has(r)).map((r) => r.meta.id)).toEqual([]);
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
  });

  it('has a rule for every category', () => {
    const covered = new Set(RULES.map((r) => r.meta.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe.each(ruleFiles.map(({ file, rule }) => [file, rule] as const))('rule %s', (file, rule) => {
  const { meta } = rule;

  it('has a kebab-case id equal to its file name', () => {
    expect(meta.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(meta.id).toBe(file);
  });

  it('belongs to a known category', () => {
    expect(CATEGORIES).toContain(meta.category);
  });

  it('has a description', () => {
    expect(meta.description.trim().length).toBeGreaterThan(10);
    expect(meta.description).not.toMatch(/\bTODO\b/);
  });

  it('cites a clause of a real policy', () => {
    const { clause, source } = meta.policy;
    expect(clause.trim(), 'clause').not.toBe('');
    expect(source.trim(), 'source').not.toBe('');
    expect(`${clause} ${source}`).not.toMatch(/\bTODO\b/);
    expect(source, 'the source names one of the policies (or the law it rests on)').toMatch(SOURCES);
    // Quoted or closely paraphrased: at least a few consecutive words appear in the policies themselves.
    if (policyText) expect(longestQuotedRun(clause), `words of "${clause}" found in shared/policies`).toBeGreaterThanOrEqual(4);
  });

  it('has tests in tests/rules/<id>.test.ts', () => {
    expect(existsSync(join(ROOT, 'tests/rules', `${meta.id}.test.ts`)), `tests/rules/${meta.id}.test.ts`).toBe(true);
  });

  it('has messages, each a full sentence with well-formed placeholders', () => {
    const entries = Object.entries(meta.messages);
    expect(entries.length, 'messages').toBeGreaterThan(0);
    for (const [id, template] of entries) {
      expect(id, 'message id').toMatch(/^[a-z][A-Za-z0-9_-]*$/);
      expect(template, `message ${id}`).toMatch(FULL_SENTENCE);
      expect(template, `message ${id}`).not.toMatch(/\bTODO\b/);
      // Every {{ must open a {{name}} placeholder, so nothing half-filled reaches the user.
      expect(template.replace(/\{\{\s*\w+\s*\}\}/g, ''), `message ${id} placeholders`).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe.each(PRESET_IDS.map((id) => [id, PRESETS[id]] as const))('preset %s', (id, preset) => {
  it('is keyed by its own id', () => {
    expect(preset.id).toBe(id);
  });

  it('cites a clause for every category', () => {
    for (const category of CATEGORIES) {
      const citation = preset.policy.citations[category];
      expect(citation, category).toBeDefined();
      expect(citation.clause.trim(), `${category} clause`).not.toBe('');
      expect(citation.source.trim(), `${category} source`).not.toBe('');
      expect(`${citation.clause} ${citation.source}`, category).not.toMatch(/\bTODO\b/);
      if (policyText) expect(longestQuotedRun(citation.clause), `${category}: words of "${citation.clause}" in shared/policies`).toBeGreaterThanOrEqual(4);
    }
  });

  it('cites its own policy, or says it has no clause of its own', () => {
    if (id === 'default') {
      // The default draws each category from the clearest of the five source policies.
      const others = PRESET_IDS.filter((p) => p !== 'default').flatMap((p) => Object.values(PRESETS[p].policy.citations));
      for (const category of CATEGORIES) {
        const c = preset.policy.citations[category];
        expect(others.some((o) => o.clause === c.clause && o.source === c.source), category).toBe(true);
      }
      return;
    }
    const council = preset.name.split(/\s+/)[0];
    for (const category of CATEGORIES) {
      const { source } = preset.policy.citations[category];
      const own = source.startsWith(council);
      const saysNone = /has no clause of its own/i.test(source) && source.includes(council);
      expect(own || saysNone, `${category}: "${source}" should start with "${council}"`).toBe(true);
    }
  });
});
