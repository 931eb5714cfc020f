// Postcheck's one content script for X, Facebook, YouTube and YouTube Studio.
// These are single-page apps: composers come and go without a page load, so
// a shared MutationObserver finds them (and notices when they leave); each
// becomes a Composer. The submit guard is installed at document_start so its
// window capture listeners run before any of the page's own.
import { browser } from 'wxt/browser';
import type { PageStatus } from '../../utils/messages';
import { adaptersFor } from './adapters';
import { Composer } from './composer';
import { installGuard } from './guard';

const SCAN_INTERVAL_MS = 120;

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
    'https://www.youtube.com/*',
    'https://m.youtube.com/*',
    'https://studio.youtube.com/*',
  ],
  runAt: 'document_start',
  main(ctx) {
    const adapters = adaptersFor(location.hostname);
    if (!adapters.length) return;
    const site = adapters[0].site;
    const composers = new Map<HTMLElement, Composer>();
    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      for (const c of composers.values()) c.dispose();
      composers.clear();
    });
    installGuard(() => composers.values(), controller.signal);

    /** A compose box the user typed in that no adapter recognises: the site's markup changed. */
    let unrecognised: Element | null = null;
    let lastStatus = '';
    let warmed = false;

    const report = () => {
      let status: PageStatus;
      const problems = [...composers.values()].map((c) => c.problem()).filter(Boolean);
      if (unrecognised?.isConnected) status = { state: 'not-checking', site, reason: 'this compose box is not recognised' };
      else if (problems.length) status = { state: 'not-checking', site, reason: problems[0]! };
      else if (composers.size) status = { state: 'checking', site, composers: composers.size };
      else status = { state: 'idle', site };
      const key = JSON.stringify(status);
      if (key === lastStatus) return;
      lastStatus = key;
      browser.runtime.sendMessage({ type: 'page-status', status }).catch(() => {
        lastStatus = '';
      });
    };

    const scan = () => {
      for (const adapter of adapters) {
        for (const editor of document.querySelectorAll<HTMLElement>(adapter.editor)) {
          if (composers.has(editor)) continue;
          composers.set(editor, new Composer(editor, adapter, report));
          if (unrecognised && editor.contains(unrecognised)) unrecognised = null;
          if (!warmed) {
            warmed = true;
            // Pay the engine's cold start while the user is still clicking into the box.
            browser.runtime.sendMessage({ type: 'warm' }).catch(() => {});
          }
        }
      }
      for (const [editor, composer] of composers) {
        if (!editor.isConnected || !editor.isContentEditable) {
          composer.dispose();
          composers.delete(editor);
        }
      }
      report();
    };

    let scanTimer: ReturnType<typeof setTimeout> | undefined;
    const scheduleScan = () => {
      scanTimer ??= setTimeout(() => {
        scanTimer = undefined;
        scan();
      }, SCAN_INTERVAL_MS);
    };

    const onTyping = (event: Event) => {
      const path = event.composedPath();
      const target = path[0];
      if (!(target instanceof HTMLElement) || !target.isContentEditable) return;
      if (path.some((n) => n instanceof HTMLElement && n.hasAttribute('data-postcheck'))) return;
      for (const editor of composers.keys()) if (editor.contains(target)) return;
      // Maybe it appeared since the last scan.
      scan();
      for (const editor of composers.keys()) if (editor.contains(target)) return;
      let root: HTMLElement = target;
      while (root.parentElement?.isContentEditable) root = root.parentElement;
      if (unrecognised !== root) {
        unrecognised = root;
        report();
      }
    };

    const start = () => {
      new MutationObserver(scheduleScan).observe(document.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['contenteditable', 'data-testid', 'role', 'data-lexical-editor'],
      });
      document.addEventListener('input', onTyping, { capture: true, signal: controller.signal });
      document.addEventListener('focusin', onTyping, { capture: true, signal: controller.signal });
      // Settings, managed policy or the site's account kind changed (options page, popup, IT).
      const onStorage = (_changes: unknown, area: string) => {
        if (area === 'local' || area === 'managed') for (const c of composers.values()) c.recheck();
      };
      browser.storage.onChanged.addListener(onStorage);
      controller.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
      // SPA navigation: rescan at once rather than on the next mutation batch.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        lastStatus = '';
        scheduleScan();
      });
      scan();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
