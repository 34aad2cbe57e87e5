import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { SearchPage } from '../pages/search-page.ts';
import { accountOf } from '../support/accounts.ts';

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

// Issue #15: the contact manager is a stand-in until the person reaches it; Mantine's Select loads meanwhile.
test.describe('Contact manager select', () => {
  test.use({ role: 'admin' });

  test('keys typed while the select is still loading become its search, none lost', async ({ page, profileForm }) => {
    // The select's code is held back until the keys are typed, as on a slow network.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/form-ui-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await profileForm.gotoNew();
    const name = accountOf('manager').label;
    await profileForm.manager().pressSequentially(name.slice(0, 4));
    release();
    await expect(profileForm.manager()).toHaveValue(name.slice(0, 4));
    await expect(page.getByRole('option', { name })).toBeVisible();
    await page.getByRole('option', { name }).click();
    await expect(profileForm.manager()).toHaveValue(name);
    await expectAccessible(page);
  });
});
