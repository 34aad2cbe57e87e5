import { t } from '@/i18n/translator';
import type { ReactNode } from 'react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { DirectorySort } from '../../model/directory-params';
import type { DirectoryRow } from '../../model/directory-row';
import { Channels, LastChat, RowName, valueOrDash } from './row-parts';
import { SortHeader } from './sort-header';

interface DirectoryTableProps {
  rows: DirectoryRow[];
  sort: DirectorySort;
  onSort: (sort: DirectorySort) => void;
  /** Contact profiles have channels (7.1+); visitors do not. */
  showChannels: boolean;
  renderActions: ((row: DirectoryRow) => ReactNode) | undefined;
}

/** The directory on a wide screen: Rocket.Chat's columns plus email and phone, which its 7.x table dropped. */
export function DirectoryTable({ rows, sort, onSort, showChannels, renderActions }: DirectoryTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('directory.tableName')} highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" label={t('common.name')} sort={sort} onSort={onSort} />
            <Table.Th>{t('common.email')}</Table.Th>
            <Table.Th>{t('common.phone')}</Table.Th>
            <Table.Th>{t('common.contactManager')}</Table.Th>
            <SortHeader column="lastChat" label={t('directory.lastChat')} sort={sort} onSort={onSort} />
            {showChannels && <Table.Th>{t('common.channels')}</Table.Th>}
            {renderActions && (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} data-row>
              <Table.Td>
                <RowName row={row} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto" className="directory-wrap">
                  {valueOrDash(row.email)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto">
                  {valueOrDash(row.phone)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto">
                  {valueOrDash(row.manager)}
                </Text>
              </Table.Td>
              <Table.Td>
                <LastChat row={row} />
              </Table.Td>
              {showChannels && (
                <Table.Td>
                  <Channels row={row} />
                </Table.Td>
              )}
              {renderActions && <Table.Td>{renderActions(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
