import { TOTP, Secret } from 'otpauth';
import { RUN_ID, RUN_SECRET, isRemote } from './target.ts';

/** The demo accounts every seed creates (README: password = username + "123"). */
export type Role = 'admin' | 'manager' | 'agent' | 'user' | 'secure';

export interface Account {
  username: string;
  password: string;
  /** The display name the app shows for it. */
  name: string;
  /** The roles `users.create` gives it; `livechat-agent`/`livechat-manager` come from `livechat/users/:type`. */
  roles: string[];
  omnichannel: ('agent' | 'manager')[];
  /** What the contact-manager picker shows for it. */
  label: string;
}

const demo: Record<Role, Omit<Account, 'username' | 'password' | 'label'>> = {
  admin: { name: 'Ada Admin', roles: ['admin', 'user'], omnichannel: ['agent', 'manager'] },
  manager: { name: 'Manuela Manager', roles: ['user'], omnichannel: ['manager', 'agent'] },
  agent: { name: 'Agatha Agent', roles: ['user'], omnichannel: ['agent'] },
  user: { name: 'Ulysses User', roles: ['user'], omnichannel: [] },
  secure: { name: 'Selma Secure', roles: ['user'], omnichannel: ['agent'] },
};

/**
 * The account a spec signs in as for a role. Locally the seeded demo account; on a real server one the run's
 * global setup created (`<run id>.<role>`, a random password) and its teardown removes.
 */
export function accountOf(role: Role): Account {
  const username = isRemote ? `${RUN_ID}.${role}` : role;
  return {
    ...demo[role],
    username,
    password: isRemote ? `${RUN_SECRET}-${role}-Aa1!` : `${role}123`,
    label: `${demo[role].name} (${username})`,
  };
}

/** The roles the run creates on a real server: `secure` needs a TOTP enrolment Rocket.Chat's REST API cannot do. */
export const REMOTE_ROLES: Role[] = ['admin', 'manager', 'agent', 'user'];

export const passwordOf = (role: string): string =>
  Object.hasOwn(demo, role) ? accountOf(role as Role).password : `${role}123`;

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
