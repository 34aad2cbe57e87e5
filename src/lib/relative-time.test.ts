import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime } from './relative-time';

const now = Date.parse('2026-11-30T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-11-30T11:59:30Z', '30 seconds ago'],
    ['2026-11-30T11:15:00Z', '45 minutes ago'],
    ['2026-11-30T09:00:00Z', '3 hours ago'],
    ['2026-11-29T12:00:00Z', 'yesterday'],
    ['2026-11-20T12:00:00Z', 'last week'],
    ['2026-08-30T12:00:00Z', '3 months ago'],
    ['2024-11-30T12:00:00Z', '2 years ago'],
  ])('%s reads "%s"', (iso, expected) => {
    expect(relativeTime(iso, now, 'en')).toBe(expected);
  });

  it('shows an unreadable date as sent', () => {
    expect(relativeTime('not a date', now, 'en')).toBe('not a date');
  });
});

describe('exactTime', () => {
  it('names the time zone, in words and by its IANA id', () => {
    const text = exactTime('2026-07-01T15:04:05Z', 'en-GB', 'America/Sao_Paulo');
    expect(text).toContain('12:04:05');
    expect(text).toContain('Brasilia Standard Time');
    expect(text).toContain('(America/Sao_Paulo)');
  });
});
