import { Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { ForbiddenNotice } from '@/components/forbidden-notice';
import { PageLoader } from '@/components/page-loader';
import { messages } from '@/features/contacts/messages';
import { useCan } from '@/lib/use-can';

export function SearchRoute() {
  useDocumentTitle(`${messages.findTitle} · Omnichannel Contacts`);
  const canSearch = useCan('view-l-room');
  if (canSearch === 'loading') return <PageLoader />;
  return (
    <Container size="md">
      <Stack>
        <Title order={1}>{messages.findTitle}</Title>
        {canSearch === 'no' ? (
          <ForbiddenNotice title={messages.cannotSearch} permission="view-l-room" />
        ) : (
          <Text>{messages.findIntro}</Text>
        )}
      </Stack>
    </Container>
  );
}
