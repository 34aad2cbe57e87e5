/** In-memory ordering of documents by a Mongo-style sort (missing values first when ascending). */
export function compareBy(sort: readonly [string, 1 | -1][]): (a: object, b: object) => number {
  return (a, b) => {
    for (const [path, direction] of sort) {
      const result = compareValues(valueAt(a, path), valueAt(b, path));
      if (result !== 0) return result * direction;
    }
    return 0;
  };
}

function valueAt(doc: object, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** BSON order for the types these documents hold: null/missing < numbers < strings < objects < booleans. */
const rank = (value: unknown): number => {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (typeof value === 'boolean') return 4;
  return 3;
};

function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}
