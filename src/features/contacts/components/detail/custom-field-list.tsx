import { t } from '@/i18n/translator';
import { useId } from 'react';
import { Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { contactQueries } from '../../api/contact-queries';
import { FieldSection } from './field-section';
import { FieldValue } from './field-value';
import { customFieldEntries, type CustomFieldEntry } from './values';

function CustomFieldItem({ entry }: { entry: CustomFieldEntry }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <Text id={id} size="sm" c="dimmed">
        {entry.label}
      </Text>
      <FieldValue value={entry.value} />
    </div>
  );
}

/**
 * A contact's custom fields by their labels. Unlike Rocket.Chat's panel, which waits forever without a custom-field
 * permission, values are still shown (by id) when the definitions cannot be loaded.
 */
export function CustomFieldList({ values }: { values: Record<string, unknown> | null | undefined }) {
  const definitions = useQuery(contactQueries.customFields());
  // The section's place is kept while the labels load, so what follows does not move down.
  if (definitions.isPending) return <Skeleton height={48} aria-hidden />;
  const entries = customFieldEntries(values, definitions.data);
  return (
    <FieldSection label={t('common.customFields')}>
      {definitions.isError && (
        <Text size="sm" c="dimmed">
          {t('detail.labelsUnavailable')}
        </Text>
      )}
      {entries.length ? (
        <Stack gap="xs">
          {entries.map((entry) => (
            <CustomFieldItem key={entry.key} entry={entry} />
          ))}
        </Stack>
      ) : (
        <Text c="dimmed">{t('detail.noCustomFields')}</Text>
      )}
    </FieldSection>
  );
}
