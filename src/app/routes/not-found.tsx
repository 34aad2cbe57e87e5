import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { messages } from '../messages';

export function NotFoundRoute() {
  return (
    <Container size="sm">
      <Title order={1}>{messages.notFoundTitle}</Title>
      <Text my="md">{messages.notFoundBody}</Text>
      <Anchor component={Link} href="/">
        {messages.backToSearch}
      </Anchor>
    </Container>
  );
}
