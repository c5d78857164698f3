import {
  inject,
  type EnvironmentProviders,
  type Provider,
} from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { InMemoryCache } from '@apollo/client/core';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** Apollo on the same origin's /graphql (the API serves the web app). */
export function provideGraphql(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: '/graphql' }),
      cache: new InMemoryCache({
        typePolicies: {
          // Lists are paged by keyset: a new filter is a new list, not a merge.
          Query: { fields: { exercises: { keyArgs: ['filter'] } } },
        },
      }),
    })),
  ];
}
