// rules/lib/fast-sweep.ts replaces the step of compromise's post-tagger that
// picks which tagging patterns to try. Every rule reads compromise's tags, so
// the replacement must give the very same tags as stock compromise: checked
// here word by word on every post we have (dev, the red-team corpora and the
// robustness samples: emoji, right-to-left text, long pastes).
import nlp from 'compromise';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastBulkMatch } from '../rules/lib/fast-sweep';
import { SAMPLE_POSTS } from './fixtures/samples';

const ROOT = resolve(import.meta.dirname, '..');
const world = (nlp as unknown as { world(): { methods: { one: { bulkMatch: unknown } } } }).world();

/** The posts of every corpus, by file. */
function corpusTexts(): Map<string, string[]> {
  const files = [resolve(ROOT, '../shared/corpus/dev.jsonl'), ...readdirSync(join(ROOT, 'tests/corpus')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'tests/corpus', f))];
  return new Map(
    files
      .filter(existsSync)
      .map((file) => [relative(ROOT, file), readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text)]),
  );
}

/** Every word with its tags, sentence by sentence, as one string per post. */
function tagged(text: string): string {
  const doc = nlp(text) as unknown as { document: Array<Array<{ text: string; tags: Set<string> }>> };
  return doc.document.map((terms) => terms.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`).join(' ')).join('\n');
}

function taggedWithFastSweep(text: string): string {
  const stock = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = fastBulkMatch;
  try {
    return tagged(text);
  } finally {
    world.methods.one.bulkMatch = stock;
  }
}

describe('fast sweep', () => {
  const sets = corpusTexts().set('the robustness samples', SAMPLE_POSTS.map((p) => p.text));

  it('has posts to compare', () => {
    expect([...sets.values()].flat().length).toBeGreaterThan(900);
  });

  // One test per corpus, so a slow machine slows each a little instead of timing out one big one.
  for (const [name, texts] of sets) {
    it(`gives every word of every post the same tags as stock compromise: ${name}`, () => {
      const differing = texts.filter((text) => taggedWithFastSweep(text) !== tagged(text));
      expect(differing.slice(0, 3).map((text) => ({ text, stock: tagged(text), fast: taggedWithFastSweep(text) }))).toEqual([]);
    });
  }

  it('leaves stock compromise in place for everyone else', () => {
    taggedWithFastSweep('Vote Labour on Thursday.');
    expect(world.methods.one.bulkMatch).not.toBe(fastBulkMatch);
  });
});
