// The allegation lexicon (rules/data/defamation-lexicon.json) compiled once:
// labels that call someone something ("fraudster", "cowboy builders") and
// acts that say someone did something ("nicked", "fiddling his expenses"),
// plus the cues that make a claim hedged or court-reported.
import { escapeRegExp } from './organisation';
import lexicon from '../data/defamation-lexicon.json';

export interface LabelEntry {
  pattern: string;
  /** May stand right before its target ("thieving scumbag at 41 ...", "corrupt Cllr Hale"). */
  attributive?: boolean;
  /** Only after a copula ("he is lying"); "lying" before a noun is attributive. */
  copulaOnly?: boolean;
  /** Names the act just described ("that's fraud"): said of the target earlier in the sentence, or the one before. */
  refersBack?: boolean;
}

// Fragments are written with plain spaces for readability; any run of spaces matches.
const fragment = (source: string) => source.replace(/ /g, '\\s{1,3}');
const END = '(?![\\p{L}\\p{N}_])';
// Without the u flag (faster for long alternations): a word character, or any letter beyond ASCII.
const ASCII_END = '(?![\\w\\u00C0-\\u02AF\\u0370-\\u052F])';
const phrases = (list: string[]) =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s{1,3}'))
    .join('|');

export const LABELS: LabelEntry[] = lexicon.labels;
/** Any label, without captures so its long alternation can be factored (lib/factor-alternations.ts): the scan. */
export const LABEL_RE = new RegExp(`\\b(?:${LABELS.map((l) => fragment(l.pattern)).join('|')})${END}`, 'giu');
/** The same, one capture group per label in LABELS order, run only where LABEL_RE matched to tell which label it was. */
export const LABEL_AT = new RegExp(`\\b(?:${LABELS.map((l) => `(${fragment(l.pattern)})`).join('|')})${END}`, 'iuy');

const GROUPS = `(?:${lexicon.groups.map(fragment).join('|')})`;
export interface ActPattern {
  head: RegExp;
  /** Further parts that must follow the head, each within `within` characters of the part before. */
  then: RegExp[];
  within: number;
}

type ActEntry = string | { head: string; then: string[]; within: number };

// Acts are compiled in small groups: one alternation of every act is too big for the ReDoS analyser to
// prove safe, and one pattern per act costs a scan of the post each. A gap of unknown words ("charged me
// £600 for a clutch he never replaced") is searched in a bounded window after the head instead.
const ACT_GROUP = 12;
const plain = (lexicon.acts as ActEntry[]).filter((a): a is string => typeof a === 'string');
const windowed = (lexicon.acts as ActEntry[]).filter((a): a is Exclude<ActEntry, string> => typeof a !== 'string');
// A part after the head may open with a mark ("£9k", "& never came back"), where \b would need a letter before it.
const thenPattern = (source: string) => new RegExp(`(?<![\\w£$€&])(?:${fragment(source)})${ASCII_END}`, 'i');
const actPattern = (source: string) => new RegExp(`\\b(?:${source})${ASCII_END}`, 'gi');
export const ACTS: ActPattern[] = [];
for (let i = 0; i < plain.length; i += ACT_GROUP) {
  const group = plain.slice(i, i + ACT_GROUP).map((a) => fragment(a).replace('GROUPS', GROUPS));
  ACTS.push({ head: actPattern(group.join('|')), then: [], within: 0 });
}
for (const a of windowed) {
  ACTS.push({ head: actPattern(fragment(a.head)), then: a.then.map(thenPattern), within: a.within });
}

export const STEAL_IDIOM = new RegExp(`^(?:(?:the|my|a|his|her|their|our|all)\\s+)?(?:${phrases(lexicon.stealIdioms)})${END}`, 'iu');
export const HEDGE_RE = new RegExp(`\\b(?:${lexicon.hedges.map(fragment).join('|')})${END}`, 'iu');
export const CONDITIONAL_RE = new RegExp(`\\b(?:${phrases(lexicon.conditionalHedges)})${END}`, 'iu');
export const COURT_RE = new RegExp(`\\b(?:${phrases(lexicon.courtWords)})${END}`, 'iu');
export const CONVICTION_RE = new RegExp(`\\b(?:${phrases(lexicon.convictionWords)})${END}`, 'iu');
export const PASSIVE_CONVICTION_RE = new RegExp(`\\b${fragment(lexicon.passiveConviction)}${END}`, 'iu');
