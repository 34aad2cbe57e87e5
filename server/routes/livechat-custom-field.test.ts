import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidParams, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/03-custom-fields.ts (rocketchat-api.md §12.3)
// for the values a visitor sets (livechat/custom.field and custom.fields) and how they reach its contact.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
/** The visitor whose values the livechat/custom.field(s) cases set. */
let visitorToken: string;
beforeAll(async () => {
  ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] }));
  visitorToken = (await helpers.createVisitor()).token;
});
afterAll(() => server.close());

const post = (path: string, body: unknown, auth?: Credentials) =>
  server.call('POST', path, { ...(auth ? { auth } : {}), body });

describe('livechat/custom.field', () => {
  // Each case: Rocket.Chat's title, the body (given the visitor's token), the exact answer.
  it.each<[string, (token: string) => unknown, { status: number; body: unknown }]>([
    [
      'F5: should fail when token is not on the request params',
      () => ({ key: 'address', value: 'x', overwrite: true }),
      { status: 400, body: invalidParams("must have required property 'token'") },
    ],
    [
      'F6: should fail when key is not on the request params',
      (token) => ({ token, value: 'x', overwrite: true }),
      { status: 400, body: invalidParams("must have required property 'key'") },
    ],
    [
      'F7: should fail when value is not on the request params',
      (token) => ({ token, key: 'address', overwrite: true }),
      { status: 400, body: invalidParams("must have required property 'value'") },
    ],
    [
      'F8: should fail when overwrite is not on the request params',
      (token) => ({ token, key: 'address', value: 'x' }),
      { status: 400, body: invalidParams("must have required property 'overwrite'") },
    ],
    [
      'F9: should fail when token is invalid',
      () => ({ token: 'invalid', key: 'address', value: 'x', overwrite: true }),
      { status: 400, body: { success: false, error: 'invalid-token' } },
    ],
    [
      'F10: should fail when key is invalid',
      (token) => ({ token, key: 'invalid-key', value: 'x', overwrite: true }),
      { status: 400, body: { success: false, error: 'invalid-custom-field' } },
    ],
    [
      'F11: should save a custom field on visitor',
      (token) => ({ token, key: 'address', value: 'test_address', overwrite: true }),
      { status: 200, body: { field: { key: 'address', value: 'test_address', overwrite: true }, success: true } },
    ],
  ])('%s', async (_title, body, answer) => {
    expect(await post('livechat/custom.field', body(visitorToken))).toEqual(answer);
  });
  it('§8.2: a regexp mismatch names the key, not the label', async () => {
    await helpers.createCustomField({ field: 'digits', label: 'Digits only', regexp: '^[0-9]+$' });
    expect(
      await post('livechat/custom.field', { token: visitorToken, key: 'digits', value: 'abc', overwrite: true }),
    ).toEqual({
      status: 400,
      body: { success: false, error: 'Invalid value for digits field' },
    });
  });
});

describe('livechat/custom.fields', () => {
  it('F12: should fail when token is not on the request params', async () => {
    expect(
      (await post('livechat/custom.fields', { customFields: [{ key: 'address', value: 'x', overwrite: true }] })).body,
    ).toEqual(invalidParams("must have required property 'token'"));
  });
  // Each case: Rocket.Chat's title, the body (given the visitor's token), the exact answer.
  it.each<[string, (token: string) => unknown, { status: number; body: unknown }]>([
    [
      'F13: should fail when customFields is not on the request params',
      (token) => ({ token }),
      { status: 400, body: invalidParams("must have required property 'customFields'") },
    ],
    [
      'F14: should fail when customFields is not an array',
      (token) => ({ token, customFields: { key: 'address' } }),
      { status: 400, body: invalidParams('must be array') },
    ],
    [
      'F15: should fail when customFields is an empty array',
      (token) => ({ token, customFields: [] }),
      { status: 400, body: invalidParams('must NOT have fewer than 1 items') },
    ],
    [
      'F16: should fail when customFields is an array with invalid objects',
      (token) => ({ token, customFields: [{}] }),
      { status: 400, body: invalidParams("must have required property 'key'") },
    ],
    [
      'F17: should fail when token is invalid',
      () => ({ token: 'invalid', customFields: [{ key: 'address', value: 'x', overwrite: true }] }),
      { status: 400, body: { success: false, error: 'invalid-token' } },
    ],
    [
      'F18: should fail when key is invalid',
      (token) => ({ token, customFields: [{ key: 'invalid-key', value: 'x', overwrite: true }] }),
      { status: 400, body: { success: false, error: 'invalid-custom-field' } },
    ],
    [
      'F19: should save a custom field on visitor',
      (token) => ({ token, customFields: [{ key: 'address', value: 'test_address', overwrite: true }] }),
      {
        status: 200,
        body: { fields: [{ Key: 'address', value: 'test_address', overwrite: true }], success: true },
      },
    ],
  ])('%s', async (_title, body, answer) => {
    expect(await post('livechat/custom.fields', body(visitorToken))).toEqual(answer);
  });
});

describe('[with Contacts] custom fields reach the contact', () => {
  const visitorData = async () => {
    const visitor = await helpers.createVisitor({ customFields: [] });
    const contactId = await helpers.createContact({
      name: visitor.name,
      emails: [uniqueEmail()],
      phones: [uniquePhone()],
    });
    // Link the visitor's channel to a contact through a room, as Rocket.Chat does.
    const room = await helpers.openRoom(visitor.token);
    return { visitor, contactId: room.contactId as string, preRegistered: contactId };
  };
  /** Rocket.Chat's F22 set-up: `cfContact` set to "first", then sent again, without overwrite, with another value. */
  const visitorWithConflictingValue = async () => {
    const data = await visitorData();
    const token = data.visitor.token;
    await post('livechat/custom.field', { token, key: 'cfContact', value: 'first', overwrite: true });
    await post('livechat/custom.field', {
      token,
      key: 'cfContact',
      value: 'conflicting-custom-field-value',
      overwrite: false,
    });
    return data;
  };
  const getVisitor = async (id: string) =>
    (await server.call('GET', 'omnichannel/contact', { auth: admin, query: { contactId: id } })).body.contact;

  it('F20: should save the custom field on Contact when available', async () => {
    await helpers.createCustomField({ field: 'cfContact', label: 'Contact field' });
    const { visitor, contactId } = await visitorData();
    expect(
      (await post('livechat/custom.field', { token: visitor.token, key: 'cfContact', value: 'v1', overwrite: true }))
        .status,
    ).toBe(200);
    expect((await getVisitor(visitor._id)).livechatData.cfContact).toBe('v1');
    expect((await helpers.getContact(contactId)).customFields.cfContact).toBe('v1');
  });

  it('F21: Should save multiple custom fields on Contact when available', async () => {
    await helpers.createCustomField({ field: 'cfContact2', label: 'Contact field 2' });
    const { visitor, contactId } = await visitorData();
    const fields = [
      { key: 'cfContact', value: 'a', overwrite: true },
      { key: 'cfContact2', value: 'b', overwrite: true },
    ];
    expect((await post('livechat/custom.fields', { token: visitor.token, customFields: fields })).status).toBe(200);
    expect((await getVisitor(visitor._id)).livechatData).toMatchObject({ cfContact: 'a', cfContact2: 'b' });
    expect((await helpers.getContact(contactId)).customFields).toMatchObject({ cfContact: 'a', cfContact2: 'b' });
  });

  it('F22: should add the custom field as conflict on Contact when overwrite is false', async () => {
    const { visitor, contactId } = await visitorWithConflictingValue();
    expect((await getVisitor(visitor._id)).livechatData.cfContact).toBe('first');
    const contact = await helpers.getContact(contactId);
    expect(contact.customFields.cfContact).toBe('first');
    expect(contact.conflictingFields).toEqual([
      { field: 'customFields.cfContact', value: 'conflicting-custom-field-value' },
    ]);
  });

  it('F23: should not save the custom field as a conflict on Contact when the field is not registered yet', async () => {
    const { visitor, contactId } = await visitorWithConflictingValue();
    await helpers.createCustomField({ field: 'cfContact_3', label: 'Later field' });
    await post('livechat/custom.field', { token: visitor.token, key: 'cfContact_3', value: 'late', overwrite: false });
    const contact = await helpers.getContact(contactId);
    expect(contact.customFields.cfContact_3).toBe('late');
    expect(contact.conflictingFields).toHaveLength(1);
    expect(contact.conflictingFields[0].field).not.toBe('customFields.cfContact_3');
  });
});
