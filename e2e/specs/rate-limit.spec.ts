import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { DirectoryPage } from '../pages/directory-page.ts';

// Runs against a server with Rocket.Chat's default REST rate limiter: 10 calls a minute per route and address
// (apps/meteor/app/api/server/ApiClass.ts); agents are counted, admins bypass it.
test.describe('Rocket.Chat rate limit @rate-limit', () => {
  test.use({ role: 'agent' });

  test('the 11th search in a minute says how long to wait; Retry waits with it', async ({ page }) => {
    const directory = new DirectoryPage(page);
    await directory.goto();
    await expect(page.getByText('No contacts yet')).toBeVisible();
    // The first page was call 1; nine more searches use up the minute's ten.
    for (let call = 2; call <= 10; call++) {
      await directory.searchFor(`limit${call}`);
      await expect(page.getByText(`No contact has "limit${call}"`)).toBeVisible();
    }
    await directory.searchFor('limit11');

    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the contacts' });
    await expect(alert).toContainText(/Too many requests\. Please slow down: .* Try again in \d+ seconds?\./);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeDisabled();
    await expectAccessible(page);
  });
});
