// One compose box: reads its text as the user types, asks the background to
// check it (debounced, so typing never waits), shows highlights and the
// findings panel, and answers the submit guard synchronously from the latest result.
import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { AccountKind, Finding, Suggestion } from '../../rules/types';
import type { CheckRequest, CheckResponse, SetAccountRequest } from '../../utils/messages';
import { FindingsPanel, PANEL_CSS } from '../../components/FindingsPanel';
import { Highlights, MARK_CSS, type Mark } from '../../components/Highlights';
import { atLeast } from '../../components/labels';
import { separatorFor, type Adapter } from './adapters/types';
import { rangeFor, readModel, type TextModel } from './text';
import { createShadowHost, pageTheme, type ShadowHost } from './ui';
import { writeEdit } from './write';

/** Quiet time after a keystroke before checking: short, because the check itself runs off the page. */
const DEBOUNCE_MS = 25;
const PANEL_WIDTH = 320;
const PROVISIONAL_RECHECK_MS = 500;

export interface Result {
  text: string;
  response: CheckResponse;
}

export type Verdict = { kind: 'clean' } | { kind: 'hold'; findings: Finding[]; allowOverride: boolean } | { kind: 'stale' };

export class Composer {
  result: Result | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private dirty = false;
  private observer: MutationObserver;
  private ui: ShadowHost | null = null;
  private highlights: Highlights | null = null;
  private notice: string | undefined;
  private disposed = false;
  private waiters: Array<() => void> = [];
  private rafPending = false;
  private readonly onViewportChange = () => this.schedulePosition();

  constructor(
    readonly editor: HTMLElement,
    readonly adapter: Adapter,
    private readonly onChange: () => void,
  ) {
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    editor.addEventListener('input', this.scheduleListener);
    editor.addEventListener('focus', this.refocus);
    editor.addEventListener('blur', this.refocus);
    window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
    if (this.read().text.trim()) this.schedule(0);
  }

  private readonly scheduleListener = () => this.schedule();
  private readonly refocus = () => setTimeout(() => this.result && this.render(), 0);

  read(): TextModel {
    return readModel(this.editor, separatorFor(this.adapter.kind));
  }

  submitControl(): HTMLElement | null {
    try {
      return this.adapter.findSubmit(this.editor);
    } catch {
      return null;
    }
  }

  enterSubmits(): boolean {
    const e = this.adapter.enterSubmits;
    return typeof e === 'function' ? e(this.editor) : !!e;
  }

  /** Broken markup: neither a post button nor Enter can submit, so the guard cannot see the post go out. */
  problem(): string | null {
    if (this.adapter.submitOptional || this.enterSubmits()) return null;
    return this.submitControl() ? null : `the ${this.adapter.surface} button was not found`;
  }

  schedule(delay = DEBOUNCE_MS) {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    const text = this.read().text;
    if (this.result && this.result.text === text && !this.result.response.provisional) {
      this.render();
      return this.release();
    }
    this.inFlight = true;
    try {
      const request: CheckRequest = {
        type: 'check',
        text,
        site: this.adapter.site,
        handle: this.adapter.handle?.(),
      };
      const response = (await browser.runtime.sendMessage(request)) as CheckResponse | undefined;
      if (response && Array.isArray(response.findings)) this.result = { text, response };
    } catch {
      // The background is restarting or the extension was updated: keep the last result; the guard never blocks on us.
    } finally {
      this.inFlight = false;
    }
    if (this.disposed) return;
    if (this.dirty) {
      this.dirty = false;
      return this.run();
    }
    this.render();
    this.release();
    // Managed policy was not readable yet: check again once it is.
    if (this.result?.response.provisional) this.schedule(PROVISIONAL_RECHECK_MS);
  }

  private release() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** The policy or the account kind changed: the last result no longer holds. */
  recheck() {
    this.result = null;
    this.schedule(0);
  }

  /** Checks the current text now, resolving when a result for it is in or after `timeoutMs`. */
  async checkNow(timeoutMs: number): Promise<void> {
    clearTimeout(this.timer);
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    void this.run();
    await Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** What the submit guard decides, from the latest result, synchronously. */
  verdict(): Verdict {
    const text = this.read().text;
    if (!this.result || this.result.text !== text) return text.trim() ? { kind: 'stale' } : { kind: 'clean' };
    const { response } = this.result;
    if (response.enforcement === 'advise') return { kind: 'clean' };
    const findings = response.findings.filter((f) => atLeast(f.severity, 'warn'));
    if (!findings.length) return { kind: 'clean' };
    const allowOverride = !(response.enforcement === 'block' && findings.some((f) => f.severity === 'block'));
    return { kind: 'hold', findings, allowOverride };
  }

  theme(): 'light' | 'dark' {
    return pageTheme(this.editor);
  }

  private async applySuggestion(suggestion: Suggestion) {
    if (!this.result) return;
    const ok = await writeEdit(this.editor, this.adapter.kind, suggestion.edit, this.result.text).catch(() => false);
    this.notice = ok ? undefined : `“${suggestion.label}” could not be applied here; edit the post yourself.`;
    if (!ok) this.render();
    this.schedule(0);
  }

  private render() {
    if (this.disposed) return;
    const result = this.result;
    const model = this.read();
    const current = result && result.text === model.text ? result : null;
    const findings = current?.response.findings ?? [];
    this.paintHighlights(model, findings);
    // Shown while the box holds text, also when clean (then only while the box has
    // focus): it says the post is being checked, and as which account kind (switchable there).
    const focused = this.editor.contains(document.activeElement) || !!this.ui?.host.contains(document.activeElement);
    if (!result || (!result.text.trim() && !this.notice) || (!result.response.findings.length && !this.notice && !focused)) {
      if (this.ui) this.ui.host.hidden = true;
      this.onChange();
      return;
    }
    const ui = (this.ui ??= this.createUi());
    ui.host.hidden = false;
    const { response } = result;
    ui.render(
      h(FindingsPanel, {
        findings: result.response.findings,
        account: response.account,
        accountSwitching: response.accountSwitching,
        onAccountChange: (account: AccountKind) => {
          // Remembered per site by the background (the popup shows the same choice); then check again.
          browser.runtime
            .sendMessage({ type: 'set-account', site: this.adapter.site, account } satisfies SetAccountRequest)
            .catch(() => {})
            .finally(() => this.recheck());
        },
        onSuggestion: (_f: Finding, s: Suggestion) => void this.applySuggestion(s),
        theme: this.theme(),
        notice: this.notice,
        collapsible: true,
      }),
    );
    this.position();
    this.onChange();
  }

  private paintHighlights(model: TextModel, findings: Finding[]) {
    if (!this.highlights) {
      if (!findings.length) return;
      this.ui ??= this.createUi();
      this.highlights = new Highlights(document, this.ui.root.querySelector<HTMLElement>('.pc-marks'));
    }
    const marks: Mark[] = [];
    for (const f of findings) {
      const range = rangeFor(model, f.start, f.end);
      if (range) marks.push({ range, severity: f.severity });
    }
    this.highlights.set(marks);
  }

  private createUi(): ShadowHost {
    const ui = createShadowHost('postcheck-panel', PANEL_CSS + MARK_CSS);
    ui.host.style.cssText = 'position:fixed;z-index:2147483646;top:0;left:0;';
    const marks = document.createElement('div');
    marks.className = 'pc-marks';
    ui.root.append(marks);
    ui.host.hidden = true;
    return ui;
  }

  private schedulePosition() {
    if (this.rafPending || (!this.ui && !this.highlights)) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      this.position();
      this.highlights?.reposition();
    });
  }

  /** Beside the composer where there is room (never over its toolbar and post button), otherwise above it. */
  private position() {
    const ui = this.ui;
    if (!ui || ui.host.hidden) return;
    const rect = this.editor.getBoundingClientRect();
    const style = ui.host.style;
    const gap = 12;
    if (window.innerWidth - rect.right >= PANEL_WIDTH + gap) {
      style.left = `${rect.right + gap}px`;
      style.top = `${Math.max(8, rect.top)}px`;
    } else if (rect.left >= PANEL_WIDTH + gap) {
      style.left = `${rect.left - PANEL_WIDTH - gap}px`;
      style.top = `${Math.max(8, rect.top)}px`;
    } else {
      const height = ui.host.getBoundingClientRect().height;
      style.left = `${Math.max(8, rect.left)}px`;
      style.top = `${Math.max(8, rect.top - height - gap)}px`;
    }
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.scheduleListener);
    this.editor.removeEventListener('focus', this.refocus);
    this.editor.removeEventListener('blur', this.refocus);
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    this.highlights?.dispose();
    this.ui?.remove();
    this.release();
  }
}
