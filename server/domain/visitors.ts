import type { Db } from '../db/open.ts';
import { oneDoc, upsertDocRow } from '../db/documents.ts';
import { randomId } from './random.ts';
import { incrementSetting } from './settings.ts';
import { indexVisitorForSearch } from './visitor-search-columns.ts';

/** ILivechatVisitor (packages/core-typings/src/ILivechatVisitor.ts): the legacy "contact". */
export interface VisitorDoc {
  _id: string;
  username: string;
  ts: string;
  token: string;
  _updatedAt: string;
  name?: string;
  phone?: { phoneNumber: string }[] | null;
  visitorEmails?: { address: string }[];
  livechatData?: Record<string, unknown>;
  contactManager?: { username: string };
  lastChat?: { _id: string; ts: string };
  status?: string;
  department?: string;
  disabled?: boolean;
  contactId?: string;
  /** Stored only with `Livechat_Allow_collect_and_store_HTTP_header_informations` on. */
  userAgent?: string;
  ip?: string;
  host?: string;
}

export function findVisitorById(db: Db, id: string): VisitorDoc | undefined {
  return oneDoc<VisitorDoc>(db, 'SELECT seq, doc FROM visitors WHERE _id = ?', id);
}

/** `findOneEnabledById`: soft-removed visitors are invisible to the contact routes. */
export function findEnabledVisitorById(db: Db, id: string): VisitorDoc | undefined {
  return oneDoc<VisitorDoc>(db, 'SELECT seq, doc FROM visitors WHERE _id = ? AND disabled = 0', id);
}

export function findVisitorByToken(db: Db, token: string): VisitorDoc | undefined {
  return oneDoc<VisitorDoc>(db, 'SELECT seq, doc FROM visitors WHERE token = ? ORDER BY seq LIMIT 1', token);
}

/** `visitorEmails.address` equality (stored lower-case). */
export function findVisitorByEmail(db: Db, email: string): VisitorDoc | undefined {
  return oneDoc<VisitorDoc>(db, 'SELECT seq, doc FROM visitors WHERE email = ? ORDER BY seq LIMIT 1', email);
}

export function findVisitorByPhone(db: Db, phone: string): VisitorDoc | undefined {
  return oneDoc<VisitorDoc>(db, 'SELECT seq, doc FROM visitors WHERE phone = ? ORDER BY seq LIMIT 1', phone);
}

/** Rocket.Chat numbers anonymous visitors from the `Livechat_guest_count` setting. */
export function nextGuestUsername(db: Db): string {
  return `guest-${incrementSetting(db, 'Livechat_guest_count')}`;
}

export function newVisitor(db: Db, fields: Partial<VisitorDoc> & { token: string }, now = new Date()): VisitorDoc {
  const iso = now.toISOString();
  return { _id: randomId(), username: fields.username ?? nextGuestUsername(db), ts: iso, _updatedAt: iso, ...fields };
}

/** Inserts or rewrites a visitor with its lookup columns and searchable custom values. */
export function saveVisitor(db: Db, doc: VisitorDoc): void {
  const { seq, previousDoc } = upsertDocRow(db, 'visitors', doc._id, {
    token: doc.token,
    username: doc.username,
    email: doc.visitorEmails?.[0]?.address ?? null,
    phone: doc.phone?.[0]?.phoneNumber ?? null,
    disabled: doc.disabled ? 1 : 0,
    doc: JSON.stringify(doc),
  });
  indexVisitorForSearch(db, seq, doc);
  if (previousDoc !== undefined) {
    const previous = JSON.parse(previousDoc) as VisitorDoc;
    if (JSON.stringify(previous.livechatData ?? {}) === JSON.stringify(doc.livechatData ?? {})) return;
    clearCustomValues(db, seq);
  }
  indexCustomValues(db, seq, doc.livechatData ?? {});
}

/**
 * `LivechatVisitors.disableById`: `disabled: true`, and the token, name, username, emails, phone, custom data,
 * department, contact manager, last chat, status, `ts` and connection data unset. The row keeps only its id.
 */
export function disableVisitor(db: Db, visitor: VisitorDoc, now = new Date()): void {
  const doc = {
    _id: visitor._id,
    _updatedAt: now.toISOString(),
    disabled: true,
    ...(visitor.contactId ? { contactId: visitor.contactId } : {}),
  };
  const row = db.prepare<[string], { seq: number }>('SELECT seq FROM visitors WHERE _id = ?').get(visitor._id);
  if (!row) return;
  // The token column cannot be null; no lookup matches an empty token (livechat/visitor refuses one).
  db.prepare(
    "UPDATE visitors SET token = '', username = NULL, email = NULL, phone = NULL, disabled = 1, doc = ? WHERE seq = ?",
  ).run(JSON.stringify(doc), row.seq);
  indexVisitorForSearch(db, row.seq, doc);
  clearCustomValues(db, row.seq);
}

function clearCustomValues(db: Db, seq: number): void {
  db.prepare(
    'DELETE FROM visitor_custom_fts WHERE rowid IN (SELECT rowid FROM visitor_custom_values WHERE visitor_seq = ?)',
  ).run(seq);
  db.prepare('DELETE FROM visitor_custom_values WHERE visitor_seq = ?').run(seq);
}

function indexCustomValues(db: Db, seq: number, data: Record<string, unknown>): void {
  const insertValue = db.prepare(
    'INSERT INTO visitor_custom_values (visitor_seq, field, value_lower) VALUES (?, ?, ?)',
  );
  const insertFts = db.prepare('INSERT INTO visitor_custom_fts (rowid, value_lower) VALUES (?, ?)');
  for (const [field, value] of Object.entries(data)) {
    // A Mongo regex only ever matches string values.
    if (typeof value !== 'string') continue;
    const lower = value.toLowerCase();
    const rowid = insertValue.run(seq, field, lower).lastInsertRowid;
    insertFts.run(rowid, lower);
  }
}

export interface VisitorSearch {
  email?: string;
  phone?: string;
  /** field id -> case-insensitive substring */
  custom: [string, string][];
}

/** `contact.search`: exact email, exact phone, substring custom values, ANDed; the first match in natural order. */
export function findFirstVisitorMatching(db: Db, search: VisitorSearch): VisitorDoc | undefined {
  const where = ['v.disabled = 0'];
  const params: (string | number)[] = [];
  if (search.email !== undefined) {
    where.push('v.email = ?');
    params.push(search.email);
  }
  if (search.phone !== undefined) {
    where.push('v.phone = ?');
    params.push(search.phone);
  }
  for (const [field, needle] of search.custom) {
    const lower = needle.toLowerCase();
    if (lower.length >= 3) {
      where.push(
        'v.seq IN (SELECT cv.visitor_seq FROM visitor_custom_fts f JOIN visitor_custom_values cv ON cv.rowid = f.rowid WHERE f.value_lower GLOB ? AND cv.field = ?)',
      );
      params.push(`*${globEscape(lower)}*`, field);
    } else {
      where.push(
        'v.seq IN (SELECT cv.visitor_seq FROM visitor_custom_values cv WHERE cv.field = ? AND instr(cv.value_lower, ?) > 0)',
      );
      params.push(field, lower);
    }
  }
  return oneDoc<VisitorDoc>(
    db,
    `SELECT v.seq, v.doc FROM visitors v WHERE ${where.join(' AND ')} ORDER BY v.seq LIMIT 1`,
    ...params,
  );
}

/** GLOB's wildcards taken literally. */
export function globEscape(text: string): string {
  return text.replace(/[*?[]/g, (char) => `[${char}]`);
}
