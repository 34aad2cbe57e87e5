import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases for `POST omnichannel/contacts.delete` (7.11, PR #36589): Rocket.Chat's
// apps/meteor/tests/end-to-end/api/livechat/contacts.ts (D1–D3, rocketchat-api.md §12.1) and the cases of its
// unit spec apps/meteor/app/livechat/server/lib/contacts/disableContact.spec.ts, which the route answers through
// `API.v1.failure('error-invalid-contact')` for every error but `error-contact-not-found`.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
let agent: { _id: string; username: string };
beforeAll(async () => {
  ({ server, admin, helpers } = await startOmnichannelServer());
  agent = await helpers.createUser(['user', 'livechat-agent']);
});
afterAll(() => server.close());

const post = (path: string, body: unknown, auth: Credentials = admin) => server.call('POST', path, { auth, body });
const get = (path: string, query: Record<string, string> = {}, auth: Credentials = admin) =>
  server.call('GET', path, { auth, query });
const newContactBody = () => ({ name: 'Contact Name', emails: [uniqueEmail()], phones: [uniquePhone()] });
const setGdpr = (value: boolean) =>
  post('settings/Livechat_Allow_collect_and_store_HTTP_header_informations', { value });

describe('[POST] omnichannel/contacts.delete', () => {
  it('D1: should be able to disable a contact by its id', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await post('omnichannel/contacts.delete', { contactId })).toEqual({ status: 200, body: { success: true } });
    expect((await get('omnichannel/contacts.get', { contactId })).status).toBe(404);
    // countByContactInfo has no enabled filter: the id still "exists".
    expect((await get('omnichannel/contacts.checkExistence', { contactId })).body.exists).toBe(true);
  });

  it('D2: should return 404 if contact is not found', async () => {
    expect(await post('omnichannel/contacts.delete', { contactId: 'invalid' })).toEqual({
      status: 404,
      body: { success: false, error: 'error-contact-not-found' },
    });
  });

  it("D3: should return an error if user doesn't have 'delete-livechat-contact' permission", async () => {
    await helpers.withRoles('delete-livechat-contact', [], async () => {
      expect(await post('omnichannel/contacts.delete', { contactId: 'invalid' })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('§7.6: an agent (no delete-livechat-contact by default) gets 403', async () => {
    const agentAuth = await server.login(agent.username, 'pass-1234');
    expect(await post('omnichannel/contacts.delete', { contactId: 'x' }, agentAuth)).toEqual({
      status: 403,
      body: unauthorized,
    });
  });

  it('should return 404 for a contact that is already disabled (findOneEnabledById)', async () => {
    const contactId = await helpers.createContact(newContactBody());
    await post('omnichannel/contacts.delete', { contactId });
    expect((await post('omnichannel/contacts.delete', { contactId })).status).toBe(404);
  });

  it('should throw error if contact has open rooms and GDPR is disabled', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(await post('omnichannel/contacts.delete', { contactId: room.contactId })).toEqual({
      status: 400,
      body: { success: false, error: 'error-invalid-contact' },
    });
    // Nothing was removed.
    expect((await get('omnichannel/contacts.get', { contactId: room.contactId })).status).toBe(200);
    expect((await server.call('GET', `livechat/visitor/${visitor.token}`)).status).toBe(200);
  });

  it('should disable the contact and remove the visitors of its channels when it has no open rooms', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await helpers.closeRoom(room._id, visitor.token);
    expect(await post('omnichannel/contacts.delete', { contactId: room.contactId })).toEqual({
      status: 200,
      body: { success: true },
    });
    // removeGuest: the visitor is no longer found by its token and its conversations are gone.
    expect((await server.call('GET', `livechat/visitor/${visitor.token}`)).status).toBe(400);
    expect((await get('omnichannel/contacts.history', { contactId: room.contactId })).body.total).toBe(0);
  });

  it('should remove a contact with open rooms when GDPR is enabled', async () => {
    await setGdpr(true);
    try {
      const visitor = await helpers.createVisitor();
      const room = await helpers.openRoom(visitor.token);
      expect(await post('omnichannel/contacts.delete', { contactId: room.contactId })).toEqual({
        status: 200,
        body: { success: true },
      });
      expect((await get('omnichannel/contacts.get', { contactId: room.contactId })).status).toBe(404);
      expect((await server.call('GET', `livechat/visitor/${visitor.token}`)).status).toBe(400);
    } finally {
      await setGdpr(false);
    }
  });
});
