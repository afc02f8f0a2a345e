// The design system's showcase: one page rendering every example of every component's fixtures,
// for reviewers. Not a site of the cluster: it has no registry entry, no sitemap, no search index.
//   pnpm --filter @jiyue/ui showcase         (dev server)
//   pnpm --filter @jiyue/ui showcase:build   (static build in packages/ui/showcase/dist, git-ignored)
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://www.shili.gov.cn',
  base: '/',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
