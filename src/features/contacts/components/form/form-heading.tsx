import { Text, Title } from '@mantine/core';

/** A contact form's page heading: what is being edited (or made), and one line on what the form does. */
export function FormHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{intro}</Text>
    </div>
  );
}
