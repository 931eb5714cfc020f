// Launches Debian's Chromium with the BUILT extension (.output/chrome-mv3)
// and serves fixture pages under the real site URLs by request routing.
// Every request the browser makes is recorded; anything not served by a
// fixture route is aborted, so a test can assert that nothing left the device.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { describe } from 'vitest';
import { EXTENSION_ID } from '../../wxt.config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export { EXTENSION_ID };
/** Chromium's real managed-policy directory on Linux. */
export const MANAGED_POLICY_DIR = '/etc/chromium/policies/managed';
const MANAGED_POLICY_FILE = join(MANAGED_POLICY_DIR, 'postcheck-test.json');

const available = existsSync(CHROMIUM) && existsSync(join(EXTENSION_DIR, 'manifest.json'));
if (process.env.CI === 'true' && !available) {
  // In CI browser tests must run, never skip.
  throw new Error(`Browser tests need ${CHROMIUM} and a build in ${EXTENSION_DIR} (run npm run build).`);
}
/** describe() when Chromium and the build are present (always in CI), otherwise skipped with a reason. */
export const describeInBrowser: typeof describe = available ? describe : (describe.skip as typeof describe);

export type Site = 'x' | 'facebook' | 'youtube' | 'studio';
export const SITE_ORIGINS: Record<Site, string> = {
  x: 'https://x.com',
  facebook: 'https://www.facebook.com',
  youtube: 'https://www.youtube.com',
  studio: 'https://studio.youtube.com',
};

/** What a route handler serves: a fixture's HTML, script or other body. */
export type FixtureHandler = (url: URL, route: Route) => Promise<void> | void;

export interface Browser {
  context: BrowserContext;
  /** Every URL the browser requested (pages, workers, the extension). */
  requests: string[];
  /** Requests that no fixture served: each one would have left the device. */
  blocked: string[];
  /** Serve `handler` for every request to `origin`. */
  serve(origin: string, handler: FixtureHandler): Promise<void>;
  newPage(): Promise<Page>;
  /** The extension's own page, e.g. 'options.html' or 'popup.html'. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A managed policy for Postcheck, written to Chromium's managed-policy
   * directory (3rdparty.extensions.<id>) before the browser starts and removed on close.
   * A string is written as-is (to test malformed policies).
   */
  managedPolicy?: unknown;
}

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  setManagedPolicy(options.managedPolicy);
  const profile = mkdtempSync(join(tmpdir(), 'postcheck-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
    serviceWorkers: 'allow',
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  const handlers = new Map<string, FixtureHandler>();
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (chrome-extension://) and data: URLs never leave the device.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    const handler = handlers.get(url.origin);
    if (handler) return handler(url, route);
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    requests,
    blocked,
    async serve(origin, handler) {
      handlers.set(origin, handler);
    },
    newPage: () => context.newPage(),
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${EXTENSION_ID}/${path}`);
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
      setManagedPolicy(undefined);
    },
  };
}

/** Writes (or with undefined, removes) Postcheck's managed policy in Chromium's policy directory. */
export function setManagedPolicy(policy: unknown): void {
  if (policy === undefined) {
    rmSync(MANAGED_POLICY_FILE, { force: true });
    return;
  }
  mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
  const body =
    typeof policy === 'string'
      ? policy
      : JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2);
  writeFileSync(MANAGED_POLICY_FILE, body);
}
