import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { NOT_LOGGED_IN } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';

/** Rocket.Chat 7.x (pre-8.0) bodies: ApiClass.ts, livechat/imports/server/rest/users.ts, livechat/server/lib/omni-users.ts. */
const INVALID_USER = { success: false, error: '[error-invalid-user]', errorType: 'error-invalid-user' };

// A fresh server per test: these calls grant roles.
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const userId = (username: string) =>
  (server.db.prepare('SELECT _id FROM users WHERE username = ?').get(username) as { _id: string })._id;

const add = async (type: string, as: string, body: unknown) =>
  server.call('POST', `livechat/users/${type}`, { auth: await server.login(as), body });

const me = async (username: string) => (await server.call('GET', 'me', { auth: await server.login(username) })).body;

for (const [type, role] of [
  ['agent', 'livechat-agent'],
  ['manager', 'livechat-manager'],
] as const) {
  describe(`POST /api/v1/livechat/users/${type}`, () => {
    describe('authentication', () => {
      const expect401 = async (options: Parameters<TestServer['call']>[2]) => {
        const { status, body } = await server.call('POST', `livechat/users/${type}`, {
          ...options,
          body: { username: 'user' },
        });
        expect(status).toBe(401);
        expect(body).toEqual(NOT_LOGGED_IN);
      };
      it('401 without X-User-Id and X-Auth-Token', () => expect401({}));
      it('401 with X-User-Id only', () => expect401({ headers: { 'x-user-id': userId('admin') } }));
      it('401 with X-Auth-Token only', async () =>
        expect401({ headers: { 'x-auth-token': (await server.login('admin')).authToken } }));
      it('401 with a wrong token', () => expect401({ auth: { userId: userId('admin'), authToken: 'wrong-token' } }));
      it('401 with a token after logout', async () => {
        const auth = await server.login('admin');
        expect((await server.call('POST', 'logout', { auth })).status).toBe(200);
        await expect401({ auth });
      });
    });

    it('403 without view-livechat-manager (agent, user), exact body', async () => {
      for (const as of ['agent', 'user']) {
        const { status, body } = await add(type, as, { username: 'user' });
        expect(status).toBe(403);
        expect(body).toEqual(unauthorized);
      }
      expect((await me('user')).roles).toEqual(['user']);
    });

    it('400 invalid-params for a missing username', async () => {
      const { status, body } = await add(type, 'admin', {});
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams("must have required property 'username'"));
    });

    it('400 invalid-params for an extra property', async () => {
      const { status, body } = await add(type, 'admin', { username: 'user', extra: true });
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams('must NOT have additional properties'));
    });

    it('the body is validated before the permission: an agent with a bad body gets 400, not 403', async () => {
      const { status, body } = await add(type, 'agent', {});
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams("must have required property 'username'"));
    });

    it('400 [error-invalid-user] for an unknown username', async () => {
      const { status, body } = await add(type, 'admin', { username: 'nobody' });
      expect(status).toBe(400);
      expect(body).toEqual(INVALID_USER);
    });

    it('the username must match exactly (Users.findOneByUsername is case-sensitive)', async () => {
      const { status, body } = await add(type, 'admin', { username: 'USER' });
      expect(status).toBe(400);
      expect(body).toEqual(INVALID_USER);
    });

    it(`200 {user: {_id, username}, success}; the user now has ${role}`, async () => {
      const { status, body } = await add(type, 'admin', { username: 'user' });
      expect(status).toBe(200);
      expect(body).toEqual({ user: { _id: userId('user'), username: 'user' }, success: true });
      const profile = await me('user');
      expect(profile.roles).toEqual(['user', role]);
    });

    it('a livechat-manager may do it too', async () => {
      const { status, body } = await add(type, 'manager', { username: 'user' });
      expect(status).toBe(200);
      expect(body).toEqual({ user: { _id: userId('user'), username: 'user' }, success: true });
    });

    it('adding twice succeeds and does not repeat the role', async () => {
      expect((await add(type, 'admin', { username: 'user' })).status).toBe(200);
      const again = await add(type, 'admin', { username: 'user' });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ user: { _id: userId('user'), username: 'user' }, success: true });
      expect((await me('user')).roles).toEqual(['user', role]);
    });
  });
}

describe('role effects', () => {
  it('a new agent is marked available for omnichannel', async () => {
    expect((await me('user')).statusLivechat).toBeUndefined();
    expect((await add('agent', 'admin', { username: 'user' })).status).toBe(200);
    expect((await me('user')).statusLivechat).toBe('available');
  });

  it('adding a manager does not touch statusLivechat', async () => {
    expect((await add('manager', 'admin', { username: 'user' })).status).toBe(200);
    expect((await me('user')).statusLivechat).toBeUndefined();
  });

  it('a new manager gains view-livechat-manager: the agent made manager can add agents', async () => {
    expect((await add('agent', 'agent', { username: 'user' })).status).toBe(403);
    expect((await add('manager', 'admin', { username: 'agent' })).status).toBe(200);
    expect((await me('agent')).roles).toEqual(['user', 'livechat-agent', 'livechat-manager']);
    const { status, body } = await add('agent', 'agent', { username: 'user' });
    expect(status).toBe(200);
    expect(body).toEqual({ user: { _id: userId('user'), username: 'user' }, success: true });
  });
});

describe('POST /api/v1/livechat/users/:type with another type', () => {
  it('400 "Invalid type" (a plain Error: no errorType)', async () => {
    const { status, body } = await add('bogus', 'admin', { username: 'user' });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Invalid type' });
  });

  it('the permission and the body are checked first', async () => {
    const forbidden = await add('bogus', 'agent', { username: 'user' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual(unauthorized);
    const invalid = await add('bogus', 'admin', {});
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual(invalidParams("must have required property 'username'"));
  });

  it('401 without credentials', async () => {
    const { status, body } = await server.call('POST', 'livechat/users/bogus', { body: { username: 'user' } });
    expect(status).toBe(401);
    expect(body).toEqual(NOT_LOGGED_IN);
  });
});
