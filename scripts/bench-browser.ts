// npm run bench:browser (after npm run build)
// The extension's costs on a page, measured in Debian's Chromium with the
// BUILT extension on the fixture sites (tests/fixtures/sites):
//  - size of the injected content script (budget: 100 KB minified);
//  - last keystroke to warning visible in the panel, median over samples,
//    the first sample in a fresh browser (engine and policy cold);
//  - long tasks (> 50 ms) on the page while typing a 5,000-character post;
//  - requests that left the browser (must be none).
// Figures only, no assertion: a slow machine never fails a build.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, SITE_ORIGINS } from '../tests/e2e/harness';
import { launchWithSites } from '../tests/e2e/sites';

const SAMPLES = Number(process.env.SAMPLES ?? 15);
const LONG_POST = 5000;

const script = join(EXTENSION_DIR, 'content-scripts/composer.js');
const bytes = statSync(script).size;
console.log(`content script: ${(bytes / 1024).toFixed(1)} KB minified, ${(gzipSync(readFileSync(script)).length / 1024).toFixed(1)} KB gzipped (budget 100 KB)`);

/** Presses `key` and resolves with the ms from its keydown until a finding of `rule` is in the panel. */
async function timeToWarning(page: Page, key: string, rule: string): Promise<number> {
  // Armed first (and awaited), so the keydown cannot come before the listener.
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    w.__t0 = 0;
    window.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  return page.evaluate(
    (rule) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __t0: number };
        const tick = () => {
          const found = [...document.querySelectorAll('postcheck-panel')].some((h) => h.shadowRoot?.querySelector(`[data-rule="${rule}"]`));
          if (w.__t0 && found) resolve(performance.now() - w.__t0);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    rule,
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function latency(site: 'x' | 'facebook' | 'youtube') {
  const browser = await launchWithSites();
  const page = await browser.newPage();
  // tsx keeps function names with a __name helper the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  const url = { x: `${SITE_ORIGINS.x}/home`, facebook: `${SITE_ORIGINS.facebook}/`, youtube: `${SITE_ORIGINS.youtube}/watch?v=a` }[site];
  const box = {
    x: '[data-fixture-id="home"] [data-testid="tweetTextarea_0"]',
    facebook: '[role="dialog"] [data-lexical-editor="true"]',
    youtube: 'ytd-commentbox #contenteditable-root',
  }[site];
  await page.goto(url);
  await page.locator(box).click();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(`Sample ${i}: please vote Labou`);
    // Wait until that text was checked (no political finding yet), so only the last key is timed.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('postcheck-panel')].some(
        (h) => !(h as HTMLElement).hidden && h.shadowRoot?.querySelector('.pc-count') && !h.shadowRoot?.querySelector('[data-rule="political"]'),
      ),
    );
    times.push(await timeToWarning(page, 'r', 'political'));
  }
  const blocked = browser.blocked.length;
  await browser.close();
  return { times, blocked };
}

/** A fresh browser: the user opens the page, clicks into the box and types a flagged post straight away. */
async function coldSample(): Promise<number> {
  const browser = await launchWithSites();
  const page = await browser.newPage();
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${SITE_ORIGINS.x}/home`);
  await page.locator('[data-fixture-id="home"] [data-testid="tweetTextarea_0"]').click();
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    w.__t0 = 0;
    window.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
  });
  await page.keyboard.type('Vote Labour');
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __t0: number };
        const tick = () => {
          const found = [...document.querySelectorAll('postcheck-panel')].some((h) => h.shadowRoot?.querySelector('[data-rule="political"]'));
          if (found) resolve(performance.now() - w.__t0);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
  await browser.close();
  return ms;
}

async function longTasks() {
  const browser = await launchWithSites();
  const results: Record<string, { count: number; max: number }> = {};
  for (const [site, url, box] of [
    ['youtube', `${SITE_ORIGINS.youtube}/watch?v=a`, 'ytd-commentbox #contenteditable-root'],
    ['x', `${SITE_ORIGINS.x}/home`, '[data-fixture-id="home"] [data-testid="tweetTextarea_0"]'],
    ['facebook', `${SITE_ORIGINS.facebook}/`, '[role="dialog"] [data-lexical-editor="true"]'],
  ] as const) {
    const page = await browser.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(url);
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
      const l = window as unknown as { __longAt: number[] };
      l.__longAt = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => l.__longAt.push(Math.round(e.startTime)))).observe({ type: 'longtask', buffered: false });
      (window as unknown as { __start: number }).__start = Math.round(performance.now());
    });
    await page.locator(box).click();
    const sentence = 'Thanks to everyone who came to the allotment open day, we raised money for the food bank. ';
    let text = '';
    while (text.length < LONG_POST) text += sentence;
    await page.keyboard.type(text.slice(0, LONG_POST));
    await page.waitForTimeout(500);
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    results[site] = { count: long.length, max: Math.round(Math.max(0, ...long)) };
    if (process.env.DEBUG) console.log(site, await page.evaluate(() => JSON.stringify([(window as any).__start, (window as any).__longAt, Math.round(performance.now())])));
    await page.close();
  }
  await browser.close();
  return results;
}

// Playwright's pipe to Chromium does not keep Node's event loop alive while a page-side promise is pending.
const keepAlive = setInterval(() => {}, 1000);
for (const site of ['x', 'facebook', 'youtube'] as const) {
  const { times, blocked } = await latency(site);
  const rest = times.slice(1);
  console.log(
    `${site}: last keystroke -> warning visible: first ${times[0].toFixed(0)} ms, median ${median(times).toFixed(0)} ms, ` +
      `median warm ${median(rest).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length}; requests blocked: ${blocked}`,
  );
}
const cold: number[] = [];
for (let i = 0; i < 3; i++) cold.push(await coldSample());
console.log(`x, fresh browser (engine and policy cold): last keystroke -> warning visible ${cold.map((t) => t.toFixed(0)).join(', ')} ms`);
const long = await longTasks();
for (const [site, r] of Object.entries(long)) {
  console.log(`${site}: typing ${LONG_POST} characters: ${r.count} long tasks (> 50 ms), longest ${r.max} ms`);
}
clearInterval(keepAlive);
