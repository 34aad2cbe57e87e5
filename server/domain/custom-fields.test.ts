import { describe, expect, it } from 'vitest';
import { validateCustomFields } from './custom-fields.ts';

// rocketchat-api.md §8.1: validateCustomFields (lib/contacts/validateCustomFields.ts), one test per step and its order.
const definitions = [
  { _id: 'cf1', label: 'Custom Field 1', required: true, regexp: '^[0-9]+$' },
  { _id: 'cf2', label: '', regexp: 'b' },
];

describe('validateCustomFields', () => {
  it('1: an absent required key fails; an absent optional key is skipped', () => {
    expect(() => validateCustomFields(definitions, {})).toThrow('Invalid value for Custom Field 1 field');
    expect(validateCustomFields(definitions, { cf1: '1' })).toEqual({ cf1: '1' });
  });

  it('2: values are trimmed; empty or non-string values count as missing', () => {
    expect(validateCustomFields(definitions, { cf1: ' 12 ', cf2: '   ' })).toEqual({ cf1: '12' });
    expect(() => validateCustomFields(definitions, { cf1: 12 })).toThrow('Invalid value for Custom Field 1 field');
  });

  it('3: the regexp is not anchored unless the pattern is; the label falls back to the id', () => {
    expect(validateCustomFields(definitions, { cf1: '1', cf2: 'abc' })).toEqual({ cf1: '1', cf2: 'abc' });
    expect(() => validateCustomFields(definitions, { cf1: '1', cf2: 'xyz' })).toThrow('Invalid value for cf2 field');
  });

  it('4-5: definitions are checked before unknown keys, in definition order', () => {
    expect(() => validateCustomFields(definitions, { nope: 'x' })).toThrow('Invalid value for Custom Field 1 field');
    expect(() => validateCustomFields(definitions, { cf1: 'x', cf2: 'xyz' })).toThrow(
      'Invalid value for Custom Field 1 field',
    );
    expect(() => validateCustomFields(definitions, { cf1: '1', nope: 'x' })).toThrow(
      'Custom field nope is not allowed',
    );
  });

  it('options: ignoreAdditionalFields drops unknown keys; ignoreValidationErrors skips bad values', () => {
    expect(validateCustomFields(definitions, { cf1: '1', nope: 'x' }, { ignoreAdditionalFields: true })).toEqual({
      cf1: '1',
    });
    expect(
      validateCustomFields(
        definitions,
        { cf1: 'x', cf2: 'b' },
        { ignoreValidationErrors: true, ignoreAdditionalFields: true },
      ),
    ).toEqual({ cf2: 'b' });
  });
});
