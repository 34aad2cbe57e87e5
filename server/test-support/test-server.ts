import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open.ts';
import { profiles, type Profile } from '../profile.ts';
import { seed, type SeedName } from '../seed/seed.ts';
import { CONFORMANCE_URL, remoteAccount } from './conformance-target.ts';

export interface TestServer {
  url: string;
  db: Db;
  /** Calls `/api/v1/<path>` (or `/api/<path>` when it starts with `/`) and returns status and parsed body. */
  call: (
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options?: CallOptions,
  ) => Promise<{ status: number; body: any }>;
  login: (username: string, password?: string) => Promise<Credentials>;
  close: () => Promise<void>;
}

export interface Credentials {
  userId: string;
  authToken: string;
}

interface CallOptions {
  auth?: Credentials;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/**
 * scrypt's cost on test servers: what a password is hashed with does not change what the tests prove, and at the
 * production cost the hundreds of users and logins of a test run spent most of its time hashing. A test about the
 * cost itself (the login-timing one) asks for `DEFAULT_PASSWORD_COST`.
 */
export const TEST_PASSWORD_COST = 2 ** 10;

/**
 * A real HTTP server on a random loopback port over a fresh in-memory database; or, with
 * `CONFORMANCE_ROCKETCHAT_URL` set, that Rocket.Chat (conformance-target.ts), whose demo logins are the accounts
 * the run created there and which has no `db` (the files that read it are not run then).
 */
export async function startTestServer(
  options: {
    seed?: SeedName;
    profile?: Profile;
    testMode?: boolean;
    log?: (message: string) => void;
    passwordCost?: number;
  } = {},
): Promise<TestServer> {
  if (CONFORMANCE_URL) return remoteServer(CONFORMANCE_URL);
  const db = openDb(':memory:');
  const passwordCost = options.passwordCost ?? TEST_PASSWORD_COST;
  await seed(db, options.seed ?? 'minimal', { passwordCost });
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: (req) => app.fetch(req), port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
  const url = `http://127.0.0.1:${port}`;
  const app = createApp({
    db,
    profile: options.profile ?? profiles[7],
    siteUrl: url,
    passwordCost,
    ...(options.testMode === undefined ? {} : { testMode: options.testMode }),
    ...(options.log ? { log: options.log } : {}),
  });

  const call = caller(url);

  return {
    url,
    db,
    call,
    login: async (username, password = `${username}123`) => {
      const { status, body } = await call('POST', 'login', { body: { user: username, password } });
      if (status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(body)}`);
      return { userId: body.data.userId, authToken: body.data.authToken };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server?.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

/** Calls `/api/v1/<path>` (or `/api/<path>`) on `url` and returns the status and the parsed body. */
function caller(url: string): TestServer['call'] {
  return async (method, path, { auth, body, query, headers } = {}) => {
    const target = new URL(path.startsWith('/') ? `/api${path}` : `/api/v1/${path}`, url);
    for (const [key, value] of Object.entries(query ?? {})) target.searchParams.append(key, value);
    const response = await fetch(target, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(auth ? { 'x-user-id': auth.userId, 'x-auth-token': auth.authToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

function remoteServer(url: string): TestServer {
  const call = caller(url);
  return {
    url,
    get db(): Db {
      throw new Error(`This test reads the local server's database: it cannot run against ${url}`);
    },
    call,
    login: async (username, password) => {
      const account = password === undefined ? remoteAccount(username) : undefined;
      const body = { user: account?.username ?? username, password: password ?? account?.password ?? `${username}123` };
      const { status, body: answer } = await call('POST', 'login', { body });
      if (status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(answer)}`);
      return { userId: answer.data.userId, authToken: answer.data.authToken };
    },
    close: async () => {},
  };
}
