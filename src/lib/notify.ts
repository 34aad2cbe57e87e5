import type { NotificationData } from '@mantine/notifications';

/**
 * The one way to show a toast. Mantine's notifications (with their transitions, ~7 kB gzip) load with the first
 * toast instead of with every screen; the host mounts the renderer once something was notified.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let used = false;

export function notify(notification: NotificationData): void {
  if (!used) {
    used = true;
    listeners.forEach((listener) => listener());
  }
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(notification));
}

export const notificationsUsed = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => used,
};
