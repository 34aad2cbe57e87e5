import { t } from '@/i18n/translator';
import { useEffect, useRef } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { LoadingIndicator } from '@/components/page-loader';
import { describeError } from '@/components/query-error';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { isApiError } from '@/lib/api-error';
import { contactQueries } from '../../api/contact-queries';
import { TranscriptMessageItem } from './transcript-message';

interface TranscriptViewProps {
  rid: string;
  /** "Conversation closed <when>", to name what is open. */
  title: string;
  /** Where "Back to history" goes: the list at the page it was on. */
  backHref: string;
}

/**
 * A failed first load: Retry and the way back, in a notice placed above the history list, which stays (the list
 * is rendered by the caller under it).
 */
export function TranscriptError({ rid, backHref }: { rid: string; backHref: string }) {
  const transcript = useInfiniteQuery(contactQueries.transcript(rid));
  if (!transcript.isError) return null;
  if (isApiError(transcript.error) && transcript.error.isForbidden)
    return <ForbiddenNotice title={t('page.cannotSeeTranscript')} permission="view-l-room" />;
  return (
    <Alert color="red" title={t('page.transcriptFailed')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(transcript.error)}</Text>
        <Text size="sm">{t('page.transcriptKept')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => void transcript.refetch()}>
            {t('common.retry')}
          </Button>
          {/* The alert's own text colour: the link colour on the alert's red tint falls below WCAG AA contrast. */}
          <Anchor component={Link} href={backHref} size="sm" c="inherit" underline="always">
            {t('page.backToHistory')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A closed conversation's messages, oldest first, with "Load more" for long ones and the way back to the list. */
export function TranscriptView({ rid, title, backHref }: TranscriptViewProps) {
  const transcript = useInfiniteQuery(contactQueries.transcript(rid));
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a conversation is a move within the page: focus goes to its heading, as after a navigation.
  useEffect(() => heading.current?.focus(), [rid]);
  const loaded = transcript.data?.pages.flatMap((page) => page.messages) ?? [];
  const total = transcript.data?.pages.at(-1)?.total ?? 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`transcript-${rid}`}>
      <Group justify="space-between" align="flex-start">
        <Title order={2} fz="lg" id={`transcript-${rid}`} ref={heading} tabIndex={-1} miw={0}>
          {title}
        </Title>
        <Button component={Link} href={backHref} variant="default" size="xs">
          {t('page.backToHistory')}
        </Button>
      </Group>
      {transcript.isPending && <LoadingIndicator label={t('page.loadingTranscript')} />}
      {transcript.data && !loaded.length && <Text c="dimmed">{t('page.noMessages')}</Text>}
      {loaded.length > 0 && (
        <Stack component="ol" aria-label={t('page.transcriptLabel')} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {loaded.map((message) => (
            <TranscriptMessageItem key={message._id} message={message} />
          ))}
        </Stack>
      )}
      {transcript.data && (
        <Group justify="space-between">
          <Text size="sm" role="status">
            {t('page.transcriptShowing', { shown: loaded.length, total })}
          </Text>
          {transcript.hasNextPage && (
            <Button
              variant="default"
              size="xs"
              loading={transcript.isFetchingNextPage}
              onClick={() => void transcript.fetchNextPage()}
            >
              {t('page.loadMore')}
            </Button>
          )}
        </Group>
      )}
      {transcript.isFetchNextPageError && (
        <Alert color="red" title={t('page.transcriptFailed')} role="alert">
          {describeError(transcript.error)}
        </Alert>
      )}
    </Stack>
  );
}
