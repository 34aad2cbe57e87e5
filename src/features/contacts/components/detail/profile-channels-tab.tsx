import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { ContactChannel } from '../../api/wire';
import { DateValue } from './detail-layout';
import { FieldValue, wrapAnywhere } from './field-value';
import { detailMessages as messages } from '../../messages';

function ChannelRow({ channel }: { channel: ContactChannel }) {
  const visitorId = channel.visitor?.visitorId;
  return (
    <Table.Tr>
      <Table.Td>
        {visitorId ? (
          <Anchor
            component={Link}
            href={`/visitors/${encodeURIComponent(visitorId)}`}
            aria-label={messages.openVisitor(channel.name)}
            style={wrapAnywhere}
            inherit
          >
            {channel.name}
          </Anchor>
        ) : (
          <FieldValue value={channel.name} inherit />
        )}
      </Table.Td>
      <Table.Td>
        <FieldValue value={channel.visitor?.source.type ?? channel.details?.type ?? ''} inherit />
      </Table.Td>
      <Table.Td>{channel.verified ? messages.yes : messages.no}</Table.Td>
      <Table.Td>{channel.blocked ? messages.yes : messages.no}</Table.Td>
      <Table.Td>
        <DateValue iso={channel.lastChat?.ts} inherit />
      </Table.Td>
    </Table.Tr>
  );
}

/** The contact's channels (`contacts.channels`), each linking to the visitor behind it. */
export function ProfileChannelsTab({ contactId }: { contactId: string }) {
  const channels = useQuery(contactQueries.profileChannels(contactId));
  if (channels.data === undefined) {
    if (channels.isError) {
      return (
        <QueryError
          error={channels.error}
          title={messages.channelsFailed}
          onRetry={() => void channels.refetch()}
          forbidden={{ title: messages.cannotSeeChannels, permission: 'view-livechat-contact' }}
        />
      );
    }
    return <PageLoader label={messages.loading} />;
  }
  if (!channels.data.length) {
    return (
      <Stack gap={4}>
        <Title order={2} fz="md">
          {messages.noChannelsTitle}
        </Title>
        <Text c="dimmed">{messages.noChannelsBody}</Text>
      </Stack>
    );
  }
  return (
    <Table aria-label={messages.channelsLabel} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{messages.channel}</Table.Th>
          <Table.Th>{messages.source}</Table.Th>
          <Table.Th>{messages.verified}</Table.Th>
          <Table.Th>{messages.blocked}</Table.Th>
          <Table.Th>{messages.lastChat}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {channels.data.map((channel) => (
          <ChannelRow key={`${channel.name}:${channel.visitor?.visitorId ?? ''}`} channel={channel} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
