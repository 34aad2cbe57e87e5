import { useQuery } from '@tanstack/react-query';
import { useCapabilities } from '@/lib/capabilities';
import { contactQueries } from '../../api/contact-queries';

/** The name a contact profile page shows (from the cached `contacts.get`), for the document title; undefined until loaded. */
export function useProfileName(id: string): string | undefined {
  const capabilities = useCapabilities();
  return useQuery({
    ...contactQueries.profile(id),
    enabled: capabilities.data?.contactProfiles === true,
    select: (profile) => profile.name || profile._id,
  }).data;
}

/** The name a visitor contact page shows (from the cached `omnichannel/contact`). */
export function useVisitorName(id: string): string | undefined {
  return useQuery({
    ...contactQueries.visitor(id),
    select: (visitor) => (visitor ? visitor.name || visitor.username || visitor._id : undefined),
  }).data;
}
