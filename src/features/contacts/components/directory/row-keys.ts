import type { KeyboardEvent } from 'react';

/** The selector of each row's link, the one stop per row that ↑/↓ move between. */
export const ROW_LINK = 'a[data-row-link]';

/**
 * ↑/↓ move the focus between the rows' links (Enter then opens one, as any link); ↑ on the first row goes back to
 * the search box. Other keys are left to the browser.
 */
export function onRowKeys(event: KeyboardEvent<HTMLElement>, backTo: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK)];
  const index = links.findIndex((link) => link.contains(document.activeElement));
  const current =
    index === -1 ? links.findIndex((link) => link.closest('[data-row]')?.contains(document.activeElement)) : index;
  if (current === -1) return;
  event.preventDefault();
  const next = current + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) backTo();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/** From the search box, ↓ enters the list. */
export function focusFirstRow(container: HTMLElement | null) {
  container?.querySelector<HTMLAnchorElement>(ROW_LINK)?.focus();
}
