// What makes a named person an identifiable child or vulnerable adult: an
// age next to the name, a school, a class or year group, a street or estate,
// a daily route, a care or fostering status, a health or care circumstance.
// Cues are found once per document (linear scans) and looked up per name.
import type { PostDocument, Sentence, Token } from '../document';
import { phrasePattern } from './organisation';
import data from '../data/safeguarding.json';
import { scan } from './scan';

export const CHILD_WORDS: ReadonlySet<string> = new Set(data.childWords);
export const ADULT_ROLES: ReadonlySet<string> = new Set(data.adultRoles);
export const ADULT_RELATIVES: ReadonlySet<string> = new Set(data.adultRelatives);
const SCHOOL_WORDS: ReadonlySet<string> = new Set(data.schoolWords);

function alternation(phrases: string[]): string {
  // One space between words keeps the big alternation linear (recheck finds repeated spaces polynomial).
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => phrasePattern(p).replace(/\\s\+/g, '\\s')).join('|');
}

// "taken into care homes", "care plan template": the phrase must not run on into a setting or a workforce.
const NOT_A_SETTING = '(?!\\s(?:homes?|workers?|staff|sector|jobs?|templates?|training)\\b)';
const CARE_STATUS = new RegExp(`\\b(?:${alternation(data.careStatus)})\\b${NOT_A_SETTING}`, 'gi');
const CHILD_CARE = new RegExp(`\\b(?:${alternation(data.childCareStatus)})\\b${NOT_A_SETTING}`, 'gi');
const CONDITION = new RegExp(
  // "helping people with dementia": a group, not a person's condition.
  `(?<!\\b(?:people|residents|those|anyone|families|someone|somebody|adults|patients|customers|others|many|carers\\sof)\\s)\\b(?:has|had|have|with|living\\swith|lives\\swith|diagnosed\\swith|suffers\\sfrom|suffering\\sfrom|got|his|her|their|stages\\sof)\\s(?:the\\s)?(?:(?:advanced|early[- ]onset|severe|mild|vascular|late[- ]stage|worsening)\\s)?(?:${alternation(data.conditions)})\\b(?!\\s(?:café|(?:cafe|friendly|awareness|strategy|services?|teams?|nurses?|champions?|support|groups?|research|charity|charities|clinic|specialist|work|project)\\b))`,
  'gi',
);
const CIRCUMSTANCE = new RegExp(`\\b(?:${alternation(data.circumstances)})\\b`, 'gi');
const CARE_HOME = new RegExp(`\\b(?:${alternation(data.careHomes)})\\b`, 'gi');

// "Year 9", "Class 4B", "Mrs Hill's class": a year group or class places a child in a school.
const YEAR_OR_CLASS = /\b(?:Year|Yr|Blwyddyn)\s?(?:[1-9]|1[0-3])\b|\bClass\s(?:\d{1,2}[A-Z]?|[A-Z]\d?)\b|\b(?:Mrs|Miss|Mr|Ms|Mx)\.?\s+\p{Lu}[\p{L}-]*'s\s+(?:class|form|group)\b|\bReception\s+class\b/gu;
// A named street or estate (in Welsh the street word comes first: "Heol y Felin"), or a daily routine, locates a child.
const PLACE =
  /\b\p{Lu}[\p{Ll}']+\s(?:Road|Street|Lane|Close|Avenue|Drive|Way|Crescent|Terrace|Grove|Place|Row|Walk|Court|Mews|Rise|Estate)\b|\b(?:Heol|Ffordd|Stryd|Lôn|Teras|Rhodfa|Cilgant)\s(?:(?:y|yr)\s)?\p{Lu}[\p{Ll}']+|\bthe\s\p{Lu}[\p{Ll}']+\sestate\b|\bwalks?\s(?:home|to\s(?:and\sfrom\s)?school)\b|\b(?:every|each)\s(?:day|morning|afternoon|evening)\sat\s\d/gu;
// "U11s", "Under-14s", "under 9s": a youth side, whose players are children.
const YOUTH_SIDE = /\b(?:U|[Uu]nder[- ]?)(?:[5-9]|1[0-8])s?\b(?!\s?(?:free|go\sfree|half\sprice|£|price))/g;
// What only a player does in a match: the named scorer in a youth match report is one of the children.
const PLAYED = /\b(?:scored|scores|scoring|hat-?tricks?|a\sbrace|(?:\d{1,2}|two|three|four|five)\s(?:tries|goals|wickets)|a\stry\b|(?:man|player|woman|girl|boy)\sof\sthe\s(?:match|day|tournament)|motm|clean\ssheet|assists?|top\sscorer)\b/gi;
// "my daughter Lucy, who has just opened her own salon": a son or daughter with a business, a spouse or a degree is grown up.
const GROWN_UP =
  /\b(?:his|her|their)\s(?:own\s|new\s|first\s)?(?:\p{L}{2,20}\s)?(?:business|salon|shop|company|firm|restaurant|café|cafe|bakery|practice|husband|wife|fiancée?|fiance|mortgage|degree|phd|career|wedding|grandchildren|first\shouse|own\shome)\b|\b(?:graduated|got\smarried|got\sengaged|qualified\sas)\b/giu;
const BIRTHDAY = /\b(\d{1,2})(?:st|nd|rd|th)\s+birthday\b/gi;

export type Span = [number, number];

export interface Cues {
  schools: Span[];
  classes: Span[];
  places: Span[];
  care: Span[];
  /** Care phrases that make the named person a child or young person: "care leavers", "foster son". */
  childCare: Span[];
  vulnerable: Span[];
  careHomes: Span[];
  birthdays: Array<[number, number, number]>;
  youthSides: Span[];
  played: Span[];
  grownUp: Span[];
}

function spans(re: RegExp, doc: PostDocument): Span[] {
  const out: Span[] = [];
  for (const m of scan(doc, re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// "who reported the broken railing after his fall there": a fall at a place is an accident, not a care circumstance.
const FALL_AT_A_PLACE = /^\s{1,3}(?:there|on\s{1,3}(?:the|a|those|these)|at\s{1,3}(?:the|a)|outside|in\s{1,3}(?:the|a)\s{1,3}(?:street|road|town|shop|park|car\s{1,3}park|precinct|market))\b/i;

function circumstances(doc: PostDocument): Span[] {
  const out: Span[] = [];
  for (const m of scan(doc, CIRCUMSTANCE)) {
    const end = m.index + m[0].length;
    if (/\bfall$/i.test(m[0]) && FALL_AT_A_PLACE.test(doc.text.slice(end, end + 24))) continue;
    out.push([m.index, end]);
  }
  return out;
}

const STARTS_CAPITAL = /^\p{Lu}/u;
const LOWER_SCHOOL_WORDS: ReadonlySet<string> = new Set(['primary', 'infants', 'juniors', 'academy', 'school', 'nursery']);
// "the Democratic primary", "Sunday school", "Premier League academy": no school a child can be found at.
const NOT_SCHOOL_LEAD: ReadonlySet<string> = new Set(['democratic', 'republican', 'labour', 'conservative', 'tory', 'party', 'presidential', 'us', 'gop', 'sunday', 'bible', 'league', 'football', 'driving', 'summer', 'holiday', 'old']);

function isCap(token: Token): boolean {
  return STARTS_CAPITAL.test(token.text);
}

/** School names: capitalised words ending in Primary, Infants, Academy, High (School)... */
function schoolSpans(doc: PostDocument): Span[] {
  const out: Span[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const word = t.normal.replace(/['’]s$/, '');
      if (!SCHOOL_WORDS.has(word)) continue;
      const next = tokens[i + 1];
      // "goes to Bay View primary": the name is capitalised, the kind of school may not be ("the Democratic primary
      // race", "Oak Lane high street" run on into a noun).
      if (!isCap(t) && (!LOWER_SCHOOL_WORDS.has(word) || NOT_SCHOOL_LEAD.has(tokens[i - 1].normal) || (next && t.post === ' ' && (next.tags.has('Noun') || next.tags.has('Adjective'))))) continue;
      const nextJoined = next && t.post === ' ' && isCap(next);
      // "High Street", "Primary Care Trust", "Junior School" (taken at "School").
      if (nextJoined && next.normal !== 'school') continue;
      let s = i;
      while (s > 0 && i - s < 4 && isCap(tokens[s - 1]) && /^ ?$/.test(tokens[s - 1].post) && tokens[s].pre === '') s--;
      if (s === i) continue;
      out.push([tokens[s].start, t.end]);
    }
    // "Ysgol Pentre Eirin", "Ysgol Gymraeg Bro Eirin": a Welsh school's name opens with the word for school.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].text !== 'Ysgol' || !isCap(tokens[i + 1]) || tokens[i].post !== ' ') continue;
      let e = i + 1;
      while (e + 1 < tokens.length && e - i < 4 && tokens[e].post === ' ' && isCap(tokens[e + 1])) e++;
      out.push([tokens[i].start, tokens[e].end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Care-status phrases alone, for the disclaimer rule's casework check (which needs no other cue). */
export function careSpans(doc: PostDocument): Span[] {
  return doc.derive('safeguarding-cues:care', () => spans(CARE_STATUS, doc));
}

export function cues(doc: PostDocument): Cues {
  return doc.derive('safeguarding-cues', () => {
    const birthdays: Array<[number, number, number]> = [];
    BIRTHDAY.lastIndex = 0;
    for (const m of scan(doc, BIRTHDAY)) birthdays.push([m.index, m.index + m[0].length, Number(m[1])]);
    return {
      schools: schoolSpans(doc),
      classes: spans(YEAR_OR_CLASS, doc),
      places: spans(PLACE, doc),
      care: careSpans(doc),
      childCare: spans(CHILD_CARE, doc),
      vulnerable: [...spans(CONDITION, doc), ...circumstances(doc)].sort((a, b) => a[0] - b[0]),
      careHomes: spans(CARE_HOME, doc),
      birthdays,
      youthSides: spans(YOUTH_SIDE, doc),
      played: spans(PLAYED, doc),
      grownUp: spans(GROWN_UP, doc),
    };
  });
}

/** The first span lying inside [start, end); `list` is sorted by start (binary search keeps many names linear). */
export function anyIn(list: Span[], start: number, end: number): Span | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid][0] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i][0] < end; i++) if (list[i][1] <= end) return list[i];
  return undefined;
}

const AGE_AFTER: RegExp[] = [
  // "Tia (4)", "Aisha (15, Harbour Academy)", "Noah (18 months)"
  // "Jayden and Tyler (aged 6 and 9)": the last of several ages.
  /^(?:'s)?\s?\(\s?(?:aged?\s)?(?:\d{1,2}\s?(?:,|and|&)\s?){0,3}(\d{1,2})(?:\s?(months?|mths?|weeks?))?(?:\s?(?:yrs?|years?))?\s?[,)]/i,
  // "Amelia Rhodes, 11, our Young Mayor", "Zara, 8, from Northfield Juniors", "Doris, 100, at Beckside care home",
  // "a wee boy called Max, aged about 4,"
  // ("Capel Seion, 10:30" is a time).
  /^,\s?(?:aged?\s(?:about\s|around\s|roughly\s|approx\.?\s)?|about\s|around\s|roughly\s|maybe\s|approx\.?\s)?(\d{1,2}|1[01]\d)(?:\s?(months?|weeks?))?(?:\s(?:years?\sold|yrs?))?(?=[,!;)]|[.:](?!\d)|\s[,.!;:)]|$|\s(?:of|from|at|and|who|in|on)\b)/i,
  // "Kai from our Thursday lot at Portlyn Youth Centre, 14, been through ...": the age after where the child is from.
  // ("... at Saltings Youth Hub 🙌 14, just got his first Saturday job": an emoji may stand for the comma.)
  /^\s(?:from|at)\s(?:our\s|the\s)?(?:[\p{L}'’-]{2,20}\s){0,5}?\p{Lu}[\p{L}'’-]{1,20}(?:,|\s?\p{Extended_Pictographic}{1,3})\s?(\d{1,2})(?=,|\s(?:and|who|has|is|was|been)\b)/u,
  // "Poppy Wells, who's 7", "Tom is 7 today", "Jayden's only 4"
  // ("Harrowden's 14 conservation areas": a number counting the words after it is no age.)
  /^(?:['’]s|,?\s+(?:who's|who\s+is|is|was|turns|turned|aged?))\s+(?:only\s+|just\s+|now\s+)?(\d{1,2})\s?(months?|weeks?)?(?![\d:.,]?\d|\s?(?:%|am\b|pm\b|minutes?|mins?|hours?|hrs?|days?|miles?|km|points?|goals?|times?|p\b|x\b|out\b|per\b))(?!\s?(?!(?:years?|yrs?|today|tomorrow|yesterday|now|next|this|last|soon|already|and|or|but|so|on|in|at|with|going|y\/?o)\b)\p{Ll}{3,})/iu,
  // "Ryan on the 9th floor of Clent Tower is only 10": a place between the name and its age, which "only" or "just" marks as one.
  /^\s+(?:on|at|in|from|of|off)\s[^,.!?;:()]{1,40}?\s(?:is|was)\s+(?:only|just)\s+(\d{1,2})\s?(months?|weeks?)?(?![\d:.,]?\d|\s?(?:%|am\b|pm\b|minutes?|mins?|hours?|hrs?|days?|miles?|km|points?|goals?|times?|p\b|x\b|out\b|per\b|quid\b|pounds?\b))/i,
  // "Jayden from Castle Close, aged 13", "Mia at Rosewood Court, who's 9": a place between the name and an age the comma or "who" ties back to it.
  /^\s+(?:on|at|in|from|of|off)\s[^,.!?;:()]{1,40}?(?:,\s?aged?\s|,?\swho's\s|,?\swho\sis\s)(?:only\s|just\s)?(\d{1,2})\s?(months?|weeks?)?(?![\d:.,]?\d|\s?(?:%|am\b|pm\b|minutes?|mins?|hours?|hrs?|days?|miles?|km|p\b|x\b|per\b))/i,
];
// "8-year-old Ruby", "94-year-old Ivy Lambert", "our 6-month-old Noah", "14yo Jayden"
const AGE_BEFORE = /(\d{1,3})(?:[- ](years?|yrs?|months?|weeks?)[- ]old|\s?(?:yo|y\/o))\s{1,3}(?:(?:little|young|old|our|my|wee|gorgeous|lovely|brave)\s{1,3}){0,2}$/i;

/** The age written next to a name, in years (months count as 0), or null. */
export function ageAt(doc: PostDocument, start: number, end: number): number | null {
  const text = doc.text;
  const after = text.slice(end, end + 64);
  for (const re of AGE_AFTER) {
    const m = re.exec(after);
    if (m) return m[2] ? 0 : Number(m[1]);
  }
  const before = AGE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return /^[mw]/i.test(before[2] ?? '') ? 0 : Number(before[1]);
  return null;
}

/** "Happy 7th birthday to my girl Evie": a birthday earlier in the sentence gives the age. */
export function birthdayAge(c: Cues, sentence: Sentence, start: number): number | null {
  for (const [s, , age] of c.birthdays) {
    if (s >= start) break;
    if (s >= sentence.start && start - s <= 80) return age;
  }
  return null;
}

/** Index of the first token of the name within its sentence. */
export function tokenIndex(sentence: Sentence, start: number): number {
  return sentence.tokens.findIndex((t) => t.end > start);
}

function hasPunct(s: string): boolean {
  return /[^\s'"]/.test(s);
}

/**
 * Words just before the name that can describe it, back to the nearest
 * punctuation, emoji, verb or preposition: "my son Harvey", "site manager
 * Lee", "foster carers Sue and Mark" (not "chase the GP for Mr Pike").
 */
export function wordsBefore(sentence: Sentence, index: number, max = 4): string[] {
  const out: string[] = [];
  for (let k = index - 1; k >= 0 && index - k <= max; k--) {
    const t = sentence.tokens[k];
    if (hasPunct(t.post) || !/^[\p{L}'’-]+$/u.test(t.text)) break;
    const tags = t.tags;
    if (tags.has('Preposition') || tags.has('Verb') || tags.has('QuestionWord') || (tags.has('Conjunction') && t.normal !== 'and')) break;
    out.push(t.normal.replace(/['’]s$/, ''));
    if (hasPunct(t.pre)) break;
  }
  return out;
}

/** Words of an apposition or "from our ..." after the name: "Sarah Cole, head teacher", "Tom from our parks team". */
export function wordsAfter(sentence: Sentence, lastIndex: number, max = 4): string[] {
  const tokens = sentence.tokens;
  const name = tokens[lastIndex];
  const next = tokens[lastIndex + 1];
  if (!name || !next) return [];
  const glue = name.post + next.pre;
  const appositive = /^\s*[,(]|^\s+-\s/.test(glue);
  const from = /^(?:from|at|of|in|with)$/.test(next.normal) && /^(?:our|the|my|your)$/.test(tokens[lastIndex + 2]?.normal ?? '');
  if (!appositive && !from) return [];
  const out: string[] = [];
  for (let k = lastIndex + 1; k < tokens.length && k - lastIndex <= max; k++) {
    out.push(tokens[k].normal.replace(/['’]s$/, ''));
    if (k > lastIndex + 1 && /[,;:.!?)]/.test(tokens[k].post)) break;
  }
  return out;
}
