/**
 * Renders the design system's .astro components in tests with Astro's container API. The
 * components are compiled by a Vite server configured by Astro itself (getViteConfig), so this
 * needs nothing from the root Vitest config.
 */
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';

export const uiRoot = new URL('../..', import.meta.url).pathname;

export interface Renderer {
  /** Loads a module of packages/ui (path from the package root, e.g. /src/components/Banner/Banner.astro). */
  load<T = Record<string, unknown>>(path: string): Promise<T>;
  render(componentPath: string, props?: Record<string, unknown>, options?: { slots?: Record<string, string>; request?: Request; partial?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function createRenderer(): Promise<Renderer> {
  const inline = { root: uiRoot, logLevel: 'error' as const, devToolbar: { enabled: false } };
  const config = await getViteConfig(
    { root: uiRoot, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false, watch: null }, build: { assetsInlineLimit: 0 } },
    inline,
  )({ command: 'serve', mode: 'test' });
  const vite: ViteDevServer = await createServer({ ...config, configFile: false });
  const container = await AstroContainer.create();
  const load = <T,>(path: string) => vite.ssrLoadModule(path) as Promise<T>;
  return {
    load,
    async render(componentPath, props = {}, options = {}) {
      const mod = await load<{ default: Parameters<typeof container.renderToString>[0] }>(componentPath);
      return container.renderToString(mod.default, { props, ...options });
    },
    close: () => vite.close(),
  };
}
