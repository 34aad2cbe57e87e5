import type { Page } from '@playwright/test';
import { accountOf, type Role } from '../support/accounts.ts';

export class LoginPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Log in to Omnichannel Contacts' });
  readonly username = () => this.page.getByLabel('Username or email');
  readonly password = () => this.page.getByLabel('Password', { exact: true });
  readonly remember = () => this.page.getByLabel('Remember me');
  readonly submit = () => this.page.getByRole('button', { name: 'Log in' });
  readonly code = () => this.page.getByLabel('Two-factor code');
  readonly verify = () => this.page.getByRole('button', { name: 'Verify' });
  readonly alert = () => this.page.getByRole('alert');

  async goto(path = '/login'): Promise<void> {
    await this.page.goto(path);
  }

  async logIn(username: string, password: string, { remember = false } = {}): Promise<void> {
    await this.username().fill(username);
    await this.password().fill(password);
    if (remember) await this.remember().check();
    await this.submit().click();
  }

  /** Logs in with a role's account (the demo one locally, the run's own on a real server). */
  async logInAs(role: Role, options: { remember?: boolean } = {}): Promise<void> {
    const { username, password } = accountOf(role);
    await this.logIn(username, password, options);
  }

  async enterCode(code: string): Promise<void> {
    await this.code().fill(code);
    await this.verify().click();
  }
}
