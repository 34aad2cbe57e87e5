import { useId, type ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';

/**
 * One labelled part of a contact ("Email", "Custom fields"): a section named by its heading. `headingId` is for
 * content that is named by the same heading (a list of values).
 */
export function FieldSection({
  label,
  headingId,
  children,
}: {
  label: string;
  headingId?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const id = headingId ?? generated;
  return (
    <Stack component="section" aria-labelledby={id} gap={4}>
      <Title order={2} id={id} fz="sm" fw={700}>
        {label}
      </Title>
      {children}
    </Stack>
  );
}
