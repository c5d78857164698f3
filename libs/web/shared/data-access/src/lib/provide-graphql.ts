import type { EnvironmentProviders } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';

/**
 * What `GraphqlClient` needs: Angular's HttpClient, on fetch. The API serves the web
 * app, so /graphql is on the same origin and the session cookie goes with it.
 */
export function provideGraphql(): EnvironmentProviders[] {
  return [provideHttpClient(withFetch())];
}
