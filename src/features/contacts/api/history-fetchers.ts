import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';

/** A closed conversation as `contacts.history` projects it (getContactHistory.ts); everything optional but the id. */
const historyItemSchema = z.object({
  _id: z.string(),
  fname: z.nullish(z.string()),
  ts: z.nullish(z.string()),
  closedAt: z.nullish(z.string()),
  closer: z.nullish(z.string()),
  closedBy: z.nullish(z.object({ username: z.nullish(z.string()) })),
  servedBy: z.nullish(z.object({ username: z.nullish(z.string()) })),
  msgs: z.nullish(z.number()),
  tags: z.nullish(z.array(z.string())),
  source: z.nullish(z.object({ type: z.nullish(z.string()), label: z.nullish(z.string()) })),
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

const historyAnswer = z.object({ history: z.array(historyItemSchema), offset: z.number(), total: z.number() });
export type HistoryPage = z.infer<typeof historyAnswer>;

/** Whose history: a contact profile's (7.1+), or a visitor contact's through a room of its own (`lastChat`). */
export type HistoryOwner = { kind: 'profile'; id: string } | { kind: 'visitor'; id: string; roomId: string };

/** How many closed conversations one page of a contact's history shows. */
export const HISTORY_PAGE_SIZE = 10;

/** `GET omnichannel/contacts.history` (7.1+): closed conversations, most recently closed first. */
export async function fetchProfileHistory(id: string, offset: number, signal?: AbortSignal): Promise<HistoryPage> {
  const json = await apiRequest('omnichannel/contacts.history', {
    query: { contactId: id, offset, count: HISTORY_PAGE_SIZE },
    signal,
  });
  return parseResponse(historyAnswer, json, 'contact history');
}

/**
 * `GET livechat/visitors.searchChats/room/:roomId/visitor/:visitorId`: a visitor contact's closed conversations, as
 * Rocket.Chat 6.x's contact history asks for them (closed only, served or not). The route checks access to a room
 * of the visitor's, so it is asked through the visitor's last conversation.
 */
export async function fetchVisitorHistory(
  visitorId: string,
  roomId: string,
  offset: number,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const path = `livechat/visitors.searchChats/room/${encodeURIComponent(roomId)}/visitor/${encodeURIComponent(visitorId)}`;
  const json = await apiRequest(path, {
    query: {
      closedChatsOnly: 'true',
      servedChatsOnly: 'false',
      sort: '{"closedAt":-1}',
      offset,
      count: HISTORY_PAGE_SIZE,
    },
    signal,
  });
  return parseResponse(historyAnswer, json, 'visitor history');
}
