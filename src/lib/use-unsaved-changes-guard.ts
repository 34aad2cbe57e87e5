import { useEffect, useLayoutEffect } from 'react';
import { navigationGuard } from './navigation-guard';

/**
 * While `dirty`, in-app navigation and the browser's Back/Forward ask first (navigation-guard.ts), and closing or
 * reloading the tab gets the browser's warning.
 */
export function useUnsavedChangesGuard(dirty: boolean): void {
  // A layout effect, so that a form removed by a redirect (a 401 sends the person to login) releases the guard
  // before the redirect navigates.
  useLayoutEffect(() => {
    navigationGuard.setActive(dirty);
    return () => navigationGuard.setActive(false);
  }, [dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
