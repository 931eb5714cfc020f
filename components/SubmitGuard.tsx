// The dialog shown when a post with findings at warning or above is about to
// go out: "Edit post" goes back to the draft untouched; "Post anyway" lets the
// original submit go ahead once, and is absent when the policy forbids it.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../rules/types';
import { CATEGORY_LABEL, SEVERITY_LABEL } from './labels';

export interface SubmitGuardProps {
  findings: Finding[];
  /** False when enforcement is block and a finding is at severity block. */
  allowOverride: boolean;
  onEdit: () => void;
  onPostAnyway: () => void;
  theme?: 'light' | 'dark';
}

export function SubmitGuard({ findings, allowOverride, onEdit, onPostAnyway, theme }: SubmitGuardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => editButton.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
      const root = dialog.current?.getRootNode() as ShadowRoot | undefined;
      const index = buttons.indexOf(root?.activeElement as HTMLButtonElement);
      const next = (index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      event.preventDefault();
      buttons[next]?.focus();
    }
    event.stopPropagation();
  };

  const blocked = !allowOverride;
  return (
    <div class="pc-root pc-overlay" data-theme={theme}>
      <div
        ref={dialog}
        class="pc-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pc-guard-title"
        aria-describedby="pc-guard-desc"
        onKeyDown={onKeyDown}
      >
        <h2 id="pc-guard-title">{blocked ? 'This post cannot go out yet' : 'Check this post before it goes out'}</h2>
        <p id="pc-guard-desc">
          {blocked
            ? 'Your organisation’s policy does not allow posting this. Edit the post to fix:'
            : findings.length === 1
              ? 'Postcheck found something your organisation’s policy asks you to review:'
              : `Postcheck found ${findings.length} things your organisation’s policy asks you to review:`}
        </p>
        <ul class="pc-findings">
          {findings.map((f, i) => (
            <li key={i} class="pc-finding" data-rule={f.rule} data-category={f.category} data-severity={f.severity}>
              <div class="pc-finding-head">
                <span class="pc-cat">{CATEGORY_LABEL[f.category]}</span>
                <span class="pc-sev">{SEVERITY_LABEL[f.severity]}</span>
              </div>
              <p class="pc-message">{f.message}</p>
              <p class="pc-clause">
                “{f.policy.clause}” ({f.policy.source})
              </p>
            </li>
          ))}
        </ul>
        <div class="pc-dialog-actions">
          <button type="button" ref={editButton} class="pc-primary" onClick={onEdit}>
            Edit post
          </button>
          {allowOverride && (
            <button type="button" onClick={onPostAnyway}>
              Post anyway
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

export const GUARD_CSS = `
.pc-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; z-index: 2147483647; }
.pc-dialog { background: var(--pc-bg); color: var(--pc-fg); border-radius: 12px; box-shadow: var(--pc-shadow); padding: 16px 18px;
  width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 64px); overflow: auto; box-sizing: border-box; }
.pc-dialog h2 { font-size: 16px; margin: 0 0 6px; }
.pc-dialog p { margin: 0 0 6px; }
.pc-dialog-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 10px; }
`;
