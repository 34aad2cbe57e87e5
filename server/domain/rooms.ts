import type { Db } from '../db/open.ts';

export interface RoomSource {
  type: string;
  id?: string;
  label?: string;
  alias?: string;
  destination?: string;
}

/** The subset of IOmnichannelRoom this server produces. */
export interface RoomDoc {
  _id: string;
  t: 'l';
  fname: string;
  msgs: number;
  usersCount: number;
  ts: string;
  _updatedAt: string;
  open?: boolean;
  waitingResponse?: boolean;
  cl: boolean;
  v: { _id: string; username: string; token: string; status?: string; lastMessageTs?: string };
  source: RoomSource;
  contactId?: string;
  livechatData?: Record<string, unknown>;
  closedAt?: string;
  closedBy?: { _id: string; username: string };
  closer?: 'visitor' | 'user';
  lastMessage?: Record<string, unknown>;
  servedBy?: { _id: string; username: string; ts: string };
  responseBy?: { _id: string; username: string; firstResponseTs: string; lastMessageTs: string };
  tags?: string[];
  verified?: boolean;
  metrics?: { chatDuration?: number; serviceTimeDuration?: number };
}

interface Row {
  doc: string;
}

const parse = (row: Row): RoomDoc => JSON.parse(row.doc) as RoomDoc;

export function saveRoom(db: Db, room: RoomDoc): void {
  db.prepare(
    `INSERT INTO rooms (_id, visitor_id, visitor_token, contact_id, open, doc) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (_id) DO UPDATE SET visitor_id = excluded.visitor_id, visitor_token = excluded.visitor_token,
       contact_id = excluded.contact_id, open = excluded.open, doc = excluded.doc`,
  ).run(room._id, room.v._id, room.v.token, room.contactId ?? null, room.open ? 1 : 0, JSON.stringify(room));
}

export function findRoomById(db: Db, id: string): RoomDoc | undefined {
  const row = db.prepare<[string], Row>('SELECT doc FROM rooms WHERE _id = ?').get(id);
  return row && parse(row);
}

export function findOpenRoomsByVisitorToken(db: Db, token: string): RoomDoc[] {
  return db
    .prepare<[string], Row>('SELECT doc FROM rooms WHERE visitor_token = ? AND open = 1 ORDER BY seq')
    .all(token)
    .map(parse);
}

export function findRoomsByVisitorId(db: Db, visitorId: string): RoomDoc[] {
  return db.prepare<[string], Row>('SELECT doc FROM rooms WHERE visitor_id = ? ORDER BY seq').all(visitorId).map(parse);
}

export function findRoomsByContactId(db: Db, contactId: string): RoomDoc[] {
  return db.prepare<[string], Row>('SELECT doc FROM rooms WHERE contact_id = ? ORDER BY seq').all(contactId).map(parse);
}

/** `LivechatRooms.countOpenByContact`. */
export function countOpenRoomsOfContact(db: Db, contactId: string): number {
  return (
    db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM rooms WHERE contact_id = ? AND open = 1')
      .get(contactId)?.n ?? 0
  );
}

/** `contacts.history`: closed rooms of the contact, newest close first by default. */
export function closedRoomsOfContact(
  db: Db,
  contactId: string,
  sort: [string, 1 | -1][],
  offset: number,
  count: number,
): { rooms: RoomDoc[]; total: number } {
  const total =
    db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM rooms WHERE contact_id = ? AND open = 0')
      .get(contactId)?.n ?? 0;
  const order = [
    ...sort.map(([path, direction]) => {
      const expression = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(path) ? `json_extract(doc, '$.${path}')` : 'NULL';
      return `${expression} ${direction === 1 ? 'ASC' : 'DESC'}`;
    }),
    'seq ASC',
  ].join(', ');
  const rooms = db
    .prepare<[string, number, number], Row>(
      `SELECT doc FROM rooms WHERE contact_id = ? AND open = 0 ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(contactId, count, offset)
    .map(parse);
  return { rooms, total };
}
