import { REMOTE_URL } from './target.ts';

/** The end-to-end run's own ports, away from `npm start`'s defaults so both can run at once. */
export const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? 3100);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
/** The Rocket.Chat the specs talk to: a real one (E2E_ROCKETCHAT_URL, target.ts), else the local server. */
export const SERVER_URL = REMOTE_URL ?? `http://127.0.0.1:${SERVER_PORT}`;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
/** Where this run's build goes (git-ignored), one per app port so concurrent runs do not collide. */
export const APP_DIR = `.e2e-dist/${APP_PORT}`;

/** The 6.x-mode pair (`--rc-version 6`): the same build, proxied to a second server, on the ports above + 50. */
export const SERVER6_PORT = SERVER_PORT + 50;
export const APP6_PORT = APP_PORT + 50;
export const SERVER6_URL = `http://127.0.0.1:${SERVER6_PORT}`;
export const APP6_URL = `http://127.0.0.1:${APP6_PORT}`;

/** A server with Rocket.Chat's REST rate limiter on (no TEST_MODE), for the tests tagged @rate-limit: ports + 60. */
export const SERVER_LIMITED_PORT = SERVER_PORT + 60;
export const APP_LIMITED_PORT = APP_PORT + 60;
export const SERVER_LIMITED_URL = `http://127.0.0.1:${SERVER_LIMITED_PORT}`;
export const APP_LIMITED_URL = `http://127.0.0.1:${APP_LIMITED_PORT}`;
