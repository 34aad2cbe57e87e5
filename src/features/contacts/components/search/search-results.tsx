import { Anchor, Button, Card, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { LoadingIndicator } from '@/components/page-loader';
import { Link } from 'wouter';
import { QueryError } from '@/components/query-error';
import type { ContactSearchState } from '../../api/use-contact-search';
import { messages } from '../../messages';

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
        <LoadingIndicator label={messages.searching} />
      </Stack>
    );
  }
  if (state.status === 'error') {
    return (
      <QueryError
        error={state.error}
        title={messages.searchFailed}
        onRetry={state.retry}
        forbidden={{ title: messages.cannotSearch, permission: 'view-l-room' }}
      />
    );
  }
  return (
    <section aria-labelledby="search-result-title">
      <VisuallyHidden role="status">{state.contact ? messages.foundOne : messages.foundNone}</VisuallyHidden>
      {state.contact ? (
        <Stack gap="xs">
          <Title order={2} size="h3" id="search-result-title">
            {messages.resultTitle}
          </Title>
          {renderContact(state)}
          <Text size="sm">
            {messages.firstMatchOnly}{' '}
            <Anchor component={Link} href={directoryHref} underline="always">
              {messages.browseDirectory}
            </Anchor>
          </Text>
        </Stack>
      ) : (
        <Card withBorder>
          <Stack gap="xs" align="flex-start">
            <Title order={2} size="h3" id="search-result-title">
              {messages.noMatchTitle}
            </Title>
            <Text size="sm">{messages.noMatchConditions}</Text>
            <List size="sm">
              {conditions.map((condition) => (
                <List.Item key={condition}>{condition}</List.Item>
              ))}
            </List>
            <Button component={Link} href={registerHref}>
              {messages.registerNew}
            </Button>
          </Stack>
        </Card>
      )}
    </section>
  );
}
