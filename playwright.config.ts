import { defineConfig } from '@playwright/test';
import { resolveChromium } from './e2e/support/browser.ts';
import {
  APP6_PORT,
  APP6_URL,
  APP_DIR,
  APP_PORT,
  APP_URL,
  APP_LIMITED_PORT,
  APP_LIMITED_URL,
  SERVER6_PORT,
  SERVER6_URL,
  SERVER_LIMITED_PORT,
  SERVER_LIMITED_URL,
  SERVER_PORT,
  SERVER_URL,
} from './e2e/support/ports.ts';
import type { ServerOptions } from './e2e/fixtures.ts';
import { REMOTE_URL } from './e2e/support/target.ts';

const executablePath = resolveChromium();

export default defineConfig<object, ServerOptions>({
  testDir: './e2e/specs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Three workers on two cores: a test spends about half its time waiting (on the server, the app's timers, the
  // browser's frames), so two workers left the cores half idle. In the same minutes on a shared machine the suite
  // took 410 s with three against 474 s with two; four overloaded it and tests timed out.
  workers: 3,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [[process.env.CI ? 'line' : 'list'], ['./e2e/support/summary-reporter.ts']],
  // The accounts (on a real server) and the custom fields the specs share; its teardown removes them.
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: APP_URL,
    // Recording a trace for every test cost a quarter of the suite's CPU; ask for them when debugging.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // The app honours the person's reduced-motion preference: no transitions to wait for (or to render).
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: REMOTE_URL
    ? // Against a real Rocket.Chat (E2E_ROCKETCHAT_URL): every spec, the ones needing the local server's own
      // controls skipped with their reason (@local-only, @rc6-only, @rate-limit: e2e/fixtures.ts).
      [{ name: 'chromium', use: { browserName: 'chromium' } }]
    : [
        // Every spec against Rocket.Chat 7.x, except what only 6.x does.
        { name: 'chromium', use: { browserName: 'chromium' }, grepInvert: /@rc6-only|@rate-limit/ },
        // Tests tagged @rc6 or @rc6-only again against a server answering as 6.x (visitors only, no contact profiles).
        {
          name: 'rc6',
          grep: /@rc6/,
          use: { browserName: 'chromium', baseURL: APP6_URL, serverUrl: SERVER6_URL },
        },
        // Tests tagged @rate-limit against a server with Rocket.Chat's default rate limiter (10 calls a minute).
        {
          name: 'rate-limited',
          grep: /@rate-limit/,
          use: { browserName: 'chromium', baseURL: APP_LIMITED_URL, serverUrl: SERVER_LIMITED_URL },
        },
      ],
  webServer: REMOTE_URL
    ? [
        {
          // Only the production build, proxied to the real server (vite.config.ts reads ROCKETCHAT_URL).
          command: `npx vite build --logLevel warn --outDir ${APP_DIR} && npx vite preview --outDir ${APP_DIR} --port ${APP_PORT} --strictPort`,
          url: APP_URL,
          env: { ROCKETCHAT_URL: REMOTE_URL },
          reuseExistingServer: false,
          timeout: 120_000,
        },
      ]
    : [
        {
          // A fresh in-memory Rocket.Chat stand-in per run: tests create the data they need through its API.
          command: `node --import tsx server/main.ts --port ${SERVER_PORT} --db :memory: --seed minimal --quiet`,
          // Rocket.Chat's switch for test runs: no REST rate limiter (the suite calls each route far more than 10/min).
          env: { TEST_MODE: 'true' },
          url: `${SERVER_URL}/api/info`,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // The production build, proxied to the server above.
          // Its own output folder, so a concurrent `vite build` (bench:size, another run) never swaps files under it.
          command: `npx vite build --logLevel warn --outDir ${APP_DIR} && npx vite preview --outDir ${APP_DIR} --port ${APP_PORT} --strictPort`,
          url: APP_URL,
          env: { LOCAL_SERVER_PORT: String(SERVER_PORT) },
          reuseExistingServer: false,
          timeout: 120_000,
        },
        {
          command: `node --import tsx server/main.ts --port ${SERVER6_PORT} --db :memory: --seed minimal --rc-version 6 --quiet`,
          url: `${SERVER6_URL}/api/info`,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // The build above (web servers start one after the other), proxied to the 6.x server.
          command: `npx vite preview --outDir ${APP_DIR} --port ${APP6_PORT} --strictPort`,
          url: APP6_URL,
          env: { LOCAL_SERVER_PORT: String(SERVER6_PORT) },
          reuseExistingServer: false,
        },
        {
          // As `npm start` runs it: without TEST_MODE, so Rocket.Chat's REST rate limiter is on.
          command: `node --import tsx server/main.ts --port ${SERVER_LIMITED_PORT} --db :memory: --seed minimal --quiet`,
          env: { TEST_MODE: '' },
          url: `${SERVER_LIMITED_URL}/api/info`,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          command: `npx vite preview --outDir ${APP_DIR} --port ${APP_LIMITED_PORT} --strictPort`,
          url: APP_LIMITED_URL,
          env: { LOCAL_SERVER_PORT: String(SERVER_LIMITED_PORT) },
          reuseExistingServer: false,
        },
      ],
});
