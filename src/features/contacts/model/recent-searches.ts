import { STORAGE_PREFIX } from '@/lib/session-store';

/** The last searches of this browser, under the session prefix so that logout removes them. */
const KEY = `${STORAGE_PREFIX}recent-searches`;
const LIMIT = 10;

export function readRecentSearches(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((item): item is string => typeof item === 'string').slice(0, LIMIT)
      : [];
  } catch {
    return [];
  }
}

/** Remembers a search (its query string), newest first, without repeats. */
export function rememberSearch(search: string): string[] {
  const next = [search, ...readRecentSearches().filter((item) => item !== search)].slice(0, LIMIT);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function clearRecentSearches(): void {
  localStorage.removeItem(KEY);
}
