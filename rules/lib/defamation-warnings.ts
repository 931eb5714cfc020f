// A warning that names who to avoid and says what they did: "DO NOT use Nexus Roofing. The lad they sent was a
// proper creep with my 15yo", "Word of warning, the owner of the chippy on Fenwick Road ... short changed my lad
// TWICE and then swore blind he'd given the right change".
//
// Writers tell these in words no allegation lexicon lists, but the shape is the same every time: a warn-off frame,
// an identifiable target straight after it, and an account of wrongdoing somewhere in the post (money taken, work
// never finished, calls ignored, lying, letting themselves in, a creep with a child, "seen it with my own eyes").
// Each part guards against a false alarm:
// - "Beware of doorstep scammers claiming to be from the council" warns against no one the readers can identify;
// - "Please avoid the A6135 junction", "avoid the area" name a place, not a business or person;
// - "Avoid Greggs at lunchtime, the queue is mad" gives no wrongdoing.
import type { PostDocument } from '../document';
import type { Mention, Targets } from './defamation-targets';
import { HEDGE_RE } from './defamation-lexicon';
import { anySentence, scan, type Match } from './scan';
import targetData from '../data/defamation-targets.json';

// A warn-off frame whose object is the target: "avoid X", "do not use X", "wouldn't book X", "be careful with X".
const WARN_OFF =
  /\b(?:avoid|steer\s{1,3}(?:well\s{1,3})?clear\s{1,3}of|stay\s{1,3}(?:well\s{1,3})?(?:away|clear)\s{1,3}(?:from|of)|keep\s{1,3}away\s{1,3}from|(?:do\s{1,3}not|don['’]?t|never)\s{1,3}(?:use|book|go\s{1,3}(?:to|near)|rent\s{1,3}(?:from|off)|buy\s{1,3}(?:from|off)|deal\s{1,3}with|trust|eat\s{1,3}at)|wouldn['’]?t\s{1,3}(?:use|book|recommend|touch|trust|go\s{1,3}(?:to|near)|eat\s{1,3}at|buy\s{1,3}(?:from|off)|rent\s{1,3}(?:from|off)|deal\s{1,3}with)|(?:do\s{1,3}not|don['’]?t|never)\s{1,3}(?:take|send|give)\s{1,3}(?:your|ur|the|a|any)\s{1,3}(?:[\w-]{2,12}\s{1,3})?(?:to|in\s{1,3}to)|be\s{1,3}careful\s{1,3}(?:with|of)|beware\s{1,3}of|beware(?=\s{1,3}\p{Lu}))\b/giu;
// A warning addressed to readers, with the target later in the sentence: "Warning to anyone thinking of renting from
// Colin Draycott", "Word of warning, the owner of the chippy ...".
const WARNING_TO_READERS = /\b(?:warning\s{1,3}to\s{1,3}(?:anyone|anybody|everyone|everybody|all|people|residents|parents)|word\s{1,3}(?:of\s{1,3}warning|to\s{1,3}the\s{1,3}wise)|psa|(?:a\s{1,3})?heads\s{1,3}up\s{1,3}to\s{1,3}(?:anyone|everyone|all))\b/giu;
// Words that may stand between the frame and the target: "avoid the Ship", "never use that Gary Pattison".
const LEAD_IN = /^[\s,:–—-]*(?:(?:the|that|this|those|any|anyone\s{1,3}(?:from|at|called)|a\s{1,3}(?:firm|company|builder|man|bloke)\s{1,3}called)\s{1,3})?$/iu;

// An account of wrongdoing: money taken or kept, work paid for and never done, the victim ignored, dishonesty, a
// creep with a child, breaking rules meant to protect people, or the writer vouching for it as fact.
const WRONGDOING = new RegExp(
  [
    String.raw`\b(?:took|taken|takes|taking|had|charged|charging|billed|pocketed|kept|keeps|keeping)\s{1,3}(?:[\w'’-]{1,15}\s{1,3}){0,4}?(?:£\s?\d|cash\b|money\b|deposits?\b)`,
    String.raw`£\s?[\d,.]{1,9}k?\s{1,3}(?:up\s?front|upfront|cash|deposit)`,
    String.raw`\bdeposits?\s{1,3}(?:goodbye|back|gone|never)`,
    String.raw`\bshort[- ]?chang(?:ed|ing|es)\b`,
    String.raw`\bovercharg(?:ed|ing|es)\b`,
    String.raw`\bnever\s{1,3}(?:finished|completed|came\s{1,3}back|returned|paid|refunded|fixed\s{1,3}it)\b`,
    String.raw`\b(?:won['’]?t|doesn['’]?t|wont|never)\s{1,3}(?:answer|return|pick\s{1,3}up)\s{1,3}(?:(?:his|her|their|the|my|our)\s{1,3})?(?:phone|calls|messages|texts|emails)\b`,
    String.raw`\bignor(?:ing|ed|es)\s{1,3}(?:my|our|her|his|all|every)\s{1,3}(?:[\w-]{1,12}\s{1,3})?(?:calls|messages|texts|emails|complaints)\b`,
    String.raw`\b(?:did|done)\s{1,3}one\b`,
    String.raw`\b(?:lied|lying|swore\s{1,3}blind|swears\s{1,3}blind)\b`,
    String.raw`\bwithout\s{1,3}(?:any\s{1,3})?(?:notice|permission|consent|a\s{1,3}licen[cs]e|insurance)\b`,
    String.raw`\blet\s{1,3}(?:him|her|them)sel(?:f|ves)\s{1,3}in(?:to)?\b`,
    String.raw`\b(?:creep|creepy|perv|pervert|groped|grooming|inappropriate)\b`,
    String.raw`\b(?:unlicen[cs]ed|illegal(?:ly)?|no\s{1,3}licen[cs]e|lapsed\s{1,3}(?:badge|licen[cs]e)|not\s{1,3}(?:a\s{1,3})?licen[cs]ed)\b`,
    String.raw`\bnever\s{1,3}(?:even\s{1,3})?(?:fitted|did|done|delivered|supplied|replaced)\b`,
    String.raw`\bseen\s{1,3}it\s{1,3}with\s{1,3}(?:my|me|our)\s{1,3}own\s{1,3}eyes\b`,
    String.raw`\bi\s{1,3}know\s{1,3}for\s{1,3}a\s{1,3}fact\b`,
    String.raw`\bevery(?:one|body)\s{1,3}(?:[\w-]{1,12}\s{1,3}){0,4}?knows\b`,
    // A label said anywhere in the post: "Rip off merchants.", "Total cowboys".
    String.raw`\b(?:rip(?:-|\s{1,3})?off|scam(?:mers?)?|cowboys?|crooks?|crooked|thie(?:f|ves|ving|vin)|con(?:-|\s{1,3})?(?:men|man|artists?)|fraud(?:sters?|s)?|liars?|swindl\w{1,4})\b`,
  ].join('|'),
  'giu',
);

export interface Warning {
  start: number;
  end: number;
  target: Mention;
}

// "AVOID MARLOWE & SONS ROOFING LIKE THE PLAGUE": in a shouted post every word is in capitals, so a firm's name is found
// by the trade word that ends it, straight after the warning.
// (Only trade words: "THE TOWN CENTRE", "THE LEISURE CENTRE", "THE HIGHWAYS" are places and services.)
const NOT_SHOUTED_TRADES = new Set(['centre', 'club', 'home', 'care', 'council', 'housing', 'garden', 'gardens', 'farm', 'lodge', 'lodges', 'waste', 'tree', 'primary', 'academy', 'college', 'practice', 'surgery', 'highways', 'grounds', 'services', 'security', 'leisure', 'plant', 'bar', 'transport', 'travel', 'express', 'palace', 'dragon', 'united', 'athletic', 'rovers', 'hotel', 'inn', 'arms', 'nursery', 'clinic', 'gym', 'fitness', 'studio', 'studios', 'recovery', 'holidays', 'camping', 'employment', 'recycling', 'windows', 'maintenance', 'agency', 'hire', 'building']);
const SHOUTED_FIRM = new RegExp(
  `^[\\s,:–—-]{1,3}(?!(?:THE|A|AN|ANY|SOME|ALL|NEW|OLD|LOCAL|THOSE|THESE|THEM|MY|YOUR|OUR|THEIR|HIS|HER)\\s)(?:[A-Z&][A-Z&'’.-]{0,20}\\s{1,3}){1,3}?(?:${targetData.businessSuffixes.filter((w) => !NOT_SHOUTED_TRADES.has(w.toLowerCase())).map((w) => w.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const NEXT_WORD = /^\s{1,3}([A-Z]{2,20})(?![\p{L}\p{N}])/u;
const SHOUTED_TRADES = new Set(targetData.businessSuffixes.map((w) => w.toUpperCase()));
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;

/** Written in capitals: at least four in five of the letters (and a dozen letters at least). */
function shouted(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters >= 12 && (text.match(UPPER)?.length ?? 0) >= 0.8 * letters;
}

function shoutedFirmAfter(doc: PostDocument, end: number): Mention | undefined {
  const m = SHOUTED_FIRM.exec(doc.text.slice(end, end + 80));
  if (!m) return undefined;
  const start = end + m[0].search(/\S/);
  let stop = end + m[0].length;
  // "MARLOWE & SONS ROOFING": take in the trade words that follow the first.
  for (let next = NEXT_WORD.exec(doc.text.slice(stop)); next && SHOUTED_TRADES.has(next[1]); next = NEXT_WORD.exec(doc.text.slice(stop))) {
    stop += next[0].length;
  }
  return { start, end: stop, kind: 'target', text: doc.text.slice(start, stop), sentence: doc.sentenceIndexAt(start) };
}

function firstTargetAfter(targets: Targets, from: number, until: number): Mention | undefined {
  return targets.mentions.find((m) => m.kind === 'target' && m.start >= from && m.start < until);
}

/** A question ("Should I avoid X?") or a hedged warning ("I think they might be ...") asks or suspects; it does not allege. */
function asserted(doc: PostDocument, at: number): boolean {
  const sentence = doc.sentenceAt(at);
  if (!sentence) return false;
  const q = sentence.text.lastIndexOf('?');
  if (q >= 0 && !/[\p{L}\p{N}]/u.test(sentence.text.slice(q + 1))) return false;
  return !HEDGE_RE.test(sentence.text);
}

/** Cheap test first: does the post warn anyone off at all? */
export function mayWarn(doc: PostDocument): boolean {
  return anySentence(doc, WARN_OFF) || anySentence(doc, WARNING_TO_READERS);
}

/** The first warn-off frame aimed at an identified target in a post that also tells of wrongdoing. */
export function findWarning(doc: PostDocument, targets: Targets): Warning | null {
  // Scanned sentence by sentence through the document's caches, so a re-check after an edit only scans the edited one.
  const wrongs = scan(doc, WRONGDOING);
  if (!wrongs.length) return null;
  for (const m of scan(doc, WARN_OFF)) {
    const end = m.index + m[0].length;
    let target = firstTargetAfter(targets, end, end + 40);
    if (target && !LEAD_IN.test(doc.text.slice(end, target.start))) target = undefined;
    if (!target && shouted(doc.sentenceAt(m.index)?.text ?? '')) target = shoutedFirmAfter(doc, end);
    if (!target) continue;
    if (!wrongdoingBeyond(doc, wrongs, m.index, target.end) || !asserted(doc, m.index)) continue;
    return { start: m.index, end: target.end, target };
  }
  for (const m of scan(doc, WARNING_TO_READERS)) {
    const sentence = doc.sentenceAt(m.index);
    if (!sentence) continue;
    // "Word to the wise. Paid Kev Lumb £600 cash ...": a warning that is a sentence of its own is about the next one.
    const alone = !/\p{L}/u.test(doc.text.slice(m.index + m[0].length, sentence.end));
    const next = alone ? doc.sentences[doc.sentences.indexOf(sentence) + 1] : undefined;
    const target = firstTargetAfter(targets, m.index + m[0].length, (next ?? sentence).end);
    if (!target || !wrongdoingBeyond(doc, wrongs, m.index, target.end) || !asserted(doc, m.index)) continue;
    return { start: m.index, end: target.end, target };
  }
  return null;
}

/**
 * The account of wrongdoing, told as fact (not asked, not hedged: "allegedly they kept the deposit"), outside the
 * warning itself ("Avoid Honest Dave's Deposits" only names a firm).
 */
function wrongdoingBeyond(doc: PostDocument, wrongs: Match[], start: number, end: number): boolean {
  return wrongs.some((w) => (w.index + w[0].length <= start || w.index >= end) && asserted(doc, w.index));
}
