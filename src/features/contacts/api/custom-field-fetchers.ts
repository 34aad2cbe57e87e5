import { apiRequest, parseResponse } from '@/lib/api-client';
import { customFieldListSchema, type CustomField } from './wire';

const PAGE = 100; // Rocket.Chat's default upper count limit.

/** Every custom field definition (all scopes; callers pick `visitor`), following the pages. */
export async function fetchCustomFields(signal?: AbortSignal): Promise<CustomField[]> {
  const fields: CustomField[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const json = await apiRequest('livechat/custom-fields', { query: { count: PAGE, offset }, signal });
    const page = parseResponse(customFieldListSchema, json, 'custom fields');
    fields.push(...page.customFields);
    if (page.customFields.length < PAGE || fields.length >= page.total) return fields;
  }
}

/** The definitions that describe contacts (visitor scope), split by what Rocket.Chat lets clients do with them. */
export function visitorFields(fields: CustomField[]) {
  const visitor = fields.filter((field) => field.scope === 'visitor');
  return {
    /** Every visitor-scope definition: names stored values by their labels, hidden ones too. */
    all: visitor,
    /** Shown and edited: Rocket.Chat's contact validation ignores hidden definitions. */
    visible: visitor.filter((field) => field.visibility !== 'hidden'),
    /** Offered by `contact.search` (it only matches `searchable: true`). */
    searchable: visitor.filter((field) => field.searchable === true),
    notSearchable: visitor.filter((field) => field.searchable !== true && field.visibility !== 'hidden'),
  };
}
