import type { Db } from './open.ts';

/** The first row's `doc` (every record table keeps its document as JSON in that column), parsed; none without a row. */
export function oneDoc<T>(db: Db, sql: string, ...params: (string | number)[]): T | undefined {
  const row = db.prepare<(string | number)[], { doc: string }>(sql).get(...params);
  return row && (JSON.parse(row.doc) as T);
}
