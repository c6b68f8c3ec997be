/**
 * A real supergraph on loopback: the emulator, connector-graph (the real server, createServer) and the fixture
 * subgraphs each on their own 127.0.0.1 port, composed with @theguild/federation-composition from the SDL each
 * subgraph serves at `_service { sdl }` (what `rover subgraph introspect` reads), behind Hive Gateway served by
 * node:http on 127.0.0.1. Everything uses port 0 and stops with `close()`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { composeServices } from '@theguild/federation-composition';
import { parse, type DocumentNode } from 'graphql';
import { fixtureData, fixtureSubgraphs, startFixtureSubgraph, type FixtureData, type RunningSubgraph } from './fixture-subgraphs.js';
import { postGraphQL, startTestGateway, type GraphQLResponse, type TestGateway, type TestGatewayOptions } from './gateway.js';

export interface SubgraphService {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

export interface TestSupergraph {
  /** Hive Gateway's GraphQL endpoint. */
  url: string;
  /** connector-graph itself (emulator, logs, direct queries such as `_entities`). */
  subgraph: TestGateway;
  services: SubgraphService[];
  supergraphSdl: string;
  data: FixtureData;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** `{ _service { sdl } }` over HTTP, as a router or rover reads a subgraph. */
export async function fetchServiceSdl(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string') throw new Error(`no _service.sdl from ${url}: ${JSON.stringify(body)}`);
  return sdl;
}

/** Composes with Hive's composition; throws with every composition error. */
export function composeSupergraph(services: SubgraphService[]): string {
  const result = composeServices(services);
  if (result.errors !== undefined) throw new Error(`composition failed:\n${result.errors.map((error) => error.message).join('\n')}`);
  return result.supergraphSdl;
}

export async function startSupergraph(options: TestGatewayOptions = {}): Promise<TestSupergraph> {
  const subgraph = await startTestGateway(options);
  const data = fixtureData(subgraph.emulator);
  const fixtures: RunningSubgraph[] = [];
  let http: Server | undefined;
  let gateway: ReturnType<typeof createGatewayRuntime> | undefined;
  const close = async () => {
    if (http?.listening) await new Promise<void>((resolve) => http?.close(() => resolve()));
    await gateway?.dispose();
    for (const fixture of fixtures) await fixture.stop();
    await subgraph.close();
  };
  try {
    const modules = fixtureSubgraphs(data);
    fixtures.push(await startFixtureSubgraph('team', modules.team), await startFixtureSubgraph('inventory', modules.inventory));
    // With auth on, `_service` needs a token too (as `rover subgraph introspect --header` would send).
    const sdlHeaders: Record<string, string> =
      options.auth?.mode === 'jwt' ? { authorization: `Bearer ${await subgraph.emulator.issueToken({ subject: 'composer' })}` } : {};
    const services: SubgraphService[] = [
      { name: 'connector-graph', url: subgraph.url, typeDefs: parse(await fetchServiceSdl(subgraph.url, sdlHeaders)) },
      ...fixtures.map((fixture) => ({ name: fixture.name, url: fixture.url, typeDefs: fixture.typeDefs })),
    ];
    const supergraphSdl = composeSupergraph(services);
    gateway = createGatewayRuntime({
      supergraph: supergraphSdl,
      logging: false,
      // The caller's token goes on to the subgraphs, which check it themselves (README: Securing the graph).
      propagateHeaders: {
        fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
      },
    });
    http = createServer(gateway);
    const server = http;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    return {
      url,
      subgraph,
      services,
      supergraphSdl,
      data,
      gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
        postGraphQL<T>(url, query, variables, headers),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
