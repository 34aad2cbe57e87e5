import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import {
  loginCalls,
  NOT_ACTIVATED,
  UNAUTHORIZED,
  awayFromStepBoundary,
  codeAt,
  sha256hex,
} from '../test-support/login-calls.ts';

// Login bodies Rocket.Chat accepts and refuses (7.x answers, byte for byte); two-factor and stored secrets have their
// own file, as do logout and me.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const { login, userId, freshSecure, expectSuccess, expectUnauthorized, expectInternalError } = loginCalls(() => server);

describe('POST /api/v1/login', () => {
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
});
