import type { CustomField } from '../../api/wire';

/**
 * How server values become what the screen shows. Everything is text; a value becomes a link only when it is a
 * whole http(s) URL, so `javascript:`, `data:` and friends stay inert strings.
 */

/** The URL to link to, when the whole value is an http or https URL; otherwise null. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // URL() would percent-encode spaces and accept "http:foo"; a value with either is prose, not a link.
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A custom-field value as the detail shows it: under its definition's label, or under its id when undefined. */
export interface CustomFieldEntry {
  key: string;
  label: string;
  value: unknown;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The custom fields worth showing: each visible visitor-scope definition that has a value, by label, in the
 * definitions' order; then values whose key has no visitor definition (removed since), under their key. Values of
 * hidden definitions stay hidden, as in Rocket.Chat. Without definitions (they failed to load), every value by key.
 */
export function customFieldEntries(
  values: Record<string, unknown> | null | undefined,
  definitions: CustomField[] | undefined,
): CustomFieldEntry[] {
  const present = Object.entries(values ?? {}).filter(([, value]) => !isEmpty(value));
  if (!definitions) return present.map(([key, value]) => ({ key, label: key, value }));
  const visitor = definitions.filter((definition) => definition.scope === 'visitor');
  const byLabel = visitor
    .filter((definition) => definition.visibility !== 'hidden' && !isEmpty(values?.[definition._id]))
    .map((definition) => ({
      key: definition._id,
      label: definition.label || definition._id,
      value: values?.[definition._id],
    }));
  const undefinedKeys = present
    .filter(([key]) => !visitor.some((definition) => definition._id === key))
    .map(([key, value]) => ({ key, label: key, value }));
  return [...byLabel, ...undefinedKeys];
}
