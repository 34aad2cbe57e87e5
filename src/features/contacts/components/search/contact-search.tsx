import { t } from '@/i18n/translator';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Stack } from '@mantine/core';
import { LoadingIndicator } from '@/components/page-loader';
import { useCapabilities } from '@/lib/capabilities';
import { isApiError } from '@/lib/api-error';
import { useCan } from '@/lib/use-can';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { contactQueries } from '../../api/contact-queries';
import { visitorFields } from '../../api/custom-field-fetchers';
import { useContactSearch, useProfileMatches } from '../../api/use-contact-search';
import { describeCriteria } from '../../model/describe-criteria';
import { clearRecentSearches, readRecentSearches, rememberSearch } from '../../model/recent-searches';
import { criteriaToSearch, hasConditions, type SearchCriteria } from '../../model/search-criteria';
import { ProfileMatches } from './profile-matches';
import { RecentSearches } from './recent-searches';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import { VisitorCard } from './visitor-card';
import { paths } from '@/lib/paths';

interface ContactSearchProps {
  criteria: SearchCriteria;
  onSearch: (search: string) => void;
}

/** "Find a contact": the builder, the result, Rocket.Chat 7.1+ profile matches and recent searches. */
export function ContactSearch({ criteria, onSearch }: ContactSearchProps) {
  const [recent, setRecent] = useState(readRecentSearches);
  const customFields = useQuery(contactQueries.customFields());
  const { visible, searchable, notSearchable } = visitorFields(customFields.data ?? []);
  const visitorScope = (customFields.data ?? []).filter((field) => field.scope === 'visitor');
  const state = useContactSearch(criteria);
  const capabilities = useCapabilities();
  const profilesAllowed = useCan('view-livechat-contact') === 'yes' && capabilities.data?.contactProfiles === true;
  const showProfiles = profilesAllowed && (criteria.email !== '' || criteria.phone !== '');
  const profiles = useProfileMatches(criteria, showProfiles);

  if (state.status === 'error' && isApiError(state.error) && state.error.isForbidden) {
    return <ForbiddenNotice title={t('contacts.cannotSearch')} permission="view-l-room" />;
  }
  const rejection =
    state.status === 'error' && isApiError(state.error) && state.error.status === 400
      ? state.error.serverMessage
      : undefined;
  const search = criteriaToSearch(criteria);

  return (
    <Stack gap="lg">
      {/* The builder's selects need their options before their values: render it once the definitions are in. */}
      {customFields.isPending ? (
        <LoadingIndicator label={t('contacts.loadingFields')} />
      ) : (
        <SearchForm
          key={search}
          criteria={criteria}
          searchable={searchable}
          notSearchable={notSearchable}
          fieldsFailed={customFields.isError}
          rejection={rejection}
          onSearch={(next) => {
            const query = criteriaToSearch(next);
            setRecent(rememberSearch(query));
            onSearch(query);
          }}
        />
      )}
      {!rejection && (
        <SearchResults
          state={state}
          conditions={describeCriteria(criteria, visible)}
          registerHref={paths.newVisitor(search)}
          directoryHref={
            criteria.email || criteria.phone
              ? paths.directory(`q=${encodeURIComponent(criteria.email || criteria.phone)}`)
              : paths.directory()
          }
          renderContact={({ contact, matchedPhone }) =>
            contact && (
              <VisitorCard
                visitor={contact}
                fields={visitorScope}
                matchedPhone={matchedPhone?.value}
                profiles={capabilities.data?.contactProfiles === true}
              />
            )
          }
        />
      )}
      {showProfiles && hasConditions(criteria) && state.status !== 'error' && <ProfileMatches {...profiles} />}
      <RecentSearches
        searches={recent}
        fields={visible}
        onClear={() => {
          clearRecentSearches();
          setRecent([]);
        }}
      />
    </Stack>
  );
}
