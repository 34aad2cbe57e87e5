import { Unwrapped, type Api, type Deps } from '../http/api.ts';
import type { Db } from '../db/open.ts';
import { ApiError } from '../http/api-error.ts';
import { hashPassword, passwordDigest, verifyPasswordDigest, verifyTotp } from '../domain/credentials.ts';
import { randomSecret } from '../domain/random.ts';
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
 * Rocket.Chat hides which credential was wrong: every `Meteor.Error` a login handler returns becomes
 * `User not found`, which the REST layer reports as "Unauthorized"
 * (apps/meteor/app/lib/server/lib/loginErrorMessageOverride.ts, ApiClass.ts `_initAuth`).
 */
const unauthorized = () =>
  new ApiError(401, { success: false, error: 'Unauthorized', status: 'error', message: 'Unauthorized' });

/**
 * A login handler that throws something other than a `Meteor.Error` (a failed Meteor `check()`, i.e. a
 * `Match.Error`, or a TypeError) is not rewritten by the override; `_initAuth` answers it with `internalError()`.
 */
const internalError = () => new ApiError(500, { success: false, error: 'Internal server error' });

function loginError(error: string, message: string, details?: Body): ApiError {
  return new ApiError(401, { success: false, error, status: 'error', ...(details ? { details } : {}), message });
}

const isObject = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SIMPLE_KEYS = new Set(['user', 'username', 'email', 'password', 'code']);

/**
 * `loginCompatibility` (ApiClass.ts `_initAuth`): the simple body forms become Meteor's `{user, password}`,
 * wrapped in `{totp: {code, login}}` when a code comes in the body or the `x-2fa-code` header. Any other body
 * (no password, an extra key, or a `user` object without top-level username/email) goes to Meteor unchanged.
 */
function loginCompatibility(body: Body, header: (name: string) => string | undefined): Body {
  const { user, username, email, password, code: bodyCode } = body;
  if (password === null || password === undefined) return body;
  if (Object.keys(body).some((key) => !SIMPLE_KEYS.has(key))) return body;
  const code = bodyCode || header('x-2fa-code');
  let query: Body | undefined;
  if (typeof user === 'string') query = user.includes('@') ? { email: user } : { username: user };
  else if (username) query = { username };
  else if (email) query = { email };
  if (!query) return body;
  // Rocket.Chat wraps the whole `{hashed}` object as the digest, which Meteor's check() then rejects.
  const auth: Body = {
    user: query,
    password: isObject(password) && password.hashed ? { digest: password, algorithm: 'sha-256' } : password,
  };
  return code ? { totp: { code, login: auth } } : auth;
}

type HandlerResult =
  | { ok: true; record: UserRecord; type: 'resume' | 'password'; token?: string }
  | { ok: false; error: 'meteor' | 'internal' };

const meteorFailure: HandlerResult = { ok: false, error: 'meteor' };
const internalFailure: HandlerResult = { ok: false, error: 'internal' };

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** accounts-password's `userQueryValidator`: exactly one of id, username, email, each a non-empty string. */
function isUserQuery(value: unknown): value is Body {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && ['id', 'username', 'email'].includes(keys[0]!) && isNonEmptyString(value[keys[0]!]);
}

/** accounts-password's `passwordValidator`: a string of at most 256 characters, or exactly `{digest: <64 chars>, algorithm: 'sha-256'}`. */
function isPassword(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= 256;
  if (!isObject(value)) return false;
  const keys = Object.keys(value).sort();
  return (
    keys.length === 2 &&
    keys[0] === 'algorithm' &&
    keys[1] === 'digest' &&
    value.algorithm === 'sha-256' &&
    typeof value.digest === 'string' &&
    value.digest.length === 64
  );
}

/** Meteor's `_findUserByQuery`: exact match first, then a case-insensitive one (our indexes keep both unique). */
function findByQuery(db: Db, query: Body): UserRecord | undefined {
  if (typeof query.id === 'string') return findUserById(db, query.id);
  if (typeof query.username === 'string') return findUserByUsername(db, query.username);
  const email = String(query.email);
  // The stored addresses never carry surrounding blanks, so Meteor's lookup cannot match such an input.
  return email === email.trim() ? findUserByEmail(db, email) : undefined;
}

/**
 * Meteor's `_runLoginHandlers` with the handlers a Rocket.Chat 7.x server has for these bodies, in registration
 * order: `resume` (accounts-base), `password` (accounts-password), `totp` (apps/meteor/app/2fa/server/loginHandler.ts).
 */
async function runLoginHandlers(db: Db, options: unknown, passwordCost: number): Promise<HandlerResult> {
  // A handler reading a key of undefined/null throws a TypeError, which tryLoginMethod passes on as is.
  if (options === null || options === undefined) return internalFailure;
  if (!isObject(options)) return meteorFailure; // "Unrecognized options for login request"

  if (options.resume) {
    if (typeof options.resume !== 'string') return internalFailure; // check(options.resume, String)
    const record = findUserByResumeToken(db, options.resume);
    // "You've been logged out by the server. Please log in again."
    return record ? { ok: true, record, type: 'resume', token: options.resume } : meteorFailure;
  }

  if (options.password) {
    const { user, password, code, ...rest } = options;
    const valid =
      Object.keys(rest).length === 0 &&
      isUserQuery(user) &&
      isPassword(password) &&
      (code === undefined || isNonEmptyString(code));
    if (!valid) return internalFailure; // Match.Error from check(options, {...})
    const record = findByQuery(db, user);
    const digest = typeof password === 'string' ? passwordDigest(password) : String((password as Body).digest);
    // "User not found" / "User has no password set" cost the same slow hash as a wrong password, so the answer's
    // timing does not tell which usernames exist.
    if (!record?.passwordHash) {
      await verifyPasswordDigest(digest, await dummyHash(passwordCost));
      return meteorFailure;
    }
    return (await verifyPasswordDigest(digest, record.passwordHash))
      ? { ok: true, record, type: 'password' }
      : meteorFailure;
  }

  if (isObject(options.totp) && options.totp.code) return runLoginHandlers(db, options.totp.login, passwordCost);

  return meteorFailure;
}

/**
 * A hash no password matches, verified when the account is unknown so that every password login costs the same:
 * one per cost, the cost the server hashes its users' passwords with.
 */
function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) dummyHashes.set(cost, (hash = hashPassword(randomSecret(), cost)));
  return hash;
}
const dummyHashes = new Map<number, Promise<string>>();

/** The last 30 s step whose code each account used: a code is accepted once (RFC 6238 §5.2; Rocket.Chat accepts it again). */
const usedTotpSteps = new Map<string, number>();

/** The second factor Rocket.Chat's `onValidateLogin` hook asks of a password login (checkCodeForUser). */
function checkSecondFactor(record: UserRecord, code: unknown): void {
  if (!record.totpSecret) return;
  const details = { method: 'totp', codeGenerated: false, availableMethods: ['totp'] };
  if (!code) throw loginError('totp-required', 'TOTP Required', details);
  const step = typeof code === 'string' ? verifyTotp(record.totpSecret, code) : undefined;
  if (step === undefined || step <= (usedTotpSteps.get(record.doc._id) ?? -1))
    throw loginError('totp-invalid', 'TOTP Invalid', details);
  usedTotpSteps.set(record.doc._id, step);
}

/**
 * Whose failed logins an attempt counts against: the account when the credentials name one that exists, else the
 * name as typed (so an unknown name is blocked exactly like a known one and blocking reveals nothing).
 */
function accountOf(db: Db, args: Body): string | undefined {
  const login = isObject(args.totp) && isObject(args.totp.login) ? args.totp.login : args;
  if (!isUserQuery(login.user)) return undefined;
  const record = findByQuery(db, login.user);
  if (record) return `id:${record.doc._id}`;
  const [key, value] = Object.entries(login.user)[0]!;
  return `${key}:${String(value).toLowerCase()}`;
}

const VALIDATE_LOGIN_DETAILS = { function: 'Accounts.validateLoginAttempt' };

export function registerAuthRoutes(api: Api): void {
  api.post(
    'login',
    { auth: false },
    async ({ body, header, address }, { db, siteUrl, loginAttempts, passwordCost }) => {
      const args = loginCompatibility(body, header);
      const account = isObject(args) ? accountOf(db, args) : undefined;
      try {
        // Accounts.validateLoginAttempt (apps/meteor/app/authentication/server/startup/index.js) answers every
        // attempt, right or wrong, with the block first (address, then account), so it is checked before the
        // password: a blocked guesser costs no slow hash, which would queue other people's logins behind it.
        if (loginAttempts.isAddressBlocked(address))
          throw loginError(
            'error-login-blocked-for-ip',
            'Login has been temporarily blocked For IP',
            VALIDATE_LOGIN_DETAILS,
          );
        if (account && loginAttempts.isAccountBlocked(account))
          throw loginError(
            'error-login-blocked-for-user',
            'Login has been temporarily blocked For User',
            VALIDATE_LOGIN_DETAILS,
          );
        const result = await runLoginHandlers(db, args, passwordCost);
        if (!result.ok) throw result.error === 'internal' ? internalError() : unauthorized();
        // Then activation, then the 2FA hook, which skips resume logins and reads the code only from `{totp: {code}}`.
        const { record } = result;
        if (!record.doc.active)
          throw loginError('error-user-is-not-activated', 'User is not activated', VALIDATE_LOGIN_DETAILS);
        if (result.type === 'password') checkSecondFactor(record, isObject(args.totp) ? args.totp.code : undefined);
        const authToken = result.token ?? createLoginToken(db, record.doc._id);
        loginAttempts.recordSuccess(address, `id:${record.doc._id}`);
        return { status: 'success', data: { userId: record.doc._id, authToken, me: getUserInfo(record, siteUrl) } };
      } catch (error) {
        loginAttempts.recordFailure(address, account);
        throw error;
      }
    },
  );

  // Rocket.Chat removes only the token that made the call. Its action returns a bare `{status, data}`, which
  // Restivus (6.x) sent as is; the 7.4+ router reads `{statusCode, body}` from it, finds no body and answers 200
  // with an empty body (packages/http-router/src/Router.ts; RocketChat/Rocket.Chat#35922).
  const logout = ({ header }: { header: (name: string) => string | undefined }, { db, profile }: Deps) => {
    removeLoginToken(db, header('x-auth-token') ?? '');
    return new Unwrapped(
      profile.major === 6 ? { status: 'success', data: { message: "You've been logged out!" } } : null,
    );
  };
  api.post('logout', { auth: true }, logout);
  // Deprecated by Restivus but still served by 7.x.
  api.get('logout', { auth: true }, logout);

  api.get('me', { auth: true }, ({ user }, { db, siteUrl }) => {
    const record = findUserById(db, user._id);
    if (!record) throw unauthorized();
    return getUserInfo(record, siteUrl);
  });
}
