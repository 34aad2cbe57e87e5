import { queryOptions } from '@tanstack/react-query';
import { contactKeys } from './contact-keys';
import { fetchCustomFields } from './custom-field-fetchers';
import { fetchProfile, fetchProfileChannels, searchProfiles } from './profile-fetchers';
import { fetchVisitor, searchVisitor, type VisitorSearchParams } from './visitor-fetchers';

/** The one place the contacts feature's queries are defined: components call `useQuery(contactQueries.x(...))`. */
export const contactQueries = {
  customFields: () =>
    queryOptions({ queryKey: contactKeys.customFields(), queryFn: ({ signal }) => fetchCustomFields(signal), staleTime: 5 * 60_000 }),
  visitorSearch: (params: VisitorSearchParams) =>
    queryOptions({ queryKey: contactKeys.visitorSearch(params), queryFn: ({ signal }) => searchVisitor(params, signal) }),
  profileSearch: (searchText: string) =>
    queryOptions({ queryKey: contactKeys.profileSearch(searchText), queryFn: ({ signal }) => searchProfiles(searchText, signal) }),
  visitor: (id: string) => queryOptions({ queryKey: contactKeys.visitor(id), queryFn: ({ signal }) => fetchVisitor(id, signal) }),
  profile: (id: string) => queryOptions({ queryKey: contactKeys.profile(id), queryFn: ({ signal }) => fetchProfile(id, signal) }),
  profileChannels: (id: string) =>
    queryOptions({ queryKey: contactKeys.profileChannels(id), queryFn: ({ signal }) => fetchProfileChannels(id, signal) }),
};
