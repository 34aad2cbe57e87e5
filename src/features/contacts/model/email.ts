/** Rocket.Chat's client-side email check (a local part, "@", a domain with a dot). */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
