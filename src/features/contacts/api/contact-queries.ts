import { infiniteQueryOptions, keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import type { DirectoryParams } from '../model/directory-params';
import type { PhoneRegion } from '@/lib/phone-regions';
import { fetchAgent, fetchAgents } from './agent-fetchers';
import { fetchCustomFields } from './custom-field-fetchers';
import { fetchDirectory, type DirectorySource } from './directory-fetchers';
import { fetchProfileHistory, fetchVisitorHistory, type HistoryOwner } from './history-fetchers';
import { fetchProfile, fetchProfileChannels, searchProfiles } from './profile-fetchers';
import { findDuplicates, type DuplicateQuery } from './duplicate-fetchers';
import { fetchTranscriptPage, TRANSCRIPT_PAGE_SIZE } from './transcript-fetchers';
import { fetchVisitor, searchVisitor, type VisitorSearchParams } from './visitor-fetchers';

/**
 * Key prefixes, from general to specific, so one prefix invalidates a whole family (TkDodo's "Effective React Query
 * Keys"). Only the queries below and the mutation hooks use them.
 */
const all = ['contacts'] as const;
const searches = () => [...all, 'search'] as const;
const details = () => [...all, 'detail'] as const;
const agents = () => [...all, 'agents'] as const;
/** Under searches: every save or delete refreshes the directory. */
const directories = () => [...searches(), 'directory'] as const;

/**
 * The one place the contacts feature's queries and their keys are defined: components call
 * `useQuery(contactQueries.x(...))`, mutation hooks write the cache through `contactQueries.x(...).queryKey`, which
 * carries the data's type, so every cache write is type-checked.
 */
export const contactQueries = {
  /** Every search, duplicate check included: a save anywhere may change what they find. */
  searches,
  /** Every record read (visitors, profiles, their channels and history). */
  details,
  /** Every page of the directory (a delete removes its row from each at once). */
  directories,
  customFields: () =>
    queryOptions({
      queryKey: [...all, 'custom-fields'] as const,
      queryFn: ({ signal }) => fetchCustomFields(signal),
      staleTime: 5 * 60_000,
    }),
  /** Off (skipToken) without a region: there is no phone to read. */
  phoneVariants: (phone: string, region: PhoneRegion | undefined) =>
    queryOptions({
      queryKey: [...all, 'phone-variants', phone, region ?? null] as const,
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
      queryKey: [...directories(), source, params] as const,
      queryFn: ({ signal }) => fetchDirectory(source, params, signal),
      placeholderData: keepPreviousData,
    }),
  visitorSearch: (params: VisitorSearchParams) =>
    queryOptions({
      queryKey: [...searches(), 'visitor', params] as const,
      queryFn: ({ signal }) => searchVisitor(params, signal),
    }),
  /** `contacts.search` lists known and unknown (made from conversations) contacts separately: one query each. */
  profileSearch: (searchText: string, unknown: boolean) =>
    queryOptions({
      queryKey: [...searches(), 'profiles', searchText, { unknown }] as const,
      queryFn: ({ signal }) => searchProfiles(searchText, signal, { unknown }),
    }),
  /** Other visitors or contact profiles with this email or phone: both forms' duplicate check, typing and saving. */
  duplicates: (query: DuplicateQuery) =>
    queryOptions({
      queryKey: [...searches(), 'duplicates', query] as const,
      queryFn: ({ signal }) => findDuplicates(query, signal),
      staleTime: 30_000,
    }),
  agents: (text: string) =>
    queryOptions({
      queryKey: [...agents(), 'search', text] as const,
      queryFn: ({ signal }) => fetchAgents(text, signal),
      staleTime: 60_000,
    }),
  visitor: (id: string) =>
    queryOptions({
      queryKey: [...details(), 'visitor', id] as const,
      queryFn: ({ signal }) => fetchVisitor(id, signal),
    }),
  profile: (id: string) =>
    queryOptions({
      queryKey: [...details(), 'profile', id] as const,
      queryFn: ({ signal }) => fetchProfile(id, signal),
    }),
  profileChannels: (id: string) =>
    queryOptions({
      queryKey: [...details(), 'profile', id, 'channels'] as const,
      queryFn: ({ signal }) => fetchProfileChannels(id, signal),
    }),
  /** One page of closed conversations: a contact profile's, or a visitor contact's asked through one of its rooms. */
  history: (owner: HistoryOwner, offset: number) =>
    queryOptions({
      queryKey: [
        ...details(),
        owner.kind,
        owner.id,
        'history',
        owner.kind === 'visitor' ? owner.roomId : '',
        offset,
      ] as const,
      queryFn: ({ signal }) =>
        owner.kind === 'profile'
          ? fetchProfileHistory(owner.id, offset, signal)
          : fetchVisitorHistory(owner.id, owner.roomId, offset, signal),
    }),
  /** A closed conversation's messages, oldest first, 50 more per page. */
  transcript: (rid: string) =>
    infiniteQueryOptions({
      queryKey: [...all, 'transcript', rid] as const,
      queryFn: ({ signal, pageParam }) => fetchTranscriptPage(rid, pageParam, signal),
      initialPageParam: 0,
      getNextPageParam: (last) =>
        last.offset + TRANSCRIPT_PAGE_SIZE < last.total ? last.offset + TRANSCRIPT_PAGE_SIZE : undefined,
      staleTime: 60_000,
      // The history tab swaps the transcript for its error notice when a load fails; that notice must not start the
      // load again just by mounting (which would swap back to "Loading" and round again). Retry does it.
      retryOnMount: false,
    }),
  /** Agents change rarely; a contact manager's name may be a few minutes old. */
  agent: (id: string) =>
    queryOptions({
      queryKey: [...agents(), 'by-id', id] as const,
      queryFn: ({ signal }) => fetchAgent(id, signal),
      staleTime: 5 * 60_000,
    }),
};
