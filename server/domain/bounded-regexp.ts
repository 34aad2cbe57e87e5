import { AsyncLocalStorage } from 'node:async_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Custom-field patterns are written by managers and tested against values anyone can send (the visitor endpoints
 * need no login), so one badly backtracking pattern (`^([a-zA-Z0-9]+\s?)+$` against `'a' × 30 + '!'`) would hold the
 * only thread for seconds. Two bounds:
 * - V8's linear-time engine (the `l` flag) runs every pattern it can (no backreferences, lookaround or large
 *   counted repetitions): the same language as the backtracking engine, in time proportional to pattern × value,
 *   so the answer is exact and does not depend on how loaded the machine is.
 * - Any other pattern, or a very long pattern × value, runs in a `vm` context under a timeout, which V8 enforces
 *   inside the regexp engine; every request has one budget for all such tests, so no request waits longer than
 *   REQUEST_BUDGET_MS behind patterns, whatever the pattern and the value.
 */
v8.setFlagsFromString('--enable-experimental-regexp-engine');

export const EVALUATION_TIMEOUT_MS = 20;
export const REQUEST_BUDGET_MS = 50;
/** pattern length × value length up to which a linear-time test runs directly (about 10 ms at worst). */
const LINEAR_DIRECT_LIMIT = 100_000;

const budgets = new AsyncLocalStorage<{ remainingMs: number }>();

/** Runs `action` (one request) with its own pattern budget. */
export function withPatternBudget<T>(action: () => T): T {
  return budgets.run({ remainingMs: REQUEST_BUDGET_MS }, action);
}

/** An empty context: the test's source text carries the pattern and the value, so nothing is shared between runs. */
const context = vm.createContext({});

/** V8's flag for its linear-time engine (unknown to linters, which check standard flags only). */
const LINEAR = 'l';

interface Compiled {
  backtracking: RegExp;
  linear: RegExp | undefined;
}
const compiled = new Map<string, Compiled>();

function compile(pattern: string): Compiled {
  let entry = compiled.get(pattern);
  if (!entry) {
    // An invalid pattern throws the native SyntaxError, which Rocket.Chat reports as it is.
    const backtracking = new RegExp(pattern);
    let linear: RegExp | undefined;
    try {
      linear = new RegExp(pattern, LINEAR);
    } catch {
      linear = undefined; // "Cannot be executed in linear time"
    }
    entry = { backtracking, linear };
    if (compiled.size >= 200) compiled.clear();
    compiled.set(pattern, entry);
  }
  return entry;
}

/**
 * `new RegExp(pattern).test(value)`, or `'timeout'` when a test that needed the time bound did not answer within
 * the time left: the evaluation timeout, capped by what is left of the request's budget.
 */
export function boundedRegExpTest(pattern: string, value: string): boolean | 'timeout' {
  const { backtracking, linear } = compile(pattern);
  if (linear && pattern.length * value.length <= LINEAR_DIRECT_LIMIT) return linear.test(value);
  // A second try while the budget lasts: the bound is wall-clock time, and a loaded machine may have paused this
  // thread through a test that needed microseconds.
  const answer = testWithTimeout(linear ?? backtracking, value);
  return answer === 'timeout' ? testWithTimeout(linear ?? backtracking, value) : answer;
}

function testWithTimeout(regExp: RegExp, value: string): boolean | 'timeout' {
  const budget = budgets.getStore();
  const timeout = Math.min(EVALUATION_TIMEOUT_MS, budget?.remainingMs ?? EVALUATION_TIMEOUT_MS);
  if (timeout < 1) return 'timeout';
  const started = performance.now();
  const source = `new RegExp(${JSON.stringify(regExp.source)}, ${JSON.stringify(regExp.flags)}).test(${JSON.stringify(value)})`;
  try {
    return vm.runInContext(source, context, { timeout: Math.ceil(timeout) }) === true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout';
    throw error;
  } finally {
    if (budget) budget.remainingMs -= performance.now() - started;
  }
}
