import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT conventions: entrypoints/ holds the extension's pages and scripts; the
// rule engine in rules/ is plain TypeScript shared with the command line.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Postcheck',
    description: "Checks a social-media post against your organisation's social media policy while you write it.",
    // Nothing leaves the device: the engine is local and no host is contacted.
    permissions: ['storage'],
  },
});
