// Reads a labelled corpus (JSON lines) and scores the engine on it.
import { readFileSync } from 'node:fs';
import { check } from '../rules/engine';
import { parsePolicyJson, resolvePolicy, type Policy } from '../rules/policy';
import { CATEGORIES, type AccountKind, type Category, type Finding, type Platform } from '../rules/types';

export interface CorpusPost {
  id: string;
  account: AccountKind;
  platform: Platform;
  text: string;
  expect: Category[];
  note?: string;
}

export function readCorpus(path: string): CorpusPost[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusPost);
}

export function readPolicy(path: string): Policy {
  return resolvePolicy(parsePolicyJson(readFileSync(path, 'utf8')));
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  categories: Record<Category, CategoryScore>;
  clean: number;
  falseAlarms: number;
  falseAlarmRate: number;
  results: Array<{ post: CorpusPost; found: Category[]; findings: Finding[] }>;
}

/** Post-level scoring: a category is predicted when any finding of that category is reported, at any severity. */
export function score(posts: CorpusPost[], policy: Policy): Score {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  let clean = 0;
  let falseAlarms = 0;
  const results: Score['results'] = [];
  for (const post of posts) {
    const findings = check(post.text, { account: post.account, platform: post.platform }, policy);
    const found = [...new Set(findings.map((f) => f.category))].filter((c) => (CATEGORIES as readonly string[]).includes(c));
    for (const c of CATEGORIES) {
      const expected = post.expect.includes(c);
      const got = found.includes(c);
      if (expected && got) counts[c].tp++;
      else if (got) counts[c].fp++;
      else if (expected) counts[c].fn++;
    }
    if (post.expect.length === 0) {
      clean++;
      if (found.length) falseAlarms++;
    }
    results.push({ post, found, findings });
  }
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp + fn ? tp / (tp + fn) : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [c, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Category, CategoryScore>;
  return { categories, clean, falseAlarms, falseAlarmRate: clean ? falseAlarms / clean : 0, results };
}
