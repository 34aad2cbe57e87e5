import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useCan } from '@/lib/use-can';
import { contactQueries } from '../../api/contact-queries';
import { HISTORY_PAGE_SIZE, type HistoryItem } from '../../api/profile-fetchers';
import { DateValue } from './detail-layout';
import { FieldValue } from './field-value';
import { detailMessages as messages } from '../../messages';

const HISTORY_PERMISSION = 'view-livechat-contact-history';

function closedBy(item: HistoryItem): string {
  if (item.closer === 'visitor') return messages.closerVisitor;
  if (item.closer === 'user') return messages.closerAgent(item.closedBy?.username);
  return item.closedBy?.username ?? '';
}

function HistoryRow({ item }: { item: HistoryItem }) {
  return (
    <Table.Tr>
      <Table.Td>
        <FieldValue value={item.fname ?? item._id} inherit />
      </Table.Td>
      <Table.Td>
        <FieldValue value={item.source?.label || item.source?.type || ''} inherit />
      </Table.Td>
      <Table.Td>
        <DateValue iso={item.closedAt} inherit />
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

function HistoryPages({ contactId }: { contactId: string }) {
  const [offset, setOffset] = useState(0);
  const history = useQuery({ ...contactQueries.profileHistory(contactId, offset), placeholderData: keepPreviousData });
  if (history.data === undefined) {
    if (history.isError) {
      return (
        <QueryError
          error={history.error}
          title={messages.historyFailed}
          onRetry={() => void history.refetch()}
          forbidden={{ title: messages.cannotSeeHistory, permission: HISTORY_PERMISSION }}
        />
      );
    }
    return <PageLoader label={messages.loading} />;
  }
  const { history: items, total } = history.data;
  if (!total) {
    return (
      <Stack gap={4}>
        <Title order={2} fz="md">
          {messages.noHistoryTitle}
        </Title>
        <Text c="dimmed">{messages.noHistoryBody}</Text>
      </Stack>
    );
  }
  const from = history.data.offset + 1;
  const to = history.data.offset + items.length;
  return (
    <Stack gap="sm">
      <Table aria-label={messages.historyLabel} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{messages.conversation}</Table.Th>
            <Table.Th>{messages.channel}</Table.Th>
            <Table.Th>{messages.closedAt}</Table.Th>
            <Table.Th>{messages.closedBy}</Table.Th>
            <Table.Th>{messages.messages}</Table.Th>
            <Table.Th>{messages.tags}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <HistoryRow key={item._id} item={item} />
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {messages.showing(from, to, total)}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={offset === 0 || history.isPlaceholderData}
            onClick={() => setOffset(Math.max(0, offset - HISTORY_PAGE_SIZE))}
          >
            {messages.previousPage}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={offset + HISTORY_PAGE_SIZE >= total || history.isPlaceholderData}
            onClick={() => setOffset(offset + HISTORY_PAGE_SIZE)}
          >
            {messages.nextPage}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/**
 * Closed conversations of the contact, paged. Without the history permission it says so instead of failing (the
 * server still decides: a 403 shows the same notice).
 */
export function ProfileHistoryTab({ contactId }: { contactId: string }) {
  const can = useCan(HISTORY_PERMISSION);
  if (can === 'loading') return <PageLoader label={messages.loading} />;
  if (can === 'no') return <ForbiddenNotice title={messages.cannotSeeHistory} permission={HISTORY_PERMISSION} />;
  return <HistoryPages contactId={contactId} />;
}
