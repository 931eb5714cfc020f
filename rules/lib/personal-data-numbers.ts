// Detectors for personal numbers: phone numbers, National Insurance and NHS
// numbers, bank and card details, dates of birth and vehicle registrations.
//
// Each detector finds a loose candidate with a cheap, bounded pattern and then
// validates it in code (length, prefix rules, check digits, nearby labels), so
// that prices, years, times, counts and reference numbers are left alone.
import type { PostDocument, Token } from '../document';
import type { Policy } from '../policy';
import { isOfficialPhone, phoneDigits } from './organisation';
import { tokensAfter, tokensBefore, trimEnd, word, wordSet } from './personal-data-text';
import data from '../data/personal-data.json';
import { scan } from './scan';

export type NumberKind = 'phone' | 'niNumber' | 'nhsNumber' | 'sortCode' | 'accountNumber' | 'iban' | 'cardNumber' | 'dateOfBirth' | 'vehicleReg';

export interface Hit<K extends string = string> {
  kind: K;
  start: number;
  end: number;
  /** What the "Redact" suggestion writes in place of the match. */
  redaction: string;
}

const ORG_PHONE_CUES = wordSet(data.orgPhoneCues);
const PERSONAL_PHONE_CUES = wordSet(data.personalPhoneCues);
const REFERENCE_CUES = wordSet(data.referenceCues);
const VEHICLE_CUES = wordSet(data.vehicleCues);

// ---------------------------------------------------------------- phones

// A UK number: +44 / 0044 (optionally "(0)") or a leading 0, then a bounded run
// of digits and the separators people use (spaces, dots, dashes, brackets).
// The run is validated afterwards; the lookarounds keep it out of longer
// numbers, URLs, road numbers (A6135) and references (24/01234/FUL).
const PHONE_RE = /(?<![\w/.+=&#@-])(?:(?:\+|00)44[ .-]?(?:\(0\)[ .-]?)?|\(?0)\d[\d ().-]{7,16}\d(?![\w/]|[.-]\d)/g;

type PhoneClass = 'mobile' | 'landline';

/** UK national numbers a private person would have: mobiles (07) and geographic landlines (01, 02). */
function phoneClass(raw: string): PhoneClass | null {
  const national = phoneDigits(raw);
  if (!/^0\d+$/.test(national)) return null;
  // 03, 05, 08 and 09 numbers belong to organisations, services and businesses.
  if (national.startsWith('07')) return national.length === 11 ? 'mobile' : null;
  if (/^0[12]/.test(national)) return national.length === 10 || national.length === 11 ? 'landline' : null;
  return null;
}

/** Shortens a greedy candidate by whole digit groups until it is a valid number ("01632 960781 2 times"). */
function trimToPhone(raw: string): { text: string; kind: PhoneClass } | null {
  let text = raw;
  for (let i = 0; i < 4 && text; i++) {
    const kind = phoneClass(text);
    if (kind && !/[ .-]{2}/.test(text) && balancedBrackets(text)) return { text, kind };
    const cut = text.search(/[ .-][^ .-]*$/);
    if (cut <= 0) return null;
    text = trimEnd(text.slice(0, cut), ' ().-');
  }
  return null;
}

function balancedBrackets(text: string): boolean {
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  return open === close || (open === 1 && close === 0 && text.startsWith('('));
}

/**
 * A landline may be a business's or a service's. The nearest cue before the
 * number decides: "ring her on", "call Ray on", "Nan's new landline" make it
 * private; "call the Benefits team on", "Citizens Advice on" make it an
 * organisation's. With no cue either way, a number on a personal account is
 * taken as private, one on a council account as a service line (the council's
 * own are in the policy; a resident's comes with a name or "me", "her").
 */
function landlineIsPrivate(doc: PostDocument, start: number, end: number, account: string): boolean {
  const before = tokensBefore(doc, start, 10);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i];
    const w = word(t);
    if (PERSONAL_PHONE_CUES.has(w) || isPersonToken(t)) return true;
    // "we'll ring you back on": the resident's own number. "If you need help, call" is not.
    if (w === 'you' && /^(?:back|on)$/i.test(before[i + 1]?.text ?? '')) return true;
    if (ORG_PHONE_CUES.has(w) || t.tags.has('Organization')) return false;
  }
  // "01632 960781, evenings only", "... and ask for Jean": cues after the number.
  for (const t of tokensAfter(doc, end, 5)) {
    if (PERSONAL_PHONE_CUES.has(word(t)) || isPersonToken(t)) return true;
    if (ORG_PHONE_CUES.has(word(t))) return false;
  }
  return account === 'personal';
}

function isPersonToken(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && (t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName'));
}

function isReference(doc: PostDocument, at: number): boolean {
  const before = tokensBefore(doc, at, 2);
  return before.some((t) => REFERENCE_CUES.has(word(t)));
}

export function findPhones(doc: PostDocument, policy: Policy, account: string): Hit<'phone'>[] {
  const hits: Hit<'phone'>[] = [];
  for (const m of scan(doc, PHONE_RE)) {
    const found = trimToPhone(m[0]);
    if (!found) continue;
    const start = m.index;
    const end = start + found.text.length;
    if (isOfficialPhone(policy, found.text)) continue;
    if (isReference(doc, start)) continue;
    if (found.kind === 'landline' && !landlineIsPrivate(doc, start, end, account)) continue;
    hits.push({ kind: 'phone', start, end, redaction: '[number removed]' });
  }
  return hits;
}

// ---------------------------------------------------------------- National Insurance numbers

const NI_RE = /\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-D]))?\b/g;
// "NI number: ", "my NI no. is ", "national insurance number was ".
const NI_LABEL = /\b(?:NI|N\.I\.?|NINO|national\s+insurance)(?:\s+(?:number|no\.?|num))?(?:\s{1,2}(?:is|was|=))?\s{0,2}[:#-]?\s{0,2}$/i;
const NI_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** HMRC's allocation rules for the two prefix letters. */
export function validNiPrefix(prefix: string): boolean {
  if (NI_BAD_PREFIX.has(prefix)) return false;
  return !/[DFIQUV]/.test(prefix[0]) && !/[DFIOQUV]/.test(prefix[1]);
}

export function findNiNumbers(doc: PostDocument): Hit<'niNumber'>[] {
  const hits: Hit<'niNumber'>[] = [];
  for (const m of scan(doc, NI_RE)) {
    const labelled = NI_LABEL.test(doc.text.slice(Math.max(0, m.index - 40), m.index));
    const spaces = (m[0].match(/ /g) ?? []).length;
    // Unlabelled, it must look exactly like one: a valid prefix, the suffix letter, consistent spacing.
    // HMRC's specimen prefix QQ is never issued, but it is what people copy when they write one out in full.
    const wellFormed = (validNiPrefix(m[1]) || m[1] === 'QQ') && m[5] !== undefined && (spaces === 0 || spaces === 4);
    if (!labelled && !wellFormed) continue;
    hits.push({ kind: 'niNumber', start: m.index, end: m.index + m[0].length, redaction: '[NI number removed]' });
  }
  return hits;
}

// ---------------------------------------------------------------- NHS numbers

const NHS_RE = /(?<![\w.,/£$€+-])(\d{3})([ -]?)(\d{3})[ -]?(\d{4})(?![\w/]|[.,-]\d)/g;
const NHS_LABEL = /\bNHS\b/i;

/** The NHS number check digit: modulus 11 over weights 10..2. */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

export function findNhsNumbers(doc: PostDocument): Hit<'nhsNumber'>[] {
  const hits: Hit<'nhsNumber'>[] = [];
  for (const m of scan(doc, NHS_RE)) {
    const digits = m[1] + m[3] + m[4];
    // A leading 0 is a phone number.
    if (digits[0] === '0') continue;
    const sentence = doc.sentenceAt(m.index);
    const near = doc.text.slice(Math.max(sentence?.start ?? 0, m.index - 60), m.index);
    const labelled = NHS_LABEL.test(near);
    const grouped = /^\d{3}([ -])\d{3}\1\d{4}$/.test(m[0]);
    // Labelled "NHS number", trust the label; otherwise the 3-3-4 grouping and the check digit must both hold.
    if (!labelled && !(grouped && validNhsNumber(digits) && !isReference(doc, m.index))) continue;
    hits.push({ kind: 'nhsNumber', start: m.index, end: m.index + m[0].length, redaction: '[NHS number removed]' });
  }
  return hits;
}

// ---------------------------------------------------------------- bank details

const SORT_CODE_RE = /(?<![\w.,/£$€+-])\d{2}([ -])\d{2}[ -]\d{2}(?![\w/]|[.,-]\d)/g;
const ACCOUNT_RE = /(?<![\w.,/£$€+-])\d{8}(?![\w/]|[.,-]\d)/g;
const ACCOUNT_NEAR = /(?<![\d.,£-])\d{8}(?!\d|[.,-]\d)/;
const SORT_CODE_LABEL = /\b(?:sort[\s-]?code|s\/c)\b/i;
const ACCOUNT_LABEL = /\b(?:account|acc|acct|a\/c)\b/i;
const BANK_WORD = /\b(?:bank|banking|building\s+society|sort[\s-]?code|refund|paid\s+into|transfer)\b/i;
const IBAN_RE = /\bGB\d{2} ?[A-Z]{4} ?\d{4} ?\d{4} ?\d{4} ?\d{2}\b/g;

export function findBankDetails(doc: PostDocument): Hit<'sortCode' | 'accountNumber' | 'iban'>[] {
  const hits: Hit<'sortCode' | 'accountNumber' | 'iban'>[] = [];
  const text = doc.text;
  const sortCodes: Array<[number, number]> = [];
  for (const m of scan(doc, SORT_CODE_RE)) {
    // "20-45-77" also reads as a date; it is a sort code when labelled or beside an account number.
    if (!/^\d{2}([ -])\d{2}\1\d{2}$/.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // (An account number may end a clause: "31926604, pm me".)
    const accountNear = ACCOUNT_NEAR.test(after) || ACCOUNT_NEAR.test(before);
    if (!SORT_CODE_LABEL.test(before) && !accountNear) continue;
    if (m[1] === ' ' && !SORT_CODE_LABEL.test(before)) continue;
    sortCodes.push([m.index, m.index + m[0].length]);
    hits.push({ kind: 'sortCode', start: m.index, end: m.index + m[0].length, redaction: '[sort code removed]' });
  }
  for (const m of scan(doc, ACCOUNT_RE)) {
    const start = m.index;
    const nearSort = sortCodes.some(([s, e]) => Math.abs(start - e) <= 80 || Math.abs(s - (start + 8)) <= 80);
    const sentence = doc.sentenceAt(start);
    const before = text.slice(Math.max(sentence?.start ?? 0, start - 25), start);
    const labelledBank = ACCOUNT_LABEL.test(before) && BANK_WORD.test(sentence?.text ?? '');
    if (!nearSort && !labelledBank) continue;
    hits.push({ kind: 'accountNumber', start, end: start + 8, redaction: '[account number removed]' });
  }
  for (const m of scan(doc, IBAN_RE)) {
    hits.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, redaction: '[bank details removed]' });
  }
  return hits;
}

// ---------------------------------------------------------------- card numbers

const CARD_RE = /(?<![\w.,/£$€+-])[2-6](?:[ -]?\d){12,18}(?![\w/]|[.,-]\d)/g;
const CARD_LABEL = /\b(?:card|visa|mastercard|amex|maestro|debit|credit)\b/i;

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card numbers are written whole, in fours, or 4-6-5 (Amex). */
function cardGrouping(groups: string[]): boolean {
  if (groups.length === 1) return true;
  const lens = groups.map((g) => g.length);
  if (lens.slice(0, -1).every((l) => l === 4) && lens[lens.length - 1] >= 1 && lens[lens.length - 1] <= 4) return true;
  return lens.length === 3 && lens[0] === 4 && lens[1] === 6 && (lens[2] === 5 || lens[2] === 4);
}

/** Masks every digit but the last four, keeping the separators. */
function maskCard(text: string): string {
  const total = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen > total - 4 ? d : '•'));
}

export function findCardNumbers(doc: PostDocument): Hit<'cardNumber'>[] {
  const hits: Hit<'cardNumber'>[] = [];
  for (const m of scan(doc, CARD_RE)) {
    let groups = m[0].split(/[ -]/);
    while (groups.length >= 1) {
      const digits = groups.join('');
      if (digits.length >= 13 && digits.length <= 19 && cardGrouping(groups)) break;
      groups = groups.slice(0, -1);
    }
    const digits = groups.join('');
    if (digits.length < 13) continue;
    const text = m[0].slice(0, groups.reduce((n, g) => n + g.length, 0) + groups.length - 1);
    const sentence = doc.sentenceAt(m.index);
    // A fictional or mistyped number still counts when the post says it is a card.
    const labelled = digits.length === 16 && CARD_LABEL.test(sentence?.text ?? '');
    if (!luhn(digits) && !labelled) continue;
    if (isReference(doc, m.index)) continue;
    hits.push({ kind: 'cardNumber', start: m.index, end: m.index + text.length, redaction: maskCard(text) });
  }
  return hits;
}

// ---------------------------------------------------------------- dates of birth

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DOB_CUE = /\b(?:(born)(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|birthday\s+is)(?:\s{0,2}[:-])?\s{1,2}(?:(?:is|was|now|showing|shown|shows|as|reads|recorded|listed|down|being|of)\s){0,4}(?:the\s)?/gi;
const DATE_DAY_MONTH = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}\\.?(?:,?\\s(\\d{4}))?\\b`, 'iy');
const DATE_MONTH_DAY = new RegExp(`${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?\\b`, 'iy');
const DATE_NUMERIC = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/y;

// "asks for my date of birth three times. Yes, it's still 14 August 1979": the label and the date apart.
const DOB_LABEL = /\b(?:d\.?o\.?b|date\s+of\s+birth|birth\s?date)\b/gi;
const FULL_DATE_LATER = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}\\.?,?\\s(\\d{4})|\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}))\\b`, 'i');
const DOB_REACH = 90;
const EVENT_BEFORE = /\b(?:on|since|from|until|till|by|before|after|in|began|begun|started|opened|founded|established|introduced|closes?|closed|ends?|ended|deadline|of)\s{1,2}$/i;
// A date at least this many years back reads as someone's birth, not an event or a deadline near the label.
const BIRTH_YEARS_BACK = 14;

export function findDatesOfBirth(doc: PostDocument, now: Date = new Date()): Hit<'dateOfBirth'>[] {
  const hits: Hit<'dateOfBirth'>[] = [];
  const text = doc.text;
  for (const cue of scan(doc, DOB_CUE)) {
    const at = cue.index + cue[0].length;
    let found: RegExpExecArray | null = null;
    let hasYear = false;
    for (const re of [DATE_NUMERIC, DATE_DAY_MONTH, DATE_MONTH_DAY]) {
      re.lastIndex = at;
      found = re.exec(text);
      if (found) {
        hasYear = re === DATE_NUMERIC || found[1] !== undefined;
        break;
      }
    }
    if (!found) continue;
    // "born on 3 March" is a birthday; with the year it is a date of birth. A label ("DOB") is enough on its own.
    if (cue[1] && !hasYear) continue;
    hits.push({ kind: 'dateOfBirth', start: at, end: at + found[0].length, redaction: '[date of birth removed]' });
  }
  const latest = now.getFullYear() - BIRTH_YEARS_BACK;
  for (const label of scan(doc, DOB_LABEL)) {
    const from = label.index + label[0].length;
    const m = FULL_DATE_LATER.exec(text.slice(from, from + DOB_REACH));
    if (!m) continue;
    const year = Number(m[1] ?? m[2]);
    const start = from + m.index;
    if (year < 1900 || year > latest || hits.some((h) => h.start < start + m[0].length && start < h.end)) continue;
    // "The scheme began on 1 April 1998": a date led by a preposition or an event verb dates something else.
    if (EVENT_BEFORE.test(text.slice(Math.max(from, start - 16), start))) continue;
    hits.push({ kind: 'dateOfBirth', start, end: start + m[0].length, redaction: '[date of birth removed]' });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- vehicle registrations

// Current format (2001-): two letters, the age identifier, three letters (no I, Q; Z only at the end).
const REG_CURRENT = /\b[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-7]\d) ?[A-HJ-PR-Z]{3}\b/g;
// Older prefix (P123 ABC) and suffix (ABC 123D) formats look like too many other things, so they need a label.
const REG_OLDER = /\b(?:[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y])\b/g;
const REG_LABEL = /\b(?:reg|registration|reg\s+no|number\s*plate|plate|plates)\.?\s{0,2}[:#-]?\s{0,2}$/i;

export function findVehicleRegs(doc: PostDocument): Hit<'vehicleReg'>[] {
  const hits: Hit<'vehicleReg'>[] = [];
  const text = doc.text;
  for (const m of scan(doc, REG_CURRENT)) {
    const labelled = REG_LABEL.test(text.slice(Math.max(0, m.index - 25), m.index));
    if (!labelled && !sentenceHasVehicleCue(doc, m.index)) continue;
    hits.push({ kind: 'vehicleReg', start: m.index, end: m.index + m[0].length, redaction: '[reg removed]' });
  }
  for (const m of scan(doc, REG_OLDER)) {
    if (!REG_LABEL.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    hits.push({ kind: 'vehicleReg', start: m.index, end: m.index + m[0].length, redaction: '[reg removed]' });
  }
  return hits;
}

function sentenceHasVehicleCue(doc: PostDocument, at: number): boolean {
  const sentence = doc.sentenceAt(at);
  if (!sentence) return false;
  return sentence.tokens.some((t) => VEHICLE_CUES.has(word(t)));
}

/** Every pattern of this module, for the ReDoS test. */
export const NUMBER_PATTERNS: readonly RegExp[] = [
  PHONE_RE, NI_RE, NI_LABEL, NHS_RE, SORT_CODE_RE, ACCOUNT_RE, SORT_CODE_LABEL, ACCOUNT_LABEL, BANK_WORD, IBAN_RE, CARD_RE,
  CARD_LABEL, DOB_CUE, DOB_LABEL, FULL_DATE_LATER, EVENT_BEFORE, DATE_DAY_MONTH, DATE_MONTH_DAY, DATE_NUMERIC, REG_CURRENT, REG_OLDER, REG_LABEL,
];
