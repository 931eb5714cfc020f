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
}

// Fragments are written with plain spaces for readability; any run of spaces matches.
const fragment = (source: string) => source.replace(/ /g, '\\s+');
const END = '(?![\\p{L}\\p{N}_])';
const phrases = (list: string[]) =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

export const LABELS: LabelEntry[] = lexicon.labels;
/** One capture group per label, in LABELS order. */
export const LABEL_RE = new RegExp(`\\b(?:${LABELS.map((l) => `(${fragment(l.pattern)})`).join('|')})${END}`, 'giu');

const GROUPS = `(?:${lexicon.groups.map(fragment).join('|')})`;
export interface ActPattern {
  head: RegExp;
  /** Further parts that must follow the head, each within `within` characters of the part before. */
  then: RegExp[];
  within: number;
}

type ActEntry = string | { head: string; then: string[]; within: number };

// One pattern per act, so that each stays small enough for the ReDoS analyser to prove safe; a gap of
// unknown words ("charged me £600 for a clutch he never replaced") is searched in a bounded window instead.
export const ACTS: ActPattern[] = (lexicon.acts as ActEntry[]).map((a) => {
  const entry = typeof a === 'string' ? { head: a, then: [], within: 0 } : a;
  return {
    head: new RegExp(`\\b(?:${fragment(entry.head).replace('GROUPS', GROUPS)})${END}`, 'giu'),
    then: entry.then.map((t) => new RegExp(`\\b(?:${fragment(t)})${END}`, 'iu')),
    within: entry.within,
  };
});

export const STEAL_IDIOM = new RegExp(`^(?:(?:the|my|a|his|her|their|our|all)\\s+)?(?:${phrases(lexicon.stealIdioms)})${END}`, 'iu');
export const HEDGE_RE = new RegExp(`\\b(?:${lexicon.hedges.map(fragment).join('|')})${END}`, 'iu');
export const CONDITIONAL_RE = new RegExp(`\\b(?:${phrases(lexicon.conditionalHedges)})${END}`, 'iu');
export const COURT_RE = new RegExp(`\\b(?:${phrases(lexicon.courtWords)})${END}`, 'iu');
export const CONVICTION_RE = new RegExp(`\\b(?:${phrases(lexicon.convictionWords)})${END}`, 'iu');
export const PASSIVE_CONVICTION_RE = new RegExp(`\\b${fragment(lexicon.passiveConviction)}${END}`, 'iu');
