// Where the effective policy comes from, merged with later winning:
// built-in default or chosen preset <- user settings <- managed policy (IT).
//
// Managed policy: Chrome and Edge read storage.managed (IT's 3rdparty policy,
// validated by Chrome against public/managed_schema.json first); Firefox reads
// 3rdparty.Extensions from policies.json and throws "Managed storage manifest
// not found" when IT set nothing, which is normal, not an error.
//
// A managed policy that fails validation is not applied: the last good managed
// policy (kept in storage.local) stays in force, and the error, naming the
// field, is reported for the options page and popup. Chrome itself first drops
// top-level fields that do not match managed_schema.json (unknown fields, wrong
// types or enum values; chrome://policy lists them) and passes the rest on;
// what the JSON schema cannot say (empty strings, an election period ending
// before it starts) is caught here by the zod schema.
import { browser } from 'wxt/browser';
import { parsePolicyInput, PolicyError, resolvePolicy, type Policy, type PolicyInput } from '../rules/policy';
import type { AccountKind, Platform } from '../rules/types';

/** storage.local: the user's own settings, a PolicyInput (incl. `preset`). */
export const USER_POLICY_KEY = 'userPolicy';
/** storage.local: the account kind the user chose per site, `{ x: 'personal' }`. */
export const SITE_ACCOUNTS_KEY = 'siteAccounts';
/** storage.local: the last managed policy that passed validation, `{ input, savedAt }`. */
export const LAST_GOOD_MANAGED_KEY = 'lastGoodManagedPolicy';

export type SiteAccounts = Partial<Record<Platform, AccountKind>>;

export interface PolicySourceError {
  source: 'managed' | 'user';
  issues: string[];
}

export interface PolicyState {
  policy: Policy;
  user: PolicyInput;
  /** The managed policy in force: the current one, or the last good one when the current one is invalid. */
  managed: PolicyInput | null;
  /** Top-level fields set by managed policy: locked in the options page. */
  managedFields: string[];
  errors: PolicySourceError[];
  /** True when the current managed policy failed validation and the last good one is applied instead. */
  usingLastGoodManaged: boolean;
  /** The account kind chosen per site (the popup and options page change it). */
  siteAccounts: SiteAccounts;
}

export const MISSING_MANAGED =
  '(the policy): your organisation\'s policy is no longer there or could not be read (is the policy file valid JSON?); the last good one stays in force.';

/** The fields a policy file may hold at the top level, in the options page's order. */
const TOP_LEVEL_FIELDS = new Set([
  'preset',
  'organisation',
  'disclaimer',
  'account',
  'accountSwitching',
  'councilAccounts',
  'enforcement',
  'categories',
  'categoriesByAccount',
  'electionPeriods',
  'councillors',
  'candidates',
  'parties',
  'partners',
  'suppliers',
  'confidentialTerms',
  'allowList',
  'citations',
]);

/**
 * Fields locked together: severities set by IT per category must not be
 * undercut by the user's per-account severities, which win over `categories`.
 */
const LOCKED_WITH: Record<string, string[]> = {
  categories: ['categoriesByAccount'],
  categoriesByAccount: ['categories'],
};

/** Reads managed policy; null when IT set nothing (or the browser has no managed store). */
export async function readManaged(): Promise<Record<string, unknown> | null> {
  try {
    const all = await browser.storage.managed.get();
    return all && typeof all === 'object' && Object.keys(all).length ? (all as Record<string, unknown>) : null;
  } catch {
    // Firefox: "Managed storage manifest not found" when no policy is set.
    return null;
  }
}

function validate(source: PolicySourceError['source'], raw: unknown, errors: PolicySourceError[]): PolicyInput | null {
  if (raw === null || raw === undefined) return null;
  try {
    return parsePolicyInput(raw);
  } catch (error) {
    errors.push({ source, issues: error instanceof PolicyError ? error.issues : [String(error)] });
    return null;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Top-level fields a managed input sets (known ones only), including those locked with them. */
export function lockedFields(...managed: Array<Record<string, unknown> | null | undefined>): string[] {
  const out = new Set<string>();
  for (const input of managed) {
    if (!input) continue;
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined || !TOP_LEVEL_FIELDS.has(key)) continue;
      out.add(key);
      for (const other of LOCKED_WITH[key] ?? []) out.add(other);
    }
  }
  return [...out];
}

/** The user's input without the fields IT locked: a locked field is IT's alone, never mixed with older user values. */
export function withoutLocked(user: PolicyInput, locked: string[]): PolicyInput {
  const out: Record<string, unknown> = { ...user };
  for (const key of locked) delete out[key];
  return out as PolicyInput;
}

/**
 * Merges the layers (pure; exported for tests): preset/default <- user <- managed.
 * `managedRaw` is what the managed store holds now; `lastGood` the last valid managed input.
 */
export function computePolicyState(
  userRaw: unknown,
  managedRaw: Record<string, unknown> | null,
  lastGood: PolicyInput | null,
  siteAccounts: SiteAccounts = {},
): PolicyState & { saveLastGood: PolicyInput | undefined } {
  const errors: PolicySourceError[] = [];
  const user = validate('user', userRaw, errors) ?? {};
  const current = validate('managed', managedRaw, errors);
  let managed: PolicyInput | null = current;
  let usingLastGoodManaged = false;
  // The new last good managed policy to store, if it changed.
  let saveLastGood: PolicyInput | undefined;
  if (current) {
    if (!sameJson(current, lastGood)) saveLastGood = current;
  } else if (managedRaw) {
    // Invalid: keep the last good managed policy in force.
    managed = lastGood;
    usingLastGoodManaged = lastGood !== null;
  } else if (lastGood) {
    // The store is empty but a managed policy was in force. Chrome shows a policy
    // file that is not valid JSON to extensions exactly like this, so fail closed:
    // keep the last good policy (IT replaces it by setting any valid policy).
    managed = lastGood;
    usingLastGoodManaged = true;
    errors.push({ source: 'managed', issues: [MISSING_MANAGED] });
  }
  const managedFields = lockedFields(managed, managedRaw);
  const policy = resolvePolicy(withoutLocked(user, managedFields), ...(managed ? [managed] : []));
  return { policy, user, managed, managedFields, errors, usingLastGoodManaged, siteAccounts, saveLastGood };
}

function validSiteAccounts(raw: unknown): SiteAccounts {
  const out: SiteAccounts = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [site, kind] of Object.entries(raw as Record<string, unknown>)) {
    if ((site === 'x' || site === 'facebook' || site === 'youtube') && (kind === 'council' || kind === 'personal')) {
      out[site] = kind;
    }
  }
  return out;
}

function validLastGood(raw: unknown): PolicyInput | null {
  const input = raw && typeof raw === 'object' ? (raw as { input?: unknown }).input : undefined;
  if (!input) return null;
  try {
    return parsePolicyInput(input);
  } catch {
    // Stored by an older version whose schema differed: no longer good.
    return null;
  }
}

export async function loadPolicyState(): Promise<PolicyState> {
  const [stored, managedRaw] = await Promise.all([
    browser.storage.local.get([USER_POLICY_KEY, SITE_ACCOUNTS_KEY, LAST_GOOD_MANAGED_KEY]),
    readManaged(),
  ]);
  const { saveLastGood, ...state } = computePolicyState(
    stored[USER_POLICY_KEY],
    managedRaw,
    validLastGood(stored[LAST_GOOD_MANAGED_KEY]),
    validSiteAccounts(stored[SITE_ACCOUNTS_KEY]),
  );
  if (saveLastGood) {
    await browser.storage.local.set({ [LAST_GOOD_MANAGED_KEY]: { input: saveLastGood, savedAt: new Date().toISOString() } });
  }
  return state;
}

/**
 * The policy from storage.local alone: user settings under the last good
 * managed policy, without waiting for storage.managed (which Chromium answers
 * only seconds after it starts). For checks that cannot wait: IT's last policy
 * still applies, so a browser restart never opens a window without it.
 */
export async function loadCachedPolicyState(): Promise<PolicyState> {
  const stored = await browser.storage.local.get([USER_POLICY_KEY, SITE_ACCOUNTS_KEY, LAST_GOOD_MANAGED_KEY]);
  const lastGood = validLastGood(stored[LAST_GOOD_MANAGED_KEY]);
  const { saveLastGood: _unused, ...state } = computePolicyState(
    stored[USER_POLICY_KEY],
    lastGood,
    lastGood,
    validSiteAccounts(stored[SITE_ACCOUNTS_KEY]),
  );
  return state;
}

/** Validates and stores the user's settings; throws PolicyError naming the field when invalid. */
export async function saveUserPolicy(input: unknown): Promise<PolicyInput> {
  const valid = parsePolicyInput(input);
  await browser.storage.local.set({ [USER_POLICY_KEY]: valid });
  return valid;
}

/** Sets (or with null, clears) the account kind for one site. */
export async function setSiteAccount(site: Platform, kind: AccountKind | null): Promise<void> {
  const stored = await browser.storage.local.get(SITE_ACCOUNTS_KEY);
  const accounts = validSiteAccounts(stored[SITE_ACCOUNTS_KEY]);
  if (kind) accounts[site] = kind;
  else delete accounts[site];
  await browser.storage.local.set({ [SITE_ACCOUNTS_KEY]: accounts });
}

/** The account kind in force on a site: the user's choice where the policy allows switching, else the policy's. */
export function accountFor(state: Pick<PolicyState, 'policy' | 'siteAccounts'>, site: Platform): AccountKind {
  const chosen = state.siteAccounts[site];
  return state.policy.accountSwitching && chosen ? chosen : state.policy.account;
}

/**
 * Calls `onChange` when user settings or managed policy change (managed
 * changes apply at once, without reinstalling); returns an unsubscribe function.
 * The last good copy that loadPolicyState keeps is not a change of its own.
 */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') onChange();
    else if (area === 'local' && (USER_POLICY_KEY in changes || SITE_ACCOUNTS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
