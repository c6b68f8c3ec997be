import * as qb from '@aws-sdk/client-qbusiness';
import * as qs from '@aws-sdk/client-quicksight';
import * as sh from '@aws-sdk/client-securityhub';
import { describe, expect, it, vi } from 'vitest';
import { SEED, SEED_COUNTS, startEmulator } from '../../src/emulator/index.js';
import type { Emulator, StoredConnectorV2 } from '../../src/emulator/index.js';
import { clients, destroyClients, rawGet, rejection, useEmulator } from './helpers.js';
import type { Clients } from './helpers.js';

const R = 'us-east-1';
const ACCOUNT = SEED.accountId;
const APP_A = SEED.qbusiness.applicationIds[0];
const APP_B = SEED.qbusiness.applicationIds[1];

const env = useEmulator();

// --- one page of each list through the SDK ---------------------------------------------------------------------

const listPlugins = (applicationId: string, maxResults?: number, nextToken?: string, sdk: Clients = env.sdk) =>
  sdk.qbusiness.send(new qb.ListPluginsCommand({ applicationId, maxResults, nextToken }));
const listActionConnectors = (MaxResults?: number, NextToken?: string, sdk: Clients = env.sdk, AwsAccountId: string = ACCOUNT) =>
  sdk.quicksight.send(new qs.ListActionConnectorsCommand({ AwsAccountId, MaxResults, NextToken }));
const listConnectorsV2 = (input: sh.ListConnectorsV2CommandInput = {}, sdk: Clients = env.sdk) =>
  sdk.securityhub.send(new sh.ListConnectorsV2Command(input));

/** Follows next tokens to the end; returns every page's items and the number of pages. */
async function drain<T>(page: (token: string | undefined) => Promise<{ items: T[]; next: string | undefined }>): Promise<{ items: T[]; pages: number; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let token: string | undefined;
  do {
    const result = await page(token);
    items.push(...result.items);
    sizes.push(result.items.length);
    token = result.next;
  } while (token !== undefined);
  return { items, pages: sizes.length, sizes };
}

const allPlugins = (app: string, size: number | undefined, sdk?: Clients) =>
  drain(async (token) => {
    const out = await listPlugins(app, size, token, sdk);
    return { items: out.plugins ?? [], next: out.nextToken };
  });
const allActionConnectors = (size: number | undefined) =>
  drain(async (token) => {
    const out = await listActionConnectors(size, token);
    return { items: out.ActionConnectorSummaries ?? [], next: out.NextToken };
  });
const allConnectorsV2 = (input: Omit<sh.ListConnectorsV2CommandInput, 'NextToken'>) =>
  drain(async (token) => {
    const out = await listConnectorsV2({ ...input, NextToken: token });
    return { items: out.Connectors ?? [], next: out.NextToken };
  });

/** Expected page sizes for `total` items in pages of `size`. */
function pageSizes(total: number, size: number): number[] {
  const sizes = Array.from({ length: Math.floor(total / size) }, () => size);
  if (total % size !== 0 || total === 0) sizes.push(total % size);
  return sizes;
}

// --- ListPlugins ----------------------------------------------------------------------------------------------

describe('ListPlugins: paging', () => {
  it.each([1, 7, 50])('application A in pages of %i: every plugin exactly once, in insertion order', async (size) => {
    const expected = env.emulator.store.qbusiness.listPlugins(R, APP_A).map((p) => p.pluginId);
    expect(expected).toHaveLength(SEED_COUNTS.plugins.appA);
    const { items, sizes } = await allPlugins(APP_A, size);
    expect(items.map((p) => p.pluginId)).toEqual(expected);
    expect(sizes).toEqual(pageSizes(expected.length, size));
  });

  it('77 = 7 x 11: a full last page carries no nextToken', async () => {
    const { pages, sizes } = await allPlugins(APP_A, 7);
    expect(pages).toBe(11);
    expect(sizes.every((s) => s === 7)).toBe(true);
  });

  it('without maxResults the page size is 50', async () => {
    const first = await listPlugins(APP_A);
    expect(first.plugins).toHaveLength(50);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await listPlugins(APP_A, undefined, first.nextToken);
    expect(second.plugins).toHaveLength(SEED_COUNTS.plugins.appA - 50);
    expect(second.nextToken).toBeUndefined();
    const b = await listPlugins(APP_B);
    expect(b.plugins).toHaveLength(SEED_COUNTS.plugins.appB);
    expect(b.nextToken).toBeUndefined();
  });

  it('both applications together hold at least 120 plugins, none shared', async () => {
    const a = await allPlugins(APP_A, 50);
    const b = await allPlugins(APP_B, 50);
    const ids = new Set([...a.items, ...b.items].map((p) => p.pluginId));
    expect(ids.size).toBe(a.items.length + b.items.length);
    expect(ids.size).toBeGreaterThanOrEqual(120);
  });

  it('paginateListPlugins (the SDK paginator) with pageSize 7', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of qb.paginateListPlugins({ client: env.sdk.qbusiness, pageSize: 7 }, { applicationId: APP_B })) {
      pages++;
      expect(page.plugins?.length).toBeLessThanOrEqual(7);
      ids.push(...(page.plugins ?? []).map((p) => p.pluginId ?? ''));
    }
    expect(pages).toBe(Math.ceil(SEED_COUNTS.plugins.appB / 7));
    expect(ids).toEqual(env.emulator.store.qbusiness.listPlugins(R, APP_B).map((p) => p.pluginId));
  });

  it('summaries carry the Plugin members only, with Dates', async () => {
    const out = await listPlugins(APP_A, 1);
    const first = out.plugins?.[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(['buildStatus', 'createdAt', 'displayName', 'pluginId', 'serverUrl', 'state', 'type', 'updatedAt']);
    expect(first).toEqual({
      pluginId: SEED.qbusiness.plugins.basicAuth.pluginId,
      displayName: 'ServiceNow-Incidents',
      type: 'SERVICE_NOW',
      serverUrl: 'https://acme.service-now.com',
      state: 'ENABLED',
      buildStatus: 'READY',
      createdAt: new Date('2025-11-03T09:14:27.315Z'),
      updatedAt: new Date('2026-02-17T16:40:02.871Z'),
    });
    const raw = await rawGet(env.emulator, `/applications/${APP_A}/plugins?maxResults=1`, 'qbusiness');
    expect(raw.status).toBe(200);
    expect((raw.json['plugins'] as Record<string, unknown>[])[0]?.['createdAt']).toBe(1762161267.315);
    expect(raw.json['nextToken']).toEqual(expect.any(String));
  });

  it('a plugin created after the first page appears at the end of the same listing', async () => {
    const emulator = await startEmulator();
    const sdk = clients(emulator);
    try {
      const first = await listPlugins(APP_B, 7, undefined, sdk);
      const created = await sdk.qbusiness.send(
        new qb.CreatePluginCommand({
          applicationId: APP_B,
          displayName: 'Created-Mid-Listing',
          type: 'ASANA',
          serverUrl: 'https://app.asana.com/api/1.0',
          authConfiguration: { noAuthConfiguration: {} },
        }),
      );
      const rest = await drain(async (token) => {
        const out = await listPlugins(APP_B, 7, token ?? first.nextToken, sdk);
        return { items: out.plugins ?? [], next: out.nextToken };
      });
      const ids = [...(first.plugins ?? []), ...rest.items].map((p) => p.pluginId);
      expect(ids).toHaveLength(SEED_COUNTS.plugins.appB + 1);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.at(-1)).toBe(created.pluginId);
    } finally {
      destroyClients(sdk);
      await emulator.close();
    }
  });
});

describe('ListPlugins: errors', () => {
  it('an application that does not exist -> ResourceNotFoundException APPLICATION', async () => {
    const missing = 'f0000000-0000-4000-8000-000000000000';
    const error = await rejection(listPlugins(missing), qb.ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.resourceType).toBe('APPLICATION');
    expect(error.resourceId).toBe(missing);
  });

  it('a malformed application id -> ValidationException applicationId', async () => {
    const error = await rejection(listPlugins('nope'), qb.ValidationException);
    expect(error.fields?.map((f) => f.name)).toEqual(['applicationId']);
  });

  it.each([0, 51, -1])('maxResults %i -> ValidationException maxResults', async (max) => {
    const error = await rejection(listPlugins(APP_A, max), qb.ValidationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.name)).toEqual(['maxResults']);
    expect(error.message).toMatch(/Member must have value (greater|less) than or equal to (1|50)/);
  });

  it.each([1, 50])('maxResults %i is accepted', async (max) => {
    expect((await listPlugins(APP_A, max)).plugins).toHaveLength(max);
  });

  it('maxResults that is not an integer (raw) -> ValidationException', async () => {
    const r = await rawGet(env.emulator, `/applications/${APP_A}/plugins?maxResults=ten`, 'qbusiness');
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(r.json['fields']).toEqual([{ name: 'maxResults', message: expect.stringContaining('Member must be an integer') }]);
  });

  it.each([
    ['garbage', 'not-a-token'],
    ['a well-formed token with a wrong signature', 'eyJ2IjoxfQ.AAAAAAAAAAAAAAAAAAAAAA'],
  ])('nextToken: %s -> ValidationException nextToken', async (_label, token) => {
    const error = await rejection(listPlugins(APP_A, 5, token), qb.ValidationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.fields).toEqual([{ name: 'nextToken', message: expect.stringMatching(/^The nextToken is not valid/) }]);
  });

  it('a tampered token (payload edited) -> ValidationException', async () => {
    const { nextToken } = await listPlugins(APP_A, 5);
    const [payload = '', mac = ''] = (nextToken ?? '').split('.');
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), i: 0 })).toString('base64url');
    await rejection(listPlugins(APP_A, 5, `${edited}.${mac}`), qb.ValidationException);
  });

  it('nextToken longer than 800 -> ValidationException (length)', async () => {
    const error = await rejection(listPlugins(APP_A, 5, 'x'.repeat(801)), qb.ValidationException);
    expect(error.fields?.[0]?.message).toContain('Member must have length less than or equal to 800');
  });

  it("a token of application A is refused for application B (foreign)", async () => {
    const { nextToken } = await listPlugins(APP_A, 5);
    const error = await rejection(listPlugins(APP_B, 5, nextToken), qb.ValidationException);
    expect(error.fields?.[0]?.message).toMatch(/^The nextToken was issued for a different list/);
  });

  it('a token of another emulator instance is refused (per-instance key)', async () => {
    const other = await startEmulator();
    const sdk = clients(other);
    try {
      const { nextToken } = await listPlugins(APP_A, 5, undefined, sdk);
      await rejection(listPlugins(APP_A, 5, nextToken), qb.ValidationException);
    } finally {
      destroyClients(sdk);
      await other.close();
    }
  });

  it('tokens stay valid when maxResults changes between pages', async () => {
    const first = await listPlugins(APP_A, 5);
    const second = await listPlugins(APP_A, 10, first.nextToken);
    const expected = env.emulator.store.qbusiness.listPlugins(R, APP_A).slice(5, 15).map((p) => p.pluginId);
    expect(second.plugins?.map((p) => p.pluginId)).toEqual(expected);
  });
});

// --- expiry, for all three services ----------------------------------------------------------------------------

describe('expired tokens (nextTokenTtlMs)', () => {
  it('each service refuses a token older than the TTL with its documented exception', async () => {
    const emulator: Emulator = await startEmulator({ nextTokenTtlMs: 150 });
    const sdk = clients(emulator);
    // The emulator's clock is Date.now: only Date is faked (timers and sockets stay real), so the tokens' age is
    // set by the test, not by how busy the machine is.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const p = await listPlugins(APP_A, 5, undefined, sdk);
      const a = await listActionConnectors(5, undefined, sdk);
      const c = await listConnectorsV2({ MaxResults: 5 }, sdk);
      // Fresh tokens work.
      await listPlugins(APP_A, 5, p.nextToken, sdk);
      vi.setSystemTime(Date.now() + 250);
      const pe = await rejection(listPlugins(APP_A, 5, p.nextToken, sdk), qb.ValidationException);
      expect(pe.fields?.[0]).toEqual({ name: 'nextToken', message: expect.stringMatching(/^The nextToken has expired/) });
      const ae = await rejection(listActionConnectors(5, a.NextToken, sdk), qs.InvalidNextTokenException);
      expect(ae.$metadata.httpStatusCode).toBe(400);
      expect(ae.message).toMatch(/^The NextToken has expired/);
      const ce = await rejection(listConnectorsV2({ MaxResults: 5, NextToken: c.NextToken }, sdk), sh.ValidationException);
      expect(ce.message).toMatch(/^The NextToken has expired/);
      expect(ce.Code).toBe('InvalidInput');
    } finally {
      vi.useRealTimers();
      destroyClients(sdk);
      await emulator.close();
    }
  });

  it('the default TTL is 15 minutes', async () => {
    const { DEFAULT_NEXT_TOKEN_TTL_MS } = await import('../../src/emulator/index.js');
    expect(DEFAULT_NEXT_TOKEN_TTL_MS).toBe(15 * 60 * 1000);
  });
});

// --- ListActionConnectors -----------------------------------------------------------------------------------

describe('ListActionConnectors: paging', () => {
  const expectedIds = () => env.emulator.store.quicksight.listActionConnectors(R, ACCOUNT).map((c) => c.ActionConnectorId);

  it.each([1, 7, 100])('pages of %i: every connector exactly once, in insertion order', async (size) => {
    const expected = expectedIds();
    expect(expected.length).toBeGreaterThanOrEqual(60);
    const { items, sizes } = await allActionConnectors(size);
    expect(items.map((c) => c.ActionConnectorId)).toEqual(expected);
    expect(sizes).toEqual(pageSizes(expected.length, size));
  });

  it('without max-results the page size is 100 (all 63 in one page)', async () => {
    const out = await listActionConnectors();
    expect(out.ActionConnectorSummaries).toHaveLength(SEED_COUNTS.actionConnectors);
    expect(out.NextToken).toBeUndefined();
  });

  it('paginateListActionConnectors (the SDK paginator) with pageSize 7', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of qs.paginateListActionConnectors({ client: env.sdk.quicksight, pageSize: 7 }, { AwsAccountId: ACCOUNT })) {
      pages++;
      ids.push(...(page.ActionConnectorSummaries ?? []).map((c) => c.ActionConnectorId ?? ''));
    }
    expect(pages).toBe(SEED_COUNTS.actionConnectors / 7);
    expect(ids).toEqual(expectedIds());
  });

  it('summaries carry the ActionConnectorSummary members only; RequestId and Status are set', async () => {
    const out = await listActionConnectors(7);
    expect(out.RequestId).toBe(out.$metadata.requestId);
    expect(out.Status).toBe(200);
    for (const summary of out.ActionConnectorSummaries ?? []) {
      const allowed = ['Arn', 'ActionConnectorId', 'Type', 'Name', 'CreatedTime', 'LastUpdatedTime', 'Status', 'Error'];
      for (const key of Object.keys(summary)) expect(allowed).toContain(key);
      expect(summary.LastUpdatedTime).toBeInstanceOf(Date);
    }
    const failed = out.ActionConnectorSummaries?.find((c) => c.ActionConnectorId === SEED.quicksight.actionConnectors.failed);
    expect(failed?.Error).toEqual({ Message: expect.any(String), Type: 'INTERNAL_FAILURE' });
    const raw = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors?max-results=2`, 'quicksight');
    expect(Object.keys(raw.json).sort()).toEqual(['ActionConnectorSummaries', 'NextToken', 'RequestId']);
  });
});

describe('ListActionConnectors: errors', () => {
  it.each([0, 101])('max-results %i -> InvalidParameterValueException 400', async (max) => {
    const error = await rejection(listActionConnectors(max), qs.InvalidParameterValueException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(/at 'MaxResults' failed to satisfy constraint/);
  });

  it.each([1, 100])('max-results %i is accepted', async (max) => {
    expect((await listActionConnectors(max)).ActionConnectorSummaries).toHaveLength(Math.min(max, SEED_COUNTS.actionConnectors));
  });

  it('max-results that is not an integer (raw) -> InvalidParameterValueException', async () => {
    const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors?max-results=1e2`, 'quicksight');
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('InvalidParameterValueException');
  });

  it.each([
    ['garbage', 'garbage'],
    ['an empty token', ''],
  ])('next-token %s -> InvalidNextTokenException 400', async (_label, token) => {
    const r = await rawGet(env.emulator, `/accounts/${ACCOUNT}/action-connectors?next-token=${token}`, 'quicksight');
    expect(r.status).toBe(400);
    expect(r.headers.get('x-amzn-errortype')).toBe('InvalidNextTokenException');
    expect(r.json).toEqual({ Message: expect.stringMatching(/^The NextToken is not valid/), RequestId: r.headers.get('x-amzn-requestid') });
  });

  it('a bad token through the SDK -> InvalidNextTokenException', async () => {
    const error = await rejection(listActionConnectors(5, 'bad-token'), qs.InvalidNextTokenException);
    expect(error.name).toBe('InvalidNextTokenException');
    expect(error.$fault).toBe('client');
  });

  it('a token of another list (ListPlugins, ListConnectorsV2) -> InvalidNextTokenException (foreign)', async () => {
    const plugins = await listPlugins(APP_A, 5);
    const v2 = await listConnectorsV2({ MaxResults: 5 });
    for (const token of [plugins.nextToken, v2.NextToken]) {
      const error = await rejection(listActionConnectors(5, token), qs.InvalidNextTokenException);
      expect(error.message).toMatch(/^The NextToken was issued for a different list/);
    }
  });

  it('another account -> AccessDeniedException 401; a malformed account -> InvalidParameterValueException', async () => {
    const denied = await rejection(listActionConnectors(5, undefined, env.sdk, '210987654321'), qs.AccessDeniedException);
    expect(denied.$metadata.httpStatusCode).toBe(401);
    await rejection(listActionConnectors(5, undefined, env.sdk, '12345'), qs.InvalidParameterValueException);
  });

  it('a token issued in one region is refused in another', async () => {
    const eu = clients(env.emulator, 'eu-west-1');
    try {
      const { NextToken } = await listActionConnectors(2);
      await rejection(listActionConnectors(2, NextToken, eu), qs.InvalidNextTokenException);
    } finally {
      destroyClients(eu);
    }
  });
});

// --- ListConnectorsV2 -----------------------------------------------------------------------------------------

const PROVIDER: Readonly<Record<string, string>> = { JiraCloud: 'JIRA_CLOUD', ServiceNow: 'SERVICENOW', Azure: 'AZURE' };
const providerOf = (c: StoredConnectorV2) => PROVIDER[Object.keys(c.ProviderDetail)[0] ?? ''];

describe('ListConnectorsV2: paging', () => {
  const stored = () => env.emulator.store.securityhub.listConnectorsV2(R);

  it.each([1, 7, 100])('pages of %i: every connector exactly once, in insertion order', async (size) => {
    const expected = stored().map((c) => c.ConnectorId);
    expect(expected.length).toBeGreaterThanOrEqual(30);
    const { items, sizes } = await allConnectorsV2({ MaxResults: size });
    expect(items.map((c) => c.ConnectorId)).toEqual(expected);
    expect(sizes).toEqual(pageSizes(expected.length, size));
  });

  it('without MaxResults the page size is 100 (all in one page)', async () => {
    const out = await listConnectorsV2();
    expect(out.Connectors).toHaveLength(SEED_COUNTS.connectorsV2);
    expect(out.NextToken).toBeUndefined();
  });

  it('ConnectorSummary: ProviderSummary {ProviderName, ConnectorStatus = health, ProviderConfiguration = ProviderDetail}, EnablementStatus', async () => {
    const out = await listConnectorsV2({ MaxResults: 100 });
    const byId = new Map(stored().map((c) => [c.ConnectorId, c]));
    for (const summary of out.Connectors ?? []) {
      const c = byId.get(summary.ConnectorId ?? '');
      expect(c).toBeDefined();
      if (c === undefined) continue;
      expect(summary).toEqual({
        ConnectorArn: c.ConnectorArn,
        ConnectorId: c.ConnectorId,
        Name: c.Name,
        ...(c.Description === undefined ? {} : { Description: c.Description }),
        ProviderSummary: { ProviderName: providerOf(c), ConnectorStatus: c.Health.ConnectorStatus, ProviderConfiguration: c.ProviderDetail },
        CreatedAt: c.CreatedAt,
        ...(c.EnablementStatus === undefined ? {} : { EnablementStatus: c.EnablementStatus }),
        ...(c.EnablementStatusReason === undefined ? {} : { EnablementStatusReason: c.EnablementStatusReason }),
      });
    }
    const azure = out.Connectors?.find((c) => c.ConnectorId === SEED.securityhub.connectors.azure);
    expect(azure?.ProviderSummary?.ProviderName).toBe('AZURE');
    expect(azure?.ProviderSummary?.ProviderConfiguration?.Azure?.ScopeConfiguration?.ScopeType).toEqual(expect.any(String));
    const raw = await rawGet(env.emulator, '/connectorsv2?MaxResults=1', 'securityhub');
    expect((raw.json['Connectors'] as Record<string, unknown>[])[0]?.['CreatedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('ListConnectorsV2: filters', () => {
  const stored = () => env.emulator.store.securityhub.listConnectorsV2(R);

  it.each(['JIRA_CLOUD', 'SERVICENOW', 'AZURE'] as const)('ProviderName=%s', async (ProviderName) => {
    const expected = stored().filter((c) => providerOf(c) === ProviderName).map((c) => c.ConnectorId);
    expect(expected.length).toBeGreaterThan(0);
    const { items } = await allConnectorsV2({ ProviderName, MaxResults: 3 });
    expect(items.map((c) => c.ConnectorId)).toEqual(expected);
    for (const c of items) expect(c.ProviderSummary?.ProviderName).toBe(ProviderName);
  });

  it.each(['CONNECTED', 'DEGRADED', 'FAILED_TO_CONNECT', 'PENDING_AUTHORIZATION', 'PENDING_CONFIGURATION', 'UNKNOWN'] as const)(
    'ConnectorStatus=%s filters on the health status',
    async (ConnectorStatus) => {
      const expected = stored().filter((c) => c.Health.ConnectorStatus === ConnectorStatus).map((c) => c.ConnectorId);
      const { items } = await allConnectorsV2({ ConnectorStatus, MaxResults: 2 });
      expect(items.map((c) => c.ConnectorId)).toEqual(expected);
    },
  );

  it.each(['ENABLED', 'PENDING_ENABLEMENT', 'FAILED_TO_ENABLE', 'PENDING_UPDATE', 'FAILED_TO_UPDATE', 'PENDING_DELETION', 'FAILED_TO_DELETE'] as const)(
    'EnablementStatus=%s',
    async (EnablementStatus) => {
      const expected = stored().filter((c) => c.EnablementStatus === EnablementStatus).map((c) => c.ConnectorId);
      const { items } = await allConnectorsV2({ EnablementStatus, MaxResults: 2 });
      expect(items.map((c) => c.ConnectorId)).toEqual(expected);
    },
  );

  it('the seed has several values of each filter, so the filters are meaningful', () => {
    const all = stored();
    expect(new Set(all.map(providerOf)).size).toBe(3);
    expect(new Set(all.map((c) => c.Health.ConnectorStatus)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((c) => c.EnablementStatus)).size).toBeGreaterThanOrEqual(3);
  });

  it('filters combine (AND), also across pages of 1', async () => {
    const combos = [
      { ProviderName: 'JIRA_CLOUD', ConnectorStatus: 'CONNECTED' },
      { ProviderName: 'AZURE', EnablementStatus: 'ENABLED' },
      { ConnectorStatus: 'CONNECTED', EnablementStatus: 'ENABLED' },
      { ProviderName: 'SERVICENOW', ConnectorStatus: 'CONNECTED', EnablementStatus: 'ENABLED' },
      { ProviderName: 'SERVICENOW', ConnectorStatus: 'CONNECTED', EnablementStatus: 'FAILED_TO_DELETE' },
    ] as const;
    let nonEmpty = 0;
    for (const filters of combos) {
      const expected = stored()
        .filter((c) => !('ProviderName' in filters) || providerOf(c) === filters.ProviderName)
        .filter((c) => !('ConnectorStatus' in filters) || c.Health.ConnectorStatus === filters.ConnectorStatus)
        .filter((c) => !('EnablementStatus' in filters) || c.EnablementStatus === filters.EnablementStatus)
        .map((c) => c.ConnectorId);
      if (expected.length > 0) nonEmpty++;
      const { items } = await allConnectorsV2({ ...filters, MaxResults: 1 });
      expect(items.map((c) => c.ConnectorId)).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(3);
  });

  it('a filter that matches nothing -> an empty list and no token', async () => {
    const out = await listConnectorsV2({ ProviderName: 'SERVICENOW', ConnectorStatus: 'CONNECTED', EnablementStatus: 'FAILED_TO_DELETE' });
    expect(out.Connectors).toEqual([]);
    expect(out.NextToken).toBeUndefined();
  });

  it('the query parameter names on the wire', async () => {
    const r = await rawGet(env.emulator, '/connectorsv2?ProviderName=AZURE&ConnectorStatus=CONNECTED&EnablementStatus=ENABLED&MaxResults=100', 'securityhub');
    expect(r.status).toBe(200);
    for (const c of r.json['Connectors'] as { ProviderSummary: { ProviderName: string; ConnectorStatus: string } }[]) {
      expect(c.ProviderSummary.ProviderName).toBe('AZURE');
      expect(c.ProviderSummary.ConnectorStatus).toBe('CONNECTED');
    }
  });
});

describe('ListConnectorsV2: errors', () => {
  it.each([
    ['ProviderName', { ProviderName: 'GITHUB' }],
    ['ConnectorStatus', { ConnectorStatus: 'connected' }],
    ['EnablementStatus', { EnablementStatus: 'DISABLED' }],
  ])('an invalid %s -> ValidationException (Code InvalidInput)', async (member, input) => {
    const error = await rejection(listConnectorsV2(input as sh.ListConnectorsV2CommandInput), sh.ValidationException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.Code).toBe('InvalidInput');
    expect(error.message).toMatch(new RegExp(`at '${member}' failed to satisfy constraint: Member must satisfy enum value set`));
  });

  it('all invalid inputs are reported together', async () => {
    const error = await rejection(
      listConnectorsV2({ MaxResults: 0, ProviderName: 'X', ConnectorStatus: 'Y', EnablementStatus: 'Z' } as unknown as sh.ListConnectorsV2CommandInput),
      sh.ValidationException,
    );
    expect(error.message).toMatch(/^4 validation errors detected: /);
  });

  it.each([0, 101])('MaxResults %i -> ValidationException', async (max) => {
    const error = await rejection(listConnectorsV2({ MaxResults: max }), sh.ValidationException);
    expect(error.message).toMatch(/at 'MaxResults' failed to satisfy constraint/);
  });

  it.each([1, 100])('MaxResults %i is accepted', async (max) => {
    expect((await listConnectorsV2({ MaxResults: max })).Connectors).toHaveLength(Math.min(max, SEED_COUNTS.connectorsV2));
  });

  it('a garbage token -> ValidationException', async () => {
    const error = await rejection(listConnectorsV2({ NextToken: 'garbage' }), sh.ValidationException);
    expect(error.message).toMatch(/^The NextToken is not valid/);
    expect(error.Code).toBe('InvalidInput');
  });

  it('a token used with other filters -> ValidationException (foreign); with the same filters it works', async () => {
    const first = await listConnectorsV2({ ProviderName: 'JIRA_CLOUD', MaxResults: 2 });
    expect(first.NextToken).toEqual(expect.any(String));
    const error = await rejection(listConnectorsV2({ ProviderName: 'AZURE', MaxResults: 2, NextToken: first.NextToken }), sh.ValidationException);
    expect(error.message).toMatch(/^The NextToken was issued for a different list/);
    await rejection(listConnectorsV2({ MaxResults: 2, NextToken: first.NextToken }), sh.ValidationException);
    const second = await listConnectorsV2({ ProviderName: 'JIRA_CLOUD', MaxResults: 2, NextToken: first.NextToken });
    expect(second.Connectors?.every((c) => c.ProviderSummary?.ProviderName === 'JIRA_CLOUD')).toBe(true);
  });

  it('a ListActionConnectors token -> ValidationException (foreign)', async () => {
    const { NextToken } = await listActionConnectors(2);
    await rejection(listConnectorsV2({ NextToken }), sh.ValidationException);
  });

  it('each list in eu-west-1 holds only that region\'s resources', async () => {
    const eu = clients(env.emulator, 'eu-west-1');
    try {
      expect((await listConnectorsV2({}, eu)).Connectors?.map((c) => c.ConnectorId)).toEqual(['e3e0b1d9-258e-4180-ae37-62374d2ed3df']);
      expect((await listActionConnectors(undefined, undefined, eu)).ActionConnectorSummaries?.map((c) => c.ActionConnectorId)).toEqual([
        'eu-confluence-wiki-authcode',
      ]);
      const app = '2cec3f2a-7799-4ff9-b07f-409986fe3c56';
      expect((await listPlugins(app, undefined, undefined, eu)).plugins?.map((p) => p.pluginId)).toEqual(['209e99ae-ca4e-4f14-86ee-2f629d06a08f']);
    } finally {
      destroyClients(eu);
    }
  });
});

describe('the routes do not disturb the Get operations', () => {
  it('GET /connectorsv2/{id} is still GetConnectorV2 and GET /applications/{id}/plugins/{pluginId} is still GetPlugin', async () => {
    const c = await env.sdk.securityhub.send(new sh.GetConnectorV2Command({ ConnectorId: SEED.securityhub.connectors.jiraCloud }));
    expect(c.ConnectorId).toBe(SEED.securityhub.connectors.jiraCloud);
    const p = await env.sdk.qbusiness.send(new qb.GetPluginCommand({ applicationId: APP_A, pluginId: SEED.qbusiness.plugins.basicAuth.pluginId }));
    expect(p.authConfiguration).toBeDefined();
    expect(env.emulator.calls.list().some((call) => call.operation === 'ListConnectorsV2')).toBe(true);
  });
});

describe('faults apply to the new operations', () => {
  it('errors, match on query members, and the call counter', async () => {
    const emulator = await startEmulator();
    const sdk = clients(emulator);
    try {
      emulator.faults.add('ListPlugins', { match: { applicationId: APP_B }, error: { type: 'ThrottlingException' } });
      emulator.faults.add('ListActionConnectors', { match: { MaxResults: '3' }, error: { type: 'InvalidNextTokenException' }, times: 1 });
      emulator.faults.add('ListConnectorsV2', { match: { ProviderName: 'AZURE' }, error: { type: 'ConflictException' }, times: 1 });
      emulator.faults.add('CreatePlugin', { error: { type: 'ServiceQuotaExceededException' }, times: 1 });
      await rejection(listPlugins(APP_B, 5, undefined, sdk), qb.ThrottlingException);
      await listPlugins(APP_A, 5, undefined, sdk);
      await rejection(listActionConnectors(3, undefined, sdk), qs.InvalidNextTokenException);
      await listActionConnectors(3, undefined, sdk);
      await rejection(listConnectorsV2({ ProviderName: 'AZURE' }, sdk), sh.ConflictException);
      const quota = await rejection(
        sdk.qbusiness.send(
          new qb.CreatePluginCommand({
            applicationId: APP_A,
            displayName: 'Never-Created',
            type: 'ASANA',
            serverUrl: 'https://app.asana.com/api/1.0',
            authConfiguration: { noAuthConfiguration: {} },
          }),
        ),
        qb.ServiceQuotaExceededException,
      );
      expect(quota.resourceId).toBe(APP_A);
      expect(quota.resourceType).toBe('APPLICATION');
      expect(emulator.store.qbusiness.listPlugins(R, APP_A).some((p) => p.displayName === 'Never-Created')).toBe(false);
      expect(emulator.calls.list().map((c) => `${c.operation}:${c.status}`)).toEqual([
        'ListPlugins:429',
        'ListPlugins:200',
        'ListActionConnectors:400',
        'ListActionConnectors:200',
        'ListConnectorsV2:409',
        'CreatePlugin:402',
      ]);
      expect(emulator.calls.list()[1]?.params).toEqual({ applicationId: APP_A, maxResults: '5' });
    } finally {
      destroyClients(sdk);
      await emulator.close();
    }
  });
});
