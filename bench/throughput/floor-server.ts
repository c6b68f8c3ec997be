/**
 * The floor of the throughput benchmark: Apollo Server 5 behind the gateway's own /graphql route (src/http/graphqlRoute.ts,
 * with Express's JSON body parser), answering the benchmark's query from a constant resolver: no AWS call, no layers,
 * no plugins. What the gateway costs above this, plus one SDK call, is what its layers and resolvers add.
 * Usage: node --import tsx floor-server.ts --port N (stops on SIGTERM).
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { createGraphQLRoute, type Middleware } from '../../src/http/graphqlRoute.js';

const typeDefs = `type Query { plugin(applicationId: ID!, pluginId: ID!): Plugin }
type Plugin { id: ID! name: String awsService: String provider: String authKind: String normalizedStatus: String arn: String
  applicationId: ID! pluginId: ID! displayName: String type: String serverUrl: String buildStatus: String pluginArn: String
  state: String createdAt: String updatedAt: String }`;
const now = new Date().toISOString();
const plugin = (applicationId: string, pluginId: string) => ({
  id: `${applicationId}/${pluginId}`, name: 'Jira', awsService: 'QBUSINESS', provider: 'JIRA', authKind: 'OAUTH2_AUTHORIZATION_CODE',
  normalizedStatus: 'ACTIVE', arn: `arn:aws:qbusiness:us-east-1:111122223333:application/${applicationId}/plugin/${pluginId}`,
  applicationId, pluginId, displayName: 'Jira', type: 'JIRA', serverUrl: 'https://example.atlassian.net', buildStatus: 'READY',
  pluginArn: `arn:aws:qbusiness:us-east-1:111122223333:application/${applicationId}/plugin/${pluginId}`, state: 'ENABLED',
  createdAt: now, updatedAt: now,
});

const apollo = new ApolloServer({
  typeDefs,
  resolvers: { Query: { plugin: (_: unknown, args: { applicationId: string; pluginId: string }) => plugin(args.applicationId, args.pluginId) } },
});
await apollo.start();
const route = createGraphQLRoute({
  apollo,
  before: [express.json({ limit: '1mb' }) as Middleware],
  context: async () => ({}),
  onError: (_error, _req, res) => {
    res.statusCode = 500;
    res.end();
  },
});
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const server = createServer(route).listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void apollo.stop().then(() => process.exit(0));
});
