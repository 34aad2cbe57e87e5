import { TOTP, Secret } from 'otpauth';

/** The demo accounts every seed creates (README: password = username + "123"). */
export type Role = 'admin' | 'manager' | 'agent' | 'user' | 'secure';

export const passwordOf = (role: string): string => `${role}123`;

/** The `secure` account's published TOTP secret. */
export const SECURE_TOTP_SECRET = 'OMNICHANNELCONTACTSDEMOTWOFACTOR';

export function totpCode(secret = SECURE_TOTP_SECRET): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** Where the app keeps credentials (src/lib/session-store.ts); tests use it to start signed in. */
export const CREDENTIALS_KEY = 'omnichannel-contacts:credentials';
/** Whose drafts this browser holds (set at every login). */
export const OWNER_KEY = 'omnichannel-contacts:owner';
export const STORAGE_PREFIX = 'omnichannel-contacts:';
