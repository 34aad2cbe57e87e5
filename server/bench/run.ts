import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarios } from './scenarios.ts';

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
/** BENCH_NODE_ARGS: extra Node flags for the server, e.g. `--cpu-prof` to see where a scenario's time goes. */
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
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
  const child = spawn(process.execPath, [...NODE_ARGS, '--import', ...args], {
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

export interface Sample {
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

export interface Scenario {
  name: string;
  method?: 'GET' | 'POST';
  path: (sample: Sample, n: number) => string;
  body?: (sample: Sample, n: number) => string;
  /** Every `every`-th request is this one instead (a write between the reads). */
  interleave?: { every: number; method: 'POST'; path: string; body: (sample: Sample, n: number) => string };
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
            const write = scenario.interleave;
            if (write && n % write.every === 0) {
              return { ...request, method: write.method, path: write.path, body: write.body(sample, n) };
            }
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

/**
 * The server's CPU time so far (Linux, user + system, in ms). Per request it is the figure that does not swing with
 * the machine's load, where latencies on a shared box are mostly queueing.
 */
function cpuMs(pid: number | undefined): number {
  const stat = pid && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  // Fields 14 and 15 (utime, stime), counted after the command name's closing parenthesis; clock ticks of 10 ms.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's resident memory (Linux), after every scenario: what its indexes and kept answers hold. */
function rss(pid: number | undefined): string {
  const status = pid && existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? `${Math.round(Number(kb) / 1024)} MB` : 'unknown';
}

const server = await startServer();
try {
  const headers = await login();
  const pool = samples(5000);
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(`\n${SCALE} contacts, ${CONNECTIONS} connections, ${DURATION}s per scenario, loopback; load ${load()}\n`);
  console.log(
    'scenario'.padEnd(58),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'req/s'.padStart(9),
    'CPU ms'.padStart(8),
    ' non-200',
  );
  for (const scenario of scenarios.filter((s) => !ONLY || s.name.includes(ONLY))) {
    await measure(scenario, headers, pool, 1); // warm-up: JIT and page cache
    const cpuBefore = cpuMs(server.pid);
    const r = await measure(scenario, headers, pool);
    const cpuPerRequest = (cpuMs(server.pid) - cpuBefore) / (r.rps * DURATION);
    console.log(
      r.name.padEnd(58),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.rps.toFixed(0).padStart(9),
      cpuPerRequest.toFixed(2).padStart(8),
      ` ${r.non2xx + r.errors}`,
    );
  }
  console.log(`\nload average at the end: ${load()}; server RSS ${rss(server.pid)}`);
} finally {
  server.kill('SIGTERM');
}
