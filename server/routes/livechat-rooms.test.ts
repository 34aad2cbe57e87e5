import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { findRoomById, saveRoom } from '../domain/rooms.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/00-rooms.ts
// (describe 'livechat/room.closeByUser'). Rocket.Chat's tests assert only the status; the bodies are what
// room.ts / closeLivechatRoom.ts / closeRoom.ts produce.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
afterAll(() => server.close());

const close = (body?: unknown, auth: Credentials | null = admin) =>
  server.call('POST', 'livechat/room.closeByUser', {
    ...(auth ? { auth } : {}),
    ...(body === undefined ? {} : { body }),
  });

async function openRoom(): Promise<string> {
  const visitor = await helpers.createVisitor();
  return (await helpers.openRoom(visitor.token))._id as string;
}

describe('[POST] livechat/room.closeByUser', () => {
  it('should fail if user is not logged in', async () => {
    expect(await close(undefined, null)).toEqual({
      status: 401,
      body: {
        success: false,
        error: 'You must be logged in to do this.',
        status: 'error',
        message: 'You must be logged in to do this.',
      },
    });
  });

  it('should fail if not all required params are passed (rid)', async () => {
    expect(await close()).toEqual({ status: 400, body: invalidParams("must have required property 'rid'") });
  });

  it('should fail if user doesnt have close-livechat-room permission', async () => {
    await helpers.withRoles('close-livechat-room', [], async () => {
      expect(await close({ rid: 'invalid-room-id' })).toEqual({ status: 403, body: unauthorized });
      // validateParams runs before permissionsRequired.
      expect(await close({})).toEqual({ status: 400, body: invalidParams("must have required property 'rid'") });
    });
  });

  it('should fail if room is not found', async () => {
    expect(await close({ rid: 'invalid-room-id' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-invalid-room' },
    });
  });

  it('should fail if user is not serving and doesnt have close-others-livechat-room permission', async () => {
    const rid = await openRoom();
    await helpers.withRoles('close-others-livechat-room', [], async () => {
      expect(await close({ rid })).toEqual({ status: 400, body: { success: false, error: 'error-not-authorized' } });
    });
    expect(findRoomById(server.db, rid)?.open).toBe(true);
  });

  it('should not close a room without comment', async () => {
    const rid = await openRoom();
    expect(await close({ rid })).toEqual({ status: 400, body: { success: false, error: 'error-comment-is-required' } });
  });

  it('should not close a room when comment is an empty string', async () => {
    const rid = await openRoom();
    for (const comment of ['', '   ', null])
      expect(await close({ rid, comment })).toEqual({
        status: 400,
        body: { success: false, error: 'error-comment-is-required' },
      });
    expect(findRoomById(server.db, rid)?.open).toBe(true);
  });

  it('should close room if user has permission', async () => {
    const rid = await openRoom();
    expect(await close({ rid, comment: 'test' })).toEqual({ status: 200, body: { success: true } });
    const room = findRoomById(server.db, rid);
    expect(room).not.toHaveProperty('open');
    expect(room).toMatchObject({
      closer: 'user',
      closedBy: { _id: admin.userId, username: 'admin' },
      closedAt: expect.any(String),
      metrics: { chatDuration: expect.any(Number) },
      v: { status: 'offline' },
    });
    expect(room?.metrics).not.toHaveProperty('serviceTimeDuration');
    expect(room).not.toHaveProperty('tags');
  });

  it('should fail if room is closed', async () => {
    const rid = await openRoom();
    expect((await close({ rid, comment: 'test' })).status).toBe(200);
    expect(await close({ rid, comment: 'test' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-room-already-closed' },
    });
  });

  it('should not allow force closing if setting Omnichannel_allow_force_close_conversations is off', async () => {
    const rid = await openRoom();
    await close({ rid, comment: 'test' });
    expect(await close({ rid, comment: 'test', forceClose: true })).toEqual({
      status: 400,
      body: { success: false, error: 'error-room-already-closed' },
    });
  });
});

describe('[POST] livechat/room.closeByUser: beyond Rocket.Chat’s tests', () => {
  it('stores the given tags, then the room’s own, once each', async () => {
    const rid = await openRoom();
    const room = findRoomById(server.db, rid);
    if (!room) throw new Error('no room');
    saveRoom(server.db, { ...room, tags: ['b', 'c'] });
    expect(await close({ rid, comment: 'test', tags: ['a', 'b'] })).toEqual({ status: 200, body: { success: true } });
    expect(findRoomById(server.db, rid)?.tags).toEqual(['a', 'b', 'c']);
  });

  it('the serving agent may close without close-others-livechat-room; another agent may not', async () => {
    const agent = await helpers.createUser(['user', 'livechat-agent']);
    const other = await helpers.createUser(['user', 'livechat-agent']);
    const agentAuth = await server.login(agent.username, agent.password);
    const otherAuth = await server.login(other.username, other.password);
    const rid = await openRoom();
    const room = findRoomById(server.db, rid);
    if (!room) throw new Error('no room');
    const servedAt = new Date(Date.now() - 5000).toISOString();
    saveRoom(server.db, { ...room, servedBy: { _id: agent._id, username: agent.username, ts: servedAt } });

    expect(await close({ rid, comment: 'test' }, otherAuth)).toEqual({
      status: 400,
      body: { success: false, error: 'error-not-authorized' },
    });
    expect(await close({ rid, comment: 'test' }, agentAuth)).toEqual({ status: 200, body: { success: true } });
    expect(findRoomById(server.db, rid)).toMatchObject({
      closer: 'user',
      closedBy: { _id: agent._id, username: agent.username },
      metrics: { serviceTimeDuration: expect.any(Number) },
    });
    // Closing removed the agent's subscription: without close-others the agent is now refused before the
    // "already closed" check.
    expect(await close({ rid, comment: 'test' }, agentAuth)).toEqual({
      status: 400,
      body: { success: false, error: 'error-not-authorized' },
    });
  });

  it('validates the body like rest-typings', async () => {
    expect(await close({ rid: 'x', unknown: true })).toEqual({
      status: 400,
      body: invalidParams('must NOT have additional properties'),
    });
    expect(await close({ rid: 'x', tags: 'a' })).toEqual({ status: 400, body: invalidParams('must be array') });
    expect(await close({ rid: 'x', transcriptEmail: {} })).toEqual({
      status: 400,
      body: invalidParams("must have required property 'sendToVisitor'"),
    });
  });

  it('a user with neither permission is refused with 403', async () => {
    const user = await helpers.createUser(['user']);
    const auth = await server.login(user.username, user.password);
    expect(await close({ rid: 'invalid-room-id' }, auth)).toEqual({ status: 403, body: unauthorized });
  });
});
