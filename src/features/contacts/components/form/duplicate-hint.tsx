import { Anchor, Group, Loader, Text } from '@mantine/core';
import { Link } from 'wouter';
import { messages } from '../../messages';

/** Shown while the typed email or phone is being looked up. */
export function CheckingHint() {
  return (
    <Group gap={4} component="span" wrap="nowrap" aria-live="polite">
      <Loader size={10} aria-hidden />
      <Text span size="xs">
        {messages.checking}
      </Text>
    </Group>
  );
}

/** "Email already exists. Open <name>": the other contact, one click away. */
export function AlreadyExists({ text, name, href }: { text: string; name: string; href: string }) {
  return (
    <>
      {text}.{' '}
      <Anchor component={Link} href={href} size="sm">
        {messages.openExisting(name)}
      </Anchor>
    </>
  );
}
