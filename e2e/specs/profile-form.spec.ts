import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique, uniqueToken } from '../support/rest.ts';
import { addRequiredFieldInBrowser } from '../support/browser-only-fields.ts';
import { accountOf } from '../support/accounts.ts';
import { FIELDS } from '../support/shared-fields.ts';
import { uniqueEmail, uniquePhone } from '../support/unique-values.ts';
import { delayRequests } from '../support/request-control.ts';

const digits = (count: number) => String(Math.floor(Math.random() * 10 ** count)).padStart(count, '0');
/** A Brazilian landline as people type it, and as Rocket.Chat should store it. */
const brazilianPhone = () => {
  const [a, b] = [digits(3), digits(4)];
  return { typed: `(51) 3${a}-${b}`, e164: `+55513${a}${b}` };
};

test.describe('Create and edit a contact profile', () => {
  test.use({ role: 'agent' });

  test('creates a profile with every kind of field, then adds and removes emails and phones', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    // A long flow with the form screen's first axe scans (light and dark) on a 2-core machine.
    test.slow();
    const name = `Beatriz Campos ${unique()}`;
    const [home, work] = [uniqueEmail('bia.'), uniqueEmail('bia.work.')];
    const [landline, mobile] = [brazilianPhone(), brazilianPhone()];
    await form.gotoNew();
    await expect(page.getByRole('heading', { name: 'New contact profile' })).toBeVisible();
    await expectAccessible(page);

    await form.name().fill(name);
    await form.addEmail().click();
    await expect(form.email(0)).toBeFocused();
    await form.email(0).fill(home);
    await form.addEmail().click();
    await form.email(1).fill(work.toUpperCase());
    await expect(page.getByText(`Will be saved as ${work}`)).toBeVisible();
    await form.chooseRegion('Brazil (BR)');
    await form.addPhone().click();
    await form.phone(0).fill(landline.typed);
    await form.addPhone().click();
    await form.phone(1).fill(mobile.typed);
    await expect(page.getByText(`Will be saved as ${landline.e164}`)).toBeVisible();
    await form.field(FIELDS.profileTier.label).selectOption('gold');
    await form.field(FIELDS.profileAccount.label).fill('AC-1234');
    await form.chooseManager(accountOf('manager').label);
    await form.save().click();

    await expect(page.getByText('Contact saved')).toBeVisible();
    await form.savedId();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    const id = page.url().split('/').pop()!;
    const managerId = (await api.call('GET', 'me', { auth: await api.login('manager') })).body._id;
    expect(await api.getProfile(admin, id)).toMatchObject({
      name,
      emails: [{ address: home }, { address: work }],
      phones: [{ phoneNumber: landline.e164 }, { phoneNumber: mobile.e164 }],
      customFields: { [FIELDS.profileTier.field]: 'gold', [FIELDS.profileAccount.field]: 'AC-1234' },
      contactManager: managerId,
    });

    // Edit: drop the first email and the second phone, add one of each.
    const extra = uniqueEmail('bia.extra.');
    const third = uniquePhone();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(form.email(0)).toHaveValue(home);
    await form.removeEmail(0).click();
    await expect(form.emails()).toHaveCount(1);
    await expect(form.email(0)).toHaveValue(work);
    await form.addEmail().click();
    await form.email(1).fill(extra);
    await form.removePhone(1).click();
    await form.addPhone().click();
    await form.phone(1).fill(third);
    await expectAccessible(page);
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${id}`);
    expect(await api.getProfile(admin, id)).toMatchObject({
      name,
      emails: [{ address: work }, { address: extra }],
      phones: [{ phoneNumber: landline.e164 }, { phoneNumber: third }],
      customFields: { [FIELDS.profileTier.field]: 'gold', [FIELDS.profileAccount.field]: 'AC-1234' },
      contactManager: managerId,
    });
  });

  test('every validation message shows at its field and blocks the request', async ({ page, profileForm: form }) => {
    await addRequiredFieldInBrowser(page, 'prfRequired', 'Profile Required');
    const saves = form.watchSaves();
    const repeated = uniqueEmail('twice.');
    await form.gotoNew();
    await form.name().fill('   ');
    for (let i = 0; i < 4; i++) await form.addEmail().click();
    await form.email(1).fill('ana@');
    await form.email(2).fill(repeated);
    await form.email(3).fill(repeated.toUpperCase());
    await form.chooseRegion('United States (US)');
    for (let i = 0; i < 4; i++) await form.addPhone().click();
    await form.phone(1).fill('12');
    await form.phone(2).fill('(201) 555-0123');
    await form.phone(3).fill('+1 201 555 0123');
    await form.field(FIELDS.profileAccount.label).fill('AC-12');
    await form.save().click();

    await expect(form.name()).toHaveAccessibleDescription('Name required');
    await expect(form.email(0)).toHaveAccessibleDescription('Email required');
    await expect(form.email(1)).toHaveAccessibleDescription('Invalid email address');
    await expect(form.email(2)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.email(3)).toHaveAccessibleDescription(/Email already exists/);
    await expect(form.phone(0)).toHaveAccessibleDescription('Phone required');
    await expect(form.phone(1)).toHaveAccessibleDescription(/Not a valid phone number/);
    await expect(form.phone(3)).toHaveAccessibleDescription(/Phone already exists/);
    await expect(form.field(FIELDS.profileAccount.label)).toHaveAccessibleDescription(
      `Invalid value for ${FIELDS.profileAccount.label} field`,
    );
    await expect(form.field('Profile Required')).toHaveAccessibleDescription('Profile Required required');
    await expect(form.alert('Name required')).toBeVisible();
    await expect(form.alert('Email required')).toBeVisible();
    await expect(form.alert('Phone required')).toBeVisible();
    await expectAccessible(page);
    expect(saves).toEqual([]);

    // Fixed as it is typed: each message goes as soon as its value is right.
    await form.name().fill('Fixed Name');
    await expect(form.name()).not.toHaveAttribute('aria-invalid', 'true');
    await form.removeEmail(0).click();
    await expect(form.email(0)).toHaveValue('ana@');
  });

  test('an email or phone of another contact is caught while typing, and opens that contact', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const existing = { name: `Carmen Ortiz ${unique()}`, email: uniqueEmail('carmen.'), phone: uniquePhone() };
    const existingId = await api.createProfile(admin, {
      name: existing.name,
      emails: [existing.email],
      phones: [existing.phone],
    });
    const saves = form.watchSaves();
    // Slow answers, so the checking state can be seen.
    await delayRequests(page, '**/api/v1/omnichannel/contacts.checkExistence**', 800);
    await form.startNew('Someone New', existing.email);
    await expect(page.getByText('Checking…')).toBeVisible();
    await expect(form.email()).toHaveAccessibleDescription(`Email already exists. Open ${existing.name}`);
    await form.chooseRegion('United States (US)');
    await form.addPhone().click();
    await form.phone().fill(existing.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'));
    await expect(form.phone()).toHaveAccessibleDescription(
      new RegExp(`^Phone already exists\\. Open ${existing.name} Will be saved as \\${existing.phone}$`),
    );
    await expectAccessible(page);
    await form.save().click();
    // The submit path has run when it puts the focus on the first value it refused.
    await expect(form.email()).toBeFocused();
    expect(saves).toEqual([]);

    await page
      .getByRole('link', { name: `Open ${existing.name}` })
      .first()
      .click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(`/contacts/${existingId}`);
  });

  test('an unknown contact manager is shown at "Contact Manager"', async ({ page, profileForm: form }) => {
    // The picker only offers agents: the request is changed on its way, as a stale list or another client would.
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      const body = route.request().postDataJSON();
      await route.continue({ postData: JSON.stringify({ ...body, contactManager: unique('no-such-user-') }) });
    });
    await form.gotoNew();
    await form.name().fill(`Manager Test ${unique()}`);
    await form.chooseManager(accountOf('manager').label);
    await form.save().click();
    await expect(form.manager()).toHaveAccessibleDescription(/no livechat agent with this user id/);
    await expect(form.alert('error-contact-manager-not-found')).toBeVisible();
    await expect(page).toHaveURL('/contacts/new');
    await expectAccessible(page);
  });

  test('values of custom fields the workspace no longer shows are named and kept', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const field = unique('prfOld');
    await api.saveCustomField(admin, { field, label: `Old ${field}` });
    const contactId = await api.createProfile(admin, { name: `Gil ${unique()}`, customFields: { [field]: 'legacy' } });
    // Hidden definitions are not validated by Rocket.Chat: the stored value becomes "not registered".
    await api.saveCustomField(admin, { field, label: `Old ${field}`, visibility: 'hidden' });
    await form.gotoEdit(contactId);
    await expect(
      page.getByText(`Rocket.Chat keeps them as they are when you save: Old ${field} (legacy)`),
    ).toBeVisible();
    await form.name().fill('Renamed');
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    expect((await api.getProfile(admin, contactId)).customFields).toMatchObject({ [field]: 'legacy' });
  });

  test('a contact manager cannot be removed, and the form says so before Rocket.Chat ignores it', async ({
    api,
    admin,
    profileForm: form,
  }) => {
    const saves = form.watchSaves();
    const managerId = (await api.call('GET', 'me', { auth: await api.login('manager') })).body._id;
    const contactId = await api.createProfile(admin, { name: `Hana ${unique()}`, contactManager: managerId });
    await form.gotoEdit(contactId);
    await form.chooseManager('No contact manager');
    await form.save().click();
    await expect(form.manager()).toHaveAccessibleDescription(/can't remove a contact profile's manager/);
    expect(saves).toEqual([]);
  });

  test('conflicting values stay for review: the form says so, the saved contact shows them', async ({
    page,
    api,
    admin,
    session,
    profileForm: form,
  }) => {
    const email = uniqueEmail('conflict.');
    const contactId = await api.createProfile(admin, {
      name: `Original ${unique()}`,
      emails: [email],
      contactManager: session!.userId,
    });
    // ContactMerger: a visitor with the same email and another name joins the contact; the name becomes a conflict.
    const token = uniqueToken();
    await api.registerVisitorContact(admin, { token, name: `Other ${unique()}`, email });
    await api.openRoom(token);
    expect((await api.getProfile(admin, contactId)).conflictingFields).toHaveLength(1);

    await form.gotoEdit(contactId);
    await expect(page.getByText('One conflicting value waits for review on the contact page')).toBeVisible();
    await form.addPhone().click();
    await form.phone().fill(uniquePhone());
    await form.save().click();
    await expect(page.getByText('One conflicting value waits for review.')).toBeVisible();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Conflicts found' })).toBeVisible();
  });

  test('"New contact" on the search screen starts a contact profile (7.1+) from what was searched', async ({
    page,
    profileForm: form,
  }) => {
    const email = uniqueEmail('fresh.');
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    await expect(page).toHaveURL(/\/contacts\/new\?/);
    await expect(form.email()).toHaveValue(email);
  });

  test('"New contact" keeps the phone region of the search', async ({ page, profileForm: form }) => {
    const phone = brazilianPhone();
    await page.goto(`/search?${new URLSearchParams({ phone: phone.typed, region: 'BR' })}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    await expect(form.phone()).toHaveValue(phone.typed);
    await expect(form.region()).toHaveValue('BR');
    await expect(form.phone()).toHaveAccessibleDescription(new RegExp(`Will be saved as \\${phone.e164}`));
  });

  test('the search lists contact profiles made from conversations (unknown contacts) too', async ({ page, api }) => {
    const email = uniqueEmail('from.chat.');
    const name = `From Chat ${unique()}`;
    const token = uniqueToken();
    await api.createLivechatVisitor({ token, name, email });
    await api.openRoom(token);
    await page.goto(`/search?${new URLSearchParams({ email })}`);
    const section = page.getByRole('region', { name: 'Contact profiles' });
    await expect(section.getByRole('link', { name })).toBeVisible();
  });
});
