import { readFileSync } from 'node:fs';
import { isInterfaceType, isObjectType, isUnionType, getNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CLIENT_KIT_SCHEMA_FILE, clientKitSchemaSource } from '../../scripts/client-kit.js';
import { apolloCacheConfig, typePolicies } from '../../src/client/apollo.js';
import { connectionFields, entityKeyFields, entityTypes, possibleTypes, valueTypes } from '../../src/client/index.js';
import { graphcacheOptions, keys, resolvers } from '../../src/client/urql.js';
import { SEED } from '../../src/emulator/index.js';
import { createLogger } from '../../src/logger.js';
import { createSchema } from '../../src/schema.js';
import { useTestGateway } from '../support/gateway.js';

/** The schema the server serves, independent of the kit's generated file. */
const schema = createSchema({ logger: createLogger('silent'), federation: { maxRepresentations: 100, entityConcurrency: 10 } });
const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
const objectTypes = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__') && !rootTypes.has(type.name));
/** Federation's own list of the entities: the members of `_Entity`. */
const entityUnion = schema.getType('_Entity');
const entitiesBySchema = isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : [];
const connectionsBySchema = [schema.getQueryType(), schema.getMutationType(), ...objectTypes]
  .filter((type) => isObjectType(type))
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => {
        const returned = getNamedType(field.type);
        return isObjectType(returned) && 'edges' in returned.getFields() && 'pageInfo' in returned.getFields();
      })
      .map((field) => `${type.name}.${field.name}`),
  );

describe('the client kit matches the served schema', () => {
  it('is generated from the current schema: run `npm run codegen` and commit if this fails', () => {
    expect(readFileSync(CLIENT_KIT_SCHEMA_FILE, 'utf8')).toBe(clientKitSchemaSource());
  });

  it('covers every union and interface in possibleTypes', () => {
    const abstract = Object.values(schema.getTypeMap()).filter((type) => (isUnionType(type) || isInterfaceType(type)) && !type.name.startsWith('__'));
    expect(Object.keys(possibleTypes).sort()).toEqual(abstract.map((type) => type.name).sort());
    for (const type of abstract) {
      if (!isUnionType(type) && !isInterfaceType(type)) continue;
      expect([...(possibleTypes[type.name] ?? [])], type.name).toEqual(schema.getPossibleTypes(type).map((member) => member.name).sort());
    }
    expect(apolloCacheConfig.possibleTypes).toEqual(possibleTypes);
  });

  it('keys every entity in both clients and leaves every value type unkeyed', () => {
    expect(entitiesBySchema.sort()).toEqual(['ActionConnector', 'ConnectorV2', 'Plugin']);
    expect([...entityTypes]).toEqual(entitiesBySchema);
    expect([...entityTypes, ...valueTypes].sort()).toEqual(objectTypes.map((type) => type.name).sort());
    for (const typename of entityTypes) {
      const fields = entityKeyFields[typename] ?? [];
      const object = Object.fromEntries(fields.map((field) => [field, `${field}-value`]));
      const keyFields = typePolicies[typename]?.keyFields;
      expect(typeof keyFields, typename).toBe('function');
      if (typeof keyFields !== 'function') continue;
      const context = { typename, readField: () => undefined, keyObject: undefined } as never;
      expect(keyFields({ __typename: typename, ...object }, context)).toBe(`${typename}:${JSON.stringify(object)}`);
      // Without its key fields an object stays inside its parent instead of throwing.
      expect(keyFields({ __typename: typename, name: 'x' }, context)).toBe(false);
      expect(keys[typename]?.({ __typename: typename, ...object })).toBe(JSON.stringify(Object.values(object)));
      expect(keys[typename]?.({ __typename: typename, name: 'x' })).toBeNull();
    }
    for (const typename of valueTypes) {
      expect(typePolicies[typename]?.merge, typename).toBe(true);
      expect(keys[typename]?.({ __typename: typename }), typename).toBeNull();
    }
    expect(graphcacheOptions.schema).toBeDefined();
  });

  it('pages every connection in both clients, keyed by the list arguments', () => {
    expect(connectionFields.map((field) => `${field.parentType}.${field.field}`).sort()).toEqual(connectionsBySchema.sort());
    for (const connection of connectionFields) {
      const policy = typePolicies[connection.parentType]?.fields?.[connection.field];
      expect(typeof policy === 'object' && typeof policy.merge === 'function' && typeof policy.read === 'function').toBe(true);
      if (typeof policy === 'object') expect(policy.keyArgs).toEqual(connection.keyArgs);
      const field = schema.getQueryType()?.getFields()[connection.field];
      expect([...connection.keyArgs, 'first', 'after'].sort()).toEqual(field?.args.map((argument) => argument.name).sort());
      expect(typeof resolvers[connection.parentType]?.[connection.field]).toBe('function');
    }
  });
});

describe('entity keys are in every list summary', () => {
  const gw = useTestGateway();
  const keySelection = (typename: string) => `... on ${typename} { ${(entityKeyFields[typename] ?? []).join(' ')} }`;

  it('lists every entity with only its key fields for one List call per list, and no Get call', async () => {
    const { body } = await gw.gql(`{
      plugins(applicationId: "${SEED.qbusiness.applicationIds[0]}", first: 50) { nodes { ${keySelection('Plugin')} } }
      actionConnectors(awsAccountId: "${SEED.accountId}", first: 50) { nodes { ${keySelection('ActionConnector')} } }
      connectorsV2(first: 50) { nodes { ${keySelection('ConnectorV2')} } }
      integrations(applicationIds: ["${SEED.qbusiness.applicationIds[1]}"], awsAccountIds: ["${SEED.accountId}"], first: 100) {
        nodes { ${entityTypes.map(keySelection).join(' ')} }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const operations = gw.emulator.calls.list().map((call) => call.operation);
    expect(operations.filter((operation) => !operation.startsWith('List'))).toEqual([]);
    for (const list of Object.values(body.data ?? {}) as Array<{ nodes: Array<Record<string, unknown>> }>) {
      expect(list.nodes.length).toBeGreaterThan(0);
      for (const node of list.nodes) expect(Object.values(node).every((value) => typeof value === 'string' && value !== '')).toBe(true);
    }
  });
});
