import type { OperationSpec } from './operation.js';
import { qbusinessOperations } from './qbusiness.js';
import { quicksightOperations } from './quicksight.js';
import { securityhubOperations } from './securityhub.js';

/** The routing table: every operation the emulator answers, from each service's module. */
export const OPERATIONS: readonly OperationSpec[] = [...qbusinessOperations, ...quicksightOperations, ...securityhubOperations];
