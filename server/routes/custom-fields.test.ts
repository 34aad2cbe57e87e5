import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidSort } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/03-custom-fields.ts (rocketchat-api.md §12.3)
// and the 7.11 livechat/custom-fields.save tests.
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

describe('livechat/custom-fields', () => {
  it.each([
    [
      'F1: should return an "unauthorized error" when the user does not have the necessary permission',
      'livechat/custom-fields',
    ],
    [
      'F4: livechat/custom-fields/:_id should return an "unauthorized error" without permission',
      'livechat/custom-fields/invalid-id',
    ],
  ])('%s', async (_title, path) => {
    await helpers.withRoles('view-l-room', [], async () => {
      expect(await server.call('GET', path, { auth: admin })).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('F2: should return an array of custom fields', async () => {
    const { status, body } = await server.call('GET', 'livechat/custom-fields', { auth: admin });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      customFields: expect.any(Array),
      offset: 0,
      total: expect.any(Number),
      count: expect.any(Number),
      success: true,
    });
  });

  it('F3: should return an array of custom fields even requested with count and offset params', async () => {
    const { status, body } = await server.call('GET', 'livechat/custom-fields', {
      auth: admin,
      query: { count: '5', offset: '0' },
    });
    expect(status).toBe(200);
    expect(body.customFields.length).toBeLessThanOrEqual(5);
    expect(body.count).toBe(body.customFields.length);
  });

  it('§8.2: text filters label or id (escaped, case-insensitive); default sort by label; count = items', async () => {
    await helpers.createCustomField({ field: 'zeta', label: 'Alpha label' });
    await helpers.createCustomField({ field: 'alphaId', label: 'Zulu', scope: 'room' });
    const { body } = await server.call('GET', 'livechat/custom-fields', { auth: admin, query: { text: 'ALPHA' } });
    expect(body.customFields.map((field: { _id: string }) => field._id)).toEqual(['zeta', 'alphaId']);
    expect(body).toMatchObject({ count: 2, offset: 0, total: 2 });
    expect(
      (await server.call('GET', 'livechat/custom-fields', { auth: admin, query: { text: '.*' } })).body.total,
    ).toBe(0);
    const sorted = await server.call('GET', 'livechat/custom-fields', {
      auth: admin,
      query: { sort: '{"_id":-1}', count: '1', offset: '1' },
    });
    expect(sorted.body).toMatchObject({ count: 1, offset: 1, total: 3 });
    expect(sorted.body.customFields[0]._id).toBe('alphaId');
    expect(await server.call('GET', 'livechat/custom-fields', { auth: admin, query: { sort: 'label' } })).toEqual({
      status: 400,
      body: invalidSort('label'),
    });
    expect(await server.call('GET', 'livechat/custom-fields', { auth: admin, query: { bogus: '1' } })).toEqual({
      status: 400,
      body: invalidParams('must NOT have additional properties'),
    });
  });

  it('§8.2: GET livechat/custom-fields/:_id returns the definition, or null when unknown', async () => {
    expect(await server.call('GET', 'livechat/custom-fields/address', { auth: admin })).toEqual({
      status: 200,
      body: {
        customField: expect.objectContaining({ _id: 'address', label: 'Address', scope: 'visitor' }),
        success: true,
      },
    });
    expect(await server.call('GET', 'livechat/custom-fields/nope', { auth: admin })).toEqual({
      status: 200,
      body: { customField: null, success: true },
    });
  });
});

describe('livechat/custom-fields.save and .delete (7.11)', () => {
  const data = { field: 'test_field', label: 'Test Field', scope: 'visitor', visibility: 'public' };

  it('401 when not logged in; 403 without view-livechat-manager', async () => {
    expect((await post('livechat/custom-fields.save', { customFieldId: null, customFieldData: data })).status).toBe(
      401,
    );
    const agent = await helpers.createUser(['user', 'livechat-agent']);
    const auth = await server.login(agent.username, agent.password);
    expect(await post('livechat/custom-fields.save', { customFieldId: null, customFieldData: data }, auth)).toEqual({
      status: 403,
      body: unauthorized,
    });
  });

  it('creates with minimal fields; a second create with the same name fails', async () => {
    const { status, body } = await post(
      'livechat/custom-fields.save',
      { customFieldId: null, customFieldData: data },
      admin,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      customField: {
        _id: 'test_field',
        label: 'Test Field',
        scope: 'visitor',
        visibility: 'public',
        _updatedAt: expect.any(String),
      },
      success: true,
    });
    expect(await post('livechat/custom-fields.save', { customFieldId: null, customFieldData: data }, admin)).toEqual({
      status: 400,
      body: { success: false, error: 'Custom Field already exists' },
    });
  });

  it('updates an existing field (the answer has no _id, as createOrUpdateCustomField returns the $set record)', async () => {
    const update = {
      ...data,
      label: 'Fully Updated Field',
      type: 'select',
      regexp: '^[0-9]+$',
      required: true,
      defaultValue: 'd',
      options: 'a,b',
      public: true,
      searchable: false,
    };
    const { status, body } = await post(
      'livechat/custom-fields.save',
      { customFieldId: 'test_field', customFieldData: update },
      admin,
    );
    expect(status).toBe(200);
    const { field: _field, ...expected } = update;
    expect(body).toEqual({ customField: { ...expected, _updatedAt: expect.any(String) }, success: true });
    expect(
      (await server.call('GET', 'livechat/custom-fields/test_field', { auth: admin })).body.customField.label,
    ).toBe('Fully Updated Field');
  });

  it('fails for an unknown id, an empty id, and an invalid body', async () => {
    expect(
      await post('livechat/custom-fields.save', { customFieldId: 'non-existent-id', customFieldData: data }, admin),
    ).toEqual({
      status: 400,
      body: { success: false, error: 'Custom Field Not found' },
    });
    expect(await post('livechat/custom-fields.save', { customFieldId: '', customFieldData: data }, admin)).toEqual({
      status: 400,
      body: { success: false, error: 'Invalid custom field name. Use only letters, numbers, hyphens and underscores.' },
    });
    expect(await post('livechat/custom-fields.save', { customFieldData: { field: 'x' } }, admin)).toEqual({
      status: 400,
      body: invalidParams("must have required property 'label'"),
    });
  });

  it('deletes; deleting again answers Custom field not found', async () => {
    expect(await post('livechat/custom-fields.delete', { customFieldId: 'test_field' }, admin)).toEqual({
      status: 200,
      body: { success: true },
    });
    expect(await post('livechat/custom-fields.delete', { customFieldId: 'test_field' }, admin)).toEqual({
      status: 400,
      body: { success: false, error: 'Custom field not found' },
    });
  });
});

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
