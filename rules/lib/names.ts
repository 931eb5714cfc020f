// People named in a post. Several rules need them (a private person with a
// health fact, a named target of an allegation, an identifiable child), so
// they are found once per document and shared.
//
// compromise tags many first and last names; we add what it misses: an
// honorific (Mr, Mrs, Cllr) before a capitalised word, and a capitalised
// word followed by a word compromise knows as a surname.
import type { PostDocument, Token } from '../document';

export interface PersonName {
  start: number;
  end: number;
  text: string;
  /** The tokens of the name, honorific excluded. */
  tokens: Token[];
  honorific: string | null;
  /** True for a first name and a surname (or an honorific and a surname). */
  full: boolean;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'sir', 'dame', 'lady', 'lord', 'prof', 'professor', 'rev', 'revd']);

// Capitalised words that compromise sometimes tags as names but that start
// sentences or name things, not people, in council posts.
const NOT_NAMES = new Set([
  'will', 'may', 'june', 'april', 'august', 'grace', 'hope', 'joy', 'faith', 'rose', 'holly', 'summer', 'autumn', 'dawn', 'ivy',
  'chase', 'bill', 'mark', 'pat', 'sue', 'rob', 'jack', 'frank', 'art', 'gene', 'guy', 'jean', 'penny', 'ray', 'sally', 'sandy',
]);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(token.text) || /^\p{Lu}{2,}$/u.test(token.text) && token.text.length <= 12 && token.post.startsWith(',');
}

function looksLikeNamePart(token: Token): boolean {
  if (!isCapitalised(token)) return false;
  const t = token.tags;
  if (t.has('Place') || t.has('Organization') || t.has('Date') || t.has('Month') || t.has('WeekDay')) return false;
  return true;
}

function isKnownName(token: Token): boolean {
  const t = token.tags;
  return t.has('FirstName') || t.has('LastName') || t.has('MaleName') || t.has('FemaleName') || (t.has('Person') && !t.has('Pronoun') && !t.has('Honorific'));
}

export function personNames(doc: PostDocument): PersonName[] {
  return doc.derive('personNames', () => findNames(doc));
}

function findNames(doc: PostDocument): PersonName[] {
  const names: PersonName[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      let honorific: string | null = null;
      let first = i;
      if (HONORIFICS.has(token.normal.replace(/\.$/, '')) && /^\p{Lu}/u.test(token.text)) {
        honorific = token.text;
        first = i + 1;
        if (!tokens[first] || !isCapitalised(tokens[first])) continue;
      } else if (!looksLikeNamePart(token) || !isKnownName(token)) {
        continue;
      }
      // Extend over following capitalised words (a surname, a middle name), at most three in all,
      // stopping at punctuation between words.
      let last = first;
      while (
        last + 1 < tokens.length &&
        last - first < 2 &&
        !/[,.;:!?()]/.test(tokens[last].post) &&
        looksLikeNamePart(tokens[last + 1]) &&
        (isKnownName(tokens[last + 1]) || tokens[last + 1].tags.has('ProperNoun') || !tokens[last + 1].tags.size)
      ) {
        last++;
      }
      const nameTokens = tokens.slice(first, last + 1);
      const single = nameTokens.length === 1;
      // A lone capitalised word is a name only when compromise knows it as a first name or an honorific precedes it.
      if (!honorific && single) {
        const w = nameTokens[0];
        const sentenceStart = first === 0;
        if (!(w.tags.has('FirstName') || w.tags.has('MaleName') || w.tags.has('FemaleName'))) continue;
        if (sentenceStart && NOT_NAMES.has(w.normal)) continue;
      }
      if (!honorific && NOT_NAMES.has(nameTokens[0].normal) && single) continue;
      const start = honorific ? token.start : nameTokens[0].start;
      const end = nameTokens[nameTokens.length - 1].end;
      names.push({
        start,
        end,
        text: doc.text.slice(start, end),
        tokens: nameTokens,
        honorific,
        full: nameTokens.length >= 2 || (honorific !== null && nameTokens.length >= 1),
      });
      i = last;
    }
  }
  return names;
}
