import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { detailMessages as messages } from '../../messages';

/** Rocket.Chat answered `contact: null` or 404: say so, and offer the way back. */
export function ContactNotFound() {
  return (
    <Stack align="flex-start">
      <Title order={1}>{messages.notFoundTitle}</Title>
      <Text>{messages.notFoundBody}</Text>
      <Anchor component={Link} href="/">
        {messages.backToSearch}
      </Anchor>
    </Stack>
  );
}
