import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Durability: writes acknowledged before a SIGKILL are all there after a restart, and the file is intact.
const dir = mkdtempSync(join(tmpdir(), 'omnichannel-durability-'));
const dbPath = join(dir, 'rc.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(): Promise<{ child: ChildProcess; url: string }> {
  // `node --import tsx` so that the SIGKILL hits the server process itself, not a wrapper.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--db', dbPath, '--port', '0', '--seed', 'minimal'],
    {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API at (http:\/\/[^\s]+) /.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

async function call(url: string, method: string, path: string, auth: Record<string, string>, body?: unknown) {
  const response = await fetch(`${url}/api/v1/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...auth },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function login(url: string) {
  const { body } = await call(url, 'POST', 'login', {}, { user: 'admin', password: 'admin123' });
  const data = body.data as { userId: string; authToken: string };
  return { 'x-user-id': data.userId, 'x-auth-token': data.authToken };
}

describe('durability', () => {
  it('keeps every acknowledged write across a SIGKILL; integrity_check is ok', async () => {
    const first = await start();
    const auth = await login(first.url);
    const visitors: { id: string; token: string }[] = [];
    const contacts: string[] = [];
    // The kill comes after a number of acknowledged writes, not after a time: on a loaded machine a fixed time could
    // end before enough writes, and on an idle one it only makes the test slower.
    const ACKNOWLEDGED_BEFORE_KILL = 60;
    let killed: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => (killed = resolve));
    const acknowledged = () => {
      if (visitors.length + contacts.length >= ACKNOWLEDGED_BEFORE_KILL) killed();
    };
    let stop = false;
    const writer = async (worker: number) => {
      for (let n = 0; !stop; n++) {
        try {
          const token = `w${worker}-${n}`;
          const visitor = await call(first.url, 'POST', 'omnichannel/contact', auth, {
            token,
            name: `Worker ${worker} #${n}`,
            email: `${token}@example.com`,
          });
          if (visitor.status === 200) visitors.push({ id: String(visitor.body.contact), token });
          acknowledged();
          const contact = await call(first.url, 'POST', 'omnichannel/contacts', auth, {
            name: `C ${token}`,
            emails: [`${token}@example.org`],
            phones: [],
          });
          if (contact.status === 200) contacts.push(String(contact.body.contactId));
          acknowledged();
        } catch {
          return; // the server died mid-request: that write was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, worker) => writer(worker));
    // Writes are still in flight when the process dies: some are acknowledged, some never will be.
    // (Or all writers have stopped, which only a server that died by itself does: the count below then fails.)
    await Promise.race([enough, Promise.all(workers)]);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(visitors.length + contacts.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const second = await start();
    try {
      const auth2 = await login(second.url);
      for (const { id, token } of visitors) {
        const { body } = await call(second.url, 'GET', `omnichannel/contact?contactId=${id}`, auth2);
        expect((body.contact as { token: string } | null)?.token).toBe(token);
      }
      for (const id of contacts)
        expect((await call(second.url, 'GET', `omnichannel/contacts.get?contactId=${id}`, auth2)).status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 60_000);
});
