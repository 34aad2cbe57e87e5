import type { RoomDoc } from './rooms.ts';

/**
 * The room fields a visitor's chat-history search projects (`findRoomsByVisitorIdAndMessageWithCriteria`);
 * `contacts.history` projects these and a few more (`CONTACT_HISTORY_FIELDS`).
 */
export const ROOM_SUMMARY_FIELDS = [
  '_id',
  'fname',
  'ts',
  'v',
  'msgs',
  'servedBy',
  'closedAt',
  'closedBy',
  'closer',
  'tags',
  'source',
] as const satisfies readonly (keyof RoomDoc)[];

/** `contacts.history`'s projection: the summary plus the last message and whether the contact was verified. */
export const CONTACT_HISTORY_FIELDS = [...ROOM_SUMMARY_FIELDS, 'lastMessage', 'verified'] as const;

/** A MongoDB projection: only the named fields the room has (absent ones stay absent, not null). */
export function projectRoom(room: RoomDoc, fields: readonly (keyof RoomDoc)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (room[field] !== undefined) out[field] = room[field];
  return out;
}
