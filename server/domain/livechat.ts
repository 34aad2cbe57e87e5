import type { Db } from '../db/open.ts';
import { randomId } from './random.ts';
import { closingMessage, insertMessage, startedMessage } from './messages.ts';
import { findCustomField, safeRegExpTest } from './custom-fields.ts';
import { findContactsByVisitorId, saveContact, type ContactDoc } from './contacts.ts';
import { contactForVisitorRoom, recordLastChat } from './contact-linking.ts';
import {
  findOpenRoomsByVisitorToken,
  findRoomsByContactId,
  findRoomsByVisitorId,
  saveRoom,
  type RoomDoc,
  type RoomSource,
} from './rooms.ts';
import { findVisitorByToken, saveVisitor, type VisitorDoc } from './visitors.ts';

/** `updateLivechatDataByToken`: with overwrite false an existing value is kept (and nothing is written). */
export function setVisitorData(
  db: Db,
  visitor: VisitorDoc,
  key: string,
  value: string,
  overwrite: boolean,
  now = new Date(),
): VisitorDoc {
  if (!overwrite && visitor.livechatData?.[key] !== undefined) return visitor;
  const doc = {
    ...visitor,
    livechatData: { ...(visitor.livechatData ?? {}), [key]: value },
    _updatedAt: now.toISOString(),
  };
  saveVisitor(db, doc);
  return doc;
}

/** `updateContactsCustomFields`: set when overwriting or empty, otherwise record a conflict. */
function setContactCustomField(
  db: Db,
  contact: ContactDoc,
  key: string,
  value: string,
  overwrite: boolean,
  now: Date,
): void {
  const next: ContactDoc = { ...contact, _updatedAt: now.toISOString() };
  if (overwrite || !contact.customFields?.[key]) next.customFields = { ...(contact.customFields ?? {}), [key]: value };
  else next.conflictingFields = [...(contact.conflictingFields ?? []), { field: `customFields.${key}`, value }];
  saveContact(db, next);
}

/**
 * `setCustomFields` (lib/custom-fields.ts) behind `livechat/custom.field(s)`: unknown key -> `invalid-custom-field`,
 * regexp mismatch -> `Invalid value for <key> field`; room-scope values go to the open rooms, visitor-scope values to
 * the visitor and to every contact linked to it.
 */
export function setCustomFieldByToken(
  db: Db,
  token: string,
  key: string,
  value: string,
  overwrite: boolean,
  now = new Date(),
): void {
  const field = findCustomField(db, key);
  if (!field) throw new Error('invalid-custom-field');
  if (field.regexp && !safeRegExpTest(field.regexp, value)) throw new Error(`Invalid value for ${key} field`);
  if (field.scope === 'room') {
    for (const room of findOpenRoomsByVisitorToken(db, token)) {
      if (!overwrite && room.livechatData?.[key] !== undefined) continue;
      saveRoom(db, {
        ...room,
        livechatData: { ...(room.livechatData ?? {}), [key]: value },
        _updatedAt: now.toISOString(),
      });
    }
    return;
  }
  const visitor = findVisitorByToken(db, token);
  if (!visitor) return;
  setVisitorData(db, visitor, key, value, overwrite, now);
  for (const contact of findContactsByVisitorId(db, visitor._id))
    setContactCustomField(db, contact, key, value, overwrite, now);
}

/**
 * `GET livechat/room`: a new room for the visitor. With contacts (7.x) the room is linked to the visitor's contact,
 * whose channel and lastChat are updated; 6.x has no contacts.
 */
export function openRoom(
  db: Db,
  visitor: VisitorDoc,
  source: RoomSource,
  options: { contacts: boolean },
  now = new Date(),
): RoomDoc {
  const iso = now.toISOString();
  const rid = randomId();
  const lastChat = { _id: rid, ts: iso };
  let contact: ContactDoc | undefined;
  if (options.contacts) {
    contact = contactForVisitorRoom(db, visitor, source, now);
    saveContact(db, { ...recordLastChat(contact, visitor._id, source, lastChat), _updatedAt: iso });
  }
  saveVisitor(db, { ...visitor, lastChat, ...(contact ? { contactId: contact._id } : {}), _updatedAt: iso });
  const room: RoomDoc = {
    _id: rid,
    t: 'l',
    fname: contact?.name ?? visitor.name ?? visitor.username,
    msgs: 0,
    usersCount: 1,
    ts: iso,
    _updatedAt: iso,
    open: true,
    waitingResponse: true,
    cl: false,
    v: { _id: visitor._id, username: visitor.username, token: visitor.token, status: visitor.status ?? 'online' },
    source,
    ...(contact ? { contactId: contact._id } : {}),
  };
  saveRoom(db, room);
  // `createLivechatRoom` then records the `livechat-started` system message, which counts in the stored room's
  // `msgs`; the room it answers with was read before, so the response still says 0.
  insertMessage(db, room, startedMessage(room, visitor, now), {}, { setLastMessage: false });
  return room;
}

/** Rocket.Chat's `Closed_by_visitor` text, the comment of a visitor's close (livechat/server/api/v1/room.ts). */
export const CLOSED_BY_VISITOR = 'Closed by visitor';

/**
 * `closeRoom` as the visitor: `open` removed, `closedAt`, `closedBy`, `closer: "visitor"`, and the `livechat-close`
 * system message "Closed by visitor" with the visitor's token.
 */
export function closeRoomByVisitor(db: Db, room: RoomDoc, visitor: VisitorDoc, now = new Date()): RoomDoc {
  const iso = now.toISOString();
  const { open: _open, waitingResponse: _waiting, ...rest } = room;
  const closedBy = { _id: visitor._id, username: visitor.username };
  const closed: RoomDoc = { ...rest, closedAt: iso, closedBy, closer: 'visitor', _updatedAt: iso };
  const message = closingMessage(closed, closedBy, CLOSED_BY_VISITOR, { visitorToken: visitor.token }, now);
  return insertMessage(db, closed, message);
}

/**
 * `closeRoom` by a Rocket.Chat user (apps/meteor/app/livechat/server/lib/closeRoom.ts and `LivechatRooms.closeRoomById`):
 * `open` removed; `closedAt`, `closer: "user"`, `closedBy` the user; `metrics.chatDuration` in seconds since the room
 * began, plus `metrics.serviceTimeDuration` since `servedBy.ts` when an agent served it; `v.status` becomes offline;
 * the given tags, then the room's own, are stored once each. Unlike the visitor path here, `waitingResponse` stays:
 * `closeRoomById` does not touch it. The comment goes into the `livechat-close` system message (the room's
 * `lastMessage`), and the contact is left alone, as when a visitor closes.
 */
export function closeRoomByUser(
  db: Db,
  room: RoomDoc,
  user: { _id: string; username: string },
  options: { tags?: readonly string[] | null; comment?: string | null } = {},
  now = new Date(),
): RoomDoc {
  const iso = now.toISOString();
  const { open: _open, ...rest } = room;
  const seconds = (since: string) => (now.getTime() - new Date(since).getTime()) / 1000;
  const serviceTimeDuration = room.servedBy ? seconds(room.servedBy.ts) : 0;
  const tags = [...new Set([...(options.tags ?? []), ...(room.tags ?? [])])];
  const closed: RoomDoc = {
    ...rest,
    ...(tags.length ? { tags } : {}),
    v: { ...room.v, status: 'offline' },
    closedAt: iso,
    closedBy: { _id: user._id, username: user.username },
    closer: 'user',
    metrics: {
      ...room.metrics,
      chatDuration: seconds(room.ts),
      // A zero or missing service time is left out, as `...(serviceTimeDuration && {...})` does.
      ...(serviceTimeDuration ? { serviceTimeDuration } : {}),
    },
    _updatedAt: iso,
  };
  const closedBy = { _id: user._id, username: user.username };
  return insertMessage(db, closed, closingMessage(closed, closedBy, options.comment ?? '', {}, now));
}

/** Renames a visitor's rooms (legacy `registerContact` step 6). */
export function renameVisitorRooms(db: Db, visitorId: string, name: string): void {
  for (const room of findRoomsByVisitorId(db, visitorId))
    if (room.fname !== name) saveRoom(db, { ...room, fname: name });
}

/** Renames a contact's rooms when `contacts.update` changes the name. */
export function renameContactRooms(db: Db, contactId: string, name: string): void {
  for (const room of findRoomsByContactId(db, contactId))
    if (room.fname !== name) saveRoom(db, { ...room, fname: name });
}
