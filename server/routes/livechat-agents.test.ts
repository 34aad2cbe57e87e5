import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { unauthorized } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// rocketchat-api.md §9: choosing a contact manager.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
afterAll(() => server.close());

describe('GET livechat/users/agent', () => {
  it('lists agents (admin, agent, manager, secure) with paging and the agent projection', async () => {
    const { status, body } = await server.call('GET', 'livechat/users/agent', { auth: admin });
    expect(status).toBe(200);
    expect(body.users.map((user: { username: string }) => user.username)).toEqual([
      'admin',
      'agent',
      'manager',
      'secure',
    ]);
    expect(body).toMatchObject({ count: 4, offset: 0, total: 4, success: true });
    expect(Object.keys(body.users[0]).sort()).toEqual(['_id', 'departments', 'emails', 'name', 'status', 'username']);
  });

  it('filters by text on username, name or email (case-insensitive) and pages', async () => {
    const { body } = await server.call('GET', 'livechat/users/agent', { auth: admin, query: { text: 'AGATHA' } });
    expect(body.users.map((user: { username: string }) => user.username)).toEqual(['agent']);
    const page = await server.call('GET', 'livechat/users/agent', { auth: admin, query: { count: '2', offset: '2' } });
    expect(page.body).toMatchObject({ count: 2, offset: 2, total: 4 });
  });

  it('answers 403 "unauthorized" without transfer-livechat-guest or edit-omnichannel-contact', async () => {
    const auth = await server.login('user');
    expect(await server.call('GET', 'livechat/users/agent', { auth })).toEqual({
      status: 403,
      body: { success: false, error: 'unauthorized' },
    });
  });

  it('an agent may list (edit-omnichannel-contact) even without transfer-livechat-guest', async () => {
    const auth = await server.login('agent');
    expect((await server.call('GET', 'livechat/users/agent', { auth })).status).toBe(200);
    await helpers.withRoles('edit-omnichannel-contact', [], async () => {
      expect((await server.call('GET', 'livechat/users/agent', { auth })).status).toBe(403);
    });
  });

  it('401 without credentials; unknown type is a 400', async () => {
    expect((await server.call('GET', 'livechat/users/agent')).status).toBe(401);
    expect(await server.call('GET', 'livechat/users/bot', { auth: admin })).toEqual({
      status: 400,
      body: { success: false, error: 'Invalid type' },
    });
  });
});

describe('GET livechat/users/agent/:_id', () => {
  it('returns the agent, null for a non-agent, 400 for an unknown user, 403 without view-livechat-manager', async () => {
    const agentId = (await server.login('agent')).userId;
    const { body } = await server.call('GET', `livechat/users/agent/${agentId}`, { auth: admin });
    expect(body).toEqual({
      user: expect.objectContaining({ _id: agentId, username: 'agent', name: 'Agatha Agent' }),
      success: true,
    });
    const userId = (await server.login('user')).userId;
    expect((await server.call('GET', `livechat/users/agent/${userId}`, { auth: admin })).body).toEqual({
      user: null,
      success: true,
    });
    expect(await server.call('GET', 'livechat/users/agent/nope', { auth: admin })).toEqual({
      status: 400,
      body: { success: false, error: 'User not found' },
    });
    const agentAuth = await server.login('agent');
    expect(await server.call('GET', `livechat/users/agent/${agentId}`, { auth: agentAuth })).toEqual({
      status: 403,
      body: unauthorized,
    });
  });
});
