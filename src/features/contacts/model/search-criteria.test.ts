import { describe, expect, it } from 'vitest';
import { browserRegion, criteriaToSearch, customMap, parseCriteria, startingRegion } from './search-criteria';

describe('search criteria in the URL', () => {
  it('reads email, phone, region and custom conditions', () => {
    expect(parseCriteria('email=a%40b.co&phone=%2B551155&region=br&cf.customerId=123&cf.plan=pro', 'US')).toEqual({
      email: 'a@b.co',
      phone: '+551155',
      region: 'BR',
      conditions: [
        { fieldId: 'customerId', value: '123' },
        { fieldId: 'plan', value: 'pro' },
      ],
    });
  });

  it('falls back to the default region for an unknown one and ignores a nameless field', () => {
    expect(parseCriteria('region=ZZ&cf.=x', 'DE')).toEqual({ email: '', phone: '', region: 'DE', conditions: [] });
  });

  it('writes back what it reads, with the region only when there is a phone', () => {
    const query = 'email=a%40b.co&phone=5555&region=BR&cf.address=Main+St';
    expect(criteriaToSearch(parseCriteria(query, 'US'))).toBe(query);
    expect(criteriaToSearch(parseCriteria('email=a%40b.co&region=BR', 'US'))).toBe('email=a%40b.co');
  });

  it('builds the JSON object contact.search expects, one value per field', () => {
    expect(
      JSON.stringify(
        customMap([
          { fieldId: 'address', value: 'Main' },
          { fieldId: 'plan', value: 'pro' },
        ]),
      ),
    ).toBe('{"address":"Main","plan":"pro"}');
  });

  it("takes the region from the browser's languages", () => {
    expect(browserRegion(['pt-BR', 'en-US'])).toBe('BR');
    expect(browserRegion(['de'])).toBe('DE');
    expect(browserRegion([])).toBe('US');
  });

  it('a form starts from the region it was handed, else from the browser', () => {
    expect(startingRegion('BR')).toBe('BR');
    expect(startingRegion('ZZ')).toBe(browserRegion());
    expect(startingRegion(undefined)).toBe(browserRegion());
  });
});
