import type { Client } from '@urql/core';
import { importReadmeSnippet, urqlDriver } from './drivers.js';
import { defineClientSuite } from './suite.js';

/** urql with graphcache and the kit's options, built by the README's snippet as written. */
defineClientSuite(async (url) => {
  const { client } = await importReadmeSnippet<{ client: Client }>('urql-client.ts', url);
  return urqlDriver(client);
});
