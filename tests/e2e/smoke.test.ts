// The built extension loads into real Chromium with its stable id and its
// service worker starts, without a single request leaving the browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, EXTENSION_ID, launch, type Browser } from './harness';

describeInBrowser('the built extension in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('installs with the stable id from the manifest key and starts its service worker', async () => {
    let [worker] = browser.context.serviceWorkers();
    worker ??= await browser.context.waitForEvent('serviceworker');
    expect(worker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);
  });

  it('makes no network request', async () => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(500);
    expect(browser.blocked).toEqual([]);
  });
});
