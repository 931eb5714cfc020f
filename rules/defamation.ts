// Defamation cues: an allegation, stated as fact, that could harm the
// reputation of an identifiable person, business or organisation.
//
// Three things must hold at once, and each guards against a false alarm:
// - an allegation from the lexicon (crime, fraud, lying, "cowboy builders");
// - an identifiable target it is about: a name, a business, an @handle, or a
//   description of one person ("the owner of Gullside Garage", "my manager"),
//   reached directly or through a pronoun. "Beware of doorstep scammers" and
//   "the bus was late again" name no one;
// - stated as fact: not hedged ("allegedly", "I think"), not a question, not
//   negated, and not a court-reported case ("was convicted at ... Magistrates'
//   Court"), which is fair reporting.
// Insults without an allegation ("scumbag", "clowns") are the abuse rule's.
import { defineRule } from './types';
import type { PostDocument, Sentence, Token } from './document';
import { findTargets, isCapitalised, isNumberPlate, type Mention, type Targets } from './lib/defamation-targets';
import {
  ACTS,
  CONDITIONAL_RE,
  CONVICTION_RE,
  COURT_RE,
  HEDGE_RE,
  LABELS,
  LABEL_AT,
  LABEL_RE,
  PASSIVE_CONVICTION_RE,
  STEAL_IDIOM,
  type LabelEntry,
} from './lib/defamation-lexicon';
import targetData from './data/defamation-targets.json';
import { anySentence, scan } from './lib/scan';
import { findWarning, mayWarn } from './lib/defamation-warnings';

const HAS_LETTER = /\p{L}/u;
const NON_TARGETS = new Set(targetData.nonTargets);
const FILLERS = new Set(targetData.fillers);
const NEGATION = /^(?:not|never|no|nobody|nothing|neither|nor|cannot|hardly)$|n['’]t$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting']);
const HAVE = new Set(['has', 'have', 'had']);
// "r", "ur", "youre": txt-speak for "are", "you're" ("u lot r scammers", "ur crooks"); "na": Nigerian Pidgin for "is"
// ("Chief Okonkwo na thief").
const COPULA = /^(?:is|are|was|were|been|be|r|na|'s|'re|’s|’re)$/;
const PRONOUN_COPULA = /^(?:(?:he|she|they|who|you)['’](?:s|re)|ur|youre)$/;
// Words that may stand between a subject and the verb that carries the allegation.
const LINKERS = new Set([
  'and', 'n', '&', 'but', 'or', 'then', 'also', 'who', 'which', 'that', 'still', 'even', 'just', 'always', 'now', 'again', 'to', 'will', 'would', 'keeps', 'kept',
  'keep', 'caught', 'started', 'starts', 'continues', 'continued', 'tried', 'tries', 'trying', 'stop', 'quit', 'stopped', 'been', 'openly', 'regularly', 'routinely',
  'repeatedly', 'knowingly', 'ones', 'one', 'deliberately', 'basically', 'actually', 'secretly', 'quietly', 'constantly', 'clearly', 'obviously', 'literally',
]);
// Past forms that can open a sentence whose subject is the target of the one before ("Took my money and vanished.").
const PAST_OPENERS = /^(?:\w+ed|took|stole|kept|sold|did|done|nicked|ripped)$/i;
const SUBJECT_PRONOUN = /^(?:he|she|they)(?:['’](?:s|ve|re|d|ll))?$|^(?:hes|shes|theyve|theyre)$/i;
const PRONOUN_CLAUSE = /^(?:he|she|they)(?:['’](?:s|ve|re|d|ll))?$|^(?:hes|shes|theyve|theyre)$/;
const STOP_ORDER = /^(?:please )?(?:stop|quit)$/;
// What follows a label that opens a sentence to warn people off whoever it names.
const WARN_OFF = /^(?:avoid|steer|stay|keep|never|don['’]?t|do|beware|wouldn['’]?t|would|won['’]?t)$/;
const CLAUSE_BREAK = /[,;:.!?()]/;
const PARTICIPLE_ADJECTIVES = new Set(['convicted', 'known', 'proven', 'lying', 'thieving', 'crooked', 'corrupt', 'serial']);
const MAX_REACH = 150;
const PUNISHED = /^(?:sacked|fired|lifted|suspended|sued|banned|arrested|nicked|caught|done|struck|kicked|jailed|reported|investigated|prosecuted|fined|disciplined|dismissed|sent)$/;
const FOUND_ON_PREMISES = /^(?:rodent|rat|mouse|mice)\s{1,3}droppings|^(?:rats|mice|cockroaches|roaches)\b/i;
const ADDRESSED_TO_WHOEVER = /^\W{0,3}to\s{1,3}(?:the|that|whoever|whichever)\b[^.!?\n]{0,40}?\b(?:who|that|which)\s{1,3}(?:keeps|kept|has\s{1,3}been|thinks?|decided|is|was)?\s{0,3}$|^\W{0,3}(?:to\s{1,3})?whoever\s{1,3}(?:keeps|kept|has\s{1,3}been|is|was)?\s{0,3}$/i;
const WARNING_WORD = /^(?:alert|warning|warn|klaxon)$/;
const IMPERSONATION = /^(?:pretending|pretend|pretends|claiming|claim|claims|posing|poses|purporting|impersonating|impersonate|impersonates)$/;
const QUANTITY = /^(?:bunch|lot|load|pack|set|band|gang|shower|nest|den|pair|couple|one|kind|sort)$/;
const SENTENCE_END = /[.!?\n]\s|\n/;
// A target that describes one person by what they run: "the bloke who runs ...", "whoever owns ...".
const DESCRIBED = /^(?:the|that|this|whoever)\s/i;
const PLACE_WORDS = /^(?:on|in|at|of|from|near|by|the)$/;
const REPORTING = /^(?:says|said|say|thinks|thought|reckons|reckoned|told|tells|claims|claimed|believes|believed|knows|knew|heard|warned|warns|reported)$/;
const ANAPHOR_NOUNS = new Set(targetData.anaphorNouns);
const SHOP_NOUNS = new Set(targetData.shopNouns);
const ROLE_NOUNS = new Set([...targetData.anaphorNouns, ...targetData.jobRoles, 'staff', 'drivers', 'workers', 'team', 'lads', 'crew', 'management']);

interface Allegation {
  start: number;
  end: number;
  kind: 'act' | 'label';
  label?: LabelEntry;
}

function tokensBefore(sentence: Sentence, at: number): Token[] {
  const out: Token[] = [];
  for (const t of sentence.tokens) {
    if (t.end > at) break;
    out.push(t);
  }
  return out;
}

function nearestBefore(targets: Targets, si: number, at: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of targets.bySentence[si]) {
    if (m.end <= at) best = m;
    else break;
  }
  return best;
}

function identified(m: Mention | undefined): Mention | undefined {
  if (!m) return undefined;
  if (m.kind === 'target') return m;
  if (m.kind === 'anaphor') return m.resolved;
  return undefined;
}

function negated(before: Token[]): boolean {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    if (k < before.length - 1 && CLAUSE_BREAK.test(before[k].post)) break;
    if (NEGATION.test(before[k].normal)) return true;
  }
  return false;
}

/** A capitalised subject compromise does not know as a name ("Tidewell are liars"), but not "Politicians are liars". */
function capitalisedSubject(doc: PostDocument, tokens: Token[], copulaIndex: number): Mention | undefined {
  let first = copulaIndex - 1;
  if (first < 0 || !isCapitalised(tokens[first])) return undefined;
  while (first - 1 >= 0 && copulaIndex - first < 4 && isCapitalised(tokens[first - 1]) && !CLAUSE_BREAK.test(tokens[first - 1].post)) first--;
  const head = tokens[copulaIndex - 1];
  const t = head.tags;
  for (const tag of ['Plural', 'Actor', 'Pronoun', 'Determiner', 'Verb', 'Adjective', 'Adverb', 'Conjunction', 'Preposition', 'Expression', 'Value', 'QuestionWord']) {
    if (t.has(tag) && !t.has('ProperNoun') && !t.has('Organization')) return undefined;
  }
  const start = tokens[first].start;
  const end = head.end;
  const text = doc.text.slice(start, end);
  if (NON_TARGETS.has(text.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')) || NON_TARGETS.has(text.toLowerCase())) return undefined;
  if (first === 0 && /^(?:the|this|that|these|those|it|i|we|you|there|here|they|some|many|most|all)$/i.test(tokens[first].text)) return undefined;
  // "texts claiming to be from Royal Mail are a scam": the name is an object, not the subject.
  const lead = tokens.slice(Math.max(0, first - 3), first);
  if (lead.length && (lead[lead.length - 1].tags.has('Preposition') || lead.some((t) => IMPERSONATION.test(t.normal)))) return undefined;
  return { start, end, kind: 'target', text, sentence: -1 };
}

/** The target of "X is a fraudster", "Kittiwake Motors, absolute crooks", "corrupt Cllr Hale" or a bare "Crooks." after a named target. */
function linkLabel(doc: PostDocument, targets: Targets, si: number, a: Allegation): Mention | undefined {
  const sentence = doc.sentences[si];
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.end > a.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < a.end) last++;
  const entry = a.label!;
  if (entry.refersBack) return referredBack(targets, si, a);

  // Attributive: inside a target's span, or right before it.
  if (entry.attributive && !entry.copulaOnly) {
    for (const m of targets.bySentence[si]) {
      if (m.kind === 'target' && m.start <= a.start && a.end <= m.end) return m;
    }
    // "Cowboy builders alert ⚠️ RJ Roofing ...", "Scam warning: Kwik Loans": the label heads a warning about the name after it.
    const warning = tokens[last + 1];
    if (warning && WARNING_WORD.test(warning.normal) && !CLAUSE_BREAK.test(tokens[last].post)) {
      let k = last + 2;
      while (k < tokens.length && !HAS_LETTER.test(tokens[k].text)) k++;
      const m = tokens[k] && targets.bySentence[si].find((x) => x.kind === 'target' && x.start === tokens[k].start);
      if (m) return m;
    }
    if (!CLAUSE_BREAK.test(tokens[last].post)) {
      for (let j = last + 1; j <= last + 2 && j < tokens.length; j++) {
        const m = targets.bySentence[si].find((x) => x.kind === 'target' && x.start === tokens[j].start);
        if (m) return m;
        if (isCapitalised(tokens[j]) || CLAUSE_BREAK.test(tokens[j].post)) break;
      }
    }
  }

  // Predicative: "<subject> is/are (a convicted) <label>".
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const tok = tokens[k];
    if (CLAUSE_BREAK.test(tok.post) && k < first - 1) break;
    if (NEGATION.test(tok.normal)) return undefined;
    if (PRONOUN_COPULA.test(tok.normal)) {
      const m = targets.bySentence[si].find((x) => x.start === tok.start);
      return identified(m);
    }
    if (COPULA.test(tok.normal)) {
      let subject = nearestBefore(targets, si, tok.start);
      if (subject && subject.end <= tok.start && objectOnly(doc, sentence, subject, tok.start)) {
        // "Pete Walsh at the garage is a rip-off merchant": the place after the name is where the subject is.
        const list = targets.bySentence[si];
        subject = list[list.indexOf(subject) - 1];
        if (subject && (subject.kind !== 'target' || objectOnly(doc, sentence, subject, tok.start))) subject = undefined;
      }
      if (subject && subject.end <= tok.start) {
        const gap = doc.tokensIn(subject.end, tok.start).filter((t) => t.start >= subject!.end);
        if (subjectTail(doc, subject, gap)) return identified(subject);
      }
      return capitalisedSubject(doc, tokens, k);
    }
    // "a flat-out liar", "an out-and-out crook": the halves of a hyphenated modifier are no verb or preposition.
    if (tok.post === '-' || (k > 0 && tokens[k - 1].post === '-')) continue;
    // "a straight up racist": "up" here is part of the modifier.
    if (tok.normal === 'up' && k > 0 && tokens[k - 1].normal === 'straight') continue;
    if (k < first - 1 && tok.tags.has('Verb') && !PARTICIPLE_ADJECTIVES.has(tok.normal) && !tok.tags.has('Gerund')) break;
    // "was the victim of a scam": the label sits in a phrase of its own, unless it is "a bunch of crooks".
    if (tok.tags.has('Preposition') && !(tok.normal === 'of' && QUANTITY.test(tokens[k - 1]?.normal ?? ''))) break;
  }
  if (entry.copulaOnly) return undefined;

  // Apposition: "Tom Reilly, a known conman, ...".
  const before = nearestBefore(targets, si, a.start);
  if (before && before.kind !== 'generic' && before.kind !== 'self') {
    const gap = doc.tokensIn(before.end, a.start).filter((t) => t.start >= before.end);
    // "Hartley Roofing in Ashby Wold – absolute cowboys": a place phrase may sit between the name and the dash.
    const core = [...gap];
    while (core.length && FILLERS.has(core[core.length - 1].normal) && !CLAUSE_BREAK.test(core[core.length - 1].post) && !/[–-]/.test(core[core.length - 1].post)) core.pop();
    const placed =
      core.length >= 2 &&
      core.length <= 6 &&
      /^(?:in|at|on|from|of|near)$/.test(core[0].normal) &&
      core.slice(1).every((t) => !t.tags.has('Verb') && !t.tags.has('Pronoun')) &&
      /[,–-]/.test(core[core.length - 1].post);
    const comma = /^\s*[,–-]/.test(doc.text.slice(before.end, a.end));
    const after = tokens[last + 1];
    if (placed && gap.length - core.length <= 2 && (!after || CLAUSE_BREAK.test(tokens[last].post))) return identified(before);
    if (comma && gap.length <= 3 && gap.every((t) => !t.tags.has('Verb') || PARTICIPLE_ADJECTIVES.has(t.normal)) && (!after || CLAUSE_BREAK.test(tokens[last].post) || after.normal === 'and')) {
      return identified(before);
    }
  }

  // "Pete Walsh charged me for brakes I didn't need, total rip-off merchant.": a label closing the sentence as a clause of
  // its own sums up the named subject the sentence opened on.
  const clauseStart = (() => {
    let k = first - 1;
    while (k >= 0 && !CLAUSE_BREAK.test(tokens[k].post)) k--;
    return k;
  })();
  if (clauseStart > 0 && /,|–|-/.test(tokens[clauseStart].post) && CLAUSE_BREAK.test(tokens[last].post || '.') && tokens.slice(last + 1).every((t) => !/\p{L}/u.test(t.text))) {
    const lead = tokens.slice(clauseStart + 1, first);
    const opener = targets.bySentence[si][0];
    const subject = identified(opener);
    if (lead.every((t) => FILLERS.has(t.normal)) && subject && opener.start - sentence.start <= 1 && !objectOnly(doc, sentence, opener, a.start)) return subject;
  }

  // A sentence that is only the label ("Crooks.", "Absolute cowboys!") says it of the target before.
  const rest = tokens.filter((t, i) => (i < first || i > last) && /\p{L}/u.test(t.text));
  if (rest.every((t) => FILLERS.has(t.normal))) return targets.carried[si];
  // "Total cowboys, avoid them at all costs": the label opens the sentence on its own and the rest warns people off.
  const opening = tokens.slice(0, first).every((t) => FILLERS.has(t.normal) || !/\p{L}/u.test(t.text));
  // "Cowboy builders – took a deposit off my mum": or goes on to say what they did, with the subject left out.
  const then = tokens[last + 1];
  // "Total cowboys, he's done the same to three other houses": or goes on about them by a pronoun.
  if (opening && /[,;:–-]/.test(tokens[last].post) && then && (WARN_OFF.test(then.normal) || PRONOUN_CLAUSE.test(then.normal) || (PAST_OPENERS.test(then.normal) && then.tags.has('Verb')))) return targets.carried[si];
  // "Total rip off merchant and im not the only one he's done this to.": or says later in the sentence, by a pronoun
  // that points back at the target, what they did.
  if (opening && then && /^(?:and|n|&)$/.test(then.normal)) {
    const pointer = targets.bySentence[si].find((m) => m.kind === 'anaphor' && m.start > a.end && PRONOUN_CLAUSE.test(m.text.toLowerCase()));
    if (pointer?.resolved && pointer.resolved === targets.carried[si]) return identified(pointer.resolved);
  }
  return undefined;
}

/**
 * "@SparksElec your invoices were padded - that's fraud": the label names what the sentence just said, so it is
 * about the target named earlier in it (or carried from the sentence before). A generic agent in between
 * ("scammers phoned my nan - that's fraud") keeps it a general warning.
 */
function referredBack(targets: Targets, si: number, a: Allegation): Mention | undefined {
  let found: Mention | undefined = targets.carried[si];
  for (const m of targets.bySentence[si]) {
    if (m.end > a.start) break;
    if (m.kind === 'generic') found = undefined;
    else if (m.kind === 'target') found = m;
    else if (m.kind === 'anaphor' && m.resolved) found = m.resolved;
  }
  return found;
}

/** The target that did what an act says: the subject before it, a pronoun that refers back, or the agent after "by". */
function linkAct(doc: PostDocument, targets: Targets, si: number, a: Allegation): Mention | undefined {
  const sentence = doc.sentences[si];
  const before = tokensBefore(sentence, a.start);
  const prev = before[before.length - 1];
  const word = doc.text.slice(a.start, a.end).split(/\s+/)[0].toLowerCase();
  const participle = /(?:ed|en)$/.test(word);

  if (participle && prev && BE.has(prev.normal)) {
    // Passive: the subject is the victim ("my mum was ripped off"); only an agent after "by" is accused.
    const after = doc.tokensIn(a.end, sentence.end);
    const by = after.findIndex((t) => t.normal === 'by');
    if (by < 0 || by > 3) return undefined;
    const agent = targets.bySentence[si].find((m) => m.start === after[by + 1]?.start);
    return identified(agent);
  }
  if (word === 'stolen' && !(prev && (HAVE.has(prev.normal) || /['’](?:s|ve|d)$/.test(prev.normal)))) return undefined;
  // "you got sacked from Tesco for robbing the tills": the one sacked for the act did it.
  if (prev && prev.normal === 'for') {
    const k = before.length - 1;
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      if (CLAUSE_BREAK.test(before[j].post)) break;
      if (!PUNISHED.test(before[j].normal)) continue;
      const who = identified(nearestBefore(targets, si, before[j].start));
      if (who) return who;
      break;
    }
  }

  // "to the tosser who keeps dumping mattresses on Moss Lane ... got your reg, YE68 KRT": a post addressed to whoever did
  // it, who is then identified by their number plate.
  if (ADDRESSED_TO_WHOEVER.test(doc.text.slice(sentence.start, a.start))) {
    const plate = targets.mentions.find((m) => m.kind === 'target' && isNumberPlate(m.text));
    if (plate) return plate;
  }
  // "a certain takeaway on Bury Rd... mouse droppings IN the rice bins": a finding with no verb of its own is about the
  // place the post has just pointed at.
  if (FOUND_ON_PREMISES.test(doc.text.slice(a.start, a.end))) {
    const place = identified(nearestBefore(targets, si, a.start)) ?? targets.carried[si];
    if (place) return place;
  }
  let subject = nearestBefore(targets, si, a.start);
  if (subject && objectOnly(doc, sentence, subject, a.start)) {
    // "Kayden Stewart in S2 at Inverbrae Academy smashed ...": the school is where the named subject is, not who did it.
    const list = targets.bySentence[si];
    const owner = list[list.indexOf(subject) - 1];
    const gap = owner ? doc.tokensIn(owner.end, a.start).filter((t) => t.start >= owner.end && t.end <= a.start) : [];
    subject = owner && owner.kind === 'target' && !objectOnly(doc, sentence, owner, a.start) && subjectTail(doc, owner, gap) ? owner : undefined;
    if (!subject) return undefined;
  }
  if (subject && subject.kind === 'generic') {
    // "Stott Groundworks charge people cash ... and then just dump it in our gateways": "people" is the object of the
    // named subject's verb, not who did the act.
    const list = targets.bySentence[si];
    const owner = list[list.indexOf(subject) - 1];
    const between = owner ? doc.tokensIn(owner.end, subject.start).filter((t) => t.start >= owner.end && t.end <= subject!.start) : [];
    // (compromise may tag the verb after a plural name as a noun: "Groundworks charge".)
    const verb = between[between.length - 1];
    const verbLike = verb && !isCapitalised(verb) && (verb.tags.has('Verb') || (between.length === 1 && verb.tags.has('Noun') && !verb.tags.has('Plural')));
    if (owner && owner.kind === 'target' && between.length >= 1 && between.length <= 2 && verbLike &&
      !between.some((t) => BE.has(t.normal) || HAVE.has(t.normal) || CLAUSE_BREAK.test(t.post) || REPORTING.test(t.normal))) subject = owner;
  }
  if (subject && !possessiveHolds(doc, subject)) return undefined;
  if (subject && subject.kind === 'generic' && ROLE_NOUNS.has(subject.text.toLowerCase())) {
    // "@CalderCars drivers overcharge ...": the staff noun compounded with a name is that business's staff.
    const list = targets.bySentence[si];
    const owner = list[list.indexOf(subject) - 1];
    if (owner && owner.kind === 'target' && /^[ \t]{1,2}$/.test(doc.text.slice(owner.end, subject.start))) subject = owner;
  }
  if (!subject || subject.kind === 'generic') {
    // "the bloke who runs Hartley's Garage on Mill Road fiddles MOTs": compromise reads the verb as a plural noun, so the
    // description ran on over it. The person described is the subject, up to the word before the act.
    const over = targets.bySentence[si].find((m) => m.kind === 'target' && m.start < a.start && m.end > a.start && DESCRIBED.test(m.text));
    if (over && prev && prev.end > over.start) subject = { ...over, end: prev.end, text: doc.text.slice(over.start, prev.end) };
  }
  if (!subject || subject.kind === 'generic') {
    // "Tesco has been ripping people off": a capitalised subject compromise does not know as a name.
    const head = [...before].reverse().find((t) => !HAVE.has(t.normal) && !BE.has(t.normal) && !LINKERS.has(t.normal) && !t.tags.has('Adverb'));
    const idx = head ? sentence.tokens.indexOf(head) : -1;
    let own = idx >= 0 && isCapitalised(head!) ? capitalisedSubject(doc, sentence.tokens, idx + 1) : undefined;
    // "Aled Pryce on the rugby club committee has been fiddling ...": a capitalised name with a place or role phrase after it.
    for (let k = idx - 1; !own && idx >= 0 && k >= 1 && k >= idx - 6; k--) {
      const t = sentence.tokens[k];
      if (CLAUSE_BREAK.test(t.post) || t.tags.has('Verb') || t.tags.has('Pronoun')) break;
      if (/^(?:on|at|from|of|in)$/.test(t.normal) && isCapitalised(sentence.tokens[k - 1])) own = capitalisedSubject(doc, sentence.tokens, k);
    }
    // "Quad nicked out the yard again": a common noun capitalised only because it opens the sentence, with no object
    // after the act, is the thing taken ("Kwikfit stole my wheel nuts" has one).
    if (own && idx === 0 && !head!.tags.has('ProperNoun') && !head!.tags.has('Person') && !head!.tags.has('Organization')) {
      const next = doc.tokensIn(a.end, sentence.end).find((t) => t.start >= a.end);
      if (!next || next.tags.has('Preposition') || next.tags.has('Adverb') || next.tags.has('Date')) own = undefined;
    }
    if (own && (!subject || own.start > subject.end)) subject = own;
  }
  if (prev) {
    const gap = subject ? doc.tokensIn(subject.end, a.start).filter((t) => t.start >= subject!.end && t.end <= a.start) : [];
    const atSubject = subject && ((prev.end >= subject.end && prev.start < subject.end) || subjectTail(doc, subject, gap));
    const ok =
      atSubject ||
      prev.tags.has('Pronoun') ||
      HAVE.has(prev.normal) ||
      /['’](?:s|ve|d|re)$/.test(prev.normal) ||
      (BE.has(prev.normal) && !participle) ||
      LINKERS.has(prev.normal) ||
      prev.tags.has('Adverb') ||
      prev.tags.has('Modal');
    // Anything else ("£20k stolen from", "rubbish lying about") makes the act describe a thing, not say who did it.
    if (!ok) return undefined;
  }
  const leading = before.filter((t) => HAS_LETTER.test(t.text));
  // "@QuickSkips ... Stop lying to residents.": an order to stop doing it, in a post addressed to a handle, says the handle does it.
  if (leading.length && leading.length <= 2 && STOP_ORDER.test(leading.map((t) => t.normal).join(' ')) && (!subject || subject.start >= a.start)) {
    return addressee(targets);
  }
  if (!subject || (leading.length <= 1 && leading.every((t) => FILLERS.has(t.normal) || LINKERS.has(t.normal)) && subject.start >= a.start)) {
    if (leading.length <= 1 && leading.every((t) => FILLERS.has(t.normal) || LINKERS.has(t.normal)) && PAST_OPENERS.test(word)) return targets.carried[si];
    return undefined;
  }
  if (a.start - subject.end > MAX_REACH) return undefined;
  return identified(subject);
}

/** The @handle a post opens on, which the post is addressed to. */
function addressee(targets: Targets): Mention | undefined {
  const first = targets.mentions[0];
  return first && first.kind === 'target' && first.sentence === 0 && first.text.startsWith('@') && first.start <= 1 ? first : undefined;
}

/** Words between a subject and its verb that still leave it the subject: "X from the parish council", "X, who runs the nail bar on Y,". */
function subjectTail(doc: PostDocument, subject: Mention, gap: Token[]): boolean {
  if (!gap.length) return true;
  // "the lead caretaker on Marsh Lane (y'all know who) is ...": an aside in brackets leaves the subject as it was.
  if (/^\s*\([^()]{0,80}\)\s*$/.test(doc.text.slice(subject.end, gap[gap.length - 1].end + gap[gap.length - 1].post.length))) return true;
  // "Rashid there fiddles the MOTs": the person at the place just named.
  if (gap.length === 1 && /^(?:there|here)$/.test(gap[0].normal) && !CLAUSE_BREAK.test(doc.text.slice(subject.end, gap[0].start))) return true;
  // ("their agent Ferris & Dunn fiddled ...": the name of the one just described, "&" and all.)
  if (gap.length <= 6 && gap.every((t) => isCapitalised(t) || PLACE_WORDS.test(t.normal) || t.tags.has('Value') || t.text === '&')) return true;
  const first = gap[0];
  if (/^(?:from|at|of|in|on|near|behind|with)$/.test(first.normal)) {
    // "a certain fish merchant on the quay with the blue van has been ...": the auxiliaries before the act are not the tail.
    let end = gap.length;
    while (end > 1 && (HAVE.has(gap[end - 1].normal) || BE.has(gap[end - 1].normal) || LINKERS.has(gap[end - 1].normal))) end--;
    if (end <= 8) return gap.slice(0, end).every((t) => !t.tags.has('Verb') && !t.tags.has('Pronoun'));
  }
  // "Cllr Rowe and his group flat out lied": the subject and those with them.
  if (gap.length === 3 && /^(?:and|&|n)$/.test(gap[0].normal) && /^(?:his|her|their)$/.test(gap[1].normal) && !gap[2].tags.has('Verb')) return true;
  // "The Ship Inn landlord", "Gullhaven Cars drivers": a role noun compounded with the name.
  if (gap.length <= 2 && gap.every((t) => ROLE_NOUNS.has(t.normal))) return true;
  if (gap.length <= 14 && /^(?:who|which)$/.test(first.normal)) {
    return gap.every((t) => !REPORTING.test(t.normal) && !t.tags.has('Pronoun'));
  }
  // "Ben Astley, treasurer at the football club, has been ...": an apposition naming the subject's role, set off by commas.
  if (gap.length <= 12 && doc.text.slice(subject.end, first.start).includes(',')) {
    const close = gap.findIndex((t) => t.post.includes(','));
    const lead = gap[0].tags.has('Determiner') ? 1 : 0;
    if (close < lead || close > 8 || !ROLE_NOUNS.has(gap[lead].normal)) return false;
    return gap.slice(0, close + 1).every((t) => !t.tags.has('Pronoun') && (t === gap[lead] || !t.tags.has('Verb'))) &&
      gap.slice(close + 1).every((t) => HAVE.has(t.normal) || BE.has(t.normal) || LINKERS.has(t.normal) || t.tags.has('Adverb') || t.tags.has('Modal'));
  }
  return false;
}

/**
 * A name after a preposition or an impersonation verb is not who did it: "fraudsters pretending to be from
 * Fenmouth Council are ripping people off". A relative clause gives it back: "Beware of Sunrise Builders, who ...".
 */
function objectOnly(doc: PostDocument, sentence: Sentence, subject: Mention, at: number): boolean {
  // "... when he's been taking backhanders": a subject pronoun is never the object, whatever word comes before it.
  if (subject.kind === 'anaphor' && SUBJECT_PRONOUN.test(subject.text)) return false;
  const lead = tokensBefore(sentence, subject.start).slice(-3);
  const prev = lead[lead.length - 1];
  const impersonated = lead.some((t) => IMPERSONATION.test(t.normal));
  if (!impersonated && !(prev && prev.tags.has('Preposition') && !/^(?:that|who)$/.test(prev.normal))) return false;
  const gap = doc.tokensIn(subject.end, at).filter((t) => t.start >= subject.end);
  return impersonated || !(gap.length && /^(?:who|which|that)$/.test(gap[0].normal));
}

/** "Dave's rubbish" is not Dave; "Jason Kerr's firm" is. */
function possessiveHolds(doc: PostDocument, subject: Mention): boolean {
  if (subject.kind !== 'target' || !/['’]s?$/.test(subject.text)) return true;
  const next = doc.tokensIn(subject.end, subject.end + 30).find((t) => t.start >= subject.end);
  if (!next || isCapitalised(next) || ANAPHOR_NOUNS.has(next.normal) || SHOP_NOUNS.has(next.normal)) return true;
  const t = next.tags;
  return !(t.has('Noun') && !t.has('Verb') && !t.has('Adjective') && !t.has('Adverb'));
}

const PET_POST =
  /\b(?:answers\s{1,3}to|(?:dog|cat|pup|puppy|kitten|tortoise|parrot|budgie|rabbit|ferret|horse|pony|lab|labrador|collie|spaniel|terrier|whippet|lurcher|greyhound|staffie|husky|tabby)\b|microchipped|on\s{1,3}(?:his|her)\s{1,3}lead|biscuit|treats|(?:lost|missing)\s{1,3}(?:dog|cat|pet))/i;

function actExcluded(doc: PostDocument, a: Allegation): boolean {
  const matched = doc.text.slice(a.start, a.end).toLowerCase();
  const after = doc.text.slice(a.end, a.end + 40).replace(/^\s+/, '');
  if (/^(?:stole|steal|stolen|steals|stealing|nick|nicked|nicking|nicks)$/.test(matched)) return STEAL_IDIOM.test(after);
  // "Cover up warm", "keep covered up": only a past or continuing cover-up of something is an allegation.
  if (/^cover/.test(matched)) return !/^cover(?:ed|ing)/.test(matched) || /^(?:warm|well|with|against|from|in|up|your|our|the\s+(?:plants|pool|cracks|damp))\b/i.test(after);
  if (/^l(?:ying|ied|ies)\s+about$/.test(matched) && /^(?:in|on|around|the\s+(?:house|garden|place|street|road|floor|yard))\b/i.test(after)) return true;
  if (/deposits?$/.test(matched)) return /^(?:safe|protected|in|with)\b/i.test(after);
  // "fiddling with the tachograph settings" is tinkering; fiddling the figures is the allegation.
  if (/^fiddl\w*\s+with\s/.test(matched)) return true;
  // "Our Ronnie's done a runner again, black lab, answers to Ron": a pet that has got out, not a debt dodged.
  if (/runner$/.test(matched)) return PET_POST.test(doc.text);
  return false;
}

// An emoji then a new clause ("... you wouldn't be such a moaning pr*ck about it 🙃 And we've all seen ..."): a clause
// break the sentence splitter runs on over.
const EMOJI_CLAUSE = /\p{Extended_Pictographic}\uFE0F?\s+(?=(?:And|But|So|Also|Plus|We|I|He|She|They|You|It|This|That)\b)/gu;

/** Where the allegation's clause starts: its sentence's start, or after the last emoji-marked clause break before it. */
function clauseStart(text: string, sentence: Sentence, a: Allegation): number {
  let start = sentence.start;
  EMOJI_CLAUSE.lastIndex = 0;
  for (const m of text.slice(sentence.start, a.start).matchAll(EMOJI_CLAUSE)) start = sentence.start + m.index + m[0].length;
  return start;
}

/** "Is Ashdown Roofing a scam?", also with an emoji or a closing bracket after the question mark. */
function isQuestion(text: string): boolean {
  const q = text.lastIndexOf('?');
  return q >= 0 && !/[\p{L}\p{N}]/u.test(text.slice(q + 1));
}

function courtReported(doc: PostDocument): boolean {
  return (anySentence(doc, COURT_RE) && anySentence(doc, CONVICTION_RE)) || anySentence(doc, PASSIVE_CONVICTION_RE);
}


function findAllegations(doc: PostDocument): Allegation[] {
  const text = doc.text;
  const found: Allegation[] = [];
  for (const act of ACTS) {
    for (const m of scan(doc, act.head)) {
      let end = m.index + m[0].length;
      for (const part of act.then) {
        const window = text.slice(end, end + act.within);
        const stop = window.search(SENTENCE_END);
        const hit = part.exec(stop >= 0 ? window.slice(0, stop) : window);
        if (!hit) {
          end = -1;
          break;
        }
        end += hit.index + hit[0].length;
      }
      if (end > 0) found.push({ start: m.index, end, kind: 'act' });
    }
  }
  for (const m of scan(doc, LABEL_RE)) {
    // Both patterns list the labels in one order, so in the same sentence they take the same alternative at the same place.
    const sentence = doc.sentenceAt(m.index);
    if (!sentence) continue;
    LABEL_AT.lastIndex = m.index - sentence.start;
    const which = LABEL_AT.exec(sentence.text);
    const group = which ? which.slice(1).findIndex((g) => g !== undefined) : -1;
    if (group === -1) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'label', label: LABELS[group] });
  }
  return found.sort((x, y) => x.start - y.start || y.end - x.end);
}

export default defineRule({
  meta: {
    id: 'defamation',
    category: 'defamation',
    description: 'Flags allegations of crime, fraud, dishonesty or abuse, stated as fact, about an identifiable person, business or organisation.',
    policy: {
      clause: 'You should not make statements about other people or companies that could harm their reputation.',
      source: 'North Lincolnshire 2012, 2.0 Policy: Be legal',
    },
    messages: {
      allegation:
        '"{{match}}" states as fact an allegation about {{target}} that could harm their reputation. Stick to facts you can prove, such as a court result, or leave the name out.',
      insinuation:
        '"{{match}}" hints at wrongdoing by {{target}}. An insinuation can be defamatory too: stick to facts you can prove, or leave it out.',
      standalone:
        '"{{match}}" says this about {{target}}, named just before, as if it were fact. Stick to facts you can prove, or remove it.',
      warning:
        '"{{match}}" warns people off {{target}} and the post tells, as fact, what they did. Naming them makes it an allegation: stick to facts you can prove, or report it to Trading Standards or the police instead.',
    },
  },
  check(doc, ctx) {
    const allegations = findAllegations(doc);
    const hinted = anySentence(doc, INSINUATION) || anySentence(doc, CHILD_DANGER);
    const warns = mayWarn(doc);
    if (!allegations.length && !hinted && !warns) return;
    if (courtReported(doc)) return;
    const targets = findTargets(doc, ctx.policy);
    let reachedTo = -1;
    let reported = false;
    for (const a of allegations) {
      if (a.start < reachedTo) continue;
      const si = doc.sentenceIndexAt(a.start);
      if (si < 0) continue;
      const sentence = doc.sentences[si];
      if (isQuestion(sentence.text)) continue;
      // "... if you put your bin out 🙃 And we've all seen your van dumping mattresses": not conditional.
      const from = clauseStart(doc.text, sentence, a);
      if (HEDGE_RE.test(doc.text.slice(from, sentence.end))) continue;
      if (CONDITIONAL_RE.test(doc.text.slice(from, a.start))) continue;
      const before = tokensBefore(sentence, a.start);
      if (negated(before)) continue;
      if (a.kind === 'act' && actExcluded(doc, a)) continue;
      const target = a.kind === 'act' ? linkAct(doc, targets, si, a) : linkLabel(doc, targets, si, a);
      if (!target) continue;
      reachedTo = a.end;
      const sameSentence = target.start >= sentence.start && target.end <= sentence.end;
      if (!sameSentence && a.kind === 'label' && standaloneSentence(sentence, a)) {
        ctx.report({
          messageId: 'standalone',
          start: a.start,
          end: a.end,
          data: { target: target.text },
          suggest: [{ label: 'Remove', edit: removeSentence(doc, si) }],
        });
        reported = true;
        continue;
      }
      ctx.report({ messageId: 'allegation', start: a.start, end: a.end, data: { target: target.text } });
      reported = true;
    }
    if (reported) return;
    // No allegation from the lexicon reached a target, but the post may warn people off someone and tell what they did
    // in its own words.
    const warning = warns ? findWarning(doc, targets) : null;
    if (warning) {
      ctx.report({ messageId: 'warning', start: warning.start, end: warning.end, data: { target: warning.target.text } });
      return;
    }
    if (!hinted) return;
    const hint = insinuation(doc, targets);
    if (hint) ctx.report({ messageId: 'insinuation', start: hint.start, end: hint.end, data: { target: hint.target } });
  },
});

// Insinuated corruption: "funny how the parish clerk's brother-in-law got the roof job again ... draw your own
// conclusions". No word of the lexicon is said, but the post points at someone, names a favour only an insider could
// hand out, and tells the reader what to make of it. All three are needed: "funny how the rain always comes on bin
// day" names no one and no favour.
const INSINUATION =
  /\b(?:funny\s{1,3}how|draw\s{1,3}your\s{1,3}own\s{1,3}conclusions?|makes\s{1,3}you\s{1,3}wonder|(?<=\b(?:no|not\s{1,3}a)\s{1,3})coincidence|join\s{1,3}the\s{1,3}dots|connect\s{1,3}the\s{1,3}dots|(?<=\byou\s{1,3})do\s{1,3}the\s{1,3}maths?|nudge\s{1,3}nudge|(?<=\bsay\s{1,3})no\s{1,3}more|smells\s{1,3}fishy|funny\s{1,3}that|looking\s{1,3}after\s{1,3}(?:their|his|her)\s{1,3}own|jobs\s{1,3}for\s{1,3}the\s{1,3}boys|brown\s{0,3}envelopes?|palms?\s{1,3}(?:got|gets|getting|been|was|were|being)\s{1,3}greased|make\s{1,3}of\s{1,3}(?:that|it|this)\s{1,3}what\s{1,3}you\s{1,3}(?:will|like|want)|think\s{1,3}on(?=\s{0,3}(?:[.!]|$))|put\s{1,3}it\s{1,3}that\s{1,3}way|(?<=\bI['’]ll\s{1,3})say\s{1,3}no\s{1,3}more|enough\s{1,3}said|go\s{1,3}figure|read\s{1,3}into\s{1,3}(?:that|it)\s{1,3}what\s{1,3}you\s{1,3}(?:will|like|want)|stitch(?:-|\s{1,3})?up)\b/gi;
const FAVOUR =
  /\b(?:contracts?|tenders?|tendering|planning|permission|approval|approved|sailed\s{1,3}(?:through|past)|waved\s{1,3}through|nodded\s{1,3}through|roof\s{1,3}job|the\s{1,3}job|grants?|renewals?|found\s{1,3}£[\d,.]{1,9}k?\s{1,3}for|(?:wave|waves|waved|waving|nod|nods|nodded|nodding)\s{1,3}(?:(?:his|her|their|its|the)\s{1,3}[a-z]{2,20}\s{1,3})?through|without\s{1,3}(?:it\s{1,3})?(?:ever\s{1,3})?going\s{1,3}(?:out\s{1,3})?to\s{1,3}tender|licen[cs]e|extension|keys\s{1,3}to|(?:seems?|seem|always)\s{1,3}to\s{1,3}know|before\s{1,3}the\s{1,3}rest\s{1,3}of\s{1,3}us|plots|to\s{1,3}developers|(?:\d|five|four)\s{1,3}stars?|hygiene\s{1,3}rating|pitch|allocation|tenancy|council\s{1,3}house|lease|(?:objections?|complaints?|enforcement|refusal)(?:['’]s|\s{1,3}(?:has|have|was|were|just))?\s{1,3}(?:vanished|disappeared|dropped|withdrawn|gone\s{1,3}away|melted\s{1,3}away)|free\s{1,3}(?:bottle\s{1,3}service|drinks|meals|holidays?|tickets|work|building\s{1,3}work)|accounts?\s{1,3}(?:are|were|is|was|came\s{1,3}up|come\s{1,3}up)\s{1,3}\W?(?:a\s{1,3})?(?:wee\s{1,3}|little\s{1,3}|bit\s{1,3})*(?:bit\s{1,3})?short|(?:money|cash|funds|takings|subs)\s{1,3}(?:has\s{1,3}|have\s{1,3})?(?:gone|went|going)\s{1,3}missing)\b/i;
// "the parish clerk's brother-in-law", "the Lib Dem group leader's nephew": someone close to an office-holder.
// ("a certain builder" is a target of its own: lib/defamation-targets.ts.)
const INSIDER_KIN =
  /\b(?:the|a\s{1,3}certain|their|his|her)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:clerk|leader|chair|chairman|chairwoman|mayor|councillor|cllr|chief\s{1,3}exec(?:utive)?|director|manager|head\s{1,3}of\s{1,3}\w{2,20}|officer|inspector|portfolio\s{1,3}holder)['’]s\s{1,3}(?:brother-in-law|sister-in-law|son-in-law|daughter-in-law|father-in-law|son|daughter|wife|husband|nephew|niece|cousin|mate|best\s{1,3}mate|pal|brother|sister|partner|missus|fella|family|firm|company|mates|mum|dad|lad)(?:['’]s)?\b/gi;

// "his brother-in-law's firm got the job": kin of someone the post has just named.
const PRONOUN_KIN =
  /\b(?:his|her|their)\s{1,3}(?:own\s{1,3})?(?:brother-in-law|sister-in-law|son-in-law|daughter-in-law|father-in-law|son|daughter|wife|husband|nephew|niece|cousin|best\s{1,3}mate|brother|sister|partner|missus|fella|mates?)\b/i;

// "Funny how Tesco got their extension through so fast, well done to them": wonder, not a hint.
const PRAISE = /\b(?:well\s{1,3}done|congrats|congratulations|deserved|thanks|thank\s{1,3}you|brilliant|fair\s{1,3}play|good\s{1,3}on)\b/i;

// "I wouldn't leave my children alone with him": a hint of a danger to children, about the person the post points at.
const CHILD_DANGER =
  /(?<=\b(?:I|we)\s{1,3})(?:wouldn['’]?t|would\s{1,3}not|won['’]?t|will\s{1,3}not|would\s{1,3}never|will\s{1,3}never)\s{1,3}(?:leave|let|trust)\s{1,3}(?:my|our|your|any)\s{1,3}(?:kids|children|child|daughters?|sons?|grandkids|grandchildren|little\s{1,3}ones)\s{1,3}(?:(?:alone|anywhere)\s{1,3})?(?:with|near|around)\s{1,3}(?:him|her|them|that\s{1,3}man|that\s{1,3}woman)\b/gi;

function insinuation(doc: PostDocument, targets: Targets): { start: number; end: number; target: string } | null {
  for (const m of scan(doc, CHILD_DANGER)) {
    const pointed = targets.mentions.find((t) => t.start < m.index && (t.kind === 'target' || (t.kind === 'anaphor' && t.resolved)));
    if (pointed) return { start: m.index, end: m.index + m[0].length, target: pointed.kind === 'target' ? pointed.text : pointed.resolved!.text };
  }
  for (const m of scan(doc, INSINUATION)) {
    const si = doc.sentenceIndexAt(m.index);
    if (si < 0) continue;
    // "... the officers recommended REFUSAL and it got overturned behind closed doors. Cllr Rahman's brother-in-law's
    // firm. Brown envelopes all round": the favour and the person it went to may be told in neighbouring sentences.
    const from = Math.max(0, si - 2);
    const to = Math.min(doc.sentences.length - 1, si + 1);
    if (PRAISE.test(doc.sentences[si].text)) continue;
    let favoured = false;
    for (let k = from; k <= to && !favoured; k++) favoured = FAVOUR.test(doc.sentences[k].text) && !PRAISE.test(doc.sentences[k].text);
    if (!favoured) continue;
    for (let k = from; k <= to; k++) {
      const sentence = doc.sentences[k];
      if (PRAISE.test(sentence.text)) continue;
      const named = targets.bySentence[k].find((t) => t.kind === 'target');
      INSIDER_KIN.lastIndex = 0;
      const kin = named ? null : INSIDER_KIN.exec(sentence.text);
      if (named || kin) return { start: m.index, end: m.index + m[0].length, target: named ? named.text : kin![0] };
      // "Cllr Bestwick ... funny how her brother-in-law's firm got the job": the kin of the person named just before.
      const kinAt = PRONOUN_KIN.exec(sentence.text);
      if (kinAt) {
        const at = sentence.start + kinAt.index;
        const earlier = targets.mentions.filter((t) => t.kind === 'target' && t.end <= at && t.sentence >= k - 2).pop();
        if (earlier) return { start: m.index, end: m.index + m[0].length, target: earlier.text };
      }
    }
  }
  return null;
}

function standaloneSentence(sentence: Sentence, a: Allegation): boolean {
  return sentence.tokens.every((t) => (t.start >= a.start && t.end <= a.end) || FILLERS.has(t.normal) || !/\p{L}/u.test(t.text));
}

/** Removes a whole sentence and the space that joined it to its neighbour. */
function removeSentence(doc: PostDocument, si: number) {
  const s = doc.sentences[si];
  let start = s.start;
  let end = s.end;
  const text = doc.text;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  if (end === text.length || text[end] === '\n') {
    end = s.end;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  }
  return { kind: 'replace' as const, start, end, text: '' };
}
