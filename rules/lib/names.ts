// People named in a post. Several rules need them (a private person with a
// health fact, a named target of an allegation, an identifiable child), so
// they are found once per document and shared.
//
// A name starts at an honorific (Mr, Mrs, Cllr) or at a first name, which is
// a word compromise tags as a first name or one of our list of common UK
// first names (compromise misses many children's names: Poppy, Kayden,
// Callum). Following capitalised words are taken as surnames. What looks
// like a name but names a place or a thing is refused: "Holly Lane",
// "Victoria Park", "St Anne's", "Summer Reading Challenge", "the Victoria
// sponge", a dog called Bramble. First names that are also ordinary words
// (Grace, May, Rose, Will) count alone only with a cue that a person is meant.
import nlp from 'compromise';
import type { PostDocument, Sentence, Token } from '../document';
import firstNames from '../data/first-names.json';

export interface PersonName {
  start: number;
  end: number;
  /** The name as written, without a possessive 's. */
  text: string;
  /** The tokens of the name, honorific excluded. */
  tokens: Token[];
  honorific: string | null;
  /** True for a first name and a surname (or an honorific and a surname). */
  full: boolean;
}

const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names);
const AMBIGUOUS: ReadonlySet<string> = new Set(firstNames.ambiguous);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'lady', 'lord', 'prof', 'professor', 'rev', 'revd']);

// Words that, right after a capitalised word, make the phrase a place, an
// organisation, an event or a thing rather than a person: "Holly Lane",
// "Victoria Park", "Cliff Parade", "Poppy Appeal", "Summer Reading Challenge".
// Welsh and Gaelic words that open the name of a house, street, chapel or place: "Tŷ Hafod" (compromise
// takes "Tŷ" for the first name Ty), "Heol Las", "Capel Seion", "Ysgol Gymraeg", "Cnoc an Fhithich".
const WELSH_AND_GAELIC_PLACE_WORDS = ['tŷ', 'heol', 'ffordd', 'stryd', 'lôn', 'capel', 'eglwys', 'plas', 'llys', 'neuadd', 'ysgol', 'canolfan', 'parc', 'pont', 'cwm', 'nant', 'afon', 'coed', 'maes', 'pen', 'tre', 'cnoc', 'baile', 'achadh', 'druim', 'gleann', 'inbhir'];

const NOT_SURNAMES = new Set([
  ...WELSH_AND_GAELIC_PLACE_WORDS,
  // streets and places
  'road', 'rd', 'street', 'lane', 'close', 'avenue', 'ave', 'drive', 'way', 'crescent', 'terrace', 'gardens', 'garden', 'grove',
  'place', 'square', 'walk', 'row', 'parade', 'court', 'mews', 'rise', 'view', 'park', 'green', 'common', 'estate', 'bridge',
  'quay', 'wharf', 'vale', 'wood', 'woods', 'fields', 'meadow', 'meadows', 'lodge', 'house', 'hall', 'centre', 'center', 'hub',
  'library', 'libraries', 'museum', 'theatre', 'cinema', 'church', 'chapel', 'cathedral', 'school', 'primary', 'academy',
  'college', 'university', 'grammar', 'infants', 'juniors', 'junior', 'nursery', 'hospital', 'surgery', 'practice', 'clinic', 'station',
  'airport', 'market', 'arms', 'inn', 'hotel', 'cafe', 'café', 'bakery', 'stores', 'store', 'shop', 'beach', 'bay', 'harbour',
  'pier', 'point', 'island', 'valley', 'forest', 'castle', 'tower', 'abbey', 'priory', 'manor', 'farm', 'mill', 'works', 'depot',
  'pool', 'baths', 'stadium', 'ground', 'cemetery', 'crematorium', 'ward', 'borough', 'county', 'parish', 'town', 'city', 'village',
  // organisations
  'ltd', 'limited', 'plc', 'llp', 'group', 'trust', 'foundation', 'society', 'club', 'fc', 'afc', 'united', 'rovers', 'wanderers',
  'athletic', 'band', 'choir', 'orchestra', 'council', 'services', 'homes', 'motors', 'garage', 'carpets', 'lettings', 'estates',
  'developments', 'builders', 'scaffolding', 'plumbing', 'heating', 'cars', 'taxis', 'highways', 'leisure', 'housing', 'planning',
  'team', 'partnership', 'association', 'network', 'alliance', 'party', 'news', 'radio', 'press', 'echo', 'gazette', 'times',
  // events and things
  'award', 'awards', 'appeal', 'challenge', 'festival', 'fair', 'show', 'day', 'week', 'month', 'holiday', 'holidays', 'wedding',
  'sponge', 'cake', 'pie', 'line', 'bank', 'project', 'scheme', 'programme', 'plan', 'strategy', 'fund', 'lottery', 'prize', 'cup',
  'league', 'trophy', 'tour', 'run', 'marathon', 'ride', 'fun', 'session', 'sessions', 'club', 'camp', 'service', 'trail', 'lecture',
  'term', 'terms', 'fayre', 'fete', 'fest', 'bush', 'tree', 'trees', 'showers', 'sports',
  // the parts of a place: "Hadley Cliff Top", "Church Bottom", "Moss Side"
  'top', 'bottom', 'side', 'edge',
]);

const SCHOOL_OF = /^(?:Girls|Boys|Ladies|Men|Women|Children)(?:['’]s?)?$/;

// Words before a capitalised word that make it a place or a title: "St Anne's", "the Victoria sponge".
const SCHEME_TAILS = new Set(['grant', 'grants', 'award', 'bursary', 'fund', 'scheme', 'allowance', 'payment', 'premium', 'bonus']);
const NOT_AFTER = new Set(['st', 'saint', 'the', 'a', 'an', 'hms', 'rms', 'via']);
// Capitalised, these start a place name: "Mount Pleasant", "East Ham", "Little Venice".
const PLACE_STARTS = new Set(['fort', 'port', 'mount', 'lake', 'loch', 'river', 'upper', 'lower', 'east', 'west', 'north', 'south', 'great', 'little', 'new', 'old', ...WELSH_AND_GAELIC_PLACE_WORDS]);

// Pets are named like children ("Bramble, a brown cocker spaniel", "our Labrador Max (4)").
const PET_WORDS = new Set([
  'dog', 'dogs', 'cat', 'cats', 'puppy', 'pup', 'kitten', 'spaniel', 'labrador', 'lab', 'terrier', 'collie', 'retriever', 'poodle',
  'pony', 'horse', 'rabbit', 'bunny', 'hamster', 'guinea', 'budgie', 'parrot', 'tortoise', 'greyhound', 'whippet', 'lurcher',
  'staffie', 'pug', 'dachshund', 'beagle', 'husky', 'cockapoo', 'cavapoo', 'shepherd', 'alsatian', 'hen', 'chicken', 'goat',
  'moggy', 'tabby', 'pooch', 'doggo', 'pupper', 'gelding', 'mare', 'donkey', 'ferret', 'spaniels', 'springer', 'cocker', 'jrt',
  'puppies', 'kittens', 'rabbits', 'horses', 'ponies', 'labradors', 'collies', 'terriers', 'hamsters', 'pets', 'pet',
]);

/** A word for a pet animal ("lab", "spaniel", "kitten"). */
export function isPetWord(word: string): boolean {
  return PET_WORDS.has(word.toLowerCase());
}

// Words just before an ambiguous first name (Grace, Ruby, Jack) that show a person is meant.
const PERSON_CUES = new Set([
  'son', 'daughter', 'boy', 'girl', 'lad', 'lass', 'grandson', 'granddaughter', 'niece', 'nephew', 'stepson', 'stepdaughter',
  'brother', 'sister', 'mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'granny', 'grandad', 'grandma', 'grandpa', 'wife',
  'husband', 'partner', 'friend', 'mate', 'cousin', 'auntie', 'aunt', 'uncle', 'baby', 'little', 'colleague', 'neighbour',
  'pupil', 'student', 'resident', 'meet', 'thanks', 'congratulations', 'congrats', 'welcome', 'say', 'hi', 'hello', 'old',
  'carer', 'carers', 'teacher', 'officer', 'manager', 'volunteer', 'winner', 'and', 'my', 'our', 'your', 'his', 'her', 'their',
]);

// Module-level: this runs for every token of every check, and a regex written inside the function is a new object each call.
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:['’]s)?$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

function isCapitalised(token: Token): boolean {
  return CAPITALISED_WORD.test(token.text) || (ALL_CAPITALS.test(token.text) && token.text.length <= 12 && token.post.startsWith(','));
}

/** The word without a possessive 's, lower-cased: "Kayden's" -> "kayden". */
function bare(token: Token): string {
  return token.text.replace(/['’]s$/i, '').toLowerCase();
}

function hasPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}

function taggedFirstName(token: Token): boolean {
  const t = token.tags;
  return t.has('FirstName') || t.has('MaleName') || t.has('FemaleName');
}

/** True when the word is a known first name (compromise's or our list), ignoring ambiguity. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

/** True for first names that are also ordinary words or places (Grace, May, Victoria). */
export function isAmbiguousFirstName(word: string): boolean {
  return AMBIGUOUS.has(word.toLowerCase());
}

/** True for a word that turns a capitalised phrase into a place or thing ("Lane", "Primary", "Appeal"). */
export function isNotSurname(word: string): boolean {
  return NOT_SURNAMES.has(word.toLowerCase());
}

function blocksName(token: Token): boolean {
  const t = token.tags;
  return t.has('Date') || t.has('Month') || t.has('WeekDay') || t.has('Pronoun') || t.has('Modal') || NOT_SURNAMES.has(bare(token));
}

function canStart(token: Token): boolean {
  if (!isCapitalised(token) || blocksName(token)) return false;
  const word = bare(token);
  if (FIRST_NAMES.has(word) || taggedFirstName(token)) return true;
  // compromise's guess alone ("Facilities" in "Disabled Facilities Grant" comes out a Person): not an everyday noun.
  return token.tags.has('Person') && !token.tags.has('Honorific') && !token.tags.has('Pronoun') && !COMMON_NOUN_ENDING.test(word);
}

/** A later word of a name: a capitalised word that is not a place or thing word. */
function canContinue(token: Token, afterFirstName: boolean): boolean {
  if (!isCapitalised(token) || blocksName(token)) return false;
  if (HONORIFICS.has(token.normal.replace(/\.$/, ''))) return false;
  const t = token.tags;
  // compromise often tags a whole "Jon Marsh" as a place; after a sure first name we trust the name.
  if ((t.has('Place') || t.has('Organization')) && !t.has('LastName') && !afterFirstName) return false;
  return t.has('LastName') || t.has('Person') || t.has('ProperNoun') || FIRST_NAMES.has(bare(token)) || t.size === 0 || t.has('Noun');
}

/** Only a plain space or a bare hyphen may join the words of one name. */
function joined(a: Token, b: Token): boolean {
  if (hasPossessive(a)) return false;
  return (a.post === ' ' || a.post === '-') && b.pre === '';
}

function nearPet(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (PET_WORDS.has(tokens[k].normal)) return true;
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 5); k++) if (PET_WORDS.has(tokens[k].normal)) return true;
  return false;
}

// "Ruby (8)", "Grace, 14,": an age in brackets or between commas right after a word.
const AGE_AFTER = /^\s?[(,]\s?\(?\d{1,2}(?!\d)/;

/** An age straight after tokens[k]: "Lily Marsh, 9," is a child, whatever compromise makes of "Marsh". */
function agedAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return Boolean(next) && AGE_AFTER.test(tokens[k].post + next.pre + next.text);
}

/** For a lone ambiguous first name: is a person plainly meant? */
function personContext(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (hasPossessive(token)) return i > 0;
  const prev = tokens[i - 1];
  if (prev && (PERSON_CUES.has(prev.normal) || /year-?old$/.test(prev.normal))) return true;
  const next = tokens[i + 1];
  if (!next) return false;
  if (agedAfter(tokens, i)) return true;
  // "Grace said", "Ruby named our gritter", not at the start of a sentence ("Will you come?").
  const t = next.tags;
  return i > 0 && token.post === ' ' && t.has('Verb') && (t.has('PastTense') || t.has('PresentTense')) && !t.has('Modal') && !t.has('Infinitive');
}

// compromise's word list: a word it knows only as a name or a place may be a surname; an everyday
// word ("Reading", "Challenge", "Green") is not one.
const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
const NAME_LEXICON_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person', 'Place', 'ProperNoun', 'Honorific']);

// Endings of everyday nouns that surnames do not have: "Autumn Statement", "Summer Celebration".
const COMMON_NOUN_ENDING = /(?:ments?|tions?|sions?|ness(?:es)?|it(?:y|ies)|ships?|ances?|ences?|ings)$/;

function surnameLike(token: Token): boolean {
  if (token.tags.has('Plural') || COMMON_NOUN_ENDING.test(bare(token))) return false;
  const word = bare(token);
  const entry = Object.prototype.hasOwnProperty.call(LEXICON, word) ? LEXICON[word] : undefined;
  if (entry === undefined) return true;
  return (Array.isArray(entry) ? entry : [entry]).every((tag) => NAME_LEXICON_TAGS.has(tag));
}

/**
 * For an ambiguous first name opening a sentence with a second capitalised
 * word ("Jean Arkwright's PIP award ended", "Jean Arkwright has been waiting"):
 * a person, when the second word is no everyday word and the pair owns
 * something or does something.
 */
function surnameInContext(tokens: Token[], last: number): boolean {
  // "Storm Babet caused flooding": the Met Office names storms like people.
  if (tokens[0].normal === 'storm') return false;
  const surname = tokens[last];
  if (!surnameLike(surname)) return false;
  if (hasPossessive(surname)) return true;
  const next = tokens[last + 1];
  return Boolean(next) && surname.post === ' ' && next.tags.has('Verb') && !next.tags.has('Infinitive') && !next.tags.has('Gerund');
}

/** A name found in one sentence, by token index, so it can be cached by sentence text. */
interface SentenceName {
  first: number;
  last: number;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  honorific: string | null;
}

export function personNames(doc: PostDocument): PersonName[] {
  return doc.derive('personNames', () => {
    const perSentence = doc.perSentenceWith('names:personNames', namesInSentence);
    const names: PersonName[] = [];
    doc.sentences.forEach((sentence, i) => {
      for (const found of perSentence[i]) {
        const start = sentence.start + found.start;
        const end = sentence.start + found.end;
        const tokens = sentence.tokens.slice(found.first, found.last + 1);
        names.push({
          start,
          end,
          text: doc.text.slice(start, end),
          tokens,
          honorific: found.honorific,
          full: tokens.length >= 2 || (found.honorific !== null && tokens.length >= 1),
        });
      }
    });
    return names;
  });
}

/**
 * "Anyone know a Darren Tetley?", "there's an Aisha Begum on the list": "a" before a first and last name
 * means someone of that name ("a Tesco", "a Range Rover" are things, and take no first name).
 */
function someoneCalled(prev: Token, token: Token, next: Token | undefined): boolean {
  if (prev.normal !== 'a' && prev.normal !== 'an') return false;
  const word = bare(token);
  return FIRST_NAMES.has(word) && !AMBIGUOUS.has(word) && next !== undefined && joined(token, next) && isCapitalised(next) && !NOT_SURNAMES.has(bare(next));
}

function namesInSentence(sentence: Sentence): SentenceName[] {
  const names: SentenceName[] = [];
  {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      let honorific: string | null = null;
      let first = i;
      const prev = tokens[i - 1];
      if (HONORIFICS.has(token.normal.replace(/\.$/, '')) && /^\p{Lu}/u.test(token.text) && !(token.pre.includes("'") || token.pre.includes('"'))) {
        honorific = token.text;
        first = i + 1;
        const next = tokens[first];
        if (!next || !isCapitalised(next) || next.pre !== '' || !/^\.? $/.test(token.post)) continue;
        // "'Sir Salt-a-Lot'" is a gritter, not a knight.
        if (next.post === '-' && tokens[first + 1] && !isCapitalised(tokens[first + 1])) continue;
      } else if (!canStart(token)) {
        continue;
      } else if (prev && joined(prev, token) && (NOT_AFTER.has(prev.normal.replace(/\.$/, '')) || (PLACE_STARTS.has(prev.normal) && /^\p{Lu}/u.test(prev.text))) && !someoneCalled(prev, token, tokens[i + 1])) {
        continue;
      } else if (token.post === '-' && tokens[i + 1] && !isCapitalised(tokens[i + 1])) {
        continue; // a hyphenated compound ("Salt-a-Lot")
      }
      // Extend over following capitalised words (surnames, a middle name), at most three words in all.
      let last = first;
      const firstWord = bare(tokens[first]);
      const sureFirst = honorific !== null || (FIRST_NAMES.has(firstWord) && !AMBIGUOUS.has(firstWord));
      // "Amelia Ward, 9,", "Lily Marsh (8)": after a sure first name, a word that is also a place word is a surname when an age follows (no ward or marsh has one).
      const agedSurname = (k: number) => sureFirst && agedAfter(tokens, k) && isCapitalised(tokens[k]) && NOT_SURNAMES.has(bare(tokens[k]));
      while (last + 1 < tokens.length && last - first < 2 && joined(tokens[last], tokens[last + 1]) && (canContinue(tokens[last + 1], sureFirst || agedAfter(tokens, last + 1)) || agedSurname(last + 1))) last++;
      // "Holly Lane", "Victoria Park": a place or thing word right after the phrase.
      const after = tokens[last + 1];
      const touching = after && after.pre === '' && (tokens[last].post === ' ' || tokens[last].post === '-');
      if (after && touching && isCapitalised(after) && NOT_SURNAMES.has(bare(after))) {
        i = last + 1;
        continue;
      }
      // "Al-Noor Girls' School", "St Bede's Boys' Grammar": whose school it is, then the school.
      const then = tokens[last + 2];
      if (after && touching && SCHOOL_OF.test(after.text) && then && isCapitalised(then) && NOT_SURNAMES.has(bare(then))) {
        i = last + 2;
        continue;
      }
      const nameTokens = tokens.slice(first, last + 1);
      const single = nameTokens.length === 1;
      if (!honorific) {
        const w = nameTokens[0];
        const word = bare(w);
        if (single) {
          const known = FIRST_NAMES.has(word) || taggedFirstName(w);
          if (!known) continue;
          if (AMBIGUOUS.has(word) && !personContext(tokens, first)) continue;
        } else if (AMBIGUOUS.has(word) && i === 0 && !nameTokens[1].tags.has('LastName') && !FIRST_NAMES.has(bare(nameTokens[1]))) {
          // "Grant Thornton"-style pairs are names, but "Summer Reading" at a sentence start is not.
          if (!personContext(tokens, first) && !surnameInContext(tokens, last)) {
            i = last;
            continue;
          }
        }
        // "School Essentials Grant", "Warm Homes Fund": a scheme's title ending in a word that is also a name.
        if (!single && SCHEME_TAILS.has(bare(nameTokens[nameTokens.length - 1]).toLowerCase()) && !FIRST_NAMES.has(word)) {
          i = last;
          continue;
        }
        if (nearPet(tokens, first, last)) {
          i = last;
          continue;
        }
      }
      const lastToken = nameTokens[nameTokens.length - 1];
      const start = honorific ? token.start : nameTokens[0].start;
      const end = hasPossessive(lastToken) ? lastToken.end - 2 : lastToken.end;
      names.push({ first, last, start: start - sentence.start, end: end - sentence.start, honorific });
      i = last;
    }
  }
  return names;
}
