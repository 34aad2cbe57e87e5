import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { profiles } from '../profile.ts';
import { saveCustomField } from '../domain/custom-fields.ts';

// `--rc-version 6`: visitors only, Restivus envelopes.
let server: TestServer;
let admin: Credentials;

beforeAll(async () => {
  server = await startTestServer({ profile: profiles[6] });
  admin = await server.login('admin');
});
afterAll(() => server.close());

const notFound = { status: 404, body: { status: 'error', message: 'API endpoint does not exist' } };

describe('Rocket.Chat 6.x profile', () => {
  it('GET /api/info reports 6.13', async () => {
    expect((await server.call('GET', '/info')).body.version).toBe('6.13');
  });

  it('has no 7.x contact endpoints: Restivus answers "API endpoint does not exist"', async () => {
    expect(await server.call('GET', 'omnichannel/contacts.search', { auth: admin })).toEqual(notFound);
    expect(
      await server.call('POST', 'omnichannel/contacts', { auth: admin, body: { name: 'x', emails: [], phones: [] } }),
    ).toEqual(notFound);
    expect(await server.call('POST', 'livechat/custom-fields.save', { auth: admin, body: {} })).toEqual(notFound);
  });

  it('sends the 6.x body for 401', async () => {
    expect(await server.call('GET', 'omnichannel/contact.search', { query: { email: 'a@b.c' } })).toEqual({
      status: 401,
      body: { status: 'error', message: 'You must be logged in to do this.' },
    });
  });

  it('serves visitors: register, read, search; rooms have no contact', async () => {
    const { body } = await server.call('POST', 'omnichannel/contact', {
      auth: admin,
      body: { token: 'six-token', name: 'Six', email: 'six@example.com' },
    });
    expect(body).toEqual({ contact: expect.any(String), success: true });
    expect(
      (await server.call('GET', 'omnichannel/contact.search', { auth: admin, query: { email: 'six@example.com' } }))
        .body.contact._id,
    ).toBe(body.contact);
    const room = await server.call('GET', 'livechat/room', { query: { token: 'six-token' } });
    expect(room.status).toBe(200);
    expect(room.body.room).not.toHaveProperty('contactId');
  });

  it('livechat/visitor does not ask for required custom fields (validateRequiredCustomFields came in 7.x)', async () => {
    const field = { scope: 'visitor' as const, visibility: 'visible', _updatedAt: new Date().toISOString() };
    saveCustomField(server.db, { ...field, _id: 'sixRequired', label: 'Six required', required: true });
    saveCustomField(server.db, { ...field, _id: 'sixOptional', label: 'Six optional' });
    const { status, body } = await server.call('POST', 'livechat/visitor', {
      body: { visitor: { token: 'six-fields', customFields: [{ key: 'sixOptional', value: 'x', overwrite: true }] } },
    });
    expect(status).toBe(200);
    expect(body.visitor.livechatData).toEqual({ sixOptional: 'x' });
  });

  it('the agent list answers 403 "unauthorized" for a plain user', async () => {
    const auth = await server.login('user');
    expect(await server.call('GET', 'livechat/users/agent', { auth })).toEqual({
      status: 403,
      body: { success: false, error: 'unauthorized' },
    });
  });
});
