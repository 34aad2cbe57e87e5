// @vitest-environment jsdom
// Imports the session store, which reads the browser's storage when it loads.
import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './capabilities';

describe('capabilitiesOf', () => {
  it('6.x lists visitors and has no contact profiles', () => {
    expect(capabilitiesOf('6.13')).toMatchObject({
      contactProfiles: false,
      deleteContacts: false,
      directory: 'visitors',
    });
  });
  it('7.1 has profiles but not checkExistence, 7.2 keeps unregistered custom fields', () => {
    expect(capabilitiesOf('7.1.3')).toMatchObject({
      contactProfiles: true,
      checkExistence: false,
      directory: 'contacts',
    });
    expect(capabilitiesOf('7.2.0')).toMatchObject({ checkExistence: true, keepsUnregisteredCustomFields: true });
  });
  it('contacts.conflicts arrives in 7.7', () => {
    expect(capabilitiesOf('7.6.2')).toMatchObject({ resolveConflicts: false });
    expect(capabilitiesOf('7.7.0')).toMatchObject({ resolveConflicts: true });
  });
  it('delete arrives in 7.11, and 8.0 keeps everything', () => {
    expect(capabilitiesOf('7.10')).toMatchObject({ deleteContacts: false });
    expect(capabilitiesOf('7.11')).toMatchObject({ deleteContacts: true });
    expect(capabilitiesOf('8.0.0')).toMatchObject({
      contactProfiles: true,
      checkExistence: true,
      deleteContacts: true,
    });
  });
});
