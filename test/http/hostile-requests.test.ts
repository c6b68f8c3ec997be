import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useTestGateway } from '../support/gateway.js';

const MARKER = 'MARKER-hostile-7f3a9c';
const plugin = SEED.qbusiness.plugins.basicAuth;

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown } | undefined;
}

async function raw(url: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body: parsed };
}

/** The shape every refused request gets: a 4xx GraphQL-over-HTTP error as JSON with a code, never a 500. */
function expectRequestError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.body?.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.text).not.toContain(MARKER);
  expect(answer.text).not.toMatch(/<html|<pre>|\bat .*\.(js|ts):\d+/i);
}

const gw = useTestGateway();
const production = useTestGateway({ production: true });

describe('requests that never reach GraphQL', () => {
  it('answers a body that is not JSON with a JSON BAD_REQUEST (400), not HTML, and logs no body', async () => {
    const before = gw.logs.length;
    expectRequestError(await raw(gw.url, `{"query": "{ __typename }", "variables": {"payload": "${MARKER}"`), 400, 'BAD_REQUEST');
    expectRequestError(await raw(gw.url, `${MARKER}`), 400, 'BAD_REQUEST');
    expect(JSON.stringify(gw.logs.slice(before))).not.toContain(MARKER);
  });

  it('answers a body over 1 MB with 413, an unsupported charset or encoding with 415, a broken gzip body with 400', async () => {
    expectRequestError(await raw(gw.url, JSON.stringify({ query: `{ __typename }`, variables: { x: MARKER.repeat(80_000) } })), 413, 'BAD_REQUEST');
    expectRequestError(await raw(gw.url, '{}', { 'content-type': 'application/json; charset=latin-9' }), 415, 'BAD_REQUEST');
    expectRequestError(await raw(gw.url, '{}', { 'content-encoding': 'x-marker' }), 415, 'BAD_REQUEST');
    expectRequestError(await raw(gw.url, Buffer.from(MARKER), { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
    const gzipped = await raw(gw.url, gzipSync(JSON.stringify({ query: '{ __typename }' })), { 'content-encoding': 'gzip' });
    expect(gzipped.body?.data).toEqual({ __typename: 'Query' });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await fetch(gw.url.replace('/graphql', `/${MARKER}`));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toContain(MARKER);
  });
});

describe('automatic persisted queries', () => {
  const query = '{ __typename }';
  const sha = createHash('sha256').update(query).digest('hex');

  it('answers a hash that does not match the query with BAD_REQUEST (400)', async () => {
    const body = JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expectRequestError(await raw(gw.url, body), 400, 'BAD_REQUEST');
  });

  it('answers an unsupported version or a malformed extension with BAD_REQUEST (400)', async () => {
    for (const persistedQuery of [{ version: 2, sha256Hash: sha }, 5, MARKER, { version: '1', sha256Hash: sha }]) {
      expectRequestError(await raw(gw.url, JSON.stringify({ extensions: { persistedQuery } })), 400, 'BAD_REQUEST');
    }
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, and registers and serves a correct one', async () => {
    const unknown = await raw(gw.url, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(MARKER).digest('hex') } } }));
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.status).toBeLessThan(500);
    const registered = await raw(gw.url, JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } }));
    expect(registered.body?.data).toEqual({ __typename: 'Query' });
    const served = await raw(gw.url, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha } } }));
    expect(served.body?.data).toEqual({ __typename: 'Query' });
  });
});

describe('input values never come back in error messages', () => {
  it('a lone surrogate in a document is a parse error (400), in a variable a VALIDATION_FAILED without AWS call', async () => {
    expectRequestError(await raw(gw.url, '{"query":"{ connectorV2(connectorId: \\"\\ud800\\") { name } }"}'), 400, 'GRAPHQL_PARSE_FAILED');
    const answer = await raw(gw.url, '{"query":"query($v: ID!) { connectorV2(connectorId: $v) { name } }","variables":{"v":"\\udc00x"}}');
    expect(answer.body?.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(gw.emulator.calls.count()).toBe(0);
  });

  it('a @oneOf violation in variables names the path and the rule, not the input (payload included)', async () => {
    const { status, body } = await gw.gql('mutation($input: CreatePluginInput!) { createPlugin(input: $input) { pluginId } }', {
      input: {
        applicationId: plugin.applicationId,
        displayName: 'x',
        type: 'CUSTOM',
        authConfiguration: { noAuthConfiguration: true, basicAuthConfiguration: { secretArn: MARKER, roleArn: MARKER } },
        customPluginConfiguration: { description: 'd', apiSchemaType: 'OPEN_API_V3', apiSchema: { payload: MARKER, s3: { bucket: MARKER, key: 'k' } } },
      },
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe(
      'Variable "$input" got an invalid value at "input.authConfiguration"; Exactly one key must be specified for OneOf type "PluginAuthConfigurationInput".',
    );
    expect(JSON.stringify(body)).not.toContain(MARKER);
  });

  it.each([
    ['a wrong scalar', { displayName: { secret: MARKER } }, 'String cannot represent a non string value.'],
    ['an unknown enum value', { type: MARKER }, 'Value does not exist in "PluginType" enum.'],
    ['an unknown field', { [MARKER]: 'x' }, 'Field (value not shown) is not defined by type "CreatePluginInput".'],
  ])('%s in variables: the rule without the value', async (_what, change, rule) => {
    const input = {
      applicationId: plugin.applicationId,
      displayName: 'x',
      type: 'JIRA',
      serverUrl: 'https://example.com',
      authConfiguration: { noAuthConfiguration: true },
      tags: [{ key: 'secret', value: MARKER }],
      ...change,
    };
    const { body } = await gw.gql('mutation($input: CreatePluginInput!) { createPlugin(input: $input) { pluginId } }', { input });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(rule);
    expect(JSON.stringify(body)).not.toContain(MARKER);
  });

  it('literal values in documents are not echoed by validation or syntax errors', async () => {
    const literal = await gw.gql(`{ plugins(applicationId: "${plugin.applicationId}", first: "${MARKER}") { nodes { pluginId } } }`);
    expect(literal.body.errors?.[0]?.message).toBe('Int cannot represent non-integer value.');
    const syntax = await gw.gql(`{ plugin(applicationId: "a" "${MARKER}") { pluginId } }`);
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify([literal.body, syntax.body])).not.toContain(MARKER);
  });
});

describe('in production', () => {
  it('suggests no field, argument or enum value names', async () => {
    const field = await production.gql('{ plugn }');
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "plugn" on type "Query".');
    const value = await production.gql('query($p: IntegrationProvider) { integrations(provider: $p) { nodes { id } } }', { p: 'JIRAA' });
    expect(value.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('masks internals and sends no stack trace', async () => {
    const answer = await raw(production.url, '{"query": "{ __typename ');
    expect(answer.text).not.toMatch(/stack|node_modules/);
  });

  it('keeps suggestions in development, where introspection is on anyway', async () => {
    const field = await gw.gql('{ plugn }');
    expect(field.body.errors?.[0]?.message).toMatch(/Did you mean "plugin"/);
  });
});
