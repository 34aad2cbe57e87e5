import type { Db } from '../db/open.ts';
import { findRoomsByVisitorId, type RoomDoc } from './rooms.ts';
import { projectRoom, ROOM_SUMMARY_FIELDS } from './room-summary.ts';
import { compareBy } from './sort.ts';
import type { VisitorDoc } from './visitors.ts';

/** Regex metacharacters taken literally (`escapeRegExp` of @rocket.chat/string-helpers). */
export const escapeRegExp = (text: string): string => text.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

export interface VisitorRoomsQuery {
  visitorId: string;
  /** `closedChatsOnly`: only rooms with `closedAt`. */
  closedOnly?: boolean;
  /** `servedChatsOnly`: only rooms with `servedBy`. */
  servedOnly?: boolean;
  /** Case-insensitive substring of `source.type` or `source.alias`. */
  source?: string;
  /** Case-sensitive substring of one of the room's messages. */
  searchText?: string;
  sort: [string, 1 | -1][];
  offset: number;
  count: number;
}

/**
 * `livechat/visitors.searchChats` (LivechatRooms.findRoomsByVisitorIdAndMessageWithCriteria): the visitor's rooms,
 * open and closed, filtered, sorted and paged, projected to the listed fields. A non-blank `searchText` keeps the
 * rooms with a message (system messages included) whose text contains it, case-sensitively (`.*<escaped>.*`).
 */
export function searchVisitorRooms(
  db: Db,
  query: VisitorRoomsQuery,
): { rooms: Record<string, unknown>[]; total: number } {
  const source = query.source ? new RegExp(escapeRegExp(query.source), 'i') : undefined;
  const searching = Boolean(query.searchText?.trim());
  const matching = findRoomsByVisitorId(db, query.visitorId).filter(
    (room) =>
      (!query.closedOnly || room.closedAt !== undefined) &&
      (!query.servedOnly || room.servedBy !== undefined) &&
      (!source || source.test(room.source.type) || source.test(room.source.alias ?? '')) &&
      (!searching || roomHasMessageWith(db, room._id, query.searchText ?? '')),
  );
  const page = matching.sort(compareBy(query.sort)).slice(query.offset, query.offset + query.count);
  return { rooms: page.map((room) => projectRoom(room, ROOM_SUMMARY_FIELDS)), total: matching.length };
}

function roomHasMessageWith(db: Db, rid: string, text: string): boolean {
  return Boolean(
    db
      .prepare<[string, string], { one: number }>(
        "SELECT 1 AS one FROM messages WHERE rid = ? AND instr(json_extract(doc, '$.msg'), ?) > 0 LIMIT 1",
      )
      .get(rid, text),
  );
}

/** `LivechatRooms.findPaginatedByVisitorId`: every room of the visitor, whole documents. */
export function visitorRoomsPage(
  db: Db,
  visitorId: string,
  sort: [string, 1 | -1][],
  offset: number,
  count: number,
): { rooms: RoomDoc[]; total: number } {
  const rooms = findRoomsByVisitorId(db, visitorId).sort(compareBy(sort));
  return { rooms: rooms.slice(offset, offset + count), total: rooms.length };
}

export interface AutocompleteSelector {
  term?: unknown;
  exceptions?: unknown;
  conditions?: unknown;
}

/**
 * `LivechatVisitors.findByNameRegexWithExceptionsAndConditions` as `visitors.autocomplete` calls it: names that start
 * with the term (case-insensitive), minus the `exceptions` ids, sorted by name, at most 10, each
 * `{_id, name, username, custom_name: "<username> - <name>"}`. `conditions` is a MongoDB filter there; here only its
 * plain `field: value` equalities on top-level fields apply.
 */
export function autocompleteVisitors(db: Db, selector: AutocompleteSelector): Record<string, unknown>[] {
  const term = typeof selector.term === 'string' || typeof selector.term === 'number' ? String(selector.term) : '';
  const name = new RegExp(`^${escapeRegExp(term).trim()}`, 'i');
  const exceptions = new Set(Array.isArray(selector.exceptions) ? selector.exceptions : [selector.exceptions]);
  const conditions =
    selector.conditions && typeof selector.conditions === 'object'
      ? Object.entries(selector.conditions as Record<string, unknown>).filter(([key]) => !key.startsWith('$'))
      : [];
  return db
    .prepare<[], { doc: string }>("SELECT doc FROM visitors WHERE json_extract(doc, '$.name') IS NOT NULL")
    .all()
    .map((row) => JSON.parse(row.doc) as VisitorDoc & Record<string, unknown>)
    .filter(
      (visitor) =>
        typeof visitor.name === 'string' &&
        name.test(visitor.name) &&
        !exceptions.has(visitor._id) &&
        conditions.every(([key, value]) => JSON.stringify(visitor[key]) === JSON.stringify(value)),
    )
    .sort(compareBy([['name', 1]]))
    .slice(0, 10)
    .map((visitor) => ({
      _id: visitor._id,
      ...(visitor.name !== undefined ? { name: visitor.name } : {}),
      ...(visitor.username !== undefined ? { username: visitor.username } : {}),
      custom_name: `${visitor.username} - ${visitor.name}`,
    }));
}
