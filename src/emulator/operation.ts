import type { EmulatorStore } from './store.js';
import type { ServiceName } from './wire.js';

/** Every AWS operation the emulator answers. Grows by one name per new handler. */
export type OperationName = 'GetPlugin' | 'DescribeActionConnector' | 'GetConnectorV2';

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

export interface OperationContext {
  readonly store: EmulatorStore;
  readonly accountId: string;
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
