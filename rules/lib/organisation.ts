// What the policy says about the employer, turned into matchers the rules
// share: its names, domains, official numbers and buildings. Nothing about a
// particular council lives in code; it all comes from the policy.
import type { PostDocument } from '../document';
import type { Policy } from '../policy';
import { scan } from './scan';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern that tolerates any run of spaces and either apostrophe. */
export function phrasePattern(phrase: string): string {
  return spacedPhrasePattern(phrase, '\\s+');
}

/** As phrasePattern, with `space` between words (e.g. a bounded `\\s{1,3}` for long alternations). */
export function spacedPhrasePattern(phrase: string, space: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join(space);
}

export interface OrganisationMatchers {
  /** The employer's names and aliases, and "X Council" short forms of them (any case). */
  names: RegExp;
  /** All-capital aliases ("ACC", "FDC"), matched in capitals only: "acc" is an account, not the employer. */
  acronyms: RegExp | null;
  /** Digits-only forms (national format) of the official numbers. */
  officialPhones: Set<string>;
  domains: string[];
  /** Official address components (building names, streets, postcodes) as lower-case phrases. */
  addressParts: string[];
}

const cache = new WeakMap<Policy, OrganisationMatchers>();

export function organisation(policy: Policy): OrganisationMatchers {
  let m = cache.get(policy);
  if (!m) {
    m = build(policy);
    cache.set(policy, m);
  }
  return m;
}

function build(policy: Policy): OrganisationMatchers {
  const org = policy.organisation;
  const names = new Set<string>();
  for (const name of [org.name, ...org.aliases]) {
    if (!name || /^the council$/i.test(name)) continue;
    names.add(name);
    // "Brightwater Borough Council" is also written "Brightwater Council" and "Brightwater" + a service.
    const short = shortCouncilName(name);
    if (short) names.add(short);
  }
  const isAcronym = (name: string) => /^[A-Z][A-Z&]{1,5}$/.test(name);
  const alternation = (list: string[]) =>
    list.sort((a, b) => b.length - a.length).map((name) => spacedPhrasePattern(name, '\\s{1,3}')).join('|');
  const words = [...names].filter((n) => !isAcronym(n));
  const acronyms = [...names].filter(isAcronym);
  const namesPattern = words.length ? new RegExp(`\\b(?:${alternation(words)})\\b`, 'gi') : /(?!)/g;
  const addressParts = new Set<string>();
  for (const address of org.officialAddresses) {
    addressParts.add(address.toLowerCase());
    for (const part of address.split(',')) {
      const p = part.trim().toLowerCase();
      if (p.length >= 4) addressParts.add(p);
      const postcode = p.match(/[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}$/);
      if (postcode) addressParts.add(postcode[0]);
    }
  }
  return {
    names: namesPattern,
    acronyms: acronyms.length ? new RegExp(`\\b(?:${alternation(acronyms)})\\b`, 'g') : null,
    officialPhones: new Set(org.officialPhones.map(phoneDigits)),
    domains: org.domains.map((d) => d.toLowerCase().replace(/^@/, '')),
    addressParts: [...addressParts],
  };
}

const COUNCIL_KINDS = new Set(['borough', 'county', 'city', 'district', 'metropolitan', 'parish', 'town']);

/** "Brightwater Borough Council" -> "Brightwater Council"; null when the name has no kind word. */
function shortCouncilName(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3 || words[words.length - 1].toLowerCase() !== 'council') return null;
  let cut = words.length - 1;
  while (cut > 1 && COUNCIL_KINDS.has(words[cut - 1].toLowerCase())) cut--;
  return cut < words.length - 1 ? `${words.slice(0, cut).join(' ')} Council` : null;
}

/** A UK phone number reduced to national digits: "+44 (0)1632 960000" -> "01632960000". */
export function phoneDigits(phone: string): string {
  let digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  return digits.replace(/\+/g, '');
}

export function isOfficialPhone(policy: Policy, phone: string): boolean {
  return organisation(policy).officialPhones.has(phoneDigits(phone));
}

/** True for an email address or host at one of the organisation's domains (or a subdomain). */
export function isOfficialDomain(policy: Policy, emailOrHost: string): boolean {
  let host = emailOrHost.toLowerCase().split('@').pop()!;
  // Drop sentence punctuation after the address ("email us at x@y.gov.uk.") without an end-anchored pattern.
  while (host && (host.endsWith('.') || /\s/.test(host[host.length - 1]))) host = host.slice(0, -1);
  return organisation(policy).domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** True when `text` (e.g. a matched address or postcode) is part of an official address. */
export function isOfficialAddress(policy: Policy, text: string): boolean {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return false;
  return organisation(policy).addressParts.some((part) => part.includes(t) || t.includes(part));
}

/** Spans where the text names the employer ("Brightwater Borough Council", "Brightwater Council"). */
export function employerMentions(text: string, policy: Policy): Array<[number, number]> {
  return mentionPatterns(policy)
    .flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
}

/** As employerMentions, in a document: found sentence by sentence and cached across checks. */
export function employerMentionsIn(doc: PostDocument, policy: Policy): Array<[number, number]> {
  return mentionPatterns(policy)
    .flatMap((re) => scan(doc, re).map((m) => [m.index, m.index + m[0].length] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
}

const mentionPatternCache = new WeakMap<Policy, RegExp[]>();

/** The employer's names as global patterns of their own (any case; acronyms in capitals), compiled once per policy. */
function mentionPatterns(policy: Policy): RegExp[] {
  let list = mentionPatternCache.get(policy);
  if (!list) {
    const { names, acronyms } = organisation(policy);
    list = [new RegExp(names.source, 'gi'), ...(acronyms ? [new RegExp(acronyms.source, 'g')] : [])];
    mentionPatternCache.set(policy, list);
  }
  return list;
}

/** The first word of the employer's name ("Brightwater"), which staff use alone ("my manager at Brightwater"). */
export function employerShortNames(policy: Policy): string[] {
  const out = new Set<string>();
  for (const name of [policy.organisation.name, ...policy.organisation.aliases]) {
    const first = name.trim().split(/\s+/)[0];
    if (first && !/^(the|council|city|county|borough)$/i.test(first) && first.length >= 3) out.add(first);
  }
  return [...out];
}
