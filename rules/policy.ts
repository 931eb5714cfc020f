// The policy: the single source of truth for what IT writes into managed
// policy, what the options page imports and exports, and what the engine
// reads. `public/managed_schema.json` is generated from `policyInputSchema`.
//
// Two shapes:
// - PolicyInput: what a file holds. Every field is optional and unknown
//   fields are refused, so a typo is reported instead of silently ignored.
// - Policy: the resolved policy the engine runs with, every field present.
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, type AccountKind, type Category, type Citation, type Severity } from './types';
import { PRESETS, PRESET_IDS, type PresetId } from './presets';

// No code generation: extension pages and content scripts forbid eval under
// their content security policy, and Firefox's linter flags zod's fast path.
z.config({ jitless: true });

const severity = z.enum(SEVERITIES);
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** Severity per category; a missing category keeps the value underneath it. */
const categorySeverities = z.strictObject(
  Object.fromEntries(CATEGORIES.map((c) => [c, severity.optional()])) as Record<Category, z.ZodOptional<typeof severity>>,
);

const citation = z.strictObject({
  clause: nonEmpty.describe('The words of the policy this finding enforces.'),
  source: nonEmpty.describe('Which policy and section, e.g. "Warwickshire 2009, 6.3 Terms of Use".'),
});

export const policyInputSchema = z
  .strictObject({
    preset: z
      .enum(PRESET_IDS)
      .optional()
      .describe('Start from one of the built-in policies; the fields below override it.'),
    organisation: z
      .strictObject({
        name: nonEmpty.optional().describe('The employer, as staff would write it.'),
        aliases: z.array(nonEmpty).optional().describe('Other names for the employer.'),
        domains: z.array(nonEmpty).optional().describe("The organisation's web and email domains."),
        officialPhones: z.array(nonEmpty).optional().describe('Official phone numbers, never flagged.'),
        officialAddresses: z.array(nonEmpty).optional().describe('Addresses of official buildings, never flagged.'),
        officialHandles: z.array(nonEmpty).optional().describe('Official @handles, never treated as private people.'),
      })
      .optional(),
    disclaimer: z
      .strictObject({
        text: nonEmpty.optional().describe('The disclaimer staff add to personal posts about work.'),
        acceptedPhrases: z
          .array(nonEmpty)
          .optional()
          .describe('Further wordings accepted as a personal-views disclaimer.'),
      })
      .optional(),
    account: z.enum(['council', 'personal']).optional().describe('Which kind of account this browser posts from by default.'),
    accountSwitching: z.boolean().optional().describe('Whether users may switch the account kind per site.'),
    councilAccounts: z
      .strictObject({
        x: z.array(nonEmpty).optional(),
        facebook: z.array(nonEmpty).optional(),
        youtube: z.array(nonEmpty).optional(),
      })
      .optional()
      .describe("The council's own account handles per site; a signed-in match makes the account kind council."),
    enforcement: z
      .enum(['advise', 'confirm', 'block'])
      .optional()
      .describe('advise: warnings only; confirm: ask "Post anyway?"; block: findings at severity block stop the post.'),
    categories: categorySeverities.optional().describe('Severity per category on every account kind.'),
    categoriesByAccount: z
      .strictObject({ council: categorySeverities.optional(), personal: categorySeverities.optional() })
      .optional()
      .describe('Severity per category for one account kind; wins over `categories`.'),
    electionPeriods: z
      .array(
        z
          .strictObject({ name: nonEmpty, start: isoDate, end: isoDate })
          .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] }),
      )
      .optional()
      .describe('Pre-election periods (Publicity Code para 34): political severity rises and named councillors and candidates are flagged.'),
    councillors: z.array(nonEmpty).optional().describe('Names of sitting councillors.'),
    candidates: z.array(nonEmpty).optional().describe('Names of election candidates.'),
    parties: z.array(nonEmpty).optional().describe('Local parties and groups beyond the national parties.'),
    partners: z.array(nonEmpty).optional().describe('Partner organisations.'),
    suppliers: z.array(nonEmpty).optional().describe('Suppliers and contractors.'),
    confidentialTerms: z.array(nonEmpty).optional().describe('Code names of confidential projects.'),
    allowList: z.array(nonEmpty).optional().describe('Phrases never flagged, in any category.'),
    citations: z
      .strictObject(
        Object.fromEntries(CATEGORIES.map((c) => [c, citation.optional()])) as Record<Category, z.ZodOptional<typeof citation>>,
      )
      .optional()
      .describe('The clause of your own policy each category enforces.'),
  })
  .describe('A Postcheck policy. Every field is optional: what is missing takes the default.');

export type PolicyInput = z.infer<typeof policyInputSchema>;
export type Enforcement = 'advise' | 'confirm' | 'block';

export interface ElectionPeriod {
  name: string;
  start: string;
  end: string;
}

export interface Policy {
  preset: PresetId;
  organisation: {
    name: string;
    aliases: string[];
    domains: string[];
    officialPhones: string[];
    officialAddresses: string[];
    officialHandles: string[];
  };
  disclaimer: { text: string; acceptedPhrases: string[] };
  account: AccountKind;
  accountSwitching: boolean;
  councilAccounts: { x: string[]; facebook: string[]; youtube: string[] };
  enforcement: Enforcement;
  severities: Record<AccountKind, Record<Category, Severity>>;
  electionPeriods: ElectionPeriod[];
  councillors: string[];
  candidates: string[];
  parties: string[];
  partners: string[];
  suppliers: string[];
  confidentialTerms: string[];
  allowList: string[];
  citations: Record<Category, Citation>;
}

/** A policy that failed validation: `issues` name the fields. */
export class PolicyError extends Error {
  constructor(readonly issues: string[]) {
    super(`The policy is not valid: ${issues.join('; ')}`);
    this.name = 'PolicyError';
  }
}

function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(the policy)';
}

/** Turns zod's issues into sentences that name the field, e.g. `organisation.domains[0]: must not be empty`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? ` in ${fieldPath(issue.path)}` : '';
      return issue.keys.map((key) => `${fieldPath([...issue.path, key])}: unknown field${where}`).join('; ');
    }
    return `${fieldPath(issue.path)}: ${issue.message}`;
  });
}

/** Validates untrusted input (a file, managed storage, an import). Throws PolicyError naming the field. */
export function parsePolicyInput(input: unknown): PolicyInput {
  const result = policyInputSchema.safeParse(input);
  if (!result.success) throw new PolicyError(describeIssues(result.error));
  return result.data;
}

/** Parses JSON text; a syntax error is reported as a PolicyError too. */
export function parsePolicyJson(json: string): PolicyInput {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new PolicyError([`(the policy): not valid JSON (${(error as Error).message})`]);
  }
  return parsePolicyInput(data);
}

const DEFAULT_SEVERITIES: Record<AccountKind, Record<Category, Severity>> = {
  council: {
    political: 'warn',
    'personal-data': 'warn',
    defamation: 'warn',
    disclaimer: 'off', // an official account speaks for the council by definition
    abuse: 'warn',
    commercial: 'warn',
    confidential: 'warn',
    safeguarding: 'block',
  },
  personal: {
    // Staff may hold political views; the policy asks care, not silence.
    political: 'info',
    'personal-data': 'warn',
    defamation: 'warn',
    disclaimer: 'warn',
    abuse: 'warn',
    commercial: 'info',
    confidential: 'warn',
    safeguarding: 'block',
  },
};

/**
 * Layers inputs over a preset, later inputs winning field by field. Lists
 * replace lists (IT's councillor list replaces, never appends to, a stale one).
 */
export function resolvePolicy(...inputs: PolicyInput[]): Policy {
  const presetId = [...inputs].reverse().find((i) => i.preset)?.preset ?? 'default';
  const layers = [PRESETS[presetId].policy, ...inputs];
  const pick = <T>(get: (i: PolicyInput) => T | undefined, fallback: T): T => {
    let value = fallback;
    for (const layer of layers) {
      const v = get(layer);
      if (v !== undefined) value = v;
    }
    // Copy lists so that changing a resolved policy never changes a preset or an input.
    return (Array.isArray(value) ? value.map((item) => (typeof item === 'object' ? { ...item } : item)) : value) as T;
  };
  const orgName = pick((i) => i.organisation?.name, 'the council');
  const severities = {
    council: { ...DEFAULT_SEVERITIES.council },
    personal: { ...DEFAULT_SEVERITIES.personal },
  };
  for (const layer of layers) {
    for (const kind of ['council', 'personal'] as const) {
      Object.assign(severities[kind], stripUndefined(layer.categories), stripUndefined(layer.categoriesByAccount?.[kind]));
    }
  }
  const citations = { ...PRESETS.default.policy.citations } as Record<Category, Citation>;
  for (const layer of layers) Object.assign(citations, stripUndefined(layer.citations));
  return {
    preset: presetId,
    organisation: {
      name: orgName,
      aliases: pick((i) => i.organisation?.aliases, []),
      domains: pick((i) => i.organisation?.domains, []),
      officialPhones: pick((i) => i.organisation?.officialPhones, []),
      officialAddresses: pick((i) => i.organisation?.officialAddresses, []),
      officialHandles: pick((i) => i.organisation?.officialHandles, []),
    },
    disclaimer: {
      text: pick(
        (i) => i.disclaimer?.text,
        `These views are my own and do not necessarily represent the views of ${orgName}.`,
      ),
      acceptedPhrases: pick((i) => i.disclaimer?.acceptedPhrases, []),
    },
    account: pick((i) => i.account, 'council'),
    accountSwitching: pick((i) => i.accountSwitching, true),
    councilAccounts: {
      x: pick((i) => i.councilAccounts?.x, []),
      facebook: pick((i) => i.councilAccounts?.facebook, []),
      youtube: pick((i) => i.councilAccounts?.youtube, []),
    },
    enforcement: pick((i) => i.enforcement, 'confirm'),
    severities,
    electionPeriods: pick((i) => i.electionPeriods, []),
    councillors: pick((i) => i.councillors, []),
    candidates: pick((i) => i.candidates, []),
    parties: pick((i) => i.parties, []),
    partners: pick((i) => i.partners, []),
    suppliers: pick((i) => i.suppliers, []),
    confidentialTerms: pick((i) => i.confidentialTerms, []),
    allowList: pick((i) => i.allowList, []),
    citations,
  };
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The built-in default policy. */
export const DEFAULT_POLICY: Policy = resolvePolicy();

/** True when `now` (local calendar day) falls inside one of the periods, ends included. */
export function inElectionPeriod(policy: Policy, now: Date): boolean {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return policy.electionPeriods.some((p) => p.start <= day && day <= p.end);
}
