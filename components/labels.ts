// Plain-English names for the engine's categories and severities (the UI must
// not load the engine, so these live here rather than in rules/).
import type { AccountKind, Category, Severity } from '../rules/types';

export const CATEGORY_LABEL: Record<Category, string> = {
  political: 'Party politics',
  'personal-data': 'Personal data',
  defamation: 'Defamation',
  disclaimer: 'Disclaimer',
  abuse: 'Abusive language',
  commercial: 'Commercial promotion',
  confidential: 'Confidential information',
  safeguarding: 'Safeguarding',
};

export const SEVERITY_LABEL: Record<Exclude<Severity, 'off'>, string> = {
  info: 'Note',
  warn: 'Warning',
  block: 'Not allowed',
};

export const ACCOUNT_LABEL: Record<AccountKind, string> = {
  council: 'Council account',
  personal: 'Personal account',
};

const RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, block: 3 };
export const atLeast = (severity: Severity, floor: Severity) => RANK[severity] >= RANK[floor];
