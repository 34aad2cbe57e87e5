import { beforeAll, describe, expect, it } from 'vitest';
import type { OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { contactSuite, newContactBody, type ContactSuite } from '../test-support/contact-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/contacts.ts (rocketchat-api.md §12.1): updating contacts and resolving their conflicts.
const { suite, post } = contactSuite();
let helpers: OmnichannelHelpers;
let agent: ContactSuite['agent'];
beforeAll(() => ({ helpers, agent } = suite));

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
