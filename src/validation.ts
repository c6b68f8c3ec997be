import type { FieldError } from './errors.js';

/** A string constraint from an AWS model: length bounds (in characters) and an anchored pattern. */
export interface StringRule {
  min: number;
  max: number;
  /** Compiled once, at module load. Evaluated only on values within the length bounds, so its cost is bounded. */
  pattern?: RegExp;
  /** What the pattern means, in words, for the error message. */
  patternHint?: string;
}

/** Characters as AWS counts them: Unicode code points. Linear; request bodies are capped at 1 MB by the server. */
function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/**
 * Collects every violated constraint of an input, so a client hears about all of them at once. Paths are relative
 * to the operation's arguments (e.g. `input.tags[3].key`).
 */
export class FieldErrorCollector {
  readonly errors: FieldError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Checks length first, then the pattern: a value far too long never reaches a regular expression. */
  string(path: string, value: string, rule: StringRule): void {
    const length = characterCount(value);
    if (length < rule.min || length > rule.max) {
      this.add(
        path,
        rule.min === rule.max
          ? `must be exactly ${rule.min} characters long (got ${length})`
          : `must be ${rule.min} to ${rule.max} characters long (got ${length})`,
      );
      return;
    }
    if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      this.add(path, `must match ${rule.pattern.source}${rule.patternHint === undefined ? '' : ` (${rule.patternHint})`}`);
    }
  }

  /** For @oneOf inputs: graphql-js already enforces exactly one non-null member; this keeps the contract if it did not. */
  exactlyOne(path: string, value: object, members: readonly string[]): string | undefined {
    const present = Object.entries(value).filter(([, member]) => member !== undefined && member !== null);
    if (present.length !== 1) {
      this.add(path, `must set exactly one of ${members.join(', ')} (got ${present.length})`);
      return undefined;
    }
    return present[0]?.[0];
  }
}
