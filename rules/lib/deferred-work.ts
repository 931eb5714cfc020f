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
/** Each returns true when it has nothing left to do; it stops once `deadline` (performance.now()) has passed. */
const finishers: Array<(deadline: number) => boolean> = [];

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

/** A module's way to finish the work it put off: `finish` does pending items until the deadline. */
export function onFinish(finish: (deadline: number) => boolean): void {
  finishers.push(finish);
}

/**
 * Does the work put off so far, for at most `sliceMs` (all of it by default:
 * benchmarks of the steady state). Returns true when nothing is left. The
 * background calls it in short slices so a check that arrives meanwhile
 * waits for one slice at most.
 */
export function finishDeferredWork(sliceMs = Infinity): boolean {
  const deadline = performance.now() + sliceMs;
  let done = true;
  for (const finish of finishers) done = finish(deadline) && done;
  return done;
}

/** Helper for modules: takes items from `pending` until the deadline; true when it is empty. */
export function drain<T>(pending: Set<T>, deadline: number, work: (item: T) => void): boolean {
  for (const item of pending) {
    if (performance.now() > deadline) return false;
    pending.delete(item);
    work(item);
  }
  return true;
}
