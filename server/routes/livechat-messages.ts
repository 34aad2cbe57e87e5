import type { Api } from '../http/api.ts';
import { ajv } from '../http/ajv.ts';
import { meteorError } from '../http/api-error.ts';
import { getPaginationItems, limitOf, parseSort } from '../http/pagination.ts';
import { inTransaction } from '../db/open.ts';
import { findRoomById } from '../domain/rooms.ts';
import { findVisitorByToken } from '../domain/visitors.ts';
import { livechatClosedMessages } from '../domain/messages.ts';
import { canAccessLivechatRoom, sendUserMessage, sendVisitorMessage } from '../domain/livechat-messages.ts';

// rest-typings isPOSTLivechatMessageParams
const validateSend = ajv.compile({
  type: 'object',
  properties: {
    token: { type: 'string' },
    rid: { type: 'string' },
    msg: { type: 'string' },
    _id: { type: 'string', nullable: true },
    agent: {
      type: 'object',
      properties: { agentId: { type: 'string' }, username: { type: 'string' } },
      required: ['agentId', 'username'],
      additionalProperties: false,
    },
  },
  required: ['token', 'rid', 'msg'],
  additionalProperties: false,
});

// rest-typings isLivechatRidMessagesProps
const validateList = ajv.compile({
  type: 'object',
  properties: {
    count: { type: 'number', nullable: true },
    offset: { type: 'number', nullable: true },
    sort: { type: 'string', nullable: true },
    searchTerm: { type: 'string', nullable: true },
  },
  required: [],
  additionalProperties: false,
});

// rest-typings isChatSendMessageProps: the message object itself accepts any other key.
const nullableString = { type: 'string', nullable: true };
const validateChatSend = ajv.compile({
  type: 'object',
  properties: {
    message: {
      type: 'object',
      properties: {
        _id: nullableString,
        rid: { type: 'string' },
        tmid: nullableString,
        msg: nullableString,
        alias: nullableString,
        emoji: nullableString,
        tshow: { type: 'boolean', nullable: true },
        avatar: nullableString,
        attachments: { type: 'array', items: { type: 'object' }, nullable: true },
        blocks: { type: 'array', items: { type: 'object' }, nullable: true },
        customFields: { type: 'object', nullable: true },
      },
    },
    previewUrls: { type: 'array', items: { type: 'string' }, nullable: true },
  },
  required: ['message'],
  additionalProperties: false,
});

/** Message_MaxAllowedSize at Rocket.Chat's default. */
const MAX_MESSAGE_SIZE = 5000;

/** Types Rocket.Chat registers as system messages (`MessageTypes.isSystemMessage`), the ones a client could try. */
const SYSTEM_TYPES = new Set([
  'r',
  'au',
  'ru',
  'ul',
  'uj',
  'ujt',
  'ut',
  'ult',
  'rm',
  'user-muted',
  'user-unmuted',
  'subscription-role-added',
  'subscription-role-removed',
  'room-archived',
  'room-unarchived',
  'message_pinned',
  'discussion-created',
  'livechat-close',
  'livechat-started',
  'livechat_transfer_history',
  'livechat_navigation_history',
  'livechat_video_call',
  'livechat_webrtc_video_call',
  'command',
  'omnichannel_placed_chat_on_hold',
  'omnichannel_on_hold_chat_resumed',
  'omnichannel_priority_change_history',
  'omnichannel_sla_change_history',
]);

interface ChatSendBody {
  message: {
    _id?: string | null;
    rid?: string;
    msg?: string | null;
    t?: unknown;
    tshow?: boolean | null;
    tmid?: string | null;
  };
}

/**
 * Messages of omnichannel rooms: the visitor's side (livechat/server/api/v1/message.ts), the agent's transcript view
 * (livechat/imports/server/rest/visitors.ts `livechat/:rid/messages`, which the contact history opens) and the way
 * a Rocket.Chat user writes into a room (api/server/v1/chat.ts `chat.sendMessage`).
 */
export function registerLivechatMessageRoutes(api: Api): void {
  api.post('livechat/message', { auth: false, validate: validateSend }, ({ body }, { db }) => {
    const { token, rid, msg, _id } = body as { token: string; rid: string; msg: string; _id?: string | null };
    const visitor = findVisitorByToken(db, token);
    if (!visitor) throw new Error('invalid-token');
    // `findRoom(token, rid)`: the room with this id and this visitor's token, open or not.
    const room = findRoomById(db, rid);
    if (!room || room.v.token !== token) throw new Error('invalid-room');
    if (!room.open) throw new Error('room-closed');
    // Livechat_enable_message_character_limit is off by default, so any length is accepted.
    const message = inTransaction(db, () => sendVisitorMessage(db, room, visitor, { _id, msg }));
    return { message };
  });

  api.get(
    'livechat/:rid/messages',
    { auth: true, validate: validateList, permissions: ['view-l-room'] },
    ({ user, query, params }, { db }) => {
      const { offset, count } = getPaginationItems(query);
      const sort = parseSort(query.sort) ?? [['ts', -1]];
      const room = findRoomById(db, params.rid ?? '');
      if (!room) throw new Error('invalid-room');
      if (!canAccessLivechatRoom(db, user, room)) throw new Error('not-allowed');
      const { messages, total } = livechatClosedMessages(db, room._id, {
        ...(typeof query.searchTerm === 'string' && query.searchTerm ? { searchTerm: query.searchTerm } : {}),
        sort,
        offset,
        count: limitOf(count),
      });
      // `count` is the requested page size, as getPaginationItems gave it.
      return { messages, offset, count, total };
    },
  );

  api.post('chat.sendMessage', { auth: true, validate: validateChatSend }, ({ user, body }, { db }) => {
    const { message } = body as unknown as ChatSendBody;
    if (typeof message.t === 'string' && SYSTEM_TYPES.has(message.t))
      throw new Error("Cannot send system messages using 'chat.sendMessage'");
    // executeSendMessage, in its order. Threads (`tmid`) are not kept by this server.
    if (message.tshow && !message.tmid)
      throw meteorError('invalid-params', 'tshow provided but missing tmid', { method: 'sendMessage' });
    if (message.msg && message.msg.length > MAX_MESSAGE_SIZE)
      throw meteorError('error-message-size-exceeded', 'Message size exceeds Message_MaxAllowedSize', {
        method: 'sendMessage',
      });
    if (!message.rid) throw new Error("The 'rid' property on the message object is missing.");
    // canSendMessageAsync: this server's rooms are all omnichannel rooms.
    const room = findRoomById(db, message.rid);
    if (!room) throw new Error('error-invalid-room');
    if (!canAccessLivechatRoom(db, user, room)) throw new Error('error-not-allowed');
    const sent = inTransaction(db, () =>
      sendUserMessage(db, room, user, { _id: message._id ?? null, msg: message.msg ?? null }),
    );
    return { message: sent };
  });
}
