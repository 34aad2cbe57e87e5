import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { findRoomById, saveRoom } from '../domain/rooms.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts (7.x) for
// livechat/visitors.info, .pagesVisited, .chatHistory, .searchChats and .autocomplete, named after its titles.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());

const get = (path: string, query?: Record<string, string>, auth: Credentials = admin) =>
  server.call('GET', path, { auth, ...(query ? { query } : {}) });

/**
 * `startANewLivechatRoomAndTakeIt()` has an agent take the inquiry; this server has no routing, so the test marks
 * the room as served by the user directly.
 */
async function servedRoom(token: string, by: { _id: string; username: string }) {
  const room = await helpers.openRoom(token);
  saveRoom(server.db, { ...findRoomById(server.db, room._id)!, servedBy: { ...by, ts: new Date().toISOString() } });
  return room as { _id: string };
}

describe('livechat/visitors.info', () => {
  it('should return an "unauthorized error" when the user does not have the necessary permission', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await get('livechat/visitors.info', { visitorId: 'invalid' })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('should return an "visitor not found error" when the visitor doe snot exists', async () => {
    expect(await get('livechat/visitors.info', { visitorId: 'invalid' })).toEqual({
      status: 400,
      body: { success: false, error: 'visitor-not-found' },
    });
  });

  it('should return the visitor info', async () => {
    const visitor = await helpers.createVisitor();
    const { status, body } = await get('livechat/visitors.info', { visitorId: visitor._id });
    expect(status).toBe(200);
    expect(body.visitor).toMatchObject({ _id: visitor._id, token: visitor.token, username: visitor.username });
  });

  it('rest-typings isLivechatVisitorsInfoProps: visitorId is required, nothing else is allowed', async () => {
    expect(await get('livechat/visitors.info')).toEqual({
      status: 400,
      body: invalidParams("must have required property 'visitorId'"),
    });
    expect(await get('livechat/visitors.info', { visitorId: 'x', extra: '1' })).toEqual({
      status: 400,
      body: invalidParams('must NOT have additional properties'),
    });
  });
});

describe('livechat/visitors.pagesVisited', () => {
  it('should return an "unauthorized error" when the user does not have the necessary permission', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await get('livechat/visitors.pagesVisited/room-id')).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('should return an "error" when the roomId param is not provided', async () => {
    expect(await get('livechat/visitors.pagesVisited/room-id')).toEqual({
      status: 400,
      body: { success: false, error: 'invalid-room' },
    });
  });

  it('should return an array of pages', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(await get(`livechat/visitors.pagesVisited/${room._id}`, { offset: '0', count: '5' })).toEqual({
      status: 200,
      body: { pages: [], count: 0, offset: 0, total: 0, success: true },
    });
  });

  it('parseJsonQuery runs before the room is looked up: a bad sort wins', async () => {
    const { status, body } = await get('livechat/visitors.pagesVisited/room-id', { sort: '{bad' });
    expect(status).toBe(400);
    expect(body.errorType).toBe('error-invalid-sort');
  });
});

describe('livechat/visitors.chatHistory/room/room-id/visitor/visitor-id', () => {
  it('should return an "unauthorized error" when the user does not have the necessary permission', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await get('livechat/visitors.chatHistory/room/room-id/visitor/visitor-id')).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('should return an "error" when the roomId param is invalid', async () => {
    expect(await get('livechat/visitors.chatHistory/room/room-id/visitor/visitor-id')).toEqual({
      status: 400,
      body: { success: false, error: 'invalid-room' },
    });
  });

  it('should return an array of chat history', async () => {
    const visitor = await helpers.createVisitor();
    const first = await helpers.openRoom(visitor.token);
    await helpers.closeRoom(first._id, visitor.token);
    const second = await helpers.openRoom(visitor.token);
    const { status, body } = await get(`livechat/visitors.chatHistory/room/${second._id}/visitor/${visitor._id}`);
    expect(status).toBe(200);
    // Every room of the visitor, open or closed, newest first (sort `{ts: -1}`).
    expect(body.history.map((room: { _id: string }) => room._id)).toEqual([second._id, first._id]);
    expect(body).toMatchObject({ count: 2, offset: 0, total: 2, success: true });
    const paged = await get(`livechat/visitors.chatHistory/room/${second._id}/visitor/${visitor._id}`, {
      count: '1',
      offset: '1',
      sort: '{"ts":1}',
    });
    expect(paged.body).toMatchObject({ count: 1, offset: 1, total: 2 });
    expect(paged.body.history[0]._id).toBe(second._id);
  });

  it('canAccessRoom: an agent who does not serve the room and lacks view-livechat-rooms is refused', async () => {
    const agent = await helpers.createUser(['user', 'livechat-agent']);
    const agentAuth = await server.login(agent.username, agent.password);
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const path = `livechat/visitors.chatHistory/room/${room._id}/visitor/${visitor._id}`;
    expect(await get(path, undefined, agentAuth)).toEqual({
      status: 400,
      body: { success: false, error: 'error-not-allowed' },
    });
    const served = await servedRoom(visitor.token, agent);
    const own = await get(
      `livechat/visitors.chatHistory/room/${served._id}/visitor/${visitor._id}`,
      undefined,
      agentAuth,
    );
    expect(own.body.total).toBe(2);
  });
});

describe('livechat/visitors.autocomplete', () => {
  it('should return an error when the user doesnt have the right permissions', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await get('livechat/visitors.autocomplete', { selector: 'xxx' })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('should return an error when the "selector" query parameter is not valid', async () => {
    expect(await get('livechat/visitors.autocomplete')).toEqual({
      status: 400,
      body: invalidParams("must have required property 'selector'"),
    });
  });

  it('should return an error if "selector" param is not JSON serializable', async () => {
    const { status, body } = await get('livechat/visitors.autocomplete', { selector: '{invalid' });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: expect.stringContaining('JSON') });
  });

  it('should return a list of visitors when the query params is all valid', async () => {
    const visitor = await helpers.createVisitor();
    const { status, body } = await get('livechat/visitors.autocomplete', {
      selector: JSON.stringify({ term: visitor.name.toLowerCase() }),
    });
    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        _id: visitor._id,
        name: visitor.name,
        username: visitor.username,
        custom_name: `${visitor.username} - ${visitor.name}`,
      },
    ]);
  });

  it('matches the start of the name only, honours exceptions, and returns at most 10 sorted by name', async () => {
    for (const name of ['Zed Prefixtest', 'Prefixtest B', 'Prefixtest A']) await helpers.createVisitor({ name });
    const names = async (selector: object) =>
      (await get('livechat/visitors.autocomplete', { selector: JSON.stringify(selector) })).body.items.map(
        (item: { name: string }) => item.name,
      );
    expect(await names({ term: 'prefixtest' })).toEqual(['Prefixtest A', 'Prefixtest B']);
    const [first] = (await get('livechat/visitors.autocomplete', { selector: '{"term":"Prefixtest A"}' })).body.items;
    expect(await names({ term: 'prefixtest', exceptions: [first._id] })).toEqual(['Prefixtest B']);
    for (let i = 0; i < 11; i++) await helpers.createVisitor({ name: `Many ${i}` });
    expect(await names({ term: 'many' })).toHaveLength(10);
  });
});

describe('livechat/visitors.searchChats/room/:roomId/visitor/:visitorId', () => {
  it('should return an error when the user doesnt have the right permissions', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect((await get('livechat/visitors.searchChats/room/123/visitor/123')).status).toBe(403);
    });
  });

  it('should throw an error when the roomId is not valid', async () => {
    expect(await get('livechat/visitors.searchChats/room/invalid/visitor/123')).toEqual({
      status: 400,
      body: { success: false, error: 'invalid-room' },
    });
  });

  it('should return an empty array if the visitorId doesnt correlate to room', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(await get(`livechat/visitors.searchChats/room/${room._id}/visitor/123`)).toEqual({
      status: 200,
      body: { history: [], count: 0, offset: 0, total: 0, success: true },
    });
  });

  it('should return a list of chats when the query params is all valid', async () => {
    const visitor = await helpers.createVisitor();
    const me = { _id: admin.userId, username: 'admin' };
    const room = await servedRoom(visitor.token, me);
    const { body } = await get(`livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`, {
      closedChatsOnly: 'false',
      servedChatsOnly: 'true',
    });
    expect(body.history).toHaveLength(1);
    expect(Object.keys(body.history[0]).sort()).toEqual(['_id', 'fname', 'msgs', 'servedBy', 'source', 'ts', 'v']);
    // "filtered by source": a case-insensitive part of source.type.
    const bySource = await get(`livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`, {
      source: 'AP',
      servedChatsOnly: 'true',
    });
    expect(bySource.body.total).toBe(1);
    const otherSource = await get(`livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`, {
      source: 'widget',
    });
    expect(otherSource.body.total).toBe(0);
  });

  it('should return only served chats when servedChatsOnly is true', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { body } = await get(`livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`, {
      closedChatsOnly: 'false',
      servedChatsOnly: 'true',
    });
    expect(body.history).toEqual([]);
  });

  it('should return all chats when both closed & served flags are false, and only closed ones with closedChatsOnly', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await helpers.closeRoomByUser(room._id);
    const room2 = await helpers.openRoom(visitor.token);
    await helpers.closeRoomByUser(room2._id);
    await helpers.openRoom(visitor.token);
    const path = `livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`;
    const all = await get(path, { closedChatsOnly: 'false', servedChatsOnly: 'false' });
    expect(all.body).toMatchObject({ count: 3, total: 3 });
    expect(all.body.history.filter((chat: { closedAt?: string }) => chat.closedAt)).toHaveLength(2);
    const closed = await get(path, { closedChatsOnly: 'true', servedChatsOnly: 'false' });
    expect(closed.body.history.map((chat: { _id: string }) => chat._id).sort()).toEqual([room._id, room2._id].sort());
  });

  it('searchText keeps the rooms with a message containing it, case-sensitively; blank text filters nothing', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await helpers.openRoom(visitor.token);
    await helpers.sendMessage(room._id, 'Hello, my order 42 is late', visitor.token);
    const path = `livechat/visitors.searchChats/room/${room._id}/visitor/${visitor._id}`;
    const found = await get(path, { searchText: 'order 42' });
    expect(found.body.history.map((chat: { _id: string }) => chat._id)).toEqual([room._id]);
    expect((await get(path, { searchText: 'ORDER 42' })).body.total).toBe(0);
    expect((await get(path, { searchText: '   ' })).body.total).toBe(2);
  });
});
