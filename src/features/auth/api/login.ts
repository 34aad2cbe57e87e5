import { apiRequest, parseResponse } from '@/lib/api-client';
import type { LoginResult } from './login-response';

export type { LoginResult };

export interface LoginInput {
  user: string;
  password: string;
  code?: string;
}

/**
 * `POST /api/v1/login`; a `@` in `user` makes Rocket.Chat treat it as an email. The response's schema (and zod with
 * it, about 7 kB gzip) loads while the request is under way, so it is not on the login page's first view (issue #15)
 * and costs no extra round trip.
 */
export async function login({ user, password, code }: LoginInput): Promise<LoginResult> {
  const schema = import('./login-response');
  const json = await apiRequest('login', {
    method: 'POST',
    authenticated: false,
    body: { user: user.trim(), password, ...(code ? { code: code.trim() } : {}) },
  });
  return parseResponse((await schema).loginResponseSchema, json, 'login').data;
}

/** Revokes the current token. Some 7.x servers answer with an empty body; any 2xx will do. */
export async function logout(): Promise<void> {
  await apiRequest('logout', { method: 'POST' });
}
