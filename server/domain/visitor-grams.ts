import type { Db } from '../db/open.ts';
import { gramsOf } from './contact-grams.ts';

/**
 * `livechat/visitors.search` for 1–2 character terms. Such a term is in most visitors' names, usernames or searchable
 * custom values, and counting its hits meant reading every visitor and every custom value (400,000 rows at 100,000
 * visitors) on each search. Instead:
 * - `visitor_search.text` holds, one per line, what a term is matched against: the lower-cased name, username and
 *   the string values of the searchable visitor custom fields (`findMatchingCustomFields('visitor', true)`, hidden
 *   ones included), so one `instr` per row decides a hit and the first page is found by walking an index;
 * - `visitor_grams` counts, per 1–2 character fragment, the enabled visitors whose text holds it, moved by every save
 *   in its transaction (as contact-grams.ts does for contacts), so the count is exact after any write;
 * - it counts each 3-character fragment too, so that a longer term holding one that no enabled visitor's text holds
 *   (a dot, an `@` or a digit run typed from an email: most such terms) is known to match no name, username or custom
 *   value without asking the trigram indexes, which read the lists of every fragment of the term (visitorTextMayHold).
 * Which fields are searchable is part of the text: saving or deleting a custom field that changes that set rewrites
 * every visitor's text and the counts, in that save's transaction.
 */

/** The ids of the searchable visitor custom fields (`searchable` exactly `true`, as Rocket.Chat's query asks). */
export function searchableVisitorFields(db: Db): string[] {
  return db
    .prepare<[], { _id: string }>(
      `SELECT _id FROM custom_fields
     WHERE json_extract(doc, '$.scope') = 'visitor' AND json_type(doc, '$.searchable') = 'true' ORDER BY rowid`,
    )
    .all()
    .map((row) => row._id);
}

export interface VisitorTextSource {
  name?: unknown;
  username?: unknown;
  livechatData?: Record<string, unknown> | undefined;
}

/** A visitor's search text: name, username and searchable custom values, lower-cased, one a line. */
export function visitorSearchText(doc: VisitorTextSource, fields: string[]): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');
  const lines = [text(doc.name), text(doc.username)];
  // A regex only ever matches string values (visitor_custom_values keeps only those).
  for (const field of fields) {
    const value = doc.livechatData?.[field];
    if (typeof value === 'string') lines.push(value.toLowerCase());
  }
  return lines.join('\n');
}

/**
 * The fragments counted for a search text: those of 1–2 characters (what short terms are looked up by) and those of
 * 3, each within a line (a term never holds a line break where this is asked).
 */
function visitorGramsOf(text: string): Set<string> {
  const grams = gramsOf(text);
  for (const line of text.split('\n')) {
    const chars = [...line];
    for (let i = 0; i + 2 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return grams;
}

/**
 * Whether some enabled visitor's name, username or searchable custom value may contain `needle` (lower-cased, 3+
 * characters). False only when one of its 3-character fragments is in no enabled visitor's text: every value holding
 * the needle holds each of its fragments. A needle with a line break or a lone surrogate is not judged (true).
 */
export function visitorTextMayHold(db: Db, needle: string): boolean {
  if (needle.includes('\n') || /\p{Cs}/u.test(needle)) return true;
  const chars = [...needle];
  for (let i = 0; i + 2 < chars.length; i++) {
    if (visitorGramCount(db, chars[i]! + chars[i + 1]! + chars[i + 2]!) === 0) return false;
  }
  return true;
}

export interface VisitorGramState {
  disabled: number;
  text: string;
}

/** Moves the counts from a visitor's previous search row (if any) to its new one. */
export function updateVisitorGramCounts(db: Db, before: VisitorGramState | undefined, after: VisitorGramState): void {
  const old = before && !before.disabled ? visitorGramsOf(before.text) : new Set<string>();
  const next = after.disabled ? new Set<string>() : visitorGramsOf(after.text);
  const add = db.prepare<[string, number], unknown>(
    `INSERT INTO visitor_grams (gram, n) VALUES (?, ?) ON CONFLICT (gram) DO UPDATE SET n = n + excluded.n`,
  );
  for (const gram of old) if (!next.has(gram)) add.run(gram, -1);
  for (const gram of next) if (!old.has(gram)) add.run(gram, 1);
}

export function visitorGramCount(db: Db, gram: string): number {
  return db.prepare<[string], { n: number }>('SELECT n FROM visitor_grams WHERE gram = ?').get(gram)?.n ?? 0;
}

/**
 * Every visitor's text and the counts, from the documents: when the table is added and whenever the set of
 * searchable fields changes. Reads each visitor once (about a second at 100,000 visitors).
 */
export function reindexVisitorTexts(db: Db): void {
  const fields = searchableVisitorFields(db);
  const update = db.prepare('UPDATE visitor_search SET text = ? WHERE seq = ?');
  const counts = new Map<string, number>();
  // In batches: a statement cannot run while another one's rows are being read.
  const batch = db.prepare<[number], { seq: number; doc: string; disabled: number }>(
    'SELECT v.seq, v.doc, s.disabled FROM visitors v JOIN visitor_search s ON s.seq = v.seq WHERE v.seq > ? ORDER BY v.seq LIMIT 5000',
  );
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.seq)) {
    for (const row of rows) {
      const text = visitorSearchText(JSON.parse(row.doc) as VisitorTextSource, fields);
      update.run(text, row.seq);
      if (row.disabled) continue;
      for (const gram of visitorGramsOf(text)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  db.prepare('DELETE FROM visitor_grams').run();
  const insert = db.prepare('INSERT INTO visitor_grams (gram, n) VALUES (?, ?)');
  for (const [gram, n] of counts) insert.run(gram, n);
}
