/**
 * Checks the SDL in `schema/` against the newest AWS models: every member of every
 * structure reachable from the three resource shapes has a field of the right name,
 * type and nullability; enums and unions match the model exactly (plus the gateway's
 * `UNRECOGNIZED` value and `<Union>Unknown` member); everything is described.
 *
 * Models: botocore `service-2.json` (newest) from `../shared/aws-models/botocore`.
 * Botocore drops Smithy's `@clientOptional`, so that trait is read from the Smithy
 * snapshot beside it; for members newer than the snapshot the service's own
 * convention is used (Security Hub: every required member except URI labels is
 * client-optional; Q Business and QuickSight: none is).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
  validateSchema,
  visit,
} from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/typeDefs.js';

// ---------------------------------------------------------------------------
// Model files

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const modelsDir = path.resolve(repoRoot, '..', 'shared', 'aws-models');
/**
 * The models live beside the repository, not in it. Without them these tests report themselves skipped with the
 * reason, except in CI (CI set), where their absence fails the run.
 */
const modelsAvailable = existsSync(modelsDir);
const MISSING_MODELS = `skipped: the AWS models are not at ${modelsDir} (see ../shared/aws-models/SOURCE.md); CI fails instead`;
if (!modelsAvailable && process.env.CI) {
  throw new Error(`The AWS models are missing at ${modelsDir}: the model-coverage tests need ../shared/aws-models.`);
}
if (!modelsAvailable) console.warn(`model-coverage: ${MISSING_MODELS}`);
/** `describe` when the models are there, else a skipped block whose name says why. */
const describeWithModels = (name: string, body: () => void) =>
  modelsAvailable ? describe(name, body) : describe.skip(`${name} (${MISSING_MODELS})`, body);

interface ShapeRef {
  shape: string;
}

interface BotocoreShape {
  type: string;
  members?: Record<string, ShapeRef>;
  required?: string[];
  union?: boolean;
  enum?: string[];
  member?: ShapeRef;
}

interface SmithyMember {
  target: string;
  traits?: Record<string, unknown>;
}

interface SmithyShape {
  type: string;
  members?: Record<string, SmithyMember>;
}

type ServiceName = 'qbusiness' | 'quicksight' | 'securityhub';

const SERVICE_VERSIONS: Record<ServiceName, string> = {
  qbusiness: '2023-11-27',
  quicksight: '2018-04-01',
  securityhub: '2018-10-26',
};

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) {
    throw new Error(
      `${what} not found at ${file}. The model-coverage test expects the shared AWS models ` +
        `in ../shared/aws-models next to the repository (see ../shared/aws-models/SOURCE.md).`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function shapesOf(json: unknown, file: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || !('shapes' in json)) {
    throw new Error(`${file} has no "shapes" object`);
  }
  const shapes = (json as { shapes: unknown }).shapes;
  if (typeof shapes !== 'object' || shapes === null) throw new Error(`${file} has no "shapes" object`);
  return shapes as Record<string, unknown>;
}

/** One service's newest model plus what is needed to decide `@clientOptional`. */
class ServiceModel {
  readonly shapes: Record<string, BotocoreShape>;
  private readonly smithy: Map<string, SmithyShape>;
  /** What the Smithy snapshot does for required members that are not URI labels. */
  private readonly clientOptionalConvention: 'all' | 'none';

  constructor(readonly service: ServiceName) {
    const version = SERVICE_VERSIONS[service];
    const botocoreFile = path.join(modelsDir, 'botocore', service, version, 'service-2.json');
    this.shapes = shapesOf(readJson(botocoreFile, `botocore model for ${service}`), botocoreFile) as Record<
      string,
      BotocoreShape
    >;

    const smithyFile = path.join(modelsDir, `${service}-${version}.json`);
    const smithyShapes = shapesOf(readJson(smithyFile, `Smithy model for ${service}`), smithyFile);
    this.smithy = new Map();
    let optional = 0;
    let notOptional = 0;
    for (const [id, shape] of Object.entries(smithyShapes as Record<string, SmithyShape>)) {
      const name = id.slice(id.indexOf('#') + 1);
      this.smithy.set(name, shape);
      for (const member of Object.values(shape.members ?? {})) {
        const traits = member.traits ?? {};
        if (!('smithy.api#required' in traits) || 'smithy.api#httpLabel' in traits) continue;
        if ('smithy.api#clientOptional' in traits) optional += 1;
        else notOptional += 1;
      }
    }
    if (optional > 0 && notOptional > 0) {
      throw new Error(`${service}: Smithy snapshot mixes @clientOptional conventions; decide per member`);
    }
    this.clientOptionalConvention = optional > 0 ? 'all' : 'none';
  }

  shape(name: string): BotocoreShape {
    const shape = this.shapes[name];
    if (!shape) throw new Error(`${this.service}: shape ${name} missing from the botocore model`);
    return shape;
  }

  isClientOptional(structure: string, member: string): boolean {
    const smithyMember = this.smithy.get(structure)?.members?.[member];
    if (smithyMember) return 'smithy.api#clientOptional' in (smithyMember.traits ?? {});
    return this.clientOptionalConvention === 'all';
  }

  /** Rule 5 before identifier overrides: required and not client-optional. */
  isNonNull(structure: string, member: string): boolean {
    const required = this.shape(structure).required ?? [];
    return required.includes(member) && !this.isClientOptional(structure, member);
  }
}

// ---------------------------------------------------------------------------
// Naming rules

/** Rule 2: AWS member name to GraphQL field name, lowering a leading acronym as a whole. */
function fieldName(member: string): string {
  const run = /^[A-Z]+/.exec(member)?.[0];
  if (run === undefined) return member;
  if (run.length === member.length) return member.toLowerCase();
  if (run.length === 1) return run.toLowerCase() + member.slice(1);
  const next = member.charAt(run.length);
  // `AWSConfig`: the last capital of the run starts the next word.
  if (/[a-z]/.test(next)) return run.slice(0, -1).toLowerCase() + member.slice(run.length - 1);
  return run.toLowerCase() + member.slice(run.length);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const UNRECOGNIZED = 'UNRECOGNIZED';

/** Empty string when both hold the same names; otherwise what is missing and what is extra. */
function setDiff(actual: string[], expected: string[]): string {
  const missing = expected.filter((name) => !actual.includes(name));
  const extra = actual.filter((name) => !expected.includes(name));
  const parts = [];
  if (missing.length > 0) parts.push(`missing ${missing.join(', ')}`);
  if (extra.length > 0) parts.push(`unexpected ${extra.join(', ')}`);
  if (parts.length === 0 && actual.length !== expected.length) parts.push('duplicate names');
  return parts.join('; ');
}

interface Root {
  service: ServiceName;
  /** Query field that returns the resource. */
  queryField: string;
  /** The operation's input shape: its required members are the query arguments. */
  inputShape: string;
  /** The AWS shape the resource type models. */
  shape: string;
  /** Rule 1 exception: the resource is named for the resource. */
  typeName: string;
  /** AWS members of `shape` that are the identifiers the query was called with: `ID!`. */
  idMembers: string[];
  /** Fields with no AWS member, with their printed type. */
  extraFields: Record<string, string>;
}

/** Fields of `interface Integration` each resource type adds, beyond its AWS members (printed types). */
const INTEGRATION_FIELDS: Record<string, string> = {
  id: 'ID!',
  arn: 'String',
  name: 'String',
  awsService: 'AwsService!',
  provider: 'IntegrationProvider!',
  authKind: 'IntegrationAuthKind!',
  normalizedStatus: 'IntegrationStatus!',
  createdAt: 'DateTime',
  updatedAt: 'DateTime',
};

function pick(from: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, from[key] ?? '?']));
}

const ROOTS: Root[] = [
  {
    service: 'qbusiness',
    queryField: 'plugin',
    inputShape: 'GetPluginRequest',
    shape: 'GetPluginResponse',
    typeName: 'Plugin',
    idMembers: ['applicationId', 'pluginId'],
    extraFields: pick(INTEGRATION_FIELDS, ['id', 'arn', 'name', 'awsService', 'provider', 'authKind', 'normalizedStatus']),
  },
  {
    service: 'quicksight',
    queryField: 'actionConnector',
    inputShape: 'DescribeActionConnectorRequest',
    shape: 'ActionConnector',
    typeName: 'ActionConnector',
    idMembers: ['ActionConnectorId'],
    extraFields: {
      awsAccountId: 'ID!',
      ...pick(INTEGRATION_FIELDS, ['id', 'awsService', 'provider', 'authKind', 'normalizedStatus', 'createdAt', 'updatedAt']),
    },
  },
  {
    service: 'securityhub',
    queryField: 'connectorV2',
    inputShape: 'GetConnectorV2Request',
    shape: 'GetConnectorV2Response',
    typeName: 'ConnectorV2',
    idMembers: ['ConnectorId'],
    extraFields: pick(INTEGRATION_FIELDS, ['id', 'arn', 'awsService', 'provider', 'authKind', 'normalizedStatus', 'updatedAt']),
  },
];

/** Fields given to AWS structures that have no members (GraphQL object types need one). */
const PLACEHOLDER_FIELDS: Record<string, Record<string, string>> = {
  NoAuthConfiguration: { authenticationRequired: 'Boolean!' },
};

const SCALARS: Record<string, string> = {
  string: 'String',
  timestamp: 'DateTime',
  boolean: 'Boolean',
  integer: 'Int',
  long: 'Int',
  float: 'Float',
  double: 'Float',
};

const ERROR_CODES = [
  'ACCESS_DENIED',
  'CONFLICT',
  'RESOURCE_NOT_FOUND',
  'SERVICE_QUOTA_EXCEEDED',
  'THROTTLED',
  'VALIDATION_FAILED',
  'AWS_INTERNAL_ERROR',
  'AWS_ERROR',
  'UPSTREAM_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
];

/** Types that model no AWS shape. */
const GATEWAY_TYPES = [
  'Query',
  'Mutation',
  'DateTime',
  'ErrorCode',
  'UnknownUnionMember',
  'PageInfo',
  // The cross-service view (schema/inventory.graphql), checked in its own describe block.
  'Integration',
  'AwsService',
  'IntegrationProvider',
  'IntegrationAuthKind',
  'IntegrationStatus',
  'IntegrationConnection',
  'IntegrationEdge',
  'IntegrationSource',
];


// ---------------------------------------------------------------------------
// The checker: returns problems as readable strings, so one run lists them all.

interface CoverageReport {
  fields: string[];
  enums: string[];
  unions: string[];
  naming: string[];
  /** GraphQL type name -> `service#AwsShape` (or a note for types without a shape). */
  covered: Map<string, string>;
}

function checkCoverage(schema: GraphQLSchema, models: Record<ServiceName, ServiceModel>): CoverageReport {
  const report: CoverageReport = { fields: [], enums: [], unions: [], naming: [], covered: new Map() };

  /** Records gqlName as modelling `origin`; returns false if it was already checked. */
  function claim(gqlName: string, origin: string): boolean {
    const previous = report.covered.get(gqlName);
    if (previous === undefined) {
      report.covered.set(gqlName, origin);
      return true;
    }
    if (previous !== origin) report.naming.push(`${gqlName} models both ${previous} and ${origin}`);
    return false;
  }

  function checkFields(where: string, typeName: string, expected: Record<string, string>): void {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      report.fields.push(`${where}: expected object type ${typeName}, found ${type ? type.toString() : 'nothing'}`);
      return;
    }
    const actual = type.getFields();
    for (const [name, printed] of Object.entries(expected)) {
      const field = actual[name];
      if (!field) report.fields.push(`${typeName}.${name}: missing (expected ${printed})`);
      else if (field.type.toString() !== printed) {
        report.fields.push(`${typeName}.${name}: type ${field.type.toString()}, expected ${printed}`);
      }
    }
    for (const name of Object.keys(actual)) {
      if (!(name in expected)) report.fields.push(`${typeName}.${name}: no such AWS member`);
    }
  }

  /** Printed GraphQL type (without the outer `!`) for a member targeting `target`; visits nested types. */
  function typeFor(model: ServiceModel, target: string, unionHint: string): string {
    const shape = model.shape(target);
    if (shape.type === 'string' && shape.enum) {
      visitEnum(model, target);
      return target;
    }
    const scalar = SCALARS[shape.type];
    if (scalar !== undefined) return scalar;
    if (shape.type === 'structure') {
      if (shape.union) visitUnion(model, target);
      else visitStructure(model, target, target, [], {});
      return target;
    }
    if (shape.type === 'list' && shape.member) {
      return `[${typeFor(model, shape.member.shape, unionHint)}!]`;
    }
    report.fields.push(`${unionHint}: unsupported AWS shape type ${shape.type} (${target})`);
    return '?';
  }

  function visitStructure(
    model: ServiceModel,
    shapeName: string,
    typeName: string,
    idMembers: string[],
    extraFields: Record<string, string>,
  ): void {
    if (!claim(typeName, `${model.service}#${shapeName}`)) return;
    const members = model.shape(shapeName).members ?? {};
    const expected: Record<string, string> = { ...extraFields };
    if (Object.keys(members).length === 0) {
      const placeholder = PLACEHOLDER_FIELDS[shapeName];
      if (!placeholder) report.fields.push(`${typeName}: AWS structure has no members and no placeholder field is agreed`);
      Object.assign(expected, placeholder);
    }
    for (const [member, ref] of Object.entries(members)) {
      const isId = idMembers.includes(member);
      const base = isId ? 'ID' : typeFor(model, ref.shape, `${typeName}.${fieldName(member)}`);
      const nonNull = isId || model.isNonNull(shapeName, member);
      expected[fieldName(member)] = nonNull ? `${base}!` : base;
    }
    checkFields(`${model.service}#${shapeName}`, typeName, expected);
  }

  function visitEnum(model: ServiceModel, shapeName: string): void {
    if (!claim(shapeName, `${model.service}#${shapeName}`)) return;
    const type = schema.getType(shapeName);
    if (!isEnumType(type)) {
      report.enums.push(`${shapeName}: expected an enum type, found ${type ? type.toString() : 'nothing'}`);
      return;
    }
    const expected = [...(model.shape(shapeName).enum ?? []), UNRECOGNIZED];
    const actual = type.getValues().map((v) => v.name);
    const diff = setDiff(actual, expected);
    if (diff) report.enums.push(`${shapeName}: ${diff}`);
  }

  function visitUnion(model: ServiceModel, shapeName: string): void {
    if (!claim(shapeName, `${model.service}#${shapeName}`)) return;
    const type = schema.getType(shapeName);
    if (!isUnionType(type)) {
      report.unions.push(`${shapeName}: expected a union type, found ${type ? type.toString() : 'nothing'}`);
      return;
    }
    const unknownName = `${shapeName}Unknown`;
    const expected = [unknownName];
    for (const [member, ref] of Object.entries(model.shape(shapeName).members ?? {})) {
      const target = model.shape(ref.shape);
      if (target.type === 'structure' && !target.union) {
        expected.push(ref.shape);
        visitStructure(model, ref.shape, ref.shape, [], {});
      } else {
        // Rule 1: a member that is not a structure gets a wrapper named <Union><Member>.
        const wrapper = `${shapeName}${upperFirst(member)}`;
        expected.push(wrapper);
        if (claim(wrapper, `${model.service}#${shapeName}.${member}`)) {
          const inner = typeFor(model, ref.shape, `${wrapper}.${fieldName(member)}`);
          checkFields(`${model.service}#${shapeName}.${member}`, wrapper, { [fieldName(member)]: `${inner}!` });
        }
      }
    }
    const diff = setDiff(
      type.getTypes().map((t) => t.name),
      expected,
    );
    if (diff) report.unions.push(`${shapeName}: ${diff}`);
    if (claim(unknownName, `${model.service}#${shapeName} (unknown variant)`)) {
      const unknown = schema.getType(unknownName);
      if (!isObjectType(unknown) || !unknown.getInterfaces().some((i) => i.name === 'UnknownUnionMember')) {
        report.unions.push(`${unknownName}: must be an object type implementing UnknownUnionMember`);
      }
      checkFields(`${model.service}#${shapeName} (unknown variant)`, unknownName, { memberName: 'String!' });
    }
  }

  for (const root of ROOTS) {
    const model = models[root.service];
    visitStructure(model, root.shape, root.typeName, root.idMembers, root.extraFields);
  }
  return report;
}

// ---------------------------------------------------------------------------
// Descriptions

function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (d: string | null | undefined): boolean => d === undefined || d === null || d.trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    if (blank(directive.description)) missing.push(`@${directive.name}`);
    for (const arg of directive.args) {
      if (blank(arg.description)) missing.push(`@${directive.name}(${arg.name})`);
    }
  }
  return missing;
}

// ---------------------------------------------------------------------------
// Tests

let models: Record<ServiceName, ServiceModel>;
const typeDefs = loadTypeDefs();
// The federation directives (@link, @key, @shareable) are defined by @apollo/subgraph, not in schema/: skip the SDL
// directive check here; test/federation/ builds and composes the real subgraph schema.
const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
let report: CoverageReport;
let inputReport: ReturnType<typeof checkInputCoverage>;
beforeAll(() => {
  models = {
    qbusiness: new ServiceModel('qbusiness'),
    quicksight: new ServiceModel('quicksight'),
    securityhub: new ServiceModel('securityhub'),
  };
  report = checkCoverage(schema, models);
  inputReport = checkInputCoverage(schema, models);
});

describeWithModels('schema/ against the AWS models', () => {
  it('is a valid GraphQL schema', () => {
    expect(validateSchema(schema).map((e) => e.message)).toEqual([]);
  });

  it('names fields by rule 2', () => {
    expect(
      ['Arn', 'VpcConnectionArn', 'AWSConfigConnectorArn', 'KmsKeyArn', 'ApiKey', 'oAuth2ClientCredentialConfiguration'].map(
        fieldName,
      ),
    ).toEqual(['arn', 'vpcConnectionArn', 'awsConfigConnectorArn', 'kmsKeyArn', 'apiKey', 'oAuth2ClientCredentialConfiguration']);
  });

  it('has one query per resource, taking the identifiers of the AWS request as ID! arguments', () => {
    const query = schema.getQueryType();
    expect(query?.name).toBe('Query');
    const fields = query?.getFields() ?? {};
    expect(Object.keys(fields).sort()).toEqual(
      [...ROOTS.map((r) => r.queryField), ...LIST_QUERIES.map((l) => l.field), 'integrations'].sort(),
    );
    for (const root of ROOTS) {
      const field = fields[root.queryField];
      expect(field?.type.toString(), root.queryField).toBe(root.typeName);
      const input = models[root.service].shape(root.inputShape);
      const expectedArgs = Object.fromEntries(
        Object.keys(input.members ?? {}).map((m) => [fieldName(m), (input.required ?? []).includes(m) ? 'ID!' : 'ID']),
      );
      const actualArgs = Object.fromEntries((field?.args ?? []).map((a) => [a.name, a.type.toString()]));
      expect(actualArgs, root.queryField).toEqual(expectedArgs);
    }
  });

  it('has a field of the right name, kind and nullability for every member of every reachable structure', () => {
    expect(report.fields).toEqual([]);
  });

  it('gives every AWS enum exactly its model values plus UNRECOGNIZED', () => {
    expect(report.enums).toEqual([]);
    const enums = [...report.covered.keys()].filter((name) => isEnumType(schema.getType(name))).sort();
    expect(enums).toEqual(
      [
        'PluginType',
        'PluginBuildStatus',
        'PluginState',
        'APISchemaType',
        'ActionConnectorType',
        'ResourceStatus',
        'ConnectionAuthType',
        'ActionConnectorErrorType',
        'AuthorizationCodeGrantCredentialsSource',
        'ClientCredentialsSource',
        'ConnectorStatus',
        'ConnectorAuthStatus',
        'EnablementStatus',
        'ScopeType',
        'HealthIssueCode',
      ].sort(),
    );
  });

  it('gives every AWS union exactly its members plus <Union>Unknown implementing UnknownUnionMember', () => {
    expect(report.unions).toEqual([]);
    const unknownUnionMember = schema.getType('UnknownUnionMember');
    expect(isInterfaceType(unknownUnionMember)).toBe(true);
    if (isInterfaceType(unknownUnionMember)) {
      expect(Object.fromEntries(Object.values(unknownUnionMember.getFields()).map((f) => [f.name, f.type.toString()]))).toEqual({
        memberName: 'String!',
      });
    }
  });

  it('uses each GraphQL type name for one AWS shape only, and has no types the models do not explain', () => {
    expect(report.naming).toEqual([]);
    const stray = Object.values(schema.getTypeMap())
      .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
      .map((type) => type.name)
      .filter((name) => !report.covered.has(name) && !inputReport.covered.has(name) && !GATEWAY_TYPES.includes(name))
      .filter((name) => !LIST_TYPES.has(name));
    expect(stray).toEqual([]);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });

  it('has a DateTime scalar pointing at its specification', () => {
    const dateTime = schema.getType('DateTime');
    expect(isScalarType(dateTime) && dateTime.specifiedByURL).toBe('https://scalars.graphql.org/chillicream/date-time.html');
  });

  it('lists exactly the ten error codes in ErrorCode', () => {
    const errorCode = schema.getType('ErrorCode');
    expect(isEnumType(errorCode)).toBe(true);
    if (isEnumType(errorCode)) expect(errorCode.getValues().map((v) => v.name)).toEqual(ERROR_CODES);
  });

  it('detects a missing field (the checker can fail)', () => {
    const withoutArn: DocumentNode = visit(typeDefs, {
      [Kind.OBJECT_TYPE_DEFINITION]: (node) =>
        node.name.value === 'ActionConnector'
          ? { ...node, fields: (node.fields ?? []).filter((f) => f.name.value !== 'arn') }
          : undefined,
    });
    const broken = checkCoverage(buildASTSchema(withoutArn, { assumeValidSDL: true }), models);
    expect(broken.fields).toContain('ActionConnector.arn: missing (expected String!)');
    expect(report.fields).not.toContain('ActionConnector.arn: missing (expected String!)');
  });
});

// ---------------------------------------------------------------------------
// Inputs and mutation payloads: the request side of the AWS operations the gateway writes with.

/**
 * Input rule: an AWS request structure becomes an input object `<Shape>Input` (the operation's request shape is
 * named for the mutation: CreatePluginRequest -> CreatePluginInput), an AWS union becomes a `@oneOf` input
 * `<Union>Input` whose fields are all nullable, an AWS structure without members becomes a `Boolean` one-of member
 * (set to true), a non-structure union member keeps its scalar type. Enums are the output enums.
 */
interface InputRoot {
  service: ServiceName;
  mutationField: string;
  requestShape: string;
  responseShape: string;
  inputName: string;
  payloadName: string;
  /** Payload fields with no AWS response member. */
  payloadExtras: Record<string, string>;
}

const INPUT_ROOTS: InputRoot[] = [
  {
    service: 'qbusiness',
    mutationField: 'createPlugin',
    requestShape: 'CreatePluginRequest',
    responseShape: 'CreatePluginResponse',
    inputName: 'CreatePluginInput',
    payloadName: 'CreatePluginPayload',
    payloadExtras: { clientToken: 'String!', plugin: 'Plugin' },
  },
];

/** Members that are identifiers: `ID` in inputs and payloads. */
const ID_MEMBERS = ['applicationId', 'pluginId'];

function checkInputCoverage(
  schema: GraphQLSchema,
  models: Record<ServiceName, ServiceModel>,
): { problems: string[]; covered: Set<string> } {
  const problems: string[] = [];
  const covered = new Set<string>();

  function compare(typeName: string, expected: Record<string, string>): void {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type)) {
      problems.push(`${typeName}: expected an input object type, found ${type ? type.toString() : 'nothing'}`);
      return;
    }
    const actual = Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, f.type.toString()]));
    if (JSON.stringify(actual, Object.keys(actual).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) {
      problems.push(`${typeName}: fields ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
  }

  function typeFor(model: ServiceModel, target: string, member: string): string {
    if (ID_MEMBERS.includes(member)) return 'ID';
    const shape = model.shape(target);
    if (shape.type === 'string' && shape.enum) return target;
    const scalar = SCALARS[shape.type];
    if (scalar !== undefined) return scalar;
    if (shape.type === 'list' && shape.member) return `[${typeFor(model, shape.member.shape, '')}!]`;
    if (shape.type === 'structure') {
      const name = `${target}Input`;
      if (!covered.has(name)) {
        covered.add(name);
        if (shape.union) visitUnion(model, target, name);
        else visitStructure(model, target, name);
      }
      return name;
    }
    problems.push(`${target}: unsupported AWS shape type ${shape.type}`);
    return '?';
  }

  function visitStructure(model: ServiceModel, shapeName: string, typeName: string): void {
    const shape = model.shape(shapeName);
    const expected: Record<string, string> = {};
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const base = typeFor(model, ref.shape, member);
      expected[fieldName(member)] = (shape.required ?? []).includes(member) ? `${base}!` : base;
    }
    compare(typeName, expected);
  }

  function visitUnion(model: ServiceModel, shapeName: string, typeName: string): void {
    const expected: Record<string, string> = {};
    for (const [member, ref] of Object.entries(model.shape(shapeName).members ?? {})) {
      const target = model.shape(ref.shape);
      const empty = target.type === 'structure' && !target.union && Object.keys(target.members ?? {}).length === 0;
      expected[fieldName(member)] = empty ? 'Boolean' : typeFor(model, ref.shape, member);
    }
    compare(typeName, expected);
    const type = schema.getType(typeName);
    if (isInputObjectType(type) && !type.isOneOf) problems.push(`${typeName}: an AWS union must be a @oneOf input`);
  }

  for (const root of INPUT_ROOTS) {
    covered.add(root.inputName);
    covered.add(root.payloadName);
    visitStructure(models[root.service], root.requestShape, root.inputName);
  }
  return { problems, covered };
}


describeWithModels('inputs and payloads against the AWS request and response shapes', () => {
  it('has an input field of the right type and nullability for every request member, unions as @oneOf', () => {
    expect(inputReport.problems).toEqual([]);
  });

  it('has one mutation per write operation, taking the input and answering a nullable payload (a failed alias fails only itself)', () => {
    const fields = schema.getMutationType()?.getFields() ?? {};
    expect(Object.keys(fields).sort()).toEqual(INPUT_ROOTS.map((r) => r.mutationField).sort());
    for (const root of INPUT_ROOTS) {
      const field = fields[root.mutationField];
      expect(field?.type.toString()).toBe(root.payloadName);
      expect(field?.args.map((a) => `${a.name}: ${a.type.toString()}`)).toEqual([`input: ${root.inputName}!`]);
    }
  });

  it('answers every response member in the payload, plus the documented extras', () => {
    for (const root of INPUT_ROOTS) {
      const model = models[root.service];
      const expected: Record<string, string> = { ...root.payloadExtras };
      for (const [member, ref] of Object.entries(model.shape(root.responseShape).members ?? {})) {
        const shape = model.shape(ref.shape);
        const base = ID_MEMBERS.includes(member) ? 'ID!' : shape.enum ? ref.shape : (SCALARS[shape.type] ?? '?');
        expected[fieldName(member)] = base;
      }
      const type = schema.getType(root.payloadName);
      expect(isObjectType(type)).toBe(true);
      const actual = isObjectType(type)
        ? Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, f.type.toString()]))
        : {};
      expect(actual).toEqual(expected);
    }
  });
});

// ---------------------------------------------------------------------------
// Lists and the cross-service view

/** Paging members of the AWS list requests: replaced by Relay's `first` / `after`. */
const PAGING_MEMBERS = ['maxResults', 'nextToken', 'MaxResults', 'NextToken'];

const LIST_QUERIES = [
  { service: 'qbusiness', field: 'plugins', request: 'ListPluginsRequest', node: 'Plugin', filterInput: undefined },
  { service: 'quicksight', field: 'actionConnectors', request: 'ListActionConnectorsRequest', node: 'ActionConnector', filterInput: undefined },
  { service: 'securityhub', field: 'connectorsV2', request: 'ListConnectorsV2Request', node: 'ConnectorV2', filterInput: 'ConnectorV2Filter' },
] as const satisfies ReadonlyArray<{ service: ServiceName; field: string; request: string; node: string; filterInput: string | undefined }>;

/** Types the list queries add; each checked by the list block below (enums against the model). */
const LIST_TYPES = new Set([
  ...LIST_QUERIES.flatMap((list) => [`${list.node}Connection`, `${list.node}Edge`]),
  'ConnectorV2Filter',
  'ConnectorProviderName',
]);

const printedFields = (typeName: string): Record<string, string> => {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInputObjectType(type) && !isInterfaceType(type)) return {};
  return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, f.type.toString()]));
};

describeWithModels('list queries against the AWS list operations', () => {
  it.each(LIST_QUERIES)('$field: the request members as arguments, paging as first/after, optional members as filter', (list) => {
    const model = models[list.service];
    const request = model.shape(list.request);
    const expected: Record<string, string> = { first: 'Int', after: 'String' };
    const filter: Record<string, string> = {};
    for (const [member, ref] of Object.entries(request.members ?? {})) {
      if (PAGING_MEMBERS.includes(member)) continue;
      if ((request.required ?? []).includes(member)) expected[fieldName(member)] = 'ID!';
      else filter[fieldName(member)] = model.shape(ref.shape).enum ? ref.shape : (SCALARS[model.shape(ref.shape).type] ?? '?');
    }
    if (list.filterInput !== undefined) {
      expected.filter = list.filterInput;
      expect(printedFields(list.filterInput)).toEqual(filter);
      for (const enumName of Object.values(filter)) {
        const values = (schema.getType(enumName) as { getValues?: () => Array<{ name: string }> }).getValues?.().map((v) => v.name);
        expect(values?.sort(), enumName).toEqual([...(model.shape(enumName).enum ?? []), UNRECOGNIZED].sort());
      }
    } else {
      expect(filter).toEqual({});
    }
    const field = schema.getQueryType()?.getFields()[list.field];
    expect(Object.fromEntries((field?.args ?? []).map((a) => [a.name, a.type.toString()]))).toEqual(expected);
    expect(field?.type.toString()).toBe(`${list.node}Connection`); // nullable: a failing list fails only its own field
    expect(printedFields(`${list.node}Connection`)).toEqual({
      edges: `[${list.node}Edge!]!`,
      nodes: `[${list.node}!]!`,
      pageInfo: 'PageInfo!',
    });
    expect(printedFields(`${list.node}Edge`)).toEqual({ cursor: 'String!', node: `${list.node}!` });
  });

  it('has the Relay PageInfo, shareable with other subgraphs', () => {
    expect(printedFields('PageInfo')).toEqual({
      hasNextPage: 'Boolean!',
      hasPreviousPage: 'Boolean!',
      startCursor: 'String',
      endCursor: 'String',
    });
  });

  it('makes the three resource types implement Integration with its fields', () => {
    const integration = schema.getType('Integration');
    expect(isInterfaceType(integration)).toBe(true);
    expect(printedFields('Integration')).toEqual(INTEGRATION_FIELDS);
    for (const root of ROOTS) {
      const type = schema.getType(root.typeName);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['Integration']);
    }
  });
});
