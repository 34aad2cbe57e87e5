import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { formatOnlyAlias, precompiledCatalogues } from './scripts/precompiled-catalogues.ts';
import { CONFORMANCE_URL, LOCAL_ONLY_SERVER_TESTS } from './server/test-support/conformance-target.ts';

const alias = [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }, formatOnlyAlias];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on the 2-core CI machine, where files then ran
    // one after the other with a core idle. The main process only transforms, which the workers' waits absorb.
    maxWorkers: availableParallelism(),
    // Worker threads rather than child processes: same CPU, but a run took 85 s instead of 118 s in the same minutes
    // (less start-up and message passing; nothing here needs a process of its own).
    pool: 'threads',
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
    projects: [
      {
        // Components, in a browser-like DOM, against the real server in memory (started once per run).
        plugins: [react(), precompiledCatalogues()],
        resolve: { alias },
        test: {
          name: 'app',
          // Through Vite, so use-intl's formatter is the precompiled-only one the app ships (the alias).
          server: { deps: { inline: ['use-intl'] } },
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup-locale.ts', './src/test/setup.ts'],
          env: { TEST_MODE: 'true' },
          globalSetup: ['./server/test-support/app-global-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // Pure logic under Node: no DOM to build for each file (a file that needs one says so in a docblock).
        plugins: [precompiledCatalogues()],
        resolve: { alias },
        test: {
          name: 'app-pure',
          server: { deps: { inline: ['use-intl'] } },
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // Pure functions, no globals changed: the files of a worker share their imports instead of each loading them.
          isolate: false,
          setupFiles: ['./src/test/setup-locale.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          // Each file starts its own server on its own in-memory database and nothing patches globals, so the files of
          // a worker can share the loaded modules (loading the routes compiles every AJV schema again).
          isolate: false,
          // Against a real Rocket.Chat (CONFORMANCE_ROCKETCHAT_URL) the files that need the local server's internals
          // are left out, each with its reason printed, and the run creates (and removes) its accounts there.
          exclude: [...configDefaults.exclude, ...(CONFORMANCE_URL ? Object.keys(LOCAL_ONLY_SERVER_TESTS) : [])],
          globalSetup: ['./server/test-support/conformance-global-setup.ts'],
          // Rocket.Chat's own switch for test runs: no REST rate limiter (servers the tests spawn inherit it).
          env: { TEST_MODE: 'true' },
          testTimeout: 20_000,
        },
      },
    ],
  },
});
