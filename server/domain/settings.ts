import type { Db } from '../db/open.ts';

export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

/**
 * The workspace settings this server reads, with Rocket.Chat's defaults (apps/meteor/server/settings/omnichannel.ts,
 * apps/meteor/ee/server/settings/). Only these are served by `settings/:_id`; any other id answers as a setting that
 * does not exist. Counters (`Livechat_guest_count`, `Resolved_Conflicts_Count`) live in the same table but are not
 * listed, so they cannot be read or overwritten through the API.
 */
export const settingDefaults = {
  // "GDPR": when on, a new visitor's user agent, IP and host are stored, and visitors and contacts with open
  // conversations can be removed.
  Livechat_Allow_collect_and_store_HTTP_header_informations: false,
  // Enterprise; with `never` no conversation waits for a verified contact.
  Livechat_Require_Contact_Verification: 'never',
  Livechat_request_comment_when_closing_conversation: true,
} satisfies Record<string, SettingValue>;

export type SettingId = keyof typeof settingDefaults;

export const isKnownSetting = (id: string): id is SettingId => Object.hasOwn(settingDefaults, id);

function readStored(db: Db, id: string): { value: SettingValue } | undefined {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE _id = ?').get(id);
  return row && { value: JSON.parse(row.value) as SettingValue };
}

/** `settings.get(id)`: the stored value, else the default. */
export function readSetting(db: Db, id: SettingId): SettingValue {
  const stored = readStored(db, id);
  return stored ? stored.value : settingDefaults[id];
}

/**
 * Rocket.Chat tests settings by truthiness (`if (!settings.get(id))`) and stores whatever `settings/:_id` is sent,
 * so a stored `"false"` string counts as on, as it would there.
 */
export function settingIsOn(db: Db, id: SettingId): boolean {
  return Boolean(readSetting(db, id));
}

export function writeSetting(db: Db, id: SettingId, value: SettingValue): void {
  db.prepare(
    'INSERT INTO settings (_id, value) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET value = excluded.value',
  ).run(id, JSON.stringify(value));
}

/** Numeric workspace settings used as counters (`Livechat_guest_count`, `Resolved_Conflicts_Count`). */
export function incrementSetting(db: Db, id: string, by = 1): number {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE _id = ?').get(id);
  const next = (row ? Number(JSON.parse(row.value)) || 0 : 0) + by;
  db.prepare(
    'INSERT INTO settings (_id, value) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET value = excluded.value',
  ).run(id, JSON.stringify(next));
  return next;
}

export function readNumberSetting(db: Db, id: string): number {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE _id = ?').get(id);
  return row ? Number(JSON.parse(row.value)) || 0 : 0;
}
