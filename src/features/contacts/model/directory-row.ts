import type { ContactProfile, Visitor } from '../api/wire';

/** Where a contact has written from: Rocket.Chat's `OmnichannelSourceType` and, for apps, the app's own label. */
export interface RowChannel {
  type: string;
  label: string | undefined;
}

/** One contact of the directory, whichever record type the server lists (profiles on 7.1+, visitors on 6.x). */
export interface DirectoryRow {
  id: string;
  kind: 'profile' | 'visitor';
  name: string;
  email: string | undefined;
  phone: string | undefined;
  manager: string | undefined;
  /** ISO time of the last conversation. */
  lastChat: string | undefined;
  channels: RowChannel[];
  /** How many channels (visitor records) the contact has, whatever their source. */
  channelCount: number;
  /** How many fields hold values Rocket.Chat could not choose between (7.1+). */
  conflicts: number;
}

export const rowHref = (row: Pick<DirectoryRow, 'id' | 'kind'>): string =>
  `/${row.kind === 'profile' ? 'contacts' : 'visitors'}/${encodeURIComponent(row.id)}`;

function managerName(manager: ContactProfile['contactManager']): string | undefined {
  if (!manager || typeof manager === 'string') return undefined;
  return manager.username ?? manager.name ?? undefined;
}

/** One entry per source type, in the order Rocket.Chat lists the channels. */
function channelsOf(profile: ContactProfile): RowChannel[] {
  const seen = new Map<string, RowChannel>();
  for (const channel of profile.channels ?? []) {
    const type = channel.visitor?.source.type ?? channel.details?.type ?? 'other';
    if (!seen.has(type)) seen.set(type, { type, label: channel.details?.label ?? undefined });
  }
  return [...seen.values()];
}

export function fromProfile(profile: ContactProfile): DirectoryRow {
  const email = profile.emails?.[0]?.address;
  const phone = profile.phones?.[0]?.phoneNumber;
  return {
    id: profile._id,
    kind: 'profile',
    name: profile.name || email || phone || profile._id,
    email,
    phone,
    manager: managerName(profile.contactManager),
    lastChat: profile.lastChat?.ts,
    channels: channelsOf(profile),
    channelCount: profile.channels?.length ?? 0,
    conflicts: new Set((profile.conflictingFields ?? []).map((conflict) => conflict.field)).size,
  };
}

export function fromVisitor(visitor: Visitor): DirectoryRow {
  const email = visitor.visitorEmails?.[0]?.address;
  const phone = visitor.phone?.[0]?.phoneNumber;
  return {
    id: visitor._id,
    kind: 'visitor',
    name: visitor.name || visitor.username || email || phone || visitor._id,
    email,
    phone,
    manager: visitor.contactManager?.username,
    lastChat: visitor.lastChat?.ts,
    channels: [],
    channelCount: 0,
    conflicts: 0,
  };
}
