import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { describe, expect, it } from 'vitest';
import { graphcacheOptions } from '../../src/client/urql.js';
import { README, importReadmeSnippet, urqlDriver } from './drivers.js';
import { defineClientSuite } from './suite.js';

/** urql with graphcache and the kit's options, built by the README's snippet as written. */
const { gw } = defineClientSuite(async (url) => {
  const { client } = await importReadmeSnippet<{ client: Client }>('urql-client.ts', url);
  return urqlDriver(client);
});

const QUERY = '{ connectorsV2(first: 2) { nodes { connectorId name } } }';

/** A urql client whose requests are recorded (method and URL), with the kit's cache. */
function recordingClient(options: Partial<ConstructorParameters<typeof Client>[0]>) {
  const methods: string[] = [];
  const client = new Client({
    url: gw.url,
    exchanges: [cacheExchange(graphcacheOptions), fetchExchange],
    fetch: (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    },
    ...options,
  });
  return { client, methods };
}

describe('GET and CSRF prevention, as the README says', () => {
  it("refuses urql's default GET: CSRF prevention stays on", async () => {
    const { client, methods } = recordingClient({});
    const result = await client.query(QUERY, {}).toPromise();
    expect(methods).toEqual(['GET']);
    expect(result.data).toBeUndefined();
    expect(result.error?.message).toMatch(/CSRF/);
  });

  it('works with the setting the README names: preferGetMethod: false sends POST', async () => {
    expect(README).toContain('preferGetMethod: false');
    const { client, methods } = recordingClient({ preferGetMethod: false });
    const result = await client.query(QUERY, {}).toPromise();
    expect(methods).toEqual(['POST']);
    expect(result.error).toBeUndefined();
    expect((result.data as { connectorsV2: { nodes: unknown[] } }).connectorsV2.nodes).toHaveLength(2);
  });

  it("keeps GET with the README's preflight header", async () => {
    const documented = "fetchOptions: { headers: { 'apollo-require-preflight': 'true' } }";
    expect(README).toContain(documented);
    const { client, methods } = recordingClient({ fetchOptions: { headers: { 'apollo-require-preflight': 'true' } } });
    const result = await client.query(QUERY, {}).toPromise();
    expect(methods).toEqual(['GET']);
    expect(result.error).toBeUndefined();
    expect((result.data as { connectorsV2: { nodes: unknown[] } }).connectorsV2.nodes).toHaveLength(2);
  });
});
