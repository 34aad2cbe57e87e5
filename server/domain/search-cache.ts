import type Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';

/**
 * Answers of the type-ahead searches, kept until the next write. A search's count (and, for short fragments, its
 * order) touches every hit, while agents repeat the same few fragments as they type; a write of any kind to the
 * database drops every kept answer, so an answer never outlives the data it was computed from.
 *
 * "Any write" is read from SQLite itself: `total_changes()` counts every row this connection has inserted, updated
 * or deleted (rolled-back ones too, which only drops answers needlessly) and `PRAGMA data_version` moves when another
 * connection commits. Both are read on each lookup, which costs microseconds.
 */
/** At most this many answers (a page holds up to 100 documents: some tens of megabytes at worst). */
const LIMIT = 500;

interface State {
  version: Database.Statement<[], { changes: number; data: number }>;
  at: string;
  entries: Map<string, unknown>;
}

const states = new WeakMap<Db, State>();

export function keptUntilWrite<T>(db: Db, key: string, compute: () => T): T {
  let state = states.get(db);
  if (!state) {
    const version = db.prepare<[], { changes: number; data: number }>(
      'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS data',
    );
    state = { version, at: '', entries: new Map() };
    states.set(db, state);
  }
  const { changes, data } = state.version.get()!;
  const at = `${changes}:${data}`;
  if (at !== state.at) {
    state.entries.clear();
    state.at = at;
  }
  if (state.entries.has(key)) {
    const value = state.entries.get(key) as T;
    // Most recently used last, so that the oldest is the first one dropped.
    state.entries.delete(key);
    state.entries.set(key, value);
    return value;
  }
  const value = compute();
  if (state.entries.size >= LIMIT) state.entries.delete(state.entries.keys().next().value!);
  state.entries.set(key, value);
  return value;
}
