// Detectors for contact details: email addresses (also disguised as
// "name (at) example (dot) com"), home addresses and full postcodes.
//
// Contact details of organisations are not personal data: the employer's own
// (from the policy) never, and other organisations' role mailboxes
// (info@, bookings@) and premises ("the café at 12 Market Street") neither.
// A home address counts when the post ties it to a person or a home.
import type { PostDocument } from '../document';
import type { Policy } from '../policy';
import { escapeRegExp, isOfficialDomain, organisation } from './organisation';
import type { Hit } from './personal-data-numbers';
import { people } from './personal-data-people';
import { isNotSurname } from './names';
import { tokensAfter, tokensBefore, trimEnd, word, wordSet } from './personal-data-text';
import data from '../data/personal-data.json';
import { scan } from './scan';

const PERSONAL_DOMAINS = wordSet(data.personalMailDomains);
const ROLE_MAILBOXES = wordSet(data.roleMailboxes);
const TLDS = wordSet(data.emailTlds);
const HOME_CUES = wordSet(data.homeCues);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const VENUE_CUES = wordSet(data.venueCues);
const EXPLICIT_HOME = wordSet(['lives', 'living', 'live', 'lived', 'home', 'house', 'flat', 'bungalow', 'address', 'neighbour', 'neighbor']);
const POSSESSIVES = wordSet(['my', 'his', 'her', 'their', 'your']);
// ("the council tax account at 14 Pithead Row": council tax is billed to a home.)
const HOUSEHOLD_SERVICE = wordSet(['missed', 'bin', 'bins', 'bulky', 'wheelie', 'assisted', 'tax']);
// A reply to one person: their handle, or a greeting by name ("Hi Mr Dunmore, we've looked into this").
const REPLY_START = /^\s{0,3}(?:@[A-Za-z0-9_]{2,30}\b|(?:Hi|Hello|Hiya|Dear|Morning|Good\s(?:morning|afternoon|evening))\s(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)?\p{Lu}[\p{L}'’-]{1,30},)/u;
const UNAPOSTROPHISED = wordSet(['thats', 'whats', 'wheres', 'theres', 'heres', 'its', 'hes', 'shes', 'lets']);
const COUNT_WORDS = wordSet(['over', 'about', 'around', 'nearly', 'almost', 'some', 'all', 'approximately', 'roughly', 'another', 'more', 'than']);

// ---------------------------------------------------------------- emails

const EMAIL_RE = /(?<![\w.%+@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,5}/g;
// "becky.holt84 (at) example (dot) com", "name[at]example.com", "name {at} example {dot} co {dot} uk".
const BRACKETED_RE =
  /(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}) ?[([{] ?at ?[)\]}] ?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?: ?(?:[([{] ?dot ?[)\]}]|\.) ?[A-Za-z0-9-]{1,63}){1,4})/gi;
// "dave.ruddock1979 at gmail dot com": plain words, so the last label must be a real top-level domain.
const SPELLED_RE = /(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}) at ([A-Za-z0-9][A-Za-z0-9-]{0,62}(?: dot [A-Za-z0-9-]{1,63}){1,4})\b/gi;
const DOT_RE = / ?(?:[([{] ?dot ?[)\]}]|\.) ?| dot /gi;

/**
 * A mailbox of a person rather than an organisation: anything at a personal
 * mail provider, or a name-like local part ("sandra.kirk@", "becky84@") at
 * another domain. Role mailboxes and "brand@brand.org" stay unflagged.
 */
export function isPersonalMailbox(local: string, domain: string, policy: Policy, names: ReadonlySet<string>): boolean {
  const host = trimEnd(domain.toLowerCase(), '.');
  if (isOfficialDomain(policy, host)) return false;
  const l = local.toLowerCase();
  if (PERSONAL_DOMAINS.has(host) || PERSONAL_DOMAINS.has(host.split('.').slice(-2).join('.'))) return true;
  if (ROLE_MAILBOXES.has(l) || ROLE_MAILBOXES.has(trimEnd(trimEnd(l, '0123456789'), '._-'))) return false;
  const label = host.split('.')[0];
  if (l === label || label.startsWith(l) || l.startsWith(label)) return false;
  if (/^\p{L}+[._-]\p{L}+$/u.test(l)) return true;
  if (/^\p{L}{2,}[._-]?\d{2,4}$/u.test(l)) return true;
  return names.has(l);
}

function firstNames(doc: PostDocument, policy: Policy): Set<string> {
  const out = new Set<string>();
  for (const p of people(doc, policy)) for (const part of p.text.toLowerCase().split(/\s+/)) out.add(part);
  return out;
}

export function findEmails(doc: PostDocument, policy: Policy): Hit<'email'>[] {
  const hits: Hit<'email'>[] = [];
  let names: Set<string> | null = null;
  const personal = (local: string, domain: string) => isPersonalMailbox(local, domain, policy, (names ??= firstNames(doc, policy)));
  for (const m of scan(doc, EMAIL_RE)) {
    const address = trimEnd(m[0], '.-');
    const at = address.indexOf('@');
    if (!personal(address.slice(0, at), address.slice(at + 1))) continue;
    hits.push({ kind: 'email', start: m.index, end: m.index + address.length, redaction: '[email removed]' });
  }
  for (const re of [BRACKETED_RE, SPELLED_RE]) {
    for (const m of scan(doc, re)) {
      const domain = m[2].replace(DOT_RE, '.').replace(/\s+/g, '');
      const tld = domain.split('.').pop()!.toLowerCase();
      if (re === SPELLED_RE && !TLDS.has(tld)) continue;
      if (hits.some((h) => h.start < m.index + m[0].length && m.index < h.end)) continue;
      if (!personal(m[1], domain)) continue;
      hits.push({ kind: 'email', start: m.index, end: m.index + m[0].length, redaction: '[email removed]' });
    }
  }
  return hits;
}

// ---------------------------------------------------------------- addresses and postcodes

// Named blocks of flats ("12 Oakmere House", "flat 4, Kelvin Court block") are homes only when the post says
// "flat" or a home word: the same names are offices and business centres ("Unit 3, Enterprise House").
const BUILDING_SUFFIXES = wordSet(data.buildingSuffixes);
const SUFFIXES = [...data.streetSuffixes, ...data.buildingSuffixes].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// A house number (12, 12a, 12-14) then one to three capitalised words and a street type: "41 Marsh Lane"; or, in
// Welsh, the street type first: "4 Heol y Felin".
// Case-sensitive on purpose: "3 green bins" is not an address.
const ADDRESS_RE = new RegExp(
  `(?<![\\w£$€.,/:#-])\\d{1,3}[A-Za-z]?(?:-\\d{1,3})?,? (?:(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)? ){1,3}(?:${SUFFIXES})\\b\\.?|(?:Heol|Ffordd|Stryd|Lôn|Teras|Rhodfa|Cilgant) (?:(?:y|yr) )?[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?\\b)`,
  'g',
);
const NOT_HOUSE_NUMBER = new Set(['year', 'yr', 'class', 'room', 'form', 'group', 'level', 'stage', 'grade', 'under', 'page', 'chapter', 'section', 'item', 'week', 'phase', 'lot', 'platform', 'gate', 'bay', 'pitch', 'table', 'stand']);
const FLAT_BEFORE = /(?:Flat|flat|Apartment|Apt\.?|Unit) \d{1,4}[A-Za-z]?,? ?$/;
const BLOCK_AFTER = /^ [Bb]lock\b/;
// A full UK postcode; the inward code's letters never include C, I, K, M, O or V.
const SALE_PICKUP = /\b(?:collection|collect|collected|pick\s?up|pickup|picked\sup)\s(?:(?:is|only|will\sbe)\s)?from\s(?:near\s)?$/i;
const PRIVATE_SALE = /\b(?:selling|for\ssale|sold\ssubject|free\sto\sa\sgood\shome|ono|o\.n\.o)\b|£\s?\d/i;
const POSTCODE_RE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
// Between a street and its postcode: a town or two, commas, spaces.
const ADDRESS_GAP = /^[, ]{1,3}(?:[A-Z][a-z'’-]+[, ]{1,3}){0,2}$/;

// "I'm at 27 Reedbank Close", "drop it round to 4 Elm Row": the poster's own door.
const SELF_AT = /\b(?:I['’]?m\s{1,3}at|I\s{1,3}am\s{1,3}at|I['’]?m\s{1,3}staying\s{1,3}at|(?:drop|bring|return)\s{1,3}(?:it|them|this|these)\s{1,3}(?:round|back|over)\s{1,3}(?:to|at)|(?:pop|come)\s{1,3}(?:round|over)\s{1,3}to|knock\s{1,3}(?:at|on))\s{1,3}(?:number\s{1,3})?$/i;

function isOfficial(policy: Policy, text: string): boolean {
  const t = trimEnd(text.toLowerCase().replace(/\s+/g, ' '), '.,').trim();
  return organisation(policy).addressParts.some((part) => part.includes(t));
}

/**
 * An address is a home address when the post ties it to a person or a home:
 * a private person named in the sentence, or words like "lives", "his",
 * "neighbour". Premises ("the café at", "our hub, 12 Station Road") and
 * events are not homes.
 */
function tiedToPerson(doc: PostDocument, start: number, end: number, policy: Policy): boolean {
  const before = tokensBefore(doc, start, 4);
  // "lives at", "party at my place, 12 Marsh Lane": a home, whatever else is said.
  if (before.some((t, i) => EXPLICIT_HOME.has(word(t)) || (word(t) === 'place' && POSSESSIVES.has(word(before[i - 1] ?? t))))) return true;
  if (SELF_AT.test(doc.text.slice(Math.max(0, start - 40), start))) return true;
  // "look up Jory Tremayne, 22 Chapel Row": a name set beside the address by a comma is whose home it is. A business
  // or a place ("Fore Street Surgery, 22 ...", "Harbour Office, ...") ends in a place or trade word, or is tagged one.
  const [first, second] = before.slice(-2);
  // ("The Vaults, 22 Friar Gate", "The Crown, 4 Market Place": a name that opens with "The" is a venue's.)
  if (first && second && /^,\s$/.test(second.post) && first.post === ' ' && word(first) !== 'the' && [first, second].every((t) => NAME_WORD.test(t.text) && !t.tags.has('Place') && !t.tags.has('Organization') && !t.tags.has('Date') && !VENUE_CUES.has(word(t))) && !isNotSurname(second.text)) return true;
  // "the missed collection at 22 Orchard Rise", "bulky waste collection from 4 Elm Row": a household's own bins, so a home.
  const household = before.some((t) => HOUSEHOLD_SERVICE.has(word(t)));
  // "the bulky waste collection is booked for 27 Thornton Avenue": a household's collection named a few words back
  // is not a venue either, though it takes a person or a reply to make the address a home.
  const householdNear = household || tokensBefore(doc, start, 8).some((t) => HOUSEHOLD_SERVICE.has(word(t)));
  // "Selling my son's wetsuit, £15. Collection from WH3 4PQ": a private sale is collected from the seller's home.
  if (SALE_PICKUP.test(doc.text.slice(Math.max(0, start - 24), start)) && PRIVATE_SALE.test(doc.text)) return true;
  if (before.some((t) => (VENUE_CUES.has(word(t)) && !(householdNear && word(t) === 'collection')) || (t.tags.has('Organization') && !(household && word(t) === 'council')))) return false;
  const after = tokensAfter(doc, end, 2);
  // "200 Harbour Park volunteers": a count of people, not a house number.
  // "thats", "whats" typed without the apostrophe read as plurals; they are not counted people.
  // (After a postcode no count can follow: "14 Pithead Row, OC3 5JT shows £312 owing".)
  const withPostcode = /\d[A-Z]{2}$/.test(doc.text.slice(start, end));
  if (!withPostcode && after[0] && /^\p{Ll}/u.test(after[0].text) && after[0].tags.has('Plural') && after[0].tags.has('Noun') && !UNAPOSTROPHISED.has(word(after[0]))) return false;
  if (after.some((t) => VENUE_CUES.has(word(t)) && t.start - end < 4)) return false;
  if (household) return true;
  const sentence = doc.sentenceAt(start);
  if (!sentence) return false;
  if (people(doc, policy).some((p) => p.private && p.start >= sentence.start && p.start < sentence.end)) return true;
  // A reply to someone's handle ("@lynne72 We've logged it against 14 Wharf Row") speaks to that person about their home.
  if (REPLY_START.test(doc.text)) return true;
  return sentence.tokens.some((t) => (t.end <= start || t.start >= end) && HOME_CUES.has(word(t)));
}

export function findAddresses(doc: PostDocument, policy: Policy): Hit<'address' | 'postcode'>[] {
  const text = doc.text;
  const addresses: Array<{ start: number; end: number; home: boolean }> = [];
  for (const m of scan(doc, ADDRESS_RE)) {
    let start = m.index;
    const end = m.index + m[0].replace(/\.$/, '').length;
    // A date is not a house number: "Saturday 12 Market Street" is rare, "from 12 June" is not matched at all.
    const prev = tokensBefore(doc, start, 1)[0];
    if (prev && (prev.tags.has('WeekDay') || prev.tags.has('Month'))) continue;
    // "the 200 Harbour Park volunteers", "over 40 Station Road residents": a count, not a house number.
    if (prev && (prev.tags.has('Determiner') || COUNT_WORDS.has(word(prev)))) continue;
    // "Kai Mensah (Year 9, Hollins Park Academy)", "Phase 2 Mill Lane": a school year, stage or item, not a house number.
    if (prev && NOT_HOUSE_NUMBER.has(word(prev))) continue;
    // "2 to 40 Beech Road", "1-99 Mill Lane": a stretch of a street, not one home.
    if (/\d\s?(?:to|-|and|&)\s?$/.test(text.slice(Math.max(0, start - 8), start)) || /^\d{1,3}-\d/.test(m[0])) continue;
    const flat = FLAT_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (flat) start -= flat[0].length;
    const last = m[0].replace(/\.$/, '');
    // A flat is a home whoever is named: "Flat 3, 12 Marsh Lane", "flat 12 Oakmere House".
    let home = flat !== null && !flat[0].startsWith('Unit');
    // "flat 12 Oakmere House", "flat 4 Kelvin Court": the flat's number is the house number, and "flat" belongs in the span.
    if (!flat && text.slice(Math.max(0, start - 5), start).toLowerCase() === 'flat ') {
      start -= 5;
      home = true;
    }
    const building = BUILDING_SUFFIXES.has(last.slice(last.lastIndexOf(' ') + 1).toLowerCase());
    if (building && !home && !tokensBefore(doc, start, 3).some((t) => EXPLICIT_HOME.has(word(t)))) continue;
    addresses.push({ start, end: BLOCK_AFTER.test(text.slice(end, end + 6)) ? end + 6 : end, home });
  }
  const postcodes: Array<{ start: number; end: number }> = [];
  for (const m of scan(doc, POSTCODE_RE)) postcodes.push({ start: m.index, end: m.index + m[0].length });

  const hits: Hit<'address' | 'postcode'>[] = [];
  const usedPostcodes = new Set<number>();
  for (const a of addresses) {
    let end = a.end;
    const pc = postcodes.find((p) => p.start >= a.end && p.start - a.end <= 30 && ADDRESS_GAP.test(text.slice(a.end, p.start)));
    if (pc) {
      end = pc.end;
      usedPostcodes.add(pc.start);
    }
    const full = text.slice(a.start, end);
    if (isOfficial(policy, text.slice(a.start, a.end)) || (pc && isOfficial(policy, text.slice(pc.start, pc.end)))) continue;
    if (!a.home && !tiedToPerson(doc, a.start, end, policy)) continue;
    hits.push({ kind: 'address', start: a.start, end: a.start + full.length, redaction: '[address removed]' });
  }
  for (const p of postcodes) {
    if (usedPostcodes.has(p.start)) continue;
    if (isOfficial(policy, text.slice(p.start, p.end))) continue;
    if (!tiedToPerson(doc, p.start, p.end, policy)) continue;
    hits.push({ kind: 'postcode', start: p.start, end: p.end, redaction: '[postcode removed]' });
  }
  return hits;
}

/** Every pattern of this module, for the ReDoS test. */
export const CONTACT_PATTERNS: readonly RegExp[] = [SALE_PICKUP, PRIVATE_SALE, SELF_AT, EMAIL_RE, BRACKETED_RE, SPELLED_RE, DOT_RE, ADDRESS_RE, FLAT_BEFORE, BLOCK_AFTER, POSTCODE_RE, ADDRESS_GAP];
