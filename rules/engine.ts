// Runs every rule over one analysed post and turns their reports into
// findings: severity from the policy, citation from the policy, spans mapped
// back to the text the editor holds. Pure: no DOM, no browser.*.
import { normalise, PostDocument } from './document';
import { DEFAULT_POLICY, inElectionPeriod, type Policy } from './policy';
import { RULES } from './index';
import type { CheckContext, Edit, Finding, Report, Rule, RuleContext, Severity, Suggestion } from './types';

const SEVERITY_RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, block: 3 };

export function severityAtLeast(severity: Severity, floor: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[floor];
}

/** The severity a category carries for this account kind, raised for politics in an election period. */
export function severityFor(rule: Rule, policy: Policy, account: CheckContext['account'], electionPeriod: boolean): Severity {
  const base = policy.severities[account][rule.meta.category];
  // Publicity Code para 34: during a pre-election period a council account
  // must not publish anything that could be seen as supporting a party or candidate.
  if (rule.meta.category === 'political' && electionPeriod && account === 'council' && base !== 'off') return 'block';
  return base;
}

export function formatMessage(template: string, data: Report['data'] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export interface CheckOptions {
  /** Run only these rules (by id); all when absent. */
  rules?: readonly Rule[];
}

/**
 * Checks one post. Never throws: a rule that fails is skipped so the others
 * still report, and any string (empty, huge, emoji, RTL, lone surrogates) is
 * accepted.
 */
export function check(text: string, context: CheckContext, policy: Policy = DEFAULT_POLICY, options: CheckOptions = {}): Finding[] {
  const input = typeof text === 'string' ? text : String(text ?? '');
  if (!input.trim()) return [];
  let doc: PostDocument;
  try {
    doc = new PostDocument(input);
  } catch {
    return [];
  }
  const now = context.now ?? new Date();
  const electionPeriod = inElectionPeriod(policy, now);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  for (const rule of options.rules ?? RULES) {
    const severity = severityFor(rule, policy, context.account, electionPeriod);
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      account: context.account,
      platform: context.platform,
      now,
      policy,
      inElectionPeriod: electionPeriod,
      report(report) {
        const finding = toFinding(rule, severity, report, doc, policy);
        if (!finding) return;
        const key = `${finding.rule}:${finding.start}:${finding.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(finding);
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (error) {
      // A rule's own bug must not cost the user the other rules' findings.
      if (typeof process !== 'undefined' && process.env?.POSTCHECK_DEBUG) console.error(`rule ${rule.meta.id} failed`, error);
    }
  }

  const allowed = allowListSpans(doc, policy.allowList);
  return findings
    .filter((f) => !allowed.some(([s, e]) => f.start < e && s < f.end))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function toFinding(rule: Rule, severity: Exclude<Severity, 'off'>, report: Report, doc: PostDocument, policy: Policy): Finding | null {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message ${report.messageId}`);
  if (!(report.end >= report.start)) return null;
  const [start, end] = doc.originalSpan(report.start, report.end);
  const match = doc.original.slice(start, end);
  return {
    rule: rule.meta.id,
    messageId: report.messageId,
    category: rule.meta.category,
    severity,
    start,
    end,
    match,
    message: formatMessage(template, { match, ...report.data }),
    policy: policy.citations[rule.meta.category] ?? rule.meta.policy,
    suggestions: (report.suggest ?? []).map((s) => mapSuggestion(s, doc)),
  };
}

function mapSuggestion(suggestion: Suggestion, doc: PostDocument): Suggestion {
  const edit: Edit =
    suggestion.edit.kind === 'replace'
      ? (() => {
          const [start, end] = doc.originalSpan(suggestion.edit.start, suggestion.edit.end);
          return { kind: 'replace', start, end, text: suggestion.edit.text };
        })()
      : { kind: 'insert', at: doc.originalSpan(suggestion.edit.at, suggestion.edit.at)[0], text: suggestion.edit.text };
  return { label: suggestion.label, edit };
}

function allowListSpans(doc: PostDocument, phrases: string[]): Array<[number, number]> {
  if (!phrases.length) return [];
  // Match in the normalised text, so an allowed phrase still counts when it is
  // written with a curly apostrophe or has a zero-width character inside.
  const lower = doc.text.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const phrase of phrases) {
    const needle = normalise(phrase).text.toLowerCase();
    if (!needle) continue;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      spans.push(doc.originalSpan(i, i + needle.length));
    }
  }
  return spans;
}

/** Applies an edit to a text: what the UI does through the editor, and what tests check. */
export function applyEdit(text: string, edit: Edit): string {
  if (edit.kind === 'insert') return text.slice(0, edit.at) + edit.text + text.slice(edit.at);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
