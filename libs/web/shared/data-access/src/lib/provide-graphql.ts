import type { EnvironmentProviders } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';

/**
 * What `GraphqlClient` needs: Angular's HttpClient. The API serves the web app, so
 * /graphql is on the same origin and the session cookie goes with it.
 *
 * On XMLHttpRequest (Angular's default), not fetch: a page's first fetch() call held
 * Chromium's main thread 9 ms on the benchmark host against under 1 ms for its first
 * XMLHttpRequest, and that first request is the sign-in check, inside the app's
 * start-up task (docs/benchmarks.md).
 */
export function provideGraphql(): EnvironmentProviders[] {
  return [provideHttpClient()];
}
