import { t } from '@/i18n/translator';
import { useId, type ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { ContactAvatar } from '@/components/contact-avatar';
import { OnDemandTooltip } from '@/components/on-demand-tooltip';
import { RelativeTime } from '@/components/relative-time';
import { rowHref, type DirectoryRow } from '../../model/directory-row';
import { ChannelLabel } from '../channel-label';

/** The row's one link (a real `<a>`: middle-click and "open in new tab" work), with avatar and conflicts badge. */
export function RowName({ row }: { row: DirectoryRow }) {
  const hint = useId();
  return (
    <Group gap="sm" wrap="nowrap">
      <ContactAvatar name={row.name} size="sm" />
      <Anchor
        component={Link}
        href={rowHref(row)}
        dir="auto"
        data-row-link
        fw={600}
        size="sm"
        className="directory-name"
      >
        {row.name}
      </Anchor>
      {row.conflicts > 0 && (
        <>
          <OnDemandTooltip label={t('directory.conflictsHint')} multiline w={260} withArrow>
            <Badge color="red.9" variant="filled" size="sm" tabIndex={0} aria-describedby={hint}>
              {t('directory.conflicts', { count: row.conflicts })}
            </Badge>
          </OnDemandTooltip>
          {/* The hint is the badge's description too: the tooltip is drawn only while hovered or focused. */}
          <span hidden id={hint}>
            {t('directory.conflictsHint')}
          </span>
        </>
      )}
    </Group>
  );
}

export function LastChat({ row }: { row: DirectoryRow }) {
  return row.lastChat ? (
    <RelativeTime iso={row.lastChat} />
  ) : (
    <Text size="sm" c="dimmed" span>
      {t('directory.never')}
    </Text>
  );
}

export function Channels({ row }: { row: DirectoryRow }) {
  if (row.channels.length === 0)
    return (
      <Text size="sm" c="dimmed" span>
        {t('directory.noValue')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {row.channels.map((channel) => (
        <ChannelLabel key={channel.type} channel={channel} />
      ))}
    </Stack>
  );
}

export const valueOrDash = (value: string | undefined): ReactNode => value || t('directory.noValue');
