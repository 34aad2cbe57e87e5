import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';

/** A message of an omnichannel room as `livechat/:rid/messages` sends it (IMessage, what the transcript shows). */
const transcriptMessageSchema = z.object({
  _id: z.string(),
  msg: z.nullish(z.string()),
  ts: z.string(),
  /** A system message's type ("livechat-close", "livechat-started", …); plain messages have none. */
  t: z.nullish(z.string()),
  u: z.object({ _id: z.string(), username: z.nullish(z.string()), name: z.nullish(z.string()) }),
  /** The visitor's name on the visitor's messages. */
  alias: z.nullish(z.string()),
  /** Present on messages the visitor sent: how the transcript tells the visitor from agents. */
  token: z.nullish(z.string()),
});
export type TranscriptMessage = z.infer<typeof transcriptMessageSchema>;

const transcriptPageSchema = z.object({
  messages: z.array(transcriptMessageSchema),
  offset: z.number(),
  total: z.number(),
});
export type TranscriptPage = z.infer<typeof transcriptPageSchema>;

/** How many messages one request brings: Rocket.Chat's contact history loads 50 at a time too. */
export const TRANSCRIPT_PAGE_SIZE = 50;

/**
 * `GET livechat/:rid/messages`, oldest first: what Rocket.Chat's contact history opens
 * (client/views/omnichannel/contactHistory/MessageList/useHistoryMessageList.ts). Needs `view-l-room`, and the room
 * served by the viewer, `view-livechat-rooms`, or (closed) `view-livechat-room-closed-by-another-agent`.
 */
export async function fetchTranscriptPage(rid: string, offset: number, signal?: AbortSignal): Promise<TranscriptPage> {
  const json = await apiRequest(`livechat/${encodeURIComponent(rid)}/messages`, {
    query: { offset, count: TRANSCRIPT_PAGE_SIZE, sort: JSON.stringify({ ts: 1 }) },
    signal,
  });
  return parseResponse(transcriptPageSchema, json, 'conversation messages');
}
