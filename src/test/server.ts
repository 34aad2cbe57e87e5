import { inject, vi } from 'vitest';
import { sessionStore } from '@/lib/session-store';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Given by server/test-support/app-global-setup.ts. */
    testServerUrl: string;
  }
}

/** The in-memory server the run started (server/test-support/app-global-setup.ts). */
export const testServerUrl = (): string => inject('testServerUrl');

/** A request the app sent: method, path after `/api/v1/`, query and JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** Answers a request instead of the server (what it cannot produce: a dropped connection, a 500); else undefined. */
type Stand = (request: SentRequest) => Response | undefined;

const realFetch = globalThis.fetch;

/**
 * Puts the in-memory server behind the app's fetch: the app asks its own origin, as in production behind a proxy,
 * and every `/api` request goes to the real server. Signs in as this demo user. Returns the requests the app sends,
 * and a way to answer some of them instead of the server. Call in `beforeEach`.
 */
export async function signInToTestServer(username = 'admin') {
  const origin = window.location.origin;
  const sent: SentRequest[] = [];
  const stands: Stand[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), origin);
    if (url.origin !== origin) return realFetch(url, init);
    const request: SentRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v1\//, ''),
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    for (const stand of stands) {
      const answer = stand(request);
      if (answer) return answer;
    }
    return realFetch(new URL(url.pathname + url.search, testServerUrl()), init);
  });
  const response = await realFetch(new URL('/api/v1/login', testServerUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: username, password: `${username}123` }),
  });
  const { data } = (await response.json()) as { data: { userId: string; authToken: string } };
  sessionStore.signIn({ userId: data.userId, authToken: data.authToken }, false);
  return {
    auth: { userId: data.userId, authToken: data.authToken },
    sent,
    stand: (answer: Stand) => stands.push(answer),
  };
}

/** Calls the server directly (set-up and checks), as the given user. */
export async function serverCall(
  auth: { userId: string; authToken: string },
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await realFetch(new URL(`/api/v1/${path}`, testServerUrl()), {
    method,
    headers: {
      'x-user-id': auth.userId,
      'x-auth-token': auth.authToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}
