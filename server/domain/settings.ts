import type { Db } from '../db/open.ts';

/** Numeric workspace settings used as counters (`Livechat_guest_count`, `Resolved_Conflicts_Count`). */
export function incrementSetting(db: Db, id: string, by = 1): number {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE _id = ?').get(id);
  const next = (row ? Number(JSON.parse(row.value)) || 0 : 0) + by;
  db.prepare(
    'INSERT INTO settings (_id, value) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET value = excluded.value',
  ).run(id, JSON.stringify(next));
  return next;
}

export function readNumberSetting(db: Db, id: string): number {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE _id = ?').get(id);
  return row ? Number(JSON.parse(row.value)) || 0 : 0;
}
