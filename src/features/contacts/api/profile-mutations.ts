import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isCreatedBy } from '../model/profile-mappers';
import { settleSave } from './save-cache';
import {
  createProfile,
  searchProfiles,
  updateProfile,
  type CreateProfileBody,
  type UpdateProfileBody,
} from './profile-fetchers';
import type { ContactProfile } from './wire';

/**
 * The contact a create whose answer never arrived may have made (see isCreatedBy), found through `contacts.search`
 * by its first email, else phone, else name, newest first; null when that attempt made none.
 */
async function findCreatedProfile(body: CreateProfileBody, startedAt: string): Promise<ContactProfile | null> {
  const text = body.emails[0] ?? body.phones[0] ?? body.name;
  const found = await searchProfiles(text, undefined, { sort: '{"createdAt":-1}' });
  return found.find((profile) => isCreatedBy(profile, body, startedAt)) ?? null;
}

export interface CreateProfileVariables {
  body: CreateProfileBody;
  /** Earlier attempts that may have reached the server (their answer was lost, or the server failed). */
  uncertain: { body: CreateProfileBody; startedAt: string }[];
}

/** The saved contact's id and, when Rocket.Chat answered with it, the contact as saved. */
export interface SavedProfile {
  id: string;
  contact: ContactProfile | null;
}

/**
 * Creates a contact profile, never twice: `POST omnichannel/contacts` is not idempotent, so after an attempt that
 * may have reached the server, the contact it would have made is looked for first. Found, it is the saved contact
 * (brought up to date if the form changed since); only when it is not found is the create sent again.
 */
export function useCreateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, uncertain }: CreateProfileVariables): Promise<SavedProfile> => {
      // Newest first: the attempt most like what the person wants now.
      for (const attempt of [...uncertain].reverse()) {
        const earlier = await findCreatedProfile(attempt.body, attempt.startedAt);
        if (!earlier) continue;
        if (JSON.stringify(attempt.body) === JSON.stringify(body)) return { id: earlier._id, contact: null };
        const contact = await updateProfile({ contactId: earlier._id, ...body });
        return { id: contact._id, contact };
      }
      return { id: await createProfile(body), contact: null };
    },
    onSuccess: ({ id, contact }) => settleSave(queryClient, contact ? { profile: contact } : { id }),
  });
}

/** Saves a contact profile with `contacts.update`; its answer becomes the cached detail. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateProfileBody): Promise<SavedProfile> => {
      const contact = await updateProfile(body);
      return { id: contact._id, contact };
    },
    onSuccess: ({ id, contact }) => settleSave(queryClient, contact ? { profile: contact } : { id }),
  });
}
