import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { contactChannelSchema, contactProfileSchema, type ContactProfile } from './wire';

const searchAnswer = z.object({ contacts: z.array(contactProfileSchema), total: z.number() });

/** Options of `contacts.search` beyond the text: unknown contacts (made from visitors) are a separate list. */
export interface ProfileSearchOptions {
  unknown?: boolean;
  /** Rocket.Chat's JSON sort, e.g. `{"createdAt":-1}`; by name when absent. */
  sort?: string;
}

/** `GET omnichannel/contacts.search` (7.1+): name, email or phone containing the text, ignoring case. */
export async function searchProfiles(
  searchText: string,
  signal?: AbortSignal,
  options: ProfileSearchOptions = {},
): Promise<ContactProfile[]> {
  const json = await apiRequest('omnichannel/contacts.search', {
    query: { searchText, count: 25, unknown: options.unknown, sort: options.sort },
    signal,
  });
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

export interface CreateProfileBody {
  name: string;
  emails: string[];
  phones: string[];
  customFields: Record<string, string>;
  contactManager?: string;
}

/** What `contacts.update` changes: only the keys sent (rocketchat-api.md §7.3). */
export interface UpdateProfileBody extends Partial<CreateProfileBody> {
  contactId: string;
}

/** `POST omnichannel/contacts` (7.1+, `create-livechat-contact`): answers the new contact's id. Not idempotent. */
export async function createProfile(body: CreateProfileBody): Promise<string> {
  const json = await apiRequest('omnichannel/contacts', { method: 'POST', body });
  return parseResponse(z.object({ contactId: z.string() }), json, 'saving the contact').contactId;
}

/** `POST omnichannel/contacts.update` (7.1+, `update-livechat-contact`): answers the contact as saved. */
export async function updateProfile(body: UpdateProfileBody): Promise<ContactProfile> {
  const json = await apiRequest('omnichannel/contacts.update', { method: 'POST', body });
  return parseResponse(z.object({ contact: contactProfileSchema }), json, 'saving the contact').contact;
}

/** `GET omnichannel/contacts.checkExistence` (7.2+): whether any contact has exactly this email or phone. */
export async function profileExists(kind: 'email' | 'phone', value: string, signal?: AbortSignal): Promise<boolean> {
  const json = await apiRequest('omnichannel/contacts.checkExistence', { query: { [kind]: value }, signal });
  return parseResponse(z.object({ exists: z.boolean() }), json, 'contact existence').exists;
}

export interface ProfileDuplicateQuery {
  kind: 'email' | 'phone';
  /** The forms of the value worth asking for (a phone as typed and in E.164), the saved one first. */
  values: string[];
  /** The contact being edited: having its own values is no duplicate. */
  excludeId: string | undefined;
  /** The server has `contacts.checkExistence` (7.2+). */
  checkExistence: boolean;
}

/**
 * Other contacts with this email or phone (null when there are none). On 7.2+ `checkExistence` answers whether one
 * exists, exactly as Rocket.Chat compares; `contacts.search` then finds them, among known and then unknown contacts,
 * so that they can be named and opened. An empty list means one exists that the search cannot show.
 */
export async function findProfileDuplicate(
  { kind, values, excludeId, checkExistence }: ProfileDuplicateQuery,
  signal?: AbortSignal,
): Promise<{ contacts: ContactProfile[] } | null> {
  if (checkExistence) {
    const exists = await Promise.all(values.map((value) => profileExists(kind, value, signal)));
    if (!exists.some(Boolean)) return null;
  }
  const wanted = new Set(values.map((value) => (kind === 'email' ? value.toLowerCase() : value)));
  const has = (profile: ContactProfile) =>
    kind === 'email'
      ? (profile.emails ?? []).some((email) => wanted.has(email.address.toLowerCase()))
      : (profile.phones ?? []).some((phone) => wanted.has(phone.phoneNumber));
  let self = false;
  for (const unknown of [false, true]) {
    const pages = await Promise.all(values.map((value) => searchProfiles(value, signal, { unknown })));
    const matches = new Map(
      pages
        .flat()
        .filter(has)
        .map((profile) => [profile._id, profile]),
    );
    self ||= excludeId !== undefined && matches.delete(excludeId);
    if (matches.size > 0) return { contacts: [...matches.values()] };
    // Without checkExistence (7.1) the search is all there is; the unknown list only explains an existence.
    if (!checkExistence) return null;
  }
  return self ? null : { contacts: [] };
}
