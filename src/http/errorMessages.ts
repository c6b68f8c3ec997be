import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Hardening of every error message a client (or a router's log) receives: no input value ever comes back, no
 * request problem is reported as an internal error, and in production no schema suggestion ("Did you mean ...?").
 *
 * - graphql-js echoes the whole offending input in variable coercion errors (`Variable "$input" got invalid value
 *   { ..., payload: "..." }`), and literal values in validation and syntax errors. Those messages keep the variable,
 *   the path and the rule, never the value.
 * - Apollo answers some request problems (a wrong APQ hash, an unsupported APQ version) with a 400 but no code, which
 *   would surface as INTERNAL_SERVER_ERROR: they become BAD_REQUEST.
 */
export interface ErrorMessageOptions {
  /** Strip "Did you mean ...?" suggestions (production, or introspection off). */
  hideSuggestions: boolean;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Wraps Apollo's `formatError` (runs before it, so request problems are never logged as internal errors). */
export function hardenFormatError(inner: FormatError, options: ErrorMessageOptions): FormatError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    const hardened: GraphQLFormattedError =
      code === 'INTERNAL_SERVER_ERROR' && isRequestProblem(error)
        ? { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } }
        : formatted;
    const result = inner(hardened, error);
    const message = safeMessage(result.message, result.extensions?.code, error, options);
    return message === result.message ? result : { ...result, message };
  };
}

/** An error Apollo raised about the request itself (it set a 4xx status) without giving it a code. */
function isRequestProblem(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError !== undefined || error.path !== undefined) return false;
  const http = error.extensions.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' && http.status >= 400 && http.status < 500;
}

const SUGGESTION = / ?Did you mean [\s\S]*\?$/;
/** A GraphQL name, a type reference (`[ID!]!`), a variable or a path: what messages may quote. */
const NAME_LIKE = /^[@$_A-Za-z][_0-9A-Za-z]*(?:[.[\]!_0-9A-Za-z]*)$|^\[[_A-Za-z][_0-9A-Za-z!]*\]!?$/;

/** The message without any input value; unchanged when it holds none. */
export function safeMessage(message: string, code: unknown, error: unknown, options: ErrorMessageOptions): string {
  let safe = message;
  if (code === 'BAD_USER_INPUT' && safe.startsWith('Variable "$')) safe = variableMessage(safe, error);
  else if (code === 'GRAPHQL_VALIDATION_FAILED') safe = ruleOnly(safe);
  else if (code === 'OPERATION_RESOLUTION_FAILURE') safe = ruleOnly(safe);
  else if (code === 'GRAPHQL_PARSE_FAILED') safe = safe.replace(/\b(String|BlockString) "[\s\S]*?"(?=\.?$|,)/g, '$1');
  if (options.hideSuggestions) safe = safe.replace(SUGGESTION, '');
  return safe;
}

/**
 * `Variable "$v" got invalid value <value> [at "v.path"]; <rule>` -> `Variable "$v" got invalid value at "v.path";
 * <rule without values>`. The rule is the inner error's message (graphql-js keeps it as the original error).
 */
function variableMessage(message: string, error: unknown): string {
  const head = /^Variable "\$[_A-Za-z][_0-9A-Za-z]*"/.exec(message)?.[0];
  if (head === undefined || !message.startsWith(`${head} got invalid value `)) return ruleOnly(message);
  const inner = innerMessage(error);
  if (inner === undefined || !message.endsWith(`; ${inner}`)) return `${head} got an invalid value.`;
  const prefix = message.slice(0, message.length - inner.length - 2);
  const at = / at "([$_A-Za-z0-9.[\]]+)"$/.exec(prefix)?.[1];
  return `${head} got an invalid value${at === undefined ? '' : ` at "${at}"`}; ${ruleOnly(inner)}`;
}

function innerMessage(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original instanceof Error ? original.message : undefined;
}

/** A rule's wording without the value it was given (graphql-js and scalar messages that carry one). */
function ruleOnly(message: string): string {
  let rule = message
    .replace(/^Value "[\s\S]*" does not exist in ("[_A-Za-z][_0-9A-Za-z]*" enum\.)/, 'Value does not exist in $1')
    .replace(/^(Expected value of type "[^"]*"), found [\s\S]*$/, '$1.')
    .replace(/^(Expected type "[^"]*")\. [\s\S]*$/, '$1.');
  const represent = /^([\s\S]*?) cannot represent /.exec(rule);
  if (represent !== undefined && represent !== null) {
    const colon = rule.indexOf(': ');
    rule = colon >= 0 ? `${rule.slice(0, colon)}.` : `${represent[1] ?? 'The type'} cannot represent this value.`;
  }
  // Whatever is still quoted must be a name, a type or a path; anything else is a value.
  return rule.replace(/"([^"]*)"/g, (quoted, inside: string) => (NAME_LIKE.test(inside) ? quoted : '(value not shown)'));
}
