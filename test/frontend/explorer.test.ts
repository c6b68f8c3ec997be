import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SANDBOX_ORIGINS } from '../../src/config.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExplorer, readmeExamples, withExplorer } from '../../src/frontend/explorer.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The README's recipe: `CONNECTOR_GRAPH_LANDING_PAGE=graphiql npm start`, plus a frontend origin. */
const env = { CONNECTOR_GRAPH_LANDING_PAGE: 'graphiql', CONNECTOR_GRAPH_CORS_ORIGINS: 'https://app.example.com' };
const config = loadConfig([], env);

let graphiql: TestGateway;
let sandbox: TestGateway;
beforeAll(async () => {
  [graphiql, sandbox] = await Promise.all([
    startTestGateway({ landingPage: config.landingPage, corsOrigins: config.corsOrigins, corsLocalhost: config.corsLocalhost }),
    startTestGateway({ landingPage: 'sandbox' }),
  ]);
});
afterAll(async () => {
  await Promise.all([graphiql.close(), sandbox.close()]);
});

const page = async (url: string) => {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
};

describe('CONNECTOR_GRAPH_LANDING_PAGE', () => {
  it('takes sandbox, graphiql and off, keeps true/false, and defaults to sandbox (off in production)', () => {
    expect(loadConfig([], {}).landingPage).toBe('sandbox');
    expect(loadConfig([], { NODE_ENV: 'production' }).landingPage).toBe('off');
    for (const [value, expected] of [
      ['sandbox', 'sandbox'],
      ['graphiql', 'graphiql'],
      ['off', 'off'],
      ['true', 'sandbox'],
      ['1', 'sandbox'],
      ['false', 'off'],
      ['0', 'off'],
    ]) {
      expect(loadConfig([], { CONNECTOR_GRAPH_LANDING_PAGE: value }).landingPage, value).toBe(expected);
    }
    expect(() => loadConfig([], { CONNECTOR_GRAPH_LANDING_PAGE: 'playground' })).toThrow(ConfigError);
    expect(() => loadConfig([], { CONNECTOR_GRAPH_LANDING_PAGE: 'playground' })).toThrow(/sandbox, graphiql, off/);
  });

  it('graphiql: serves GraphiQL from the gateway itself, every file local, the README examples as tabs', async () => {
    const { status, type, html } = await page(graphiql.url);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain('<div id="graphiql">');
    // No URL outside the example operations (which mention e.g. a Jira server URL as data).
    expect(html.replace(/<script id="explorer-config"[\s\S]*?<\/script>/, '')).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.sort()).toEqual(
      ['/explorer/graphiql.min.css', '/explorer/graphiql.min.js', '/explorer/react-dom.production.min.js', '/explorer/react.production.min.js', '/explorer/start.js'].sort(),
    );
    for (const asset of assets) {
      const response = await fetch(new URL(asset, graphiql.url));
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      const body = await response.text();
      expect(body.length, asset).toBeGreaterThan(100);
      // No script or style URL of a CDN in what the page loads (the browser test blocks the network to prove it).
      expect(body, asset).not.toMatch(/(src|href)=["']https?:|@import\s+url\(["']?https?:|cdn\.apollographql|fonts\.googleapis/);
    }
    const config = JSON.parse(/<script id="explorer-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
      endpoint: string;
      tabs: Array<{ query: string }>;
    };
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs.map((tab) => tab.query)).toEqual(readmeExamples());
    expect(config.tabs.length).toBeGreaterThanOrEqual(5);
  });

  it('graphiql: serves only its own files', async () => {
    for (const path of ['/explorer/graphiql.js', '/explorer/../package.json', '/explorer/%2e%2e/package.json', '/explorer/']) {
      const response = await fetch(new URL(path, graphiql.url));
      expect(response.status, path).toBe(404);
    }
    // With Sandbox the explorer's files are not served at all.
    expect((await fetch(new URL('/explorer/graphiql.min.js', sandbox.url))).status).toBe(404);
  });

  it("sandbox: Apollo's embedded Sandbox, with its telemetry off by default", async () => {
    const { html } = await page(sandbox.url);
    expect(html).toContain('embeddable-sandbox');
    expect(html).toMatch(/"runTelemetry":\s*false/);
    expect(loadConfig([], { CONNECTOR_GRAPH_SANDBOX_TELEMETRY: 'true' }).sandboxTelemetry).toBe(true);
  });
});

describe('the same page in front of another gateway (npm run supergraph:dev)', () => {
  it('answers browsers with the explorer and hands every other request to the gateway', async () => {
    const explorer = createExplorer({ endpoint: '/graphql', examples: ['{ teams { name } }\n'] });
    const server = createServer(withExplorer(explorer, '/graphql', (req, res) => res.end(`gateway ${req.method ?? ''} ${req.url ?? ''}`)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(html).toBe(explorer.html);
      expect(html).toContain('{ teams { name } }');
      expect((await fetch(`${base}/explorer/graphiql.min.js`)).status).toBe(200);
      expect(await (await fetch(`${base}/graphql`, { method: 'POST', body: '{}' })).text()).toBe('gateway POST /graphql');
      expect(await (await fetch(`${base}/graphql?query=%7B__typename%7D`)).text()).toBe('gateway GET /graphql?query=%7B__typename%7D');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('adds CONNECTOR_GRAPH_CORS_ORIGINS to the Sandbox origins; CONNECTOR_GRAPH_CORS_SANDBOX=false drops them', () => {
    expect(config.corsOrigins).toEqual([...SANDBOX_ORIGINS, 'https://app.example.com']);
    expect(loadConfig([], { ...env, CONNECTOR_GRAPH_CORS_SANDBOX: 'false' }).corsOrigins).toEqual(['https://app.example.com']);
    expect(loadConfig([], {}).corsOrigins).toEqual(SANDBOX_ORIGINS);
  });

  it('allows http://localhost:<port> with the emulator, not with aws unless asked', () => {
    expect(loadConfig([], {}).corsLocalhost).toBe(true);
    expect(loadConfig(['--backend', 'aws'], {}).corsLocalhost).toBe(false);
    expect(loadConfig(['--backend', 'aws'], { CONNECTOR_GRAPH_CORS_LOCALHOST: 'true' }).corsLocalhost).toBe(true);
    expect(loadConfig([], { CONNECTOR_GRAPH_CORS_LOCALHOST: 'false' }).corsLocalhost).toBe(false);
  });

  it('answers preflights for the allowed origins only', async () => {
    for (const origin of [...SANDBOX_ORIGINS, 'https://app.example.com', 'http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080']) {
      const response = await preflight(graphiql.url, origin);
      expect(response.status, origin).toBeLessThan(300);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:3000', 'https://localhost:3000', 'http://localhost', 'null']) {
      const response = await preflight(graphiql.url, origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('lets a local frontend read a query answer cross-origin', async () => {
    const response = await fetch(graphiql.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
