// The engine's vocabulary. Pure data types: no DOM, no browser.*, so the same
// engine runs in a content script, a service worker and Node.
import type { Policy } from './policy';
import type { PostDocument } from './document';

export const CATEGORIES = [
  'political',
  'personal-data',
  'defamation',
  'disclaimer',
  'abuse',
  'commercial',
  'confidential',
  'safeguarding',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['off', 'info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type AccountKind = 'council' | 'personal';
export type Platform = 'x' | 'facebook' | 'youtube';

/** Where a finding comes from in the organisation's own policy. */
export interface Citation {
  /** The words of the policy, quoted or closely paraphrased. */
  clause: string;
  /** Which policy and which section, e.g. "Warwickshire 2009, 6.3 Terms of Use". */
  source: string;
}

/**
 * A change to the post, as data so it can cross message boundaries and be
 * tested. Offsets are UTF-16 code units into the text that was checked.
 */
export type Edit =
  | { kind: 'replace'; start: number; end: number; text: string }
  | { kind: 'insert'; at: number; text: string };

export interface Suggestion {
  /** Names the button: "Remove", "Add disclaimer", "Redact". */
  label: string;
  edit: Edit;
}

export interface Finding {
  rule: string;
  /** Which of the rule's messages this is (stable for tests and translations). */
  messageId: string;
  category: Category;
  severity: Exclude<Severity, 'off'>;
  /** UTF-16 offsets into the checked text, on character boundaries. */
  start: number;
  end: number;
  match: string;
  message: string;
  policy: Citation;
  suggestions: Suggestion[];
}

export interface CheckContext {
  account: AccountKind;
  platform?: Platform;
  /** The day the post would go out; election periods are judged against it. */
  now?: Date;
}

/** What a rule sends to `report`. Offsets are into `doc.text` (the normalised text). */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  suggest?: Suggestion[];
}

export interface RuleContext extends Required<Pick<CheckContext, 'account'>> {
  platform?: Platform;
  now: Date;
  policy: Policy;
  /** True when `now` falls in one of the policy's election periods. */
  inElectionPeriod: boolean;
  report(report: Report): void;
}

export interface RuleMeta {
  /** Kebab-case, equal to the file name. */
  id: string;
  category: Category;
  description: string;
  /** The clause this rule enforces when the policy gives no citation of its own. */
  policy: Citation;
  /** Full sentences that say what to do; `{{name}}` placeholders take report data. */
  messages: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: PostDocument, ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
