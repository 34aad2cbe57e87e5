import type { Db } from '../db/open.ts';

/**
 * Substring search over an FTS5 trigram index, reading only the index's shortest lists.
 *
 * A `GLOB '*needle*'` on a trigram column makes SQLite read the list of every trigram of the needle: 18 for an
 * email's 20-character local part, the common ones ("ani", "nez") listing thousands of contacts each, about 1.3 ms
 * per search at 100,000 contacts. Any of those trigrams finds every hit (and more), so matching the three rarest and
 * checking the whole needle on the few rows they share gives the same hits for a fifth of the cost.
 *
 * How rare a trigram is comes from the index's own vocabulary (`fts5vocab`), read whole once per column on first use
 * (about a third of a second at 100,000 contacts; asking trigram by trigram costs four times as much each) and kept.
 * A count gone stale after writes, or a trigram first written since (counted as the rarest), only makes the choice
 * less good, never an answer wrong: the caller checks the needle itself.
 *
 * Used where the indexed text is long and every trigram of a typed fragment is common (`contacts.search`: name,
 * emails and phones in one column). `livechat/visitors.search` does not need it: a fragment holding a trigram that no
 * visitor's text holds is answered from the fragment counts (visitor-grams.ts), and GLOB over the short name and
 * username columns serves the rest.
 */

/** Trigrams matched per search: three share a handful of rows for any real fragment (two share dozens). */
const MATCHED = 3;

const vocabularies = new WeakMap<Db, Map<string, Map<string, number>>>();

/** Each trigram of `column` and the number of rows holding it. */
function vocabulary(db: Db, table: string, column: string): Map<string, number> {
  let ofDb = vocabularies.get(db);
  if (!ofDb) vocabularies.set(db, (ofDb = new Map<string, Map<string, number>>()));
  let counts = ofDb.get(`${table}.${column}`);
  if (!counts) {
    // A connection's own view of the index (the temp schema): the database file is not changed.
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_vocab USING fts5vocab(main, ${table}, 'col')`);
    const rows = db
      .prepare<[string], { term: string; doc: number }>(`SELECT term, doc FROM temp.${table}_vocab WHERE col = ?`)
      .all(column);
    counts = new Map(rows.map((row) => [row.term, row.doc]));
    ofDb.set(`${table}.${column}`, counts);
  }
  return counts;
}

/** The trigrams of a needle, as the trigram tokenizer cuts them: by code point, overlapping. */
function trigramsOf(needle: string): string[] {
  const chars = [...needle];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams];
}

const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * A subquery of the `rowid`s of `table` whose `column` may contain `needle` (already in the column's case): every
 * row that does, and some that do not, which the caller rules out with `instr` on its own copy of the text. Undefined
 * when the needle has fewer than three code points (two emoji are four UTF-16 units): there is no trigram to look up.
 */
export function trigramCandidates(
  db: Db,
  table: string,
  column: string,
  needle: string,
): { sql: string; params: [string] } | undefined {
  const counts = vocabulary(db, table, column);
  const rarest = trigramsOf(needle)
    .map((gram) => ({ gram, n: counts.get(gram) ?? 0 }))
    .sort((a, b) => a.n - b.n)
    .slice(0, MATCHED);
  if (rarest.length === 0) return undefined;
  return {
    sql: `SELECT rowid FROM ${table} WHERE ${column} MATCH ?`,
    params: [rarest.map(({ gram }) => phrase(gram)).join(' AND ')],
  };
}
