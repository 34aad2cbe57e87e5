import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { meteorError } from '../http/api-error.ts';
import { hasPermission, knownRoles } from '../domain/permissions.ts';
import { findUserByEmail, findUserByUsername, insertUser } from '../domain/users.ts';

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

const USERNAME = /^[0-9a-zA-Z-_.]+$/;

const required = (field: string) =>
  meteorError('error-the-field-is-required', `The field ${field} is required`, { method: 'insertOrUpdateUser', field });

export function registerUserRoutes(api: Api): void {
  // `create-user` is checked inside saveUser's validateUserData, after the schema (apps/meteor/app/lib/server/functions/saveUser).
  api.post('users.create', { auth: true, validate: validateCreate }, async ({ user, body }, { db }) => {
    const input = body as { email: string; name: string; password: string; username: string; roles?: string[]; active?: boolean; verified?: boolean };
    if (!hasPermission(db, user.roles, 'create-user')) {
      throw meteorError('error-action-not-allowed', 'Adding user is not allowed', { method: 'insertOrUpdateUser', action: 'Adding_user' });
    }
    const roles = input.roles ?? ['user'];
    if (roles.some((role) => !knownRoles.includes(role))) {
      throw meteorError('error-action-not-allowed', 'The field Roles consist invalid role id', { method: 'insertOrUpdateUser', action: 'Assign_role' });
    }
    if (!input.name.trim()) throw required('Name');
    if (!input.username.trim()) throw required('Username');
    if (!input.password) throw required('Password');
    if (!USERNAME.test(input.username)) {
      throw meteorError('error-input-is-not-a-valid-field', `${input.username} is not a valid username`, {
        method: 'insertOrUpdateUser',
        input: input.username,
        field: 'Username',
      });
    }
    for (const [taken, value] of [
      [findUserByUsername(db, input.username), input.username],
      [findUserByEmail(db, input.email), input.email],
    ] as const) {
      if (taken) {
        throw meteorError('error-field-unavailable', `${value} is already in use :(`, { method: 'insertOrUpdateUser', field: value });
      }
    }
    const created = await insertUser(db, { ...input, roles });
    return { user: created };
  });
}
