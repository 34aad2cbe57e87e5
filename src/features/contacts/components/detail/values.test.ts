import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../api/wire';
import { customFieldEntries, httpUrl } from './values';
import { displayText } from '../../model/format';

describe('httpUrl: only whole http(s) URLs become links', () => {
  it.each([
    ['https://example.com/path?q=1', 'https://example.com/path?q=1'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/x  ', 'https://example.com/x'],
    ['HTTPS://EXAMPLE.COM/a', 'https://example.com/a'],
  ])('%j links to %j', (value, href) => {
    expect(httpUrl(value)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com',
    '//example.com',
    'http:example.com',
    'https://',
    'see https://example.com for details',
    'https://example.com/a b',
    'mailto:a@example.com',
    '<a href="https://example.com">x</a>',
    '',
  ])('%j stays text', (value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it('never links what is not a string', () => {
    expect(httpUrl({ href: 'https://example.com' })).toBeNull();
    expect(httpUrl(42)).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});

describe('displayText', () => {
  it('keeps strings as they are, markup included', () => {
    expect(displayText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows other JSON Rocket.Chat may have stored', () => {
    expect(displayText(3)).toBe('3');
    expect(displayText(false)).toBe('false');
    expect(displayText(['a', 'b'])).toBe('["a","b"]');
    expect(displayText(null)).toBe('');
    expect(displayText(undefined)).toBe('');
  });
});

const definition = (id: string, label: string, extra: Partial<CustomField> = {}): CustomField => ({
  _id: id,
  label,
  scope: 'visitor',
  visibility: 'visible',
  ...extra,
});

describe('customFieldEntries', () => {
  const definitions = [
    definition('plan', 'Plan'),
    definition('address', 'Address'),
    definition('secret', 'Secret', { visibility: 'hidden' }),
    definition('roomOnly', 'Room field', { scope: 'room' }),
    definition('empty', 'Empty'),
  ];

  it('shows visible visitor fields by label in the definitions’ order, then undefined keys by key', () => {
    const values = {
      address: 'Rua 1',
      legacy: 'old value',
      plan: 'Gold',
      secret: 'hidden value',
      empty: '  ',
      roomOnly: 'r',
    };
    expect(customFieldEntries(values, definitions)).toEqual([
      { key: 'plan', label: 'Plan', value: 'Gold' },
      { key: 'address', label: 'Address', value: 'Rua 1' },
      { key: 'legacy', label: 'legacy', value: 'old value' },
      { key: 'roomOnly', label: 'roomOnly', value: 'r' },
    ]);
  });

  it('shows every non-empty value by key when the definitions could not be loaded', () => {
    expect(customFieldEntries({ plan: 'Gold', secret: 's', blank: '' }, undefined)).toEqual([
      { key: 'plan', label: 'plan', value: 'Gold' },
      { key: 'secret', label: 'secret', value: 's' },
    ]);
  });

  it('has nothing to show for a contact without values', () => {
    expect(customFieldEntries(null, definitions)).toEqual([]);
    expect(customFieldEntries(undefined, undefined)).toEqual([]);
  });
});
