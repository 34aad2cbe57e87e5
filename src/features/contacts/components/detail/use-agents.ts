import { useQuery } from '@tanstack/react-query';
import { useCan } from '@/lib/use-can';
import { contactQueries } from '../../api/contact-queries';
import type { Agent } from '../../api/wire';

/**
 * Finds agents (contact managers) by user id or username in the first page of `livechat/users/agent`. Rocket.Chat
 * lists agents only to people who may transfer chats or edit contacts, so the list is not even asked for otherwise;
 * callers then show the id or username they have.
 */
export function useAgentDirectory(): { find: (idOrUsername: string) => Agent | undefined; settled: boolean } {
  const canTransfer = useCan('transfer-livechat-guest');
  const canEdit = useCan('edit-omnichannel-contact');
  const allowed = canTransfer === 'yes' || canEdit === 'yes';
  const undecided = canTransfer === 'loading' || canEdit === 'loading';
  const directory = useQuery({ ...contactQueries.agents(''), enabled: allowed });
  return {
    find: (idOrUsername) =>
      directory.data?.find((agent) => agent._id === idOrUsername || agent.username === idOrUsername),
    settled: !undecided && (!allowed || !directory.isPending),
  };
}

export type ManagerLookup = { status: 'loading' } | { status: 'found'; agent: Agent } | { status: 'unresolved' };

/**
 * A contact profile's manager (a user id): from the agent list, else from `livechat/users/agent/:_id` when the
 * viewer may read it (`view-livechat-manager`), else unresolved.
 */
export function useManager(userId: string | undefined): ManagerLookup {
  const directory = useAgentDirectory();
  const listed = userId ? directory.find(userId) : undefined;
  const canReadAgent = useCan('view-livechat-manager');
  const single = useQuery({
    ...contactQueries.agent(userId ?? ''),
    enabled: !!userId && !listed && directory.settled && canReadAgent === 'yes',
  });
  if (!userId) return { status: 'unresolved' };
  if (listed) return { status: 'found', agent: listed };
  if (!directory.settled || canReadAgent === 'loading' || (canReadAgent === 'yes' && single.isPending))
    return { status: 'loading' };
  return single.data ? { status: 'found', agent: single.data } : { status: 'unresolved' };
}
