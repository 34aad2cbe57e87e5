import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials, TestServer } from '../test-support/test-server.ts';
import { ADDRESS_FIELD, startOmnichannelServer, type OmnichannelHelpers } from '../test-support/omnichannel-suite.ts';

// The "freeze" probe: the common "words" pattern backtracks exponentially on a value that almost matches.
// Unbounded, 34 characters hold the only thread for minutes. Bounded, V8's linear-time engine answers it exactly;
// a pattern that engine cannot run (lookaround, backreferences) is stopped by the time bound, and the value is
// refused with Rocket.Chat's own "Invalid value for … field" within the request's budget (50 ms).
const WORDS = '^([a-zA-Z0-9]+\\s?)+$';
const LOOKAHEAD = '^(?=[a-z])([a-zA-Z0-9]+\\s?)+$';
const EVIL = `${'a'.repeat(34)}!`;

let server: TestServer, admin: Credentials, helpers: OmnichannelHelpers;
beforeAll(
  async () =>
    ({ server, admin, helpers } = await startOmnichannelServer({
      customFields: [
        ADDRESS_FIELD,
        { field: 'words', label: 'Words', regexp: WORDS },
        { field: 'ahead', label: 'Ahead', regexp: LOOKAHEAD },
      ],
    })),
);
afterAll(() => server.close());

/** Sends `request`, then asks `/api/info` while it runs; both durations in ms. */
async function timed(request: () => Promise<unknown>) {
  const started = performance.now();
  const slow = request().then((result) => ({ result, ms: performance.now() - started }));
  const infoStarted = performance.now();
  const info = await server.call('GET', '/info');
  const infoMs = performance.now() - infoStarted;
  expect(info.status).toBe(200);
  return { ...(await slow), infoMs };
}

describe('custom-field patterns never block the server', () => {
  it('livechat/custom.field (no login): the "words" pattern answers at once: the value is refused', async () => {
    const { token } = await helpers.createVisitor();
    const { result, ms, infoMs } = await timed(() =>
      server.call('POST', 'livechat/custom.field', { body: { token, key: 'words', value: EVIL, overwrite: true } }),
    );
    expect(result).toEqual({ status: 400, body: { success: false, error: 'Invalid value for words field' } });
    expect(ms).toBeLessThan(1000);
    expect(infoMs).toBeLessThan(1000);
  });

  it('a pattern only the backtracking engine can run is stopped by the time bound: the value is refused', async () => {
    const { token } = await helpers.createVisitor();
    const { result, ms, infoMs } = await timed(() =>
      server.call('POST', 'livechat/custom.field', { body: { token, key: 'ahead', value: EVIL, overwrite: true } }),
    );
    expect(result).toEqual({ status: 400, body: { success: false, error: 'Invalid value for ahead field' } });
    expect(ms).toBeLessThan(1000);
    expect(infoMs).toBeLessThan(1000);
  });

  it('livechat/custom.fields: one budget for the whole request, however many entries', async () => {
    const { token } = await helpers.createVisitor();
    const customFields = Array.from({ length: 50 }, (_, i) => ({
      key: 'ahead',
      value: `${EVIL}${i}`,
      overwrite: true,
    }));
    const { result, ms } = await timed(() =>
      server.call('POST', 'livechat/custom.fields', { body: { token, customFields } }),
    );
    expect(result).toEqual({ status: 400, body: { success: false, error: 'Invalid value for ahead field' } });
    expect(ms).toBeLessThan(1000);
  });

  it('omnichannel/contact and contacts: the same answer for the same value', async () => {
    const { ms: legacyMs, result: legacy } = await timed(() =>
      server.call('POST', 'omnichannel/contact', {
        auth: admin,
        body: { token: 'redos-token', name: 'Redos', customFields: { words: EVIL } },
      }),
    );
    expect(legacy).toEqual({ status: 400, body: { success: false, error: 'Invalid value for Words field' } });
    expect(legacyMs).toBeLessThan(1000);
    const { result: profile } = await timed(() =>
      server.call('POST', 'omnichannel/contacts', {
        auth: admin,
        body: { name: 'Redos', emails: [], phones: [], customFields: { words: EVIL } },
      }),
    );
    expect(profile).toEqual({ status: 400, body: { success: false, error: 'Invalid value for Words field' } });
  });

  it('keeps Rocket.Chat answers otherwise: a matching value passes, an invalid pattern reports its SyntaxError', async () => {
    const { token } = await helpers.createVisitor();
    expect(
      await server.call('POST', 'livechat/custom.field', {
        body: { token, key: 'words', value: 'two words', overwrite: true },
      }),
    ).toMatchObject({ status: 200 });
    expect(
      await server.call('POST', 'livechat/custom.field', {
        body: { token, key: 'ahead', value: 'two words', overwrite: true },
      }),
    ).toMatchObject({ status: 200 });
    await helpers.createCustomField({ field: 'broken', label: 'Broken', regexp: '([a-z' });
    expect(
      await server.call('POST', 'livechat/custom.field', {
        body: { token, key: 'broken', value: 'x', overwrite: true },
      }),
    ).toEqual({
      status: 400,
      body: { success: false, error: 'Invalid regular expression: /([a-z/: Unterminated character class' },
    });
  });
});
