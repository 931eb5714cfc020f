// Work that only makes later checks faster (analysing the rules' ~350
// patterns: lib/factor-alternations.ts, lib/prefilter.ts) takes tens of
// milliseconds in all, which the first check after start-up should not wait
// for. So it is spread out: at most BUDGET_MS of every WINDOW_MS goes on it;
// a pattern met while the budget is spent runs unanalysed (the same matches,
// found more slowly) until its turn, and the extension's background finishes
// the rest in the first pause in typing (finishDeferredWork).
const BUDGET_MS = 4;
const WINDOW_MS = 100;
let windowStart = -Infinity;
let spent = 0;
const finishers: Array<() => void> = [];

/** Runs `work` if this window's budget allows and returns its result; undefined when it must wait. */
export function withinBudget<T>(work: () => T): T | undefined {
  const now = performance.now();
  if (now - windowStart > WINDOW_MS) {
    windowStart = now;
    spent = 0;
  }
  if (spent >= BUDGET_MS) return undefined;
  try {
    return work();
  } finally {
    spent += performance.now() - now;
  }
}

/** A module's way to finish the work it put off. */
export function onFinish(finish: () => void): void {
  finishers.push(finish);
}

/** Does all the work put off so far: for idle time, and for benchmarks of the steady state. */
export function finishDeferredWork(): void {
  for (const finish of finishers) finish();
}
