// A personal post that talks about the employer or the poster's work must
// say the views are the poster's own, so no one mistakes it for the
// council speaking. Council accounts speak for the council by definition, so
// the rule runs on personal accounts only.
//
// "Talks about the employer": names it (from the policy: its names, the
// short name with a service or in a work sentence, its handles and domain),
// says "the council", or talks about the poster's job ("my manager", "at
// work", "the restructure", "our adult social care team", "the session I
// run at the library"). A post that only mentions a town, a hobby or a
// family matter is not about work and is left alone.
import { defineRule } from './types';
import { hasDisclaimer, workMentions } from './lib/disclaimer-matchers';
import { flagged } from './confidential';
import { safeguardingVerdicts } from './lib/safeguarding-verdicts';
import { careSpans } from './lib/safeguarding-cues';
import type { PostDocument, Token } from './document';

const X_LIMIT = 280;
const SHORT_DISCLAIMER = 'Views my own.';

// "Placed baby Chidera with her adopters today": only the social worker places a named child, so the post is about
// the poster's casework. "Ruby was placed with us" is a foster carer's own family news.
const PLACING = new Set(['placed', 'placing']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got', 'get', 'be']);

function placingWork(doc: PostDocument): Array<[number, number]> {
  for (const v of safeguardingVerdicts(doc)) {
    if (v.messageId !== 'care') continue;
    const sentence = doc.sentenceAt(v.start);
    if (!sentence) continue;
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length && tokens[i].start < v.start; i++) {
      if (PLACING.has(tokens[i].normal) && !PASSIVE.has(tokens[i - 1]?.normal ?? '')) return [[tokens[i].start, v.end]];
    }
  }
  return [];
}

// "Took Harper to meet her new foster carers", "Court this morning for a care order on a three-year-old": a child's
// carers, placement or court order talked of by someone who is neither the child's family nor the carer is casework.
// A relative's post ("my niece's new foster carers") is family news, not work.
const THIRD_PARTY = new Set(['his', 'her', 'their']);
const CASE_STEPS = new Set([
  'care order', 'interim care order', 'emergency protection order', 'placement order', 'supervision order', 'child protection conference',
  'child protection plan', 'core group meeting', 'emergency placement', 'police protection', 'removed into care', 'taken into care',
  'placed for adoption', 'looked after review', 'placement broke down', 'placement breakdown',
]);
const INDEFINITE_CHILD = new Set(['baby', 'newborn', 'toddler', 'boy', 'girl', 'lad', 'lass', 'child', 'teenager', 'teen', 'youngster', 'sibling', 'siblings', 'infant']);
const FAMILY = new Set(['son', 'daughter', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandchild', 'grandkids', 'grandchildren', 'brother', 'sister', 'cousin', 'kids', 'children', 'baby', 'family', 'neighbour', 'neighbours', 'friend', 'mate']);
const SPACES = /\s+/g;
const MOVING = new Set(['took', 'take', 'taking', 'drove', 'moved', 'brought', 'introduced', 'settled', 'dropped']);

function indefiniteChild(tokens: Token[], s: number, e: number): boolean {
  for (let k = 0; k < tokens.length - 1; k++) {
    // "a child protection plan": the care phrase's own words are no child.
    if ((tokens[k].normal !== 'a' && tokens[k].normal !== 'an') || (tokens[k + 1].start >= s && tokens[k + 1].start < e)) continue;
    let j = k + 1;
    if (tokens[j].tags.has('Adjective') && j + 1 < tokens.length) j++;
    if (INDEFINITE_CHILD.has(tokens[j].normal)) return true;
    // "a three-year-old", "a 3 year old": compromise splits the hyphenated age into its words.
    if (tokens[j].tags.has('Value') && tokens[j + 1]?.normal === 'year' && tokens[j + 2]?.normal === 'old') return true;
  }
  return false;
}

function casework(doc: PostDocument): Array<[number, number]> {
  const care = careSpans(doc);
  if (!care.length) return [];
  for (const sentence of doc.sentences) {
    const t = sentence.tokens;
    for (let k = 0; k + 1 < t.length; k++) if ((t[k].normal === 'my' || t[k].normal === 'our') && FAMILY.has(t[k + 1].normal.replace(/['’]s$/, ''))) return [];
  }
  for (const [s, e] of care) {
    const sentence = doc.sentenceAt(s);
    if (!sentence) continue;
    const tokens = sentence.tokens;
    const i = tokens.findIndex((t) => t.end > s);
    if (i < 0) continue;
    const phrase = doc.text.slice(s, e).toLowerCase().replace(SPACES, ' ');
    const p1 = tokens[i - 1]?.normal ?? '';
    const p2 = tokens[i - 2]?.normal ?? '';
    const theirs = THIRD_PARTY.has(p1) || (p1 === 'new' && THIRD_PARTY.has(p2)) || THIRD_PARTY.has(phrase.split(' ')[0]);
    // Only the one who moves the child takes them to their carers ("visiting Tyler at his new children's home" may be family).
    const moved = theirs && tokens.slice(0, i).some((t) => MOVING.has(t.normal));
    if ((moved && safeguardingVerdicts(doc).some((v) => v.messageId === 'care')) || (CASE_STEPS.has(phrase) && indefiniteChild(tokens, s, e))) return [[s, e]];
  }
  return [];
}

export default defineRule({
  meta: {
    id: 'disclaimer',
    category: 'disclaimer',
    description: 'Flags a personal post about the employer or work that does not say the views are the poster’s own.',
    policy: {
      clause:
        'Add a disclaimer to your blog or social media profile to make it clear that your personal accounts and views are personal, e.g. "these views are my own and do not necessarily represent the views of North Lincolnshire Council". Make sure you avoid any misunderstanding about whether you are speaking as a representative of the council or in a personal capacity.',
      source: 'North Lincolnshire 2012, 3.2 Personal use of social media',
    },
    messages: {
      missing:
        'This personal post talks about your employer or your work ("{{match}}") but does not say the views are your own. Add a personal-views disclaimer.',
    },
  },
  check(doc, ctx) {
    if (ctx.account !== 'personal') return;
    const text = doc.text;
    let mentions = workMentions(doc, ctx.policy);
    if (!mentions.length) {
      // Work news passed on off the record or before it is announced is about the poster's job, even in no work words.
      const secret = flagged(doc, ctx.policy, 'personal');
      if (secret) mentions = secret.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
    }
    if (!mentions.length) mentions = placingWork(doc);
    if (!mentions.length) mentions = casework(doc);
    if (!mentions.length || hasDisclaimer(doc, ctx.policy)) return;
    const [start, end] = mentions[0];
    const at = text.length;
    const trailing = text.slice(text.trimEnd().length);
    const breaks = trailing.split('\n').length - 1;
    const separator = breaks >= 2 ? '' : breaks === 1 ? '\n' : '\n\n';
    const full = separator + ctx.policy.disclaimer.text;
    const suggest = [{ label: 'Add disclaimer', edit: { kind: 'insert' as const, at, text: full } }];
    // On X the policy's full wording may not fit; offer the short form accepted by the rule.
    if (ctx.platform === 'x' && text.length + full.length > X_LIMIT) {
      suggest.push({ label: 'Add short disclaimer', edit: { kind: 'insert', at, text: (/\s$/.test(text) ? '' : ' ') + SHORT_DISCLAIMER } });
    }
    ctx.report({ messageId: 'missing', start, end, suggest });
  },
});
