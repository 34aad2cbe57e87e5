import { t } from '@/i18n/translator';
import { useRef } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import type { DuplicateCheck } from '../../api/use-duplicate-check';
import { CheckedField } from './checked-field';

type Kind = 'email' | 'phone';

/** Read when drawn, so the words follow the active language. */
const text = (kind: Kind) =>
  ({
    email: {
      legend: t('contacts.emailsLegend'),
      none: t('contacts.noEmails'),
      add: t('contacts.addEmail'),
      remove: t('contacts.removeEmail'),
      row: (index: number) => t('contacts.emailRowLabel', { index, position: index + 1 }),
    },
    phone: {
      legend: t('contacts.phonesLegend'),
      none: t('contacts.noPhones'),
      add: t('contacts.addPhone'),
      remove: t('contacts.removePhone'),
      row: (index: number) => t('contacts.phoneRowLabel', { index, position: index + 1 }),
    },
  })[kind];

interface ProfileValueListProps {
  kind: Kind;
  /** react-hook-form's ids of the rows, for React keys. */
  keys: string[];
  /** The rows' current values. */
  values: string[];
  register: (index: number) => UseFormRegisterReturn;
  errorOf: (index: number) => string | undefined;
  /** What the value will be saved as, when the form changes it (E.164, a lower-cased email). */
  savedAs: (value: string) => string | undefined;
  region: string;
  check: DuplicateCheck;
  /** Off once saved. */
  checking: boolean;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * The emails or the phones of a contact profile: one input per value with "Remove email"/"Remove phone", and
 * "Add email"/"Add phone". Each value is checked against other contacts while it is typed.
 */
export function ProfileValueList(props: ProfileValueListProps) {
  const { kind, keys, onAdd, onRemove } = props;
  const words = text(kind);
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} mb={4}>
        {words.legend}
      </Text>
      <Stack gap="xs" align="stretch">
        {keys.length === 0 && (
          <Text size="sm" c="dimmed">
            {words.none}
          </Text>
        )}
        {keys.map((key, index) => (
          <ValueRow
            key={key}
            index={index}
            {...props}
            onRemove={() => {
              onRemove(index);
              // The removed row held the focus: keep it in the list rather than lose it to the page.
              addRef.current?.focus();
            }}
          />
        ))}
        <div>
          <Button ref={addRef} variant="default" size="xs" onClick={onAdd}>
            {words.add}
          </Button>
        </div>
      </Stack>
    </fieldset>
  );
}

function ValueRow({
  kind,
  index,
  values,
  register,
  errorOf,
  savedAs,
  region,
  check,
  checking,
  onRemove,
}: ProfileValueListProps & { index: number; onRemove: () => void }) {
  const words = text(kind);
  const value = values[index] ?? '';
  return (
    <Group align="flex-start" wrap="nowrap" gap="xs">
      <CheckedField
        kind={kind}
        aria-label={words.row(index)}
        style={{ flex: 1 }}
        value={value}
        region={region}
        check={check}
        checking={checking}
        savedAs={savedAs(value)}
        fieldError={errorOf(index)}
        {...register(index)}
      />
      <CloseButton size="lg" mt={2} aria-label={words.remove} onClick={onRemove} />
    </Group>
  );
}
