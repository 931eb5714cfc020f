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
function withinBudget<T>(work: () => T): T | undefined {
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

export interface DeferredAnalysis<K extends object, V> {
  /** The analysis of `key`, made now if need be (cached). */
  now(key: K): V;
  /** The analysis of `key` if made, or made within the budget; undefined while it waits its turn. */
  whenReady(key: K): V | undefined;
}

/** An analysis cached per key, made within the budget or in the idle time after (finishDeferredWork). */
export function deferredAnalysis<K extends object, V>(analyse: (key: K) => V): DeferredAnalysis<K, V> {
  const made = new WeakMap<K, V>();
  const waiting = new Set<K>();
  const now = (key: K): V => {
    if (made.has(key)) return made.get(key) as V;
    const value = analyse(key);
    made.set(key, value);
    waiting.delete(key);
    return value;
  };
  finishers.push((deadline) => {
    for (const key of waiting) {
      if (performance.now() > deadline) return false;
      now(key);
    }
    return true;
  });
  return {
    now,
    whenReady(key) {
      if (made.has(key)) return made.get(key);
      const value = withinBudget(() => now(key));
      if (value === undefined && waiting.size < 5000) waiting.add(key);
      return value;
    },
  };
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
