import { t } from '@/i18n/translator';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { SelectController } from '@/components/select-controller';
import { isApiError } from '@/lib/api-error';
import { contactQueries } from '../../api/contact-queries';
import type { Agent } from '../../api/wire';
import { agentLabel } from '../../model/format';

interface ContactManagerFieldProps<T extends FieldValues> {
  control: Control<T>;
  /** A string field holding the manager as the API stores it: a username (visitor contacts) or a user id (profiles). */
  name: FieldPath<T>;
  valueOf: (agent: Agent) => string;
  /** How to show the current value before the agents load (e.g. the username). */
  currentLabel?: string | undefined;
}

/** A searchable picker of livechat agents (`livechat/users/agent`), the only users Rocket.Chat accepts as managers. */
export function ContactManagerField<T extends FieldValues>({
  control,
  name,
  valueOf,
  currentLabel,
}: ContactManagerFieldProps<T>) {
  const raw: unknown = useWatch({ control, name });
  const value = typeof raw === 'string' ? raw : '';
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const chosen = useQuery(contactQueries.agents(''));
  const known = new Map<string, string>();
  if (value) known.set(value, currentLabel ?? value);
  for (const agent of chosen.data ?? []) known.set(valueOf(agent), agentLabel(agent));
  // Mantine reports the chosen option's label as the search text: that is no search.
  const text = [...known.values()].includes(debounced) ? '' : debounced;
  const agents = useQuery(contactQueries.agents(text));
  for (const agent of agents.data ?? []) known.set(valueOf(agent), agentLabel(agent));

  if (chosen.isError && isApiError(chosen.error) && chosen.error.isForbidden) {
    return (
      <div>
        <Text size="sm" fw={500}>
          {t('common.contactManager')}
        </Text>
        <Text size="sm">
          {t('contacts.managerCannotChoose', { current: currentLabel || value || t('contacts.managerNone') })}
        </Text>
      </div>
    );
  }

  return (
    <SelectController
      control={control}
      name={name}
      label={t('common.contactManager')}
      description={chosen.isError ? t('contacts.managerLoadFailed') : t('contacts.managerHint')}
      data={[
        { value: '', label: t('contacts.managerNone') },
        ...[...known].map(([id, label]) => ({ value: id, label })),
      ]}
      searchable
      onSearchChange={setSearch}
      nothingFoundMessage={t('contacts.managerNone')}
      disabled={chosen.isError}
    />
  );
}
