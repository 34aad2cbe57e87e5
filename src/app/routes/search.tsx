import { t } from '@/i18n/translator';
import { useMemo } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useLocation, useSearch } from 'wouter';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { PageLoader } from '@/components/page-loader';
import { NewContactButton } from '@/features/contacts/components/form/new-contact-button';
import { ContactSearch } from '@/features/contacts/components/search/contact-search';
import { browserRegion, criteriaToSearch, parseCriteria } from '@/features/contacts/model/search-criteria';
import { useCan } from '@/lib/use-can';
import '../search.css';
import { usePageTitle } from '../use-page-title';
import { ContactCenter } from './contact-center';

/** `/search?…`: the advanced (exact-match) search. The URL is the search: shared, restored, Back/Forward. */
export function SearchRoute() {
  usePageTitle(t('directory.advancedTab'));
  const [location, navigate] = useLocation();
  const search = useSearch();
  const criteria = useMemo(() => parseCriteria(search, browserRegion()), [search]);
  const canSearch = useCan('view-l-room');
  const actions = <NewContactButton query={criteriaToSearch(criteria)} />;

  return (
    <ContactCenter current="advanced" advancedHref={search ? `${location}?${search}` : location} actions={actions}>
      <Stack maw={960}>
        <div>
          <Title order={2}>{t('directory.advancedTab')}</Title>
          <Text c="dimmed">{t('contacts.findIntro')}</Text>
        </div>
        {canSearch === 'loading' ? (
          <PageLoader />
        ) : canSearch === 'no' ? (
          <ForbiddenNotice title={t('contacts.cannotSearch')} permission="view-l-room" />
        ) : (
          <ContactSearch criteria={criteria} onSearch={(query) => navigate(`/search?${query}`)} />
        )}
      </Stack>
    </ContactCenter>
  );
}
