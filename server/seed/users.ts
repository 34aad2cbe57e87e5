import type { Db } from '../db/open.ts';
import { insertUser } from '../domain/users.ts';

/** Base32 TOTP secret of the `secure` demo user, published in the README so tests and people can compute codes. */
export const SECURE_TOTP_SECRET = 'OMNICHANNELCONTACTSDEMOTWOFACTOR';

/** Demo logins: the password is the username followed by "123". */
export const demoUsers = [
  { username: 'admin', name: 'Ada Admin', roles: ['admin', 'livechat-agent', 'livechat-manager'] },
  { username: 'manager', name: 'Manuela Manager', roles: ['user', 'livechat-manager', 'livechat-agent'] },
  { username: 'agent', name: 'Agatha Agent', roles: ['user', 'livechat-agent'] },
  { username: 'user', name: 'Ulysses User', roles: ['user'] },
  { username: 'secure', name: 'Selma Secure', roles: ['user', 'livechat-agent'], totpSecret: SECURE_TOTP_SECRET },
] as const;

export async function seedUsers(db: Db, passwordCost?: number, only?: string[]): Promise<void> {
  for (const user of demoUsers.filter((u) => !only || only.includes(u.username))) {
    await insertUser(db, {
      ...user,
      roles: [...user.roles],
      email: `${user.username}@omnichannel.example`,
      password: `${user.username}123`,
      verified: true,
      ...(passwordCost ? { passwordCost } : {}),
    });
  }
}
