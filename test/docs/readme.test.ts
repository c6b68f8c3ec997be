import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SETTINGS, type Setting } from '../../src/config.js';
import { useTestGateway } from '../support/gateway.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const gw = useTestGateway();

describe('README', () => {
  it('has example queries that run as written against the seeded emulator', async () => {
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const query of blocks) {
      const { body } = await gw.gql(query);
      expect(body.errors).toBeUndefined();
      for (const value of Object.values(body.data ?? {})) expect(value).not.toBeNull();
    }
  });

  it('shows the error contract as the gateway really answers it', async () => {
    const { body } = await gw.gql(
      `{ plugin(applicationId: "89b445ee-84b7-4845-adb0-cbfffb70a4af", pluginId: "00000000-0000-4000-8000-000000000000") { pluginId } }`,
    );
    const documented = /"extensions": \{\s*"code": "RESOURCE_NOT_FOUND",\s*"retryable": false,\s*"aws": \{ "service": "qbusiness", "operation": "GetPlugin", "errorType": "ResourceNotFoundException",\s*"httpStatus": 404/;
    expect(readme).toMatch(documented);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'RESOURCE_NOT_FOUND',
      retryable: false,
      aws: { service: 'qbusiness', operation: 'GetPlugin', errorType: 'ResourceNotFoundException', httpStatus: 404, region: 'us-east-1' },
    });
    expect(body.errors?.[0]?.message).toBe('Plugin with ID 00000000-0000-4000-8000-000000000000 not found.');
  });

  it('has a configuration table that is the settings table of src/config.ts, row for row', () => {
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const rows = [...section.matchAll(/^\| (`.*?) \| (.*?) \| (.*) \|$/gm)].map((match) => [match[1], match[2], match[3]].join(' | '));
    const expected = Object.values(SETTINGS).map((setting: Setting) =>
      [[...(setting.flag === undefined ? [] : [`--${setting.flag}`]), ...setting.env].map((name) => `\`${name}\``).join(', '), setting.default, setting.meaning].join(' | '),
    );
    expect(rows).toEqual(expected);
  });

  it('has every CONNECTOR_GRAPH_* variable the sources mention in the settings table', () => {
    const declared = new Set(Object.values(SETTINGS).flatMap((setting: Setting) => setting.env));
    const mentioned = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(/\bCONNECTOR_GRAPH_[A-Z0-9_]+\b/g)) mentioned.add(match[0]);
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'src'));
    expect([...mentioned].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('starts the gateway in aws mode only with settings it accepts, in every shell recipe', () => {
    // `--backend aws` refuses to start without an auth choice; each recipe's variables and flags must pass the same
    // configuration check start-up runs (AWS itself is not reached here).
    const recipes = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((match) => (match[1] ?? '').split('\n'))
      .flatMap((line) => line.split('&&').map((part) => part.trim()))
      .filter((command) => /(npm start|dist\/main\.js)\b.*--backend aws/.test(command));
    expect(recipes.length).toBeGreaterThanOrEqual(3);
    for (const command of recipes) {
      const words = command.split(/\s+/);
      const env: NodeJS.ProcessEnv = {};
      while (/^[A-Z_]+=/.test(words[0] ?? '')) {
        const [name, ...value] = (words.shift() as string).split('=');
        env[name as string] = value.join('=');
      }
      const args = words.slice(words.indexOf(words.includes('--') ? '--' : 'dist/main.js') + 1);
      expect(() => loadConfig(args, env), command).not.toThrow();
    }
  });
});
