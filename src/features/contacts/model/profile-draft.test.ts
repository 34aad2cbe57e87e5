// @vitest-environment jsdom
// Reads the page's origin and localStorage.
import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, writeDraft } from '@/lib/drafts';
import type { CustomField } from '../api/wire';
import { addUncertain, loadProfileDraft, profileDraftKey } from './profile-draft';
import type { ProfileFormValues } from './profile-form';

const fields: CustomField[] = [
  { _id: 'tier', label: 'Tier', scope: 'visitor' },
  { _id: 'new', label: 'New', scope: 'visitor' },
];

const values: ProfileFormValues = {
  name: 'Ana',
  emails: [{ address: 'ana@example.com' }],
  phones: [],
  region: 'BR',
  customFields: [
    { id: 'tier', value: 'gold' },
    { id: 'gone', value: 'x' },
  ],
  contactManager: '',
};
const body = { name: 'Ana', emails: ['ana@example.com'], phones: [], customFields: {} };

describe('profile drafts', () => {
  const key = profileDraftKey(undefined);
  afterEach(() => clearDraft(key));

  it('keeps one draft per record', () => {
    expect(profileDraftKey(undefined)).toBe('profile:new');
    expect(profileDraftKey('c1')).toBe('profile:c1');
  });

  it('reads a draft back with its custom fields lined up with today’s definitions', () => {
    const uncertain = [{ startedAt: '2025-01-01T00:00:00.000Z', body }];
    writeDraft(key, { values, base: { updatedAt: null, values }, uncertain });
    const aligned = [
      { id: 'tier', value: 'gold' },
      { id: 'new', value: '' },
    ];
    expect(loadProfileDraft(key, fields)).toEqual({
      values: { ...values, customFields: aligned },
      base: { updatedAt: null, values: { ...values, customFields: aligned } },
      uncertain,
    });
  });

  it('ignores what is not a draft of this form', () => {
    writeDraft(key, { token: 'visitor-draft', values: { name: 'x' } });
    expect(loadProfileDraft(key, fields)).toBeUndefined();
  });

  it('remembers each different lost create once, from its earliest start', () => {
    const first = { startedAt: '2025-01-01T00:00:00.000Z', body };
    const again = { startedAt: '2025-01-01T00:01:00.000Z', body };
    const changed = { startedAt: '2025-01-01T00:02:00.000Z', body: { ...body, name: 'Ana S.' } };
    expect(addUncertain(addUncertain([first], again), changed)).toEqual([first, changed]);
  });
});
