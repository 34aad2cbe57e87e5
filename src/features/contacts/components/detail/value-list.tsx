import { useId } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { CopyValueButton } from './copy-value-button';
import { FieldValue } from './field-value';
import { detailMessages as messages } from '../../messages';

/** Emails or phones: a labelled section holding a list named like it, each value with its own "Copy". */
export function ValueList({ label, values }: { label: string; values: string[] }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap={4}>
      <Title order={2} id={id} fz="sm" fw={700}>
        {label}
      </Title>
      {!values.length && <Text c="dimmed">{messages.none}</Text>}
      {values.length > 0 && (
        <Stack component="ul" aria-labelledby={id} gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
          {values.map((value) => (
            <Group component="li" key={value} gap="xs" wrap="nowrap" align="baseline">
              <FieldValue value={value} />
              <CopyValueButton value={value} />
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
