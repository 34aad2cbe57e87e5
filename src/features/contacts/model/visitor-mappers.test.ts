import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneParser } from '@/lib/phone-parser';
import type { CustomField, Visitor } from '../api/wire';
import { fromVisitor, toRegisterPayload } from './visitor-mappers';

const fields: CustomField[] = [
  { _id: 'plan', label: 'Plan', scope: 'visitor', options: 'free,pro' },
  { _id: 'customerId', label: 'Customer ID', scope: 'visitor', defaultValue: '000000' },
];

const visitor: Visitor = {
  _id: 'v1',
  token: 'tok',
  name: 'Ana',
  visitorEmails: [{ address: 'ana@example.com' }],
  phone: [{ phoneNumber: '+555133334444' }],
  livechatData: { plan: 'pro', customerId: '123456', legacy: 'kept?' },
  contactManager: { username: 'manager' },
};

// The form's validation loads the phone parser before anything is saved; these tests call the mappers directly.
beforeAll(() => loadPhoneParser());

describe('visitor mappers', () => {
  it('send every current value, so Rocket.Chat unsets nothing the form did not touch', () => {
    const values = fromVisitor(visitor, fields, 'BR');
    expect(toRegisterPayload({ ...values, name: 'Ana Maria' }, 'tok')).toEqual({
      token: 'tok',
      name: 'Ana Maria',
      email: 'ana@example.com',
      phone: '+555133334444',
      customFields: { plan: 'pro', customerId: '123456' },
      contactManager: { username: 'manager' },
    });
  });

  it('clear the phone with "" (a missing phone would be kept) and leave out an empty email and manager', () => {
    const values = { ...fromVisitor(visitor, fields, 'BR'), email: ' ', phone: '', contactManager: '' };
    const payload = toRegisterPayload(values, 'tok');
    expect(payload.phone).toBe('');
    expect(payload).not.toHaveProperty('email');
    expect(payload).not.toHaveProperty('contactManager');
  });

  it('save phones in E.164 and emails lower-cased and trimmed', () => {
    const values = {
      ...fromVisitor(null, fields, 'BR'),
      name: ' Bo ',
      email: ' Bo@Example.COM ',
      phone: '(51) 3333-4444',
    };
    expect(toRegisterPayload(values, 'new')).toMatchObject({
      name: 'Bo',
      email: 'bo@example.com',
      phone: '+555133334444',
    });
  });

  it("start a new contact from what was searched, else from the definitions' defaults", () => {
    const values = fromVisitor(null, fields, 'US', { email: 'x@y.co', 'cf.plan': 'free' });
    expect(values).toMatchObject({
      email: 'x@y.co',
      customFields: [
        { id: 'plan', value: 'free' },
        { id: 'customerId', value: '000000' },
      ],
    });
  });

  it('read a custom field whose id is an inherited name as empty, and send it only when typed', () => {
    const inherited: CustomField[] = [
      { _id: '__proto__', label: 'Proto', scope: 'visitor' },
      { _id: 'constructor', label: 'Constructor', scope: 'visitor' },
    ];
    const values = fromVisitor({ ...visitor, livechatData: {} }, inherited, 'BR');
    expect(values.customFields).toEqual([
      { id: '__proto__', value: '' },
      { id: 'constructor', value: '' },
    ]);
    expect(JSON.stringify(toRegisterPayload(values, 'tok').customFields)).toBe('{}');
    const typed = toRegisterPayload({ ...values, customFields: [{ id: '__proto__', value: 'typed' }] }, 'tok');
    expect(JSON.stringify(typed.customFields)).toBe('{"__proto__":"typed"}');
  });
});
