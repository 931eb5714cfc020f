// The service worker (an event page on Firefox MV2): holds the effective
// policy and runs the engine for the content scripts, keeps each tab's
// page status and shows it on the toolbar badge.
//
// Why the engine runs here and not in the page: compromise and the rule
// tables are large; loaded once per browser session here, pages where nobody
// writes pay nothing, and the page's main thread never runs an NLP parse
// while the user types (no long tasks on the site).
import { browser } from 'wxt/browser';
import { check } from '../rules/engine';
import { finishDeferredWork } from '../rules/lib/deferred-work';
import { resolvePolicy, type Policy } from '../rules/policy';
import type { AccountKind } from '../rules/types';
import type { CheckRequest, CheckResponse, Message, PageStatus } from '../utils/messages';
import { NOT_CHECKING_TEXT } from '../utils/messages';
import { loadCachedPolicyState, loadPolicyState, setSiteAccount, watchPolicy, type PolicyState } from '../utils/policy-store';

let policyState: Promise<PolicyState> | null = null;
const currentPolicy = () =>
  (policyState ??= loadPolicyState().catch((error) => {
    policyState = null;
    throw error;
  }));

const statuses = new Map<number, PageStatus>();

interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** The badge API: `action` on MV3, `browserAction` on MV2; absent when the manifest declares neither. */
function badgeApi() {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

async function showStatus(tabId: number, status: PageStatus | undefined): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  try {
    if (status?.state === 'not-checking') {
      await api.setBadgeText({ tabId, text: '!' });
      await api.setBadgeBackgroundColor({ tabId, color: '#b45309' });
      await api.setTitle({ tabId, title: `Postcheck: ${NOT_CHECKING_TEXT.toLowerCase()} (${status.reason})` });
    } else {
      await api.setBadgeText({ tabId, text: '' });
      await api.setTitle({
        tabId,
        title: status?.state === 'checking' ? 'Postcheck: checking the compose box on this page' : 'Postcheck',
      });
    }
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

type SiteAccounts = PolicyState['siteAccounts'];
interface CheckPolicy {
  policy: Policy;
  siteAccounts: SiteAccounts;
  provisional: boolean;
}

let ready: PolicyState | null = null;
let provisionalPolicy: Promise<CheckPolicy> | null = null;

/** The user's settings over the defaults, without managed policy. */
async function readProvisional(): Promise<CheckPolicy> {
  try {
    // User settings under IT's last good managed policy, from storage.local: a
    // browser restart never opens a window where IT's policy (e.g. block) is off.
    const cached = await loadCachedPolicyState();
    return { policy: cached.policy, siteAccounts: cached.siteAccounts ?? {}, provisional: true };
  } catch {
    return { policy: resolvePolicy(), siteAccounts: {}, provisional: true };
  }
}

/**
 * The policy a check runs with. Chromium answers the first storage.managed
 * read only seconds after the browser starts (measured 3-5 s in a fresh
 * profile); the user must not wait for it. Until it is in, checks run with
 * the user's settings over the defaults and say so (`provisional`), and the
 * content script checks again shortly.
 */
async function policyForCheck(): Promise<CheckPolicy> {
  if (ready) return { policy: ready.policy, siteAccounts: ready.siteAccounts ?? {}, provisional: false };
  return (provisionalPolicy ??= readProvisional());
}

function loadPolicy() {
  ready = null;
  provisionalPolicy = null;
  policyState = null;
  currentPolicy().then(
    (state) => void (ready = state),
    () => {},
  );
}

/**
 * Which account kind a post is checked as: the user's choice (in the panel or
 * the popup) where the policy allows switching, else council when the
 * signed-in handle is one of policy.councilAccounts for the site, else the policy's default.
 */
function accountFor(request: CheckRequest, { policy, siteAccounts }: CheckPolicy): { account: AccountKind; source: CheckResponse['accountSource'] } {
  const chosen = request.account ?? siteAccounts[request.site];
  if (chosen && policy.accountSwitching) return { account: chosen, source: 'chosen' };
  const handles = policy.councilAccounts[request.site] ?? [];
  if (request.handle) {
    const norm = (h: string) => h.trim().replace(/^@/, '').toLowerCase();
    if (handles.some((h) => norm(h) === norm(request.handle!))) return { account: 'council', source: 'handle' };
  }
  return { account: policy.account, source: 'policy' };
}

let idleTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The first checks run some patterns unanalysed while their faster forms and
 * prefilters are made a few at a time (rules/lib/deferred-work.ts). A pause
 * in typing finishes the rest, so later checks are all at full speed.
 */
function scheduleIdleWork(): void {
  clearTimeout(idleTimer);
  // In slices of 10 ms, so a check that arrives meanwhile waits for one slice at most.
  const slice = () => {
    if (!finishDeferredWork(10)) idleTimer = setTimeout(slice, 0);
  };
  idleTimer = setTimeout(slice, 1500);
}

async function runCheck(request: CheckRequest): Promise<CheckResponse> {
  const checkPolicy = await policyForCheck();
  const { policy, provisional } = checkPolicy;
  const { account, source } = accountFor(request, checkPolicy);
  const started = performance.now();
  const findings = check(String(request.text ?? ''), { account, platform: request.site }, policy);
  scheduleIdleWork();
  return {
    findings,
    account,
    accountSource: source,
    enforcement: policy.enforcement,
    accountSwitching: policy.accountSwitching,
    disclaimer: policy.disclaimer.text,
    engineMs: performance.now() - started,
    provisional,
  };
}

export default defineBackground(() => {
  watchPolicy(loadPolicy);
  // Start reading the policy (managed storage is slow at browser start) before anyone asks.
  loadPolicy();

  browser.runtime.onMessage.addListener((raw: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    const message = raw as Message;
    switch (message?.type) {
      case 'check':
        return runCheck(message);
      case 'warm':
        // The first parse compiles compromise's lexicon and the rules' patterns.
        return runCheck({ type: 'check', text: 'Warming up the checker for you today.', site: 'x' }).then(() => true);
      case 'page-status': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        // Only the top frame speaks for the tab.
        if (sender.frameId && sender.frameId !== 0) return undefined;
        statuses.set(tabId, message.status);
        return showStatus(tabId, message.status).then(() => true);
      }
      case 'set-account':
        // The panel's account switch: remembered per site, like the popup's.
        return setSiteAccount(message.site, message.account).then(() => true);
      case 'tab-status':
        return Promise.resolve(statuses.get(message.tabId) ?? null);
      case 'policy-state':
        return currentPolicy();
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => statuses.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A page load starts over; the new page's content script reports again
    // (and after SPA navigation it re-reports too).
    if (change.status === 'loading') {
      statuses.delete(tabId);
      void showStatus(tabId, undefined);
    }
  });

  // For the browser tests and debugging from the service worker console.
  (globalThis as Record<string, unknown>).postcheckStatuses = () => [...statuses].map(([tabId, status]) => ({ tabId, ...status }));
});
