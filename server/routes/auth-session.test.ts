import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { NOT_LOGGED_IN } from '../test-support/error-bodies.ts';
import { profiles } from '../profile.ts';
import { loginCalls, LOGGED_OUT_6 } from '../test-support/login-calls.ts';

// A session's end (logout) and what it reads (me), and the 401 every call without a valid session gets.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const { login, userId } = loginCalls(() => server);

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
