import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { mayHaveSaved, saveErrorTarget } from './save-errors';

const fields = [{ _id: 'customerId', label: 'Customer ID', scope: 'visitor' }];
const http = (status: number, body: object) => new ApiError('http', status, body, `HTTP ${status}`);

describe('saveErrorTarget', () => {
  it('puts an invalid custom field value at that field, found by label', () => {
    expect(
      saveErrorTarget(
        http(400, { success: false, error: 'Invalid value for Customer ID field' }),
        fields,
        'view-l-room',
      ),
    ).toEqual({
      kind: 'field',
      field: { customField: 'customerId' },
      message: 'Invalid value for Customer ID field',
    });
  });

  it("puts both APIs' contact manager errors at the Contact Manager", () => {
    const legacy = http(400, {
      success: false,
      error: 'No user found with username zed [error-contact-manager-not-found]',
      errorType: 'error-contact-manager-not-found',
    });
    const profiles = http(400, { success: false, error: 'error-contact-manager-not-found' });
    expect(saveErrorTarget(legacy, fields, 'view-l-room')).toMatchObject({ kind: 'field', field: 'contactManager' });
    expect(saveErrorTarget(profiles, fields, 'view-l-room')).toMatchObject({ kind: 'field', field: 'contactManager' });
  });

  it('names the permission on 403 and calls 5xx and network failures transient', () => {
    expect(saveErrorTarget(http(403, { success: false, error: 'unauthorized' }), fields, 'view-l-room')).toEqual({
      kind: 'forbidden',
      permission: 'view-l-room',
    });
    expect(saveErrorTarget(http(502, {}), fields, 'view-l-room')).toMatchObject({ kind: 'form', transient: true });
    expect(saveErrorTarget(new ApiError('network', 0, null, 'Could not reach'), fields, 'view-l-room')).toMatchObject({
      kind: 'form',
      transient: true,
    });
  });

  it("keeps anything else for the form, in the server's words", () => {
    expect(
      saveErrorTarget(http(400, { success: false, error: 'Custom field other is not allowed' }), fields, 'view-l-room'),
    ).toEqual({
      kind: 'form',
      message: 'Custom field other is not allowed',
      transient: false,
    });
  });
});

describe('mayHaveSaved', () => {
  it('is false only when Rocket.Chat refused the request (4xx)', () => {
    expect(mayHaveSaved(http(400, { success: false, error: 'error-invalid-params' }))).toBe(false);
    expect(mayHaveSaved(http(403, { success: false, error: 'unauthorized' }))).toBe(false);
  });

  it('is true for no answer, a server failure, and an answer that could not be read (the contact was made)', () => {
    expect(mayHaveSaved(new ApiError('network', 0, null, 'Could not reach'))).toBe(true);
    expect(mayHaveSaved(http(502, {}))).toBe(true);
    expect(mayHaveSaved(new ApiError('invalid-response', 200, { success: true }, 'Unexpected answer'))).toBe(true);
    expect(mayHaveSaved(new Error('unexpected'))).toBe(true);
  });
});
