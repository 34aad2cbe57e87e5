import { NativeSelect } from '@mantine/core';
import { isLocale, localeNames, locales, storeChoice } from './locales';
import { currentLocale, loadLocale, t } from './translator';

const options = locales.map((locale) => ({ value: locale, label: localeNames[locale] }));

/** The console's language: kept in this browser across reloads and sign-ins; each language named in itself. */
export function LanguageSelect() {
  return (
    <NativeSelect
      size="xs"
      aria-label={t('app.language')}
      data={options}
      value={currentLocale()}
      onChange={(event) => {
        const locale = event.currentTarget.value;
        if (!isLocale(locale)) return;
        storeChoice(locale);
        void loadLocale(locale);
      }}
    />
  );
}
