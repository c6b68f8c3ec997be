import { validationError, type FieldError } from './errors.js';

/** A string constraint from an AWS model: length bounds (in characters) and an anchored pattern. */
export interface StringRule {
  min: number;
  max: number;
  /** Compiled once, at module load. Evaluated only on values within the length bounds, so its cost is bounded. */
  pattern?: RegExp;
  /** What the pattern means, in words, for the error message. */
  patternHint?: string;
}

/** A UTF-16 surrogate without its partner: not Unicode text; the SDK's URI encoding throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 control characters (and DEL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

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

  /**
   * Checks length first, then well-formedness, then the pattern: a value far too long never reaches a regular
   * expression. Returns whether the value passed. Messages name the rule, never the value.
   */
  string(path: string, value: string, rule: StringRule): boolean {
    const length = characterCount(value);
    if (length < rule.min || length > rule.max) {
      this.add(
        path,
        rule.min === rule.max
          ? `must be exactly ${rule.min} characters long (got ${length})`
          : `must be ${rule.min} to ${rule.max} characters long (got ${length})`,
      );
      return false;
    }
    if (LONE_SURROGATE.test(value)) {
      this.add(path, 'must be well-formed Unicode text (it holds a lone UTF-16 surrogate)');
      return false;
    }
    if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      this.add(path, `must match ${rule.pattern.source}${rule.patternHint === undefined ? '' : ` (${rule.patternHint})`}`);
      return false;
    }
    return true;
  }

  /**
   * A value that becomes one segment of an AWS request's URL path: its rule, and whatever the rule's pattern allows,
   * never `/` or `\\` (another path), a `.` or `..` segment (normalized away, so the SDK would sign another path)
   * or a control character. Returns whether the value passed.
   */
  pathSegment(path: string, value: string, rule: StringRule): boolean {
    if (!this.string(path, value, rule)) return false;
    if (value.includes('/') || value.includes('\\') || value === '.' || value === '..' || CONTROL_CHARACTER.test(value)) {
      this.add(path, 'must be one URL path segment: no "/", "\\", control characters, and not "." or ".."');
      return false;
    }
    return true;
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

/** Runs `checks` on a fresh collector; throws VALIDATION_FAILED with every violation found, before any AWS call. */
export function requireValid(checks: (check: FieldErrorCollector) => void): void {
  const check = new FieldErrorCollector();
  checks(check);
  if (check.errors.length > 0) throw validationError(check.errors);
}
