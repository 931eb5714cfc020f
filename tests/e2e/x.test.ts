// X: the real Draft.js editor on a fixture page served at https://x.com.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, SITE_ORIGINS, type Browser } from './harness';
import { editorText, eventually, freshSitePage, launchWithSites, postIsBlockedOnX, posts, serviceWorker, statuses } from './sites';

const FLAGGED = 'Vote Labour on Thursday!';
const CLEAN = 'The library on the high street opens at nine tomorrow.';

describeInBrowser('X (Draft.js)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithSites();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    page = await freshSitePage(browser, page, `${SITE_ORIGINS.x}/home`);
  });

  const composer = (p = page) => p.locator('[data-fixture-id="home"] [data-testid="tweetTextarea_0"]');
  async function write(text: string, box = composer()) {
    await box.click();
    await page.keyboard.type(text);
  }

  it('lets a clean post go straight out, with no dialog', async () => {
    await write(CLEAN);
    await page.getByTestId('tweetButtonInline').click();
    await eventually(() => posts(page)).toEqual([{ composer: 'home', text: CLEAN, via: 'click' }]);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  it('shows the finding beside the composer and holds a flagged post; Edit post keeps the draft', async () => {
    await write(FLAGGED);
    const finding = page.locator('postcheck-panel [data-rule="political"][data-category="political"]');
    await finding.waitFor();
    await expect(finding.textContent()).resolves.toContain('Vote Labour');
    await page.getByTestId('tweetButtonInline').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.locator('[data-rule="political"]').count()).resolves.toBe(1);
    expect(await posts(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await editorText(page, 'home')).toBe(FLAGGED);
    expect(await posts(page)).toEqual([]);
  });

  it('posts exactly once after "Post anyway"', async () => {
    await write(FLAGGED);
    await page.locator('postcheck-panel [data-rule="political"]').waitFor();
    await page.getByTestId('tweetButtonInline').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toEqual([{ composer: 'home', text: FLAGGED, via: 'click' }]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await posts(page)).toHaveLength(1);
  });

  it('guards Ctrl+Enter, even when pressed before the check came back', async () => {
    await write(FLAGGED);
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await posts(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toEqual([{ composer: 'home', text: FLAGGED, via: 'keyboard' }]);
  });

  it('removes a flagged word through Draft.js, so the editor state holds the fix and undo restores it', async () => {
    const text = 'What a fucking idiot';
    await write(text);
    const finding = page.locator('postcheck-panel [data-rule="abuse"]').first();
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Remove' }).click();
    await eventually(() => editorText(page, 'home')).toBe('What a idiot');
    await eventually(() => composer().textContent()).toBe('What a idiot');
    await composer().focus();
    await page.keyboard.press('Control+z');
    await eventually(() => editorText(page, 'home')).toBe(text);
  });

  it('adds the disclaimer on a personal account (switched in the panel) through a paste', async () => {
    const text = 'Proud of my team at the council today, great work on the new library.';
    await write(text);
    await page.locator('postcheck-panel select').selectOption('personal');
    const finding = page.locator('postcheck-panel [data-rule="disclaimer"]');
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Add disclaimer' }).click();
    const disclaimer = 'These views are my own and do not necessarily represent the views of the council.';
    await eventually(() => editorText(page, 'home')).toBe(`${text}\n\n${disclaimer}`);
    await finding.waitFor({ state: 'detached' });
  });

  it('finds the compose modal after navigation without a page load', async () => {
    await page.getByTestId('SideNav_NewTweet_Button').click();
    const modal = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await write(FLAGGED, modal);
    await page.getByTestId('tweetButton').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toEqual([{ composer: 'modal', text: FLAGGED, via: 'click' }]);
  });

  it('says "not checking" when the composer markup is no longer recognised, and never blocks the post', async () => {
    await page.goto(`${SITE_ORIGINS.x}/changed`);
    const box = page.locator('[data-testid="postComposer_0"]');
    await write(FLAGGED, box);
    await expect
      .poll(async () => (await statuses(browser)).find((s) => s.site === 'x' && s.state === 'not-checking'))
      .toMatchObject({ state: 'not-checking', reason: expect.stringContaining('not recognised') });
    await page.getByTestId('postButton').click();
    await eventually(() => posts(page)).toEqual([{ composer: 'changed', text: FLAGGED, via: 'click' }]);
  });

  it('checks as a council account when the signed-in handle is one of policy.councilAccounts.x', async () => {
    const worker = await serviceWorker(browser);
    await worker.evaluate(() =>
      // @ts-expect-error chrome is the worker's global
      chrome.storage.local.set({ userPolicy: { account: 'personal', accountSwitching: false, councilAccounts: { x: ['@Brightwater_BC'] } } }),
    );
    try {
      await page.goto(`${SITE_ORIGINS.x}/home?handle=brightwater_bc`);
      await write(FLAGGED);
      await eventually(() => page.locator('postcheck-panel .pc-account').textContent()).toContain('council account');
      await page.goto(`${SITE_ORIGINS.x}/home?handle=someone_else`);
      await write(FLAGGED);
      await eventually(() => page.locator('postcheck-panel .pc-account').textContent()).toContain('personal account');
    } finally {
      // @ts-expect-error chrome is the worker's global
      await worker.evaluate(() => chrome.storage.local.remove('userPolicy'));
    }
  });

  it('offers no "Post anyway" when enforcement is block and a finding is at severity block', async () => {
    const worker = await serviceWorker(browser);
    await worker.evaluate(() =>
      // @ts-expect-error chrome is the worker's global
      chrome.storage.local.set({ userPolicy: { enforcement: 'block', categories: { political: 'block' } } }),
    );
    try {
      await page.reload();
      await write(FLAGGED);
      await page.locator('postcheck-panel [data-rule="political"][data-severity="block"]').waitFor();
      await postIsBlockedOnX(page);
    } finally {
      // @ts-expect-error chrome is the worker's global
      await worker.evaluate(() => chrome.storage.local.remove('userPolicy'));
    }
  });

  it('is keyboard operable: the dialog opens on "Edit post" and Escape returns to the untouched draft', async () => {
    await write(FLAGGED);
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await eventually(() => page.evaluate(() => document.querySelector('postcheck-guard')?.shadowRoot?.activeElement?.textContent)).toBe('Edit post');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await editorText(page, 'home')).toBe(FLAGGED);
    expect(await posts(page)).toEqual([]);
  });

  it('sent nothing over the network', () => {
    expect(browser.blocked).toEqual([]);
  });
});
