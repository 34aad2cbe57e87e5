import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/09-visitors.ts (7.x):
// `livechat/visitor`, `livechat/visitor/:token` and `livechat/visitor.status`, named after its test titles.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
afterAll(() => server.close());

const registerVisitor = (visitor: unknown) => server.call('POST', 'livechat/visitor', { body: { visitor } });
const uniqueToken = () => `${randomUUID()}-test`;
const uniqueDigits = () => String(Math.floor(1e9 + Math.random() * 9e9));
const setSetting = (id: string, value: unknown) =>
  server.call('POST', `settings/${id}`, { auth: admin, body: { value } });

describe('livechat/visitor', () => {
  it('should fail if no "visitor" key is passed as body parameter', async () => {
    expect(await server.call('POST', 'livechat/visitor', { body: {} })).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'visitor'" },
    });
  });

  it('should fail if visitor.token is not present', async () => {
    expect(await registerVisitor({})).toEqual({
      status: 400,
      body: { success: false, error: "Match error: Missing key 'token' in field visitor" },
    });
  });

  it('should fail when token is an empty string', async () => {
    expect(await registerVisitor({ token: '' })).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'Token cannot be empty [error-invalid-token]',
        errorType: 'error-invalid-token',
        details: { method: 'livechat/visitor' },
      },
    });
  });

  it('should create a visitor', async () => {
    const token = uniqueToken();
    const { status, body } = await registerVisitor({ token });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.visitor).toMatchObject({ token, status: 'online' });
  });

  it('should create a visitor with provided extra information', async () => {
    const token = uniqueToken();
    const phone = uniqueDigits();
    const { body } = await registerVisitor({ token, phone });
    expect(body.visitor.token).toBe(token);
    expect(body.visitor.phone).toEqual([{ phoneNumber: phone }]);
  });

  it('should save customFields when passed', async () => {
    const token = uniqueToken();
    const { body } = await registerVisitor({
      token,
      customFields: [{ key: 'address', value: 'Not a real address :)', overwrite: true }],
    });
    expect(body.success).toBe(true);
    expect(body.visitor.token).toBe(token);
    expect(body.visitor.livechatData).toEqual({ address: 'Not a real address :)' });
  });

  it('should update a current visitor when phone is same', async () => {
    const token = uniqueToken();
    const phone = uniqueDigits();
    const first = await registerVisitor({ token, phone });
    const { status, body } = await registerVisitor({ token: `${token}2`, phone });
    expect(status).toBe(200);
    // Same visitor won't update the token (registerGuest matches by phone before email and keeps the token).
    expect(body.visitor._id).toBe(first.body.visitor._id);
    expect(body.visitor.token).toBe(token);
    expect(body.visitor.phone[0].phoneNumber).toBe(phone);
  });

  it('registerGuest: an email match takes the new token; a phone match wins over an email match', async () => {
    const email = `${randomUUID()}@example.com`;
    const byEmail = (await registerVisitor({ token: uniqueToken(), email })).body.visitor;
    const newToken = uniqueToken();
    const emailOnly = await registerVisitor({ token: newToken, email: email.toUpperCase() });
    expect(emailOnly.body.visitor).toMatchObject({ _id: byEmail._id, token: newToken });

    const byPhone = (await registerVisitor({ token: uniqueToken(), phone: uniqueDigits() })).body.visitor;
    const both = await registerVisitor({ token: uniqueToken(), email, phone: byPhone.phone[0].phoneNumber });
    expect(both.body.visitor).toMatchObject({ _id: byPhone._id, token: byPhone.token });
  });

  it('should not update a custom field when it does not exists', async () => {
    const { body } = await registerVisitor({
      token: uniqueToken(),
      customFields: [{ key: `new_custom_field_${Date.now()}`, value: 'Not a real address :)', overwrite: true }],
    });
    expect(body.success).toBe(true);
    expect(body.visitor).not.toHaveProperty('livechatData');
  });

  it('should not update a custom field when the scope of it is not visitor', async () => {
    await helpers.createCustomField({ field: 'roomScoped', scope: 'room' });
    const { body } = await registerVisitor({
      token: uniqueToken(),
      customFields: [{ key: 'roomScoped', value: 'Not a real address :)', overwrite: true }],
    });
    expect(body.success).toBe(true);
    expect(body.visitor).not.toHaveProperty('livechatData');
  });

  it('should not update a custom field when the overwrite flag is false', async () => {
    const token = uniqueToken();
    await registerVisitor({
      token,
      customFields: [{ key: 'address', value: 'Not a real address :)', overwrite: true }],
    });
    const { body } = await registerVisitor({
      token,
      customFields: [{ key: 'address', value: 'This should not change!', overwrite: false }],
    });
    expect(body.visitor.livechatData).toEqual({ address: 'Not a real address :)' });
  });

  describe('required custom fields', () => {
    beforeAll(async () => {
      await helpers.createCustomField({ field: 'optional_custom_field', required: false });
      await helpers.createCustomField({ field: 'required_custom_field', required: true });
    });
    afterAll(async () => {
      await helpers.deleteCustomField('optional_custom_field');
      await helpers.deleteCustomField('required_custom_field');
    });

    it('should not validate required custom fields if no custom fields are provided', async () => {
      const token = uniqueToken();
      const { status, body } = await registerVisitor({ token });
      expect(status).toBe(200);
      expect(body.visitor.token).toBe(token);
    });

    it('should fail if provided custom fields but are missing required ones', async () => {
      const token = uniqueToken();
      expect(
        await registerVisitor({
          token,
          customFields: [{ key: 'optional_custom_field', value: 'test', overwrite: true }],
        }),
      ).toEqual({
        status: 400,
        body: { success: false, error: 'Missing required custom fields: required_custom_field' },
      });
      // As in Rocket.Chat, the check runs after the visitor is registered: it exists, without the value.
      const { body } = await server.call('GET', `livechat/visitor/${token}`);
      expect(body.visitor).not.toHaveProperty('livechatData');
    });

    it('lists every missing required field by id, and hidden ones are not required', async () => {
      await helpers.createCustomField({ field: 'second_required', label: 'Second', required: true });
      await helpers.createCustomField({ field: 'hidden_required', required: true, visibility: 'hidden' });
      try {
        const { body } = await registerVisitor({
          token: uniqueToken(),
          customFields: [{ key: 'address', value: 'x', overwrite: true }],
        });
        expect(body.error).toBe('Missing required custom fields: required_custom_field, second_required');
      } finally {
        await helpers.deleteCustomField('second_required');
        await helpers.deleteCustomField('hidden_required');
      }
    });
  });

  it('custom fields reach the contacts linked to the visitor: set when empty or overwriting, else a conflict', async () => {
    const visitor = await helpers.createVisitor();
    const { contactId } = await helpers.openRoom(visitor.token);
    await registerVisitor({
      token: visitor.token,
      customFields: [{ key: 'address', value: 'Other street', overwrite: false }],
    });
    const contact = await helpers.getContact(contactId);
    expect(contact.customFields).toEqual({ address: 'Rocket.Chat street' });
    expect(contact.conflictingFields).toEqual([{ field: 'customFields.address', value: 'Other street' }]);
  });

  describe('special cases', () => {
    beforeAll(() => setSetting('Livechat_Allow_collect_and_store_HTTP_header_informations', true));
    afterAll(() => setSetting('Livechat_Allow_collect_and_store_HTTP_header_informations', false));

    it('should allow to create a visitor without passing connectionData when GDPR setting is enabled', async () => {
      const token = uniqueToken();
      const { body } = await server.call('POST', 'livechat/visitor', {
        body: { visitor: { token } },
        headers: { 'user-agent': 'conformance-agent', 'x-real-ip': '203.0.113.7' },
      });
      expect(body.success).toBe(true);
      // With the setting on, a new visitor keeps its connection data (Visitors.registerGuest).
      expect(body.visitor).toMatchObject({ token, userAgent: 'conformance-agent', ip: '203.0.113.7' });
    });
  });

  it('connection data is not stored while the GDPR setting is off (the default)', async () => {
    const { body } = await server.call('POST', 'livechat/visitor', {
      body: { visitor: { token: uniqueToken() } },
      headers: { 'user-agent': 'conformance-agent' },
    });
    expect(body.visitor).not.toHaveProperty('userAgent');
    expect(body.visitor).not.toHaveProperty('host');
  });
});
