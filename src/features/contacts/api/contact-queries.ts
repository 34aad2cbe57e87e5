import { infiniteQueryOptions, keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import type { DirectoryParams } from '../model/directory-params';
import type { PhoneRegion } from '@/lib/phone-regions';
import { contactKeys } from './contact-keys';
import { fetchAgent, fetchAgents } from './agent-fetchers';
import { fetchCustomFields } from './custom-field-fetchers';
import { fetchDirectory, type DirectorySource } from './directory-fetchers';
import {
  fetchProfile,
  fetchProfileChannels,
  fetchProfileHistory,
  findProfileDuplicate,
  searchProfiles,
  type ProfileDuplicateQuery,
} from './profile-fetchers';
import { fetchTranscriptPage, TRANSCRIPT_PAGE_SIZE } from './transcript-fetchers';
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
  /**
   * A page of the directory. The previous page stays on screen while the next one loads (the table dims it), and
   * the query's signal cancels a request nobody waits for any more (type-ahead).
   */
  directory: (source: DirectorySource, params: DirectoryParams) =>
    queryOptions({
      queryKey: contactKeys.directory(source, params),
      queryFn: ({ signal }) => fetchDirectory(source, params, signal),
      placeholderData: keepPreviousData,
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
  /** Another contact profile with this email or phone (null when none), for the profile form while typing. */
  profileDuplicate: (query: ProfileDuplicateQuery) =>
    queryOptions({
      queryKey: contactKeys.profileDuplicate(query),
      queryFn: ({ signal }) => findProfileDuplicate(query, signal),
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
  /** A closed conversation's messages, oldest first, 50 more per page. */
  transcript: (rid: string) =>
    infiniteQueryOptions({
      queryKey: contactKeys.transcript(rid),
      queryFn: ({ signal, pageParam }) => fetchTranscriptPage(rid, pageParam, signal),
      initialPageParam: 0,
      getNextPageParam: (last) =>
        last.offset + TRANSCRIPT_PAGE_SIZE < last.total ? last.offset + TRANSCRIPT_PAGE_SIZE : undefined,
      staleTime: 60_000,
    }),
  /** Agents change rarely; a contact manager's name may be a few minutes old. */
  agent: (id: string) =>
    queryOptions({
      queryKey: contactKeys.agent(id),
      queryFn: ({ signal }) => fetchAgent(id, signal),
      staleTime: 5 * 60_000,
    }),
};
