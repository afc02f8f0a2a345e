import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A disk cache keyed by content hash: an unchanged item (same bytes, same path, same pipeline
 * code) is never parsed again. The pipeline's own source is part of the key, so changing the
 * parser invalidates every entry without a manual version bump.
 */
export class HashCache<T> {
  readonly dir: string;
  readonly salt: string;
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.salt = pipelineHash();
    mkdirSync(dir, { recursive: true });
  }

  key(...parts: (string | Uint8Array)[]): string {
    const h = createHash('sha256').update(this.salt);
    for (const p of parts) h.update(p).update('\0');
    return h.digest('hex');
  }

  get(key: string): T | undefined {
    try {
      const value = JSON.parse(readFileSync(join(this.dir, key.slice(0, 2), `${key}.json`), 'utf8')) as T;
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: T): void {
    const dir = join(this.dir, key.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(dir, `${key}.json`)); // atomic: a reader never sees half an entry
  }
}

let cachedPipelineHash: string | undefined;

function pipelineHash(): string {
  if (cachedPipelineHash) return cachedPipelineHash;
  const h = createHash('sha256');
  const srcDir = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts')) h.update(entry.name).update(readFileSync(p));
    }
  };
  walk(srcDir);
  cachedPipelineHash = h.digest('hex');
  return cachedPipelineHash;
}
