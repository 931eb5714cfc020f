// Placeholder until the rule is written (see the rule-engine issue).
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'safeguarding',
    category: 'safeguarding',
    description: 'TODO',
    policy: { clause: 'TODO', source: 'TODO' },
    messages: {},
  },
  check() {},
});
