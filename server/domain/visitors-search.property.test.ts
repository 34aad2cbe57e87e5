import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDb, type Db } from '../db/open.ts';
import { saveCustomField } from './custom-fields.ts';
import { saveVisitor, type VisitorDoc } from './visitors.ts';
import { searchVisitors, type VisitorSearch } from './visitor-search.ts';
import type { SortSpec } from './contacts-search.ts';

// livechat/visitors.search through the narrow visitor_search table and the kept answers (search-cache.ts) answers
// exactly what a plain reading of the model query answers: every visitor document, filtered in JS (not disabled;
// the whole email or phone, or a case-insensitive substring of name, username or a searchable custom field), sorted
// as MongoDB sorts (missing first, strings by their UTF-8 bytes, a one-element array as its element, ties in
// insertion order), then paged. Writes between searches must be seen at once.

// One string, cut by code point (the emoji is one character, as the search sees it).
const CHARS = [...'abABáÁßİiΣσς田😀 .*?[\n"'];
const text = (maxLength: number) => fc.array(fc.constantFrom(...CHARS), { maxLength }).map((chars) => chars.join(''));
const stamp = fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');

const visitorArb = fc.record({
  name: fc.option(text(6), { nil: undefined }),
  username: text(5),
  email: fc.option(text(4), { nil: undefined }),
  phone: fc.option(text(3), { nil: undefined }),
  address: fc.option(text(5), { nil: undefined }),
  secret: fc.option(text(4), { nil: undefined }),
  disabled: fc.constantFrom(true, false, undefined),
  ts: stamp,
  lastChat: fc.option(stamp, { nil: undefined }),
});
type VisitorInput = typeof visitorArb extends fc.Arbitrary<infer T> ? T : never;

function toDoc(id: string, input: VisitorInput): VisitorDoc {
  const livechatData: Record<string, unknown> = {};
  if (input.address !== undefined) livechatData.address = input.address;
  if (input.secret !== undefined) livechatData.secret = input.secret;
  return {
    _id: id,
    token: `t-${id}`,
    username: input.username,
    ts: input.ts,
    _updatedAt: input.ts,
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.email === undefined ? {} : { visitorEmails: [{ address: input.email }] }),
    ...(input.phone === undefined ? {} : { phone: [{ phoneNumber: input.phone }] }),
    livechatData,
    ...(input.lastChat === undefined ? {} : { lastChat: { _id: `r-${id}`, ts: input.lastChat } }),
    ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
  };
}

/** The value MongoDB sorts a visitor by (these documents hold one-element arrays at most). */
function sortValue(doc: unknown, path: string): unknown {
  let current = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return Array.isArray(current) ? current[0] : current;
}

function compare(a: unknown, b: unknown): number {
  const rank = (value: unknown) => (value === undefined || value === null ? 0 : typeof value === 'string' ? 2 : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') return Buffer.compare(Buffer.from(a), Buffer.from(b));
  if (typeof a === 'object' && typeof b === 'object')
    return compare(
      sortValue(a, 'phoneNumber') ?? sortValue(a, 'address'),
      sortValue(b, 'phoneNumber') ?? sortValue(b, 'address'),
    );
  return 0;
}

function reference(db: Db, search: VisitorSearch, searchable: string[]) {
  const all = db
    .prepare<[], { doc: string }>('SELECT doc FROM visitors ORDER BY seq')
    .all()
    .map((row) => JSON.parse(row.doc) as VisitorDoc);
  const term = search.term ?? '';
  const needle = term.toLowerCase();
  const hits = all.filter(
    (doc) =>
      doc.disabled !== true &&
      (!term ||
        doc.visitorEmails?.[0]?.address === term ||
        doc.phone?.[0]?.phoneNumber === term ||
        [doc.name, doc.username, ...searchable.map((field) => doc.livechatData?.[field])].some(
          (value) => typeof value === 'string' && value.toLowerCase().includes(needle),
        )),
  );
  const sort = search.sort ?? [['ts', -1]];
  hits.sort((a, b) => {
    for (const [path, direction] of sort) {
      const result = compare(sortValue(a, path), sortValue(b, path));
      if (result !== 0) return result * direction;
    }
    return 0;
  });
  const visitors = hits.slice(search.offset, search.offset + search.count).map((doc) => {
    const out: Record<string, unknown> = {};
    for (const field of ['_id', 'username', 'name', 'phone', 'livechatData', 'visitorEmails', 'lastChat'] as const)
      if (doc[field] !== undefined) out[field] = doc[field];
    return out;
  });
  return { visitors, total: hits.length };
}

const SORTS: (SortSpec | undefined)[] = [
  undefined,
  [],
  [['name', 1]],
  [['name', -1]],
  [['username', 1]],
  [['lastChat.ts', 1]],
  [['lastChat.ts', -1]],
  [['visitorEmails.address', 1]],
  [['phone', -1]],
  [
    ['ts', 1],
    ['name', -1],
  ],
  [['livechatData.address', 1]],
  [['_id', -1]],
];

function needleArb(values: string[]) {
  const piece =
    values.length === 0
      ? text(3)
      : fc
          .tuple(fc.constantFrom(...values), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.boolean())
          .map(([value, start, length, upper]) => {
            const slice = [...value]
              .slice(start % Math.max(1, [...value].length))
              .slice(0, length)
              .join('');
            return upper ? slice.toUpperCase() : slice;
          });
  const whole = values.length ? fc.constantFrom(...values) : text(3);
  return fc.oneof(piece, whole, text(3), fc.constant(''), fc.constant(undefined));
}

const valuesOf = (inputs: VisitorInput[]) =>
  inputs
    .flatMap((v) => [v.name, v.username, v.email, v.phone, v.address, v.secret])
    .filter((value): value is string => !!value);

describe('livechat/visitors.search against a reference implementation', () => {
  it('matches on generated visitors, with writes between searches', () => {
    fc.assert(
      fc.property(fc.array(visitorArb, { maxLength: 30 }), fc.boolean(), (inputs, secretSearchable) => {
        const db = openDb(':memory:');
        const at = new Date().toISOString();
        saveCustomField(db, {
          _id: 'address',
          label: 'A',
          scope: 'visitor',
          visibility: 'visible',
          searchable: true,
          _updatedAt: at,
        });
        const secretField = (searchable: boolean) =>
          saveCustomField(db, {
            _id: 'secret',
            label: 'S',
            scope: 'visitor',
            visibility: 'hidden',
            searchable,
            _updatedAt: at,
          });
        secretField(secretSearchable);
        let searchable = secretSearchable ? ['address', 'secret'] : ['address'];
        inputs.forEach((input, i) => saveVisitor(db, toDoc(`v${i}`, input)));
        const values = valuesOf(inputs);
        fc.assert(
          fc.property(
            fc.record({
              term: needleArb(values),
              offset: fc.oneof(fc.constant(0), fc.nat(35)),
              count: fc.oneof(fc.constant(25), fc.integer({ min: 1, max: 3 })),
              sort: fc.constantFrom(...SORTS),
            }),
            // A write between the two searches: a visitor saved, or the hidden field made (un)searchable, which
            // changes every visitor's search text and the kept fragment counts (visitor-grams.ts).
            fc.option(
              fc.oneof({ weight: 4, arbitrary: fc.tuple(fc.nat(), visitorArb) }, fc.constant('flip' as const)),
              {
                nil: undefined,
              },
            ),
            (raw, update) => {
              const search: VisitorSearch = raw.term === undefined ? { ...raw, term: undefined } : raw;
              expect(searchVisitors(db, search)).toEqual(reference(db, search, searchable));
              if (update === 'flip') {
                const secretNow = !searchable.includes('secret');
                secretField(secretNow);
                searchable = secretNow ? ['address', 'secret'] : ['address'];
              } else if (update && inputs.length) saveVisitor(db, toDoc(`v${update[0] % inputs.length}`, update[1]));
              // Asked again: kept when nothing was written, computed afresh after a write.
              expect(searchVisitors(db, search)).toEqual(reference(db, search, searchable));
            },
          ),
          { numRuns: 25 },
        );
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
