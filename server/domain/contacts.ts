import type Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import { globEscape } from './visitors.ts';

export interface ContactVisitorAssociation {
  visitorId: string;
  source: { type: string; id?: string };
}

/** ILivechatContactChannel */
export interface ContactChannel {
  name: string;
  visitor: ContactVisitorAssociation;
  blocked: boolean;
  verified: boolean;
  details: Record<string, unknown>;
  lastChat?: { _id: string; ts: string };
}

export interface ConflictingField {
  field: string;
  value: string;
}

/** ILivechatContact (packages/core-typings/src/ILivechatContact.ts). */
export interface ContactDoc {
  _id: string;
  _updatedAt: string;
  createdAt: string;
  name?: string;
  emails?: { address: string }[];
  phones?: { phoneNumber: string }[];
  contactManager?: string;
  unknown?: boolean;
  conflictingFields?: ConflictingField[];
  customFields?: Record<string, unknown>;
  channels?: ContactChannel[];
  lastChat?: { _id: string; ts: string };
  preRegistration?: boolean;
  enabled?: boolean;
}

interface Row {
  seq: number;
  doc: string;
}

const parse = (row: Row): ContactDoc => JSON.parse(row.doc) as ContactDoc;

export function findContactById(db: Db, id: string): ContactDoc | undefined {
  const row = db.prepare<[string], Row>('SELECT seq, doc FROM contacts WHERE _id = ?').get(id);
  return row && parse(row);
}

/** `findOneEnabledById`: soft-deleted contacts (7.11 `contacts.delete`) are not found. */
export function findEnabledContactById(db: Db, id: string): ContactDoc | undefined {
  const row = db.prepare<[string], Row>('SELECT seq, doc FROM contacts WHERE _id = ? AND enabled = 1').get(id);
  return row && parse(row);
}

export function findContactsByVisitorId(db: Db, visitorId: string): ContactDoc[] {
  return db
    .prepare<[string], Row>(
      'SELECT DISTINCT c.seq, c.doc FROM contacts c JOIN contact_visitors cv ON cv.contact_seq = c.seq WHERE cv.visitor_id = ? ORDER BY c.seq',
    )
    .all(visitorId)
    .map(parse);
}

/** A pre-registered contact (created through the API, no channels yet) sharing an email or phone with the visitor. */
export function findPreRegisteredContactMatching(db: Db, emails: string[], phones: string[]): ContactDoc | undefined {
  if (!emails.length && !phones.length) return undefined;
  const marks = (list: string[]) => list.map(() => '?').join(',') || 'NULL';
  const row = db
    .prepare<string[], Row>(
      `SELECT c.seq, c.doc FROM contacts c WHERE c.pre_registration = 1 AND c.enabled = 1 AND c.seq IN (
         SELECT contact_seq FROM contact_emails WHERE address IN (${marks(emails)})
         UNION SELECT contact_seq FROM contact_phones WHERE phone_number IN (${marks(phones)})
       ) ORDER BY c.seq LIMIT 1`,
    )
    .get(...emails, ...phones);
  return row && parse(row);
}

/** Inserts or rewrites a contact with its lookup tables and its search text. */
export function saveContact(db: Db, doc: ContactDoc): void {
  const existing = cached<[string], { seq: number }>(db, 'SELECT seq FROM contacts WHERE _id = ?').get(doc._id);
  const columns = [
    doc.name ?? null,
    doc.unknown ? 1 : 0,
    doc.enabled === false ? 0 : 1,
    doc.preRegistration ? 1 : 0,
    doc.contactManager ?? null,
    JSON.stringify(doc),
  ] as const;
  let seq: number;
  if (existing) {
    seq = existing.seq;
    cached(
      db,
      'UPDATE contacts SET name = ?, unknown = ?, enabled = ?, pre_registration = ?, contact_manager = ?, doc = ? WHERE seq = ?',
    ).run(...columns, seq);
    cached(db, 'DELETE FROM contact_emails WHERE contact_seq = ?').run(seq);
    cached(db, 'DELETE FROM contact_phones WHERE contact_seq = ?').run(seq);
    cached(db, 'DELETE FROM contact_visitors WHERE contact_seq = ?').run(seq);
  } else {
    seq = Number(
      cached(
        db,
        'INSERT INTO contacts (_id, name, unknown, enabled, pre_registration, contact_manager, doc) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(doc._id, ...columns).lastInsertRowid,
    );
  }
  const insertEmail = cached(db, 'INSERT INTO contact_emails (contact_seq, address) VALUES (?, ?)');
  for (const { address } of doc.emails ?? []) insertEmail.run(seq, address);
  const insertPhone = cached(db, 'INSERT INTO contact_phones (contact_seq, phone_number) VALUES (?, ?)');
  for (const { phoneNumber } of doc.phones ?? []) insertPhone.run(seq, phoneNumber);
  const insertVisitor = cached(db, 'INSERT INTO contact_visitors (contact_seq, visitor_id) VALUES (?, ?)');
  for (const visitorId of new Set((doc.channels ?? []).map((channel) => channel.visitor.visitorId)))
    insertVisitor.run(seq, visitorId);
  // The triggers on contact_search keep its trigram index (contact_search_fts) in step, in this transaction.
  cached(
    db,
    `INSERT INTO contact_search (seq, unknown, enabled, name, text) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (seq) DO UPDATE SET unknown = excluded.unknown, enabled = excluded.enabled, name = excluded.name,
       text = excluded.text`,
  ).run(seq, columns[1], columns[2], columns[0], searchText(doc));
}

/** One line per searchable value, so a needle (which never spans a newline) matches inside one value. */
function searchText(doc: ContactDoc): string {
  return [doc.name ?? '', ...(doc.emails ?? []).map((e) => e.address), ...(doc.phones ?? []).map((p) => p.phoneNumber)]
    .map((value) => value.toLowerCase())
    .join('\n');
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement kept per database and SQL text (searches run the same few statements on every request). */
function cached<P extends unknown[], R>(db: Db, sql: string): Database.Statement<P, R> {
  let bySql = statements.get(db);
  if (!bySql) statements.set(db, (bySql = new Map<string, Database.Statement>()));
  let statement = bySql.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    // Sort paths come from the request: past a few hundred distinct statements, stop keeping new ones.
    if (bySql.size < 256) bySql.set(sql, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
}

export type SortSpec = [string, 1 | -1][];

export interface ContactSearch {
  searchText?: string;
  unknown: boolean;
  offset: number;
  count: number;
  sort: SortSpec;
}

/**
 * `contacts.search` (model `findPaginatedContacts`): name, email or phone containing `searchText`
 * (escaped, case-insensitive), `unknown` equal to the flag, enabled only; sorted, paged and counted.
 *
 * With a needle, the narrow `contact_search` rows (filter columns, name, lower-cased text) answer the count and the
 * order of the page; only the page's documents are read from `contacts`. Needles of 3+ characters go through the
 * trigram index; shorter ones scan the narrow rows (for the default order, the first rows in name order are tried
 * first, which finds a page of a frequent fragment without sorting every hit).
 */
export function searchContacts(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const needle = search.searchText?.toLowerCase();
  if (!needle) return listContacts(db, search);
  if (needle.includes('\n')) return { contacts: [], total: 0 };
  const unknown = search.unknown ? 1 : 0;
  const trigram = needle.length >= 3;
  // `s` is either the trigram index (its rowid is the contact's seq) or the narrow table scanned row by row.
  const from = trigram ? 'contact_search_fts s' : 'contact_search s NOT INDEXED';
  const seq = trigram ? 's.rowid' : 's.seq';
  const where = `${trigram ? 's.text GLOB ?' : 'instr(s.text, ?) > 0'} AND s.unknown = ? AND s.enabled = 1`;
  const params = [trigram ? `*${globEscape(needle)}*` : needle, unknown] as const;
  const countHits = () =>
    cached<(string | number)[], { n: number }>(db, `SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(...params)
      ?.n ?? 0;
  if (!search.sort.every(([path]) => path === 'name')) {
    const total = countHits();
    if (total === 0) return { contacts: [], total };
    const rows = cached<(string | number)[], Row>(
      db,
      `SELECT c.seq, c.doc FROM ${from} JOIN contacts c ON c.seq = ${seq} WHERE ${where}
         ORDER BY ${orderBy(search.sort)} LIMIT ? OFFSET ?`,
    ).all(...params, search.count, search.offset);
    return { contacts: rows.map(parse), total };
  }
  const order = [...search.sort.map(([, direction]) => `s.name ${direction === 1 ? 'ASC' : 'DESC'}`), `${seq} ASC`];
  const pageQuery = `SELECT ${seq} AS seq, count(*) OVER () AS total FROM ${from} WHERE ${where}
                     ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`;
  let page: number[] | undefined;
  let total: number;
  if (trigram) {
    // The trigram index yields hits cheaply: the top of the hits in name order, then a count unless the page
    // already shows where the hits end (a page that is not full, e.g. an email found once, needs no count).
    page = cached<(string | number)[], { seq: number }>(db, pageQuery.replace(', count(*) OVER () AS total', ''))
      .all(...params, search.count, search.offset)
      .map((row) => row.seq);
    const ended = page.length < search.count && search.offset >= 0 && (page.length > 0 || search.offset === 0);
    total = ended ? search.offset + page.length : countHits();
  } else {
    // Every short search scans the narrow rows once: for the count when the page is found among the first rows in
    // name order, otherwise for the page and the count together (a window count over the hits).
    if (search.sort.length === 1 && search.sort[0]![1] === 1) {
      page = firstInNameOrder(db, needle, unknown, search.offset, search.count);
    }
    if (page) total = countHits();
    else {
      const rows = cached<(string | number)[], { seq: number; total: number }>(db, pageQuery).all(
        ...params,
        search.count,
        search.offset,
      );
      page = rows.map((row) => row.seq);
      total = rows[0]?.total ?? countHits();
    }
  }
  const byId = cached<[number], Row>(db, 'SELECT seq, doc FROM contacts WHERE seq = ?');
  return { contacts: page.map((n) => parse(byId.get(n)!)), total };
}

/** How many rows, in name order, a short needle's page is looked for in before sorting all its hits. */
const NAME_ORDER_WINDOW = 2000;

/**
 * The page of a short needle in default order (name, then seq) when it lies within the first rows in that order;
 * `undefined` when those rows hold too few hits to be sure of it.
 */
function firstInNameOrder(
  db: Db,
  needle: string,
  unknown: number,
  offset: number,
  count: number,
): number[] | undefined {
  if (count === 0 || offset < 0 || offset + count > NAME_ORDER_WINDOW) return undefined;
  const rows = cached<[number, number, string, number, number], { seq: number }>(
    db,
    `WITH w AS MATERIALIZED (
         SELECT seq, name, text FROM contact_search INDEXED BY contact_search_listing
         WHERE unknown = ? AND enabled = 1 ORDER BY name, seq LIMIT ?
       )
       SELECT seq FROM w WHERE instr(text, ?) > 0 ORDER BY name, seq LIMIT ? OFFSET ?`,
  ).all(unknown, NAME_ORDER_WINDOW, needle, count, offset);
  return rows.length === count ? rows.map((row) => row.seq) : undefined;
}

/** Every known (or unknown) enabled contact, sorted and paged. */
function listContacts(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const clause = 'c.unknown = ? AND c.enabled = 1';
  const unknown = search.unknown ? 1 : 0;
  const total =
    cached<[number], { n: number }>(db, `SELECT count(*) AS n FROM contacts c WHERE ${clause}`).get(unknown)?.n ?? 0;
  const rows = cached<[number, number, number], Row>(
    db,
    `SELECT c.seq, c.doc FROM contacts c WHERE ${clause} ORDER BY ${orderBy(search.sort)} LIMIT ? OFFSET ?`,
  ).all(unknown, search.count, search.offset);
  return { contacts: rows.map(parse), total };
}

/** A Mongo sort on document paths; `name` has its own indexed column. Unknown paths sort as missing values. */
export function orderBy(
  sort: SortSpec,
  column: (path: string) => string | undefined = (path) => (path === 'name' ? 'c.name' : undefined),
): string {
  const terms = sort.map(([path, direction]) => {
    const expression =
      column(path) ?? (/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(path) ? `json_extract(c.doc, '$.${path}')` : 'NULL');
    return `${expression} ${direction === 1 ? 'ASC' : 'DESC'}`;
  });
  return [...terms, 'c.seq ASC'].join(', ');
}

/** `countByContactInfo`: exact matches, soft-deleted contacts included. */
export function contactExists(db: Db, by: { contactId?: string; email?: string; phone?: string }): boolean {
  if (by.contactId !== undefined) return !!db.prepare('SELECT 1 FROM contacts WHERE _id = ?').get(by.contactId);
  if (by.email !== undefined) return !!db.prepare('SELECT 1 FROM contact_emails WHERE address = ?').get(by.email);
  if (by.phone !== undefined) return !!db.prepare('SELECT 1 FROM contact_phones WHERE phone_number = ?').get(by.phone);
  return false;
}
