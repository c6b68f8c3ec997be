import type { StoredActionConnector, StoredConnectorV2, StoredPlugin } from './shapes.js';

/**
 * In-memory resources, partitioned by region (and, for QuickSight, by account) the way AWS partitions them.
 *
 * Contracts:
 * - Every put/get copies (structuredClone keeps `Date`s), so callers can never mutate stored state by accident.
 * - Lists come back in insertion order, which is stable; list operations paginate over that order.
 * - Nothing validates stored objects: tests may store shapes newer than the model (unknown enum values or
 *   union members) on purpose.
 */
export class EmulatorStore {
  readonly qbusiness = new QBusinessStore();
  readonly quicksight = new QuickSightStore();
  readonly securityhub = new SecurityHubStore();

  /** Every region that holds at least one resource, sorted. */
  regions(): string[] {
    const all = new Set([...this.qbusiness.regions(), ...this.quicksight.regions(), ...this.securityhub.regions()]);
    return [...all].sort();
  }
}

/** Returns the inner map for `key`, creating it on first use. */
function child<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

export class QBusinessStore {
  /** region -> applicationId -> pluginId -> plugin. An application exists once it has an entry. */
  readonly #apps = new Map<string, Map<string, Map<string, StoredPlugin>>>();

  regions(): string[] {
    return [...this.#apps.keys()];
  }

  /** Creates an (empty) application; a no-op when it exists. */
  putApplication(region: string, applicationId: string): void {
    child(child(this.#apps, region, () => new Map()), applicationId, () => new Map());
  }

  hasApplication(region: string, applicationId: string): boolean {
    return this.#apps.get(region)?.has(applicationId) ?? false;
  }

  listApplicationIds(region: string): string[] {
    return [...(this.#apps.get(region)?.keys() ?? [])];
  }

  /** Inserts or replaces a plugin; creates its application when missing. A replaced plugin keeps its position. */
  putPlugin(region: string, plugin: StoredPlugin): void {
    const app = child(child(this.#apps, region, () => new Map()), plugin.applicationId, () => new Map());
    app.set(plugin.pluginId, structuredClone(plugin));
  }

  getPlugin(region: string, applicationId: string, pluginId: string): StoredPlugin | undefined {
    const found = this.#apps.get(region)?.get(applicationId)?.get(pluginId);
    return found === undefined ? undefined : structuredClone(found);
  }

  /** The application's plugins in insertion order; empty when the application does not exist. */
  listPlugins(region: string, applicationId: string): StoredPlugin[] {
    return [...(this.#apps.get(region)?.get(applicationId)?.values() ?? [])].map((p) => structuredClone(p));
  }

  deletePlugin(region: string, applicationId: string, pluginId: string): boolean {
    return this.#apps.get(region)?.get(applicationId)?.delete(pluginId) ?? false;
  }
}

export class QuickSightStore {
  /** region -> accountId -> actionConnectorId -> connector. */
  readonly #connectors = new Map<string, Map<string, Map<string, StoredActionConnector>>>();

  regions(): string[] {
    return [...this.#connectors.keys()];
  }

  putActionConnector(region: string, accountId: string, connector: StoredActionConnector): void {
    const account = child(child(this.#connectors, region, () => new Map()), accountId, () => new Map());
    account.set(connector.ActionConnectorId, structuredClone(connector));
  }

  getActionConnector(region: string, accountId: string, actionConnectorId: string): StoredActionConnector | undefined {
    const found = this.#connectors.get(region)?.get(accountId)?.get(actionConnectorId);
    return found === undefined ? undefined : structuredClone(found);
  }

  listActionConnectors(region: string, accountId: string): StoredActionConnector[] {
    return [...(this.#connectors.get(region)?.get(accountId)?.values() ?? [])].map((c) => structuredClone(c));
  }

  deleteActionConnector(region: string, accountId: string, actionConnectorId: string): boolean {
    return this.#connectors.get(region)?.get(accountId)?.delete(actionConnectorId) ?? false;
  }
}

export class SecurityHubStore {
  /** region -> connectorId (UUID) -> connector. */
  readonly #connectors = new Map<string, Map<string, StoredConnectorV2>>();

  regions(): string[] {
    return [...this.#connectors.keys()];
  }

  putConnectorV2(region: string, connector: StoredConnectorV2): void {
    child(this.#connectors, region, () => new Map()).set(connector.ConnectorId, structuredClone(connector));
  }

  /** Looks a connector up by its id or by its full ARN (GetConnectorV2 accepts both). */
  getConnectorV2(region: string, idOrArn: string): StoredConnectorV2 | undefined {
    const inRegion = this.#connectors.get(region);
    if (inRegion === undefined) return undefined;
    let found = inRegion.get(idOrArn);
    if (found === undefined && idOrArn.startsWith('arn:')) {
      found = [...inRegion.values()].find((c) => c.ConnectorArn === idOrArn);
    }
    return found === undefined ? undefined : structuredClone(found);
  }

  listConnectorsV2(region: string): StoredConnectorV2[] {
    return [...(this.#connectors.get(region)?.values() ?? [])].map((c) => structuredClone(c));
  }

  deleteConnectorV2(region: string, connectorId: string): boolean {
    return this.#connectors.get(region)?.delete(connectorId) ?? false;
  }
}
