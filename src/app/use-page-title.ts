import { useDocumentTitle } from '@mantine/hooks';
import { messages } from './messages';

/** The browser tab's title for a screen: "<screen> · Omnichannel Contacts". */
export function usePageTitle(screen: string): void {
  useDocumentTitle(messages.pageTitle(screen));
}
