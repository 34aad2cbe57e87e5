import { describe, expect, it } from 'vitest';
import { compareBson, sortKey } from './mongo-sort.ts';

// MongoDB's sort keys ("Comparison/Sort Order" in the MongoDB manual): through an array, an ascending sort takes the
// smallest value and a descending sort the largest; a missing field, or an array element without it, counts as null.
describe('sortKey', () => {
  const contact = {
    name: 'Ana',
    contactManager: 'user-id',
    channels: [{ lastChat: { ts: '2024-05-01' } }, { lastChat: { ts: '2025-01-01' } }],
  };

  it('reads plain paths; a missing path or a path through a string is null', () => {
    expect(sortKey(contact, 'name', 1)).toBe('Ana');
    expect(sortKey(contact, 'lastChat.ts', 1)).toBeNull();
    expect(sortKey(contact, 'contactManager.username', 1)).toBeNull();
  });

  it('through an array: the smallest value ascending, the largest descending', () => {
    expect(sortKey(contact, 'channels.lastChat.ts', 1)).toBe('2024-05-01');
    expect(sortKey(contact, 'channels.lastChat.ts', -1)).toBe('2025-01-01');
  });

  it('an element without the field is null, which wins ascending only; an empty array is null', () => {
    const partly = { channels: [{ lastChat: { ts: '2024-05-01' } }, { name: 'sms' }] };
    expect(sortKey(partly, 'channels.lastChat.ts', 1)).toBeNull();
    expect(sortKey(partly, 'channels.lastChat.ts', -1)).toBe('2024-05-01');
    expect(sortKey({ channels: [] }, 'channels.lastChat.ts', -1)).toBeNull();
  });

  it('a numeric part indexes the array', () => {
    expect(sortKey(contact, 'channels.1.lastChat.ts', 1)).toBe('2025-01-01');
  });
});

describe('compareBson', () => {
  it('orders null < numbers < strings < objects < arrays < booleans, strings by their UTF-8 bytes', () => {
    const sorted = [true, [1], { a: 1 }, 'b', 'a', 2, null, '😀', '\uff71'].sort(compareBson);
    expect(sorted).toEqual([null, 2, 'a', 'b', '\uff71', '😀', { a: 1 }, [1], true]);
  });
});
