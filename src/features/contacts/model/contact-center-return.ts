import { paths } from '@/lib/paths';
import { sessionStore } from '@/lib/session-store';

/**
 * The Contact Center screen the person was last on (the directory or the advanced search, with its query, sort and
 * page), so a contact page's way back returns to the same rows instead of an empty directory. Kept in memory only
 * and forgotten when the session ends: a search names customers.
 */
let last = paths.directory();

sessionStore.subscribe(() => {
  if (!sessionStore.get()) last = paths.directory();
});

export function rememberContactCenter(href: string): void {
  last = href;
}

export function contactCenterHref(): string {
  return last;
}
