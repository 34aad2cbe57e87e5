import { useId, type ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';

/** One labelled part of a contact ("Email", "Custom fields"): a section named by its heading. */
export function FieldSection({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap={4}>
      <Title order={2} id={id} fz="sm" fw={700}>
        {label}
      </Title>
      {children}
    </Stack>
  );
}
