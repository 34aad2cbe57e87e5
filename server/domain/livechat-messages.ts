import type { Db } from '../db/open.ts';
import { hasPermission } from './permissions.ts';
import { randomId } from './random.ts';
import { findMessageById, insertMessage, plainMarkdown, type MessageDoc } from './messages.ts';
import type { RoomDoc } from './rooms.ts';
import type { UserDoc } from './users.ts';
import type { VisitorDoc } from './visitors.ts';

/** Fields `Message.beforeSave` adds to every message; URLs and mentions are not parsed here. */
const parsed = (msg: string) => ({ urls: [], mentions: [], channels: [], md: plainMarkdown(msg) });

/**
 * A duplicate `_id` makes Rocket.Chat's `Messages.insertOne` fail with MongoDB's duplicate-key error, which the
 * route answers as a plain failure.
 */
function assertNewId(db: Db, id: string): void {
  if (findMessageById(db, id))
    throw new Error(
      `E11000 duplicate key error collection: rocketchat.rocketchat_message index: _id_ dup key: { _id: "${id}" }`,
    );
}

/**
 * A visitor's message (livechat/server/lib/messages.ts `sendMessage` → lib/server/functions/sendMessage.ts): the
 * visitor as `u`, the visitor's token, the visitor's name as `alias`; the room records `v.lastMessageTs`.
 */
export function sendVisitorMessage(
  db: Db,
  room: RoomDoc,
  visitor: VisitorDoc,
  input: { _id?: string | null; msg: string },
  now = new Date(),
): MessageDoc {
  const _id = input._id || randomId();
  assertNewId(db, _id);
  const iso = now.toISOString();
  const message: MessageDoc = {
    _id,
    rid: room._id,
    msg: input.msg,
    token: visitor.token,
    ...(visitor.name ? { alias: visitor.name } : {}),
    ts: iso,
    u: { _id: visitor._id, username: visitor.username, ...(visitor.name ? { name: visitor.name } : {}) },
    _updatedAt: iso,
    ...parsed(input.msg),
  };
  insertMessage(db, room, message, { v: { ...room.v, lastMessageTs: iso } });
  return message;
}

/**
 * A Rocket.Chat user's message into an omnichannel room (`executeSendMessage`), with the livechat after-save hook
 * `markRoomResponded`: the first agent reply ends `waitingResponse` and starts `responseBy`; later replies move its
 * `lastMessageTs`.
 */
export function sendUserMessage(
  db: Db,
  room: RoomDoc,
  user: Pick<UserDoc, '_id' | 'username' | 'name'>,
  input: { _id?: string | null; msg?: string | null },
  now = new Date(),
): MessageDoc {
  const _id = input._id || randomId();
  assertNewId(db, _id);
  const iso = now.toISOString();
  const msg = input.msg ?? '';
  const message: MessageDoc = {
    _id,
    rid: room._id,
    msg,
    ts: iso,
    u: { _id: user._id, username: user.username, ...(user.name ? { name: user.name } : {}) },
    _updatedAt: iso,
    ...parsed(msg),
  };
  const { waitingResponse: _waiting, ...rest } = room;
  const responseBy = room.responseBy
    ? { ...room.responseBy, lastMessageTs: iso }
    : { _id: user._id, username: user.username, firstResponseTs: iso, lastMessageTs: iso };
  insertMessage(db, rest, message, { responseBy });
  return message;
}

/**
 * `canAccessRoom` for an omnichannel room (livechat/server/roomAccessValidator.compatibility.ts) at Rocket.Chat's
 * default settings: `view-livechat-rooms`; or the agent who serves it; or, once closed,
 * `view-livechat-room-closed-by-another-agent`. (The queue preview needs Manual_Selection routing and the department
 * rules need departments; this server has neither.)
 */
export function canAccessLivechatRoom(db: Db, user: Pick<UserDoc, '_id' | 'roles'>, room: RoomDoc): boolean {
  if (hasPermission(db, user.roles, 'view-livechat-rooms')) return true;
  if (room.servedBy?._id === user._id) return true;
  return !room.open && hasPermission(db, user.roles, 'view-livechat-room-closed-by-another-agent');
}
