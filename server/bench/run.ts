import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:server`: the local server over loopback with 100k generated contacts (--scale), 32 connections,
 * p50/p95 latency and requests/s for the contact lookups the app makes. Not a test: it prints numbers.
 */
const SCALE = Number(process.env.BENCH_SCALE ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3917);
const dbPath = process.env.BENCH_DB ?? join(tmpdir(), `omnichannel-bench-${SCALE}.sqlite`);
/** BENCH_ONLY=<text>: run only the scenarios whose name contains it (e.g. `contacts.search`). */
const ONLY = process.env.BENCH_ONLY;
const base = `http://127.0.0.1:${PORT}`;

async function startServer(): Promise<ChildProcess> {
  const fresh = !existsSync(dbPath);
  const args = [
    'tsx',
    'server/main.ts',
    '--db',
    dbPath,
    '--port',
    String(PORT),
    '--quiet',
    ...(fresh ? ['--seed', 'demo', '--scale', String(SCALE)] : []),
  ];
  if (fresh) console.log(`Creating ${dbPath} with ${SCALE} contacts…`);
  // The bench measures the server, not Rocket.Chat's rate limiter (10 calls a minute per route and address).
  const child = spawn(process.execPath, ['--import', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TEST_MODE: 'true' },
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/info`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not start');
}

interface Sample {
  email: string;
  phone: string;
  customerId: string;
  contactId: string;
  name: string;
}

function samples(count: number): Sample[] {
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare<[number], { visitor: string; contactId: string }>(
      "SELECT v.doc AS visitor, 'scale-contact-' || substr(v.token, 13) AS contactId FROM visitors v WHERE v.token LIKE 'scale-token-%' ORDER BY random() LIMIT ?",
    )
    .all(count);
  db.close();
  return rows.map(({ visitor, contactId }) => {
    const doc = JSON.parse(visitor) as {
      name: string;
      visitorEmails: { address: string }[];
      phone: { phoneNumber: string }[];
      livechatData: { customerId: string };
    };
    return {
      email: doc.visitorEmails[0]!.address,
      phone: doc.phone[0]!.phoneNumber,
      customerId: doc.livechatData.customerId,
      contactId,
      name: doc.name,
    };
  });
}

async function login(): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'admin', password: 'admin123' }),
  });
  const body = (await response.json()) as { data: { userId: string; authToken: string } };
  return { 'x-user-id': body.data.userId, 'x-auth-token': body.data.authToken };
}

interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  path: (sample: Sample, n: number) => string;
  body?: (sample: Sample, n: number) => string;
}

async function measure(scenario: Scenario, headers: Record<string, string>, pool: Sample[], duration = DURATION) {
  let n = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: base,
      connections: CONNECTIONS,
      duration,
      headers: { ...headers, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const sample = pool[n % pool.length]!;
            n++;
            return {
              ...request,
              method: scenario.method ?? 'GET',
              path: scenario.path(sample, n),
              ...(scenario.body ? { body: scenario.body(sample, n) } : {}),
            };
          },
        },
      ],
    },
    (error, result) => {
      if (error) throw error;
      finish(result);
    },
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode !== 200) non2xx++;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    name: scenario.name,
    p50: at(0.5),
    p95: at(0.95),
    rps: result.requests.average,
    non2xx,
    errors: result.errors,
  };
}

const q = encodeURIComponent;
/** The first 4 characters of the name, or 3 for 3-character names; 2-character names (王伟) get their own scenario. */
const nameFragment = (name: string) => {
  const chars = [...name];
  return chars.length < 3 ? `${name} ` : chars.slice(0, 4).join('');
};
const scenarios: Scenario[] = [
  { name: 'contact.search by email', path: (s) => `/api/v1/omnichannel/contact.search?email=${q(s.email)}` },
  { name: 'contact.search by phone', path: (s) => `/api/v1/omnichannel/contact.search?phone=${q(s.phone)}` },
  {
    name: 'contact.search by custom (customerId substring)',
    path: (s) =>
      `/api/v1/omnichannel/contact.search?custom=${q(JSON.stringify({ customerId: s.customerId.slice(1) }))}`,
  },
  {
    name: 'contacts.search searchText (email local part)',
    path: (s) => `/api/v1/omnichannel/contacts.search?searchText=${q(s.email.split('@')[0]!)}&count=25`,
  },
  // A 3+ character fragment of the name (the trigram index needs 3 characters; shorter needles scan).
  {
    name: 'contacts.search searchText (name, many hits)',
    path: (s) => `/api/v1/omnichannel/contacts.search?searchText=${q(nameFragment(s.name))}&count=25`,
  },
  {
    name: 'contacts.search searchText (2 chars, full scan)',
    path: (s) => `/api/v1/omnichannel/contacts.search?searchText=${q([...s.name].slice(0, 2).join(''))}&count=25`,
  },
  { name: 'contacts.get', path: (s) => `/api/v1/omnichannel/contacts.get?contactId=${q(s.contactId)}` },
  {
    name: 'POST omnichannel/contact',
    method: 'POST',
    path: () => '/api/v1/omnichannel/contact',
    body: (s, n) =>
      JSON.stringify({
        token: `bench-${process.pid}-${n}`,
        name: s.name,
        email: `bench${n}.${s.email}`,
        phone: s.phone,
        customFields: { customerId: s.customerId },
      }),
  },
];

const server = await startServer();
try {
  const headers = await login();
  const pool = samples(5000);
  console.log(`\n${SCALE} contacts, ${CONNECTIONS} connections, ${DURATION}s per scenario, loopback\n`);
  console.log('scenario'.padEnd(50), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'req/s'.padStart(9), ' non-200');
  for (const scenario of scenarios.filter((s) => !ONLY || s.name.includes(ONLY))) {
    await measure(scenario, headers, pool, 1); // warm-up: JIT and page cache
    const r = await measure(scenario, headers, pool);
    console.log(
      r.name.padEnd(50),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.rps.toFixed(0).padStart(9),
      ` ${r.non2xx + r.errors}`,
    );
  }
} finally {
  server.kill('SIGTERM');
}
