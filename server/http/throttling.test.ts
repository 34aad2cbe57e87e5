import { TOTP, Secret } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { SECURE_TOTP_SECRET } from '../seed/users.ts';
import { DEFAULT_PASSWORD_COST, hashLoginToken } from '../domain/credentials.ts';
import { randomSecret } from '../domain/random.ts';

// The "guess" probes: 700 wrong passwords and 200 wrong codes in a row were all a plain 401, a TOTP code
// worked twice and with extra leading zeros, an unknown username answered 50 times faster, tokens never expired.
const servers: TestServer[] = [];
async function fresh(options: { testMode?: boolean; passwordCost?: number } = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const login = (server: TestServer, body: unknown) => server.call('POST', 'login', { body });
const blocked = (kind: 'ip' | 'user', label: 'IP' | 'User') => ({
  success: false,
  error: `error-login-blocked-for-${kind}`,
  status: 'error',
  details: { function: 'Accounts.validateLoginAttempt' },
  message: `Login has been temporarily blocked For ${label}`,
});
const codeAt = (steps: number) =>
  new TOTP({ secret: Secret.fromBase32(SECURE_TOTP_SECRET), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

describe('failed-login blocking (Block_Multiple_Failed_Logins_*: 10 per account, 50 per address, 5 minutes)', () => {
  it('the 11th attempt at one account is refused even with the right password; other accounts get in', async () => {
    const server = await fresh();
    const failures = await Promise.all(
      Array.from({ length: 10 }, () => login(server, { user: 'agent', password: 'wrong' })),
    );
    expect(failures.map((failure) => failure.status)).toEqual(Array(10).fill(401));
    expect(await login(server, { user: 'agent', password: 'agent123' })).toEqual({
      status: 401,
      body: blocked('user', 'User'),
    });
    // By email too: the count belongs to the account, not to the name typed.
    expect((await login(server, { user: 'agent@omnichannel.example', password: 'agent123' })).body).toEqual(
      blocked('user', 'User'),
    );
    expect((await login(server, { user: 'manager', password: 'manager123' })).status).toBe(200);
  });

  it('a success before the limit resets the account’s count', async () => {
    const server = await fresh();
    for (let i = 0; i < 9; i++) await login(server, { user: 'agent', password: 'wrong' });
    expect((await login(server, { user: 'agent', password: 'agent123' })).status).toBe(200);
    for (let i = 0; i < 9; i++) await login(server, { user: 'agent', password: 'wrong' });
    expect((await login(server, { user: 'agent', password: 'agent123' })).status).toBe(200);
  });

  it('an address with 50 failures (any names) is refused, and an unknown name is blocked like a known one', async () => {
    const server = await fresh();
    await Promise.all(Array.from({ length: 10 }, () => login(server, { user: 'nobody', password: 'wrong' })));
    expect((await login(server, { user: 'nobody', password: 'wrong' })).body).toEqual(blocked('user', 'User'));
    await Promise.all(Array.from({ length: 39 }, (_, i) => login(server, { user: `guess${i}`, password: 'wrong' })));
    expect(await login(server, { user: 'manager', password: 'manager123' })).toEqual({
      status: 401,
      body: blocked('ip', 'IP'),
    });
  });
});

describe('TOTP', () => {
  it('a code is accepted once', async () => {
    const server = await fresh();
    const code = codeAt(0);
    expect((await login(server, { user: 'secure', password: 'secure123', code })).status).toBe(200);
    expect((await login(server, { user: 'secure', password: 'secure123', code })).body.error).toBe('totp-invalid');
  });

  it('only exactly six digits: leading zeros or a sign are refused', async () => {
    const server = await fresh();
    for (const code of [`0${codeAt(0)}`, `00${codeAt(0)}`, `+${codeAt(0)}`, `${codeAt(0)}.0`]) {
      expect((await login(server, { user: 'secure', password: 'secure123', code })).body.error).toBe('totp-invalid');
    }
  });
});

describe('login timing', () => {
  it('an unknown username costs the same slow hash as a wrong password', async () => {
    // At the production cost, where the hash (not the HTTP round trip) is what a login costs.
    const server = await fresh({ passwordCost: DEFAULT_PASSWORD_COST });
    const time = async (user: string) => {
      const started = performance.now();
      for (let i = 0; i < 4; i++) await login(server, { user, password: 'wrong' });
      return performance.now() - started;
    };
    await time('agent'); // warm-up
    const known = await time('manager');
    const unknown = await time('nobody-at-all');
    expect(unknown).toBeGreaterThan(known / 3);
  });
});

describe('token expiry (Accounts_LoginExpiration: 90 days)', () => {
  it('a token older than 90 days is refused; a younger one works', async () => {
    const server = await fresh();
    const { userId } = await server.login('agent');
    const insert = (daysAgo: number) => {
      const token = randomSecret();
      server.db
        .prepare('INSERT INTO login_tokens (hashed_token, user_id, created_at) VALUES (?, ?, ?)')
        .run(hashLoginToken(token), userId, new Date(Date.now() - daysAgo * 86_400_000).toISOString());
      return { userId, authToken: token };
    };
    expect((await server.call('GET', 'me', { auth: insert(89) })).status).toBe(200);
    expect((await server.call('GET', 'me', { auth: insert(91) })).status).toBe(401);
    expect((await login(server, { resume: insert(91).authToken })).status).toBe(401);
  });
});

describe('REST rate limiter (API_Enable_Rate_Limiter: 10 calls a minute per route and address)', () => {
  it('on without TEST_MODE: the 11th call of a route is refused with 429; other routes and admins go on', async () => {
    const server = await fresh({ testMode: false });
    const agent = await server.login('agent');
    const admin = await server.login('admin');
    for (let i = 0; i < 10; i++) expect((await server.call('GET', 'me', { auth: agent })).status).toBe(200);
    const target = new URL('/api/v1/me', server.url);
    const refused = await fetch(target, { headers: { 'x-user-id': agent.userId, 'x-auth-token': agent.authToken } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      success: false,
      error: expect.stringMatching(
        /^Error, too many requests\. Please slow down\. You must wait \d+ seconds before trying this endpoint again\. \[error-too-many-requests\]$/,
      ),
    });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await server.call('GET', 'permissions.listAll', { auth: agent })).status).toBe(200);
    // `api-bypass-rate-limit` (admin) is not counted.
    for (let i = 0; i < 11; i++) expect((await server.call('GET', 'me', { auth: admin })).status).toBe(200);
  });

  it('off with TEST_MODE, as in Rocket.Chat’s own test runs', async () => {
    const server = await fresh({ testMode: true });
    const agent = await server.login('agent');
    for (let i = 0; i < 15; i++) expect((await server.call('GET', 'me', { auth: agent })).status).toBe(200);
  });
});
