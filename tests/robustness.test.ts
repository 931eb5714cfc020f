// Whatever the user types or pastes, check() returns findings whose spans the
// UI can trust: inside the text, on character boundaries, and equal to the
// text they claim to flag. A rule that throws loses all its findings, so no
// rule may throw either (the engine logs failures under POSTCHECK_DEBUG).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyEdit, check } from '../rules/engine';
import { resolvePolicy, type Policy, type PolicyInput } from '../rules/policy';
import type { AccountKind, Finding } from '../rules/types';
import brightwater from './fixtures/brightwater-policy.json';
import { RICH_POLICY, SAMPLE_TEXTS } from './fixtures/samples';
import { mulberry32 } from '../scripts/random';

const BRIGHTWATER = resolvePolicy(brightwater as PolicyInput);
const RICH = resolvePolicy(RICH_POLICY);
const NOW = new Date('2027-04-20T12:00:00'); // inside RICH's election period

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));

let ruleFailures: string[] = [];
let errorSpy: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  process.env.POSTCHECK_DEBUG = '1';
  errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    ruleFailures.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' '));
  });
});
afterAll(() => {
  errorSpy.mockRestore();
  delete process.env.POSTCHECK_DEBUG;
});

function checkedSafely(text: string, account: AccountKind, policy: Policy): Finding[] {
  ruleFailures = [];
  let findings: Finding[] = [];
  expect(() => {
    findings = check(text, { account, platform: 'facebook', now: NOW }, policy);
  }).not.toThrow();
  expect(Array.isArray(findings)).toBe(true);
  expect(ruleFailures, 'rules that threw').toEqual([]);
  return findings;
}

function expectSoundSpans(text: string, findings: Finding[]): void {
  for (const f of findings) {
    const where = `${f.rule} ${f.messageId} [${f.start}, ${f.end})`;
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
    expect(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${where} in a text of ${text.length}`).toBe(true);
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${where} splits a surrogate pair`).toBe(false);
    expect(f.match, where).toBe(text.slice(f.start, f.end));
    expect(typeof f.message === 'string' && f.message.length > 0, where).toBe(true);
    for (const s of f.suggestions) {
      const e = s.edit;
      const [a, b] = e.kind === 'insert' ? [e.at, e.at] : [e.start, e.end];
      expect(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length, `${where} suggestion "${s.label}" [${a}, ${b})`).toBe(true);
      expect(splitsPair(text, a) || splitsPair(text, b), `${where} suggestion "${s.label}" splits a surrogate pair`).toBe(false);
      expect(typeof applyEdit(text, e)).toBe('string');
    }
  }
  for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].start);
}

function robust(text: string): Finding[] {
  let all: Finding[] = [];
  for (const policy of [BRIGHTWATER, RICH]) {
    for (const account of ['council', 'personal'] as const) {
      const findings = checkedSafely(text, account, policy);
      expectSoundSpans(text, findings);
      all = all.concat(findings);
    }
  }
  return all;
}

const ZWJ_FAMILY = '👨\u200D👩\u200D👧\u200D👦';
const FLAGS = '🇬🇧🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F🇺🇦';
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u202E', '\u2066'];

const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '.', '. ', '!', '?', ',', ';', ':', "'", '’', '"', '“', '”', '(', ')', '-', '–', '—', '…',
  '@', '#', '£', '$', '%', '&', '*', '/', '\\', '+', '=', '_', '|', '<', '>', '[', ']', '{', '}', '~', '^',
  '😀', '👍🏽', ZWJ_FAMILY, FLAGS, '🏳️‍🌈', '✌️', '❤', '\u{1F9D1}\u{200D}\u{1F4BB}',
  'مرحبا', 'שלום', '\u202B', '\u202C', '\u2067', '\u2069', '\u200F',
  ...INVISIBLES, '\uD800', '\uDC00', '\uDBFF', '\uDFFF', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\uFFFD', '\uFFFF',
  'é', 'ß', 'İ', 'ﬁ', 'Ⅻ', '①', '１２３', 'ｆｕｃｋ',
  ' fuck ', ' sh1t ', ' f*ck ', ' 07700 900123 ', ' 01632 960000 ', ' BW1 1AA ', ' QQ123456C ', ' council ', ' Council ',
  ' Brightwater Borough Council ', ' Fenmouth District Council ', ' vote Labour ', ' Tory ', ' Cllr Raman ', ' Mr ', ' Dr. ',
  ' Jayden Smith aged 9 ', ' views my own ', ' leaked ', ' DM me ', ' £20 ', ' scam ', ' is a liar ', ' https://example.com/a?b=c ',
  ' jane@example.com ', ' @someone ', ' #tag ', ' 24/01234/FUL ', ' 14 Willow Close ', ' Project Heron ', ' Dick Whittington ',
];

function fuzzString(random: () => number): string {
  const n = Math.floor(random() * random() * 120);
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(random() * PIECES.length)];
  return out;
}

/** Inserts invisible characters at code-point boundaries. */
function sprinkleInvisibles(text: string, random: () => number, count: number): string {
  const chars = Array.from(text);
  for (let k = 0; k < count; k++) {
    const at = Math.floor(random() * (chars.length + 1));
    chars.splice(at, 0, INVISIBLES[Math.floor(random() * INVISIBLES.length)]);
  }
  return chars.join('');
}

const stripInvisibles = (text: string) => text.replace(/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '');

describe('check() accepts any string', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['spaces', '   '],
    ['whitespace of every kind', ' \t\n\r\v\f\u00A0\u2000\u2003\u2009\u202F\u3000\u2028\u2029'],
    ['a single letter', 'a'],
    ['a single emoji', '😀'],
    ['emoji only', '🎉🎉🎉 👍🏽👍🏿 ' + ZWJ_FAMILY + ' ' + FLAGS],
    ['ZWJ sequences and flags among words', `Great day at the fair ${ZWJ_FAMILY} with the council team ${FLAGS} see you next year 🏳️‍🌈`],
    ['Arabic with bidi controls', '\u202Bمرحبا بكم في المكتبة\u202C visit the library \u2067שלום\u2069 today.'],
    ['Hebrew with RLO', '\u202Eשלום עולם\u202C call 07700 900123'],
    ['zero-width characters inside words', 'Co\u200Buncil me\u200Deting on Thu\u2060rsday, ca\u00ADll 077\u200B00 900\uFEFF123.'],
    ['only invisible characters', '\u200B\u200C\u200D\u2060\uFEFF\u00AD'],
    ['lone high surrogate', 'hello \uD83D world'],
    ['lone low surrogate', 'hello \uDE00 world'],
    ['lone surrogates at both ends', '\uDC00start and end\uD800'],
    ['reversed surrogate pair', 'ab\uDE00\uD83Dcd'],
    ['control characters', 'a\u0000b\u0001c\u0007d\u0008e\u001Bf\u007Fg\u0085h fuck\u0000 07700\u0000900123'],
    ['CRLF lines', 'Line one.\r\nLine two, 07700 900123.\r\n\r\nVote Labour!\r\n'],
    ['no spaces at all', 'a'.repeat(5000)],
    ['long word of digits', '0'.repeat(3000)],
    ['repeated punctuation', '!?.'.repeat(2000)],
    ['many sentences of one word', 'Hi. '.repeat(2000)],
    ['deep brackets', '('.repeat(2000) + ')'.repeat(2000)],
    ['very long URL', `https://example.com/${'a/'.repeat(3000)}?q=${'x'.repeat(500)}`],
    ['many @handles and #tags', Array.from({ length: 400 }, (_, i) => `@user${i} #tag${i}`).join(' ')],
    ['many phone-like numbers', Array.from({ length: 300 }, (_, i) => `07700 900${String(i).padStart(3, '0')}`).join(', ')],
    ['fullwidth letters', 'ｆｕｃｋ ｔｈｉｓ ０７７００ ９００１２３'],
    ['combining marks', 'z\u0301\u0302\u0303a\u0308\u0308\u0308lgo te\u0336x\u0336t'],
    ['mathematical alphanumerics', '𝐟𝐮𝐜𝐤 𝓬𝓸𝓾𝓷𝓬𝓲𝓵 𝟎𝟕𝟕𝟎𝟎'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      robust(text);
    });
  }

  it('non-string input is coerced, not thrown on', () => {
    for (const value of [undefined, null, 42, {}, []] as unknown[]) {
      expect(() => check(value as string, { account: 'council' }, BRIGHTWATER)).not.toThrow();
    }
  });

  it('every sample post, on both account kinds and both policies', () => {
    for (const text of SAMPLE_TEXTS) robust(text);
  });

  it('a 1 MB paste', () => {
    const random = mulberry32(99);
    let text = '';
    while (text.length < 1_000_000) text += `${SAMPLE_TEXTS[Math.floor(random() * SAMPLE_TEXTS.length)]} ${random() < 0.1 ? '\n\n' : ''}`;
    const findings = checkedSafely(text, 'personal', RICH);
    expectSoundSpans(text, findings);
  }, 120_000);

  it('200,000 characters with no space or punctuation', () => {
    const text = 'abcdefghij'.repeat(20_000);
    expectSoundSpans(text, checkedSafely(text, 'personal', RICH));
  }, 60_000);
});

describe('fuzz (seeded)', () => {
  const random = mulberry32(20260601);
  const strings = Array.from({ length: 300 }, () => fuzzString(random));
  it('300 random strings of awkward pieces', () => {
    for (const text of strings) {
      try {
        robust(text);
      } catch (error) {
        throw new Error(`fuzz input ${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    }
  }, 120_000);

  it('sample posts cut at random UTF-16 offsets (half surrogate pairs left behind)', () => {
    const cut = mulberry32(7);
    for (const text of SAMPLE_TEXTS) {
      const a = Math.floor(cut() * text.length);
      const b = a + Math.floor(cut() * (text.length - a + 1));
      robust(text.slice(a, b));
    }
  });
});

describe('invisible characters', () => {
  it('change no finding: same rules and messages, spans mapped back onto the original text', () => {
    const random = mulberry32(4242);
    for (const policy of [BRIGHTWATER, resolvePolicy(RICH_POLICY, { allowList: [] })]) {
      for (const clean of SAMPLE_TEXTS) {
        if (!clean.trim()) continue;
        const noisy = sprinkleInvisibles(clean, random, 1 + Math.floor(random() * 6));
        for (const account of ['council', 'personal'] as const) {
          const expected = checkedSafely(clean, account, policy);
          const got = checkedSafely(noisy, account, policy);
          expectSoundSpans(noisy, got);
          const summary = (fs: Finding[], strip: boolean) =>
            fs.map((f) => `${f.rule}/${f.messageId}: ${strip ? stripInvisibles(f.match) : f.match} [${f.suggestions.map((s) => s.label).join(',')}]`);
          expect(summary(got, true), `${JSON.stringify(noisy)} (${account})`).toEqual(summary(expected, false));
        }
      }
    }
  });

  it('a zero-width space inside a profanity is still found, and the span covers the original characters', () => {
    const text = 'What a load of f\u200Buck\u200Bing nonsense, sh\u200Dit.';
    const findings = checkedSafely(text, 'council', BRIGHTWATER).filter((f) => f.category === 'abuse');
    expectSoundSpans(text, findings);
    expect(findings.length).toBeGreaterThan(0);
    const first = findings[0];
    expect(first.start).toBe(text.indexOf('f\u200Buck'));
    expect(stripInvisibles(first.match).toLowerCase()).toMatch(/^fuck/);
  });

  it('a zero-width space inside a private phone number is still found, and the span covers the whole number', () => {
    const text = 'Text me on 077\u200B00 900\u2060123 after six.';
    const findings = checkedSafely(text, 'personal', BRIGHTWATER).filter((f) => f.category === 'personal-data');
    expectSoundSpans(text, findings);
    expect(findings.map((f) => f.match)).toEqual(['077\u200B00 900\u2060123']);
  });

  it('a suggestion on a text with invisible characters applies to the original text', () => {
    const text = 'Ring Sam on 07700\u200B 900\u200B456 tonight.';
    const finding = checkedSafely(text, 'personal', BRIGHTWATER).find((f) => f.category === 'personal-data');
    expect(finding).toBeDefined();
    for (const s of finding!.suggestions) {
      const after = applyEdit(text, s.edit);
      expect(stripInvisibles(after)).not.toContain('900456');
      expect(after.startsWith('Ring Sam on ')).toBe(true);
      expect(after.endsWith(' tonight.')).toBe(true);
    }
  });
});
