import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { seedVisitorDirectory } from '../support/directory-data.ts';
import { DirectoryPage } from '../pages/directory-page.ts';

// Runs in the 6.x project only: the directory over livechat/visitors.search.
test.describe('Contact directory on Rocket.Chat 6.x @rc6-only', () => {
  test.use({ role: 'agent' });
  // Dozens of contacts seeded and 25-row tables scanned by axe: slow on a loaded 2-core machine.
  test.slow();

  test('visitor contacts, typed ahead, paged and sorted; no profile-only controls', async ({ page, api, admin }) => {
    const data = await seedVisitorDirectory(api, admin);
    const directory = new DirectoryPage(page);
    await directory.goto();
    await expect(directory.searchBox()).toHaveAccessibleDescription(/whole email or phone/);
    await directory.searchFor(data.tag);
    await expect(directory.total()).toHaveText('32 contacts');
    await expect(directory.rowLinks()).toHaveCount(25);
    await expect(directory.rowLinks().first()).toHaveText(`Vera ${data.tag} 01`);
    await expect(directory.rowLinks().first()).toHaveAttribute('href', /^\/visitors\//);
    await expect(page.getByRole('radiogroup', { name: 'Contacts to list' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Channels' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /More actions/ })).toHaveCount(0);
    await expectAccessible(page);

    await directory.next().click();
    await expect(directory.rowLinks()).toHaveCount(7);
    await directory.sortBy('Last Chat').click();
    await expect(page).toHaveURL(`/?q=${data.tag}&sort=-lastChat`);
    await expect(directory.rowLinks().nth(0)).toHaveText(data.second);
    await expect(directory.rowLinks().nth(1)).toHaveText(data.first);

    // 6.x wants the whole email.
    await directory.searchFor(data.firstEmail);
    await expect(directory.rowLinks()).toHaveText([`Vera ${data.tag} 01`]);
  });
});

test.describe('Contact directory on Rocket.Chat 6.x without omnichannel roles @rc6-only', () => {
  test.use({ role: 'user' });
  test.slow();

  test('names view-l-room, the permission 6.x checks', async ({ page }) => {
    await new DirectoryPage(page).goto();
    const notice = page.getByRole('alert').filter({ hasText: "You don't have permission to list contacts" });
    await expect(notice).toContainText('view-l-room');
    await expectAccessible(page);
  });
});
