import type { Db } from '../db/open.ts';
import { randomId } from './random.ts';
import { findUserByUsername } from './users.ts';
import { visitorFieldDefinitions, validateCustomFields } from './custom-fields.ts';
import {
  findContactsByVisitorId,
  findPreRegisteredContactMatching,
  saveContact,
  type ContactChannel,
  type ContactDoc,
} from './contacts.ts';
import type { RoomSource } from './rooms.ts';
import type { VisitorDoc } from './visitors.ts';

/** The user id of a visitor's `contactManager.username`, when that user is a livechat agent. */
export function managerIdOfVisitor(db: Db, visitor: VisitorDoc): string | undefined {
  const username = visitor.contactManager?.username;
  if (!username) return undefined;
  const user = findUserByUsername(db, username)?.doc;
  return user?.roles.includes('livechat-agent') ? user._id : undefined;
}

function channelFor(visitor: VisitorDoc, source: RoomSource): ContactChannel {
  return {
    name: source.label || source.type,
    visitor: { visitorId: visitor._id, source: { type: source.type, ...(source.id ? { id: source.id } : {}) } },
    blocked: false,
    verified: false,
    details: { ...source },
  };
}

const sameAssociation = (channel: ContactChannel, visitorId: string, source: RoomSource) =>
  channel.visitor.visitorId === visitorId &&
  channel.visitor.source.type === source.type &&
  (source.id === undefined || channel.visitor.source.id === source.id);

const addToSet = <T>(list: T[] | undefined, items: T[]): T[] => {
  const out = [...(list ?? [])];
  for (const item of items)
    if (!out.some((existing) => JSON.stringify(existing) === JSON.stringify(item))) out.push(item);
  return out;
};

/**
 * Which contact a new room of this visitor belongs to (7.x `migrateVisitorIfMissingContact`): the contact that
 * already has this visitor's channel; else a pre-registered contact with the same email or phone, into which the
 * visitor is merged; else a new `unknown` contact made from the visitor.
 */
export function contactForVisitorRoom(db: Db, visitor: VisitorDoc, source: RoomSource, now: Date): ContactDoc {
  const iso = now.toISOString();
  const linked = findContactsByVisitorId(db, visitor._id);
  const withChannel = linked.find((contact) =>
    contact.channels?.some((channel) => sameAssociation(channel, visitor._id, source)),
  );
  if (withChannel) return withChannel;
  const emails = (visitor.visitorEmails ?? []).map((email) => email.address);
  const phones = (visitor.phone ?? []).map((phone) => phone.phoneNumber);
  const target = linked[0] ?? findPreRegisteredContactMatching(db, emails, phones);
  if (target) {
    const merged = mergeVisitorIntoContact(db, visitor, target, channelFor(visitor, source), iso);
    saveContact(db, merged);
    return merged;
  }
  const contactManager = managerIdOfVisitor(db, visitor);
  const contact: ContactDoc = {
    _id: randomId(),
    createdAt: iso,
    _updatedAt: iso,
    name: visitor.name || visitor.username,
    emails: emails.map((address) => ({ address })),
    phones: phones.map((phoneNumber) => ({ phoneNumber })),
    ...(contactManager ? { contactManager } : {}),
    unknown: true,
    channels: [channelFor(visitor, source)],
    customFields: validateCustomFields(visitorFieldDefinitions(db), visitor.livechatData ?? {}, {
      ignoreAdditionalFields: true,
      ignoreValidationErrors: true,
    }),
  };
  saveContact(db, contact);
  return contact;
}

/**
 * ContactMerger.mergeVisitorIntoContact (lib/contacts/ContactMerger.ts): emails, phones and the channel are added;
 * a different name or manager becomes a conflict on a known contact (overwrites an unknown one); custom fields the
 * contact lacks are copied.
 */
export function mergeVisitorIntoContact(
  db: Db,
  visitor: VisitorDoc,
  contact: ContactDoc,
  channel: ContactChannel,
  iso: string,
): ContactDoc {
  const overwrite = !!contact.unknown;
  const next: ContactDoc = { ...contact, _updatedAt: iso };
  const conflicts: { field: string; value: string }[] = [];
  const name = visitor.name || (!contact.name ? visitor.username : undefined);
  if (name && name !== contact.name) {
    if (!contact.name || overwrite) next.name = name;
    else conflicts.push({ field: 'name', value: name });
  }
  const managerId = managerIdOfVisitor(db, visitor);
  if (managerId && managerId !== contact.contactManager) {
    if (!contact.contactManager || overwrite) next.contactManager = managerId;
    else conflicts.push({ field: 'manager', value: managerId });
  }
  next.emails = addToSet(
    contact.emails,
    (visitor.visitorEmails ?? []).map(({ address }) => ({ address })),
  );
  next.phones = addToSet(
    contact.phones,
    (visitor.phone ?? []).map(({ phoneNumber }) => ({ phoneNumber })),
  );
  const allowed = validateCustomFields(visitorFieldDefinitions(db), visitor.livechatData ?? {}, {
    ignoreAdditionalFields: true,
    ignoreValidationErrors: true,
  });
  const customFields = { ...(contact.customFields ?? {}) };
  for (const [key, value] of Object.entries(allowed))
    if (overwrite || customFields[key] === undefined) customFields[key] = value;
  next.customFields = customFields;
  next.channels = [...(contact.channels ?? []), channel];
  next.preRegistration = false;
  if (conflicts.length) next.conflictingFields = addToSet(contact.conflictingFields, conflicts);
  return next;
}

/** `updateLastChatById`: the contact's and the channel's lastChat. */
export function recordLastChat(
  contact: ContactDoc,
  visitorId: string,
  source: RoomSource,
  lastChat: { _id: string; ts: string },
): ContactDoc {
  return {
    ...contact,
    lastChat,
    channels: (contact.channels ?? []).map((channel) =>
      sameAssociation(channel, visitorId, source) ? { ...channel, lastChat } : channel,
    ),
  };
}
