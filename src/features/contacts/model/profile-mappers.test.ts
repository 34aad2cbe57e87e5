import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneParser } from '@/lib/phone-parser';
import type { ContactProfile, CustomField } from '../api/wire';
import type { ProfileFormValues } from './profile-form';
import { fromProfile, isCreatedBy, profileManagerId, toCreateBody, toUpdateBody } from './profile-mappers';

const fields: CustomField[] = [
  { _id: 'tier', label: 'Tier', scope: 'visitor', defaultValue: 'bronze' },
  { _id: '42', label: 'Numeric id', scope: 'visitor' },
];

const profile: ContactProfile = {
  _id: 'c1',
  _updatedAt: '2025-01-02T00:00:00.000Z',
  createdAt: '2025-01-01T00:00:00.000Z',
  name: 'Ana Souza',
  emails: [{ address: 'Ana@Example.com' }, { address: 'ana.work@example.com' }],
  phones: [{ phoneNumber: '+555133334444' }],
  contactManager: 'agent-1',
  customFields: { tier: 'gold', 42: 7, retired: 'old value' },
};

// The form's validation loads the phone parser before anything is saved; these tests call the mappers directly.
beforeAll(() => loadPhoneParser());

describe('fromProfile', () => {
  it('reads every value of a profile, custom fields in the order of the definitions', () => {
    expect(fromProfile(profile, fields, 'BR')).toEqual({
      name: 'Ana Souza',
      emails: [{ address: 'Ana@Example.com' }, { address: 'ana.work@example.com' }],
      phones: [{ phoneNumber: '+555133334444' }],
      region: 'BR',
      customFields: [
        { id: 'tier', value: 'gold' },
        { id: '42', value: '7' },
      ],
      contactManager: 'agent-1',
    });
  });

  it('starts a new profile from the defaults and what was searched', () => {
    expect(fromProfile(null, fields, 'US', { email: ' bo@example.com ', phone: '', 'cf.42': 'x' })).toEqual({
      name: '',
      emails: [{ address: 'bo@example.com' }],
      phones: [],
      region: 'US',
      customFields: [
        { id: 'tier', value: 'bronze' },
        { id: '42', value: 'x' },
      ],
      contactManager: '',
    });
  });

  it('reads the manager whether Rocket.Chat sent an id or the user', () => {
    expect(profileManagerId({ contactManager: { _id: 'agent-2', username: 'bo' } })).toBe('agent-2');
    expect(profileManagerId({ contactManager: null })).toBe('');
  });
});

describe('toCreateBody / toUpdateBody', () => {
  const form = (overrides: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
    ...fromProfile(profile, fields, 'BR'),
    ...overrides,
  });

  it('sends what changed: lists complete, phones in E.164, new emails lower-cased, empty custom fields left out', () => {
    const original = form();
    const edited = form({
      name: '  Ana S. ',
      emails: [{ address: 'Ana@Example.com' }, { address: ' New@Example.com' }],
      phones: [{ phoneNumber: '+555133334444' }, { phoneNumber: '(51) 9999-8888' }],
      customFields: [
        { id: 'tier', value: ' silver ' },
        { id: '42', value: '  ' },
      ],
    });
    expect(toUpdateBody(edited, 'c1', original)).toEqual({
      contactId: 'c1',
      name: 'Ana S.',
      emails: ['Ana@Example.com', 'new@example.com'],
      phones: ['+555133334444', '+555199998888'],
      customFields: { tier: 'silver' },
    });
  });

  it("sends only the fields that changed, so another person's change to a different field survives", () => {
    const original = form();
    expect(toUpdateBody(form({ name: 'Renamed' }), 'c1', original)).toEqual({ contactId: 'c1', name: 'Renamed' });
    expect(toUpdateBody(form(), 'c1', original)).toEqual({ contactId: 'c1' });
    expect(toUpdateBody(form({ contactManager: 'agent-2' }), 'c1', original)).toEqual({
      contactId: 'c1',
      contactManager: 'agent-2',
    });
    // An emptied manager is never sent: Rocket.Chat cannot remove it.
    expect(toUpdateBody(form({ contactManager: '' }), 'c1', original)).toEqual({ contactId: 'c1' });
  });

  it('sends empty lists to clear them, and no manager when there is none', () => {
    expect(toCreateBody(form({ emails: [], phones: [], contactManager: '' }))).toEqual({
      name: 'Ana Souza',
      emails: [],
      phones: [],
      customFields: { tier: 'gold', 42: '7' },
    });
  });

  it('never sends keys the workspace no longer defines (7.2+ keeps them; 7.1 would refuse them)', () => {
    expect(Object.keys(toCreateBody(form()).customFields)).not.toContain('retired');
  });
});

describe('isCreatedBy', () => {
  const body = {
    name: 'Ana Souza',
    emails: ['Ana@Example.com', 'ana.work@example.com'],
    phones: ['+555133334444'],
    customFields: { tier: 'gold', 42: '7', retired: 'old value' },
    contactManager: 'agent-1',
  };

  it('recognises the contact a lost create made', () => {
    expect(isCreatedBy(profile, body, '2025-01-01T00:00:00.000Z')).toBe(true);
    expect(isCreatedBy({ ...profile, contactManager: { _id: 'agent-1' } }, body, '2025-01-01T00:00:00.000Z')).toBe(
      true,
    );
  });

  it('allows for a server clock a little behind, not for an older contact', () => {
    expect(isCreatedBy(profile, body, '2025-01-01T00:05:00.000Z')).toBe(true);
    expect(isCreatedBy(profile, body, '2025-01-01T01:00:00.000Z')).toBe(false);
  });

  it('needs every value to match', () => {
    const since = '2025-01-01T00:00:00.000Z';
    expect(isCreatedBy(profile, { ...body, name: 'Other' }, since)).toBe(false);
    expect(isCreatedBy(profile, { ...body, emails: ['ana.work@example.com'] }, since)).toBe(false);
    expect(isCreatedBy(profile, { ...body, phones: [] }, since)).toBe(false);
    expect(isCreatedBy(profile, { ...body, customFields: { tier: 'gold' } }, since)).toBe(false);
    expect(isCreatedBy(profile, { ...body, contactManager: undefined }, since)).toBe(false);
  });
});
