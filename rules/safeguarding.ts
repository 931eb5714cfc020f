// Safeguarding: a post must not let a stranger identify and find a child,
// or expose a named vulnerable adult's care circumstances.
//
// A child is flagged when a named person is plainly a child (an age under 18
// next to the name, "my son", a school, a year group or class) and can be
// identified or found (a full name, an age, a school, a class, a street or
// estate, a daily route). A child's fostering, adoption or care status is its
// own finding. Children mentioned generally ("children aged 5 to 11", "pupils
// from Oakfield Primary") name no one and are left alone, as are adults in a
// role ("head teacher Sarah Cole", "Cllr Patel", "foster carers Sue and Mark").
import { defineRule } from './types';
import type { PostDocument, Sentence, Token } from './document';
import { personNames, isNotSurname, type PersonName } from './lib/names';
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
} from './lib/safeguarding-cues';

// Titles of public office: their holders are adults in a public role.
const PUBLIC_TITLES = new Set(['cllr', 'councillor', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd']);
// After these a capitalised word is a child's name even when it is in no list ("my son Kaydon (7)").
const CHILD_BEFORE = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'niece', 'nephew', 'stepson', 'stepdaughter', 'boy', 'girl']);
const NOT_A_NAME_TAGS = ['Plural', 'Verb', 'Adjective', 'Adverb', 'Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Honorific', 'Acronym', 'QuestionWord', 'Expression'];

interface Candidate {
  start: number;
  end: number;
  full: boolean;
  honorific: string | null;
  key: string;
}

const MAX_WINDOW = 320;
const CLASS_CODE_AFTER = /^,?\s(?:[1-9]|1[0-3])[A-Z](?![\p{L}\p{N}°])/u;

export default defineRule({
  meta: {
    id: 'safeguarding',
    category: 'safeguarding',
    description: 'Flags children identifiable by name with a school, age or location, a child’s care status, and named vulnerable adults with their care circumstances.',
    policy: {
      clause: 'The safety of children, young people and vulnerable adults is not compromised as a result of employees actions.',
      source: 'Dudley 2011, 4 Policy aims',
    },
    messages: {
      child:
        '"{{match}}" is a child who can be identified from this post ({{details}}). Leave out the name, or keep a first name only with no school, age or location.',
      care: '"{{match}}" is a child named together with their care, fostering or adoption status. Remove the name and any detail that identifies the child.',
      vulnerable:
        '"{{match}}" is named together with their care or health circumstances. Remove the name or the details so that this person cannot be identified.',
    },
  },
  check(doc, ctx) {
    const found = candidates(doc);
    if (!found.length) return;
    const c = cues(doc);
    const reported = new Set<string>();
    for (const candidate of found) {
      if (reported.has(candidate.key)) continue;
      const verdict = judge(doc, c, candidate);
      if (!verdict) continue;
      reported.add(candidate.key);
      ctx.report({ messageId: verdict.messageId, start: candidate.start, end: candidate.end, data: { details: verdict.details } });
    }
  },
});

function candidates(doc: PostDocument): Candidate[] {
  const named = personNames(doc);
  const covered = new Set<number>();
  for (const n of named) {
    covered.add(n.start);
    for (const t of n.tokens) covered.add(t.start);
  }
  const out: Candidate[] = named.map((n: PersonName) => ({
    start: n.start,
    end: n.end,
    full: n.full,
    honorific: n.honorific,
    key: n.tokens[0].text.replace(/['’]s$/i, '').toLowerCase(),
  }));
  // Names in no list, made plain by an age or a relation: "Kaydence (7)", "my daughter Maelys".
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!/^\p{Lu}\p{Ll}+(?:'s)?$/u.test(t.text) || NOT_A_NAME_TAGS.some((tag) => t.tags.has(tag))) continue;
      if (isNotSurname(t.text.replace(/'s$/, '')) || covered.has(t.start)) continue;
      const prev = tokens[i - 1];
      const end = /'s$/.test(t.text) ? t.end - 2 : t.end;
      const age = ageAt(doc, t.start, end);
      const related = prev !== undefined && CHILD_BEFORE.has(prev.normal) && !/[^\s]/.test(prev.post);
      // At a sentence start only the bracket form is trusted: "Kaydence (7) and ...".
      const trusted = i > 0 || t.tags.has('ProperNoun') || /^\s?\(\d/.test(doc.text.slice(end, end + 4));
      if (!((age !== null && age < 18 && trusted) || related)) continue;
      out.push({ start: t.start, end, full: false, honorific: null, key: t.text.replace(/'s$/, '').toLowerCase() });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentencesAround(doc: PostDocument, sentence: Sentence, before: number, after: number): [number, number] {
  const index = doc.derive('sentence-index', () => new Map(doc.sentences.map((x, i) => [x, i]))).get(sentence) ?? 0;
  const first = doc.sentences[Math.max(0, index - before)];
  const last = doc.sentences[Math.min(doc.sentences.length - 1, index + after)];
  return [first.start, last.end];
}

function petNear(tokens: Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index + 6).some((t) => /^(?:dog|cat|puppy|pup|kitten|pony|horse|rabbit|hamster|spaniel|labrador|terrier)s?$/.test(t.normal));
}

// "Our Alfie turned 3 today 🐶🎂": a pet emoji just after the name and its age says the post is about an animal.
const PET_EMOJI = /\u{1F436}|\u{1F415}|\u{1F429}|\u{1F9AE}|\u{1F431}|\u{1F408}|\u{1F43E}|\u{1F430}|\u{1F407}|\u{1F439}|\u{1F434}|\u{1F40E}|\u{1F99C}/u;

function petEmojiAfter(doc: PostDocument, end: number): boolean {
  return PET_EMOJI.test(doc.text.slice(end, end + 40));
}

function judge(doc: PostDocument, c: Cues, n: Candidate): { messageId: string; details: string } | null {
  const sentence = doc.sentenceAt(n.start);
  if (!sentence) return null;
  const index = tokenIndex(sentence, n.start);
  if (index < 0) return null;
  let lastIndex = index;
  while (lastIndex + 1 < sentence.tokens.length && sentence.tokens[lastIndex + 1].start < n.end) lastIndex++;
  if (petNear(sentence.tokens, index)) return null;
  if (petEmojiAfter(doc, n.end) && !wordsBefore(sentence, index).some((w) => CHILD_WORDS.has(w) || /^(?:son|daughter|girl|boy)s?$/.test(w))) return null;
  const honorific = n.honorific?.toLowerCase().replace(/\.$/, '') ?? null;
  if (honorific && PUBLIC_TITLES.has(honorific)) return null;

  const before = wordsBefore(sentence, index);
  const after = wordsAfter(sentence, lastIndex);
  const inRole = before.some((w) => ADULT_ROLES.has(w)) || after.some((w) => ADULT_ROLES.has(w));
  const relative = before.some((w) => ADULT_RELATIVES.has(w)) || after.some((w) => ADULT_RELATIVES.has(w));
  const age = ageAt(doc, n.start, n.end) ?? birthdayAge(c, sentence, n.start);
  const childAge = age !== null && age < 18;
  const childWord = before.some((w) => CHILD_WORDS.has(w) || /^(?:son|daughter|girl|boy)s?$/.test(w));

  const [sStart, sEnd] = [sentence.start, sentence.end];
  const school = anyIn(c.schools, sStart, sEnd);
  // "labelled 'Isla-Rose Brennan 2C'": a form code written straight after a full name, as on a child's belongings.
  const klass = anyIn(c.classes, sStart, sEnd) ?? (n.full && CLASS_CODE_AFTER.test(doc.text.slice(n.end, n.end + 6)) ? ([n.end, n.end] as const) : undefined);
  const place = anyIn(c.places, sStart, sEnd);
  // "Adoption day! Welcome home to Maya, aged 2": the status may come just before or after the name.
  const [wStart, wEnd] = sentencesAround(doc, sentence, 1, 1);
  const care = anyIn(c.care, Math.max(wStart, n.start - MAX_WINDOW), Math.min(wEnd, n.end + MAX_WINDOW));

  // A child: never an honorific (teachers are "Mrs Hill"), never an adult in a role unless an age says otherwise.
  if (!honorific && (childAge || (!inRole && !relative))) {
    const isChild = childAge || childWord || school !== undefined || klass !== undefined;
    const details: string[] = [];
    if (n.full) details.push('full name');
    if (childAge) details.push('age');
    if (school) details.push('school');
    if (klass) details.push('class or year group');
    if (place) details.push('where they live or go');
    if (isChild && care && (childAge || childWord || n.full || school || klass)) return { messageId: 'care', details: 'care status' };
    if (isChild && (n.full || childAge || school || klass || place)) return { messageId: 'child', details: details.join(', ') || 'name' };
  }

  // A vulnerable adult: a full name (or Mr/Mrs + surname) with their care or health circumstances nearby.
  if (inRole || childAge) return null;
  if (!(n.full || honorific)) return null;
  const [vStart, vEndRaw] = sentencesAround(doc, sentence, 0, 2);
  const vEnd = Math.min(vEndRaw, n.end + MAX_WINDOW);
  const circumstance = anyIn(c.vulnerable, vStart, vEnd);
  const careHome = anyIn(c.careHomes, sStart, sEnd) && ((age !== null && age >= 65) || /\bresidents?\b/i.test(sentence.text));
  if (circumstance || careHome) return { messageId: 'vulnerable', details: 'care circumstances' };
  return null;
}
