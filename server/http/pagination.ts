import type { JsonBody } from './api-error.ts';
import { ApiError, meteorError } from './api-error.ts';

const DEFAULT_COUNT = 50; // API_Default_Count
const UPPER_COUNT_LIMIT = 100; // API_Upper_Count_Limit; API_Allow_Infinite_Count is off

/** A query value as JavaScript's String() writes it, which Rocket.Chat applies to whatever Express parsed. */
function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join(',');
  if (value !== null && typeof value === 'object') return '[object Object]';
  return `${value as string | number | boolean | undefined}`;
}

/** `getPaginationItems` (api/server/helpers/getPaginationItems.ts). */
export function getPaginationItems(query: JsonBody): { offset: number; count: number } {
  const offset = query.offset ? Number.parseInt(asText(query.offset), 10) || 0 : 0;
  let count = query.count ? Number.parseInt(asText(query.count), 10) || DEFAULT_COUNT : DEFAULT_COUNT;
  if (count > UPPER_COUNT_LIMIT) count = UPPER_COUNT_LIMIT;
  if (offset < 0) {
    // MongoDB refuses a negative skip; Rocket.Chat answers with the driver's message.
    throw new ApiError(400, {
      success: false,
      error: `BSON field 'skip' value must be >= 0, actual value '${offset}'`,
    });
  }
  return { offset, count };
}

/** A negative limit makes MongoDB return at most |n| documents. */
export const limitOf = (count: number): number => Math.abs(count);

/**
 * The `sort` part of `parseJsonQuery` (api/server/helpers/parseJsonQuery.ts): a JSON object whose values are 1 or -1.
 * Anything else -> 400 error-invalid-sort with `details.helperMethod`.
 */
export function parseSort(raw: unknown): [string, 1 | -1][] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const invalid = () =>
    meteorError('error-invalid-sort', `Invalid sort parameter provided: "${asText(raw)}"`, {
      helperMethod: 'parseJsonQuery',
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(asText(raw));
  } catch {
    throw invalid();
  }
  if (parsed === null || parsed === undefined) throw invalid();
  if (typeof parsed !== 'object' && typeof parsed !== 'string') return undefined;
  const entries = Object.entries(parsed as object);
  if (entries.some(([, value]) => value !== 1 && value !== -1)) throw invalid();
  // `{}` is truthy in Rocket.Chat's `sort || default`: an explicit empty sort means natural order.
  return entries as [string, 1 | -1][];
}
