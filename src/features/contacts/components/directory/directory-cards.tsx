import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';
import type { DirectoryRow } from '../../model/directory-row';
import { Channels, LastChat, RowName } from './row-parts';

interface DirectoryCardsProps {
  rows: DirectoryRow[];
  showChannels: boolean;
  renderActions: ((row: DirectoryRow) => ReactNode) | undefined;
}

/** The directory on a phone: one card per contact, nothing wider than the screen. */
export function DirectoryCards({ rows, showChannels, renderActions }: DirectoryCardsProps) {
  return (
    <Stack component="ul" aria-label={t('directory.tableName')} gap="xs" p={0} m={0} className="directory-cards">
      {rows.map((row) => (
        <Card component="li" key={row.id} withBorder padding="sm" data-row>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <RowName row={row} />
            {renderActions?.(row)}
          </Group>
          <Stack gap={2} mt={6} pl={34}>
            {row.email && (
              <Text size="sm" dir="auto" className="directory-wrap">
                {row.email}
              </Text>
            )}
            {row.phone && (
              <Text size="sm" dir="auto">
                {row.phone}
              </Text>
            )}
            {row.manager && (
              <Text size="sm">
                {t('common.contactManager')}: <bdi>{row.manager}</bdi>
              </Text>
            )}
            <Text size="sm">
              {t('directory.lastChat')}: <LastChat row={row} />
            </Text>
            {showChannels && row.channels.length > 0 && <Channels row={row} />}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
