import { hashKey, type QueryClient } from '@tanstack/react-query';
import { contactQueries } from './contact-queries';
import type { ContactProfile } from './wire';

/** What a save answered: the contact profile as saved, or only the saved record's id. */
export type SavedRecord = { profile: ContactProfile } | { id: string };

/**
 * The one cache policy after every save (profile create and update, visitor register, conflict resolution): the
 * answer becomes the cached detail when there is one; every other detail and every search is marked stale, so each
 * screen showing this contact reads it fresh when it shows next. Nothing refetches now: the form is about to close,
 * and its own duplicate checks would only find the record just saved.
 */
export function settleSave(queryClient: QueryClient, saved: SavedRecord): void {
  const written = 'profile' in saved ? contactQueries.profile(saved.profile._id).queryKey : undefined;
  if ('profile' in saved && written) queryClient.setQueryData(written, saved.profile);
  void queryClient.invalidateQueries({ queryKey: contactQueries.searches(), refetchType: 'none' });
  void queryClient.invalidateQueries({
    queryKey: contactQueries.details(),
    refetchType: 'none',
    predicate: (query) => written === undefined || query.queryHash !== hashKey(written),
  });
}
