import { t } from '@/i18n/translator';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { contactQueries } from '../../api/contact-queries';
import type { ContactChannel } from '../../api/wire';
import { sourceName, type SourceLike } from '../../model/channel-source';
import { FieldValue, wrapAnywhere } from './field-value';
import { RelativeTime } from '@/components/relative-time';
import { SourceIcon } from './source-icon';
import { paths } from '@/lib/paths';

const sourceOf = (channel: ContactChannel): SourceLike => ({
  ...channel.details,
  type: channel.visitor?.source.type ?? channel.details?.type,
  id: channel.visitor?.source.id ?? channel.details?.id,
});

/**
 * One channel: its source by icon and name ("WhatsApp", "Livechat"), the visitor behind it, when it was last used,
 * and whether it is blocked, in words.
 */
export function ChannelItem({ channel }: { channel: ContactChannel }) {
  const source = sourceOf(channel);
  const visitorId = channel.visitor?.visitorId;
  const name = sourceName(source);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      aria-label={t('page.channelOf', { source: name, name: channel.name })}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <SourceIcon source={source} />
        <Stack gap={2} miw={0} style={{ flex: 1 }}>
          <Text fw={700} style={wrapAnywhere}>
            {name}
          </Text>
          {visitorId ? (
            <Anchor
              component={Link}
              href={paths.visitor(visitorId)}
              aria-label={t('detail.openVisitor', { name: channel.name })}
              style={wrapAnywhere}
              size="sm"
            >
              {channel.name}
            </Anchor>
          ) : (
            <FieldValue value={channel.name} size="sm" />
          )}
          <Text size="sm">
            {t('page.lastUsed')}:{' '}
            {channel.lastChat?.ts ? <RelativeTime iso={channel.lastChat.ts} inherit /> : t('common.none')}
          </Text>
          <Group gap="xs">
            <Badge color={channel.blocked ? 'red' : 'gray'} variant="dot" className="wrap-badge">
              {channel.blocked ? t('page.blockedInWords') : t('page.notBlocked')}
            </Badge>
            <Badge color={channel.verified ? 'teal' : 'gray'} variant="dot" className="wrap-badge">
              {channel.verified ? t('detail.verified') : t('page.notVerified')}
            </Badge>
          </Group>
        </Stack>
      </Group>
    </Paper>
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
          title={t('detail.channelsFailed')}
          onRetry={() => void channels.refetch()}
          forbidden={{ title: t('detail.cannotSeeChannels'), permission: 'view-livechat-contact' }}
        />
      );
    }
    return <PageLoader label={t('detail.loading')} />;
  }
  if (!channels.data.length) {
    return (
      <Stack gap={4}>
        <Title order={2} fz="md">
          {t('detail.noChannelsTitle')}
        </Title>
        <Text c="dimmed">{t('detail.noChannelsBody')}</Text>
      </Stack>
    );
  }
  return (
    <Stack component="ul" aria-label={t('detail.channelsLabel')} gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {channels.data.map((channel) => (
        <ChannelItem key={`${channel.name}:${channel.visitor?.visitorId ?? ''}`} channel={channel} />
      ))}
    </Stack>
  );
}
