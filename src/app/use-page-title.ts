import { t } from '@/i18n/translator';
import { useDocumentTitle } from '@mantine/hooks';

/** The browser tab's title for a screen: "<screen> · Omnichannel Contacts". */
export function usePageTitle(screen: string): void {
  useDocumentTitle(t('app.pageTitle', { screen }));
}
