import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { SECURE_TOTP_SECRET } from '../seed/users.ts';
import {
  loginCalls,
  TOTP_INVALID,
  TOTP_REQUIRED,
  awayFromStepBoundary,
  codeAt,
  sha256base64,
  sha256hex,
  wrongCode,
} from '../test-support/login-calls.ts';

// Two-factor (TOTP) logins, and what login must never store or send in the clear.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const { login, freshSecure, expectSuccess } = loginCalls(() => server);

describe('POST /api/v1/login', () => {
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
