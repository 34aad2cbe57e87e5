/**
 * Names of what the app keeps in the browser's storage. index.html's inline script reads the last three before any
 * script loads, to paint its frame in the right colour scheme and language (scripts/first-paint-frame.ts writes
 * them into it at build time).
 */

/** Every key of the signed-in user shares this prefix, so logout can leave nothing behind. */
export const STORAGE_PREFIX = 'omnichannel-contacts:';
export const CREDENTIALS_KEY = `${STORAGE_PREFIX}credentials`;
/** Not under the session prefix: the colour scheme belongs to the browser, not to the signed-in user. */
export const COLOR_SCHEME_KEY = 'omnichannel-contacts-color-scheme';
/** Not under the session prefix either: the language is a preference of whoever uses this browser. */
export const LANGUAGE_KEY = 'omnichannel-contacts-language';
