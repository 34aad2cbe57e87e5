import { watchPosts } from '../support/request-control.ts';
import { ContactFormPage } from './contact-form-page.ts';

/** The contact profile form (`/contacts/new`, `/contacts/:id/edit`). Rows are "Email", "Email 2", ... */
export class ProfileFormPage extends ContactFormPage {
  /** `POST omnichannel/contacts` creates, `contacts.update` edits. */
  protected readonly savePaths = /\/api\/v1\/omnichannel\/contacts(\.update)?$/;
  protected readonly section = 'contacts';

  readonly email = (index = 0) =>
    this.page.getByRole('textbox', { name: index === 0 ? 'Email' : `Email ${index + 1}`, exact: true });
  readonly phone = (index = 0) =>
    this.page.getByRole('textbox', { name: index === 0 ? 'Phone' : `Phone ${index + 1}`, exact: true });
  readonly emails = () => this.page.getByRole('group', { name: 'Emails' }).getByRole('textbox');
  readonly phones = () => this.page.getByRole('group', { name: 'Phones' }).getByRole('textbox');
  readonly addEmail = () => this.page.getByRole('button', { name: 'Add email', exact: true });
  readonly addPhone = () => this.page.getByRole('button', { name: 'Add phone', exact: true });
  readonly removeEmail = (index = 0) => this.page.getByRole('button', { name: 'Remove email', exact: true }).nth(index);
  readonly removePhone = (index = 0) => this.page.getByRole('button', { name: 'Remove phone', exact: true }).nth(index);

  /** Every create (`POST omnichannel/contacts`) the page sends from now on. */
  watchCreates(): { path: string; body: unknown }[] {
    return watchPosts(this.page, /\/api\/v1\/omnichannel\/contacts$/);
  }

  async gotoNew(query = ''): Promise<void> {
    await this.page.goto(`/contacts/new${query ? `?${query}` : ''}`);
    await this.name().waitFor();
  }

  async gotoEdit(id: string): Promise<void> {
    await this.page.goto(`/contacts/${encodeURIComponent(id)}/edit`);
    await this.name().waitFor();
  }

  /** A new profile with a name and one email, typed in: where most save tests start. */
  async startNew(name: string, email: string): Promise<void> {
    await this.gotoNew();
    await this.name().fill(name);
    await this.addEmail().click();
    await this.email().fill(email);
  }
}
