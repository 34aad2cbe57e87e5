import type { Db } from '../db/open.ts';
import type { ContactDoc } from './contacts.ts';
import { trigramCandidates } from './rare-trigrams.ts';
import { keptUntilWrite } from './search-cache.ts';
import { mongoSortTerms } from './mongo-sort.ts';
import { gramCount, isGram } from './contact-grams.ts';
import { compareNames, pageInNameOrder, scanInNameOrder } from './contact-name-order.ts';

interface Row {
  seq: number;
  doc: string;
}

const parse = (row: Row): ContactDoc => JSON.parse(row.doc) as ContactDoc;

export type SortSpec = [string, 1 | -1][];

export interface ContactSearch {
  searchText?: string;
  unknown: boolean;
  offset: number;
  count: number;
  sort: SortSpec;
}

/**
 * `contacts.search` (model `findPaginatedContacts`): name, email or phone containing `searchText`
 * (escaped, case-insensitive), `unknown` equal to the flag, enabled only; sorted, paged and counted.
 *
 * With a needle, the narrow `contact_search` rows (filter columns, name, lower-cased text) answer the count and the
 * order of the page; only the page's documents are read from `contacts`. Needles of 3+ characters go through the
 * trigram index (its rarest trigrams: rare-trigrams.ts); shorter ones scan the narrow rows (for the default order, the first rows in name order are tried
 * first, which finds a page of a frequent fragment without sorting every hit).
 */
export function searchContacts(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const key = JSON.stringify([
    'contacts.search',
    search.searchText ?? null,
    search.unknown,
    search.offset,
    search.count,
  ]);
  // Sort paths are part of the key as given; the answer is kept until the next write (search-cache.ts).
  return keptUntilWrite(db, `${key}${JSON.stringify(search.sort)}`, () => computeSearch(db, search));
}

function computeSearch(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const needle = search.searchText?.toLowerCase();
  if (!needle) return listContacts(db, search);
  if (needle.includes('\n')) return { contacts: [], total: 0 };
  const unknown = search.unknown ? 1 : 0;
  const trigram = needle.length >= 3;
  // The narrow rows, either those the trigram index names (rare-trigrams.ts) or all of them, scanned.
  const candidates = trigram ? trigramCandidates(db, 'contact_search_fts', 'text', needle) : undefined;
  const from = candidates
    ? `(${candidates.sql}) h CROSS JOIN contact_search s ON s.seq = h.rowid`
    : 'contact_search s NOT INDEXED';
  const where = 'instr(s.text, ?) > 0 AND s.unknown = ? AND s.enabled = 1';
  const params = [...(candidates?.params ?? []), needle, unknown];
  // Every page and sort of one fragment shares its count.
  const countHits = () =>
    keptUntilWrite(db, JSON.stringify(['contacts.search.total', needle, unknown]), () =>
      isGram(needle)
        ? gramCount(db, unknown, needle)
        : (db
            .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${where}`)
            .get(...params)?.n ?? 0),
    );
  if (!search.sort.every(([path]) => path === 'name')) {
    const total = countHits();
    if (total === 0) return { contacts: [], total };
    // Only the sort keys travel through the sorter; the page's documents are read afterwards.
    const withDoc = needsDocument(search.sort) ? `JOIN contacts c ON c.seq = s.seq` : '';
    const page = db
      .prepare<(string | number)[], { seq: number }>(
        `SELECT s.seq AS seq FROM ${from} LEFT JOIN contact_sort cs ON cs.seq = s.seq ${withDoc} WHERE ${where}
         ORDER BY ${orderBy(db, search.sort, { name: 's.name', seq: 's.seq' })} LIMIT ? OFFSET ?`,
      )
      .all(...params, search.count, search.offset)
      .map((row) => row.seq);
    return { contacts: documents(db, page), total };
  }
  const order = [...search.sort.map(([, direction]) => `s.name ${direction === 1 ? 'ASC' : 'DESC'}`), `s.seq ASC`];
  const pageQuery = `SELECT s.seq AS seq, count(*) OVER () AS total FROM ${from} WHERE ${where}
                     ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`;
  let page: number[] | undefined;
  let total: number;
  if (trigram) {
    // In name order, a fragment with many hits (the trigram index reads every one of them, several milliseconds for
    // a thousand) is counted and paged in one pass over the contacts in memory (contact-name-order.ts); a rarer one's
    // hits, all read from the trigram index in one pass, are counted and sorted here as SQLite sorts names.
    if (nameAscending(search.sort) && search.offset >= 0) {
      const hits = db
        .prepare<(string | number)[], { seq: number; name: string | null }>(
          `SELECT s.seq AS seq, s.name AS name FROM ${from} WHERE ${where} LIMIT ${FEW_HITS + 1}`,
        )
        .all(...params);
      const { page: found, total: all } =
        hits.length > FEW_HITS
          ? scanInNameOrder(db, unknown, needle, search.offset, search.count)
          : {
              page: hits
                .sort((a, b) => compareNames(a.name, b.name) || a.seq - b.seq)
                .slice(search.offset, search.offset + search.count)
                .map((hit) => hit.seq),
              total: hits.length,
            };
      return { contacts: documents(db, found), total: all };
    }
    // Then a count unless the page already shows where the hits end (a page that is not full, e.g. an email found
    // once, needs no count).
    page = db
      .prepare<(string | number)[], { seq: number }>(pageQuery.replace(', count(*) OVER () AS total', ''))
      .all(...params, search.count, search.offset)
      .map((row) => row.seq);
    const ended = page.length < search.count && search.offset >= 0 && (page.length > 0 || search.offset === 0);
    total = ended ? search.offset + page.length : countHits();
  } else if (isGram(needle)) {
    // The count is kept (contact-grams.ts). In name order the page comes from walking the contacts in that order
    // in memory (contact-name-order.ts) until the page is full: a few rows for a frequent fragment, one pass at worst.
    total = countHits();
    if (total === 0 || search.offset >= total) return { contacts: [], total };
    page =
      nameAscending(search.sort) && search.offset >= 0
        ? pageInNameOrder(db, unknown, needle, search.offset, search.count)
        : db
            .prepare<(string | number)[], { seq: number }>(pageQuery.replace(', count(*) OVER () AS total', ''))
            .all(...params, search.count, search.offset)
            .map((row) => row.seq);
  } else {
    // Every short search scans the narrow rows once: for the count when the page is found among the first rows in
    // name order, otherwise for the page and the count together (a window count over the hits).
    if (search.sort.length === 1 && search.sort[0]![1] === 1) {
      page = firstInNameOrder(db, needle, unknown, search.offset, search.count);
    }
    if (page) total = countHits();
    else {
      const rows = db
        .prepare<(string | number)[], { seq: number; total: number }>(pageQuery)
        .all(...params, search.count, search.offset);
      page = rows.map((row) => row.seq);
      total = rows[0]?.total ?? countHits();
    }
  }
  return { contacts: documents(db, page), total };
}

function documents(db: Db, page: number[]): ContactDoc[] {
  const byId = db.prepare<[number], Row>('SELECT seq, doc FROM contacts WHERE seq = ?');
  return page.map((n) => parse(byId.get(n)!));
}

const nameAscending = (sort: SortSpec) => sort.length === 1 && sort[0]![0] === 'name' && sort[0]![1] === 1;

/** Up to how many hits a 3+ character needle is paged through the trigram index rather than the in-memory scan. */
const FEW_HITS = 300;

/** How many rows, in name order, a short needle's page is looked for in before sorting all its hits. */
const NAME_ORDER_WINDOW = 2000;

/**
 * The page of a short needle in default order (name, then seq) when it lies within the first rows in that order;
 * `undefined` when those rows hold too few hits to be sure of it.
 */
function firstInNameOrder(
  db: Db,
  needle: string,
  unknown: number,
  offset: number,
  count: number,
): number[] | undefined {
  if (count === 0 || offset < 0 || offset + count > NAME_ORDER_WINDOW) return undefined;
  const rows = db
    .prepare<[number, number, string, number, number], { seq: number }>(
      `WITH w AS MATERIALIZED (
         SELECT seq, name, text FROM contact_search INDEXED BY contact_search_listing
         WHERE unknown = ? AND enabled = 1 ORDER BY name, seq LIMIT ?
       )
       SELECT seq FROM w WHERE instr(text, ?) > 0 ORDER BY name, seq LIMIT ? OFFSET ?`,
    )
    .all(unknown, NAME_ORDER_WINDOW, needle, count, offset);
  return rows.length === count ? rows.map((row) => row.seq) : undefined;
}

/** How many enabled contacts have the flag. */
function listingTotal(db: Db, unknown: number): number {
  return keptUntilWrite(
    db,
    JSON.stringify(['contacts.search.total', '', unknown]),
    () =>
      db
        .prepare<[number], { n: number }>('SELECT count(*) AS n FROM contacts c WHERE c.unknown = ? AND c.enabled = 1')
        .get(unknown)?.n ?? 0,
  );
}

/** Every known (or unknown) enabled contact, sorted and paged. */
function listContacts(db: Db, search: ContactSearch): { contacts: ContactDoc[]; total: number } {
  const clause = 'c.unknown = ? AND c.enabled = 1';
  const unknown = search.unknown ? 1 : 0;
  const total = listingTotal(db, unknown);
  const page = db
    .prepare<[number, number, number], { seq: number }>(
      `SELECT c.seq FROM contacts c LEFT JOIN contact_sort cs ON cs.seq = c.seq WHERE ${clause}
       ORDER BY ${orderBy(db, search.sort, { name: 'c.name', seq: 'c.seq' })} LIMIT ? OFFSET ?`,
    )
    .all(unknown, search.count, search.offset)
    .map((row) => row.seq);
  return { contacts: documents(db, page), total };
}

/**
 * A MongoDB sort over contacts, with `cs` their `contact_sort` rows and `c` their documents. The directory's sorts
 * (name, lastChat.ts, channels.lastChat.ts, contactManager.username) read columns; any other path is looked up in the
 * document as MongoDB would (mongo-sort.ts). Ties keep insertion order.
 */
export function orderBy(db: Db, sort: SortSpec, columns: { name: string; seq: string }): string {
  const terms = sort.flatMap(([path, direction]): string[] => {
    const order = direction === 1 ? 'ASC' : 'DESC';
    if (path === 'name') return [`${columns.name} ${order}`];
    if (path === 'lastChat.ts') return [`cs.last_chat_ts ${order}`];
    if (path === 'channels.lastChat.ts')
      return [`${direction === 1 ? 'cs.channels_first' : 'cs.channels_last'} ${order}`];
    // A contact's manager is a user id (a string): the path finds nothing in any contact, so every contact ties.
    if (path === 'contactManager.username') return [];
    return mongoSortTerms(db, 'c.doc', path, direction);
  });
  return [...terms, `${columns.seq} ASC`].join(', ');
}

const COLUMN_PATHS = new Set(['name', 'lastChat.ts', 'channels.lastChat.ts', 'contactManager.username']);
const needsDocument = (sort: SortSpec) => sort.some(([path]) => !COLUMN_PATHS.has(path));
