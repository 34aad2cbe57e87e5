import { t } from '@/i18n/translator';
import { Table, UnstyledButton } from '@mantine/core';
import { FIRST_DIRECTION, type DirectorySort, type DirectorySortKey } from '../../model/directory-params';

interface SortHeaderProps {
  column: DirectorySortKey;
  label: string;
  sort: DirectorySort;
  onSort: (sort: DirectorySort) => void;
}

/** A sortable column: a button in the header, `aria-sort` on the sorted one; pressing it again reverses. */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const active = sort.key === column;
  const next: DirectorySort = active
    ? { key: column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
    : { key: column, direction: FIRST_DIRECTION[column] };
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton
        onClick={() => onSort(next)}
        fw={700}
        fz="sm"
        title={t('directory.sortBy', { column: label })}
        className="directory-sort"
      >
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
