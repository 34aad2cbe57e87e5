import { ActionIcon, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { localeNames, locales } from './locales';
import { chooseLocale, currentLocale, t } from './translator';

/**
 * The header's language control: an icon button, so the header still fits a phone next to the colour scheme and
 * Log out. Its name says the current language ("Language: Português (Brasil)"); each option is named in itself.
 */
export function LanguageMenu() {
  const current = currentLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="input-xs" aria-label={`${t('app.language')}: ${localeNames[current]}`}>
          <IconLanguage size={16} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {locales.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            aria-current={locale === current ? 'true' : undefined}
            rightSection={locale === current ? <IconCheck size={14} aria-hidden="true" /> : null}
            onClick={() => void chooseLocale(locale)}
          >
            {localeNames[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
