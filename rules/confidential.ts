// Placeholder until the rule is written (see the rule-engine issue).
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'confidential',
    category: 'confidential',
    description: 'TODO',
    policy: { clause: 'TODO', source: 'TODO' },
    messages: {},
  },
  check() {},
});
