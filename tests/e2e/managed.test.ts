// Managed policy as IT sets it: a real policy file in Chromium's
// /etc/chromium/policies/managed/ (3rdparty.extensions.<id>), read by the
// extension through storage.managed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, EXTENSION_ID, launch, ROOT, setManagedPolicy, SITE_ORIGINS, type Browser } from './harness';
import { optionsPage, popupPage } from './extension-pages';
import { launchWithSites, postIsBlockedOnX, posts } from './sites';
import type { Page } from 'playwright-core';

const fenmouth = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/fenmouth-policy.json'), 'utf8'));
// Chromium notices a changed policy file after its settle delay (about 5 s) and tells the extension through storage.onChanged.
const POLICY_RELOAD = { timeout: 30_000, intervals: [250] };

async function checkInScratchpad(page: Page, text: string) {
  await page.getByLabel(/Try a post/).fill(text);
  await page.locator('[data-testid="scratchpad"] .pc-count').waitFor();
}

describeInBrowser('managed policy from the policy file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ managedPolicy: fenmouth });
  });
  afterAll(async () => browser?.close());

  it("uses the managed organisation: its official number is not flagged, a private one is", async () => {
    const popup = await popupPage(browser);
    expect(await popup.getByTestId('organisation-in-force').textContent()).toBe('Fenmouth District Council');
    await checkInScratchpad(popup, 'For bin collections ring us on 01632 960321, or ask Jo on 07700 900123.');
    const findings = popup.locator('[data-testid="scratchpad"] [data-category="personal-data"]');
    await expect.poll(() => findings.count()).toBe(1);
    expect(await findings.first().textContent()).toContain('07700 900123');
    expect(await findings.first().textContent()).not.toContain('960321');
    await popup.close();
  });

  it('locks each field managed policy sets, with "Set by your organisation"; the others stay editable', async () => {
    const page = await optionsPage(browser);
    const name = page.getByLabel('Organisation name');
    expect(await name.inputValue()).toBe('Fenmouth District Council');
    expect(await name.isDisabled()).toBe(true);
    expect(await page.locator('[data-field="organisation"]').first().getByText('Set by your organisation').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: /Block/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Advise/ }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Political content on council accounts').isDisabled()).toBe(true);
    expect(await page.getByLabel('Political content on council accounts').inputValue()).toBe('block');
    expect(await page.getByLabel('Councillors').isDisabled()).toBe(true);
    // Fenmouth's policy leaves the preset, partners and suppliers to the user.
    expect(await page.getByLabel('Built-in policy').isDisabled()).toBe(false);
    expect(await page.getByLabel('Partner organisations').isDisabled()).toBe(false);
    await page.setViewportSize({ width: 900, height: 1500 });
    await page.screenshot({ path: join(ROOT, 'docs/options.png') });
    await page.close();
  });

  it('applies a changed policy file without reinstalling, then keeps the last good policy when the new one is invalid', async () => {
    const options = await optionsPage(browser);
    const popup = await popupPage(browser);
    const inForce = (page: Page) => page.getByTestId('organisation-in-force').textContent();

    // A valid change applies to the open pages as soon as Chromium reloads the file.
    setManagedPolicy({ ...fenmouth, organisation: { ...fenmouth.organisation, name: 'Fenmouth Borough Council' } });
    await expect.poll(() => inForce(options), POLICY_RELOAD).toBe('Fenmouth Borough Council');
    await expect.poll(() => inForce(popup), POLICY_RELOAD).toBe('Fenmouth Borough Council');

    // Passes Chrome's schema (which has no notion of empty strings or of dates in order) but not Postcheck's.
    setManagedPolicy({
      ...fenmouth,
      organisation: { name: 'Broken Council', domains: [''] },
      electionPeriods: [{ name: 'District elections', start: '2027-05-06', end: '2027-03-29' }],
    });
    const optionsErrors = options.getByTestId('policy-errors');
    await expect.poll(() => optionsErrors.textContent(), POLICY_RELOAD).toContain('organisation.domains[0]: must not be empty');
    expect(await optionsErrors.textContent()).toContain('electionPeriods[0].end: start must not be after end');
    expect(await optionsErrors.textContent()).toContain('The last good policy your organisation set stays in force.');
    expect(await inForce(options)).toBe('Fenmouth Borough Council');
    await expect.poll(() => popup.getByTestId('policy-errors').textContent(), POLICY_RELOAD).toContain('organisation.domains[0]: must not be empty');
    expect(await inForce(popup)).toBe('Fenmouth Borough Council');
    // The last good policy is still the one checking posts.
    await checkInScratchpad(popup, 'Ring us on 01632 960321 about the bins.');
    expect(await popup.locator('[data-testid="scratchpad"] [data-category="personal-data"]').count()).toBe(0);

    // A file that is not even JSON: Chromium drops it, the extension sees no policy, the last good one stays.
    setManagedPolicy(`{ "3rdparty": { "extensions": { "${EXTENSION_ID}": { "enforcement": "advise", `);
    await expect.poll(() => optionsErrors.textContent(), POLICY_RELOAD).toContain('could not be read');
    expect(await inForce(options)).toBe('Fenmouth Borough Council');
    expect(await options.getByRole('radio', { name: /Block/ }).isChecked()).toBe(true);
    await options.close();
    await popup.close();
  });

  it('makes no network request', () => {
    expect(browser.blocked).toEqual([]);
  });
});

describeInBrowser('managed enforcement: block', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithSites({ managedPolicy: { enforcement: 'block', categories: { political: 'block' } } });
  });
  afterAll(async () => browser?.close());

  it('stops a post with a finding at severity block, with no "Post anyway"', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_ORIGINS.x}/home`);
    await page.locator('[data-fixture-id="home"] [data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Vote Labour on Thursday!');
    await page.locator('postcheck-panel [data-category="political"][data-severity="block"]').waitFor();
    const dialog = await postIsBlockedOnX(page);
    // Ctrl+Enter is held the same way.
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await posts(page)).toEqual([]);
    await page.close();
  });

  it('makes no network request', () => {
    expect(browser.blocked).toEqual([]);
  });
});
