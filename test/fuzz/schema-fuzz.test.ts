/**
 * A schema-aware fuzz of the whole HTTP surface: seeded and reproducible (FUZZ_SEED, FUZZ_REQUESTS), bounded
 * (document depth and size are capped; the fragment-chain depth problem is another issue's), run against the real
 * gateway and emulator in-process. It generates documents and variable sets for every query field, the mutation and
 * `_entities` from the schema itself: valid arguments, wrong types, hostile strings (path traversal, control
 * characters, lone surrogates, huge values), broken @oneOf inputs, forged cursors, broken documents, broken bodies
 * and APQ extensions, all carrying a marker string. It asserts:
 *   - no response is a 5xx, no error has code INTERNAL_SERVER_ERROR, every answer is JSON;
 *   - no AWS call carried a value the gateway must refuse itself (every recorded call's ids pass the model's rules)
 *     and AWS refused no call as invalid (no 400 from the emulator);
 *   - the marker never appears in a log line, on stdout or on stderr.
 */
import { Agent, request } from 'node:http';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType } from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { SEED } from '../../src/emulator/index.js';
import { createSchema } from '../../src/schema.js';
import { useTestGateway } from '../support/gateway.js';

const SEED_VALUE = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 16;
const MARKER = 'FUZZMARKER-b7e1d2';
const MAX_DEPTH = 3;

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(readonly rnd: () => number) {}
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

const plugins = Object.values(SEED.qbusiness.plugins);
const actionConnectorIds = Object.values(SEED.quicksight.actionConnectors);
const connectorIds = Object.values(SEED.securityhub.connectors);

const HOSTILE = [
  '../../administrator',
  '..',
  '.',
  'a/b',
  '%2e%2e%2fadmin',
  'a\\b',
  'abc\u0000def',
  'line\r\nX-Injected: 1',
  '\ud800',
  'x\udfff',
  '\u202e\u0000',
  ' ',
  '',
  'a'.repeat(5000),
  `${MARKER}/${MARKER}`,
  `arn:aws:securityhub:us-east-1:123456789012:connectorv2/../../${MARKER}`,
  `arn:aws:qbusiness:us-east-1:123456789012:application/${SEED.qbusiness.applicationIds[0]}/plugin/..`,
  '{"$ne":null}',
  "'; DROP TABLE x; --",
  '${jndi:ldap://x}',
  '\u{1F600}'.repeat(40),
];

function validString(g: Gen, name: string): string {
  switch (name) {
    case 'applicationId':
      return g.pick(SEED.qbusiness.applicationIds);
    case 'pluginId':
      return g.pick(plugins).pluginId;
    case 'awsAccountId':
      return SEED.accountId;
    case 'actionConnectorId':
      return g.pick(actionConnectorIds);
    case 'connectorId':
      return g.pick(connectorIds);
    case 'displayName':
      return `fuzz-${g.int(1e9)}`;
    case 'serverUrl':
    case 'tokenUrl':
    case 'authorizationUrl':
      return `https://example.com/${MARKER}`;
    case 'secretArn':
    case 'roleArn':
      return `arn:aws:iam::123456789012:role/${MARKER}`;
    case 'pluginArn': {
      const plugin = g.pick(plugins);
      return `arn:aws:qbusiness:us-east-1:123456789012:application/${plugin.applicationId}/plugin/${plugin.pluginId}`;
    }
    case 'arn':
      return `arn:aws:quicksight:us-east-1:123456789012:action-connector/${g.pick(actionConnectorIds)}`;
    case 'connectorArn':
      return `arn:aws:securityhub:us-east-1:123456789012:connectorv2/${g.pick(connectorIds)}`;
    default:
      return `${MARKER}-${g.int(1e6)}`;
  }
}

function randomString(g: Gen): string {
  const length = g.pick([0, 1, 2, 8, 36, 37, 100, 513, 1025]);
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(g.chance(0.9) ? 32 + g.int(95) : g.int(0xffff));
  return text;
}

function stringValue(g: Gen, name: string): string {
  const roll = g.rnd();
  if (roll < 0.3) return validString(g, name);
  if (roll < 0.7) return g.pick(HOSTILE);
  if (roll < 0.88) return randomString(g);
  return `${validString(g, name)}${g.pick(['/', '\u0000', '\ud800', '..', MARKER])}`;
}

function wrongType(g: Gen): unknown {
  return g.pick([0, -1, 1.5, 2 ** 31, 1e300, true, [], [MARKER], { secret: MARKER }, 'x', MARKER]);
}

/** A JS value for `type`: often right, sometimes wrong on purpose. `name` is the field or argument it is for. */
function value(g: Gen, type: GraphQLInputType, name: string, depth: number): unknown {
  if (isNonNullType(type)) return g.chance(0.03) ? null : value(g, type.ofType, name, depth);
  if (g.chance(0.06)) return null;
  if (g.chance(0.05)) return wrongType(g);
  if (isListType(type)) {
    const length = g.chance(0.05) ? 25 : g.int(4);
    return Array.from({ length }, () => value(g, type.ofType, name, depth + 1));
  }
  if (isEnumType(type)) return g.chance(0.9) ? g.pick(type.getValues()).name : g.pick(['NOPE', MARKER, 'unrecognized']);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const object: Record<string, unknown> = {};
    if (type.isOneOf) {
      const count = g.chance(0.8) ? 1 : g.pick([0, 2]);
      for (let i = 0; i < count; i++) {
        const field = g.pick(fields);
        object[field.name] = depth > MAX_DEPTH ? null : value(g, field.type, field.name, depth + 1);
      }
    } else {
      for (const field of fields) {
        if (isNonNullType(field.type) || g.chance(0.5)) object[field.name] = depth > MAX_DEPTH ? null : value(g, field.type, field.name, depth + 1);
      }
    }
    if (g.chance(0.04)) object[g.pick(['unknownField', MARKER])] = MARKER;
    return object;
  }
  switch (type.name) {
    case 'Int':
      // Small pages keep the run fast; the page-size bounds themselves are tested against the model elsewhere.
      return g.pick([0, 1, 2, 3, 5, 51, 101, -1, 2 ** 31, 1.5]);
    case 'Boolean':
      return g.chance(0.9) ? g.chance(0.5) : 'true';
    case 'DateTime':
      return g.pick(['2026-03-02T10:15:30.000Z', MARKER, '2026-13-45T99:99:99Z']);
    case '_Any':
      return representation(g);
    case 'String':
      if (name === 'after') return cursor(g);
      return stringValue(g, name);
    default:
      return stringValue(g, name);
  }
}

function representation(g: Gen): unknown {
  const typename = g.pick(['Plugin', 'ActionConnector', 'ConnectorV2', 'Query', MARKER, undefined]);
  const keys: Record<string, string[]> = {
    Plugin: ['applicationId', 'pluginId', 'pluginArn'],
    ActionConnector: ['awsAccountId', 'actionConnectorId', 'arn'],
    ConnectorV2: ['connectorId', 'connectorArn'],
  };
  const object: Record<string, unknown> = typename === undefined ? {} : { __typename: typename };
  for (const key of keys[typename ?? ''] ?? ['id']) {
    if (g.chance(0.7)) object[key] = g.chance(0.9) ? stringValue(g, key) : wrongType(g);
  }
  return g.chance(0.05) ? wrongType(g) : object;
}

function cursor(g: Gen): string {
  return g.pick([
    Buffer.from(JSON.stringify({ v: 1, l: 'x', p: { t: MARKER, o: 0 } })).toString('base64url'),
    Buffer.from(JSON.stringify({ v: 2, l: 'x', p: { t: null, o: 1e300 } })).toString('base64url') + '.AAAA',
    `${MARKER}.${MARKER}`,
    '.',
    '',
    randomString(g),
  ]);
}

/** A GraphQL literal for a JS value (enum-typed values bare when they are names). */
function literal(v: unknown, type: GraphQLInputType | undefined): string {
  if (v === null || v === undefined) return 'null';
  const named = type === undefined ? undefined : getNamedType(type);
  if (typeof v === 'string') return named !== undefined && isEnumType(named) && /^[_A-Za-z]\w*$/.test(v) ? v : JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = type === undefined ? undefined : isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(v)) return `[${v.map((item) => literal(item, inner !== undefined && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = named !== undefined && isInputObjectType(named) ? named.getFields() : {};
  const entries = Object.entries(v as Record<string, unknown>).filter(([key]) => /^[_A-Za-z]\w*$/.test(key));
  return `{${entries.map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`).join(', ')}}`;
}

function selection(g: Gen, schema: GraphQLSchema, type: GraphQLOutputType, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return g.chance(0.02) ? ' { __typename }' : '';
  if (depth >= MAX_DEPTH) return ' { __typename }';
  const parts: string[] = [];
  if (isObjectType(named) || isInterfaceType(named)) {
    const fields = Object.values(named.getFields()) as Array<GraphQLField<unknown, unknown>>;
    const count = 1 + g.int(3);
    for (let i = 0; i < count; i++) {
      const field = g.pick(fields);
      parts.push(`${g.chance(0.1) ? `a${i}: ` : ''}${field.name}${selection(g, schema, field.type, depth + 1)}`);
    }
    if (g.chance(0.05)) parts.push(g.pick(['nope', MARKER.replace(/-/g, '_')]));
  }
  if (isUnionType(named) || isInterfaceType(named)) {
    parts.push('__typename');
    for (const possible of schema.getPossibleTypes(named)) {
      if (g.chance(0.4)) parts.push(`... on ${possible.name}${selection(g, schema, possible, depth + 1)}`);
    }
  }
  return ` { ${parts.join(' ')} }`;
}

interface Case {
  body: string;
  headers: Record<string, string>;
}

function operation(g: Gen, schema: GraphQLSchema): Case {
  const mutation = g.chance(0.15);
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (root === undefined || root === null) throw new Error('schema without root type');
  const field = g.pick(Object.values(root.getFields()).filter((f) => f.name !== '_service' || g.chance(0.2))) as GraphQLField<unknown, unknown>;
  const useVariables = g.chance(0.7);
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const args = field.args
    .filter((arg: GraphQLArgument) => isNonNullType(arg.type) || g.chance(0.6))
    .map((arg: GraphQLArgument) => {
      const v = value(g, arg.type, arg.name, 0);
      if (useVariables) {
        const declared = g.chance(0.05) ? 'String' : String(arg.type);
        definitions.push(`$${arg.name}: ${declared}`);
        if (v !== undefined && !(g.chance(0.03))) variables[arg.name] = v;
        return `${arg.name}: $${arg.name}`;
      }
      return `${arg.name}: ${literal(v, arg.type)}`;
    });
  let query = `${mutation ? 'mutation' : 'query'} Fuzz${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection(g, schema, field.type, 1)} }`;
  if (g.chance(0.04)) {
    // A broken document: a character dropped or garbage inserted.
    const at = g.int(query.length);
    query = g.chance(0.5) ? query.slice(0, at) + query.slice(at + 1) : `${query.slice(0, at)}${g.pick(['"', '{', MARKER, '\ud800', '$'])}${query.slice(at)}`;
  }
  const payload: Record<string, unknown> = { query, variables };
  if (g.chance(0.03)) payload.operationName = g.pick(['Other', MARKER, 5]);
  return { body: JSON.stringify(payload), headers: {} };
}

/** Broken requests: bodies, APQ extensions and headers. */
function broken(g: Gen): Case {
  const query = '{ __typename }';
  return g.pick<() => Case>([
    () => ({ body: `{"query": "${MARKER}`, headers: {} }),
    () => ({ body: `${MARKER}`, headers: {} }),
    () => ({ body: '[]', headers: {} }),
    () => ({ body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: MARKER } } }), headers: {} }),
    () => ({ body: JSON.stringify({ extensions: { persistedQuery: g.pick([5, MARKER, { version: 2 }, { version: 1, sha256Hash: 5 }, null]) } }), headers: {} }),
    () => ({ body: JSON.stringify({ query: g.pick([5, null, [], { a: MARKER }]) }), headers: {} }),
    () => ({ body: JSON.stringify({ query, variables: MARKER }), headers: {} }),
    () => ({ body: JSON.stringify({ query, extensions: MARKER }), headers: {} }),
    () => ({ body: JSON.stringify({ query }), headers: { 'content-type': `application/json; charset=${MARKER}` } }),
    () => ({ body: JSON.stringify({ query }), headers: { 'content-encoding': MARKER } }),
    () => ({ body: JSON.stringify({ query }), headers: { accept: MARKER, 'x-marker': MARKER, 'apollo-require-preflight': MARKER } }),
    () => ({ body: JSON.stringify({ query }), headers: { authorization: `Bearer ${MARKER}`, cookie: `s=${MARKER}` } }),
  ])();
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: string, c: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(c.body, 'utf8');
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, ...c.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What the model allows in each recorded AWS call parameter (the emulator records them by AWS member name). */
const MODEL_RULES: Record<string, (value: string) => boolean> = {
  applicationId: (v) => /^[a-zA-Z0-9][a-zA-Z0-9-]{35}$/.test(v),
  pluginId: (v) => /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/.test(v),
  AwsAccountId: (v) => /^[0-9]{12}$/.test(v),
  ActionConnectorId: (v) => /^[\w-]{1,512}$/.test(v),
  // eslint-disable-next-line no-control-regex -- control characters are what this rule looks for
  ConnectorId: (v) => /\S/.test(v) && !/[/\\\u0000-\u001f\u007f-\u009f]/.test(v) && v !== '.' && v !== '..' && v.length <= 1024 && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v),
};

const gw = useTestGateway({ production: true, emulator: { buildDelayMs: 0 } });
const captured: string[] = [];
const originals = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };

beforeAll(() => {
  for (const stream of ['stdout', 'stderr'] as const) {
    process[stream].write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return (originals[stream] as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  }
});
afterAll(() => {
  process.stdout.write = originals.stdout;
  process.stderr.write = originals.stderr;
  agent.destroy();
});

describe(`schema-aware fuzz (seed ${SEED_VALUE}, ${REQUESTS} requests)`, () => {
  it('answers every generated request without a 5xx, an internal error, an unchecked AWS call or a leaked marker', async () => {
    const schema = createSchema({ logger: pino({ level: 'silent' }), federation: { maxRepresentations: 100, entityConcurrency: 10 } });
    const g = new Gen(prng(SEED_VALUE));
    const cases = Array.from({ length: REQUESTS }, () => (g.chance(0.08) ? broken(g) : operation(g, schema)));
    const failures: string[] = [];
    const fields = new Set<string>();
    const timing = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        const c = cases[index] as Case;
        const started = performance.now();
        const answer = await post(gw.url, c);
        const problems: string[] = [];
        if (answer.status >= 500) problems.push(`status ${answer.status}`);
        if (!answer.contentType.startsWith('application/json') && !answer.contentType.startsWith('application/graphql-response+json')) {
          problems.push(`content-type ${answer.contentType}`);
        }
        let errors: Array<{ message?: string; extensions?: Record<string, unknown> }> = [];
        try {
          errors = (JSON.parse(answer.text) as { errors?: typeof errors }).errors ?? [];
        } catch {
          problems.push('not JSON');
        }
        if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
        // Messages of AWS errors quote the (valid) id AWS looked up, and createPlugin errors return the caller's own
        // clientToken; no other error may carry anything the client sent.
        const ownErrors = errors
          .filter((error) => error.extensions?.aws === undefined)
          .map((error) => ({ ...error, extensions: { ...error.extensions, clientToken: undefined } }));
        if (JSON.stringify(ownErrors).includes(MARKER)) problems.push('marker in an error');
        const took = performance.now() - started;
        const key = /\{ (\w+)/.exec(c.body)?.[1] ?? 'broken';
        timing.set(key, (timing.get(key) ?? 0) + took);
        if (problems.length > 0 && failures.length < 10) failures.push(`#${index} ${problems.join(', ')}: ${c.body.slice(0, 300)} -> ${answer.text.slice(0, 300)}`);
        const root = /\{ (\w+)/.exec(c.body)?.[1];
        if (root !== undefined) fields.add(root);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (process.env.FUZZ_TIMING !== undefined) console.log([...timing].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join('\n'));
    expect(failures, `FUZZ_SEED=${SEED_VALUE}`).toEqual([]);

    // Every root field and the mutation were exercised.
    const roots = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})];
    expect(roots.filter((name) => !fields.has(name))).toEqual([]);

    // No AWS call carried a value the gateway must refuse itself, and AWS refused none as invalid.
    const calls = gw.emulator.calls.list();
    expect(calls.length).toBeGreaterThan(100);
    const unchecked = calls.filter((call) =>
      Object.entries(call.params).some(([name, param]) => MODEL_RULES[name] !== undefined && !(MODEL_RULES[name] as (v: string) => boolean)(param)),
    );
    expect(unchecked.slice(0, 5)).toEqual([]);
    expect(calls.filter((call) => call.status === 400).slice(0, 5)).toEqual([]);

    // The marker reached no log line and nothing on stdout or stderr.
    // (The harness's own 'emulator request' lines describe the AWS side's traffic, not the gateway's logging.)
    // The one documented exception: a createPlugin the gateway accepted is audited with its clientToken (the client's
    // idempotency key, which the audit line exists to record); a refused one is audited without input values.
    const gatewayLines = gw.logs
      .filter((line) => line.msg !== 'emulator request')
      .map((line) => (line.audit === true && line.outcome !== 'VALIDATION_FAILED' ? { ...line, clientToken: '(audited)' } : line));
    expect(gatewayLines.filter((line) => JSON.stringify(line).includes(MARKER)).slice(0, 3)).toEqual([]);
    expect(captured.filter((chunk) => chunk.includes(MARKER)).slice(0, 3)).toEqual([]);
  }, 240_000);
});
