/**
 * A build where nothing changed skips the library step and reuses its result; any change to the
 * library, to what the step wrote, or to the day or a scheduled item's time runs it again, and
 * then it gives exactly what a run without the saved state gives.
 */
import { appDir, appSites, bundleFile, contentDir, libraryStateFile } from '@jiyue/content';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compileLibrary } from '../scripts/compile.ts';
import { root } from './helpers/built-sites.ts';

const scratch = mkdtempSync(join(tmpdir(), 'jiyue-library-state-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => delete process.env.JIYUE_NOW);

function workspace(name: string): string {
  const work = join(scratch, name);
  cpSync(contentDir(root), contentDir(work), { recursive: true });
  for (const app of appSites(root)) {
    mkdirSync(appDir(work, app), { recursive: true });
    cpSync(join(appDir(root, app), 'package.json'), join(appDir(work, app), 'package.json'));
  }
  return work;
}

const bundles = (work: string) => appSites(work).map((s) => readFileSync(bundleFile(work, s), 'utf8'));

describe('the library step when nothing changed', () => {
  it('reuses the last result, and runs again after an edit, with the output of a fresh run', () => {
    const work = workspace('edit');
    process.env.JIYUE_NOW = '2026-11-25 10:00';
    const first = compileLibrary(work);
    expect(first.compiled.ok).toBe(true);
    expect(first.upToDate).toBeUndefined();
    const again = compileLibrary(work);
    expect(again.upToDate).toBe(true);
    expect(again.warnings).toEqual(first.warnings);
    expect(again.compiled.written).toEqual([]);

    const file = join(contentDir(work), 'sites.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('示例市人民政府办公室', '示例市人民政府办公厅'));
    const edited = compileLibrary(work);
    expect(edited.upToDate).toBeUndefined();
    expect(edited.compiled.written.length).toBeGreaterThan(0);
    const incremental = bundles(work);
    rmSync(libraryStateFile(work));
    compileLibrary(work);
    expect(bundles(work)).toEqual(incremental);
  });

  it('runs again when a bundle was removed, on another day, or when a scheduled item falls due', () => {
    const work = workspace('outputs');
    process.env.JIYUE_NOW = '2026-11-25 10:00';
    const item = readFileSync(join(contentDir(work), 'items/city/news/city-news-2025-0008.md'), 'utf8');
    writeFileSync(join(contentDir(work), 'items/city/news/scheduled-test.md'), item.replace(/^id: .*$/m, 'id: city-news-scheduled-0001').replace(/^date: .*$/m, 'date: "2026-11-25 18:00"\nscheduled: true'));
    expect(compileLibrary(work).compiled.ok).toBe(true);
    expect(compileLibrary(work).upToDate).toBe(true);

    rmSync(bundleFile(work, 'fgw'));
    expect(compileLibrary(work).upToDate).toBeUndefined();
    expect(compileLibrary(work).upToDate).toBe(true);

    process.env.JIYUE_NOW = '2026-11-25 18:00'; // the scheduled item's time has come
    const due = compileLibrary(work);
    expect(due.upToDate).toBeUndefined();
    expect(readFileSync(bundleFile(work, 'city'), 'utf8')).toContain('city-news-scheduled-0001');
    expect(compileLibrary(work).upToDate).toBe(true);

    process.env.JIYUE_NOW = '2026-11-26 08:00'; // a new day: date rules and reports are judged again
    expect(compileLibrary(work).upToDate).toBeUndefined();
    process.env.JIYUE_NOW = '2026-11-26 07:00'; // a rehearsal clock set back
    expect(compileLibrary(work).upToDate).toBeUndefined();
  });
});
