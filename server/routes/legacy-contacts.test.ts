import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { unauthorized } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { legacyContactCalls } from '../test-support/legacy-contact-calls.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts (rocketchat-api.md §12.2)
// plus one test per rule of §6.3; the rules of §6.1 for saving have their own file.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());
const { search, register, getVisitor, token } = legacyContactCalls(() => ({ server, admin }));

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
