// Who an allegation could be about. Defamation needs an identifiable target
// ("statements about other people or companies that could harm their
// reputation", North Lincolnshire 2.0 Be legal): a named person, a business
// name, an @handle, or a description that points at one person ("the owner of
// Gullside Garage", "my manager", "whoever runs the chippy on Quay Street").
// Generic agents ("scammers", "a man", "someone") are tracked too: they are
// what keeps a general warning clean, and they end a pronoun's reach back to
// a named target.
import type { PostDocument, Token } from '../document';
import type { Policy } from '../policy';
import { personNames } from './names';
import { employerMentionsIn, escapeRegExp } from './organisation';
import data from '../data/defamation-targets.json';
import firstNames from '../data/first-names.json';
import { scan } from './scan';

export type MentionKind = 'target' | 'anaphor' | 'generic' | 'self';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  text: string;
  /** Index into doc.sentences. */
  sentence: number;
  /** For an anaphor (he, they, the man), the target it refers back to, if any. */
  resolved?: Mention;
}

export interface Targets {
  /** All mentions in text order. */
  mentions: Mention[];
  /** Per sentence, the mentions inside it, in text order. */
  bySentence: Mention[][];
  /** Per sentence, the target a sentence with no subject of its own ("Crooks.", "Ripped off my dad.") refers back to. */
  carried: Array<Mention | undefined>;
}

const words = (list: string[]) => list.map((w) => escapeRegExp(w).replace(/\\\[a-z\\\]\\\+/g, '[a-z]{1,20}').replace(/ /g, '\\s{1,3}')).join('|');
const longestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

const BUSINESS_SUFFIXES = new Set(data.businessSuffixes);
// Suffixes that end a name on their own ("Harbourside Grill Ltd"), so they can follow another suffix.
const TRAILING_SUFFIXES = new Set(['Ltd', 'Limited', 'PLC', 'Plc', 'LLP', 'Inc', 'FC', 'AFC']);
const NON_TARGETS = new Set(data.nonTargets);
const OPENERS = new Set(data.openers);
const CLAUSE_PUNCT = /[,.;:!?()]/;
const ORG_NOUNS = new Set(data.orgNouns);
const SHOP_NOUNS = longestFirst(data.shopNouns);
const SHOP_NOUN_SET = new Set(data.shopNouns);
const STREET_SPOTS = new Set(['top', 'bottom', 'end', 'corner', 'far', 'middle']);

// "the owner of ...", "that thieving scumbag at ...": a role or a person noun, then a preposition; what follows
// must locate one person (a business, a named place for a job role, a house number) and is checked on tokens.
const rolePattern = (list: string[]) => new RegExp(`\\b(?:${words(longestFirst(list))})\\s{1,3}(?:of|at|from|for|in|on|behind|running|selling|near|to|outside|opposite|beside|next\\s{1,3}to)\\s{1,3}`, 'giu');
// Three patterns rather than one alternation of three groups: recheck proves each safe, not the union.
const ROLE_HEADS = [
  { kind: 'job' as const, re: rolePattern(data.jobRoles) },
  { kind: 'person' as const, re: rolePattern(data.personNouns) },
  { kind: 'shop' as const, re: rolePattern(data.shopNouns) },
];
// The determiner that makes the role one person: "the owner of", "that thieving scumbag at", "their manager at".
const ROLE_DETERMINERS = new Set(['the', 'that', 'this', 'their', 'its', 'his', 'her']);
// "my manager", "our head of finance", "their site manager": one person the readers can work out.
const OWN_ROLE = new RegExp(`\\b(?:my|our|their)\\s{1,3}(?:(?:new|old|former|current|last|previous|deputy|acting|interim|temporary|useless)\\s{1,3})?(?:${words(longestFirst(data.ownJobRoles))})\\b`, 'giu');
const THAT_ROLE = new RegExp(`\\b(?:that|this|the\\s{1,3}new)\\s{1,3}(?:(?:parish|town|club|school|site|bar|shop|pub|new|old|current)\\s{1,3})?(?:${words(longestFirst(data.ownJobRoles.filter((r) => r !== 'council')))})\\b(?!\\s{1,3}(?:who|that|which|of|at|from|in|on)\\b)`, 'giu');
const ONLY_OFFICE = /\bthe\s{1,3}(?:(?:town|parish|council)\s{1,3})?clerk\b(?!\s{1,3}(?:at|in|of|from|on)\b)|\bthe\s{1,3}(?:council['’]s\s{1,3})?(?:chief\s{1,3}exec(?:utive)?|council\s{1,3}leader|monitoring\s{1,3}officer|section\s{1,3}151\s{1,3}officer)\b/gi;
const WHOEVER = /\bwhoever\s+(?:runs|owns|manages|is\s+running|is\s+in\s+charge\s+(?:of|at))\s+/giu;
const ANAPHOR_NP = new RegExp(`\\b(?:the|this|that)\\s+(?:${words(longestFirst(data.anaphorNouns))})\\b(?!\\s+(?:who|that|which|of|at|from|in|on)\\b)`, 'giu');
const RELATIVE_GENERIC = new RegExp(`\\b(?:the|that|this|a|an|some)\\s+(?:${words(longestFirst(data.anaphorNouns))}|person|people|men|women)\\s+(?:who|that)\\b`, 'giu');
const GENERIC = new RegExp(
  `\\b(?:(?:a|an|some|another|two|three|several|these|those)\\s+(?:[a-z][\\w'-]{0,20}\\s{1,3})?(?:${words(longestFirst(data.indefiniteNouns))})|${words(longestFirst(data.genericAgents))})\\b`,
  'giu',
);
// "the ferry company", "the scaffolding firm": a definite business of one trade points at one business (a bare "the
// company" is an anaphor, and "the same firm" or "the other company" only refer back).
const DEFINITE_BUSINESS = /\bthe\s{1,3}([a-z][\w-]{1,20})\s{1,3}(?:company|firm|agency)\b(?!\s{1,3}(?:who|that|which)\b)/giu;
// Capitalised words that say what kind of business it is, or whose, not which one ("the Council company", "a Travel agency").
const NAMED_FIRM_NOT = /^(?:The|This|That|Our|Your|My|Their|His|Her|Council|Travel|Letting|Lettings|Estate|Recruitment|Employment|Temp|Staffing|Cleaning|Security|Private|Local|Family|Chinese|Indian|Italian|Polish|Turkish|Thai|Kebab|Pizza|Coffee|Phone|Vape|Charity|Betting|Pawn|Corner|Fish|Chip|Car|Tyre|Nail|Hair|Beauty|Tattoo|Gift|Sweet|Card|Shoe|Book|Toy|Bike|Pound|Bargain|Discount|Farm|Garden|Post|Print|Repair|Gaming|Games|Music|Record|Antique|Junk|Thrift|Vintage|Cake|Bread|Sandwich|Burger|Chicken|Curry|Noodle|Sushi|Taxi|Cab)\s/;
const NOT_TRADE = new Set(['same', 'other', 'whole', 'new', 'old', 'right', 'wrong', 'best', 'worst', 'first', 'last', 'next', 'previous', 'parent', 'holding', 'private', 'local', 'big', 'small']);
const JOIN = /^(?:\s+(?:from|at|of|in|on)\s+(?:the\s+)?|,\s*(?:who|which)\s+(?:trades|trading|works|runs|owns)\s+(?:as|at|for|from)\s+)$/i;
// ("your van", "your lorry": the reply's addressee at the wheel: "we've all seen your van dumping mattresses".)
const YOUR_STAFF = /\byour\s{1,3}(?:staff|drivers|workers|team|lads|crew|engineers|fitters|operatives|builders|men|employees|contractors|managers?|boss|owner|directors?|firm|company|business|van|vans|lorry|lorries|truck|trucks|wagon|pickup)\b/giu;
// "Be careful with FenStaff agency", "that rip-off Brainbox place on Grange Rd": a name of its own, then what kind of business it is.
// (Not at a sentence's start, where any word is capitalised: "Recruitment agency fees are ...".)
const NAMED_FIRM = /(?<=[\p{Ll}\d,;:)]\s{1,3})\p{Lu}[\p{L}&'’-]{2,20}\s{1,3}(?:agency|firm|company|outfit|place|shop)\b(?!\s{1,3}(?:who|that|which)\b)/gu;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@])/g;
// ("hes", "theyve", "theyre": txt-speak drops the apostrophe.)
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', "he's", "she's", "they're", "they've", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", 'who', 'hes', 'shes', 'theyve', 'theyre']);
// "u", "ur", "youre": txt-speak for "you" and "you're", which also address the handle a post opens on.
// ("ye", "ya": "you" in dialect, as in "everyone knows ye got lifted".)
const SELF_PRONOUNS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'you', "you're", "you've", "you'd", "you'll", 'u', 'ur', 'youre', 'ye', 'ya']);
const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been', 'r']);
const A_CERTAIN = /\ba\s{1,3}certain\s{1,3}(?:[a-z][\w'-]{1,20}\s{1,3})?(?:man|woman|bloke|lady|gent|person|builder|developer|councillor|cllr|firm|company|landlord|landlady|contractor|officer|family|businessman|businesswoman|farmer|estate\s{1,3}agent|agent|merchant|trader|dealer|garage|shop|takeaway|chippy|restaurant|cafe|café|pub|bar|club|salon|hotel|caravan\s{1,3}park|holiday\s{1,3}park|care\s{1,3}home|nursery|agency|owner|manager|plumber|electrician|roofer|mechanic|teacher|neighbour|member|individual)\b/gi;
const LABEL_OPENER = /^\s?[,–—-]/;
const EMPHATIC = new Set(['absolute', 'total', 'complete', 'utter', 'proper', 'right', 'bunch', 'load', 'pack', 'shower']);
const PREPOSITIONS = new Set(['of', 'about', 'for', 'from', 'to', 'against', 'by', 'with', 'on', 'at', 'into', 'warning']);

// Current UK number plates (two letters, two digits, three letters), as written on the plate.
const NUMBER_PLATE = /\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b/g;
const WHOLE_PLATE = new RegExp(`^(?:${NUMBER_PLATE.source})$`);

/** A mention that is a number plate and nothing else ("YE68 KRT"). */
export function isNumberPlate(text: string): boolean {
  return WHOLE_PLATE.test(text);
}
const PLATE_HOLDERS = new Set(['man', 'woman', 'bloke', 'guy', 'lad', 'fella', 'chap', 'driver', 'owner', 'keeper', 'person', 'lady', 'girl', 'boy']);
const QUANTIFIERS = new Set(['some', 'many']);
// "some people", "many residents" are still generic agents.
const PEOPLE_NOUNS = new Set(['people', 'folk', 'folks', 'residents', 'locals', 'customers', 'tenants', 'traders', 'builders', 'landlords', 'drivers', 'firms', 'companies', 'men', 'women', 'lads', 'kids', 'youths', 'scammers', 'councillors', 'officers', 'staff', 'neighbours']);
const VENUE_VERBS = new Set(['eat', 'eating', 'ate', 'drink', 'drinking', 'dine', 'dining', 'stay', 'staying', 'stayed', 'shop', 'shopping', 'avoid', 'boycott']);
const VENUE_PREPS = new Set(['at', 'in', 'from', 'with']);
const LOWER_TITLES = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'dr']);
// A lower-case word of letters that reads as a name, not "the councillor said" or "cllr surgery".
const LOWER_SURNAME = /^\p{Ll}[\p{Ll}'’-]{1,20}$/u;
const NICKNAMES = new Set(data.nicknames);
const AMBIGUOUS_FIRST = new Set(firstNames.ambiguous.map((n: string) => n.toLowerCase()));
const LOWER_FIRST = new Set(firstNames.names.filter((n: string) => !AMBIGUOUS_FIRST.has(n.toLowerCase())).map((n: string) => n.toLowerCase()));
// "that landlord kev pascoe", "the owner gary tolley": a role that a name in lower case follows.
const NAMED_ROLES = new Set([...data.jobRoles, ...data.personNouns, ...data.anaphorNouns].filter((w) => !w.includes(' ')));
const NOT_SURNAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Plural', 'Value', 'QuestionWord'];

const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
const SHOUTED = /^\p{Lu}{5,}$/u;

function isShouting(token: Token): boolean {
  return /^\p{Lu}[\p{Lu}'’&-]+$/u.test(token.text);
}

export function isCapitalised(token: Token): boolean {
  return STARTS_CAPITAL_OR_DIGIT.test(token.text) && !SHOUTED.test(token.text);
}

function bare(text: string): string {
  return text.replace(/['’]s?$/u, '');
}

/** Capitalised tokens starting at index i (at most `max`), as [first, last] indexes, or null. */
function capitalisedRun(tokens: Token[], i: number, max = 4): [number, number] | null {
  if (!tokens[i] || !isCapitalised(tokens[i])) return null;
  let last = i;
  while (last + 1 < tokens.length && last - i + 1 < max && !/[,.;:!?()]/.test(tokens[last].post)) {
    // "the Co-op", "Spar-mart": a hyphen joins a lower-case part to the name, which compromise splits off.
    if (!isCapitalised(tokens[last + 1]) && tokens[last].post !== '-') break;
    last++;
  }
  return [i, last];
}

function isBusinessRun(tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (BUSINESS_SUFFIXES.has(bare(tokens[k].text))) return true;
  return false;
}

/** How far a role's complement reaches: a business, a place (job roles), a house number and street, or "the chip shop on Mill Lane". */
function complementEnd(tokens: Token[], i: number, role: 'job' | 'person' | 'shop'): number | null {
  let k = i;
  if (tokens[k] && tokens[k].normal === 'the') k++;
  // "the chippy at the top of Fore Street": a spot on a named street.
  if (tokens[k] && STREET_SPOTS.has(tokens[k].normal) && tokens[k + 1]?.normal === 'of' && tokens[k + 2] && isCapitalised(tokens[k + 2])) k += 2;
  // "the woman at number 14 Fulmar Close": the house number may be written as "number 14".
  if (tokens[k] && /^(?:number|no\.?)$/.test(tokens[k].normal) && tokens[k + 1]?.tags.has('Value')) k++;
  if (!tokens[k]) return null;
  if (tokens[k].tags.has('Value') && /^\d/.test(tokens[k].text)) {
    const street = capitalisedRun(tokens, k + 1, 3);
    return street ? tokens[street[1]].end : null;
  }
  // "the cabinet member for housing", "the portfolio holder for the environment": a civic post with its brief is one person.
  if (role === 'job' && tokens[i - 1]?.normal === 'for' && !isCapitalised(tokens[k]) && BRIEF_HOLDERS.has(roleBefore(tokens, i - 1))) {
    let n = k;
    while (n < tokens.length && n - k < 2 && (tokens[n].tags.has('Noun') || tokens[n].tags.has('Gerund')) && !tokens[n].tags.has('Pronoun') && !tokens[n].tags.has('Auxiliary')) {
      if (CLAUSE_PUNCT.test(tokens[n].post)) return tokens[n].end;
      n++;
    }
    if (n > k) return tokens[n - 1].end;
  }
  const run = capitalisedRun(tokens, k);
  if (run) {
    if (role === 'job' || role === 'shop') return tokens[run[1]].end;
    if (isBusinessRun(tokens, run[0] - 1, run[1]) || SHOP_NOUN_SET.has(tokens[run[1] + 1]?.normal ?? '')) return tokens[run[1]].end;
    return null;
  }
  // "the clerk to the parish council", "the treasurer of the allotment society": a job in a local body.
  if (role === 'job' && tokens[k - 1]?.normal === 'the') {
    for (let n = Math.min(3, tokens.length - k); n >= 1; n--) {
      const words = tokens.slice(k, k + n);
      if (ORG_NOUNS.has(words.map((t) => t.normal).join(' '))) return tokens[k + n - 1].end;
    }
  }
  // "the landlord at the anchor", "the manager at the crown": a writer who does not capitalise names the venue in
  // lower case. One noun after "at the" from such a writer is the venue's name, unless it is a kind of place ("the pub").
  if (role === 'job' && tokens[k - 1]?.normal === 'the' && tokens[i - 1]?.normal === 'at' && tokens[0] && !isCapitalised(tokens[0]) && LOWER_VENUE.test(tokens[k].text)) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const kind = !t.tags.has('Singular') || ['Verb', 'Pronoun', 'Adjective', 'Value', 'Date', 'Place'].some((tag) => t.tags.has(tag));
    if (!kind && !SHOP_NOUN_SET.has(t.normal) && !GENERIC_VENUES.has(t.normal) && (!next || CLAUSE_PUNCT.test(t.post) || !next.tags.has('Singular') || next.tags.has('Verb'))) return t.end;
  }
  // "the manager of the caravan park on Cliff Road", "the head of planning at Marshby": a job in a named place
  // points at one person even when the kind of place is not a shop noun.
  if (role === 'job') {
    let n = k;
    // "the landlord of the old coaching inn on Tollgate Road": adjectives may come first.
    while (n < tokens.length && n - k < 4 && !isCapitalised(tokens[n]) && (tokens[n].tags.has('Noun') || tokens[n].tags.has('Gerund') || tokens[n].tags.has('Adjective')) && !tokens[n].tags.has('Pronoun') && !CLAUSE_PUNCT.test(tokens[n].post)) n++;
    if (n > k && LOC_PREP.test(tokens[n]?.normal ?? '')) {
      const place = placeAfter(tokens, n);
      if (place !== null) return place;
    }
  }
  // "the owner of the chip shop on Mill Lane", "the owner of the new vape shop on Bridge Street": a kind of shop,
  // after at most two modifiers, then a named street or place.
  let s = k;
  while (s < tokens.length && s - k < 4 && !isCapitalised(tokens[s]) && !LOC_PREP.test(tokens[s].normal)) s++;
  if (s > k && LOC_PREP.test(tokens[s]?.normal ?? '')) {
    for (let h = k; h < s; h++) {
      const shop = tokens.slice(h, s).map((t) => t.normal).join(' ');
      if (!SHOP_NOUN_SET.has(shop)) continue;
      const modifiers = tokens.slice(k, h);
      if (modifiers.some((t) => CLAUSE_PUNCT.test(t.post) || t.tags.has('Pronoun') || t.tags.has('Preposition') || (t.tags.has('Verb') && !t.tags.has('Adjective')))) break;
      const place = placeAfter(tokens, s);
      if (place !== null) return place;
      const lower = lowerPlaceEnd(tokens, s + 1);
      if (lower !== null) return lower;
      break;
    }
  }
  // "the treasurer at the bowls club", "the chair of the tenants' association": a kind of body after modifiers of its
  // own, when no named place follows to make the description longer.
  if (role === 'job' && tokens[k - 1]?.normal === 'the') {
    for (let n = Math.min(3, tokens.length - k); n >= 2; n--) {
      const modifiers = tokens.slice(k, k + n - 1);
      const head = tokens[k + n - 1];
      const plain = (t: Token) => !CLAUSE_PUNCT.test(t.post) && !isCapitalised(t) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb') && !t.tags.has('Pronoun');
      if (ORG_NOUNS.has(head.normal) && modifiers.every(plain)) return head.end;
    }
  }
  return null;
}

// Words that locate a shop or a stall ("the stall outside Broadway station", "the nail bar next to the Lidl").
const LOC_PREP = /^(?:on|in|at|near|by|outside|opposite|beside|behind|next)$/;
// A lower-case word that still belongs to the place before it: "Ferncastle Broadway station", "Ridley Road market".
const PLACE_TAILS = new Set(['station', 'stop', 'market', 'estate', 'park', 'centre', 'roundabout', 'junction', 'parade', 'precinct', 'arcade']);

/** The end of the named place after a locating word at `n` ("on Mill Lane", "at the Charter Market", "next to the Lidl"), or null. */
function placeAfter(tokens: Token[], n: number): number | null {
  let j = n + 1;
  if (tokens[n].normal === 'next') {
    if (tokens[j]?.normal !== 'to') return null;
    j++;
  }
  if (tokens[j]?.normal === 'the') j++;
  const run = capitalisedRun(tokens, j, 3);
  if (!run) return null;
  let end = run[1];
  if (!CLAUSE_PUNCT.test(tokens[end].post) && PLACE_TAILS.has(tokens[end + 1]?.normal ?? '')) end++;
  return tokens[end].end;
}

// Heads of a place name written in lower case ("at ravensholt market", "on mill lane"): the post is all lower case.
const LOWER_PLACE_HEADS = new Set(['market', 'road', 'rd', 'street', 'st', 'lane', 'avenue', 'estate', 'square', 'precinct', 'parade', 'retail park', 'high street', 'bus station', 'market place', 'marketplace', 'showground']);

/** "ravensholt market", "mill lane": at most three lower-case words ending in a place head, none of them a verb. */
function lowerPlaceEnd(tokens: Token[], k: number): number | null {
  for (let n = k; n < tokens.length && n - k < 3; n++) {
    const t = tokens[n];
    if (!/^\p{Ll}/u.test(t.text) || t.tags.has('Verb') || t.tags.has('Pronoun') || t.tags.has('Determiner')) return null;
    if (n > k && (LOWER_PLACE_HEADS.has(t.normal) || LOWER_PLACE_HEADS.has(`${tokens[n - 1].normal} ${t.normal}`))) return t.end;
    if (CLAUSE_PUNCT.test(t.post)) return null;
  }
  return null;
}

const LOWER_VENUE = /^\p{Ll}[\p{Ll}'’-]{2,20}$/u;
// Kinds of place and moments after "at the": "the manager at the time", "the staff at the front".
const GENERIC_VENUES = new Set(['time', 'moment', 'end', 'start', 'front', 'back', 'top', 'bottom', 'door', 'desk', 'counter', 'till', 'bar', 'weekend', 'meeting', 'hearing', 'inquest', 'council', 'office', 'depot', 'site', 'scene', 'match', 'game', 'event', 'school', 'hospital', 'station', 'venue', 'premises', 'place', 'branch', 'centre', 'center', 'library', 'tip', 'park', 'beach', 'gym', 'church', 'surgery', 'practice', 'clinic', 'ward', 'home', 'house', 'estate', 'market', 'fair', 'club', 'pub', 'shop', 'cafe', 'hotel', 'restaurant', 'garage', 'factory', 'warehouse', 'farm', 'job', 'works', 'yard', 'local', 'chippy', 'takeaway', 'offie', 'bookies', 'supermarket', 'corner', 'minute', 'weekend', 'latest', 'least', 'most', 'same', 'rear', 'side']);

// Civic posts that hold a brief ("member for housing"); "the driver for the school run" is not one.
const BRIEF_HOLDERS = new Set(['member', 'holder', 'spokesperson', 'councillor', 'cllr', 'minister', 'leader', 'officer', 'manager', 'director', 'head', 'chair', 'mp']);

/** The last word of the role right before index `at` (the preposition). */
function roleBefore(tokens: Token[], at: number): string {
  return tokens[at - 1]?.normal ?? '';
}

/** Targets, anaphors and self-references found word by word in one sentence: business names, titles, nicknames, pronouns. */
function walkSentence(tokens: Token[], startsWithHandle: boolean, add: (start: number, end: number, kind: MentionKind) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // Business names: capitalised words ending in a trade word ("Kittiwake Motors", "Marshgrove Grounds Ltd").
    if (i > 0 && isCapitalised(tok) && BUSINESS_SUFFIXES.has(bare(tok.text))) {
      let first = i;
      while (first - 1 >= 0 && i - first < 4) {
        const prev = tokens[first - 1];
        // "Hartley & Sons Roofing": an ampersand between capitalised words stays inside the name.
        if (prev.text === '&' && first - 2 >= 0 && isCapitalised(tokens[first - 2]) && !/[,.;:!?()]/.test(tokens[first - 2].post)) {
          first--;
          continue;
        }
        if (!isCapitalised(prev) || /[,.;:!?()]/.test(prev.post) || isFunctionWord(prev, first - 1 === 0)) break;
        first--;
      }
      if (first < i) {
        let last = i;
        while (last + 1 < tokens.length && !/[,.;:!?()]/.test(tokens[last].post) && (TRAILING_SUFFIXES.has(tokens[last + 1].text) || BUSINESS_SUFFIXES.has(bare(tokens[last + 1].text)))) last++;
        add(tokens[first].start, tokens[last].end, 'target');
        i = last;
        continue;
      }
    }
    // "the Mill Lane chippy": a named place before a kind of shop.
    if (SHOP_NOUN_SET.has(tok.normal) && i >= 2 && isCapitalised(tokens[i - 1])) {
      let first = i - 1;
      while (first - 1 >= 0 && i - first < 3 && isCapitalised(tokens[first - 1])) first--;
      if (first - 1 >= 0 && /^(?:the|that|this)$/.test(tokens[first - 1].normal)) add(tokens[first - 1].start, tok.end, 'target');
    }
    // "posts about The Surf Shack on Beach Road": a capitalised "The" inside a sentence starts a name (a venue, a firm).
    if (tok.text === 'The' && i > 0 && !CLAUSE_PUNCT.test(tokens[i - 1].post.replace(/[,:]/g, '')) && tokens[i - 1].pre !== '"' ) {
      const run = capitalisedRun(tokens, i + 1, 3);
      if (run && !tokens.slice(run[0], run[1] + 1).some((t) => t.tags.has('Place') || t.tags.has('Date') || t.tags.has('Pronoun'))) {
        add(tok.start, tokens[run[1]].end, 'target');
      }
    }
    // "Don't eat at the Golden Dragon", "avoid the Ship": a capitalised place to eat, drink, stay or shop is a business.
    if (VENUE_VERBS.has(tok.normal)) {
      let j = i + 1;
      if (tokens[j] && VENUE_PREPS.has(tokens[j].normal)) j++;
      const from = j;
      if (tokens[j] && tokens[j].normal === 'the') j++;
      const run = j > i + 1 && !CLAUSE_PUNCT.test(tokens[j - 1].post) ? capitalisedRun(tokens, j, 4) : null;
      // ("AVOID THE TOWN CENTRE CAR PARK": in capitals the verb says nothing about which words are a name.)
      const shouted = isShouting(tok) && run !== null && tokens.slice(run[0], run[1] + 1).every(isShouting);
      if (run && !shouted && !tokens.slice(run[0], run[1] + 1).every((t) => t.tags.has('Place'))) {
        add(tokens[from].start, tokens[run[1]].end, 'target');
      }
    }
    // "cllr pryce", "mr dawson": a title makes a name of a word written in lower case, which the name finder skips.
    if (LOWER_TITLES.has(tok.normal) && !isCapitalised(tok) && i + 1 < tokens.length && !CLAUSE_PUNCT.test(tok.post.replace('.', ''))) {
      const next = tokens[i + 1];
      if (LOWER_SURNAME.test(next.text) && !NOT_SURNAME_TAGS.some((tag) => next.tags.has(tag))) {
        add(tok.start, next.end, 'target');
        i++;
        continue;
      }
    }
    // "Kev at K&T Metals", "that landlord kev pascoe": a short form of a first name, or a name in lower case after a role.
    if (NICKNAMES.has(tok.normal) || LOWER_FIRST.has(tok.normal)) {
      const afterRole = i >= 2 && !isCapitalised(tok) && NAMED_ROLES.has(tokens[i - 1].normal) && ROLE_DETERMINERS.has(tokens[i - 2].normal) && !CLAUSE_PUNCT.test(tokens[i - 1].post);
      const next = tokens[i + 1];
      const lowerSurname = Boolean(next) && !CLAUSE_PUNCT.test(tok.post) && LOWER_SURNAME.test(next.text) && next.tags.has('Singular') && !NOT_SURNAME_TAGS.some((tag) => next.tags.has(tag));
      // "gary tolley fiddles the books": a first name and a surname, both in lower case, from a writer who does not capitalise.
      const lowerFull = !isCapitalised(tok) && lowerSurname && !isCapitalised(tokens[0]);
      if ((afterRole || lowerFull || (isCapitalised(tok) && NICKNAMES.has(tok.normal))) && !NOT_SURNAME_TAGS.some((tag) => tok.tags.has(tag))) {
        const surname =
          next && !CLAUSE_PUNCT.test(tok.post) && (afterRole || lowerFull ? lowerSurname : isCapitalised(next) && !BUSINESS_SUFFIXES.has(bare(next.text))) && !NOT_SURNAME_TAGS.some((tag) => next.tags.has(tag));
        add(afterRole ? tokens[i - 2].start : tok.start, surname ? next.end : tok.end, 'target');
        if (surname) i++;
        continue;
      }
    }
    const normal = tok.normal.replace(/’/g, "'");
    if (SUBJECT_PRONOUNS.has(normal) && normal !== 'who') add(tok.start, tok.end, 'anaphor');
    else if (SELF_PRONOUNS.has(normal)) {
      const isYou = normal.startsWith('you') || normal === 'u' || normal === 'ur' || normal === 'ye' || normal === 'ya';
      add(tok.start, tok.end, isYou && startsWithHandle ? 'anaphor' : 'self');
    }
  }
}

export function findTargets(doc: PostDocument, policy: Policy): Targets {
  return doc.derive('defamation-targets', () => build(doc, policy));
}

function build(doc: PostDocument, policy: Policy): Targets {
  const text = doc.text;
  const raw: Array<Omit<Mention, 'sentence'>> = [];
  const add = (start: number, end: number, kind: MentionKind) => {
    if (end <= start) return;
    const t = text.slice(start, end);
    if (kind === 'target' && NON_TARGETS.has(t.toLowerCase().replace(/\s+/g, ' '))) return;
    raw.push({ start, end, kind, text: t });
  };

  for (const name of personNames(doc)) add(name.start, name.end, 'target');

  const official = new Set(
    [...policy.organisation.officialHandles, ...policy.councilAccounts.x, ...policy.councilAccounts.facebook, ...policy.councilAccounts.youtube].map((h) =>
      h.toLowerCase().replace(/^@/, ''),
    ),
  );
  for (const m of scan(doc, HANDLE)) if (!official.has(m[0].slice(1).toLowerCase())) add(m.index, m.index + m[0].length, 'target');

  for (const [s, e] of employerMentionsIn(doc, policy)) add(s, e, 'target');

  // "@QuickFixRoofBW you took my money": a post that opens on a handle is addressed to it.
  const startsWithHandle = Boolean(doc.sentences[0]?.tokens[0]?.text.startsWith('@'));
  // The word-by-word part depends only on the sentence (and whether the post opens on a handle), so it is
  // cached by sentence text: after an edit only the edited sentence is walked again.
  const walks = doc.perSentenceWith(startsWithHandle ? 'defamation-targets:walk:handle' : 'defamation-targets:walk', (sentence) => {
    const found: Array<[number, number, MentionKind]> = [];
    walkSentence(sentence.tokens, startsWithHandle, (start, end, kind) => found.push([start - sentence.start, end - sentence.start, kind]));
    return found;
  });
  doc.sentences.forEach((sentence, i) => {
    for (const [start, end, kind] of walks[i]) add(sentence.start + start, sentence.start + end, kind);
  });

  for (const { kind: role, re } of ROLE_HEADS) for (const m of scan(doc, re)) {
    const sentence = doc.sentenceAt(m.index);
    if (!sentence) continue;
    const after = doc.tokensIn(m.index + m[0].length, sentence.end);
    const idx = sentence.tokens.indexOf(after[0]);
    if (idx < 0) continue;
    const lead = doc.tokensIn(sentence.start, m.index).filter((t) => t.end <= m.index).slice(-3);
    const det = lead.map((t) => ROLE_DETERMINERS.has(t.normal)).lastIndexOf(true);
    if (det < 0 || lead.slice(det + 1).some((t) => isCapitalised(t) || CLAUSE_PUNCT.test(t.post))) continue;
    // "the bloke selling phone cases at Ridley Road Market": what a person sells and where points at one trader, as a job does.
    const trading = role === 'person' && /(?:selling|running)\s*$/i.test(m[0]);
    const end = complementEnd(sentence.tokens, idx, trading ? 'job' : role);
    if (end !== null) add(lead[det].start, end, 'target');
  }
  for (const m of scan(doc, OWN_ROLE)) add(m.index, m.index + m[0].length, 'target');
  // "that parish clerk", "this landlord", "the new chair": a demonstrative, or "the new", points at one holder of the role.
  for (const m of scan(doc, THAT_ROLE)) add(m.index, m.index + m[0].length, 'target');
  // "The clerk told me my job was safe": an office the council has only one of.
  for (const m of scan(doc, ONLY_OFFICE)) add(m.index, m.index + m[0].length, 'target');
  // "the bloke in the silver Focus, KX19 TBF": a number plate identifies its driver, and the person described with it.
  for (const m of scan(doc, NUMBER_PLATE)) {
    const sentence = doc.sentenceAt(m.index);
    if (!sentence) continue;
    const lead = doc.tokensIn(sentence.start, m.index).filter((t) => t.end <= m.index).slice(-8);
    let start = m.index;
    for (let k = lead.length - 1; k >= 1; k--) {
      if (PLATE_HOLDERS.has(lead[k].normal) && ROLE_DETERMINERS.has(lead[k - 1].normal)) {
        start = lead[k - 1].start;
        break;
      }
    }
    add(start, m.index + m[0].length, 'target');
  }
  for (const m of scan(doc, WHOEVER)) {
    const sentence = doc.sentenceAt(m.index);
    if (!sentence) continue;
    const after = doc.tokensIn(m.index + m[0].length, sentence.end);
    // The place runs up to the verb: "whoever runs the Station Road car wash | is ...".
    let k = after[0] && /^(?:the|that|this)$/.test(after[0].normal) ? 1 : 0;
    let end = -1;
    while (k < after.length && k < 6 && !after[k].tags.has('Verb') && !after[k].tags.has('Pronoun')) {
      end = after[k].end;
      if (/[,.;:!?()]/.test(after[k].post)) break;
      k++;
    }
    if (end > 0) add(m.index, end, 'target');
  }
  // "@QuickSkips your drivers are the ones dumping waste": in a post addressed to a handle, its staff are the handle's.
  if (startsWithHandle) for (const m of scan(doc, YOUR_STAFF)) add(m.index, m.index + m[0].length, 'anaphor');
  for (const m of scan(doc, DEFINITE_BUSINESS)) if (!NOT_TRADE.has(m[1].toLowerCase())) add(m.index, m.index + m[0].length, 'target');
  for (const m of scan(doc, NAMED_FIRM)) if (!NAMED_FIRM_NOT.test(m[0])) add(m.index, m.index + m[0].length, 'target');
  // "a certain fish merchant": "certain" points at one known person while declining to name them.
  for (const m of scan(doc, A_CERTAIN)) add(m.index, m.index + m[0].length, 'target');
  for (const m of scan(doc, ANAPHOR_NP)) add(m.index, m.index + m[0].length, 'anaphor');
  for (const m of scan(doc, RELATIVE_GENERIC)) {
    // "this is the man who ...", "he's the bloke that ...": said of someone already named, so it refers back.
    const lead = doc.tokensIn(Math.max(0, m.index - 20), m.index).filter((t) => t.end <= m.index).slice(-2);
    const pointing = /^(?:the)\b/i.test(m[0]) && lead.length === 2 && /^(?:this|that|he|she|it)$/.test(lead[0].normal) && COPULAS.has(lead[1].normal);
    const fused = lead.length >= 1 && /^(?:that|he|she|it)['’]s$/.test(lead[lead.length - 1].normal);
    // "the bloke who runs the burger van on the showground", "the lad who owns Ellerby Autos": one person, by what they run.
    if (/^(?:the|that|this)\b/i.test(m[0])) {
      const end = runsEnd(doc, m.index + m[0].length);
      if (end > 0) {
        add(m.index, end, 'target');
        continue;
      }
    }
    if (/^(?:that|this)\b/i.test(m[0])) continue;
    add(m.index, m.index + m[0].length, /^(?:the)\b/i.test(m[0]) && (pointing || fused) ? 'anaphor' : 'generic');
  }
  for (const m of scan(doc, GENERIC)) {
    // A generic noun after a copula or a preposition is a predicate or an object, not who did it.
    const before = doc.tokensIn(Math.max(0, m.index - 40), m.index).slice(-3);
    const prev = before[before.length - 1];
    if (prev && PREPOSITIONS.has(prev.normal)) continue;
    // "Gullhaven Cars drivers": a bare plural right after a name belongs to it.
    if (prev && prev.end + 1 >= m.index && isCapitalised(prev) && !/[,.;:!?()]/.test(prev.post) && !/^(?:a|an|some|another|two|three|several|these|those)\b/i.test(m[0])) continue;
    if (before.some((t) => COPULAS.has(t.normal) || /'(?:s|re)$/.test(t.normal))) continue;
    // "X - absolute cowboys": an emphatic label is said of someone, not a new agent that ends X's reach.
    if (prev && EMPHATIC.has(prev.normal)) continue;
    // "Avoid Hartley Roofing. Cowboy builders – took my deposit": a label that opens a sentence, set off by a dash or
    // comma, is said of the business named before, not a new agent that ends its reach.
    if (!before.some((t) => doc.sentenceAt(t.start) === doc.sentenceAt(m.index)) && LABEL_OPENER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // "slap some tar on", "many times": a quantifier before a noun, not "some" people.
    if (QUANTIFIERS.has(m[0].toLowerCase())) {
      const next = doc.tokensIn(m.index + m[0].length, m.index + m[0].length + 30)[0];
      if (next && next.start >= m.index + m[0].length && next.tags.has('Noun') && !next.tags.has('Pronoun') && !PEOPLE_NOUNS.has(next.normal)) continue;
    }
    add(m.index, m.index + m[0].length, 'generic');
  }

  // Overlaps: a target wins over what it contains ("the owner" inside "the owner of Gullside Garage"), the longer span over the shorter.
  const rank: Record<MentionKind, number> = { target: 3, anaphor: 2, generic: 1, self: 0 };
  raw.sort((a, b) => a.start - b.start || rank[b.kind] - rank[a.kind] || b.end - a.end);
  const kept: Array<Omit<Mention, 'sentence'>> = [];
  for (const m of raw) {
    // Sorted by start, so only the last few kept spans can overlap; this keeps a 100k-character paste linear.
    let clash = -1;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 8; k--) {
      if (m.start < kept[k].end && kept[k].start < m.end) {
        clash = k;
        break;
      }
    }
    if (clash < 0) {
      kept.push(m);
      continue;
    }
    const k = kept[clash];
    if (rank[m.kind] > rank[k.kind] || (m.kind === k.kind && m.end - m.start > k.end - k.start)) kept[clash] = m;
  }
  kept.sort((a, b) => a.start - b.start);
  // "Jason Kerr from Kerrfield Scaffolding", "Tom Reilly, who trades as Express Driveways": one target, not two.
  for (let i = kept.length - 1; i > 0; i--) {
    const a = kept[i - 1];
    const b = kept[i];
    if (a.kind !== 'target' || b.kind !== 'target') continue;
    if (!JOIN.test(text.slice(a.end, b.start))) continue;
    kept.splice(i - 1, 2, { start: a.start, end: b.end, kind: 'target', text: text.slice(a.start, b.end) });
  }

  const sentenceIndex = new Map(doc.sentences.map((s, i) => [s.start, i] as const));
  const mentions: Mention[] = [];
  for (const m of kept) {
    const s = doc.sentenceAt(m.start);
    if (!s) continue;
    mentions.push({ ...m, sentence: sentenceIndex.get(s.start) ?? 0 });
  }

  // Resolve pronouns to the last target while it stays in reach: three sentences, renewed by each pronoun that
  // refers back, and ended by a generic agent ("Scammers are calling. They ...").
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  const carried: Array<Mention | undefined> = doc.sentences.map(() => undefined);
  let active: Mention | undefined;
  // "Cllr Warsame told the kids it wasn't closing ... she's been taking backhanders": a plural group said since the
  // target ends its reach for "they", but "he" or "she" can only be the one person.
  let pluralSince = false;
  let lastLink = -99;
  let next = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    carried[si] = active && !pluralSince && si - lastLink <= 2 ? active : undefined;
    while (next < mentions.length && mentions[next].sentence === si) {
      const m = mentions[next++];
      bySentence[si].push(m);
      if (m.kind === 'target') {
        // "texts claiming to be from Fenmouth Council ... This is a scam": an impersonated name is not who the later label is about.
        if (impersonated(doc, m)) continue;
        active = m;
        pluralSince = false;
        lastLink = si;
      } else if (m.kind === 'generic') {
        // "Cllr Oddie lecturing anyone on honesty ... He's lied": the object of a verb is not a new agent.
        if (active && objectOfVerb(doc, m)) continue;
        if (active && PLURAL_GROUP.test(m.text) && !SINGULAR_GENERIC.test(m.text)) pluralSince = true;
        else active = undefined;
      } else if (m.kind === 'anaphor' && active && si - lastLink <= 3 && (!pluralSince || SINGULAR_PRONOUN.test(m.text))) {
        m.resolved = active;
        lastLink = si;
      }
    }
  }
  resolveRolesToNamedBusiness(doc, mentions);
  return { mentions, bySentence, carried };
}

const NOT_A_MAIN_VERB = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|get|got|gets|says|said|say|tells|told|tell|warns|warned|reckons|thinks|thought)$/;

/** A generic mention straight after a main verb ("lecturing anyone", "charge people"): its object, not its subject. */
function objectOfVerb(doc: PostDocument, m: Mention): boolean {
  const sentence = doc.sentences[m.sentence];
  let prev: Token | undefined;
  for (const t of sentence.tokens) {
    if (t.start >= m.start) break;
    prev = t;
  }
  return Boolean(prev) && prev!.tags.has('Verb') && !NOT_A_MAIN_VERB.test(prev!.normal) && !/[,.;:!?]/.test(prev!.post);
}

const PLURAL_GROUP = /(?:[^s]s|\b(?:people|folk|children|men|women|staff|police))$/i;
const SINGULAR_GENERIC = /^(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|no one|a |an |another )/i;
const SINGULAR_PRONOUN = /^(?:he|she|him|her|his|hers|hes|shes|he['’](?:s|d|ll)|she['’](?:s|d|ll))$/i;

// "We've read the reviews of Spice Garden on Regent Street. The owner has been lying ...": the owner of a business named
// just before, in capitals with no trade word the target finder knows, is one identifiable person.
const ROLE_ANAPHOR = /^(?:the|this|that)\s+(?:owner|owners|landlord|landlady|manager|boss|director|company|firm|business)$/i;
const STREET_WORDS = new Set(['street', 'road', 'lane', 'avenue', 'close', 'drive', 'way', 'square', 'terrace', 'crescent', 'hill', 'row', 'place', 'park', 'green', 'estate', 'centre', 'council']);
const WORD_CAPITALISED = /^\p{Lu}\p{Ll}/u;
const NOT_NAME_TAGS = ['Pronoun', 'Date', 'Month', 'WeekDay', 'Value', 'Person', 'Determiner', 'Preposition', 'Conjunction', 'Verb'];

/** A word that cannot be part of a business's name; `opensRun`: it is the first of the run. */
function notNameWord(token: Token, opensRun: boolean, rest: readonly Token[]): boolean {
  if (!WORD_CAPITALISED.test(token.text)) return true;
  // "Spice Garden on Regent Street is ...": compromise reads a sentence-opening "Spice" as a verb, but an
  // imperative ("Avoid Spice Garden") is tagged as one, and a verb before proper nouns that is not is their first word.
  if (opensRun && token.tags.has('Verb') && !token.tags.has('Imperative') && rest.length > 0 && rest.every((t) => t.tags.has('ProperNoun'))) {
    return NOT_NAME_TAGS.some((tag) => tag !== 'Verb' && token.tags.has(tag));
  }
  return NOT_NAME_TAGS.some((tag) => token.tags.has(tag));
}

function resolveRolesToNamedBusiness(doc: PostDocument, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'anaphor' || m.resolved || !ROLE_ANAPHOR.test(m.text)) continue;
    const si = m.sentence;
    let found: Mention | undefined;
    for (let k = Math.max(0, si - 1); k <= si; k++) {
      const tokens = doc.sentences[k].tokens;
      // A run may open the sentence: it needs two capitalised words, neither a determiner, verb or date.
      for (let i = 0; i < tokens.length && tokens[i].end <= m.start; i++) {
        // A run starts after a sentence-opening command: "Avoid Spice Garden" names Spice Garden.
        const continuesRun = i > 0 && isCapitalised(tokens[i - 1]) && !CLAUSE_PUNCT.test(tokens[i - 1].post) && !(i === 1 && tokens[0].tags.has('Imperative'));
        if (!isCapitalised(tokens[i]) || continuesRun) continue;
        let last = i;
        while (last + 1 < tokens.length && last - i < 3 && isCapitalised(tokens[last + 1]) && !CLAUSE_PUNCT.test(tokens[last].post)) last++;
        const run = tokens.slice(i, last + 1);
        // compromise tags such names as places ("Spice Garden"), so only a street or a district is left out.
        if (run.length < 2 || run.some((t, j) => notNameWord(t, j === 0, run.slice(1)))) continue;
        if (STREET_WORDS.has(run[run.length - 1].normal)) continue;
        found = { start: run[0].start, end: run[run.length - 1].end, kind: 'target', text: doc.text.slice(run[0].start, run[run.length - 1].end), sentence: k };
      }
    }
    // A generic agent between the name and the role ("... Spice Garden. Some customers say the owner ...") breaks the link.
    if (found && !mentions.some((g) => g.kind === 'generic' && g.start >= found!.end && g.start < m.start)) m.resolved = found;
  }
}

const IMPERSONATING = /^(?:pretending|pretend|pretends|claiming|claim|claims|posing|poses|purporting|impersonating|impersonate|impersonates)$/;

function impersonated(doc: PostDocument, m: Mention): boolean {
  const lead = doc.tokensIn(Math.max(0, m.start - 40), m.start).filter((t) => t.end <= m.start).slice(-4);
  return lead.some((t) => IMPERSONATING.test(t.normal));
}

const RUNS_VERBS = new Set(['runs', 'owns', 'manages', 'ran', 'owned', 'managed', 'runs', 'operates', 'operated']);

/** After "the bloke who": "runs the burger van on the showground" up to the verb that follows, or -1. */
function runsEnd(doc: PostDocument, from: number): number {
  const sentence = doc.sentenceAt(from);
  if (!sentence) return -1;
  const after = doc.tokensIn(from, sentence.end).filter((t) => t.start >= from);
  if (!after.length || !RUNS_VERBS.has(after[0].normal) || CLAUSE_PUNCT.test(after[0].post)) return -1;
  let k = 1;
  if (after[k] && /^(?:the|that|this)$/.test(after[k].normal)) k++;
  let end = -1;
  for (const first = k; k < after.length && k - first < 7; k++) {
    const t = after[k];
    if ((t.tags.has('Verb') && !t.tags.has('Noun')) || t.tags.has('Pronoun') || COPULAS.has(t.normal)) break;
    end = t.end;
    if (CLAUSE_PUNCT.test(t.post)) break;
  }
  return end;
}

function isFunctionWord(token: Token, sentenceStart: boolean): boolean {
  const t = token.tags;
  if (t.has('Pronoun') || t.has('Determiner') || t.has('Preposition') || t.has('Conjunction')) return true;
  // compromise guesses both "Avoid" and "Northgate" are imperatives at the start of a sentence; a list tells them apart.
  return sentenceStart && OPENERS.has(token.normal);
}
