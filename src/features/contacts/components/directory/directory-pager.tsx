import { t } from '@/i18n/translator';
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { PAGE_SIZES, type PageSize } from '../../model/directory-params';

interface DirectoryPagerProps {
  total: number;
  page: number;
  size: PageSize;
  onPage: (page: number) => void;
  onSize: (size: PageSize) => void;
}

/** "60 contacts · Page 1 of 3", previous/next and the page size (Rocket.Chat's 25/50/100). */
export function DirectoryPager({ total, page, size, onPage, onSize }: DirectoryPagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" component="nav" aria-label={t('directory.paging')}>
      <Text size="sm" fw={600} role="status">
        {t('directory.total', { count: total })}
      </Text>
      <Group gap="sm" wrap="wrap">
        <NativeSelect
          label={t('directory.pageSize')}
          size="xs"
          value={String(size)}
          data={PAGE_SIZES.map(String)}
          onChange={(event) => onSize(Number(event.currentTarget.value) as PageSize)}
          styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
        />
        <Text size="sm">{t('directory.pageOf', { page: Math.min(Math.max(page, 1), pages), pages })}</Text>
        <Button size="xs" variant="default" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pages))}>
          {t('common.previousPage')}
        </Button>
        <Button size="xs" variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('common.nextPage')}
        </Button>
      </Group>
    </Group>
  );
}
