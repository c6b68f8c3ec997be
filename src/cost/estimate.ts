import {
  Kind,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { scanMaxCalls } from '../connection.js';
import { INVENTORY_PAGE_SIZES, MAX_SCOPES } from '../inventory/integrations.js';

/** What the estimate needs to know about the gateway's own bounds. */
export interface EstimateOptions {
  /** Items `integrations` reads from one service, all its lists together (CONNECTOR_GRAPH_INVENTORY_MAX_ITEMS). */
  inventoryMaxItems: number;
}

export interface Estimate {
  /** The most AWS calls (SDK operations; an SDK retry of one is the same call) the operation can make. */
  awsCalls: number;
  /** Mutation fields the operation runs (aliases and fragments counted). */
  mutationFields: number;
}


interface ListSize {
  assumedSize: number;
  slicingArguments: string[];
  sizedFields: string[];
}

function directive(field: GraphQLField<unknown, unknown>, name: string): ConstDirectiveNode | undefined {
  return field.astNode?.directives?.find((node) => node.name.value === name);
}

function directiveArgument(node: ConstDirectiveNode | undefined, name: string): unknown {
  const argument = node?.arguments?.find((arg) => arg.name.value === name);
  return argument === undefined ? undefined : valueFromASTUntyped(argument.value);
}

/** `@cost(weight:)` of a field: AWS calls one resolution of the field makes. */
function weightOf(field: GraphQLField<unknown, unknown>): number {
  const weight = directiveArgument(directive(field, 'cost'), 'weight');
  return typeof weight === 'number' ? weight : 0;
}

function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | undefined {
  const node = directive(field, 'listSize');
  if (node === undefined) return undefined;
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const assumedSize = directiveArgument(node, 'assumedSize');
  return {
    assumedSize: typeof assumedSize === 'number' ? assumedSize : 0,
    slicingArguments: strings(directiveArgument(node, 'slicingArguments')),
    sizedFields: strings(directiveArgument(node, 'sizedFields')),
  };
}

/** Entity types (`@key`): one Get reads one in full, so the detail fields of one object share that one call. */
function isEntity(type: GraphQLObjectType): boolean {
  return type.astNode?.directives?.some((node) => node.name.value === 'key') ?? false;
}

/**
 * The most AWS calls an operation can make, read from the schema's `@cost(weight:)` and `@listSize` directives
 * (the same ones a federation router's demand control reads), with the operation's arguments and variables:
 *
 * - a field with `@cost(weight: n)` costs n calls each time it resolves; a list is resolved as many times as its
 *   `@listSize` says: the value of its slicing argument (`first`), else `assumedSize`;
 * - on an entity type (Plugin, ActionConnector, ConnectorV2), the weighted fields are the details that a list
 *   summary lacks: all of them together cost one Get per object (the largest weight, not the sum), and nothing when
 *   the object was itself read with a Get (returned by a field that has a weight, or by `_entities`);
 * - `_entities` costs one call per representation; `integrations` costs its AWS list pages: per service, one first
 *   page per list (application, account, region) plus the further pages the scan's bound allows that service
 *   (ceil(inventory items / page size), shared by its lists; see ScanBound);
 * - abstract types cost what their most expensive possible type costs; `@skip`/`@include` are ignored.
 *
 * The operation must be valid (run after validation): recursion is bounded by its depth, and every fragment is
 * priced once per (type, context), so fragment fan-out cannot make this exponential.
 */
export function estimateOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  options: EstimateOptions,
): Estimate {
  /** A fragment's price per (fragment, type, context): [calls of its own, largest detail weight]. */
  const memo = new Map<string, readonly [number, number]>();

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(field, node, variables as Record<string, unknown>);
    } catch {
      // Invalid arguments fail before any AWS call; price the field as if it had none.
      return {};
    }
  };

  const integrationsCalls = (args: Record<string, unknown>): number => {
    const services = Array.isArray(args.services) ? (args.services as string[]) : Object.keys(INVENTORY_PAGE_SIZES);
    const count = (value: unknown): number => (Array.isArray(value) ? new Set(value).size : 0);
    // Arguments the resolver refuses before any AWS call cost nothing (and get VALIDATION_FAILED, not a cost error).
    const refused = (value: unknown): boolean => Array.isArray(value) && (count(value) > MAX_SCOPES || value.includes(''));
    if (refused(args.applicationIds) || refused(args.awsAccountIds) || args.provider === 'UNRECOGNIZED') return 0;
    // Per service: each list's first page plus the scan's further pages, shared by its lists (see ScanBound).
    const pages = (service: keyof typeof INVENTORY_PAGE_SIZES, lists: number): number =>
      services.includes(service) ? scanMaxCalls(lists, options.inventoryMaxItems, INVENTORY_PAGE_SIZES[service]) : 0;
    return pages('QBUSINESS', count(args.applicationIds)) + pages('QUICKSIGHT', count(args.awsAccountIds)) + pages('SECURITYHUB', 1);
  };

  /** Cost of a selection set on one concrete object type. `full`: the object was read with a Get. */
  const costOn = (set: SelectionSetNode, type: GraphQLObjectType, full: boolean, sized: ListSizeContext | undefined): number => {
    const [sum, detail] = priceOn(set, type, full, sized);
    return sum + detail;
  };

  /** [calls of the selection's own fields and children, largest weight among an entity's detail fields]. */
  const priceOn = (
    set: SelectionSetNode,
    type: GraphQLObjectType,
    full: boolean,
    sized: ListSizeContext | undefined,
  ): readonly [number, number] => {
    let sum = 0;
    let detail = 0;
    const visit = (selections: SelectionSetNode): void => {
      for (const selection of selections.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (appliesTo(selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (fragment === undefined || !appliesTo(fragment.typeCondition.name.value, type)) continue;
          const key = `${fragment.name.value}|${type.name}|${full}|${sized === undefined ? '' : `${sized.size}:${sized.fields.join(',')}`}`;
          let price = memo.get(key);
          if (price === undefined) {
            price = priceOn(fragment.selectionSet, type, full, sized);
            memo.set(key, price);
          }
          sum += price[0];
          detail = Math.max(detail, price[1]);
        } else {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          const field = type.getFields()[name];
          if (field === undefined) continue;
          const args = argumentsOf(field, selection);
          let weight = weightOf(field);
          let times = sized !== undefined && sized.fields.includes(name) ? sized.size : 1;
          let childFull = false;
          if (type === schema.getQueryType() && name === '_entities') {
            const representations = Array.isArray(args.representations) ? args.representations.length : 0;
            weight = representations;
            times = representations;
            childFull = true;
          } else if (type === schema.getQueryType() && name === 'integrations') {
            weight = integrationsCalls(args);
          } else if (weight > 0) {
            childFull = true;
          }
          if (isEntity(type)) {
            if (!full) detail = Math.max(detail, weight);
          } else {
            sum += weight;
          }
          if (selection.selectionSet === undefined) continue;
          const listSize = listSizeOf(field);
          const childSized = listSize === undefined ? undefined : sizedContext(listSize, args);
          sum += times * costOf(selection.selectionSet, getNamedType(field.type), childFull, childSized);
        }
      }
    };
    visit(set);
    return [sum, detail] as const;
  };

  const costOf = (set: SelectionSetNode, type: ReturnType<typeof getNamedType>, full: boolean, sized: ListSizeContext | undefined): number => {
    if (isObjectType(type)) return costOn(set, type, full, sized);
    if (isAbstractType(type)) {
      let most = 0;
      for (const possible of schema.getPossibleTypes(type)) most = Math.max(most, costOn(set, possible, full, sized));
      return most;
    }
    return 0;
  };

  const appliesTo = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const conditionType = schema.getType(condition);
    return conditionType !== undefined && isCompositeType(conditionType) && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
  };

  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return { awsCalls: 0, mutationFields: 0 };
  return {
    awsCalls: costOn(operation.selectionSet, root, false, undefined),
    mutationFields: operation.operation === 'mutation' ? countRootFields(operation.selectionSet, fragments) : 0,
  };
}

interface ListSizeContext {
  size: number;
  fields: string[];
}

function sizedContext(listSize: ListSize, args: Record<string, unknown>): ListSizeContext {
  let size = listSize.assumedSize;
  for (const name of listSize.slicingArguments) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(0, value);
  }
  return { size, fields: listSize.sizedFields };
}

/** Mutation fields at the root, through inline fragments and fragment spreads (each fragment counted where spread). */
function countRootFields(set: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  const counted = new Map<string, number>();
  const count = (selections: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) total++;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || seen.has(name)) continue;
        let fragmentTotal = counted.get(name);
        if (fragmentTotal === undefined) {
          fragmentTotal = count(fragment.selectionSet, new Set([...seen, name]));
          counted.set(name, fragmentTotal);
        }
        total += fragmentTotal;
      }
    }
    return total;
  };
  return count(set, new Set());
}
