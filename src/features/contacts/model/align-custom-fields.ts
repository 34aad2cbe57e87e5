import type { CustomField } from '../api/wire';

/**
 * Form values whose custom fields follow today's definitions, in their order: a field defined since the draft was
 * stored starts empty, and one no longer defined is dropped.
 */
export function alignCustomFields<T extends { customFields: { id: string; value: string }[] }>(
  values: T,
  fields: CustomField[],
): T {
  return {
    ...values,
    customFields: fields.map((field) => ({
      id: field._id,
      value: values.customFields.find((entry) => entry.id === field._id)?.value ?? '',
    })),
  };
}
