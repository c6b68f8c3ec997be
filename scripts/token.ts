/**
 * `npm run token -- --scopes "qbusiness:read quicksight:read" [--sub alice] [--issuer URL] [--audience A] [--expires S]`
 * Prints a development bearer token signed by the emulator's OIDC issuer (default http://127.0.0.1:4010/oidc, the
 * issuer of `npm run emulator`; the ready line of `npm start` in emulator mode names its own as `issuer`).
 */
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      scopes: { type: 'string', default: '' },
      sub: { type: 'string', default: 'developer' },
      issuer: { type: 'string' },
      audience: { type: 'string' },
      expires: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const issuer = (values.issuer ?? process.env.CONNECTOR_GRAPH_JWT_ISSUER ?? 'http://127.0.0.1:4010/oidc').replace(/\/$/, '');
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      sub: values.sub,
      scope: values.scopes,
      ...(values.audience === undefined ? {} : { audience: values.audience }),
      ...(values.expires === undefined ? {} : { expiresInSeconds: Number(values.expires) }),
    }),
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`${issuer}/token answered HTTP ${response.status}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)} (is the emulator running? give --issuer <emulator url>/oidc)\n`);
  process.exit(1);
});
