import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from './session-queries';

/**
 * What the connected Rocket.Chat can do for contacts, worked out once from its version (`GET /api/info`, read
 * after login and kept for the session). This is the one capability check: no component parses versions or
 * probes for a 404. Versions: rocketchat-api.md §1.
 */
export interface Capabilities {
  version: string;
  /** Contact profiles (`omnichannel/contacts*`, 7.1): the directory lists them; one profile is one person. */
  contactProfiles: boolean;
  /** `omnichannel/contacts.checkExistence` (7.2). */
  checkExistence: boolean;
  /** `contacts.update` keeps values of custom fields the workspace no longer defines (7.2, PR #34139). */
  keepsUnregisteredCustomFields: boolean;
  /**
   * `POST omnichannel/contacts.conflicts` (7.7.0, PR #36019; developer.rocket.chat "Resolve Contact Conflicts"
   * changelog). Before it, `contacts.update` with `wipeConflicts` does the same job.
   */
  resolveConflicts: boolean;
  /** `POST omnichannel/contacts.delete` (7.11, PR #36589). */
  deleteContacts: boolean;
  /** Where the directory comes from: contact profiles (7.1+) or visitors (`livechat/visitors.search`, 6.x). */
  directory: 'contacts' | 'visitors';
}

function atLeast(version: string, major: number, minor: number): boolean {
  const [maj = 0, min = 0] = version.split('.').map(Number);
  return maj > major || (maj === major && min >= minor);
}

export function capabilitiesOf(version: string): Capabilities {
  const contactProfiles = atLeast(version, 7, 1);
  return {
    version,
    contactProfiles,
    checkExistence: atLeast(version, 7, 2),
    keepsUnregisteredCustomFields: atLeast(version, 7, 2),
    resolveConflicts: atLeast(version, 7, 7),
    deleteContacts: atLeast(version, 7, 11),
    directory: contactProfiles ? 'contacts' : 'visitors',
  };
}

/** The server's capabilities: `data` is undefined until the server info is read (once per session). */
export function useCapabilities() {
  return useQuery({ ...sessionQueries.serverInfo(), select: (info) => capabilitiesOf(info.version) });
}
