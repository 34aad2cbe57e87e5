import { STORAGE_PREFIX } from './session-store';

/**
 * Unsaved form drafts, per record, in this browser. They survive reloads, expired sessions (a 401 mid-save keeps
 * them for after the login) and network failures; saving or logging out removes them.
 */
const key = (id: string) => `${STORAGE_PREFIX}draft:${id}`;

export function readDraft(id: string): unknown {
  try {
    const raw = localStorage.getItem(key(id));
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeDraft(id: string, draft: unknown): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is missing.
  }
}

export function clearDraft(id: string): void {
  localStorage.removeItem(key(id));
}
