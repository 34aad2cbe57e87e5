import { describe, expect, it } from 'vitest';
import type { CustomField } from '../api/wire';
import { customFieldRows, describeChanges, ownValue, uncoveredValues } from './field-changes';

const fields: CustomField[] = [
  { _id: 'tier', label: 'Tier', scope: 'visitor' },
  { _id: '42', label: '', scope: 'visitor' },
];

describe('describeChanges', () => {
  it('lists the rows changed on the server, with the person’s own values', () => {
    const opened = [
      { label: 'Name', value: 'Ana' },
      ...customFieldRows(
        [
          { id: 'tier', value: 'gold' },
          { id: '42', value: '7' },
        ],
        fields,
      ),
    ];
    const now = [{ label: 'Name', value: 'Theirs' }, ...customFieldRows([{ id: 'tier', value: 'gold' }], fields)];
    const yours = [{ label: 'Name', value: 'Mine' }, ...opened.slice(1)];
    expect(describeChanges(opened, now, yours)).toEqual([
      { label: 'Name', opened: 'Ana', now: 'Theirs', yours: 'Mine' },
      // A definition without a label is named by its id; rows line up by definition, not by position in the values.
      { label: '42', opened: '7', now: '', yours: '7' },
    ]);
  });
});

describe('ownValue', () => {
  it('reads inherited names as empty', () => {
    expect(ownValue({}, '__proto__')).toBeUndefined();
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({ toString: 'mine' }, 'toString')).toBe('mine');
    expect(ownValue(null, 'tier')).toBeUndefined();
  });
});

describe('uncoveredValues', () => {
  it('names stored values no visible definition covers by their labels, or their keys when deleted', () => {
    const hidden: CustomField = { _id: 'internalNote', label: 'Internal note', scope: 'visitor', visibility: 'hidden' };
    const stored = { tier: 'gold', internalNote: 'VIP', retired: 3 };
    expect(uncoveredValues(stored, fields, [...fields, hidden])).toEqual([
      { key: 'internalNote', label: 'Internal note', value: 'VIP' },
      { key: 'retired', label: 'retired', value: '3' },
    ]);
    expect(uncoveredValues(undefined, fields, fields)).toEqual([]);
  });
});
