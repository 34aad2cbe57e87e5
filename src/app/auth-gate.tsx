import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useCredentials } from '@/lib/use-credentials';
import { paths } from '@/lib/paths';

/** Signed out (or the token was revoked): go to login, and come back here afterwards. */
export function AuthGate({ children }: { children: ReactNode }) {
  const credentials = useCredentials();
  const [location] = useLocation();
  const search = useSearch();
  if (!credentials) {
    const here = `${location}${search ? `?${search}` : ''}`;
    return <Redirect to={paths.login(here)} replace />;
  }
  return children;
}
