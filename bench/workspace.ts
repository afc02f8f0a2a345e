/**
 * Makes the scratch root a small pnpm + Turborepo workspace of its own, so the benchmark runs
 * the real pipeline, not an imitation of it:
 *
 * - one app per site, copied from apps/city (package.json and astro.config.ts, with only the
 *   name and site id changed); `workspace:*` dependencies on the real packages become `link:`
 *   paths to /work/main/packages/*, and versioned ones (astro) link to the very copy that
 *   apps/city uses, so the apps build with the real site-kit, ui and content code;
 * - the root gets the repo's `packageManager`, .npmrc, .gitignore, `build` script and scripts/
 *   folder, and the repo's root devDependencies (the Node runtime, turbo, the content and
 *   inspector packages, ...) linked the same way, so `pnpm build` here is the repo's `pnpm build`;
 * - `pnpm install --offline` then wires node_modules and bin shims exactly as in the repo,
 *   without touching the network (link: dependencies need nothing from a registry);
 * - turbo.json is the repo's, except that inputs under $TURBO_ROOT$/packages/ (which do not
 *   exist here) are replaced by one file holding a hash of those sources: Turbo still misses
 *   its cache when the core code changes, and hashes the same `.jiyue/**` bundles as in the repo;
 * - `git init` (no commit) gives Turbo the same view of tracked and ignored files as in the
 *   repo; without it every file would look ignored (bench/out/ is git-ignored in the repo).
 */
import { appDir } from '@jiyue/content';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { City } from './generate.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const link = (from: string, to: string) => `link:${relative(from, to)}`;

export function writeWorkspace(root: string, city: City, mainRoot: string): void {
  const template = join(mainRoot, 'apps/city');
  const appPkg = readJson(join(template, 'package.json'));
  const appConfig = readFileSync(join(template, 'astro.config.ts'), 'utf8');
  if (!appConfig.includes("site: 'city'")) throw new Error("apps/city/astro.config.ts no longer says site: 'city'; update bench/workspace.ts");

  const packages = new Map<string, string>();
  for (const d of readdirSync(join(mainRoot, 'packages'))) {
    const p = join(mainRoot, 'packages', d, 'package.json');
    if (existsSync(p)) packages.set(readJson(p).name, join(mainRoot, 'packages', d));
  }
  const workspacePackage = (name: string) => {
    const dir = packages.get(name);
    if (!dir) throw new Error(`${name} is not in packages/; update bench/workspace.ts`);
    return dir;
  };
  const target = (name: string, spec: string) =>
    spec.startsWith('workspace:') ? workspacePackage(name) : realpathSync(join(template, 'node_modules', name));

  for (const site of city.sites) {
    const dir = appDir(root, site.id);
    mkdirSync(dir, { recursive: true });
    const deps = Object.fromEntries(Object.entries(appPkg.dependencies as Record<string, string>).map(([n, spec]) => [n, link(dir, target(n, spec))]));
    writeJson(join(dir, 'package.json'), { ...appPkg, name: appPkg.name.replace(/city$/, site.id), dependencies: deps });
    writeFileSync(join(dir, 'astro.config.ts'), appConfig.replaceAll('"city"', `"${site.id}"`).replaceAll("'city'", `'${site.id}'`));
  }

  const rootPkg = readJson(join(mainRoot, 'package.json'));
  const rootDeps = Object.entries(rootPkg.devDependencies as Record<string, string>).map(([n, spec]) => [
    n, link(root, spec.startsWith('workspace:') ? workspacePackage(n) : realpathSync(join(mainRoot, 'node_modules', n))),
  ]);
  writeJson(join(root, 'package.json'), {
    name: 'jiyue-bench-city',
    private: true,
    type: 'module',
    packageManager: rootPkg.packageManager,
    scripts: { build: rootPkg.scripts.build },
    devDependencies: Object.fromEntries(rootDeps),
  });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  for (const f of ['.npmrc', '.gitignore']) copyFileSync(join(mainRoot, f), join(root, f));
  cpSync(join(mainRoot, 'scripts'), join(root, 'scripts'), { recursive: true });

  const turbo = readJson(join(mainRoot, 'turbo.json'));
  const coreGlobs: string[] = [];
  for (const task of Object.values(turbo.tasks) as { inputs?: string[] }[]) {
    if (!task.inputs) continue;
    coreGlobs.push(...task.inputs.filter((i) => i.startsWith('$TURBO_ROOT$/packages/')));
    const rest = task.inputs.filter((i) => !i.startsWith('$TURBO_ROOT$/packages/'));
    task.inputs = rest.length < task.inputs.length ? [...rest, '$TURBO_ROOT$/core-inputs.sha256'] : rest;
  }
  writeJson(join(root, 'turbo.json'), turbo);
  writeFileSync(join(root, 'core-inputs.sha256'), `${hashGlobs(mainRoot, coreGlobs)}\n`);
}

/** A hash of every file matched by simple `dir/**` or plain-file globs under the repo root. */
function hashGlobs(mainRoot: string, globs: string[]): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else h.update(relative(mainRoot, p)).update(readFileSync(p));
  };
  for (const g of [...globs].sort()) walk(join(mainRoot, g.replace('$TURBO_ROOT$/', '').replace(/\/\*\*$/, '')));
  return h.digest('hex');
}

/** Links node_modules offline and gives Turbo a git view of the scratch root. */
export function installWorkspace(root: string, env: NodeJS.ProcessEnv): void {
  execFileSync('pnpm', ['install', '--offline', '--reporter=silent'], { cwd: root, env, stdio: 'inherit' });
  if (!existsSync(join(root, '.git'))) execFileSync('git', ['init', '--quiet'], { cwd: root });
}
