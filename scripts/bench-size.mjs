// `npm run bench:size`: builds the app, then reports for each route the gzip bytes of JS and CSS a browser loads
// for that route's first view (the entry, the route's lazy chunks, and everything they import statically).
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** Route -> the lazy modules its first view loads (see src/app/router.tsx and signed-in-area.tsx). */
const routes = {
  '/login': ['src/app/routes/login.tsx'],
  '/ (contact directory)': ['src/app/signed-in-area.tsx', 'src/app/routes/directory.tsx'],
  '/search (advanced search)': ['src/app/signed-in-area.tsx', 'src/app/routes/search.tsx'],
  '/visitors/:id (visitor contact)': ['src/app/signed-in-area.tsx', 'src/app/routes/visitor-detail.tsx'],
  '/contacts/:id (contact profile)': ['src/app/signed-in-area.tsx', 'src/app/routes/contact-detail.tsx'],
  '/visitors/new, /visitors/:id/edit': ['src/app/signed-in-area.tsx', 'src/app/routes/visitor-form.tsx'],
  '/contacts/new, /contacts/:id/edit': ['src/app/signed-in-area.tsx', 'src/app/routes/profile-form.tsx'],
};

const outDir = 'dist';
await build({ logLevel: 'warn', build: { manifest: true, outDir, emptyOutDir: true } });
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);

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

const everything = new Set();
const rows = [];
for (const [route, modules] of Object.entries(routes)) {
  const missing = modules.filter((module) => !manifest[module]);
  if (missing.length) throw new Error(`Not in the build manifest (renamed?): ${missing.join(', ')}`);
  const files = closure([entryKey, ...modules]);
  files.forEach((file) => everything.add(file));
  const js = [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzip(f), 0);
  const css = [...files].filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzip(f), 0);
  rows.push({ route, js: kB(js), css: kB(css), total: kB(js + css) });
}
console.table(rows);
const all = [...everything].reduce((sum, f) => sum + gzip(f), 0);
console.log(`All routes together: ${kB(all)} gzip (JS + CSS).`);
