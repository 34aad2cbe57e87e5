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
  keepStatements(db);
  migrate(db);
  return db;
}

/** Distinct statements kept per database. Sort paths come from the request: past this, new ones are not kept. */
const KEPT_STATEMENTS = 256;

/**
 * Every statement is prepared once per database and SQL text, whoever asks for it: compiling costs more than
 * running most of the server's queries (a tenth of a lookup's CPU when each call compiled its own). Safe because no
 * caller switches a statement's mode (`pluck`, `raw`, `expand`) or holds one open with `iterate`.
 */
function keepStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (kept.size < KEPT_STATEMENTS) kept.set(sql, statement);
    }
    return statement;
  }) as Db['prepare'];
}

/** Runs `fn` in one transaction: a failure part-way leaves nothing written. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
