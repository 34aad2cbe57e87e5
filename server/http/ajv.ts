import { Ajv, type ErrorObject, type JSONSchemaType, type ValidateFunction } from 'ajv';
import { meteorError, type ApiError } from './api-error.ts';

/** Rocket.Chat's AJV set-up (packages/rest-typings/src/v1/Ajv.ts): coercion, `basic_email`, `isNotEmpty`. */
export const ajv = new Ajv({ coerceTypes: true, allowUnionTypes: true, strict: false });

ajv.addFormat('basic_email', /^[^@]+@[^@]+$/);
ajv.addKeyword({
  keyword: 'isNotEmpty',
  type: 'string',
  validate: (_schema: unknown, data: string) => data.trim().length > 0,
});

export type { JSONSchemaType, ValidateFunction };

/**
 * `validateParams` failures: every AJV message joined by "\n " inside one `invalid-params` Meteor error
 * (AJV stops at the first error, except that a failed `oneOf` lists every branch's failure).
 */
export function invalidParams(errors: ErrorObject[] | null | undefined): ApiError {
  return meteorError('invalid-params', (errors ?? []).map((error) => error.message ?? '').join('\n '));
}
