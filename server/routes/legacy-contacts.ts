import type { Api } from '../http/api.ts';
import { failure, meteorError } from '../http/api-error.ts';
import { check, Maybe } from '../http/meteor-check.ts';
import { inTransaction } from '../db/open.ts';
import { findUserByUsername } from '../domain/users.ts';
import { allCustomFields, visitorFieldDefinitions, validateCustomFields } from '../domain/custom-fields.ts';
import { renameVisitorRooms } from '../domain/livechat.ts';
import {
  findEnabledVisitorById,
  findFirstVisitorMatching,
  findVisitorByEmail,
  findVisitorByToken,
  newVisitor,
  nextGuestUsername,
  saveVisitor,
  type VisitorDoc,
} from '../domain/visitors.ts';

const postPattern = {
  _id: Maybe(String),
  token: String,
  name: String,
  email: Maybe(String),
  phone: Maybe(String),
  username: Maybe(String),
  customFields: Maybe(Object),
  contactManager: Maybe({ username: String }),
};

interface PostBody {
  token: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  username?: string | null;
  customFields?: Record<string, unknown> | null;
  contactManager?: { username: string } | null;
}

/**
 * The visitor-based contact routes (apps/meteor/app/livechat/server/api/v1/contact.ts, lib/contacts/registerContact.ts).
 * No `validateParams`: permission is checked first, then Meteor `check()` inside the action.
 */
export function registerLegacyContactRoutes(api: Api): void {
  api.post('omnichannel/contact', { auth: true, permissions: ['view-l-room'] }, ({ body }, { db, profile }) => {
    check(body, postPattern);
    return { contact: registerContact(db, body as unknown as PostBody, profile.major) };
  });

  api.get('omnichannel/contact', { auth: true, permissions: ['view-l-room'] }, ({ query }, { db }) => {
    check(query, { contactId: String });
    return { contact: findEnabledVisitorById(db, String(query.contactId)) ?? null };
  });

  api.get('omnichannel/contact.search', { auth: true, permissions: ['view-l-room'] }, ({ query }, { db }) => {
    check(query, { email: Maybe(String), phone: Maybe(String), custom: Maybe(String) });
    const email = typeof query.email === 'string' ? query.email : '';
    const phone = typeof query.phone === 'string' ? query.phone : '';
    const custom = typeof query.custom === 'string' ? query.custom : '';
    let parsed: unknown = {};
    if (custom) {
      try {
        parsed = JSON.parse(custom);
      } catch {
        throw meteorError('error-invalid-params-custom');
      }
    }
    // `Object.keys(null)` throws in Rocket.Chat, and that TypeError becomes the 400 body.
    if (parsed === null) throw failure('Cannot convert undefined or null to object');
    const customKeys = Object.keys(parsed as object);
    if (!email && !phone && !customKeys.length) throw meteorError('error-invalid-params');
    const searchable = new Set(
      allCustomFields(db)
        .filter((field) => field.scope === 'visitor' && field.searchable)
        .map((field) => field._id),
    );
    const values = parsed as Record<string, unknown>;
    const conditions = customKeys
      .filter((key) => searchable.has(key))
      .map((key): [string, string] => [key, String(values[key])]);
    if (!email && !phone && !conditions.length) return { contact: null };
    const contact = findFirstVisitorMatching(db, {
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      custom: conditions,
    });
    return { contact: contact ?? null };
  });
}

/** `registerContact` (7.x), in one transaction so that a failing custom field leaves nothing behind. */
function registerContact(db: Parameters<typeof saveVisitor>[0], body: PostBody, major: number): string {
  const { token, name, contactManager } = body;
  const email = (body.email ?? '').trim().toLowerCase();
  // 6.x accepts an empty token; 7.x refuses it.
  if (major >= 7 && (!token || typeof token !== 'string'))
    throw meteorError('error-invalid-contact-data', 'Invalid visitor token');
  if (contactManager?.username) {
    const manager = findUserByUsername(db, contactManager.username)?.doc;
    if (!manager)
      throw meteorError('error-contact-manager-not-found', `No user found with username ${contactManager.username}`);
    if (!manager.roles.includes('livechat-agent'))
      throw meteorError('error-invalid-contact-manager', 'The contact manager must have the role "livechat-agent"');
  }
  return inTransaction(db, () => {
    const now = new Date().toISOString();
    let visitor: VisitorDoc | undefined = findVisitorByToken(db, token);
    if (!visitor) {
      // Rocket.Chat draws the next guest number before looking for a visitor to take over.
      const username = body.username || nextGuestUsername(db);
      visitor = (email ? findVisitorByEmail(db, email) : undefined) ?? newVisitor(db, { username, token });
    }
    // Unknown keys are ignored; `null` is treated as no custom fields.
    const livechatData = validateCustomFields(visitorFieldDefinitions(db), body.customFields ?? {}, {
      ignoreAdditionalFields: true,
    });
    const next: VisitorDoc = { ...visitor, token, name, livechatData, _updatedAt: now };
    if (body.phone) next.phone = [{ phoneNumber: body.phone }];
    else if (body.phone === '') delete next.phone;
    if (email) next.visitorEmails = [{ address: email }];
    else delete next.visitorEmails;
    if (contactManager?.username) next.contactManager = { username: contactManager.username };
    else delete next.contactManager;
    saveVisitor(db, next);
    renameVisitorRooms(db, next._id, name);
    return next._id;
  });
}
