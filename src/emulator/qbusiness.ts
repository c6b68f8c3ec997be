import type { OperationHandler, OperationSpec } from './operation.js';
import type { StoredPlugin } from './shapes.js';
import { checkAll, QBUSINESS_APPLICATION_ID, QBUSINESS_PLUGIN_ID, summarize } from './validation.js';
import type { FieldViolation } from './validation.js';
import { AwsError } from './wire.js';

/** Amazon Q Business handlers (restJson1, lower-case member names, epoch-second timestamps). */

/** qbusiness ValidationException with every violated field, as the service reports FIELD_VALIDATION_FAILED. */
export function qbusinessValidationError(violations: readonly FieldViolation[]): AwsError {
  return new AwsError('ValidationException', summarize(violations), {
    members: {
      reason: 'FIELD_VALIDATION_FAILED',
      fields: violations.map((v) => ({ name: v.name, message: v.message })),
    },
  });
}

export function qbusinessNotFound(resourceType: 'APPLICATION' | 'PLUGIN', resourceId: string): AwsError {
  const what = resourceType === 'APPLICATION' ? 'Application' : 'Plugin';
  return new AwsError('ResourceNotFoundException', `${what} with ID ${resourceId} not found.`, {
    members: { resourceId, resourceType },
  });
}

/** GetPluginResponse members, in model order; anything else stored on a plugin (tags) stays off the wire. */
export function getPluginOutput(plugin: StoredPlugin): Record<string, unknown> {
  return {
    applicationId: plugin.applicationId,
    pluginId: plugin.pluginId,
    displayName: plugin.displayName,
    type: plugin.type,
    serverUrl: plugin.serverUrl,
    authConfiguration: plugin.authConfiguration,
    customPluginConfiguration: plugin.customPluginConfiguration,
    buildStatus: plugin.buildStatus,
    pluginArn: plugin.pluginArn,
    state: plugin.state,
    createdAt: plugin.createdAt,
    updatedAt: plugin.updatedAt,
  };
}

/** GET /applications/{applicationId}/plugins/{pluginId} */
export const getPlugin: OperationHandler = ({ params, region }, { store }) => {
  const applicationId = params['applicationId'] ?? '';
  const pluginId = params['pluginId'] ?? '';
  const violations = checkAll([
    ['applicationId', applicationId, QBUSINESS_APPLICATION_ID],
    ['pluginId', pluginId, QBUSINESS_PLUGIN_ID],
  ]);
  if (violations.length > 0) throw qbusinessValidationError(violations);
  if (!store.qbusiness.hasApplication(region, applicationId)) throw qbusinessNotFound('APPLICATION', applicationId);
  const plugin = store.qbusiness.getPlugin(region, applicationId, pluginId);
  if (plugin === undefined) throw qbusinessNotFound('PLUGIN', pluginId);
  return { body: getPluginOutput(plugin) };
};

export const qbusinessOperations: readonly OperationSpec[] = [
  {
    name: 'GetPlugin',
    service: 'qbusiness',
    method: 'GET',
    path: '/applications/{applicationId}/plugins/{pluginId}',
    resource: { idParam: 'pluginId', type: 'PLUGIN' },
    handler: getPlugin,
  },
];
