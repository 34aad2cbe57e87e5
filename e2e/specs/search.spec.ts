import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { SearchPage } from '../pages/search-page.ts';
import { unique, type Credentials, type RestClient } from '../support/rest.ts';
import { accountOf } from '../support/accounts.ts';
import { FIELDS } from '../support/shared-fields.ts';

/** A contact of its own per test: the server is shared by every spec of the run. */
async function seedContact(api: RestClient, admin: Credentials) {
  const id = unique();
  const landline = `3${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`; // a Porto Alegre landline
  const contact = {
    name: `Marília Souza ${id}`,
    email: `marilia.${id}@example.com`,
    phone: `+5551${landline}`,
    landline,
    customer: `C-${id}`,
    plan: `Enterprise ${id}`,
  };
  const visitorId = await api.registerVisitorContact(admin, {
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    customFields: {
      [FIELDS.searchCustomer.field]: contact.customer,
      [FIELDS.searchPlan.field]: contact.plan,
      [FIELDS.searchNote.field]: 'not searchable',
    },
    contactManager: { username: accountOf('agent').username },
  });
  return { ...contact, visitorId };
}

test.describe('Find a contact', () => {
  test.use({ role: 'agent' });

  test('finds by email typed in another case with spaces around, and shows the contact', async ({
    page,
    api,
    admin,
  }) => {
    const contact = await seedContact(api, admin);
    const search = new SearchPage(page);
    await search.goto();
    await expectAccessible(page);

    await search.email().fill(`  ${contact.email.toUpperCase()}  `);
    await search.search();
    const card = search.result();
    await expect(card.getByRole('link', { name: contact.name })).toBeVisible();
    await expect(page).toHaveURL(`/search?email=${encodeURIComponent(contact.email)}`);
    await expect(card).toContainText(contact.email);
    await expect(card).toContainText(contact.phone);
    await expect(card).toContainText(accountOf('agent').username);
    await expect(card.getByText(FIELDS.searchCustomer.label)).toBeVisible();
    await expect(card).toContainText(contact.customer);
    await expect(card).toContainText(contact.plan);
    await expectAccessible(page);

    await card.getByRole('link', { name: contact.name }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/visitors/${contact.visitorId}`);
  });

  test('finds one stored phone number typed in three formats', async ({ page, api, admin }) => {
    const contact = await seedContact(api, admin);
    const search = new SearchPage(page);
    const local = `${contact.landline.slice(0, 4)}-${contact.landline.slice(4)}`;
    for (const typed of [
      `(51) ${local}`,
      `+55 51 ${local}`,
      `5551 ${contact.landline.slice(0, 4)} ${contact.landline.slice(4)}`,
    ]) {
      await search.goto();
      await search.chooseRegion('Brazil (BR)');
      await search.phone().fill(typed);
      await search.search();
      await expect(search.result().getByRole('link', { name: contact.name })).toBeVisible();
      await expect(search.result()).toContainText(`Matched the phone as ${contact.phone}`);
    }
  });

  test('finds by one and by two custom fields, and by email AND a custom field', async ({ page, api, admin }) => {
    const contact = await seedContact(api, admin);
    const search = new SearchPage(page);
    await search.goto();
    await expect(page.getByText(`Not searchable in Rocket.Chat: ${FIELDS.searchNote.label}.`)).toBeVisible();

    await search.addCustomCondition(FIELDS.searchCustomer.label, contact.customer.toLowerCase().slice(2));
    await search.search();
    await expect(search.result().getByRole('link', { name: contact.name })).toBeVisible();

    await search.addCustomCondition(FIELDS.searchPlan.label, contact.plan.split(' ')[1]!);
    await search.search();
    await expect(search.result().getByRole('link', { name: contact.name })).toBeVisible();
    await expectAccessible(page);

    await search.goto(
      `email=${encodeURIComponent(contact.email)}&cf.${FIELDS.searchPlan.field}=${encodeURIComponent(contact.plan)}`,
    );
    await expect(search.result().getByRole('link', { name: contact.name })).toBeVisible();
    // The builder shows the URL's conditions, so searching again searches the same thing.
    await expect(search.fieldSelects()).toHaveValue(FIELDS.searchPlan.field);
    await expect(search.values()).toHaveValue(contact.plan);

    await search.goto(`email=${encodeURIComponent(contact.email)}&cf.${FIELDS.searchPlan.field}=nothing-like-it`);
    await expect(search.noMatch()).toBeVisible();
    await search.goto(
      `email=other.${encodeURIComponent(contact.email)}&cf.${FIELDS.searchPlan.field}=${encodeURIComponent(contact.plan)}`,
    );
    await expect(search.noMatch()).toBeVisible();
  });

  test('no match restates the conditions and offers to register them', async ({ page }) => {
    const search = new SearchPage(page);
    const email = `${unique('nobody.')}@example.com`;
    await search.goto();
    await search.email().fill(email);
    await search.search();
    await expect(search.noMatch()).toBeVisible();
    await expect(page.getByRole('region', { name: 'No contact matches' }).getByText(`Email is ${email}`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Register new contact' }).click();
    await expect(page).toHaveURL(`/visitors/new?email=${encodeURIComponent(email)}`);
  });

  test('bad input is explained at the fields and sends no request', async ({ page }) => {
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('contact.search')) requests++;
    });
    const search = new SearchPage(page);
    await search.goto();
    await search.search();
    await expect(page.getByRole('alert')).toHaveText('Enter an email, a phone or a custom field value to search.');

    await search.email().fill('not-an-email');
    await search.phone().fill('call me');
    await search.search();
    await expect(search.email()).toHaveAccessibleDescription('Invalid email address');
    await expect(search.phone()).toHaveAccessibleDescription('Enter a phone number with digits');

    await search.email().fill('');
    await search.phone().fill('');
    await search.addCondition().click();
    await search.search();
    await expect(search.fieldSelects()).toHaveAccessibleDescription('Choose a custom field');
    await expect(search.values()).toHaveAccessibleDescription('Value required');
    await expectAccessible(page);
    expect(requests).toBe(0);
  });

  test('the URL is the search: back and forward move between searches, the same search comes from the cache', async ({
    page,
    api,
    admin,
  }) => {
    const first = await seedContact(api, admin);
    const second = await seedContact(api, admin);
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('contact.search')) requests++;
    });
    const search = new SearchPage(page);
    await search.goto();
    await search.email().fill(first.email);
    await search.search();
    await expect(search.result().getByRole('link', { name: first.name })).toBeVisible();
    await search.email().fill(second.email);
    await search.search();
    await expect(search.result().getByRole('link', { name: second.name })).toBeVisible();
    expect(requests).toBe(2);

    await page.goBack();
    await expect(search.result().getByRole('link', { name: first.name })).toBeVisible();
    await expect(search.email()).toHaveValue(first.email);
    await page.goForward();
    await expect(search.result().getByRole('link', { name: second.name })).toBeVisible();
    expect(requests).toBe(2);

    await page
      .getByRole('navigation', { name: 'Recent searches' })
      .getByRole('link', { name: `Email is ${first.email}` })
      .click();
    await expect(search.result().getByRole('link', { name: first.name })).toBeVisible();
    expect(requests).toBe(2);
  });

  test('a deep link in a new tab shows the same result', async ({ page, context, api, admin }) => {
    const contact = await seedContact(api, admin);
    const other = await context.newPage();
    await other.goto(`/search?phone=${encodeURIComponent(contact.phone)}&region=BR`);
    await expect(new SearchPage(other).result().getByRole('link', { name: contact.name })).toBeVisible();
    await page.close();
  });

  test('"/" focuses the search', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    // The form comes once the custom-field definitions are in; a "/" before it rightly goes to the directory's box.
    await expect(search.email()).toBeVisible();
    await page.locator('body').press('/');
    await expect(search.email()).toBeFocused();
  });

  test('a failed search shows the error with Retry and no earlier result', async ({ page, api, admin }) => {
    const contact = await seedContact(api, admin);
    const search = new SearchPage(page);
    await search.goto(`email=${encodeURIComponent(contact.email)}`);
    await expect(search.result()).toBeVisible();

    await page.route('**/api/v1/omnichannel/contact.search**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"success":false,"error":"Internal server error"}',
      }),
    );
    await search.email().fill(`other.${contact.email}`);
    await search.search();
    await expect(page.getByRole('alert').filter({ hasText: 'The search failed' })).toContainText('HTTP 500');
    await expect(search.result()).toHaveCount(0);
    await expectAccessible(page);

    await page.unroute('**/api/v1/omnichannel/contact.search**');
    await page.route('**/api/v1/omnichannel/contact.search**', (route) => route.abort('connectionrefused'));
    await search.email().fill(`third.${contact.email}`);
    await search.search();
    await expect(page.getByRole('alert').filter({ hasText: 'The search failed' })).toContainText(
      'could not be reached',
    );

    await page.unroute('**/api/v1/omnichannel/contact.search**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(search.noMatch()).toBeVisible();
  });

  test("Rocket.Chat's 400 is shown in words at the builder", async ({ page }) => {
    await page.route('**/api/v1/omnichannel/contact.search**', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: '{"success":false,"error":"[error-invalid-params]","errorType":"error-invalid-params"}',
      }),
    );
    const search = new SearchPage(page);
    await search.goto('email=someone%40example.com');
    await expect(page.getByRole('alert').filter({ hasText: 'Rocket.Chat rejected the search' })).toContainText(
      '[error-invalid-params]',
    );
  });
});

test.describe('Find a contact, logged out', () => {
  test('a deep link opened logged out shows its result after login', async ({ page, api, admin, loginPage }) => {
    const contact = await seedContact(api, admin);
    await page.goto(`/search?email=${encodeURIComponent(contact.email)}`);
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('agent');
    await expect(new SearchPage(page).result().getByRole('link', { name: contact.name })).toBeVisible();
  });
});
