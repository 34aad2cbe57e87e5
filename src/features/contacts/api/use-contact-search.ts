import { useQueries, useQuery } from '@tanstack/react-query';
import type { PhoneVariant } from '@/lib/phone';
import { customMap, hasConditions, type SearchCriteria } from '../model/search-criteria';
import { contactQueries } from './contact-queries';
import type { VisitorSearchParams } from './visitor-fetchers';
import type { ContactProfile, Visitor } from './wire';

export type ContactSearchState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'success'; contact: Visitor | null; matchedPhone: PhoneVariant | undefined };

/**
 * Runs a search: one `contact.search` per form of the phone (as typed, E.164, digits), in parallel, with the same
 * email and custom conditions. The first form (in that order) that finds a contact wins. Any failed request fails
 * the search, so no earlier or partial result stays on screen.
 */
export function useContactSearch(criteria: SearchCriteria): ContactSearchState {
  const enabled = hasConditions(criteria);
  const variants = useQuery({
    ...contactQueries.phoneVariants(criteria.phone, criteria.region),
    enabled: enabled && criteria.phone !== '',
  });
  const phones: (PhoneVariant | undefined)[] = criteria.phone ? (variants.data ?? []) : [undefined];
  const custom = customMap(criteria.conditions);
  const params = phones.map((phone): VisitorSearchParams => ({
    ...(criteria.email ? { email: criteria.email } : {}),
    ...(phone ? { phone: phone.value } : {}),
    ...(Object.keys(custom).length ? { custom } : {}),
  }));
  const results = useQueries({ queries: params.map((p) => ({ ...contactQueries.visitorSearch(p), enabled })) });

  if (!enabled) return { status: 'idle' };
  if (variants.isError) return { status: 'error', error: variants.error, retry: () => void variants.refetch() };
  const failed = results.find((result) => result.isError);
  if (failed)
    return { status: 'error', error: failed.error, retry: () => results.forEach((result) => void result.refetch()) };
  if ((criteria.phone && !variants.data) || results.some((result) => result.data === undefined))
    return { status: 'pending' };
  const index = results.findIndex((result) => result.data);
  return {
    status: 'success',
    contact: results[index]?.data ?? null,
    matchedPhone: index >= 0 ? phones[index] : undefined,
  };
}

/**
 * Contact profiles (7.1+) with the searched email or one of the phone's forms, known and unknown (most profiles made
 * from conversations are unknown, which `contacts.search` lists only when asked). It matches substrings of name,
 * email or phone, so the answers are narrowed to exact email (ignoring case) or phone matches.
 */
export function useProfileMatches(criteria: SearchCriteria, enabled: boolean) {
  const variants = useQuery({
    ...contactQueries.phoneVariants(criteria.phone, criteria.region),
    enabled: enabled && criteria.phone !== '',
  });
  const phones = (variants.data ?? []).map((variant) => variant.value);
  const texts = [...(criteria.email ? [criteria.email] : []), ...phones];
  const results = useQueries({
    queries: texts.flatMap((text) =>
      [false, true].map((unknown) => ({ ...contactQueries.profileSearch(text, unknown), enabled })),
    ),
  });
  const isExact = (profile: ContactProfile) =>
    (criteria.email !== '' && (profile.emails ?? []).some((e) => e.address.toLowerCase() === criteria.email)) ||
    (profile.phones ?? []).some((p) => phones.includes(p.phoneNumber));
  const profiles = new Map<string, ContactProfile>();
  for (const result of results)
    for (const profile of result.data ?? []) if (isExact(profile)) profiles.set(profile._id, profile);
  return {
    isPending: results.some((result) => result.isPending) || (criteria.phone !== '' && variants.isPending),
    isError: results.some((result) => result.isError) || variants.isError,
    profiles: [...profiles.values()],
  };
}
