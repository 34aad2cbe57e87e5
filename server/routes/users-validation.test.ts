import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../test-support/test-server.ts';
import { userCreateSuite } from '../test-support/user-create-suite.ts';

/** Rocket.Chat 7.x (pre-8.0) bodies: saveUser/validateUserData.ts, validateEmailDomain.ts. */
const meteorError = (code: string, reason: string, details: Record<string, unknown>) => ({
  success: false,
  error: `${reason} [${code}]`,
  errorType: code,
  details,
});

const { suite, fresh, create } = userCreateSuite();
let server: TestServer;
beforeAll(() => ({ server } = suite));

describe('POST /api/v1/users.create', () => {
  describe('400 from validateUserData / validateEmailDomain', () => {
    it('no create-user (agent, manager, user): Adding user is not allowed', async () => {
      for (const username of ['agent', 'manager', 'user']) {
        const { status, body } = await create(fresh(), await server.login(username));
        expect(status).toBe(400);
        expect(body).toEqual(
          meteorError('error-action-not-allowed', 'Adding user is not allowed', {
            method: 'insertOrUpdateUser',
            action: 'Adding_user',
          }),
        );
      }
    });

    it('a duplicate username', async () => {
      const { status, body } = await create(fresh({ username: 'agent' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-field-unavailable', 'agent is already in use :(', {
          method: 'insertOrUpdateUser',
          field: 'agent',
        }),
      );
    });

    it('a duplicate username in other case', async () => {
      const { status, body } = await create(fresh({ username: 'Manager' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-field-unavailable', 'Manager is already in use :(', {
          method: 'insertOrUpdateUser',
          field: 'Manager',
        }),
      );
    });

    it('a duplicate email (any case)', async () => {
      for (const email of ['agent@omnichannel.example', 'AGENT@omnichannel.example']) {
        const { status, body } = await create(fresh({ email }));
        expect(status).toBe(400);
        expect(body).toEqual(
          meteorError('error-field-unavailable', `${email} is already in use :(`, {
            method: 'insertOrUpdateUser',
            field: email,
          }),
        );
      }
    });

    it('the username is checked before the email', async () => {
      const { body } = await create(fresh({ username: 'agent', email: 'manager@omnichannel.example' }));
      expect(body.error).toBe('agent is already in use :( [error-field-unavailable]');
    });

    it('input in the message is HTML-escaped (lodash.escape), but not in details', async () => {
      const email = "o'neil<x>@omnichannel.example";
      expect((await create(fresh({ email }))).status).toBe(200);
      const { status, body } = await create(fresh({ email }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-field-unavailable', 'o&#39;neil&lt;x&gt;@omnichannel.example is already in use :(', {
          method: 'insertOrUpdateUser',
          field: email,
        }),
      );
    });

    it('an unknown role', async () => {
      const { status, body } = await create(fresh({ roles: ['user', 'no-such-role'] }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-action-not-allowed', 'The field Roles consist invalid role id', {
          method: 'insertOrUpdateUser',
          action: 'Assign_role',
        }),
      );
    });

    it('a blank name', async () => {
      const { status, body } = await create(fresh({ name: '   ' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-the-field-is-required', 'The field Name is required', {
          method: 'insertOrUpdateUser',
          field: 'Name',
        }),
      );
    });

    it('a blank username', async () => {
      const { status, body } = await create(fresh({ username: ' ' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-the-field-is-required', 'The field Username is required', {
          method: 'insertOrUpdateUser',
          field: 'Username',
        }),
      );
    });

    it('an invalid username', async () => {
      const { status, body } = await create(fresh({ username: 'bad name' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-input-is-not-a-valid-field', 'bad name is not a valid username', {
          method: 'insertOrUpdateUser',
          input: 'bad name',
          field: 'Username',
        }),
      );
    });

    it('the username is checked before the password', async () => {
      const { body } = await create(fresh({ username: 'bad name', password: '' }));
      expect(body.errorType).toBe('error-input-is-not-a-valid-field');
    });

    it('an empty password', async () => {
      const { status, body } = await create(fresh({ password: '' }));
      expect(status).toBe(400);
      expect(body).toEqual(
        meteorError('error-the-field-is-required', 'The field Password is required', {
          method: 'insertOrUpdateUser',
          field: 'Password',
        }),
      );
    });

    it('blocked usernames (all, here, and the system list), even one that exists', async () => {
      for (const username of ['all', 'HERE', 'system', 'administrator', 'Admin', 'user']) {
        const { status, body } = await create(fresh({ username }));
        expect(status).toBe(400);
        expect(body).toEqual(
          meteorError('error-blocked-username', `${username} is blocked and can't be used!`, {
            method: 'checkUsernameAvailability',
            field: username,
          }),
        );
      }
    });

    it('an invalid email', async () => {
      for (const email of ['not-an-email', 'a@b@c', '']) {
        const { status, body } = await create(fresh({ email }));
        expect(status).toBe(400);
        expect(body).toEqual(
          meteorError('error-invalid-email', `Invalid email ${email}`, {
            function: 'RocketChat.validateEmailDomain',
            email,
          }),
        );
      }
    });

    it('nothing is created by a rejected request', async () => {
      const count = () => (server.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
      const before = count();
      await create(fresh({ email: 'not-an-email' }));
      await create(fresh(), await server.login('agent'));
      await create(fresh({ username: 'agent' }));
      expect(count()).toBe(before);
    });
  });
});
