import { createHash } from 'node:crypto';
import { TOTP, Secret } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD_COST, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { NOT_LOGGED_IN } from '../test-support/error-bodies.ts';
import { profiles } from '../profile.ts';
import { SECURE_TOTP_SECRET } from '../seed/users.ts';
import { insertUser } from '../domain/users.ts';

/** Rocket.Chat 7.x (pre-8.0) answers, byte for byte (ApiClass.ts `_initAuth`, loginErrorMessageOverride.ts, 2fa loginHandler.ts). */
const UNAUTHORIZED = { success: false, error: 'Unauthorized', status: 'error', message: 'Unauthorized' };
const INTERNAL_ERROR = { success: false, error: 'Internal server error' };
const TOTP_DETAILS = { method: 'totp', codeGenerated: false, availableMethods: ['totp'] };
const TOTP_REQUIRED = {
  success: false,
  error: 'totp-required',
  status: 'error',
  details: TOTP_DETAILS,
  message: 'TOTP Required',
};
const TOTP_INVALID = {
  success: false,
  error: 'totp-invalid',
  status: 'error',
  details: TOTP_DETAILS,
  message: 'TOTP Invalid',
};
const NOT_ACTIVATED = {
  success: false,
  error: 'error-user-is-not-activated',
  status: 'error',
  details: { function: 'Accounts.validateLoginAttempt' },
  message: 'User is not activated',
};
const LOGGED_OUT_6 = { status: 'success', data: { message: "You've been logged out!" } };

const sha256hex = (value: string) => createHash('sha256').update(value).digest('hex');
const sha256base64 = (value: string) => createHash('sha256').update(value).digest('base64');

const totp = new TOTP({ secret: Secret.fromBase32(SECURE_TOTP_SECRET), digits: 6, period: 30, algorithm: 'SHA1' });
const codeAt = (offsetSteps: number) => totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/** Waits out the last two seconds of a 30 s step, so a code computed now is judged in the same step. */
async function awayFromStepBoundary(): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 2_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** A six-digit code that no step within two of now produces. */
function wrongCode(): string {
  const near = new Set([-2, -1, 0, 1, 2].map(codeAt));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

let secureUsers = 0;
/** A fresh two-factor account with the demo secret: each code is accepted once per account, so each success needs its own. */
async function freshSecure(): Promise<string> {
  const username = `secure${++secureUsers}`;
  await insertUser(server.db, {
    username,
    name: `Secure ${secureUsers}`,
    email: `${username}@omnichannel.example`,
    password: 'secure123',
    roles: ['livechat-agent'],
    totpSecret: SECURE_TOTP_SECRET,
    passwordCost: TEST_PASSWORD_COST,
  });
  return username;
}

const userId = (username: string) =>
  (server.db.prepare('SELECT _id FROM users WHERE username = ?').get(username) as { _id: string })._id;

const login = (body: unknown, headers?: Record<string, string>) =>
  server.call('POST', 'login', { body, ...(headers ? { headers } : {}) });

/** Every way a call can lack a valid session; each must get the exact 7.x 401 body. */
function itRequiresLogin(method: 'GET' | 'POST', path: string) {
  const expect401 = async (options: Parameters<TestServer['call']>[2]) => {
    const { status, body } = await server.call(method, path, options);
    expect(status).toBe(401);
    expect(body).toEqual(NOT_LOGGED_IN);
  };
  it('401 without X-User-Id and X-Auth-Token', () => expect401({}));
  it('401 with X-User-Id only', async () => {
    const { userId: id } = await server.login('agent');
    await expect401({ headers: { 'x-user-id': id } });
  });
  it('401 with X-Auth-Token only', async () => {
    const { authToken } = await server.login('agent');
    await expect401({ headers: { 'x-auth-token': authToken } });
  });
  it('401 with a wrong token', async () => {
    const { userId: id } = await server.login('agent');
    await expect401({ auth: { userId: id, authToken: 'not-a-token' } });
  });
  it("401 with a valid token under another user's id", async () => {
    const { authToken } = await server.login('agent');
    await expect401({ auth: { userId: userId('manager'), authToken } });
  });
  it('401 with a token after logout', async () => {
    const auth = await server.login('agent');
    expect((await server.call('POST', 'logout', { auth })).status).toBe(200);
    await expect401({ auth });
  });
}

describe('POST /api/v1/login', () => {
  const expectSuccess = async (body: unknown, username: string, headers?: Record<string, string>) => {
    const response = await login(body, headers);
    expect(response).toMatchObject({ status: 200 });
    expect(Object.keys(response.body).sort()).toEqual(['data', 'status', 'success']);
    expect(response.body.status).toBe('success');
    expect(response.body.success).toBe(true);
    expect(Object.keys(response.body.data).sort()).toEqual(['authToken', 'me', 'userId']);
    expect(response.body.data.userId).toBe(userId(username));
    expect(response.body.data.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.data.me).toMatchObject({ _id: userId(username), username });
    // The token works for an authenticated call.
    const me = await server.call('GET', 'me', {
      auth: { userId: response.body.data.userId, authToken: response.body.data.authToken },
    });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(username);
    return response.body as { data: Credentials & { me: Record<string, unknown> } };
  };
  const expectUnauthorized = async (body: unknown, headers?: Record<string, string>) => {
    const { status, body: answer } = await login(body, headers);
    expect(status).toBe(401);
    expect(answer).toEqual(UNAUTHORIZED);
  };
  const expectInternalError = async (body: unknown) => {
    const { status, body: answer } = await login(body);
    expect(status).toBe(500);
    expect(answer).toEqual(INTERNAL_ERROR);
  };

  describe('body forms that log in (rocketchat-api.md §3, loginCompatibility)', () => {
    it('{user: "<username>", password}', () => expectSuccess({ user: 'agent', password: 'agent123' }, 'agent'));
    it('{user: "<email>", password}: an @ makes it an email (A5)', () =>
      expectSuccess({ user: 'agent@omnichannel.example', password: 'agent123' }, 'agent'));
    it('{user: {username}, password} (A3)', () =>
      expectSuccess({ user: { username: 'agent' }, password: 'agent123' }, 'agent'));
    it('{user: {email}, password} (A4)', () =>
      expectSuccess({ user: { email: 'agent@omnichannel.example' }, password: 'agent123' }, 'agent'));
    it('{user: {id}, password}', () => expectSuccess({ user: { id: userId('agent') }, password: 'agent123' }, 'agent'));
    it('{username, password} (A6)', () => expectSuccess({ username: 'agent', password: 'agent123' }, 'agent'));
    it('{email, password}', () => expectSuccess({ email: 'agent@omnichannel.example', password: 'agent123' }, 'agent'));
    it('an empty username falls through to email, as `else if (username)` does', () =>
      expectSuccess({ username: '', email: 'agent@omnichannel.example', password: 'agent123' }, 'agent'));
    it('a string `user` wins over `username`', () =>
      expectSuccess({ user: 'manager', username: 'agent', password: 'manager123' }, 'manager'));
    it('password as {digest: sha256 hex, algorithm: "sha-256"}', () =>
      expectSuccess({ user: 'agent', password: { digest: sha256hex('agent123'), algorithm: 'sha-256' } }, 'agent'));
    it('{user: {username}} with a digest password', () =>
      expectSuccess(
        { user: { username: 'agent' }, password: { digest: sha256hex('agent123'), algorithm: 'sha-256' } },
        'agent',
      ));
    it('username and email are matched without regard to case, as Meteor falls back to', async () => {
      await expectSuccess({ user: 'AGENT', password: 'agent123' }, 'agent');
      await expectSuccess({ user: 'Agent@Omnichannel.Example', password: 'agent123' }, 'agent');
    });
    it('{resume: <authToken>} returns the same token and user', async () => {
      const first = await server.login('manager');
      const body = await expectSuccess({ resume: first.authToken }, 'manager');
      expect(body.data.authToken).toBe(first.authToken);
      expect(body.data.userId).toBe(first.userId);
    });
    it('a resume login skips two-factor', async () => {
      const user = await freshSecure();
      await awayFromStepBoundary();
      const first = await login({ user, password: 'secure123', code: codeAt(0) });
      expect(first.status).toBe(200);
      await expectSuccess({ resume: first.body.data.authToken }, user);
    });
    it('every successful login issues a new, distinct token', async () => {
      const a = await server.login('agent');
      const b = await server.login('agent');
      expect(a.authToken).not.toBe(b.authToken);
    });
  });

  describe('failures that Rocket.Chat reports as 401 "Unauthorized"', () => {
    it('wrong password', () => expectUnauthorized({ user: 'agent', password: 'wrong' }));
    it('wrong password in every body form', async () => {
      await expectUnauthorized({ user: { username: 'agent' }, password: 'wrong' });
      await expectUnauthorized({ username: 'agent', password: 'wrong' });
      await expectUnauthorized({ email: 'agent@omnichannel.example', password: 'wrong' });
      await expectUnauthorized({ user: 'agent', password: { digest: sha256hex('wrong'), algorithm: 'sha-256' } });
    });
    it('another user’s password', () => expectUnauthorized({ user: 'agent', password: 'manager123' }));
    it('unknown username', () => expectUnauthorized({ user: 'nobody', password: 'nobody123' }));
    it('unknown email', () => expectUnauthorized({ user: 'nobody@omnichannel.example', password: 'agent123' }));
    it('an email with surrounding blanks matches no stored address', () =>
      expectUnauthorized({ user: ' agent@omnichannel.example', password: 'agent123' }));
    it('no password: {user}', () => expectUnauthorized({ user: 'agent' }));
    it('no password: {username}', () => expectUnauthorized({ username: 'agent' }));
    it('empty password', () => expectUnauthorized({ user: 'agent', password: '' }));
    it('empty body', () => expectUnauthorized({}));
    it('no body at all', async () => {
      const { status, body } = await server.call('POST', 'login');
      expect(status).toBe(401);
      expect(body).toEqual(UNAUTHORIZED);
    });
    it('an upper-case hex digest (bcrypt compares the digest as sent)', () =>
      expectUnauthorized({
        user: 'agent',
        password: { digest: sha256hex('agent123').toUpperCase(), algorithm: 'sha-256' },
      }));
    it('an unknown resume token', () => expectUnauthorized({ resume: 'not-a-token' }));
    it('a resume token after logout', async () => {
      const auth = await server.login('agent');
      await server.call('POST', 'logout', { auth });
      await expectUnauthorized({ resume: auth.authToken });
    });
    it('the secure user with a wrong password is not asked for a code', () =>
      expectUnauthorized({ user: 'secure', password: 'wrong' }));
  });

  describe('bodies that fail Meteor check() inside a login handler: 500 "Internal server error"', () => {
    // A Match.Error is not a Meteor.Error: loginErrorMessageOverride leaves it, and `_initAuth` answers internalError().
    it('a password without any user', () => expectInternalError({ password: 'agent123' }));
    it('an extra key next to a string user', () =>
      expectInternalError({ user: 'agent', password: 'agent123', extra: 1 }));
    it('an extra key next to {user: {username}}', () =>
      expectInternalError({ user: { username: 'agent' }, password: 'agent123', extra: 1 }));
    it('a user object with two fields', () =>
      expectInternalError({ user: { username: 'agent', email: 'agent@omnichannel.example' }, password: 'agent123' }));
    it('password {hashed}: Rocket.Chat wraps the whole object as the digest', () =>
      expectInternalError({ user: 'agent', password: { hashed: sha256hex('agent123') } }));
    it('a digest that is not 64 characters', () =>
      expectInternalError({ user: 'agent', password: { digest: 'abc', algorithm: 'sha-256' } }));
    it('a digest with another algorithm', () =>
      expectInternalError({ user: 'agent', password: { digest: sha256hex('agent123'), algorithm: 'sha-1' } }));
    it('a resume token that is not a string', () => expectInternalError({ resume: 12345 }));
  });

  describe('a deactivated user', () => {
    beforeAll(async () => {
      const admin = await server.login('admin');
      const created = await server.call('POST', 'users.create', {
        auth: admin,
        body: { email: 'gone@omnichannel.example', name: 'Gone', password: 'gone123', username: 'gone', active: false },
      });
      expect(created.status).toBe(200);
    });
    it('with the right password: 401 error-user-is-not-activated', async () => {
      const { status, body } = await login({ user: 'gone', password: 'gone123' });
      expect(status).toBe(401);
      expect(body).toEqual(NOT_ACTIVATED);
    });
    it('with a wrong password: the generic 401', () => expectUnauthorized({ user: 'gone', password: 'wrong' }));
  });

  describe('two-factor (TOTP) for the secure user', () => {
    it('without a code: 401 totp-required', async () => {
      const { status, body } = await login({ user: 'secure', password: 'secure123' });
      expect(status).toBe(401);
      expect(body).toEqual(TOTP_REQUIRED);
    });
    it('with a wrong code: 401 totp-invalid', async () => {
      const { status, body } = await login({ user: 'secure', password: 'secure123', code: wrongCode() });
      expect(status).toBe(401);
      expect(body).toEqual(TOTP_INVALID);
    });
    it('with a wrong code in the header: 401 totp-invalid', async () => {
      const { status, body } = await login({ user: 'secure', password: 'secure123' }, { 'x-2fa-code': wrongCode() });
      expect(status).toBe(401);
      expect(body).toEqual(TOTP_INVALID);
    });
    it('with a valid code in the body `code`: 200', async () => {
      await awayFromStepBoundary();
      await expectSuccess({ user: 'secure', password: 'secure123', code: codeAt(0) }, 'secure');
    });
    it('with a valid code in the x-2fa-code header: 200', async () => {
      const user = await freshSecure();
      await awayFromStepBoundary();
      await expectSuccess({ user, password: 'secure123' }, user, { 'x-2fa-code': codeAt(0) });
    });
    it('with {username} or {email} and a code: 200', async () => {
      const [byName, byEmail] = [await freshSecure(), await freshSecure()];
      await awayFromStepBoundary();
      await expectSuccess({ username: byName, password: 'secure123', code: codeAt(0) }, byName);
      await expectSuccess({ email: `${byEmail}@omnichannel.example`, password: 'secure123', code: codeAt(0) }, byEmail);
    });
    it('accepts the previous and the next 30 s step, not two steps away', async () => {
      const user = await freshSecure();
      await awayFromStepBoundary();
      await expectSuccess({ user, password: 'secure123', code: codeAt(-1) }, user);
      await expectSuccess({ user, password: 'secure123', code: codeAt(1) }, user);
      const near = new Set([-1, 0, 1].map(codeAt));
      for (const far of [codeAt(-3), codeAt(3)].filter((code) => !near.has(code))) {
        const { status, body } = await login({ user: 'secure', password: 'secure123', code: far });
        expect(status).toBe(401);
        expect(body).toEqual(TOTP_INVALID);
      }
    });
    it('a code with blanks around it is invalid (speakeasy accepts digits only)', async () => {
      await awayFromStepBoundary();
      const { status, body } = await login({ user: 'secure', password: 'secure123', code: ` ${codeAt(0)} ` });
      expect(status).toBe(401);
      expect(body).toEqual(TOTP_INVALID);
    });
    it('a raw {totp: {code, login}} body: 200', async () => {
      const user = await freshSecure();
      await awayFromStepBoundary();
      await expectSuccess(
        { totp: { code: codeAt(0), login: { user: { username: user }, password: 'secure123' } } },
        user,
      );
    });
    it('{user: {username}} passes through unchanged, so its `code` is never read: totp-required', async () => {
      await awayFromStepBoundary();
      const { status, body } = await login({ user: { username: 'secure' }, password: 'secure123', code: codeAt(0) });
      expect(status).toBe(401);
      expect(body).toEqual(TOTP_REQUIRED);
    });
    it('a code for a user without two-factor is ignored', () =>
      expectSuccess({ user: 'agent', password: 'agent123', code: '123456' }, 'agent'));
  });

  describe('secrets', () => {
    it('`me` carries no password hash, TOTP secret, token or password', async () => {
      const user = await freshSecure();
      await awayFromStepBoundary();
      const { status, body } = await login({ user, password: 'secure123', code: codeAt(0) });
      expect(status).toBe(200);
      const stored = server.db.prepare('SELECT password_hash FROM users WHERE username = ?').get(user) as {
        password_hash: string;
      };
      const me = JSON.stringify(body.data.me);
      for (const secret of [
        SECURE_TOTP_SECRET,
        stored.password_hash,
        'secure123',
        sha256hex('secure123'),
        body.data.authToken,
      ]) {
        expect(me).not.toContain(secret);
      }
      expect(me).not.toContain('bcrypt');
      expect(body.data.me.services).toEqual({ totp: { enabled: true }, password: { exists: true } });
    });
    it('login tokens are stored only as their SHA-256 base64 hash', async () => {
      const { userId: id, authToken } = await server.login('agent');
      const rows = server.db.prepare('SELECT * FROM login_tokens WHERE user_id = ?').all(id) as Record<
        string,
        unknown
      >[];
      expect(JSON.stringify(rows)).not.toContain(authToken);
      expect(rows.map((row) => row.hashed_token)).toContain(sha256base64(authToken));
      const everything = JSON.stringify(server.db.prepare('SELECT * FROM login_tokens').all());
      expect(everything).not.toContain(authToken);
    });
    it('passwords are stored only as a salted slow hash', () => {
      const rows = server.db.prepare('SELECT username, password_hash, doc FROM users').all() as {
        username: string;
        password_hash: string;
        doc: string;
      }[];
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const { username, password_hash: hash, doc } of rows) {
        const plain = `${username}123`;
        expect(hash).not.toContain(plain);
        expect(hash).not.toContain(sha256hex(plain));
        expect(hash.length).toBeGreaterThan(40);
        expect(doc).not.toContain(plain);
        expect(doc).not.toContain(hash);
      }
      // Salted: equal inputs would still differ, so no two users share a hash.
      expect(new Set(rows.map((row) => row.password_hash)).size).toBe(rows.length);
    });
  });
});

describe('POST /api/v1/logout', () => {
  itRequiresLogin('POST', 'logout');

  // The 7.4+ router finds no `body` in the action's bare result (packages/http-router/src/Router.ts; #35922).
  it('200 with an empty body on 7.x', async () => {
    const auth = await server.login('agent');
    const { status, body } = await server.call('POST', 'logout', { auth });
    expect(status).toBe(200);
    expect(body).toBeUndefined();
  });

  it("200 with Restivus's bare logout body on 6.x (no success key)", async () => {
    const rc6 = await startTestServer({ profile: profiles[6] });
    try {
      const auth = await rc6.login('agent');
      const { status, body } = await rc6.call('POST', 'logout', { auth });
      expect(status).toBe(200);
      expect(body).toEqual(LOGGED_OUT_6);
    } finally {
      await rc6.close();
    }
  });

  it('revokes only the token used: another session of the same user still works', async () => {
    const first = await server.login('agent');
    const second = await server.login('agent');
    const count = () =>
      (server.db.prepare('SELECT count(*) AS n FROM login_tokens WHERE user_id = ?').get(first.userId) as { n: number })
        .n;
    const before = count();
    expect((await server.call('POST', 'logout', { auth: first })).status).toBe(200);
    expect(count()).toBe(before - 1);
    const revoked = await server.call('GET', 'me', { auth: first });
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual(NOT_LOGGED_IN);
    const kept = await server.call('GET', 'me', { auth: second });
    expect(kept.status).toBe(200);
    expect(kept.body._id).toBe(second.userId);
  });

  it('a second logout with the same token is 401', async () => {
    const auth = await server.login('agent');
    await server.call('POST', 'logout', { auth });
    const { status, body } = await server.call('POST', 'logout', { auth });
    expect(status).toBe(401);
    expect(body).toEqual(NOT_LOGGED_IN);
  });

  it('GET logout (deprecated, still served by 7.x) logs out too', async () => {
    const auth = await server.login('agent');
    const { status, body } = await server.call('GET', 'logout', { auth });
    expect(status).toBe(200);
    expect(body).toBeUndefined();
    expect((await server.call('GET', 'me', { auth })).status).toBe(401);
  });
});

describe('GET /api/v1/me', () => {
  itRequiresLogin('GET', 'me');

  it('A7: the user through getUserInfo, plus success', async () => {
    const auth = await server.login('agent');
    const { status, body } = await server.call('GET', 'me', { auth });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body._id).toBe(auth.userId);
    expect(body.username).toBe('agent');
    expect(body.active).toBe(true);
    expect(body.name).toBe('Agatha Agent');
    expect(body.roles).toEqual(['user', 'livechat-agent']);
    expect(body.emails).toEqual([{ address: 'agent@omnichannel.example', verified: true }]);
    expect(body.email).toBe('agent@omnichannel.example');
    expect(body.status).toEqual(expect.any(String));
    expect(body.settings.profile).toEqual({});
    expect(body.settings.preferences).toEqual(expect.any(Object));
    expect(Array.isArray(body.settings.preferences)).toBe(false);
    expect(body.avatarUrl).toBe(`${server.url}/avatar/agent`);
    expect(body.isOAuthUser).toBe(false);
    expect(body.services).toEqual({ password: { exists: true } });
    expect(new Date(body._updatedAt).toISOString()).toBe(body._updatedAt);
    // getBaseUserFields has neither createdAt nor type.
    expect(body).not.toHaveProperty('createdAt');
    expect(body).not.toHaveProperty('type');
    expect(JSON.stringify(body)).not.toContain('bcrypt');
    expect(JSON.stringify(body)).not.toContain(auth.authToken);
  });

  it('equals the `me` that login returned', async () => {
    const answer = await login({ user: 'manager', password: 'manager123' });
    const auth = { userId: answer.body.data.userId, authToken: answer.body.data.authToken };
    const { body } = await server.call('GET', 'me', { auth });
    const { success, ...me } = body;
    expect(success).toBe(true);
    expect(me).toEqual(answer.body.data.me);
  });

  it('an unverified email gives no `email` field', async () => {
    const admin = await server.login('admin');
    const created = await server.call('POST', 'users.create', {
      auth: admin,
      body: { email: 'fresh@omnichannel.example', name: 'Fresh', password: 'fresh123', username: 'fresh' },
    });
    expect(created.status).toBe(200);
    const { body } = await server.call('GET', 'me', { auth: await server.login('fresh') });
    expect(body.emails).toEqual([{ address: 'fresh@omnichannel.example', verified: false }]);
    expect(body).not.toHaveProperty('email');
    expect(body.roles).toEqual(['user']);
  });
});
