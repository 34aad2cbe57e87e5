import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts (7.x):
// `livechat/visitor/:token` (GET, DELETE) and `livechat/visitor.status`, named after its test titles.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());

const setSetting = (id: string, value: unknown) =>
  server.call('POST', `settings/${id}`, { auth: admin, body: { value } });

describe('livechat/visitor/:token', () => {
  it("should return a 'invalid token' error when visitor with given token does not exist ", async () => {
    const invalidToken = { success: false, error: '[invalid-token]', errorType: 'invalid-token' };
    expect(await server.call('GET', 'livechat/visitor/invalid', { auth: admin })).toEqual({
      status: 400,
      body: invalidToken,
    });
    expect(await server.call('DELETE', 'livechat/visitor/invalid', { auth: admin })).toEqual({
      status: 400,
      body: invalidToken,
    });
  });

  it('should return a visitor when the query params is all valid', async () => {
    const visitor = await helpers.createVisitor();
    const { status, body } = await server.call('GET', `livechat/visitor/${visitor.token}`);
    expect(status).toBe(200);
    expect(body.visitor).toMatchObject({ _id: visitor._id, token: visitor.token });
  });

  it("should return a 'visitor-has-open-rooms' error when there are open rooms", async () => {
    const visitor = await helpers.createVisitor();
    await helpers.openRoom(visitor.token);
    expect(await server.call('DELETE', `livechat/visitor/${visitor.token}`, { auth: admin })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Cannot remove visitors with opened rooms [visitor-has-open-rooms]',
        errorType: 'visitor-has-open-rooms',
      },
    });
  });

  it("should not return a 'visitor-has-open-rooms' when visitor has open rooms but GDPR is enabled", async () => {
    await setSetting('Livechat_Allow_collect_and_store_HTTP_header_informations', true);
    try {
      const visitor = await helpers.createVisitor();
      await helpers.openRoom(visitor.token);
      expect((await server.call('DELETE', `livechat/visitor/${visitor.token}`, { auth: admin })).status).toBe(200);
    } finally {
      await setSetting('Livechat_Allow_collect_and_store_HTTP_header_informations', false);
    }
  });

  it('should return a visitor when the query params is all valid (delete), and the visitor data is removed', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await helpers.closeRoom(room._id, visitor.token);
    const { status, body } = await server.call('DELETE', `livechat/visitor/${visitor.token}`, { auth: admin });
    expect(status).toBe(200);
    expect(body).toEqual({ visitor: { _id: visitor._id, ts: expect.any(String) }, success: true });
    // removeGuest: the token no longer finds it; the record keeps only its id; its conversations are gone.
    expect((await server.call('GET', `livechat/visitor/${visitor.token}`)).status).toBe(400);
    const info = await server.call('GET', 'livechat/visitors.info', { auth: admin, query: { visitorId: visitor._id } });
    expect(info.body.visitor).toEqual({
      _id: visitor._id,
      _updatedAt: expect.any(String),
      disabled: true,
      contactId: expect.any(String),
    });
    const rooms = await server.call('GET', `livechat/visitors.chatHistory/room/${room._id}/visitor/${visitor._id}`, {
      auth: admin,
    });
    expect(rooms.body).toEqual({ success: false, error: 'invalid-room' });
  });
});

describe('livechat/visitor.status', () => {
  it('should return an error if token is not present as body param', async () => {
    expect(await server.call('POST', 'livechat/visitor.status', { auth: admin })).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'token'" },
    });
  });

  it('should return an error if status is not present as body param', async () => {
    expect(await server.call('POST', 'livechat/visitor.status', { auth: admin, body: { token: '123' } })).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'status'" },
    });
  });

  it('should return an error if token is not a valid guest token', async () => {
    expect(
      await server.call('POST', 'livechat/visitor.status', { auth: admin, body: { token: '123', status: 'online' } }),
    ).toEqual({ status: 400, body: { success: false, error: '[invalid-token]', errorType: 'invalid-token' } });
  });

  it('should update visitor status if all things are valid', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(
      await server.call('POST', 'livechat/visitor.status', { body: { token: visitor.token, status: 'away' } }),
    ).toEqual({ status: 200, body: { token: visitor.token, status: 'away', success: true } });
    const history = await server.call('GET', `livechat/visitors.chatHistory/room/${room._id}/visitor/${visitor._id}`, {
      auth: admin,
    });
    expect(history.body.history[0].v.status).toBe('away');
  });
});
