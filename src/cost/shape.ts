import { Kind, type DefinitionNode, type DocumentNode, type SelectionSetNode } from 'graphql';

/** Bounds on a document's shape, checked before graphql-js validates it. */
export interface ShapeLimits {
  /** Deepest field nesting allowed, counting fields reached through fragments (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Named fragments one document may define. */
  maxFragments: number;
}

/** Why a document was refused: what was measured against which bound. */
export interface ShapeProblem {
  message: string;
  measure: 'depth' | 'fragments';
  value: number;
  limit: number;
}

/** What one definition (operation or fragment) contributes to depth: its own deepest field and its spreads. */
interface DefinitionShape {
  ownDepth: number;
  /** Fragment spreads with the field depth at which they occur. */
  spreads: Array<{ name: string; at: number }>;
}

/** Walks one selection set without recursion. */
function shapeOf(selectionSet: SelectionSetNode): DefinitionShape {
  const shape: DefinitionShape = { ownDepth: 0, spreads: [] };
  const stack: Array<{ set: SelectionSetNode; depth: number }> = [{ set: selectionSet, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    for (const selection of item.set.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const depth = item.depth + 1;
          if (depth > shape.ownDepth) shape.ownDepth = depth;
          if (selection.selectionSet !== undefined) stack.push({ set: selection.selectionSet, depth });
          break;
        }
        case Kind.INLINE_FRAGMENT:
          stack.push({ set: selection.selectionSet, depth: item.depth });
          break;
        case Kind.FRAGMENT_SPREAD:
          shape.spreads.push({ name: selection.name.value, at: item.depth });
          break;
      }
    }
  }
  return shape;
}

function selectionSetOf(definition: DefinitionNode): SelectionSetNode | undefined {
  return definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION
    ? definition.selectionSet
    : undefined;
}

/**
 * Checks a parsed document against `limits` in time and stack space linear in its size (no recursion), so that it
 * can run before graphql-js validation, whose fragment-cycle and field-merging rules recurse and overflow the stack
 * on documents such as a chain of thousands of named fragments or deeply nested selections.
 * Returns the first problem found, or undefined. Fragment cycles and unknown fragments are left to validation
 * (which reports them; with at most `maxFragments` fragments its recursion stays shallow).
 */
export function checkDocumentShape(document: DocumentNode, limits: ShapeLimits): ShapeProblem | undefined {
  const fragments = new Map<string, DefinitionShape>();
  const operations: DefinitionShape[] = [];
  let fragmentCount = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragmentCount++;
      if (fragmentCount > limits.maxFragments) {
        return {
          measure: 'fragments',
          value: document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length,
          limit: limits.maxFragments,
          message: `The document defines more than ${limits.maxFragments} fragments.`,
        };
      }
    }
  }
  for (const definition of document.definitions) {
    const selectionSet = selectionSetOf(definition);
    if (selectionSet === undefined) continue;
    const shape = shapeOf(selectionSet);
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, shape);
    else operations.push(shape);
  }

  // Depth of each fragment including what it spreads: an iterative post-order walk; a fragment met again while
  // still open is a cycle (validation refuses it) and counts as depth 0 here.
  const depthOf = new Map<string, number>();
  const open = new Set<string>();
  const resolve = (root: string): void => {
    const stack: string[] = [root];
    while (stack.length > 0) {
      const name = stack[stack.length - 1] as string;
      const shape = fragments.get(name);
      if (shape === undefined || depthOf.has(name)) {
        stack.pop();
        open.delete(name);
        if (shape === undefined) depthOf.set(name, 0);
        continue;
      }
      open.add(name);
      const pending = shape.spreads.filter((spread) => !depthOf.has(spread.name) && !open.has(spread.name));
      if (pending.length > 0) {
        for (const spread of pending) stack.push(spread.name);
        continue;
      }
      let depth = shape.ownDepth;
      for (const spread of shape.spreads) depth = Math.max(depth, spread.at + (depthOf.get(spread.name) ?? 0));
      depthOf.set(name, depth);
      open.delete(name);
      stack.pop();
    }
  };
  let deepest = 0;
  for (const shape of operations) {
    let depth = shape.ownDepth;
    for (const spread of shape.spreads) {
      resolve(spread.name);
      depth = Math.max(depth, spread.at + (depthOf.get(spread.name) ?? 0));
    }
    deepest = Math.max(deepest, depth);
  }
  if (deepest > limits.maxDepth) {
    return {
      measure: 'depth',
      value: deepest,
      limit: limits.maxDepth,
      message: `The operation nests fields ${deepest} deep; at most ${limits.maxDepth} levels are allowed.`,
    };
  }
  return undefined;
}
