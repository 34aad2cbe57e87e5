// Conflicting values on a contact profile: how the contact page shows them, and how they are resolved.
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { CREDENTIALS_KEY, accountOf } from '../support/accounts.ts';
import { unique, uniqueToken, type Credentials, type RestClient } from '../support/rest.ts';
import { contactWithCustomFieldConflict } from '../support/contact-data.ts';
import { uniqueEmail } from '../support/unique-values.ts';

/** A contact profile whose name and manager conflict: a second visitor with its email and other values opened a room. */
async function profileWithNameAndManagerConflicts(api: RestClient, admin: Credentials, managerId: string) {
  const email = uniqueEmail('nm');
  const original = `Original ${unique()}`;
  const other = `Other ${unique()}`;
  const contactId = await api.createProfile(admin, { name: original, emails: [email], contactManager: managerId });
  const token = uniqueToken();
  // ContactMerger: the visitor joins the pre-registered contact with the same email; its different name and manager
  // become conflicts.
  await api.registerVisitorContact(admin, {
    token,
    name: other,
    email,
    contactManager: { username: accountOf('manager').username },
  });
  await api.openRoom(token);
  const profile = await api.getProfile(admin, contactId);
  expect(profile.conflictingFields).toEqual([
    { field: 'name', value: other },
    { field: 'manager', value: expect.any(String) },
  ]);
  return { contactId, original, other };
}

/** A profile managed by the signed-in agent, with name and manager conflicts, open on its contact page. */
const withConflicts = test.extend<{
  nameAndManager: { contactId: string; original: string; other: string; managerId: string };
}>({
  nameAndManager: async ({ api, admin, session, detail }, use) => {
    const managerId = session!.userId;
    const conflicted = await profileWithNameAndManagerConflicts(api, admin, managerId);
    await detail.gotoProfile(conflicted.contactId);
    await use({ ...conflicted, managerId });
  },
});

test.describe('Contact detail', () => {
  test.use({ role: 'agent' });

  test('a custom-field conflict made by livechat/custom.field is reviewed and resolved in place', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    const { field, label, contactId } = await contactWithCustomFieldConflict(api, admin, {
      fieldPrefix: 'cloyal',
      name: `Carla Conflict ${unique()}`,
    });

    await detail.gotoProfile(contactId);
    const alert = detail.conflictsAlert();
    await expect(alert).toContainText('Conflicts found (1)');
    await expect(alert).toContainText(label);
    await expect(detail.conflictValues(label)).toHaveText(['first-value (current)', 'second-value']);
    await expect(detail.customField(label)).toContainText('first-value');
    await expectAccessible(page);

    // The dialog opens on its first choice and, closed, gives focus back to what opened it.
    await detail.seeConflicts().click();
    await expect(detail.reviewField(label)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(detail.reviewDialog()).toHaveCount(0);
    await expect(detail.seeConflicts()).toBeFocused();
    await detail.seeConflicts().click();
    await expect(detail.reviewField(label)).toHaveValue('first-value (current)');
    await expectAccessible(page);
    await detail.choose(label, 'second-value');
    const answer = page.waitForResponse('**/api/v1/omnichannel/contacts.conflicts');
    await detail.reviewDialog().getByRole('button', { name: 'Save' }).click();
    expect((await answer).status()).toBe(200);

    await expect(detail.reviewDialog()).toHaveCount(0);
    await expect(detail.conflictsAlert()).toHaveCount(0);
    await expect(detail.seeConflicts()).toHaveCount(0);
    await expect(detail.customField(label)).toContainText('second-value');
    const saved = await api.getProfile(admin, contactId);
    expect(saved.customFields[field]).toBe('second-value');
    expect(saved.conflictingFields).toEqual([]);
  });

  withConflicts(
    'name and manager conflicts from a second visitor are resolved with the chosen values',
    async ({ page, detail, nameAndManager: { original, other } }) => {
      const alert = detail.conflictsAlert();
      await expect(alert).toContainText('Conflicts found (2)');
      await expect(detail.conflictValues('Name')).toHaveText([`${original} (current)`, other]);
      await expect(detail.conflictValues('Contact Manager')).toHaveText([
        `${accountOf('agent').label} (current)`,
        accountOf('manager').label,
      ]);

      await detail.seeConflicts().click();
      await detail.choose('Name', other);
      await detail.choose('Contact Manager', accountOf('manager').label);
      await expectAccessible(page);
      await detail.reviewDialog().getByRole('button', { name: 'Save' }).click();

      await expect(detail.reviewDialog()).toHaveCount(0);
      await expect(detail.conflictsAlert()).toHaveCount(0);
      await expect(detail.heading()).toHaveText(other);
      await expect(detail.section('Contact Manager')).toContainText('Manuela Manager');
      await expect(page.getByText('Contact has been updated')).toBeVisible();
    },
  );

  withConflicts(
    '"Keep current values" dismisses every conflict and changes nothing',
    async ({ page, api, admin, detail, nameAndManager: { contactId, original, managerId } }) => {
      await detail.seeConflicts().click();
      const answer = page.waitForResponse('**/api/v1/omnichannel/contacts.conflicts');
      await detail.reviewDialog().getByRole('button', { name: 'Keep current values' }).click();
      expect((await answer).status()).toBe(200);

      await expect(detail.conflictsAlert()).toHaveCount(0);
      await expect(detail.heading()).toHaveText(original);
      await expect(detail.section('Contact Manager')).toContainText('Agatha Agent');
      const saved = await api.getProfile(admin, contactId);
      expect(saved).toMatchObject({ name: original, contactManager: managerId, conflictingFields: [] });
    },
  );
});

test.describe('Without update-livechat-contact', () => {
  // Changes permissions on the shared server: only for livechat-monitor, a role no other spec's account holds.
  test.describe.configure({ mode: 'serial' });

  test('Edit and See conflicts are disabled with the reason; History says it is not allowed', async ({
    page,
    api,
    admin,
    createMonitor,
    permissionRoles,
    detail,
  }) => {
    const { username, password } = await createMonitor('Monty Monitor');
    const monitor = await api.login(username, password);
    const { contactId } = await profileWithNameAndManagerConflicts(api, admin, admin.userId);

    for (const permission of ['update-livechat-contact', 'view-livechat-contact-history'])
      await permissionRoles.withhold(permission, 'livechat-monitor');
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [CREDENTIALS_KEY, JSON.stringify(monitor)],
    );

    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toBeVisible();
    await expect(detail.editButton()).toBeDisabled();
    await expect(detail.editLink()).toHaveCount(0);
    await expect(detail.editButton()).toHaveAccessibleDescription(
      /You can't edit this contact: Rocket.Chat requires the permission update-livechat-contact/,
    );
    await expect(detail.seeConflicts()).toBeDisabled();
    await expect(detail.seeConflicts()).toHaveAccessibleDescription(
      /You can't resolve these conflicts: Rocket.Chat requires the permission update-livechat-contact/,
    );
    await expectAccessible(page);

    await expect(detail.tab('History')).toBeDisabled();
    await expect(detail.tab('History')).toHaveAccessibleDescription(
      /You can't open the history: Rocket.Chat requires the permission view-livechat-contact-history/,
    );
    // A link straight to the tab says the same in place.
    await detail.gotoProfile(contactId, 'history');
    const notice = detail.permissionNotice("You don't have permission to see this contact's history");
    await expect(notice).toContainText('view-livechat-contact-history');
    await expect(detail.historyTable()).toHaveCount(0);
    await expectAccessible(page);
  });
});
