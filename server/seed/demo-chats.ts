import type { Db } from '../db/open.ts';
import { sendUserMessage, sendVisitorMessage } from '../domain/livechat-messages.ts';
import { findRoomById, saveRoom, type RoomDoc } from '../domain/rooms.ts';
import type { UserDoc } from '../domain/users.ts';
import type { VisitorDoc } from '../domain/visitors.ts';
import { conversations } from './demo-conversations.ts';

export type Agent = Pick<UserDoc, '_id' | 'username' | 'name'>;
type Line = { fromVisitor: boolean; msg: string };

/** Messages a conversation spreads over, so that they all fall between the room's start and its close. */
const SPAN_MS = 30 * 60 * 1000;

/** Person n's lines in their locale: a script of that locale, or (`long`) every script again and again. */
export function linesFor(n: number, options: { long?: boolean } = {}): Line[] {
  const { scripts } = conversations[n % conversations.length]!;
  const asLines = (script: readonly string[]) => script.map((msg, i) => ({ fromVisitor: i % 2 === 0, msg }));
  if (!options.long) return asLines(scripts[(n >> 1) % scripts.length]!);
  const lines: Line[] = [];
  for (let round = 0; lines.length < 64; round++) lines.push(...asLines(scripts[round % scripts.length]!));
  return lines;
}

export const closingCommentFor = (n: number): string => conversations[n % conversations.length]!.closing;

/**
 * Writes a conversation into a room through the same domain functions the routes use. When an agent speaks, the
 * room is first assigned to them (`servedBy`), as Rocket.Chat's routing does before an agent can write.
 */
export function converse(db: Db, room: RoomDoc, visitor: VisitorDoc, agent: Agent, lines: Line[]): RoomDoc {
  const start = Date.parse(room.ts);
  const step = Math.min(73_000, Math.floor(SPAN_MS / (lines.length + 1)));
  if (lines.some((line) => !line.fromVisitor))
    saveRoom(db, {
      ...(findRoomById(db, room._id) ?? room),
      servedBy: { _id: agent._id, username: agent.username, ts: new Date(start + 1000).toISOString() },
    });
  lines.forEach(({ fromVisitor, msg }, i) => {
    const current = findRoomById(db, room._id)!;
    const at = new Date(start + (i + 1) * step);
    if (fromVisitor) sendVisitorMessage(db, current, visitor, { msg }, at);
    else sendUserMessage(db, current, agent, { msg }, at);
  });
  return findRoomById(db, room._id)!;
}
