import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { contactChannelSchema, contactProfileSchema, type ContactProfile } from './wire';

const searchAnswer = z.object({ contacts: z.array(contactProfileSchema), total: z.number() });

/** `GET omnichannel/contacts.search` (7.1+): name, email or phone containing the text, ignoring case. */
export async function searchProfiles(searchText: string, signal?: AbortSignal): Promise<ContactProfile[]> {
  const json = await apiRequest('omnichannel/contacts.search', { query: { searchText, count: 25 }, signal });
  return parseResponse(searchAnswer, json, 'contact profiles').contacts;
}

/** `GET omnichannel/contacts.get` (7.1+): Rocket.Chat answers 404 for an unknown or deleted id. */
export async function fetchProfile(id: string, signal?: AbortSignal): Promise<ContactProfile> {
  const json = await apiRequest('omnichannel/contacts.get', { query: { contactId: id }, signal });
  return parseResponse(z.object({ contact: contactProfileSchema }), json, 'contact profile').contact;
}

export async function fetchProfileChannels(id: string, signal?: AbortSignal) {
  const json = await apiRequest('omnichannel/contacts.channels', { query: { contactId: id }, signal });
  return parseResponse(z.object({ channels: z.array(contactChannelSchema) }), json, 'contact channels').channels;
}

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
