/**
 * The README's development-token recipe, run as written: `npm run token` asks the emulator's development issuer for
 * a token, and a gateway with `--auth jwt` trusting that issuer serves it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { SEED } from '../../src/emulator/index.js';
import { useTestGateway } from '../support/gateway.js';

const root = join(import.meta.dirname, '..', '..');
const RECIPE = 'npm run token -- --scopes "qbusiness:read quicksight:read" --sub alice';
const gateway = useTestGateway({ auth: { mode: 'jwt' } });

describe('npm run token (README: Securing the graph)', () => {
  it('prints a token from the emulator issuer that the gateway accepts, with those scopes and that subject', async () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(RECIPE);
    const args = ['scripts/token.ts', '--scopes', 'qbusiness:read quicksight:read', '--sub', 'alice', '--issuer', gateway.emulator.issuer];
    const { stdout } = await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), args, { cwd: root, timeout: 60_000 });
    const token = stdout.trim();
    expect(decodeJwt(token)).toMatchObject({ sub: 'alice', scope: 'qbusiness:read quicksight:read', iss: gateway.emulator.issuer });

    const plugin = SEED.qbusiness.plugins.noAuth;
    const { status, body } = await gateway.gql(
      `{ plugin(applicationId: "${plugin.applicationId}", pluginId: "${plugin.pluginId}") { pluginId }
         connectorV2(connectorId: "${SEED.securityhub.connectors.azure}") { connectorId } }`,
      undefined,
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({ plugin: { pluginId: plugin.pluginId }, connectorV2: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: [['securityhub:read']] });
  });
});
