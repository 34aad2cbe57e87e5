import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';
import { invalidParams, unauthorized, uniqueEmail, uniquePhone } from '../test-support/omnichannel.ts';
import { contactSuite, newContactBody, type ContactSuite } from '../test-support/contact-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/contacts.ts (rocketchat-api.md §12.1): creating contacts, and their custom fields.
const { suite, post } = contactSuite();
let helpers: OmnichannelHelpers;
let agent: ContactSuite['agent'], plainUser: ContactSuite['plainUser'];
beforeAll(() => ({ helpers, agent, plainUser } = suite));

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
    const { status, body } = await suite.server.call('POST', 'omnichannel/contacts', { body: newContactBody() });
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
