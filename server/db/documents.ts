import type { Db } from './open.ts';

/** The first row's `doc` (every record table keeps its document as JSON in that column), parsed; none without a row. */
export function oneDoc<T>(db: Db, sql: string, ...params: (string | number)[]): T | undefined {
  const row = db.prepare<(string | number)[], { doc: string }>(sql).get(...params);
  return row && (JSON.parse(row.doc) as T);
}

type Column = string | number | null;

/**
 * Writes a record's row by its `_id`: the given columns (with `doc`) are rewritten where the row exists, inserted
 * with the id otherwise. Returns the row's `seq`, which the lookup and search tables reference, and the document the
 * write replaced (none for a new row).
 */
export function upsertDocRow(
  db: Db,
  table: 'contacts' | 'visitors',
  id: string,
  columns: Record<string, Column> & { doc: string },
): { seq: number; previousDoc?: string } {
  const names = Object.keys(columns);
  const values = Object.values(columns);
  const existing = db
    .prepare<[string], { seq: number; doc: string }>(`SELECT seq, doc FROM ${table} WHERE _id = ?`)
    .get(id);
  if (existing) {
    db.prepare<Column[]>(`UPDATE ${table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE seq = ?`).run(
      ...values,
      existing.seq,
    );
    return { seq: existing.seq, previousDoc: existing.doc };
  }
  const insert = db.prepare<Column[]>(
    `INSERT INTO ${table} (_id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
  );
  return { seq: Number(insert.run(id, ...values).lastInsertRowid) };
}
