// What every page of X, Facebook and YouTube pays for Postcheck: the
// injected content script must stay small, and must not carry the engine
// (compromise and the rules run once per browser session, in the background).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser, EXTENSION_DIR } from './harness';

describeInBrowser('the injected content script', () => {
  const file = join(EXTENSION_DIR, 'content-scripts/composer.js');
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('is the only script injected into pages, and at most 100 KB minified', () => {
    const injected = manifest.content_scripts.flatMap((c: { js?: string[] }) => c.js ?? []);
    expect(injected).toEqual(['content-scripts/composer.js']);
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
  });

  it('does not carry the NLP engine', () => {
    const source = readFileSync(file, 'utf8');
    // compromise's lexicon and the rules' policy citations live only in background.js.
    expect(source).not.toMatch(/compromise|Warwickshire 2009/);
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toMatch(/Warwickshire 2009/);
  });
});
