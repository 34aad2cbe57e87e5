import { useEffect, useLayoutEffect } from 'react';
import { navigationGuard } from './navigation-guard';

/**
 * While `dirty`, in-app navigation and the browser's Back/Forward ask first, and closing or reloading the tab gets the
 * browser's warning.
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

  // Back/Forward has already moved the URL when popstate fires: the form's URL is pushed back at once (before the
  // router reads it), and the person's "Leave" goes back to where they were going.
  useEffect(() => {
    if (!dirty) return;
    const here = window.location.href;
    const onPopState = (event: PopStateEvent) => {
      if (!navigationGuard.isActive()) return;
      event.stopImmediatePropagation();
      window.history.pushState(null, '', here);
      navigationGuard.request(() => window.history.back());
    };
    window.addEventListener('popstate', onPopState, { capture: true });
    return () => window.removeEventListener('popstate', onPopState, { capture: true });
  }, [dirty]);
}
