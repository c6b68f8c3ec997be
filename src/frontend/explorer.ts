import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The offline explorer: GraphiQL served from this project's own node_modules (graphiql 3's UMD bundle on React 18's
 * UMD builds), so it works without internet, loads nothing from a CDN and sends no telemetry. The page opens with
 * the README's example operations as tabs; GraphiQL reads the schema's docs by introspection.
 */
export const EXPLORER_ASSETS_PATH = '/explorer/';

const require = createRequire(import.meta.url);
const README = join(fileURLToPath(new URL('../..', import.meta.url)), 'README.md');

/** The files the page loads, by the name it asks for; nothing else is served. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** Starts GraphiQL with the configuration the page embeds as JSON (no inline script). */
const START_SCRIPT = `"use strict";
(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).href });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: config.tabs, shouldPersistHeaders: false })
  );
})();
`;

/** The README's ```graphql blocks: the example operations the explorer opens with. */
export function readmeExamples(readme: string = readFileSync(README, 'utf8')): string[] {
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trimEnd() + '\n');
}

export interface Explorer {
  /** The GraphiQL page for `endpoint` (a path such as /graphql, resolved against the page's own URL). */
  readonly html: string;
  /**
   * Serves the page's assets under EXPLORER_ASSETS_PATH. Returns false (and leaves `res` alone) for any other
   * request, so it plugs into express (`next()`) or a bare node:http server in front of another handler.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export function createExplorer(options: { endpoint: string; title?: string; examples?: readonly string[] }): Explorer {
  const examples = options.examples ?? readmeExamples();
  const config = { endpoint: options.endpoint, tabs: examples.map((query) => ({ query })) };
  // JSON inside <script>: escape '<' so no example can close the tag.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const title = options.title ?? 'connector-graph · GraphiQL';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${EXPLORER_ASSETS_PATH}react.production.min.js"></script>
<script src="${EXPLORER_ASSETS_PATH}react-dom.production.min.js"></script>
<script src="${EXPLORER_ASSETS_PATH}graphiql.min.js"></script>
<script id="explorer-config" type="application/json">${json}</script>
<script src="${EXPLORER_ASSETS_PATH}start.js"></script>
</body>
</html>
`;
  const files = new Map<string, { body: Buffer; type: string }>();
  files.set('start.js', { body: Buffer.from(START_SCRIPT), type: 'text/javascript' });
  const asset = (name: string) => {
    const known = files.get(name);
    if (known !== undefined) return known;
    const spec = ASSETS[name];
    if (spec === undefined) return undefined;
    // The packages' "exports" do not list these files; their package.json is exported and locates the folder.
    const loaded = { body: readFileSync(join(dirname(require.resolve(`${spec.pkg}/package.json`)), spec.file)), type: spec.type };
    files.set(name, loaded);
    return loaded;
  };
  return {
    html,
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith(EXPLORER_ASSETS_PATH)) return false;
      const file = asset(path.slice(EXPLORER_ASSETS_PATH.length));
      if (file === undefined) return false;
      res.writeHead(200, {
        'content-type': `${file.type}; charset=utf-8`,
        'content-length': file.body.length,
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return true;
    },
  };
}

/**
 * A node:http handler that answers browsers with the explorer in front of another GraphQL handler (used by
 * `npm run supergraph:dev` in front of Hive Gateway): GET `path` asking for HTML gets the page, the page's files are
 * served, everything else goes to `next`.
 */
export function withExplorer(
  explorer: Explorer,
  path: string,
  next: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (explorer.handle(req, res)) return;
    const wantsPage =
      req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === path && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) {
      next(req, res);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(explorer.html);
  };
}
