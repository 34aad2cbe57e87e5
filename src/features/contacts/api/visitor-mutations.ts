import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactKeys } from './contact-keys';
import { registerVisitor, type RegisterVisitorBody } from './visitor-fetchers';

/** Saves a visitor contact; afterwards every search and every contact detail reads fresh. */
export function useSaveVisitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterVisitorBody) => registerVisitor(body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.searches() }),
        queryClient.invalidateQueries({ queryKey: contactKeys.details() }),
      ]);
    },
  });
}
