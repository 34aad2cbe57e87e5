import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { wrapAnywhere } from './field-value';
import { detailMessages as messages } from '../../messages';
import { formatDateTime } from '../../model/format';
import { NewContactButton } from '../form/new-contact-button';

/** The top of a detail screen: the way back, which kind of record this is, its name, and what one can do with it. */
export function DetailHeader({
  kind,
  name,
  badges,
  actions,
}: {
  kind: string;
  name: string;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Anchor component={Link} href="/" size="sm">
          {messages.backToSearch}
        </Anchor>
        <NewContactButton size="xs" />
      </Group>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Text size="sm" c="dimmed">
            {kind}
          </Text>
          <Title order={1} style={wrapAnywhere}>
            {name}
          </Title>
          {badges}
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}

/** A Rocket.Chat date, readable, with the exact instant kept in the markup. */
export function DateValue({ iso, inherit }: { iso: string | null | undefined; inherit?: boolean }) {
  if (!iso) {
    return (
      <Text c="dimmed" inherit={inherit}>
        {messages.none}
      </Text>
    );
  }
  return (
    <Text inherit={inherit}>
      <time dateTime={iso}>{formatDateTime(iso)}</time>
    </Text>
  );
}
