// Placeholder until the rule is written (see the rule-engine issue).
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'disclaimer',
    category: 'disclaimer',
    description: 'TODO',
    policy: { clause: 'TODO', source: 'TODO' },
    messages: {},
  },
  check() {},
});
