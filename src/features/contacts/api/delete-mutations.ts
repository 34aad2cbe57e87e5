import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { contactQueries } from './contact-queries';
import type { DirectoryPage } from './directory-fetchers';

/** `POST omnichannel/contacts.delete` (7.11+, `delete-livechat-contact`): Rocket.Chat disables the contact. */
async function deleteProfile(contactId: string): Promise<void> {
  await apiRequest('omnichannel/contacts.delete', { method: 'POST', body: { contactId } });
}

interface DeleteCallbacks {
  onSuccess?: () => void;
  onError?: (error: unknown, contactId: string) => void;
}

/**
 * Deletes a contact profile. Optimistic: the contact leaves every directory page at once; if Rocket.Chat refuses,
 * the pages are put back as they were. Its detail is reset, so its page asks again and learns it is gone. The
 * call site's callbacks (toasts) run even when the row or page that asked has gone in the meantime.
 */
export function useDeleteProfile({ onSuccess, onError }: DeleteCallbacks = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProfile,
    onMutate: async (contactId: string) => {
      await queryClient.cancelQueries({ queryKey: contactQueries.directories() });
      const previous = queryClient.getQueriesData<DirectoryPage>({ queryKey: contactQueries.directories() });
      queryClient.setQueriesData<DirectoryPage>({ queryKey: contactQueries.directories() }, (page) =>
        page?.rows.some((row) => row.id === contactId)
          ? { rows: page.rows.filter((row) => row.id !== contactId), total: page.total - 1 }
          : page,
      );
      return { previous };
    },
    onError: (error, contactId, context) => {
      for (const [key, page] of context?.previous ?? []) queryClient.setQueryData(key, page);
      onError?.(error, contactId);
    },
    onSuccess: (_answer, contactId) => {
      void queryClient.resetQueries({ queryKey: contactQueries.profile(contactId).queryKey });
      onSuccess?.();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactQueries.searches() }),
  });
}
