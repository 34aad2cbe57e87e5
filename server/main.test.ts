import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** A port nothing listens on right now (the CLI prints its URL, but `--port 0` would print 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// Each CLI runs in its own process group, so a failed test can stop tsx and the node process it starts.
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** Runs `tsx server/main.ts …` as `npm run server` does and waits for the URL and demo logins it prints. */
async function startCli(args: string[]): Promise<Started> {
  const child = spawn(tsx, ['server/main.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within 15 s:\n${out}`)), 15_000);
    const look = () => {
      const match = /API at (http:\/\/\S+).*\n.*Demo logins.*\n/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', look);
    void exited.then(() => reject(new Error(`exited before printing its URL:\n${out}`)));
  });
  return { child, url, output: () => out, exited };
}

const refused = async (url: string) => {
  await expect(fetch(url, { signal: AbortSignal.timeout(3_000) })).rejects.toThrow();
};

describe('npm run server (server/main.ts)', () => {
  it('starts on the given port with --db :memory: --seed minimal, serves /api/info, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const { child, url, output, exited } = await startCli([
      '--port',
      String(port),
      '--db',
      ':memory:',
      '--seed',
      'minimal',
    ]);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(output()).toContain('seeded: minimal');
    expect(output()).toMatch(/Demo logins .*admin, manager, agent, user, secure/);

    const info = await fetch(`${url}/api/info`);
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({
      version: '7.11',
      minimumClientVersions: { desktop: '3.9.6', mobile: '4.39.0' },
      success: true,
    });

    // The minimal seed has the demo users.
    const login = await fetch(`${url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'agent', password: 'agent123' }),
    });
    expect(login.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    await refused(`${url}/api/info`);
  });

  it('exits 0 on SIGINT (Ctrl-C)', async () => {
    const port = await freePort();
    const { child, url, exited } = await startCli(['--port', String(port), '--db', ':memory:', '--seed', 'none']);
    expect((await fetch(`${url}/api/info`)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('listens on 127.0.0.1 only by default', async () => {
    const port = await freePort();
    const { child, url, exited } = await startCli(['--port', String(port), '--db', ':memory:', '--seed', 'none']);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/api/info`)).status).toBe(200);
    // Not on IPv6 loopback (a dual-stack "::" listener would answer there) ...
    await refused(`http://[::1]:${port}/api/info`);
    // ... nor on any other address of this machine.
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address!.address);
    for (const address of external) await refused(`http://${address}:${port}/api/info`);
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('rejects an unknown seed with the usage line and exit code 2', async () => {
    const child = spawn(tsx, ['server/main.ts', '--seed', 'bogus', '--db', ':memory:'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(child);
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run server --');
  });
});
