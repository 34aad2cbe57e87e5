import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime } from './relative-time';

const now = Date.parse('2026-11-30T12:00:00Z');

describe('relativeTime', () => {
  it('picks the largest unit that fits', () => {
    expect(relativeTime('2026-11-30T11:59:30Z', now)).toMatch(/30 seconds ago/);
    expect(relativeTime('2026-11-30T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(relativeTime('2026-11-27T12:00:00Z', now)).toMatch(/3 days ago/);
    expect(relativeTime('2025-11-30T12:00:00Z', now)).toMatch(/last year|1 year ago/);
  });

  it('leaves an unreadable date alone', () => {
    expect(relativeTime('not a date', now)).toBeUndefined();
    expect(exactTime('not a date')).toBe('not a date');
  });
});
