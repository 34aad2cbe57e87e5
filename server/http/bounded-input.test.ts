import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { LIMITS } from './bounded-input.ts';

// The "flood" probes: an anonymous 200 MB token was stored, 12 parallel 200 MB requests took the server to
// 10 GB, a value nested 10,000 deep answered "Maximum call stack size exceeded".
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const tooLarge = (what: string) => ({
  success: false,
  error: `${what} [limits: 10000 characters, 200 items, 20 levels] [error-input-too-large]`,
  errorType: 'error-input-too-large',
});

/**
 * Streams up to `totalBytes` of a JSON body to an anonymous visitor endpoint, chunked or with a declared length,
 * stopping as soon as the server answers; resolves with the status and how many bytes were sent.
 */
function upload(totalBytes: number, declareLength: boolean): Promise<{ status: number; sent: number }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/livechat/visitor',
        headers: {
          'content-type': 'application/json',
          ...(declareLength ? { 'content-length': String(totalBytes) } : {}),
        },
      },
      (res) => {
        answered = true;
        res.resume();
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, sent });
          req.destroy();
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    req.write('{"visitor":{"token":"');
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}}');
    };
    pump();
  });
}

describe('bounded input', () => {
  it('a body over 1 MiB is refused with 413 from its declared length, before it is read', async () => {
    const { status, sent } = await upload(200 * 1024 * 1024, true);
    expect(status).toBe(413);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('12 parallel oversized anonymous uploads (chunked) get 413, memory stays bounded, others are served', async () => {
    const before = process.memoryUsage().rss;
    const uploads = Array.from({ length: 12 }, () => upload(64 * 1024 * 1024, false));
    const info = await server.call('GET', '/info');
    const results = await Promise.all(uploads);
    expect(info.status).toBe(200);
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(413));
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('the 413 body is JSON', async () => {
    const body = JSON.stringify({ visitor: { token: 'x'.repeat(LIMITS.bodyBytes) } });
    expect(await server.call('POST', 'livechat/visitor', { body })).toEqual({
      status: 413,
      body: { success: false, error: 'Payload Too Large' },
    });
  });

  it('a string longer than 10,000 characters is refused; a stored token stays small', async () => {
    const token = 't'.repeat(LIMITS.stringLength + 1);
    expect(await server.call('POST', 'livechat/visitor', { body: { visitor: { token } } })).toEqual({
      status: 400,
      body: tooLarge('A string is too long'),
    });
  });

  it('more than 200 items in a list are refused before any is looked at', async () => {
    const customFields = Array.from({ length: LIMITS.items + 1 }, (_, i) => ({
      key: `k${i}`,
      value: 'v',
      overwrite: true,
    }));
    expect(await server.call('POST', 'livechat/custom.fields', { body: { token: 'any', customFields } })).toEqual({
      status: 400,
      body: tooLarge('A list has too many items'),
    });
  });

  it('a value nested 10,000 deep is refused without a stack overflow', async () => {
    const body = `{"visitor":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(await server.call('POST', 'livechat/visitor', { body })).toEqual({
      status: 400,
      body: tooLarge('The body is nested too deeply'),
    });
  });
});
