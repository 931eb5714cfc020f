// The submit guard. Listens at window in the capture phase, so it sees the
// post button's click and Ctrl/Cmd+Enter (Enter alone in Facebook comments)
// before the site does. It decides from the latest check synchronously; only
// when the text changed since that check does it hold the event and wait for
// a fresh result (never longer than CHECK_TIMEOUT_MS). After "Post anyway"
// the original submit is replayed exactly once. Any failure of ours lets the
// post go out: Postcheck must never be the reason a post is lost.
import { h } from 'preact';
import { GUARD_CSS } from '../../components/SubmitGuard';
import { SubmitGuard } from '../../components/SubmitGuard';
import type { Finding } from '../../rules/types';
import type { Composer } from './composer';
import { createShadowHost, type ShadowHost } from './ui';

const CHECK_TIMEOUT_MS = 1500;

/** Events we dispatched to replay a submit: they pass the guard untouched. */
const replayed = new WeakSet<Event>();

/** What a submit event concerns: one composer, or several that share a post button (Studio's Save). */
type Trigger = { composers: Composer[]; composer: Composer; event: MouseEvent | KeyboardEvent; target: EventTarget };

type Verdict = ReturnType<Composer['verdict']>;

function combined(composers: Composer[]): Verdict {
  const verdicts = composers.map((c) => c.verdict());
  if (verdicts.some((v) => v.kind === 'stale')) return { kind: 'stale' };
  const holds = verdicts.filter((v) => v.kind === 'hold');
  if (!holds.length) return { kind: 'clean' };
  return { kind: 'hold', findings: holds.flatMap((v) => v.findings), allowOverride: holds.every((v) => v.allowOverride) };
}

export function installGuard(composers: () => Iterable<Composer>, signal: AbortSignal): void {
  let dialog: ShadowHost | null = null;
  let busy = false;

  const find = (event: Event): Trigger | null => {
    const target = event.composedPath()[0] ?? event.target;
    if (!(target instanceof Node)) return null;
    if (event.type === 'click') {
      const hit = [...composers()].filter((c) => c.submitControl()?.contains(target));
      return hit.length ? { composers: hit, composer: hit[0], event: event as MouseEvent, target } : null;
    }
    const key = event as KeyboardEvent;
    if ((key.key !== 'Enter' && key.key !== ' ') || key.isComposing) return null;
    for (const composer of composers()) {
      if (composer.editor.contains(target)) {
        if (key.key !== 'Enter') return null;
        if (key.ctrlKey || key.metaKey || (!key.shiftKey && !key.altKey && composer.enterSubmits())) {
          return { composers: [composer], composer, event: key, target };
        }
        return null;
      }
    }
    // A native <button> turns Enter/Space into a click, which is guarded; only
    // div role=button controls (Facebook) act on the keydown itself.
    if (key.ctrlKey || key.metaKey || key.altKey || (target as Element).closest?.('button')) return null;
    // Enter or Space on a focused post button (Facebook's is a div role=button that acts on keydown).
    const hit = [...composers()].filter((c) => c.submitControl()?.contains(target));
    return hit.length ? { composers: hit, composer: hit[0], event: key, target } : null;
  };

  const replay = (trigger: Trigger) => {
    const { event, composer } = trigger;
    let target = trigger.target as Node;
    if (!target.isConnected) target = event.type === 'click' ? (composer.submitControl() ?? target) : composer.editor;
    let copy: Event;
    if (event instanceof KeyboardEvent) {
      composer.editor.focus({ preventScroll: true });
      copy = new KeyboardEvent(event.type, {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        repeat: false,
        location: event.location,
        // Legacy members: Draft.js (through React) reads keyCode/which. They must be
        // in the init dictionary: the page cannot see properties defined in our isolated world.
        keyCode: event.keyCode,
        which: event.which,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit);
    } else {
      copy = new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        detail: 1,
        clientX: event.clientX,
        clientY: event.clientY,
        button: 0,
      });
    }
    replayed.add(copy);
    target.dispatchEvent(copy);
  };

  const close = () => {
    dialog?.remove();
    dialog = null;
  };

  const show = (trigger: Trigger, findings: Finding[], allowOverride: boolean) => {
    close();
    const ui = createShadowHost('postcheck-guard', GUARD_CSS);
    dialog = ui;
    let answered = false;
    ui.render(
      h(SubmitGuard, {
        findings,
        allowOverride,
        theme: trigger.composer.theme(),
        onEdit: () => {
          if (answered) return;
          answered = true;
          close();
          trigger.composer.editor.focus({ preventScroll: true });
        },
        onPostAnyway: () => {
          if (answered) return;
          answered = true;
          close();
          replay(trigger);
        },
      }),
    );
  };

  const decide = async (trigger: Trigger) => {
    busy = true;
    try {
      await Promise.all(trigger.composers.map((c) => c.checkNow(CHECK_TIMEOUT_MS)));
      const verdict = combined(trigger.composers);
      if (verdict.kind === 'hold') show(trigger, verdict.findings, verdict.allowOverride);
      // Clean, or still no answer from the background: the post goes out.
      else replay(trigger);
    } catch {
      replay(trigger);
    } finally {
      busy = false;
    }
  };

  const onEvent = (event: Event) => {
    if (replayed.has(event)) return;
    if (dialog) {
      // While the dialog is open, the page gets no second submit behind it.
      const path = event.composedPath();
      if (!path.includes(dialog.host) && (event.type === 'click' || (event as KeyboardEvent).key === 'Enter')) {
        if (find(event)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      }
      return;
    }
    let trigger: Trigger | null = null;
    try {
      trigger = find(event);
      if (!trigger) return;
      if (busy) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const verdict = combined(trigger.composers);
      if (verdict.kind === 'clean') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (verdict.kind === 'hold') show(trigger, verdict.findings, verdict.allowOverride);
      else void decide(trigger);
    } catch {
      // Our bug must not eat the post: if we already stopped the event, send it on.
      if (trigger && event.defaultPrevented) replay(trigger);
    }
  };

  window.addEventListener('click', onEvent, { capture: true, signal });
  window.addEventListener('keydown', onEvent, { capture: true, signal });
  signal.addEventListener('abort', close);
}
