import type { Db } from '../db/open.ts';

/**
 * MongoDB's sort key of a document for one path: the values reached through arrays (an array element without the
 * field gives null), the smallest for an ascending sort and the largest for a descending one; null when none.
 */
export function sortKey(doc: unknown, path: string, direction: 1 | -1): unknown {
  const values = collect(doc, path.split('.'));
  if (values.length === 0) return null;
  return values.reduce((best, value) => (compareBson(value, best) * direction < 0 ? value : best));
}

function collect(current: unknown, parts: string[]): unknown[] {
  if (parts.length === 0) {
    if (Array.isArray(current)) return current.length ? (current as unknown[]).map((value) => value ?? null) : [null];
    return [current ?? null];
  }
  if (Array.isArray(current)) {
    const [part, ...rest] = parts;
    // `a.0.b`: an index into the array; otherwise the path goes on inside every element.
    if (/^\d+$/.test(part!)) return collect(current[Number(part)], rest);
    return current.length ? current.flatMap((element) => collect(element, parts)) : [null];
  }
  if (current === null || typeof current !== 'object') return [null];
  return collect((current as Record<string, unknown>)[parts[0]!], parts.slice(1));
}

/** BSON order for JSON values: null < numbers < strings (by UTF-8 bytes) < objects < arrays < booleans. */
export function bsonRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 5;
  return Array.isArray(value) ? 4 : 3;
}

export function compareBson(a: unknown, b: unknown): number {
  const byRank = bsonRank(a) - bsonRank(b);
  if (byRank !== 0) return byRank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return Buffer.compare(Buffer.from(a), Buffer.from(b));
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    return Buffer.compare(Buffer.from(JSON.stringify(a)), Buffer.from(JSON.stringify(b)));
  }
  return 0;
}

const registered = new WeakSet<Db>();

/**
 * SQL terms sorting `docColumn` (a JSON document) by a path as MongoDB does, for paths with no column of their own:
 * the BSON rank, then the value (within one rank SQLite's order is BSON's: numbers by value, strings by bytes).
 */
export function mongoSortTerms(db: Db, docColumn: string, path: string, direction: 1 | -1): string[] {
  if (!registered.has(db)) {
    const key = (doc: unknown, sortPath: unknown, dir: unknown) =>
      sortKey(JSON.parse(String(doc)), String(sortPath), dir === 1 ? 1 : -1);
    db.function('mongo_sort_rank', { deterministic: true }, (doc, sortPath, dir) => bsonRank(key(doc, sortPath, dir)));
    db.function('mongo_sort_value', { deterministic: true }, (doc, sortPath, dir) => {
      const value = key(doc, sortPath, dir);
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (value !== null && typeof value === 'object') return JSON.stringify(value);
      return value as string | number | null;
    });
    registered.add(db);
  }
  const literal = `'${path.replace(/'/g, "''")}'`;
  const order = direction === 1 ? 'ASC' : 'DESC';
  return [
    `mongo_sort_rank(${docColumn}, ${literal}, ${direction}) ${order}`,
    `mongo_sort_value(${docColumn}, ${literal}, ${direction}) ${order}`,
  ];
}
