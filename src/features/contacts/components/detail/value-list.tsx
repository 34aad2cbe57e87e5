import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { CopyValueButton } from './copy-value-button';
import { FieldSection } from './field-section';
import { FieldValue } from './field-value';

/**
 * Emails or phones: a labelled section holding a list named like it, each value with its own "Copy". With
 * `markFirst`, the first of several is marked primary (Rocket.Chat treats the first as the contact's main one).
 */
export function ValueList({ label, values, markFirst }: { label: string; values: string[]; markFirst?: boolean }) {
  const id = useId();
  return (
    <FieldSection label={label} headingId={id}>
      {!values.length && <Text c="dimmed">{t('common.none')}</Text>}
      {values.length > 0 && (
        <Stack component="ul" aria-labelledby={id} gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
          {values.map((value, index) => (
            <Group component="li" key={value} gap="xs" wrap="nowrap" align="center">
              <FieldValue value={value} miw={0} />
              {markFirst && index === 0 && values.length > 1 && (
                <Badge size="xs" variant="default">
                  {t('page.primary')}
                </Badge>
              )}
              <CopyValueButton value={value} />
            </Group>
          ))}
        </Stack>
      )}
    </FieldSection>
  );
}
