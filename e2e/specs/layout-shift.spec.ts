import { test, expect } from '../fixtures.ts';
import { layoutShiftOf, watchLayoutShift } from '../support/layout-shift.ts';
import { DirectoryPage } from '../pages/directory-page.ts';

// Issue #10: nothing moves while a screen loads (layout shift at most 0.01), counted until the network settles, so
// what arrives last (the server's version, the agent's permissions, the rows) is included. The contact page has its
// own test.
const screens = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of screens) {
  test.describe(`Loading, on a ${name}`, () => {
    test.use({ role: 'agent', viewport });

    test('the directory and the advanced search hold their place: layout shift at most 0.01', async ({ page }) => {
      const directory = new DirectoryPage(page);
      await watchLayoutShift(page);
      await directory.goto();
      await expect(directory.searchBox()).toBeVisible();
      expect(await layoutShiftOf(page)).toBeLessThanOrEqual(0.01);

      await page.goto('/search');
      await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
      expect(await layoutShiftOf(page)).toBeLessThanOrEqual(0.01);
    });
  });
}
