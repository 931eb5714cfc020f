// Serves the fixture sites (built with esbuild from tests/fixtures/sites)
// at the real origins, and helpers the site tests share.
import type { Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { buildFixtures, page as shell, type FixtureSite } from '../fixtures/sites/build';
import { launch, SITE_ORIGINS, type Browser, type LaunchOptions } from './harness';

const ORIGIN_SITE: Array<[string, FixtureSite, string]> = [
  [SITE_ORIGINS.x, 'x', 'X'],
  [SITE_ORIGINS.facebook, 'facebook', 'Facebook'],
  [SITE_ORIGINS.youtube, 'youtube', 'YouTube'],
  [SITE_ORIGINS.studio, 'youtube', 'YouTube Studio'],
];

export async function serveSites(browser: Browser): Promise<void> {
  const bundles = await buildFixtures();
  for (const [origin, site, title] of ORIGIN_SITE) {
    await browser.serve(origin, async (url, route) => {
      if (url.pathname === '/fixture.js') {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: bundles[site] });
      }
      if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'text/html', body: shell(title) });
    });
  }
}

/** A browser (as `launch` starts it) with the fixture sites served. */
export async function launchWithSites(options?: LaunchOptions): Promise<Browser> {
  const browser = await launch(options);
  await serveSites(browser);
  return browser;
}

/**
 * A new page at `url` in place of `previous` (closed), for the next test.
 * An account kind switched in the panel is remembered per site: the new page
 * starts from the policy's.
 */
export async function freshSitePage(browser: Browser, previous: Page | undefined, url: string): Promise<Page> {
  const worker = await serviceWorker(browser);
  // @ts-expect-error chrome is the worker's global
  await worker.evaluate(() => chrome.storage.local.remove('siteAccounts'));
  await previous?.close();
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

/** The posts that went out on the page, as the fixture site recorded them. */
export const posts = (page: Page) => page.evaluate(() => window.__fixture.posts);
/** The editor's own state (Draft EditorState / Lexical editor state), as plain text. */
export const editorText = (page: Page, id: string) => page.evaluate((id) => window.__fixture.editors[id]?.text(), id);

export async function serviceWorker(browser: Browser): Promise<Worker> {
  const [worker] = browser.context.serviceWorkers();
  return worker ?? browser.context.waitForEvent('serviceworker');
}

/** The page statuses the background holds (what the badge and popup show). */
export async function statuses(browser: Browser): Promise<Array<{ tabId: number; state: string; site: string; reason?: string }>> {
  const worker = await serviceWorker(browser);
  return worker.evaluate(() => (globalThis as unknown as { postcheckStatuses: () => never }).postcheckStatuses());
}

/** expect.poll with room for the engine's cold start in the service worker. */
export const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 25 });

/**
 * Posts from X's home composer with a finding at severity block under block
 * enforcement: the dialog holds the post and offers "Edit post" but no "Post anyway".
 */
export async function postIsBlockedOnX(page: Page): Promise<Locator> {
  await page.getByTestId('tweetButtonInline').click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.getByRole('button', { name: 'Edit post' }).count()).toBe(1);
  expect(await dialog.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
  expect(await posts(page)).toEqual([]);
  return dialog;
}
