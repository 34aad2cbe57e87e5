import { ContactFormPage } from './contact-form-page.ts';

/** The visitor contact form (`/visitors/new`, `/visitors/:id/edit`): one email, one phone. */
export class VisitorFormPage extends ContactFormPage {
  /** `POST omnichannel/contact` both registers and edits. */
  protected readonly savePaths = /\/api\/v1\/omnichannel\/contact$/;
  protected readonly section = 'visitors';

  readonly email = () => this.page.getByRole('textbox', { name: 'Email', exact: true });
  readonly phone = () => this.page.getByRole('textbox', { name: 'Phone', exact: true });

  async gotoNew(query = ''): Promise<void> {
    await this.page.goto(`/visitors/new${query ? `?${query}` : ''}`);
    await this.name().waitFor();
  }

  async gotoEdit(id: string): Promise<void> {
    await this.page.goto(`/visitors/${id}/edit`);
    await this.name().waitFor();
  }

  /** A new visitor contact with a name and an email, typed in: where most save tests start. */
  async startNew(name: string, email: string): Promise<void> {
    await this.gotoNew();
    await this.name().fill(name);
    await this.email().fill(email);
  }
}
