import { describe, expect, it } from 'vitest';
import { SEED } from '../../src/emulator/index.js';
import { startTestGateway, useTestGateway } from '../support/gateway.js';

const applicationId = SEED.qbusiness.applicationIds[0];
const PAGE = `query($after: String) { plugins(applicationId: "${applicationId}", first: 3, after: $after) { nodes { pluginId } pageInfo { endCursor } } }`;
const SECRET = 'a-shared-cursor-secret-of-at-least-32-characters';

interface Page {
  plugins: { nodes: Array<{ pluginId: string }>; pageInfo: { endCursor: string } } | null;
}

const gw = useTestGateway({ cursorSecret: SECRET });

async function endCursor(): Promise<string> {
  const { body } = await gw.gql<Page>(PAGE);
  const cursor = body.data?.plugins?.pageInfo.endCursor;
  if (cursor === undefined) throw new Error(JSON.stringify(body));
  gw.emulator.calls.reset();
  return cursor;
}

async function expectRefused(after: string): Promise<void> {
  const { body } = await gw.gql<Page>(PAGE, { after });
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'after' }] });
  expect(gw.emulator.calls.count()).toBe(0);
}

/** Flips one character of `text` at `index` to another base64url character. */
const flip = (text: string, index: number) => text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('signed cursors', () => {
  it('refuses a cursor with any single character changed, before any AWS call', async () => {
    const cursor = await endCursor();
    for (let index = 0; index < cursor.length; index += 7) {
      if (cursor[index] === '.') continue;
      await expectRefused(flip(cursor, index));
    }
  });

  it('refuses a forged cursor carrying an AWS token or an absurd position (unsigned, as cursors used to be)', async () => {
    const forge = (position: unknown, list: string) => Buffer.from(JSON.stringify({ v: 1, l: list, p: position })).toString('base64url');
    const cursor = await endCursor();
    const list = (JSON.parse(Buffer.from(cursor.split('.')[0] ?? '', 'base64url').toString()) as { l: string }).l;
    await expectRefused(forge({ t: 'forged-aws-token', o: 0 }, list));
    await expectRefused(forge({ t: null, o: 1e300 }, list));
    const payload = Buffer.from(JSON.stringify({ v: 2, l: list, p: { t: null, o: 1e300 } })).toString('base64url');
    await expectRefused(`${payload}.${cursor.split('.')[1] ?? ''}`);
  });

  it('is accepted by another replica with the same secret and refused by one with another', async () => {
    const cursor = await endCursor();
    // Replicas in front of the same AWS (the cursor holds the emulator's own list token).
    const sameSecret = await startTestGateway({ cursorSecret: SECRET, endpoint: gw.emulator.url });
    const otherSecret = await startTestGateway({ endpoint: gw.emulator.url });
    try {
      const same = await sameSecret.gql<Page>(PAGE, { after: cursor });
      expect(same.body.errors).toBeUndefined();
      expect(same.body.data?.plugins?.nodes).toHaveLength(3);
      gw.emulator.calls.reset();
      const other = await otherSecret.gql<Page>(PAGE, { after: cursor });
      expect(other.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(gw.emulator.calls.count()).toBe(0);
    } finally {
      await sameSecret.close();
      await otherSecret.close();
    }
  });

  it('refuses a cursor of the integrations list changed in its position', async () => {
    const query = `query($after: String) { integrations(applicationIds: ["${applicationId}"], services: [QBUSINESS], first: 2, after: $after) { pageInfo { endCursor } } }`;
    const first = await gw.gql<{ integrations: { pageInfo: { endCursor: string } } }>(query);
    const cursor = first.body.data?.integrations.pageInfo.endCursor ?? '';
    gw.emulator.calls.reset();
    const { body } = await gw.gql(query, { after: flip(cursor, 5) });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(gw.emulator.calls.count()).toBe(0);
  });
});
