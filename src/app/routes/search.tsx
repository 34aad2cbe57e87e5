import { useMemo } from 'react';
import { Container, Group, Stack, Text, Title } from '@mantine/core';
import { useLocation, useSearch } from 'wouter';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { PageLoader } from '@/components/page-loader';
import { NewContactButton } from '@/features/contacts/components/form/new-contact-button';
import { NewProfileButton } from '@/features/contacts/components/form/profile-new-button';
import { ContactSearch } from '@/features/contacts/components/search/contact-search';
import { messages } from '@/features/contacts/messages';
import { browserRegion, criteriaToSearch, parseCriteria } from '@/features/contacts/model/search-criteria';
import { useCan } from '@/lib/use-can';
import '../search.css';
import { usePageTitle } from '../use-page-title';

/** `/` and `/search?…`: the URL is the search, so it can be shared, restored, and moved through with back/forward. */
export function SearchRoute() {
  usePageTitle(messages.findTitle);
  const [, navigate] = useLocation();
  const search = useSearch();
  const criteria = useMemo(() => parseCriteria(search, browserRegion()), [search]);
  const canSearch = useCan('view-l-room');

  return (
    <Container size="md">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>{messages.findTitle}</Title>
            <Text c="dimmed">{messages.findIntro}</Text>
          </div>
          <Group gap="xs">
            <NewContactButton query={criteriaToSearch(criteria)} />
            <NewProfileButton prefill={{ email: criteria.email, phone: criteria.phone, region: criteria.region }} />
          </Group>
        </Group>
        {canSearch === 'loading' ? (
          <PageLoader />
        ) : canSearch === 'no' ? (
          <ForbiddenNotice title={messages.cannotSearch} permission="view-l-room" />
        ) : (
          <ContactSearch criteria={criteria} onSearch={(query) => navigate(`/search?${query}`)} />
        )}
      </Stack>
    </Container>
  );
}
