// The engine's own promises, tested with stand-in rules so they hold whatever
// the real rules find: severity and citation come from the policy, politics
// is raised in an election period, the allow-list wins, findings come sorted,
// a failing rule costs only its own findings, and spans found in the
// normalised text land on the right characters of the original.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, check, formatMessage, severityFor } from '../rules/engine';
import { DEFAULT_POLICY, resolvePolicy, type PolicyInput } from '../rules/policy';
import { RULES } from '../rules/index';
import { CATEGORIES, defineRule, type Category, type Report, type Rule, type RuleContext } from '../rules/types';
import type { PostDocument } from '../rules/document';
import brightwater from './fixtures/brightwater-policy.json';

const BRIGHTWATER = resolvePolicy(brightwater as PolicyInput);
const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

/** A rule that reports what `find` returns: spans of doc.text. */
function stubRule(id: string, category: Category, find: (doc: PostDocument, ctx: RuleContext) => Array<Omit<Report, 'messageId'> & { messageId?: string }>): Rule {
  return defineRule({
    meta: {
      id,
      category,
      description: `Stand-in rule ${id} for engine tests.`,
      policy: { clause: `Clause of ${id}.`, source: `Test policy, ${id}` },
      messages: { found: 'Found "{{match}}" ({{extra}}).', plain: 'Remove "{{match}}".' },
    },
    check(doc, ctx) {
      for (const r of find(doc, ctx)) ctx.report({ messageId: 'found', data: { extra: 'x' }, ...r });
    },
  });
}

/** Reports every occurrence of `word` (case-insensitive) in doc.text. */
function wordRule(id: string, category: Category, word: string, suggest = false): Rule {
  return stubRule(id, category, (doc) => {
    const out: Array<Omit<Report, 'messageId'>> = [];
    const lower = doc.text.toLowerCase();
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
      const end = i + word.length;
      out.push({
        start: i,
        end,
        suggest: suggest
          ? [
              { label: 'Remove', edit: { kind: 'replace', start: i, end, text: '' } },
              { label: 'Add note', edit: { kind: 'insert', at: end, text: ' [sic]' } },
            ]
          : undefined,
      });
    }
    return out;
  });
}

const run = (text: string, rules: Rule[], policy = BRIGHTWATER, account: 'council' | 'personal' = 'council', now?: Date) =>
  check(text, { account, platform: 'x', now }, policy, { rules });

describe('severity comes from the policy', () => {
  const abuse = wordRule('stub-abuse', 'abuse', 'rotten');

  it('uses the category severity for the account kind', () => {
    expect(run('A rotten idea.', [abuse])[0].severity).toBe('warn');
    const policy = resolvePolicy(brightwater as PolicyInput, { categoriesByAccount: { personal: { abuse: 'info' } } });
    expect(run('A rotten idea.', [abuse], policy, 'personal')[0].severity).toBe('info');
    expect(run('A rotten idea.', [abuse], policy, 'council')[0].severity).toBe('warn');
  });

  it('a category set to block shows as block', () => {
    const policy = resolvePolicy(brightwater as PolicyInput, { categories: { abuse: 'block' } });
    expect(run('A rotten idea.', [abuse], policy).map((f) => f.severity)).toEqual(['block']);
  });

  it('a category set to off gives no findings and its rule does not run', () => {
    let ran = false;
    const spy = stubRule('spy', 'abuse', () => {
      ran = true;
      return [{ start: 0, end: 1 }];
    });
    const policy = resolvePolicy(brightwater as PolicyInput, { categories: { abuse: 'off' } });
    expect(run('A rotten idea.', [abuse, spy], policy)).toEqual([]);
    expect(ran).toBe(false);
  });

  it('with every category off, the real rules report nothing on the corpus', () => {
    const off = resolvePolicy(brightwater as PolicyInput, { categories: Object.fromEntries(CATEGORIES.map((c) => [c, 'off'])) });
    const texts = existsSync(CORPUS)
      ? readFileSync(CORPUS, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l).text as string)
      : ['Vote Labour! Call me on 07700 900123, you clown.'];
    for (const text of texts) {
      expect(check(text, { account: 'council' }, off)).toEqual([]);
      expect(check(text, { account: 'personal' }, off)).toEqual([]);
    }
  });

  it('the disclaimer category is off on council accounts by default', () => {
    const rule = wordRule('stub-disclaimer', 'disclaimer', 'council');
    expect(run('Busy day at the council.', [rule], BRIGHTWATER, 'council')).toEqual([]);
    expect(run('Busy day at the council.', [rule], BRIGHTWATER, 'personal')).toHaveLength(1);
  });

  it('findings carry the policy citation for their category, else the rule’s own', () => {
    const own = { clause: 'Be kind online.', source: 'Fenmouth 2026, 4.1' };
    const policy = resolvePolicy({ citations: { abuse: own } });
    expect(run('A rotten idea.', [abuse], policy)[0].policy).toEqual(own);
    expect(run('A rotten idea.', [abuse], resolvePolicy({ preset: 'wouldham-parish' }))[0].policy.source).toMatch(/^Wouldham Parish/);
  });
});

describe('election periods', () => {
  const political = wordRule('stub-political', 'political', 'vote');
  const policy = resolvePolicy(brightwater as PolicyInput, { electionPeriods: [{ name: 'May', start: '2027-03-29', end: '2027-05-06' }] });
  const during = new Date(2027, 3, 20, 12);
  const after = new Date(2027, 5, 20, 12);

  it('raise political findings to block on council accounts', () => {
    expect(run('Vote for us.', [political], policy, 'council', during)[0].severity).toBe('block');
    expect(run('Vote for us.', [political], policy, 'council', after)[0].severity).toBe('warn');
  });

  it('leave personal accounts and other categories as the policy says', () => {
    expect(run('Vote for us.', [political], policy, 'personal', during)[0].severity).toBe('info');
    const abuse = wordRule('stub-abuse', 'abuse', 'vote');
    expect(run('Vote for us.', [abuse], policy, 'council', during)[0].severity).toBe('warn');
  });

  it('do not turn on a political category that is off', () => {
    const off = resolvePolicy(brightwater as PolicyInput, { categories: { political: 'off' }, electionPeriods: policy.electionPeriods });
    expect(run('Vote for us.', [political], off, 'council', during)).toEqual([]);
    expect(severityFor(political, off, 'council', true)).toBe('off');
  });

  it('tell the rules whether the day is in a period', () => {
    const seen: boolean[] = [];
    const spy = stubRule('spy', 'political', (_doc, ctx) => {
      seen.push(ctx.inElectionPeriod);
      return [];
    });
    run('Anything at all.', [spy], policy, 'council', during);
    run('Anything at all.', [spy], policy, 'council', after);
    expect(seen).toEqual([true, false]);
  });
});

describe('allowList', () => {
  const rule = wordRule('stub-abuse', 'abuse', 'dick');

  it('suppresses findings that overlap an allowed phrase, case-insensitively', () => {
    const policy = resolvePolicy(brightwater as PolicyInput, { allowList: ['dick whittington'] });
    expect(run('Dick Whittington is on at the theatre.', [rule], policy)).toEqual([]);
  });

  it('keeps findings outside the allowed phrase', () => {
    const policy = resolvePolicy(brightwater as PolicyInput, { allowList: ['Dick Whittington'] });
    const findings = run('Dick Whittington is on. What a dick.', [rule], policy);
    expect(findings.map((f) => f.match)).toEqual(['dick']);
    expect(findings[0].start).toBe('Dick Whittington is on. What a '.length);
  });

  it('applies to every category', () => {
    const policy = resolvePolicy(brightwater as PolicyInput, { allowList: ['Lord Vote'] });
    expect(run('Lord Vote opened the fete.', [wordRule('stub-political', 'political', 'vote')], policy)).toEqual([]);
  });

  it('still applies when the phrase is written with a zero-width character or a curly apostrophe', () => {
    const policy = resolvePolicy(brightwater as PolicyInput, { allowList: ["Dick Whittington's Panto"] });
    expect(run('Dick\u200B Whittington’s Panto is back!', [rule], policy)).toEqual([]);
  });
});

describe('findings', () => {
  it('are sorted by start, then end, whatever order the rules report in', () => {
    const backwards = stubRule('backwards', 'abuse', (doc) => [
      { start: doc.text.length - 4, end: doc.text.length },
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
    const other = stubRule('other', 'commercial', () => [{ start: 2, end: 6 }, { start: 0, end: 2 }]);
    const findings = run('abcd efgh ijkl mnop', [backwards, other]);
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [0, 2],
      [0, 4],
      [2, 6],
      [5, 9],
      [15, 19],
    ]);
  });

  it('are reported once per rule and span', () => {
    const twice = stubRule('twice', 'abuse', () => [{ start: 0, end: 4 }, { start: 0, end: 4 }]);
    expect(run('abcd efgh', [twice])).toHaveLength(1);
  });

  it('fill {{match}} and the report data into the message', () => {
    const [f] = run('A rotten idea.', [wordRule('stub-abuse', 'abuse', 'rotten')]);
    expect(f.message).toBe('Found "rotten" (x).');
    expect(f.rule).toBe('stub-abuse');
    expect(f.messageId).toBe('found');
    expect(f.category).toBe('abuse');
    expect(formatMessage('Keep {{missing}} and {{ a }}.', { a: 1 })).toBe('Keep {{missing}} and 1.');
  });

  it('drop a report whose end is before its start, and clamp spans to the text', () => {
    const odd = stubRule('odd', 'abuse', (doc) => [{ start: 5, end: 2 }, { start: -10, end: 3 }, { start: 6, end: doc.text.length + 50 }]);
    const findings = run('abcd efgh', [odd]);
    expect(findings.map((f) => f.match)).toEqual(['abc', 'fgh']);
  });

  it('never split an emoji when a rule reports half a surrogate pair', () => {
    const half = stubRule('half', 'abuse', () => [{ start: 3, end: 4 }]);
    const text = 'ab 😀 cd';
    const [f] = run(text, [half]);
    expect([f.start, f.end]).toEqual([3, 5]);
    expect(f.match).toBe('😀');
  });

  it('an empty or blank post runs no rule', () => {
    let runs = 0;
    const spy = stubRule('spy', 'abuse', () => {
      runs++;
      return [];
    });
    expect(run('', [spy])).toEqual([]);
    expect(run(' \n\t ', [spy])).toEqual([]);
    expect(runs).toBe(0);
  });
});

describe('a failing rule', () => {
  const good = wordRule('good', 'abuse', 'rotten');
  const throws = stubRule('throws', 'political', () => {
    throw new Error('bug in a rule');
  });

  it('does not stop the other rules', () => {
    expect(run('A rotten idea.', [throws, good]).map((f) => f.rule)).toEqual(['good']);
    expect(run('A rotten idea.', [good, throws]).map((f) => f.rule)).toEqual(['good']);
  });

  it('nor does a report with an unknown message id', () => {
    const unknown = stubRule('unknown', 'commercial', () => [{ start: 0, end: 1, messageId: 'nope' }]);
    expect(run('A rotten idea.', [unknown, good]).map((f) => f.rule)).toEqual(['good']);
  });

  it('nor does a rule that throws something that is not an Error', () => {
    const odd = stubRule('odd', 'commercial', () => {
      throw 'a string';
    });
    expect(run('A rotten idea.', [odd, good]).map((f) => f.rule)).toEqual(['good']);
  });
});

describe('the document is shared by the rules of one check', () => {
  it('derive() computes once per document', () => {
    let computed = 0;
    const make = (id: string) =>
      stubRule(id, 'abuse', (doc) => {
        doc.derive('shared', () => ++computed);
        return [];
      });
    run('One post.', [make('a'), make('b'), make('c')]);
    expect(computed).toBe(1);
    run('Another post.', [make('a'), make('b')]);
    expect(computed).toBe(2);
  });

  it('rules see the context they are checked in', () => {
    const seen: string[] = [];
    const spy = stubRule('spy', 'abuse', (_doc, ctx) => {
      seen.push(`${ctx.account} ${ctx.platform} ${ctx.policy.organisation.name} ${ctx.now.getFullYear()}`);
      return [];
    });
    check('Hello.', { account: 'personal', platform: 'youtube', now: new Date(2030, 0, 1) }, BRIGHTWATER, { rules: [spy] });
    expect(seen).toEqual(['personal youtube Brightwater Borough Council 2030']);
  });

  it('uses the default policy and the registered rules when none are given', () => {
    expect(Array.isArray(check('Hello there.', { account: 'council' }))).toBe(true);
    expect(RULES.length).toBeGreaterThanOrEqual(CATEGORIES.length);
    expect(DEFAULT_POLICY.organisation.name).toBe('the council');
  });
});

describe('spans map back to the original text', () => {
  const rule = wordRule('stub', 'confidential', 'secret', true);

  it('when zero-width characters were removed before matching', () => {
    const text = 'This is \u200Bse\u200Bcr\u2060et\uFEFF news.';
    const [f] = run(text, [rule]);
    expect(f.start).toBe(text.indexOf('se\u200B'));
    expect(f.end).toBe(text.indexOf('et\uFEFF') + 2);
    expect(f.match).toBe('se\u200Bcr\u2060et');
    expect(f.message).toBe('Found "se\u200Bcr\u2060et" (x).');
  });

  it('when a soft hyphen or bidi control hid the word', () => {
    const text = 'Top \u202Esec\u00ADret\u202C plan.';
    const [f] = run(text, [rule]);
    expect(f.match).toBe('sec\u00ADret');
    expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('suggestions are mapped too, and apply to the original text', () => {
    const text = 'A se\u200Bcret\u200B plan.';
    const [f] = run(text, [rule]);
    const visible = (t: string) => t.replace(/[\u200B\u2060\uFEFF]/g, '');
    // Where an insertion lands among invisible characters does not matter; what the reader sees does.
    expect(f.suggestions.map((s) => [s.label, visible(applyEdit(text, s.edit))])).toEqual([
      ['Remove', 'A  plan.'],
      ['Add note', 'A secret [sic] plan.'],
    ]);
    expect(applyEdit(text, f.suggestions[0].edit)).toBe('A \u200B plan.');
  });

  it('after emoji and other astral characters before the match', () => {
    const text = '👨\u200D👩\u200D👧 🇬🇧 𝐀 secret';
    const [f] = run(text, [rule]);
    expect(f.match).toBe('secret');
    expect(f.start).toBe(text.length - 6);
  });

  it('with curly quotes and non-breaking spaces, which keep their length', () => {
    const quote = stubRule('quote', 'confidential', (doc) => {
      const i = doc.text.indexOf("'secret plan'");
      return i === -1 ? [] : [{ start: i, end: i + 13 }];
    });
    const text = 'Our ‘secret\u00A0plan’ is out.';
    const [f] = run(text, [quote]);
    expect(f.match).toBe('‘secret\u00A0plan’');
  });
});

describe('applyEdit', () => {
  it('replaces a span', () => {
    expect(applyEdit('Call 07700 900123 now', { kind: 'replace', start: 5, end: 17, text: '[number removed]' })).toBe('Call [number removed] now');
  });

  it('removes a span', () => {
    expect(applyEdit('abc def', { kind: 'replace', start: 3, end: 7, text: '' })).toBe('abc');
  });

  it('inserts at a point, including the very start and end', () => {
    expect(applyEdit('Views.', { kind: 'insert', at: 0, text: 'My ' })).toBe('My Views.');
    expect(applyEdit('Post', { kind: 'insert', at: 4, text: '\n\nViews my own.' })).toBe('Post\n\nViews my own.');
  });

  it('leaves the input string unchanged', () => {
    const text = 'unchanged';
    applyEdit(text, { kind: 'replace', start: 0, end: 2, text: 'X' });
    expect(text).toBe('unchanged');
  });
});
