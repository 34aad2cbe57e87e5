/** Rocket.Chat 7.x (pre-8.0) answer to a call without a valid login (ApiClass.ts `_initAuth`), byte for byte. */
export const NOT_LOGGED_IN = {
  success: false,
  error: 'You must be logged in to do this.',
  status: 'error',
  message: 'You must be logged in to do this.',
};

/** `parseJsonQuery`'s answer to a `sort` that is not JSON of 1/-1 values (Rocket.Chat 7.x), byte for byte. */
export const invalidSort = (sort: string) => ({
  success: false,
  error: `Invalid sort parameter provided: "${sort}" [error-invalid-sort]`,
  errorType: 'error-invalid-sort',
  details: { helperMethod: 'parseJsonQuery' },
});
