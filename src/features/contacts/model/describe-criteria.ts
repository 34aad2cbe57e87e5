import { t } from '@/i18n/translator';
import type { CustomField } from '../api/wire';
import type { SearchCriteria } from './search-criteria';

/** The conditions of a search in words, e.g. for "No contact matches" and recent searches. */
export function describeCriteria(criteria: SearchCriteria, fields: CustomField[]): string[] {
  const label = (id: string) => fields.find((field) => field._id === id)?.label ?? id;
  return [
    ...(criteria.email ? [t('contacts.conditionEmail', { email: criteria.email })] : []),
    ...(criteria.phone ? [t('contacts.conditionPhone', { phone: criteria.phone })] : []),
    ...criteria.conditions.map(({ fieldId, value }) => t('contacts.conditionCustom', { label: label(fieldId), value })),
  ];
}
