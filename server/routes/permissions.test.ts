import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { NOT_LOGGED_IN } from '../test-support/error-bodies.ts';
import { unauthorized } from '../test-support/omnichannel.ts';
import { defaultPermissions } from '../domain/permissions.ts';

/** Rocket.Chat 7.x (pre-8.0) bodies: ApiClass.ts and apps/meteor/app/api/server/v1/permissions.ts. */
const INVALID_BODY = { success: false, error: 'Invalid body params', errorType: 'error-invalid-body-params' };
const INVALID_PERMISSION = { success: false, error: 'Invalid permission', errorType: 'error-invalid-permission' };
const INVALID_ROLE = { success: false, error: 'Invalid role', errorType: 'error-invalid-role' };
const INVALID_DATE = {
  success: false,
  error: 'The "updatedSince" query parameter must be a valid date. [error-roomId-param-invalid]',
  errorType: 'error-roomId-param-invalid',
};

// Each test gets its own server: permissions.update changes what later calls may do.
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

function itRequiresLogin(method: 'GET' | 'POST', path: string, body?: unknown) {
  const expect401 = async (options: Parameters<TestServer['call']>[2]) => {
    const { status, body: answer } = await server.call(method, path, {
      ...options,
      ...(body === undefined ? {} : { body }),
    });
    expect(status).toBe(401);
    expect(answer).toEqual(NOT_LOGGED_IN);
  };
  it('401 without X-User-Id and X-Auth-Token', () => expect401({}));
  it('401 with X-User-Id only', async () => {
    const { userId } = await server.login('admin');
    await expect401({ headers: { 'x-user-id': userId } });
  });
  it('401 with X-Auth-Token only', async () => {
    const { authToken } = await server.login('admin');
    await expect401({ headers: { 'x-auth-token': authToken } });
  });
  it('401 with a wrong token', async () => {
    const { userId } = await server.login('admin');
    await expect401({ auth: { userId, authToken: 'wrong-token' } });
  });
  it('401 with a token after logout', async () => {
    const auth = await server.login('admin');
    expect((await server.call('POST', 'logout', { auth })).status).toBe(200);
    await expect401({ auth });
  });
}

const expectPermissionDoc = (doc: unknown) => {
  expect(Object.keys(doc as object).sort()).toEqual(['_id', '_updatedAt', 'roles']);
  const { _id, roles, _updatedAt } = doc as { _id: unknown; roles: unknown; _updatedAt: string };
  expect(typeof _id).toBe('string');
  expect(Array.isArray(roles)).toBe(true);
  expect(new Date(_updatedAt).toISOString()).toBe(_updatedAt);
};

const byId = (docs: { _id: string; roles: string[] }[], id: string) => docs.find((doc) => doc._id === id);

describe('GET /api/v1/permissions.listAll', () => {
  itRequiresLogin('GET', 'permissions.listAll');

  it('200 for any logged-in user (no permission needed): every permission in `update`, `remove` empty', async () => {
    const auth = await server.login('user');
    const { status, body } = await server.call('GET', 'permissions.listAll', { auth });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['remove', 'success', 'update']);
    expect(body.success).toBe(true);
    expect(body.remove).toEqual([]);
    expect(body.update.map((doc: { _id: string }) => doc._id).sort()).toEqual(Object.keys(defaultPermissions).sort());
    body.update.forEach(expectPermissionDoc);
  });

  it('carries Rocket.Chat’s default roles (rocketchat-api.md §4)', async () => {
    const { body } = await server.call('GET', 'permissions.listAll', { auth: await server.login('agent') });
    const everyone = ['livechat-manager', 'livechat-monitor', 'livechat-agent', 'admin'];
    expect(byId(body.update, 'view-l-room')?.roles).toEqual(everyone);
    expect(byId(body.update, 'view-livechat-contact')?.roles).toEqual(everyone);
    expect(byId(body.update, 'delete-livechat-contact')?.roles).toEqual(['livechat-manager', 'admin']);
    expect(byId(body.update, 'view-livechat-manager')?.roles).toEqual([
      'livechat-manager',
      'livechat-monitor',
      'admin',
    ]);
    expect(byId(body.update, 'edit-omnichannel-contact')?.roles).toEqual([
      'livechat-manager',
      'livechat-agent',
      'admin',
    ]);
    expect(byId(body.update, 'access-permissions')?.roles).toEqual(['admin']);
    expect(byId(body.update, 'create-user')?.roles).toEqual(['admin']);
  });

  it('updatedSince in the past lists everything; in the future, nothing', async () => {
    const auth = await server.login('agent');
    const past = await server.call('GET', 'permissions.listAll', {
      auth,
      query: { updatedSince: '2000-01-01T00:00:00.000Z' },
    });
    expect(past.status).toBe(200);
    expect(past.body.update).toHaveLength(Object.keys(defaultPermissions).length);
    expect(past.body.remove).toEqual([]);
    const future = await server.call('GET', 'permissions.listAll', {
      auth,
      query: { updatedSince: '2999-01-01T00:00:00.000Z' },
    });
    expect(future.status).toBe(200);
    expect(future.body).toEqual({ update: [], remove: [], success: true });
  });

  it('updatedSince returns only what changed after it', async () => {
    const admin = await server.login('admin');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await server.call('POST', 'permissions.update', {
      auth: admin,
      body: { permissions: [{ _id: 'view-l-room', roles: ['admin', 'livechat-agent'] }] },
    });
    expect(updated.status).toBe(200);
    const { status, body } = await server.call('GET', 'permissions.listAll', {
      auth: admin,
      query: { updatedSince: since },
    });
    expect(status).toBe(200);
    expect(body.update).toHaveLength(1);
    expect(body.update[0]).toMatchObject({ _id: 'view-l-room', roles: ['admin', 'livechat-agent'] });
    expect(body.update[0]._updatedAt > since).toBe(true);
    expect(body.remove).toEqual([]);
  });

  it('an empty updatedSince lists everything (`if (updatedSince)`)', async () => {
    const { status, body } = await server.call('GET', 'permissions.listAll', {
      auth: await server.login('agent'),
      query: { updatedSince: '' },
    });
    expect(status).toBe(200);
    expect(body.update).toHaveLength(Object.keys(defaultPermissions).length);
  });

  it('an invalid updatedSince: 400 with the roomId-named error', async () => {
    const auth = await server.login('agent');
    for (const updatedSince of ['not-a-date', '2024-13-45']) {
      const { status, body } = await server.call('GET', 'permissions.listAll', { auth, query: { updatedSince } });
      expect(status).toBe(400);
      expect(body).toEqual(INVALID_DATE);
    }
  });
});

describe('POST /api/v1/permissions.update', () => {
  itRequiresLogin('POST', 'permissions.update', { permissions: [{ _id: 'view-l-room', roles: ['admin'] }] });

  const update = async (username: string, body: unknown) =>
    server.call('POST', 'permissions.update', { auth: await server.login(username), body });

  it('403 without access-permissions (agent, manager, user), exact body', async () => {
    for (const username of ['agent', 'manager', 'user']) {
      const { status, body } = await update(username, { permissions: [{ _id: 'view-l-room', roles: ['admin'] }] });
      expect(status).toBe(403);
      expect(body).toEqual(unauthorized);
    }
  });

  it('403 wins over a bad body on this legacy route (permissions before the in-action check)', async () => {
    const { status, body } = await update('agent', { nonsense: true });
    expect(status).toBe(403);
    expect(body).toEqual(unauthorized);
  });

  it('400 Invalid body params for every schema violation', async () => {
    const bad: unknown[] = [
      {},
      { permissions: 'view-l-room' },
      { permissions: {} },
      { permissions: [{ _id: 'view-l-room' }] },
      { permissions: [{ roles: ['admin'] }] },
      { permissions: [{ _id: 5, roles: ['admin'] }] },
      { permissions: [{ _id: 'view-l-room', roles: 'admin' }] },
      { permissions: [{ _id: 'view-l-room', roles: [1] }] },
      { permissions: [{ _id: 'view-l-room', roles: ['admin', 'admin'] }] },
      { permissions: [{ _id: 'view-l-room', roles: ['admin'], extra: true }] },
      { permissions: [{ _id: 'view-l-room', roles: ['admin'] }], extra: true },
      { permissions: ['view-l-room'] },
    ];
    for (const body of bad) {
      const answer = await update('admin', body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.body).toEqual(INVALID_BODY);
    }
  });

  it('400 Invalid permission for an unknown id or an id listed twice', async () => {
    for (const permissions of [
      [{ _id: 'no-such-permission', roles: ['admin'] }],
      [
        { _id: 'view-l-room', roles: ['admin'] },
        { _id: 'view-l-room', roles: ['livechat-agent'] },
      ],
    ]) {
      const { status, body } = await update('admin', { permissions });
      expect(status).toBe(400);
      expect(body).toEqual(INVALID_PERMISSION);
    }
  });

  it('400 Invalid role for an unknown role', async () => {
    const { status, body } = await update('admin', {
      permissions: [{ _id: 'view-l-room', roles: ['admin', 'no-such-role'] }],
    });
    expect(status).toBe(400);
    expect(body).toEqual(INVALID_ROLE);
  });

  it('every id is checked before any role: an unknown role early, an unknown id later → Invalid permission', async () => {
    const { status, body } = await update('admin', {
      permissions: [
        { _id: 'view-l-room', roles: ['no-such-role'] },
        { _id: 'no-such-permission', roles: ['admin'] },
      ],
    });
    expect(status).toBe(400);
    expect(body).toEqual(INVALID_PERMISSION);
  });

  it('a failed update changes nothing', async () => {
    const admin = await server.login('admin');
    const before = await server.call('GET', 'permissions.listAll', { auth: admin });
    await update('admin', {
      permissions: [
        { _id: 'view-l-room', roles: ['admin'] },
        { _id: 'create-user', roles: ['no-such-role'] },
      ],
    });
    const after = await server.call('GET', 'permissions.listAll', { auth: admin });
    expect(after.body).toEqual(before.body);
  });

  it('200: sets the roles and returns all permissions', async () => {
    const { status, body } = await update('admin', {
      permissions: [
        { _id: 'view-l-room', roles: ['admin'] },
        { _id: 'create-user', roles: ['admin', 'livechat-manager'] },
      ],
    });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['permissions', 'success']);
    expect(body.success).toBe(true);
    expect(body.permissions).toHaveLength(Object.keys(defaultPermissions).length);
    body.permissions.forEach(expectPermissionDoc);
    expect(byId(body.permissions, 'view-l-room')?.roles).toEqual(['admin']);
    expect(byId(body.permissions, 'create-user')?.roles).toEqual(['admin', 'livechat-manager']);
    expect(byId(body.permissions, 'access-permissions')?.roles).toEqual(['admin']);
    const listed = await server.call('GET', 'permissions.listAll', { auth: await server.login('agent') });
    expect(listed.body.update).toEqual(body.permissions);
  });

  it('an empty list is valid and returns all permissions unchanged', async () => {
    const { status, body } = await update('admin', { permissions: [] });
    expect(status).toBe(200);
    expect(body.permissions).toHaveLength(Object.keys(defaultPermissions).length);
    expect(byId(body.permissions, 'view-l-room')?.roles).toEqual(defaultPermissions['view-l-room']);
  });

  it('an empty role list takes the permission from everyone', async () => {
    const { status, body } = await update('admin', { permissions: [{ _id: 'view-statistics', roles: [] }] });
    expect(status).toBe(200);
    expect(byId(body.permissions, 'view-statistics')?.roles).toEqual([]);
    const info = await server.call('GET', '/info', { auth: await server.login('admin') });
    expect(info.body).not.toHaveProperty('info');
  });

  it('the change takes effect: gating permissions follow the new roles', async () => {
    // Removing view-livechat-manager from livechat-manager locks the manager out of livechat/users/agent.
    const before = await update('manager', { permissions: [] });
    expect(before.status).toBe(403);
    const asManager = async () =>
      server.call('POST', 'livechat/users/agent', { auth: await server.login('manager'), body: { username: 'user' } });
    expect((await asManager()).status).toBe(200);
    expect((await update('admin', { permissions: [{ _id: 'view-livechat-manager', roles: ['admin'] }] })).status).toBe(
      200,
    );
    const locked = await asManager();
    expect(locked.status).toBe(403);
    expect(locked.body).toEqual(unauthorized);
    // Granting access-permissions to livechat-agent lets the agent update permissions.
    expect(
      (await update('admin', { permissions: [{ _id: 'access-permissions', roles: ['admin', 'livechat-agent'] }] }))
        .status,
    ).toBe(200);
    const byAgent = await update('agent', {
      permissions: [{ _id: 'view-livechat-manager', roles: ['admin', 'livechat-manager'] }],
    });
    expect(byAgent.status).toBe(200);
    expect((await asManager()).status).toBe(200);
  });
});
