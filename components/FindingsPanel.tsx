// The compact findings list shown beside a compose box (and in the popup's
// scratchpad). Pure Preact: no browser.*, everything arrives as props.
import { useState } from 'preact/hooks';
import type { AccountKind, Finding, Suggestion } from '../rules/types';
import { ACCOUNT_LABEL, CATEGORY_LABEL, SEVERITY_LABEL } from './labels';

export interface FindingsPanelProps {
  findings: Finding[];
  /** Called when the user clicks a suggestion button; the caller writes it into the post. */
  onSuggestion?: (finding: Finding, suggestion: Suggestion) => void;
  /** The account kind the post is checked as. */
  account?: AccountKind;
  /** Offer a switch between council and personal account (policy.accountSwitching). */
  accountSwitching?: boolean;
  onAccountChange?: (account: AccountKind) => void;
  /** 'light' | 'dark'; the system preference when absent. */
  theme?: 'light' | 'dark';
  /** A line under the list, e.g. "The fix could not be applied". */
  notice?: string;
  /** Starts collapsed to a one-line summary (the list opens on click). */
  collapsible?: boolean;
  title?: string;
}

export function summary(findings: Finding[]): string {
  if (!findings.length) return 'No problems found';
  return findings.length === 1 ? '1 thing to review' : `${findings.length} things to review`;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, onSuggestion, account, accountSwitching, onAccountChange, theme, notice, collapsible, title = 'Postcheck' } = props;
  const [open, setOpen] = useState(true);
  const listId = 'pc-findings-list';
  return (
    <section class="pc-root pc-panel" data-theme={theme} aria-label={`${title}: ${summary(findings)}`}>
      <header class="pc-panel-head">
        <strong>{title}</strong>
        <span class="pc-count" aria-live="polite">
          {summary(findings)}
        </span>
        {collapsible && (
          <button type="button" class="pc-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? 'Hide' : 'Show'}
          </button>
        )}
      </header>
      {account && (
        <div class="pc-account">
          {accountSwitching && onAccountChange ? (
            <label>
              Checking as{' '}
              <select value={account} onChange={(e) => onAccountChange((e.currentTarget as HTMLSelectElement).value as AccountKind)}>
                <option value="council">{ACCOUNT_LABEL.council}</option>
                <option value="personal">{ACCOUNT_LABEL.personal}</option>
              </select>
            </label>
          ) : (
            <span>Checking as {ACCOUNT_LABEL[account].toLowerCase()}</span>
          )}
        </div>
      )}
      {open && findings.length > 0 && (
        <ul class="pc-findings" id={listId}>
          {findings.map((finding, index) => (
            <li
              key={`${finding.rule}:${finding.start}:${finding.end}:${index}`}
              class="pc-finding"
              data-rule={finding.rule}
              data-category={finding.category}
              data-severity={finding.severity}
              aria-label={`${SEVERITY_LABEL[finding.severity]}, ${CATEGORY_LABEL[finding.category]}: ${finding.message}`}
            >
              <div class="pc-finding-head">
                <span class="pc-cat">{CATEGORY_LABEL[finding.category]}</span>
                <span class="pc-sev">{SEVERITY_LABEL[finding.severity]}</span>
              </div>
              <p class="pc-message">{finding.message}</p>
              <p class="pc-clause">
                <span class="pc-visually-hidden">Policy: </span>“{finding.policy.clause}” <span class="pc-source">({finding.policy.source})</span>
              </p>
              {onSuggestion && finding.suggestions.length > 0 && (
                <div class="pc-actions">
                  {finding.suggestions.map((suggestion) => (
                    <button type="button" onClick={() => onSuggestion(finding, suggestion)} title={suggestionTitle(finding, suggestion)}>
                      {suggestion.label}
                    </button>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p class="pc-notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}

function suggestionTitle(finding: Finding, suggestion: Suggestion): string {
  const edit = suggestion.edit;
  if (edit.kind === 'insert') return `${suggestion.label}: adds “${edit.text.trim()}”`;
  return edit.text ? `${suggestion.label}: replaces “${finding.match}” with “${edit.text}”` : `${suggestion.label}: deletes “${finding.match}”`;
}

export const PANEL_CSS = `
.pc-panel { background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-border); border-radius: 10px;
  box-shadow: var(--pc-shadow); padding: 8px 10px; width: 320px; max-height: min(60vh, 480px); overflow: auto; box-sizing: border-box; }
.pc-panel-head { display: flex; gap: 8px; align-items: center; }
.pc-count { color: var(--pc-muted); flex: 1; }
.pc-account { margin: 4px 0; color: var(--pc-muted); }
.pc-account select { font: inherit; color: var(--pc-fg); background: var(--pc-bg); border: 1px solid var(--pc-border); border-radius: 6px; }
.pc-notice { margin: 6px 0 0; color: var(--pc-block); }
`;
