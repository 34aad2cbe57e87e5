import { queryOptions, skipToken } from '@tanstack/react-query';
import type { PhoneRegion } from '@/lib/phone-regions';
import { contactKeys } from './contact-keys';
import { fetchAgent, fetchAgents } from './agent-fetchers';
import { fetchCustomFields } from './custom-field-fetchers';
import { fetchProfile, fetchProfileChannels, fetchProfileHistory, searchProfiles } from './profile-fetchers';
import { findDuplicates, type DuplicateQuery } from './duplicate-fetchers';
import { fetchVisitor, searchVisitor, type VisitorSearchParams } from './visitor-fetchers';

/** The one place the contacts feature's queries are defined: components call `useQuery(contactQueries.x(...))`. */
export const contactQueries = {
  customFields: () =>
    queryOptions({
      queryKey: contactKeys.customFields(),
      queryFn: ({ signal }) => fetchCustomFields(signal),
      staleTime: 5 * 60_000,
    }),
  /** Off (skipToken) without a region: there is no phone to read. */
  phoneVariants: (phone: string, region: PhoneRegion | undefined) =>
    queryOptions({
      queryKey: contactKeys.phoneVariants(phone, region),
      // libphonenumber-js is ~30 kB gzip: loaded when a phone is searched, not with the screen.
      queryFn: region ? async () => (await import('@/lib/phone')).phoneVariants(phone, region) : skipToken,
      staleTime: Infinity,
    }),
  visitorSearch: (params: VisitorSearchParams) =>
    queryOptions({
      queryKey: contactKeys.visitorSearch(params),
      queryFn: ({ signal }) => searchVisitor(params, signal),
    }),
  /** `contacts.search` lists known and unknown (made from conversations) contacts separately: one query each. */
  profileSearch: (searchText: string, unknown: boolean) =>
    queryOptions({
      queryKey: contactKeys.profileSearch(searchText, unknown),
      queryFn: ({ signal }) => searchProfiles(searchText, signal, { unknown }),
    }),
  /** Other visitors or contact profiles with this email or phone: both forms' duplicate check, typing and saving. */
  duplicates: (query: DuplicateQuery) =>
    queryOptions({
      queryKey: contactKeys.duplicates(query),
      queryFn: ({ signal }) => findDuplicates(query, signal),
      staleTime: 30_000,
    }),
  agents: (text: string) =>
    queryOptions({
      queryKey: contactKeys.agentSearch(text),
      queryFn: ({ signal }) => fetchAgents(text, signal),
      staleTime: 60_000,
    }),
  visitor: (id: string) =>
    queryOptions({ queryKey: contactKeys.visitor(id), queryFn: ({ signal }) => fetchVisitor(id, signal) }),
  profile: (id: string) =>
    queryOptions({ queryKey: contactKeys.profile(id), queryFn: ({ signal }) => fetchProfile(id, signal) }),
  profileChannels: (id: string) =>
    queryOptions({
      queryKey: contactKeys.profileChannels(id),
      queryFn: ({ signal }) => fetchProfileChannels(id, signal),
    }),
  profileHistory: (id: string, offset: number) =>
    queryOptions({
      queryKey: contactKeys.profileHistory(id, offset),
      queryFn: ({ signal }) => fetchProfileHistory(id, offset, signal),
    }),
  /** Agents change rarely; a contact manager's name may be a few minutes old. */
  agent: (id: string) =>
    queryOptions({
      queryKey: contactKeys.agent(id),
      queryFn: ({ signal }) => fetchAgent(id, signal),
      staleTime: 5 * 60_000,
    }),
};
