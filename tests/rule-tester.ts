// A table-driven tester in the style of ESLint's RuleTester: each rule lists
// posts it must leave alone (valid) and posts it must flag (invalid), with the
// span, message and suggestion output a user would see.
import { describe, expect, it } from 'vitest';
import { applyEdit, check } from '../rules/engine';
import { resolvePolicy, type Policy, type PolicyInput } from '../rules/policy';
import type { AccountKind, Platform, Rule } from '../rules/types';
import brightwater from './fixtures/brightwater-policy.json';

/** The corpus policy (Brightwater Borough Council), the default for rule tests. */
export const BRIGHTWATER: Policy = resolvePolicy(brightwater as PolicyInput);

export interface Case {
  text: string;
  account?: AccountKind;
  platform?: Platform;
  /** Extra policy fields layered over Brightwater's. */
  policy?: PolicyInput;
  /** ISO date the post goes out (election periods). */
  now?: string;
  /** Why this case matters; shown in the test name. */
  name?: string;
}

export interface ExpectedError {
  messageId?: string;
  /** The flagged text, exactly. */
  match?: string;
  start?: number;
  end?: number;
  /** Each suggestion's label and the post after applying it. */
  suggestions?: Array<{ label: string; output: string }>;
}

export interface InvalidCase extends Case {
  /** One entry per expected finding of this rule, in text order. */
  errors: ExpectedError[];
}

function run(rule: Rule, c: Case) {
  const policy = c.policy ? resolvePolicy(brightwater as PolicyInput, c.policy) : BRIGHTWATER;
  return check(c.text, { account: c.account ?? 'council', platform: c.platform, now: c.now ? new Date(`${c.now}T12:00:00`) : undefined }, policy, {
    rules: [rule],
  });
}

function title(c: Case): string {
  const label = c.name ? `${c.name}: ` : '';
  const text = c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text;
  return `${label}[${c.account ?? 'council'}] ${JSON.stringify(text)}`;
}

export function ruleTester(rule: Rule, tables: { valid: Array<Case | string>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of tables.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(title(c), () => {
          const findings = run(rule, c);
          expect(findings.map((f) => `${f.messageId}: ${f.match}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of tables.invalid) {
        it(title(c), () => {
          const findings = run(rule, c);
          expect(findings.map((f) => f.match), 'number of findings').toHaveLength(c.errors.length);
          c.errors.forEach((expected, i) => {
            const f = findings[i];
            expect(f.category).toBe(rule.meta.category);
            if (expected.messageId) expect(f.messageId).toBe(expected.messageId);
            if (expected.match !== undefined) expect(f.match).toBe(expected.match);
            if (expected.start !== undefined) expect(f.start).toBe(expected.start);
            if (expected.end !== undefined) expect(f.end).toBe(expected.end);
            expect(c.text.slice(f.start, f.end)).toBe(f.match);
            expect(f.message).toMatch(/^[A-Z'"‘“(].*[.!?]$/s);
            expect(f.message).not.toMatch(/\{\{/);
            if (expected.suggestions) {
              expect(f.suggestions.map((s) => ({ label: s.label, output: applyEdit(c.text, s.edit) }))).toEqual(expected.suggestions);
            }
          });
        });
      }
    });
  });
}
