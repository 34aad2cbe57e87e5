import { describe, expect, it } from 'vitest';
import { avatarColor } from './contact-avatar';

describe('avatarColor', () => {
  it('gives one contact the same colour every time and spreads contacts over the palette', () => {
    expect(avatarColor('abc123')).toBe(avatarColor('abc123'));
    const colors = new Set(Array.from({ length: 50 }, (_, i) => avatarColor(`contact-${i}`)));
    expect(colors.size).toBeGreaterThan(5);
  });
});
