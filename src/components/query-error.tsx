import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { isApiError } from '@/lib/api-error';
import type { Permission } from '@/lib/permissions';
import { ForbiddenNotice } from './forbidden-notice';
import { useTimeReached } from './use-time-reached';

interface QueryErrorProps {
  error: unknown;
  /** What failed, in words: "Could not load the contact". */
  title: string;
  onRetry: () => void;
  /** How to explain a 403: what the person cannot do and the permission the server checks. */
  forbidden?: { title: string; permission: Permission };
  /** What to show for a 404, when the screen has its own "not found". */
  notFound?: ReactNode;
}

/**
 * The in-place answer to a failed read, by HTTP status (architecture.md §4): 403 names the permission, 404 shows
 * the screen's "not found", anything else says what failed, with Retry. 401 never gets here: it ends the session.
 */
export function QueryError({ error, title, onRetry, forbidden, notFound }: QueryErrorProps) {
  if (isApiError(error) && error.isForbidden && forbidden) return <ForbiddenNotice {...forbidden} />;
  if (isApiError(error) && error.isNotFound && notFound) return notFound;
  return <FailureAlert error={error} title={title} onRetry={onRetry} />;
}

/** What failed and Retry; after a 429, Retry waits for the end of Rocket.Chat's rate-limit window. */
function FailureAlert({ error, title, onRetry }: Pick<QueryErrorProps, 'error' | 'title' | 'onRetry'>) {
  const ready = useTimeReached(isApiError(error) ? error.retryAt : undefined);
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        <Button size="xs" variant="default" onClick={onRetry} disabled={!ready}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

export function describeError(error: unknown): string {
  if (!isApiError(error)) return t('common.unexpected');
  if (error.kind === 'network') return t('common.unreachable');
  if (error.kind === 'invalid-response') return t('common.invalidResponse');
  if (error.status >= 500) return t('common.serverFailed', { status: error.status });
  if (error.isRateLimited) {
    if (!error.retryAt) return t('common.rateLimited');
    return t('common.rateLimitedFor', { seconds: Math.max(1, Math.ceil((error.retryAt - Date.now()) / 1000)) });
  }
  return error.serverMessage ?? error.message;
}
