import type { CustomField } from '../api/wire';
import { messages } from '../messages';
import type { SearchCriteria } from './search-criteria';

/** The conditions of a search in words, e.g. for "No contact matches" and recent searches. */
export function describeCriteria(criteria: SearchCriteria, fields: CustomField[]): string[] {
  const label = (id: string) => fields.find((field) => field._id === id)?.label ?? id;
  return [
    ...(criteria.email ? [messages.conditionEmail(criteria.email)] : []),
    ...(criteria.phone ? [messages.conditionPhone(criteria.phone)] : []),
    ...criteria.conditions.map(({ fieldId, value }) => messages.conditionCustom(label(fieldId), value)),
  ];
}
