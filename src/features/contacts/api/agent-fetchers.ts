import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { agentSchema, type Agent } from './wire';

/** `GET livechat/users/agent`: livechat agents whose name, username or email contains the text. */
export async function fetchAgents(text: string, signal?: AbortSignal): Promise<Agent[]> {
  const json = await apiRequest('livechat/users/agent', {
    query: { text: text || undefined, count: 50, sort: '{"name":1}' },
    signal,
  });
  return parseResponse(z.object({ users: z.array(agentSchema) }), json, 'agents').users;
}
