import { t } from '@/i18n/translator';
import { Anchor, Button, Card, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { LoadingIndicator } from '@/components/page-loader';
import { Link } from 'wouter';
import { QueryError } from '@/components/query-error';
import type { ContactSearchState } from '../../api/use-contact-search';

interface SearchResultsProps {
  state: ContactSearchState;
  conditions: string[];
  registerHref: string;
  /** The directory, searching for what the conditions name (email or phone), to see every match. */
  directoryHref: string;
  renderContact: (state: Extract<ContactSearchState, { status: 'success' }>) => React.ReactNode;
}

export function SearchResults({ state, conditions, registerHref, directoryHref, renderContact }: SearchResultsProps) {
  if (state.status === 'idle') return null;
  if (state.status === 'pending') {
    return (
      <Stack align="center" py="md">
        <LoadingIndicator label={t('contacts.searching')} />
      </Stack>
    );
  }
  if (state.status === 'error') {
    return (
      <QueryError
        error={state.error}
        title={t('contacts.searchFailed')}
        onRetry={state.retry}
        forbidden={{ title: t('contacts.cannotSearch'), permission: 'view-l-room' }}
      />
    );
  }
  return (
    <section aria-labelledby="search-result-title">
      <VisuallyHidden role="status">{state.contact ? t('contacts.foundOne') : t('contacts.foundNone')}</VisuallyHidden>
      {state.contact ? (
        <Stack gap="xs">
          <Title order={2} size="h3" id="search-result-title">
            {t('contacts.resultTitle')}
          </Title>
          {renderContact(state)}
          <Text size="sm">
            {t('contacts.firstMatchOnly')}{' '}
            <Anchor component={Link} href={directoryHref} underline="always">
              {t('contacts.browseDirectory')}
            </Anchor>
          </Text>
        </Stack>
      ) : (
        <Card withBorder>
          <Stack gap="xs" align="flex-start">
            <Title order={2} size="h3" id="search-result-title">
              {t('contacts.noMatchTitle')}
            </Title>
            <Text size="sm">{t('contacts.noMatchConditions')}</Text>
            <List size="sm">
              {conditions.map((condition) => (
                <List.Item key={condition}>{condition}</List.Item>
              ))}
            </List>
            <Button component={Link} href={registerHref}>
              {t('contacts.registerNew')}
            </Button>
          </Stack>
        </Card>
      )}
    </section>
  );
}
