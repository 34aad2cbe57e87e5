import type { Db } from '../db/open.ts';

/**
 * How many enabled contacts (known or unknown) hold each fragment of one or two characters in their search text.
 * A 1–2 character fragment is in most contacts' text, and counting them meant reading all 100,000 rows on every
 * search; these counts change with each saved contact instead, in the same transaction, so they stay exact.
 */

/** The fragments whose count is kept: one or two whole characters (code points), no line break. */
export function isGram(needle: string): boolean {
  const chars = [...needle];
  return chars.length >= 1 && chars.length <= 2 && !needle.includes('\n') && !/\p{Cs}/u.test(needle);
}

/** Every distinct 1- and 2-character fragment of a search text (lines never span a line break). */
export function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const line of text.split('\n')) {
    const chars = [...line];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return grams;
}

export interface GramState {
  unknown: number;
  enabled: number;
  text: string;
}

/** Moves the counts from a contact's previous search row (if any) to its new one. */
export function updateGramCounts(db: Db, before: GramState | undefined, after: GramState): void {
  const old = before?.enabled ? gramsOf(before.text) : new Set<string>();
  const next = after.enabled ? gramsOf(after.text) : new Set<string>();
  const add = db.prepare<
    [number, string, number],
    unknown
  >(`INSERT INTO contact_grams (unknown, gram, n) VALUES (?, ?, ?)
     ON CONFLICT (unknown, gram) DO UPDATE SET n = n + excluded.n`);
  const sameFlag = before?.unknown === after.unknown;
  for (const gram of old) if (!sameFlag || !next.has(gram)) add.run(before!.unknown, gram, -1);
  for (const gram of next) if (!sameFlag || !old.has(gram)) add.run(after.unknown, gram, 1);
}

export function gramCount(db: Db, unknown: number, gram: string): number {
  return (
    db
      .prepare<[number, string], { n: number }>('SELECT n FROM contact_grams WHERE unknown = ? AND gram = ?')
      .get(unknown, gram)?.n ?? 0
  );
}

/** Counts for every contact already stored (the migration that adds the table). */
export function backfillGramCounts(db: Db): void {
  const counts = new Map<string, number>();
  for (const row of db
    .prepare<[], { unknown: number; text: string }>('SELECT unknown, text FROM contact_search WHERE enabled = 1')
    .all()) {
    for (const gram of gramsOf(row.text)) {
      const key = `${row.unknown}\n${gram}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const insert = db.prepare('INSERT INTO contact_grams (unknown, gram, n) VALUES (?, ?, ?)');
  for (const [key, n] of counts) {
    const at = key.indexOf('\n');
    insert.run(Number(key.slice(0, at)), key.slice(at + 1), n);
  }
}
