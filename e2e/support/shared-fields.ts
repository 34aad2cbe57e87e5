import type { CustomFieldInput } from './rest.ts';
import { RUN_ID, isRemote } from './target.ts';

/** On a real server the run's own copy (id and label carry the run id), so parallel runs never share one. */
const scoped = (field: string, label: string) =>
  isRemote ? { field: `${field}${RUN_ID}`, label: `${label} ${RUN_ID}` } : { field, label };

/**
 * The custom fields several specs use at the same time. The run defines them once before any spec (global-setup.ts)
 * and removes them at its end. They stay optional: a required field would fail every other spec's saves.
 */
export const FIELDS = {
  formPlan: { ...scoped('frmPlan', 'Form Plan'), type: 'select', options: 'free, pro, enterprise' },
  formCustomer: { ...scoped('frmCustomer', 'Form Customer ID'), regexp: '^[0-9]{6}$' },
  profileTier: { ...scoped('prfTier', 'Profile Tier'), type: 'select', options: 'bronze, silver, gold' },
  profileAccount: { ...scoped('prfAccount', 'Profile Account'), regexp: '^AC-[0-9]{4}$' },
  searchCustomer: { ...scoped('srchCustomer', 'Search Customer ID'), searchable: true },
  searchPlan: { ...scoped('srchPlan', 'Search Plan'), searchable: true },
  searchNote: { ...scoped('srchNote', 'Search Note'), searchable: false },
  hardWords: { ...scoped('hardWords', 'Hard Words'), regexp: '^([a-zA-Z0-9]+\\s?)+$' },
} satisfies Record<string, CustomFieldInput>;
