import type { Page } from '@playwright/test';

export class AppShellPage {
  constructor(readonly page: Page) {}

  readonly productLink = () => this.page.getByRole('link', { name: 'Omnichannel Contacts' });
  readonly userName = (name: string) => this.page.getByLabel(`Signed in as ${name}`);
  readonly logOutButton = () => this.page.getByRole('button', { name: 'Log out' });
  readonly colorScheme = () => this.page.getByRole('radiogroup', { name: 'Colour scheme' });

  async logOut(): Promise<void> {
    await this.logOutButton().click();
    await this.page.waitForURL('**/login');
  }
}
