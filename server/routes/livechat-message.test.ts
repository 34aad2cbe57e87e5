import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidParams } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { findRoomById } from '../domain/rooms.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts /
// 00-rooms.ts (describe 'livechat/message') and api/chat.ts ('/chat.sendMessage'). Rocket.Chat's tests assert the
// status; the bodies are what livechat/server/api/v1/message.ts and lib/server/methods/sendMessage.ts throw.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
afterAll(() => server.close());

const send = (body: unknown) => server.call('POST', 'livechat/message', { body });
const failure = (error: string) => ({ status: 400, body: { success: false, error } });

describe('[POST] livechat/message', () => {
  it('should fail if no token, no rid or no msg', async () => {
    expect(await send({})).toEqual({ status: 400, body: invalidParams("must have required property 'token'") });
    expect(await send({ token: 'test' })).toEqual({
      status: 400,
      body: invalidParams("must have required property 'rid'"),
    });
    expect(await send({ token: 'test', rid: 'test' })).toEqual({
      status: 400,
      body: invalidParams("must have required property 'msg'"),
    });
    expect(await send({ token: 't', rid: 'r', msg: 'm', extra: 1 })).toEqual({
      status: 400,
      body: invalidParams('must NOT have additional properties'),
    });
  });

  it('should fail if token is invalid', async () => {
    expect(await send({ token: 'test', rid: 'test', msg: 'test' })).toEqual(failure('invalid-token'));
  });

  it('should fail if rid is invalid or belongs to another visitor', async () => {
    const visitor = await helpers.createVisitor();
    const other = await helpers.createVisitor();
    const room = await helpers.openRoom(other.token);
    expect(await send({ token: visitor.token, rid: 'test', msg: 'test' })).toEqual(failure('invalid-room'));
    expect(await send({ token: visitor.token, rid: room._id, msg: 'test' })).toEqual(failure('invalid-room'));
  });

  it('should fail if room is closed, and store nothing', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await helpers.closeRoomByUser(room._id);
    const before = findRoomById(server.db, room._id);
    expect(await send({ token: visitor.token, rid: room._id, msg: 'test' })).toEqual(failure('room-closed'));
    expect(findRoomById(server.db, room._id)).toEqual(before);
  });

  it('should send a message: the stored message, as the visitor, and the room counts it', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { status, body } = await send({ token: visitor.token, rid: room._id, msg: 'Olá, preciso de ajuda' });
    expect(status).toBe(200);
    expect(body).toEqual({
      success: true,
      message: {
        _id: expect.stringMatching(/^[23456789A-HJ-NP-Za-km-z]{17}$/),
        rid: room._id,
        msg: 'Olá, preciso de ajuda',
        token: visitor.token,
        alias: visitor.name,
        ts: expect.any(String),
        _updatedAt: expect.any(String),
        u: { _id: visitor._id, username: visitor.username, name: visitor.name },
        urls: [],
        mentions: [],
        channels: [],
        md: [{ type: 'PARAGRAPH', value: [{ type: 'PLAIN_TEXT', value: 'Olá, preciso de ajuda' }] }],
      },
    });
    const saved = findRoomById(server.db, room._id);
    // 2: the room's livechat-started message, then this one.
    expect(saved).toMatchObject({ msgs: 2, lastMessage: body.message, v: { lastMessageTs: body.message.ts } });
  });

  it('keeps a client-chosen _id; a second message with the same _id fails and changes nothing', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const first = await send({ token: visitor.token, rid: room._id, msg: 'one', _id: 'client-id-1' });
    expect(first.body.message._id).toBe('client-id-1');
    const again = await send({ token: visitor.token, rid: room._id, msg: 'two', _id: 'client-id-1' });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatch(/^E11000 duplicate key error/);
    expect(findRoomById(server.db, room._id)?.msgs).toBe(2);
  });
});

describe('[POST] chat.sendMessage into an omnichannel room', () => {
  const chat = (body: unknown, auth: Credentials = admin) => server.call('POST', 'chat.sendMessage', { auth, body });

  it('needs a login and a message', async () => {
    expect((await server.call('POST', 'chat.sendMessage', { body: { message: { rid: 'x' } } })).status).toBe(401);
    expect(await chat({})).toEqual({ status: 400, body: invalidParams("must have required property 'message'") });
  });

  it("should throw an error when the required param 'rid' is not sent", async () => {
    expect(await chat({ message: { msg: 'Sample message' } })).toEqual(
      failure("The 'rid' property on the message object is missing."),
    );
  });

  it('refuses an unknown room, system messages, tshow without tmid and oversized text', async () => {
    expect(await chat({ message: { rid: 'nope', msg: 'x' } })).toEqual(failure('error-invalid-room'));
    expect(await chat({ message: { rid: 'nope', msg: 'x', t: 'livechat-close' } })).toEqual(
      failure("Cannot send system messages using 'chat.sendMessage'"),
    );
    expect(await chat({ message: { rid: 'nope', msg: 'x', tshow: true } })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'tshow provided but missing tmid [invalid-params]',
        errorType: 'invalid-params',
        details: { method: 'sendMessage' },
      },
    });
    expect(await chat({ message: { rid: 'nope', msg: 'x'.repeat(5001) } })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Message size exceeds Message_MaxAllowedSize [error-message-size-exceeded]',
        errorType: 'error-message-size-exceeded',
        details: { method: 'sendMessage' },
      },
    });
  });

  it('an agent who neither serves the room nor has view-livechat-rooms may not write (error-not-allowed)', async () => {
    const agent = await helpers.createUser(['user', 'livechat-agent']);
    const auth = await server.login(agent.username, agent.password);
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(await chat({ message: { rid: room._id, msg: 'hi' } }, auth)).toEqual(failure('error-not-allowed'));
  });

  it('a manager writes: the message as the user, the room counts it and is answered', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { status, body } = await chat({ message: { rid: room._id, msg: 'Bom dia!\n\nComo posso ajudar?' } });
    expect(status).toBe(200);
    expect(body.message).toEqual({
      _id: expect.any(String),
      rid: room._id,
      msg: 'Bom dia!\n\nComo posso ajudar?',
      ts: expect.any(String),
      _updatedAt: expect.any(String),
      u: { _id: admin.userId, username: 'admin', name: expect.any(String) },
      urls: [],
      mentions: [],
      channels: [],
      md: [
        { type: 'PARAGRAPH', value: [{ type: 'PLAIN_TEXT', value: 'Bom dia!' }] },
        { type: 'LINE_BREAK' },
        { type: 'PARAGRAPH', value: [{ type: 'PLAIN_TEXT', value: 'Como posso ajudar?' }] },
      ],
    });
    const saved = findRoomById(server.db, room._id);
    expect(saved?.waitingResponse).toBeUndefined();
    expect(saved).toMatchObject({
      msgs: 2,
      lastMessage: body.message,
      responseBy: { _id: admin.userId, username: 'admin', firstResponseTs: body.message.ts },
    });
  });
});
