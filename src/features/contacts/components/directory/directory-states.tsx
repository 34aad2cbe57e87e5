import { Button, Card, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import { directoryMessages as messages } from './messages';

/** The first load: rows of the page's height, so nothing jumps when the contacts arrive. */
export function DirectorySkeleton({ rows }: { rows: number }) {
  return (
    <div role="status" aria-live="polite">
      <VisuallyHidden>{messages.loading}</VisuallyHidden>
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
          {text ? messages.noResultsTitle : messages.emptyTitle}
        </Title>
        <Text size="sm">{text ? messages.noResultsBody(text) : messages.emptyBody}</Text>
        {text ? (
          <Button component={Link} href={advancedHref} variant="default" size="xs">
            {messages.tryAdvanced}
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
          {messages.pastLastTitle(page)}
        </Title>
        <Text size="sm">{messages.pastLastBody(total)}</Text>
        <Button variant="default" size="xs" onClick={onFirst}>
          {messages.firstPage}
        </Button>
      </Stack>
    </Card>
  );
}
