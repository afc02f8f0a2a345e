import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileOf, FIXTURE_REGISTRY } from '../src/testing/index.ts';

const repo = new URL('../../../', import.meta.url).pathname;

/** A scratch repository: content/ with the fixture registry, the real inspector lists and logos, and the items. */
export function scratchRepo(items: string[], registry = FIXTURE_REGISTRY): string {
  const root = mkdtempSync(join(tmpdir(), 'jiyue-check-'));
  mkdirSync(join(root, 'content', 'items'), { recursive: true });
  writeFileSync(join(root, 'content', 'sites.yaml'), registry);
  cpSync(join(repo, 'content', 'inspector'), join(root, 'content', 'inspector'), { recursive: true });
  cpSync(join(repo, 'content', 'logos'), join(root, 'content', 'logos'), { recursive: true });
  for (const text of items) {
    const path = join(root, fileOf(text));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}
