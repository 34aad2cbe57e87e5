import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Permission } from '@/lib/permissions';
import { PageLoader } from './page-loader';
import { QueryError } from './query-error';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What failed, in words: "Could not load the contact". */
  title: string;
  /** How to explain a 403: what the person cannot do and the permission the server checks. */
  forbidden?: { title: string; permission: Permission } | undefined;
  /** What to show for a 404, when the screen has its own "not found". */
  notFound?: ReactNode;
  loadingLabel?: string | undefined;
  children: (data: T) => ReactNode;
}

/**
 * The one loading/error ladder for a read: its failure in place (by status, architecture.md §4 and decision 0004),
 * a loader until the data is there, then the children with the data. Data already shown stays under a failed
 * background refetch.
 */
export function QueryState<T>({ query, title, forbidden, notFound, loadingLabel, children }: QueryStateProps<T>) {
  if (query.isError && query.data === undefined)
    return (
      <QueryError
        error={query.error}
        title={title}
        onRetry={() => void query.refetch()}
        forbidden={forbidden}
        notFound={notFound}
      />
    );
  if (query.data === undefined) return <PageLoader {...(loadingLabel ? { label: loadingLabel } : {})} />;
  return children(query.data);
}
