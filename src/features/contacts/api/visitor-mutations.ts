import { useMutation, useQueryClient } from '@tanstack/react-query';
import { settleSave } from './save-cache';
import { registerVisitor, type RegisterVisitorBody } from './visitor-fetchers';

/** Saves a visitor contact (`POST omnichannel/contact`, which answers only the id). */
export function useSaveVisitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterVisitorBody) => registerVisitor(body),
    onSuccess: (id) => settleSave(queryClient, { id }),
  });
}
