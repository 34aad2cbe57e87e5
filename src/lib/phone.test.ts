import { describe, expect, it } from 'vitest';
import { phoneVariants, toE164 } from './phone';

const values = (input: string, region: Parameters<typeof phoneVariants>[1]) =>
  phoneVariants(input, region).map((v) => v.value);

describe('phoneVariants', () => {
  it('asks for one Brazilian number in every form it may be stored in', () => {
    expect(values('(51) 5555-5555', 'BR')).toEqual(['(51) 5555-5555', '+555155555555', '555155555555', '5155555555']);
  });

  it('reads an international number the same whatever the region', () => {
    expect(values('+55 51 5555-5555', 'US')).toEqual(['+55 51 5555-5555', '+555155555555', '555155555555']);
  });

  it('drops repeated forms', () => {
    expect(values('+555155555555', 'BR')).toEqual(['+555155555555', '555155555555']);
  });

  it('keeps the typed and digit forms of what does not parse', () => {
    expect(values(' 12-34 ', 'BR')).toEqual(['12-34', '1234']);
  });
});

describe('toE164', () => {
  it('normalises a national number with the region', () => {
    expect(toE164('(51) 5555-5555', 'BR')).toBe('+555155555555');
  });

  it('refuses what cannot be a phone number', () => {
    expect(toE164('12', 'BR')).toBeUndefined();
  });
});
