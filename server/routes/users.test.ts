import { beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { NOT_LOGGED_IN } from '../test-support/error-bodies.ts';
import { invalidParams } from '../test-support/omnichannel.ts';
import { userCreateSuite } from '../test-support/user-create-suite.ts';

// Rocket.Chat 7.x (pre-8.0) bodies: ApiClass.ts, UserCreateParamsPOST. The refusals of validateUserData and
// validateEmailDomain have their own file (users-validation.test.ts).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const { suite, fresh, create } = userCreateSuite();
let server: TestServer, admin: Credentials;
beforeAll(() => ({ server, admin } = suite));

describe('POST /api/v1/users.create', () => {
  describe('authentication', () => {
    const expect401 = async (options: Parameters<TestServer['call']>[2]) => {
      const { status, body } = await server.call('POST', 'users.create', { ...options, body: fresh() });
      expect(status).toBe(401);
      expect(body).toEqual(NOT_LOGGED_IN);
    };
    it('401 without X-User-Id and X-Auth-Token', () => expect401({}));
    it('401 with X-User-Id only', () => expect401({ headers: { 'x-user-id': admin.userId } }));
    it('401 with X-Auth-Token only', () => expect401({ headers: { 'x-auth-token': admin.authToken } }));
    it('401 with a wrong token', () => expect401({ auth: { userId: admin.userId, authToken: 'wrong-token' } }));
    it('401 with a token after logout', async () => {
      const auth = await server.login('admin');
      expect((await server.call('POST', 'logout', { auth })).status).toBe(200);
      await expect401({ auth });
    });
    it('401 comes before the body is validated', async () => {
      const { status, body } = await server.call('POST', 'users.create', { body: {} });
      expect(status).toBe(401);
      expect(body).toEqual(NOT_LOGGED_IN);
    });
  });

  describe('success', () => {
    it('200 {user, success}: the new user without password or services', async () => {
      const input = fresh();
      const { status, body } = await create(input);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(['success', 'user']);
      expect(body.success).toBe(true);
      const { user } = body;
      expect(user).toMatchObject({
        _id: expect.stringMatching(/^[23456789A-HJ-NP-Za-km-z]{17}$/),
        username: input.username,
        name: input.name,
        emails: [{ address: input.email, verified: false }],
        roles: ['user'],
        active: true,
        type: 'user',
        status: 'offline',
      });
      expect(user.createdAt).toMatch(ISO_DATE);
      expect(user._updatedAt).toMatch(ISO_DATE);
      expect(user).not.toHaveProperty('services');
      const json = JSON.stringify(body);
      expect(json).not.toContain(input.password);
      expect(json).not.toContain('bcrypt');
      expect(json).not.toContain('password');
    });

    it('the new user can log in, and /me shows the given roles and verified email', async () => {
      const input = fresh({ roles: ['user', 'livechat-agent'], verified: true });
      const created = await create(input);
      expect(created.status).toBe(200);
      expect(created.body.user.roles).toEqual(['user', 'livechat-agent']);
      const auth = await server.login(input.username, input.password);
      expect(auth.userId).toBe(created.body.user._id);
      const me = await server.call('GET', 'me', { auth });
      expect(me.body.roles).toEqual(['user', 'livechat-agent']);
      expect(me.body.emails).toEqual([{ address: input.email, verified: true }]);
      expect(me.body.email).toBe(input.email);
    });

    it('the password is stored hashed, never as given', async () => {
      const input = fresh();
      await create(input);
      const row = server.db.prepare('SELECT password_hash, doc FROM users WHERE username = ?').get(input.username) as {
        password_hash: string;
        doc: string;
      };
      expect(row.password_hash).not.toContain(input.password);
      expect(row.doc).not.toContain(input.password);
    });

    it('an empty role list gets the default new-user role', async () => {
      const { status, body } = await create(fresh({ roles: [] }));
      expect(status).toBe(200);
      expect(body.user.roles).toEqual(['user']);
    });

    it('active: false creates a user who cannot log in', async () => {
      const input = fresh({ active: false });
      const { status, body } = await create(input);
      expect(status).toBe(200);
      expect(body.user.active).toBe(false);
      const login = await server.call('POST', 'login', { body: { user: input.username, password: input.password } });
      expect(login.status).toBe(401);
      expect(login.body.error).toBe('error-user-is-not-activated');
    });
  });

  describe('400 invalid-params from the AJV schema (first failure only)', () => {
    it.each([
      ['email', "must have required property 'email'"],
      ['name', "must have required property 'name'"],
      ['password', "must have required property 'password'"],
      ['username', "must have required property 'username'"],
    ])('missing %s', async (field, message) => {
      const body: Record<string, unknown> = fresh();
      delete body[field];
      const answer = await create(body);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual(invalidParams(message));
    });

    it('required properties are reported in schema order: an empty body names email', async () => {
      const { status, body } = await create({});
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams("must have required property 'email'"));
    });

    it('an unknown property', async () => {
      const { status, body } = await create(fresh({ nickname: 'ok', unknown: true }));
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams('must NOT have additional properties'));
    });

    it('roles that are not an array', async () => {
      const { status, body } = await create(fresh({ roles: 'user' }));
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams('must be array'));
    });

    it('the schema is checked before create-user: an agent with a bad body gets invalid-params', async () => {
      const { status, body } = await create({}, await server.login('agent'));
      expect(status).toBe(400);
      expect(body).toEqual(invalidParams("must have required property 'email'"));
    });
  });
});
