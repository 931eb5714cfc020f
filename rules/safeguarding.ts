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
import { safeguardingVerdicts } from './lib/safeguarding-verdicts';

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
    for (const v of safeguardingVerdicts(doc)) {
      ctx.report({ messageId: v.messageId, start: v.start, end: v.end, data: { details: v.details } });
    }
  },
});
