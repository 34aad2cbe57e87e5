import { describe, expect, it } from 'vitest';
import { AVATAR_COLORS, avatarColor, initials } from './contact-avatar';

describe('initials', () => {
  it.each([
    ['Antônio Souza', 'AS'],
    ['ana', 'A'],
    ['  Maria  da   Silva ', 'MS'],
    ['Élodie Ōtsuka', 'ÉŌ'],
    ['(Guest) Visitor', 'GV'],
    ['+55 11 99999', '59'],
    ['', '?'],
    ['—', '?'],
  ])('%j → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

describe('avatarColor', () => {
  it('gives a name the same colour every time, from the palette', () => {
    expect(avatarColor('Antônio Souza')).toBe(avatarColor('Antônio Souza'));
    expect(AVATAR_COLORS).toContain(avatarColor('x'.repeat(100_000)));
  });

  it('spreads names over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, index) => avatarColor(`Contact ${index}`)));
    expect(used.size).toBe(AVATAR_COLORS.length);
  });
});
