import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { currentLocale, t } from '@/i18n/translator';
import { SelectField } from '@/components/form-fields';
import { phoneRegions } from '@/lib/phone-regions';

/** "Brasil (BR)" in Portuguese. */
function regionLabel(code: string, regionNames: Intl.DisplayNames) {
  return `${regionNames.of(code) ?? code} (${code})`;
}

/** Phone regions by name in the console's language, sorted as that language sorts. */
function regionOptions(locale: string) {
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return phoneRegions
    .map((code) => ({ value: code, label: regionLabel(code, regionNames) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

interface RegionFieldProps<Values extends FieldValues> {
  control: Control<Values>;
  name: FieldPathByValue<Values, string>;
}

/**
 * "Phone region": how phone numbers typed without a country code are read. A native select (its keyboard use,
 * type-ahead and the phone's own picker) that holds only the chosen region until it is focused or pressed: its 245
 * options are mounted then, not with the screen (issue #15: they were most of the search page's DOM).
 */
export function RegionField<Values extends FieldValues>({ control, name }: RegionFieldProps<Values>) {
  const { field } = useController({ control, name });
  const locale = currentLocale();
  const [opened, setOpened] = useState(false);
  const all = useMemo(() => (opened ? regionOptions(locale) : undefined), [opened, locale]);
  const value = String(field.value ?? '');
  const chosen = useMemo(
    () => (value ? [{ value, label: regionLabel(value, new Intl.DisplayNames([locale], { type: 'region' })) }] : []),
    [value, locale],
  );
  // Synchronously, so the options are there before the browser opens its list or reads the key typed.
  const open = () => {
    if (!opened) flushSync(() => setOpened(true));
  };
  return (
    <SelectField
      label={t('contacts.regionLabel')}
      description={t('contacts.regionHint')}
      data={all ?? chosen}
      {...field}
      value={value}
      onFocus={open}
      onPointerDown={open}
      onKeyDown={open}
    />
  );
}
