import type { Db } from '../db/open.ts';
import { visitorFieldDefinitions } from './custom-fields.ts';
import { findContactsByVisitorId, saveContact } from './contacts.ts';
import { findRoomsByVisitorId } from './rooms.ts';
import { settingIsOn } from './settings.ts';
import {
  disableVisitor,
  findVisitorByEmail,
  findVisitorById,
  findVisitorByPhone,
  findVisitorByToken,
  newVisitor,
  saveVisitor,
  type VisitorDoc,
} from './visitors.ts';

export interface GuestInput {
  token: string;
  name?: string;
  email?: string;
  phone?: string;
  username?: string;
  department?: string;
  /** The request's headers (`normalizeHttpHeaderData`): kept for a new visitor only when the setting allows. */
  headers?: (name: string) => string | undefined;
}

/**
 * `registerGuest` (apps/meteor/app/livechat/server/lib/Visitors.ts, 7.x): the visitor with this token, else the
 * one with this phone, else the one with this email is updated; otherwise a new visitor (username `guest-N`) is
 * inserted. A phone match keeps the visitor's own token ("Don't change token when matching by phone number");
 * an email match takes the new one. Only a new visitor gets `ts`, a username and, with
 * `Livechat_Allow_collect_and_store_HTTP_header_informations` on, its user agent, IP and host.
 */
export function registerGuest(db: Db, input: GuestInput, now = new Date()): VisitorDoc {
  const email = input.email?.trim().toLowerCase();
  const byToken = findVisitorByToken(db, input.token);
  const byPhone = !byToken && input.phone ? findVisitorByPhone(db, input.phone) : undefined;
  const byEmail = !byToken && !byPhone && email ? findVisitorByEmail(db, email) : undefined;
  const existing = byToken ?? byPhone ?? byEmail;
  const fields: Partial<VisitorDoc> = {
    token: byPhone ? byPhone.token : input.token,
    status: 'online',
    ...(input.phone ? { phone: [{ phoneNumber: input.phone }] } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(email ? { visitorEmails: [{ address: email }] } : {}),
    ...(input.department ? { department: input.department } : {}),
  };
  const doc: VisitorDoc = existing
    ? { ...existing, ...fields, token: fields.token ?? input.token, _updatedAt: now.toISOString() }
    : newVisitor(
        db,
        {
          ...fields,
          token: input.token,
          ...(input.username ? { username: input.username } : {}),
          ...connectionData(db, input.headers),
        },
        now,
      );
  saveVisitor(db, doc);
  return doc;
}

function connectionData(db: Db, header: GuestInput['headers']): Partial<VisitorDoc> {
  if (!header || !settingIsOn(db, 'Livechat_Allow_collect_and_store_HTTP_header_informations')) return {};
  const userAgent = header('user-agent');
  const ip = header('x-real-ip') || header('x-forwarded-for');
  const host = header('host');
  return { ...(userAgent ? { userAgent } : {}), ...(ip ? { ip } : {}), ...(host ? { host } : {}) };
}

/**
 * `validateRequiredCustomFields` (apps/meteor/app/livechat/server/lib/custom-fields.ts, PR #35165): every required,
 * visible visitor field must be among the keys sent. Listed by id, not label.
 */
export function checkRequiredCustomFields(db: Db, keys: readonly string[]): void {
  const missing = visitorFieldDefinitions(db)
    .filter((field) => field.required && !keys.includes(field._id))
    .map((field) => field._id);
  if (missing.length) throw new Error(`Missing required custom fields: ${missing.join(', ')}`);
}

export interface CustomFieldValue {
  key: string;
  value: string;
  overwrite: boolean;
}

/**
 * `POST livechat/visitor`'s custom fields (7.x): only visible visitor-scope fields count. The visitor takes a value
 * when overwriting or when it has none (an empty value counts as none); every contact linked to the visitor takes
 * it on the same terms, otherwise the value becomes a conflict on that contact. Returns whether anything applied.
 */
export function applyVisitorCustomFields(
  db: Db,
  visitor: VisitorDoc,
  values: readonly CustomFieldValue[],
  now = new Date(),
): boolean {
  const known = new Set(visitorFieldDefinitions(db).map((field) => field._id));
  const valid = values.filter((field) => known.has(field.key));
  if (!valid.length) return false;
  const iso = now.toISOString();
  const livechatData = { ...(visitor.livechatData ?? {}) };
  for (const { key, value, overwrite } of valid)
    if (overwrite || !visitor.livechatData?.[key]) livechatData[key] = value;
  saveVisitor(db, { ...visitor, livechatData, _updatedAt: iso });
  for (const contact of findContactsByVisitorId(db, visitor._id)) {
    const customFields = { ...(contact.customFields ?? {}) };
    const conflicts = [...(contact.conflictingFields ?? [])];
    for (const { key, value, overwrite } of valid) {
      if (overwrite || !contact.customFields?.[key]) customFields[key] = value;
      else conflicts.push({ field: `customFields.${key}`, value });
    }
    saveContact(db, {
      ...contact,
      customFields,
      ...(conflicts.length ? { conflictingFields: conflicts } : {}),
      _updatedAt: iso,
    });
  }
  return true;
}

/**
 * `removeGuest` (apps/meteor/app/livechat/server/lib/guests.ts): the visitor's conversations and their messages are
 * deleted (`cleanGuestHistory`) and the visitor is disabled with its personal data unset (`disableById`).
 */
export function removeGuest(db: Db, visitorId: string, now = new Date()): boolean {
  const visitor = findVisitorById(db, visitorId);
  if (!visitor || visitor.disabled) return false;
  for (const room of findRoomsByVisitorId(db, visitorId)) {
    db.prepare('DELETE FROM messages WHERE rid = ?').run(room._id);
    db.prepare('DELETE FROM rooms WHERE _id = ?').run(room._id);
  }
  disableVisitor(db, visitor, now);
  return true;
}
