import type { Api } from '../http/api.ts';
import { ApiError, notFound } from '../http/api-error.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { inTransaction } from '../db/open.ts';
import { findUserById } from '../domain/users.ts';
import {
  contactExists,
  findContactById,
  findEnabledContactById,
  type ContactChannel,
  type ContactDoc,
} from '../domain/contacts.ts';
import { searchContacts } from '../domain/contacts-search.ts';
import {
  createContact,
  disableContact,
  resolveContactConflicts,
  updateContact,
  type CreateContactInput,
} from '../domain/contact-profiles.ts';
import { closedRoomsOfContact } from '../domain/rooms.ts';
import { CONTACT_HISTORY_FIELDS, projectRoom } from '../domain/room-summary.ts';
import {
  validateChannels,
  validateCheckExistence,
  validateCreateContact,
  validateDeleteContact,
  validateGetContact,
  validateHistory,
  validateResolveConflicts,
  validateSearchContacts,
  validateUpdateContact,
} from './contact-schemas.ts';

/** `removeEmpty` (packages/tools): drops null and undefined values, keeps "" and []. */
function removeEmpty<T extends Record<string, unknown>>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined)) as T;
}

/** getContactChannelsGrouped: one channel per name, the one with the latest chat. */
function groupChannels(channels: ContactChannel[]): ContactChannel[] {
  const byName = new Map<string, ContactChannel>();
  for (const channel of channels) {
    const existing = byName.get(channel.name);
    if (!existing || Date.parse(channel.lastChat?.ts ?? '0') > Date.parse(existing.lastChat?.ts ?? '0'))
      byName.set(channel.name, channel);
  }
  return [...byName.values()];
}

/** The 7.1+ contact profile routes (apps/meteor/app/livechat/server/api/v1/contact.ts). */
export function registerContactRoutes(api: Api): void {
  api.post(
    'omnichannel/contacts',
    { auth: true, validate: validateCreateContact, permissions: ['create-livechat-contact'] },
    ({ body }, { db }) => ({
      contactId: inTransaction(db, () => createContact(db, body as unknown as CreateContactInput)),
    }),
  );

  api.post(
    'omnichannel/contacts.update',
    { auth: true, validate: validateUpdateContact, permissions: ['update-livechat-contact'] },
    ({ body }, { db }) => ({
      contact: inTransaction(db, () =>
        updateContact(db, removeEmpty(body) as unknown as Parameters<typeof updateContact>[1]),
      ),
    }),
  );

  // Rocket.Chat answers with `result`, although rest-typings declare `contact`.
  api.post(
    'omnichannel/contacts.conflicts',
    { auth: true, validate: validateResolveConflicts, permissions: ['update-livechat-contact'] },
    ({ body }, { db }) => ({
      result: inTransaction(db, () =>
        resolveContactConflicts(db, removeEmpty(body) as unknown as Parameters<typeof resolveContactConflicts>[1]),
      ),
    }),
  );

  api.get(
    'omnichannel/contacts.get',
    { auth: true, validate: validateGetContact, permissions: ['view-livechat-contact'] },
    ({ query }, { db }) => {
      const contact = findEnabledContactById(db, String(query.contactId));
      if (!contact) throw notFound();
      return { contact };
    },
  );

  api.get(
    'omnichannel/contacts.search',
    { auth: true, validate: validateSearchContacts, permissions: ['view-livechat-contact'] },
    ({ query }, { db }) => {
      const { offset, count } = getPaginationItems(query);
      const sort = parseSort(query.sort) ?? [['name', 1]];
      const { contacts, total } = searchContacts(db, {
        ...(typeof query.searchText === 'string' ? { searchText: query.searchText } : {}),
        unknown: query.unknown === true,
        offset,
        count: limitOf(count),
        sort,
      });
      // `count` is the requested page size, not the number of contacts returned (getContacts.ts).
      return { contacts: contacts.map((contact) => withManagerData(db, contact)), count, offset, total };
    },
  );

  api.get(
    'omnichannel/contacts.checkExistence',
    { auth: true, validate: validateCheckExistence, permissions: ['view-livechat-contact'] },
    ({ query }, { db }) => ({
      exists: contactExists(db, {
        ...(typeof query.contactId === 'string' ? { contactId: query.contactId } : {}),
        ...(typeof query.email === 'string' ? { email: query.email } : {}),
        ...(typeof query.phone === 'string' ? { phone: query.phone } : {}),
      }),
    }),
  );

  api.get(
    'omnichannel/contacts.history',
    { auth: true, validate: validateHistory, permissions: ['view-livechat-contact-history'] },
    ({ query }, { db }) => {
      const { offset, count } = getPaginationItems(query);
      const sort = parseSort(query.sort) ?? [['closedAt', -1]];
      const contactId = String(query.contactId);
      if (!findContactById(db, contactId)) throw new Error('error-contact-not-found');
      // `source` is only applied by the enterprise patch of fetchContactHistory; community ignores it.
      const { rooms, total } = closedRoomsOfContact(db, contactId, sort, offset, limitOf(count));
      return {
        history: rooms.map((room) => projectRoom(room, CONTACT_HISTORY_FIELDS)),
        count: rooms.length,
        offset,
        total,
      };
    },
  );

  api.get(
    'omnichannel/contacts.channels',
    { auth: true, validate: validateChannels, permissions: ['view-livechat-contact'] },
    ({ query }, { db }) => {
      const contact = findContactById(db, String(query.contactId));
      return { channels: groupChannels(contact?.channels ?? []) };
    },
  );

  api.post(
    'omnichannel/contacts.delete',
    { auth: true, validate: validateDeleteContact, permissions: ['delete-livechat-contact'] },
    ({ body }, { db }) => {
      try {
        inTransaction(db, () => disableContact(db, String(body.contactId)));
      } catch (error) {
        if (error instanceof Error && error.message === 'error-contact-not-found')
          throw new ApiError(404, { success: false, error: 'error-contact-not-found' });
        throw new ApiError(400, { success: false, error: 'error-invalid-contact' });
      }
      return {};
    },
  );
}

/** ILivechatContactWithManagerData: the manager id replaced by `{_id, name, username}`, omitted when unknown. */
function withManagerData(db: Parameters<typeof findUserById>[0], contact: ContactDoc): Record<string, unknown> {
  const { contactManager, ...rest } = contact;
  const manager = contactManager ? findUserById(db, contactManager)?.doc : undefined;
  return manager
    ? { ...rest, contactManager: { _id: manager._id, name: manager.name, username: manager.username } }
    : rest;
}
