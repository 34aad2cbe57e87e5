import { t } from '@/i18n/translator';
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
  // Mantine's close button has no accessible name of its own.
  const named = {
    ...notification,
    closeButtonProps: { 'aria-label': t('data.dismiss'), ...notification.closeButtonProps },
  };
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(named));
}

export const notificationsUsed = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => used,
};
