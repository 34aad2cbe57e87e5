import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { meSchema } from '@/lib/session-queries';

const loginResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({ userId: z.string(), authToken: z.string(), me: meSchema }),
});

export type LoginResult = z.infer<typeof loginResponseSchema>['data'];

export interface LoginInput {
  user: string;
  password: string;
  code?: string;
}

/** `POST /api/v1/login`; a `@` in `user` makes Rocket.Chat treat it as an email. */
export async function login({ user, password, code }: LoginInput): Promise<LoginResult> {
  const json = await apiRequest('login', {
    method: 'POST',
    authenticated: false,
    body: { user: user.trim(), password, ...(code ? { code: code.trim() } : {}) },
  });
  return parseResponse(loginResponseSchema, json, 'login').data;
}

/** Revokes the current token. Some 7.x servers answer with an empty body; any 2xx will do. */
export async function logout(): Promise<void> {
  await apiRequest('logout', { method: 'POST' });
}
