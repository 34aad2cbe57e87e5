import { t } from '@/i18n/translator';
import type { ConflictResolution } from '../../api/conflict-mutations';
import type { ContactProfile, CustomField } from '../../api/wire';
import { displayText } from '../../model/format';

/** One field in conflict, with every value Rocket.Chat holds for it. */
export interface ConflictGroup {
  /** Rocket.Chat's conflict field: `name`, `manager` or `customFields.<id>`. */
  field: string;
  kind: 'name' | 'manager' | 'custom' | 'other';
  /** The custom field id (for `custom`), else the field itself. */
  key: string;
  label: string;
  /** The value the contact has now, when it has one. */
  current: string | undefined;
  /** Every distinct value: the current one first, then the others as Rocket.Chat received them. */
  candidates: string[];
}

/** The contact manager's user id (`contacts.search` answers replace it with the user's data). */
export function managerId(profile: ContactProfile): string | undefined {
  const manager = profile.contactManager;
  if (!manager) return undefined;
  return typeof manager === 'string' ? manager : manager._id;
}

function describe(field: string, profile: ContactProfile, definitions: CustomField[] | undefined) {
  if (field === 'name')
    return { kind: 'name' as const, key: field, label: t('common.name'), current: profile.name ?? undefined };
  if (field === 'manager')
    return { kind: 'manager' as const, key: field, label: t('common.contactManager'), current: managerId(profile) };
  if (field.startsWith('customFields.')) {
    const key = field.slice('customFields.'.length);
    const value = profile.customFields?.[key];
    const label = definitions?.find((definition) => definition._id === key)?.label || key;
    return {
      kind: 'custom' as const,
      key,
      label,
      current: value === undefined || value === null ? undefined : displayText(value),
    };
  }
  return { kind: 'other' as const, key: field, label: field, current: undefined };
}

/**
 * Groups `conflictingFields` by field (Rocket.Chat's mapLivechatContactConflicts), adding the current value, so a
 * person sees and chooses among all of them.
 */
export function conflictGroups(profile: ContactProfile, definitions: CustomField[] | undefined): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const conflict of profile.conflictingFields ?? []) {
    let group = groups.get(conflict.field);
    if (!group) {
      const described = describe(conflict.field, profile, definitions);
      group = { field: conflict.field, ...described, candidates: described.current ? [described.current] : [] };
      groups.set(conflict.field, group);
    }
    if (!group.candidates.includes(conflict.value)) group.candidates.push(conflict.value);
  }
  return [...groups.values()];
}

/** Fields a person can settle by choosing a value (Rocket.Chat's `contacts.conflicts` knows no other). */
export const choosable = (group: ConflictGroup): boolean => group.kind !== 'other';

/** The request for the chosen values: each field in conflict is sent, even when its current value is kept. */
export function toResolution(groups: ConflictGroup[], choices: Record<string, string>): ConflictResolution {
  const resolution: Extract<ConflictResolution, { kind: 'choose' }> = { kind: 'choose' };
  for (const group of groups) {
    const value = choices[group.field] ?? group.current;
    if (value === undefined || value === '') continue;
    if (group.kind === 'name') resolution.name = value;
    if (group.kind === 'manager') resolution.contactManager = value;
    if (group.kind === 'custom') resolution.customFields = { ...resolution.customFields, [group.key]: value };
  }
  return resolution;
}
