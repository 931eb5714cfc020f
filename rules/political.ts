// Placeholder until the rule is written (see the rule-engine issue).
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'political',
    category: 'political',
    description: 'TODO',
    policy: { clause: 'TODO', source: 'TODO' },
    messages: {},
  },
  check() {},
});
