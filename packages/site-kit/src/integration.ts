import sitemap from '@astrojs/sitemap';
import { BUILD_MARKER, BUNDLE_PATH, findRoot, PUBLIC_DIR, renderCacheDir, SEARCH_BELOW_PATH } from '@jiyue/content';
import type { SearchPage, SiteBundle } from '@jiyue/content/bundle';
import { indexSite, loadSynonyms, type SynonymGroup } from '@jiyue/search';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { finishRender, startRender } from './render-cache.ts';

const BUNDLE_PATH_ID = 'virtual:jiyue/bundle-path';

export interface JiyueOptions {
  /** The site's id in content/sites.yaml; must match the app folder's bundle. */
  site: string;
}

const page = (name: string) => fileURLToPath(new URL(`./pages/${name}`, import.meta.url));

/**
 * The one integration every site app uses. The app says which site it is; everything else —
 * pages, content, sitemap on the site's own domain, the Pagefind index — comes from here.
 */
export default function jiyue(options: JiyueOptions): AstroIntegration {
  let bundlePath = '';
  let bundle: SiteBundle | undefined;
  let synonyms: SynonymGroup[] = [];
  let cacheDir = '';
  let belowPath = '';
  return {
    name: '@jiyue/site-kit',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, injectRoute, addWatchFile }) => {
        bundlePath = join(fileURLToPath(config.root), BUNDLE_PATH);
        bundle = readBundle(bundlePath, options.site);
        belowPath = join(fileURLToPath(config.root), SEARCH_BELOW_PATH);
        // Drafts and items not yet due, shown or (on a portal) indexed, are only in a preview (pnpm dev, the desk).
        if (command === 'build' && bundle.preview) {
          throw new Error(`网站数据 ${bundlePath} 是草稿预览版（pnpm dev 或发布台生成）：正式构建请在仓库根目录运行 pnpm build。`);
        }
        // A mistake in content/search/synonyms.yaml stops the build before any page is written.
        synonyms = loadSynonyms();
        addWatchFile(bundlePath);
        cacheDir = renderCacheDir(findRoot(fileURLToPath(config.root)), options.site);
        updateConfig({
          cacheDir: pathToFileURL(`${cacheDir}/`),
          // Unchanged pages are copied from the last build instead of rendered (page-keys.ts).
          experimental: { incrementalBuild: true },
          site: bundle.site.origin,
          publicDir: new URL(`${PUBLIC_DIR}/`, config.root),
          trailingSlash: 'always',
          // Every script and stylesheet is a same-origin file: pages work under a strict CSP (X3).
          build: { format: 'directory', concurrency: 2, inlineStylesheets: 'never' },
          integrations: [sitemap()],
          vite: { plugins: [bundlePathPlugin(bundlePath)], build: { assetsInlineLimit: 0 } },
        });
        injectRoute({ pattern: '/', entrypoint: page('index.astro') });
        injectRoute({ pattern: '/[column]', entrypoint: page('[column]/index.astro') });
        injectRoute({ pattern: '/[column]/[entry]', entrypoint: page('[column]/[entry].astro') });
        injectRoute({ pattern: '/sitemap', entrypoint: page('sitemap/index.astro') });
        injectRoute({ pattern: '/search', entrypoint: page('search/index.astro') });
        injectRoute({ pattern: '/404', entrypoint: page('404.astro') });
        if (bundle.published?.annualReports.length) injectRoute({ pattern: '/reports', entrypoint: page('reports/index.astro') });
        if (bundle.published?.inspection) injectRoute({ pattern: '/inspection', entrypoint: page('inspection/index.astro') });
      },
      'astro:build:start': () => startRender(cacheDir),
      'astro:build:generated': () => finishRender(cacheDir),
      'astro:build:done': async ({ dir, logger }) => {
        // A portal's index covers the pages of the sites below it (written by the library step).
        const below = existsSync(belowPath) ? (JSON.parse(readFileSync(belowPath, 'utf8')) as SearchPage[]) : [];
        const stats = await indexSite(fileURLToPath(dir), bundle, synonyms, { below });
        logger.info(`Pagefind: ${stats.pages} 个页面已建立搜索索引；搜索词表 ${stats.terms} 个词`);
        // Which Turbo task produced this output (see scripts/build.ts: stale outputs are cleared).
        writeFileSync(new URL(BUILD_MARKER, dir), process.env.TURBO_HASH ?? '');
      },
    },
  };
}

function readBundle(path: string, siteId: string): SiteBundle {
  if (!existsSync(path)) {
    throw new Error(`找不到网站数据 ${path}：请先在仓库根目录运行 pnpm build（或 pnpm compile）生成各网站的数据。`);
  }
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as SiteBundle;
  if (bundle.site.id !== siteId) {
    throw new Error(`网站数据 ${path} 属于“${bundle.site.id}”，而 astro.config 配置的是“${siteId}”：请检查 apps 目录名与网站编号是否一致。`);
  }
  return bundle;
}

/**
 * Tells site-data.ts where the bundle is (`virtual:jiyue/bundle-path`). Only the path is a module:
 * the bundle itself is read from disk, so it is not part of any page's module graph and an edit
 * re-renders only the pages whose cache key it changes (page-keys.ts). In dev the bundle is a
 * watched file of this module, so a new bundle re-runs site-data.ts and reloads the page.
 */
function bundlePathPlugin(path: string) {
  const resolved = `\0${BUNDLE_PATH_ID}`;
  return {
    name: 'jiyue:bundle-path',
    resolveId: (id: string) => (id === BUNDLE_PATH_ID ? resolved : undefined),
    // Vite's plugin context; site-kit does not depend on vite for its one method.
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== resolved) return undefined;
      this.addWatchFile(path);
      return `export default ${JSON.stringify(path)};`;
    },
  };
}
