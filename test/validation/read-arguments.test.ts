/**
 * Every argument that becomes part of an AWS read request is checked against the newest AWS model before any AWS
 * call. The cases are derived from the model files themselves (botocore `service-2.json`, the newest, in
 * ../shared/aws-models): for each input member of the six read operations the test knows which GraphQL arguments
 * feed it, builds values that break each constraint the model declares (too short, too long, off-pattern, out of
 * range) and expects VALIDATION_FAILED naming the argument, with no AWS call. A member or a constraint added to
 * the model is either covered by the same generator or fails the "every member is bound" check.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { useTestGateway, type GraphQLResponse } from '../support/gateway.js';

// ../shared beside the clone (CI); from a git worktree under ../wt/<name>, one level further up.
const modelsDir =
  [['..', '..', '..'], ['..', '..', '..', '..']]
    .map((up) => path.resolve(import.meta.dirname, ...up, 'shared', 'aws-models', 'botocore'))
    .find((dir) => existsSync(dir)) ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'aws-models', 'botocore');

interface BotocoreShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  members?: Record<string, { shape: string; location?: string }>;
}
interface BotocoreModel {
  operations: Record<string, { input: { shape: string } }>;
  shapes: Record<string, BotocoreShape>;
}

function model(service: string, version: string): BotocoreModel {
  const file = path.join(modelsDir, service, version, 'service-2.json');
  if (!existsSync(file)) throw new Error(`AWS model not found at ${file} (../shared/aws-models beside the clone, see README Tests)`);
  return JSON.parse(readFileSync(file, 'utf8')) as BotocoreModel;
}

const MODELS = {
  qbusiness: model('qbusiness', '2023-11-27'),
  quicksight: model('quicksight', '2018-04-01'),
  securityhub: model('securityhub', '2018-10-26'),
};

/** One way a GraphQL client can put a value into the AWS member: a document, its variables, the fieldErrors path. */
interface EntryPoint {
  name: string;
  request: (value: unknown) => { query: string; variables: Record<string, unknown> };
  path: string;
}

/** How each input member of a read operation is fed from GraphQL. */
type Binding =
  | { kind: 'string'; valid: string; entries: EntryPoint[] }
  | { kind: 'pageSize'; entries: EntryPoint[] }
  /** AWS tokens reach AWS only inside signed cursors (see the cursor tests). */
  | { kind: 'token' }
  /** A GraphQL enum: graphql-js refuses anything else; UNRECOGNIZED is refused by the gateway. */
  | { kind: 'enum' };

const plugin = SEED.qbusiness.plugins.basicAuth;
const connectorId = SEED.securityhub.connectors.jiraCloud;
const actionConnectorId = SEED.quicksight.actionConnectors.iam;

const field = (document: string, variable = 'ID!') => (value: unknown) => ({
  query: `query($v: ${variable}) { ${document} }`,
  variables: { v: value },
});
const entity = (representation: (value: unknown) => Record<string, unknown>) => (value: unknown) => ({
  query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
  variables: { r: [representation(value)] },
});

const BINDINGS: Record<string, Record<string, Record<string, Binding>>> = {
  qbusiness: {
    GetPlugin: {
      applicationId: {
        kind: 'string',
        valid: plugin.applicationId,
        entries: [
          { name: 'plugin', path: 'applicationId', request: field(`plugin(applicationId: $v, pluginId: "${plugin.pluginId}") { pluginId }`) },
          {
            name: '_entities',
            path: 'applicationId',
            request: entity((v) => ({ __typename: 'Plugin', applicationId: v, pluginId: plugin.pluginId })),
          },
        ],
      },
      pluginId: {
        kind: 'string',
        valid: plugin.pluginId,
        entries: [
          { name: 'plugin', path: 'pluginId', request: field(`plugin(applicationId: "${plugin.applicationId}", pluginId: $v) { pluginId }`) },
          {
            name: '_entities',
            path: 'pluginId',
            request: entity((v) => ({ __typename: 'Plugin', applicationId: plugin.applicationId, pluginId: v })),
          },
        ],
      },
    },
    ListPlugins: {
      applicationId: {
        kind: 'string',
        valid: plugin.applicationId,
        entries: [
          { name: 'plugins', path: 'applicationId', request: field('plugins(applicationId: $v, first: 1) { nodes { pluginId } }') },
          {
            name: 'integrations',
            path: 'applicationIds[0]',
            request: field('integrations(applicationIds: [$v], services: [QBUSINESS], first: 1) { nodes { id } }'),
          },
        ],
      },
      maxResults: {
        kind: 'pageSize',
        entries: [{ name: 'plugins', path: 'first', request: field(`plugins(applicationId: "${plugin.applicationId}", first: $v) { nodes { pluginId } }`, 'Int') }],
      },
      nextToken: { kind: 'token' },
    },
  },
  quicksight: {
    DescribeActionConnector: {
      AwsAccountId: {
        kind: 'string',
        valid: SEED.accountId,
        entries: [
          { name: 'actionConnector', path: 'awsAccountId', request: field(`actionConnector(awsAccountId: $v, actionConnectorId: "${actionConnectorId}") { arn }`) },
          {
            name: '_entities',
            path: 'awsAccountId',
            request: entity((v) => ({ __typename: 'ActionConnector', awsAccountId: v, actionConnectorId })),
          },
        ],
      },
      ActionConnectorId: {
        kind: 'string',
        valid: actionConnectorId,
        entries: [
          { name: 'actionConnector', path: 'actionConnectorId', request: field(`actionConnector(awsAccountId: "${SEED.accountId}", actionConnectorId: $v) { arn }`) },
          {
            name: '_entities',
            path: 'actionConnectorId',
            request: entity((v) => ({ __typename: 'ActionConnector', awsAccountId: SEED.accountId, actionConnectorId: v })),
          },
        ],
      },
    },
    ListActionConnectors: {
      AwsAccountId: {
        kind: 'string',
        valid: SEED.accountId,
        entries: [
          { name: 'actionConnectors', path: 'awsAccountId', request: field('actionConnectors(awsAccountId: $v, first: 1) { nodes { arn } }') },
          {
            name: 'integrations',
            path: 'awsAccountIds[0]',
            request: field('integrations(awsAccountIds: [$v], services: [QUICKSIGHT], first: 1) { nodes { id } }'),
          },
        ],
      },
      MaxResults: {
        kind: 'pageSize',
        entries: [{ name: 'actionConnectors', path: 'first', request: field(`actionConnectors(awsAccountId: "${SEED.accountId}", first: $v) { nodes { arn } }`, 'Int') }],
      },
      NextToken: { kind: 'token' },
    },
  },
  securityhub: {
    GetConnectorV2: {
      ConnectorId: {
        kind: 'string',
        valid: connectorId,
        entries: [
          { name: 'connectorV2', path: 'connectorId', request: field('connectorV2(connectorId: $v) { connectorId }') },
          { name: '_entities', path: 'connectorId', request: entity((v) => ({ __typename: 'ConnectorV2', connectorId: v })) },
        ],
      },
    },
    ListConnectorsV2: {
      MaxResults: {
        kind: 'pageSize',
        entries: [{ name: 'connectorsV2', path: 'first', request: field('connectorsV2(first: $v) { nodes { connectorId } }', 'Int') }],
      },
      NextToken: { kind: 'token' },
      ProviderName: { kind: 'enum' },
      ConnectorStatus: { kind: 'enum' },
      EnablementStatus: { kind: 'enum' },
    },
  },
};

/** The input shape of each member, from the model. */
function memberShape(service: keyof typeof MODELS, operation: string, member: string): BotocoreShape {
  const m = MODELS[service];
  const input = m.shapes[m.operations[operation]?.input.shape ?? ''];
  const ref = input?.members?.[member];
  const shape = ref === undefined ? undefined : m.shapes[ref.shape];
  if (shape === undefined) throw new Error(`${service}.${operation}.${member} is not in the model`);
  return shape;
}

/** botocore writes Smithy patterns unanchored; AWS matches the whole value, as the gateway does. */
const fullMatch = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

/** Values that break each constraint the model gives `shape`, built from a valid sample. */
function violations(shape: BotocoreShape, valid: string): Array<[string, string]> {
  const cases: Array<[string, string]> = [];
  const min = shape.min ?? 0;
  if (min > 0) cases.push([`shorter than ${min}`, valid.slice(0, min - 1)]);
  if (shape.max !== undefined) cases.push([`longer than ${shape.max}`, valid.padEnd(shape.max + 1, valid[valid.length - 1])]);
  if (shape.pattern !== undefined) {
    const pattern = fullMatch(shape.pattern);
    const length = Math.max(min, 1);
    const candidates = [
      ...['/', '!', ' ', '.', 'Z', 'g', '\u00e9'].map((c) => valid.slice(0, Math.floor(valid.length / 2)) + c + valid.slice(Math.floor(valid.length / 2) + 1)),
      ' '.repeat(length),
      '\t'.repeat(length),
    ];
    const offPattern = candidates.find(
      (value) => !pattern.test(value) && [...value].length >= min && (shape.max === undefined || [...value].length <= shape.max),
    );
    if (offPattern === undefined) throw new Error(`could not build a value off the pattern ${shape.pattern}`);
    cases.push([`off the pattern ${shape.pattern}`, offPattern]);
  }
  return cases;
}

/** Values no model allows into a URL path, whatever its pattern says. */
const HOSTILE: Array<[string, string]> = [
  ['a parent-directory path', '../../administrator'],
  ['a slash', 'a/b'],
  ['a dot segment', '..'],
  ['a control character', 'abc\u0000def'],
  ['a lone surrogate', 'abc\ud800def'],
  ['a backslash', 'a\\b'],
  ['100,000 characters', 'a'.repeat(100_000)],
];

const gw = useTestGateway();

interface Refusal {
  body: GraphQLResponse['body'];
  status: number;
}

async function send(entry: EntryPoint, value: unknown): Promise<Refusal> {
  const { query, variables } = entry.request(value);
  return gw.gql(query, variables);
}

function expectRefused(response: Refusal, path: string): void {
  expect(response.status).toBe(200);
  const error = response.body.errors?.find((e) => e.extensions?.code === 'VALIDATION_FAILED');
  expect(error, JSON.stringify(response.body)).toBeDefined();
  expect(error?.extensions?.aws).toBeUndefined();
  const paths = (error?.extensions?.fieldErrors as Array<{ path: string }> | undefined)?.map((f) => f.path);
  expect(paths).toContain(path);
  expect(gw.emulator.calls.count()).toBe(0);
}

const bound = Object.entries(BINDINGS).flatMap(([service, operations]) =>
  Object.entries(operations).flatMap(([operation, members]) =>
    Object.entries(members).map(([member, binding]) => ({ service: service as keyof typeof MODELS, operation, member, binding })),
  ),
);

describe('read arguments against the newest AWS model', () => {
  it('binds every input member of every read operation in the model', () => {
    for (const [service, operations] of Object.entries(BINDINGS)) {
      for (const [operation, members] of Object.entries(operations)) {
        const m = MODELS[service as keyof typeof MODELS];
        const input = m.shapes[m.operations[operation]?.input.shape ?? ''];
        expect(Object.keys(input?.members ?? {}).sort(), `${service}.${operation}`).toEqual(Object.keys(members).sort());
      }
    }
  });

  const stringCases = bound.flatMap(({ service, operation, member, binding }) => {
    if (binding.kind !== 'string') return [];
    const shape = memberShape(service, operation, member);
    return binding.entries.flatMap((entry) =>
      [...violations(shape, binding.valid), ...HOSTILE].map(([what, value]) => ({
        title: `${operation}.${member} via ${entry.name}: ${what}`,
        entry,
        value,
      })),
    );
  });

  it.each(stringCases)('refuses $title before any AWS call', async ({ entry, value }) => {
    expectRefused(await send(entry, value), entry.path);
  });

  const validCases = bound.flatMap(({ operation, member, binding }) =>
    binding.kind === 'string' ? binding.entries.map((entry) => ({ title: `${operation}.${member} via ${entry.name}`, entry, value: binding.valid })) : [],
  );

  it.each(validCases)('passes a valid $title on to AWS', async ({ entry, value }) => {
    const { body } = await send(entry, value);
    expect(body.errors?.filter((e) => e.extensions?.code === 'VALIDATION_FAILED') ?? []).toEqual([]);
    expect(gw.emulator.calls.count()).toBeGreaterThan(0);
  });

  const pageCases = bound.flatMap(({ service, operation, member, binding }) => {
    if (binding.kind !== 'pageSize') return [];
    const shape = memberShape(service, operation, member);
    return binding.entries.map((entry) => ({ title: `${operation}.${member} via ${entry.name}`, entry, min: shape.min ?? 1, max: shape.max ?? 1 }));
  });

  it.each(pageCases)('checks $title against the model range', async ({ entry, min, max }) => {
    expectRefused(await send(entry, max + 1), entry.path);
    expectRefused(await send(entry, min - 1), entry.path);
    const { body } = await send(entry, max);
    expect(body.errors ?? []).toEqual([]);
    expect(gw.emulator.calls.count()).toBe(1);
  });

  it('reads a connector V2 named by its ARN by the id it holds, not by a path with slashes', async () => {
    const arn = `arn:aws:securityhub:us-east-1:${SEED.accountId}:connectorv2/${connectorId}`;
    const { body } = await gw.gql<{ connectorV2: { connectorId: string } }>('query($v: ID!) { connectorV2(connectorId: $v) { connectorId } }', { v: arn });
    expect(body.data?.connectorV2.connectorId).toBe(connectorId);
    expect(gw.emulator.calls.list().map((call) => [call.operation, call.params])).toEqual([['GetConnectorV2', { ConnectorId: connectorId }]]);
  });
});
