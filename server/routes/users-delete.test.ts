import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { unauthorized } from '../test-support/omnichannel.ts';
import { startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

/** `POST users.delete` (apps/meteor/app/api/server/v1/users.ts, getUserFromParams.ts), Rocket.Chat 7.x. */
let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(async () => ({ server, admin, helpers } = await startOmnichannelServer()));
afterAll(() => server.close());

describe('[Users] users.delete', () => {
  it('should delete a user by userId, whose logins stop working', async () => {
    const user = await helpers.createUser(['user', 'livechat-agent']);
    const auth = await server.login(user.username, user.password);
    const deleted = await server.call('POST', 'users.delete', { auth: admin, body: { userId: user._id } });
    expect(deleted).toEqual({ status: 200, body: { success: true } });
    expect((await server.call('GET', 'me', { auth })).status).toBe(401);
    const again = await server.call('POST', 'login', { body: { user: user.username, password: user.password } });
    expect(again.status).toBe(401);
  });

  it('should delete a user by username', async () => {
    const user = await helpers.createUser();
    const deleted = await server.call('POST', 'users.delete', { auth: admin, body: { username: user.username } });
    expect(deleted).toEqual({ status: 200, body: { success: true } });
    const missing = await server.call('POST', 'users.delete', { auth: admin, body: { userId: user._id } });
    expect(missing).toEqual({
      status: 400,
      body: {
        success: false,
        error: 'The required "userId" or "username" param provided does not match any users [error-invalid-user]',
        errorType: 'error-invalid-user',
      },
    });
  });

  it('should fail when the user lacks delete-user', async () => {
    const user = await helpers.createUser(['user', 'livechat-manager']);
    const manager = await server.login(user.username, user.password);
    const answer = await server.call('POST', 'users.delete', { auth: manager, body: { userId: admin.userId } });
    expect(answer).toEqual({ status: 403, body: unauthorized });
  });

  it('should fail without a userId or username', async () => {
    const answer = await server.call('POST', 'users.delete', { auth: admin, body: { confirmRelinquish: true } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ success: false, errorType: 'invalid-params' });
  });
});
