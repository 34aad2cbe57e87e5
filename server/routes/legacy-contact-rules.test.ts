import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { legacyContactCalls } from '../test-support/legacy-contact-calls.ts';

// One test per rule of §6.1 (rocketchat-api.md): how `POST omnichannel/contact` checks and saves a visitor contact.
// Rocket.Chat's own cases for it (09-visitors.ts, §12.2) are in legacy-contacts.test.ts.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());
const { search, register, getVisitor, token } = legacyContactCalls(() => ({ server, admin }));

describe('POST omnichannel/contact: rules of §6.1', () => {
  it('check(): missing token, wrong types and unknown keys', async () => {
    expect(await register({ name: 'x' })).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'token'" },
    });
    expect(await register({ name: 'x', token: 5 })).toEqual({
      status: 400,
      body: { success: false, error: 'Match error: Expected string, got number in field token' },
    });
    expect(await register({ name: 'x', token: 't', foo: 1 })).toEqual({
      status: 400,
      body: { success: false, error: 'Match error: Unknown key in field foo' },
    });
    expect(await register({ name: 'x', token: 't', email: 5 })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Match error: Failed Match.OneOf, Match.Maybe or Match.Optional validation in field email',
      },
    });
  });

  it('seed example: customFields as the documented [{key,value,overwrite}] array is rejected (Rocket.Chat 6+)', async () => {
    const seedBody = {
      name: 'Livechat Contact',
      email: 'contact@rocket.chat',
      token: 'iNKE8a6k6cjbqWhWd',
      phone: '55 51 5555-5555',
      customFields: [{ key: 'address', value: 'Rocket.Chat street', overwrite: true }],
      contactManager: { username: 'admin' },
    };
    expect(await register(seedBody)).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Match error: Failed Match.OneOf, Match.Maybe or Match.Optional validation in field customFields',
      },
    });
  });

  it('seed example with an object customFields: register, then edit with the same token (and an ignored _id)', async () => {
    const body = {
      name: 'Livechat Contact',
      email: 'contact@rocket.chat',
      token: 'iNKE8a6k6cjbqWhWd',
      phone: '55 51 5555-5555',
      customFields: { address: 'Rocket.Chat street' },
      contactManager: { username: 'admin' },
    };
    const created = await register(body);
    expect(created).toEqual({ status: 200, body: { contact: expect.any(String), success: true } });
    const edited = await register({ ...body, _id: 'RZttBAjYwHjjcgusr', name: 'Livechat Contact 2' });
    expect(edited.body).toEqual({ contact: created.body.contact, success: true });
    const visitor = await getVisitor(created.body.contact);
    expect(visitor).toMatchObject({
      _id: created.body.contact,
      username: expect.stringMatching(/^guest-\d+$/),
      token: 'iNKE8a6k6cjbqWhWd',
      name: 'Livechat Contact 2',
      visitorEmails: [{ address: 'contact@rocket.chat' }],
      phone: [{ phoneNumber: '55 51 5555-5555' }],
      contactManager: { username: 'admin' },
      livechatData: { address: 'Rocket.Chat street' },
    });
  });

  it('the custom field map replaces livechatData; omitting it wipes it; unknown keys are ignored; values trimmed', async () => {
    const t = token();
    const { body } = await register({ token: t, name: 'R', customFields: { address: '  Main st  ', nope: 'x' } });
    expect((await getVisitor(body.contact)).livechatData).toEqual({ address: 'Main st' });
    await register({ token: t, name: 'R' });
    expect((await getVisitor(body.contact)).livechatData).toEqual({});
  });

  it('email: stored lower-cased; unset when omitted or empty', async () => {
    const t = token();
    const { body } = await register({ token: t, name: 'E', email: ' Mixed@Example.COM ' });
    expect((await getVisitor(body.contact)).visitorEmails).toEqual([{ address: 'mixed@example.com' }]);
    await register({ token: t, name: 'E' });
    expect(await getVisitor(body.contact)).not.toHaveProperty('visitorEmails');
  });

  it('phone: kept when omitted, unset by an empty string', async () => {
    const t = token();
    const { body } = await register({ token: t, name: 'P', phone: '123' });
    await register({ token: t, name: 'P' });
    expect((await getVisitor(body.contact)).phone).toEqual([{ phoneNumber: '123' }]);
    await register({ token: t, name: 'P', phone: '' });
    expect(await getVisitor(body.contact)).not.toHaveProperty('phone');
  });

  it('contactManager: unset when not given', async () => {
    const t = token();
    const { body } = await register({ token: t, name: 'C', contactManager: { username: 'agent' } });
    expect((await getVisitor(body.contact)).contactManager).toEqual({ username: 'agent' });
    await register({ token: t, name: 'C' });
    expect(await getVisitor(body.contact)).not.toHaveProperty('contactManager');
  });

  it('token takeover: an unknown token with a known email re-uses that visitor and replaces its token', async () => {
    const email = `${token()}@example.com`;
    const first = await register({ token: token(), name: 'Old', email });
    const newToken = token();
    const second = await register({ token: newToken, name: 'New', email: email.toUpperCase() });
    expect(second.body.contact).toBe(first.body.contact);
    expect((await getVisitor(first.body.contact)).token).toBe(newToken);
  });

  it('username is used only when a new visitor is inserted', async () => {
    const t = token();
    const { body } = await register({ token: t, name: 'U', username: 'custom-user' });
    expect((await getVisitor(body.contact)).username).toBe('custom-user');
    await register({ token: t, name: 'U', username: 'other' });
    expect((await getVisitor(body.contact)).username).toBe('custom-user');
  });

  it('an empty token is invalid visitor data (7.x)', async () => {
    expect(await register({ token: '', name: 'x' })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Invalid visitor token [error-invalid-contact-data]',
        errorType: 'error-invalid-contact-data',
      },
    });
  });

  it('manager checks: must exist, must be a livechat agent', async () => {
    expect(await register({ token: token(), name: 'x', contactManager: { username: 'ghost' } })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'No user found with username ghost [error-contact-manager-not-found]',
        errorType: 'error-contact-manager-not-found',
      },
    });
    expect(await register({ token: token(), name: 'x', contactManager: { username: 'user' } })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'The contact manager must have the role "livechat-agent" [error-invalid-contact-manager]',
        errorType: 'error-invalid-contact-manager',
      },
    });
  });

  it('a required visitor field makes every POST without it fail, and nothing is written', async () => {
    await helpers.createCustomField({ field: 'mustHave', label: 'Must have', required: true, regexp: '^[a-z]+$' });
    try {
      const t = token();
      expect(await register({ token: t, name: 'x' })).toEqual({
        status: 400,
        body: { success: false, error: 'Invalid value for Must have field' },
      });
      expect(await register({ token: t, name: 'x', customFields: { mustHave: '123' } })).toEqual({
        status: 400,
        body: { success: false, error: 'Invalid value for Must have field' },
      });
      expect((await search({ custom: '{}', email: `${t}@nowhere` })).body.contact).toBeNull();
      expect((await register({ token: t, name: 'x', customFields: { mustHave: 'abc' } })).status).toBe(200);
    } finally {
      await helpers.deleteCustomField('mustHave');
    }
  });

  it('hidden visitor fields are not validated nor stored', async () => {
    await helpers.createCustomField({ field: 'hiddenOne', label: 'Hidden', visibility: 'hidden', required: true });
    try {
      const { status, body } = await register({ token: token(), name: 'H', customFields: { hiddenOne: 'v' } });
      expect(status).toBe(200);
      expect((await getVisitor(body.contact)).livechatData).toEqual({});
    } finally {
      await helpers.deleteCustomField('hiddenOne');
    }
  });

  it('renames the rooms of the visitor', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    await register({ token: visitor.token, name: 'Renamed Visitor' });
    const again = await server.call('GET', 'livechat/room', { query: { token: visitor.token, rid: room._id } });
    expect(again.body.room.fname).toBe('Renamed Visitor');
  });
});
