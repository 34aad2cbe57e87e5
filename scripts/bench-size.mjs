// `npm run bench:size`: builds the app, then reports for each route what a browser fetches for that route's first
// view: the HTML (with its inlined frame and critical CSS), the entry, the route's lazy chunks and everything they
// import statically (Vite modulepreloads those), and the English catalogue (src/main.tsx fetches the active language's
// before the first render), in gzip bytes and in requests. Routes over their budget are marked
// and the command exits with 1. `--files` lists each route's files.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const signedIn = 'src/app/signed-in-area.tsx';
/** Budgets of issue #15: the login page is the first thing anyone loads, on any phone. */
const loginBudget = { bytes: 120_000, requests: 12 };
const signedInBudget = { bytes: 180_000, requests: 15 };

/** Route -> the lazy modules its first view loads (see src/app/router.tsx and signed-in-area.tsx). */
const routes = [
  { route: '/login', modules: ['src/app/routes/login.tsx'], budget: loginBudget },
  { route: '/ (contact directory)', modules: [signedIn, 'src/app/routes/directory.tsx'], budget: signedInBudget },
  { route: '/search (advanced search)', modules: [signedIn, 'src/app/routes/search.tsx'], budget: signedInBudget },
  { route: '/visitors/:id', modules: [signedIn, 'src/app/routes/visitor-detail.tsx'], budget: signedInBudget },
  { route: '/contacts/:id', modules: [signedIn, 'src/app/routes/contact-detail.tsx'], budget: signedInBudget },
  { route: '/visitors/new, :id/edit', modules: [signedIn, 'src/app/routes/visitor-form.tsx'], budget: signedInBudget },
  { route: '/contacts/new, :id/edit', modules: [signedIn, 'src/app/routes/profile-form.tsx'], budget: signedInBudget },
];

const outDir = 'dist';
await build({ logLevel: 'warn', build: { manifest: true, outDir, emptyOutDir: true } });
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
/** Fetched with the config before anything renders; every language's catalogue is about the same size. */
const catalogueKey = 'virtual:catalogue/en';

function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const gzip = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (files) => files.reduce((total, file) => total + gzip(file), 0);
const html = gzip('index.html');

const everything = new Set();
const rows = [];
let missed = 0;
for (const { route, modules, budget } of routes) {
  const missing = [catalogueKey, ...modules].filter((module) => !manifest[module]);
  if (missing.length) throw new Error(`Not in the build manifest (renamed?): ${missing.join(', ')}`);
  const files = [...closure([entryKey, catalogueKey, ...modules])];
  files.forEach((file) => everything.add(file));
  const js = sum(files.filter((f) => f.endsWith('.js')));
  const css = sum(files.filter((f) => f.endsWith('.css')));
  const bytes = html + js + css;
  const requests = files.length + 1;
  const over = [bytes > budget.bytes && 'bytes', requests > budget.requests && 'requests'].filter(Boolean);
  if (over.length) missed += 1;
  rows.push({
    route,
    html: kB(html),
    js: kB(js),
    css: kB(css),
    total: kB(bytes),
    requests,
    budget: `${kB(budget.bytes)}, ${budget.requests} req`,
    verdict: over.length ? `MISSED (${over.join(', ')})` : 'ok',
  });
  if (process.argv.includes('--files')) {
    console.log(route);
    for (const file of files) console.log(`  ${kB(gzip(file)).padStart(9)}  ${file}`);
  }
}
console.table(rows);
console.log(`HTML + JS + CSS, gzip level 9; requests = the HTML + every JS and CSS file of the first view.`);
console.log(`All routes together: ${kB(html + sum([...everything]))} gzip.`);
if (missed) {
  console.log(`${missed} route(s) over budget.`);
  process.exitCode = 1;
}
