/** The guard around Astro's page cache: a build that died half way cannot vouch for its copies. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCacheDir } from '@jiyue/content';
import { finishRender, startRender } from '../src/render-cache.ts';

describe('render cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jiyue-render-cache-'));
  const cacheDir = join(scratch, 'cache');
  const manifest = join(scratch, 'cache', 'incremental-build.json');
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lives in the workspace .cache/astro/<site>/ folder', () => {
    expect(renderCacheDir('/srv/jiyue', 'fgw')).toBe('/srv/jiyue/.cache/astro/fgw');
  });

  it('keeps the manifest of a build that finished', () => {
    startRender(cacheDir);
    writeFileSync(manifest, '{}');
    finishRender(cacheDir);
    startRender(cacheDir);
    expect(existsSync(manifest)).toBe(true);
  });

  it('drops the manifest when the previous build did not finish', () => {
    // The build started above never finished: its page copies may be newer than the manifest.
    startRender(cacheDir);
    expect(existsSync(manifest)).toBe(false);
  });
});
