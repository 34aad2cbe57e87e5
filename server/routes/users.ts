import type { Api } from '../http/api.ts';
import type { Db } from '../db/open.ts';
import { ajv } from '../http/ajv.ts';
import { meteorError } from '../http/api-error.ts';
import { hasPermission, knownRoles } from '../domain/permissions.ts';
import { deleteUserById, findUserByEmail, findUserById, findUserByUsername, insertUser } from '../domain/users.ts';
import { randomSecret } from '../domain/random.ts';

/** packages/rest-typings/src/v1/users/UserCreateParamsPOST.ts */
const validateCreate = ajv.compile({
  type: 'object',
  properties: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    username: { type: 'string' },
    active: { type: 'boolean', nullable: true },
    bio: { type: 'string', nullable: true },
    nickname: { type: 'string', nullable: true },
    statusText: { type: 'string', nullable: true },
    roles: { type: 'array', items: { type: 'string' } },
    joinDefaultChannels: { type: 'boolean', nullable: true },
    requirePasswordChange: { type: 'boolean', nullable: true },
    setRandomPassword: { type: 'boolean', nullable: true },
    sendWelcomeEmail: { type: 'boolean', nullable: true },
    verified: { type: 'boolean', nullable: true },
    customFields: { type: 'object' },
    fields: { type: 'string', nullable: true },
  },
  required: ['email', 'name', 'password', 'username'],
  additionalProperties: false,
});

/** packages/rest-typings/src/v1/users/UsersDeleteParamsPOST.ts: a `userId` or a `username`, and `confirmRelinquish`. */
const validateDelete = ajv.compile({
  type: 'object',
  properties: {
    userId: { type: 'string' },
    username: { type: 'string' },
    confirmRelinquish: { type: 'boolean', nullable: true },
  },
  anyOf: [{ required: ['userId'] }, { required: ['username'] }],
  additionalProperties: false,
});

const USERNAME = /^[0-9a-zA-Z-_.]+$/;

/** `Accounts_SystemBlockedUsernameList` (validateName.ts) and the always-blocked `all`/`here` (checkUsernameAvailability.ts). */
const SYSTEM_BLOCKED = ['admin', 'administrator', 'system', 'user'];
const MENTION_BLOCKED = /^(all|here)$/i;

/** lodash.escape, which Rocket.Chat applies to user input it puts into error messages. */
const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const DETAILS = { method: 'insertOrUpdateUser' };
const required = (field: string) =>
  meteorError('error-the-field-is-required', `The field ${field} is required`, { ...DETAILS, field });

/** checkUsernameAvailability / checkEmailAvailability: "<value> is already in use :(". */
function assertAvailable(db: Db, input: { username: string; email: string }): void {
  for (const [taken, value] of [
    [findUserByUsername(db, input.username), input.username],
    [input.email && findUserByEmail(db, input.email), input.email],
  ] as const) {
    if (taken)
      throw meteorError('error-field-unavailable', `${escapeHtml(value)} is already in use :(`, {
        ...DETAILS,
        field: value,
      });
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';

export function registerUserRoutes(api: Api): void {
  // `create-user` is checked inside saveUser's validateUserData, after the schema; the checks below keep its order
  // (apps/meteor/app/lib/server/functions/saveUser/validateUserData.ts, then saveNewUser's validateEmailDomain).
  api.post('users.create', { auth: true, validate: validateCreate }, async ({ user, body }, { db, passwordCost }) => {
    const input = body as {
      email: string;
      name: string;
      password: string;
      username: string;
      roles?: string[];
      active?: boolean;
      verified?: boolean;
      setRandomPassword?: boolean;
    };
    if (!hasPermission(db, user.roles, 'create-user')) {
      throw meteorError('error-action-not-allowed', 'Adding user is not allowed', {
        ...DETAILS,
        action: 'Adding_user',
      });
    }
    if (input.roles?.some((role) => !knownRoles.includes(role))) {
      throw meteorError('error-action-not-allowed', 'The field Roles consist invalid role id', {
        ...DETAILS,
        action: 'Assign_role',
      });
    }
    if (!input.name.trim()) throw required('Name');
    if (!input.username.trim()) throw required('Username');
    if (!USERNAME.test(input.username)) {
      throw meteorError('error-input-is-not-a-valid-field', `${escapeHtml(input.username)} is not a valid username`, {
        ...DETAILS,
        input: input.username,
        field: 'Username',
      });
    }
    if (!input.password && !input.setRandomPassword) throw required('Password');
    if (MENTION_BLOCKED.test(input.username.trim()) || SYSTEM_BLOCKED.includes(input.username.toLowerCase())) {
      throw meteorError('error-blocked-username', `${escapeHtml(input.username)} is blocked and can't be used!`, {
        method: 'checkUsernameAvailability',
        field: input.username,
      });
    }
    assertAvailable(db, input);
    // validateEmailDomain with @rocket.chat/tools' basic style.
    if (!/^[^@]+@[^@]+$/.test(input.email)) {
      throw meteorError('error-invalid-email', `Invalid email ${input.email}`, {
        function: 'RocketChat.validateEmailDomain',
        email: input.email,
      });
    }
    // An empty role list gets the default new-user roles, as saveNewUser does.
    const roles = input.roles?.length ? input.roles : ['user'];
    const password = input.setRandomPassword ? randomSecret() : input.password;
    try {
      return { user: await insertUser(db, { ...input, password, roles, passwordCost }) };
    } catch (error) {
      // Another request took the name or address while the password was being hashed: the unique index refused
      // this one, which gets the answer it would have got a moment later.
      if (isUniqueViolation(error)) assertAvailable(db, input);
      throw error;
    }
  });

  // apps/meteor/app/api/server/v1/users.ts: `delete-user`, then getUserFromParams (userId first, then username).
  // The end-to-end run against a real server removes the accounts it created with it.
  api.post(
    'users.delete',
    { auth: true, validate: validateDelete, permissions: ['delete-user'] },
    ({ body }, { db }) => {
      const { userId, username } = body as { userId?: string; username?: string };
      const record = userId?.trim()
        ? findUserById(db, userId)
        : username?.trim()
          ? findUserByUsername(db, username)
          : undefined;
      if (!userId?.trim() && !username?.trim())
        throw meteorError(
          'error-user-param-not-provided',
          'The required "userId" or "username" param was not provided',
        );
      if (!record)
        throw meteorError(
          'error-invalid-user',
          'The required "userId" or "username" param provided does not match any users',
        );
      deleteUserById(db, record.doc._id);
      return {};
    },
  );
}
