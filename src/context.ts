import type { AwsClients } from './aws/clients.js';
import type { Loaders } from './loaders.js';
import type { Logger } from './logger.js';

/** Built fresh for every GraphQL request: loaders must never share cached answers across requests. */
export interface Context {
  loaders: Loaders;
  /** For mutations, which are not batched: reads go through `loaders`. */
  clients: AwsClients;
  /** Region for calls whose arguments name none. */
  region: string;
  logger: Logger;
}
