import type { Loaders } from './loaders.js';
import type { Logger } from './logger.js';

/** Built fresh for every GraphQL request: loaders must never share cached answers across requests. */
export interface Context {
  loaders: Loaders;
  /** Region for calls whose arguments name none. */
  region: string;
  logger: Logger;
}
