import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { findRoomById, saveRoom } from '../domain/rooms.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/00-rooms.ts
// (describe 'livechat/:rid/messages'), the endpoint the contact history's messages view calls
// (client/views/omnichannel/contactHistory/MessageList/useHistoryMessageList.ts); the rest from
// livechat/imports/server/rest/visitors.ts, Messages.findLivechatClosedMessages and closeRoom.ts.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
afterAll(() => server.close());

const list = (rid: string, query: Record<string, string> = {}, auth: Credentials | null = admin) =>
  server.call('GET', `livechat/${rid}/messages`, { ...(auth ? { auth } : {}), query });

async function roomWith(...messages: string[]) {
  const visitor = await helpers.createVisitor();
  const room = await helpers.openRoom(visitor.token);
  for (const msg of messages) await helpers.sendMessage(room._id, msg, visitor.token);
  return { visitor, room };
}

describe('[GET] livechat/:rid/messages', () => {
  it('needs a login', async () => {
    expect((await list('test', {}, null)).status).toBe(401);
  });

  it('should fail if room provided is invalid', async () => {
    expect(await list('test')).toEqual({ status: 400, body: { success: false, error: 'invalid-room' } });
  });

  it('should throw an error if user doesnt have permission view-l-room', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await list('test')).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('validates its query: unknown keys and non-numbers are refused', async () => {
    expect(await list('test', { query: '{}' })).toEqual({
      status: 400,
      body: invalidParams('must NOT have additional properties'),
    });
    expect(await list('test', { count: 'ten' })).toEqual({ status: 400, body: invalidParams('must be number') });
  });

  it('should return the messages of the room (newest first by default; count is the page size)', async () => {
    const { room } = await roomWith('Hello', 'Random');
    const { status, body } = await list(room._id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, offset: 0, count: 50, total: 2 });
    expect(body.messages.map((m: { msg: string }) => m.msg)).toEqual(['Random', 'Hello']);
  });

  it('should return the messages of the room matching by searchTerm, partial and any case', async () => {
    const { room } = await roomWith('Hello', 'Random', 'ÁRVORE alta');
    for (const [searchTerm, expected] of [
      ['Ran', ['Random']],
      ['ndo', ['Random']],
      ['árv', ['ÁRVORE alta']],
      ['.*', []],
    ] as const) {
      const { body } = await list(room._id, { searchTerm });
      expect(body.messages.map((m: { msg: string }) => m.msg)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    }
  });

  it('should return everything when searchTerm is ""', async () => {
    const { room } = await roomWith('Hello', 'Random');
    expect((await list(room._id, { searchTerm: '' })).body.total).toBe(2);
  });

  it('pages in the order asked ({"ts":1}, as the contact history does), total over every page', async () => {
    const { room } = await roomWith('one', 'two', 'three', 'four', 'five');
    const page = await list(room._id, { sort: '{"ts":1}', offset: '2', count: '2' });
    expect(page.body).toMatchObject({ offset: 2, count: 2, total: 5 });
    expect(page.body.messages.map((m: { msg: string }) => m.msg)).toEqual(['three', 'four']);
    expect((await list(room._id, { sort: '{"ts":0}' })).body.errorType).toBe('error-invalid-sort');
  });

  it('a closed conversation: the closing message is kept as livechat-close by the closer, with the comment', async () => {
    const { room, visitor } = await roomWith('Preciso de ajuda');
    await helpers.sendAgentMessage(room._id, 'Claro!');
    await helpers.closeRoomByUser(room._id);
    const { body } = await list(room._id, { sort: '{"ts":1}' });
    expect(body.total).toBe(3);
    expect(body.messages.map((m: { u: { username: string } }) => m.u.username)).toEqual([
      visitor.username,
      'admin',
      'admin',
    ]);
    expect(body.messages[2]).toEqual({
      _id: expect.any(String),
      t: 'livechat-close',
      rid: room._id,
      ts: expect.any(String),
      msg: 'Closed by the tests',
      u: { _id: admin.userId, username: 'admin' },
      groupable: false,
      transcriptRequested: false,
      _updatedAt: expect.any(String),
    });
  });

  it('a visitor closing leaves "Closed by visitor" with the visitor as closer and the token', async () => {
    const { room, visitor } = await roomWith('Obrigado');
    await helpers.closeRoom(room._id, visitor.token);
    const { body } = await list(room._id);
    expect(body.messages[0]).toMatchObject({
      t: 'livechat-close',
      msg: 'Closed by visitor',
      u: { _id: visitor._id, username: visitor.username },
      token: visitor.token,
    });
  });

  it('a new room stores its livechat-started message: counted in msgs, left out of the list', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(room.msgs).toBe(0);
    expect(findRoomById(server.db, room._id)).toMatchObject({ msgs: 1 });
    expect(findRoomById(server.db, room._id)?.lastMessage).toBeUndefined();
    const started = server.db
      .prepare("SELECT doc FROM messages WHERE rid = ? AND t = 'livechat-started'")
      .get(room._id) as { doc: string } | undefined;
    expect(JSON.parse(started?.doc ?? '{}')).toMatchObject({
      msg: '',
      u: { _id: visitor._id, username: visitor.username },
      groupable: false,
      token: visitor.token,
    });
    expect((await list(room._id)).body).toMatchObject({ total: 0, messages: [] });
  });

  it('leaves other system messages out', async () => {
    const { room } = await roomWith('visible');
    server.db
      .prepare("INSERT INTO messages (_id, rid, ts, t, msg_fold, doc) VALUES ('sys1', ?, ?, 'uj', '', ?)")
      .run(room._id, new Date().toISOString(), JSON.stringify({ _id: 'sys1', rid: room._id, t: 'uj', msg: '' }));
    expect((await list(room._id)).body.messages.map((m: { _id: string }) => m._id)).not.toContain('sys1');
  });

  it('an agent reads a closed room only if they served it or have view-livechat-room-closed-by-another-agent', async () => {
    const agent = await helpers.createUser(['user', 'livechat-agent']);
    const auth = await server.login(agent.username, agent.password);
    const { room } = await roomWith('hi');
    expect(await list(room._id, {}, auth)).toEqual({ status: 400, body: { success: false, error: 'not-allowed' } });
    await helpers.closeRoomByUser(room._id);
    expect((await list(room._id, {}, auth)).body.error).toBe('not-allowed');
    await helpers.withRoles('view-livechat-room-closed-by-another-agent', ['livechat-agent'], async () => {
      expect((await list(room._id, {}, auth)).body.total).toBe(2);
    });
    const served = await roomWith('served');
    const doc = findRoomById(server.db, served.room._id)!;
    saveRoom(server.db, { ...doc, servedBy: { _id: agent._id, username: agent.username, ts: doc.ts } });
    expect((await list(served.room._id, {}, auth)).body.total).toBe(1);
  });
});

describe('contacts.history reports the messages', () => {
  it('msgs counts every message (livechat-started and livechat-close included); lastMessage is the closing one', async () => {
    const { room } = await roomWith('Hallo', 'Ich habe eine Frage');
    await helpers.sendAgentMessage(room._id, 'Gern!');
    await helpers.closeRoomByUser(room._id);
    const { body } = await server.call('GET', 'omnichannel/contacts.history', {
      auth: admin,
      query: { contactId: room.contactId },
    });
    expect(body.history[0]).toMatchObject({
      _id: room._id,
      msgs: 5,
      lastMessage: { t: 'livechat-close', msg: 'Closed by the tests', u: { username: 'admin' } },
    });
  });
});
