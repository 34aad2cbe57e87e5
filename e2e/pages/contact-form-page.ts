import { expect, type Page } from '@playwright/test';
import { watchPosts } from '../support/request-control.ts';
import type { LoginPage } from './login-page.ts';

/** What the two contact forms (profile and visitor) share: the same fields, buttons and notices by the same names. */
export abstract class ContactFormPage {
  /** The paths of every save this form can send (a create or an update). */
  protected abstract readonly savePaths: RegExp;
  /** Where the form's contacts live: `/<section>/new`, `/<section>/:id`. */
  protected abstract readonly section: string;

  constructor(readonly page: Page) {}

  readonly name = () => this.page.getByRole('textbox', { name: 'Name', exact: true });
  readonly region = () => this.page.getByRole('combobox', { name: 'Phone region' });
  readonly manager = () => this.page.getByRole('combobox', { name: 'Contact Manager' });
  readonly save = () => this.page.getByRole('button', { name: 'Save', exact: true });
  /** A custom field's input, text or select. */
  readonly field = (label: string) =>
    this.page
      .getByRole('textbox', { name: label, exact: true })
      .or(this.page.getByRole('combobox', { name: label, exact: true }));
  readonly alert = (text: string) => this.page.getByRole('alert').filter({ hasText: text });

  /** The region select mounts its options when focused or pressed, as a person's use does. */
  async chooseRegion(label: string): Promise<void> {
    await this.region().focus();
    await this.region().selectOption({ label });
  }

  /** Every save the page sends from now on, with its path and body. */
  watchSaves(): { path: string; body: unknown }[] {
    return watchPosts(this.page, this.savePaths);
  }

  /**
   * Saves contact `id` with a revoked session: the app sends the person to log in, then back to this form with the
   * draft restored.
   */
  async saveThroughLogin(loginPage: LoginPage, id: string): Promise<void> {
    await this.save().click();
    await expect(this.page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('agent');
    await expect(this.page).toHaveURL(`/${this.section}/${id}/edit`);
    await expect(this.page.getByText('Unsaved changes restored')).toBeVisible();
  }

  /** Waits until a new contact's save has moved on to that contact's page, and gives its id. */
  async savedId(): Promise<string> {
    await expect(this.page).toHaveURL(new RegExp(`/${this.section}/(?!new\\b)[^/?]+$`));
    return this.page.url().split('/').pop()!;
  }

  async chooseManager(name: string): Promise<void> {
    await this.manager().click();
    await this.page.getByRole('option', { name }).click();
  }
}
