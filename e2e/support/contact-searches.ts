import type { Credentials, RestClient } from './rest.ts';

/** The contact profiles `omnichannel/contacts.search` finds for `searchText` (an email, a phone or a name). */
export async function profilesFound(
  api: RestClient,
  admin: Credentials,
  searchText: string,
): Promise<{ _id: string; name: string; emails?: { address: string }[] }[]> {
  const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText } });
  return found.body.contacts;
}
