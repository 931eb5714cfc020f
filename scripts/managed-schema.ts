// Generates public/managed_schema.json, the schema Chrome and Edge validate
// managed policy (storage.managed) against, from the zod `policyInputSchema`,
// so that the two can never disagree. Run by the WXT `build:before` hook and by
// `npm run schema`; tests/managed-schema.test.ts fails when the file drifts.
//
// Chrome accepts only a subset of JSON Schema for managed storage
// (https://developer.chrome.com/docs/extensions/reference/manifest/storage):
// every node must have a `type`, `additionalProperties` must be a schema (never
// `false`) and is refused at the top level, and there is no anyOf/oneOf/$ref.
// Unknown fields are still reported by Postcheck itself: zod's strict objects
// refuse them and the options page and popup show the error.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { policyInputSchema } from '../rules/policy';

export const MANAGED_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '../public/managed_schema.json');

type JsonNode = { [key: string]: unknown };

/** Keywords Chrome's schema parser does not understand or refuses. */
const DROPPED = new Set(['$schema', 'additionalProperties', 'default', 'examples', 'title', '$id']);

function toChromeSubset(node: unknown, where: string): unknown {
  if (Array.isArray(node)) return node.map((item, i) => toChromeSubset(item, `${where}[${i}]`));
  if (!node || typeof node !== 'object') return node;
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(node as JsonNode)) {
    if (DROPPED.has(key)) continue;
    if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === '$ref' || key === 'not') {
      throw new Error(`managed_schema: ${where} uses "${key}", which Chrome's managed storage schema does not support.`);
    }
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as JsonNode).map(([name, sub]) => [name, toChromeSubset(sub, `${where}.${name}`)]),
      );
    } else if (key === 'items') {
      out.items = toChromeSubset(value, `${where}[]`);
    } else {
      out[key] = value;
    }
  }
  if (typeof out.type !== 'string') throw new Error(`managed_schema: ${where} has no type; Chrome requires one on every node.`);
  return out;
}

/** The managed_schema.json content, derived from the zod schema. */
export function buildManagedSchema(): JsonNode {
  const json = z.toJSONSchema(policyInputSchema, { io: 'input', target: 'draft-2020-12' });
  return toChromeSubset(json, '(policy)') as JsonNode;
}

export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}

/** Writes the file when its content changed; returns whether it did. */
export function writeManagedSchema(path = MANAGED_SCHEMA_PATH): boolean {
  const text = managedSchemaText();
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // First build: no file yet.
  }
  if (current === text) return false;
  writeFileSync(path, text);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = writeManagedSchema();
  console.log(changed ? `Wrote ${MANAGED_SCHEMA_PATH}` : `${MANAGED_SCHEMA_PATH} is up to date`);
}
