import {
  inject,
  type EnvironmentProviders,
  type Provider,
} from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { InMemoryCache } from '@apollo/client/core';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/**
 * Apollo on the same origin's /graphql (the API serves the web app). Every answer is
 * fresh from the server and nothing is read back from Apollo's cache (a coach's data
 * changes under other coaches' hands; the runner's offline copy is kept in
 * IndexedDB), so answers are not written into it either: normalising the runner's
 * day into the cache was a quarter of the phone's work in opening Today.
 */
export function provideGraphql(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: '/graphql' }),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'no-cache' },
        watchQuery: { fetchPolicy: 'no-cache' },
        mutate: { fetchPolicy: 'no-cache' },
      },
    })),
  ];
}
