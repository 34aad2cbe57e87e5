import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** How long a new page may take to show its heading (data loading) before focus stays on `main`. */
const WAIT_FOR_HEADING_MS = 10_000;

function focusable(element: HTMLElement): HTMLElement {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  return element;
}

/** Focus is "lost" when it sits on nothing in particular: the body, or the interim `main`. */
const focusIsFree = (main: HTMLElement | null) =>
  document.activeElement === null || document.activeElement === document.body || document.activeElement === main;

/** The new page focused a field of its own on purpose (autoFocus, e.g. "/" opening the directory's search box). */
const pageChoseFocus = (main: HTMLElement | null) => {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement &&
    active !== main &&
    Boolean(main?.contains(active)) &&
    active.matches('input, textarea, select') &&
    active.getClientRects().length > 0
  );
};

/**
 * After every navigation (a new path, not the first load), focus moves to the new page's `h1`, so keyboard and
 * screen-reader users start at the page's name instead of the top of the body. Pages load their data first, so
 * focus goes to `main` at once and on to the `h1` when it appears, unless the person has moved focus meanwhile.
 * Changes of the query string alone (tabs, pages of a list) are not navigations: focus stays where it is.
 */
export function useRouteFocus(): void {
  const [path] = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    const main = document.querySelector<HTMLElement>('main');
    if (pageChoseFocus(main)) return;
    // The old page may still be in the DOM, hidden by Suspense while the new one loads: only a shown h1 counts.
    const focusHeading = () => {
      const heading = [...document.querySelectorAll<HTMLElement>('main h1, h1')].find(
        (candidate) => candidate.getClientRects().length > 0,
      );
      if (!heading) return false;
      focusable(heading).focus();
      return document.activeElement === heading;
    };
    if (focusHeading()) return;
    if (main && focusIsFree(main)) focusable(main).focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      if (!focusIsFree(document.querySelector('main')) || focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    const timer = window.setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [path]);
}

/** Mounted once inside the router: the one place focus follows navigation, for every route. */
export function RouteFocus(): null {
  useRouteFocus();
  return null;
}
