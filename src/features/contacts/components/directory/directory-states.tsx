import { t } from '@/i18n/translator';
import { Button, Card, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';

/** The first load: rows of the page's height, so nothing jumps when the contacts arrive. */
export function DirectorySkeleton({ rows }: { rows: number }) {
  return (
    <div role="status" aria-live="polite">
      <VisuallyHidden>{t('directory.loading')}</VisuallyHidden>
      <Table aria-hidden="true" verticalSpacing="xs">
        <Table.Tbody>
          {Array.from({ length: Math.min(rows, 25) }, (_, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <Skeleton height={26} radius="xl" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

interface EmptyProps {
  text: string;
  advancedHref: string;
  newContact: React.ReactNode;
}

/** Nothing to list: no contacts at all, or none with the text typed. */
export function DirectoryEmpty({ text, advancedHref, newContact }: EmptyProps) {
  return (
    <Card withBorder component="section" aria-labelledby="directory-empty-title" role="status">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3" id="directory-empty-title">
          {text ? t('directory.noResultsTitle') : t('directory.emptyTitle')}
        </Title>
        <Text size="sm">{text ? t('directory.noResultsBody', { text }) : t('directory.emptyBody')}</Text>
        {text ? (
          <Button component={Link} href={advancedHref} variant="default" size="xs">
            {t('directory.tryAdvanced')}
          </Button>
        ) : (
          newContact
        )}
      </Stack>
    </Card>
  );
}

/** A page after the last one (a hand-edited or old link): say so and offer the first page. */
export function PastLastPage({ page, total, onFirst }: { page: number; total: number; onFirst: () => void }) {
  return (
    <Card withBorder component="section" aria-labelledby="directory-past-title">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h3" id="directory-past-title">
          {t('directory.pastLastTitle', { page })}
        </Title>
        <Text size="sm">{t('directory.pastLastBody', { total })}</Text>
        <Button variant="default" size="xs" onClick={onFirst}>
          {t('directory.firstPage')}
        </Button>
      </Stack>
    </Card>
  );
}
