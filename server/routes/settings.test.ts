import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Credentials, type TestServer } from '../test-support/test-server.ts';
import { createHash } from 'node:crypto';
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

describe('POST settings/:_id asks for a second factor (twoFactorRequired, apps/meteor/app/2fa/server/code)', () => {
  const id = 'Livechat_Require_Contact_Verification';
  let veteran: Credentials;
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const withCode = (code: string, method = 'password') => ({ 'x-2fa-code': code, 'x-2fa-method': method });

  beforeAll(async () => {
    // Users registered in the last 30 minutes are let through; this admin registered an hour ago.
    const user = await helpers.createUser(['admin']);
    const row = server.db.prepare<[string], { doc: string }>('SELECT doc FROM users WHERE _id = ?').get(user._id)!;
    const doc = { ...JSON.parse(row.doc), createdAt: new Date(Date.now() - 3_600_000).toISOString() };
    server.db.prepare('UPDATE users SET doc = ? WHERE _id = ?').run(JSON.stringify(doc), user._id);
    veteran = await server.login(user.username, user.password);
  });

  const post = (headers: Record<string, string> = {}) =>
    server.call('POST', `settings/${id}`, { auth: veteran, body: { value: 'never' }, headers });

  it('without a code: 400 totp-required, the password being the method for a user without TOTP', async () => {
    expect(await post()).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'TOTP Required [totp-required]',
        errorType: 'totp-required',
        details: { method: 'password', codeGenerated: false, availableMethods: [] },
      },
    });
  });

  it('a wrong code, or a TOTP code from a user without TOTP: 400 totp-invalid', async () => {
    const invalid = (method: string) => ({
      status: 400,
      body: {
        success: false,
        error: 'TOTP Invalid [totp-invalid]',
        errorType: 'totp-invalid',
        details: { method, codeGenerated: false, availableMethods: [] },
      },
    });
    expect(await post(withCode(sha256('wrong')))).toEqual(invalid('password'));
    expect(await post(withCode('123456', 'totp'))).toEqual(invalid('totp'));
  });

  it('the SHA-256 digest of the password passes, and is remembered for this login on this client', async () => {
    expect(await post(withCode(sha256('pass-1234')))).toEqual({ status: 200, body: { success: true } });
    expect((await post()).status).toBe(200);
    expect((await post({ 'user-agent': 'another client' })).body.errorType).toBe('totp-required');
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
