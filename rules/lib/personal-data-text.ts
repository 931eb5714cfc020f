// Small text helpers shared by the personal-data detectors: word lists as
// sets, and the words around a match read from the document's tokens (never
// by re-scanning the text, so every check stays linear in the post's length).
import type { PostDocument, Token } from '../document';
import { escapeRegExp } from './organisation';

export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/** A token's word for list look-ups: lower case, without a possessive 's or edge punctuation. */
export function word(token: Token): string {
  const w = token.text.toLowerCase().replace(/['’]s$/, '');
  let s = 0;
  let e = w.length;
  while (s < e && !WORD_CHAR.test(w[s])) s++;
  while (e > s && !WORD_CHAR.test(w[e - 1])) e--;
  return w.slice(s, e);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `text` without trailing characters from `chars` (a loop: an anchored `[...]+$` pattern backtracks quadratically). */
export function trimEnd(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text[e - 1])) e--;
  return text.slice(0, e);
}

/** Up to `n` tokens of the same sentence ending before offset `at`, nearest last. */
export function tokensBefore(doc: PostDocument, at: number, n: number): Token[] {
  const sentence = doc.sentenceAt(Math.max(0, at - 1)) ?? doc.sentenceAt(at);
  if (!sentence) return [];
  const tokens = doc.tokensIn(sentence.start, at).filter((t) => t.end <= at);
  return tokens.slice(Math.max(0, tokens.length - n));
}

/** Up to `n` tokens of the same sentence starting at or after offset `at`. */
export function tokensAfter(doc: PostDocument, at: number, n: number): Token[] {
  const sentence = doc.sentenceAt(at) ?? doc.sentenceAt(Math.max(0, at - 1));
  if (!sentence) return [];
  const out: Token[] = [];
  for (const t of doc.tokensIn(at, sentence.end)) {
    if (t.start < at) continue;
    out.push(t);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * A case-insensitive pattern matching any of the phrases as whole words,
 * longest first so that "final written warning" wins over "written warning".
 * Literal alternatives only, with no quantifier around them: safe from ReDoS.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
        .join('\\s'),
    )
    .join('|');
}
