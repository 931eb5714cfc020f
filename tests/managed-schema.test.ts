// public/managed_schema.json is generated from the zod policy schema and must
// stay within the subset of JSON Schema Chrome accepts for managed storage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, MANAGED_SCHEMA_PATH, managedSchemaText } from '../scripts/managed-schema';
import { policyInputSchema } from '../rules/policy';

type Node = Record<string, unknown>;

function* nodes(node: Node, where = '(policy)'): Generator<[string, Node]> {
  yield [where, node];
  for (const [name, sub] of Object.entries((node.properties as Record<string, Node>) ?? {})) yield* nodes(sub, `${where}.${name}`);
  if (node.items) yield* nodes(node.items as Node, `${where}[]`);
}

describe('public/managed_schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` or a build after changing rules/policy.ts)', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(managedSchemaText());
  });

  it("keeps to Chrome's subset: every node typed, object at the top, no additionalProperties, no combinators", () => {
    const schema = buildManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
    for (const [where, node] of nodes(schema)) {
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number'], where).toContain(node.type);
      for (const keyword of ['anyOf', 'oneOf', 'allOf', '$ref', 'not', 'additionalProperties']) {
        expect(node, `${where} has ${keyword}`).not.toHaveProperty(keyword);
      }
      if (node.type === 'array') expect(node.items, `${where} has items`).toBeTruthy();
      if (node.type === 'object') expect(node.properties, `${where} lists its properties`).toBeTruthy();
    }
  });

  it('describes every top-level field of the policy, with the same enums', () => {
    const schema = buildManagedSchema() as { properties: Record<string, Node> };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policyInputSchema.shape).sort());
    expect(schema.properties.enforcement.enum).toEqual(['advise', 'confirm', 'block']);
    expect((schema.properties.categories.properties as Record<string, Node>).political.enum).toEqual(['off', 'info', 'warn', 'block']);
  });
});
