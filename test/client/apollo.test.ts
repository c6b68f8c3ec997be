import type { ApolloClient } from '@apollo/client';
import { apolloDriver, importReadmeSnippet } from './drivers.js';
import { defineClientSuite } from './suite.js';

/** Apollo Client 4 with the kit's InMemoryCache configuration, built by the README's snippet as written. */
defineClientSuite(async (url) => {
  const { client } = await importReadmeSnippet<{ client: ApolloClient }>('apollo-client.ts', url);
  return apolloDriver(client);
});
