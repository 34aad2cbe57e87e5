import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { SearchPage } from '../pages/search-page.ts';

// Issue #15: the phone-region select holds only the chosen region until it is used; its 245 options are mounted
// when it is focused or pressed, and it stays a native select (label, keyboard, type-ahead).
test.describe('Phone region select', () => {
  test.use({ role: 'agent', locale: 'en-US' });

  test('mounts its options when focused, and is chosen by keyboard', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await expect(search.region()).toHaveValue('US');
    await expect(search.region().locator('option')).toHaveCount(1);
    await expectAccessible(page);

    await search.region().focus();
    await expect(search.region().locator('option')).toHaveCount(245);
    await page.keyboard.type('Brazil');
    await expect(search.region()).toHaveValue('BR');
    await expect(search.region()).toBeFocused();
    await expectAccessible(page);
  });
});
