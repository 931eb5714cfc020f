// Small text helpers for the commercial and confidential rules: bounded
// windows around a match (so checks stay linear in the post's length), list
// alternations for patterns, and the employer's own links and numbers, which
// turn a price or a booking line into the council's own service.
import type { PostDocument } from '../document';
import type { Policy } from '../policy';
import { escapeRegExp, isOfficialDomain, isOfficialPhone, phrasePattern } from './organisation';
import { anySentence, scan } from './scan';

/** A list of phrases as one alternation, longest first so "best friend" wins over "friend". */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .filter((p) => p.trim())
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p).split('\\s+').join('\\s{1,3}'))
    .join('|');
}

/** Text after `at` up to the end of its sentence, at most `max` characters. */
export function after(doc: PostDocument, at: number, max: number): string {
  const s = doc.sentenceAt(Math.min(at, Math.max(0, doc.text.length - 1)));
  const end = Math.min(s ? s.end : doc.text.length, at + max);
  return end > at ? doc.text.slice(at, end) : '';
}

/** Text before `at` back to the start of its sentence, at most `max` characters. */
export function before(doc: PostDocument, at: number, max: number): string {
  const s = doc.sentenceAt(Math.max(0, at - 1));
  const start = Math.max(s ? s.start : 0, at - max);
  return at > start ? doc.text.slice(start, at) : '';
}

/** The sentence holding `at`, as text (empty when none). */
export function sentenceText(doc: PostDocument, at: number): string {
  return doc.sentenceAt(at)?.text ?? '';
}

/** True when most letters of `text` are capitals: a shouted line, where every word looks like a code. */
export function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') {
      upper++;
      letters++;
    } else if (ch >= 'a' && ch <= 'z') letters++;
  }
  return letters >= 12 && upper / letters > 0.6;
}

/** A URL-like token around [start, end): widened to the surrounding non-space run, at most 300 characters each way. */
export function urlAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  const floor = Math.max(0, start - 300);
  while (s > floor && !/[\s"'<>()[\]]/.test(text[s - 1])) s--;
  let e = end;
  const ceiling = Math.min(text.length, end + 300);
  while (e < ceiling && !/[\s"'<>()[\]]/.test(text[e])) e++;
  // Sentence punctuation after a link is not part of it.
  while (e > s && /[.,;:!?]/.test(text[e - 1])) e--;
  return [s, e];
}

/** The host of a URL-like token ("https://www.example.com/x?y" -> "www.example.com"). */
export function hostOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]{0,15}:\/\//i, '').split(/[/?#]/)[0].toLowerCase();
}

const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b/g;

export interface PhoneMatch {
  start: number;
  end: number;
  official: boolean;
}

/** UK phone numbers in the text, each marked official or not by the policy. */
export function phoneNumbers(doc: PostDocument, policy: Policy): PhoneMatch[] {
  return doc.derive('commercial:phones', () =>
    scan(doc, PHONE).map((m) => ({ start: m.index, end: m.index + m[0].length, official: isOfficialPhone(policy, m[0]) })),
  );
}

const domainCache = new WeakMap<Policy, RegExp | null>();

function domainPattern(policy: Policy): RegExp | null {
  if (domainCache.has(policy)) return domainCache.get(policy)!;
  const domains = policy.organisation.domains.map((d) => d.trim().replace(/^@/, '')).filter(Boolean);
  const re = domains.length ? new RegExp(`(?:^|[^\\w.-])(?:[\\w-]{1,63}\\.){0,3}(?:${domains.map(escapeRegExp).join('|')})\\b`, 'i') : null;
  domainCache.set(policy, re);
  return re;
}

/** True when the post carries one of the employer's web domains, email addresses or official numbers. */
export function hasOfficialContact(doc: PostDocument, policy: Policy): boolean {
  return doc.derive('commercial:official', () => {
    const re = domainPattern(policy);
    if (re && anySentence(doc, re)) return true;
    return phoneNumbers(doc, policy).some((p) => p.official);
  });
}

export { isOfficialDomain };
