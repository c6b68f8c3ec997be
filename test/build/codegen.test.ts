import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('generated code (src/__generated__)', () => {
  it('is what `npm run codegen` makes from the current schema: run it and commit the result if this fails', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
    // generate() is typed `FileOutput[] | any` because of watch mode; without watch it is the list of files.
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      'src/__generated__/introspection.json',
      'src/__generated__/possible-types.ts',
      'src/__generated__/resolvers-types.ts',
    ]);
    for (const output of outputs) {
      expect(readFileSync(join(root, output.filename), 'utf8'), output.filename).toBe(output.content);
    }
  });

  it('gives frontends the members of every union and interface', async () => {
    const { default: possibleTypes } = await import('../../src/__generated__/possible-types.js');
    expect(possibleTypes.possibleTypes.PluginAuthConfiguration).toEqual(
      expect.arrayContaining(['BasicAuthConfiguration', 'PluginAuthConfigurationUnknown']),
    );
    expect(possibleTypes.possibleTypes.UnknownUnionMember).toHaveLength(6);
  });
});
