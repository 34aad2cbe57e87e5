import type { Sample, Scenario } from './run.ts';

const q = encodeURIComponent;
const chars = (text: string) => [...text];
/** The first 4 characters of the name, or 3 for 3-character names; 2-character names (王伟) get their own scenario. */
const nameFragment = (name: string) => {
  const all = chars(name);
  return all.length < 3 ? `${name} ` : all.slice(0, 4).join('');
};
/** A letter from inside the name (the first is often a capital; the search folds case either way). */
const oneChar = (name: string) => chars(name)[1] ?? name;
const twoChars = (name: string) => chars(name).slice(0, 2).join('');
const localPart = (email: string) => email.split('@')[0]!;
/** A dot and the two letters after the first dot of the email: searched literally, so only such emails match. */
const dotted = (email: string) => {
  const local = localPart(email);
  const at = local.indexOf('.');
  return at < 0 ? `.${local.slice(0, 2)}` : local.slice(at, at + 3);
};

const contacts = (query: string) => `/api/v1/omnichannel/contacts.search?${query}&count=25`;
const visitors = (query: string) => `/api/v1/livechat/visitors.search?${query}&count=25`;

const newVisitorContact = (s: Sample, n: number) =>
  JSON.stringify({
    token: `bench-${process.pid}-${n}`,
    name: s.name,
    email: `bench${n}.${s.email}`,
    phone: s.phone,
    customFields: { customerId: s.customerId },
  });

export const scenarios: Scenario[] = [
  { name: 'contact.search by email', path: (s) => `/api/v1/omnichannel/contact.search?email=${q(s.email)}` },
  { name: 'contact.search by phone', path: (s) => `/api/v1/omnichannel/contact.search?phone=${q(s.phone)}` },
  {
    name: 'contact.search by custom (customerId substring)',
    path: (s) =>
      `/api/v1/omnichannel/contact.search?custom=${q(JSON.stringify({ customerId: s.customerId.slice(1) }))}`,
  },
  { name: 'contacts.get', path: (s) => `/api/v1/omnichannel/contacts.get?contactId=${q(s.contactId)}` },
  // Type-ahead: contacts.search (7.1+) and livechat/visitors.search (6.x) with fragments of every length.
  { name: 'contacts.search 1 char', path: (s) => contacts(`searchText=${q(oneChar(s.name))}`) },
  { name: 'contacts.search 2 chars', path: (s) => contacts(`searchText=${q(twoChars(s.name))}`) },
  { name: 'contacts.search name, many hits', path: (s) => contacts(`searchText=${q(nameFragment(s.name))}`) },
  { name: 'contacts.search 3+ chars (email local part)', path: (s) => contacts(`searchText=${q(localPart(s.email))}`) },
  { name: 'contacts.search regex characters, literal', path: (s) => contacts(`searchText=${q(dotted(s.email))}`) },
  {
    name: 'contacts.search 2 chars, unknown=true',
    path: (s) => contacts(`searchText=${q(twoChars(s.name))}&unknown=true`),
  },
  {
    name: 'contacts.search many hits, sort lastChat.ts',
    path: (s) => contacts(`searchText=${q(nameFragment(s.name))}&sort=${q('{"lastChat.ts":-1}')}`),
  },
  {
    name: 'contacts.search many hits, sort channels.lastChat.ts',
    path: (s) => contacts(`searchText=${q(nameFragment(s.name))}&sort=${q('{"channels.lastChat.ts":-1}')}`),
  },
  {
    name: 'contacts.search 2 chars, sort contactManager.username',
    path: (s) => contacts(`searchText=${q(twoChars(s.name))}&sort=${q('{"contactManager.username":1}')}`),
  },
  { name: 'contacts.search no text, page 3', path: () => contacts('offset=50') },
  { name: 'visitors.search 1 char', path: (s) => visitors(`term=${q(oneChar(s.name))}`) },
  { name: 'visitors.search 2 chars', path: (s) => visitors(`term=${q(twoChars(s.name))}`) },
  { name: 'visitors.search name, many hits', path: (s) => visitors(`term=${q(nameFragment(s.name))}`) },
  { name: 'visitors.search 3+ chars (email local part)', path: (s) => visitors(`term=${q(localPart(s.email))}`) },
  { name: 'visitors.search whole email', path: (s) => visitors(`term=${q(s.email)}`) },
  { name: 'visitors.search empty term, by name', path: () => visitors(`term=&sort=${q('{"name":1}')}`) },
  // The kept answers are dropped on every write: one write in 20 requests shows what a search costs cold.
  {
    name: 'contacts.search 2 chars, 1 write in 20 requests',
    path: (s) => contacts(`searchText=${q(twoChars(s.name))}`),
    interleave: { every: 20, method: 'POST', path: '/api/v1/omnichannel/contact', body: newVisitorContact },
  },
  {
    name: 'visitors.search 2 chars, 1 write in 20 requests',
    path: (s) => visitors(`term=${q(twoChars(s.name))}`),
    interleave: { every: 20, method: 'POST', path: '/api/v1/omnichannel/contact', body: newVisitorContact },
  },
  {
    name: 'POST omnichannel/contact',
    method: 'POST',
    path: () => '/api/v1/omnichannel/contact',
    body: newVisitorContact,
  },
];
