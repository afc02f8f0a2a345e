/**
 * Search has one home (issue 13): nothing in packages/search — its source, its benchmarks —
 * reaches above the package (scripts/, test/, another package's files) except through another
 * package's published entry points (@jiyue/content, not @jiyue/content/src/…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = resolve(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(pkg, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => join(pkg, dir, f));
const SPECIFIER = /(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every import of a file that leaves the package or enters another package's source. */
export function strayImports(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.')) {
      const target = relative(pkg, resolve(dirname(file), spec));
      if (target.startsWith('..')) out.push(spec);
    } else if (/^@jiyue\/[^/]+\/src(\/|$)/.test(spec)) out.push(spec);
  }
  return out;
}

describe('packages/search imports nothing from above it', () => {
  it.each(['src', 'bench', 'test'])('%s/', (dir) => {
    const stray = files(dir).flatMap((f) => strayImports(f, readFileSync(f, 'utf8')).map((s) => `${relative(pkg, f)}: ${s}`));
    expect(stray).toEqual([]);
  });

  it('the check itself catches an import from scripts/, test/ and another package’s src/', () => {
    const file = join(pkg, 'bench', 'x.ts');
    const text = "import { a } from '../../../scripts/serve.ts';\nimport { b } from '../../../test/helpers/browser.ts';\nimport { c } from '@jiyue/content/src/layout.ts';\nimport { d } from '../src/shards.ts';\nimport '../../site-kit/src/x.ts';\n";
    expect(strayImports(file, text)).toEqual(['../../../scripts/serve.ts', '../../../test/helpers/browser.ts', '@jiyue/content/src/layout.ts', '../../site-kit/src/x.ts']);
  });
});
