import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { phoneRegions } from './phone-regions';

describe('phoneRegions', () => {
  it('is the list of regions libphonenumber-js can parse', () => {
    expect([...phoneRegions]).toEqual(getCountries());
  });
});
