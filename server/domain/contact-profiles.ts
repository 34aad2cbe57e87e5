import type { Db } from '../db/open.ts';
import { randomId } from './random.ts';
import { findUserById } from './users.ts';
import { incrementSetting, settingIsOn } from './settings.ts';
import { visitorFieldDefinitions, validateCustomFields } from './custom-fields.ts';
import { findContactById, findEnabledContactById, saveContact, type ContactDoc } from './contacts.ts';
import { renameContactRooms } from './livechat.ts';
import { removeGuest } from './guests.ts';
import { countOpenRoomsOfContact } from './rooms.ts';

/** `validateContactManager`: `Users.findOneAgentById` — unknown users and non-agents give the same plain error. */
export function validateContactManager(db: Db, userId: string): void {
  const user = findUserById(db, userId)?.doc;
  if (!user?.roles.includes('livechat-agent')) throw new Error('error-contact-manager-not-found');
}

export interface CreateContactInput {
  name: string;
  emails: string[];
  phones: string[];
  customFields?: Record<string, unknown> | null;
  contactManager?: string | null;
}

/** lib/contacts/createContact.ts: strict custom-field validation; no duplicate detection. */
export function createContact(db: Db, input: CreateContactInput, now = new Date()): string {
  if (input.contactManager) validateContactManager(db, input.contactManager);
  const customFields = validateCustomFields(visitorFieldDefinitions(db), input.customFields ?? {});
  const iso = now.toISOString();
  const doc: ContactDoc = {
    _id: randomId(),
    name: input.name,
    emails: input.emails.map((address) => ({ address })),
    phones: input.phones.map((phoneNumber) => ({ phoneNumber })),
    ...(input.contactManager ? { contactManager: input.contactManager } : {}),
    channels: [],
    customFields,
    unknown: false,
    createdAt: iso,
    preRegistration: true,
    _updatedAt: iso,
  };
  saveContact(db, doc);
  return doc._id;
}

export interface UpdateContactInput {
  contactId: string;
  name?: string;
  emails?: string[];
  phones?: string[];
  customFields?: Record<string, unknown>;
  contactManager?: string;
  wipeConflicts?: boolean;
}

/**
 * lib/contacts/updateContact.ts (7.2+). Custom fields no longer defined in the workspace but present on the
 * contact are "legacy": they keep their stored value, and their presence lets other unknown keys through the
 * first validation only to be rejected by the second (PR #34139).
 */
export function updateContact(db: Db, input: UpdateContactInput, now = new Date()): ContactDoc {
  const contact = findEnabledContactById(db, input.contactId);
  if (!contact) throw new Error('error-contact-not-found');
  if (input.contactManager) validateContactManager(db, input.contactManager);
  if (input.wipeConflicts && contact.conflictingFields?.length)
    incrementSetting(db, 'Resolved_Conflicts_Count', contact.conflictingFields.length);
  const definitions = visitorFieldDefinitions(db);
  const definedIds = new Set(definitions.map((definition) => definition._id));
  const legacyIds = Object.keys(contact.customFields ?? {}).filter((id) => !definedIds.has(id));
  let customFields: Record<string, unknown> | undefined;
  if (input.customFields) {
    customFields = validateCustomFields(definitions, input.customFields, {
      ignoreAdditionalFields: legacyIds.length > 0,
    });
    if (legacyIds.length) {
      validateCustomFields([...definitions, ...legacyIds.map((_id) => ({ _id, label: '' }))], input.customFields);
      for (const id of legacyIds) customFields[id] = contact.customFields?.[id];
    }
  }
  const next: ContactDoc = {
    ...contact,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.emails ? { emails: input.emails.map((address) => ({ address })) } : {}),
    ...(input.phones ? { phones: input.phones.map((phoneNumber) => ({ phoneNumber })) } : {}),
    ...(input.contactManager ? { contactManager: input.contactManager } : {}),
    ...(customFields ? { customFields } : {}),
    ...(input.wipeConflicts ? { conflictingFields: [] } : {}),
    unknown: false,
    _updatedAt: now.toISOString(),
  };
  saveContact(db, next);
  if (input.name !== undefined && input.name !== contact.name) renameContactRooms(db, contact._id, input.name);
  return next;
}

export interface ResolveConflictsInput {
  contactId: string;
  name?: string;
  contactManager?: string;
  customFields?: Record<string, unknown>;
  wipeConflicts?: boolean;
}

/** lib/contacts/resolveContactConflicts.ts (newer): resolved entries removed; custom fields merged, not validated. */
export function resolveContactConflicts(db: Db, input: ResolveConflictsInput, now = new Date()): ContactDoc {
  const contact = findContactById(db, input.contactId);
  if (!contact) throw new Error('error-contact-not-found');
  if (!contact.conflictingFields?.length) throw new Error('error-contact-has-no-conflicts');
  if (input.contactManager) validateContactManager(db, input.contactManager);
  let remaining: ContactDoc['conflictingFields'] = [];
  if (input.wipeConflicts) incrementSetting(db, 'Resolved_Conflicts_Count', contact.conflictingFields.length);
  else {
    const resolved = new Set([
      ...(input.name ? ['name'] : []),
      ...(input.contactManager ? ['manager'] : []),
      ...Object.keys(input.customFields ?? {}).map((key) => `customFields.${key}`),
    ]);
    remaining = contact.conflictingFields.filter((conflict) => !resolved.has(conflict.field));
  }
  const next: ContactDoc = {
    ...contact,
    ...(input.name ? { name: input.name } : {}),
    ...(input.contactManager ? { contactManager: input.contactManager } : {}),
    ...(input.customFields ? { customFields: { ...(contact.customFields ?? {}), ...input.customFields } } : {}),
    conflictingFields: remaining,
    unknown: false,
    _updatedAt: now.toISOString(),
  };
  saveContact(db, next);
  if (input.name && input.name !== contact.name) renameContactRooms(db, contact._id, input.name);
  return next;
}

/**
 * lib/contacts/disableContact.ts (7.11): a contact with an open conversation is refused
 * (`error-contact-has-open-rooms`, which the route answers as `error-invalid-contact`) unless the "GDPR" setting
 * `Livechat_Allow_collect_and_store_HTTP_header_informations` is on; then the visitor of every channel is removed
 * (`removeGuest`: conversations deleted, personal data unset) and the contact keeps only its id, `enabled: false`
 * and timestamps.
 */
export function disableContact(db: Db, contactId: string, now = new Date()): void {
  const contact = findEnabledContactById(db, contactId);
  if (!contact) throw new Error('error-contact-not-found');
  const iso = now.toISOString();
  if (
    countOpenRoomsOfContact(db, contactId) > 0 &&
    !settingIsOn(db, 'Livechat_Allow_collect_and_store_HTTP_header_informations')
  )
    throw new Error('error-contact-has-open-rooms');
  for (const channel of contact.channels ?? []) removeGuest(db, channel.visitor.visitorId, now);
  const {
    emails: _e,
    customFields: _c,
    lastChat: _l,
    channels: _ch,
    name: _n,
    phones: _p,
    conflictingFields: _cf,
    ...kept
  } = contact;
  saveContact(db, { ...kept, enabled: false, _updatedAt: iso });
}
