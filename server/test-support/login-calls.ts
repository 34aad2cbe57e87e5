import { createHash } from 'node:crypto';
import { TOTP, Secret } from 'otpauth';
import { expect } from 'vitest';
import { TEST_PASSWORD_COST, type Credentials, type TestServer } from './test-server.ts';
import { SECURE_TOTP_SECRET } from '../seed/users.ts';
import { insertUser } from '../domain/users.ts';

/** Rocket.Chat 7.x (pre-8.0) answers, byte for byte (ApiClass.ts `_initAuth`, loginErrorMessageOverride.ts, 2fa loginHandler.ts). */
export const UNAUTHORIZED = { success: false, error: 'Unauthorized', status: 'error', message: 'Unauthorized' };
const INTERNAL_ERROR = { success: false, error: 'Internal server error' };
export const TOTP_DETAILS = { method: 'totp', codeGenerated: false, availableMethods: ['totp'] };
export const TOTP_REQUIRED = {
  success: false,
  error: 'totp-required',
  status: 'error',
  details: TOTP_DETAILS,
  message: 'TOTP Required',
};
export const TOTP_INVALID = {
  success: false,
  error: 'totp-invalid',
  status: 'error',
  details: TOTP_DETAILS,
  message: 'TOTP Invalid',
};
export const NOT_ACTIVATED = {
  success: false,
  error: 'error-user-is-not-activated',
  status: 'error',
  details: { function: 'Accounts.validateLoginAttempt' },
  message: 'User is not activated',
};
export const LOGGED_OUT_6 = { status: 'success', data: { message: "You've been logged out!" } };

export const sha256hex = (value: string) => createHash('sha256').update(value).digest('hex');
export const sha256base64 = (value: string) => createHash('sha256').update(value).digest('base64');

export const totp = new TOTP({
  secret: Secret.fromBase32(SECURE_TOTP_SECRET),
  digits: 6,
  period: 30,
  algorithm: 'SHA1',
});
export const codeAt = (offsetSteps: number) => totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/** Waits out the last two seconds of a 30 s step, so a code computed now is judged in the same step. */
export async function awayFromStepBoundary(): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 2_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** A six-digit code that no step within two of now produces. */
export function wrongCode(): string {
  const near = new Set([-2, -1, 0, 1, 2].map(codeAt));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

/**
 * What the login conformance files call, on the server `current()` returns (started in their `beforeAll`): login
 * itself, a user's id, a fresh two-factor account, and the three outcomes a login body can have.
 */
export function loginCalls(current: () => TestServer) {
  let secureUsers = 0;
  /** A fresh two-factor account with the demo secret: each code is accepted once per account, so each success needs its own. */
  async function freshSecure(): Promise<string> {
    const username = `secure${++secureUsers}`;
    await insertUser(current().db, {
      username,
      name: `Secure ${secureUsers}`,
      email: `${username}@omnichannel.example`,
      password: 'secure123',
      roles: ['livechat-agent'],
      totpSecret: SECURE_TOTP_SECRET,
      passwordCost: TEST_PASSWORD_COST,
    });
    return username;
  }

  const userId = (username: string) =>
    (current().db.prepare('SELECT _id FROM users WHERE username = ?').get(username) as { _id: string })._id;

  const login = (body: unknown, headers?: Record<string, string>) =>
    current().call('POST', 'login', { body, ...(headers ? { headers } : {}) });
  const expectSuccess = async (body: unknown, username: string, headers?: Record<string, string>) => {
    const response = await login(body, headers);
    expect(response).toMatchObject({ status: 200 });
    expect(Object.keys(response.body).sort()).toEqual(['data', 'status', 'success']);
    expect(response.body.status).toBe('success');
    expect(response.body.success).toBe(true);
    expect(Object.keys(response.body.data).sort()).toEqual(['authToken', 'me', 'userId']);
    expect(response.body.data.userId).toBe(userId(username));
    expect(response.body.data.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.data.me).toMatchObject({ _id: userId(username), username });
    // The token works for an authenticated call.
    const me = await current().call('GET', 'me', {
      auth: { userId: response.body.data.userId, authToken: response.body.data.authToken },
    });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(username);
    return response.body as { data: Credentials & { me: Record<string, unknown> } };
  };
  const expectUnauthorized = async (body: unknown, headers?: Record<string, string>) => {
    const { status, body: answer } = await login(body, headers);
    expect(status).toBe(401);
    expect(answer).toEqual(UNAUTHORIZED);
  };
  const expectInternalError = async (body: unknown) => {
    const { status, body: answer } = await login(body);
    expect(status).toBe(500);
    expect(answer).toEqual(INTERNAL_ERROR);
  };
  return { freshSecure, userId, login, expectSuccess, expectUnauthorized, expectInternalError };
}
