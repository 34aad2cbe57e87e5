import { t } from '@/i18n/translator';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Permission } from '@/lib/permissions';
import { Link, useLocation, useSearchParams } from 'wouter';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useCan } from '@/lib/use-can';
import { contactQueries } from '../../api/contact-queries';
import { HISTORY_PAGE_SIZE, type HistoryItem, type HistoryOwner } from '../../api/history-fetchers';
import { sourceName } from '../../model/channel-source';
import { formatDateTime } from '../../model/format';
import { FieldValue } from './field-value';
import { SourceIcon } from './source-icon';
import { TranscriptError, TranscriptView } from './transcript-view';

/** `contacts.history` checks it. */
export const HISTORY_PERMISSION = 'view-livechat-contact-history';
/** The livechat/visitors.* routes check it (a visitor contact's history). */
const VISITOR_HISTORY_PERMISSION = 'view-l-room';

function closedBy(item: HistoryItem): string {
  if (item.closer === 'visitor') return t('detail.closerVisitor');
  if (item.closer === 'user') return t('detail.closerAgent', { username: item.closedBy?.username || 'none' });
  return item.closedBy?.username ?? '';
}

const closedWhen = (item: HistoryItem) => (item.closedAt ? formatDateTime(item.closedAt) : item._id);

/**
 * The list's page and the open conversation live in the URL: Back returns to the same page, a link shares it. On a
 * page with tabs, the links also keep the History tab open.
 */
function useHistoryUrl(tab: string | undefined) {
  const [params] = useSearchParams();
  const [location] = useLocation();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const href = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    if (tab) next.set('tab', tab);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    return `${location}?${next.toString()}`;
  };
  return { page, open: params.get('conversation'), href };
}

function HistoryRow({ item, href }: { item: HistoryItem; href: string }) {
  const when = closedWhen(item);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} href={href} aria-label={t('page.openConversation', { when })} inherit>
          {when}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <SourceIcon source={item.source ?? {}} size={16} />
          <FieldValue value={sourceName(item.source ?? {})} inherit />
        </Group>
      </Table.Td>
      <Table.Td>
        <FieldValue value={closedBy(item)} inherit />
      </Table.Td>
      <Table.Td>{item.msgs ?? 0}</Table.Td>
      <Table.Td>
        <FieldValue value={(item.tags ?? []).join(', ')} inherit />
      </Table.Td>
    </Table.Tr>
  );
}

interface HistoryPagesProps {
  owner: HistoryOwner;
  permission: Permission;
  tab?: string;
}

function HistoryPages({ owner, permission, tab }: HistoryPagesProps) {
  const { page, open, href } = useHistoryUrl(tab);
  const [, navigate] = useLocation();
  const offset = (page - 1) * HISTORY_PAGE_SIZE;
  const history = useQuery({ ...contactQueries.history(owner, offset), placeholderData: keepPreviousData });
  // Only to know whether the open conversation failed: then the list stays, under the error.
  const transcript = useInfiniteQuery({ ...contactQueries.transcript(open ?? ''), enabled: open !== null });
  if (history.data === undefined) {
    if (history.isError) {
      return (
        <QueryError
          error={history.error}
          title={t('detail.historyFailed')}
          onRetry={() => void history.refetch()}
          forbidden={{ title: t('detail.cannotSeeHistory'), permission }}
        />
      );
    }
    return <PageLoader label={t('detail.loading')} />;
  }
  const { history: items, total } = history.data;
  const backHref = href({ conversation: null });
  if (open && !transcript.isError) {
    const item = items.find((candidate) => candidate._id === open);
    const title = item ? t('page.conversationOf', { when: closedWhen(item) }) : t('common.conversation');
    return <TranscriptView rid={open} title={title} backHref={backHref} />;
  }
  if (!total) {
    return (
      <Stack gap={4}>
        <Title order={2} fz="md">
          {t('detail.noHistoryTitle')}
        </Title>
        <Text c="dimmed">{t('detail.noHistoryBody')}</Text>
      </Stack>
    );
  }
  const from = history.data.offset + 1;
  const to = history.data.offset + items.length;
  return (
    <Stack gap="sm">
      {open && <TranscriptError rid={open} backHref={backHref} />}
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('detail.historyLabel')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.closedAt')}</Table.Th>
              <Table.Th>{t('detail.channel')}</Table.Th>
              <Table.Th>{t('detail.closedBy')}</Table.Th>
              <Table.Th>{t('detail.messages')}</Table.Th>
              <Table.Th>{t('detail.tags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <HistoryRow key={item._id} item={item} href={href({ conversation: item._id })} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {t('detail.showing', { from, to, total })}
        </Text>
        <Group gap="xs">
          <Button
            onClick={() => navigate(href({ page: page > 2 ? String(page - 1) : null }), { replace: true })}
            variant="default"
            size="xs"
            disabled={page === 1 || history.isPlaceholderData}
          >
            {t('common.previousPage')}
          </Button>
          <Button
            onClick={() => navigate(href({ page: String(page + 1) }), { replace: true })}
            variant="default"
            size="xs"
            disabled={offset + HISTORY_PAGE_SIZE >= total || history.isPlaceholderData}
          >
            {t('common.nextPage')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/**
 * Closed conversations of the contact, paged, each opening its messages. Without the history permission it says so
 * instead of failing (the server still decides: a 403 shows the same notice).
 */
export function ProfileHistoryTab({ contactId }: { contactId: string }) {
  const can = useCan(HISTORY_PERMISSION);
  if (can === 'loading') return <PageLoader label={t('detail.loading')} />;
  if (can === 'no') return <ForbiddenNotice title={t('detail.cannotSeeHistory')} permission={HISTORY_PERMISSION} />;
  return <HistoryPages owner={{ kind: 'profile', id: contactId }} permission={HISTORY_PERMISSION} tab="history" />;
}

/**
 * A visitor contact's closed conversations, each opening its messages: asked through its last conversation's room
 * (Rocket.Chat's livechat/visitors.searchChats checks access to a room of the visitor's). Never chatted: nothing to ask.
 */
export function VisitorHistory({ visitorId, lastRoomId }: { visitorId: string; lastRoomId: string | undefined }) {
  if (!lastRoomId)
    return (
      <Stack gap={4}>
        <Title order={3} fz="md">
          {t('detail.noHistoryTitle')}
        </Title>
        <Text c="dimmed">{t('detail.noHistoryBody')}</Text>
      </Stack>
    );
  return (
    <HistoryPages
      owner={{ kind: 'visitor', id: visitorId, roomId: lastRoomId }}
      permission={VISITOR_HISTORY_PERMISSION}
    />
  );
}
