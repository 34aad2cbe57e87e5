import { lazy, startTransition, Suspense, useEffect, useState, type KeyboardEvent } from 'react';
import { ComboboxChevron, getParsedComboboxData, TextInput, type SelectProps } from '@mantine/core';
import { useController, type FieldValues } from 'react-hook-form';
import type { BoundSelect as Loaded, BoundSelectProps } from './select-now';

// `lazy` drops the component's type parameter; it is the same component.
const BoundSelect = lazy(() =>
  import('./select-now').then((m) => ({ default: m.BoundSelect })),
) as unknown as typeof Loaded;

type SelectControllerProps<T extends FieldValues> = Omit<BoundSelectProps<T>, 'opening'>;

type Opening = 'focus' | 'open';

/** The label Mantine's Select shows for `value` (Mantine's own parsing of `data`). */
const labelOf = (data: SelectProps['data'], value: string | null) =>
  getParsedComboboxData(data)
    .flatMap((item) => ('group' in item ? item.items : [item]))
    .find((item) => item.value === value)?.label ?? '';

/**
 * The one adapter for choices that need a searchable combobox (the contact manager): Mantine's Select bound to
 * react-hook-form (`BoundSelect`, select-now.tsx). Plain choices use `SelectField` (a native select, registered).
 *
 * Until the person reaches it, the field is a stand-in: the same label, value, description, error and combobox role
 * in a plain input. The Select (Combobox, Popover, floating-ui: about 35 kB gzip) loads when the page is idle and
 * mounts on the first focus or press, so it is not on the forms' first view (issue #15).
 */
export function SelectController<T extends FieldValues>({ control, name, ...props }: SelectControllerProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const [opening, setOpening] = useState<Opening | null>(null);
  // Keys typed while the Select loads: they become its search (a readOnly stand-in would drop them).
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const load = () => void import('./select-now');
    // Safari has no requestIdleCallback: after the first paint, then.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 500);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(load);
    return () => cancelIdleCallback(idle);
  }, []);
  const value = typeof field.value === 'string' ? field.value : null;
  const error = fieldState.error?.message;
  // A transition: the stand-in stays (focused, taking keys) until the Select has loaded, instead of a fallback.
  const want = (how: Opening) => startTransition(() => setOpening((current) => (current === 'open' ? current : how)));

  const { label, description, withAsterisk, disabled, placeholder, required } = props;
  const standIn = (
    <TextInput
      label={label}
      description={description}
      withAsterisk={withAsterisk}
      required={required}
      disabled={disabled}
      placeholder={placeholder}
      error={error}
      errorProps={{ role: 'alert' }}
      value={labelOf(props.data, value)}
      readOnly
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      rightSection={<ComboboxChevron />}
      rightSectionPointerEvents="none"
      onPointerDown={() => want('open')}
      onFocus={(event) => {
        if (event.currentTarget.matches(':focus-visible')) want('focus');
      }}
      onKeyDown={(event: KeyboardEvent) => {
        // A space opens the list, as on a select, unless it is part of what is being typed.
        if (['Enter', 'ArrowDown'].includes(event.key) || (event.key === ' ' && !typed)) want('open');
        else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          setTyped((text) => text + event.key);
          want('focus');
        } else if (event.key === 'Backspace') setTyped((text) => text.slice(0, -1));
      }}
    />
  );
  // One boundary, already showing the stand-in: the transition keeps it (focused) while the Select loads.
  return (
    <Suspense fallback={standIn}>
      {opening ? <BoundSelect {...props} control={control} name={name} opening={opening} typed={typed} /> : standIn}
    </Suspense>
  );
}
