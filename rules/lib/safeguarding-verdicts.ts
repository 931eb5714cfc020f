// The safeguarding rule's judgement, shared with the personal-data rule: a
// child named with their care status, or a vulnerable adult named with their
// care circumstances, is also that person's personal data (family, health).
import type { PostDocument, Sentence, Token } from '../document';
import { personNames, isNotSurname, isFirstName, isAmbiguousFirstName, isPetWord, type PersonName } from './names';
import {
  ADULT_RELATIVES,
  ADULT_ROLES,
  CHILD_WORDS,
  ageAt,
  anyIn,
  birthdayAge,
  cues,
  tokenIndex,
  wordsAfter,
  wordsBefore,
  type Cues,
  type Span,
} from './safeguarding-cues';

// Titles of public office: their holders are adults in a public role.
const PUBLIC_TITLES = new Set(['cllr', 'councillor', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd']);
// After these a capitalised word is a child's name even when it is in no list ("my son Kaydon (7)").
const CHILD_BEFORE = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'niece', 'nephew', 'stepson', 'stepdaughter', 'boy', 'girl', 'baby']);
// "baby Jesus" in a nativity is no child on anyone's caseload.
const NOT_A_CHILD = new Set(['jesus', 'yoda', 'shark', 'boomers']);
// "Ayaan's EHCP", "the EHCP for Zain": a special-needs plan is a child's (or young person's) care status, as fostering is.
const SEND_PLANS = new Set(['ehcp', 'ehcps', 'ehc', 'ehcna', 'iep']);
// Terse posts drop capitals ("my neighbours lad jake at st bedes"): after these, a known first name in lower case is still a child's name.
const CHILD_BEFORE_LOWER = new Set([...CHILD_BEFORE, 'lad', 'lass', 'kid', 'bairn', 'youngest', 'eldest']);
const NOT_A_NAME_TAGS = ['Plural', 'Verb', 'Adjective', 'Adverb', 'Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Honorific', 'Acronym', 'QuestionWord', 'Expression'];

interface Candidate {
  start: number;
  end: number;
  full: boolean;
  honorific: string | null;
  key: string;
  /** A name that is also a word ("Little Ruby", "baby Holly"): only its care status is reported. */
  weak?: boolean;
  /** A family's children named by surname ("the Dempsey kids"): the name itself says they are children. */
  children?: boolean;
}

const MAX_WINDOW = 320;
const ELDER_TITLE = /^(?:grandad|granddad|grandpa|grandma|granny|gran|nan|nana|nanna|nanny|grandmother|grandfather|great-gran|great-grandad|great-grandma)\s/i;
// "a lovely lad called Kai", "a little girl named Rosie": the child word sits before a verb, out of reach of wordsBefore.
const CHILD_CALLED = /\b(?:lad|lass|boy|girl|kid|child|toddler|teenager|teen|youngster|baby|son|daughter|little\s{1,3}one|schoolboy|schoolgirl)\s{1,3}(?:called|named)\s{1,3}$/i;
// "Kayla, you are the bravest little girl I know", "Jayden is such a cheeky lad": the name is called a child in its own clause.
// ("Max is a good boy" is said of dogs.)
const CALLED_A_CHILD =
  /^[^.!?;]{0,60}?\b(?:you\s{1,3}are|you['’]re|youre|(?:she|he)\s{1,3}is|(?:she|he)['’]s|is|was)\s{1,3}(?:(?:the|a|an|such\s{1,3}a|my|our)\s{1,3})?(?:(?!good)[a-z]{2,15}\s{1,3}){0,2}(?:little\s{1,3})?(?:girl|boy|lad|lass|kiddo|wee\s{1,3}(?:man|one)|little\s{1,3}(?:man|one|lady))\b/i;
// "Tyler ... He's 13 and doing well": an age given by a pronoun just after the name, with no other name in between
// ("shes 6": txt-speak drops the apostrophe).
const PRONOUN_AGE =
  /\b(?:he|she|(?:my|our)\s{1,3}(?:son|daughter|nephew|niece|grandson|granddaughter|lad|lass|boy|girl|little\s{1,3}one))(?:'s|’s|s|\s{1,3}is|\s{1,3}was|\s{1,3}turned|\s{1,3}turns|\s{1,3}has\s{1,3}just\s{1,3}turned)\s{1,3}(?:only\s{1,3}|just\s{1,3}|now\s{1,3}|nearly\s{1,3}|almost\s{1,3})?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?![\d:.,–-]?\d|\s?(?:%|am\b|pm\b|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|kg|st\b|stone|lbs?|points?|goals?|times?|p\b|x\b|out\b|per\b|th\b|st\b|nd\b|rd\b))/gi;
// "she's five and a half": ages written in words, as parents and grandparents do.
const AGE_WORDS = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'].map((w, i) => [w, i + 2]),
);
// "the 14yo lad in Ellerby we've been supporting. Jayden, ...": a child described by age just before a first name.
const CHILD_DESCRIPTOR =
  /\b(\d{1,2})\s?(?:yo|y\/o|yrs?\s?old|years?\sold|-years?-old|-yr-old)\s{1,3}(?:lad|lass|boy|girl|kid|child|son|daughter|teenager|teen|youngster|young\s{1,3}(?:man|woman|person|lad))\b/gi;
// "along Cuttle Beck", "near Sandy Brook": after these a capitalised pair is a place, not a person.
const PLACE_PREPOSITIONS = new Set(['along', 'alongside', 'beside', 'across', 'near', 'past', 'towards', 'toward', 'around', 'upstream', 'downstream']);
const CLASS_CODE_AFTER = /^,?\s(?:[1-9]|1[0-3])[A-Z](?![\p{L}\p{N}°])/u;
// "Little Kian from ...", "Baby Maisie", "Old Walter Greenwood lives alone": a fond epithet before a known first
// name. The name finder reads "Little X"/"Old X" as a place ("Little Fenby", "Old Trafford") or takes the
// epithet into the name; before a first name in the list it is the person, and "little"/"baby" say a child.
const EPITHETS: ReadonlySet<string> = new Set(['little', 'lil', 'baby', 'wee', 'young', 'old', 'poor']);
const CHILD_EPITHETS: ReadonlySet<string> = new Set(['little', 'lil', 'baby', 'wee']);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const EPITHET_AGE = /^[^.!?\n]{0,40}?\b(?:he|she)(?:['’]?s|\sis)\s(\d{1,2})\b/i;
// "Don't speak a word of English, 6 of them in a 2 bed": a language or nationality, not a name with an age.
const LANGUAGES: ReadonlySet<string> = new Set(['english', 'welsh', 'scottish', 'irish', 'british', 'cornish', 'gaelic', 'polish', 'urdu', 'punjabi', 'arabic', 'french', 'spanish', 'german', 'romanian', 'portuguese', 'italian', 'somali', 'bengali', 'gujarati', 'tamil', 'chinese', 'mandarin', 'cantonese', 'turkish', 'kurdish', 'lithuanian', 'latvian', 'russian', 'ukrainian', 'hindi', 'farsi', 'pashto', 'tigrinya', 'greek', 'dutch', 'bulgarian', 'albanian']);
const STREET_WORDS: ReadonlySet<string> = new Set(['st', 'rd', 'road', 'street', 'lane', 'ln', 'ave', 'avenue', 'close', 'cl', 'drive', 'dr', 'way', 'terrace', 'crescent', 'grove', 'place', 'row', 'court', 'gardens', 'walk', 'mews', 'rise', 'square', 'sq']);
const HOUSE_NUMBER_BEFORE = /(?:\bnumber\s|\bno\.?\s?|\bflat\s|\b)\d{1,4}[a-z]?,?\s$/i;
// ("the Brennan lads", "the Walsh boys" may be grown men.)
const SURNAME_CHILDREN: ReadonlySet<string> = new Set(['kids', 'children', 'twins', 'triplets', 'bairns', 'youngsters', 'kiddies', 'weans']);

// Module-level: these run for every token; a regex written inside the loop is a new object each time.
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:'s)?$/u;

// "in my Year 4 class", "in Mrs Hill's class", "from our Reception class": a pupil of the poster's or a named teacher's class.
const IN_CLASS = /^\s(?:in|from)\s(?:my|our|(?:Mrs|Miss|Mr|Ms)\.?\s\p{Lu}[\p{L}-]{1,20}['’]s)\s(?:(?:Year|Yr)\s?\d{1,2}\s|Reception\s|Nursery\s)?(?:class|form|tutor\sgroup|set)\b/u;
const FOND: ReadonlySet<string> = new Set(['favourite', 'favorite', 'lovely', 'old', 'little', 'sweet', 'elderly', 'dear', 'fave', 'gorgeous', 'wonderful', 'special']);
const RETIRING: ReadonlySet<string> = new Set(['retires', 'retiring', 'retired', 'retire']);
const PLACE_NAME = /^(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Clos|Cwrt|Tŷ|Ty|Plas|Capel|Eglwys|Ysgol|Neuadd|Canolfan|Parc|Maes|Pont)\s|\s(?:Wynd|Vennel|Brae|Loan|Gait|Wynds|Pend)$/u;

function candidates(doc: PostDocument): Candidate[] {
  // "Daisy Daisy": a repeated word is a song's refrain or a title, not a first name and a surname.
  const named = personNames(doc).filter((n) => !(n.tokens.length >= 2 && n.tokens.every((t) => t.normal === n.tokens[0].normal)));
  const covered = new Set<number>();
  for (const n of named) {
    covered.add(n.start);
    for (const t of n.tokens) covered.add(t.start);
  }
  const out: Candidate[] = named.map((n: PersonName) => {
    // "Baby Maisie": the epithet is not part of the name, and left before it, it tells the rule she is a child.
    const lead = n.tokens.length >= 2 && !n.honorific && CHILD_EPITHETS.has(n.tokens[0].normal) && isFirstName(n.tokens[1].text.replace(/['’]s$/i, ''));
    const tokens = lead ? n.tokens.slice(1) : n.tokens;
    return {
      start: lead ? tokens[0].start : n.start,
      end: n.end,
      full: lead ? tokens.length >= 2 : n.full,
      honorific: n.honorific,
      key: tokens[0].text.replace(/['’]s$/i, '').toLowerCase(),
    };
  });
  // Names in no list, made plain by an age or a relation: "Kaydence (7)", "my daughter Maelys".
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (i > 0 && LOWER_WORD.test(t.text) && CHILD_BEFORE_LOWER.has(tokens[i - 1].normal) && !/[^\s]/.test(tokens[i - 1].post) && isFirstName(t.text) && !isAmbiguousFirstName(t.text)) {
        if (!covered.has(t.start)) out.push({ start: t.start, end: t.end, full: false, honorific: null, key: t.text });
        continue;
      }
      if (!TITLE_WORD.test(t.text) || NOT_A_NAME_TAGS.some((tag) => t.tags.has(tag)) || LANGUAGES.has(t.normal)) continue;
      if (isNotSurname(t.text.replace(/'s$/, '')) || covered.has(t.start)) continue;
      const prev = tokens[i - 1];
      // "the Dempsey kids", "the Walsh twins": a family's children named by their surname.
      const kin = tokens[i + 1];
      if (prev?.normal === 'the' && kin && t.post === ' ' && SURNAME_CHILDREN.has(kin.normal) && !t.tags.has('Place') && !t.tags.has('Organization')) {
        out.push({ start: t.start, end: kin.end, full: false, honorific: null, key: t.text.toLowerCase(), children: true });
        continue;
      }
      // After "little" or "baby" a name that is also a word ("Little Ruby") is still a child's, but only a care status makes it a finding.
      const weak = prev !== undefined && CHILD_EPITHETS.has(prev.normal) && isAmbiguousFirstName(t.text);
      if (prev && EPITHETS.has(prev.normal) && prev.post === ' ' && CAPITALISED_WORD.test(t.text) && isFirstName(t.text) && (!isAmbiguousFirstName(t.text) || weak)) {
        const next = tokens[i + 1];
        const surname = next !== undefined && t.post === ' ' && mayBeSurname(next) && !next.tags.has('Place');
        out.push({ start: t.start, end: surname ? next.end : t.end, full: surname, honorific: null, key: t.text.toLowerCase(), weak: weak && !surname });
        continue;
      }
      const end = /'s$/.test(t.text) ? t.end - 2 : t.end;
      // "lil Musa from flat 4 (he's 8)": a name in no list after a fond "little", with a child's age told just after.
      if (prev && CHILD_EPITHETS.has(prev.normal) && prev.post === ' ' && CAPITALISED_WORD.test(t.text) && !t.tags.has('Place') && !t.tags.has('Organization')) {
        const told = EPITHET_AGE.exec(doc.text.slice(end, end + 60));
        if (told && Number(told[1]) < 18) {
          out.push({ start: t.start, end, full: false, honorific: null, key: t.text.toLowerCase() });
          continue;
        }
      }
      const age = ageAt(doc, t.start, end);
      const related = prev !== undefined && CHILD_BEFORE.has(prev.normal) && !/[^\s]/.test(prev.post);
      // At a sentence start only the bracket form is trusted: "Kaydence (7) and ...".
      const trusted = i > 0 || t.tags.has('ProperNoun') || /^\s?\(\d/.test(doc.text.slice(end, end + 4));
      // "Stanley Marsh, 91, who has Parkinson's": a capitalised pair with an adult's age is a full name.
      const first = tokens[i - 1];
      // ("Mrs Rowe at Chy Mor, 94": after "at" or "in" the pair is the place, and the age is the person's named before.)
      // ("Mrs Ackroyd at 14 Pitt St, 91": after a house number, or ending in a street word, the pair is the street.)
      const placed = /^(?:at|in|from|near|to)$/.test(tokens[i - 2]?.normal ?? '') || /^\d/.test(tokens[i - 2]?.text ?? '') || STREET_WORDS.has(t.normal.replace(/\.$/, ''));
      if (age !== null && age >= 18 && first && first.post === ' ' && !placed && mayBeSurname(first)) {
        out.push({ start: first.start, end, full: true, honorific: null, key: first.text.toLowerCase() });
        continue;
      }
      // "So proud of Lowen Pascoe in my Year 4 class": a name in no list that the poster puts in their class.
      const surname = tokens[i + 1];
      const pair = surname !== undefined && t.post === ' ' && mayBeSurname(surname);
      if (i > 0 && pair && !t.tags.has('Place') && IN_CLASS.test(doc.text.slice(surname.end, surname.end + 50))) {
        out.push({ start: t.start, end: surname.end, full: true, honorific: null, key: t.text.toLowerCase() });
        continue;
      }
      if (!((age !== null && age < 18 && trusted) || related)) continue;
      out.push({ start: t.start, end, full: false, honorific: null, key: t.text.replace(/'s$/, '').toLowerCase() });
    }
  }
  // "Kirk Wynd", "Tŷ Hafod", "Capel Seion": a street, a house or a chapel in Scots or Welsh, not a person.
  return out.filter((c) => !PLACE_NAME.test(doc.text.slice(c.start, c.end))).sort((a, b) => a.start - b.start);
}

/** A capitalised word that may be one word of a name: not a place or thing word, not a verb, date or number. */
function mayBeSurname(token: Token): boolean {
  return CAPITALISED_WORD.test(token.text) && !isNotSurname(token.text) && !NOT_A_NAME_TAGS.some((tag) => token.tags.has(tag));
}

function sentencesAround(doc: PostDocument, sentence: Sentence, before: number, after: number): [number, number] {
  const index = doc.derive('sentence-index', () => new Map(doc.sentences.map((x, i) => [x, i]))).get(sentence) ?? 0;
  const first = doc.sentences[Math.max(0, index - before)];
  const last = doc.sentences[Math.min(doc.sentences.length - 1, index + after)];
  return [first.start, last.end];
}

// ("LOST DOG 😢 Black lab bitch, Nell, 9 yrs": the animal words may come a few words before the name.)
function petNear(tokens: Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 6), index + 6).some((t) => isPetWord(t.normal));
}

// "Our Alfie turned 3 today 🐶🎂": a pet emoji just after the name and its age says the post is about an animal.
const PET_EMOJI = /\u{1F436}|\u{1F415}|\u{1F429}|\u{1F9AE}|\u{1F431}|\u{1F408}|\u{1F43E}|\u{1F430}|\u{1F407}|\u{1F439}|\u{1F434}|\u{1F40E}|\u{1F99C}/u;

function petEmojiAfter(doc: PostDocument, end: number): boolean {
  return PET_EMOJI.test(doc.text.slice(end, end + 40));
}

// "She's in Year 6 at Kettlebrook Primary": a sentence that goes on about the child by a pronoun.
const ABOUT_THEM = /^(?:and\s)?(?:she|he)(?:['’]s|\sis|\sgoes|\sattends|\sstarted|\sjust\sstarted|\sonly\sstarted|['’]ll\sbe|\swill\sbe)\b/i;

/** A school named in one of the next two sentences that go on about the named child as "she"/"he", before anyone else is named. */
function schoolByPronoun(doc: PostDocument, c: Cues, sentence: Sentence, n: Candidate, all: Candidate[]): Span | undefined {
  if (n.honorific) return undefined;
  const index = doc.sentenceIndexAt(sentence.start);
  const nextName = all.find((o) => o.start >= n.end && o.key !== n.key);
  for (let k = index + 1; k <= index + 2 && k < doc.sentences.length; k++) {
    const next = doc.sentences[k];
    if (nextName && nextName.start < next.end) return undefined;
    if (!ABOUT_THEM.test(next.text)) continue;
    const found = anyIn(c.schools, next.start, next.end) ?? anyIn(c.classes, next.start, next.end);
    if (found) return found;
  }
  return undefined;
}

function pronounAge(doc: PostDocument, sentence: Sentence, n: Candidate, all: Candidate[]): number | null {
  const [, wEnd] = sentencesAround(doc, sentence, 0, 1);
  const end = Math.min(wEnd, n.end + 200);
  const nextName = all.find((o) => o.start >= n.end && o.key !== n.key);
  const limit = nextName && nextName.start < end ? nextName.start : end;
  PRONOUN_AGE.lastIndex = 0;
  const m = PRONOUN_AGE.exec(doc.text.slice(n.end, limit));
  return m ? (AGE_WORDS.get(m[1].toLowerCase()) ?? Number(m[1])) : null;
}

/** The age of a child described in this or the previous sentence, when no other name stands between. */
function descriptorAge(doc: PostDocument, sentence: Sentence, n: Candidate, all: Candidate[]): number | null {
  const [wStart] = sentencesAround(doc, sentence, 1, 0);
  const from = Math.max(wStart, n.start - 200);
  const prevName = [...all].reverse().find((o) => o.end <= n.start && o.key !== n.key);
  const lower = prevName && prevName.end > from ? prevName.end : from;
  let age: number | null = null;
  CHILD_DESCRIPTOR.lastIndex = 0;
  for (const m of doc.text.slice(lower, n.start).matchAll(CHILD_DESCRIPTOR)) age = Number(m[1]);
  return age;
}

function judge(doc: PostDocument, c: Cues, n: Candidate, all: Candidate[], adults?: Set<string>): { messageId: Verdict['messageId']; details: string; apart?: boolean } | null {
  const sentence = doc.sentenceAt(n.start);
  if (!sentence) return null;
  const index = tokenIndex(sentence, n.start);
  if (index < 0) return null;
  let lastIndex = index;
  while (lastIndex + 1 < sentence.tokens.length && sentence.tokens[lastIndex + 1].start < n.end) lastIndex++;
  if (petNear(sentence.tokens, index) || NOT_A_CHILD.has(n.key)) return null;
  // "Rest in peace Stan Mercer, 1938–2025": a tribute with the years of a life is an adult's.
  if (LIFE_YEARS.test(doc.text.slice(n.end, n.end + 16))) {
    adults?.add(n.key);
    return null;
  }
  if (adults?.has(n.key) && !n.full && ageAt(doc, n.start, n.end) === null) return null;
  // "Ysgol Gynradd Bryn Hedd", "Ysgol Bryn Tirion": a name inside a school's name is the school.
  // ("Musa's Beech Hill Primary uniform": a possessive before an English school's name is the child's.)
  if (c.schools.some(([s, e]) => n.start > s && n.end <= e && doc.text.startsWith('Ysgol', s))) return null;
  if (petEmojiAfter(doc, n.end) && !wordsBefore(sentence, index).some((w) => CHILD_WORDS.has(w) || /^(?:son|daughter|girl|boy)s?$/.test(w))) return null;
  const prevToken = sentence.tokens[index - 1];
  if (prevToken && PLACE_PREPOSITIONS.has(prevToken.normal) && !/[^\s]/.test(prevToken.post)) return null;
  const honorific = n.honorific?.toLowerCase().replace(/\.$/, '') ?? null;
  if (honorific && PUBLIC_TITLES.has(honorific)) return null;

  const before = wordsBefore(sentence, index);
  const after = wordsAfter(sentence, lastIndex);
  // Only the word right before the name gives its role ("site manager Lee"): in "volunteers visit Mr Crane" the role is the visitor's.
  // ("my favourite lady Edna", "lovely old lady Dot": a fond word before "lady" makes it no job, as "lollipop lady" is.)
  const fondLady = before[0] === 'lady' && FOND.has(before[1] ?? '');
  const inRole = (before.length > 0 && ADULT_ROLES.has(before[0]) && !fondLady) || after.some((w) => ADULT_ROLES.has(w));
  const relative = before.some((w) => ADULT_RELATIVES.has(w)) || after.some((w) => ADULT_RELATIVES.has(w));
  const nearAge = ageAt(doc, n.start, n.end) ?? birthdayAge(c, sentence, n.start) ?? (n.honorific ? null : pronounAge(doc, sentence, n, all));
  // Only a lone first name in no role takes the age of a child described before it: not "the 14-year-old girl ... receptionist Jim".
  const age = nearAge ?? (n.honorific || n.full || inRole || relative ? null : descriptorAge(doc, sentence, n, all));
  const childAge = age !== null && age < 18;
  // "my daughter Lucy, who has just opened her own salon": a son or daughter told of as grown up is no child.
  const grownUp = anyIn(c.grownUp, n.end, sentence.end) !== undefined;
  const childWord = n.children === true || (!grownUp && (before.some((w) => CHILD_WORDS.has(w) || /^(?:son|daughter|girl|boy)s?$/.test(w)) || CHILD_CALLED.test(doc.text.slice(Math.max(0, n.start - 40), n.start)) || CALLED_A_CHILD.test(doc.text.slice(n.end, sentence.end))));

  const [sStart, sEnd] = [sentence.start, sentence.end];
  const school = anyIn(c.schools, sStart, sEnd) ?? schoolByPronoun(doc, c, sentence, n, all);
  // "labelled 'Isla-Rose Brennan 2C'": a form code written straight after a full name, as on a child's belongings.
  const klass = anyIn(c.classes, sStart, sEnd) ?? (n.full && CLASS_CODE_AFTER.test(doc.text.slice(n.end, n.end + 6)) ? ([n.end, n.end] as const) : undefined);
  const place = anyIn(c.places, sStart, sEnd);
  // "Adoption day! Welcome home to Maya, aged 2": the status may come just before or after the name.
  const [wStart, wEnd] = sentencesAround(doc, sentence, 1, 1);
  const care = anyIn(c.care, Math.max(wStart, n.start - MAX_WINDOW), Math.min(wEnd, n.end + MAX_WINDOW));
  // "Ellie and Tom, two of the young people leaving our care": the care phrase itself says they are young.
  const childCare = anyIn(c.childCare, sStart, sEnd);

  // A child: never an honorific (teachers are "Mrs Hill"), never an adult in a role unless an age says otherwise.
  // "Margaret Ellison, who retires this week after 41 years as the lollipop lady": a working life is an adult's.
  const retiring = after.some((w) => RETIRING.has(w));
  // "..., thanks to you, Margaret!": the same person named again later is still the adult.
  // "Meet Gemma Whitworth, our new Principal Social Worker ... Gemma will lead our practice with children in care": a
  // person introduced in an adult's role is still that adult when named again.
  if (retiring || (inRole && !childAge)) adults?.add(n.key);
  const knownAdult = retiring || adults?.has(n.key) === true;
  if (!honorific && (childAge || (!inRole && !relative && !knownAdult))) {
    if (sendPlanNear(sentence.tokens, index, lastIndex)) return { messageId: 'care', details: 'special educational needs plan' };
    if (n.weak) return isChildCare(care, childWord, childAge) ? { messageId: 'care', details: 'care status' } : null;
    // "Sophie and Ben, ... adopted last year": adopted or fostered themselves, which only a child is through a council.
    const adopted = care !== undefined && adoptedAfter(sentence.tokens, lastIndex);
    // "U11s ... Man of the match was Jayden Price, who scored a hat-trick": a player named in full in a youth side's report.
    // ("Coach Dave Morris scored for the vets": compromise may read a sentence-opening role as a verb, so look at the word itself.)
    const youthPlayer = n.full && c.youthSides.length > 0 && anyIn(c.played, sStart, sEnd) !== undefined && !ADULT_ROLES.has(prevToken?.normal ?? '');
    const isChild = childAge || childWord || adopted || youthPlayer || school !== undefined || klass !== undefined || childCare !== undefined;
    const details: string[] = [];
    if (n.full) details.push('full name');
    if (childAge) details.push('age');
    if (youthPlayer) details.push('youth team');
    if (school) details.push('school');
    if (klass) details.push('class or year group');
    if (place) details.push('where they live or go');
    if (isChild && care && (childAge || childWord || adopted || n.full || school || klass || childCare)) {
      // "placement broke down for the 14yo lad ... Jayden": a description by age ties the name to the care sentence.
      return { messageId: 'care', details: 'care status', apart: !n.full && nearAge !== null && (care[0] >= sEnd || care[1] <= sStart) };
    }
    if (isChild && (n.full || childAge || school || klass || place)) return { messageId: 'child', details: details.join(', ') || 'name' };
  }

  // A vulnerable adult: a full name (or Mr/Mrs + surname) with their care or health circumstances nearby.
  if (inRole || childAge) return null;
  const [vStart, vEndRaw] = sentencesAround(doc, sentence, 0, 2);
  const vEnd = Math.min(vEndRaw, n.end + MAX_WINDOW);
  // "Meet Arthur, 84, ... Arthur lives alone on Pit Lane": a first name with an adult's age and a street or care setting identifies the person too.
  const placeNear = anyIn(c.places, vStart, vEnd);
  // "my neighbour Dennis at number 6 Lugger Close": a first name with a house number and street is one person too.
  const houseNumbered = placeNear !== undefined && placeNear[0] >= n.end && HOUSE_NUMBER_BEFORE.test(doc.text.slice(Math.max(n.end, placeNear[0] - 14), placeNear[0]));
  // "my favourite lady Edna on Tipple Street": a first name with the street it lives on, straight after it, is one person.
  const onStreet = placeNear !== undefined && placeNear[0] >= n.end && /^,?\s(?:on|in|at|of|from|up|down)\s(?:the\s)?$/i.test(doc.text.slice(n.end, placeNear[0]));
  const located = (age !== null && (placeNear !== undefined || anyIn(c.careHomes, sStart, sEnd) !== undefined)) || houseNumbered || onStreet;
  if (!(n.full || honorific || located)) return null;
  const circumstance = anyIn(c.vulnerable, vStart, vEnd);
  // "Grandad Ron", "Nan Jean": a grandparent's title stands for an older person, as an age of 65+ would.
  const elder = ELDER_TITLE.test(doc.text.slice(n.start, n.end));
  // "a Disabled Facilities Grant": a title-cased scheme ending in a first name. A name in no first-name list right after
  // another capitalised word that is no first name either is the tail of such a title, not a person.
  if (!honorific && !elder && prevToken && prevToken.post === ' ' && /^\p{Lu}/u.test(prevToken.text) && !isFirstName(prevToken.text) && !KIN_HONORIFICS.has(prevToken.normal) &&
    !isFirstName(doc.text.slice(n.start, n.end).split(/\s/)[0].replace(/['’]s$/, ''))) return null;
  const careHome = anyIn(c.careHomes, sStart, sEnd) && ((age !== null && age >= 65) || elder || /\bresidents?\b/i.test(sentence.text));
  if (circumstance || careHome) return { messageId: 'vulnerable', details: 'care circumstances' };
  return null;
}

const LIFE_YEARS = /^,?\s?\(?\s?(?:18|19|20)\d{2}\s?[–—-]\s?(?:19|20)\d{2}\b/;

// Respectful titles of kin put before a name ("Bhaji Harbans Singh", "Aunty Pat", "Haji Rafiq"): a person, not a scheme.
const KIN_HONORIFICS: ReadonlySet<string> = new Set([
  'bhaji', 'bhai', 'baji', 'bhabhi', 'aunty', 'auntie', 'uncle', 'chacha', 'chachi', 'khala', 'mamu', 'mama', 'nana', 'nani', 'dada', 'dadi',
  'haji', 'hajji', 'hajja', 'sardar', 'bibi', 'mata', 'bebe', 'mataji', 'pitaji', 'babaji', 'masi', 'massi', 'phuphi', 'apa', 'appa',
]);

const ADOPTED: ReadonlySet<string> = new Set(['adopted', 'fostered']);
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'got', 'is', 'are']);
// What follows "adopted" when the named person was adopted ("adopted last year", "adopted through our service", "adopted.").
const AFTER_ADOPTED: ReadonlySet<string> = new Set(['last', 'this', 'in', 'through', 'via', 'by', 'from', 'at', 'aged', 'as', 'when', 'after', 'together', 'recently', 'earlier', 'back']);
const COUNT_BEFORE_TIME: ReadonlySet<string> = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'some', 'several', 'few']);

/**
 * The name is the one adopted or fostered: "Sophie and Ben ... adopted last year", "Mia was fostered by ...", not
 * "Sue and Mark adopted a boy" (the adopters) or "Cllr Hale adopted the plan".
 */
function adoptedAfter(tokens: Token[], lastIndex: number): boolean {
  for (let k = lastIndex + 1; k < tokens.length && k <= lastIndex + 14; k++) {
    if (!ADOPTED.has(tokens[k].normal)) continue;
    const prev = tokens[k - 1].normal;
    const next = tokens[k + 1];
    if (PASSIVE_BE.has(prev)) return true;
    if (prev === 'have' || prev === 'has' || prev === 'had' || prev === 'we' || prev === 'they') return false;
    // "adopted two years ago" (the named child) against "adopted two brothers" (the adopters).
    if (next && (COUNT_BEFORE_TIME.has(next.normal) || /^\d+$/.test(next.normal))) return /^(?:years?|months?|weeks?|few)$/.test(tokens[k + 2]?.normal ?? '');
    return !next || /[.!?,;]/.test(tokens[k].post) || AFTER_ADOPTED.has(next.normal);
  }
  return false;
}

/** An EHCP tied to the name: "Ayaan Hussain's EHCP", "Mia's new EHC plan", "the EHCP for Zain" (not "Priya Shah explains EHCPs"). */
function sendPlanNear(tokens: Token[], index: number, lastIndex: number): boolean {
  const plan = (k: number) => k >= 0 && k < tokens.length && SEND_PLANS.has(tokens[k].normal.replace(/['’]s$/, ''));
  if (/['’]s$/.test(tokens[lastIndex].text) && (plan(lastIndex + 1) || plan(lastIndex + 2))) return true;
  return tokens[index - 1]?.normal === 'for' && (plan(index - 2) || plan(index - 3));
}

function isChildCare(care: unknown, childWord: boolean, childAge: boolean): boolean {
  return care !== undefined && (childWord || childAge);
}

export interface Verdict {
  start: number;
  end: number;
  messageId: 'child' | 'care' | 'vulnerable';
  details: string;
  /** A first name whose care status is told in another sentence, tied to it by nothing but nearness ("Placed a boy with foster carers. Jayden's only 4"). */
  apart?: boolean;
}

/** Every identified child or vulnerable adult in the post, once per person. */
export function safeguardingVerdicts(doc: PostDocument): Verdict[] {
  return doc.derive('safeguarding:verdicts', () => {
    const found = candidates(doc);
    const out: Verdict[] = [];
    if (!found.length) return out;
    const c = cues(doc);
    const reported = new Set<string>();
    const adults = new Set<string>();
    for (const candidate of found) {
      if (reported.has(candidate.key)) continue;
      const verdict = judge(doc, c, candidate, found, adults);
      if (!verdict) continue;
      reported.add(candidate.key);
      out.push({ start: candidate.start, end: candidate.end, messageId: verdict.messageId, details: verdict.details, apart: verdict.apart });
    }
    return out;
  });
}
