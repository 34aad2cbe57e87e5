import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { currentLocale, subscribeLocale } from './translator';

/**
 * Draws the app again from here when the language changes. Components read text through the module-level `t`, so
 * a new key is what makes every one of them read the new catalogue; the query cache above it is kept, and form
 * drafts are in storage, so nothing is lost or fetched again.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, currentLocale);
  return <Fragment key={locale}>{children}</Fragment>;
}
