/**
 * Asks before leaving a form with unsaved changes. The app's router navigates through `guardedNavigate`, which
 * holds the navigation while a guard is active and lets the app's confirm dialog decide; the browser's Back and
 * Forward are held here too.
 */
type Listener = () => void;

let active = false;
/** The form's address, to go back to when Back/Forward is held. */
let guardedUrl = '';
let pending: (() => void) | null = null;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((listener) => listener());

export const navigationGuard = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** True while a form with unsaved changes is open. */
  isActive: (): boolean => active,
  /** True while a navigation waits for the person's answer. */
  isAsking: (): boolean => pending !== null,
  setActive: (value: boolean): void => {
    if (value && !active) guardedUrl = window.location.href;
    active = value;
  },
  /** Runs the navigation now, or holds it for the confirm dialog when a form has unsaved changes. */
  request: (go: () => void): void => {
    if (!active) return go();
    pending = go;
    emit();
  },
  leave: (): void => {
    const go = pending;
    pending = null;
    active = false;
    emit();
    go?.();
  },
  stay: (): void => {
    pending = null;
    emit();
  },
};

// Back/Forward has already moved the URL when popstate fires. Registered when this module loads, before the router
// subscribes, so it runs first: the form's address is pushed back before the router reads the new one, and the
// person's "Leave" goes back to where they were going.
window.addEventListener('popstate', (event) => {
  if (!active) return;
  event.stopImmediatePropagation();
  window.history.pushState(null, '', guardedUrl);
  navigationGuard.request(() => window.history.back());
});
