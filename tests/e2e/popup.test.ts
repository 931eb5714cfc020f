// The toolbar popup in real Chromium: whether Postcheck is checking on a tab
// and why not, the account kind per site, the scratchpad (same engine, same
// findings panel as beside a compose box) and the link to the settings.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, ROOT, SITE_ORIGINS, type Browser } from './harness';
import { localStorageArea, popupPage } from './extension-pages';
import { launchWithSites, statuses } from './sites';
import type { Page } from 'playwright-core';

/** X's home page in a new tab, with something typed in its composer so Postcheck checks there. */
async function openXTab(browser: Browser): Promise<Page> {
  const x = await browser.newPage();
  await x.goto(`${SITE_ORIGINS.x}/home`);
  await x.getByRole('textbox', { name: 'Post text' }).first().click();
  await x.keyboard.type('Hello');
  return x;
}

describeInBrowser('the popup', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithSites();
  });
  afterAll(async () => browser?.close());

  it('says it is not checking on a page that is not X, Facebook or YouTube, and why', async () => {
    // Opened as a tab, the popup's active tab is its own page.
    const popup = await popupPage(browser);
    const status = popup.getByTestId('tab-status');
    expect(await status.getAttribute('data-state')).toBe('not-checking');
    expect(await status.textContent()).toContain('Not checking on this page');
    expect(await status.textContent()).toContain('Postcheck checks posts on X, Facebook and YouTube only.');
    expect(await popup.getByTestId('site-account').count()).toBe(0);
    await popup.close();
  });

  it("shows that it checks an X tab, and switches that site's account kind", async () => {
    const x = await openXTab(browser);
    let tabId = 0;
    await expect
      .poll(async () => {
        const found = (await statuses(browser)).find((s) => s.site === 'x');
        tabId = found?.tabId ?? 0;
        return found?.state;
      }, { timeout: 20_000 })
      .toBe('checking');

    const popup = await popupPage(browser, `?tab=${tabId}`);
    const status = popup.getByTestId('tab-status');
    expect(await status.getAttribute('data-state')).toBe('checking');
    expect(await status.textContent()).toContain('Checking on X');
    const account = popup.getByTestId('site-account').getByLabel('Account on X');
    expect(await account.inputValue()).toBe('council');
    await account.selectOption('personal');
    await expect.poll(async () => (await localStorageArea(popup)).siteAccounts).toEqual({ x: 'personal' });
    await popup.close();
    await x.close();
  });

  it('checks pasted text in the scratchpad and shows the findings in the same panel, with working suggestions', async () => {
    const popup = await popupPage(browser);
    await popup.getByLabel(/Try a post/).fill('Great night at the Harbour Inn, ring me on 07700 900123!');
    const finding = popup.locator('[data-testid="scratchpad"] [data-category="personal-data"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-rule')).toBe('personal-data');
    // The panel lives in an open shadow root, like beside a compose box.
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid="scratchpad"] .scratch-panel')?.shadowRoot)).toBe(true);
    await finding.getByRole('button', { name: 'Redact' }).click();
    await expect.poll(() => popup.getByLabel(/Try a post/).inputValue()).not.toContain('07700 900123');
    await expect.poll(() => finding.count()).toBe(0);

    await popup.getByLabel(/Try a post/).fill('Ring 07700 900123 for details, you absolute idiots.');
    await popup.locator('[data-testid="scratchpad"] [data-category="abuse"]').waitFor();
    expect(await popup.locator('[data-testid="scratchpad"] [data-category="personal-data"]').count()).toBe(1);
    await popup.close();
  });

  it('looks like docs/popup.png on a checked X tab', async () => {
    const x = await openXTab(browser);
    let tabId = 0;
    await expect
      .poll(async () => {
        const found = (await statuses(browser)).find((s) => s.site === 'x' && s.state === 'checking');
        tabId = found?.tabId ?? 0;
        return tabId;
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const popup = await popupPage(browser, `?tab=${tabId}`);
    await popup.getByLabel(/Try a post/).fill('Ring 07700 900123 for details, you absolute idiots.');
    await popup.locator('[data-testid="scratchpad"] [data-category="abuse"]').waitFor();
    await popup.setViewportSize({ width: 380, height: 760 });
    await popup.screenshot({ path: join(ROOT, 'docs/popup.png') });
    await popup.close();
    await x.close();
  });

  it('opens the settings from its link', async () => {
    const popup = await popupPage(browser);
    const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
    await popup.getByRole('link', { name: 'Settings' }).click();
    const options = await opened;
    await options.getByRole('heading', { name: 'Postcheck settings' }).waitFor();
    await options.close();
  });

  it('makes no network request', () => {
    expect(browser.blocked).toEqual([]);
  });
});
