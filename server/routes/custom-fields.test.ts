import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { invalidSort } from '../test-support/error-bodies.ts';
import { invalidParams, unauthorized } from '../test-support/omnichannel.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// Conformance cases from Rocket.Chat's apps/meteor/tests/end-to-end/api/livechat/03-custom-fields.ts (rocketchat-api.md §12.3)
// and the 7.11 livechat/custom-fields.save tests.
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer({ customFields: [ADDRESS_FIELD] })));
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
