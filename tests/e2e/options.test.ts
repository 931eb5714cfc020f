// The options page in real Chromium: editing and saving settings, inline
// validation errors, import and export of the policy JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launch, ROOT, type Browser } from './harness';
import { localStorageArea, optionsPage } from './extension-pages';

describeInBrowser('the options page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('saves the user settings, which the page shows again after a reload', async () => {
    const page = await optionsPage(browser);
    await page.getByLabel('Built-in policy').selectOption('dudley-2011');
    await page.getByLabel('Organisation name').fill('Fenmouth District Council');
    await page.getByLabel('Councillors').fill('Priya Raman\nTom Ashdown');
    await page.getByRole('radio', { name: /Advise/ }).check();
    await page.getByLabel('Abusive language on personal accounts').selectOption('block');
    await page.getByRole('group', { name: 'Account kind per site' }).getByLabel('Facebook').selectOption('personal');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Saved.');

    const stored = await localStorageArea(page);
    expect(stored.userPolicy).toEqual({
      preset: 'dudley-2011',
      organisation: { name: 'Fenmouth District Council' },
      councillors: ['Priya Raman', 'Tom Ashdown'],
      enforcement: 'advise',
      categoriesByAccount: { personal: { abuse: 'block' } },
    });
    expect(stored.siteAccounts).toEqual({ facebook: 'personal' });

    await page.reload();
    await page.getByRole('heading', { name: 'Postcheck settings' }).waitFor();
    await expect.poll(() => page.getByLabel('Organisation name').inputValue()).toBe('Fenmouth District Council');
    expect(await page.getByLabel('Councillors').inputValue()).toBe('Priya Raman\nTom Ashdown');
    expect(await page.getByRole('radio', { name: /Advise/ }).isChecked()).toBe(true);
    expect(await page.getByTestId('organisation-in-force').textContent()).toBe('Fenmouth District Council');
    await page.close();
  });

  it('refuses invalid settings with the error beside the field, and saves nothing', async () => {
    const page = await optionsPage(browser);
    const before = (await localStorageArea(page)).userPolicy;
    await page.getByRole('button', { name: 'Add election period' }).click();
    const period = page.getByRole('group', { name: 'Election period 1' });
    await period.getByLabel('Name').fill('Borough elections');
    await period.getByLabel('Starts').fill('2027-05-06');
    await period.getByLabel('Ends (polling day)').fill('2027-03-29');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => period.getByRole('alert').textContent()).toContain('electionPeriods[0].end: start must not be after end');
    expect(await page.getByText('Not saved: correct the fields marked below.').isVisible()).toBe(true);
    expect((await localStorageArea(page)).userPolicy).toEqual(before);
    await page.close();
  });

  it('imports policy JSON, showing validation errors inline, and exports it again', async () => {
    const page = await optionsPage(browser);
    const json = page.getByLabel('Policy JSON');
    const importField = page.locator('[data-field="import"]');

    await json.fill('{ "organisation": { "nmae": "Fenmouth" }, "enforcement": "sometimes" }');
    await page.getByRole('button', { name: 'Import policy JSON' }).click();
    await expect.poll(() => importField.getByRole('alert').textContent()).toContain('organisation.nmae: unknown field');
    expect(await importField.getByRole('alert').textContent()).toMatch(/enforcement: /);

    await json.fill('{ "organisation": ');
    await page.getByRole('button', { name: 'Import policy JSON' }).click();
    await expect.poll(() => importField.getByRole('alert').textContent()).toContain('not valid JSON');

    const fenmouth = readFileSync(join(ROOT, 'tests/fixtures/fenmouth-policy.json'), 'utf8');
    await json.fill(fenmouth);
    await page.getByRole('button', { name: 'Import policy JSON' }).click();
    await page.getByText('Imported and saved.').waitFor();
    expect(await importField.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('Organisation name').inputValue()).toBe('Fenmouth District Council');
    expect(await page.getByLabel('Confidential code names').inputValue()).toBe('Project Heron');
    expect((await localStorageArea(page)).userPolicy).toEqual(JSON.parse(fenmouth));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export policy JSON' }).click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe('postcheck-policy.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(fenmouth));
    await page.close();
  });

  it('makes no network request', () => {
    expect(browser.blocked).toEqual([]);
  });
});
