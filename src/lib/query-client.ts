import { t } from '@/i18n/translator';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { notify } from './notify';

/** Retry only what may succeed on a second try; never a 4xx, which would fail the same way. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isApiError(error) && error.isTransient;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A background refresh that fails keeps the data on screen and says so, once (the id folds repeats).
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only a failure that a later refresh may fix: a 403 or 404 is handled where the data is shown.
        if (query.state.data === undefined || !isApiError(error) || !error.isTransient) return;
        notify({
          id: 'refresh-failed',
          color: 'orange',
          title: t('data.refreshFailedTitle'),
          message: t('data.refreshFailed'),
        });
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
