import type { Db } from '../db/open.ts';
import {
  searchableVisitorFields,
  updateVisitorGramCounts,
  visitorSearchText,
  type VisitorGramState,
  type VisitorTextSource,
} from './visitor-grams.ts';

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

/**
 * Keeps a visitor's `visitor_search` row, its search text and the fragment counts in step with its document (called
 * on every save, in its transaction).
 */
export function indexVisitorForSearch(db: Db, seq: number, doc: VisitorSearchSource & VisitorTextSource): void {
  const before = db
    .prepare<[number], VisitorGramState>('SELECT disabled, text FROM visitor_search WHERE seq = ?')
    .get(seq);
  const columns = visitorSearchColumns(doc);
  const text = visitorSearchText(doc, searchableVisitorFields(db));
  db.prepare<unknown[], unknown>(
    `INSERT INTO visitor_search (seq, disabled, ts, last_chat_ts, name, username, email, phone, name_lower, username_lower, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (seq) DO UPDATE SET disabled = excluded.disabled, ts = excluded.ts,
       last_chat_ts = excluded.last_chat_ts, name = excluded.name, username = excluded.username,
       email = excluded.email, phone = excluded.phone, name_lower = excluded.name_lower,
       username_lower = excluded.username_lower, text = excluded.text`,
  ).run(seq, ...columns, text);
  updateVisitorGramCounts(db, before, { disabled: columns[0], text });
}
