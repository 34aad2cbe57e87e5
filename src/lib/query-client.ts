import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** Retry only what may succeed on a second try; never a 4xx, which would fail the same way. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isApiError(error) && error.isTransient;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
