import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './schema.ts';

export type Db = Database.Database;

/** Opens (and migrates) the store. `:memory:` gives a throw-away database for tests. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a crash of the process or the machine.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Runs `fn` in one transaction: a failure part-way leaves nothing written. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
