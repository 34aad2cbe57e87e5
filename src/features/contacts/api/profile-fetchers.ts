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
