import type { Db } from '../db/open.ts';
import { oneDoc, upsertDocRow } from '../db/documents.ts';
import { indexContactForSort } from './contact-sort-columns.ts';
import { updateGramCounts, type GramState } from './contact-grams.ts';

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
  return oneDoc<ContactDoc>(db, 'SELECT seq, doc FROM contacts WHERE _id = ?', id);
}

/** `findOneEnabledById`: soft-deleted contacts (7.11 `contacts.delete`) are not found. */
export function findEnabledContactById(db: Db, id: string): ContactDoc | undefined {
  return oneDoc<ContactDoc>(db, 'SELECT seq, doc FROM contacts WHERE _id = ? AND enabled = 1', id);
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
  return oneDoc<ContactDoc>(
    db,
    `SELECT c.seq, c.doc FROM contacts c WHERE c.pre_registration = 1 AND c.enabled = 1 AND c.seq IN (
         SELECT contact_seq FROM contact_emails WHERE address IN (${marks(emails)})
         UNION SELECT contact_seq FROM contact_phones WHERE phone_number IN (${marks(phones)})
       ) ORDER BY c.seq LIMIT 1`,
    ...emails,
    ...phones,
  );
}

/** Inserts or rewrites a contact with its lookup tables and its search text. */
export function saveContact(db: Db, doc: ContactDoc): void {
  const unknown = doc.unknown ? 1 : 0;
  const enabled = doc.enabled === false ? 0 : 1;
  const name = doc.name ?? null;
  const { seq, previousDoc } = upsertDocRow(db, 'contacts', doc._id, {
    name,
    unknown,
    enabled,
    pre_registration: doc.preRegistration ? 1 : 0,
    contact_manager: doc.contactManager ?? null,
    doc: JSON.stringify(doc),
  });
  if (previousDoc !== undefined) {
    db.prepare('DELETE FROM contact_emails WHERE contact_seq = ?').run(seq);
    db.prepare('DELETE FROM contact_phones WHERE contact_seq = ?').run(seq);
    db.prepare('DELETE FROM contact_visitors WHERE contact_seq = ?').run(seq);
  }
  const insertEmail = db.prepare('INSERT INTO contact_emails (contact_seq, address) VALUES (?, ?)');
  for (const { address } of doc.emails ?? []) insertEmail.run(seq, address);
  const insertPhone = db.prepare('INSERT INTO contact_phones (contact_seq, phone_number) VALUES (?, ?)');
  for (const { phoneNumber } of doc.phones ?? []) insertPhone.run(seq, phoneNumber);
  const insertVisitor = db.prepare('INSERT INTO contact_visitors (contact_seq, visitor_id) VALUES (?, ?)');
  for (const visitorId of new Set((doc.channels ?? []).map((channel) => channel.visitor.visitorId)))
    insertVisitor.run(seq, visitorId);
  const before = db
    .prepare<[number], GramState>('SELECT unknown, enabled, text FROM contact_search WHERE seq = ?')
    .get(seq);
  const after: GramState = { unknown, enabled, text: searchText(doc) };
  // The triggers on contact_search keep its trigram index (contact_search_fts) in step, in this transaction.
  db.prepare(
    `INSERT INTO contact_search (seq, unknown, enabled, name, text) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (seq) DO UPDATE SET unknown = excluded.unknown, enabled = excluded.enabled, name = excluded.name,
       text = excluded.text`,
  ).run(seq, after.unknown, after.enabled, name, after.text);
  updateGramCounts(db, before, after);
  indexContactForSort(db, seq, doc);
}

/** One line per searchable value, so a needle (which never spans a newline) matches inside one value. */
function searchText(doc: ContactDoc): string {
  return [doc.name ?? '', ...(doc.emails ?? []).map((e) => e.address), ...(doc.phones ?? []).map((p) => p.phoneNumber)]
    .map((value) => value.toLowerCase())
    .join('\n');
}

/** `countByContactInfo`: exact matches, soft-deleted contacts included. */
export function contactExists(db: Db, by: { contactId?: string; email?: string; phone?: string }): boolean {
  if (by.contactId !== undefined) return !!db.prepare('SELECT 1 FROM contacts WHERE _id = ?').get(by.contactId);
  if (by.email !== undefined) return !!db.prepare('SELECT 1 FROM contact_emails WHERE address = ?').get(by.email);
  if (by.phone !== undefined) return !!db.prepare('SELECT 1 FROM contact_phones WHERE phone_number = ?').get(by.phone);
  return false;
}
