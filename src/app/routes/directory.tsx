import { t } from '@/i18n/translator';
import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { ContactDirectory, type DirectoryNavigation } from '@/features/contacts/components/directory/contact-directory';
import { NewContactButton } from '@/features/contacts/components/form/new-contact-button';
import { usePageTitle } from '../use-page-title';
import { ContactCenter } from './contact-center';
import { paths } from '@/lib/paths';
import '../directory-screen.css';

/** `/?q=…&sort=…&page=…&size=…`: the directory's state is the URL (reload, Back/Forward, shared links). */
export function DirectoryRoute() {
  usePageTitle(t('directory.documentTitle'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useHistoryState<{ notice?: string; focusSearch?: boolean } | null>();
  const go = useCallback(
    (next: string, options: DirectoryNavigation = {}) =>
      navigate(paths.directory(next), { replace: options.replace ?? false, state: { notice: options.notice } }),
    [navigate],
  );
  const actions = <NewContactButton />;
  return (
    <ContactCenter current="directory" actions={actions}>
      <ContactDirectory
        search={search}
        notice={state?.notice}
        navigate={go}
        advancedHref="/search"
        newContact={<NewContactButton size="xs" />}
        autoFocus={state?.focusSearch === true}
      />
    </ContactCenter>
  );
}
