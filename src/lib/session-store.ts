import { CREDENTIALS_KEY, STORAGE_PREFIX } from './storage-keys';

/**
 * Where the signed-in user's credentials live: sessionStorage for this tab, or localStorage when the person
 * asked to be remembered. Every key the app stores shares one prefix, so logout can leave nothing behind.
 */
export interface Credentials {
  userId: string;
  authToken: string;
}

export { STORAGE_PREFIX };
/** Whose drafts and recent searches this browser holds. */
const OWNER_KEY = `${STORAGE_PREFIX}owner`;

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Credentials | null = read();

function read(): Credentials | null {
  for (const storage of [sessionStorage, localStorage]) {
    const raw = storage.getItem(CREDENTIALS_KEY);
    if (!raw) continue;
    try {
      const parsed = JSON.parse(raw) as Partial<Credentials>;
      if (typeof parsed.userId === 'string' && typeof parsed.authToken === 'string') {
        return { userId: parsed.userId, authToken: parsed.authToken };
      }
    } catch {
      storage.removeItem(CREDENTIALS_KEY);
    }
  }
  return null;
}

function removeEverything(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
  }
}

function emit(): void {
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: (): Credentials | null => current,

  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  signIn: (credentials: Credentials, remember: boolean): void => {
    // Drafts and recent searches survive an expired session for the same person, never for the next one.
    if (localStorage.getItem(OWNER_KEY) !== credentials.userId) removeEverything();
    localStorage.setItem(OWNER_KEY, credentials.userId);
    sessionStorage.removeItem(CREDENTIALS_KEY);
    localStorage.removeItem(CREDENTIALS_KEY);
    (remember ? localStorage : sessionStorage).setItem(CREDENTIALS_KEY, JSON.stringify(credentials));
    current = credentials;
    emit();
  },

  /** The token stopped working (revoked elsewhere, expired): forget it, keep the person's drafts. */
  expire: (): void => {
    sessionStorage.removeItem(CREDENTIALS_KEY);
    localStorage.removeItem(CREDENTIALS_KEY);
    current = null;
    emit();
  },

  /** Logout: remove every trace of the user the app stored in this browser. */
  signOut: (): void => {
    removeEverything();
    current = null;
    emit();
  },
};

// Another tab signed in or out: follow it.
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key === CREDENTIALS_KEY) {
    current = read();
    emit();
  }
});
