import { randomUUID } from 'node:crypto';
import { fingerprint } from './idempotency.js';
import type { CreatePluginResult, OperationHandler, OperationSpec } from './operation.js';
import { takePage, tokenProblemMessage } from './pagination.js';
import type { Cursor, ListScope } from './pagination.js';
import { parseCreatePlugin } from './plugin-input.js';
import type { StoredPlugin } from './shapes.js';
import {
  checkAll,
  checkIntegerParam,
  QBUSINESS_APPLICATION_ID,
  QBUSINESS_NEXT_TOKEN,
  QBUSINESS_PLUGIN_ID,
  summarize,
} from './validation.js';
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

/**
 * The plugin as reads see it at `now`: a plugin created by CreatePlugin reports CREATE_IN_PROGRESS until its
 * `buildCompletesAt`, then READY (computed on read, no timers). Seeded plugins keep their stored status.
 */
export function effectivePlugin(plugin: StoredPlugin, now: number): StoredPlugin {
  if (plugin.buildStatus === 'CREATE_IN_PROGRESS' && plugin.buildCompletesAt !== undefined && now >= plugin.buildCompletesAt.getTime()) {
    return { ...plugin, buildStatus: 'READY' };
  }
  return plugin;
}

/** Plugin (summary) members of ListPlugins, in model order. */
export function pluginSummaryOutput(plugin: StoredPlugin): Record<string, unknown> {
  return {
    pluginId: plugin.pluginId,
    displayName: plugin.displayName,
    type: plugin.type,
    serverUrl: plugin.serverUrl,
    state: plugin.state,
    buildStatus: plugin.buildStatus,
    createdAt: plugin.createdAt,
    updatedAt: plugin.updatedAt,
  };
}

/** GET /applications/{applicationId}/plugins/{pluginId} */
export const getPlugin: OperationHandler = ({ params, region }, { store, now }) => {
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
  return { body: getPluginOutput(effectivePlugin(plugin, now())) };
};

/**
 * POST /applications/{applicationId}/plugins. Order of checks: body types (SerializationException) and every field
 * constraint (ValidationException) -> application exists (404) -> client token seen before (same parameters: the
 * first response again; different: ConflictException) -> duplicate displayName in the application (409) -> plugin
 * quota of the application (402) -> create.
 */
export const createPlugin: OperationHandler = ({ params, body, region }, context) => {
  const { store, accountId, settings, now, pluginClientTokens } = context;
  const applicationId = params['applicationId'] ?? '';
  const parsed = parseCreatePlugin(applicationId, body);
  if (!parsed.ok) throw qbusinessValidationError(parsed.violations);
  const input = parsed.input;
  if (!store.qbusiness.hasApplication(region, applicationId)) throw qbusinessNotFound('APPLICATION', applicationId);

  // The request's parameters, for idempotency: everything but the token (the application is part of the scope).
  const { clientToken, applicationId: _app, ...parameters } = input;
  const tokenScope = [region, applicationId];
  if (clientToken !== undefined) {
    const seen = pluginClientTokens.get(tokenScope, clientToken);
    if (seen !== undefined) {
      if (seen.fingerprint === fingerprint(parameters)) return { body: { ...seen.response } };
      throw new AwsError(
        'ConflictException',
        `The client token ${clientToken} was already used with different parameters for a CreatePlugin request in ` +
          `application ${applicationId}. Repeat the original parameters or use a new client token.`,
        { members: { resourceId: seen.response.pluginId, resourceType: 'PLUGIN' } },
      );
    }
  }

  const existing = store.qbusiness.listPlugins(region, applicationId);
  const duplicate = existing.find((p) => p.displayName === input.displayName);
  if (duplicate !== undefined) {
    throw new AwsError(
      'ConflictException',
      `A plugin named ${input.displayName} already exists in application ${applicationId} (plugin ID ${duplicate.pluginId}).`,
      { members: { resourceId: duplicate.pluginId, resourceType: 'PLUGIN' } },
    );
  }
  if (existing.length >= settings.pluginQuotaPerApplication) {
    throw new AwsError(
      'ServiceQuotaExceededException',
      `Application ${applicationId} already has ${existing.length} plugins, the quota of ` +
        `${settings.pluginQuotaPerApplication} plugins per application. Delete a plugin or request a quota increase.`,
      { members: { resourceId: applicationId, resourceType: 'APPLICATION' } },
    );
  }

  const pluginId = randomUUID();
  const created = new Date(now());
  const plugin: StoredPlugin = {
    applicationId,
    pluginId,
    displayName: input.displayName,
    type: input.type,
    ...(input.serverUrl === undefined ? {} : { serverUrl: input.serverUrl }),
    authConfiguration: input.authConfiguration,
    ...(input.customPluginConfiguration === undefined ? {} : { customPluginConfiguration: input.customPluginConfiguration }),
    buildStatus: 'CREATE_IN_PROGRESS',
    pluginArn: `arn:aws:qbusiness:${region}:${accountId}:application/${applicationId}/plugin/${pluginId}`,
    state: 'ENABLED',
    createdAt: created,
    updatedAt: created,
    ...(input.tags === undefined ? {} : { tags: input.tags }),
    buildCompletesAt: new Date(created.getTime() + settings.buildDelayMs),
  };
  store.qbusiness.putPlugin(region, plugin);
  const response: CreatePluginResult = { pluginId, pluginArn: plugin.pluginArn, buildStatus: 'CREATE_IN_PROGRESS' };
  if (clientToken !== undefined) pluginClientTokens.record(tokenScope, clientToken, parameters, response);
  return { body: { ...response } };
};

/** Page size when maxResults is absent: the model documents no default, so the maximum (50). */
export const LIST_PLUGINS_DEFAULT_PAGE_SIZE = 50;

/** GET /applications/{applicationId}/plugins?maxResults=&nextToken= */
export const listPlugins: OperationHandler = ({ params, region }, { store, now, pageTokens }) => {
  const applicationId = params['applicationId'] ?? '';
  const rawMax = params['maxResults'];
  const nextToken = params['nextToken'];
  const violations = checkAll([['applicationId', applicationId, QBUSINESS_APPLICATION_ID]]);
  let pageSize = LIST_PLUGINS_DEFAULT_PAGE_SIZE;
  if (rawMax !== undefined) {
    const checked = checkIntegerParam('maxResults', rawMax, { min: 1, max: 50 });
    if ('violation' in checked) violations.push(checked.violation);
    else pageSize = checked.value;
  }
  if (nextToken !== undefined) violations.push(...checkAll([['nextToken', nextToken, QBUSINESS_NEXT_TOKEN]]));
  if (violations.length > 0) throw qbusinessValidationError(violations);
  if (!store.qbusiness.hasApplication(region, applicationId)) throw qbusinessNotFound('APPLICATION', applicationId);

  const scope: ListScope = { operation: 'ListPlugins', region, owner: applicationId };
  let cursor: Cursor | undefined;
  if (nextToken !== undefined) {
    const read = pageTokens.read(nextToken, scope);
    if (!read.ok) {
      const message = tokenProblemMessage(read.problem, 'nextToken');
      throw new AwsError('ValidationException', message, {
        members: { reason: 'FIELD_VALIDATION_FAILED', fields: [{ name: 'nextToken', message }] },
      });
    }
    cursor = read.cursor;
  }
  const page = takePage(store.qbusiness.listPlugins(region, applicationId), (p) => p.pluginId, () => true, cursor, pageSize);
  const at = now();
  return {
    body: {
      plugins: page.items.map((p) => pluginSummaryOutput(effectivePlugin(p, at))),
      nextToken: page.next === undefined ? undefined : pageTokens.issue(scope, page.next),
    },
  };
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
  {
    name: 'CreatePlugin',
    service: 'qbusiness',
    method: 'POST',
    path: '/applications/{applicationId}/plugins',
    resource: { idParam: 'applicationId', type: 'APPLICATION' },
    handler: createPlugin,
  },
  {
    name: 'ListPlugins',
    service: 'qbusiness',
    method: 'GET',
    path: '/applications/{applicationId}/plugins',
    query: { maxResults: 'maxResults', nextToken: 'nextToken' },
    resource: { idParam: 'applicationId', type: 'APPLICATION' },
    handler: listPlugins,
  },
];
