// The toolbar popup: whether Postcheck is checking on this tab and why not,
// the account kind for this site, a scratchpad that checks pasted text with
// the same engine (in the background) and shows it in the same findings panel
// as the compose box, and a link to the settings.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AccountKind, Edit, Finding, Platform, Suggestion } from '../../rules/types';
import type { CheckRequest, CheckResponse, PageStatus, TabStatusRequest } from '../../utils/messages';
import { accountFor, loadPolicyState, setSiteAccount, watchPolicy, type PolicyState } from '../../utils/policy-store';
import { FindingsPanel, PANEL_CSS } from '../../components/FindingsPanel';
import { THEME_CSS } from '../../components/theme';
import { ACCOUNT_LABEL } from '../../components/labels';
import { PolicyProblems } from '../../components/options/policy-notice';

// The engine's applyEdit, without loading the engine into the popup.
function applyEdit(text: string, edit: Edit): string {
  if (edit.kind === 'insert') return text.slice(0, edit.at) + edit.text + text.slice(edit.at);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', youtube: 'YouTube' };

/** The site Postcheck checks at a URL, or null. */
export function siteOf(url: string | undefined): Platform | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host === 'x.com' || host.endsWith('.x.com') || host === 'twitter.com' || host.endsWith('.twitter.com')) return 'x';
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  if (host === 'youtube.com' || host.endsWith('.youtube.com')) return 'youtube';
  return null;
}

interface TabInfo {
  id?: number;
  site: Platform | null;
  status: PageStatus | null;
}

/** The tab the popup is about: the active tab, or `?tab=<id>` (used when the popup is opened as a page, e.g. by tests). */
async function currentTab(): Promise<TabInfo> {
  const param = new URLSearchParams(location.search).get('tab');
  let tab: { id?: number; url?: string } | undefined;
  if (param) tab = await browser.tabs.get(Number(param)).catch(() => undefined);
  else [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { site: null, status: null };
  let status: PageStatus | null = null;
  try {
    status = (await browser.runtime.sendMessage({ type: 'tab-status', tabId: tab.id } satisfies TabStatusRequest)) ?? null;
  } catch {
    // The background is starting up: judge by the address alone.
  }
  return { id: tab.id, site: status?.site ?? siteOf(tab.url), status };
}

function StatusCard({ tab }: { tab: TabInfo }) {
  const { status, site } = tab;
  let state: PageStatus['state'] = 'not-checking';
  let headline: string;
  let why: string;
  if (status?.state === 'checking') {
    state = 'checking';
    headline = `Checking on ${SITE_NAMES[status.site]}`;
    why = status.composers === 1 ? 'Postcheck is checking the post box on this page.' : `Postcheck is checking ${status.composers} post boxes on this page.`;
  } else if (status?.state === 'idle') {
    state = 'idle';
    headline = `Ready on ${SITE_NAMES[status.site]}`;
    why = 'Start writing a post and Postcheck checks it as you type.';
  } else if (status?.state === 'not-checking') {
    headline = 'Not checking on this page';
    why = status.reason;
  } else if (site) {
    headline = 'Not checking on this page';
    why = `Postcheck has not started on this ${SITE_NAMES[site]} page yet. Reload the page to start checking.`;
  } else {
    headline = 'Not checking on this page';
    why = 'Postcheck checks posts on X, Facebook and YouTube only.';
  }
  return (
    <div class="card" data-testid="tab-status" data-state={state}>
      <p class="state" data-state={state}>
        {headline}
      </p>
      <p class="why">{why}</p>
    </div>
  );
}

function AccountCard({ state, site }: { state: PolicyState; site: Platform }) {
  const account = accountFor(state, site);
  const switching = state.policy.accountSwitching;
  return (
    <div class="card row" data-testid="site-account">
      {switching ? (
        <label class="row">
          <span>Account on {SITE_NAMES[site]}</span>
          <select value={account} onChange={(e) => void setSiteAccount(site, e.currentTarget.value as AccountKind)}>
            <option value="council">{ACCOUNT_LABEL.council}</option>
            <option value="personal">{ACCOUNT_LABEL.personal}</option>
          </select>
        </label>
      ) : (
        <span>
          Account on {SITE_NAMES[site]}: <strong>{ACCOUNT_LABEL[account]}</strong> (set by your policy)
        </span>
      )}
    </div>
  );
}

/** The findings panel in an open shadow root, styled exactly as beside a compose box. */
function ShadowPanel(props: Parameters<typeof FindingsPanel>[0]) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!host.current || mount.current) return;
    const root = host.current.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${THEME_CSS}${PANEL_CSS}.pc-panel { width: 100%; max-height: none; box-shadow: none; }`;
    mount.current = document.createElement('div');
    root.append(style, mount.current);
  }, []);
  useEffect(() => {
    if (mount.current) render(<FindingsPanel {...props} />, mount.current);
  });
  useEffect(() => () => mount.current && render(null, mount.current), []);
  return <div ref={host} class="scratch-panel" data-postcheck="" />;
}

function Scratchpad({ state, site }: { state: PolicyState; site: Platform | null }) {
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<Platform>(site ?? 'x');
  const [result, setResult] = useState<CheckResponse | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  const account = accountFor(state, platform);

  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return;
    }
    const ticket = ++latest.current;
    const request: CheckRequest = { type: 'check', text, site: platform, account };
    browser.runtime
      .sendMessage(request)
      .then((response) => {
        if (ticket !== latest.current) return;
        setResult(response as CheckResponse);
        setError('');
      })
      .catch((e: Error) => ticket === latest.current && setError(`The check failed: ${e.message}`));
  }, [text, platform, account, state]);

  const applySuggestion = (_finding: Finding, suggestion: Suggestion) => setText((t) => applyEdit(t, suggestion.edit));

  return (
    <div class="card" data-testid="scratchpad">
      <label for="scratch">
        <strong>Try a post</strong> <span class="hint">Paste or write text to see what Postcheck finds.</span>
      </label>
      <textarea id="scratch" value={text} placeholder="Paste a post here…" onInput={(e) => setText(e.currentTarget.value)} />
      <label class="row">
        <span>Check as a post on</span>
        <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
          {(Object.keys(SITE_NAMES) as Platform[]).map((p) => (
            <option key={p} value={p}>
              {SITE_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="errors" role="alert">
          {error}
        </p>
      )}
      {text.trim() && result && (
        <ShadowPanel
          findings={result.findings}
          account={result.account}
          accountSwitching={false}
          onSuggestion={applySuggestion}
          title="Findings"
        />
      )}
    </div>
  );
}

export function PopupApp() {
  const [state, setState] = useState<PolicyState | null>(null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    const reload = () => void loadPolicyState().then(setState);
    reload();
    void currentTab().then(setTab);
    return watchPolicy(reload);
  }, []);
  if (!state || !tab) return <p class="loading">Loading…</p>;
  return (
    <main>
      <h1>Postcheck</h1>
      <p class="org">
        Checking against <strong data-testid="organisation-in-force">{state.policy.organisation.name}</strong>'s social media policy
        {state.managed ? ', set by your organisation' : ''}.
      </p>
      <PolicyProblems state={state} />
      <StatusCard tab={tab} />
      {tab.site && <AccountCard state={state} site={tab.site} />}
      <Scratchpad state={state} site={tab.site} />
      <footer>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          Settings
        </a>
        <span class="hint">Nothing you write leaves this device.</span>
      </footer>
    </main>
  );
}
