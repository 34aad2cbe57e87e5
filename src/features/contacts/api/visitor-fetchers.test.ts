// @vitest-environment jsdom
// Reads the page's origin and localStorage.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchVisitor } from './visitor-fetchers';

/** Observes the request the app sends; the answers come from the real server in the end-to-end specs. */
function captureRequest() {
  const fetch = vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response('{"contact":null,"success":true}', { status: 200 }));
  return () => {
    const target = fetch.mock.calls[0]![0];
    return new URL(target instanceof Request ? target.url : target);
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('searchVisitor', () => {
  it('sends custom conditions as one JSON object, as Rocket.Chat 6+ parses it', async () => {
    const url = captureRequest();
    await searchVisitor({ email: 'a@b.co', custom: { customerId: '123', plan: 'pro' } });
    expect(url().pathname).toBe('/api/v1/omnichannel/contact.search');
    expect(url().searchParams.get('email')).toBe('a@b.co');
    expect(url().searchParams.get('custom')).toBe('{"customerId":"123","plan":"pro"}');
    expect(url().searchParams.has('phone')).toBe(false);
  });

  it('leaves custom out when there is no condition (Rocket.Chat counts `{}` as none)', async () => {
    const url = captureRequest();
    await searchVisitor({ phone: '+5551', custom: {} });
    expect(url().searchParams.has('custom')).toBe(false);
    expect(url().searchParams.get('phone')).toBe('+5551');
  });
});
