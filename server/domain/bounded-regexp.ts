import { AsyncLocalStorage } from 'node:async_hooks';
import vm from 'node:vm';

/**
 * Custom-field patterns are written by managers and tested against values anyone can send (the visitor endpoints
 * need no login), so one badly backtracking pattern (`^([a-zA-Z0-9]+\s?)+$` against `'a' × 30 + '!'`) would hold the
 * only thread for seconds. Every test runs in a `vm` context under a timeout, which V8 enforces inside the regexp
 * engine, and every request gets one budget for all its tests, so no request waits longer than REQUEST_BUDGET_MS
 * behind patterns, whatever the pattern and the value.
 */
export const EVALUATION_TIMEOUT_MS = 20;
export const REQUEST_BUDGET_MS = 50;

const budgets = new AsyncLocalStorage<{ remainingMs: number }>();

/** Runs `action` (one request) with its own pattern budget. */
export function withPatternBudget<T>(action: () => T): T {
  return budgets.run({ remainingMs: REQUEST_BUDGET_MS }, action);
}

const context = vm.createContext({ pattern: null as RegExp | null, value: '' });
const script = new vm.Script('pattern.test(value)');
const compiled = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    // An invalid pattern throws the native SyntaxError, which Rocket.Chat reports as it is.
    regExp = new RegExp(pattern);
    if (compiled.size >= 200) compiled.clear();
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/**
 * `new RegExp(pattern).test(value)`, or `'timeout'` when the answer did not come within the time left: the
 * evaluation timeout, capped by what is left of the request's budget (a spent budget answers at once).
 */
export function boundedRegExpTest(pattern: string, value: string): boolean | 'timeout' {
  const regExp = compile(pattern);
  const budget = budgets.getStore();
  const timeout = Math.min(EVALUATION_TIMEOUT_MS, budget?.remainingMs ?? EVALUATION_TIMEOUT_MS);
  if (timeout < 1) return 'timeout';
  const started = performance.now();
  try {
    regExp.lastIndex = 0;
    context.pattern = regExp;
    context.value = value;
    return script.runInContext(context, { timeout: Math.ceil(timeout) }) === true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout';
    throw error;
  } finally {
    context.pattern = null;
    context.value = '';
    if (budget) budget.remainingMs -= performance.now() - started;
  }
}
