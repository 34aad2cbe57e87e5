import { randomInt } from 'node:crypto';

// Meteor's Random alphabets: ids are 17 unambiguous characters, secrets 43 base64url characters.
const UNMISTAKABLE = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
const BASE64 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';

function pick(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const randomId = (): string => pick(UNMISTAKABLE, 17);
export const randomSecret = (): string => pick(BASE64, 43);
