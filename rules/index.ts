// The registry: every rule the engine runs. A meta test checks that each
// file in rules/ that defines a rule is listed here and has its tests.
import type { Rule } from './types';
import political from './political';
import personalData from './personal-data';
import defamation from './defamation';
import disclaimer from './disclaimer';
import abuse from './abuse';
import commercial from './commercial';
import confidential from './confidential';
import safeguarding from './safeguarding';

export const RULES: readonly Rule[] = [political, personalData, defamation, disclaimer, abuse, commercial, confidential, safeguarding];
