import type { Db } from '../db/open.ts';
import { meteorError } from '../http/api-error.ts';
import { hashLoginToken, verifyPasswordDigest, verifyTotp } from '../domain/credentials.ts';
import type { UserRecord } from '../domain/users.ts';

/** `Accounts_TwoFactorAuthentication_RememberFor`: 1800 s by default. */
const REMEMBER_FOR_MS = 1800 * 1000;

/** Per database: hashed login token + client fingerprint -> until when a passed check is remembered. */
const remembered = new WeakMap<Db, Map<string, number>>();

export interface SecondFactorRequest {
  record: UserRecord;
  authToken: string;
  header: (name: string) => string | undefined;
}

/**
 * `checkCodeForUser` (apps/meteor/app/2fa/server/code/index.ts) for a REST route marked `twoFactorRequired`,
 * outside Rocket.Chat's `TEST_MODE`. Passes when the user registered less than 30 minutes ago or passed a check on
 * this login token and client within 30 minutes; otherwise asks for the code in the `x-2fa-code` and
 * `x-2fa-method` headers: a TOTP code when the user has TOTP, else the SHA-256 hex digest of the password
 * (`Accounts_TwoFactorAuthentication_Enforce_Password_Fallback`, on by default). No code: 400 `totp-required`;
 * a wrong one: 400 `totp-invalid`, both with `details.method`. (This server has no e-mail codes.)
 */
export async function checkSecondFactor(db: Db, { record, authToken, header }: SecondFactorRequest): Promise<void> {
  const now = Date.now();
  if (Date.parse(record.doc.createdAt) + REMEMBER_FOR_MS >= now) return;
  const key = `${hashLoginToken(authToken)}\n${header('user-agent') ?? ''}`;
  const store = remembered.get(db) ?? new Map<string, number>();
  remembered.set(db, store);
  if ((store.get(key) ?? 0) >= now) return;

  // Rocket.Chat reads the headers only when both are present.
  const [code, named] =
    header('x-2fa-code') && header('x-2fa-method') ? [header('x-2fa-code'), header('x-2fa-method')] : [];
  const availableMethods = record.totpSecret ? ['totp'] : [];
  // A method named in the request is used even when it is not enabled for the user; else the first enabled one.
  const method =
    named === 'totp' || named === 'email'
      ? named
      : record.totpSecret
        ? 'totp'
        : record.passwordHash
          ? 'password'
          : undefined;
  if (!method) return;
  const details = { method, codeGenerated: false, availableMethods };
  if (!code) throw meteorError('totp-required', 'TOTP Required', details);
  const valid =
    method === 'totp'
      ? Boolean(record.totpSecret) && verifyTotp(record.totpSecret ?? '', code)
      : method === 'password' &&
        Boolean(record.passwordHash) &&
        (await verifyPasswordDigest(code.toLowerCase(), record.passwordHash ?? ''));
  if (!valid) throw meteorError('totp-invalid', 'TOTP Invalid', details);
  store.set(key, now + REMEMBER_FOR_MS);
}
