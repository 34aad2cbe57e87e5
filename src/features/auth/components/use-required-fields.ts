import { useRef, useState, type FormEvent, type RefObject } from 'react';

/**
 * The sign-in forms' whole validation: fields that must not be blank. A form library would cost the login page
 * about 16 kB gzip (issue #15) for that, so these two forms do without one (docs/decisions/0010). It behaves as they
 * did with react-hook-form and zod: nothing is reported before the first submit, then errors follow each keystroke;
 * a refused submit focuses the first field in error; the handler gets the values trimmed (except `untrimmed` ones:
 * a password may be spaces). `setError` adds an error the server found and focuses its field; the field's next
 * change clears it.
 */
export function useRequiredFields<Name extends string>(
  /** Each field's message when it is blank, in the active language (read on every render). */
  required: Record<Name, string>,
  initial: Record<Name, string>,
  untrimmed: NoInfer<Name>[] = [],
) {
  const names = Object.keys(required) as Name[];
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Name, string>>>({});
  const refs = useRef({} as Record<Name, RefObject<HTMLInputElement | null>>);
  for (const name of names) refs.current[name] ??= { current: null };

  const cleaned = (name: Name) => (untrimmed.includes(name) ? values[name] : values[name].trim());
  const error = (name: Name): string | undefined =>
    serverErrors[name] ?? (submitted && cleaned(name) === '' ? required[name] : undefined);

  /** Props for a text input: name, value, change handler, ref and error. */
  const field = (name: Name) => ({
    name,
    value: values[name],
    ref: refs.current[name],
    error: error(name),
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
      setServerErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  /** Wraps a submit handler: it runs only when every required field is filled in. */
  const onSubmit = (handler: (values: Record<Name, string>) => void) => (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    const firstBlank = names.find((name) => cleaned(name) === '');
    if (firstBlank) refs.current[firstBlank].current?.focus();
    else handler(Object.fromEntries(names.map((name) => [name, cleaned(name)])) as Record<Name, string>);
  };

  const setError = (name: Name, message: string) => {
    setServerErrors((current) => ({ ...current, [name]: message }));
    refs.current[name].current?.focus();
  };

  return { field, onSubmit, setError };
}
