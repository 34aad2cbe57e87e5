import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { navigationGuard } from '@/lib/navigation-guard';
import { sessionStore } from '@/lib/session-store';
import { logout } from './api/login';
import { paths } from '@/lib/paths';

/**
 * Revokes the token on the server, then forgets everything: cached answers, credentials, drafts and recent
 * searches. Local clean-up happens even if the server cannot be reached.
 */
export function useLogOut(): () => void {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  // Through the unsaved-changes guard: logging out removes drafts, so a dirty form asks first.
  return () =>
    navigationGuard.request(() => {
      void logout()
        .catch(() => {
          // Already revoked or unreachable: the local session ends all the same.
        })
        .finally(() => {
          // A new history entry, so "back" returns to the signed-in page and meets the login gate, not old data.
          navigate(paths.login());
          sessionStore.signOut();
          queryClient.clear();
        });
    });
}
