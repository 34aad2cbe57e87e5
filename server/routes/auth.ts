import type { Api } from '../http/api.ts';
import type { Db } from '../db/open.ts';
import { ApiError } from '../http/api-error.ts';
import { passwordDigest, verifyPasswordDigest, verifyTotp } from '../domain/credentials.ts';
import {
  createLoginToken,
  findUserByEmail,
  findUserById,
  findUserByResumeToken,
  findUserByUsername,
  removeLoginToken,
  type UserRecord,
} from '../domain/users.ts';
import { getUserInfo } from '../domain/user-info.ts';

type Body = Record<string, unknown>;

/**
 * Rocket.Chat hides which credential was wrong: every failed password or resume login becomes
 * `User not found`, which the REST layer reports as "Unauthorized"
 * (apps/meteor/app/lib/server/lib/loginErrorMessageOverride.ts, ApiClass.ts `_initAuth`).
 */
const unauthorized = () =>
  new ApiError(401, { success: false, error: 'Unauthorized', status: 'error', message: 'Unauthorized' });

function loginError(error: string, message: string, details?: Body): ApiError {
  return new ApiError(401, { success: false, error, status: 'error', ...(details ? { details } : {}), message });
}

const SIMPLE_KEYS = new Set(['user', 'username', 'email', 'password', 'code']);

/** The account a login body names, in every form `loginCompatibility` accepts. */
function findAccount(db: Db, body: Body) {
  const simple = Object.keys(body).every((key) => SIMPLE_KEYS.has(key));
  const { user } = body;
  if (user && typeof user === 'object') {
    const { username, email } = user as Body;
    if (typeof username === 'string') return findUserByUsername(db, username);
    if (typeof email === 'string') return findUserByEmail(db, email);
    return undefined;
  }
  if (!simple) return undefined; // Passed to Meteor unchanged, where a string `user` matches no handler.
  if (typeof user === 'string') return user.includes('@') ? findUserByEmail(db, user) : findUserByUsername(db, user);
  if (typeof body.username === 'string') return findUserByUsername(db, body.username);
  if (typeof body.email === 'string') return findUserByEmail(db, body.email);
  return undefined;
}

/** Plain text, `{digest, algorithm: 'sha-256'}` or `{hashed}`: all compared as the SHA-256 hex digest. */
function digestOf(password: unknown): string | undefined {
  if (typeof password === 'string') return passwordDigest(password);
  if (password && typeof password === 'object') {
    const { digest, algorithm, hashed } = password as Body;
    if (typeof digest === 'string' && algorithm === 'sha-256') return digest;
    if (typeof hashed === 'string') return hashed;
  }
  return undefined;
}

export function registerAuthRoutes(api: Api): void {
  api.post('login', { auth: false }, async ({ body, header }, { db, siteUrl }) => {
    let record: UserRecord | undefined;
    let authToken: string;
    if (typeof body.resume === 'string' && body.password === undefined) {
      record = findUserByResumeToken(db, body.resume);
      if (!record) throw unauthorized();
      authToken = body.resume;
    } else {
      record = findAccount(db, body);
      const digest = digestOf(body.password);
      if (!record?.passwordHash || !digest || !(await verifyPasswordDigest(digest, record.passwordHash))) {
        throw unauthorized();
      }
      if (!record.doc.active) {
        throw loginError('error-user-is-not-activated', 'User is not activated', { function: 'Accounts.validateLoginAttempt' });
      }
      if (record.totpSecret) {
        const code = typeof body.code === 'string' ? body.code : header('x-2fa-code');
        const details = { method: 'totp', codeGenerated: false, availableMethods: ['totp'] };
        if (!code) throw loginError('totp-required', 'TOTP Required', details);
        if (!verifyTotp(record.totpSecret, code)) throw loginError('totp-invalid', 'TOTP Invalid', details);
      }
      authToken = createLoginToken(db, record.doc._id);
    }
    return { status: 'success', data: { userId: record.doc._id, authToken, me: getUserInfo(record, siteUrl) } };
  });

  // Rocket.Chat removes only the token that made the call. Some 7.4/7.5 servers answer with an empty body
  // (RocketChat/Rocket.Chat#35922); we send the documented body and the app accepts either.
  api.post('logout', { auth: true }, ({ header }, { db }) => {
    removeLoginToken(db, header('x-auth-token') ?? '');
    return { status: 'success', data: { message: "You've been logged out!" } };
  });

  api.get('me', { auth: true }, ({ user }, { db, siteUrl }) => {
    const record = findUserById(db, user._id);
    if (!record) throw unauthorized();
    return getUserInfo(record, siteUrl);
  });
}
