import { z } from 'zod/mini';
import { meSchema } from '@/lib/session-queries';

/** The wire shape of a successful `POST /api/v1/login`, in its own module: see login.ts. */
export const loginResponseSchema = z.object({
  status: z.literal('success'),
  data: z.object({ userId: z.string(), authToken: z.string(), me: meSchema }),
});

export type LoginResult = z.infer<typeof loginResponseSchema>['data'];
