import type Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement kept per database and SQL text (searches run the same few statements on every request). */
export function cached<P extends unknown[], R>(db: Db, sql: string): Database.Statement<P, R> {
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
