import { useSyncExternalStore } from 'react';
import { sessionStore, type Credentials } from './session-store';

export function useCredentials(): Credentials | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
