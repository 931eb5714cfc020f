// The policy schema is what IT writes into managed policy: a typo must be
// refused with the field named (shared/spec/interfaces.md), and layers must
// combine predictably (managed policy over user settings over a preset).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_POLICY,
  PolicyError,
  inElectionPeriod,
  parsePolicyInput,
  parsePolicyJson,
  policyInputSchema,
  resolvePolicy,
  type PolicyInput,
} from '../rules/policy';
import { PRESETS, PRESET_IDS } from '../rules/presets';
import { CATEGORIES } from '../rules/types';
import brightwater from './fixtures/brightwater-policy.json';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS_POLICY = resolve(ROOT, '../shared/corpus/policy.json');

/** The issues a bad policy raises; fails the test when it is accepted. */
function issuesOf(input: unknown): string[] {
  try {
    parsePolicyInput(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).issues.length).toBeGreaterThan(0);
    return (error as PolicyError).issues;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

function jsonIssues(json: string): string[] {
  try {
    parsePolicyJson(json);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).issues;
  }
  throw new Error(`accepted: ${json}`);
}

describe('valid policies', () => {
  it('the corpus policy parses and resolves', () => {
    const json = existsSync(CORPUS_POLICY) ? readFileSync(CORPUS_POLICY, 'utf8') : JSON.stringify(brightwater);
    const policy = resolvePolicy(parsePolicyJson(json));
    expect(policy.organisation.name).toBe('Brightwater Borough Council');
    expect(policy.organisation.domains).toEqual(['brightwater.gov.uk']);
    expect(policy.disclaimer.text).toMatch(/views are my own/);
  });

  it('the test fixtures parse', () => {
    for (const file of ['brightwater-policy.json', 'fenmouth-policy.json']) {
      expect(() => parsePolicyJson(readFileSync(resolve(ROOT, 'tests/fixtures', file), 'utf8')), file).not.toThrow();
    }
  });

  it('an empty object is a complete policy', () => {
    expect(parsePolicyInput({})).toEqual({});
    const policy = resolvePolicy(parsePolicyInput({}));
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(policy.account).toBe('council');
    expect(policy.enforcement).toBe('confirm');
    expect(policy.accountSwitching).toBe(true);
    expect(policy.organisation.name).toBe('the council');
    for (const c of CATEGORIES) {
      expect(policy.severities.council[c]).toBeDefined();
      expect(policy.severities.personal[c]).toBeDefined();
      expect(policy.citations[c].clause.length).toBeGreaterThan(0);
    }
  });

  it('every field of the interface example is understood', () => {
    const example = {
      organisation: {
        name: 'Brightwater Borough Council',
        aliases: ['Brightwater Council'],
        domains: ['brightwater.gov.uk'],
        officialPhones: ['01632 960000'],
        officialAddresses: ['Civic Centre, Harbour Road, Brightwater BW1 1AA'],
      },
      disclaimer: { text: 'These views are my own and do not necessarily represent the views of Brightwater Borough Council.' },
      account: 'council',
      enforcement: 'confirm',
      categories: { political: 'warn', 'personal-data': 'block' },
      electionPeriods: [{ name: 'Borough elections', start: '2027-03-29', end: '2027-05-06' }],
    };
    expect(parsePolicyInput(example)).toEqual(example);
  });

  it('every preset resolves', () => {
    for (const preset of PRESET_IDS) {
      const policy = resolvePolicy({ preset });
      expect(policy.preset).toBe(preset);
      expect(policy.citations).toEqual({ ...PRESETS.default.policy.citations, ...PRESETS[preset].policy.citations });
    }
  });

  it('the JSON schema for managed policy can be generated and refuses unknown fields', () => {
    const schema = z.toJSONSchema(policyInputSchema, { io: 'input' }) as {
      type: string;
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    expect(schema.type).toBe('object');
    for (const field of ['organisation', 'disclaimer', 'account', 'enforcement', 'categories', 'electionPeriods']) {
      expect(schema.properties, field).toHaveProperty(field);
    }
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('invalid policies name the field', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a misspelt account kind', { account: 'councl' }, /^account: /],
    ['an empty domain', { organisation: { domains: [''] } }, /^organisation\.domains\[0\]: must not be empty/],
    ['a blank name', { organisation: { name: '   ' } }, /^organisation\.name: must not be empty/],
    ['an unknown top-level field', { organisaton: {} }, /^organisaton: unknown field/],
    ['an unknown nested field', { organisation: { nmae: 'Fenmouth' } }, /^organisation\.nmae: unknown field in organisation/],
    ['a badly written date', { electionPeriods: [{ name: 'May', start: '2027-5-6', end: '2027-05-06' }] }, /^electionPeriods\[0\]\.start: must be a date written YYYY-MM-DD/],
    ['a start after the end', { electionPeriods: [{ name: 'May', start: '2027-05-06', end: '2027-03-29' }] }, /^electionPeriods\[0\]\.end: start must not be after end/],
    ['a period without a name', { electionPeriods: [{ start: '2027-03-29', end: '2027-05-06' }] }, /^electionPeriods\[0\]\.name: /],
    ['an unknown severity', { categories: { political: 'loud' } }, /^categories\.political: /],
    ['an unknown category', { categories: { politics: 'warn' } }, /^categories\.politics: unknown field/],
    ['an unknown account in categoriesByAccount', { categoriesByAccount: { staff: {} } }, /^categoriesByAccount\.staff: unknown field/],
    ['an unknown enforcement', { enforcement: 'strict' }, /^enforcement: /],
    ['an unknown preset', { preset: 'brightwater' }, /^preset: /],
    ['a list given as a string', { councillors: 'Priya Raman' }, /^councillors: /],
    ['an empty councillor', { councillors: ['Priya Raman', ''] }, /^councillors\[1\]: must not be empty/],
    ['a citation without a source', { citations: { abuse: { clause: 'Be polite.' } } }, /^citations\.abuse\.source: /],
    ['a boolean given as a string', { accountSwitching: 'yes' }, /^accountSwitching: /],
    ['an unknown site in councilAccounts', { councilAccounts: { instagram: ['@x'] } }, /^councilAccounts\.instagram: unknown field/],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const issues = issuesOf(input);
      expect(issues.some((i) => expected.test(i)), issues.join('; ')).toBe(true);
    });
  }

  it('reports every problem at once, each naming its field', () => {
    const issues = issuesOf(JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/bad-policy.json'), 'utf8')));
    const text = issues.join('\n');
    expect(text).toMatch(/organisaton/);
    expect(text).toMatch(/organisation\.domains\[0\]/);
    expect(text).toMatch(/account/);
    expect(text).toMatch(/electionPeriods\[0\]\.end/);
  });

  it('the error message lists the issues', () => {
    try {
      parsePolicyInput({ account: 'councl' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^The policy is not valid: account: /);
    }
  });

  it('a policy that is not an object names the policy itself', () => {
    for (const input of [null, 'council', 42, ['account']]) {
      expect(issuesOf(input).join(';')).toMatch(/^\(the policy\): /);
    }
  });

  it('text that is not JSON is a PolicyError, not a SyntaxError', () => {
    expect(jsonIssues('{"account": "council",}')[0]).toMatch(/^\(the policy\): not valid JSON/);
    expect(jsonIssues('')[0]).toMatch(/not valid JSON/);
    expect(jsonIssues('{"organisaton": {}}')[0]).toMatch(/^organisaton: unknown field/);
  });
});

describe('resolvePolicy layering', () => {
  it('later layers win field by field', () => {
    const policy = resolvePolicy(
      { organisation: { name: 'Fenmouth District Council', domains: ['fenmouth.gov.uk'] }, enforcement: 'advise' },
      { organisation: { name: 'Fenmouth Council' } },
    );
    expect(policy.organisation.name).toBe('Fenmouth Council');
    expect(policy.organisation.domains).toEqual(['fenmouth.gov.uk']);
    expect(policy.enforcement).toBe('advise');
  });

  it('lists replace lists rather than appending', () => {
    const policy = resolvePolicy({ councillors: ['Priya Raman', 'Sean Dale'], allowList: ['Dick Whittington'] }, { councillors: ['Tom Ashdown'] });
    expect(policy.councillors).toEqual(['Tom Ashdown']);
    expect(policy.allowList).toEqual(['Dick Whittington']);
    expect(resolvePolicy({ councillors: ['Priya Raman'] }, { councillors: [] }).councillors).toEqual([]);
  });

  it('a preset supplies the organisation and citations; the file overrides it', () => {
    const preset = resolvePolicy({ preset: 'north-lincolnshire-2012' });
    expect(preset.organisation.name).toBe('North Lincolnshire Council');
    expect(preset.disclaimer.text).toMatch(/North Lincolnshire Council/);
    expect(preset.citations.disclaimer.source).toMatch(/^North Lincolnshire 2012/);
    const overridden = resolvePolicy({ preset: 'north-lincolnshire-2012' }, { organisation: { name: 'Fenmouth District Council' } });
    expect(overridden.preset).toBe('north-lincolnshire-2012');
    expect(overridden.organisation.name).toBe('Fenmouth District Council');
    expect(overridden.organisation.domains).toEqual(['northlincs.gov.uk']);
  });

  it('the last layer naming a preset chooses it', () => {
    expect(resolvePolicy({ preset: 'derby-2018' }, { preset: 'dudley-2011' }).preset).toBe('dudley-2011');
    expect(resolvePolicy({ preset: 'derby-2018' }, { enforcement: 'block' }).preset).toBe('derby-2018');
    expect(resolvePolicy().preset).toBe('default');
  });

  it('the default disclaimer names the organisation', () => {
    expect(resolvePolicy({ organisation: { name: 'Fenmouth District Council' } }).disclaimer.text).toBe(
      'These views are my own and do not necessarily represent the views of Fenmouth District Council.',
    );
    expect(resolvePolicy({ organisation: { name: 'Fenmouth District Council' } }, { disclaimer: { text: 'Views mine.' } }).disclaimer.text).toBe('Views mine.');
  });

  it('citations are replaced per category', () => {
    const own = { clause: 'Be kind online.', source: 'Fenmouth 2026, 4.1' };
    const policy = resolvePolicy({ preset: 'warwickshire-2009' }, { citations: { abuse: own } });
    expect(policy.citations.abuse).toEqual(own);
    expect(policy.citations.political.source).toMatch(/^Warwickshire 2009/);
  });

  it('does not change its inputs', () => {
    const input: PolicyInput = { categories: { political: 'block' }, councillors: ['Priya Raman'] };
    const copy = JSON.parse(JSON.stringify(input));
    resolvePolicy(input, { categories: { political: 'off' }, councillors: ['Tom Ashdown'] });
    expect(input).toEqual(copy);
    expect(resolvePolicy().severities.council.political).toBe('warn');
  });
});

describe('severities', () => {
  it('defaults differ by account kind', () => {
    const { council, personal } = DEFAULT_POLICY.severities;
    expect(council.disclaimer).toBe('off');
    expect(personal.disclaimer).toBe('warn');
    expect(council.political).toBe('warn');
    expect(personal.political).toBe('info');
    expect(council.safeguarding).toBe('block');
    expect(personal.safeguarding).toBe('block');
  });

  it('categories set both account kinds; missing categories keep their default', () => {
    const policy = resolvePolicy({ categories: { political: 'block', commercial: 'off' } });
    expect(policy.severities.council.political).toBe('block');
    expect(policy.severities.personal.political).toBe('block');
    expect(policy.severities.council.commercial).toBe('off');
    expect(policy.severities.personal.commercial).toBe('off');
    expect(policy.severities.personal.disclaimer).toBe('warn');
  });

  it('categoriesByAccount wins over categories for its account kind only', () => {
    const policy = resolvePolicy({ categories: { political: 'warn' }, categoriesByAccount: { personal: { political: 'off' } } });
    expect(policy.severities.council.political).toBe('warn');
    expect(policy.severities.personal.political).toBe('off');
  });

  it('a later layer overrides an earlier one, whichever field set it', () => {
    const policy = resolvePolicy({ categoriesByAccount: { council: { abuse: 'info' } } }, { categories: { abuse: 'block' } });
    expect(policy.severities.council.abuse).toBe('block');
    const back = resolvePolicy({ categories: { abuse: 'block' } }, { categoriesByAccount: { council: { abuse: 'info' } } });
    expect(back.severities.council.abuse).toBe('info');
    expect(back.severities.personal.abuse).toBe('block');
  });
});

describe('inElectionPeriod', () => {
  const policy = resolvePolicy({
    electionPeriods: [
      { name: 'Borough elections', start: '2027-03-29', end: '2027-05-06' },
      { name: 'By-election', start: '2027-10-01', end: '2027-10-01' },
    ],
  });
  const day = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

  it('includes the first and the last day, all day long (local time)', () => {
    expect(inElectionPeriod(policy, day(2027, 3, 29, 0, 0))).toBe(true);
    expect(inElectionPeriod(policy, day(2027, 5, 6, 23, 59))).toBe(true);
    expect(inElectionPeriod(policy, day(2027, 4, 15))).toBe(true);
    expect(inElectionPeriod(policy, day(2027, 10, 1, 8))).toBe(true);
  });

  it('excludes the days either side', () => {
    expect(inElectionPeriod(policy, day(2027, 3, 28, 23, 59))).toBe(false);
    expect(inElectionPeriod(policy, day(2027, 5, 7, 0, 0))).toBe(false);
    expect(inElectionPeriod(policy, day(2027, 9, 30))).toBe(false);
    expect(inElectionPeriod(policy, day(2027, 10, 2))).toBe(false);
  });

  it('is false with no periods', () => {
    expect(inElectionPeriod(DEFAULT_POLICY, day(2027, 4, 15))).toBe(false);
  });

  it('compares whole dates, not strings of different widths', () => {
    expect(inElectionPeriod(policy, day(2027, 12, 31))).toBe(false);
    expect(inElectionPeriod(policy, day(2026, 4, 15))).toBe(false);
  });
});
