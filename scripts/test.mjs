// `npm test`: every check, stopping at the first failing stage. Each test runner ends with its own
// "N passed, N failed" line.
import { spawn } from 'node:child_process';

/** The static checks are single-threaded, so they run side by side (with lint, below) on the cores there are. */
const staticChecks = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
];
/**
 * Lint takes longer than the other two together (typed rules and the React Compiler's: 68 s of CPU against 42 s): once they are done, the unit
 * tests start beside it rather than leaving a core idle for half a minute. A lint failure still stops the run.
 */
const lint = ['lint', 'npx', ['eslint', '.', '--max-warnings=0']];
const unitTests = ['unit, component and server tests', 'npx', ['vitest', 'run']];
const endToEnd = ['end-to-end tests', 'npx', ['playwright', 'test']];

const running = new Set();
const startedAt = performance.now();
/** Seconds since the run began, printed as each check ends so a slow stage shows in the log. */
const elapsed = () => `${Math.round((performance.now() - startedAt) / 1000)} s`;

function fail(name, status) {
  console.error(`\n✖ ${name} failed (exit code ${status}).`);
  // Each child leads its own process group, so what it started (npx's tool, Vitest's workers) stops with it.
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exit(status || 1);
}

/**
 * Runs a check in its own process group. With `capture`, its output is kept and returned, so checks running side
 * by side print one after the other, never interleaved; otherwise it prints as it goes.
 */
function start([name, command, args], { capture }) {
  const child = spawn(command, args, {
    stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    detached: true,
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      running.delete(child);
      resolve({ name, status, output, at: elapsed() });
    }),
  );
}

function report({ name, status, output, at }) {
  if (output.trim()) console.log(`── ${name}\n${output.trimEnd()}`);
  if (status !== 0) fail(name, status);
  console.log(`✔ ${name} passed (done at ${at})`);
}

// Interrupted (Ctrl+C): stop every check this run started.
process.on('SIGINT', () => fail('the run', 130));

console.log(`\n▶ ${[...staticChecks, lint].map(([name]) => name).join(', ')}`);
const linted = start(lint, { capture: true });
// A failed lint stops the run as soon as it is known, even while the unit tests run.
let lintDone = false;
const lintResult = linted.then((result) => {
  lintDone = true;
  if (result.status !== 0) report(result);
  return result;
});
for (const result of await Promise.all(staticChecks.map((check) => start(check, { capture: true })))) report(result);

console.log(`\n▶ ${unitTests[0]}${lintDone ? '' : ' (lint still running beside them)'}`);
report(await start(unitTests, { capture: false }));
report(await lintResult);

console.log(`\n▶ ${endToEnd[0]}`);
report(await start(endToEnd, { capture: false }));
console.log(`\n✔ All checks passed in ${elapsed()}.`);
