import type Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';

/** The parts of a visitor document that `livechat/visitors.search` matches and sorts on. */
export interface VisitorSearchSource {
  ts?: string;
  name?: string;
  username?: string;
  visitorEmails?: { address: string }[] | null;
  phone?: { phoneNumber: string }[] | null;
  lastChat?: { ts?: string };
  disabled?: boolean;
}

/**
 * The narrow `visitor_search` row of a visitor, after `seq`: disabled, ts, last_chat_ts, name, username, email,
 * phone, name_lower, username_lower. Lower-cased here (not with SQLite's ASCII-only `lower()`), as the contact search
 * text is, so that a needle lower-cased the same way matches as a case-insensitive regex would.
 */
export function visitorSearchColumns(doc: VisitorSearchSource) {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const name = text(doc.name);
  const username = text(doc.username);
  return [
    doc.disabled ? 1 : 0,
    text(doc.ts),
    text(doc.lastChat?.ts),
    name,
    username,
    text(doc.visitorEmails?.[0]?.address),
    text(doc.phone?.[0]?.phoneNumber),
    (name ?? '').toLowerCase(),
    (username ?? '').toLowerCase(),
  ] as const;
}

/** Keeps a visitor's `visitor_search` row in step with its document (called on every save, in its transaction). */
export function indexVisitorForSearch(db: Db, seq: number, doc: VisitorSearchSource): void {
  let statement = upserts.get(db);
  if (!statement) {
    statement = db.prepare(
      `INSERT INTO visitor_search (seq, disabled, ts, last_chat_ts, name, username, email, phone, name_lower, username_lower)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (seq) DO UPDATE SET disabled = excluded.disabled, ts = excluded.ts,
         last_chat_ts = excluded.last_chat_ts, name = excluded.name, username = excluded.username,
         email = excluded.email, phone = excluded.phone, name_lower = excluded.name_lower,
         username_lower = excluded.username_lower`,
    );
    upserts.set(db, statement);
  }
  statement.run(seq, ...visitorSearchColumns(doc));
}

const upserts = new WeakMap<Db, Database.Statement>();
