import type { TestProject } from 'vitest/node';
import { startTestServer, type TestServer } from './test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The in-memory Rocket.Chat stand-in the app's component tests talk to. */
    testServerUrl: string;
  }
}

let server: TestServer | undefined;

/** One real server for the app's component tests: started once per run, behind the app's fetch (src/test/server.ts). */
export async function setup(project: TestProject): Promise<void> {
  // Rocket.Chat's switch for test runs (no REST rate limiter), as the server project's tests have it.
  process.env.TEST_MODE = 'true';
  server = await startTestServer({ seed: 'minimal' });
  project.provide('testServerUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
