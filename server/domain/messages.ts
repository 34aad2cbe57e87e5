import type { Db } from '../db/open.ts';
import { randomId } from './random.ts';
import { saveRoom, type RoomDoc } from './rooms.ts';

/** The subset of IMessage this server stores. */
export interface MessageDoc {
  _id: string;
  rid: string;
  msg: string;
  ts: string;
  _updatedAt: string;
  u: { _id: string; username: string; name?: string };
  /** System message type; a plain message has none. */
  t?: string;
  /** The visitor's token, on messages a visitor sent or closed with. */
  token?: string;
  /** The visitor's name on a visitor's message (livechat `sendMessage` sets it). */
  alias?: string;
  groupable?: false;
  transcriptRequested?: boolean;
  urls?: unknown[];
  mentions?: unknown[];
  channels?: unknown[];
  md?: unknown[];
}

interface Row {
  doc: string;
}

const parse = (row: Row): MessageDoc => JSON.parse(row.doc) as MessageDoc;

/**
 * What Rocket.Chat's message parser makes of plain text: a paragraph per line, a line break for an empty line.
 * Inline markup (emphasis, links, emoji, mentions) is not parsed here; a client that renders `md` sees it as text.
 */
export function plainMarkdown(msg: string): unknown[] {
  return msg
    .split('\n')
    .map((line) =>
      line === '' ? { type: 'LINE_BREAK' } : { type: 'PARAGRAPH', value: [{ type: 'PLAIN_TEXT', value: line }] },
    );
}

export function findMessageById(db: Db, id: string): MessageDoc | undefined {
  const row = db.prepare<[string], Row>('SELECT doc FROM messages WHERE _id = ?').get(id);
  return row && parse(row);
}

/**
 * Stores a message and updates its room as Rocket.Chat does after a save: `msgs` + 1, `lastMessage`, `_updatedAt`
 * (`Rooms.incMsgCountAndSetLastMessageById`). Returns the room as saved.
 */
export function insertMessage(
  db: Db,
  room: RoomDoc,
  message: MessageDoc,
  roomChanges: Partial<RoomDoc> = {},
  options: { setLastMessage?: boolean } = {},
): RoomDoc {
  db.prepare('INSERT INTO messages (_id, rid, ts, t, msg_fold, doc) VALUES (?, ?, ?, ?, ?, ?)').run(
    message._id,
    message.rid,
    message.ts,
    message.t ?? null,
    message.msg.toLowerCase(),
    JSON.stringify(message),
  );
  const next: RoomDoc = {
    ...room,
    ...roomChanges,
    msgs: (room.msgs ?? 0) + 1,
    ...(options.setLastMessage === false ? {} : { lastMessage: { ...message }, _updatedAt: message._updatedAt }),
  };
  saveRoom(db, next);
  return next;
}

/** The `livechat-started` system message of a new room (livechat/server/lib/QueueManager.ts `createLivechatRoom`). */
export function startedMessage(
  room: RoomDoc,
  visitor: { _id: string; username: string; token: string },
  now: Date,
): MessageDoc {
  const iso = now.toISOString();
  return {
    _id: randomId(),
    t: 'livechat-started',
    rid: room._id,
    ts: iso,
    msg: '',
    u: { _id: visitor._id, username: visitor.username },
    groupable: false,
    token: visitor.token,
    _updatedAt: iso,
  };
}

/**
 * The `livechat-close` system message (livechat/server/lib/closeRoom.ts → `Message.saveSystemMessage`): the closer
 * as `u`, the comment as `msg`, not groupable, `transcriptRequested: false` (this server sends no transcripts), and
 * the visitor's token when the visitor closed.
 */
export function closingMessage(
  room: RoomDoc,
  closer: { _id: string; username: string },
  comment: string,
  options: { visitorToken?: string },
  now: Date,
): MessageDoc {
  const iso = now.toISOString();
  return {
    _id: randomId(),
    t: 'livechat-close',
    rid: room._id,
    ts: iso,
    msg: comment,
    u: { _id: closer._id, username: closer.username },
    groupable: false,
    transcriptRequested: false,
    ...(options.visitorToken ? { token: options.visitorToken } : {}),
    _updatedAt: iso,
  };
}

/**
 * `Messages.findLivechatClosedMessages` (models/server/raw/Messages.ts): the room's plain messages and its
 * `livechat-close` messages, other system messages left out; `searchTerm` matches `msg` as a case-insensitive
 * substring (an escaped RegExp with the `i` flag). Sort keys are message paths; ties keep insertion order.
 */
export function livechatClosedMessages(
  db: Db,
  rid: string,
  options: { searchTerm?: string; sort: [string, 1 | -1][]; offset: number; count: number },
): { messages: MessageDoc[]; total: number } {
  const search = options.searchTerm ? options.searchTerm.toLowerCase() : undefined;
  const where = `rid = ? AND (t IS NULL OR t = 'livechat-close')${search ? ' AND instr(msg_fold, ?) > 0' : ''}`;
  const params: (string | number)[] = search ? [rid, search] : [rid];
  const total =
    db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM messages WHERE ${where}`).get(...params)
      ?.n ?? 0;
  const order = [
    ...options.sort.map(([path, direction]) => {
      const expression = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(path) ? `json_extract(doc, '$.${path}')` : 'NULL';
      return `${expression} ${direction === 1 ? 'ASC' : 'DESC'}`;
    }),
    'seq ASC',
  ].join(', ');
  const messages = db
    .prepare<(string | number)[], Row>(`SELECT doc FROM messages WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, options.count, options.offset)
    .map(parse);
  return { messages, total };
}
