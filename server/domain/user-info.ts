import type { UserRecord } from './users.ts';

/** Default user preferences Rocket.Chat resolves into `settings.preferences` (a subset that clients read). */
const defaultPreferences = {
  language: '',
  newRoomNotification: 'door',
  newMessageNotification: 'chime',
  useEmojis: true,
  convertAsciiEmoji: true,
  hideUsernames: false,
  hideRoles: false,
  displayAvatars: true,
  themeAppearence: 'auto',
};

/**
 * What `/me` and `login` return for a user (apps/meteor/app/api/server/helpers/getUserInfo.ts): the base fields,
 * the first verified email as `email`, resolved preferences, and `services` reduced to what is enabled.
 */
export function getUserInfo(record: UserRecord, siteUrl: string): Record<string, unknown> {
  const { doc } = record;
  const verified = doc.emails.find((email) => email.verified);
  return {
    _id: doc._id,
    name: doc.name,
    username: doc.username,
    emails: doc.emails,
    status: doc.status,
    ...(doc.statusLivechat ? { statusLivechat: doc.statusLivechat } : {}),
    utcOffset: doc.utcOffset,
    roles: doc.roles,
    active: doc.active,
    _updatedAt: doc._updatedAt,
    ...(verified ? { email: verified.address } : {}),
    settings: { profile: {}, preferences: { ...defaultPreferences, ...doc.settings.preferences } },
    avatarUrl: `${siteUrl}/avatar/${doc.username}`,
    isOAuthUser: false,
    services: {
      ...(record.totpSecret ? { totp: { enabled: true } } : {}),
      password: { exists: record.passwordHash !== null },
    },
  };
}
