import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { onUnauthorized } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { sessionKeys } from '@/lib/session-queries';
import { receiveSignedInUsers } from '@/lib/signed-in-user';
import { sessionStore } from '@/lib/session-store';

/**
 * The signed-in area's query cache. It lives here, not in the app's providers, so that TanStack Query (about 12 kB
 * gzip) is not on the login page's first view (issue #15): the login needs no cache. One client for the page's life,
 * created when this chunk first loads, so a change of language (which draws the screens again) keeps the cache.
 */
const queryClient = createQueryClient();

// A 401 anywhere: the token is gone. Forget it and every cached answer; drafts stay for after the login.
onUnauthorized(() => {
  sessionStore.expire();
  queryClient.removeQueries();
});
// Signed out here or in another tab: nothing of that user's data stays in memory either.
sessionStore.subscribe(() => {
  if (!sessionStore.get()) queryClient.clear();
});
// The login's answer carries the signed-in user: no second request for it.
receiveSignedInUsers((me) => queryClient.setQueryData(sessionKeys.me(), me));

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
