import { useEffect, useRef, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';

export type BoundSelectProps<T extends FieldValues> = Omit<SelectProps, 'value' | 'onChange' | 'onBlur' | 'error'> & {
  control: Control<T>;
  /** A string field of the form. */
  name: FieldPath<T>;
  /** Mounted in place of select-controller.tsx's stand-in: take the focus over, and open on a press. */
  opening?: 'focus' | 'open';
  /** What was typed into the stand-in before this loaded: it becomes the search, so no keystroke is lost. */
  typed?: string;
};

/**
 * Mantine's searchable Select bound to react-hook-form (`useController`), with its styles. Errors are announced and
 * tied to the input, as in form-fields.tsx. Screens use `SelectController`, which loads this when the person reaches
 * the field; a dialog that itself loads on demand (the conflict review) uses it directly.
 */
export function BoundSelect<T extends FieldValues>({
  control,
  name,
  opening,
  typed,
  onSearchChange,
  ...props
}: BoundSelectProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const searchFor = (next: string) => {
    setSearch(next);
    onSearchChange?.(next);
  };
  useEffect(() => {
    if (opening) input.current?.focus();
  }, [opening]);
  // After the Select's own first effects, which set the search to the chosen option's label (hence the microtask).
  // `typed` is fixed once this is mounted (the stand-in is gone), and `onSearchChange` is a state setter.
  useEffect(() => {
    if (!typed) return;
    queueMicrotask(() => {
      setSearch(typed);
      onSearchChange?.(typed);
    });
  }, [typed, onSearchChange]);
  return (
    <Select
      ref={input}
      {...props}
      searchValue={search}
      onSearchChange={searchFor}
      defaultDropdownOpened={opening === 'open' || Boolean(typed)}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(next) => field.onChange(next ?? '')}
      onBlur={field.onBlur}
      error={fieldState.error?.message}
      errorProps={{ role: 'alert' }}
    />
  );
}
