import { NativeSelect } from '@mantine/core';
import { isLocale, localeNames, locales } from './locales';
import { chooseLocale, currentLocale, t } from './translator';

const options = locales.map((locale) => ({ value: locale, label: localeNames[locale] }));

/**
 * The language control (login page and header): a native select, the lightest control for the first view. Each
 * language is named in itself; the choice is kept in this browser across reloads and sign-ins.
 */
export function LanguageSelect({ visibleFrom }: { visibleFrom?: 'sm' }) {
  return (
    <NativeSelect
      visibleFrom={visibleFrom}
      size="xs"
      aria-label={t('app.language')}
      data={options}
      value={currentLocale()}
      onChange={(event) => {
        const locale = event.currentTarget.value;
        if (isLocale(locale)) void chooseLocale(locale);
      }}
    />
  );
}
