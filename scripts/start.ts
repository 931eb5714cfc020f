// npm start: after the build, show Postcheck working. With a display and
// Chromium present it opens Chromium with the built extension loaded;
// otherwise it says where the unpacked extension is and checks a sample post
// with the command line, which runs the same engine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('No build found in .output/chrome-mv3: run `npm run build` first.');
  process.exit(2);
}
console.log(`Chrome/Edge extension (load unpacked): ${extension}`);
console.log(`Firefox add-on (about:debugging, load temporary add-on): ${join(root, '.output/firefox-mv2/manifest.json')}\n`);

const sample = 'Proud of my team at Brightwater Council today! Ring me on 07700 900123 if you want to help.';
console.log(`Checking a sample post with the command line:\n  ${sample}\n`);
spawnSync(process.execPath, [join(root, 'bin/postcheck.js'), 'check', '--account', 'personal', '--policy', join(root, 'tests/fixtures/brightwater-policy.json'), '-'], {
  input: sample,
  stdio: ['pipe', 'inherit', 'inherit'],
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (chromium && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
  console.log(`\nOpening ${chromium} with Postcheck loaded...`);
  const profile = mkdtempSync(join(tmpdir(), 'postcheck-'));
  const args = [`--user-data-dir=${profile}`, `--load-extension=${extension}`, `--disable-extensions-except=${extension}`, '--no-first-run'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  spawn(chromium, args, { stdio: 'ignore', detached: true }).unref();
}
