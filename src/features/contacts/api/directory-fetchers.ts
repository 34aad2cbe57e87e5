import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { serverSort, type DirectoryParams } from '../model/directory-params';
import { fromProfile, fromVisitor, type DirectoryRow } from '../model/directory-row';
import { contactProfileSchema, visitorSchema } from './wire';

export interface DirectoryPage {
  rows: DirectoryRow[];
  total: number;
}

export type DirectorySource = 'contacts' | 'visitors';

const profilePage = z.object({ contacts: z.array(contactProfileSchema), total: z.number() });
const visitorPage = z.object({ visitors: z.array(visitorSchema), total: z.number() });

/**
 * One page of the directory. 7.1+: `GET omnichannel/contacts.search` (`searchText`, `unknown`); 6.x:
 * `GET livechat/visitors.search` (`term`). Both take Rocket.Chat's JSON `sort`, `count` and `offset`.
 */
export async function fetchDirectory(
  source: DirectorySource,
  params: DirectoryParams,
  signal?: AbortSignal,
): Promise<DirectoryPage> {
  const paging = { sort: serverSort(params.sort), count: params.size, offset: (params.page - 1) * params.size };
  if (source === 'contacts') {
    const json = await apiRequest('omnichannel/contacts.search', {
      query: { searchText: params.text.trim() || undefined, unknown: params.unknown || undefined, ...paging },
      signal,
    });
    const page = parseResponse(profilePage, json, 'the contact directory');
    return { rows: page.contacts.map(fromProfile), total: page.total };
  }
  const json = await apiRequest('livechat/visitors.search', {
    // Rocket.Chat requires `term`, empty for the whole list.
    query: { term: params.text.trim(), ...paging },
    signal,
  });
  const page = parseResponse(visitorPage, json, 'the contact directory');
  return { rows: page.visitors.map(fromVisitor), total: page.total };
}
