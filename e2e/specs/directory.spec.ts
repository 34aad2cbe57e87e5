import { test, expect, removeCreated } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { seedDirectory, type DirectoryData } from '../support/directory-data.ts';
import { RestClient } from '../support/rest.ts';
import { SERVER_URL } from '../support/ports.ts';
import { DirectoryPage } from '../pages/directory-page.ts';
import { ContactDetailPage } from '../pages/contact-detail-page.ts';

// One set per worker, shared by its tests, removed when they are done (on a real server, as the per-test clean-up).
const seeder = new RestClient(SERVER_URL);
let data: DirectoryData;
test.beforeAll(async () => {
  data = await seedDirectory(seeder, await seeder.login('admin'));
});
test.afterAll(() => removeCreated(seeder));

const name = (n: number) => `Dirk ${data.tag} ${String(n).padStart(2, '0')}`;

test.describe('Contact directory', () => {
  test.use({ role: 'agent' });
  // Dozens of contacts seeded and 25-row tables scanned by axe: slow on a loaded 2-core machine.
  test.slow();

  test('type-ahead lists, pages and sorts; the URL holds it all; Back and reload show the same rows', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('contacts.search')) requests++;
    });
    await directory.goto();
    await expect(directory.table()).toBeVisible();

    await directory.searchFor(data.tag);
    await expect(directory.total()).toHaveText('32 contacts');
    await expect(directory.rowLinks()).toHaveCount(25);
    await expect(directory.rowLinks().first()).toHaveText(name(1));
    await expect(directory.header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByText('Page 1 of 2')).toBeVisible();
    await expectAccessible(page);

    await directory.next().click();
    await expect(page).toHaveURL(`/?q=${data.tag}&page=2`);
    await expect(directory.rowLinks()).toHaveCount(7);
    await expect(directory.rowLinks().last()).toHaveText(data.second);

    await directory.pageSize().selectOption('50');
    await expect(page).toHaveURL(`/?q=${data.tag}&size=50`);
    await expect(directory.rowLinks()).toHaveCount(32);

    await directory.sortBy('Last Chat').click();
    await expect(page).toHaveURL(`/?q=${data.tag}&sort=-lastChat&size=50`);
    await expect(directory.header('Last Chat')).toHaveAttribute('aria-sort', 'descending');
    await expect(directory.header('Name')).not.toHaveAttribute('aria-sort');
    await expect(directory.rowLinks().nth(0)).toHaveText(data.second);
    await expect(directory.rowLinks().nth(1)).toHaveText(data.first);

    const row = directory.row(data.second);
    await expect(row.getByText('1 conflict')).toBeVisible();
    // The badge (focusable, so the hint is also read when it is reached) is described by the hint.
    await expect(row.locator('[tabindex="0"]', { hasText: '1 conflict' })).toHaveAccessibleDescription(
      /review them on the contact page/,
    );
    await expect(row.getByText('Custom API', { exact: true })).toBeVisible();
    const lastChat = row.locator('time');
    await expect(lastChat).toHaveText(/ago|now/);
    // From the row's link, Tab passes the conflicts badge and reaches the time, which shows the exact moment.
    await row.getByRole('link').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(lastChat).toBeFocused();
    // The badge's own tooltip may still be closing: the time's is the one with a year in it.
    await expect(page.getByRole('tooltip').filter({ hasText: /\d{4}/ })).toBeVisible();

    await page.reload();
    await expect(directory.rowLinks().nth(0)).toHaveText(data.second);
    await expect(directory.searchBox()).toHaveValue(data.tag);
    const beforeBack = requests;
    await page.goBack();
    await expect(page).toHaveURL(`/?q=${data.tag}&size=50`);
    await expect(directory.rowLinks().first()).toHaveText(name(1));
    await page.goForward();
    await expect(directory.rowLinks().nth(0)).toHaveText(data.second);
    // Both pages were seen moments ago: they come from the cache.
    expect(requests).toBe(beforeBack + 1);
  });

  test('↓/↑ move through the rows, Enter opens one; "/" comes back to the search box from any screen', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    await directory.goto();
    await directory.searchBox().focus();
    await directory.searchFor(data.tag);
    await expect(directory.rowLinks().first()).toHaveText(name(1));
    await page.keyboard.press('ArrowDown');
    await expect(directory.rowLinks().nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(directory.rowLinks().nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(directory.searchBox()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await directory.rowLinks().first().getAttribute('href');
    expect(href).toMatch(/^\/contacts\/[^/]+$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
    await expect(page.getByRole('heading', { name: name(1), level: 1 })).toBeVisible();

    await page.keyboard.press('/');
    await expect(page).toHaveURL('/');
    await expect(directory.searchBox()).toBeFocused();
  });

  test('a contact page leads back to the same search and page', async ({ page }) => {
    const directory = new DirectoryPage(page);
    await directory.goto();
    await directory.searchFor(data.tag);
    await directory.next().click();
    await expect(page).toHaveURL(/page=2/);
    // Page 1's rows stay, dimmed and busy, until page 2's arrive.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const rows = page.url().slice(page.url().indexOf('/', 8));
    const first = await directory.rowLinks().first().textContent();
    await directory.rowLinks().first().click();
    await expect(page.getByRole('heading', { name: first!, level: 1 })).toBeVisible();
    await new ContactDetailPage(page).backToContactCenter().click();
    await expect(page).toHaveURL(rows);
    await expect(directory.rowLinks().first()).toHaveText(first!);
  });

  test('Known / Unknown contacts; no results; fragments with regex characters are searched literally', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${data.tag}`);
    await expect(directory.total()).toHaveText('32 contacts');
    await expect(directory.row(data.unknownName)).toHaveCount(0);
    await page.getByRole('radiogroup', { name: 'Contacts to list' }).getByText('Unknown contacts').click();
    await expect(page).toHaveURL(`/?q=${data.tag}&contacts=unknown`);
    await expect(directory.rowLinks()).toHaveText([data.unknownName]);
    await expect(directory.total()).toHaveText('1 contact');

    await directory.searchFor(`${data.tag} .*`);
    await expect(page.getByRole('heading', { name: 'No results found' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Try the advanced search' }).click();
    await expect(page).toHaveURL('/search');
  });

  test('the previous rows stay, dimmed, while the next page loads; an unanswered request is cancelled', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${data.tag}`);
    await expect(directory.rowLinks()).toHaveCount(25);

    const held: (() => Promise<void>)[] = [];
    await page.route('**/omnichannel/contacts.search?*', (route) => {
      held.push(() => route.continue());
    });
    const cancelled = page.waitForEvent('requestfailed', (request) => request.url().includes('offset=25'));
    await directory.next().click();
    await expect(page.locator('[aria-busy="true"]')).toBeVisible();
    await expect(directory.rowLinks().first()).toHaveText(name(1));

    // Back to page 1 before page 2 arrives: page 1 is in the cache, page 2 is no longer wanted.
    await directory.previous().click();
    await cancelled;
    await page.unroute('**/omnichannel/contacts.search?*');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(directory.rowLinks().first()).toHaveText(name(1));
  });

  test('loading reserves the space, a failure offers Retry, and a link the directory cannot show falls back', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/omnichannel/contacts.search?*', async (route) => {
      await released;
      await route.fulfill({ status: 500, contentType: 'application/json', body: '{"success":false}' });
    });
    await page.goto(`/?q=${data.tag}`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading contacts' })).toBeAttached();
    await expectAccessible(page, ['light']);
    release();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the contacts' });
    await expect(alert).toContainText('HTTP 500');
    await expectAccessible(page);
    await page.unroute('**/omnichannel/contacts.search?*');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(directory.total()).toHaveText('32 contacts');

    await directory.goto(`q=${data.tag}&sort=bogus&size=7`);
    await expect(page).toHaveURL(`/?q=${data.tag}`);
    await expect(page.getByRole('status').filter({ hasText: "This link's sort, size cannot be shown" })).toBeVisible();
    await expect(directory.rowLinks()).toHaveCount(25);

    // A page before the first: Rocket.Chat refuses the negative offset (400).
    await directory.goto(`q=${data.tag}&page=0`);
    await expect(page).toHaveURL(`/?q=${data.tag}`);
    await expect(page.getByRole('status').filter({ hasText: 'Rocket.Chat refused' })).toBeVisible();
    await expect(directory.rowLinks().first()).toHaveText(name(1));

    await directory.goto(`q=${data.tag}&page=9`);
    await expect(page.getByRole('heading', { name: 'There is no page 9' })).toBeVisible();
    await page.getByRole('button', { name: 'Go to the first page' }).click();
    await expect(directory.rowLinks().first()).toHaveText(name(1));
  });
});

test.describe('Contact directory without omnichannel roles', () => {
  test.use({ role: 'user' });
  test.slow();

  test('names the permission Rocket.Chat requires instead of the table', async ({ page }) => {
    await new DirectoryPage(page).goto();
    const notice = page.getByRole('alert').filter({ hasText: "You don't have permission to list contacts" });
    await expect(notice).toContainText('view-livechat-contact');
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('Contact directory on a phone', () => {
  test.use({ role: 'agent', viewport: { width: 390, height: 844 } });

  test('cards instead of a table, a full-width search box, nothing scrolls sideways; the builder stacks', async ({
    page,
  }) => {
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${data.tag}`);
    await expect(directory.list().getByRole('listitem')).toHaveCount(25);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(directory.list().getByRole('link', { name: name(1) })).toBeVisible();
    const box = (await directory.searchBox().boundingBox())!;
    expect(box.width).toBeGreaterThan(390 - 80);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await sideways()).toBe(false);
    await expectAccessible(page, ['light']);

    await page.goto('/search');
    const email = (await page.getByRole('textbox', { name: 'Email' }).boundingBox())!;
    const phone = (await page.getByRole('textbox', { name: 'Phone' }).boundingBox())!;
    expect(phone.x).toBe(email.x);
    expect(phone.y).toBeGreaterThan(email.y);
    expect(await sideways()).toBe(false);
  });
});
