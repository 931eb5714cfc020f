// Phrase patterns of the abuse rule (threats, sexual remarks about a person,
// discriminatory generalisations, a few insults and profanities that are
// phrases), compiled once from rules/data/abuse-phrases.json.
import raw from '../data/abuse-phrases.json';
import { escapeRegExp } from './organisation';

export type PhraseKind = 'threat' | 'harassment' | 'sexual' | 'discrimination' | 'insult' | 'profanity' | 'slur';

export interface PhrasePattern {
  id: string;
  kind: PhraseKind;
  /** Counts only when the post also shows aggression. */
  weak: boolean;
  /** Counts only when a protected group is named nearby. */
  needsGroup: boolean;
  /** Also counts when people are set apart by their language nearby (OTHERED) instead of named as a group. */
  orOthered: boolean;
  /** Counts only when the sentence speaks to someone ("you", "your") or the post opens on an @handle. */
  needsYou: boolean;
  regex: RegExp;
}

interface RawPattern {
  id: string;
  kind: PhraseKind;
  pattern: string;
  weak?: boolean;
  needsGroup?: boolean;
  orOthered?: boolean;
  needsYou?: boolean;
}

interface RawPhrases {
  placeholders: Record<string, string>;
  groups: string[];
  aggressionCues: string;
  innuendo: { phrase: string; emoji: string; person: string };
  quoteCues: string;
  patterns: RawPattern[];
}

const data = raw as unknown as RawPhrases;

// Longest first, so "women drivers" wins over "women" in the span.
const GROUP_SOURCE = `(?:${[...data.groups]
  .sort((a, b) => b.length - a.length)
  .map((g) => escapeRegExp(g))
  .join('|')})`;

function expand(source: string): string {
  return source.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    if (key === 'GROUP') return GROUP_SOURCE;
    const value = data.placeholders[key];
    if (value === undefined) throw new Error(`abuse-phrases: unknown placeholder ${whole}`);
    return value;
  });
}

export const PHRASES: readonly PhrasePattern[] = data.patterns.map((p) => ({
  id: p.id,
  kind: p.kind,
  weak: p.weak === true,
  needsGroup: p.needsGroup === true,
  orOthered: p.orOthered === true,
  needsYou: p.needsYou === true,
  regex: new RegExp(expand(p.pattern), 'gi'),
}));

/** A group named by a protected characteristic (nationality, sex, race, religion, sexuality, disability, age). */
export const GROUP = new RegExp(`\\b${GROUP_SOURCE}\\b`, 'gi');
/**
 * People set apart by their language or where they come from: "half of them can't speak a word of English", "that's
 * how they do things where they're from".
 */
export const OTHERED =
  /\b(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|doesn['’]?t|won['’]?t|never)\s(?:even\s)?(?:speak|hear|say|understand)\s(?:a|one|a\ssingle)\sword\sof\senglish\b|\blearn\s(?:the|our)\s(?:bloody\s)?language\b|\bhow\sthey\s(?:do\sthings|live|behave|carry\son)\s(?:where|back\swhere|back\shome\swhere)\sthey(?:['’]re|\sare|\scome)\sfrom\b/gi;
export const SECOND_PERSON = /\b(?:you|your|you're|youre|yours|yourself|u|ur|ya|yer)\b/i;
export const AGGRESSION = new RegExp(data.aggressionCues, 'i');
export const INNUENDO_PHRASE = new RegExp(data.innuendo.phrase, 'gi');
export const INNUENDO_EMOJI = new RegExp(data.innuendo.emoji, 'u');
export const INNUENDO_PERSON = new RegExp(data.innuendo.person, 'i');
export const QUOTE_CUES = new RegExp(data.quoteCues, 'i');
// Quoted stretches of a sentence: "..." anywhere, '...' only where the quote marks cannot be apostrophes.
export const DOUBLE_QUOTED = /"[^"\n]{1,120}"/g;
export const SINGLE_QUOTED = /(?<![\p{L}\p{N}])'[^'\n]{1,120}'(?![\p{L}\p{N}])/gu;

/**
 * The text with every run of white space made one space, so patterns match
 * across line breaks and double spaces without `\s+` loops; `toText` maps an
 * offset of the flat text back to the text.
 */
export interface FlatText {
  flat: string;
  toText: Int32Array;
}

export function flatten(text: string): FlatText {
  const toText = new Int32Array(text.length + 1);
  let flat = '';
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v';
    if (space && inSpace) continue;
    inSpace = space;
    flat += space ? ' ' : ch;
    toText[n++] = i;
  }
  toText[n] = text.length;
  return { flat, toText: toText.subarray(0, n + 1) };
}

/** Every regex compiled here, for the ReDoS check in the tests. */
export const PHRASE_PATTERNS: readonly RegExp[] = [...PHRASES.map((p) => p.regex), GROUP, OTHERED, SECOND_PERSON, AGGRESSION, INNUENDO_PHRASE, INNUENDO_EMOJI, INNUENDO_PERSON, QUOTE_CUES, DOUBLE_QUOTED, SINGLE_QUOTED];
