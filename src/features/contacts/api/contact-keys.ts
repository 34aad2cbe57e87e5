import type { DuplicateQuery } from './duplicate-fetchers';
import type { VisitorSearchParams } from './visitor-fetchers';

/** Query keys of the contacts feature, from general to specific, so one prefix invalidates a whole family. */
export const contactKeys = {
  all: ['contacts'] as const,
  customFields: () => [...contactKeys.all, 'custom-fields'] as const,
  /** Not server data: the forms of a phone number worth searching (computed by a lazily loaded library). */
  phoneVariants: (phone: string, region: string | undefined) =>
    [...contactKeys.all, 'phone-variants', phone, region ?? null] as const,
  agents: () => [...contactKeys.all, 'agents'] as const,
  agentSearch: (text: string) => [...contactKeys.agents(), 'search', text] as const,
  agent: (id: string) => [...contactKeys.agents(), 'by-id', id] as const,
  searches: () => [...contactKeys.all, 'search'] as const,
  visitorSearch: (params: VisitorSearchParams) => [...contactKeys.searches(), 'visitor', params] as const,
  profileSearch: (searchText: string, unknown: boolean) =>
    [...contactKeys.searches(), 'profiles', searchText, { unknown }] as const,
  /** Under searches: a save anywhere may make or remove a duplicate. */
  duplicates: (query: DuplicateQuery) => [...contactKeys.searches(), 'duplicates', query] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  visitor: (id: string) => [...contactKeys.details(), 'visitor', id] as const,
  profile: (id: string) => [...contactKeys.details(), 'profile', id] as const,
  profileChannels: (id: string) => [...contactKeys.profile(id), 'channels'] as const,
  profileHistory: (id: string, offset: number) => [...contactKeys.profile(id), 'history', offset] as const,
};
