// Placeholder until the rule is written (see the rule-engine issue).
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'personal-data',
    category: 'personal-data',
    description: 'TODO',
    policy: { clause: 'TODO', source: 'TODO' },
    messages: {},
  },
  check() {},
});
