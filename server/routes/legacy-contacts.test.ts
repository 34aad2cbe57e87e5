import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { unauthorized } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts (rocketchat-api.md §12.2)
// plus one test per rule of §6.1 and §6.3.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());

const search = (query: Record<string, string>) =>
  server.call('GET', 'omnichannel/contact.search', { auth: admin, query });
const register = (body: unknown, auth: Credentials = admin) =>
  server.call('POST', 'omnichannel/contact', { auth, body });
const getVisitor = async (id: string) =>
  (await server.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: id } })).body.contact;
const token = () => randomUUID().slice(0, 20);

describe('GET [omnichannel/contact.search]', () => {
  let visitor: Awaited<ReturnType<typeof helpers.createVisitor>>;
  beforeAll(async () => {
    visitor = await helpers.createVisitor();
  });

  it('L1: should fail if no email|phone|custom params are passed as query', async () => {
    expect(await search({})).toEqual({
      status: 400,
      body: { success: false, error: '[error-invalid-params]', errorType: 'error-invalid-params' },
    });
  });

  it('L2: should fail if its trying to find by an empty string', async () => {
    expect(await search({ email: '' })).toEqual({
      status: 400,
      body: { success: false, error: '[error-invalid-params]', errorType: 'error-invalid-params' },
    });
  });

  it('L3: should fail if custom is passed but is not JSON serializable', async () => {
    expect(await search({ custom: '{a":1}' })).toEqual({
      status: 400,
      body: { success: false, error: '[error-invalid-params-custom]', errorType: 'error-invalid-params-custom' },
    });
  });

  it('L4: should fail if custom is an empty object and no email|phone are provided', async () => {
    expect(await search({ custom: '{}' })).toEqual({
      status: 400,
      body: { success: false, error: '[error-invalid-params]', errorType: 'error-invalid-params' },
    });
  });

  it('L5: should find a contact by email', async () => {
    const { status, body } = await search({ email: visitor.visitorEmails[0]!.address });
    expect(status).toBe(200);
    expect(body.contact).toMatchObject({
      _id: visitor._id,
      name: visitor.name,
      username: visitor.username,
      visitorEmails: visitor.visitorEmails,
    });
    expect(body.contact.phone[0].phoneNumber).toBe(visitor.phone[0]!.phoneNumber);
  });

  it('L6: should find a contact by phone', async () => {
    const { status, body } = await search({ phone: visitor.phone[0]!.phoneNumber });
    expect(status).toBe(200);
    expect(body.contact._id).toBe(visitor._id);
  });

  it('L7: should find a contact by custom field', async () => {
    const { status, body } = await search({ custom: JSON.stringify({ address: 'Rocket.Chat' }) });
    expect(status).toBe(200);
    expect(body.contact.livechatData.address).toBe('Rocket.Chat street');
  });

  it('L8: should return null if an invalid set of custom fields is passed and no other params are sent', async () => {
    expect(await search({ custom: JSON.stringify({ nope: 'nel' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('L9: should not break if more than 1 custom field are passed', async () => {
    expect(await search({ custom: JSON.stringify({ nope: 'nel', another: 'field' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('L10: should not break if bad things are passed as custom field keys', async () => {
    expect(await search({ custom: JSON.stringify({ $regex: 'nel' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('L11: should not break if bad things are passed as custom field keys 2', async () => {
    expect(await search({ custom: JSON.stringify({ '$regex: { very-bad }': 'nel' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('L12: should not break if bad things are passed as custom field values', async () => {
    expect(await search({ custom: JSON.stringify({ nope: '^((ab)*)+$' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('§6.3: the email match is exact and case-sensitive (stored lower-case)', async () => {
    expect((await search({ email: visitor.visitorEmails[0]!.address.toUpperCase() })).body.contact).toBeNull();
    expect((await search({ email: visitor.visitorEmails[0]!.address.slice(1) })).body.contact).toBeNull();
  });

  it('§6.3: the phone match is exact, without normalisation', async () => {
    expect((await search({ phone: `+${visitor.phone[0]!.phoneNumber}` })).body.contact).toBeNull();
  });

  it('§6.3: custom values match as escaped, case-insensitive substrings', async () => {
    const t = token();
    await helpers.createVisitor({
      token: t,
      customFields: [{ key: 'address', value: 'Rua (A.B) número 7', overwrite: true }],
    });
    expect((await search({ custom: JSON.stringify({ address: '(a.b) NÚMERO' }) })).body.contact.token).toBe(t);
    expect((await search({ custom: JSON.stringify({ address: 'Rua.*7' }) })).body.contact).toBeNull();
  });

  it('§6.3: only searchable visitor-scope fields are used', async () => {
    await helpers.createCustomField({ field: 'secretCode', label: 'Secret', searchable: false });
    const t = token();
    await helpers.createVisitor({ token: t, customFields: [{ key: 'secretCode', value: 'zz-top', overwrite: true }] });
    expect(await search({ custom: JSON.stringify({ secretCode: 'zz-top' }) })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
  });

  it('§6.3: conditions are ANDed; the first match in insertion order wins', async () => {
    const phone = `77${Date.now()}`;
    const first = await helpers.createVisitor({ phone });
    await helpers.createVisitor({ phone });
    expect((await search({ phone })).body.contact._id).toBe(first._id);
    expect((await search({ phone, email: 'nobody@example.com' })).body.contact).toBeNull();
  });

  it('§6.3: custom=null makes Object.keys throw; unknown query keys fail check()', async () => {
    expect(await search({ custom: 'null' })).toEqual({
      status: 400,
      body: { success: false, error: 'Cannot convert undefined or null to object' },
    });
    expect(await search({ email: 'a@b.c', text: 'x' })).toEqual({
      status: 400,
      body: { success: false, error: 'Match error: Unknown key in field text' },
    });
  });

  it('§11.1: permission failure is 403 before check()', async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await search({ text: 'x' })).toEqual({ status: 403, body: unauthorized });
    });
  });
});

describe('omnichannel/contact', () => {
  const contactToken = token();
  let contactId: string;

  it("M1: should fail if user doesn't have view-l-room permission", async () => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await server.call('GET', 'omnichannel/contact', { auth: admin, query: { text: 'nel' } })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('M2: should create a new contact', async () => {
    const { status, body } = await register({ name: 'Contact M2', token: contactToken });
    expect(status).toBe(200);
    expect(body).toEqual({ contact: expect.any(String), success: true });
    contactId = body.contact;
    expect((await getVisitor(contactId)).token).toBe(contactToken);
  });

  it('M3: should update an existing contact', async () => {
    const { body } = await register({ name: 'Contact M3', token: contactToken });
    expect(body).toEqual({ contact: contactId, success: true });
    expect((await getVisitor(contactId)).name).toBe('Contact M3');
  });

  it('M4: should change the contact name, email and phone', async () => {
    const email = `${token()}@example.com`;
    await register({ name: 'Contact M4', email, phone: '+5511999990000', token: contactToken });
    const visitor = await getVisitor(contactId);
    expect(visitor.visitorEmails).toEqual([{ address: email }]);
    expect(visitor.phone).toEqual([{ phoneNumber: '+5511999990000' }]);
  });

  it('M5: should change the contact manager', async () => {
    await register({ contactManager: { username: 'admin' }, token: contactToken, name: 'Contact M5' });
    expect((await getVisitor(contactId)).contactManager).toEqual({ username: 'admin' });
  });

  it('M6: should change custom fields', async () => {
    const word = `cf${Date.now()}`;
    await helpers.createCustomField({ field: word, label: word, searchable: true });
    await register({ token: contactToken, name: 'Contact M6', customFields: { [word]: 'test' } });
    expect((await getVisitor(contactId)).livechatData[word]).toBe('test');
    await helpers.deleteCustomField(word);
  });

  it('GET: unknown id gives contact null; missing/extra keys fail check()', async () => {
    expect(await server.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: 'nope' } })).toEqual({
      status: 200,
      body: { contact: null, success: true },
    });
    expect(await server.call('GET', 'omnichannel/contact', { auth: admin })).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'contactId'" },
    });
    expect(await server.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: 'a', x: '1' } })).toEqual(
      {
        status: 400,
        body: { success: false, error: 'Match error: Unknown key in field x' },
      },
    );
  });
});

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
