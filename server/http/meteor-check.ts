import { failure, type ApiError } from './api-error.ts';

/**
 * A small emulation of Meteor's `check()` (meteor/check/match.js), enough for the patterns Rocket.Chat's
 * legacy omnichannel routes use. Failures become 400 `{"success":false,"error":"Match error: <msg>[ in field <path>]"}`
 * with no errorType, as `API.v1.failure(e)` answers a Match.Error.
 */
export type Pattern =
  StringConstructor | BooleanConstructor | NumberConstructor | ObjectConstructor | Wrapped | { [key: string]: Pattern };

class Wrapped {
  constructor(
    readonly kind: 'maybe' | 'including' | 'array',
    readonly inner: Pattern | Record<string, Pattern>,
  ) {}
}

export const Maybe = (pattern: Pattern): Pattern => new Wrapped('maybe', pattern);
export const ObjectIncluding = (shape: Record<string, Pattern>): Pattern => new Wrapped('including', shape);
export const ArrayOf = (item: Pattern): Pattern => new Wrapped('array', item);

interface Failure {
  message: string;
  path: string;
}

const typeChecks: [unknown, string][] = [
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
];

/** Meteor shows only the type in "Expected string, got <type>" (`onlyShowType`); null is named. */
const typeName = (value: unknown): string => (value === null ? 'null' : typeof value);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Meteor's `_prependPath`: numeric keys as `[n]`, odd keys JSON-quoted. */
function prependPath(key: string, base: string): string {
  let head = key;
  if (/^[0-9]+$/.test(key)) head = `[${key}]`;
  else if (!/^[a-z_$][0-9a-z_$.[\]]*$/i.test(key)) head = JSON.stringify([key]);
  if (base && !base.startsWith('[')) return `${head}.${base}`;
  return head + base;
}

function test(value: unknown, pattern: Pattern): Failure | undefined {
  for (const [type, name] of typeChecks) {
    if (pattern === type)
      return typeof value === name ? undefined : { message: `Expected ${name}, got ${typeName(value)}`, path: '' };
  }
  if (pattern === Object) return testObject(value, {}, true);
  if (pattern instanceof Wrapped) {
    if (pattern.kind === 'maybe') {
      // Match.Maybe(p) is Match.OneOf(undefined, null, p): any mismatch reports the OneOf failure.
      if (value === undefined || value === null || !test(value, pattern.inner as Pattern)) return undefined;
      return { message: 'Failed Match.OneOf, Match.Maybe or Match.Optional validation', path: '' };
    }
    if (pattern.kind === 'including') return testObject(value, pattern.inner as Record<string, Pattern>, true);
    if (!Array.isArray(value)) return { message: `Expected array, got ${typeName(value)}`, path: '' };
    for (let index = 0; index < value.length; index++) {
      const result = test(value[index], pattern.inner as Pattern);
      if (result) return { message: result.message, path: prependPath(String(index), result.path) };
    }
    return undefined;
  }
  return testObject(value, pattern as Record<string, Pattern>, false);
}

function testObject(value: unknown, shape: Record<string, Pattern>, unknownKeysAllowed: boolean): Failure | undefined {
  if (typeof value !== 'object') return { message: `Expected object, got ${typeof value}`, path: '' };
  if (value === null) return { message: 'Expected object, got null', path: '' };
  if (!isPlainObject(value)) return { message: 'Expected plain object', path: '' };
  const required = new Set(Object.keys(shape).filter((key) => !isMaybe(shape[key])));
  for (const key of Object.keys(value)) {
    const sub = shape[key];
    if (sub === undefined || !Object.hasOwn(shape, key)) {
      if (unknownKeysAllowed) continue;
      return { message: 'Unknown key', path: prependPath(key, '') };
    }
    const result = test(value[key], sub);
    if (result) return { message: result.message, path: prependPath(key, result.path) };
    required.delete(key);
  }
  const [missing] = required;
  return missing === undefined ? undefined : { message: `Missing key '${missing}'`, path: '' };
}

const isMaybe = (pattern: Pattern | undefined): boolean => pattern instanceof Wrapped && pattern.kind === 'maybe';

/** Throws Rocket.Chat's 400 for a value that does not match. */
export function check(value: unknown, pattern: Pattern): void {
  const result = test(value, pattern);
  if (result) throw matchError(result);
}

function matchError({ message, path }: Failure): ApiError {
  return failure(`Match error: ${message}${path ? ` in field ${path}` : ''}`);
}
