import { formatList, t } from '@/i18n/translator';
import { useMemo } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { SelectField, TextField } from '@/components/form-fields';
import type { PhoneRegion } from '@/lib/phone-regions';
import { RegionField } from '../region-field';
import type { CustomField } from '../../api/wire';
import { searchFormSchema, toCriteria, toSearchForm, type SearchForm as FormValues } from '../../model/search-form';
import type { SearchCriteria } from '../../model/search-criteria';

interface SearchFormProps {
  criteria: SearchCriteria;
  searchable: CustomField[];
  notSearchable: CustomField[];
  fieldsFailed: boolean;
  onSearch: (criteria: SearchCriteria) => void;
  /** A 400 from Rocket.Chat about the search, shown at the builder. */
  rejection?: string | undefined;
}

/** The query builder: email, phone, and any number of "custom field contains value" conditions, all ANDed. */
export function SearchForm({
  criteria,
  searchable,
  notSearchable,
  fieldsFailed,
  onSearch,
  rejection,
}: SearchFormProps) {
  const form = useForm<FormValues>({ resolver: zodResolver(searchFormSchema), defaultValues: toSearchForm(criteria) });
  const conditions = useFieldArray({ control: form.control, name: 'conditions' });

  const chosen = useWatch({ control: form.control, name: 'conditions' }).map((condition) => condition.fieldId);
  const fieldOptions = useMemo(
    () => searchable.map((field) => ({ value: field._id, label: field.label })),
    [searchable],
  );
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => onSearch(toCriteria(values, values.region as PhoneRegion)));

  return (
    <form onSubmit={submit} noValidate aria-label={t('contacts.findTitle')}>
      <Stack>
        <Text size="sm">{t('contacts.howMatching')}</Text>
        {/* One column on a phone, three side by side from a small tablet up. */}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextField
            label={t('common.email')}
            type="email"
            autoComplete="off"
            data-slash-focus
            error={errors.email?.message}
            {...form.register('email')}
          />
          <TextField
            label={t('common.phone')}
            type="tel"
            autoComplete="off"
            error={errors.phone?.message}
            {...form.register('phone')}
          />
          <RegionField control={form.control} name="region" />
        </SimpleGrid>

        {conditions.fields.map((row, index) => (
          <Fieldset key={row.id} variant="unstyled">
            <VisuallyHidden component="legend">{t('contacts.conditionLegend', { index: index + 1 })}</VisuallyHidden>
            <Group align="flex-end" wrap="wrap">
              <SelectField
                label={t('contacts.customFieldLabel')}
                data={[
                  { value: '', label: t('contacts.chooseField'), disabled: true },
                  ...fieldOptions.filter((option) => option.value === chosen[index] || !chosen.includes(option.value)),
                ]}
                error={errors.conditions?.[index]?.fieldId?.message}
                style={{ flex: '1 1 12rem' }}
                {...form.register(`conditions.${index}.fieldId`)}
              />
              <TextField
                label={t('contacts.valueLabel')}
                error={errors.conditions?.[index]?.value?.message}
                style={{ flex: '2 1 16rem' }}
                {...form.register(`conditions.${index}.value`)}
              />
              <Button variant="default" onClick={() => conditions.remove(index)}>
                {t('contacts.removeCondition')}
              </Button>
            </Group>
          </Fieldset>
        ))}

        <Stack gap={4}>
          <Group>
            <Button
              variant="default"
              disabled={fieldOptions.length === 0 || conditions.fields.length >= fieldOptions.length}
              onClick={() => conditions.append({ fieldId: '', value: '' }, { shouldFocus: true })}
            >
              {t('contacts.addCondition')}
            </Button>
          </Group>
          {fieldsFailed ? (
            <Text size="sm" c="dimmed">
              {t('contacts.fieldsFailed')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {fieldOptions.length === 0 ? t('contacts.noSearchableFields') : ''}
              {notSearchable.length > 0 &&
                ` ${t('contacts.notSearchable', { labels: formatList(notSearchable.map((field) => field.label)) })}`}
            </Text>
          )}
        </Stack>

        {errors.root && <Alert color="red" role="alert" title={errors.root.message} />}
        {rejection && (
          <Alert color="red" role="alert" title={t('contacts.searchRejected')}>
            {rejection}
          </Alert>
        )}
        <Group justify="space-between">
          <Button type="submit">{t('common.search')}</Button>
          <Text size="xs" c="dimmed" className="keyboard-hint">
            {t('contacts.shortcutHint')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
