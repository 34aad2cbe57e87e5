import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /api/info', () => {
  it('A2: anonymous callers get the version without its patch and no info', async () => {
    const { status, body } = await server.call('GET', '/info');
    expect(status).toBe(200);
    expect(body).toEqual({
      version: '7.11',
      minimumClientVersions: { desktop: '3.9.6', mobile: '4.39.0' },
      success: true,
    });
  });

  it('A1: a caller with view-statistics gets the full version and build info', async () => {
    const auth = await server.login('admin');
    const { status, body } = await server.call('GET', '/info', { auth });
    expect(status).toBe(200);
    expect(body.version).toBe('7.11.0');
    expect(body.info).toMatchObject({
      version: '7.11.0',
      build: expect.any(Object),
      commit: expect.any(Object),
      marketplaceApiVersion: expect.any(String),
    });
  });
});
