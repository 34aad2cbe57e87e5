import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import axe, { type Result } from 'axe-core';
import { DARK_SCANS_ENV } from './dark-scans.ts';

/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Scheme = 'light' | 'dark';

/** Screens already checked in the dark scheme, when the run keeps no shared record (global-setup.ts does). */
const darkChecked = new Set<string>();

/**
 * Whether this call is the run's first to reach `screen`, and so does its dark scan: every worker claims a screen
 * by creating its folder in the run's record, which only one of them can do. Per worker, three workers scanned
 * each screen up to three times.
 */
function claimDarkScan(screen: string): boolean {
  const record = process.env[DARK_SCANS_ENV];
  if (!record) {
    if (darkChecked.has(screen)) return false;
    darkChecked.add(screen);
    return true;
  }
  try {
    mkdirSync(join(record, encodeURIComponent(screen)));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

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
  const wanted = schemes ?? (claimDarkScan(screen) ? ['light', 'dark'] : ['light']);
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
    const violations = await scan(page);
    const summary = violations.map(
      (v) => `${v.id} (${scheme}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `axe violations in ${scheme}`).toEqual([]);
  }
}

/**
 * axe-core's verdict on the whole page, injected once per document and run as often as the test asks (as cypress-axe
 * does). AxeBuilder re-evaluates axe's 580 kB source on every call and, to merge frames' results, opens and closes a
 * blank page (a new renderer process). On ten specs' tests the run's CPU fell from 92 s to 64 s (49 s with no scan
 * at all); on pages with injected faults both ways reported the same violations at the same nodes, in both schemes.
 * The app has no frames; should one appear, AxeBuilder's per-frame injection covers it.
 */
async function scan(page: Page): Promise<Result[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) =>
      // Only the violations are read: axe then builds no selectors for what passed.
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    TAGS,
  );
}
