// `npm run screenshots`: the README's screenshots, regenerated from the demo data. Starts the local server (in
// memory, demo seed) and a production build, signs in as `manager`, and captures each screen in the light and dark
// scheme, on a desktop and a phone. Ports: SCREENSHOTS_SERVER_PORT (3190), SCREENSHOTS_APP_PORT (4190).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { waitFor } from './wait-for.mjs';

const serverPort = process.env.SCREENSHOTS_SERVER_PORT ?? '3190';
const appPort = Number(process.env.SCREENSHOTS_APP_PORT ?? 4190);
const serverUrl = `http://127.0.0.1:${serverPort}`;
const appUrl = `http://127.0.0.1:${appPort}`;
const outDir = 'docs/screenshots';
// Read by vite.config.ts: where the preview proxies /api.
process.env.LOCAL_SERVER_PORT = serverPort;

const devices = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

async function api(path, options = {}) {
  const response = await fetch(`${serverUrl}/api/v1/${path}`, {
    ...options,
    headers: { 'Content-Type': 'application/json', ...options.headers },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/main.ts', '--port', serverPort, '--db', ':memory:', '--seed', 'demo', '--quiet'],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
let preview;
try {
  const { build, preview: startPreview } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir: '.e2e-dist/screenshots', emptyOutDir: true } });
  preview = await startPreview({
    logLevel: 'warn',
    build: { outDir: '.e2e-dist/screenshots' },
    preview: { port: appPort, strictPort: true },
  });
  await waitFor(`${serverUrl}/api/info`);

  const login = await api('login', {
    method: 'POST',
    body: JSON.stringify({ user: 'manager', password: 'manager123' }),
  });
  const credentials = { userId: login.data.userId, authToken: login.data.authToken };
  const auth = { 'X-User-Id': credentials.userId, 'X-Auth-Token': credentials.authToken };
  const found = await api('omnichannel/contacts.search?searchText=antonio.souza0&count=1', { headers: auth });
  const contactId = found.contacts[0]._id;
  const screens = {
    home: '/',
    contact: `/contacts/${contactId}`,
    form: `/contacts/${contactId}/edit`,
  };

  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  for (const [deviceName, device] of Object.entries(devices)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ ...device, colorScheme, baseURL: appUrl });
      await context.addInitScript(
        (value) => {
          localStorage.setItem('omnichannel-contacts:credentials', value.credentials);
          localStorage.setItem('omnichannel-contacts:owner', value.owner);
        },
        { credentials: JSON.stringify(credentials), owner: credentials.userId },
      );
      const page = await context.newPage();
      for (const [screen, path] of Object.entries(screens)) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        // No caret or focus ring in the picture.
        await page.locator(':focus').evaluateAll((elements) => elements.forEach((element) => element.blur()));
        const file = `${outDir}/${screen}-${deviceName}-${colorScheme}.png`;
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        console.log(`  ${file}`);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  await preview?.close();
  server.kill('SIGTERM');
}
