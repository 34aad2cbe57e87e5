import type { Context, Hono } from 'hono';
import type { Db } from '../db/open.ts';
import type { Profile } from '../profile.ts';
import { notLoggedInBody } from '../profile.ts';
import { findUserByToken, type UserDoc } from '../domain/users.ts';
import { hasAllPermissions, hasPermission } from '../domain/permissions.ts';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { RateLimiter } from './rate-limit.ts';
import type { LoginAttempts } from '../domain/login-attempts.ts';
import { ApiError, failure, permissionDenied, type JsonBody } from './api-error.ts';
import { withPatternBudget } from '../domain/bounded-regexp.ts';
import { checkBounds } from './bounded-input.ts';
import { invalidParams, type ValidateFunction } from './ajv.ts';

export interface Deps {
  db: Db;
  profile: Profile;
  /** The server's public URL, as Rocket.Chat's `Site_Url` (used in avatar URLs). */
  siteUrl: string;
  /** Rocket.Chat's REST rate limiter; absent when the server runs with `TEST_MODE`, as Rocket.Chat's has none then. */
  rateLimit?: RateLimiter;
  /** Failed-login blocking, always on. */
  loginAttempts: LoginAttempts;
  /** scrypt's cost for new password hashes and for the hash an unknown username costs (credentials.ts). */
  passwordCost: number;
}

export interface Request<User> {
  user: User;
  body: JsonBody;
  query: JsonBody;
  params: Record<string, string>;
  header: (name: string) => string | undefined;
  /** The client's address, as the socket reports it (this server trusts no forwarding header). */
  address: string;
}

interface RouteOptions<Auth extends boolean> {
  auth: Auth;
  /** All must be held; checked after validation, as Rocket.Chat does. */
  permissions?: string[];
  /** AJV validator for the query (GET) or body (other methods). */
  validate?: ValidateFunction;
}

/** A result sent as it is, without the `success: true` that `API.v1.success` adds; `null` sends no body. */
export class Unwrapped {
  constructor(readonly body: JsonBody | null) {}
}

type Handler<User> = (request: Request<User>, deps: Deps) => JsonBody | Unwrapped | Promise<JsonBody | Unwrapped>;

/**
 * Registers `/api/v1/<path>` routes with Rocket.Chat's order of checks (ApiClass.ts):
 * authentication (401) -> params validation (400) -> permissions (403) -> action.
 * The action's result is sent as `{...result, success: true}`.
 */
export function createApi(app: Hono, deps: Deps) {
  function route<Auth extends boolean>(
    method: 'get' | 'post' | 'delete',
    path: string,
    options: RouteOptions<Auth>,
    handler: Handler<Auth extends true ? UserDoc : UserDoc | undefined>,
  ): void {
    app.on(method.toUpperCase(), `/api/v1/${path}`, async (c) => {
      const user = authenticate(c, deps);
      if (options.auth && !user) return c.json(notLoggedInBody(deps.profile), 401);
      const body = method === 'get' ? {} : await readBody(c);
      const query = readQuery(c);
      checkBounds(query);
      const address = clientAddress(c);
      // Rocket.Chat counts before validating; only an authenticated route knows who may bypass the limiter.
      if (deps.rateLimit && !(options.auth && user && hasPermission(deps.db, user.roles, 'api-bypass-rate-limit'))) {
        const { headers } = deps.rateLimit(`/v1/${path}${method}`, address);
        for (const [name, value] of Object.entries(headers)) c.header(name, value);
      }
      if (options.validate && !options.validate(method === 'get' ? query : body)) {
        throw invalidParams(options.validate.errors);
      }
      if (options.permissions && !hasAllPermissions(deps.db, user?.roles ?? [], options.permissions)) {
        throw permissionDenied();
      }
      const result = await withPatternBudget(() =>
        handler(
          {
            user: user as Auth extends true ? UserDoc : UserDoc | undefined,
            body,
            query,
            params: c.req.param(),
            header: (n) => c.req.header(n),
            address,
          },
          deps,
        ),
      );
      if (result instanceof Unwrapped) {
        return result.body ? c.json(result.body, 200) : c.body(null, 200, { 'content-type': 'application/json' });
      }
      return c.json({ ...result, success: true }, 200);
    });
  }
  return {
    get: <Auth extends boolean>(
      path: string,
      options: RouteOptions<Auth>,
      handler: Handler<Auth extends true ? UserDoc : UserDoc | undefined>,
    ) => route('get', path, options, handler),
    post: <Auth extends boolean>(
      path: string,
      options: RouteOptions<Auth>,
      handler: Handler<Auth extends true ? UserDoc : UserDoc | undefined>,
    ) => route('post', path, options, handler),
    delete: <Auth extends boolean>(
      path: string,
      options: RouteOptions<Auth>,
      handler: Handler<Auth extends true ? UserDoc : UserDoc | undefined>,
    ) => route('delete', path, options, handler),
  };
}

export type Api = ReturnType<typeof createApi>;

export function authenticate(c: Context, deps: Deps): UserDoc | undefined {
  const userId = c.req.header('x-user-id');
  const token = c.req.header('x-auth-token');
  if (!userId || !token) return undefined;
  const record = findUserByToken(deps.db, userId, token);
  return record?.doc.active ? record.doc : undefined;
}

async function readBody(c: Context): Promise<JsonBody> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw failure('Unexpected token in JSON body');
  }
  checkBounds(parsed);
  // A JSON array or scalar body reaches Rocket.Chat's routes as an object with no usable keys.
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonBody) : {};
}

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? '';
  } catch {
    return ''; // Called without a socket (app.request in a test).
  }
}

/** Query strings as Express parses them: a repeated key becomes an array. */
function readQuery(c: Context): JsonBody {
  const out: JsonBody = {};
  for (const [key, values] of Object.entries(c.req.queries())) out[key] = values.length === 1 ? values[0] : values;
  return out;
}

/** Rocket.Chat's `internalError()`: the answer to anything unexpected, with no internal text. */
export const INTERNAL_ERROR = { success: false, error: 'Internal server error' } as const;

/**
 * Errors thrown by actions: ApiError as given; a plain `Error` (Rocket.Chat's business errors) or a `SyntaxError`
 * (a stored pattern that does not compile) the way `API.v1.failure(e)` answers it. Anything else (a database
 * failure, a TypeError, a RangeError) is a fault of the server, answered as `internalError()` so that no internal
 * text reaches the client. Rocket.Chat would put its message in a 400: a deliberate difference (README).
 */
export function toErrorResponse(error: unknown): { status: number; body: JsonBody } {
  if (error instanceof ApiError) return { status: error.status, body: error.body };
  if (isBusinessError(error)) return { status: 400, body: { success: false, error: error.message } };
  return { status: 500, body: { ...INTERNAL_ERROR } };
}

export function isBusinessError(error: unknown): error is Error {
  return error instanceof Error && (error.constructor === Error || error.constructor === SyntaxError);
}
