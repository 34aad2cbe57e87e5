import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest, parseResponse } from '@/lib/api-client';
import { useCapabilities } from '@/lib/capabilities';
import { settleSave } from './save-cache';
import { contactProfileSchema, type ContactProfile } from './wire';

/**
 * How a person settles a contact's conflicting fields: one chosen value per field in conflict, or "keep the
 * current values" (every conflict dismissed, nothing changed).
 */
export type ConflictResolution =
  | { kind: 'choose'; name?: string; contactManager?: string; customFields?: Record<string, string> }
  | { kind: 'keep-current' };

/**
 * `POST omnichannel/contacts.conflicts` (7.7+; it answers `{result}`). Before it, `contacts.update` with
 * `wipeConflicts` does the same job, but replaces the whole custom-field map, so the chosen values are merged into the
 * current ones first. Which one the server has comes from its capabilities, never from a probe.
 */
async function resolveConflicts(
  current: ContactProfile,
  resolution: ConflictResolution,
  hasConflictsEndpoint: boolean,
): Promise<ContactProfile> {
  const choices =
    resolution.kind === 'keep-current'
      ? { wipeConflicts: true }
      : {
          ...(resolution.name !== undefined ? { name: resolution.name } : {}),
          ...(resolution.contactManager !== undefined ? { contactManager: resolution.contactManager } : {}),
          ...(resolution.customFields && Object.keys(resolution.customFields).length
            ? { customFields: resolution.customFields }
            : {}),
        };
  if (hasConflictsEndpoint) {
    const json = await apiRequest('omnichannel/contacts.conflicts', {
      method: 'POST',
      body: { contactId: current._id, ...choices },
    });
    return parseResponse(z.object({ result: contactProfileSchema }), json, 'conflict resolution').result;
  }
  const customFields =
    resolution.kind === 'choose' && resolution.customFields
      ? { ...(current.customFields ?? {}), ...resolution.customFields }
      : undefined;
  const body = { contactId: current._id, ...choices, ...(customFields ? { customFields } : {}), wipeConflicts: true };
  const json = await apiRequest('omnichannel/contacts.update', { method: 'POST', body });
  return parseResponse(z.object({ contact: contactProfileSchema }), json, 'contact update').contact;
}

/**
 * Settles a contact profile's conflicts. Cache: the one policy of every save (the detail takes the server's answer,
 * so the alert goes and the chosen values show without a refetch). Call sites own notifications and the dialog.
 */
export function useResolveConflicts(current: ContactProfile) {
  const queryClient = useQueryClient();
  const capabilities = useCapabilities();
  return useMutation({
    mutationFn: (resolution: ConflictResolution) =>
      resolveConflicts(current, resolution, capabilities.data?.resolveConflicts === true),
    onSuccess: (contact) => settleSave(queryClient, { profile: contact }),
  });
}
