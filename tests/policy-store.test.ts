// Merging the policy layers (preset <- user <- managed), the last good managed
// policy, locking and change notification, against WXT's fake browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  accountFor,
  computePolicyState,
  LAST_GOOD_MANAGED_KEY,
  MISSING_MANAGED,
  loadCachedPolicyState,
  loadPolicyState,
  saveUserPolicy,
  setSiteAccount,
  SITE_ACCOUNTS_KEY,
  USER_POLICY_KEY,
  watchPolicy,
} from '../utils/policy-store';
import { PolicyError } from '../rules/policy';
import { PRESETS } from '../rules/presets';

const fenmouth = {
  organisation: { name: 'Fenmouth District Council', domains: ['fenmouth.gov.uk'], officialPhones: ['01632 960123'] },
  enforcement: 'block' as const,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

async function lastGood(): Promise<{ input?: unknown }> {
  return ((await fakeBrowser.storage.local.get(LAST_GOOD_MANAGED_KEY))[LAST_GOOD_MANAGED_KEY] ?? {}) as { input?: unknown };
}

describe('merging: preset <- user <- managed, later winning', () => {
  it('with nothing stored, is the built-in default and reports no error', async () => {
    const state = await loadPolicyState();
    expect(state.policy.preset).toBe('default');
    expect(state.policy.enforcement).toBe('confirm');
    expect(state.managed).toBeNull();
    expect(state.managedFields).toEqual([]);
    expect(state.errors).toEqual([]);
  });

  it('applies the preset the user chose, and the user fields over it', async () => {
    await fakeBrowser.storage.local.set({
      [USER_POLICY_KEY]: { preset: 'warwickshire-2009', organisation: { name: 'Fenmouth District Council' } },
    });
    const state = await loadPolicyState();
    expect(state.policy.preset).toBe('warwickshire-2009');
    expect(state.policy.citations.political).toEqual(PRESETS['warwickshire-2009'].policy.citations.political);
    expect(state.policy.organisation.name).toBe('Fenmouth District Council');
  });

  it('lets managed policy win over the user, field by field, and locks what it sets', async () => {
    await fakeBrowser.storage.local.set({
      [USER_POLICY_KEY]: { enforcement: 'advise', councillors: ['Ann Other'], organisation: { name: 'Mine', aliases: ['Old'] } },
    });
    await fakeBrowser.storage.managed.set(fenmouth);
    const state = await loadPolicyState();
    expect(state.policy.enforcement).toBe('block');
    expect(state.policy.organisation.name).toBe('Fenmouth District Council');
    // A locked field is IT's alone: the user's older aliases do not leak into it.
    expect(state.policy.organisation.aliases).toEqual([]);
    // Fields IT did not set stay the user's.
    expect(state.policy.councillors).toEqual(['Ann Other']);
    expect(state.managedFields.sort()).toEqual(['enforcement', 'organisation']);
  });

  it('locks per-account severities together with categories, so IT severities cannot be undercut', () => {
    const state = computePolicyState(
      { categoriesByAccount: { council: { political: 'off' } } },
      { categories: { political: 'block' } },
      null,
    );
    expect(state.managedFields.sort()).toEqual(['categories', 'categoriesByAccount']);
    expect(state.policy.severities.council.political).toBe('block');
  });

  it('takes the preset from managed policy when IT sets one', () => {
    const state = computePolicyState({ preset: 'dudley-2011' }, { preset: 'derby-2018' }, null);
    expect(state.policy.preset).toBe('derby-2018');
  });
});

describe('a managed policy that fails validation', () => {
  it('keeps the last good managed policy in force and reports the error naming the field', async () => {
    await fakeBrowser.storage.managed.set(fenmouth);
    expect((await loadPolicyState()).policy.organisation.name).toBe('Fenmouth District Council');
    expect((await lastGood()).input).toEqual(fenmouth);

    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ organisation: { name: 'Fenmouth District Council', domains: [''] }, enforcment: 'advise' });
    const state = await loadPolicyState();
    expect(state.usingLastGoodManaged).toBe(true);
    expect(state.policy.organisation.domains).toEqual(['fenmouth.gov.uk']);
    expect(state.policy.enforcement).toBe('block');
    expect(state.errors).toHaveLength(1);
    expect(state.errors[0].source).toBe('managed');
    expect(state.errors[0].issues.join('\n')).toMatch(/organisation\.domains\[0\]: must not be empty/);
    expect(state.errors[0].issues.join('\n')).toMatch(/enforcment: unknown field/);
    // The bad one never replaces the good copy.
    expect((await lastGood()).input).toEqual(fenmouth);
  });

  it('without a last good one, falls back to user settings and the default, still locking what IT meant to set', () => {
    const state = computePolicyState({ enforcement: 'advise', councillors: ['Ann Other'] }, { enforcement: 'never' }, null);
    expect(state.usingLastGoodManaged).toBe(false);
    expect(state.policy.enforcement).toBe('confirm');
    expect(state.policy.councillors).toEqual(['Ann Other']);
    expect(state.managedFields).toEqual(['enforcement']);
    expect(state.errors[0].issues[0]).toMatch(/^enforcement: /);
  });

  it('keeps the last good policy when the managed store empties, as Chrome shows a policy file that is not valid JSON', async () => {
    await fakeBrowser.storage.managed.set(fenmouth);
    await loadPolicyState();
    await fakeBrowser.storage.managed.clear();
    const state = await loadPolicyState();
    expect(state.usingLastGoodManaged).toBe(true);
    expect(state.policy.enforcement).toBe('block');
    expect(state.managedFields.sort()).toEqual(['enforcement', 'organisation']);
    expect(state.errors).toEqual([{ source: 'managed', issues: [MISSING_MANAGED] }]);
  });

  it('replaces the last good policy with any new valid one', async () => {
    await fakeBrowser.storage.managed.set(fenmouth);
    await loadPolicyState();
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ preset: 'default' });
    const state = await loadPolicyState();
    expect(state.errors).toEqual([]);
    expect(state.policy.enforcement).toBe('confirm');
    expect(state.managedFields).toEqual(['preset']);
  });

  it('treats a missing managed store (Firefox without policies.json) as no policy, not an error', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    const state = await loadPolicyState();
    expect(state.errors).toEqual([]);
    expect(state.managed).toBeNull();
  });

  it('reports invalid stored user settings and ignores them', async () => {
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { enforcement: 'sometimes' } });
    const state = await loadPolicyState();
    expect(state.errors).toEqual([{ source: 'user', issues: [expect.stringMatching(/^enforcement: /)] }]);
    expect(state.policy.enforcement).toBe('confirm');
  });
});

describe('loadCachedPolicyState (before storage.managed answers)', () => {
  it('applies the last good managed policy over the user settings, without reading storage.managed', async () => {
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { enforcement: 'advise', councillors: ['Ann Other'] } });
    await fakeBrowser.storage.managed.set(fenmouth);
    await loadPolicyState();
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const state = await loadCachedPolicyState();
    expect(managedGet).not.toHaveBeenCalled();
    expect(state.policy.enforcement).toBe('block');
    expect(state.policy.organisation.name).toBe('Fenmouth District Council');
    expect(state.policy.councillors).toEqual(['Ann Other']);
    expect(state.managedFields.sort()).toEqual(['enforcement', 'organisation']);
    expect(state.errors).toEqual([]);
  });

  it('is the user settings alone when no managed policy was ever seen', async () => {
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { enforcement: 'advise' } });
    const state = await loadCachedPolicyState();
    expect(state.policy.enforcement).toBe('advise');
    expect(state.managed).toBeNull();
  });
});

describe('user settings and per-site account kinds', () => {
  it('saves only valid settings, refusing with the field named', async () => {
    await expect(saveUserPolicy({ organisation: { nmae: 'x' } })).rejects.toThrow(PolicyError);
    await expect(saveUserPolicy({ organisation: { nmae: 'x' } })).rejects.toThrow(/organisation\.nmae: unknown field/);
    await saveUserPolicy({ enforcement: 'advise' });
    expect((await loadPolicyState()).policy.enforcement).toBe('advise');
  });

  it('uses the chosen account kind per site only where the policy allows switching', async () => {
    await setSiteAccount('x', 'personal');
    let state = await loadPolicyState();
    expect(state.siteAccounts).toEqual({ x: 'personal' });
    expect(accountFor(state, 'x')).toBe('personal');
    expect(accountFor(state, 'facebook')).toBe('council');
    await fakeBrowser.storage.managed.set({ accountSwitching: false });
    state = await loadPolicyState();
    expect(accountFor(state, 'x')).toBe('council');
    await setSiteAccount('x', null);
    expect((await fakeBrowser.storage.local.get(SITE_ACCOUNTS_KEY))[SITE_ACCOUNTS_KEY]).toEqual({});
  });
});

describe('watchPolicy', () => {
  it('fires on managed changes and user settings, not on the last good copy it keeps', async () => {
    const onChange = vi.fn();
    const stop = watchPolicy(onChange);
    await fakeBrowser.storage.managed.set(fenmouth);
    expect(onChange).toHaveBeenCalledTimes(1);
    await loadPolicyState(); // writes the last good copy
    expect(onChange).toHaveBeenCalledTimes(1);
    await saveUserPolicy({ enforcement: 'advise' });
    await setSiteAccount('youtube', 'personal');
    expect(onChange).toHaveBeenCalledTimes(3);
    stop();
    await fakeBrowser.storage.managed.set({ enforcement: 'advise' });
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
