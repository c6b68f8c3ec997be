import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { isPath } from '../../src/http/graphqlRoute.js';
import { useTestGateway } from '../support/gateway.js';

const plugin = SEED.qbusiness.plugins.basicAuth;
const query = `{ plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId } }`;

describe('isPath: which URLs the lean /graphql route serves (as Express mounted it)', () => {
  it.each([
    ['/graphql', true],
    ['/graphql/', true],
    ['/GraphQL', true],
    ['/graphql?query=%7B__typename%7D', true],
    ['/graphql/extra', false],
    ['/graphqlx', false],
    ['/', false],
    [undefined, false],
  ])('%s -> %s', (url, served) => {
    expect(isPath(url, '/graphql')).toBe(served);
  });
});

describe('the /graphql route over HTTP', () => {
  const gw = useTestGateway();

  it('answers POST with the JSON content type, a content-length that matches the body, a request id and no x-powered-by', async () => {
    const response = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(JSON.parse(text)).toEqual({ data: { plugin: { pluginId: plugin.pluginId } } });
  });

  it('serves a trailing slash and GET queries with the query string, and HEAD without a body', async () => {
    const base = gw.url.replace(/\/graphql$/, '');
    const post = await fetch(`${base}/graphql/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(((await post.json()) as { data: unknown }).data).toEqual({ plugin: { pluginId: plugin.pluginId } });
    const get = await fetch(`${gw.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toEqual({ plugin: { pluginId: plugin.pluginId } });
    const head = await fetch(`${gw.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'HEAD', headers: { 'apollo-require-preflight': 'true' } });
    expect(await head.text()).toBe('');
  });

  it('leaves other paths to the rest of the app: /graphql/extra is a JSON 404, /health answers', async () => {
    const base = gw.url.replace(/\/graphql$/, '');
    const extra = await fetch(`${base}/graphql/extra`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(extra.status).toBe(404);
    expect(((await extra.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
