import type { CustomField } from '../api/wire';
import { displayText } from './format';

/** One line of a record as a person reads it: a field's label and its value in words. */
export interface SummaryRow {
  label: string;
  value: string;
}

/** A field that changed on the server since the form opened, with the person's own value next to it. */
export interface FieldChange {
  label: string;
  opened: string;
  now: string;
  yours: string;
}

/**
 * The fields that changed on the server since the form opened. The three summaries come from one function of the
 * form, so their rows line up.
 */
export function describeChanges(opened: SummaryRow[], now: SummaryRow[], yours: SummaryRow[]): FieldChange[] {
  return opened
    .map((row, index) => ({
      label: row.label,
      opened: row.value,
      now: now[index]?.value ?? '',
      yours: yours[index]?.value ?? '',
    }))
    .filter((row) => row.opened !== row.now);
}

/** Custom field rows by definition id and label (the id when a definition has no label). */
export function customFieldRows(values: { id: string; value: string }[], fields: CustomField[]): SummaryRow[] {
  return fields.map((field) => ({
    label: field.label || field._id,
    value: values.find((entry) => entry.id === field._id)?.value ?? '',
  }));
}

/**
 * A stored custom value by definition id, only when the record has it as its own key: an id like `__proto__` or
 * `constructor` must read as empty, not as an inherited object.
 */
export function ownValue(map: Record<string, unknown> | null | undefined, id: string): unknown {
  return map && Object.hasOwn(map, id) ? map[id] : undefined;
}

/**
 * Stored values that no visible definition covers, named by their definition's label where one exists (hidden
 * fields), else by their key (fields deleted from the workspace).
 */
export function uncoveredValues(
  stored: Record<string, unknown> | null | undefined,
  visible: CustomField[],
  all: CustomField[],
): { key: string; label: string; value: string }[] {
  const covered = new Set(visible.map((field) => field._id));
  return Object.entries(stored ?? {})
    .filter(([key]) => !covered.has(key))
    .map(([key, value]) => ({
      key,
      label: all.find((field) => field._id === key)?.label || key,
      value: displayText(value),
    }));
}
