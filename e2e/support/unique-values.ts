import { unique } from './rest.ts';

/** An email no other test (or run) uses, so that duplicate checks and searches find only what a test made. */
export const uniqueEmail = (prefix: string): string => `${unique(prefix)}@example.com`;

/** A US number in E.164 no other test uses (555 is the fiction range). */
export const uniquePhone = (): string => `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
