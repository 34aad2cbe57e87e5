import type Database from 'better-sqlite3';

/**
 * Documents are stored as JSON (Rocket.Chat is document-shaped and answers with whole documents);
 * every field the server looks up by gets its own indexed column.
 */
const migrations: string[] = [
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
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

