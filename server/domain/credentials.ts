import { createHash, scrypt, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { TOTP, Secret } from 'otpauth';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number },
) => Promise<Buffer>;

/**
 * scrypt's cost (N) for stored passwords: Node's default, 2^14 (about 16 MB and tens of milliseconds per hash).
 * A server lowers it only when created with an explicit `passwordCost` (test servers, whose hundreds of users and
 * logins would otherwise spend most of the test run hashing); nothing else changes it.
 */
export const DEFAULT_PASSWORD_COST = 2 ** 14;

/** Rocket.Chat hashes login tokens with SHA-256, base64 (Meteor `Accounts._hashLoginToken`). */
export function hashLoginToken(token: string): string {
  return createHash('sha256').update(token).digest('base64');
}

/**
 * Clients may send the password as plain text or as `{digest, algorithm: 'sha-256'}`; like Rocket.Chat we
 * hash the SHA-256 hex digest, so both forms verify against one stored hash.
 */
export function passwordDigest(plain: string): string {
  return createHash('sha256').update(plain).digest('hex');
}

/**
 * `scrypt$<salt>$<key>` at the default cost (the format every stored hash had before the cost could change);
 * `scrypt:<N>$<salt>$<key>` at any other, so a hash always verifies at the cost it was made with.
 */
export async function hashPassword(plain: string, cost = DEFAULT_PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(passwordDigest(plain), salt, 32, { N: cost });
  const scheme = cost === DEFAULT_PASSWORD_COST ? 'scrypt' : `scrypt:${cost}`;
  return `${scheme}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** The cost a stored hash was made with; `undefined` for anything that is not one of ours. */
function costOf(scheme: string | undefined): number | undefined {
  if (scheme === 'scrypt') return DEFAULT_PASSWORD_COST;
  const match = /^scrypt:(\d+)$/.exec(scheme ?? '');
  const cost = Number(match?.[1]);
  // scrypt wants a power of two above 1; anything else is not a hash this server wrote.
  return match && cost > 1 && cost <= DEFAULT_PASSWORD_COST && (cost & (cost - 1)) === 0 ? cost : undefined;
}

export async function verifyPasswordDigest(digest: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  const cost = costOf(scheme);
  if (!cost || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  // Meteor hands the digest to bcrypt as sent: an upper-case hex digest does not match.
  const actual = await scryptAsync(digest, Buffer.from(salt, 'base64'), expected.length, { N: cost });
  return timingSafeEqual(actual, expected);
}

/**
 * Rocket.Chat's TOTP check (apps/meteor/app/2fa/server/lib/totp.ts): speakeasy `totp.verifyDelta` with a window of
 * one 30 s step either way. Deliberately stricter than speakeasy, which compares the codes as numbers (so `0123456`
 * or `123456.0`-like variants pass): exactly six digits, compared as strings. Returns the 30 s step the code
 * belongs to, so the caller can refuse a code used before; `undefined` when it matches none.
 */
export function verifyTotp(secretBase32: string, code: string, now = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const totp = new TOTP({ secret: Secret.fromBase32(secretBase32), digits: 6, period: 30, algorithm: 'SHA1' });
  for (const step of [-1, 0, 1]) {
    const timestamp = now + step * 30_000;
    if (totp.generate({ timestamp }) === code) return Math.floor(timestamp / 30_000);
  }
  return undefined;
}
