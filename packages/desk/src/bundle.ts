import { deskCacheDir } from '@jiyue/content';
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const clientDir = new URL('./client/', import.meta.url).pathname;

/** The desk's browser code and Decap CMS as one local file (no CDN): .cache/desk/desk.js. */
export const deskBundle = (root: string) => join(deskCacheDir(root), 'desk.js');

/**
 * Bundles the desk's client with Decap CMS (decap-cms-app, React) when the bundle is missing or
 * older than the client's sources; takes about 10 s once, then nothing.
 */
export async function ensureBundle(root: string): Promise<string> {
  const out = deskBundle(root);
  const sources = readdirSync(clientDir).map((f) => statSync(join(clientDir, f)).mtimeMs);
  if (existsSync(out) && statSync(out).mtimeMs > Math.max(...sources)) return out;
  await build({
    entryPoints: [join(clientDir, 'desk.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    outfile: out,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'error',
  });
  return out;
}
