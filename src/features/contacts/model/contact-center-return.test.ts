// @vitest-environment jsdom
// Imports the session store, which reads the browser's storage when it loads.
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/session-store';
import { contactCenterHref, rememberContactCenter } from './contact-center-return';

describe('the way back to the Contact Center', () => {
  it('is the plain directory until a Contact Center screen is shown, then that screen with its query', () => {
    expect(contactCenterHref()).toBe('/');
    rememberContactCenter('/?q=davis&page=2');
    expect(contactCenterHref()).toBe('/?q=davis&page=2');
  });

  it('is forgotten when the session ends: a search names customers', () => {
    sessionStore.signIn({ userId: 'agent', authToken: 'token' }, false);
    rememberContactCenter('/search?email=ana%40example.com');
    sessionStore.signOut();
    expect(contactCenterHref()).toBe('/');
  });
});
