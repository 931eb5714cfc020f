import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeManagedSchema } from './scripts/managed-schema';

/**
 * The public half of Postcheck's signing key. With it, the unpacked and
 * force-installed extension always has the id below, so IT policies
 * (ExtensionSettings, 3rdparty) and the browser tests can address it.
 * Chrome Web Store uploads refuse a manifest key: `POSTCHECK_STORE=1` leaves it out.
 */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwCU5iBjec4v2USTyyX5be0YgXaISe0UQfmf/3I/Vt4hWSDdBd2RJ3qePDV6VlFcVB4NKvxzvA2gUcxZG014VbcGi8JmseZXyjlxIps5AhOmseISGOCl31unSCWqRLIx2vvfsammAi53GbYnNRTQADwPuHeJ+A4H4GfjUOxNRN0Wl1r6emd4W2aBQYJedRk9nbh/T5RWNKnRanFmzW0N0hz5JdR0W2hvj2rv0dNkSDQ2gNIWLngK84+tkFzEfQliDXwVSgv/Ed+8+qeBWvWfBuch2dcTfKXQlzGZNwwf2n0uD+/N0YsQ/1s3RwIfOZ4BvCZhZEHZ4Rx5geyw5/WvBPwIDAQAB';
export const EXTENSION_ID = 'jfkobjdpghjibfellaoeiigjbacdjapo';
export const GECKO_ID = 'postcheck@postcheck.app';

// WXT conventions: entrypoints/ holds the extension's pages and scripts; the
// rule engine in rules/ is plain TypeScript shared with the command line.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // public/managed_schema.json is generated from the zod policy schema on every build.
    'build:before': () => {
      writeManagedSchema();
    },
  },
  manifest: ({ browser }) => ({
    name: 'Postcheck',
    description: "Checks a social-media post against your organisation's social media policy while you write it.",
    // Nothing leaves the device: the engine is local and no host is contacted.
    // storage: settings and the managed policy IT sets.
    permissions: ['storage'],
    // Chrome and Edge validate IT's managed policy against this schema (generated
    // from rules/policy.ts). Firefox takes managed policy from policies.json
    // (3rdparty.Extensions) and has no such manifest key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Postcheck collects nothing: say so, as Firefox's add-on policy asks.
            gecko: { id: GECKO_ID, strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : process.env.POSTCHECK_STORE
        ? {}
        : { key: MANIFEST_KEY }),
  }),
});
