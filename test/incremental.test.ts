/**
 * Caches that cannot lie (issue 10, item 6): a differential test. Two fresh clones of this
 * repository build the demo city's fgw and rsj sites. After each edit of a sequence, the "warm"
 * clone builds with every cache it has kept (Turbo's, the parse cache, Astro's page cache, the
 * search shards), the "clean" clone builds the same state with every cache and output removed
 * first, and both outputs must be byte-identical, file for file. The only build marker,
 * dist/.jiyue-build (the Turbo task hash), is equal too: same inputs, same hash.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, distDir, readBundle } from '@jiyue/content';
import { item } from '@jiyue/inspector/testing';
import { root } from './helpers/built-sites.ts';

const SITES = ['fgw', 'rsj'];
const pnpm = (dir: string, args: string[]) =>
  execFileSync('npx', ['--yes', 'pnpm@10.34.8', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });

/** A fresh clone of this commit with the library as it is on disk here, its packages installed offline. */
function cloneAt(dir: string): void {
  execFileSync('git', ['clone', '-q', '--no-hardlinks', root, dir]);
  cpSync(contentDir(root), contentDir(dir), { recursive: true });
  pnpm(dir, ['install', '--offline', '--frozen-lockfile']);
}

/**
 * Everything a build leaves behind: every git-ignored path (outputs, bundles, .cache/, .turbo/),
 * except the installed packages themselves — inside a node_modules folder only the caches tools
 * keep there (dot-folders such as .cache, .vite, .astro) go, not .bin or pnpm's .pnpm store.
 */
function removeBuildState(dir: string): void {
  const ignored = execFileSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const path of ignored) {
    const full = join(dir, path);
    if (!/(^|\/)node_modules\/$/.test(path)) {
      rmSync(full, { recursive: true, force: true });
      continue;
    }
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name.startsWith('.') && !['.bin', '.pnpm'].includes(entry.name)) rmSync(join(full, entry.name), { recursive: true, force: true });
    }
  }
}

const build = (dir: string) => pnpm(dir, ['build', ...SITES.map((s) => `--filter=@jiyue/app-${s}`)]);

/** Every file of a site's output with its bytes. */
function output(dir: string, site: string): Map<string, Buffer> {
  const dist = distDir(dir, site);
  const files = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dist, f)).isFile()).sort();
  return new Map(files.map((f) => [f, readFileSync(join(dist, f))]));
}

/** The files in which two outputs differ (missing on one side or different bytes). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((f) => !a.has(f) || !b.has(f) || !a.get(f)!.equals(b.get(f)!));
}

/** Rewrites one file; fails when the edit does not apply (the fixture changed under the test). */
function rewrite(dir: string, path: string, edit: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after, `edit of ${path} changed nothing`).not.toBe(before);
  writeFileSync(file, after);
}

/** The library file of an item id (items are named after their id). */
function itemFile(dir: string, id: string): string {
  const found = (readdirSync(join(dir, 'content/items'), { recursive: true, encoding: 'utf8' }) as string[]).find((f) => f.endsWith(`/${id}.md`));
  if (!found) throw new Error(`no item ${id}`);
  return join('content/items', found);
}

const bundleOf = (dir: string, site: string) => readBundle(dir, site);
const newsFiles = (dir: string, site: string) => readdirSync(join(dir, 'content/items', site, 'news')).filter((f) => f.endsWith('.md')).sort();
const ADDED = 20;
const added = (n: number) => `content/items/fgw/news/zz-incremental-test-${n}.md`;

/** The edits, in order; each applies to a clone's folder. */
const edits: {
  name: string;
  apply: (dir: string) => void;
  /** Every page shows it: nothing may be reused. */
  rendersAll?: boolean;
  /** A page of fgw that must exist (true) or not (false) afterwards. */
  page?: [string, boolean];
}[] = [
  {
    name: "change an item's body",
    apply: (dir) => appendFileSync(join(dir, 'content/items/fgw/news', newsFiles(dir, 'fgw')[0]!), '\n本文于近日补充了一段说明，用于增量构建测试。\n'),
  },
  {
    name: 'change the title of an item other items link to',
    apply: (dir) => {
      // An interpretation on fgw links to its policy by the policy's title.
      const linking = bundleOf(dir, 'fgw').items.find((i) => i.policyLink);
      const target = linking!.policyLink!.href.split('/').filter(Boolean).at(-1)!;
      rewrite(dir, itemFile(dir, target), (t) => t.replace(/^title: (.*)$/m, 'title: $1（修订）'));
    },
  },
  {
    name: 'move an item to another column',
    apply: (dir) => rewrite(dir, join('content/items/fgw/news', newsFiles(dir, 'fgw')[1]!), (t) => t.replace(/^column: news$/m, 'column: notices')),
  },
  {
    // Enough items to give the column a second list page: every list page's key changes. Dated
    // 11-01 to 11-20, before the demo library's clock (content/demo.yaml), so they are all due.
    name: 'add items',
    apply: (dir) => {
      for (let n = 1; n <= ADDED; n++) {
        writeFileSync(
          join(dir, added(n)),
          item({ id: `zz-incremental-test-${n}`, site: 'fgw', column: 'news', title: `市发展改革委召开增量构建测试专题会议（第${n}次）`, date: `2026-11-${String(n).padStart(2, '0')} 10:00`, body: `市发展改革委召开第${n}次增量构建测试专题会议，研究部署相关工作。` }),
        );
      }
    },
    page: ['news/index_2/index.html', true],
  },
  {
    name: 'remove them (the second list page goes too)',
    apply: (dir) => { for (let n = 1; n <= ADDED; n++) rmSync(join(dir, added(n))); },
    page: ['news/index_2/index.html', false],
  },
  {
    name: 'add a shownOn',
    apply: (dir) => rewrite(dir, join('content/items/rsj/news', newsFiles(dir, 'rsj').find((f) => !readFileSync(join(dir, 'content/items/rsj/news', f), 'utf8').includes('shownOn'))!), (t) => t.replace(/^(column: .*)$/m, '$1\nshownOn:\n  - { site: fgw, column: news }')),
  },
  {
    name: 'change a registry field shown in the footer',
    apply: (dir) => rewrite(dir, 'content/sites.yaml', (t) => t.replace(/(- id: rsj\n(?:(?! {2}- id:).*\n)*? {4}operator: )(.*)/, '$1$2（增量构建测试）')),
  },
  {
    name: 'change a design-system component',
    apply: (dir) => {
      rewrite(dir, 'packages/ui/src/components/Footer/Footer.astro', (t) => t.replace(/<footer\b/, '<footer data-edit="incremental-test"'));
      appendFileSync(join(dir, 'packages/ui/src/components/Footer/Footer.css'), '\n.site-footer[data-edit] { outline-offset: 1px; }\n');
    },
    rendersAll: true,
  },
];

describe('incremental builds equal clean builds', { timeout: 1_800_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jiyue-incremental-'));
  const warm = join(scratch, 'warm');
  const clean = join(scratch, 'clean');
  let previous = new Map<string, Map<string, Buffer>>();

  beforeAll(() => {
    cloneAt(warm);
    cloneAt(clean);
    build(warm);
    previous = new Map(SITES.map((s) => [s, output(warm, s)]));
  }, 600_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(edits)('$name', ({ apply, rendersAll = false, page }) => {
    apply(warm);
    apply(clean);
    const log = build(warm);
    removeBuildState(clean);
    expect(existsSync(join(clean, '.cache'))).toBe(false);
    build(clean);
    const changed: string[] = [];
    for (const site of SITES) {
      const incremental = output(warm, site);
      expect(differences(incremental, output(clean, site)), `${site}: files that differ from a clean build`).toEqual([]);
      changed.push(...differences(previous.get(site)!, incremental).map((f) => `${site}/${f}`));
      previous.set(site, incremental);
    }
    // The edit showed, and the warm build reused pages: the comparison is not vacuous.
    expect(changed.length).toBeGreaterThan(0);
    const restored = log.match(/\(restored\)/g)?.length ?? 0;
    if (rendersAll) expect(restored).toBe(0);
    else expect(restored).toBeGreaterThan(0);
    if (page) expect(existsSync(join(warm, 'apps/fgw/dist', page[0])), page[0]).toBe(page[1]);
  });
});
