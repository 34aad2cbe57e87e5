import type { Db } from '../db/open.ts';

/** The parts of a contact document the directory sorts by. */
export interface ContactSortSource {
  lastChat?: { ts?: unknown };
  channels?: { lastChat?: { ts?: unknown } }[];
}

/**
 * The `contact_sort` row of a contact, after `seq`: `lastChat.ts`, and the sort keys MongoDB takes for
 * `channels.lastChat.ts` — ascending, the smallest value, null as soon as one channel has no last chat (or there is no
 * channel); descending, the largest.
 */
export function contactSortColumns(doc: ContactSortSource) {
  const lastChat = typeof doc.lastChat?.ts === 'string' ? doc.lastChat.ts : null;
  const chats = (Array.isArray(doc.channels) ? doc.channels : []).map((channel) =>
    typeof channel?.lastChat?.ts === 'string' ? channel.lastChat.ts : null,
  );
  const present = chats.filter((ts): ts is string => ts !== null).sort();
  const first = chats.length === 0 || chats.includes(null) ? null : present[0]!;
  const last = present.length ? present[present.length - 1]! : null;
  return [lastChat, first, last] as const;
}

export function indexContactForSort(db: Db, seq: number, doc: ContactSortSource): void {
  db.prepare(
    `INSERT INTO contact_sort (seq, last_chat_ts, channels_first, channels_last) VALUES (?, ?, ?, ?)
     ON CONFLICT (seq) DO UPDATE SET last_chat_ts = excluded.last_chat_ts, channels_first = excluded.channels_first,
       channels_last = excluded.channels_last`,
  ).run(seq, ...contactSortColumns(doc));
}
