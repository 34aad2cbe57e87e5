import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { openDb, type Db } from '../db/open.ts';
import { migrate } from '../db/schema.ts';
import { saveContact, type ContactDoc } from './contacts.ts';
import { searchContacts, type ContactSearch, type SortSpec } from './contacts-search.ts';
import { compareBson, sortKey } from './mongo-sort.ts';

// contacts.search through the narrow search table and its trigram index answers exactly what a plain reading of
// §7.4 answers, whether computed or kept from an earlier identical search: every contact, filtered in JS (unknown flag, enabled, case-insensitive substring of name, an email
// or a phone), in the order SQLite gives `orderBy(sort)` over the documents, then paged.

function reference(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const needle = search.searchText?.toLowerCase();
  // As before the search table: a needle with a line break finds nothing (the indexed text is one value a line).
  if (needle?.includes('\n')) return { contacts: [], total: 0 };
  const all = db
    .prepare<[], { doc: string }>('SELECT c.doc FROM contacts c ORDER BY c.seq')
    .all()
    .map((row) => JSON.parse(row.doc) as ContactDoc);
  const hits = all.filter(
    (doc) =>
      !!doc.unknown === search.unknown &&
      doc.enabled !== false &&
      (!needle ||
        [doc.name ?? '', ...(doc.emails ?? []).map((e) => e.address), ...(doc.phones ?? []).map((p) => p.phoneNumber)]
          .map((value) => value.toLowerCase())
          .some((value) => value.includes(needle))),
  );
  // MongoDB's order, path by path (mongo-sort.ts); the sort is stable, so ties keep insertion order.
  const keyed = hits.map((doc) => ({
    doc,
    keys: search.sort.map(([path, direction]) => sortKey(doc, path, direction)),
  }));
  keyed.sort((a, b) => {
    for (const [i, [, direction]] of search.sort.entries()) {
      const result = compareBson(a.keys[i], b.keys[i]);
      if (result !== 0) return result * direction;
    }
    return 0;
  });
  const sorted = keyed.map(({ doc }) => doc);
  return { contacts: sorted.slice(search.offset, search.offset + search.count), total: hits.length };
}

// Few characters, so that needles hit often: ASCII, GLOB/LIKE and FTS5 query specials, accents, ß, Turkish İ
// (lower-cases to two code units), Greek sigma forms, Japanese, Arabic, an astral emoji, space and newline.
const CHARS = ['a', 'b', 'A', 'B', 'á', 'Á', 'ß', 'İ', 'i', 'Σ', 'σ', 'ς', '田', '中', 'ل', 'ى', '😀', ' ', '.', '*'];
const SPECIALS = ['?', '[', ']', '%', '_', '+', '1', '\n', '"'];
const text = (maxLength: number) =>
  fc
    .array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...CHARS) }, fc.constantFrom(...SPECIALS)), {
      maxLength,
    })
    .map((chars) => chars.join(''));

const stamp = fc.constantFrom('2024-01-01T00:00:00Z', '2024-03-01T00:00:00Z', '2025-01-01T00:00:00Z');
const contactArb = fc.record({
  name: fc.option(text(6), { nil: undefined }),
  emails: fc.array(text(5), { maxLength: 2 }),
  phones: fc.array(text(4), { maxLength: 2 }),
  unknown: fc.boolean(),
  enabled: fc.constantFrom(true, false, undefined),
  createdAt: fc.constantFrom('2024-01-01', '2024-06-01', '2025-01-01'),
  lastChat: fc.option(stamp, { nil: undefined }),
  // Each channel's last chat, or none: the directory sorts by the channels' last chats as MongoDB does.
  channels: fc.array(fc.option(stamp, { nil: undefined }), { maxLength: 3 }),
});
type ContactInput = typeof contactArb extends fc.Arbitrary<infer T> ? T : never;

function toDoc(id: string, input: ContactInput): ContactDoc {
  return {
    _id: id,
    _updatedAt: input.createdAt,
    createdAt: input.createdAt,
    ...(input.name === undefined ? {} : { name: input.name }),
    emails: input.emails.map((address) => ({ address })),
    phones: input.phones.map((phoneNumber) => ({ phoneNumber })),
    unknown: input.unknown,
    ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
    ...(input.lastChat === undefined ? {} : { lastChat: { _id: `r-${id}`, ts: input.lastChat } }),
    channels: input.channels.map((ts, i) => ({
      name: `widget-${i}`,
      visitor: { visitorId: `v-${id}-${i}`, source: { type: 'widget' } },
      blocked: false,
      verified: false,
      details: {},
      ...(ts === undefined ? {} : { lastChat: { _id: `r-${id}-${i}`, ts } }),
    })),
  };
}

const SORTS: SortSpec[] = [
  [['name', 1]],
  [['name', -1]],
  [],
  [['createdAt', -1]],
  [
    ['createdAt', 1],
    ['name', -1],
  ],
  [['unknown', 1]],
  [['emails.address', 1]],
  [['emails.address', -1]],
  [['no-such path', 1]],
  [['lastChat.ts', 1]],
  [['lastChat.ts', -1]],
  [['channels.lastChat.ts', 1]],
  [['channels.lastChat.ts', -1]],
  [
    ['contactManager.username', 1],
    ['name', -1],
  ],
  [['channels.0.lastChat.ts', -1]],
];

/** A needle: a piece of a stored value with its case changed here and there, or any short text. */
function needleArb(values: string[]) {
  const piece =
    values.length === 0
      ? text(4)
      : fc
          .tuple(fc.constantFrom(...values), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean())
          .map(([value, start, length, upper]) => {
            const chars = [...value];
            const slice = chars
              .slice(start % Math.max(1, chars.length))
              .slice(0, length)
              .join('');
            return upper ? slice.toUpperCase() : slice;
          });
  return fc.oneof(piece, text(3), fc.constant(''), fc.constant(undefined));
}

const searchArb = (values: string[], maxOffset: number) =>
  fc.record({
    searchText: needleArb(values),
    unknown: fc.boolean(),
    // Small offsets and pages too, so that pages end part-way (the total is then read off the page).
    offset: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.nat(maxOffset)),
    count: fc.oneof(fc.constant(25), fc.integer({ min: 1, max: 3 }), fc.nat(30)),
    sort: fc.constantFrom(...SORTS),
  });

const valuesOf = (inputs: ContactInput[]) =>
  inputs.flatMap((input) => [input.name ?? '', ...input.emails, ...input.phones]).filter(Boolean);

function asSearch(raw: {
  searchText: string | undefined;
  unknown: boolean;
  offset: number;
  count: number;
  sort: SortSpec;
}): ContactSearch {
  const { searchText, ...rest } = raw;
  return searchText === undefined ? rest : { ...rest, searchText };
}

describe('contacts.search against a reference implementation', () => {
  it('matches on generated contacts, updates and soft deletes included', () => {
    fc.assert(
      fc.property(
        fc.array(contactArb, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), contactArb), { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (inputs, updates, disabled) => {
          const db = openDb(':memory:');
          inputs.forEach((input, i) => saveContact(db, toDoc(`c${i}`, input)));
          if (inputs.length) {
            for (const [at, input] of updates) saveContact(db, toDoc(`c${at % inputs.length}`, input));
            for (const at of disabled) {
              const id = `c${at % inputs.length}`;
              const { createdAt } = inputs[at % inputs.length]!;
              saveContact(db, { _id: id, _updatedAt: createdAt, createdAt, unknown: false, enabled: false });
            }
          }
          const values = valuesOf([...inputs, ...updates.map(([, input]) => input)]);
          fc.assert(
            fc.property(searchArb(values, 45), fc.option(fc.tuple(fc.nat(), contactArb)), (raw, update) => {
              const search = asSearch(raw);
              expect(searchContacts(db, search)).toEqual(reference(db, search));
              if (update && inputs.length) saveContact(db, toDoc(`c${update[0] % inputs.length}`, update[1]));
              // Asked again: the kept answer when nothing was written, a fresh one after a write (search-cache.ts).
              expect(searchContacts(db, search)).toEqual(reference(db, search));
            }),
            { numRuns: 25 },
          );
          db.close();
        },
      ),
      { numRuns: 50 },
    );
  }, 120_000);

  it('matches at a scale where the name-ordered window is too short and the full sort takes over', () => {
    const db = openDb(':memory:');
    // Mostly known and enabled, so that more rows than the window hold pass the filters.
    const inputs = fc
      .sample(contactArb, { numRuns: 3000, seed: 7 })
      .map((input, i) => ({ ...input, unknown: i % 10 === 0, enabled: i % 15 === 0 ? false : undefined }));
    db.transaction(() => inputs.forEach((input, i) => saveContact(db, toDoc(`c${i}`, input))))();
    // Names that sort last and hold a needle found nowhere else: the first 2,000 rows in name order have no hit.
    for (let i = 0; i < 60; i++) {
      saveContact(db, toDoc(`late${i}`, { ...inputs[0]!, name: `😀zz${i % 7}`, unknown: false, enabled: true }));
    }
    for (let i = 0; i < 10; i++) {
      saveContact(db, toDoc(`tri${i}`, { ...inputs[1]!, name: `Trigram ${i % 4}`, unknown: false, enabled: true }));
    }
    // More hits than the trigram index pages (contact-name-order.ts scans them in memory), spread over both flags.
    for (let i = 0; i < 700; i++) {
      const many = { ...inputs[i]!, name: `${i % 3 ? 'z' : 'a'}Many ${i % 50}`, unknown: i % 4 === 0 };
      saveContact(db, toDoc(`many${i}`, many));
    }
    const values = valuesOf(inputs);
    const fixed: ContactSearch[] = [
      { searchText: 'TRIGRAM', unknown: false, offset: 7, count: 5, sort: [['name', 1]] },
      { searchText: 'trigram 3', unknown: false, offset: 1, count: 25, sort: [['name', -1]] },
      { searchText: 'trigram', unknown: false, offset: 12, count: 5, sort: [['name', 1]] },
      { searchText: 'zz', unknown: false, offset: 0, count: 25, sort: [['name', 1]] },
      { searchText: 'Z', unknown: false, offset: 40, count: 25, sort: [['name', 1]] },
      { searchText: 'a', unknown: false, offset: 1990, count: 25, sort: [['name', 1]] },
      { searchText: 'A', unknown: true, offset: 0, count: 100, sort: [['name', 1]] },
      { searchText: 'MANY', unknown: false, offset: 0, count: 25, sort: [['name', 1]] },
      { searchText: 'many 4', unknown: false, offset: 390, count: 25, sort: [['name', 1]] },
      { searchText: 'many', unknown: true, offset: 160, count: 25, sort: [['name', 1]] },
      { searchText: 'many', unknown: false, offset: 3, count: 25, sort: [['name', -1]] },
    ];
    for (const search of fixed) expect(searchContacts(db, search)).toEqual(reference(db, search));
    // Writes between searches: renamed, disabled, flag moved, new ones; the in-memory order follows every one.
    saveContact(db, toDoc('many1', { ...inputs[1]!, name: 'Renamed', unknown: false, enabled: true }));
    saveContact(db, toDoc('many2', { ...inputs[2]!, name: 'bMany moved', unknown: true, enabled: true }));
    saveContact(db, toDoc('many5', { ...inputs[5]!, name: 'aMany 5', unknown: false, enabled: false }));
    saveContact(db, toDoc('many-new', { ...inputs[6]!, name: 'Many new', unknown: false, enabled: true }));
    for (const search of fixed) expect(searchContacts(db, search)).toEqual(reference(db, search));
    fc.assert(
      fc.property(searchArb([...values, '😀zz', 'zz3', 'Many', 'many 1'], 2100), (raw) => {
        const search = asSearch(raw);
        expect(searchContacts(db, search)).toEqual(reference(db, search));
      }),
      { numRuns: 50 },
    );
    db.close();
  }, 120_000);

  it('finds the same contacts after migrating a database written before the search table', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    const inputs = fc.sample(contactArb, { numRuns: 300, seed: 11 });
    const insert = db.prepare(
      'INSERT INTO contacts (_id, name, unknown, enabled, pre_registration, contact_manager, doc) VALUES (?, ?, ?, ?, 0, NULL, ?)',
    );
    const insertText = db.prepare('INSERT INTO contacts_fts (rowid, text) VALUES (?, ?)');
    inputs.forEach((input, i) => {
      const doc = toDoc(`c${i}`, input);
      const seq = insert.run(
        doc._id,
        doc.name ?? null,
        doc.unknown ? 1 : 0,
        doc.enabled === false ? 0 : 1,
        JSON.stringify(doc),
      ).lastInsertRowid;
      const lines = [doc.name ?? '', ...input.emails, ...input.phones].map((value) => value.toLowerCase());
      insertText.run(seq, lines.join('\n'));
    });
    migrate(db);
    const check = () =>
      fc.assert(
        fc.property(searchArb(valuesOf(inputs), 60), (raw) => {
          const search = asSearch(raw);
          expect(searchContacts(db, search)).toEqual(reference(db, search));
        }),
        { numRuns: 100 },
      );
    check();
    // Writes after the migration keep the index in step (the triggers replace the old row's trigrams).
    inputs.slice(0, 100).forEach((input, i) => saveContact(db, toDoc(`c${i}`, inputs[(i * 7) % inputs.length]!)));
    check();
    expect(
      db.prepare("INSERT INTO contact_search_fts (contact_search_fts) VALUES ('integrity-check')").run(),
    ).toBeTruthy();
    db.close();
  });
});
