import type { Db } from '../db/open.ts';
import { allCustomFields } from './custom-fields.ts';
import { globEscape } from './visitors.ts';
import { keptUntilWrite } from './search-cache.ts';
import type { SortSpec } from './contacts-search.ts';
import { isGram } from './contact-grams.ts';
import { visitorGramCount, visitorTextMayHold } from './visitor-grams.ts';

export interface VisitorSearch {
  term?: string;
  offset: number;
  count: number;
  /** `undefined`: Rocket.Chat's default, the newest visitors first (`{ts: -1}`). */
  sort: SortSpec | undefined;
}

/** The fields Rocket.Chat projects (`_id` always comes along). */
const PROJECTED = ['_id', 'username', 'name', 'phone', 'livechatData', 'visitorEmails', 'lastChat'] as const;

/** Sort paths with a column of their own in `visitor_search`; a one-element array sorts as its element. */
const COLUMNS: Record<string, string> = {
  name: 's.name',
  username: 's.username',
  ts: 's.ts',
  'lastChat.ts': 's.last_chat_ts',
  phone: 's.phone',
  'phone.phoneNumber': 's.phone',
  visitorEmails: 's.email',
  'visitorEmails.address': 's.email',
};

/**
 * `livechat/visitors.search` (imports/server/rest/visitors.ts, model
 * `findPaginatedVisitorsByEmailOrPhoneOrNameOrUsernameOrCustomField`): enabled visitors whose email or phone equals
 * the term exactly, or whose name, username or a searchable visitor custom field contains it (escaped,
 * case-insensitive). An empty or missing term lists every enabled visitor. Sorted, paged and counted.
 *
 * The narrow `visitor_search` rows answer the filter, the count and the order; only the page's documents are read.
 * Answers are kept until the next write (search-cache.ts), so a fragment typed again costs a lookup.
 */
export function searchVisitors(db: Db, search: VisitorSearch): { visitors: Record<string, unknown>[]; total: number } {
  const key = JSON.stringify(['visitors.search', search.term ?? '', search.offset, search.count, search.sort ?? null]);
  return keptUntilWrite(db, key, () => computeSearch(db, search));
}

function computeSearch(db: Db, search: VisitorSearch): { visitors: Record<string, unknown>[]; total: number } {
  const term = search.term ?? '';
  if (term && isGram(term.toLowerCase())) return shortSearch(db, { ...search, term });
  const { from, where, params } = filterOf(db, term);
  const sort = search.sort ?? [['ts', -1]];
  const withDoc = sort.some(([path]) => !(path in COLUMNS)) ? 'JOIN visitors v ON v.seq = s.seq' : '';
  const order = [
    ...sort.map(([path, direction]) => `${sortExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`),
    's.seq ASC',
  ];
  // A term's hits (collected through indexes) are all sorted for the page anyway: they are counted in the same pass.
  // Without a term the page is a walk of the first rows in order, and the count a separate scan.
  const counted = term ? ', count(*) OVER () AS total' : '';
  const rows = db
    .prepare<(string | number)[], { seq: number; total?: number }>(
      `SELECT s.seq${counted} FROM ${from} ${withDoc} WHERE ${where} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
    )
    .all(...params, search.count, search.offset);
  const page = rows.map((row) => row.seq);
  if (rows[0]?.total !== undefined) return { visitors: documents(db, page), total: rows[0].total };
  const ended = page.length < search.count && (page.length > 0 || search.offset === 0);
  // Every page and sort of one term shares its count; rows are read once in table order, not through an index.
  const total = ended
    ? search.offset + page.length
    : keptUntilWrite(db, JSON.stringify(['visitors.search.total', search.term ?? '']), () =>
        countOf(db, from.replace('visitor_search s', 'visitor_search s NOT INDEXED'), where, params),
      );
  return { visitors: documents(db, page), total };
}

function documents(db: Db, page: number[]): Record<string, unknown>[] {
  const byId = db.prepare<[number], { doc: string }>('SELECT doc FROM visitors WHERE seq = ?');
  return page.map((seq) => project(JSON.parse(byId.get(seq)!.doc) as Record<string, unknown>));
}

/**
 * A 1–2 character term (visitor-grams.ts): one `instr` over each row's search text decides a hit, the count is the
 * kept fragment count plus the visitors found only by their whole email or phone, and in the default order (newest
 * first) the page comes from walking an index that holds the text until the page is full.
 */
function shortSearch(
  db: Db,
  search: VisitorSearch & { term: string },
): { visitors: Record<string, unknown>[]; total: number } {
  const { term } = search;
  const needle = term.toLowerCase();
  const total =
    visitorGramCount(db, needle) +
    (db
      .prepare<string[], { n: number }>( // CROSS JOIN: the few visitors with that email or phone drive the query, not a scan of every row.
        `SELECT count(*) AS n
       FROM (SELECT seq FROM visitors WHERE email = ? UNION SELECT seq FROM visitors WHERE phone = ?) h
       CROSS JOIN visitor_search s ON s.seq = h.seq
       WHERE s.disabled = 0 AND (s.email = ? OR s.phone = ?) AND instr(s.text, ?) = 0`,
      )
      .get(term, term, term, term, needle)?.n ?? 0);
  if (total === 0 || search.count === 0 || search.offset >= total) return { visitors: [], total };
  const where = 's.disabled = 0 AND (instr(s.text, ?) > 0 OR s.email = ? OR s.phone = ?)';
  const sort = search.sort ?? [['ts', -1]];
  const walk = sort.length === 1 && sort[0]![0] === 'ts' && sort[0]![1] === -1;
  const withDoc = sort.some(([path]) => !(path in COLUMNS)) ? 'JOIN visitors v ON v.seq = s.seq' : '';
  const order = [
    ...sort.map(([path, direction]) => `${sortExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`),
    's.seq ASC',
  ];
  const page = db
    .prepare<(string | number)[], { seq: number }>(
      walk
        ? `SELECT s.seq FROM visitor_search s INDEXED BY visitor_search_walk WHERE ${where}
           ORDER BY s.ts DESC, s.seq ASC LIMIT ? OFFSET ?`
        : `SELECT s.seq FROM visitor_search s ${withDoc} WHERE ${where} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
    )
    .all(needle, term, term, search.count, search.offset)
    .map((row) => row.seq);
  return { visitors: documents(db, page), total };
}

function countOf(db: Db, from: string, where: string, params: (string | number)[]): number {
  return (
    db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(...params)
      ?.n ?? 0
  );
}

interface Filter {
  from: string;
  where: string;
  params: (string | number)[];
}

/**
 * A term of 3+ characters collects its hits first, each through an index (trigrams of name and username and of the
 * custom values, the email and phone columns), then sorts only them; a shorter one is matched row by row.
 */
function filterOf(db: Db, term: string): Filter {
  if (!term) return { from: 'visitor_search s', where: 's.disabled = 0', params: [] };
  const needle = term.toLowerCase();
  // `findMatchingCustomFields('visitor', true)`: searchable visitor fields, hidden ones included.
  const fields = allCustomFields(db)
    .filter((field) => field.scope === 'visitor' && field.searchable === true)
    .map((field) => field._id);
  const marks = fields.map(() => '?').join(', ');
  if (needle.length >= 3) {
    const equal = ['SELECT seq FROM visitors WHERE email = ?', 'SELECT seq FROM visitors WHERE phone = ?'];
    // A term no visitor's text can hold (visitor-grams.ts) is matched by its whole email or phone only.
    if (!visitorTextMayHold(db, needle)) return hitsFilter(equal, [term, term]);
    const glob = `*${globEscape(needle)}*`;
    const contains = [
      'SELECT rowid AS seq FROM visitor_search_fts WHERE name_lower GLOB ?',
      'SELECT rowid FROM visitor_search_fts WHERE username_lower GLOB ?',
      ...(fields.length
        ? [
            `SELECT cv.visitor_seq FROM visitor_custom_fts f JOIN visitor_custom_values cv ON cv.rowid = f.rowid
               WHERE f.value_lower GLOB ? AND cv.field IN (${marks})`,
          ]
        : []),
    ];
    return hitsFilter([...contains, ...equal], [glob, glob, ...(fields.length ? [glob, ...fields] : []), term, term]);
  }
  const ors = ['s.email = ?', 's.phone = ?', 'instr(s.name_lower, ?) > 0', 'instr(s.username_lower, ?) > 0'];
  const params: (string | number)[] = [term, term, needle, needle];
  if (fields.length) {
    // The custom values are read once per term (not once for the page and again for the count) and kept as a list.
    const customHits = keptUntilWrite(db, JSON.stringify(['visitors.search.custom', needle]), () =>
      JSON.stringify(
        db
          .prepare<(string | number)[], { seq: number }>(
            `SELECT DISTINCT cv.visitor_seq AS seq FROM visitor_custom_values cv WHERE cv.field IN (${marks})
             AND instr(cv.value_lower, ?) > 0`,
          )
          .all(...fields, needle)
          .map((row) => row.seq),
      ),
    );
    ors.push('s.seq IN (SELECT value FROM json_each(?))');
    params.push(customHits);
  }
  return { from: 'visitor_search s', where: `s.disabled = 0 AND (${ors.join(' OR ')})`, params };
}

/** Visitors collected by `hits` (each through an index), then sorted: only they are read in the sort's order. */
function hitsFilter(hits: string[], params: (string | number)[]): Filter {
  return {
    // CROSS JOIN: the hits drive the query, rather than a walk over every visitor in the sort's order.
    from: `(${hits.join(' UNION ')}) h CROSS JOIN visitor_search s ON s.seq = h.seq`,
    where: 's.disabled = 0',
    params,
  };
}

function sortExpression(path: string): string {
  const column = COLUMNS[path];
  if (column) return column;
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(path) ? `json_extract(v.doc, '$.${path}')` : 'NULL';
}

function project(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PROJECTED) if (doc[field] !== undefined) out[field] = doc[field];
  return out;
}
