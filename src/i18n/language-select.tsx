import { NativeSelect } from '@mantine/core';
import { isLocale, localeNames, locales } from './locales';
import { chooseLocale, currentLocale, t } from './translator';

const options = locales.map((locale) => ({ value: locale, label: localeNames[locale] }));

/**
 * The login page's language control: a native select, the lightest on the first view. Each language is named in
 * itself; the choice is kept in this browser across reloads and sign-ins.
 */
export function LanguageSelect() {
  return (
    <NativeSelect
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
