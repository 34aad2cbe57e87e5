import { describe, expect, it } from 'vitest';
import type { ContactProfile, CustomField } from '../../api/wire';
import { choosable, conflictGroups, managerId, toResolution } from './conflicts';

const definitions: CustomField[] = [{ _id: 'plan', label: 'Plan', scope: 'visitor', visibility: 'visible' }];

const profile = (overrides: Partial<ContactProfile>): ContactProfile => ({
  _id: 'c1',
  name: 'Ana',
  contactManager: 'u-agent',
  customFields: { plan: 'Gold' },
  ...overrides,
});

describe('conflictGroups: every candidate of each field, the current value first', () => {
  it('groups the entries by field and adds the current value', () => {
    const groups = conflictGroups(
      profile({
        conflictingFields: [
          { field: 'customFields.plan', value: 'Silver' },
          { field: 'name', value: 'Ana Maria' },
          { field: 'customFields.plan', value: 'Bronze' },
          { field: 'manager', value: 'u-manager' },
        ],
      }),
      definitions,
    );
    expect(groups).toEqual([
      {
        field: 'customFields.plan',
        kind: 'custom',
        key: 'plan',
        label: 'Plan',
        current: 'Gold',
        candidates: ['Gold', 'Silver', 'Bronze'],
      },
      { field: 'name', kind: 'name', key: 'name', label: 'Name', current: 'Ana', candidates: ['Ana', 'Ana Maria'] },
      {
        field: 'manager',
        kind: 'manager',
        key: 'manager',
        label: 'Contact Manager',
        current: 'u-agent',
        candidates: ['u-agent', 'u-manager'],
      },
    ]);
  });

  it('lists a value once, even when it repeats or equals the current one', () => {
    const [group] = conflictGroups(
      profile({
        conflictingFields: [
          { field: 'name', value: 'Ana' },
          { field: 'name', value: 'Bea' },
          { field: 'name', value: 'Bea' },
        ],
      }),
      definitions,
    );
    expect(group?.candidates).toEqual(['Ana', 'Bea']);
  });

  it('labels a custom field without definition by its id, and tolerates a missing current value', () => {
    const [group] = conflictGroups(
      profile({ customFields: {}, conflictingFields: [{ field: 'customFields.gone', value: 'x' }] }),
      undefined,
    );
    expect(group).toMatchObject({ kind: 'custom', key: 'gone', label: 'gone', current: undefined, candidates: ['x'] });
  });

  it('keeps fields Rocket.Chat cannot resolve by choice visible, but not choosable', () => {
    const [group] = conflictGroups(profile({ conflictingFields: [{ field: 'phone', value: '+1' }] }), definitions);
    expect(group).toMatchObject({ kind: 'other', label: 'phone' });
    expect(choosable(group!)).toBe(false);
  });

  it('has no groups without conflicts', () => {
    expect(conflictGroups(profile({ conflictingFields: [] }), definitions)).toEqual([]);
    expect(conflictGroups(profile({ conflictingFields: null }), definitions)).toEqual([]);
  });
});

describe('toResolution: every field in conflict is sent, so each conflict is resolved', () => {
  const groups = conflictGroups(
    profile({
      conflictingFields: [
        { field: 'name', value: 'Ana Maria' },
        { field: 'manager', value: 'u-manager' },
        { field: 'customFields.plan', value: 'Silver' },
      ],
    }),
    definitions,
  );

  it('sends the chosen values', () => {
    expect(toResolution(groups, { name: 'Ana Maria', manager: 'u-manager', 'customFields.plan': 'Silver' })).toEqual({
      kind: 'choose',
      name: 'Ana Maria',
      contactManager: 'u-manager',
      customFields: { plan: 'Silver' },
    });
  });

  it('sends the current value of a field left as it is', () => {
    expect(toResolution(groups, {})).toEqual({
      kind: 'choose',
      name: 'Ana',
      contactManager: 'u-agent',
      customFields: { plan: 'Gold' },
    });
  });
});

describe('managerId', () => {
  it('reads the id whether Rocket.Chat sent it alone or with the user’s data', () => {
    expect(managerId(profile({ contactManager: 'u1' }))).toBe('u1');
    expect(managerId(profile({ contactManager: { _id: 'u2', name: 'Bo', username: 'bo' } }))).toBe('u2');
    expect(managerId(profile({ contactManager: null }))).toBeUndefined();
  });
});
