import { useHotkeys } from '@mantine/hooks';
import { useLocation } from 'wouter';
import { paths } from '@/lib/paths';

/** The one element "/" focuses, whichever search the screen shows. */
const TARGET = '[data-slash-focus]';

/**
 * "/" anywhere signed in (outside text fields): focus the screen's search box, or go to the directory with its box
 * focused when the screen has none.
 */
export function useSearchHotkey() {
  const [, navigate] = useLocation();
  useHotkeys([
    [
      '/',
      () => {
        const target = document.querySelector<HTMLElement>(TARGET);
        if (target) target.focus();
        else navigate(paths.directory(), { state: { focusSearch: true } });
      },
    ],
  ]);
}
