import { useState, useTransition } from 'react';
import { login, type LoginInput, type LoginResult } from '../api/login';

interface Handlers {
  onSuccess: (result: LoginResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * One login request and its state: pending, then the refusal if there is one. React's async transition instead of
 * TanStack Query's mutation: the login page has no query cache (app/query-provider.tsx), which keeps about 12 kB gzip
 * off its first view (issue #15, docs/decisions/0010).
 */
export function useLoginRequest() {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<unknown>(null);

  const send = (input: LoginInput, { onSuccess, onError }: Handlers) => {
    setError(null);
    startTransition(async () => {
      try {
        onSuccess(await login(input));
      } catch (caught) {
        setError(caught);
        onError?.(caught);
      }
    });
  };

  return { send, isPending, error, reset: () => setError(null) };
}
