// `npm run bench:web`: Lighthouse's mobile profile (simulated slow 4G and a 4x slower CPU), median of 3 runs, for
// the login page, the directory, a contact page and a form, against a production build served by `vite preview`
// and the local server with the demo data. Signed-in pages start with a token in storage, as the e2e tests do.
// Heavy: run it on a quiet machine, and record the numbers with the load average (README, Budgets).
// Env: BENCH_SERVER_PORT (3900), BENCH_APP_PORT (4900), BENCH_RUNS (3), CHROMIUM_PATH (/usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { build } from 'vite';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { CREDENTIALS_KEY, OWNER_KEY } from '../e2e/support/accounts.ts';
import { waitFor } from './wait-for.mjs';

const serverPort = Number(process.env.BENCH_SERVER_PORT ?? 3900);
const appPort = Number(process.env.BENCH_APP_PORT ?? 4900);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath))
  throw new Error(`No Chromium at ${chromePath}: apt-get install chromium, or set CHROMIUM_PATH.`);

const serverUrl = `http://127.0.0.1:${serverPort}`;
const appUrl = `http://127.0.0.1:${appPort}`;
const children = [];
const stop = () => children.forEach((child) => child.kill());
process.on('exit', stop);

function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

async function api(path, { method = 'GET', body, auth } = {}) {
  const headers = {
    'content-type': 'application/json',
    ...(auth && { 'X-User-Id': auth.userId, 'X-Auth-Token': auth.authToken }),
  };
  const response = await fetch(`${serverUrl}/api/v1/${path}`, { method, headers, body: body && JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const loadAtStart = loadavg();
await build({ logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
// TEST_MODE: no rate limiter on the repeated logins.
start(
  'node',
  ['--import', 'tsx', 'server/main.ts', '--port', String(serverPort), '--db', ':memory:', '--seed', 'demo', '--quiet'],
  { TEST_MODE: 'true' },
);
start('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', String(appPort), '--strictPort'], {
  LOCAL_SERVER_PORT: String(serverPort),
});
await waitFor(`${serverUrl}/api/info`);
await waitFor(`${appUrl}/login`);

const { data } = await api('login', { method: 'POST', body: { user: 'agent', password: 'agent123' } });
const auth = { userId: data.userId, authToken: data.authToken };
const { contacts } = await api('omnichannel/contacts.search?count=1', { auth });

const pages = [
  { name: 'login', path: '/login', signedIn: false },
  { name: 'directory', path: '/', signedIn: true },
  { name: 'contact page', path: `/contacts/${contacts[0]._id}`, signedIn: true },
  { name: 'new contact form', path: '/contacts/new', signedIn: true },
];

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });

/** Signed in or out before each run, as a returning agent or a new visitor would arrive. */
async function prepareStorage(signedIn) {
  const page = await browser.newPage();
  await page.goto(`${appUrl}/login`);
  await page.evaluate(
    (key, owner, credentials) => {
      localStorage.clear();
      sessionStorage.clear();
      if (credentials) {
        localStorage.setItem(key, JSON.stringify(credentials));
        localStorage.setItem(owner, credentials.userId);
      }
    },
    CREDENTIALS_KEY,
    OWNER_KEY,
    signedIn ? auth : null,
  );
  await page.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
let version = '';
for (const { name, path, signedIn } of pages) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    await prepareStorage(signedIn);
    const { lhr } = await lighthouse(`${appUrl}${path}`, {
      port: chrome.port,
      onlyCategories: ['performance'],
      disableStorageReset: true,
      logLevel: 'error',
    });
    version = lhr.lighthouseVersion;
    const audit = (id) => lhr.audits[id].numericValue;
    results.push({
      score: lhr.categories.performance.score * 100,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    });
  }
  const pick = (key) => median(results.map((result) => result[key]));
  rows.push({
    page: name,
    score: Math.round(pick('score')),
    'FCP s': (pick('fcp') / 1000).toFixed(2),
    'LCP s': (pick('lcp') / 1000).toFixed(2),
    'TBT ms': Math.round(pick('tbt')),
    CLS: pick('cls').toFixed(3),
  });
}

await browser.disconnect();
chrome.kill();
console.table(rows);
const load = (averages) => averages.map((average) => average.toFixed(1)).join(' ');
console.log(
  `Lighthouse ${version} mobile profile, median of ${runs} per metric; load average (1, 5, 15 min) ` +
    `${load(loadAtStart)} at the start, ${load(loadavg())} at the end.`,
);
stop();
