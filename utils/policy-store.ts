// Where the effective policy comes from, merged with later winning:
// built-in default or chosen preset <- user settings <- managed policy (IT).
// A layer that fails validation is left out (the last good one stays in
// force) and its error, naming the field, is kept for the options page and popup.
import { browser } from 'wxt/browser';
import { parsePolicyInput, PolicyError, resolvePolicy, type Policy, type PolicyInput } from '../rules/policy';

export const USER_POLICY_KEY = 'userPolicy';

export interface PolicyState {
  policy: Policy;
  user: PolicyInput;
  managed: PolicyInput | null;
  /** Top-level fields set by managed policy: locked in the options page. */
  managedFields: string[];
  errors: Array<{ source: 'managed' | 'user'; issues: string[] }>;
}

async function readManaged(): Promise<unknown> {
  try {
    const all = await browser.storage.managed.get();
    return all && Object.keys(all).length ? all : null;
  } catch {
    // Firefox throws "Managed storage manifest not found" when IT set nothing: normal.
    return null;
  }
}

function validate(source: 'managed' | 'user', raw: unknown, errors: PolicyState['errors']): PolicyInput | null {
  if (raw === null || raw === undefined) return null;
  try {
    return parsePolicyInput(raw);
  } catch (error) {
    errors.push({ source, issues: error instanceof PolicyError ? error.issues : [String(error)] });
    return null;
  }
}

export async function loadPolicyState(): Promise<PolicyState> {
  const errors: PolicyState['errors'] = [];
  const stored = await browser.storage.local.get(USER_POLICY_KEY);
  const user = validate('user', stored[USER_POLICY_KEY], errors) ?? {};
  const managed = validate('managed', await readManaged(), errors);
  const policy = resolvePolicy(user, ...(managed ? [managed] : []));
  return { policy, user, managed, managedFields: managed ? Object.keys(managed) : [], errors };
}

/** Calls `onChange` when user settings or managed policy change; returns an unsubscribe function. */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
