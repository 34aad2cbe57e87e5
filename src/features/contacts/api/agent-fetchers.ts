import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { agentSchema, type Agent } from './wire';

/**
 * `GET livechat/users/agent`: up to 100 livechat agents whose name, username or email contains the text (all of
 * them for ''). Needs `transfer-livechat-guest` or `edit-omnichannel-contact`, else 403.
 */
export async function fetchAgents(text: string, signal?: AbortSignal): Promise<Agent[]> {
  const json = await apiRequest('livechat/users/agent', {
    query: { text: text || undefined, count: 100, sort: '{"name":1}' },
    signal,
  });
  return parseResponse(z.object({ users: z.array(agentSchema) }), json, 'agents').users;
}

/** `GET livechat/users/agent/:_id` (needs `view-livechat-manager`): null when the user is not an agent. */
export async function fetchAgent(id: string, signal?: AbortSignal): Promise<Agent | null> {
  const json = await apiRequest(`livechat/users/agent/${encodeURIComponent(id)}`, { signal });
  return parseResponse(z.object({ user: z.nullable(agentSchema) }), json, 'agent').user;
}
