import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from '../../scripts/api-node-flags.js';

const project = (path: string) => new URL(`../../${path}`, import.meta.url);
const manifest = JSON.parse(readFileSync(project('package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The npm packages a module graph imports at run time (type-only imports are gone after esbuild). */
async function packagesImportedBy(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [project(entry).pathname],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const names = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (!external || path.startsWith('node:')) continue;
      const parts = path.split('/');
      names.add(path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? path));
    }
  }
  return names;
}

describe('the production run', () => {
  it('starts compiled JavaScript with plain node, building it first when stale', () => {
    expect(manifest.scripts.start).toBe(`node ${API_NODE_FLAGS.join(' ')} dist/main.js`);
    expect(manifest.scripts.prestart).toContain('--if-stale');
    expect(manifest.scripts.dev).toBe('tsx watch src/main.ts');
  });

  it('imports, from src/main.ts and src/cli/seed.ts, only production dependencies (dev ones are pruned)', async () => {
    for (const entry of ['src/main.ts', 'src/cli/seed.ts']) {
      const missing = [...(await packagesImportedBy(entry))].filter(
        (name) => !(name in manifest.dependencies),
      );
      expect(missing, entry).toEqual([]);
    }
  });

  it('runs node dist/main.js in the image, with the build tools pruned', () => {
    const dockerfile = readFileSync(project('Dockerfile'), 'utf8');
    const command = ['node', ...API_NODE_FLAGS, 'dist/main.js'].map((word) => `"${word}"`);
    expect(dockerfile).toContain(`CMD [${command.join(', ')}]`);
    expect(dockerfile).toMatch(/npm run build && npm prune --omit=dev/);
    expect(dockerfile).not.toMatch(/^(?!#).*\btsx\b/m);
  });
});
