// Facebook: the real Lexical editor on a fixture page served at https://www.facebook.com.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, SITE_ORIGINS, type Browser } from './harness';
import { editorText, eventually, freshSitePage, launchWithSites, posts } from './sites';

const FLAGGED = 'Vote Labour on Thursday!';
const CLEAN = 'The library on the high street opens at nine tomorrow.';

describeInBrowser('Facebook (Lexical)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithSites();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    page = await freshSitePage(browser, page, `${SITE_ORIGINS.facebook}/`);
  });

  const postBox = () => page.locator('[role="dialog"] [data-lexical-editor="true"]');
  const commentBox = () => page.locator('form [data-lexical-editor="true"]');
  const postButton = () => page.locator('[role="dialog"] [role="button"][aria-label="Post"]');
  async function write(box: Locator, text: string) {
    await box.click();
    await page.keyboard.type(text);
  }

  it('lets a clean post go straight out', async () => {
    await write(postBox(), CLEAN);
    await postButton().click();
    await eventually(() => posts(page)).toEqual([{ composer: 'post', text: CLEAN, via: 'click' }]);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });

  it('holds a flagged post; Edit post keeps the draft in Lexical', async () => {
    await write(postBox(), FLAGGED);
    await page.locator('postcheck-panel [data-rule="political"]').waitFor();
    await postButton().click();
    const dialog = page.getByRole('alertdialog');
    await dialog.locator('[data-category="political"]').waitFor();
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await editorText(page, 'post')).toBe(FLAGGED);
    expect(await posts(page)).toEqual([]);
  });

  it('posts exactly once after "Post anyway"', async () => {
    await write(postBox(), FLAGGED);
    await postButton().click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toEqual([{ composer: 'post', text: FLAGGED, via: 'click' }]);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await posts(page)).toHaveLength(1);
  });

  it('guards Ctrl+Enter in the post composer', async () => {
    await write(postBox(), FLAGGED);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alertdialog').waitFor();
    expect(await posts(page)).toEqual([]);
  });

  it('guards Enter in a comment box, and posts the comment once after "Post anyway"', async () => {
    await write(commentBox(), FLAGGED);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await posts(page)).toEqual([]);
    expect(await editorText(page, 'comment')).toBe(FLAGGED);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await eventually(() => posts(page)).toEqual([{ composer: 'comment', text: FLAGGED, via: 'enter' }]);
  });

  it('lets a clean comment go out on Enter', async () => {
    await write(commentBox(), CLEAN);
    await page.keyboard.press('Enter');
    await eventually(() => posts(page)).toEqual([{ composer: 'comment', text: CLEAN, via: 'enter' }]);
  });

  it('removes a flagged word through Lexical; undo brings it back', async () => {
    const text = 'What a fucking idiot';
    await write(postBox(), text);
    const finding = page.locator('postcheck-panel [data-rule="abuse"]').first();
    await finding.getByRole('button', { name: 'Remove' }).click();
    await eventually(() => editorText(page, 'post')).toBe('What a idiot');
    await postBox().focus();
    await page.keyboard.press('Control+z');
    await eventually(() => editorText(page, 'post')).toBe(text);
  });

  it("adds the disclaimer once, as a paragraph of its own in Lexical's state", async () => {
    const text = 'Proud of my team at the council today, great work on the new library.';
    await write(postBox(), text);
    await page.locator('postcheck-panel select').selectOption('personal');
    const finding = page.locator('postcheck-panel [data-rule="disclaimer"]');
    await finding.getByRole('button', { name: 'Add disclaimer' }).click();
    await finding.waitFor({ state: 'detached' });
    const disclaimer = 'These views are my own and do not necessarily represent the views of the council.';
    // Lexical's own text: the disclaimer is a paragraph of its own, once.
    expect(await editorText(page, 'post')).toBe(`${text}\n\n${disclaimer}`);
    expect(await page.locator('postcheck-panel .pc-notice').count()).toBe(0);
  });

  it('finds the post button by its place, also when its label is localised', async () => {
    await page.goto(`${SITE_ORIGINS.facebook}/?postLabel=Publier`);
    await write(postBox(), FLAGGED);
    await page.locator('[role="dialog"] [role="button"][aria-label="Publier"]').click();
    await page.getByRole('alertdialog').waitFor();
    expect(await posts(page)).toEqual([]);
  });

  it('finds the group composer after navigation without a page load', async () => {
    await page.evaluate(() => window.__fixture.navigate('/groups/allotments'));
    await page.locator('h1', { hasText: 'Group' }).waitFor();
    await write(postBox(), FLAGGED);
    await postButton().click();
    await page.getByRole('alertdialog').waitFor();
    expect(await posts(page)).toEqual([]);
  });

  it('sent nothing over the network', () => {
    expect(browser.blocked).toEqual([]);
  });
});
