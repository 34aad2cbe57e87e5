import type { Ref } from 'react';
import { useMergedRef } from '@mantine/hooks';

/**
 * floating-ui's `useMergeRefs(refs)` over Mantine's own `useMergedRef(...refs)`, which does the same. Mantine's
 * ScrollArea (inside every Table) imports this one hook from `@floating-ui/react`; the build gives it this module
 * instead (vite.config.ts), so a table does not put floating-ui (about 14 kB gzip) on a screen's first view.
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]) {
  return useMergedRef<T>(...refs);
}
