// Helpers for the tests of Postcheck's own pages (options, popup).
import type { Page } from 'playwright-core';
import type { Browser } from './harness';

/**
 * The harness aborts every request no fixture serves, and Playwright's routing
 * also sees the extension's own files (chrome-extension://…/chunks/*.js), so
 * without this the options page and popup load without their scripts. Node
 * gives chrome-extension: URLs the opaque origin "null". Nothing here touches
 * the network: these are files inside the installed extension.
 */
export async function allowExtensionFiles(browser: Browser): Promise<void> {
  await browser.serve('null', (url, route) =>
    url.protocol === 'chrome-extension:' ? route.continue() : route.abort('blockedbyclient'),
  );
}

/** Opens one of the extension's pages once its app has rendered. */
export async function openExtensionPage(browser: Browser, path: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
  await allowExtensionFiles(browser);
  const page = await browser.extensionPage(path);
  await ready(page);
  return page;
}

export const optionsPage = (browser: Browser) =>
  openExtensionPage(browser, 'options.html', (page) => page.getByRole('heading', { name: 'Postcheck settings' }).waitFor());

export const popupPage = (browser: Browser, query = '') =>
  openExtensionPage(browser, `popup.html${query}`, (page) => page.getByRole('heading', { name: 'Postcheck', exact: true }).waitFor());

/** What storage.local holds, read from an extension page. */
export function localStorageArea(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get());
}
