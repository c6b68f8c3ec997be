/**
 * `npm run supergraph:dev`: a local supergraph for demos. Starts the built-in emulator, connector-graph and the
 * fixture subgraphs from test/ (team: references by ids; inventory: references by ARN) on free loopback ports,
 * composes them with @theguild/federation-composition from the SDL each serves, writes the supergraph SDL to a
 * file (usable with Apollo Router or the hive-gateway CLI too), and serves Hive Gateway at
 * http://127.0.0.1:4000/graphql (`--port` to change). Ctrl-C stops everything. Dev dependencies only.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { connectBackend } from '../src/backend.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createExplorer, readmeExamples, withExplorer } from '../src/frontend/explorer.js';
import { createServer as createConnectorGraph } from '../src/server.js';
import { fixtureData, fixtureSubgraphs, startFixtureSubgraph } from '../test/support/fixture-subgraphs.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4000' } } });
const port = Number(values.port);

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const config = loadConfig(['--backend', 'emulator', '--log-level', 'warn'], process.env);
const logger = createLogger(config.logLevel);
const backend = await connectBackend(config, logger);
if (backend.emulator === undefined) throw new Error('supergraph:dev runs on the emulator');
const subgraph = await createConnectorGraph({ config, logger, clients: backend.clients });
const subgraphUrl = await subgraph.listen(0, '127.0.0.1');
const modules = fixtureSubgraphs(fixtureData(backend.emulator));
const fixtures = [await startFixtureSubgraph('team', modules.team), await startFixtureSubgraph('inventory', modules.inventory)];

const response = await fetch(subgraphUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ _service { sdl } }' }),
});
const { data } = (await response.json()) as { data: { _service: { sdl: string } } };
const composed = composeServices([
  { name: 'connector-graph', url: subgraphUrl, typeDefs: parse(data._service.sdl) },
  ...fixtures.map((fixture) => ({ name: fixture.name, url: fixture.url, typeDefs: fixture.typeDefs })),
]);
if (composed.errors !== undefined) throw new Error(`composition failed:\n${composed.errors.map((error) => error.message).join('\n')}`);
const supergraphFile = join(tmpdir(), `connector-graph-supergraph-${process.pid}.graphql`);
writeFileSync(supergraphFile, composed.supergraphSdl);
// The SDL file is this run's only trace on disk: removed however the process ends.
process.on('exit', () => rmSync(supergraphFile, { force: true }));

const TRY = '{ teams { name ownedPlugins { displayName state } } inventory { arn plugin { displayName } connectorV2 { name } } }';
// Hive Gateway's own GraphiQL loads from a CDN: serve the offline explorer instead (the README's examples, minus
// `_entities`, which a router does not expose).
const gateway = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: 'warn', graphiql: false, landingPage: false });
const examples = [`query Supergraph ${TRY}\n`, ...readmeExamples().filter((example) => !example.includes('_entities'))];
const http = createServer(withExplorer(createExplorer({ endpoint: '/graphql', title: 'connector-graph supergraph · GraphiQL', examples }), '/graphql', gateway));
await new Promise<void>((resolve, reject) => {
  http.once('error', reject);
  http.listen(port, '127.0.0.1', () => resolve());
});

process.stdout.write(
  [
    `Hive Gateway ready at http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql (GraphiQL in a browser, served offline)`,
    `  connector-graph  ${subgraphUrl}`,
    ...fixtures.map((fixture) => `  ${fixture.name.padEnd(15)}  ${fixture.url}`),
    `  emulator         ${backend.emulator.url}`,
    `  supergraph SDL   ${supergraphFile}`,
    `Try: ${TRY}`,
    '',
  ].join('\n'),
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await gateway.dispose();
    for (const fixture of fixtures) await fixture.stop();
    await subgraph.stop();
    await backend.close();
    process.exit(0);
  })();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
