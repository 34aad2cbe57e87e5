import type { Db } from '../db/open.ts';
import { allCustomFields } from './custom-fields.ts';
import { globEscape } from './visitors.ts';
import { keptUntilWrite } from './search-cache.ts';
import type { SortSpec } from './contacts-search.ts';

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
  const { where, params } = filterOf(db, search.term ?? '');
  const sort = search.sort ?? [['ts', -1]];
  const needsDoc = sort.some(([path]) => !(path in COLUMNS) && path !== '_id');
  const order = [
    ...sort.map(([path, direction]) => `${sortExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`),
    's.seq ASC',
  ];
  const page = db
    .prepare<(string | number)[], { seq: number }>(
      `SELECT s.seq FROM visitor_search s ${needsDoc || sort.some(([p]) => p === '_id') ? 'JOIN visitors v ON v.seq = s.seq' : ''}
       WHERE ${where} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`,
    )
    .all(...params, search.count, search.offset)
    .map((row) => row.seq);
  const ended = page.length < search.count && (page.length > 0 || search.offset === 0);
  const total = ended
    ? search.offset + page.length
    : keptUntilWrite(db, JSON.stringify(['visitors.search.total', search.term ?? '']), () =>
        countOf(db, where, params),
      );
  const byId = db.prepare<[number], { doc: string }>('SELECT doc FROM visitors WHERE seq = ?');
  return { visitors: page.map((seq) => project(JSON.parse(byId.get(seq)!.doc) as Record<string, unknown>)), total };
}

/** Every row is read once in table order (walking the index would fetch each row from the table besides). */
function countOf(db: Db, where: string, params: (string | number)[]): number {
  return (
    db
      .prepare<(string | number)[], { n: number }>(
        `SELECT count(*) AS n FROM visitor_search s NOT INDEXED WHERE ${where}`,
      )
      .get(...params)?.n ?? 0
  );
}

function filterOf(db: Db, term: string): { where: string; params: (string | number)[] } {
  if (!term) return { where: 's.disabled = 0', params: [] };
  const needle = term.toLowerCase();
  const ors = ['s.email = ?', 's.phone = ?', 'instr(s.name_lower, ?) > 0', 'instr(s.username_lower, ?) > 0'];
  const params: (string | number)[] = [term, term, needle, needle];
  // `findMatchingCustomFields('visitor', true)`: searchable visitor fields, hidden ones included.
  const fields = allCustomFields(db)
    .filter((field) => field.scope === 'visitor' && field.searchable === true)
    .map((field) => field._id);
  if (fields.length) {
    const marks = fields.map(() => '?').join(', ');
    ors.push(
      needle.length >= 3
        ? `s.seq IN (SELECT cv.visitor_seq FROM visitor_custom_fts f JOIN visitor_custom_values cv ON cv.rowid = f.rowid
             WHERE f.value_lower GLOB ? AND cv.field IN (${marks}))`
        : `s.seq IN (SELECT cv.visitor_seq FROM visitor_custom_values cv WHERE cv.field IN (${marks})
             AND instr(cv.value_lower, ?) > 0)`,
    );
    params.push(...(needle.length >= 3 ? [`*${globEscape(needle)}*`, ...fields] : [...fields, needle]));
  }
  return { where: `s.disabled = 0 AND (${ors.join(' OR ')})`, params };
}

function sortExpression(path: string): string {
  if (path === '_id') return 'v._id';
  const column = COLUMNS[path];
  if (column) return column;
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(path) ? `json_extract(v.doc, '$.${path}')` : 'NULL';
}

function project(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PROJECTED) if (doc[field] !== undefined) out[field] = doc[field];
  return out;
}
