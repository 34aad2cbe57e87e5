import { beforeAll, describe, expect, it } from 'vitest';
import type { OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { contactSuite, newContactBody, type ContactSuite } from '../test-support/contact-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/contacts.ts (rocketchat-api.md §12.1): a contact, its rooms, and whether one exists.
const { suite, post, get } = contactSuite();
let helpers: OmnichannelHelpers;
let agent: ContactSuite['agent'];
beforeAll(() => ({ helpers, agent } = suite));

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
    const again = await suite.server.call('GET', 'livechat/room', { query: { token: visitor.token, rid: room._id } });
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
