import { navigate, useBrowserLocation } from 'wouter/use-browser-location';
import { navigationGuard } from '@/lib/navigation-guard';

const guardedNavigate: typeof navigate = (to, options) => navigationGuard.request(() => navigate(to, options));

/** wouter's browser location, with every in-app navigation passing the unsaved-changes guard. */
export const useGuardedLocation = (): [string, typeof navigate] => [useBrowserLocation()[0], guardedNavigate];
