import type Database from 'better-sqlite3';
import { backfillGramCounts } from '../domain/contact-grams.ts';
import { reindexVisitorTexts } from '../domain/visitor-grams.ts';
import { contactSortColumns, type ContactSortSource } from '../domain/contact-sort-columns.ts';
import { visitorSearchColumns, type VisitorSearchSource } from '../domain/visitor-search-columns.ts';

/**
 * Documents are stored as JSON (Rocket.Chat is document-shaped and answers with whole documents);
 * every field the server looks up by gets its own indexed column.
 */
const migrations: (string | ((db: Database.Database) => void))[] = [
  `CREATE TABLE users (
     _id TEXT PRIMARY KEY,
     username TEXT NOT NULL,
     email TEXT,
     password_hash TEXT,
     totp_secret TEXT,
     doc TEXT NOT NULL
   );
   CREATE UNIQUE INDEX users_username ON users (lower(username));
   CREATE UNIQUE INDEX users_email ON users (email);
   CREATE TABLE login_tokens (
     hashed_token TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (_id) ON DELETE CASCADE,
     created_at TEXT NOT NULL
   );
   CREATE INDEX login_tokens_user ON login_tokens (user_id);
   CREATE TABLE permissions (
     _id TEXT PRIMARY KEY,
     roles TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE settings (
     _id TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
  // Omnichannel: custom field definitions, visitors (legacy contacts), rooms and 7.1+ contact profiles.
  // Every equality lookup has an index; substring searches go through FTS5 trigram tables that hold
  // lower-cased text (case_sensitive 1 + GLOB, so non-ASCII letters fold the way a JS /i regex does).
  `CREATE TABLE custom_fields (
     _id TEXT PRIMARY KEY,
     doc TEXT NOT NULL
   );
   CREATE TABLE visitors (
     seq INTEGER PRIMARY KEY,
     _id TEXT NOT NULL UNIQUE,
     token TEXT NOT NULL,
     username TEXT,
     email TEXT,
     phone TEXT,
     disabled INTEGER NOT NULL DEFAULT 0,
     doc TEXT NOT NULL
   );
   CREATE INDEX visitors_token ON visitors (token);
   CREATE INDEX visitors_username ON visitors (username);
   CREATE INDEX visitors_email ON visitors (email);
   CREATE INDEX visitors_phone ON visitors (phone);
   CREATE TABLE visitor_custom_values (
     visitor_seq INTEGER NOT NULL REFERENCES visitors (seq) ON DELETE CASCADE,
     field TEXT NOT NULL,
     value_lower TEXT NOT NULL
   );
   CREATE INDEX visitor_custom_values_visitor ON visitor_custom_values (visitor_seq);
   CREATE VIRTUAL TABLE visitor_custom_fts USING fts5 (value_lower, tokenize = 'trigram case_sensitive 1');
   CREATE TABLE contacts (
     seq INTEGER PRIMARY KEY,
     _id TEXT NOT NULL UNIQUE,
     name TEXT,
     unknown INTEGER NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1,
     pre_registration INTEGER NOT NULL DEFAULT 0,
     contact_manager TEXT,
     doc TEXT NOT NULL
   );
   CREATE INDEX contacts_listing ON contacts (unknown, enabled, name);
   CREATE INDEX contacts_manager ON contacts (contact_manager);
   CREATE TABLE contact_emails (
     contact_seq INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
     address TEXT NOT NULL
   );
   CREATE INDEX contact_emails_address ON contact_emails (address);
   CREATE INDEX contact_emails_contact ON contact_emails (contact_seq);
   CREATE TABLE contact_phones (
     contact_seq INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
     phone_number TEXT NOT NULL
   );
   CREATE INDEX contact_phones_number ON contact_phones (phone_number);
   CREATE INDEX contact_phones_contact ON contact_phones (contact_seq);
   CREATE TABLE contact_visitors (
     contact_seq INTEGER NOT NULL REFERENCES contacts (seq) ON DELETE CASCADE,
     visitor_id TEXT NOT NULL
   );
   CREATE INDEX contact_visitors_visitor ON contact_visitors (visitor_id);
   CREATE INDEX contact_visitors_contact ON contact_visitors (contact_seq);
   CREATE VIRTUAL TABLE contacts_fts USING fts5 (text, tokenize = 'trigram case_sensitive 1');
   CREATE TABLE rooms (
     seq INTEGER PRIMARY KEY,
     _id TEXT NOT NULL UNIQUE,
     visitor_id TEXT NOT NULL,
     visitor_token TEXT NOT NULL,
     contact_id TEXT,
     open INTEGER NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX rooms_visitor_token ON rooms (visitor_token, open);
   CREATE INDEX rooms_visitor ON rooms (visitor_id);
   CREATE INDEX rooms_contact ON rooms (contact_id, open);`,
  // contacts.search without touching the wide contacts rows: a narrow row per contact with the filter columns, the
  // name (for ordering) and the lower-cased search text; the trigram index reads its content from that table, so a
  // search counts and orders its hits without a join, and 1–2 character needles scan only narrow rows.
  `CREATE TABLE contact_search (
     seq INTEGER PRIMARY KEY REFERENCES contacts (seq) ON DELETE CASCADE,
     unknown INTEGER NOT NULL,
     enabled INTEGER NOT NULL,
     name TEXT,
     text TEXT NOT NULL
   );
   CREATE INDEX contact_search_listing ON contact_search (unknown, enabled, name);
   CREATE VIRTUAL TABLE contact_search_fts USING fts5 (
     text, unknown UNINDEXED, enabled UNINDEXED, name UNINDEXED,
     content = 'contact_search', content_rowid = 'seq', tokenize = 'trigram case_sensitive 1'
   );
   INSERT INTO contact_search (seq, unknown, enabled, name, text)
     SELECT c.seq, c.unknown, c.enabled, c.name, f.text FROM contacts c JOIN contacts_fts f ON f.rowid = c.seq;
   INSERT INTO contact_search_fts (contact_search_fts) VALUES ('rebuild');
   CREATE TRIGGER contact_search_insert AFTER INSERT ON contact_search BEGIN
     INSERT INTO contact_search_fts (rowid, text, unknown, enabled, name)
       VALUES (new.seq, new.text, new.unknown, new.enabled, new.name);
   END;
   CREATE TRIGGER contact_search_delete AFTER DELETE ON contact_search BEGIN
     INSERT INTO contact_search_fts (contact_search_fts, rowid, text, unknown, enabled, name)
       VALUES ('delete', old.seq, old.text, old.unknown, old.enabled, old.name);
   END;
   CREATE TRIGGER contact_search_update AFTER UPDATE ON contact_search BEGIN
     INSERT INTO contact_search_fts (contact_search_fts, rowid, text, unknown, enabled, name)
       VALUES ('delete', old.seq, old.text, old.unknown, old.enabled, old.name);
     INSERT INTO contact_search_fts (rowid, text, unknown, enabled, name)
       VALUES (new.seq, new.text, new.unknown, new.enabled, new.name);
   END;
   DROP TABLE contacts_fts;`,
  // Room messages (livechat/message, chat.sendMessage, closing system messages). `msg_fold` is the lower-cased text
  // the transcript search matches; `t` is null for a plain message, as Rocket.Chat leaves the field out.
  `CREATE TABLE messages (
     seq INTEGER PRIMARY KEY,
     _id TEXT NOT NULL UNIQUE,
     rid TEXT NOT NULL,
     ts TEXT NOT NULL,
     t TEXT,
     msg_fold TEXT NOT NULL,
     doc TEXT NOT NULL
   );
   CREATE INDEX messages_room ON messages (rid, ts);`,
  // livechat/visitors.search without touching the wide visitors rows: a narrow row per visitor with the columns it
  // matches (exact email and phone; name and username lower-cased in JavaScript, so that non-ASCII letters fold as a
  // case-insensitive regex does) and the columns its default and usual sorts read (ts, lastChat.ts). The default
  // order's index covers the matched columns, so the first page of a frequent fragment is found without the table.
  (db) => {
    db.exec(`CREATE TABLE visitor_search (
       seq INTEGER PRIMARY KEY REFERENCES visitors (seq) ON DELETE CASCADE,
       disabled INTEGER NOT NULL,
       ts TEXT,
       last_chat_ts TEXT,
       name TEXT,
       username TEXT,
       email TEXT,
       phone TEXT,
       name_lower TEXT NOT NULL,
       username_lower TEXT NOT NULL
     );
     CREATE INDEX visitor_search_ts ON visitor_search (disabled, ts DESC, seq, name_lower, username_lower, email, phone);`);
    const insert = db.prepare(
      `INSERT INTO visitor_search (seq, disabled, ts, last_chat_ts, name, username, email, phone, name_lower, username_lower)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of db.prepare<[], { seq: number; doc: string }>('SELECT seq, doc FROM visitors').all()) {
      insert.run(row.seq, ...visitorSearchColumns(JSON.parse(row.doc) as VisitorSearchSource));
    }
  },
  // The contact directory's sorts other than by name (lastChat.ts, channels.lastChat.ts) read a narrow row instead of
  // every hit's document; ISO timestamps sort as the dates they are.
  (db) => {
    db.exec(`CREATE TABLE contact_sort (
       seq INTEGER PRIMARY KEY REFERENCES contacts (seq) ON DELETE CASCADE,
       last_chat_ts TEXT,
       channels_first TEXT,
       channels_last TEXT
     );`);
    const insert = db.prepare(
      'INSERT INTO contact_sort (seq, last_chat_ts, channels_first, channels_last) VALUES (?, ?, ?, ?)',
    );
    for (const row of db.prepare<[], { seq: number; doc: string }>('SELECT seq, doc FROM contacts').all()) {
      insert.run(row.seq, ...contactSortColumns(JSON.parse(row.doc) as ContactSortSource));
    }
  },
  // contacts.search counts for 1–2 character fragments (contact-grams.ts): kept per fragment instead of read off
  // every row of contact_search on each search; and an index holding the text in name order, so that the first page
  // of a short fragment is found by walking it until the page is full, without reading the table.
  (db) => {
    db.exec(`CREATE TABLE contact_grams (
       unknown INTEGER NOT NULL,
       gram TEXT NOT NULL,
       n INTEGER NOT NULL,
       PRIMARY KEY (unknown, gram)
     ) WITHOUT ROWID;
     CREATE INDEX contact_search_walk ON contact_search (unknown, enabled, name, seq, text);`);
    backfillGramCounts(db);
  },
  // livechat/visitors.search for 3+ character terms: a trigram index over the lower-cased name and username, kept in
  // step by triggers (the update trigger only when one of them changes, not on every last-chat update).
  `CREATE VIRTUAL TABLE visitor_search_fts USING fts5 (
     name_lower, username_lower, content = 'visitor_search', content_rowid = 'seq', tokenize = 'trigram case_sensitive 1'
   );
   INSERT INTO visitor_search_fts (visitor_search_fts) VALUES ('rebuild');
   CREATE TRIGGER visitor_search_fts_insert AFTER INSERT ON visitor_search BEGIN
     INSERT INTO visitor_search_fts (rowid, name_lower, username_lower)
       VALUES (new.seq, new.name_lower, new.username_lower);
   END;
   CREATE TRIGGER visitor_search_fts_delete AFTER DELETE ON visitor_search BEGIN
     INSERT INTO visitor_search_fts (visitor_search_fts, rowid, name_lower, username_lower)
       VALUES ('delete', old.seq, old.name_lower, old.username_lower);
   END;
   CREATE TRIGGER visitor_search_fts_update AFTER UPDATE OF name_lower, username_lower ON visitor_search
     WHEN old.name_lower IS NOT new.name_lower OR old.username_lower IS NOT new.username_lower BEGIN
     INSERT INTO visitor_search_fts (visitor_search_fts, rowid, name_lower, username_lower)
       VALUES ('delete', old.seq, old.name_lower, old.username_lower);
     INSERT INTO visitor_search_fts (rowid, name_lower, username_lower)
       VALUES (new.seq, new.name_lower, new.username_lower);
   END;`,
  // livechat/visitors.search for 1–2 character terms (visitor-grams.ts): each visitor's search text in one column,
  // an index holding it in the default order (newest first) so that the first page is found by walking it, and the
  // count of every 1–2 character fragment.
  (db) => {
    db.exec(`ALTER TABLE visitor_search ADD COLUMN text TEXT NOT NULL DEFAULT '';
     CREATE TABLE visitor_grams (gram TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
     CREATE INDEX visitor_search_walk ON visitor_search (disabled, ts DESC, seq, text, email, phone);`);
    reindexVisitorTexts(db);
  },
  // contacts.search's in-memory name order (contact-name-order.ts) learns which contacts changed from this log,
  // filled by triggers in each writing transaction (so a rolled-back write leaves nothing) and pruned to its last
  // 20,000 entries (a copy further behind is read afresh).
  `CREATE TABLE contact_search_changes (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
   CREATE TRIGGER contact_search_changes_insert AFTER INSERT ON contact_search BEGIN
     INSERT INTO contact_search_changes (seq) VALUES (new.seq);
     DELETE FROM contact_search_changes WHERE id <= (SELECT max(id) FROM contact_search_changes) - 20000;
   END;
   CREATE TRIGGER contact_search_changes_update AFTER UPDATE ON contact_search BEGIN
     INSERT INTO contact_search_changes (seq) VALUES (new.seq);
     DELETE FROM contact_search_changes WHERE id <= (SELECT max(id) FROM contact_search_changes) - 20000;
   END;
   CREATE TRIGGER contact_search_changes_delete AFTER DELETE ON contact_search BEGIN
     INSERT INTO contact_search_changes (seq) VALUES (old.seq);
     DELETE FROM contact_search_changes WHERE id <= (SELECT max(id) FROM contact_search_changes) - 20000;
   END;`,
  // visitor_grams counts 3-character fragments too (visitor-grams.ts: a term holding one no visitor's text holds
  // skips the trigram indexes).
  (db) => reindexVisitorTexts(db),
];

/** Brings the schema up to `target` (default: the latest); tests stop earlier to build an older database. */
export function migrate(db: Database.Database, target = migrations.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      const migration = migrations[version]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
