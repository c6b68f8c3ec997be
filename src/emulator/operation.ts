import type { ClientTokens } from './idempotency.js';
import type { PageTokens } from './pagination.js';
import type { EmulatorStore } from './store.js';
import type { ServiceName } from './wire.js';

/** Every AWS operation the emulator answers. Grows by one name per new handler. */
export type OperationName =
  | 'GetPlugin'
  | 'CreatePlugin'
  | 'ListPlugins'
  | 'DescribeActionConnector'
  | 'ListActionConnectors'
  | 'GetConnectorV2'
  | 'ListConnectorsV2';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets from one routed request. */
export interface OperationInput {
  /** Path labels and declared query members, by AWS member name; labels are percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The parsed JSON body, or undefined when the request had none. */
  readonly body: unknown;
  /** The region from the SigV4 credential scope. */
  readonly region: string;
  readonly requestId: string;
}

/** Behaviour settings, resolved from EmulatorOptions (server.ts documents each). */
export interface EmulatorSettings {
  readonly pluginQuotaPerApplication: number;
  readonly buildDelayMs: number;
  readonly nextTokenTtlMs: number;
}

/** What CreatePlugin answered, kept per client token. */
export interface CreatePluginResult {
  readonly pluginId: string;
  readonly pluginArn: string;
  readonly buildStatus: string;
}

export interface OperationContext {
  readonly store: EmulatorStore;
  readonly accountId: string;
  readonly settings: EmulatorSettings;
  /** Milliseconds since the epoch (Date.now). */
  readonly now: () => number;
  /** Issues and checks the list operations' next tokens. */
  readonly pageTokens: PageTokens;
  /** CreatePlugin client tokens, scoped by region + application. */
  readonly pluginClientTokens: ClientTokens<CreatePluginResult>;
}

/** A successful answer. `body` holds wire members with `Date` timestamps; wire.ts formats them per service. */
export interface OperationOutput {
  readonly status?: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * One operation's behaviour. Contract: returns the success output, or throws `AwsError` (wire.ts) for a modeled
 * error; any other throw becomes the service's internal-error exception (500).
 */
export type OperationHandler = (input: OperationInput, context: OperationContext) => OperationOutput | Promise<OperationOutput>;

/** One row of the routing table: adding an operation means adding one of these and its handler. */
export interface OperationSpec {
  readonly name: OperationName;
  readonly service: ServiceName;
  readonly method: HttpMethod;
  /** The model's URI template, e.g. `/applications/{applicationId}/plugins/{pluginId}`; `{X+}` is greedy. */
  readonly path: string;
  /** `@httpQuery` bindings: query parameter name on the wire -> AWS member name. */
  readonly query?: Readonly<Record<string, string>>;
  /**
   * The resource the operation addresses, used to fill required members (qbusiness `resourceId`/`resourceType`)
   * of injected ResourceNotFound/Conflict/ServiceQuotaExceeded errors.
   */
  readonly resource?: { readonly idParam: string; readonly type: string };
  readonly handler: OperationHandler;
}
