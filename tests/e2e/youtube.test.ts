// YouTube comments and YouTube Studio: plain contenteditables on fixture pages
// served at https://www.youtube.com and https://studio.youtube.com.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, SITE_ORIGINS, type Browser } from './harness';
import { editorText, eventually, launchWithSites, posts, statuses } from './sites';

const FLAGGED = 'Ring me on 07700 900123 about the bins';

describeInBrowser('YouTube and YouTube Studio (contenteditable)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithSites();
  });
  afterAll(async () => browser?.close());

  it('holds a flagged comment, redacts the number on click, then lets the clean comment out', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_ORIGINS.youtube}/watch?v=abc`);
    await page.locator('ytd-commentbox #contenteditable-root').click();
    await page.keyboard.type(FLAGGED);
    const finding = page.locator('postcheck-panel [data-rule="personal-data"][data-category="personal-data"]');
    await finding.waitFor();
    await page.locator('#submit-button button').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    expect(await posts(page)).toEqual([]);
    await finding.getByRole('button', { name: 'Redact' }).click();
    await eventually(() => editorText(page, 'comment')).toBe('Ring me on [number removed] about the bins');
    await finding.waitFor({ state: 'detached' });
    await page.locator('#submit-button button').click();
    await eventually(() => posts(page)).toEqual([{ composer: 'comment', text: 'Ring me on [number removed] about the bins', via: 'click' }]);
    await page.close();
  });

  it('says "not checking" when the comment button is no longer where the adapter looks', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_ORIGINS.youtube}/watch?v=abc&nosubmit`);
    await page.locator('ytd-commentbox #contenteditable-root').waitFor();
    await eventually(async () => (await statuses(browser)).find((s) => s.site === 'youtube' && s.state === 'not-checking')).toMatchObject({
      reason: expect.stringContaining('button was not found'),
    });
    await page.close();
  });

  it('checks the Studio title and description and guards Save', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_ORIGINS.studio}/video/abc/edit`);
    await page.locator('#description-textarea #textbox').click();
    await page.keyboard.type('Vote Labour on Thursday!');
    await page.locator('postcheck-panel [data-rule="political"]').waitFor();
    await page.locator('#save button').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toHaveLength(1);
    await page.close();
  });

  it('sent nothing over the network', () => {
    expect(browser.blocked).toEqual([]);
  });
});
