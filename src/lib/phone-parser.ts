import { useEffect, useSyncExternalStore } from 'react';
import type * as phone from './phone';

type PhoneParser = typeof phone;

let parser: PhoneParser | undefined;
let loading: Promise<PhoneParser> | undefined;
const listeners = new Set<() => void>();

/**
 * libphonenumber-js and its metadata are about 30 kB gzip (issue #15): they load when a phone is first parsed (a
 * form's validation, a phone search, a phone typed into a form), after the screen's first paint, never with it.
 */
export function loadPhoneParser(): Promise<PhoneParser> {
  loading ??= import('./phone').then(
    (module) => {
      parser = module;
      listeners.forEach((listener) => listener());
      return module;
    },
    (error: unknown) => {
      loading = undefined; // The next parse tries again (the chunk may have failed to download).
      throw error;
    },
  );
  return loading;
}

/** The parser, for code that runs after a form's validation (which loads it whenever a phone is filled in). */
export function loadedPhoneParser(): PhoneParser {
  if (!parser) throw new Error('The phone parser is not loaded: validate the form (or call loadPhoneParser) first.');
  return parser;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For a form that shows a phone as it will be saved: loads the parser once `needed`, and draws again when it is in. */
export function usePhoneParser(needed: boolean): PhoneParser | undefined {
  const current = useSyncExternalStore(subscribe, () => parser);
  useEffect(() => {
    if (needed) loadPhoneParser().catch(() => undefined); // The form's validation reports a failure to load.
  }, [needed]);
  return current;
}
