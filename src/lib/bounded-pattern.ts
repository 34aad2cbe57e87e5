/**
 * Custom-field patterns (`regexp`) are written by managers and the forms test them on every keystroke. A pattern
 * that backtracks badly (`^([a-zA-Z0-9]+\s?)+$` against `'a' × 30 + '!'`) would freeze the tab for minutes, so
 * every test runs in a Web Worker with a deadline: past it the worker is terminated (and replaced on the next
 * test) and the answer is `'timeout'`, which the forms treat as an invalid value, as the server does.
 */
export type PatternAnswer = 'match' | 'mismatch' | 'invalid' | 'timeout';

/** From the moment the worker receives the test; a sane pattern answers in well under a millisecond. */
export const PATTERN_DEADLINE_MS = 200;

let worker: Promise<Worker> | undefined;
let queue: Promise<unknown> = Promise.resolve();
/** Answers by pattern and value: each keystroke re-validates every field, and a timeout is not paid twice. */
const answers = new Map<string, Promise<PatternAnswer>>();

/** Tests `value` against `pattern` as `new RegExp(pattern).test(value)` does, without ever blocking the page. */
export function testPattern(pattern: string, value: string): Promise<PatternAnswer> {
  const key = `${pattern}\u0000${value}`;
  let answer = answers.get(key);
  if (!answer) {
    // One test at a time, so the deadline measures this test and not the ones queued before it.
    answer = queue.then(() => evaluate(pattern, value));
    queue = answer;
    answers.set(key, answer);
    if (answers.size > 200) answers.delete(answers.keys().next().value!);
  }
  return answer;
}

function startWorker(): Promise<Worker> {
  const created = new Worker(new URL('./bounded-pattern-worker.ts', import.meta.url), { type: 'module' });
  // The deadline starts once the worker runs, so loading its script never counts as a slow pattern.
  return new Promise((resolve, reject) => {
    created.onmessage = () => resolve(created);
    created.onerror = reject;
  });
}

async function evaluate(pattern: string, value: string): Promise<PatternAnswer> {
  // Test environments without workers (jsdom) test inline; every browser the app supports has workers.
  if (typeof Worker === 'undefined') return inline(pattern, value);
  let current: Worker;
  try {
    worker ??= startWorker();
    current = await worker;
  } catch {
    worker = undefined;
    return 'invalid'; // No thread to test on (a blocked script): the server, which tests too, decides.
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      current.terminate();
      worker = undefined;
      resolve('timeout');
    }, PATTERN_DEADLINE_MS);
    current.onmessage = (event: MessageEvent<PatternAnswer>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    current.postMessage({ pattern, value });
  });
}

function inline(pattern: string, value: string): PatternAnswer {
  try {
    return new RegExp(pattern).test(value) ? 'match' : 'mismatch';
  } catch {
    return 'invalid';
  }
}
