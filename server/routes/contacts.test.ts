import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidSort } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/contacts.ts (rocketchat-api.md §12.1).
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
let agent: { _id: string; username: string };
let plainUser: { _id: string; username: string };
beforeAll(async () => {
  ({ server, admin, helpers } = await startOmnichannelServer());
  agent = await helpers.createUser(['user', 'livechat-agent']);
  plainUser = await helpers.createUser(['user']);
});
afterAll(() => server.close());

const post = (path: string, body: unknown, auth: Credentials = admin) => server.call('POST', path, { auth, body });
const get = (path: string, query: Record<string, string> = {}, auth: Credentials = admin) =>
  server.call('GET', path, { auth, query });

const newContactBody = () => ({ name: 'Contact Name', emails: [uniqueEmail()], phones: [uniquePhone()] });

describe('[POST] omnichannel/contacts', () => {
  it('C1: should be able to create a new contact', async () => {
    const { status, body } = await post('omnichannel/contacts', newContactBody());
    expect(status).toBe(200);
    expect(body).toEqual({ contactId: expect.any(String), success: true });
  });

  it("C2: should return an error if user doesn't have 'create-livechat-contact' permission", async () => {
    await helpers.withRoles('create-livechat-contact', [], async () => {
      const { status, body } = await post('omnichannel/contacts', newContactBody());
      expect(status).toBe(403);
      expect(body).toEqual(unauthorized);
    });
  });

  it('C3: should return an error if contact manager not exists', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), contactManager: 'invalid' });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'error-contact-manager-not-found' });
  });

  it('C4: should return an error if contact manager is not a livechat-agent', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), contactManager: plainUser._id });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'error-contact-manager-not-found' });
  });

  it('C5: should be able to create a new contact with a contact manager', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), contactManager: agent._id });
    expect(status).toBe(200);
    expect(body).toEqual({ contactId: expect.any(String), success: true });
    expect((await helpers.getContact(body.contactId)).contactManager).toBe(agent._id);
  });

  it('C13: should return an error if name is missing', async () => {
    const { status, body } = await post('omnichannel/contacts', { emails: [uniqueEmail()], phones: [uniquePhone()] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams("must have required property 'name'"));
  });

  it('C14: should return an error if emails is missing', async () => {
    const { status, body } = await post('omnichannel/contacts', { name: 'x', phones: [uniquePhone()] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams("must have required property 'emails'"));
  });

  it('C15: should return an error if phones is missing', async () => {
    const { status, body } = await post('omnichannel/contacts', { name: 'x', emails: [uniqueEmail()] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams("must have required property 'phones'"));
  });

  it('C16: should return an error if emails is not an array', async () => {
    const { status, body } = await post('omnichannel/contacts', {
      name: 'x',
      emails: 'invalid',
      phones: [uniquePhone()],
    });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be array'));
  });

  it('C17: should return an error if emails is not an array of strings', async () => {
    const { status, body } = await post('omnichannel/contacts', {
      name: 'x',
      emails: [{ invalid: true }],
      phones: [uniquePhone()],
    });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be string'));
  });

  it('C18: should return an error if phones is not an array of strings', async () => {
    const { status, body } = await post('omnichannel/contacts', {
      name: 'x',
      emails: [uniqueEmail()],
      phones: [{ invalid: true }],
    });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be string'));
  });

  it('C19: should return an error if additional fields are provided', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), additional: 'invalid' });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must NOT have additional properties'));
  });

  it('§10.3: repeated emails within one request are rejected by uniqueItems', async () => {
    const email = uniqueEmail();
    const { status, body } = await post('omnichannel/contacts', { name: 'x', emails: [email, email], phones: [] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must NOT have duplicate items (items ## 1 and 0 are identical)'));
  });

  it('§8.1: validation runs before permissions (400 wins over 403 on the new routes)', async () => {
    await helpers.withRoles('create-livechat-contact', [], async () => {
      const { status, body } = await post('omnichannel/contacts', { name: 'x' });
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams("must have required property 'emails'"));
    });
  });

  it('401: no credentials', async () => {
    const { status, body } = await server.call('POST', 'omnichannel/contacts', { body: newContactBody() });
    expect(status).toBe(401);
    expect(body).toEqual({
      success: false,
      error: 'You must be logged in to do this.',
      status: 'error',
      message: 'You must be logged in to do this.',
    });
  });
});

describe('custom fields on contacts (cf1 required ^[0-9]+$, cf2, cfOptional)', () => {
  let contactId: string;
  beforeAll(async () => {
    await helpers.createCustomField({ field: 'cf1', label: 'Custom Field 1', required: true, regexp: '^[0-9]+$' });
    await helpers.createCustomField({ field: 'cf2', label: 'Custom Field 2' });
    await helpers.createCustomField({ field: 'cfOptional', label: 'Optional Custom Field' });
  });
  afterAll(async () => {
    for (const id of ['cf1', 'cfOptional']) await helpers.deleteCustomField(id);
  });

  it('C6: should validate custom fields correctly', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), customFields: { cf1: '123' } });
    expect(status).toBe(200);
    expect(body).toEqual({ contactId: expect.any(String), success: true });
  });

  it('C7: should return an error for missing required custom field', async () => {
    const { status, body } = await post('omnichannel/contacts', { ...newContactBody(), customFields: {} });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Invalid value for Custom Field 1 field' });
  });

  it('C8: should return an error for invalid custom field value', async () => {
    const { status, body } = await post('omnichannel/contacts', {
      ...newContactBody(),
      customFields: { cf1: 'invalid' },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Invalid value for Custom Field 1 field' });
  });

  it('§8.1: values are trimmed and unknown keys rejected on create', async () => {
    const created = await post('omnichannel/contacts', { ...newContactBody(), customFields: { cf1: ' 42 ' } });
    expect((await helpers.getContact(created.body.contactId)).customFields).toEqual({ cf1: '42' });
    const { status, body } = await post('omnichannel/contacts', {
      ...newContactBody(),
      customFields: { cf1: '1', nope: 'x' },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Custom field nope is not allowed' });
  });

  it('C9: should keep a legacy custom field, but not update it, nor throw an error if it is specified on update', async () => {
    contactId = await helpers.createContact({ ...newContactBody(), customFields: { cf1: '123', cf2: '456' } });
    await helpers.deleteCustomField('cf2');
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId,
      customFields: { cf1: '456', cf2: '789' },
    });
    expect(status).toBe(200);
    expect(body.contact._id).toBe(contactId);
    expect(body.contact.customFields).toEqual({ cf1: '456', cf2: '456' });
  });

  it('C10: should keep a legacy custom field and not throw an error if it is not specified on update', async () => {
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId,
      customFields: { cf1: '789', cfOptional: '567' },
    });
    expect(status).toBe(200);
    expect(body.contact.customFields).toEqual({ cf1: '789', cf2: '456', cfOptional: '567' });
  });

  it('C11: should keep a legacy custom field, but remove an optional registered custom field if it is not specified on update', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, customFields: { cf1: '789' } });
    expect(status).toBe(200);
    expect(body.contact.customFields).toEqual({ cf1: '789', cf2: '456' });
  });

  it('C12: should throw an error if trying to update a custom field that is not registered in the workspace and does not exist in the contact', async () => {
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId,
      customFields: { cf1: '123', cf3: 'invalid' },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Custom field cf3 is not allowed' });
  });

  it('§7.3: an update without customFields leaves them (legacy and registered) untouched', async () => {
    const { body } = await post('omnichannel/contacts.update', { contactId, name: 'Renamed' });
    expect(body.contact.customFields).toEqual({ cf1: '789', cf2: '456' });
  });

  it('§7.3: legacy fields still require the registered required field', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, customFields: { cf2: '1' } });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Invalid value for Custom Field 1 field' });
  });

  it('U7: should validate custom fields correctly', async () => {
    const id = await helpers.createContact({ ...newContactBody(), customFields: { cf1: '1' } });
    const { status, body } = await post('omnichannel/contacts.update', { contactId: id, customFields: { cf1: '123' } });
    expect(status).toBe(200);
    expect(body.contact._id).toBe(id);
  });

  it('U8: should return an error for invalid custom field value', async () => {
    const id = await helpers.createContact({ ...newContactBody(), customFields: { cf1: '1' } });
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId: id,
      customFields: { cf1: 'invalid' },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Invalid value for Custom Field 1 field' });
  });

  it('U9: should return an error if additional custom fields are provided', async () => {
    const id = await helpers.createContact({ ...newContactBody(), customFields: { cf1: '1' } });
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId: id,
      customFields: { cf1: '123', cf2: 'invalid' },
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'Custom field cf2 is not allowed' });
  });
});

describe('[POST] omnichannel/contacts.update', () => {
  let contactId: string;
  beforeAll(async () => {
    contactId = await helpers.createContact(newContactBody());
  });

  it('U1: should be able to update a contact', async () => {
    const email = uniqueEmail();
    const phone = uniquePhone();
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId,
      name: 'New Name',
      emails: [email],
      phones: [phone],
    });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.contact).toMatchObject({
      _id: contactId,
      name: 'New Name',
      emails: [{ address: email }],
      phones: [{ phoneNumber: phone }],
    });
  });

  it('U2: should set the unknown field to false when updating a contact', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, name: 'x' });
    expect(status).toBe(200);
    expect(body.contact.unknown).toBe(false);
  });

  it('U3: should be able to update the contact manager', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, contactManager: agent._id });
    expect(status).toBe(200);
    expect(body.contact.contactManager).toBe(agent._id);
  });

  it('U4: should return an error if contact does not exist', async () => {
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId: 'invalid',
      name: 'x',
      emails: [uniqueEmail()],
      phones: [uniquePhone()],
    });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'error-contact-not-found' });
  });

  it('U5: should return an error if contact manager not exists', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, contactManager: 'invalid' });
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, error: 'error-contact-manager-not-found' });
  });

  it("U6: should return an error if user doesn't have 'update-livechat-contact' permission", async () => {
    await helpers.withRoles('update-livechat-contact', [], async () => {
      const { status, body } = await post('omnichannel/contacts.update', { contactId });
      expect(status).toBe(403);
      expect(body).toEqual(unauthorized);
    });
  });

  it('U10: should return an error if contactId is missing', async () => {
    const { status, body } = await post('omnichannel/contacts.update', {
      emails: [uniqueEmail()],
      phones: [uniquePhone()],
    });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams("must have required property 'contactId'"));
  });

  it('U11: should return an error if emails is not an array', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, emails: 'invalid' });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be array'));
  });

  it('U12: should return an error if emails is not an array of strings', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, emails: [{ invalid: true }] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be string'));
  });

  it('U13: should return an error if phones is not an array', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, phones: 'invalid' });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be array'));
  });

  it('U14: should return an error if phones is not an array of strings', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, phones: [{ invalid: true }] });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must be string'));
  });

  it('U15: should return an error if additional fields are provided', async () => {
    const { status, body } = await post('omnichannel/contacts.update', { contactId, unknown: true });
    expect(status).toBe(400);
    expect(body).toEqual(invalidParams('must NOT have additional properties'));
  });

  it('seed example (developer docs body): contactId, name, phones, emails, contactManager, customFields {}, wipeConflicts false', async () => {
    const { status, body } = await post('omnichannel/contacts.update', {
      contactId,
      name: 'John',
      phones: ['+123456789'],
      emails: ['email@example.com'],
      contactManager: agent._id,
      customFields: {},
      wipeConflicts: false,
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      contact: {
        _id: contactId,
        createdAt: expect.any(String),
        _updatedAt: expect.any(String),
        name: 'John',
        emails: [{ address: 'email@example.com' }],
        phones: [{ phoneNumber: '+123456789' }],
        contactManager: agent._id,
        channels: [],
        customFields: {},
        unknown: false,
        preRegistration: true,
      },
      success: true,
    });
  });

  it('§7.3: null values are dropped (removeEmpty) and an empty list clears emails', async () => {
    const { body } = await post('omnichannel/contacts.update', {
      contactId,
      emails: [],
      phones: null,
      contactManager: null,
    });
    expect(body.contact.emails).toEqual([]);
    expect(body.contact.phones).toHaveLength(1);
    expect(body.contact.contactManager).toBe(agent._id);
  });
});

describe('[POST] omnichannel/contacts.conflicts', () => {
  it('K1: should resolve the contact custom field conflict', async () => {
    const visitor = await helpers.createVisitor({ customFields: [] });
    const contactId = await helpers.createContact({
      name: visitor.name,
      emails: [visitor.visitorEmails[0]!.address],
      phones: [visitor.phone[0]!.phoneNumber],
    });
    await helpers.openRoom(visitor.token);
    await helpers.createCustomField({ field: 'kcf1', label: 'Conflict field' });
    expect(
      (await post('livechat/custom.field', { token: visitor.token, key: 'kcf1', value: '123', overwrite: true })).body,
    ).toEqual({
      field: { key: 'kcf1', value: '123', overwrite: true },
      success: true,
    });
    expect(
      (await post('livechat/custom.field', { token: visitor.token, key: 'kcf1', value: '456', overwrite: false }))
        .status,
    ).toBe(200);
    expect((await helpers.getContact(contactId)).conflictingFields).toEqual([
      { field: 'customFields.kcf1', value: '456' },
    ]);

    const { status, body } = await post('omnichannel/contacts.conflicts', { contactId, customFields: { kcf1: '123' } });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.result.customFields.kcf1).toBe('123');
    expect(body.result.conflictingFields).toEqual([]);
    expect(body.contact).toBeUndefined();
  });

  it('§7.5: a contact without conflicts answers error-contact-has-no-conflicts; unknown id error-contact-not-found', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await post('omnichannel/contacts.conflicts', { contactId, name: 'x' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-contact-has-no-conflicts' },
    });
    expect(await post('omnichannel/contacts.conflicts', { contactId: 'invalid', name: 'x' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-contact-not-found' },
    });
  });
});

describe('Contact Rooms', () => {
  it('R1: should create a contact and assign it to the room', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    expect(room.contactId).toEqual(expect.any(String));
    const contact = await helpers.getContact(room.contactId);
    expect(contact).toMatchObject({ unknown: true, name: visitor.name, customFields: {} });
  });

  it('R2: should create a room using the pre-created contact', async () => {
    const email = uniqueEmail();
    const phone = uniquePhone();
    const contactId = await helpers.createContact({
      name: 'Contact Name',
      emails: [email],
      phones: [phone],
      contactManager: agent._id,
    });
    const visitor = await helpers.createVisitor({ name: 'Visitor Name', email, phone });
    const room = await helpers.openRoom(visitor.token);
    expect(room.contactId).toBe(contactId);
    expect(room.fname).toBe('Contact Name');
    // A different visitor name on a known contact becomes a conflict (ContactMerger).
    expect((await helpers.getContact(contactId)).conflictingFields).toEqual([{ field: 'name', value: 'Visitor Name' }]);
  });

  it('R3: should update room names when a contact name changes', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { status } = await post('omnichannel/contacts.update', {
      contactId: room.contactId,
      name: 'New Contact Name',
    });
    expect(status).toBe(200);
    const again = await server.call('GET', 'livechat/room', { query: { token: visitor.token, rid: room._id } });
    expect(again.body).toMatchObject({
      room: { _id: room._id, fname: 'New Contact Name' },
      newRoom: false,
      success: true,
    });
  });
});

describe('[GET] omnichannel/contacts.get', () => {
  it('G1: should be able get a contact by id', async () => {
    const input = { ...newContactBody(), contactManager: agent._id };
    const contactId = await helpers.createContact(input);
    const { status, body } = await get('omnichannel/contacts.get', { contactId });
    expect(status).toBe(200);
    expect(body.contact).toHaveProperty('createdAt');
    expect(body.contact).toMatchObject({
      _id: contactId,
      name: input.name,
      emails: [{ address: input.emails[0] }],
      phones: [{ phoneNumber: input.phones[0] }],
      contactManager: agent._id,
    });
  });

  it('G2: should return 404 if contact does not exist using contactId', async () => {
    expect(await get('omnichannel/contacts.get', { contactId: 'invalid' })).toEqual({
      status: 404,
      body: { success: false, error: 'Resource not found' },
    });
  });

  it("G3: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.get', { contactId: 'x' })).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('G4: should return an error if contactId and visitor association is missing', async () => {
    expect(await get('omnichannel/contacts.get')).toEqual({
      status: 400,
      body: invalidParams("must have required property 'contactId'"),
    });
  });

  it('G4b: an empty contactId fails isNotEmpty', async () => {
    expect(await get('omnichannel/contacts.get', { contactId: ' ' })).toEqual({
      status: 400,
      body: invalidParams('must pass "isNotEmpty" keyword validation'),
    });
  });

  describe('Contact Channels and Last Chat', () => {
    let visitor: Awaited<ReturnType<typeof helpers.createVisitor>>;
    let room: { _id: string; contactId: string };
    beforeAll(async () => {
      visitor = await helpers.createVisitor();
      room = await helpers.openRoom(visitor.token);
    });

    it('G5: should add a channel to a contact when creating a new room', async () => {
      const contact = await helpers.getContact(room.contactId);
      expect(contact.channels).toHaveLength(1);
      expect(contact.channels[0]).toMatchObject({ name: 'api', verified: false, blocked: false });
      expect(contact.channels[0].visitor).toEqual({ visitorId: visitor._id, source: { type: 'api' } });
    });

    it('G7: should have assigned a contactId to the new room', () => {
      expect(room.contactId).toEqual(expect.any(String));
    });

    it('G8: should return the last chat', async () => {
      const contact = await helpers.getContact(room.contactId);
      expect(contact.lastChat).toEqual({ _id: room._id, ts: expect.any(String) });
      expect(contact.channels[0].lastChat).toEqual({ _id: room._id, ts: expect.any(String) });
    });

    it('G6: should not add a channel if visitor already has one with same type', async () => {
      await helpers.closeRoom(room._id, visitor.token);
      const second = await helpers.openRoom(visitor.token);
      expect(second.contactId).toBe(room.contactId);
      expect((await helpers.getContact(room.contactId)).channels).toHaveLength(1);
    });

    it('G9: should not return the last chat if contact never chatted', async () => {
      const contactId2 = await helpers.createContact(newContactBody());
      const contact = await helpers.getContact(contactId2);
      expect(contact._id).toBe(contactId2);
      expect(contact).not.toHaveProperty('lastChat');
    });
  });
});

describe('[GET] omnichannel/contacts.checkExistence', () => {
  const email = uniqueEmail();
  const phone = uniquePhone();
  let contactId: string;
  beforeAll(async () => {
    contactId = await helpers.createContact({ name: 'Existence', emails: [email], phones: [phone] });
  });

  it('X1: should confirm a contact exists when checking by contact id', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { contactId })).toEqual({
      status: 200,
      body: { exists: true, success: true },
    });
  });
  it('X2: should confirm a contact does not exist when checking by contact id', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { contactId: 'invalid-contact-id' })).toEqual({
      status: 200,
      body: { exists: false, success: true },
    });
  });
  it('X3: should confirm a contact exists when checking by email', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { email })).toEqual({
      status: 200,
      body: { exists: true, success: true },
    });
  });
  it('X4: should confirm a contact does not exist when checking by email', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { email: 'invalid-email@example.com' })).toEqual({
      status: 200,
      body: { exists: false, success: true },
    });
  });
  it('X5: should confirm a contact exists when checking by phone', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { phone })).toEqual({
      status: 200,
      body: { exists: true, success: true },
    });
  });
  it('X6: should confirm a contact does not exist when checking by phone', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { phone: 'invalid-phone' })).toEqual({
      status: 200,
      body: { exists: false, success: true },
    });
  });
  it("X7: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.checkExistence', { contactId })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });
  it('X8: should return an error if all query params are missing', async () => {
    expect(await get('omnichannel/contacts.checkExistence')).toEqual({
      status: 400,
      body: invalidParams(
        "must have required property 'contactId'\n must have required property 'email'\n must have required property 'phone'\n must match exactly one schema in oneOf",
      ),
    });
  });
  it('X9: should return an error if more than one field is provided', async () => {
    expect(await get('omnichannel/contacts.checkExistence', { contactId, email, phone })).toEqual({
      status: 400,
      body: invalidParams(
        'must NOT have additional properties\n must NOT have additional properties\n must NOT have additional properties\n must match exactly one schema in oneOf',
      ),
    });
  });
  it('X: email must match basic_email; checks are exact and case-sensitive', async () => {
    expect((await get('omnichannel/contacts.checkExistence', { email: 'not-an-email' })).body.error).toContain(
      'must match format "basic_email"',
    );
    expect((await get('omnichannel/contacts.checkExistence', { email: email.toUpperCase() })).body.exists).toBe(false);
  });
});

describe('[GET] omnichannel/contacts.search', () => {
  const email = uniqueEmail();
  const phone = uniquePhone();
  const name = `Searchable ${Date.now()}`;
  let contactId: string;
  beforeAll(async () => {
    contactId = await helpers.createContact({ name, emails: [email], phones: [phone], contactManager: agent._id });
    const visitor = await helpers.createVisitor();
    await helpers.openRoom(visitor.token);
  });

  it('S1: should be able to list all contacts', async () => {
    const { status, body } = await get('omnichannel/contacts.search');
    expect(status).toBe(200);
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(body).toMatchObject({
      count: expect.any(Number),
      total: expect.any(Number),
      offset: expect.any(Number),
      success: true,
    });
  });

  it('S2: should return only known contacts by default', async () => {
    const { body } = await get('omnichannel/contacts.search');
    expect(body.contacts[0].unknown).toBe(false);
    expect(body.contacts.every((contact: { unknown: boolean }) => !contact.unknown)).toBe(true);
  });

  it('S3: should be able to filter contacts by unknown field', async () => {
    const { body } = await get('omnichannel/contacts.search', { unknown: 'true' });
    expect(body.contacts[0].unknown).toBe(true);
  });

  it('S4: should return only contacts that match the searchText using email', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: email });
    expect(body.contacts).toHaveLength(1);
    expect(body.total).toBe(1);
    expect(body.contacts[0]).toMatchObject({ _id: contactId, name, emails: [{ address: email }] });
  });

  it('S5: should return only contacts that match the searchText using phone number', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: phone });
    expect(body.contacts).toHaveLength(1);
    expect(body.contacts[0].phones[0].phoneNumber).toBe(phone);
  });

  it('S6: should return only contacts that match the searchText using name', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: name });
    expect(body.contacts).toHaveLength(1);
    expect(body.contacts[0]._id).toBe(contactId);
  });

  it('S7: should return an empty list if no contacts exist', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: 'invalid' });
    expect(body).toEqual({ contacts: [], count: 50, offset: 0, total: 0, success: true });
  });

  it("S8: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.search')).toEqual({ status: 403, body: unauthorized });
    });
  });

  it('§7.4: manager data replaces the id; substring is case-insensitive and escaped', async () => {
    const { body } = await get('omnichannel/contacts.search', { searchText: name.toUpperCase().slice(2, 10) });
    const found = body.contacts.find((contact: { _id: string }) => contact._id === contactId);
    expect(found.contactManager).toEqual({ _id: agent._id, name: `User ${agent.username}`, username: agent.username });
    expect((await get('omnichannel/contacts.search', { searchText: '.*' })).body.total).toBe(0);
  });

  it('§2.5: count is the requested page size (quirk), capped at 100; sort parsing', async () => {
    const { body } = await get('omnichannel/contacts.search', { count: '1', offset: '0', sort: '{"name":-1}' });
    expect(body.contacts).toHaveLength(1);
    expect(body.count).toBe(1);
    expect((await get('omnichannel/contacts.search', { count: '500', searchText: 'invalid' })).body.count).toBe(100);
    expect(await get('omnichannel/contacts.search', { sort: '{"name":2}' })).toEqual({
      status: 400,
      body: invalidSort('{"name":2}'),
    });
    expect(await get('omnichannel/contacts.search', { count: 'abc' })).toEqual({
      status: 400,
      body: invalidParams('must be number'),
    });
    expect(await get('omnichannel/contacts.search', { unknown: 'maybe' })).toEqual({
      status: 400,
      body: invalidParams('must be boolean'),
    });
  });
});

describe('[GET] omnichannel/contacts.history', () => {
  let visitor: Awaited<ReturnType<typeof helpers.createVisitor>>;
  let room1: { _id: string; contactId: string };
  beforeAll(async () => {
    visitor = await helpers.createVisitor();
    room1 = await helpers.openRoom(visitor.token);
    await helpers.closeRoomByUser(room1._id);
    await helpers.openRoom(visitor.token, { referer: `${server.url}/livechat`, host: new URL(server.url).host });
  });

  it('H1: should be able to list a contact history', async () => {
    const { status, body } = await get('omnichannel/contacts.history', { contactId: room1.contactId });
    expect(status).toBe(200);
    expect(body.history).toHaveLength(1);
    expect(body).toMatchObject({ total: 1, count: 1, offset: 0, success: true });
    expect(body.history[0]).toMatchObject({
      _id: room1._id,
      closedAt: expect.any(String),
      closedBy: { _id: admin.userId, username: 'admin' },
      closer: 'user',
      source: { type: 'api' },
    });
  });

  it('H2: should be able to filter a room by the source', async () => {
    const { body } = await get('omnichannel/contacts.history', { contactId: room1.contactId, source: 'api' });
    expect(body.history.map((room: { _id: string }) => room._id)).toEqual([room1._id]);
  });

  it('H3: should return an empty list if contact does not have history', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await get('omnichannel/contacts.history', { contactId })).toEqual({
      status: 200,
      body: { history: [], count: 0, offset: 0, total: 0, success: true },
    });
  });

  it('H4: should return an error if contacts not exists', async () => {
    expect(await get('omnichannel/contacts.history', { contactId: 'invalid' })).toEqual({
      status: 400,
      body: { success: false, error: 'error-contact-not-found' },
    });
  });

  it('§10.2: the widget room adds a second channel named "widget"', async () => {
    const { body } = await get('omnichannel/contacts.channels', { contactId: room1.contactId });
    expect(body.channels.map((channel: { name: string }) => channel.name)).toEqual(['api', 'widget']);
  });
});

describe('[GET] omnichannel/contacts.channels', () => {
  it('N1: should be able get the channels of a contact by his id', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const { status, body } = await get('omnichannel/contacts.channels', { contactId: room.contactId });
    expect(status).toBe(200);
    expect(body.channels).toHaveLength(1);
    expect(body.channels[0]).toMatchObject({
      name: 'api',
      verified: false,
      blocked: false,
      lastChat: { _id: room._id, ts: expect.any(String) },
    });
    expect(body.channels[0].visitor).toEqual({ visitorId: visitor._id, source: { type: 'api' } });
  });

  it('N2: should return an empty array if contact does not have channels', async () => {
    const contactId = await helpers.createContact(newContactBody());
    expect(await get('omnichannel/contacts.channels', { contactId })).toEqual({
      status: 200,
      body: { channels: [], success: true },
    });
  });

  it('N3: should return an empty array if contact does not exist', async () => {
    expect(await get('omnichannel/contacts.channels', { contactId: 'invalid' })).toEqual({
      status: 200,
      body: { channels: [], success: true },
    });
  });

  it("N4: should return an error if user doesn't have 'view-livechat-contact' permission", async () => {
    await helpers.withRoles('view-livechat-contact', [], async () => {
      expect(await get('omnichannel/contacts.channels', { contactId: 'x' })).toEqual({
        status: 403,
        body: unauthorized,
      });
    });
  });

  it('N5: should return an error if contactId is missing', async () => {
    expect(await get('omnichannel/contacts.channels')).toEqual({
      status: 400,
      body: invalidParams("must have required property 'contactId'"),
    });
  });
});
