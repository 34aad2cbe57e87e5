import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { openDb } from './db/open.ts';
import { profiles } from './profile.ts';
import { seed, type SeedName } from './seed/seed.ts';
import { demoUsers, SECURE_TOTP_SECRET } from './seed/users.ts';
import { seedScale } from './seed/scale.ts';

const usage = `Usage: npm run server -- [--port 3000] [--host 127.0.0.1] [--db PATH|:memory:] [--seed demo|minimal|admin|none] [--rc-version 7|6] [--scale N]`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: '.data/rocketchat.sqlite' },
    seed: { type: 'string', default: 'demo' },
    'rc-version': { type: 'string', default: '7' },
    scale: { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
const scale = Number(values.scale);
const seedName = values.seed as SeedName;
const profile = values['rc-version'] === '6' ? profiles[6] : profiles[7];
if (
  !Number.isInteger(scale) ||
  scale < 0 ||
  !Number.isInteger(port) ||
  !['demo', 'minimal', 'admin', 'none'].includes(seedName) ||
  !['6', '7'].includes(values['rc-version'])
) {
  console.error(usage);
  process.exit(2);
}

const db = openDb(values.db);
const seeded = await seed(db, seedName);
if (scale > 0) {
  const started = Date.now();
  seedScale(db, scale);
  if (!values.quiet)
    console.log(`Added ${scale} generated contacts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const siteUrl = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${port}`;
const app = createApp({ db, profile, siteUrl, log: (message) => console.error(message) });

const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
  if (values.quiet) return;
  console.log(
    `Local Rocket.Chat ${profile.version} API at http://${values.host}:${info.port} (database: ${values.db}${seeded ? `, seeded: ${seedName}` : ''})`,
  );
  console.log(
    `Demo logins (password = username + "123"): ${demoUsers.map((u) => u.username).join(', ')}; "secure" uses TOTP secret ${SECURE_TOTP_SECRET}`,
  );
});

function stop(): void {
  server.close(() => {
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
