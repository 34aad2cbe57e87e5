// `npm test`: every check, stopping at the first failing stage. Each test runner ends with its own
// "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';

/** The static checks are single-threaded: run side by side they use both cores and finish in the time of the longest. */
const staticChecks = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
];
const testRunners = [
  ['unit, component and server tests', 'npx', ['vitest', 'run']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

function fail(name, status) {
  console.error(`\n✖ ${name} failed (exit code ${status}).`);
  process.exit(status ?? 1);
}

/** Runs a check with its output captured, so parallel checks print one after the other, never interleaved. */
function captured([name, command, args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ name, status, output }));
  });
}

console.log(`\n▶ ${staticChecks.map(([name]) => name).join(', ')}`);
const results = await Promise.all(staticChecks.map(captured));
for (const { name, status, output } of results) {
  if (output.trim()) console.log(`── ${name}\n${output.trimEnd()}`);
  if (status !== 0) fail(name, status);
}

for (const [name, command, args] of testRunners) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) fail(name, status);
}
console.log('\n✔ All checks passed.');
