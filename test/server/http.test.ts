import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let dev: TestGateway;
let production: TestGateway;
beforeAll(async () => {
  [dev, production] = await Promise.all([startTestGateway(), startTestGateway({ production: true })]);
});
afterAll(async () => {
  await Promise.all([dev.close(), production.close()]);
});

describe('GraphQL over HTTP (graphql-http audits)', () => {
  // serverAudits must be called at collection time; the URL is read when each audit runs.
  const audits = serverAudits({ url: () => dev.url });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
  it('runs at least a dozen MUST audits', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(12);
  });
});

const INTROSPECTION = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('development defaults', () => {
  it('serves the Apollo Sandbox landing page to browsers', async () => {
    const response = await fetch(dev.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('embeddable-sandbox');
  });

  it('answers introspection', async () => {
    const response = await post(dev.url, INTROSPECTION);
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('lets Apollo Sandbox call it cross-origin (CORS preflight)', async () => {
    const response = await fetch(dev.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://studio.apollographql.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
  });

  it('does not allow other origins', async () => {
    const response = await fetch(dev.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers /health', async () => {
    const response = await fetch(new URL('/health', dev.url));
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('production defaults (NODE_ENV=production)', () => {
  it('has no landing page', async () => {
    const response = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('embeddable-sandbox');
  });

  it('refuses introspection', async () => {
    const body = (await (await post(production.url, INTROSPECTION)).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still serves queries', async () => {
    const { body } = await production.gql(`{ connectorV2(connectorId: "${SEED.securityhub.connectors.serviceNow}") { connectorId } }`);
    expect(body).toEqual({ data: { connectorV2: { connectorId: SEED.securityhub.connectors.serviceNow } } });
  });
});
