import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { omnichannelHelpers, unauthorized } from '../test-support/omnichannel.ts';

// `GET`/`POST settings/:_id` (apps/meteor/app/api/server/v1/settings.ts; Rocket.Chat's own tests set settings
// through it with `updateSetting`), with Rocket.Chat's defaults, and the behaviour those settings gate.
let server: TestServer;
let admin: Credentials;
let manager: Credentials;
let helpers: ReturnType<typeof omnichannelHelpers>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  manager = await server.login('manager');
  helpers = omnichannelHelpers(server, () => admin);
});
afterAll(() => server.close());

const read = (id: string, auth: Credentials = admin) => server.call('GET', `settings/${id}`, { auth });
const write = (id: string, body: unknown, auth: Credentials = admin) =>
  server.call('POST', `settings/${id}`, { auth, body });

describe('GET settings/:_id', () => {
  it.each([
    ['Livechat_Allow_collect_and_store_HTTP_header_informations', false],
    ['Livechat_Require_Contact_Verification', 'never'],
    ['Livechat_request_comment_when_closing_conversation', true],
  ])('answers %s with Rocket.Chat’s default', async (id, value) => {
    expect(await read(id)).toEqual({ status: 200, body: { _id: id, value, success: true } });
  });

  it('answers a setting it does not have with a bare failure', async () => {
    expect(await read('No_Such_Setting')).toEqual({ status: 400, body: { success: false } });
    // Counters are kept as settings but are not served.
    expect(await read('Livechat_guest_count')).toEqual({ status: 400, body: { success: false } });
  });

  it('needs a login (401) and view-privileged-setting, which only admins hold (403)', async () => {
    const { status } = await server.call('GET', 'settings/Livechat_Require_Contact_Verification');
    expect(status).toBe(401);
    expect(await read('Livechat_Require_Contact_Verification', manager)).toEqual({ status: 403, body: unauthorized });
  });
});

describe('POST settings/:_id', () => {
  it('stores the value as sent and answers {success: true}', async () => {
    expect(await write('Livechat_Require_Contact_Verification', { value: 'once' })).toEqual({
      status: 200,
      body: { success: true },
    });
    expect((await read('Livechat_Require_Contact_Verification')).body.value).toBe('once');
    await write('Livechat_Require_Contact_Verification', { value: 'never' });
  });

  it('refuses a body without value, and a setting it does not have, with a bare failure', async () => {
    expect(await write('Livechat_Require_Contact_Verification', { editor: 'x' })).toEqual({
      status: 400,
      body: { success: false },
    });
    expect(await write('No_Such_Setting', { value: 1 })).toEqual({ status: 400, body: { success: false } });
  });

  it('needs edit-privileged-setting, which only admins hold', async () => {
    expect(await write('Livechat_Require_Contact_Verification', { value: 'always' }, manager)).toEqual({
      status: 403,
      body: unauthorized,
    });
  });
});

describe('behaviour follows the settings', () => {
  it('Livechat_request_comment_when_closing_conversation off: an agent may close without a comment', async () => {
    const visitor = await helpers.createVisitor();
    const room = await helpers.openRoom(visitor.token);
    const close = () => server.call('POST', 'livechat/room.closeByUser', { auth: admin, body: { rid: room._id } });
    expect((await close()).body).toEqual({ success: false, error: 'error-comment-is-required' });
    await write('Livechat_request_comment_when_closing_conversation', { value: false });
    try {
      expect(await close()).toEqual({ status: 200, body: { success: true } });
    } finally {
      await write('Livechat_request_comment_when_closing_conversation', { value: true });
    }
  });
});
