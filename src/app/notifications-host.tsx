import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notificationsUsed } from '@/lib/notify';
import './notifications.css';

const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

/** Mounts Mantine's toast renderer once the app first notifies (see lib/notify.ts). */
export function NotificationsHost() {
  const used = useSyncExternalStore(notificationsUsed.subscribe, notificationsUsed.get);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}
