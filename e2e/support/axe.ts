import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Scheme = 'light' | 'dark';

/** Screens already checked in the dark scheme by this worker. */
const darkChecked = new Set<string>();

/** The screen a URL shows: its route, with record ids left out (`/contacts/:id/edit`). */
function screenOf(url: string): string {
  const words = new Set(['contacts', 'visitors', 'new', 'edit', 'search', 'login']);
  return new URL(url).pathname
    .split('/')
    .map((segment) => (segment === '' || words.has(segment) ? segment : ':id'))
    .join('/');
}

/**
 * Zero WCAG 2 A/AA violations in the light colour scheme for every state the test reaches, and in the dark scheme
 * once per screen (colours come from the theme, not from the state; the dark scan doubled the suite's axe time).
 * The app follows the system scheme, so emulating it switches the page live. Colour transitions are let to finish
 * first, so contrast is measured on the final colours.
 */
export async function expectAccessible(page: Page, schemes?: Scheme[]): Promise<void> {
  const screen = screenOf(page.url());
  const wanted = schemes ?? (darkChecked.has(screen) ? ['light'] : ['light', 'dark']);
  if (wanted.includes('dark')) darkChecked.add(screen);
  for (const scheme of wanted) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const finite = document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${scheme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `axe violations in ${scheme}`).toEqual([]);
  }
}
