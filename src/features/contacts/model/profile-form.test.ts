import { describe, expect, it } from 'vitest';
import type { CustomField } from '../api/wire';
import { emailToSave, profileFormSchema, type ProfileFormValues } from './profile-form';

const fields: CustomField[] = [
  { _id: 'tier', label: 'Tier', scope: 'visitor', options: 'bronze, gold' },
  { _id: 'account', label: 'Account', scope: 'visitor', regexp: '^AC-[0-9]{4}$' },
  { _id: 'region', label: 'Region', scope: 'visitor', required: true },
];

const values = (overrides: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
  name: 'Ana',
  emails: [],
  phones: [],
  region: 'BR',
  customFields: [
    { id: 'tier', value: '' },
    { id: 'account', value: '' },
    { id: 'region', value: 'South' },
  ],
  contactManager: '',
  ...overrides,
});

/** The form's errors by path, as react-hook-form would place them. */
async function errorsOf(input: ProfileFormValues, original?: ProfileFormValues): Promise<Record<string, string>> {
  const result = await profileFormSchema(fields, original).safeParseAsync(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('profileFormSchema', () => {
  it('accepts a complete contact', async () => {
    expect(
      await errorsOf(
        values({
          emails: [{ address: 'ana@example.com' }],
          phones: [{ phoneNumber: '(51) 3333-4444' }],
          customFields: [
            { id: 'tier', value: 'gold' },
            { id: 'account', value: 'AC-1234' },
            { id: 'region', value: 'South' },
          ],
        }),
      ),
    ).toEqual({});
  });

  it("rejects a name of whitespace alone with Rocket.Chat's wording", async () => {
    expect(await errorsOf(values({ name: '   ' }))).toEqual({ name: 'Name required' });
  });

  it('asks for a value in every added row', async () => {
    expect(await errorsOf(values({ emails: [{ address: ' ' }], phones: [{ phoneNumber: '' }] }))).toEqual({
      'emails.0.address': 'Email required',
      'phones.0.phoneNumber': 'Phone required',
    });
  });

  it('rejects a malformed email and a phone that does not parse in the region', async () => {
    expect(await errorsOf(values({ emails: [{ address: 'ana@' }], phones: [{ phoneNumber: '12' }] }))).toEqual({
      'emails.0.address': 'Invalid email address',
      'phones.0.phoneNumber': 'Not a valid phone number for the chosen region',
    });
  });

  it('rejects a value twice in one list, compared as it will be saved', async () => {
    expect(
      await errorsOf(
        values({
          emails: [{ address: 'ana@example.com' }, { address: ' ANA@example.com' }],
          phones: [{ phoneNumber: '(51) 3333-4444' }, { phoneNumber: '+55 51 3333 4444' }],
        }),
      ),
    ).toEqual({ 'emails.1.address': 'Email already exists', 'phones.1.phoneNumber': 'Phone already exists' });
  });

  it('lets stored values through as they are: Rocket.Chat accepted them once', async () => {
    const original = values({ emails: [{ address: 'legacy-at-nowhere' }], phones: [{ phoneNumber: 'ext. 12' }] });
    expect(await errorsOf(original, original)).toEqual({});
    expect(await errorsOf(values({ emails: [{ address: 'legacy-at-nowhere' }] }))).toEqual({
      'emails.0.address': 'Invalid email address',
    });
  });

  it('checks every custom field, changed or not: Rocket.Chat re-validates the whole map', async () => {
    const stored = values({
      customFields: [
        { id: 'tier', value: '' },
        { id: 'account', value: 'AC-12' },
        { id: 'region', value: ' ' },
      ],
    });
    expect(await errorsOf(stored, stored)).toEqual({
      'customFields.1.value': 'Invalid value for Account field',
      'customFields.2.value': 'Region required',
    });
  });

  it('refuses to clear a manager, which contacts.update would silently keep', async () => {
    const original = values({ contactManager: 'agent-1' });
    expect(await errorsOf(values(), original)).toEqual({ contactManager: expect.stringContaining("can't remove") });
    expect(await errorsOf(values({ contactManager: 'agent-2' }), original)).toEqual({});
    expect(await errorsOf(values())).toEqual({});
  });
});

describe('emailToSave', () => {
  it('lower-cases and trims a new email, keeps a stored one exactly', () => {
    expect(emailToSave('  Ana@Example.com ')).toBe('ana@example.com');
    expect(emailToSave('Ana@Example.com', ['Ana@Example.com'])).toBe('Ana@Example.com');
  });
});
